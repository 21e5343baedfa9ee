"""The answer index: what the answerer keeps in memory about the archive (episodes'
titles, people, topics, word statistics, podcast names and episode numbers), how it is
built from the store's rows, saved as a snapshot and loaded from one, and the helpers that
build and free it off the event loop."""

from __future__ import annotations

import asyncio
import bisect
import functools
import gc
import hashlib
import heapq
import itertools
import logging
import marshal
import math
import re
import sys
import threading
from array import array
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, overload

from rapidfuzz import process
from rapidfuzz.distance import OSA

from bot.lexicon import everyday
from bot.question_words import COMPANY_WORDS, STOP_WORDS, plausible_typo
from bot.scope import (
    LANGUAGE_NAMES,
    author_forms,
    domain_name,
    host_names,
    named_title_number,
    title_forms,
    title_initials,
    title_number,
)
from bot.store import IndexRowChunks, IndexRows, Store, StoreError, Term
from bot.text import normalize

log = logging.getLogger(__name__)

ABOUT_WEIGHT = 10.0  # a title mention, or a keyword of the feed
FTS_NEWEST = 5000  # the newest matches a query of very common words ranks
FTS_BOUND_MIN = 5000  # ... when they are in more than this many episodes
COMMON_SHARE = 0.1  # ... and in more than this share of the archive
FTS_FULL_MAX = 10_000  # ... or in more than this many episodes (a tenth of 100,000)
FTS_NEWEST_MOST = 1000  # the newest matches ranked of words in half the archive or more
_DIGIT = re.compile(r"\d")
_LETTERS_DIGITS = re.compile(r"[a-z]+\d+")
_SPACE = ord(" ")  # the byte between a folded title's words
_BLOB_NAME_MIN = 3  # bytes of a name searched for in the blob of titles (not title by title)
_TOKEN = re.compile(r"[a-z0-9]+")  # a word the full-text tokenizer keeps as it is
BUILD_CHUNK = 5000  # rows read at a time while building the index
_MEMO_MAX = 4096  # typo'd words whose candidates a vocabulary keeps (then starts again)
BRAND_TITLES = 1  # a brand word is in at least this many of its feed's titles


@dataclass(slots=True)
class PersonEntry:
    key: str
    name: str
    note: str | None
    episode_ids: array[int] = field(default_factory=lambda: array("I"))  # newest first
    roles: set[str] = field(default_factory=set)


class EpisodeEntry:
    """One episode of an :class:`EpisodeTable`, read from its arrays when asked (a view:
    the table keeps no object per episode)."""

    __slots__ = ("_slot", "_table")

    def __init__(self, table: EpisodeTable, slot: int) -> None:
        self._table = table
        self._slot = slot

    @property
    def id(self) -> int:
        return self._table.ids[self._slot]

    @property
    def feed_id(self) -> int:
        return self._table.feed_ids[self._slot]

    @property
    def title(self) -> str:
        return self._table.title(self._slot)

    @property
    def title_norm(self) -> str:
        return self._table.title_norm(self._slot)

    @property
    def sort_ts(self) -> float:
        return self._table.sort_ts[self._slot]

    @property
    def position(self) -> int:
        return self._table.positions[self._slot]

    @property
    def people(self) -> list[str]:
        """Person keys, in the order the episode names them."""
        t, i = self._table, self._slot
        keys = t.person_keys
        return [keys[k] for k in t.people_ix[t.people_off[i] : t.people_off[i + 1]]]

    @property
    def weights(self) -> dict[str, float]:
        """Folded topic -> weight, in the order the topics were stored."""
        t, i = self._table, self._slot
        a, b = t.weight_off[i], t.weight_off[i + 1]
        keys = t.topic_keys
        return dict(zip([keys[k] for k in t.weight_ix[a:b]], t.weight_val[a:b], strict=True))


class EpisodeTable:
    """The index's episodes, newest first, as parallel arrays (one slot per episode) and
    two UTF-8 blobs of titles, instead of an object per episode: a mapping of episode id
    to :class:`EpisodeEntry` views, in the order of ``latest``."""

    __slots__ = (
        "_norm_off",
        "_norms",
        "_title_off",
        "_titles",
        "feed_ids",
        "ids",
        "people_ix",
        "people_off",
        "person_keys",
        "positions",
        "slots",
        "sort_ts",
        "topic_keys",
        "weight_ix",
        "weight_off",
        "weight_val",
    )

    def __init__(self) -> None:
        self.ids = array("I")
        self.feed_ids = array("I")
        self.sort_ts = array("d")
        self.positions = array("q")
        self._titles = b""
        self._title_off = array("Q", [0])
        self._norms = b""
        self._norm_off = array("Q", [0])
        self.people_off = array("I", [0])
        self.people_ix = array("I")
        self.person_keys: list[str] = []
        self.weight_off = array("I", [0])
        self.weight_ix = array("I")
        self.weight_val = array("d")
        self.topic_keys: list[str] = []
        self.slots = SlotMap(self.ids)

    def add_rows(
        self,
        episodes: list[tuple[int, int, str, str, float, int]],
        titles: bytearray,
        norms: bytearray,
    ) -> None:
        """Append store rows (newest first) to the arrays; their titles go to the two
        growing blobs (see :meth:`finish`)."""
        self.ids.extend([r[0] for r in episodes])
        self.feed_ids.extend([r[1] for r in episodes])
        self.sort_ts.extend([r[4] for r in episodes])
        self.positions.extend([r[5] for r in episodes])
        for r in episodes:
            titles += r[2].encode()
            self._title_off.append(len(titles))
            norms += r[3].encode()
            self._norm_off.append(len(norms))

    def finish(
        self,
        titles: bytearray,
        norms: bytearray,
        links: tuple[array[int], array[int], list[str]],
        topics: tuple[array[int], array[int], array[float], list[str]],
    ) -> list[tuple[array[int], array[float]]]:
        """Pack the blobs, each episode's person keys and topic weights: ``links`` are
        (slot, key number) entries and the keys, ``topics`` (slot, topic number, weight)
        entries and the topics, both in stored order. An episode's keys and topics keep
        the order they first appear in (a topic's weight is its last); the numbering of
        keys and topics in the table is by first appearance, newest episode first.
        Returns, by topic number, the slots that name it and their weights (see
        :meth:`Index.from_rows`)."""
        self._titles, self._norms = bytes(titles), bytes(norms)
        n = len(self.ids)
        link_slot, link_key, keys = links
        order, start = _grouped(link_slot, n)
        person_ix: dict[str, int] = {}
        people_ix, people_off = self.people_ix, self.people_off
        for slot in range(n):
            mine: list[str] = []
            for e in order[start[slot] : start[slot + 1]]:
                key = keys[link_key[e]]
                if key not in mine:
                    mine.append(key)
            people_ix.extend([person_ix.setdefault(k, len(person_ix)) for k in mine])
            people_off.append(len(people_ix))
        self.person_keys = list(person_ix)
        del order, start
        top_slot, top_no, top_weight, names = topics
        order, start = _grouped(top_slot, n)
        per_topic = [(array("I"), array("d")) for _ in names]
        topic_ix: dict[str, int] = {}
        weight_ix, weight_val, weight_off = self.weight_ix, self.weight_val, self.weight_off
        for slot in range(n):
            w: dict[int, float] = {}
            times: dict[int, int] = {}
            for e in order[start[slot] : start[slot + 1]]:
                no = top_no[e]
                w[no] = top_weight[e]
                times[no] = times.get(no, 0) + 1
            weight_ix.extend([topic_ix.setdefault(names[no], len(topic_ix)) for no in w])
            weight_val.extend(w.values())
            weight_off.append(len(weight_ix))
            for no, weight in w.items():
                slots, weights = per_topic[no]
                for _ in range(times[no]):
                    slots.append(slot)
                    weights.append(weight)
        self.topic_keys = list(topic_ix)
        self.slots = SlotMap(self.ids)
        return per_topic

    def parts(self) -> list[Any]:
        """Plain values for :meth:`from_parts` (marshal can write them). The arrays are
        views of their bytes, not copies (at 100,000 episodes 20 MB beside the written
        part); marshal writes a view as the bytes it shows, which load as bytes."""
        return [
            *(memoryview(a) for a in self._arrays()),
            self._titles,
            self._norms,
            self.person_keys,
            self.topic_keys,
        ]

    @classmethod
    def from_parts(cls, parts: list[Any]) -> EpisodeTable:
        t = cls()
        arrays = t._arrays()
        # The offset arrays start with their 0: emptied first, then filled from the parts.
        for a in (t._title_off, t._norm_off, t.people_off, t.weight_off):
            del a[:]
        for a, raw in zip(arrays, parts, strict=False):
            a.frombytes(raw)
        t._titles, t._norms, t.person_keys, t.topic_keys = parts[len(arrays) :]
        t.slots = SlotMap(t.ids)
        return t

    def _arrays(self) -> list[array[Any]]:
        return [
            self.ids,
            self.feed_ids,
            self.sort_ts,
            self.positions,
            self._title_off,
            self._norm_off,
            self.people_off,
            self.people_ix,
            self.weight_off,
            self.weight_ix,
            self.weight_val,
        ]

    def title(self, slot: int) -> str:
        return self._titles[self._title_off[slot] : self._title_off[slot + 1]].decode()

    def title_norm(self, slot: int) -> str:
        return self._norms[self._norm_off[slot] : self._norm_off[slot + 1]].decode()

    def newest_naming(self, names: Iterable[str], scan: int, limit: int) -> list[int]:
        """The ids of the first ``limit`` of the newest ``scan`` episodes whose folded title
        holds one of ``names`` (folded) as whole words, as ``f" {name} " in f" {title} "``
        tells, newest first. The newest titles are one stretch of the blob, searched for
        each name at once rather than title by title; a name of a letter or two (found
        inside most words) is looked for title by title, newest first, until enough are."""
        end = min(scan, len(self.ids))
        off, blob = self._norm_off, self._norms
        hi = off[end]
        found: set[int] = set()
        short = []
        for name in names:
            needle = name.encode()
            size = len(needle)
            if size < _BLOB_NAME_MIN:
                if size:
                    short.append(f" {name} ")
                continue
            at = blob.find(needle, off[0], hi)
            while at >= 0:
                slot = bisect.bisect_right(off, at, 0, end + 1) - 1
                stop, tail = off[slot + 1], at + size
                if (
                    tail <= stop
                    and (at == off[slot] or blob[at - 1] == _SPACE)
                    and (tail == stop or blob[tail] == _SPACE)
                ):
                    found.add(slot)
                    at = blob.find(needle, stop, hi)  # one match a title is enough
                else:
                    at = blob.find(needle, at + 1, hi)
        if short:
            first = []
            for slot in range(end):
                if slot in found or any(s in f" {self.title_norm(slot)} " for s in short):
                    first.append(slot)
                    if len(first) >= limit:
                        break
        else:
            first = sorted(found)[:limit]
        ids = self.ids
        return [ids[s] for s in first]

    def __len__(self) -> int:
        return len(self.ids)

    def __contains__(self, eid: object) -> bool:
        return eid in self.slots

    def __getitem__(self, eid: int) -> EpisodeEntry:
        return EpisodeEntry(self, self.slots[eid])

    def get(self, eid: int, default: EpisodeEntry | None = None) -> EpisodeEntry | None:
        slot = self.slots.get(eid)
        return default if slot is None else EpisodeEntry(self, slot)

    def __iter__(self) -> Iterator[int]:
        return iter(self.ids)

    def keys(self) -> array[int]:
        return self.ids

    def values(self) -> Iterator[EpisodeEntry]:
        return (EpisodeEntry(self, i) for i in range(len(self.ids)))

    def items(self) -> Iterator[tuple[int, EpisodeEntry]]:
        return ((eid, EpisodeEntry(self, i)) for i, eid in enumerate(self.ids))


def _grouped(slots: array[int], n: int) -> tuple[array[int], array[int]]:
    """The entries of ``slots`` (slot numbers below ``n``) grouped by slot, each group in
    entry order (a counting sort), and where each slot's group starts (and the end)."""
    start = array("I", [0]) * (n + 1)
    for s in slots:
        start[s + 1] += 1
    for i in range(n):
        start[i + 1] += start[i]
    fill = array("I", start)
    order = array("I", [0]) * len(slots)
    for e, s in enumerate(slots):
        order[fill[s]] = e
        fill[s] += 1
    return order, start


class SlotMap:
    """Episode id -> its slot (its place in ``latest``), as a mapping: an array indexed by
    id (ids are the store's row ids, nearly dense), or a dict when they are sparse."""

    __slots__ = ("_by_id", "_dict", "_n")

    def __init__(self, ids: array[int]) -> None:
        self._n = len(ids)
        top = max(ids, default=-1) + 1
        self._dict: dict[int, int] | None = None
        self._by_id = array("i")
        if top > 4 * len(ids) + 1024:
            self._dict = dict(zip(ids, range(len(ids)), strict=True))
            return
        by_id = self._by_id = array("i", [-1]) * top
        for slot, eid in enumerate(ids):
            by_id[eid] = slot

    def get(self, eid: object, default: int | None = None) -> int | None:
        if self._dict is not None:
            return self._dict.get(eid, default)  # type: ignore[call-overload]
        if type(eid) is int and 0 <= eid < len(self._by_id):
            slot = self._by_id[eid]
            if slot >= 0:
                return slot
        return default

    def __getitem__(self, eid: int) -> int:
        slot = self.get(eid)
        if slot is None:
            raise KeyError(eid)
        return slot

    def __contains__(self, eid: object) -> bool:
        return self.get(eid) is not None

    def __len__(self) -> int:
        return self._n

    def items(self) -> Iterator[tuple[int, int]]:
        if self._dict is not None:
            return iter(self._dict.items())
        return ((eid, slot) for eid, slot in enumerate(self._by_id) if slot >= 0)


class SortedTitles:
    """The folded titles in sort order with their episode ids, as a sequence of
    (title, id) pairs for ``bisect``: the slots in title order over the table's blob."""

    __slots__ = ("_table", "slots")

    def __init__(self, table: EpisodeTable, slots: array[int]) -> None:
        self._table = table
        self.slots = slots

    def __len__(self) -> int:
        return len(self.slots)

    def _pair(self, slot: int) -> tuple[str, int]:
        return (self._table.title_norm(slot), self._table.ids[slot])

    @overload
    def __getitem__(self, i: int) -> tuple[str, int]: ...
    @overload
    def __getitem__(self, i: slice) -> list[tuple[str, int]]: ...
    def __getitem__(self, i: int | slice) -> tuple[str, int] | list[tuple[str, int]]:
        if isinstance(i, slice):
            return [self._pair(s) for s in self.slots[i]]
        return self._pair(self.slots[i])

    def __eq__(self, other: object) -> bool:
        return list(self) == list(other) if isinstance(other, SortedTitles | list) else False

    __hash__ = None  # type: ignore[assignment]


class _Vocabulary:
    """Known words with document frequencies, and a fast nearest-word lookup for typos."""

    def __init__(
        self, df: dict[str, int], skip: frozenset[str] = frozenset(), *, strict: bool = False
    ) -> None:
        self.df = df
        self.strict = strict
        self._memo: dict[str, tuple[str, ...]] = {}  # word -> its candidates, as found
        self._buckets: dict[tuple[int, str, int], list[str]] = defaultdict(list)
        self.sorted_words = sorted(df)
        for word in df:
            if len(word) >= 4 and not word.isdigit() and word not in skip:
                # A typo seldom hits both of the first two letters: index by each of them.
                self._buckets[(0, word[0], len(word))].append(word)
                self._buckets[(1, word[1], len(word))].append(word)

    def correct(self, word: str) -> str | None:
        """The closest known word within one edit (two for long words), most frequent wins.

        A swap of two letters is one edit (optimal string alignment). A short word one
        edit away is taken only when the edit looks like a slip (:func:`plausible_typo`):
        "snitch" is not "switch", nor "runes" "rules"."""
        found = self.candidates(word)
        return found[0] if found else None

    def candidates(self, word: str) -> list[str]:
        """The known words a typo'd ``word`` may stand for, best first."""
        if word in self.df:
            return [word]
        return self._remembered(word)

    def neighbours(self, word: str) -> list[str]:
        """The other known words ``word`` may be a slip of, best first, whether or not
        the vocabulary holds ``word`` itself (a slip the archive holds once)."""
        return [c for c in self._remembered(word) if c != word]

    def _remembered(self, word: str) -> list[str]:
        """:meth:`_candidates` of ``word``, remembered."""
        if len(word) < 4 or word.isdigit():
            return []
        # A question's words are looked up several times (its answer's words, the search,
        # names), and the same typos come back: the vocabulary never changes once built.
        memo = self._memo
        found = memo.get(word)
        if found is None:
            if len(memo) >= _MEMO_MAX:
                memo.clear()
            found = memo[word] = tuple(self._candidates(word))
        return list(found)

    def _candidates(self, word: str) -> list[str]:
        limit = 1 if len(word) < 8 else 2
        near: list[str] = []
        for length in range(len(word) - limit, len(word) + limit + 1):
            for pos in (0, 1):
                near += self._buckets.get((pos, word[pos], length), ())
        ranked: set[tuple[int, int, str]] = set()
        # A word no everyday speech (English, Spanish, Portuguese) uses is a slip, most
        # often of a name ("borjes": Borges): a letter of like sound or a vowel replaced
        # is as likely a slip as a near key is. A letter added or left out keeps the
        # strict rule ("runes" is no "runs"), and so does a word speech uses: it is more
        # often another word ("snitch", "perto") than a slip.
        # (Latin script only: the everyday words known are English, Spanish, Portuguese.)
        unspoken = self.strict and word.isascii() and everyday(word, ("en", "es", "pt")) == 0.0
        # The distances in one C call (rapidfuzz), only those within ``limit`` returned.
        for cand, dist, _ in process.extract(
            word, near, scorer=OSA.distance, score_cutoff=limit, limit=None
        ):
            strict = self.strict and not (unspoken and len(cand) == len(word))
            if dist == 1 and len(word) < 8 and not plausible_typo(word, cand, strict=strict):
                continue
            ranked.add((dist, -self.df[cand], cand))
        return [c for _, _, c in sorted(ranked)]

    def with_prefix(self, prefix: str, limit: int = 50) -> list[str]:
        start = bisect.bisect_left(self.sorted_words, prefix)
        out = []
        for word in self.sorted_words[start : start + limit]:
            if not word.startswith(prefix):
                break
            out.append(word)
        return out


class Index:
    """What the answerer keeps in memory: episodes' titles, people, topics, word stats."""

    def __init__(self) -> None:
        # Episode ids are kept in arrays (4 bytes each), not lists of int objects: an
        # archive of 100,000 episodes holds over a million of them.
        self.episodes = EpisodeTable()
        self.people: dict[str, PersonEntry] = {}
        self.name_tokens: dict[str, set[str]] = defaultdict(set)
        self.topic_episodes: dict[str, array[int]] = {}  # newest first
        self.topic_names: dict[str, str] = {}  # folded -> display
        self.topic_ranked: dict[str, array[int]] = {}  # by weight, then newest
        self.topic_about: dict[str, array[int]] = {}  # weight >= ABOUT_WEIGHT, newest first
        self.latest: array[int] = self.episodes.ids  # episode ids, newest first
        self.order: SlotMap = self.episodes.slots  # episode id -> place in ``latest``
        self.vocab = _Vocabulary({})
        self.name_vocab = _Vocabulary({})
        self.count = 0
        # (normalised title, id) in order
        self.sorted_titles = SortedTitles(self.episodes, array("I"))
        self.frequent_guests: list[PersonEntry] = []  # most episodes first
        self.feed_titles: dict[int, str] = {}
        self.feed_forms: dict[str, set[int]] = {}  # a podcast's folded name -> feed ids
        self.feed_form_words = 0  # the longest name, in words
        self.feed_hosts: dict[int, set[str]] = {}  # feed id -> its hosts' person keys
        self.numbers: dict[int, list[int]] = {}  # episode number -> ids, newest first
        self.season_numbers: dict[tuple[int, int], list[int]] = {}
        self.topic_sets: dict[str, frozenset[int]] = {}  # topic_episodes as sets, when asked
        # What the answerer reads of every title, counted at build (see _count_titles):
        # "word stopword" pairs -> the titles that hold them (two or more) ...
        self.title_pairs: dict[str, int] = {}
        # ... and a word of a feed's title -> {that feed's id: its titles that hold it}
        # (a one-word podcast name: {every feed's id: its titles that hold it}).
        self.feed_word_titles: dict[str, dict[int, int]] = {}
        # ... and the title words that are a letter and a number ("f1", "s3"): the short
        # forms a question may spell out ("formula one").
        self.title_initials: frozenset[str] = frozenset()
        self.feed_words: dict[int, frozenset[str]] = {}  # a feed's title words, when asked

    @classmethod
    async def build(cls, store: Store) -> Index:
        """The index of what the store holds, built on a worker thread that reads the rows
        a chunk at a time as it goes (see :meth:`Store.index_row_chunks`), so that the
        event loop never waits on it and the rows are never all in memory at once."""
        rows = await store.index_row_chunks(BUILD_CHUNK)
        try:
            return await asyncio.to_thread(_build_long_lived, cls, rows)
        finally:
            rows.close()

    @classmethod
    async def load(cls, store: Store) -> Index:
        """The index as saved by the last build over the same rows, else built (and saved,
        when the store is writable): a start-up reads a snapshot instead of the archive."""
        generation = await store.index_generation()
        data = await store.load_index_snapshot(generation, snapshot_format())
        if data is not None:
            try:
                return await asyncio.to_thread(_long_lived, cls.from_snapshot, data)
            except (ValueError, EOFError, TypeError, IndexError, KeyError):
                pass  # unreadable: built again below, and saved over
        return await cls.build_and_save(store)

    @classmethod
    async def build_and_save(cls, store: Store) -> Index:
        """:meth:`build`, then the snapshot :meth:`load` reads saved (a read-only store
        saves nothing)."""
        # Read before the rows: a write meanwhile leaves the snapshot labelled older, so it
        # is never taken for the newer rows.
        generation = await store.index_generation()
        index = await cls.build(store)
        if not store.read_only:
            # Made a part at a time as the store writes it (on its worker thread).
            data = _snapshot_in_parts(index)
            try:
                await store.save_index_snapshot(generation, snapshot_format(), data)
            except StoreError as exc:
                # Only the next start-up's speed depends on it: the answer must not.
                log.warning("the answer index was not saved: %s", exc.cause)
        return index

    def snapshot(self) -> list[bytes]:
        """The index as parts for :meth:`from_snapshot` (marshal: plain values only, and
        in parts so that no single C call holds the interpreter for long). Arrays are
        written as their bytes, which load without making an object per value."""
        return list(self.snapshot_parts())

    def snapshot_parts(self) -> Iterator[bytes]:
        """:meth:`snapshot`'s parts one at a time, each made when asked for: a writer that
        drops each one once written never holds the whole snapshot beside the index."""
        table = self.episodes
        vocab = self.vocab

        def people() -> list[Any]:
            return [
                (p.key, p.name, p.note, p.episode_ids.tobytes(), sorted(p.roles))
                for p in self.people.values()
            ]

        def topics() -> list[Any]:
            return [
                (
                    t,
                    self.topic_names[t],
                    ids.tobytes(),
                    self.topic_ranked[t].tobytes(),
                    self.topic_about[t].tobytes(),
                )
                for t, ids in self.topic_episodes.items()
            ]

        parts = [
            table.parts,
            self.sorted_titles.slots.tobytes,
            people,
            topics,
            # One part, so that marshal writes each word once and the loaded df, sorted
            # list and buckets share one string per word (three copies otherwise).
            lambda: (vocab.df, vocab.sorted_words, dict(vocab._buckets), vocab.strict),
            # The name tokens and their vocabulary as built, in their order: a typo's
            # nearest name is chosen among words in that order.
            lambda: [
                [(t, sorted(keys)) for t, keys in self.name_tokens.items()],
                list(self.name_vocab.df.items()),
                self.name_vocab.sorted_words,
                dict(self.name_vocab._buckets),
            ],
            # Podcast names and episode numbers (see ``_build_scope``).
            lambda: [
                self.feed_titles,
                self.feed_forms,
                self.feed_form_words,
                self.feed_hosts,
                self.numbers,
                self.season_numbers,
            ],
            lambda: [self.title_pairs, self.feed_word_titles, self.title_initials],
        ]
        yield marshal.dumps((_SNAPSHOT_VERSION, len(parts)))
        for make in parts:
            # Held twice, as when every part was in a list: marshal marks an object held
            # more than once for back-references, and the bytes stay those of before.
            value = make()
            held = [value]
            yield marshal.dumps(value)  # one short call each
            del value, held

    @classmethod
    def from_snapshot(cls, data: list[bytes]) -> Index:
        """The index :meth:`snapshot` saved (equal to the one it was taken from)."""
        version, n_rest = marshal.loads(data[0])
        if version != _SNAPSHOT_VERSION or len(data) != 1 + n_rest:
            raise ValueError("snapshot version or parts")
        # Each part is decoded, then its bytes dropped (the caller's list is emptied), so
        # that the raw snapshot and the index it makes are never both whole in memory.
        raw = data[1:]
        data.clear()
        raw.reverse()

        def part() -> Any:
            return marshal.loads(raw.pop())

        index = cls()
        table = index.episodes = EpisodeTable.from_parts(part())
        title_slots, people, topics = part(), part(), part()
        df, sorted_words, buckets, strict = part()
        names, scope = part(), part()
        index.title_pairs, index.feed_word_titles, index.title_initials = part()
        index.latest = table.ids
        index.order = table.slots
        index.count = len(table)
        index.sorted_titles = SortedTitles(table, array("I", title_slots))
        for key, name, note, ids, roles in people:
            index.people[key] = PersonEntry(key, name, note, array("I", ids), set(roles))
        token_keys, name_df, name_words, name_buckets = names
        for token, keys in token_keys:
            index.name_tokens[token] = set(keys)
        index.frequent_guests = sorted(
            (p for p in index.people.values() if "guest" in p.roles),
            key=lambda p: (-len(p.episode_ids), p.key),
        )
        for folded, name, ids, ranked, about in topics:
            index.topic_episodes[folded] = array("I", ids)
            index.topic_names[folded] = name
            index.topic_ranked[folded] = array("I", ranked)
            index.topic_about[folded] = array("I", about)
        vocab = _Vocabulary.__new__(_Vocabulary)
        vocab.df = df
        vocab.sorted_words = sorted_words
        vocab._buckets = defaultdict(list, buckets)
        vocab.strict = strict
        vocab._memo = {}
        index.vocab = vocab
        (
            index.feed_titles,
            index.feed_forms,
            index.feed_form_words,
            index.feed_hosts,
            index.numbers,
            index.season_numbers,
        ) = scope
        name_vocab = _Vocabulary.__new__(_Vocabulary)
        name_vocab.df = dict(name_df)
        name_vocab.sorted_words = name_words
        name_vocab._buckets = defaultdict(list, name_buckets)
        name_vocab.strict = False
        name_vocab._memo = {}
        index.name_vocab = name_vocab
        return index

    @classmethod
    def from_rows(cls, rows: IndexRows | IndexRowChunks) -> Index:
        """Build the index from the store's rows (no loop; a database only through
        ``rows``), whole or in chunks: each chunk is dropped once used, and each query is
        read once, in one pass, so that the rows are never all in memory at once."""
        chunks = rows.chunks() if isinstance(rows, IndexRows) else rows
        index = cls()
        table = index.episodes
        titles, norms = bytearray(), bytearray()
        numbered: list[tuple[int, int]] = []  # (id, number) of titles that carry one
        # (id, feed id, title) of titles that may number themselves after a name.
        named: list[tuple[int, int, str]] = []
        for part in chunks.read("episodes"):
            table.add_rows(part, titles, norms)
            for eid, fid, title, *_ in part:
                n = title_number(title) if _DIGIT.search(title) else None
                if n is not None:
                    numbered.append((eid, n))
                elif _DIGIT.search(title):
                    named.append((eid, fid, title))
            del part
        ids = table.ids
        n = len(ids)
        slot_of = dict(zip(ids, range(n), strict=True))  # newest first
        # Links and topics while building, one entry each in parallel arrays (not a list
        # or dict per episode: 100,000 of those came to about 30 MB), grouped by episode
        # when the table is packed.
        link_slot, link_key = array("I"), array("I")
        key_no: dict[str, int] = {}  # person key -> its number in link_key
        people_by_id = {
            pid: PersonEntry(key, name, note)
            for part in chunks.read("people")
            for pid, name, key, note in part
        }
        found: dict[str, array[int]] = {}  # person key -> episode ids
        for part in chunks.read("links"):
            for eid, pid, role in part:
                person = people_by_id.get(pid)
                slot = slot_of.get(eid)
                if person is None or slot is None:
                    continue
                key = person.key
                got = found.get(key)
                if got is None:
                    got = found[key] = array("I")
                got.append(eid)
                person.roles.add(role)
                link_slot.append(slot)
                link_key.append(key_no.setdefault(key, len(key_no)))
            del part
        for person in people_by_id.values():
            got = found.get(person.key)
            if not got:
                continue
            person.episode_ids = array("I", sorted(set(got), key=slot_of.__getitem__))
            index.people[person.key] = person
            for token in person.key.split():
                if len(token) >= 2:
                    index.name_tokens[token].add(person.key)
        del found, people_by_id
        index.frequent_guests = sorted(
            (p for p in index.people.values() if "guest" in p.roles),
            key=lambda p: (-len(p.episode_ids), p.key),
        )
        folded_of: dict[str, str] = {}  # one string object per topic, shared by all episodes
        topic_no: dict[str, int] = {}  # folded topic -> its number, in order of first use
        top_slot, top_no, top_weight = array("I"), array("I"), array("d")
        for part in chunks.read("topics"):
            for eid, topic, weight in part:
                slot = slot_of.get(eid)
                if slot is None:
                    continue
                folded = folded_of.get(topic)
                if folded is None:
                    folded = folded_of[topic] = sys.intern(normalize(topic))
                    index.topic_names.setdefault(folded, topic)
                top_slot.append(slot)
                top_no.append(topic_no.setdefault(folded, len(topic_no)))
                top_weight.append(weight)
            del part
        del folded_of, slot_of
        # Per topic, its episodes' slots in order (an episode once per row naming it) and
        # the episode's weight for it (the last row's).
        per_topic = table.finish(
            titles,
            norms,
            (link_slot, link_key, list(key_no)),
            (top_slot, top_no, top_weight, list(topic_no)),
        )
        del titles, norms, link_slot, link_key, key_no, top_slot, top_no, top_weight
        for folded, (slots, weights) in zip(topic_no, per_topic, strict=True):
            index.topic_episodes[folded] = array("I", [ids[s] for s in slots])
            # By weight, then newest: what sorting by (-weight, slot) gave.
            ranked = sorted(zip([-w for w in weights], slots, strict=True))
            index.topic_ranked[folded] = array("I", [ids[s] for _, s in ranked])
            index.topic_about[folded] = array(
                "I", [ids[s] for s, w in zip(slots, weights, strict=True) if w >= ABOUT_WEIGHT]
            )
        del per_topic, topic_no
        index.latest = table.ids
        index.order = table.slots
        index.count = len(table)
        by_title = _sorted_in_steps(
            [(table.title_norm(slot), eid, slot) for slot, eid in enumerate(table.ids)]
        )
        index.sorted_titles = SortedTitles(table, array("I", [t[2] for t in by_title]))
        del by_title
        df = {term: doc for part in chunks.read("vocabulary") for term, doc in part}
        index.vocab = _Vocabulary(df, skip=STOP_WORDS, strict=True)
        feeds = [row for part in chunks.read("feeds") for row in part]
        feed_titles = {fid: title for fid, title, _ in feeds}
        for eid, fid, title in named:
            n = named_title_number(title, feed_titles.get(fid, ""))
            if n is not None:
                numbered.append((eid, n))
        del named
        titled = {eid for eid, _ in numbered}
        linked = link_numbers(
            (row for part in chunks.read("numbered_links") for row in part if row[0] not in titled),
            table,
        )
        index._build_scope(feeds, chunks.read("numbers"), numbered, linked)
        index._count_titles()
        index.name_vocab = _Vocabulary({t: len(k) for t, k in index.name_tokens.items()})
        return index

    def _build_scope(
        self,
        feeds: list[tuple[int, str, str | None]],
        numbers_rows: Iterator[list[tuple[int, int | None, int]]],
        numbered: list[tuple[int, int]],
        linked: Iterable[tuple[int, int]] = (),
    ) -> None:
        """Podcast names and episode numbers (the feeds' numbers, in chunks, then the
        ``numbered`` titles'; the ``linked`` numbers of episode links after those: a
        number a title or the feed writes is the one asked for, where several podcasts
        have it); people who are a podcast or a company go."""
        sizes: dict[int, int] = defaultdict(int)
        for fid in self.episodes.feed_ids:
            sizes[fid] += 1
        forms: dict[str, set[int]] = defaultdict(set)
        brands = self._brand_words(feeds, sizes)
        for fid, title, author in feeds:
            self.feed_titles[fid] = title
            names = title_forms(title)
            hosts = host_names(author)
            self.feed_hosts[fid] = set(hosts)
            names.update(hosts)
            names.update(author_forms(author))
            names.update(brands.get(fid, ()))
            # "dw" for an author "DW.COM": a site's name, however short, names its feed
            # when the archive seldom says it beyond that feed.
            site = domain_name(author)
            if (
                site
                and " " not in site
                and site not in STOP_WORDS
                and self.vocab.df.get(site, 0) <= max(sizes[fid], 1)
            ):
                forms[site].add(fid)
            initials = title_initials(title)
            if initials and not self.vocab.df.get(initials):
                names.add(initials)
            first = normalize(title).split()[:1]
            # "Lex" for "Lex Fridman Podcast": a host's first name that starts the title,
            # when the archive uses that word little beyond this feed.
            if (
                first
                and any(h.split()[0] == first[0] for h in hosts)
                and self.vocab.df.get(first[0], 0) <= 2 * max(sizes[fid], 1)
            ):
                names.add(first[0])
            full_titles = [f" {normalize(t)} " for f, t, _ in feeds if f != fid]
            for name in names:
                words = name.split()
                # "software engineering" names SE Radio, but Go Time's title has it too.
                if any(f" {name} " in other for other in full_titles):
                    continue
                if any(len(w) >= 3 and w not in STOP_WORDS for w in words):
                    forms[name].add(fid)
        self.feed_forms = dict(forms)
        self.feed_form_words = max((len(f.split()) for f in forms), default=0)
        # People named like a podcast ("Giant Bombcast") or a company ("Clif Bar") are not
        # guests: they would answer "who" questions with a show or a snack bar.
        for key in list(self.people):
            words = key.split()
            if key in forms or (len(words) >= 2 and words[-1] in COMPANY_WORDS):
                del self.people[key]
                for token in words:
                    keys = self.name_tokens.get(token)
                    if keys is not None:
                        keys.discard(key)
                        if not keys:
                            del self.name_tokens[token]
        self.frequent_guests = [p for p in self.frequent_guests if p.key in self.people]
        numbers: dict[int, list[int]] = defaultdict(list)
        seasons: dict[tuple[int, int], list[int]] = defaultdict(list)
        for part in numbers_rows:
            for eid, season, number in part:
                if eid in self.episodes:
                    numbers[number].append(eid)
                    if season is not None:
                        seasons[(season, number)].append(eid)
        for eid, n in numbered:
            if eid not in numbers.get(n, ()):
                numbers[n].append(eid)
        order = self.order
        self.numbers = {n: sorted(ids, key=order.__getitem__) for n, ids in numbers.items()}
        by_link: dict[int, list[int]] = defaultdict(list)
        for eid, n in linked:
            by_link[n].append(eid)
        for n, ids in by_link.items():
            self.numbers.setdefault(n, []).extend(sorted(ids, key=order.__getitem__))
        self.season_numbers = {k: sorted(v, key=order.__getitem__) for k, v in seasons.items()}

    def _brand_words(
        self, feeds: list[tuple[int, str, str | None]], sizes: dict[int, int]
    ) -> dict[int, set[str]]:
        """Each feed's brand words: a word of its title that about as many episodes hold
        as the feed has, and some of its own episodes' titles carry ("bombcast",
        "hipsters", "pasajes"): the feed's own name. A word the archive holds that often
        by chance ("since" in "Taverncast - Since 2005") is in none of the feed's titles,
        and a language's name is the language."""
        candidates: dict[int, set[str]] = {}
        for fid, title, _ in feeds:
            size = sizes[fid]
            words = {
                word
                for word in normalize(title).split()
                if len(word) >= 5
                and word not in STOP_WORDS
                and word not in LANGUAGE_NAMES
                and word not in self.name_tokens
                and size >= 10
                and size / 2 <= self.vocab.df.get(word, 0) <= 1.2 * size
            }
            if words:
                candidates[fid] = words
        if not candidates:
            return {}
        # Only the candidates' own feeds' titles are read, once.
        titled: dict[tuple[int, str], int] = defaultdict(int)
        table = self.episodes
        for slot, fid in enumerate(table.feed_ids):
            words = candidates.get(fid)
            if words:
                for word in words.intersection(table.title_norm(slot).split()):
                    titled[(fid, word)] += 1
        return {
            fid: {w for w in words if titled[(fid, w)] >= BRAND_TITLES}
            for fid, words in candidates.items()
        }

    def _count_titles(self) -> None:
        """:attr:`title_pairs`, :attr:`feed_word_titles` and :attr:`title_initials`, in one
        walk over the titles: made here, a first question after start-up does not walk
        the whole archive (on the event loop: 150 ms at 100,000 episodes)."""
        table = self.episodes
        feeds_of: dict[str, set[int]] = defaultdict(set)  # feed-title word -> those feeds
        for fid, title in self.feed_titles.items():
            for word in set(normalize(title).split()):
                if len(word) >= 4 and word not in STOP_WORDS:
                    feeds_of[word].add(fid)
        single = {form for form in self.feed_forms if " " not in form}
        counted = feeds_of.keys() | single
        pairs: dict[str, int] = defaultdict(int)
        titled: dict[str, dict[int, int]] = {}
        initials: set[str] = set()
        feed_ids = table.feed_ids
        for slot in range(len(table)):
            words = table.title_norm(slot).split()
            # Each pair once per title, as each word of a feed's title.
            for pair in {
                f"{a} {b}"
                for a, b in itertools.pairwise(words)
                if b in STOP_WORDS and a not in STOP_WORDS
            }:
                pairs[pair] += 1
            # "f1", and "php8", "pax08": a word and its number written as one.
            initials.update(w for w in words if _LETTERS_DIGITS.fullmatch(w))
            fid = feed_ids[slot]
            for word in counted.intersection(words):
                # A one-word podcast name counts in every podcast's titles (is it an
                # ordinary word?), another word of a feed's title in that feed's only.
                if word in single or fid in feeds_of[word]:
                    counts = titled.setdefault(word, {})
                    counts[fid] = counts.get(fid, 0) + 1
        self.title_pairs = {p: n for p, n in pairs.items() if n >= 2}
        self.feed_word_titles = titled
        self.title_initials = frozenset(initials)

    def fts_window(self, postings: int) -> int | None:
        """How many of the newest matches a full-text query may rank, when its words are
        common enough (a share of the archive) that ranking them all would cost time in
        proportion to the archive; None (all of them) otherwise."""
        # The cap keeps the cost of a question from growing past 100,000 episodes (at
        # 300,000 a word in a twentieth of it took 100 ms to rank in full); below that
        # the share alone decides, as before.
        if postings > max(FTS_BOUND_MIN, min(COMMON_SHARE * self.count, FTS_FULL_MAX)):
            # Words in half the archive or more get no weight from bm25 (FTS5 floors
            # their negative idf at 1e-6), so their order says least; ranking the newest
            # 5,000 of a word in every episode took 6 ms at 100,000, 1,000 of them 3 ms
            # (most of it FTS5 counting the word's episodes for its idf, which no window
            # avoids).
            if 2 * postings >= self.count:
                return FTS_NEWEST_MOST
            return FTS_NEWEST
        return None

    def lean_term(self, term: Term) -> Term:
        """``term`` with the same matches and the same bm25 scores, for less work: forms
        the archive does not hold dropped (a phrase no episode has adds nothing to any
        score), and a prefix that starts only one word of the archive made that word.

        FTS5 expands a prefix by merging the posting lists of every word it starts into
        one, over the whole archive, before a LIMIT or a window can stop it: for a word in
        most episodes that merge cost more than ranking. The vocabulary is the index's
        (read at its build): a word first stored since then is not in it yet, nor are
        the episodes that hold it."""
        df = self.vocab.df
        if term.prefix:
            words = self.vocab.with_prefix(term.forms[0], 2)
            if len(words) == 1 and _TOKEN.fullmatch(term.forms[0]) and _TOKEN.fullmatch(words[0]):
                return Term((words[0],))
            return term
        # Only plain words are judged: the tokenizer folds others ("migración") itself.
        kept = tuple(f for f in term.forms if f in df or not _TOKEN.fullmatch(f))
        return Term(kept) if kept and kept != term.forms else term

    def feed_title_words(self, feed_id: int) -> frozenset[str]:
        """The words of a feed's title, folded (made once per index, on first use)."""
        found = self.feed_words.get(feed_id)
        if found is None:
            title = normalize(self.feed_titles.get(feed_id, ""))
            found = self.feed_words[feed_id] = frozenset(title.split())
        return found

    def topic_set(self, folded: str) -> frozenset[int]:
        """A topic's episodes as a set (made once per index, on first use)."""
        found = self.topic_sets.get(folded)
        if found is None:
            # Not frozen (gc.freeze) as the index is at its build: freezing here would also
            # freeze whatever cyclic garbage a running bot holds at that moment, for good.
            # A full collection walks these sets (about 18 ms at 300,000 episodes), rarely.
            found = self.topic_sets[folded] = frozenset(self.topic_episodes.get(folded, ()))
        return found

    def idf(self, word: str) -> float:
        df = self.vocab.df.get(word, 0)
        return math.log((self.count + 1) / (df + 0.5)) + 0.1


def _walk_ranked(ranked: list[int], others: list[frozenset[int]], limit: int) -> list[int]:
    """The first ``limit`` of ``ranked`` by how many of ``others`` hold them, then their
    place in ``ranked``: what sorting every episode that shares a topic by (shared topics,
    weight, recency) gives, as ``ranked`` is in (weight, recency) order. The walk stops
    once ``limit`` episodes share every topic, instead of touching all of both topics."""
    levels: list[list[int]] = [[] for _ in range(len(others) + 1)]  # by topics shared
    top = levels[-1]
    for eid in ranked:
        level = levels[sum(eid in other for other in others)]
        if len(level) < limit:
            level.append(eid)
            if len(top) >= limit:
                break
    return [eid for level in reversed(levels) for eid in level][:limit]


_SNAPSHOT_VERSION = 7

# A link whose last path segment is a number: "https://changelog.com/gotime/279".
_LINK_NUMBER = re.compile(r"^https?://[^?#]+/(\d{1,5})/?$")
LINK_NUMBERS_SHARE = 0.5  # ... at least this share of a feed's episodes have one
LINK_NUMBERS_IN_ORDER = 0.9  # ... this share of them in the order of publication
LINK_NUMBERS_SPREAD = 2  # ... and they span at most this many times their count


def link_numbers(
    rows: Iterable[tuple[int, int, str]], table: EpisodeTable
) -> list[tuple[int, int]]:
    """(episode id, number) of the episodes whose link ends in their number: a feed's
    site numbers its episodes in their pages' addresses ("changelog.com/gotime/279") where
    the feed itself does not. A feed's links count only where they read as a count of its
    episodes: most of its episodes have one, each its own, rising with the dates and with
    few gaps (a site's post ids, "?p=48213" or "/3472786/", are none)."""
    by_feed: dict[int, list[tuple[float, int, int]]] = defaultdict(list)
    for eid, fid, link in rows:
        m = _LINK_NUMBER.match(link)
        if m is not None and eid in table:
            by_feed[fid].append((table[eid].sort_ts, int(m.group(1)), eid))
    if not by_feed:
        return []
    sizes: dict[int, int] = defaultdict(int)
    for fid in table.feed_ids:
        sizes[fid] += 1
    out: list[tuple[int, int]] = []
    for fid, found in by_feed.items():
        values = [n for _, n, _ in found]
        if (
            len(found) < max(3, LINK_NUMBERS_SHARE * sizes[fid])
            or len(set(values)) != len(values)
            or max(values) - min(values) + 1 > LINK_NUMBERS_SPREAD * len(values)
        ):
            continue
        found.sort()
        rising = sum(a[1] < b[1] for a, b in itertools.pairwise(found))
        if rising < LINK_NUMBERS_IN_ORDER * (len(found) - 1):
            continue
        out.extend((eid, n) for _, n, eid in found)
    return out


@functools.cache
def snapshot_format() -> str:
    """What a saved index must have been written by: this code (the index's shape and
    folding) and this Python (marshal's format). Any other snapshot is built again."""
    digest = hashlib.blake2b(digest_size=12)
    here = Path(__file__).resolve().parent
    for name in ("index.py", "answer.py", "question_words.py", "text.py", "scope.py", "topics.py"):
        digest.update((here / name).read_bytes())
    return f"{_SNAPSHOT_VERSION}:{sys.version_info[0]}.{sys.version_info[1]}:{digest.hexdigest()}"


_gc_pauses = 0
_gc_pauses_lock = threading.Lock()


def _build_long_lived(cls: type[Index], rows: IndexRows | IndexRowChunks) -> Index:
    """``cls.from_rows(rows)`` on a worker thread (see :func:`_long_lived`)."""
    return _long_lived(cls.from_rows, rows)


def _long_lived(make: Any, arg: Any) -> Index:
    """``make(arg)`` (an index) on a worker thread, without holding up the event loop.

    The loop's thread needs the GIL back every few milliseconds, which a thread running
    Python code gives, but one long C call (a collection of the whole heap, which the
    build's million new objects would trigger and which walks the old index too) does not.
    So the cyclic collector waits while the index is built, and the finished index (and
    whatever else lives now) is frozen: later collections need not walk it either.
    """
    _pause_gc()
    try:
        index = make(arg)
    finally:
        _resume_gc()
    gc.freeze()
    return index


# Plain calls, not a generator context manager: measured, that version made the loop's
# longest stall during a 100,000-episode build about 120 ms instead of about 30 ms.
def _pause_gc() -> None:
    """No cyclic collection until :func:`_resume_gc` (counted: several threads may ask)."""
    global _gc_pauses  # noqa: PLW0603 - one count for the process, like gc itself
    with _gc_pauses_lock:
        _gc_pauses += 1
        gc.disable()


def _resume_gc() -> None:
    global _gc_pauses  # noqa: PLW0603
    with _gc_pauses_lock:
        _gc_pauses -= 1
        if _gc_pauses == 0:
            gc.enable()


def _snapshot_in_parts(index: Index) -> Iterator[bytes]:
    """``index.snapshot_parts()`` for a writer on a worker thread, with the cyclic
    collector paused while each part is made: its many short-lived tuples would otherwise
    set off collections, each one long C call that holds up the loop."""
    parts = index.snapshot_parts()
    while True:
        _pause_gc()
        try:
            part = next(parts, None)
        finally:
            _resume_gc()
        if part is None:
            return
        yield part
        del part


def _release(holder: list[Index]) -> None:
    """Free an index nobody uses any more a little at a time (on a worker thread).

    Dropping the last reference to a large container frees everything in it in one C
    call, holding the GIL throughout; emptying it item by item lets the loop run. A
    container someone still holds (an answer in progress) is left for them to drop.
    """
    index = holder.pop()
    if sys.getrefcount(index) > 2:  # this frame and the call's argument
        return
    parts = [index, index.vocab, index.name_vocab]
    for part in parts:
        for name in list(vars(part) if hasattr(part, "__dict__") else ()):
            value = getattr(part, name)
            setattr(part, name, None)
            # The attribute is gone: this frame and the argument are the only holders.
            if isinstance(value, dict | list) and sys.getrefcount(value) <= 2:
                while value:
                    value.popitem() if isinstance(value, dict) else value.pop()
            del value


def _sorted_in_steps(items: list[Any], step: int = 5000) -> list[Any]:
    """``sorted(items)``, in short C calls: sorted runs merged by Python code, so a
    thread building a large index lets the event loop's thread run meanwhile."""
    if len(items) <= step:
        return sorted(items)
    runs = [sorted(items[i : i + step]) for i in range(0, len(items), step)]
    return list(heapq.merge(*runs))
