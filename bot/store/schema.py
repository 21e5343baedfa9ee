"""Meta and migrations: the numbered ``bot/store/migrations/NNN_name.sql`` files.

``PRAGMA user_version`` records the last migration applied; the ``meta`` table holds the
bot's own key/value settings.
"""

from __future__ import annotations

import re
from importlib import resources

import aiosqlite

from bot.store.db import Database

_MIGRATION_NAME = re.compile(r"^(\d{3})_[\w-]+\.sql$")


def migrations() -> list[tuple[int, str, str]]:
    """The migration files as (version, name, sql), in order."""
    found = []
    for entry in resources.files("bot.store.migrations").iterdir():
        match = _MIGRATION_NAME.match(entry.name)
        if match:
            found.append((int(match.group(1)), entry.name, entry.read_text(encoding="utf-8")))
    found.sort()
    for expected, (version, name, _) in enumerate(found, start=1):
        if version != expected:
            raise RuntimeError(f"migration {name} is out of sequence (expected {expected:03d})")
    return found


async def schema_version(conn: aiosqlite.Connection) -> int:
    """The last migration applied to the database (``PRAGMA user_version``)."""
    async with conn.execute("PRAGMA user_version") as cur:
        row = await cur.fetchone()
    return int(row[0]) if row else 0


async def migrate(conn: aiosqlite.Connection) -> int:
    """Apply the migrations not yet applied, each in its own transaction.

    Several processes may start together on a new database (a cron ingest and the
    bot): the version is read again once ``BEGIN IMMEDIATE`` holds the write lock, so
    a migration another process applied meanwhile is not applied twice.
    """
    current = await schema_version(conn)
    for version, _name, sql in migrations():
        if version <= current:
            continue
        await conn.execute("BEGIN IMMEDIATE")
        try:
            current = await schema_version(conn)
            if version > current:
                # executescript would commit on its own; run the statements one by one.
                for statement in _statements(sql):
                    await conn.execute(statement)
                await conn.execute(f"PRAGMA user_version = {version}")
                current = version
            await conn.execute("COMMIT")
        except BaseException:
            await conn.execute("ROLLBACK")
            raise
    return current


def _statements(sql: str) -> list[str]:
    """Split a migration into statements (our migrations keep ';' and '--' out of literals)."""
    without_comments = re.sub(r"--[^\n]*", "", sql)
    parts = [p.strip() for p in without_comments.split(";")]
    return [p for p in parts if p]


class MetaTables(Database):
    """The ``meta`` table: the bot's own key/value settings."""

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
