"""The fourth fresh held-out question set of issue 11: well formed, new, and answerable.

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
FRESH4 = DATA / "questions_fresh4.jsonl"

# The brief for this set: at least 14 of each kind, 75 near misses, 12 greetings and the
# like, 90 unanswerable questions, 320 in all.
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


@pytest.fixture(scope="module")
def fresh4() -> list[dict]:
    return rows(FRESH4)


def test_first_line_says_what_the_file_is() -> None:
    first = FRESH4.read_text(encoding="utf-8").splitlines()[0]
    assert first.startswith("# ") and "make_fresh4_questions" in first
    assert "fourth fresh held-out set" in first
    assert "never tune on it" in first


def test_every_line_is_a_question_with_a_kind(fresh4: list[dict]) -> None:
    for row in fresh4:
        where = f"line {row['_line']}: {row}"
        assert set(row) == {"q", "expect", "kind", "_line"}, where
        assert isinstance(row["q"], str) and row["q"].strip(), where
        assert isinstance(row["expect"], list), where
        assert all(isinstance(t, str) and t for t in row["expect"]), where
        assert row["kind"] in KINDS, where
        # Unanswerable kinds expect nothing; every other kind expects an episode.
        assert (row["kind"] in UNANSWERABLE) == (not row["expect"]), where


def test_each_kind_meets_its_minimum(fresh4: list[dict]) -> None:
    kinds = Counter(r["kind"] for r in fresh4)
    assert {k: kinds[k] for k in KINDS if kinds[k] < 14} == {}
    assert kinds["none"] >= 75
    assert kinds["chat"] >= 12
    assert kinds["none"] + kinds["chat"] >= 90
    assert len(fresh4) >= 320
    assert len({r["q"].strip().lower() for r in fresh4}) == len(fresh4), "a question is repeated"


def test_no_question_is_taken_from_an_earlier_set(fresh4: list[dict]) -> None:
    """Not the wording of a question of the seven earlier sets with its answer, and new episodes."""
    mod = generator("make_fresh4_questions")
    earlier = mod.earlier_sets()
    assert "questions_fresh3.jsonl" in mod.EARLIER and len(set(mod.EARLIER)) == 7
    copied = [r["q"] for r in fresh4 if mod.near_earlier(r["q"], r["expect"], earlier)]
    assert not copied
    # Every episode of the bundled feed, Tiempo de valientes, Tom Segura En Español and
    # Pasajes de la Historia was expected before; elsewhere the set picks new episodes.
    answerable = [r for r in fresh4 if r["expect"]]
    assert mod.reused(fresh4) <= len(answerable) // 10


@needs_feeds
def test_expected_titles_exist_verbatim(fresh4: list[dict]) -> None:
    titles = archive_titles()
    missing = [(r["q"], t) for r in fresh4 for t in r["expect"] if t not in titles]
    assert not missing


@needs_feeds
def test_every_podcast_is_asked_about_and_none_dominates(fresh4: list[dict]) -> None:
    shares = generator("make_fresh4_questions").feed_shares(fresh4, FEEDS_DIR)
    answerable = sum(1 for r in fresh4 if r["expect"])
    assert len(shares) == 19
    assert max(shares.values()) <= 0.15 * answerable


@needs_feeds
def test_the_set_is_what_make_fresh4_questions_writes(fresh4: list[dict]) -> None:
    """Regenerating from the feeds re-checks every expectation and gives the same file."""
    built = generator("make_fresh4_questions").build(FEEDS_DIR)
    assert [json.dumps(r, ensure_ascii=False) for r in built] == as_written(fresh4)


@needs_feeds
def test_the_checks_catch_a_wrong_label(monkeypatch: pytest.MonkeyPatch) -> None:
    """The generator refuses a label its evidence contradicts, a near miss that exists, a
    question copied from an earlier set, and a set too small."""
    mod = generator("make_fresh4_questions")
    q, _, pats = mod.NOTES[0]
    monkeypatch.setattr(mod, "NOTES", [(q, ["#16: Python at Netflix"], pats), *mod.NOTES[1:]])
    monkeypatch.setattr(
        mod,
        "NONE",
        [*mod.NONE, ("lex fridman and demis hassabis", (r"hassabis",))],
    )
    # Copied from questions_fresh3.jsonl, the set this one succeeds.
    monkeypatch.setattr(mod, "CHAT", [*mod.CHAT, "ty bot 🙏"])
    with pytest.raises(SystemExit) as err:
        mod.build(FEEDS_DIR)
    message = str(err.value)
    assert f"notes {q!r}: evidence" in message
    assert "none 'lex fridman and demis hassabis': 'hassabis' occurs in" in message
    assert "'ty bot 🙏' is near" in message
    # make_fresh_questions' own lists are put back after it checked this set's.
    assert mod.fresh.NONE is not mod.NONE and mod.fresh.EARLIER != mod.EARLIER


@needs_feeds
def test_the_checks_catch_a_set_too_small_or_lopsided(monkeypatch: pytest.MonkeyPatch) -> None:
    mod = generator("make_fresh4_questions")
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


@needs_feeds
def test_a_contradicted_label_writes_no_file(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """main() checks everything before it writes: a wrong label leaves no file behind."""
    mod = generator("make_fresh4_questions")
    out = tmp_path / "questions_fresh4.jsonl"
    monkeypatch.setattr(mod, "OUT", out)
    monkeypatch.setattr("sys.argv", ["make_fresh4_questions.py", str(FEEDS_DIR)])
    q, expect, pats = mod.LOOSE[0]
    monkeypatch.setattr(mod, "LOOSE", [(q, ["#16: Python at Netflix"], pats), *mod.LOOSE[1:]])
    with pytest.raises(SystemExit) as err:
        mod.main()
    assert f"loose {q!r}: evidence" in str(err.value)
    assert not out.exists()
    # With the label put back, the same call writes the set, header first.
    monkeypatch.setattr(mod, "LOOSE", [(q, expect, pats), *mod.LOOSE[1:]])
    mod.main()
    assert out.read_text(encoding="utf-8") == FRESH4.read_text(encoding="utf-8")
