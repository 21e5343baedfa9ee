"""The database connection: aiosqlite, WAL, foreign keys, the write lock, transactions.

Opening checks the file before anything is written and brings the schema up to date
(:mod:`bot.store.schema`). The tables' operations live in the other modules of the package;
:class:`bot.store.Store` gathers them.
"""

from __future__ import annotations

import asyncio
import os
import sqlite3
import stat
from collections.abc import Generator, Iterable, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Self
from urllib.parse import quote

import aiosqlite

# How long a writer waits for another connection's write transaction (a cron ingest, the
# bot's poller) before giving up: longer than the largest feed's write, so writers queue.
BUSY_TIMEOUT_SECONDS = 60.0
WAL_SIZE_LIMIT = 64 * 1024 * 1024  # bytes of write-ahead log kept once checkpointed

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


class Database:
    """One aiosqlite connection to the bot's database (see :class:`bot.store.Store`)."""

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
    ) -> Self:
        """Open the database at ``path`` and bring its schema up to date.

        A missing file is created (with its folder) when ``create``; otherwise it is a
        :class:`StoreError`. A file this process may not write is opened read-only when
        ``read_only_ok`` (``ask`` on a read-only copy), else refused. Every refusal is a
        :class:`StoreError` and leaves the file byte for byte as it was: nothing is
        written before the file is known to be a database this version can use.
        """
        from bot.store import schema  # schema builds on this module

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
            version, latest = await store.schema_version(), len(schema.migrations())
            if version > latest:
                raise StoreError(
                    path,
                    f"was made by a newer version of the bot (schema {version}; "
                    f"this version knows up to {latest}): upgrade the bot",
                )
            if read_only and migrate and version < latest:
                raise StoreError(path, "is read-only and needs a schema upgrade")
            if not read_only:
                await _use_wal(conn, timeout)
            await conn.execute("PRAGMA foreign_keys = ON")
            await conn.execute("PRAGMA synchronous = NORMAL")
            # 32 MB of page cache (the default is 2 MB): the full-text index of a large
            # archive is written and read a few pages per word.
            await conn.execute("PRAGMA cache_size = -32000")
            await conn.execute("PRAGMA temp_store = MEMORY")
            # Once copied into the database, the write-ahead log is cut back to this size
            # by the next write: a command line ingest (bulk_writes) may grow it to a GB,
            # which another process that keeps the file open (the bot) would keep on disk.
            await conn.execute(f"PRAGMA journal_size_limit = {WAL_SIZE_LIMIT}")
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

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.close()

    # --- schema ---------------------------------------------------------------------

    async def schema_version(self) -> int:
        from bot.store import schema

        return await schema.schema_version(self.conn)

    async def migrate(self) -> int:
        """Apply the migrations not yet applied (see :func:`bot.store.schema.migrate`)."""
        from bot.store import schema

        return await schema.migrate(self.conn)

    async def _named(self, sql: str, args: Sequence[Any] = ()) -> list[sqlite3.Row]:
        """The rows of a query, read by column name."""
        async with self.conn.execute(sql, args) as cur:
            cur.row_factory = sqlite3.Row
            return list(await cur.fetchall())

    def _in_transaction(self) -> None:
        """A write that joins the caller's :meth:`transaction` checks that one is open."""
        if not self.lock.locked():
            raise RuntimeError("this write belongs inside store.transaction()")

    def transaction(self) -> Transaction:
        """``async with store.transaction():`` BEGIN IMMEDIATE ... COMMIT or ROLLBACK."""
        return Transaction(self)


async def _use_wal(conn: aiosqlite.Connection, wait_seconds: float) -> None:
    """Switch a database to WAL, waiting for other processes that open it at once.

    Switching needs every other connection gone from the file; while two connections both
    try it on a new database, SQLite answers "locked" at once rather than calling the busy
    handler (each would wait for the other). So the switch is retried, for as long as the
    busy timeout allows.
    """
    async with conn.execute("PRAGMA journal_mode") as cur:
        row = await cur.fetchone()
    if row and str(row[0]).lower() == "wal":
        return  # every open after the first: nothing to switch
    loop = asyncio.get_running_loop()
    deadline = loop.time() + wait_seconds
    delay = 0.005
    while True:
        try:
            async with conn.execute("PRAGMA journal_mode = WAL") as cur:
                await cur.fetchone()
        except sqlite3.OperationalError as exc:
            busy = getattr(exc, "sqlite_errorcode", 0) & 0xFF == sqlite3.SQLITE_BUSY
            if not busy or loop.time() >= deadline:
                raise
            await asyncio.sleep(delay)  # back off: the other opener finishes its switch
            delay = min(delay * 2, 0.2)
        else:
            return


class Transaction:
    """BEGIN IMMEDIATE ... COMMIT or ROLLBACK, under the store's write lock.

    A plain async context manager; ``async with await store.transaction()`` (the older
    spelling) works too.
    """

    def __init__(self, store: Database) -> None:
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

    def __await__(self) -> Generator[Any, None, Transaction]:
        return self._itself().__await__()

    async def _itself(self) -> Transaction:
        return self

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


def _chunks(items: list[Any], size: int) -> Iterable[list[Any]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]
