"""The twenty-fourth fresh held-out question set of issue 11: well formed, new, and answerable.

The checks are those of every fresh set after the first (tests/fresh_set_checks.py); this
module gives this set's facts and limits, and checks the novelty rule the twentieth set
brought in. These tests read the set and the feeds only; they never run the answerer (the
held-out set must not be looked at through the bot's answers).

The twenty-fourth set succeeds the twenty-third; its generator is checked against every
earlier set, ``questions_fresh21.jsonl``, ``questions_fresh22.jsonl`` and
``questions_fresh23.jsonl`` included, always.
"""

from __future__ import annotations

from fractions import Fraction

import pytest

from tests.conftest import FEEDS_DIR, needs_feeds
from tests.fresh_set_checks import FreshSetChecks, FreshSetFacts
from tests.question_files import DATA, generator


class TestFresh24(FreshSetChecks):
    # The brief for this set is the twenty-third's: at least 15 of each kind, at least 95 near
    # misses, at least 14 small-talk lines, 18 in Spanish and 15 in Portuguese, 110
    # unanswerable and 320 in all (the generator holds it to those; FreshSetChecks checks
    # its own floor of 14 a kind and 320 in all besides). A podcast may take 25% of the
    # answerable questions. The only episodes no earlier set expects are still the
    # Bombcast's, so at most a quarter of the answerable questions can be on new episodes,
    # and the share that may expect only earlier-set episodes is 3/4, as for the twentieth
    # to twenty-third sets: so the Bombcast questions, all on new episodes, are exactly a
    # quarter of the answerable ones. The rule of novelty holds as well: a question that
    # expects an episode an earlier set expects asks about it through other details than
    # every earlier question expecting that episode, the twenty-third set's among them. Its
    # content words (the stop words of fresh_sets.NOVELTY_STOP_WORDS dropped) share at most
    # one word with each such earlier question; the generator checks it after the
    # near-duplicate checks.
    # Under 25% the lopsided check needs 45 copies of a Lex question; 50 are added.
    FACTS = FreshSetFacts(
        n=24,
        ordinal="twenty-fourth",
        # The four first sets and fresh1 to fresh23.
        earlier=27,
        min_none=95,
        min_chat=14,
        min_unanswerable=110,
        # JS Party had an episode on htmx: not a near miss.
        found_near_miss=("js party about htmx and hypermedia", r"\bhtmx\b"),
        # Copied from questions_fresh23.jsonl, the set this one succeeds.
        copied="brb dinner",
        max_feed_share=0.25,
        max_reused_share=Fraction(3, 4),
        lopsided_copies=50,
    )

    def test_the_earlier_sets_are_all_there(self) -> None:
        """Every earlier set is checked against, the twenty-first to twenty-third among them."""
        earlier = generator(self.FACTS.generator).EARLIER
        assert all((DATA / name).exists() for name in earlier)
        assert {
            "questions_fresh21.jsonl",
            "questions_fresh22.jsonl",
            "questions_fresh23.jsonl",
        } <= set(earlier)

    def test_the_limits_are_the_raised_ones_and_held(self) -> None:
        """The generator holds itself to the limits this module checks."""
        mod = generator(self.FACTS.generator)
        assert self.FACTS.max_feed_share == mod.MAX_FEED_SHARE
        assert self.FACTS.max_reused_share == mod.MAX_REUSED_SHARE
        assert mod.MAX_SHARED_WORDS == 1

    @needs_feeds
    def test_the_generator_refuses_too_many_earlier_set_episodes(
        self, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        """Past 3/4 of questions on earlier-set episodes the generator refuses the set, even
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

    def test_each_question_on_an_earlier_set_episode_asks_through_new_details(
        self, questions: list[dict]
    ) -> None:
        """The novelty rule holds for the set as written."""
        mod = generator(self.FACTS.generator)
        assert mod.same_details(questions, mod.earlier_sets()) == []

    def test_content_words_leave_out_names_of_podcasts_and_hosts(self) -> None:
        mod = generator(self.FACTS.generator)
        assert mod.content_words("the Talk Python where Michael tours the package index") == {
            "tour",
            "package",
            "index",
        }
        assert mod.content_words("¿hay un pasaje sobre los templarios?") == {"templario"}

    @needs_feeds
    def test_the_generator_refuses_a_question_asked_through_earlier_details(
        self, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        """A question on an earlier-set episode that is not near an earlier question, yet
        asks through its details (three shared words), is refused; the share of reused
        episodes stays as it was (a Talk Python question replaces another Talk Python one,
        both on earlier-set episodes)."""
        mod = generator(self.FACTS.generator)
        copy = (
            "which talk python takes a tour round the package index folks",
            ["#64: Inside the Python Package Index"],
            ["t:inside the python package index"],
        )
        at = next(i for i, row in enumerate(mod.LOOSE) if "text-based mud game" in row[2][0])
        monkeypatch.setattr(mod, "LOOSE", [*mod.LOOSE[:at], copy, *mod.LOOSE[at + 1 :]])
        with pytest.raises(SystemExit) as err:
            mod.build(FEEDS_DIR)
        message = str(err.value)
        assert f"{copy[0]!r} asks through the details of" in message
        assert "'talk python where they tour the python package index'" in message
        assert "is near" not in message
