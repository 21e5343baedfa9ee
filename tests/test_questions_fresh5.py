"""The fifth fresh held-out question set of issue 11: well formed, new, and answerable.

The checks are those of every fresh set after the first (tests/fresh_set_checks.py); this
module gives this set's facts and limits. These tests read the set and the feeds only; they
never run the answerer (the held-out set must not be looked at through the bot's answers).
"""

from __future__ import annotations

from tests.fresh_set_checks import FreshSetChecks, FreshSetFacts


class TestFresh5(FreshSetChecks):
    # The brief for this set: at least 14 of each kind, 75 near misses, 12 greetings and the
    # like, 90 unanswerable questions, 320 in all.
    # Few questions expect only episodes an earlier set expects: every episode of the bundled
    # feed, Tiempo de valientes, Tom Segura En Español and Pasajes de la Historia was expected
    # before, and so were the newest episodes of the smaller feeds; elsewhere the set picks
    # new episodes.
    FACTS = FreshSetFacts(
        n=5,
        ordinal="fifth",
        earlier=8,
        min_none=75,
        min_chat=12,
        min_unanswerable=90,
        found_near_miss=("lex fridman and john carmack on quake", r"carmack"),
        # Copied from questions_fresh4.jsonl, the set this one succeeds.
        copied="gracias amigo",
    )
