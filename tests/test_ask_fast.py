"""Issue 12: the shortcuts that make ``ask`` fast give what the plain work gives."""

from __future__ import annotations

import random
import sqlite3
from pathlib import Path

from rapidfuzz.distance import OSA

from bot.answer import Answerer
from bot.index import _Vocabulary
from bot.ingest import BUNDLED_FEED, ingest_many
from bot.question_words import plausible_typo
from bot.store import Store, Term
from tests.conftest import FEEDS_DIR

WINDOW = 50


def _plain_windowed(db_path: Path, word: str, limit: int) -> list[tuple[int, float]]:
    """The windowed query, run by a connection of its own (nothing kept between calls)."""
    conn = sqlite3.connect(db_path)
    try:
        rows = conn.execute(
            "SELECT rowid, rank FROM (SELECT rowid, bm25(episodes_fts, 10.0, 1.0, 6.0, 4.0) "
            "AS rank FROM episodes_fts WHERE episodes_fts MATCH ? ORDER BY rowid DESC LIMIT ?) "
            "ORDER BY rank LIMIT ?",
            (f'"{word}"', WINDOW, limit),
        ).fetchall()
    finally:
        conn.close()
    return [(int(r[0]), float(r[1])) for r in rows]


async def test_a_kept_windowed_query_follows_every_write(store: Store, db_path: Path) -> None:
    assert all(r.ok for r in await ingest_many(store, [str(BUNDLED_FEED)]))

    async def windowed() -> list[tuple[int, float]]:
        return await store.fts_search([Term(("the",))], limit=10, newest=WINDOW)

    first = await windowed()
    assert first == _plain_windowed(db_path, "the", 10)
    assert await windowed() == first  # kept: the same rows
    # A write by this connection: the newest episodes are others now.
    assert all(r.ok for r in await ingest_many(store, [str(FEEDS_DIR / "go-time.xml")]))
    second = await windowed()
    assert second == _plain_windowed(db_path, "the", 10)
    assert second != first
    # A write by another connection (another process's ingest) is seen too.
    other = await Store.open(db_path)
    try:
        assert all(r.ok for r in await ingest_many(other, [str(FEEDS_DIR / "js-party.xml")]))
    finally:
        await other.close()
    third = await windowed()
    assert third == _plain_windowed(db_path, "the", 10)
    assert third != second


def _plain_candidates(vocab: _Vocabulary, word: str) -> list[str]:
    """What ``_Vocabulary.candidates`` gave before: every bucket word measured alone."""
    if word in vocab.df:
        return [word]
    if len(word) < 4 or word.isdigit():
        return []
    limit = 1 if len(word) < 8 else 2
    ranked = set()
    for length in range(len(word) - limit, len(word) + limit + 1):
        for pos in (0, 1):
            for cand in vocab._buckets.get((pos, word[pos], length), ()):
                dist = OSA.distance(word, cand, score_cutoff=limit)
                if dist > limit:
                    continue
                if (
                    dist == 1
                    and len(word) < 8
                    and not plausible_typo(word, cand, strict=vocab.strict)
                ):
                    continue
                ranked.add((dist, -vocab.df[cand], cand))
    return [c for _, _, c in sorted(ranked)]


def _typos(words: list[str], rng: random.Random) -> list[str]:
    out = []
    for w in words:
        i = rng.randrange(len(w))
        c = rng.choice("abcdefghijklmnopqrstuvwxyz")
        out += [w[:i] + c + w[i + 1 :], w[:i] + w[i + 1 :], w[:i] + c + w[i:]]
        out.append(w[:i] + w[i + 1 : i + 2] + w[i : i + 1] + w[i + 2 :])  # a swap
    return out


async def test_typo_candidates_are_those_of_every_word_measured_alone(store: Store) -> None:
    feeds = [str(BUNDLED_FEED)] + [
        str(FEEDS_DIR / n) for n in ("se-radio.xml", "pasajes-de-la-historia.xml")
    ]
    assert all(r.ok for r in await ingest_many(store, feeds))
    index = (await Answerer.create(store)).index
    rng = random.Random(12)
    for vocab in (index.vocab, index.name_vocab):
        words = [w for w in sorted(vocab.df) if len(w) >= 4]
        typos = _typos(rng.sample(words, min(400, len(words))), rng)
        found = [vocab.candidates(t) for t in typos]
        assert found == [_plain_candidates(vocab, t) for t in typos]
        assert sum(bool(f) for f in found) > len(typos) // 4  # typos that do find words
        assert [vocab.candidates(t) for t in typos] == found  # and again, remembered
