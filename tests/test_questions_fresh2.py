"""The second fresh held-out question set of issue 11: well formed, new, and answerable.

These tests read the set and the feeds only; they never run the answerer (the held-out set
must not be looked at through the bot's answers).
"""

from __future__ import annotations

import importlib.util
import json
import sys
from collections import Counter
from pathlib import Path
from types import ModuleType

import pytest

from bot.feeds import parse_feed
from tests.conftest import BUNDLED_FEED, FEEDS_DIR, needs_feeds

DATA = Path(__file__).resolve().parent / "data"
FRESH2 = DATA / "questions_fresh2.jsonl"

# The brief for this set: at least 14 of each kind, 66 near misses, 80 unanswerable
# questions, 320 in all.
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


def rows(path: Path) -> list[dict]:
    """Every question line of a set (comment lines start with '#')."""
    out = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        row = json.loads(line)
        row["_line"] = n
        out.append(row)
    return out


def generator() -> ModuleType:
    """tests/data/make_fresh2_questions.py, loaded as a module."""
    spec = importlib.util.spec_from_file_location(
        "make_fresh2_questions", DATA / "make_fresh2_questions.py"
    )
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    # It imports make_fresh_questions and make_questions from its own folder (a dataclass
    # there looks its module up in sys.modules while it loads); leave sys.modules and
    # sys.path as they were.
    names = ("make_fresh2_questions", "make_fresh_questions", "make_questions")
    saved_path = list(sys.path)
    had = {name: sys.modules.get(name) for name in names}
    sys.modules["make_fresh2_questions"] = mod
    try:
        spec.loader.exec_module(mod)
    finally:
        sys.path[:] = saved_path
        for name, old in had.items():
            if old is None:
                sys.modules.pop(name, None)
            else:
                sys.modules[name] = old
    return mod


@pytest.fixture(scope="module")
def fresh2() -> list[dict]:
    return rows(FRESH2)


def test_first_line_says_what_the_file_is() -> None:
    first = FRESH2.read_text(encoding="utf-8").splitlines()[0]
    assert first.startswith("# ") and "held-out" in first and "make_fresh2_questions" in first
    assert "never tune on it" in first


def test_every_line_is_a_question_with_a_kind(fresh2: list[dict]) -> None:
    for row in fresh2:
        where = f"line {row['_line']}: {row}"
        assert set(row) == {"q", "expect", "kind", "_line"}, where
        assert isinstance(row["q"], str) and row["q"].strip(), where
        assert isinstance(row["expect"], list), where
        assert all(isinstance(t, str) and t for t in row["expect"]), where
        assert row["kind"] in KINDS, where
        # Unanswerable kinds expect nothing; every other kind expects an episode.
        assert (row["kind"] in UNANSWERABLE) == (not row["expect"]), where


def test_each_kind_meets_its_minimum(fresh2: list[dict]) -> None:
    kinds = Counter(r["kind"] for r in fresh2)
    assert {k: kinds[k] for k in KINDS if kinds[k] < 14} == {}
    assert kinds["none"] >= 66
    assert kinds["none"] + kinds["chat"] >= 80
    assert len(fresh2) >= 320
    assert len({r["q"].strip().lower() for r in fresh2}) == len(fresh2), "a question is repeated"


def test_no_question_is_taken_from_an_earlier_set(fresh2: list[dict]) -> None:
    """Not the wording of a question of the five earlier sets with its answer, and new episodes."""
    mod = generator()
    earlier = mod.earlier_sets()
    assert "questions_fresh.jsonl" in mod.EARLIER and len(set(mod.EARLIER)) == 5
    copied = [r["q"] for r in fresh2 if mod.near_earlier(r["q"], r["expect"], earlier)]
    assert not copied
    # The bundled feed and Tiempo de valientes were all used before; elsewhere the set
    # picks new episodes.
    answerable = [r for r in fresh2 if r["expect"]]
    assert mod.reused(fresh2) <= len(answerable) // 10


@needs_feeds
def test_expected_titles_exist_verbatim(fresh2: list[dict]) -> None:
    titles = {e.title for e in parse_feed(BUNDLED_FEED.read_bytes()).episodes}
    for path in sorted(FEEDS_DIR.glob("*.xml")):
        titles.update(e.title for e in parse_feed(path.read_bytes()).episodes)
    missing = [(r["q"], t) for r in fresh2 for t in r["expect"] if t not in titles]
    assert not missing


@needs_feeds
def test_every_podcast_is_asked_about_and_none_dominates(fresh2: list[dict]) -> None:
    shares = generator().feed_shares(fresh2, FEEDS_DIR)
    answerable = sum(1 for r in fresh2 if r["expect"])
    assert len(shares) == 19
    assert max(shares.values()) <= 0.15 * answerable


@needs_feeds
def test_the_set_is_what_make_fresh2_questions_writes(fresh2: list[dict]) -> None:
    """Regenerating from the feeds re-checks every expectation and gives the same file."""
    built = generator().build(FEEDS_DIR)
    assert [json.dumps(r, ensure_ascii=False) for r in built] == [
        json.dumps({k: v for k, v in r.items() if k != "_line"}, ensure_ascii=False) for r in fresh2
    ]


@needs_feeds
def test_the_checks_catch_a_wrong_label(monkeypatch: pytest.MonkeyPatch) -> None:
    """The generator refuses a label its evidence contradicts, a near miss that exists, a
    question copied from an earlier set, and a set too small."""
    mod = generator()
    q, _, pats = mod.NOTES[0]
    monkeypatch.setattr(mod, "NOTES", [(q, ["#16: Python at Netflix"], pats), *mod.NOTES[1:]])
    monkeypatch.setattr(
        mod,
        "NONE",
        [*mod.NONE, ("lex with dan carlin", (r"hardcore history",))],
    )
    # Copied from questions_fresh.jsonl, the set this one succeeds.
    monkeypatch.setattr(mod, "CHAT", [*mod.CHAT, "thank you so much!"])
    with pytest.raises(SystemExit) as err:
        mod.build(FEEDS_DIR)
    message = str(err.value)
    assert f"notes {q!r}: evidence" in message
    assert "none 'lex with dan carlin': 'hardcore history' occurs in" in message
    assert "'thank you so much!' is near" in message
    # make_fresh_questions' own lists are put back after it checked this set's.
    assert mod.fresh.NONE is not mod.NONE and mod.fresh.EARLIER != mod.EARLIER


@needs_feeds
def test_the_checks_catch_a_set_too_small_or_lopsided(monkeypatch: pytest.MonkeyPatch) -> None:
    mod = generator()
    monkeypatch.setattr(mod, "CHAT", mod.CHAT[:3])
    lex = next(n for n in mod.NUMBER if n[1] == "lex")
    monkeypatch.setattr(
        mod, "NUMBER", [*mod.NUMBER, *[(f"{lex[0]} {i}", *lex[1:]) for i in range(30)]]
    )
    with pytest.raises(SystemExit) as err:
        mod.build(FEEDS_DIR)
    message = str(err.value)
    assert "only 3 chat questions" in message
    assert "lex takes" in message
