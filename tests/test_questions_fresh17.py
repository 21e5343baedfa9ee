"""The seventeenth fresh held-out question set of issue 11: well formed, new, and answerable.

The checks are those of every fresh set after the first (tests/fresh_set_checks.py); this
module gives this set's facts and limits. These tests read the set and the feeds only; they
never run the answerer (the held-out set must not be looked at through the bot's answers).

The seventeenth set succeeds the sixteenth; its generator is checked against every earlier
set, ``questions_fresh14.jsonl``, ``questions_fresh15.jsonl`` and ``questions_fresh16.jsonl``
included, always.
"""

from __future__ import annotations

from tests.fresh_set_checks import FreshSetChecks, FreshSetFacts
from tests.question_files import DATA, generator


class TestFresh17(FreshSetChecks):
    # The brief for this set: at least 15 of each kind, 80 near misses, 94 that must get no
    # episode, 340 in all, no podcast above 15% (the generator holds it to those;
    # FreshSetChecks checks its own floor of 14 a kind and 320 in all besides).
    # Few episodes are left that no earlier set expects outside the Bombcast, Talk Python and
    # the Hipsters (each held to 15%): a dozen of JS Party, thirteen of DW's slow news, five
    # of Today in Focus, the Go Time and Making Sense trailers and one Taverncast. So the set
    # asks about those several ways, holds more near misses than the sixteenth (153), and
    # reuses one in ten answerable questions at most: one or two on each podcast whose every
    # episode was expected before (Lex among them, so that the lopsided check has a podcast
    # to catch).
    FACTS = FreshSetFacts(
        n=17,
        ordinal="seventeenth",
        # The four first sets and fresh1 to fresh16.
        earlier=20,
        min_none=80,
        min_chat=14,
        min_unanswerable=94,
        # Talk Python had an episode on Ruff: not a near miss.
        found_near_miss=("talk python about ruff, the rust linter", r"\bruff\b"),
        # Copied from questions_fresh16.jsonl, the set this one succeeds.
        copied="ayooo anyone around",
    )

    def test_the_earlier_sets_are_all_there(self) -> None:
        """Every earlier set is checked against, the fourteenth to sixteenth among them."""
        earlier = generator(self.FACTS.generator).EARLIER
        assert all((DATA / name).exists() for name in earlier)
        assert {
            "questions_fresh14.jsonl",
            "questions_fresh15.jsonl",
            "questions_fresh16.jsonl",
        } <= set(earlier)
