"""Members' follows (guest, topic, podcast), their pauses and the DM outbox.

The rules (what is new, what is too old, the rate, what a closed DM means) are
:mod:`bot.follows`'s; this module reads and writes the rows they decide on.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import datetime

from bot.store.announcements import FAILED, PENDING, SENT, SUPPRESSED
from bot.store.db import from_iso, iso, utcnow
from bot.store.episodes import EpisodeTables

FOLLOW_KINDS = ("guest", "topic", "podcast")


@dataclass(frozen=True, slots=True)
class Follow:
    """One thing a member follows."""

    user_id: int
    kind: str  # guest (value: people.name_key), topic (a topic name), podcast (a feed id)
    value: str
    created_at: datetime
    since_episode_id: int


@dataclass(frozen=True, slots=True)
class FollowPause:
    """Why a member's follows are paused (their DMs are closed)."""

    user_id: int
    reason: str
    paused_at: datetime


@dataclass(frozen=True, slots=True)
class FollowCandidate:
    """A new episode that matches at least one of a member's follows, not yet decided."""

    user_id: int
    episode_id: int
    published: datetime | None
    first_seen: datetime
    guid: str | None
    audio_url: str | None


@dataclass(frozen=True, slots=True)
class FollowDelivery:
    """One (member, episode) row of the DM outbox."""

    id: int
    user_id: int
    episode_id: int
    status: str
    nonce: str
    attempts: int
    message_id: int | None = None
    error: str | None = None
    published: datetime | None = None
    first_seen: datetime | None = None
    lang: str = "en"  # the member's language (of their latest follow)


def _follow(r: sqlite3.Row) -> Follow:
    return Follow(
        user_id=r["user_id"],
        kind=r["kind"],
        value=r["value"],
        created_at=from_iso(r["created_at"]) or utcnow(),
        since_episode_id=r["since_episode_id"],
    )


class FollowTables(EpisodeTables):
    """Follows, pauses and the DM outbox. Every write is its own transaction unless it says
    it joins the caller's (:meth:`queue_follow_delivery`)."""

    # --- follows ----------------------------------------------------------------------

    async def add_follow(
        self, user_id: int, kind: str, value: str, now: datetime, *, limit: int, lang: str = "en"
    ) -> bool | None:
        """Follow ``kind``/``value`` from the newest stored episode on, and lift a pause.

        ``True``: added; ``False``: followed already (kept, with its start); ``None``: the
        member has ``limit`` follows already."""
        async with self.transaction() as conn:
            await conn.execute("DELETE FROM follow_pauses WHERE user_id = ?", (user_id,))
            # The DMs are written in the language of the member's latest /follow.
            await conn.execute("UPDATE follows SET lang = ? WHERE user_id = ?", (lang, user_id))
            async with conn.execute(
                "SELECT 1 FROM follows WHERE user_id = ? AND kind = ? AND value = ?",
                (user_id, kind, value),
            ) as cur:
                if await cur.fetchone():
                    return False
            async with conn.execute(
                "SELECT count(*) FROM follows WHERE user_id = ?", (user_id,)
            ) as cur:
                row = await cur.fetchone()
            if row and int(row[0]) >= limit:
                return None
            await conn.execute(
                "INSERT INTO follows (user_id, kind, value, created_at, since_episode_id, lang) "
                "VALUES (?, ?, ?, ?, (SELECT coalesce(max(id), 0) FROM episodes), ?)",
                (user_id, kind, value, iso(now), lang),
            )
        return True

    async def remove_follow(self, user_id: int, kind: str, value: str) -> bool:
        async with (
            self.transaction() as conn,
            conn.execute(
                "DELETE FROM follows WHERE user_id = ? AND kind = ? AND value = ?",
                (user_id, kind, value),
            ) as cur,
        ):
            return cur.rowcount > 0

    async def clear_follows(self, user_id: int) -> int:
        """Delete everything kept about a member: follows, pause, DM outbox rows.

        Returns the number of follows deleted."""
        async with self.transaction() as conn:
            async with conn.execute("DELETE FROM follows WHERE user_id = ?", (user_id,)) as cur:
                removed = cur.rowcount
            await conn.execute("DELETE FROM follow_pauses WHERE user_id = ?", (user_id,))
            await conn.execute("DELETE FROM follow_deliveries WHERE user_id = ?", (user_id,))
        return removed

    async def follows_of(self, user_id: int) -> list[Follow]:
        rows = await self._named(
            "SELECT user_id, kind, value, created_at, since_episode_id FROM follows "
            "WHERE user_id = ? ORDER BY created_at, kind, value",
            (user_id,),
        )
        return [_follow(r) for r in rows]

    async def follow_pause(self, user_id: int) -> FollowPause | None:
        rows = await self._named(
            "SELECT user_id, reason, paused_at FROM follow_pauses WHERE user_id = ?", (user_id,)
        )
        if not rows:
            return None
        r = rows[0]
        return FollowPause(r["user_id"], r["reason"], from_iso(r["paused_at"]) or utcnow())

    async def resume_follows(self, user_id: int) -> bool:
        async with (
            self.transaction() as conn,
            conn.execute("DELETE FROM follow_pauses WHERE user_id = ?", (user_id,)) as cur,
        ):
            return cur.rowcount > 0

    async def pause_follows(self, user_id: int, reason: str, now: datetime) -> bool:
        """Pause a member's follows and drop what was queued for them (it would fail the
        same way); ``True`` only when this paused them."""
        async with self.transaction() as conn:
            async with conn.execute(
                "INSERT OR IGNORE INTO follow_pauses (user_id, reason, paused_at) VALUES (?, ?, ?)",
                (user_id, reason, iso(now)),
            ) as cur:
                changed = cur.rowcount > 0
            await conn.execute(
                "UPDATE follow_deliveries SET status = ?, error = ? "
                "WHERE user_id = ? AND status = ?",
                (SUPPRESSED, reason, user_id, PENDING),
            )
        return changed

    # --- deciding (inside the caller's transaction) --------------------------------------

    async def follow_candidates(self) -> list[FollowCandidate]:
        """(member, episode) pairs not yet decided: episodes above their feed's baseline and
        a matching follow's start, of members not paused; one row per pair however many
        follows match."""
        rows = await self._named(
            """SELECT f.user_id, e.id AS episode_id, min(e.published) AS published,
                      min(e.first_seen_at) AS first_seen_at, min(e.guid) AS guid,
                      min(e.audio_url) AS audio_url
               FROM follows f
               JOIN episodes e ON e.id > f.since_episode_id
               JOIN announce_feeds a ON a.feed_id = e.feed_id AND e.id > a.baseline_episode_id
               WHERE NOT EXISTS (SELECT 1 FROM follow_pauses p WHERE p.user_id = f.user_id)
                 AND NOT EXISTS (SELECT 1 FROM follow_deliveries d
                                 WHERE d.user_id = f.user_id AND d.episode_id = e.id)
                 AND ((f.kind = 'podcast' AND CAST(e.feed_id AS TEXT) = f.value)
                      OR (f.kind = 'topic' AND EXISTS (
                          SELECT 1 FROM episode_topics t
                          WHERE t.episode_id = e.id AND t.topic = f.value))
                      OR (f.kind = 'guest' AND EXISTS (
                          SELECT 1 FROM episode_people p JOIN people q ON q.id = p.person_id
                          WHERE p.episode_id = e.id AND q.name_key = f.value)))
               GROUP BY f.user_id, e.id
               ORDER BY e.id, f.user_id"""
        )
        return [
            FollowCandidate(
                user_id=r["user_id"],
                episode_id=r["episode_id"],
                published=from_iso(r["published"]),
                first_seen=from_iso(r["first_seen_at"]) or utcnow(),
                guid=r["guid"] or None,
                audio_url=r["audio_url"] or None,
            )
            for r in rows
        ]

    async def queue_follow_delivery(
        self, user_id: int, episode_id: int, nonce: str, reason: str | None, now: datetime
    ) -> int:
        """Record the decision for (member, episode): pending, or suppressed. Joins the
        caller's :meth:`transaction`; a pair decided already is left as it is."""
        self._in_transaction()
        async with self.conn.execute(
            "INSERT OR IGNORE INTO follow_deliveries (user_id, episode_id, status, nonce, "
            "created_at, error) VALUES (?, ?, ?, ?, ?, ?)",
            (user_id, episode_id, SUPPRESSED if reason else PENDING, nonce, iso(now), reason),
        ) as cur:
            return int(cur.lastrowid or 0)

    # --- the DM outbox --------------------------------------------------------------------

    async def pending_follow_deliveries(self) -> list[FollowDelivery]:
        """Pending DMs of members not paused, oldest first."""
        rows = await self._named(
            """SELECT d.id, d.user_id, d.episode_id, d.status, d.nonce, d.attempts,
                      e.published, e.first_seen_at,
                      (SELECT f.lang FROM follows f WHERE f.user_id = d.user_id LIMIT 1) AS lang
               FROM follow_deliveries d JOIN episodes e ON e.id = d.episode_id
               WHERE d.status = ?
                 AND NOT EXISTS (SELECT 1 FROM follow_pauses p WHERE p.user_id = d.user_id)
               ORDER BY d.id""",
            (PENDING,),
        )
        return [
            FollowDelivery(
                id=r["id"],
                user_id=r["user_id"],
                episode_id=r["episode_id"],
                status=r["status"],
                nonce=r["nonce"],
                attempts=r["attempts"],
                published=from_iso(r["published"]),
                first_seen=from_iso(r["first_seen_at"]),
                lang=r["lang"] or "en",
            )
            for r in rows
        ]

    async def mark_follow_sent(
        self, delivery_id: int, channel_id: int, message_id: int, now: datetime
    ) -> None:
        async with self.transaction() as conn:
            await conn.execute(
                "UPDATE follow_deliveries SET status = ?, channel_id = ?, message_id = ?, "
                "sent_at = ?, attempts = attempts + 1, error = NULL WHERE id = ?",
                (SENT, channel_id, message_id, iso(now), delivery_id),
            )

    async def settle_follow_delivery(self, delivery_id: int, status: str, error: str) -> None:
        """A pending DM will not be sent (suppressed or failed), for ``error``."""
        async with self.transaction() as conn:
            await conn.execute(
                "UPDATE follow_deliveries SET status = ?, error = ? WHERE id = ? AND status = ?",
                (status, error, delivery_id, PENDING),
            )

    async def count_follow_failure(self, delivery_id: int, error: str, *, limit: int) -> str:
        """Count a failed DM; after ``limit`` attempts it is failed. Returns the status."""
        async with self.transaction() as conn:
            await conn.execute(
                "UPDATE follow_deliveries SET attempts = attempts + 1, error = ?, "
                "status = CASE WHEN attempts + 1 >= ? THEN ? ELSE status END "
                "WHERE id = ? AND status = ?",
                (error, limit, FAILED, delivery_id, PENDING),
            )
            async with conn.execute(
                "SELECT status FROM follow_deliveries WHERE id = ?", (delivery_id,)
            ) as cur:
                row = await cur.fetchone()
        return row[0] if row else FAILED

    async def follow_deliveries(self, user_id: int | None = None) -> list[FollowDelivery]:
        """Every DM outbox row (of one member), oldest first: for tests and diagnostics."""
        sql = (
            "SELECT id, user_id, episode_id, status, nonce, attempts, message_id, error "
            "FROM follow_deliveries"
        )
        args: tuple[int, ...] = ()
        if user_id is not None:
            sql += " WHERE user_id = ?"
            args = (user_id,)
        return [
            FollowDelivery(
                id=r["id"],
                user_id=r["user_id"],
                episode_id=r["episode_id"],
                status=r["status"],
                nonce=r["nonce"],
                attempts=r["attempts"],
                message_id=r["message_id"],
                error=r["error"],
            )
            for r in await self._named(sql + " ORDER BY id", args)
        ]
