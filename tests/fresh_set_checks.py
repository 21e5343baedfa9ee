"""The tests the fresh held-out sets after the first share (questions_fresh2.jsonl onwards):
well formed, new, and answerable.

Each set's test module gives its own facts and limits in a ``FreshSetFacts`` and runs these
checks with ``class TestFreshN(FreshSetChecks): FACTS = ...``. The tests read the set and
the feeds only; they never run the answerer (a held-out set must not be looked at through
the bot's answers).
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass
from fractions import Fraction
from pathlib import Path
from typing import ClassVar

import pytest

from tests.conftest import FEEDS_DIR, needs_feeds
from tests.question_files import DATA, archive_titles, as_written, generator, rows

KINDS = {
    "notes",
    "loose",
    "guest",
    "title_typo",
    "podcast",
    "number",
    "latest",
    "host_guest",
    "spanish",
    "portuguese",
    "chat",
    "none",
}
UNANSWERABLE = {"none", "chat"}


@dataclass(frozen=True)
class FreshSetFacts:
    """One set: its file and generator, and what its brief and its history say of it."""

    n: int  # questions_fresh<n>.jsonl, written by make_fresh<n>_questions.py
    ordinal: str  # "second": the header says "<ordinal> fresh held-out set"
    earlier: int  # how many earlier sets no question may be near
    # The least number of near misses, of greetings and the like, of unanswerable questions.
    min_none: int
    min_chat: int
    min_unanswerable: int
    # A near miss whose pattern the feeds do hold, and a question of the set this one
    # succeeds: the generator must refuse both.
    found_near_miss: tuple[str, str]
    copied: str
    # The largest share of the answerable questions one podcast may take, and that may
    # expect only episodes an earlier set expects. The defaults are the limits of every set
    # up to the seventeenth; from the eighteenth on few episodes no set expects are left
    # outside three podcasts, so a set may raise them (its test module says why).
    max_feed_share: float = 0.15
    max_reused_share: Fraction = Fraction(1, 10)
    # How many copies of a Lex question make the set lopsided under max_feed_share.
    lopsided_copies: int = 30

    @property
    def path(self) -> Path:
        return DATA / f"questions_fresh{self.n}.jsonl"

    @property
    def generator(self) -> str:
        return f"make_fresh{self.n}_questions"

    @property
    def succeeds(self) -> str:
        return "questions_fresh.jsonl" if self.n == 2 else f"questions_fresh{self.n - 1}.jsonl"


class FreshSetChecks:
    """The checks of one set; a subclass named ``Test...`` gives ``FACTS`` and runs them."""

    FACTS: ClassVar[FreshSetFacts]

    @pytest.fixture(scope="class")
    @classmethod
    def questions(cls) -> list[dict]:
        return rows(cls.FACTS.path)

    def test_first_line_says_what_the_file_is(self) -> None:
        first = self.FACTS.path.read_text(encoding="utf-8").splitlines()[0]
        assert first.startswith("# ") and self.FACTS.generator in first
        assert f"{self.FACTS.ordinal} fresh held-out set" in first
        assert "never tune on it" in first

    def test_every_line_is_a_question_with_a_kind(self, questions: list[dict]) -> None:
        for row in questions:
            where = f"line {row['_line']}: {row}"
            assert set(row) == {"q", "expect", "kind", "_line"}, where
            assert isinstance(row["q"], str) and row["q"].strip(), where
            assert isinstance(row["expect"], list), where
            assert all(isinstance(t, str) and t for t in row["expect"]), where
            assert row["kind"] in KINDS, where
            # Unanswerable kinds expect nothing; every other kind expects an episode.
            assert (row["kind"] in UNANSWERABLE) == (not row["expect"]), where

    def test_each_kind_meets_its_minimum(self, questions: list[dict]) -> None:
        facts = self.FACTS
        kinds = Counter(r["kind"] for r in questions)
        assert {k: kinds[k] for k in KINDS if kinds[k] < 14} == {}
        assert kinds["none"] >= facts.min_none
        assert kinds["chat"] >= facts.min_chat
        assert kinds["none"] + kinds["chat"] >= facts.min_unanswerable
        assert len(questions) >= 320
        unique = {r["q"].strip().lower() for r in questions}
        assert len(unique) == len(questions), "a question is repeated"

    def test_no_question_is_taken_from_an_earlier_set(self, questions: list[dict]) -> None:
        """Not the wording of a question of an earlier set with its answer, and new episodes."""
        mod = generator(self.FACTS.generator)
        earlier = mod.earlier_sets()
        assert self.FACTS.succeeds in mod.EARLIER
        assert len(set(mod.EARLIER)) == self.FACTS.earlier
        copied = [r["q"] for r in questions if mod.near_earlier(r["q"], r["expect"], earlier)]
        assert not copied
        # Some podcasts had every episode expected before (the test modules say which);
        # elsewhere the set picks new episodes.
        answerable = [r for r in questions if r["expect"]]
        assert mod.reused(questions) <= self.FACTS.max_reused_share * len(answerable)

    @needs_feeds
    def test_expected_titles_exist_verbatim(self, questions: list[dict]) -> None:
        titles = archive_titles()
        missing = [(r["q"], t) for r in questions for t in r["expect"] if t not in titles]
        assert not missing

    @needs_feeds
    def test_every_podcast_is_asked_about_and_none_dominates(self, questions: list[dict]) -> None:
        shares = generator(self.FACTS.generator).feed_shares(questions, FEEDS_DIR)
        answerable = sum(1 for r in questions if r["expect"])
        assert len(shares) == 19
        assert max(shares.values()) <= self.FACTS.max_feed_share * answerable

    @needs_feeds
    def test_the_set_is_what_its_generator_writes(self, questions: list[dict]) -> None:
        """Regenerating from the feeds re-checks every expectation and gives the same file."""
        built = generator(self.FACTS.generator).build(FEEDS_DIR)
        assert [json.dumps(r, ensure_ascii=False) for r in built] == as_written(questions)

    @needs_feeds
    def test_the_checks_catch_a_wrong_label(self, monkeypatch: pytest.MonkeyPatch) -> None:
        """The generator refuses a label its evidence contradicts, a near miss that exists, a
        question copied from an earlier set, and a set too small."""
        mod = generator(self.FACTS.generator)
        q, _, pats = mod.NOTES[0]
        monkeypatch.setattr(mod, "NOTES", [(q, ["#16: Python at Netflix"], pats), *mod.NOTES[1:]])
        near_miss, found = self.FACTS.found_near_miss
        monkeypatch.setattr(mod, "NONE", [*mod.NONE, (near_miss, (found,))])
        monkeypatch.setattr(mod, "CHAT", [*mod.CHAT, self.FACTS.copied])
        with pytest.raises(SystemExit) as err:
            mod.build(FEEDS_DIR)
        message = str(err.value)
        assert f"notes {q!r}: evidence" in message
        assert f"none {near_miss!r}: {found!r} occurs in" in message
        assert f"{self.FACTS.copied!r} is near" in message
        # make_fresh_questions' own lists are put back after it checked this set's.
        assert mod.fresh.NONE is not mod.NONE and mod.fresh.EARLIER != mod.EARLIER

    @needs_feeds
    def test_the_checks_catch_a_set_too_small_or_lopsided(
        self, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        mod = generator(self.FACTS.generator)
        monkeypatch.setattr(mod, "CHAT", mod.CHAT[:3])
        lex = next(n for n in mod.NUMBER if n[1] == "lex")
        monkeypatch.setattr(
            mod,
            "NUMBER",
            [
                *mod.NUMBER,
                *[(f"{lex[0]} {i}", *lex[1:]) for i in range(self.FACTS.lopsided_copies)],
            ],
        )
        with pytest.raises(SystemExit) as err:
            mod.build(FEEDS_DIR)
        message = str(err.value)
        assert "only 3 chat questions" in message
        assert "lex takes" in message

    @needs_feeds
    def test_a_contradicted_label_writes_no_file(
        self, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
    ) -> None:
        """main() checks everything before it writes: a wrong label leaves no file behind."""
        mod = generator(self.FACTS.generator)
        out = tmp_path / self.FACTS.path.name
        monkeypatch.setattr(mod, "OUT", out)
        monkeypatch.setattr("sys.argv", [f"{self.FACTS.generator}.py", str(FEEDS_DIR)])
        q, expect, pats = mod.LOOSE[0]
        monkeypatch.setattr(mod, "LOOSE", [(q, ["#16: Python at Netflix"], pats), *mod.LOOSE[1:]])
        with pytest.raises(SystemExit) as err:
            mod.main()
        assert f"loose {q!r}: evidence" in str(err.value)
        assert not out.exists()
        # With the label put back, the same call writes the set, header first.
        monkeypatch.setattr(mod, "LOOSE", [(q, expect, pats), *mod.LOOSE[1:]])
        mod.main()
        assert out.read_text(encoding="utf-8") == self.FACTS.path.read_text(encoding="utf-8")


class NoveltySetChecks(FreshSetChecks):
    """The checks of the sets written under the rule of novelty (the twentieth on): the
    generator is checked against every earlier set, holds the raised limits, refuses too
    many earlier-set episodes, and refuses a question that asks about an earlier-set
    episode through the details an earlier question used."""

    # A phrase of the expected answer's label of the loose question the last test replaces
    # with a Talk Python one (each generator has its own loose questions).
    REPLACED_LOOSE: ClassVar[str] = ""

    def test_the_earlier_sets_are_all_there(self) -> None:
        """Every earlier set is checked against, the three before this one among them."""
        earlier = generator(self.FACTS.generator).EARLIER
        assert all((DATA / name).exists() for name in earlier)
        n = self.FACTS.n
        assert {f"questions_fresh{k}.jsonl" for k in range(n - 3, n)} <= set(earlier)

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
        episodes stays as it was (the Talk Python question replaces the loose question
        ``REPLACED_LOOSE`` names, on an earlier-set episode too)."""
        mod = generator(self.FACTS.generator)
        copy = (
            "which talk python takes a tour round the package index folks",
            ["#64: Inside the Python Package Index"],
            ["t:inside the python package index"],
        )
        at = next(i for i, row in enumerate(mod.LOOSE) if self.REPLACED_LOOSE in row[2][0])
        monkeypatch.setattr(mod, "LOOSE", [*mod.LOOSE[:at], copy, *mod.LOOSE[at + 1 :]])
        with pytest.raises(SystemExit) as err:
            mod.build(FEEDS_DIR)
        message = str(err.value)
        assert f"{copy[0]!r} asks through the details of" in message
        assert "'talk python where they tour the python package index'" in message
        assert "is near" not in message


class WholeReuseSetChecks(NoveltySetChecks):
    """The checks of the sets written after every episode of every feed was expected by
    some earlier set (the twenty-seventh on): their share of earlier-set episodes is 1, so
    the share test the twentieth to twenty-sixth sets ran (25 more Lex questions pass 3/4)
    cannot fail, and is replaced by the one below."""

    @needs_feeds
    def test_the_generator_refuses_too_many_earlier_set_episodes(
        self, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        """Every answerable question of the set is on earlier-set episodes (so 1 is the
        least share it could be held to), and the check itself still works: given a smaller
        cap (3/4, the twenty-sixth set's) the generator refuses this very set, though no
        podcast takes too much."""
        mod = generator(self.FACTS.generator)
        rows = mod.build(FEEDS_DIR)
        answerable = sum(1 for r in rows if r["expect"])
        assert mod.reused(rows) == answerable
        monkeypatch.setattr(mod, "MAX_REUSED_SHARE", Fraction(3, 4))
        with pytest.raises(SystemExit) as err:
            mod.build(FEEDS_DIR)
        message = str(err.value)
        assert f"{answerable} of {answerable} answerable questions expect only" in message
        assert "takes" not in message
