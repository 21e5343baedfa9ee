"""The ``feeds`` table (and ``announce_feeds``): one row per source, its fetch state.

Its writers: a fetch that stored no episodes (:meth:`FeedTables.record_fetch`), a feed's
ingest (:meth:`FeedTables._upsert_feed`, from ``write_feed``), the poll schedule
(:meth:`FeedTables.schedule_check`) and the announcement baseline
(:meth:`FeedTables.ensure_baseline`).
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from bot.store.db import Database, from_iso, iso, utcnow

if TYPE_CHECKING:
    import aiosqlite

    from bot.feeds import FetchResult, ParsedFeed


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
    content_hash: str | None = None  # of the bytes last stored (bot.ingest.feed_digest)


_FEED_COLUMNS = """
    f.id, f.source, f.title, f.link, f.image, f.language, f.etag, f.last_modified,
    f.last_fetch_at, f.last_status, f.last_error, f.failures, f.next_check_at, f.last_new_at,
    (SELECT count(*) FROM episodes e WHERE e.feed_id = f.id) AS episode_count, f.created_at,
    f.content_hash
"""


def _feed(row: sqlite3.Row) -> Feed:
    return Feed(
        id=row["id"],
        source=row["source"],
        title=row["title"],
        link=row["link"],
        image=row["image"],
        language=row["language"],
        etag=row["etag"],
        last_modified=row["last_modified"],
        last_fetch_at=from_iso(row["last_fetch_at"]),
        last_status=row["last_status"],
        last_error=row["last_error"],
        failures=row["failures"],
        next_check_at=from_iso(row["next_check_at"]),
        last_new_at=from_iso(row["last_new_at"]),
        episode_count=row["episode_count"],
        created_at=from_iso(row["created_at"]),
        content_hash=row["content_hash"],
    )


class FeedTables(Database):
    """The feeds' rows: reading them, and every write to them."""

    async def feeds(self) -> list[Feed]:
        return [
            _feed(row)
            for row in await self._named(f"SELECT {_FEED_COLUMNS} FROM feeds f ORDER BY f.id")
        ]

    async def feed_by_source(self, source: str) -> Feed | None:
        rows = await self._named(
            f"SELECT {_FEED_COLUMNS} FROM feeds f WHERE f.source = ?", (source,)
        )
        return _feed(rows[0]) if rows else None

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

    async def schedule_check(self, source: str, when: datetime) -> None:
        """Set when a feed (stored as ``source``) is next polled (``feeds.next_check_at``)."""
        async with self.transaction() as conn:
            await conn.execute(
                "UPDATE feeds SET next_check_at = ? WHERE source = ?", (iso(when), source)
            )

    async def ensure_baseline(self, source: str, now: datetime | None = None) -> None:
        """Record a feed's announcement baseline the first time it has episodes."""
        async with self.transaction() as conn:
            await conn.execute(
                """INSERT OR IGNORE INTO announce_feeds (feed_id, baseline_episode_id, created_at)
                   SELECT f.id, max(e.id), ? FROM feeds f JOIN episodes e ON e.feed_id = f.id
                   WHERE f.source = ? GROUP BY f.id""",
                (iso(now or utcnow()), source),
            )


async def _upsert_feed(
    conn: aiosqlite.Connection,
    source: str,
    parsed: ParsedFeed,
    fetched: FetchResult | None,
    now: datetime,
) -> int:
    """Store a fetched feed's own fields (inside the caller's transaction); its id."""
    await conn.execute(
        """INSERT INTO feeds (source, title, link, description, image, language, author, etag,
               last_modified, last_fetch_at, last_status, last_error, failures, created_at,
               content_hash)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'ok', NULL, 0, ?, ?)
           ON CONFLICT(source) DO UPDATE SET
               title = excluded.title, link = excluded.link, description = excluded.description,
               image = excluded.image, language = excluded.language, author = excluded.author,
               etag = excluded.etag, last_modified = excluded.last_modified,
               last_fetch_at = excluded.last_fetch_at, last_status = 'ok', last_error = NULL,
               failures = 0, content_hash = excluded.content_hash""",
        (
            source,
            parsed.title,
            parsed.link,
            parsed.description,
            parsed.image,
            parsed.language,
            parsed.author,
            fetched.etag if fetched else None,
            fetched.last_modified if fetched else None,
            iso(now),
            iso(now),
            fetched.digest if fetched else None,
        ),
    )
    async with conn.execute("SELECT id FROM feeds WHERE source = ?", (source,)) as cur:
        row = await cur.fetchone()
    assert row is not None
    return int(row[0])


async def _mark_new(conn: aiosqlite.Connection, feed_id: int, stamp: str | None) -> None:
    """A feed's ingest stored new episodes (inside the caller's transaction)."""
    await conn.execute("UPDATE feeds SET last_new_at = ? WHERE id = ?", (stamp, feed_id))
