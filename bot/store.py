"""The SQLite episode store: aiosqlite, WAL, foreign keys, versioned migrations, FTS5.

Migrations are the numbered ``bot/migrations/NNN_name.sql`` files; ``PRAGMA user_version``
records the last one applied. Each feed's ingest is written in one transaction, so a
failure in the middle leaves the database exactly as it was.
"""

from __future__ import annotations

import asyncio
import os
import re
import sqlite3
import stat
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from importlib import resources
from pathlib import Path
from typing import Any
from urllib.parse import quote

import aiosqlite

_MIGRATION_NAME = re.compile(r"^(\d{3})_[\w-]+\.sql$")

# How long a writer waits for another connection's write transaction (a cron ingest, the
# bot's poller) before giving up: longer than the largest feed's write, so writers queue.
BUSY_TIMEOUT_SECONDS = 60.0

# What an SQLite error about the database file means to an operator, by primary result
# code. Any other SQLite error (a bad statement, a constraint) is a bug, not the file.
_FAULTS = {
    sqlite3.SQLITE_BUSY: "is locked by another program",
    sqlite3.SQLITE_LOCKED: "is locked by another program",
    sqlite3.SQLITE_READONLY: "is read-only",
    sqlite3.SQLITE_IOERR: "could not be read or written (disk I/O error)",
    sqlite3.SQLITE_CORRUPT: "is damaged (database disk image is malformed)",
    sqlite3.SQLITE_FULL: "cannot be written: the disk is full",
    sqlite3.SQLITE_CANTOPEN: "cannot be opened",
    sqlite3.SQLITE_NOTADB: "is not an SQLite database",
    sqlite3.SQLITE_PERM: "cannot be opened: permission denied",
    sqlite3.SQLITE_NOLFS: "is too large for this system",
}


class StoreError(Exception):
    """The database file cannot be used as asked (an operator's mistake, not a bug).

    The message is one line naming the path and the cause.
    """

    def __init__(self, path: str | Path, cause: str) -> None:
        super().__init__(f"database {str(path)!r} {cause}")
        self.path = str(path)
        self.cause = cause

    @classmethod
    def from_sqlite(cls, path: str | Path, exc: BaseException) -> StoreError | None:
        """The operator-facing error for an SQLite error about the file; ``None`` for a bug."""
        code = getattr(exc, "sqlite_errorcode", None)
        if not isinstance(exc, sqlite3.Error) or code is None:
            return None
        cause = _FAULTS.get(code & 0xFF)
        return cls(path, cause) if cause else None


def utcnow() -> datetime:
    return datetime.now(UTC)


def iso(value: datetime | None) -> str | None:
    return value.astimezone(UTC).isoformat(timespec="seconds") if value else None


def from_iso(value: str | None) -> datetime | None:
    return datetime.fromisoformat(value) if value else None


def migrations() -> list[tuple[int, str, str]]:
    """The migration files as (version, name, sql), in order."""
    found = []
    for entry in resources.files("bot.migrations").iterdir():
        match = _MIGRATION_NAME.match(entry.name)
        if match:
            found.append((int(match.group(1)), entry.name, entry.read_text(encoding="utf-8")))
    found.sort()
    for expected, (version, name, _) in enumerate(found, start=1):
        if version != expected:
            raise RuntimeError(f"migration {name} is out of sequence (expected {expected:03d})")
    return found


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

    @property
    def guests(self) -> list[str]:
        return [p.name for p in self.people if p.role == "guest"]

    @property
    def hosts(self) -> list[str]:
        return [p.name for p in self.people if p.role == "host"]


@dataclass(slots=True)
class Feed:
    id: int
    source: str
    title: str
    link: str | None
    image: str | None
    language: str | None
    etag: str | None
    last_modified: str | None
    last_fetch_at: datetime | None
    last_status: str | None
    last_error: str | None
    failures: int
    next_check_at: datetime | None
    last_new_at: datetime | None
    episode_count: int = 0
    created_at: datetime | None = None


_EPISODE_COLUMNS = """
    e.id, e.feed_id, f.title, e.key, e.guid, e.title, e.published, e.sort_ts, e.summary,
    e.description, e.link, e.audio_url, e.duration, e.image, e.season, e.number, e.language,
    e.position, e.transcript_url, e.chapters_url, f.link, f.image
"""


def _episode(row: Sequence[Any]) -> Episode:
    return Episode(
        id=row[0],
        feed_id=row[1],
        feed_title=row[2],
        key=row[3],
        guid=row[4],
        title=row[5],
        published=from_iso(row[6]),
        sort_ts=row[7],
        summary=row[8] or row[9],  # ingest stores no copy of a summary that is the notes
        description=row[9],
        link=row[10],
        audio_url=row[11],
        duration=row[12],
        image=row[13] or row[21],
        season=row[14],
        number=row[15],
        language=row[16],
        position=row[17],
        transcript_url=row[18],
        chapters_url=row[19],
        feed_link=row[20],
        feed_image=row[21],
    )


def _feed(row: Sequence[Any]) -> Feed:
    return Feed(
        id=row[0],
        source=row[1],
        title=row[2],
        link=row[3],
        image=row[4],
        language=row[5],
        etag=row[6],
        last_modified=row[7],
        last_fetch_at=from_iso(row[8]),
        last_status=row[9],
        last_error=row[10],
        failures=row[11],
        next_check_at=from_iso(row[12]),
        last_new_at=from_iso(row[13]),
        episode_count=row[14],
        created_at=from_iso(row[15]),
    )


_FEED_COLUMNS = """
    f.id, f.source, f.title, f.link, f.image, f.language, f.etag, f.last_modified,
    f.last_fetch_at, f.last_status, f.last_error, f.failures, f.next_check_at, f.last_new_at,
    (SELECT count(*) FROM episodes e WHERE e.feed_id = f.id), f.created_at
"""


class Store:
    """One aiosqlite connection to the bot's database."""

    def __init__(self, conn: aiosqlite.Connection, path: str) -> None:
        self.conn = conn
        self.path = path
        # One connection is shared by every coroutine: a write made while another one's
        # transaction is open would join (and roll back with) that transaction. Writers
        # take this lock; ``transaction()`` takes it for the whole transaction.
        self.lock = asyncio.Lock()
        self.read_only = False  # opened read-only: the file is not writable by this process

    @classmethod
    async def open(
        cls,
        path: str | Path,
        *,
        migrate: bool = True,
        create: bool = True,
        read_only_ok: bool = False,
        busy_timeout: float | None = None,
    ) -> Store:
        """Open the database at ``path`` and bring its schema up to date.

        A missing file is created (with its folder) when ``create``; otherwise it is a
        :class:`StoreError`. A file this process may not write is opened read-only when
        ``read_only_ok`` (``ask`` on a read-only copy), else refused. Every refusal is a
        :class:`StoreError` and leaves the file byte for byte as it was: nothing is
        written before the file is known to be a database this version can use.
        """
        path = str(path)
        read_only = False
        if path != ":memory:":
            read_only = _check_path(path, create=create, read_only_ok=read_only_ok)
        try:
            if read_only:
                # A URI, so SQLite itself refuses writes; the path is quoted for the URI.
                uri = "file:" + _uri_path(path) + "?mode=ro"
                conn = await aiosqlite.connect(uri, uri=True, isolation_level=None)
            else:
                conn = await aiosqlite.connect(path, isolation_level=None)  # we manage BEGIN
        except sqlite3.Error as exc:
            raise StoreError.from_sqlite(path, exc) or exc from None
        try:
            # The busy timeout first: another process may be creating or migrating it.
            timeout = BUSY_TIMEOUT_SECONDS if busy_timeout is None else busy_timeout
            await conn.execute(f"PRAGMA busy_timeout = {int(timeout * 1000)}")
            # Read before any write: a file that is not a database, is damaged, or was made
            # by a newer version is refused before the journal mode is set (which writes).
            async with conn.execute("SELECT count(*) FROM sqlite_master") as cur:
                await cur.fetchone()
            store = cls(conn, path)
            store.read_only = read_only
            version, latest = await store.schema_version(), len(migrations())
            if version > latest:
                raise StoreError(
                    path,
                    f"was made by a newer version of the bot (schema {version}; "
                    f"this version knows up to {latest}): upgrade the bot",
                )
            if read_only and migrate and version < latest:
                raise StoreError(path, "is read-only and needs a schema upgrade")
            if not read_only:
                await conn.execute("PRAGMA journal_mode = WAL")
            await conn.execute("PRAGMA foreign_keys = ON")
            await conn.execute("PRAGMA synchronous = NORMAL")
            # 32 MB of page cache (the default is 2 MB): the full-text index of a large
            # archive is written and read a few pages per word.
            await conn.execute("PRAGMA cache_size = -32000")
            await conn.execute("PRAGMA temp_store = MEMORY")
            if migrate and not read_only:
                await store.migrate()
        except sqlite3.Error as exc:
            await conn.close()
            raise StoreError.from_sqlite(path, exc) or exc from None
        except BaseException:
            await conn.close()
            raise
        return store

    async def close(self) -> None:
        await self.conn.close()

    async def __aenter__(self) -> Store:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.close()

    # --- schema ---------------------------------------------------------------------

    async def schema_version(self) -> int:
        async with self.conn.execute("PRAGMA user_version") as cur:
            row = await cur.fetchone()
        return int(row[0]) if row else 0

    async def migrate(self) -> int:
        """Apply the migrations not yet applied, each in its own transaction.

        Several processes may start together on a new database (a cron ingest and the
        bot): the version is read again once ``BEGIN IMMEDIATE`` holds the write lock, so
        a migration another process applied meanwhile is not applied twice.
        """
        current = await self.schema_version()
        for version, _name, sql in migrations():
            if version <= current:
                continue
            await self.conn.execute("BEGIN IMMEDIATE")
            try:
                current = await self.schema_version()
                if version > current:
                    # executescript would commit on its own; run the statements one by one.
                    for statement in _statements(sql):
                        await self.conn.execute(statement)
                    await self.conn.execute(f"PRAGMA user_version = {version}")
                    current = version
                await self.conn.execute("COMMIT")
            except BaseException:
                await self.conn.execute("ROLLBACK")
                raise
        return current

    # --- meta -----------------------------------------------------------------------

    async def get_meta(self, key: str) -> str | None:
        async with self.conn.execute("SELECT value FROM meta WHERE key = ?", (key,)) as cur:
            row = await cur.fetchone()
        return row[0] if row else None

    async def set_meta(self, key: str, value: str) -> None:
        async with self.lock:
            await self.conn.execute(
                "INSERT INTO meta (key, value) VALUES (?, ?) "
                "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                (key, value),
            )

    # --- feeds ----------------------------------------------------------------------

    async def feeds(self) -> list[Feed]:
        async with self.conn.execute(f"SELECT {_FEED_COLUMNS} FROM feeds f ORDER BY f.id") as cur:
            return [_feed(row) for row in await cur.fetchall()]

    async def feed_by_source(self, source: str) -> Feed | None:
        async with self.conn.execute(
            f"SELECT {_FEED_COLUMNS} FROM feeds f WHERE f.source = ?", (source,)
        ) as cur:
            row = await cur.fetchone()
        return _feed(row) if row else None

    async def _ensure_feed(self, source: str) -> int:
        """The id of the feed row for ``source``, created (empty) when new; hold the lock."""
        await self.conn.execute(
            "INSERT INTO feeds (source, created_at) VALUES (?, ?) ON CONFLICT(source) DO NOTHING",
            (source, iso(utcnow())),
        )
        async with self.conn.execute("SELECT id FROM feeds WHERE source = ?", (source,)) as cur:
            row = await cur.fetchone()
        assert row is not None
        return int(row[0])

    async def record_fetch(
        self,
        source: str,
        *,
        status: str,
        error: str | None = None,
        etag: str | None = None,
        last_modified: str | None = None,
        failures: int = 0,
        next_check_at: datetime | None = None,
        when: datetime | None = None,
    ) -> None:
        """Record the outcome of a fetch that stored no episodes (304, or an error)."""
        async with self.lock:
            await self._ensure_feed(source)
            await self.conn.execute(
                """UPDATE feeds SET last_fetch_at = ?, last_status = ?, last_error = ?,
                       etag = coalesce(?, etag), last_modified = coalesce(?, last_modified),
                       failures = ?, next_check_at = ?
                   WHERE source = ?""",
                (
                    iso(when or utcnow()),
                    status,
                    error,
                    etag,
                    last_modified,
                    failures,
                    iso(next_check_at),
                    source,
                ),
            )

    # --- episodes -------------------------------------------------------------------

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
        found: dict[int, Episode] = {}
        for chunk in _chunks(wanted, 500):
            marks = ",".join("?" * len(chunk))
            # execute_fetchall: one trip to the database thread instead of three.
            for row in await self.conn.execute_fetchall(
                f"SELECT {_EPISODE_COLUMNS} FROM episodes e JOIN feeds f ON f.id = e.feed_id "
                f"WHERE e.id IN ({marks})",
                chunk,
            ):
                found[row[0]] = _episode(row)
        await self._attach_details(list(found.values()))
        return [found[i] for i in wanted if i in found]

    async def latest_episodes(self, limit: int = 1, feed_id: int | None = None) -> list[Episode]:
        sql = f"SELECT {_EPISODE_COLUMNS} FROM episodes e JOIN feeds f ON f.id = e.feed_id"
        args: list[Any] = []
        if feed_id is not None:
            sql += " WHERE e.feed_id = ?"
            args.append(feed_id)
        sql += " ORDER BY e.sort_ts DESC, e.position ASC LIMIT ?"
        args.append(limit)
        episodes = [_episode(row) for row in await self.conn.execute_fetchall(sql, args)]
        await self._attach_details(episodes)
        return episodes

    async def _attach_details(self, episodes: list[Episode]) -> None:
        by_id = {e.id: e for e in episodes}
        for chunk in _chunks(list(by_id), 500):
            marks = ",".join("?" * len(chunk))
            for eid, name, role, note, href, img in await self.conn.execute_fetchall(
                "SELECT ep.episode_id, p.name, ep.role, coalesce(ep.note, p.note), "
                "coalesce(ep.href, p.href), coalesce(ep.img, p.img) "
                "FROM episode_people ep JOIN people p ON p.id = ep.person_id "
                f"WHERE ep.episode_id IN ({marks}) ORDER BY ep.rowid",
                chunk,
            ):
                by_id[eid].people.append(EpisodePerson(name, role, note, href, img))
            for eid, topic in await self.conn.execute_fetchall(
                f"SELECT episode_id, topic FROM episode_topics WHERE episode_id IN ({marks}) "
                "ORDER BY rowid",
                chunk,
            ):
                by_id[eid].topics.append(topic)

    async def fts_search(self, match: str, limit: int = 50) -> list[tuple[int, float]]:
        """Episode ids for an FTS5 MATCH expression, best first, with bm25 scores.

        Weights favour the title, then people and topics, then the description.
        """
        rows = await self.conn.execute_fetchall(
            "SELECT rowid, bm25(episodes_fts, 10.0, 1.0, 6.0, 4.0) AS rank "
            "FROM episodes_fts WHERE episodes_fts MATCH ? ORDER BY rank LIMIT ?",
            (match, limit),
        )
        return [(int(r[0]), float(r[1])) for r in rows]

    async def transaction(self) -> _Transaction:
        return _Transaction(self)


class _Transaction:
    """``async with await store.transaction():`` BEGIN IMMEDIATE ... COMMIT or ROLLBACK."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.conn = store.conn
        self.lock = store.lock

    async def __aenter__(self) -> aiosqlite.Connection:
        await self.lock.acquire()
        try:
            await self.conn.execute("BEGIN IMMEDIATE")
        except sqlite3.Error as exc:
            self.lock.release()
            # Another program held the write lock for the whole busy timeout, or the file
            # is read-only: the operator's to fix, one line, for this write only.
            raise StoreError.from_sqlite(self.store.path, exc) or exc from None
        except BaseException:
            self.lock.release()
            raise
        return self.conn

    async def __aexit__(self, exc_type: object, *_: object) -> None:
        try:
            if exc_type is None:
                await self.conn.execute("COMMIT")
            else:
                await self.conn.execute("ROLLBACK")
        finally:
            self.lock.release()


def _check_path(path: str, *, create: bool, read_only_ok: bool) -> bool:
    """Refuse a path that cannot be this bot's database; ``True`` to open it read-only."""
    if not path:
        raise StoreError(path, "is an empty path: give a file name")
    target = Path(path)
    try:
        info = target.stat()
    except FileNotFoundError:
        info = None
    except OSError as exc:  # a component is a file, a loop, too long, no permission
        raise StoreError(path, f"cannot be opened: {exc.strerror or exc}") from None
    if info is None:
        if not create:
            raise StoreError(path, "does not exist (check the path, or load a feed into it)")
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StoreError(path, f"cannot be created: {exc.strerror or exc}") from None
        if not os.access(target.parent, os.W_OK | os.X_OK):
            raise StoreError(path, "cannot be created: its folder is not writable")
        return False
    if stat.S_ISDIR(info.st_mode):
        raise StoreError(path, "is a folder, not a database file")
    if not stat.S_ISREG(info.st_mode):
        raise StoreError(path, "is not a regular file (a device or a pipe)")
    if not os.access(path, os.R_OK):
        raise StoreError(path, "cannot be read: permission denied")
    if os.access(path, os.W_OK):
        return False
    if read_only_ok:
        return True
    raise StoreError(path, "is read-only: this command needs to write to it")


def _uri_path(path: str) -> str:
    """``path`` for an SQLite ``file:`` URI (absolute, with ``?``, ``#`` and ``%`` quoted)."""
    return quote(str(Path(path).resolve()), safe="/")


def _statements(sql: str) -> list[str]:
    """Split a migration into statements (our migrations keep ';' and '--' out of literals)."""
    without_comments = re.sub(r"--[^\n]*", "", sql)
    parts = [p.strip() for p in without_comments.split(";")]
    return [p for p in parts if p]


def _chunks(items: list[Any], size: int) -> Iterable[list[Any]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]
