"""Issue 12: the shortcuts that make ``ask`` fast give what the plain work gives."""

from __future__ import annotations

import itertools
import random
import re
import sqlite3
from collections import Counter, defaultdict
from pathlib import Path

import pytest
from rapidfuzz.distance import OSA

from bot.answer import BRAND_SHARE, PAIR_MIN_CHARS, Answerer, _parse
from bot.index import Index, _Vocabulary
from bot.ingest import BUNDLED_FEED, ingest_many
from bot.lexicon import everyday
from bot.moments.find import attach_moments
from bot.question_words import STOP_WORDS, plausible_typo
from bot.store import Store, Term
from bot.store import episodes as episodes_module
from bot.text import normalize
from tests.conftest import FEEDS_DIR, needs_feeds

WINDOW = 50


def _plain_fts(db_path: Path, word: str, limit: int, window: int | None) -> list[tuple[int, float]]:
    """The full-text query, run by a connection of its own (nothing kept between calls)."""
    conn = sqlite3.connect(db_path)
    ranked = "SELECT rowid, bm25(episodes_fts, 10.0, 1.0, 6.0, 4.0) AS rank FROM episodes_fts "
    try:
        if window is None:
            rows = conn.execute(
                f"{ranked} WHERE episodes_fts MATCH ? ORDER BY rank LIMIT ?", (f'"{word}"', limit)
            ).fetchall()
        else:
            rows = conn.execute(
                f"SELECT rowid, rank FROM ({ranked} WHERE episodes_fts MATCH ? "
                "ORDER BY rowid DESC LIMIT ?) ORDER BY rank LIMIT ?",
                (f'"{word}"', window, limit),
            ).fetchall()
    finally:
        conn.close()
    return [(int(r[0]), float(r[1])) for r in rows]


@needs_feeds
@pytest.mark.parametrize("window", [WINDOW, None])
async def test_a_kept_full_text_query_follows_every_write(
    store: Store, db_path: Path, window: int | None, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Every query kept, however fast (on a small archive none takes a millisecond).
    monkeypatch.setattr(episodes_module, "FTS_KEEP_MS", 0.0)
    assert all(r.ok for r in await ingest_many(store, [str(BUNDLED_FEED)]))

    async def search() -> list[tuple[int, float]]:
        return await store.fts_search([Term(("the",))], limit=10, newest=window)

    first = await search()
    assert first == _plain_fts(db_path, "the", 10, window)
    assert await search() == first  # kept: the same rows
    # A write by this connection: the newest episodes are others now.
    assert all(r.ok for r in await ingest_many(store, [str(FEEDS_DIR / "go-time.xml")]))
    second = await search()
    assert second == _plain_fts(db_path, "the", 10, window)
    assert second != first
    # A write by another connection (another process's ingest) is seen too.
    other = await Store.open(db_path)
    try:
        assert all(r.ok for r in await ingest_many(other, [str(FEEDS_DIR / "js-party.xml")]))
    finally:
        await other.close()
    third = await search()
    assert third == _plain_fts(db_path, "the", 10, window)
    assert third != second


def _plain_candidates(vocab: _Vocabulary, word: str) -> list[str]:
    """What ``_Vocabulary.candidates`` gave before: every bucket word measured alone."""
    if word in vocab.df:
        return [word]
    if len(word) < 4 or word.isdigit():
        return []
    limit = 1 if len(word) < 8 else 2
    # A Latin-script word no everyday speech uses: a replaced letter is judged as a
    # name's slip (round 21).
    unspoken = word.isascii() and everyday(word, ("en", "es", "pt")) == 0.0
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
                    and not plausible_typo(
                        word,
                        cand,
                        strict=vocab.strict and not (unspoken and len(cand) == len(word)),
                    )
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


@needs_feeds
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


def _walked_pairs(index: Index) -> frozenset[str]:
    """The title pairs as the answerer counted them on its first question, title by title."""
    seen: Counter[str] = Counter()
    for entry in index.episodes.values():
        title = entry.title_norm.split()
        seen.update(
            {
                f"{a} {b}"
                for a, b in itertools.pairwise(title)
                if b in STOP_WORDS and a not in STOP_WORDS and len(b) >= PAIR_MIN_CHARS
            }
        )
    return frozenset(p for p, n in seen.items() if n >= 2)


def _walked_forms(index: Index) -> dict[str, set[int]]:
    """The podcast names and brand words as the answerer worked them out on its first
    question, title by title."""
    candidates: dict[str, set[int]] = defaultdict(set)
    for fid, title in index.feed_titles.items():
        for word in set(normalize(title).split()):
            if len(word) >= 4 and word not in STOP_WORDS and word not in index.feed_forms:
                candidates[word].add(fid)
    titled: dict[str, Counter[int]] = defaultdict(Counter)
    per_feed: Counter[int] = Counter()
    for entry in index.episodes.values():
        per_feed[entry.feed_id] += 1
        for word in set(entry.title_norm.split()) & candidates.keys():
            titled[word][entry.feed_id] += 1
    forms = dict(index.feed_forms)
    for word, fids in candidates.items():
        df = index.vocab.df.get(word, 0)
        for fid in fids:
            mine = titled[word][fid]
            if mine >= BRAND_SHARE * per_feed[fid] and mine >= BRAND_SHARE * df:
                forms.setdefault(word, set()).add(fid)
    return forms


@needs_feeds
async def test_titles_counted_at_build_are_those_a_first_question_walked(store: Store) -> None:
    feeds = [str(BUNDLED_FEED)] + [
        str(FEEDS_DIR / n)
        for n in ("giant-bombcast.xml", "hipsters-ponto-tech.xml", "making-sense-sam-harris.xml")
    ]
    assert all(r.ok for r in await ingest_many(store, feeds))
    built = await Index.build_and_save(store)
    loaded = await Index.load(store)  # the snapshot carries them
    for index in (built, loaded):
        answerer = Answerer(store, index)
        pairs = answerer._title_pairs()
        assert pairs == _walked_pairs(index)
        assert len(pairs) > 5
        forms = answerer._podcast_forms()
        walked = _walked_forms(index)
        assert {form: forms.get(form) for form in walked} == walked
        # Beside them, the names of a host the podcast's title names ("Making Sense with
        # Sam Harris"), worked out from the feeds' hosts, not from the titles counted.
        sense = next(f for f, t in index.feed_titles.items() if t.startswith("Making Sense"))
        assert {form: fids for form, fids in forms.items() if form not in walked} == {
            "sam": {sense},
            "harris": {sense},
        }
        assert forms.keys() - index.feed_forms.keys()  # brand words ("bombcast") found
        # Letters and a number ("f1", "php8"), as a walk over every title on the loop found
        # them.
        walked = {w for e in index.episodes.values() for w in e.title_norm.split()}
        assert index.title_initials == {w for w in walked if re.fullmatch(r"[a-z]+\d+", w)}
        assert {"e3", "php8"} <= index.title_initials


@needs_feeds
async def test_moments_looked_for_only_where_segments_are_the_same(store: Store) -> None:
    feeds = [str(FEEDS_DIR / n) for n in ("lex-fridman-podcast.xml", "go-time.xml")]
    assert all(r.ok for r in await ingest_many(store, feeds))
    answerer = await Answerer.create(store)
    questions = [
        "where does Lex talk about Hemingway",
        "when did they discuss generics",
        "episodes about concurrency",
        "latest episode",
        "Elon Musk",
    ]
    segmented = unsegmented = with_moments = 0
    for question in questions:
        answer = await answerer.ask(question)
        ids = [e.id for e in answer.episodes]
        segmented += sum(e.segmented is True for e in answer.episodes)
        unsegmented += sum(e.segmented is False for e in answer.episodes)
        with_moments += sum(bool(e.moments) for e in answer.episodes)
        # The same episodes, not known to have segments or not: every one is looked at.
        plain = await store.episodes_by_ids(ids)
        for e in plain:
            e.segmented = None
        await attach_moments(store, plain, _parse(question).words)
        assert [e.moments for e in plain] == [e.moments for e in answer.episodes]
    assert segmented and unsegmented and with_moments
