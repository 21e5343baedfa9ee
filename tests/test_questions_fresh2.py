"""The second fresh held-out question set of issue 11: well formed, new, and answerable.

The checks are those of every fresh set after the first (tests/fresh_set_checks.py); this
module gives this set's facts and limits. These tests read the set and the feeds only; they
never run the answerer (the held-out set must not be looked at through the bot's answers).
"""

from __future__ import annotations

from tests.fresh_set_checks import FreshSetChecks, FreshSetFacts


class TestFresh2(FreshSetChecks):
    # The brief for this set: at least 14 of each kind, 66 near misses, 80 unanswerable
    # questions, 320 in all.
    # Few questions expect only episodes an earlier set expects: the bundled feed and Tiempo
    # de valientes were all used before; elsewhere the set picks new episodes.
    FACTS = FreshSetFacts(
        n=2,
        ordinal="second",
        earlier=5,
        min_none=66,
        min_chat=0,  # none asked beyond the 14 of each kind
        min_unanswerable=80,
        found_near_miss=("lex with dan carlin", r"hardcore history"),
        # Copied from questions_fresh.jsonl, the set this one succeeds.
        copied="thank you so much!",
    )
