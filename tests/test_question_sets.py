"""The issue 11 question sets: well formed, answerable from the feeds, split cleanly.

These tests read the sets and the feeds only; they never run the answerer (the held-out half
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
TUNE = DATA / "questions_tune.jsonl"
HOLDOUT = DATA / "questions_holdout.jsonl"

# The least each kind must count over both halves (issue 11's brief).
MINIMUMS = {
    "loose": 30,
    "notes": 40,
    "title_typo": 30,
    "guest": 35,
    "podcast": 30,
    "number": 25,
    "latest": 20,
    "host_guest": 15,
    "spanish": 25,
    "none": 70,
    "chat": 10,
}
UNANSWERABLE = {"none", "chat"}


@pytest.fixture(scope="module")
def halves() -> tuple[list[dict], list[dict]]:
    return rows(TUNE), rows(HOLDOUT)


@pytest.fixture(scope="module")
def all_titles() -> set[str]:
    return archive_titles()


def test_every_line_is_a_question_with_a_kind(halves: tuple[list[dict], list[dict]]) -> None:
    for half in halves:
        for row in half:
            where = f"line {row['_line']}: {row}"
            assert set(row) == {"q", "expect", "kind", "_line"}, where
            assert isinstance(row["q"], str) and row["q"].strip(), where
            assert isinstance(row["expect"], list), where
            assert all(isinstance(t, str) and t for t in row["expect"]), where
            assert isinstance(row["kind"], str) and row["kind"], where
            # Unanswerable kinds expect nothing; every other kind expects an episode.
            assert (row["kind"] in UNANSWERABLE) == (not row["expect"]), where


def test_halves_do_not_overlap(halves: tuple[list[dict], list[dict]]) -> None:
    tune, hold = (Counter(r["q"].strip().lower() for r in half) for half in halves)
    assert not set(tune) & set(hold)
    assert all(n == 1 for n in (tune + hold).values()), "a question is repeated"


def test_each_kind_is_in_both_halves_and_meets_its_minimum(
    halves: tuple[list[dict], list[dict]],
) -> None:
    tune, hold = (Counter(r["kind"] for r in half) for half in halves)
    assert set(tune) == set(hold)
    for kind, least in MINIMUMS.items():
        assert tune[kind] and hold[kind], kind
        assert tune[kind] + hold[kind] >= least, (kind, tune[kind] + hold[kind])
    # The split is stratified: each kind is halved, the odd one going to the tuning half.
    for kind in tune:
        assert tune[kind] - hold[kind] in (0, 1), kind
    assert sum(tune.values()) + sum(hold.values()) >= 320


@needs_feeds
def test_expected_titles_exist_verbatim(
    halves: tuple[list[dict], list[dict]], all_titles: set[str]
) -> None:
    missing = [
        (row["q"], title)
        for half in halves
        for row in half
        for title in row["expect"]
        if title not in all_titles
    ]
    assert not missing


@needs_feeds
def test_the_sets_are_what_make_questions_writes() -> None:
    """Regenerating from the feeds (re-checking every expectation) gives the same two files."""
    mq = generator("make_questions")
    tune, hold = mq.split(mq.build(FEEDS_DIR))
    assert [json.dumps(r, ensure_ascii=False) for r in tune] == as_written(rows(TUNE))
    assert [json.dumps(r, ensure_ascii=False) for r in hold] == as_written(rows(HOLDOUT))
