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
import logging
import marshal
import math
import re
import sys
import threading
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from rapidfuzz.distance import OSA

from bot.scope import author_forms, host_names, title_forms, title_number
from bot.store import IndexRows, Store, StoreError
from bot.text import normalize

log = logging.getLogger(__name__)

ABOUT_WEIGHT = 10.0  # a title mention, or a keyword of the feed
FTS_NEWEST = 5000  # the newest matches a query of very common words ranks
COMMON_SHARE = 0.1  # ... when they are in more than this share of the archive
_DIGIT = re.compile(r"\d")


@dataclass(slots=True)
class PersonEntry:
    key: str
    name: str
    note: str | None
    episode_ids: list[int] = field(default_factory=list)  # newest first
    roles: set[str] = field(default_factory=set)


@dataclass(slots=True)
class EpisodeEntry:
    id: int
    feed_id: int
    title: str
    title_norm: str
    sort_ts: float
    position: int
    people: list[str] = field(default_factory=list)  # person keys
    weights: dict[str, float] = field(default_factory=dict)  # folded topic -> weight


class _Vocabulary:
    """Known words with document frequencies, and a fast nearest-word lookup for typos."""

    def __init__(
        self, df: dict[str, int], skip: frozenset[str] = frozenset(), *, strict: bool = False
    ) -> None:
        self.df = df
        self.strict = strict
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
        edit away is taken only when the edit looks like a slip (:func:`_plausible_typo`):
        "snitch" is not "switch", nor "runes" "rules"."""
        found = self.candidates(word)
        return found[0] if found else None

    def candidates(self, word: str) -> list[str]:
        """The known words a typo'd ``word`` may stand for, best first."""
        from bot.answer import _plausible_typo

        if word in self.df:
            return [word]
        if len(word) < 4 or word.isdigit():
            return []
        limit = 1 if len(word) < 8 else 2
        ranked: list[tuple[int, int, str]] = []
        for length in range(len(word) - limit, len(word) + limit + 1):
            for pos in (0, 1):
                for cand in self._buckets.get((pos, word[pos], length), ()):
                    dist = OSA.distance(word, cand, score_cutoff=limit)
                    if dist > limit:
                        continue
                    if (
                        dist == 1
                        and len(word) < 8
                        and not _plausible_typo(word, cand, strict=self.strict)
                    ):
                        continue
                    ranked.append((dist, -self.df[cand], cand))
        return [c for _, _, c in sorted(set(ranked))]

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
        self.episodes: dict[int, EpisodeEntry] = {}
        self.people: dict[str, PersonEntry] = {}
        self.name_tokens: dict[str, set[str]] = defaultdict(set)
        self.topic_episodes: dict[str, list[int]] = defaultdict(list)
        self.topic_names: dict[str, str] = {}  # folded -> display
        self.topic_ranked: dict[str, list[int]] = {}  # by weight, then newest
        self.topic_about: dict[str, list[int]] = {}  # weight >= ABOUT_WEIGHT, newest first
        self.latest: list[int] = []  # episode ids, newest first
        self.order: dict[int, int] = {}  # episode id -> place in ``latest``
        self.vocab = _Vocabulary({})
        self.name_vocab = _Vocabulary({})
        self.count = 0
        self.sorted_titles: list[tuple[str, int]] = []  # (normalised title, id)
        self.frequent_guests: list[PersonEntry] = []  # most episodes first
        self.feed_titles: dict[int, str] = {}
        self.feed_forms: dict[str, set[int]] = {}  # a podcast's folded name -> feed ids
        self.feed_form_words = 0  # the longest name, in words
        self.feed_hosts: dict[int, set[str]] = {}  # feed id -> its hosts' person keys
        self.numbers: dict[int, list[int]] = {}  # episode number -> ids, newest first
        self.season_numbers: dict[tuple[int, int], list[int]] = {}
        self.topic_sets: dict[str, frozenset[int]] = {}  # topic_episodes as sets, when asked

    @classmethod
    async def build(cls, store: Store) -> Index:
        """The index of what the store holds: rows fetched on the database's thread, the
        index built from them on a worker thread, so the event loop never waits on it."""
        rows = await store.index_rows()
        return await asyncio.to_thread(_build_long_lived, cls, rows)

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
            data = await asyncio.to_thread(_snapshot_off_loop, index)
            try:
                await store.save_index_snapshot(generation, snapshot_format(), data)
            except StoreError as exc:
                # Only the next start-up's speed depends on it: the answer must not.
                log.warning("the answer index was not saved: %s", exc.cause)
        return index

    def snapshot(self) -> list[bytes]:
        """The index as parts for :meth:`from_snapshot` (marshal: plain values only, and
        in parts so that no single C call holds the interpreter for long)."""
        eps = list(self.episodes.values())
        chunks = [
            marshal.dumps(
                [
                    (
                        e.id,
                        e.feed_id,
                        e.title,
                        e.title_norm,
                        e.sort_ts,
                        e.position,
                        e.people,
                        e.weights,
                    )
                    for e in eps[i : i + _SNAPSHOT_CHUNK]
                ]
            )
            for i in range(0, len(eps), _SNAPSHOT_CHUNK)
        ]
        people = [
            (p.key, p.name, p.note, p.episode_ids, sorted(p.roles)) for p in self.people.values()
        ]
        topics = [
            (t, self.topic_names[t], ids, self.topic_ranked[t], self.topic_about[t])
            for t, ids in self.topic_episodes.items()
        ]
        vocab = self.vocab
        parts = [
            self.latest,
            [eid for _, eid in self.sorted_titles],
            people,
            topics,
            vocab.df,
            vocab.sorted_words,
            dict(vocab._buckets),
            vocab.strict,
            # The name tokens and their vocabulary as built, in their order: a typo's
            # nearest name is chosen among words in that order.
            [
                [(t, sorted(keys)) for t, keys in self.name_tokens.items()],
                list(self.name_vocab.df.items()),
                self.name_vocab.sorted_words,
                dict(self.name_vocab._buckets),
            ],
            # Podcast names and episode numbers (see ``_build_scope``).
            [
                self.feed_titles,
                self.feed_forms,
                self.feed_form_words,
                self.feed_hosts,
                self.numbers,
                self.season_numbers,
            ],
        ]
        rest = [marshal.dumps(part) for part in parts]  # one short call each
        return [marshal.dumps((_SNAPSHOT_VERSION, len(rest), len(chunks))), *rest, *chunks]

    @classmethod
    def from_snapshot(cls, data: list[bytes]) -> Index:
        """The index :meth:`snapshot` saved (equal to the one it was taken from)."""
        version, n_rest, n_chunks = marshal.loads(data[0])
        if version != _SNAPSHOT_VERSION or len(data) != 1 + n_rest + n_chunks:
            raise ValueError("snapshot version or parts")
        rest, chunks = data[1 : 1 + n_rest], data[1 + n_rest :]
        (latest, title_ids, people, topics, df, sorted_words, buckets, strict, names, scope) = map(
            marshal.loads, rest
        )
        index = cls()
        episodes = index.episodes
        for chunk in chunks:
            for eid, fid, title, tnorm, ts, pos, people_keys, weights in marshal.loads(chunk):
                episodes[eid] = EpisodeEntry(eid, fid, title, tnorm, ts, pos, people_keys, weights)
        index.latest = latest
        index.count = len(episodes)
        index.order = dict(zip(latest, range(len(latest)), strict=True))
        index.sorted_titles = [(episodes[eid].title_norm, eid) for eid in title_ids]
        for key, name, note, ids, roles in people:
            index.people[key] = PersonEntry(key, name, note, ids, set(roles))
        token_keys, name_df, name_words, name_buckets = names
        for token, keys in token_keys:
            index.name_tokens[token] = set(keys)
        index.frequent_guests = sorted(
            (p for p in index.people.values() if "guest" in p.roles),
            key=lambda p: (-len(p.episode_ids), p.key),
        )
        for folded, name, ids, ranked, about in topics:
            index.topic_episodes[folded] = ids
            index.topic_names[folded] = name
            index.topic_ranked[folded] = ranked
            index.topic_about[folded] = about
        vocab = _Vocabulary.__new__(_Vocabulary)
        vocab.df = df
        vocab.sorted_words = sorted_words
        vocab._buckets = defaultdict(list, buckets)
        vocab.strict = strict
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
        index.name_vocab = name_vocab
        return index

    @classmethod
    def from_rows(cls, rows: IndexRows) -> Index:
        """Build the index from the store's rows (a pure function: no database, no loop)."""
        from bot.answer import STOP_WORDS

        index = cls()
        for eid, fid, title, tnorm, ts, pos in rows.episodes:
            index.episodes[eid] = EpisodeEntry(eid, fid, title, tnorm, ts, pos)
            index.latest.append(eid)
        index.count = len(index.episodes)
        index.sorted_titles = _sorted_in_steps(
            [(e.title_norm, e.id) for e in index.episodes.values()]
        )
        people_by_id = {pid: PersonEntry(key, name, note) for pid, name, key, note in rows.people}
        for eid, pid, role in rows.links:
            person = people_by_id.get(pid)
            entry = index.episodes.get(eid)
            if person is None or entry is None:
                continue
            person.episode_ids.append(eid)
            person.roles.add(role)
            if person.key not in entry.people:
                entry.people.append(person.key)
        order = index.order = {eid: i for i, eid in enumerate(index.latest)}
        for person in people_by_id.values():
            if not person.episode_ids:
                continue
            person.episode_ids = sorted(set(person.episode_ids), key=order.__getitem__)
            index.people[person.key] = person
            for token in person.key.split():
                if len(token) >= 2:
                    index.name_tokens[token].add(person.key)
        index.frequent_guests = sorted(
            (p for p in index.people.values() if "guest" in p.roles),
            key=lambda p: (-len(p.episode_ids), p.key),
        )
        folded_of: dict[str, str] = {}  # one string object per topic, shared by all episodes
        for eid, topic, weight in rows.topics:
            entry = index.episodes.get(eid)
            if entry is None:
                continue
            folded = folded_of.get(topic)
            if folded is None:
                folded = folded_of[topic] = sys.intern(normalize(topic))
                index.topic_names.setdefault(folded, topic)
            entry.weights[folded] = weight
            index.topic_episodes[folded].append(eid)
        for folded, ids in index.topic_episodes.items():
            ids.sort(key=order.__getitem__)
            eps = index.episodes
            index.topic_ranked[folded] = sorted(
                ids, key=lambda e: (-eps[e].weights[folded], order[e])
            )
            index.topic_about[folded] = [e for e in ids if eps[e].weights[folded] >= ABOUT_WEIGHT]
        index.vocab = _Vocabulary(dict(rows.vocabulary), skip=STOP_WORDS, strict=True)
        index._build_scope(rows)
        index.name_vocab = _Vocabulary({t: len(k) for t, k in index.name_tokens.items()})
        return index

    def _build_scope(self, rows: IndexRows) -> None:
        """Podcast names and episode numbers; people who are a podcast or a company go."""
        from bot.answer import COMPANY_WORDS, STOP_WORDS

        sizes: dict[int, int] = defaultdict(int)
        for entry in self.episodes.values():
            sizes[entry.feed_id] += 1
        forms: dict[str, set[int]] = defaultdict(set)
        for fid, title, author in rows.feeds:
            self.feed_titles[fid] = title
            names = title_forms(title)
            hosts = host_names(author)
            self.feed_hosts[fid] = set(hosts)
            names.update(hosts)
            names.update(author_forms(author))
            # A word of the title that most of the feed's episodes use and few others do
            # ("bombcast", "hipsters"): the feed's own name.
            size = max(sizes[fid], 1)
            for word in normalize(title).split():
                df = self.vocab.df.get(word, 0)
                if (
                    len(word) >= 5
                    and word not in STOP_WORDS
                    and word not in self.name_tokens
                    and size >= 10
                    and size / 2 <= df <= 1.2 * size
                ):
                    names.add(word)
            first = normalize(title).split()[:1]
            # "Lex" for "Lex Fridman Podcast": a host's first name that starts the title,
            # when the archive uses that word little beyond this feed.
            if (
                first
                and any(h.split()[0] == first[0] for h in hosts)
                and self.vocab.df.get(first[0], 0) <= 2 * max(sizes[fid], 1)
            ):
                names.add(first[0])
            full_titles = [f" {normalize(t)} " for f, t, _ in rows.feeds if f != fid]
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
        for eid, season, number in rows.numbers:
            if eid in self.episodes:
                numbers[number].append(eid)
                if season is not None:
                    seasons[(season, number)].append(eid)
        for entry in self.episodes.values():
            n = title_number(entry.title) if _DIGIT.search(entry.title) else None
            if n is not None and entry.id not in numbers.get(n, ()):
                numbers[n].append(entry.id)
        order = self.order
        self.numbers = {n: sorted(ids, key=order.__getitem__) for n, ids in numbers.items()}
        self.season_numbers = {k: sorted(v, key=order.__getitem__) for k, v in seasons.items()}

    def fts_window(self, postings: int) -> int | None:
        """How many of the newest matches a full-text query may rank, when its words are
        common enough (a share of the archive) that ranking them all would cost time in
        proportion to the archive; None (all of them) otherwise."""
        if postings > max(FTS_NEWEST, COMMON_SHARE * self.count):
            return FTS_NEWEST
        return None

    def topic_set(self, folded: str) -> frozenset[int]:
        """A topic's episodes as a set (made once per index, on first use)."""
        found = self.topic_sets.get(folded)
        if found is None:
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


_SNAPSHOT_VERSION = 4
_SNAPSHOT_CHUNK = 2000  # episodes per marshal call


@functools.cache
def snapshot_format() -> str:
    """What a saved index must have been written by: this code (the index's shape and
    folding) and this Python (marshal's format). Any other snapshot is built again."""
    digest = hashlib.blake2b(digest_size=12)
    here = Path(__file__).resolve().parent
    for name in ("index.py", "answer.py", "text.py", "scope.py", "topics.py"):
        digest.update((here / name).read_bytes())
    return f"{_SNAPSHOT_VERSION}:{sys.version_info[0]}.{sys.version_info[1]}:{digest.hexdigest()}"


_gc_pauses = 0
_gc_pauses_lock = threading.Lock()


def _build_long_lived(cls: type[Index], rows: IndexRows) -> Index:
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


def _snapshot_off_loop(index: Index) -> list[bytes]:
    """``index.snapshot()`` on a worker thread: its many short-lived tuples would
    otherwise set off collections, each one long C call that holds up the loop."""
    _pause_gc()
    try:
        return index.snapshot()
    finally:
        _resume_gc()


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
