"""The fourteenth fresh held-out question set of issue 11: well formed, new, and answerable.

The checks are those of every fresh set after the first (tests/fresh_set_checks.py); this
module gives this set's facts and limits. These tests read the set and the feeds only; they
never run the answerer (the held-out set must not be looked at through the bot's answers).

The fourteenth set succeeds the thirteenth; its generator is checked against every earlier
set, ``questions_fresh11.jsonl``, ``questions_fresh12.jsonl`` and ``questions_fresh13.jsonl``
included, always.
"""

from __future__ import annotations

from tests.fresh_set_checks import FreshSetChecks, FreshSetFacts
from tests.question_files import DATA, generator


class TestFresh14(FreshSetChecks):
    # The brief for this set: at least 15 of each kind, 80 near misses, 14 greetings and the
    # like, 340 in all, no podcast above 15% (the generator holds it to those;
    # FreshSetChecks checks its own floor of 14 a kind and 320 in all besides).
    # Few questions expect only episodes an earlier set expects: every episode of the bundled
    # feed, No Agenda, the Mike Neumann Show, Podcasting 2.0, Tiempo de valientes, Tom Segura
    # En Español and Pasajes de la Historia was expected before, so the one question about
    # each of those is reused; elsewhere, latest questions included, the set picks new
    # episodes.
    FACTS = FreshSetFacts(
        n=14,
        ordinal="fourteenth",
        # The four first sets and fresh1 to fresh13.
        earlier=17,
        min_none=80,
        min_chat=14,
        min_unanswerable=94,
        # Talk Python had an episode on Polars: not a near miss.
        found_near_miss=("talk python about the polars dataframe library", r"\bpolars\b"),
        # Copied from questions_fresh13.jsonl, the set this one succeeds.
        copied="cheers mate, spot on",
    )

    def test_the_earlier_sets_are_all_there(self) -> None:
        """Every earlier set is checked against, the eleventh to thirteenth among them."""
        earlier = generator(self.FACTS.generator).EARLIER
        assert all((DATA / name).exists() for name in earlier)
        assert {
            "questions_fresh11.jsonl",
            "questions_fresh12.jsonl",
            "questions_fresh13.jsonl",
        } <= set(earlier)
