"""Episodes, their people and topics, and the full-text index (FTS5) over them.

The write of a prepared feed lives here (:meth:`EpisodeTables.write_feed`), with the rule
that keeps the external-content index right: an entry is deleted with the text it indexed,
before the row changes. The answer index's bulk reads are here too
(:meth:`EpisodeTables.index_rows`), and the FTS5 query syntax (:class:`Term`).
"""

from __future__ import annotations

import asyncio
import contextlib
import re
import sqlite3
from collections.abc import AsyncIterable, AsyncIterator, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from time import perf_counter
from typing import TYPE_CHECKING, Any, Protocol, TypeVar

from bot.store.db import StoreError, _chunks, _uri_path, from_iso, iso, utcnow
from bot.store.feeds import FeedTables, _mark_new, _upsert_feed
from bot.store.segments import write_notes_segments
from bot.text import fold, person_key

if TYPE_CHECKING:
    from collections.abc import Callable

    import aiosqlite

    from bot.feeds import FetchResult, ParsedEpisode, ParsedFeed


_FTS_WORD = re.compile(r"[^\W_]+")
_T = TypeVar("_T")
FTS_KEEP_MS = 1.0  # a full-text query this slow is kept (see EpisodeTables.fts_search)


@dataclass(slots=True)
class EpisodePerson:
    name: str
    role: str
    note: str | None = None
    href: str | None = None
    img: str | None = None


@dataclass(slots=True)
class Episode:
    """An episode as read back from the store, with its feed's name and artwork."""

    id: int
    feed_id: int
    feed_title: str
    key: str
    guid: str | None
    title: str
    published: datetime | None
    sort_ts: float
    summary: str
    description: str
    link: str | None
    audio_url: str | None
    duration: int | None
    image: str | None
    season: int | None
    number: int | None
    language: str | None
    position: int
    transcript_url: str | None = None
    chapters_url: str | None = None
    feed_link: str | None = None
    feed_image: str | None = None
    people: list[EpisodePerson] = field(default_factory=list)
    topics: list[str] = field(default_factory=list)
    # Filled by bot.moments: an answer's moments, an /episode card's chapters (segments).
    moments: list[Any] = field(default_factory=list)
    chapters: list[Any] = field(default_factory=list)
    # Whether it has any segment to take moments from, when read for an answer (None:
    # not read): moments are then looked for only where there are some.
    segmented: bool | None = None

    @property
    def guests(self) -> list[str]:
        return [p.name for p in self.people if p.role == "guest"]

    @property
    def hosts(self) -> list[str]:
        return [p.name for p in self.people if p.role == "host"]


_EPISODE_COLUMNS = """
    e.id, e.feed_id, f.title AS feed_title, e.key, e.guid, e.title, e.published, e.sort_ts,
    e.summary, e.description, e.link, e.audio_url, e.duration, e.image, e.season, e.number,
    e.language, e.position, e.transcript_url, e.chapters_url, f.link AS feed_link,
    f.image AS feed_image
"""


def _episode(row: sqlite3.Row) -> Episode:
    return Episode(
        id=row["id"],
        feed_id=row["feed_id"],
        feed_title=row["feed_title"],
        key=row["key"],
        guid=row["guid"],
        title=row["title"],
        published=from_iso(row["published"]),
        sort_ts=row["sort_ts"],
        # ingest stores no copy of a summary that is the notes
        summary=row["summary"] or row["description"],
        description=row["description"],
        link=row["link"],
        audio_url=row["audio_url"],
        duration=row["duration"],
        image=row["image"] or row["feed_image"],
        season=row["season"],
        number=row["number"],
        language=row["language"],
        position=row["position"],
        transcript_url=row["transcript_url"],
        chapters_url=row["chapters_url"],
        feed_link=row["feed_link"],
        feed_image=row["feed_image"],
    )


class PreparedPerson(Protocol):
    """A person found in an episode, as ingest prepares it (:class:`bot.people.Mention`)."""

    name: str
    role: str
    note: str | None
    href: str | None
    img: str | None


class PreparedEpisode(Protocol):
    """An episode as ingest prepares it for writing (:class:`bot.ingest.Enriched`)."""

    item: ParsedEpisode
    title_norm: str
    sort_ts: float
    digest: str
    item_hash: str
    enriched: bool  # False: unchanged since stored (its people and topics were not sought)
    people: Sequence[PreparedPerson]
    topics: Sequence[tuple[str, str, float]]


class ChangedMeanwhileError(Exception):
    """An episode prepared as unchanged no longer matches its row (another process wrote
    the feed since its item hashes were read): the feed must be prepared again in full."""


@dataclass(slots=True)
class FeedWrite:
    """One prepared feed to store: what :meth:`EpisodeTables.write_feeds` takes."""

    source: str
    parsed: ParsedFeed
    episodes: Sequence[PreparedEpisode]
    fetched: FetchResult | None = None


@dataclass(slots=True)
class WriteCounts:
    """What writing one feed did to its episodes."""

    added: int = 0
    updated: int = 0
    unchanged: int = 0
    new_ids: list[int] = field(default_factory=list)
    index_changed: bool = False  # something the answer index holds changed (order too)


@dataclass(frozen=True, slots=True)
class Term:
    """One word of a full-text query: any of its forms, or (``prefix``) any word it starts."""

    forms: tuple[str, ...]
    prefix: bool = False

    def fts(self) -> str:
        """The FTS5 expression (the forms are plain words: letters and digits)."""
        if self.prefix:
            return f'"{self.forms[0]}"*'
        if len(self.forms) == 1:
            return f'"{self.forms[0]}"'
        return "(" + " OR ".join(f'"{f}"' for f in self.forms) + ")"


@dataclass(slots=True)
class IndexRows:
    """Everything the answer index is built from, fetched in one go (plain tuples).

    ``episodes``: (id, feed_id, title, title_norm, sort_ts, position), newest first;
    ``people``: (id, name, name_key, note); ``links``: (episode_id, person_id, role);
    ``topics``: (episode_id, topic, weight) in stored order; ``vocabulary``: (term,
    documents) of the full-text index.
    """

    episodes: list[tuple[int, int, str, str, float, int]]
    people: list[tuple[int, str, str, str | None]]
    links: list[tuple[int, int, str]]
    topics: list[tuple[int, str, float]]
    vocabulary: list[tuple[str, int]]
    # ``feeds``: (id, title, author); ``numbers``: (episode id, season, number) of the
    # episodes whose feed numbers them (itunes:episode / podcast:episode).
    feeds: list[tuple[int, str, str | None]] = field(default_factory=list)
    numbers: list[tuple[int, int | None, int]] = field(default_factory=list)
    # ``numbered_links``: (episode id, feed id, link) of the episodes with no number of the
    # feed's whose link may end in one ("changelog.com/gotime/279").
    numbered_links: list[tuple[int, int, str]] = field(default_factory=list)

    def chunks(self, size: int = 10_000) -> IndexRowChunks:
        """These rows as :class:`IndexRowChunks` (lists of at most ``size`` rows)."""
        return IndexRowChunks({name: getattr(self, name) for name in _INDEX_QUERIES}, size=size)


# The answer index's queries, by :class:`IndexRows` field: one text for the whole read and
# the streamed one, so that both give the same rows.
_INDEX_QUERIES = {
    "episodes": "SELECT id, feed_id, title, title_norm, sort_ts, position FROM episodes "
    "ORDER BY sort_ts DESC, position ASC",
    "people": "SELECT id, name, name_key, note FROM people",
    "links": "SELECT episode_id, person_id, role FROM episode_people",
    "topics": "SELECT episode_id, topic, weight FROM episode_topics ORDER BY rowid",
    "vocabulary": "SELECT term, doc FROM episodes_fts_vocab",
    "feeds": "SELECT id, title, author FROM feeds",
    "numbers": "SELECT id, season, number FROM episodes WHERE number IS NOT NULL",
    "numbered_links": "SELECT id, feed_id, link FROM episodes "
    "WHERE number IS NULL AND link GLOB '*/[0-9]*'",
}


class IndexRowChunks:
    """The rows of :class:`IndexRows`, each query as lists of at most ``size`` rows read
    when asked for (:meth:`read`): a build that drops each list once used never holds a
    whole query. This one serves rows already read; :meth:`EpisodeTables.index_row_chunks`
    gives one that reads them from the database file."""

    def __init__(self, rows: dict[str, list[Any]] | None = None, *, size: int = 10_000) -> None:
        self._rows = rows or {}
        self.size = max(1, size)

    def read(self, name: str) -> Iterator[list[Any]]:
        """The rows of query ``name`` (a field of :class:`IndexRows`), in chunks."""
        return _chunks(self._rows[name], self.size)  # type: ignore[return-value]

    def close(self) -> None:
        """Let go of what the reads hold (the connection, for the file's reader)."""

    def __enter__(self) -> IndexRowChunks:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class _FileIndexRowChunks(IndexRowChunks):
    """:class:`IndexRowChunks` read from the database file by a connection of its own,
    made on first use by the thread that reads (a worker thread: plain ``sqlite3``, no
    event loop), read-only, in one read transaction so that every query sees the same
    rows, with a small page cache that goes with the connection."""

    def __init__(self, path: str, *, size: int, busy_ms: int) -> None:
        super().__init__(size=size)
        self._path = path
        self._busy_ms = busy_ms
        self._conn: sqlite3.Connection | None = None

    def _connection(self) -> sqlite3.Connection:
        if self._conn is None:
            # Made on the reading thread, closed by whoever ends the build.
            conn = _side_connection(self._path, self._busy_ms, read_only=True)
            try:
                conn.execute("BEGIN")  # one snapshot of the file for every query below
            except BaseException:
                conn.close()
                raise
            self._conn = conn
        return self._conn

    def read(self, name: str) -> Iterator[list[Any]]:
        cur = self._connection().execute(_INDEX_QUERIES[name])
        try:
            while chunk := cur.fetchmany(self.size):
                yield chunk
        finally:
            cur.close()

    def close(self) -> None:
        if self._conn is not None:
            conn, self._conn = self._conn, None
            conn.close()  # ends the read transaction


async def _on_thread(conn: aiosqlite.Connection, fn: Callable[..., _T], *args: Any) -> _T:
    """``fn(connection, *args)`` on the database's own thread, as one trip: reads of
    several statements (an answer's episodes, their people and topics) cost one wake-up
    of each thread instead of one per statement (two or three with a cursor)."""
    # aiosqlite runs every call on its thread through ``_execute``; the plain sqlite3
    # connection is only ever touched there.
    return await conn._execute(lambda: fn(conn._conn, *args))


class _QueryMemo:
    """The rows of costly read-only queries, kept while the database is unchanged: no
    commit by any connection (``PRAGMA data_version``), no change by this one (its
    ``total_changes``), and none pending (a transaction open on it is never memoised).
    Used on the database's thread only."""

    MAX = 256  # queries kept (then it starts again)

    def __init__(self) -> None:
        self._state: tuple[int, int] | None = None
        self._rows: dict[tuple[str, tuple[Any, ...]], list[Any]] = {}

    def rows(
        self, db: sqlite3.Connection, sql: str, args: tuple[Any, ...], keep_ms: float = 0.0
    ) -> list[Any]:
        """The query's rows; a query that took ``keep_ms`` or more is kept."""
        if db.in_transaction:
            return db.execute(sql, args).fetchall()
        state = (int(db.execute("PRAGMA data_version").fetchone()[0]), db.total_changes)
        if state != self._state:
            self._rows.clear()
            self._state = state
        key = (sql, args)
        rows = self._rows.get(key)
        if rows is None:
            started = perf_counter()
            rows = db.execute(sql, args).fetchall()
            if (perf_counter() - started) * 1000 >= keep_ms:
                if len(self._rows) >= self.MAX:
                    self._rows.clear()
                self._rows[key] = rows
        return rows


def _texts_query(ids: Sequence[int], chars: int) -> tuple[str, list[int]]:
    """:meth:`EpisodeTables.indexed_texts`'s statement and arguments."""
    marks = ",".join("?" * len(ids))
    return (
        f"SELECT rowid, title, substr(description, 1, {int(chars)}), people, "
        f"topics FROM episodes_fts WHERE rowid IN ({marks})",
        list(ids),
    )


def _named_rows(db: sqlite3.Connection, sql: str, args: Sequence[Any]) -> list[sqlite3.Row]:
    cur = db.cursor()
    cur.row_factory = sqlite3.Row
    try:
        return cur.execute(sql, args).fetchall()
    finally:
        cur.close()


def _read_episodes(db: sqlite3.Connection, wanted: list[int]) -> list[Episode]:
    """:meth:`EpisodeTables.episodes_by_ids` on the database's thread."""
    found: dict[int, Episode] = {}
    for chunk in _chunks(wanted, 500):
        marks = ",".join("?" * len(chunk))
        for row in _named_rows(
            db,
            f"SELECT {_EPISODE_COLUMNS} FROM episodes e JOIN feeds f ON f.id = e.feed_id "
            f"WHERE e.id IN ({marks})",
            chunk,
        ):
            found[row["id"]] = _episode(row)
    _attach_details(db, list(found.values()))
    for chunk in _chunks(list(found), 500):
        for e in chunk:
            found[e].segmented = False
        marks = ",".join("?" * len(chunk))
        for (eid,) in db.execute(
            f"SELECT DISTINCT episode_id FROM segments WHERE episode_id IN ({marks})", chunk
        ):
            found[eid].segmented = True
    return [found[i] for i in wanted if i in found]


def _read_latest(db: sqlite3.Connection, sql: str, args: Sequence[Any]) -> list[Episode]:
    """:meth:`EpisodeTables.latest_episodes` on the database's thread."""
    episodes = [_episode(row) for row in _named_rows(db, sql, args)]
    _attach_details(db, episodes)
    return episodes


def _attach_details(db: sqlite3.Connection, episodes: list[Episode]) -> None:
    """Each episode's people and topics, in stored order."""
    by_id = {e.id: e for e in episodes}
    for chunk in _chunks(list(by_id), 500):
        marks = ",".join("?" * len(chunk))
        for eid, name, role, note, href, img in db.execute(
            "SELECT ep.episode_id, p.name, ep.role, coalesce(ep.note, p.note) AS note, "
            "coalesce(ep.href, p.href) AS href, coalesce(ep.img, p.img) AS img "
            "FROM episode_people ep JOIN people p ON p.id = ep.person_id "
            f"WHERE ep.episode_id IN ({marks}) ORDER BY ep.rowid",
            chunk,
        ):
            by_id[eid].people.append(EpisodePerson(name, role, note, href, img))
        for eid, topic in db.execute(
            f"SELECT episode_id, topic FROM episode_topics WHERE episode_id IN ({marks}) "
            "ORDER BY rowid",
            chunk,
        ):
            by_id[eid].topics.append(topic)


class EpisodeTables(FeedTables):
    """Episodes, people links, topics and the full-text index."""

    _fts_kept: _QueryMemo | None = None  # see fts_search; made on first use

    # --- reads ----------------------------------------------------------------------

    async def episode_count(self) -> int:
        async with self.conn.execute("SELECT count(*) FROM episodes") as cur:
            row = await cur.fetchone()
        return int(row[0]) if row else 0

    async def person_count(self, role: str | None = "guest") -> int:
        sql = "SELECT count(DISTINCT person_id) FROM episode_people"
        args: tuple[Any, ...] = ()
        if role:
            sql += " WHERE role = ?"
            args = (role,)
        async with self.conn.execute(sql, args) as cur:
            row = await cur.fetchone()
        return int(row[0]) if row else 0

    async def episodes_by_ids(self, ids: Iterable[int]) -> list[Episode]:
        """The episodes with these ids, in the order given, with people and topics."""
        wanted = list(dict.fromkeys(ids))
        if not wanted:
            return []
        # One trip to the database's thread for the three queries (an answer's cards):
        # each statement through aiosqlite is a trip of its own, and a trip costs more
        # than these reads of a few rows.
        return await _on_thread(self.conn, _read_episodes, wanted)

    async def feeds_in_language(self, tag: str) -> set[int]:
        """The feeds with an episode in language ``tag`` ("es": "es", "es-MX", "ES")."""
        rows = await self._named(
            "SELECT DISTINCT feed_id FROM episodes"
            " WHERE lower(language) = ? OR lower(language) LIKE ? || '-%'",
            (tag, tag),
        )
        return {row["feed_id"] for row in rows}

    async def languages_of(self, ids: Sequence[int]) -> dict[int, str]:
        """Each episode's language tag as stored (the item's, else its feed's), lower
        case; an episode with none is left out."""
        out: dict[int, str] = {}
        # In chunks: SQLite caps a statement's parameters.
        for chunk in _chunks(list(dict.fromkeys(ids)), 500):
            marks = ",".join("?" * len(chunk))
            rows = await self._named(
                f"SELECT id, language FROM episodes WHERE id IN ({marks})", chunk
            )
            out.update({row["id"]: row["language"].lower() for row in rows if row["language"]})
        return out

    async def latest_episodes(self, limit: int = 1, feed_id: int | None = None) -> list[Episode]:
        sql = f"SELECT {_EPISODE_COLUMNS} FROM episodes e JOIN feeds f ON f.id = e.feed_id"
        args: list[Any] = []
        if feed_id is not None:
            sql += " WHERE e.feed_id = ?"
            args.append(feed_id)
        sql += " ORDER BY e.sort_ts DESC, e.position ASC LIMIT ?"
        args.append(limit)
        return await _on_thread(self.conn, _read_latest, sql, args)

    # --- the answer index's reads ------------------------------------------------------

    async def index_rows(self) -> IndexRows:
        """The rows the answer index is built from (see :class:`IndexRows`).

        Each query is read whole on the database's thread (``execute_fetchall``): the
        event loop only receives the lists, and the index is built from them elsewhere.
        """
        async with self._read_once():
            return await self._index_rows()

    async def _index_rows(self) -> IndexRows:
        rows = {}
        for name, sql in _INDEX_QUERIES.items():
            rows[name] = list(await self.conn.execute_fetchall(sql))
        return IndexRows(**rows)  # type: ignore[arg-type]

    async def index_row_chunks(self, size: int = 10_000) -> IndexRowChunks:
        """The rows of :meth:`index_rows`, read in lists of at most ``size`` rows as the
        caller (a worker thread) iterates them, by a read-only connection of their own:
        a build never holds every row at once (at 100,000 episodes the whole read is
        about 125 MB). Close it when done. A database in memory, which a second
        connection cannot open, is read whole (on the database's thread) instead."""
        if self.path == ":memory:":
            return (await self.index_rows()).chunks(size)
        return _FileIndexRowChunks(self.path, size=size, busy_ms=await self._busy_ms())

    async def _busy_ms(self) -> int:
        """The store's busy timeout, for a connection of its own to the same file."""
        busy = await self.conn.execute_fetchall("PRAGMA busy_timeout")
        return int(busy[0][0])

    async def fts_search(
        self,
        any_of: Sequence[Term],
        limit: int = 50,
        feed_ids: Sequence[int] = (),
        newest: int | None = None,
    ) -> list[tuple[int, float]]:
        """Episode ids matching any of the terms, best first, with bm25 scores (of
        ``feed_ids``' episodes only, when given).

        Weights favour the title, then people and topics, then the description. With
        ``newest``, only that many of the newest matches are ranked: a very common word's
        whole posting list would cost time in proportion to the archive.
        """
        sql, args, keep_ms = self._fts_query(any_of, limit, feed_ids, newest)
        rows = await _on_thread(self.conn, self._fts_memo().rows, sql, args, keep_ms)
        return [(int(r[0]), float(r[1])) for r in rows]

    async def fts_search_with_texts(
        self,
        any_of: Sequence[Term],
        limit: int = 50,
        feed_ids: Sequence[int] = (),
        newest: int | None = None,
        *,
        chars: int,
    ) -> tuple[list[tuple[int, float]], dict[int, str]]:
        """:meth:`fts_search` and the :meth:`indexed_texts` of what it finds, read in one
        trip to the database's thread (each trip is a wake-up of both threads)."""
        sql, args, keep_ms = self._fts_query(any_of, limit, feed_ids, newest)
        memo = self._fts_memo()

        def read(db: sqlite3.Connection) -> tuple[list[Any], list[Any]]:
            rows = memo.rows(db, sql, args, keep_ms)
            ids = [r[0] for r in rows]
            return rows, db.execute(*_texts_query(ids, chars)).fetchall() if ids else []

        rows, texts = await _on_thread(self.conn, read)
        return [(int(r[0]), float(r[1])) for r in rows], {r[0]: " ".join(r[1:5]) for r in texts}

    def _fts_query(
        self, any_of: Sequence[Term], limit: int, feed_ids: Sequence[int], newest: int | None
    ) -> tuple[str, tuple[Any, ...], float]:
        """:meth:`fts_search`'s statement, its arguments, and how slow it must be to be
        kept."""
        scope = ""
        if feed_ids:
            marks = ",".join(str(int(f)) for f in feed_ids)
            scope = f" AND rowid IN (SELECT id FROM episodes WHERE feed_id IN ({marks}))"
        match = " OR ".join(t.fts() for t in any_of)
        if newest is None:
            sql = (
                "SELECT rowid, bm25(episodes_fts, 10.0, 1.0, 6.0, 4.0) AS rank "
                f"FROM episodes_fts WHERE episodes_fts MATCH ?{scope} ORDER BY rank LIMIT ?"
            )
            args: tuple[Any, ...] = (match, limit)
        else:
            # Newest rows first and a limit: the scan, and bm25, stop after ``newest``.
            sql = (
                "SELECT rowid, rank FROM (SELECT rowid, bm25(episodes_fts, 10.0, 1.0, 6.0, 4.0) "
                f"AS rank FROM episodes_fts WHERE episodes_fts MATCH ?{scope} "
                "ORDER BY rowid DESC LIMIT ?) ORDER BY rank LIMIT ?"
            )
            args = (match, newest, limit)
        # A query of common words costs milliseconds (bm25 over thousands of matches; the
        # newest few thousand of a very common word's) and the same words come back:
        # the rows of such a query are kept until the database changes.
        return sql, args, 0.0 if newest is not None else FTS_KEEP_MS

    def _fts_memo(self) -> _QueryMemo:
        if self._fts_kept is None:
            self._fts_kept = _QueryMemo()
        return self._fts_kept

    def forget_kept_queries(self) -> None:
        """Drop the kept rows of full-text queries (see :meth:`fts_search`): the next
        query of each is run again (a benchmark measures questions cold with it)."""
        self._fts_kept = None

    async def bm25_titles(self, question: str, limit: int = 1) -> list[str]:
        """A plain baseline for ``bot eval``: the titles plain FTS5 bm25 ranks first for
        the question's words over titles and notes (any word, no corrections)."""
        words = list(dict.fromkeys(_FTS_WORD.findall(fold(question))))[:64]
        if not words:
            return []
        query = "{title description} : (" + " OR ".join(f'"{w}"' for w in words) + ")"
        rows = await self.conn.execute_fetchall(
            "SELECT e.title FROM episodes_fts JOIN episodes e ON e.id = episodes_fts.rowid "
            "WHERE episodes_fts MATCH ? ORDER BY bm25(episodes_fts) LIMIT ?",
            (query, limit),
        )
        return [r[0] for r in rows]

    async def title_matches(self, all_of: Sequence[Term], limit: int) -> list[int]:
        """Ids of episodes whose title holds all the terms, newest rows first."""
        # Newest rows first and no bm25: the first ``limit`` matches end the query early.
        rows = await self.conn.execute_fetchall(
            "SELECT rowid FROM episodes_fts WHERE episodes_fts MATCH ? ORDER BY rowid DESC LIMIT ?",
            (f"title : ({' AND '.join(t.fts() for t in all_of)})", limit),
        )
        return [r[0] for r in rows]

    async def newest_holding(
        self, all_of: Sequence[Term], feed_ids: Sequence[int], limit: int = 5
    ) -> list[int]:
        """Episodes of these feeds whose indexed text (title, notes, people, topics) holds
        every term, newest first (a term of one form of several words is a phrase)."""
        if not all_of or not feed_ids:
            return []
        marks = ", ".join("?" * len(feed_ids))
        rows = await self.conn.execute_fetchall(
            "SELECT e.id FROM episodes_fts JOIN episodes e ON e.id = episodes_fts.rowid "
            f"WHERE episodes_fts MATCH ? AND e.feed_id IN ({marks}) "
            "ORDER BY e.sort_ts DESC, e.position LIMIT ?",
            (" AND ".join(t.fts() for t in all_of), *feed_ids, limit),
        )
        return [r[0] for r in rows]

    async def first_mentions(self, ids: Sequence[int], word: str) -> dict[int, int]:
        """Where each episode's notes first say ``word`` (lower case; 0: nowhere)."""
        if not ids:
            return {}
        marks = ", ".join("?" * len(ids))
        rows = await self.conn.execute_fetchall(
            f"SELECT id, instr(lower(description), ?) FROM episodes WHERE id IN ({marks})",
            (word, *ids),
        )
        return {r[0]: r[1] for r in rows}

    async def indexed_texts(self, ids: Sequence[int], chars: int) -> dict[int, str]:
        """The indexed text of these episodes (title, the first ``chars`` of the notes,
        people, topics), one string each."""
        rows = await self.conn.execute_fetchall(*_texts_query(ids, chars))
        return {r[0]: " ".join(r[1:5]) for r in rows}

    async def typed_ids(self, episode_type: str, feed_ids: Sequence[int] = ()) -> list[int]:
        """The episodes the feed calls ``episode_type`` ("trailer", "bonus"), of these
        feeds (all when none), newest first."""
        where = "episode_type = ?"
        args: list[Any] = [episode_type]
        if feed_ids:
            where += f" AND feed_id IN ({', '.join('?' * len(feed_ids))})"
            args += list(feed_ids)
        rows = await self.conn.execute_fetchall(
            f"SELECT id FROM episodes WHERE {where} ORDER BY sort_ts DESC, position", args
        )
        return [r[0] for r in rows]

    async def item_hashes(self, source: str) -> dict[str, tuple[str, str]]:
        """A feed's stored items: key -> (content hash, digest), for ``Enricher.enrich``."""
        rows = await self.conn.execute_fetchall(
            "SELECT e.key, e.item_hash, e.content_hash FROM episodes e "
            "JOIN feeds f ON f.id = e.feed_id WHERE f.source = ? AND e.item_hash <> ''",
            (source,),
        )
        return {r[0]: (r[1], r[2]) for r in rows}

    # --- writing a prepared feed ----------------------------------------------------

    async def write_feed(
        self,
        source: str,
        parsed: ParsedFeed,
        episodes: Sequence[PreparedEpisode],
        fetched: FetchResult | None = None,
    ) -> WriteCounts:
        """Store a prepared feed in one transaction; what it added, updated, left alone."""
        [counts] = await self.write_feeds([FeedWrite(source, parsed, episodes, fetched)])
        return counts

    async def write_feeds(self, feeds: Sequence[FeedWrite]) -> list[WriteCounts]:
        """Store several prepared feeds in one transaction (all or none)."""
        async with self.transaction() as conn:
            counts = [
                await _write_feed(conn, f.source, f.parsed, f.episodes, f.fetched) for f in feeds
            ]
            if any(c.index_changed for c in counts):
                # In the same transaction: a saved answer index is stale from this commit.
                await conn.execute("UPDATE index_generation SET value = value + 1 WHERE id = 1")
            return counts

    async def write_feed_pieces(
        self,
        source: str,
        pieces: AsyncIterable[tuple[ParsedFeed, Sequence[PreparedEpisode]]],
        fetched: FetchResult | None = None,
    ) -> WriteCounts:
        """Store a feed prepared in pieces (in the feed's order), as :meth:`write_feed`
        does, in one transaction (all or none: an error from ``pieces`` rolls it back).

        A feed with no stored episodes (the first ingest of a large feed) writes each
        piece as it comes, while the next ones are still being prepared; otherwise every
        item is needed to match the stored ones, and they are written once all are here
        (so pieces are for new feeds). The feed's own fields come from the first piece.
        """
        iterator = aiter(pieces)
        parsed, first = await anext(iterator)  # the write lock is taken once there is one
        async with self.transaction() as conn:
            now = utcnow()
            feed_id = await _upsert_feed(conn, source, parsed, fetched, now)
            existing = await _existing(conn, feed_id)
            if existing:
                episodes = list(first)
                async for _, piece in iterator:
                    episodes.extend(piece)
                counts = await _write_episodes(conn, feed_id, existing, episodes, now)
            else:
                counts = WriteCounts()
                people: dict[str, int] = {}  # upserted by an earlier piece: not again
                stamp = iso(now)
                await _insert_new(conn, feed_id, first, stamp, counts, people)
                async for _, piece in iterator:
                    await _insert_new(conn, feed_id, piece, stamp, counts, people)
                if counts.added:
                    await _mark_new(conn, feed_id, stamp)
                counts.index_changed = counts.added > 0
            if counts.index_changed:
                await conn.execute("UPDATE index_generation SET value = value + 1 WHERE id = 1")
            return counts

    @contextlib.asynccontextmanager
    async def bulk_writes(self) -> AsyncIterator[None]:
        """Many feeds written in a row (a command line ingest): the write-ahead log is not
        copied into the database after each commit that grew it past 4 MB, but once, when
        the last connection closes (or by the next writer's commit once this ends).

        Each copy syncs the disk and copies again the pages that every commit rewrites
        (the full-text index's): 30 to 40 µs an episode over the 18 real feeds. A commit
        is as atomic as before; a process that dies loses nothing committed (the log is
        read back on the next open).
        """
        async with self.conn.execute("PRAGMA wal_autocheckpoint") as cur:
            row = await cur.fetchone()
        before = int(row[0]) if row else 1000
        await self.conn.execute(f"PRAGMA wal_autocheckpoint = {_BULK_CHECKPOINT_PAGES}")
        try:
            yield
        finally:
            # Not over the error that ended the writes (a closed or broken connection).
            with contextlib.suppress(sqlite3.Error, ValueError):
                await self.conn.execute(f"PRAGMA wal_autocheckpoint = {before}")

    # --- the saved answer index (migration 006) -------------------------------------

    async def index_generation(self) -> int:
        """A number that changes with every write the answer index depends on."""
        rows = await self.conn.execute_fetchall("SELECT value FROM index_generation WHERE id = 1")
        return int(rows[0][0]) if rows else 0

    async def load_index_snapshot(self, generation: int, fmt: str) -> list[bytes] | None:
        """The saved answer index's parts, when it was saved at ``generation`` in format
        ``fmt``."""
        async with self._read_once():
            rows = await self.conn.execute_fetchall(
                "SELECT data FROM index_snapshot WHERE generation = ? AND format = ? ORDER BY part",
                (generation, fmt),
            )
        return [bytes(r[0]) for r in rows] or None

    @contextlib.asynccontextmanager
    async def _read_once(self) -> AsyncIterator[None]:
        """Reads of whole tables or of the snapshot, made once: with the usual page cache
        they would leave tens of MB of pages (at 100,000 episodes) that no later query
        needs beside the rows read, so a small cache is used meanwhile, then emptied."""
        await self.conn.execute(f"PRAGMA cache_size = -{_SMALL_CACHE_KIB}")
        try:
            yield
        finally:
            await self.conn.execute("PRAGMA shrink_memory")
            await self.conn.execute("PRAGMA cache_size = -32000")  # as Database.open sets

    async def save_index_snapshot(self, generation: int, fmt: str, parts: Iterable[bytes]) -> None:
        """Keep the answer index built at ``generation`` (replacing the one saved before).
        ``parts`` may be made as they are written (an iterator, read on a worker thread).

        A fault of the file (a full disk, a lock held too long) is a :class:`StoreError`.
        """
        try:
            if self.path == ":memory:":  # no second connection can open it: bound whole
                async with self.transaction() as conn:
                    await conn.execute("DELETE FROM index_snapshot")
                    await conn.executemany(
                        "INSERT INTO index_snapshot (part, generation, format, data) "
                        "VALUES (?, ?, ?, ?)",
                        [(i, generation, fmt, data) for i, data in enumerate(list(parts))],
                    )
                return
            busy_ms = await self._busy_ms()
            async with self.lock:  # this process's writes, one at a time as always
                await asyncio.to_thread(_write_snapshot, self.path, busy_ms, generation, fmt, parts)
        except sqlite3.Error as exc:
            raise StoreError.from_sqlite(self.path, exc) or exc from None


# Pages (4 KiB) the write-ahead log may grow to during ``bulk_writes``: a bound, should an
# ingest be very large (the feeds' cap is 25 MB each).
_BULK_CHECKPOINT_PAGES = 250_000
_BLOB_SLICE = 1 << 20  # bytes of a snapshot part written at a time
_SMALL_CACHE_KIB = 2000  # the page cache of reads and writes made once (whole tables)


def _side_connection(path: str, busy_ms: int, *, read_only: bool = False) -> sqlite3.Connection:
    """A plain connection of its own to the database file, for a worker thread: the
    store's busy timeout and a small page cache (what it reads or writes is touched once)."""
    if read_only:
        uri = "file:" + _uri_path(path) + "?mode=ro"
        conn = sqlite3.connect(uri, uri=True, isolation_level=None, check_same_thread=False)
    else:
        conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    try:
        conn.execute(f"PRAGMA busy_timeout = {busy_ms}")
        conn.execute(f"PRAGMA cache_size = -{_SMALL_CACHE_KIB}")
    except BaseException:
        conn.close()
        raise
    return conn


def _write_snapshot(
    path: str, busy_ms: int, generation: int, fmt: str, parts: Iterable[bytes]
) -> None:
    """The snapshot's parts written by a connection of its own (on a worker thread),
    each as a zero blob then filled in slices: a value bound to an INSERT is copied by
    SQLite twice (at 100,000 episodes, 40 MB for the largest part beside the index);
    the blob handle copies a slice at a time, through a small page cache."""
    conn = _side_connection(path, busy_ms)
    try:
        conn.execute("BEGIN IMMEDIATE")
        try:
            conn.execute("DELETE FROM index_snapshot")
            for i, data in enumerate(parts):
                conn.execute(
                    "INSERT INTO index_snapshot (part, generation, format, data) "
                    "VALUES (?, ?, ?, zeroblob(?))",
                    (i, generation, fmt, len(data)),
                )
                if data:
                    with (
                        memoryview(data) as view,
                        conn.blobopen("index_snapshot", "data", i) as blob,
                    ):
                        for start in range(0, len(view), _BLOB_SLICE):
                            blob.write(view[start : start + _BLOB_SLICE])
                del data  # before the next part is made
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
    finally:
        conn.close()


async def _write_feed(
    conn: aiosqlite.Connection,
    source: str,
    parsed: ParsedFeed,
    episodes: Sequence[PreparedEpisode],
    fetched: FetchResult | None,
) -> WriteCounts:
    """The writes of one feed, inside the caller's transaction."""
    now = utcnow()
    feed_id = await _upsert_feed(conn, source, parsed, fetched, now)
    existing = await _existing(conn, feed_id)
    return await _write_episodes(conn, feed_id, existing, episodes, now)


async def _write_episodes(
    conn: aiosqlite.Connection,
    feed_id: int,
    existing: dict[str, dict[str, Any]],
    episodes: Sequence[PreparedEpisode],
    now: datetime,
) -> WriteCounts:
    """A feed's episodes against its stored ones (``existing``): added, updated, moved."""
    counts = WriteCounts()
    present = {e.item.key for e in episodes}
    by_digest: dict[str, str] = {}
    by_audio: dict[str, str] = {}
    by_title: dict[str, str] = {}
    by_text: dict[str, str] = {}
    for k, row in existing.items():
        if k not in present:  # only a vanished item can be the old self of a re-keyed one
            by_digest.setdefault(row["digest"], k)
            if row["audio_url"]:
                by_audio.setdefault(row["audio_url"], k)
            by_title.setdefault(row["title_norm"], k)
            if len(row["description"]) >= 80:
                by_text.setdefault(row["description"], k)
    inserts: list[PreparedEpisode] = []
    updates: list[tuple[int, PreparedEpisode]] = []
    moves: list[tuple[int, float, str, int]] = []
    rekeys: list[tuple[str, int, float, int]] = []
    # First the re-keyed items whose content is unchanged (an item whose key an older
    # version derived differently): matched before the looser rules below, so that a new
    # item sharing their audio or title cannot take their row.
    for e in episodes:
        if e.item.key not in existing and (old_key := by_digest.pop(e.digest, None)):
            row = existing.pop(old_key)
            counts.unchanged += 1
            rekeys.append((e.item.key, e.item.position, e.sort_ts, row["id"]))
    rekeyed = {key for key, _, _, _ in rekeys}
    for e in episodes:
        if e.item.key in rekeyed:
            continue
        row = existing.get(e.item.key)
        if not e.enriched and (row is None or row["digest"] != e.digest):
            raise ChangedMeanwhileError(e.item.key)
        if row is None:
            # An item whose identity changed (a new GUID, or a new title where the title is
            # the identity) but whose audio, title or show notes match one that left the
            # feed is the same episode: update it in place, never duplicate it.
            old = (
                by_audio.pop(e.item.audio_url or "", None)
                or by_title.pop(e.title_norm, None)
                or by_text.pop(e.item.description, None)
            )
            if old is not None and old in existing:
                row = existing.pop(old)
                updates.append((row["id"], e))
                continue
            inserts.append(e)
        elif row["digest"] != e.digest:
            updates.append((row["id"], e))
        else:
            counts.unchanged += 1
            if (row["position"], row["sort_ts"], row["item_hash"]) != (
                e.item.position,
                e.sort_ts,
                e.item_hash,
            ):
                moves.append((e.item.position, e.sort_ts, e.item_hash, row["id"]))
    stamp = iso(now)
    if rekeys:
        await conn.executemany(
            "UPDATE episodes SET key = ?, position = ?, sort_ts = ? WHERE id = ?", rekeys
        )
    if moves:
        await conn.executemany(
            "UPDATE episodes SET position = ?, sort_ts = ?, item_hash = ? WHERE id = ?", moves
        )
    # Each changed episode's row, built once: its texts also go to the full-text index.
    values = {id(e): _episode_values(e) for e in [*(e for _, e in updates), *inserts]}
    if updates:
        # Before the rows change: the index entries are deleted with their old text.
        await _delete_details(conn, [eid for eid, _ in updates])
        await conn.executemany(
            f"UPDATE episodes SET {', '.join(c + ' = ?' for c in _EPISODE_FIELDS)}, "
            "updated_at = ? WHERE id = ?",
            [(*values[id(e)], stamp, eid) for eid, e in updates],
        )
    new_ids: list[int] = []
    if inserts:
        new_ids = await _insert_episodes(conn, feed_id, [values[id(e)] for e in inserts], stamp)
    changed = [(eid, e) for eid, e in updates] + list(zip(new_ids, inserts, strict=True))
    if changed:
        await _write_details(conn, changed)
        await _write_fts(conn, [eid for eid, _ in changed])
        await write_notes_segments(conn, [eid for eid, _ in updates], changed)
    if inserts:
        await _mark_new(conn, feed_id, stamp)
    counts.added = len(inserts)
    counts.updated = len(updates)
    counts.new_ids = new_ids
    counts.index_changed = bool(inserts or updates or moves or rekeys)
    return counts


_EPISODE_FIELDS = (
    "key",
    "guid",
    "title",
    "title_norm",
    "published",
    "sort_ts",
    "summary",
    "description",
    "link",
    "audio_url",
    "duration",
    "image",
    "season",
    "number",
    "language",
    "position",
    "transcript_url",
    "chapters_url",
    "transcript_type",
    "transcript_language",
    "episode_type",
    "keywords",
    "content_hash",
    "people_names",
    "topic_names",
    "item_hash",
)


def _episode_values(e: PreparedEpisode) -> tuple[Any, ...]:
    it = e.item
    return (
        it.key,
        it.guid,
        it.title,
        e.title_norm,
        iso(it.published),
        e.sort_ts,
        # Most feeds' summary is their show notes: stored once (``Store`` reads it back).
        "" if it.summary == it.description else it.summary,
        it.description,
        it.link,
        it.audio_url,
        it.duration,
        it.image,
        it.season,
        it.number,
        it.language,
        it.position,
        it.transcript_url,
        it.chapters_url,
        it.transcript_type,
        it.transcript_language,
        it.episode_type,
        ", ".join(it.keywords),
        e.digest,
        _people_names(e),
        _topic_names(e),
        e.item_hash,
    )


async def _insert_episodes(
    conn: aiosqlite.Connection, feed_id: int, rows: list[tuple[Any, ...]], stamp: str
) -> list[int]:
    """Insert new episodes' rows (``_episode_values``); their ids, in the same order.

    The ids are given, as SQLite would choose them (one past the largest), so nothing is
    read back by key; past the largest possible id, SQLite chooses and they are read back.
    """
    async with conn.execute("SELECT max(id) FROM episodes") as cur:
        row = await cur.fetchone()
    first = (row[0] if row and row[0] is not None else 0) + 1
    columns = f"feed_id, {', '.join(_EPISODE_FIELDS)}, first_seen_at, updated_at"
    marks = ", ".join("?" * (len(_EPISODE_FIELDS) + 3))
    if first + len(rows) - 1 <= _MAX_ROWID:
        await conn.executemany(
            f"INSERT INTO episodes (id, {columns}) VALUES (?, {marks})",
            [(first + i, feed_id, *r, stamp, stamp) for i, r in enumerate(rows)],
        )
        return list(range(first, first + len(rows)))
    await conn.executemany(
        f"INSERT INTO episodes ({columns}) VALUES ({marks})",
        [(feed_id, *r, stamp, stamp) for r in rows],
    )
    keys = await _ids_for_keys(conn, feed_id, [r[0] for r in rows])
    return [keys[r[0]] for r in rows]


_MAX_ROWID = 2**63 - 1


async def _insert_new(  # noqa: PLR0917 - one step of write_feed_pieces
    conn: aiosqlite.Connection,
    feed_id: int,
    piece: Sequence[PreparedEpisode],
    stamp: str,
    counts: WriteCounts,
    people: dict[str, int],
) -> None:
    """Add a piece of a feed that had no stored episodes: what ``_write_episodes`` does
    when every item is new, with the people ``people`` holds already upserted."""
    for e in piece:
        if not e.enriched:  # prepared as stored, yet nothing is stored
            raise ChangedMeanwhileError(e.item.key)
    if not piece:
        return
    ids = await _insert_episodes(conn, feed_id, [_episode_values(e) for e in piece], stamp)
    changed = list(zip(ids, piece, strict=True))
    await _write_details(conn, changed, people)
    await _write_fts(conn, ids)
    await write_notes_segments(conn, [], changed)
    counts.added += len(ids)
    counts.new_ids += ids


# What the full-text index holds besides the title and notes (see migration 003).
def _people_names(e: PreparedEpisode) -> str:
    return " ; ".join(p.name for p in e.people)


def _topic_names(e: PreparedEpisode) -> str:
    return " ; ".join(t for t, _, _ in e.topics)


async def _existing(conn: aiosqlite.Connection, feed_id: int) -> dict[str, dict[str, Any]]:
    async with conn.execute(
        "SELECT key, id, content_hash, position, sort_ts, audio_url, title_norm, description, "
        "item_hash "
        "FROM episodes WHERE feed_id = ?",
        (feed_id,),
    ) as cur:
        return {
            r[0]: {
                "id": r[1],
                "digest": r[2],
                "position": r[3],
                "sort_ts": r[4],
                "audio_url": r[5],
                "title_norm": r[6],
                "description": r[7],
                "item_hash": r[8],
            }
            for r in await cur.fetchall()
        }


async def _ids_for_keys(
    conn: aiosqlite.Connection, feed_id: int, keys: Sequence[str]
) -> dict[str, int]:
    found: dict[str, int] = {}
    for start in range(0, len(keys), 500):
        chunk = list(keys[start : start + 500])
        marks = ",".join("?" * len(chunk))
        async with conn.execute(
            f"SELECT key, id FROM episodes WHERE feed_id = ? AND key IN ({marks})",
            (feed_id, *chunk),
        ) as cur:
            found.update({r[0]: r[1] for r in await cur.fetchall()})
    return found


async def _delete_details(conn: aiosqlite.Connection, ids: list[int]) -> None:
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        marks = ",".join("?" * len(chunk))
        await conn.execute(f"DELETE FROM episode_people WHERE episode_id IN ({marks})", chunk)
        await conn.execute(f"DELETE FROM episode_topics WHERE episode_id IN ({marks})", chunk)
        # An external-content index forgets an entry only when given the text it indexed.
        await conn.execute(
            "INSERT INTO episodes_fts (episodes_fts, rowid, title, description, people, topics) "
            "SELECT 'delete', id, title, description, people, topics FROM episodes_fts_source "
            f"WHERE id IN ({marks})",
            chunk,
        )


async def _write_details(
    conn: aiosqlite.Connection,
    changed: list[tuple[int, PreparedEpisode]],
    known: dict[str, int] | None = None,
) -> None:
    """Episodes' people and topics. ``known``: people already upserted by this write (by
    key, with their ids), not upserted again; the new ones are added to it."""
    person_ids = {} if known is None else known
    people: dict[str, PreparedPerson] = {}
    for _, e in changed:
        for p in e.people:
            key = person_key(p.name)
            if key not in person_ids:
                people.setdefault(key, p)
    person_ids.update(await _upsert_people(conn, people))
    links = []
    for eid, e in changed:
        seen: set[tuple[int, str]] = set()
        for p in e.people:
            pid = person_ids[person_key(p.name)]
            if (pid, p.role) in seen:
                continue
            seen.add((pid, p.role))
            links.append((eid, pid, p.role, getattr(p, "source", "text"), p.note, p.href, p.img))
    await conn.executemany(
        "INSERT INTO episode_people (episode_id, person_id, role, source, note, href, img) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)",
        links,
    )
    await conn.executemany(
        "INSERT OR IGNORE INTO episode_topics (episode_id, topic, source, weight) "
        "VALUES (?, ?, ?, ?)",
        [(eid, t, s, w) for eid, e in changed for t, s, w in e.topics],
    )


async def _write_fts(conn: aiosqlite.Connection, ids: list[int]) -> None:
    """The full-text entries of written episodes, read from their rows in one statement
    (the index's own view of them), not sent again from here."""
    insert = (
        "INSERT INTO episodes_fts (rowid, title, description, people, topics) "
        "SELECT id, title, description, people, topics FROM episodes_fts_source "
    )
    # The index keeps its new entries in memory until they reach ``hashsize`` (1 MiB by
    # default), then writes them as a segment that later merges rewrite: a larger buffer
    # for these inserts makes fewer, larger segments (a quarter of the index's cost in a
    # large write). Set back before the statement ends the caller's use of it, in the
    # same transaction: what is committed keeps the default.
    await conn.execute(_FTS_HASH_SIZE, (_WRITE_HASH_BYTES,))
    try:
        if ids and ids[-1] - ids[0] == len(ids) - 1 and ids == sorted(ids):  # new: one range
            await conn.execute(insert + "WHERE id BETWEEN ? AND ?", (ids[0], ids[-1]))
            return
        for chunk in _chunks(ids, 500):
            await conn.execute(insert + f"WHERE id IN ({','.join('?' * len(chunk))})", chunk)
    finally:
        await conn.execute(_FTS_HASH_SIZE, (_DEFAULT_HASH_BYTES,))


_FTS_HASH_SIZE = "INSERT INTO episodes_fts (episodes_fts, rank) VALUES ('hashsize', ?)"
_DEFAULT_HASH_BYTES = 1024 * 1024  # FTS5's own default
_WRITE_HASH_BYTES = 16 * 1024 * 1024


async def _upsert_people(
    conn: aiosqlite.Connection, people: dict[str, PreparedPerson]
) -> dict[str, int]:
    await conn.executemany(
        """INSERT INTO people (name, name_key, note, href, img) VALUES (?, ?, ?, ?, ?)
           ON CONFLICT(name_key) DO UPDATE SET
               note = coalesce(people.note, excluded.note),
               href = coalesce(people.href, excluded.href),
               img = coalesce(people.img, excluded.img)""",
        [(p.name, k, p.note, p.href, p.img) for k, p in people.items()],
    )
    ids: dict[str, int] = {}
    keys = list(people)
    for start in range(0, len(keys), 500):
        chunk = keys[start : start + 500]
        marks = ",".join("?" * len(chunk))
        async with conn.execute(
            f"SELECT name_key, id FROM people WHERE name_key IN ({marks})", chunk
        ) as cur:
            ids.update({r[0]: r[1] for r in await cur.fetchall()})
    return ids
