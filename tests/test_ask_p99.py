"""Issue 12 item 4, the slowest questions made cheaper (``latest episode about <topic>``):
the title checks they repeat over hundreds or thousands of episodes read the titles by slot
and test a word's start without splitting the title, and the notes' words are split
without the pattern. Each shortcut gives exactly what the plain code gave, on a real
archive; the answers are the same as with the plain code put back."""

from __future__ import annotations

import itertools
import random
from collections import Counter
from typing import Any

import pytest

from bot import answer as answer_module
from bot.answer import (
    _WORD,
    STOP_WORDS,
    Answerer,
    _spaced,
    _starts_a_word,
    _stem,
    _title_initials,
)
from bot.ingest import BUNDLED_FEED, ingest_many
from bot.store import Store
from bot.text import fold, normalize
from tests.conftest import FEEDS_DIR, needs_feeds

# English, Portuguese, German and Spanish notes: ASCII and accented texts both.
FEEDS = [str(BUNDLED_FEED)] + [
    str(FEEDS_DIR / name)
    for name in (
        "go-time.xml",
        "hipsters-ponto-tech.xml",
        "dw-langsam-gesprochene-nachrichten.xml",
        "rtve-tiempo-de-valientes.xml",
        "taverncast.xml",
    )
]


# --- the plain code, as it was before the shortcuts -------------------------------------


def plain_titled(answerer: Answerer, words: list[str], ids: list[int]) -> list[int]:
    stems = [_stem(w) for w in words]
    out = []
    for eid in ids:
        entry = answerer.index.episodes[eid]
        title = entry.title_norm.split()
        missed = [
            w for w, s in zip(words, stems, strict=True) if not any(t.startswith(s) for t in title)
        ]
        if not missed or all(
            answerer._may_be_initials(w) and w in _title_initials(entry.title) for w in missed
        ):
            out.append(eid)
    return out


def plain_newest_titled(
    answerer: Answerer, topic: str, words: set[str], ids: list[int], limit: int, scan: int = 2000
) -> list[int]:
    names = [f" {normalize(topic)} "] + [f" {w} " for w in words if w not in STOP_WORDS]
    episodes = answerer.index.episodes
    out = []
    for eid in ids[:scan]:
        title = f" {episodes[eid].title_norm} "
        if any(name in title for name in names):
            out.append(eid)
            if len(out) >= limit:
                break
    return out


async def plain_titles_holding(answerer: Answerer, words: list[str], feeds: set[int]) -> list[int]:
    terms = [
        answer_module._fts_term(w) for w in dict.fromkeys(words) if w in answerer.index.vocab.df
    ]
    if not terms or len(terms) < len(set(words)):
        return []
    episodes = answerer.index.episodes
    return [
        e
        for e in await answerer._title_match(terms, answer_module.LATEST_TITLE_SCAN)
        if (not feeds or episodes[e].feed_id in feeds) and e in plain_titled(answerer, words, [e])
    ]


def plain_words(text: str, pairs: bool) -> set[str]:
    said = _WORD.findall(fold(text))
    return set(said) | answer_module._number_pairs(said) if pairs else set(said)


# --- the tests ----------------------------------------------------------------------------


def test_a_words_start_is_found_as_the_split_finds_it() -> None:
    rng = random.Random(12)
    pieces = ["mig", "migra", "migration", "ção", "über", "a", "", " ", "  ", "\t", "\n"]
    pieces += ["\xa0", "\u2003", "x y", "-", "ab", "ba", "é"]
    texts = {"", " ", "migration", " migration", "migration ", "a\tmigra", "x\xa0migra"}
    for _ in range(3000):
        texts.add("".join(rng.choice(pieces) for _ in range(rng.randint(1, 6))))
    starts = {"", " ", "m", "mig", "migra", "migration", "ção", "x y", "\tm", "é", "über", "a"}
    starts |= {" mig", "mig ", "\xa0"}
    checked = found = 0
    for text, start in itertools.product(sorted(texts), sorted(starts)):
        expected = any(w.startswith(start) for w in text.split())
        assert _starts_a_word(text, start, _spaced(start)) == expected, (text, start)
        checked += 1
        found += expected
    assert checked > 10_000 and 0 < found < checked  # both answers are tested, often


@pytest.fixture
async def answerer(store: Store) -> Answerer:
    assert all(r.ok for r in await ingest_many(store, FEEDS))
    return await Answerer.create(store)


@needs_feeds
async def test_titles_holding_words_are_the_plain_codes(answerer: Answerer) -> None:
    index = answerer.index
    ids = list(index.latest)
    rng = random.Random(7)
    title_words = sorted({w for e in index.episodes.values() for w in e.title_norm.split()})
    words = [w for w in title_words if len(w) >= 3]
    asks = [[w] for w in rng.sample(words, 150)]
    asks += [rng.sample(words, 2) for _ in range(60)]
    # Stems, prefixes, initials ("goty"-like short rare words), and words in no title.
    asks += [[w[:4]] for w in rng.sample(words, 40)] + [["zzyzzyva"], ["news", "zzq"]]
    asks += [[w] for w in ("episodes", "nachrichten", "tecnologia", "javascript", "goty")]
    held = 0
    for ask in asks:
        got = answerer._titled(ask, ids)
        assert got == plain_titled(answerer, ask, ids), ask
        held += bool(got)
    assert held > 100  # most asks are met by some title, so the order is compared too

    feeds = sorted({e.feed_id for e in index.episodes.values()})
    for ask, scope in itertools.product(asks[:80:4], [set(), {feeds[0]}, set(feeds[1:3])]):
        got = await answerer._titles_holding(ask, scope)
        assert got == await plain_titles_holding(answerer, ask, scope), (ask, scope)


@needs_feeds
async def test_the_newest_titles_naming_a_topic_are_the_plain_codes(answerer: Answerer) -> None:
    index = answerer.index
    checked = named = 0
    for folded, about in index.topic_about.items():
        topic = index.topic_names.get(folded, folded)
        words = set(normalize(topic).split()) | {"the", "news"}
        for ids, limit, scan in (
            (list(about), 5, 2000),
            (list(index.latest), 5, 2000),
            (list(index.latest), 1, 50),
            (list(about), 200, 2000),
        ):
            got = answerer._newest_titled(topic, words, ids, limit, scan)
            assert got == plain_newest_titled(answerer, topic, words, ids, limit, scan), topic
            checked += 1
            named += bool(got)
    assert checked > 40 and named > 10


@needs_feeds
async def test_the_notes_words_are_those_the_pattern_finds(
    answerer: Answerer, store: Store
) -> None:
    ids = list(answerer.index.latest)
    texts = await store.indexed_texts(ids, 4000)
    assert sum(not t.isascii() for t in texts.values()) > 100  # accents, "ç", "ß", "–"
    assert sum(t.isascii() for t in texts.values()) > 100
    for pairs in (False, True):
        got = await answerer._candidate_words(ids, texts=texts, pairs=pairs)
        assert got == {eid: plain_words(text, pairs) for eid, text in texts.items()}


@needs_feeds
async def test_answers_are_those_of_the_plain_code(
    answerer: Answerer, monkeypatch: pytest.MonkeyPatch
) -> None:
    index = answerer.index
    topics = sorted(index.topic_about, key=lambda t: -len(index.topic_about[t]))[:12]
    questions = [f"latest episode about {index.topic_names.get(t, t)}" for t in topics]
    questions += [f"the newest episode with {w} in the title" for w in ("go", "news", "ai")]
    questions += [
        "latest go time about generics",
        "latest nachrichten",
        "newest hipsters about inteligência artificial",
        "latest episode about the war in ukraine",
        "anything on Venezuela?",
        "latest episode about migration",
    ]
    fast = [(await answerer.ask(q)).to_json() for q in questions]
    assert sum(bool(a["episodes"]) for a in fast) > len(questions) // 2

    calls: Counter[str] = Counter()

    def titled(self: Answerer, words: list[str], ids: list[int]) -> list[int]:
        calls["titled"] += 1
        return plain_titled(self, words, ids)

    def newest_titled(self: Answerer, *args: Any) -> list[int]:
        calls["newest_titled"] += 1
        return plain_newest_titled(self, *args)

    async def titles_holding(self: Answerer, words: list[str], feeds: set[int]) -> list[int]:
        calls["titles_holding"] += 1
        return await plain_titles_holding(self, words, feeds)

    def words_of(text: str) -> list[str]:
        calls["words"] += 1
        return _WORD.findall(fold(text))

    monkeypatch.setattr(Answerer, "_titled", titled)
    monkeypatch.setattr(Answerer, "_newest_titled", newest_titled)
    monkeypatch.setattr(Answerer, "_titles_holding", titles_holding)
    monkeypatch.setattr(answer_module, "normalized_words", words_of)
    plain = [(await answerer.ask(q)).to_json() for q in questions]
    assert fast == plain
    # Each shortcut was on the way of some of these answers.
    assert min(calls[k] for k in ("titled", "newest_titled", "titles_holding", "words")) > 0, calls
