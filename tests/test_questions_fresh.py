"""The fresh held-out question set of issue 11: well formed, new, and answerable from the feeds.

These tests read the set and the feeds only; they never run the answerer (the held-out set
must not be looked at through the bot's answers).
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from tests.conftest import FEEDS_DIR, needs_feeds
from tests.question_files import archive_titles, as_written, generator, rows

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
    mod = generator("make_fresh_questions")
    earlier = mod.earlier_sets()
    copied = [r["q"] for r in fresh if mod.near_earlier(r["q"], r["expect"], earlier)]
    assert not copied
    # The bundled feed has ten episodes, all used before; elsewhere the set picks new ones.
    answerable = [r for r in fresh if r["expect"]]
    assert mod.reused(fresh) <= len(answerable) // 10


@needs_feeds
def test_expected_titles_exist_verbatim(fresh: list[dict]) -> None:
    titles = archive_titles()
    missing = [(r["q"], t) for r in fresh for t in r["expect"] if t not in titles]
    assert not missing


@needs_feeds
def test_the_set_is_what_make_fresh_questions_writes(fresh: list[dict]) -> None:
    """Regenerating from the feeds re-checks every expectation and gives the same file."""
    built = generator("make_fresh_questions").build(FEEDS_DIR)
    assert [json.dumps(r, ensure_ascii=False) for r in built] == as_written(fresh)


@needs_feeds
def test_the_checks_catch_a_wrong_label(monkeypatch: pytest.MonkeyPatch) -> None:
    """The generator refuses a label its evidence contradicts, and a near miss that exists."""
    mod = generator("make_fresh_questions")
    q, _, pats = mod.NOTES[0]
    monkeypatch.setattr(mod, "NOTES", [(q, ["#16: Python at Netflix"], pats), *mod.NOTES[1:]])
    monkeypatch.setattr(mod, "NONE", [*mod.NONE, ("talk python about htmx", (r"htmx",))])
    with pytest.raises(SystemExit) as err:
        mod.build(FEEDS_DIR)
    message = str(err.value)
    assert f"notes {q!r}: evidence" in message
    assert "none 'talk python about htmx': 'htmx' occurs in" in message
