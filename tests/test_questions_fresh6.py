"""The sixth fresh held-out question set of issue 11: well formed, new, and answerable.

The checks are those of every fresh set after the first (tests/fresh_set_checks.py); this
module gives this set's facts and limits. These tests read the set and the feeds only; they
never run the answerer (the held-out set must not be looked at through the bot's answers).
"""

from __future__ import annotations

from tests.fresh_set_checks import FreshSetChecks, FreshSetFacts


class TestFresh6(FreshSetChecks):
    # The brief for this set: at least 14 of each kind, 75 near misses, 12 greetings and the
    # like, 90 unanswerable questions, 320 in all.
    # Few questions expect only episodes an earlier set expects: every episode of the bundled
    # feed, Tiempo de valientes, Tom Segura En Español and Pasajes de la Historia was expected
    # before, so the one or two questions about each of those are the reused ones; elsewhere
    # the set picks new episodes.
    FACTS = FreshSetFacts(
        n=6,
        ordinal="sixth",
        earlier=9,
        min_none=75,
        min_chat=12,
        min_unanswerable=90,
        found_near_miss=("lex fridman and magnus carlsen", r"carlsen"),
        # Copied from questions_fresh5.jsonl, the set this one succeeds.
        copied="valeu mano",
    )
