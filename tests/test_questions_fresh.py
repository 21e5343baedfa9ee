"""The fresh held-out question set of issue 11: well formed, new, and answerable from the feeds.

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
FRESH = DATA / "questions_fresh.jsonl"

# The least each kind must count (issue 11's brief for the fresh set).
MINIMUMS = {
    "guest": 20,
    "notes": 20,
    "loose": 20,
    "title_typo": 20,
    "podcast": 20,
    "number": 10,
    "latest": 10,
    "host_guest": 10,
    "spanish": 10,
    "portuguese": 10,
    "chat": 10,
    "none": 60,
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
    """tests/data/make_fresh_questions.py, loaded as a module."""
    spec = importlib.util.spec_from_file_location(
        "make_fresh_questions", DATA / "make_fresh_questions.py"
    )
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    # It imports make_questions from its own folder, whose dataclass looks its module up
    # in sys.modules while it loads; leave sys.modules and sys.path as they were.
    saved_path = list(sys.path)
    had = {name: sys.modules.get(name) for name in ("make_fresh_questions", "make_questions")}
    sys.modules["make_fresh_questions"] = mod
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
def fresh() -> list[dict]:
    return rows(FRESH)


def test_first_line_says_what_the_file_is() -> None:
    first = FRESH.read_text(encoding="utf-8").splitlines()[0]
    assert first.startswith("# ") and "held-out" in first and "make_fresh_questions" in first


def test_every_line_is_a_question_with_a_kind(fresh: list[dict]) -> None:
    for row in fresh:
        where = f"line {row['_line']}: {row}"
        assert set(row) == {"q", "expect", "kind", "_line"}, where
        assert isinstance(row["q"], str) and row["q"].strip(), where
        assert isinstance(row["expect"], list), where
        assert all(isinstance(t, str) and t for t in row["expect"]), where
        assert row["kind"] in MINIMUMS, where
        # Unanswerable kinds expect nothing; every other kind expects an episode.
        assert (row["kind"] in UNANSWERABLE) == (not row["expect"]), where


def test_each_kind_meets_its_minimum(fresh: list[dict]) -> None:
    kinds = Counter(r["kind"] for r in fresh)
    short = {k: (kinds[k], least) for k, least in MINIMUMS.items() if kinds[k] < least}
    assert not short
    assert len(fresh) >= 260
    assert len({r["q"].strip().lower() for r in fresh}) == len(fresh), "a question is repeated"


def test_no_question_is_taken_from_an_earlier_set(fresh: list[dict]) -> None:
    """Not the wording of an earlier question with its answer, and mostly new episodes."""
    mod = generator()
    earlier = mod.earlier_sets()
    copied = [r["q"] for r in fresh if mod.near_earlier(r["q"], r["expect"], earlier)]
    assert not copied
    # The bundled feed has ten episodes, all used before; elsewhere the set picks new ones.
    answerable = [r for r in fresh if r["expect"]]
    assert mod.reused(fresh) <= len(answerable) // 10


@needs_feeds
def test_expected_titles_exist_verbatim(fresh: list[dict]) -> None:
    titles = {e.title for e in parse_feed(BUNDLED_FEED.read_bytes()).episodes}
    for path in sorted(FEEDS_DIR.glob("*.xml")):
        titles.update(e.title for e in parse_feed(path.read_bytes()).episodes)
    missing = [(r["q"], t) for r in fresh for t in r["expect"] if t not in titles]
    assert not missing


@needs_feeds
def test_the_set_is_what_make_fresh_questions_writes(fresh: list[dict]) -> None:
    """Regenerating from the feeds re-checks every expectation and gives the same file."""
    built = generator().build(FEEDS_DIR)
    assert [json.dumps(r, ensure_ascii=False) for r in built] == [
        json.dumps({k: v for k, v in r.items() if k != "_line"}, ensure_ascii=False) for r in fresh
    ]


@needs_feeds
def test_the_checks_catch_a_wrong_label(monkeypatch: pytest.MonkeyPatch) -> None:
    """The generator refuses a label its evidence contradicts, and a near miss that exists."""
    mod = generator()
    q, _, pats = mod.NOTES[0]
    monkeypatch.setattr(mod, "NOTES", [(q, ["#16: Python at Netflix"], pats), *mod.NOTES[1:]])
    monkeypatch.setattr(mod, "NONE", [*mod.NONE, ("talk python about htmx", (r"htmx",))])
    with pytest.raises(SystemExit) as err:
        mod.build(FEEDS_DIR)
    message = str(err.value)
    assert f"notes {q!r}: evidence" in message
    assert "none 'talk python about htmx': 'htmx' occurs in" in message
