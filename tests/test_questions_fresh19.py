"""The nineteenth fresh held-out question set of issue 11: well formed, new, and answerable.

The checks are those of every fresh set after the first (tests/fresh_set_checks.py); this
module gives this set's facts and limits. These tests read the set and the feeds only; they
never run the answerer (the held-out set must not be looked at through the bot's answers).

The nineteenth set succeeds the eighteenth; its generator is checked against every earlier
set, ``questions_fresh16.jsonl``, ``questions_fresh17.jsonl`` and ``questions_fresh18.jsonl``
included, always.
"""

from __future__ import annotations

from fractions import Fraction

import pytest

from tests.conftest import FEEDS_DIR, needs_feeds
from tests.fresh_set_checks import FreshSetChecks, FreshSetFacts
from tests.question_files import DATA, generator


class TestFresh19(FreshSetChecks):
    # The brief for this set is the eighteenth's: at least 15 of each kind, at least 95 near
    # misses, at least 14 small-talk lines, 18 in Spanish and 15 in Portuguese, 320 in all
    # (the generator holds it to those; FreshSetChecks checks its own floor of 14 a kind and
    # 320 in all besides). So are its limits: a podcast may take 25% of the answerable
    # questions and 30% may expect only earlier-set episodes, asked in new words (the
    # near-duplicate checks are unchanged). The episodes no earlier set expects are now only
    # the Bombcast's, the Hipsters' (18) and Talk Python's (14), so those three podcasts
    # each take close to their 25% and the set carries more near misses than the least.
    # Under 25% the lopsided check needs as many copies of a Lex question as the eighteenth.
    FACTS = FreshSetFacts(
        n=19,
        ordinal="nineteenth",
        # The four first sets and fresh1 to fresh18.
        earlier=22,
        min_none=95,
        min_chat=14,
        min_unanswerable=110,
        # Talk Python had an episode on Ruff: not a near miss.
        found_near_miss=("talk python about the ruff linter", r"\bruff\b"),
        # Copied from questions_fresh18.jsonl, the set this one succeeds.
        copied="gute nacht zusammen",
        max_feed_share=0.25,
        max_reused_share=Fraction(3, 10),
        lopsided_copies=80,
    )

    def test_the_earlier_sets_are_all_there(self) -> None:
        """Every earlier set is checked against, the sixteenth to eighteenth among them."""
        earlier = generator(self.FACTS.generator).EARLIER
        assert all((DATA / name).exists() for name in earlier)
        assert {
            "questions_fresh16.jsonl",
            "questions_fresh17.jsonl",
            "questions_fresh18.jsonl",
        } <= set(earlier)

    def test_the_limits_are_the_raised_ones_and_held(self) -> None:
        """The generator holds itself to the limits this module checks."""
        mod = generator(self.FACTS.generator)
        assert self.FACTS.max_feed_share == mod.MAX_FEED_SHARE
        assert self.FACTS.max_reused_share == mod.MAX_REUSED_SHARE

    @needs_feeds
    def test_the_generator_refuses_too_many_earlier_set_episodes(
        self, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        """Past 30% of questions on earlier-set episodes the generator refuses the set, even
        when no podcast takes too much (25 more Lex questions: Lex stays under 25%)."""
        mod = generator(self.FACTS.generator)
        lex = next(n for n in mod.NUMBER if n[1] == "lex")
        extra = [(f"{lex[0]} {i}", *lex[1:]) for i in range(25)]
        monkeypatch.setattr(mod, "NUMBER", [*mod.NUMBER, *extra])
        with pytest.raises(SystemExit) as err:
            mod.build(FEEDS_DIR)
        message = str(err.value)
        assert "answerable questions expect only earlier-set episodes" in message
        assert "lex takes" not in message
