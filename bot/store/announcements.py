"""Announcement subscriptions (one per server) and the delivery outbox.

The rules (what is too old, what counts as already announced, when to give up) are
:mod:`bot.announce`'s; this module reads and writes the rows they decide on.
"""

from __future__ import annotations

import dataclasses
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from bot.store.db import from_iso, iso, utcnow
from bot.store.episodes import EpisodeTables

# Delivery statuses (announce_deliveries.status).
PENDING = "pending"
SENT = "sent"
SUPPRESSED = "suppressed"
FAILED = "failed"


@dataclass(frozen=True, slots=True)
class Subscription:
    """Where a server's announcements go, and whether they are paused."""

    guild_id: int
    channel_id: int
    role_id: int | None
    subscribed_at: datetime
    since_episode_id: int
    set_by: int | None = None
    broken_reason: str | None = None
    broken_at: datetime | None = None
    thread: bool = False  # open a thread on each announcement (text/announcement channels)
    # Routes (issue 13): 0 is the server's default route (/announce set); others come from
    # /announce add and may filter episodes by topic, guest (people.name_key) and podcast.
    route_id: int = 0
    topic: str | None = None
    guest: str | None = None
    feed_id: int | None = None

    @property
    def broken(self) -> bool:
        return self.broken_reason is not None

    @property
    def filtered(self) -> bool:
        return self.topic is not None or self.guest is not None or self.feed_id is not None


@dataclass(frozen=True, slots=True)
class Delivery:
    """One (server, episode) row of the outbox, with where it goes now."""

    id: int
    guild_id: int
    episode_id: int
    status: str
    nonce: str
    attempts: int
    channel_id: int | None = None  # the subscription's channel (pending) or where it went
    role_id: int | None = None
    message_id: int | None = None
    error: str | None = None
    thread: bool = False  # the subscription wants a thread on each announcement
    thread_id: int | None = None
    posting: bool = False  # a forum post was attempted before (it may exist already)
    route_id: int = 0  # 0: the server's default route


@dataclass(frozen=True, slots=True)
class Candidate:
    """A new episode a subscribed server has not been given a decision on yet."""

    id: int
    feed_id: int
    title: str
    guid: str | None
    published: datetime | None
    first_seen: datetime
    audio_url: str | None
    title_norm: str


@dataclass(frozen=True, slots=True)
class PendingDelivery:
    """A pending delivery of an active subscription, with its episode's dates."""

    delivery: Delivery
    published: datetime | None
    first_seen: datetime | None


_SUBSCRIPTION_COLUMNS = (
    "guild_id, channel_id, role_id, subscribed_at, since_episode_id, set_by, broken_reason, "
    "broken_at, thread"
)


def _subscription(row: sqlite3.Row) -> Subscription:
    return Subscription(
        guild_id=row["guild_id"],
        channel_id=row["channel_id"],
        role_id=row["role_id"],
        subscribed_at=from_iso(row["subscribed_at"]) or utcnow(),
        since_episode_id=row["since_episode_id"],
        set_by=row["set_by"],
        broken_reason=row["broken_reason"],
        broken_at=from_iso(row["broken_at"]),
        thread=bool(row["thread"]),
    )


# An added route reads like the default one (its created_at as subscribed_at), plus its id
# and filters.
_ROUTE_COLUMNS = (
    "id, guild_id, channel_id, role_id, created_at AS subscribed_at, since_episode_id, "
    "set_by, broken_reason, broken_at, thread, topic, guest, feed_id"
)


def _route(row: sqlite3.Row) -> Subscription:
    return dataclasses.replace(
        _subscription(row),
        route_id=row["id"],
        topic=row["topic"],
        guest=row["guest"],
        feed_id=row["feed_id"],
    )


# A delivery's route: the default one (route_id 0, announce_subscriptions) or an added one.
_ROUTE_JOIN = (
    "LEFT JOIN announce_subscriptions s ON d.route_id = 0 AND s.guild_id = d.guild_id "
    "LEFT JOIN announce_routes r ON d.route_id != 0 AND r.id = d.route_id "
    "AND r.guild_id = d.guild_id"
)
_ROUTE_ACTIVE = (
    "((d.route_id = 0 AND s.guild_id IS NOT NULL AND s.broken_reason IS NULL) "
    "OR (d.route_id != 0 AND r.id IS NOT NULL AND r.broken_reason IS NULL))"
)


def _either(column: str) -> str:
    return f"CASE WHEN d.route_id = 0 THEN s.{column} ELSE r.{column} END AS {column}"


class AnnouncementTables(EpisodeTables):
    """Subscriptions and the outbox. Every write is its own transaction unless it says
    it joins the caller's (:meth:`queue_delivery`)."""

    # --- subscriptions --------------------------------------------------------------

    async def subscribe(
        self,
        guild_id: int,
        channel_id: int,
        role_id: int | None,
        *,
        set_by: int | None,
        now: datetime,
        thread: bool = False,
    ) -> None:
        """Create or move a server's subscription (a new one starts after the newest
        episode); lift a pause; give waiting deliveries their attempts again."""
        async with self.transaction() as conn:
            await conn.execute(
                f"""INSERT INTO announce_subscriptions ({_SUBSCRIPTION_COLUMNS})
                    VALUES (?, ?, ?, ?, (SELECT coalesce(max(id), 0) FROM episodes), ?, NULL,
                            NULL, ?)
                    ON CONFLICT(guild_id) DO UPDATE SET
                        channel_id = excluded.channel_id, role_id = excluded.role_id,
                        set_by = excluded.set_by, broken_reason = NULL, broken_at = NULL,
                        thread = excluded.thread""",
                (guild_id, channel_id, role_id, iso(now), set_by, int(thread)),
            )
            await conn.execute(
                "UPDATE announce_deliveries SET attempts = 0 "
                "WHERE guild_id = ? AND route_id = 0 AND status = ?",
                (guild_id, PENDING),
            )

    async def unsubscribe(self, guild_id: int, reason: str) -> bool:
        """Remove a server's subscription and suppress what it had queued; ``False`` if
        it had none."""
        async with self.transaction() as conn:
            async with conn.execute(
                "DELETE FROM announce_subscriptions WHERE guild_id = ?", (guild_id,)
            ) as cur:
                removed = cur.rowcount > 0
            # Stopping stops every route of the server, the added ones too.
            async with conn.execute(
                "DELETE FROM announce_routes WHERE guild_id = ?", (guild_id,)
            ) as cur:
                removed = cur.rowcount > 0 or removed
            await conn.execute(
                "UPDATE announce_deliveries SET status = ?, error = ? "
                "WHERE guild_id = ? AND status = ?",
                (SUPPRESSED, reason, guild_id, PENDING),
            )
        return removed

    async def unsubscribe_default(self, guild_id: int, reason: str) -> bool:
        """Remove only the server's default route and suppress what it had queued."""
        async with self.transaction() as conn:
            async with conn.execute(
                "DELETE FROM announce_subscriptions WHERE guild_id = ?", (guild_id,)
            ) as cur:
                removed = cur.rowcount > 0
            await conn.execute(
                "UPDATE announce_deliveries SET status = ?, error = ? "
                "WHERE guild_id = ? AND route_id = 0 AND status = ?",
                (SUPPRESSED, reason, guild_id, PENDING),
            )
        return removed

    async def subscription(self, guild_id: int) -> Subscription | None:
        rows = await self._named(
            f"SELECT {_SUBSCRIPTION_COLUMNS} FROM announce_subscriptions WHERE guild_id = ?",
            (guild_id,),
        )
        return _subscription(rows[0]) if rows else None

    async def subscriptions(self) -> list[Subscription]:
        rows = await self._named(
            f"SELECT {_SUBSCRIPTION_COLUMNS} FROM announce_subscriptions ORDER BY guild_id"
        )
        return [_subscription(row) for row in rows]

    async def pause_subscription(
        self, guild_id: int, reason: str, now: datetime, route_id: int = 0
    ) -> bool:
        """Mark a route broken (0: the default one); ``True`` only when this paused it."""
        if route_id:
            sql = (
                "UPDATE announce_routes SET broken_reason = ?, broken_at = ? "
                "WHERE guild_id = ? AND id = ? AND broken_reason IS NULL"
            )
            args: tuple[Any, ...] = (reason, iso(now), guild_id, route_id)
        else:
            sql = (
                "UPDATE announce_subscriptions SET broken_reason = ?, broken_at = ? "
                "WHERE guild_id = ? AND broken_reason IS NULL"
            )
            args = (reason, iso(now), guild_id)
        async with self.transaction() as conn, conn.execute(sql, args) as cur:
            return cur.rowcount > 0

    # --- routes besides the default one --------------------------------------------------

    async def routes(self, guild_id: int | None = None) -> list[Subscription]:
        """The added routes (of one server), oldest first."""
        sql = f"SELECT {_ROUTE_COLUMNS} FROM announce_routes"
        args: tuple[Any, ...] = ()
        if guild_id is not None:
            sql += " WHERE guild_id = ?"
            args = (guild_id,)
        return [_route(row) for row in await self._named(sql + " ORDER BY id", args)]

    async def add_route(
        self,
        guild_id: int,
        channel_id: int,
        role_id: int | None,
        *,
        thread: bool,
        topic: str | None,
        guest: str | None,
        feed_id: int | None,
        set_by: int | None,
        now: datetime,
        limit: int,
    ) -> int | None:
        """Add a route that starts after the newest episode (the same channel and filters
        again: update and resume that one); ``None`` when the server has ``limit`` routes
        already (its default route counted)."""
        async with self.transaction() as conn:
            # The same channel and filters again: that route is updated (role, thread) and
            # resumed, like /announce set does for the default route.
            async with conn.execute(
                "SELECT id FROM announce_routes WHERE guild_id = ? AND channel_id = ? "
                "AND topic IS ? AND guest IS ? AND feed_id IS ?",
                (guild_id, channel_id, topic, guest, feed_id),
            ) as cur:
                same = await cur.fetchone()
            if same is not None:
                route_id = int(same[0])
                await conn.execute(
                    "UPDATE announce_routes SET role_id = ?, thread = ?, set_by = ?, "
                    "broken_reason = NULL, broken_at = NULL WHERE id = ?",
                    (role_id, int(thread), set_by, route_id),
                )
                await conn.execute(
                    "UPDATE announce_deliveries SET attempts = 0 "
                    "WHERE guild_id = ? AND route_id = ? AND status = ?",
                    (guild_id, route_id, PENDING),
                )
                return route_id
            async with conn.execute(
                "SELECT (SELECT count(*) FROM announce_routes WHERE guild_id = ?) + "
                "(SELECT count(*) FROM announce_subscriptions WHERE guild_id = ?)",
                (guild_id, guild_id),
            ) as cur:
                row = await cur.fetchone()
            if row and int(row[0]) >= limit:
                return None
            async with conn.execute(
                """INSERT INTO announce_routes (guild_id, channel_id, role_id, thread, topic,
                       guest, feed_id, created_at, since_episode_id, set_by)
                   VALUES (?, ?, ?, ?, ?, ?, ?, ?, (SELECT coalesce(max(id), 0) FROM episodes),
                           ?)""",
                (
                    guild_id,
                    channel_id,
                    role_id,
                    int(thread),
                    topic,
                    guest,
                    feed_id,
                    iso(now),
                    set_by,
                ),
            ) as cur:
                return int(cur.lastrowid or 0)

    async def remove_route(self, guild_id: int, route_id: int, reason: str) -> bool:
        """Remove an added route and suppress what it had queued; ``False`` if not found."""
        async with self.transaction() as conn:
            async with conn.execute(
                "DELETE FROM announce_routes WHERE guild_id = ? AND id = ?", (guild_id, route_id)
            ) as cur:
                removed = cur.rowcount > 0
            await conn.execute(
                "UPDATE announce_deliveries SET status = ?, error = ? "
                "WHERE guild_id = ? AND route_id = ? AND status = ?",
                (SUPPRESSED, reason, guild_id, route_id, PENDING),
            )
        return removed

    async def route_count(self, guild_id: int) -> int:
        """The server's routes, its default one counted."""
        async with self.conn.execute(
            "SELECT (SELECT count(*) FROM announce_routes WHERE guild_id = ?) + "
            "(SELECT count(*) FROM announce_subscriptions WHERE guild_id = ?)",
            (guild_id, guild_id),
        ) as cur:
            row = await cur.fetchone()
        return int(row[0]) if row else 0

    async def route_sent_counts(self, guild_id: int) -> dict[int, int]:
        """Announcements sent per route of the server."""
        async with self.conn.execute(
            "SELECT route_id, count(*) FROM announce_deliveries "
            "WHERE guild_id = ? AND status = ? GROUP BY route_id",
            (guild_id, SENT),
        ) as cur:
            return {int(r[0]): int(r[1]) for r in await cur.fetchall()}

    async def sent_count(self, guild_id: int) -> int:
        async with self.conn.execute(
            "SELECT count(*) FROM announce_deliveries WHERE guild_id = ? AND status = ?",
            (guild_id, SENT),
        ) as cur:
            row = await cur.fetchone()
        return int(row[0]) if row else 0

    # --- deciding (inside the caller's transaction) ------------------------------------

    async def announcement_candidates(self, sub: Subscription) -> list[Candidate]:
        """Episodes above the feed's baseline and the route's start that match its
        filters, not yet decided for the route."""
        rows = await self._named(
            """SELECT e.id, e.feed_id, e.title, e.guid, e.published, e.first_seen_at,
                      e.audio_url, e.title_norm
               FROM episodes e JOIN announce_feeds a ON a.feed_id = e.feed_id
               WHERE e.id > a.baseline_episode_id AND e.id > ?
                 AND NOT EXISTS (SELECT 1 FROM announce_deliveries d
                                 WHERE d.guild_id = ? AND d.route_id = ? AND d.episode_id = e.id)
                 AND (? IS NULL OR e.feed_id = ?)
                 AND (? IS NULL OR EXISTS (SELECT 1 FROM episode_topics t
                                           WHERE t.episode_id = e.id AND t.topic = ?))
                 AND (? IS NULL OR EXISTS (SELECT 1 FROM episode_people p
                                           JOIN people q ON q.id = p.person_id
                                           WHERE p.episode_id = e.id AND q.name_key = ?))
               ORDER BY e.sort_ts, e.id""",
            (
                sub.since_episode_id,
                sub.guild_id,
                sub.route_id,
                sub.feed_id,
                sub.feed_id,
                sub.topic,
                sub.topic,
                sub.guest,
                sub.guest,
            ),
        )
        return [
            Candidate(
                id=r["id"],
                feed_id=r["feed_id"],
                title=r["title"],
                guid=r["guid"] or None,
                published=from_iso(r["published"]),
                first_seen=from_iso(r["first_seen_at"]) or utcnow(),
                audio_url=r["audio_url"] or None,
                title_norm=r["title_norm"] or "",
            )
            for r in rows
        ]

    async def announced_like(
        self, guild_id: int, episode: Candidate, route_id: int = 0
    ) -> int | None:
        """Another episode queued or sent to this route with the same enclosure, or the
        same title in the same feed (as it was when announced, or as it is now)."""
        async with self.conn.execute(
            """SELECT d.episode_id FROM announce_deliveries d
               LEFT JOIN episodes x ON x.id = d.episode_id
               WHERE d.guild_id = ? AND d.route_id = ? AND d.status IN (?, ?)
                 AND d.episode_id != ?
                 AND ((? IS NOT NULL AND (d.audio_url = ? OR x.audio_url = ?))
                      OR (? != '' AND d.feed_id = ? AND (d.title_norm = ? OR x.title_norm = ?)))
               LIMIT 1""",
            (
                guild_id,
                route_id,
                PENDING,
                SENT,
                episode.id,
                episode.audio_url,
                episode.audio_url,
                episode.audio_url,
                episode.title_norm,
                episode.feed_id,
                episode.title_norm,
                episode.title_norm,
            ),
        ) as cur:
            row = await cur.fetchone()
        return int(row[0]) if row else None

    async def older_with_audio(self, audio_url: str, episode_id: int) -> int | None:
        """An older episode with this enclosure, if any."""
        async with self.conn.execute(
            "SELECT id FROM episodes WHERE audio_url = ? AND id < ? LIMIT 1",
            (audio_url, episode_id),
        ) as cur:
            row = await cur.fetchone()
        return int(row[0]) if row else None

    async def queue_delivery(
        self,
        guild_id: int,
        episode: Candidate,
        nonce: str,
        reason: str | None,
        now: datetime,
        *,
        route_id: int = 0,
    ) -> int:
        """Record the decision for (server, route, episode): pending, or suppressed.

        Joins the caller's :meth:`transaction` (the whole planning pass is one).
        """
        self._in_transaction()
        async with self.conn.execute(
            """INSERT INTO announce_deliveries (guild_id, episode_id, feed_id, status, nonce,
                   audio_url, title_norm, created_at, error, route_id)
               VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
            (
                guild_id,
                episode.id,
                episode.feed_id,
                SUPPRESSED if reason else PENDING,
                nonce,
                episode.audio_url,
                episode.title_norm,
                iso(now),
                reason,
                route_id,
            ),
        ) as cur:
            return int(cur.lastrowid or 0)

    # --- the outbox -------------------------------------------------------------------

    async def pending_announcements(self) -> list[PendingDelivery]:
        """Pending deliveries of active routes, oldest first, where they go now."""
        rows = await self._named(
            f"""SELECT d.id, d.guild_id, d.route_id, d.episode_id, d.nonce, d.attempts,
                       {_either("channel_id")}, {_either("role_id")}, {_either("thread")},
                       e.published, e.first_seen_at, d.posting_at
                FROM announce_deliveries d {_ROUTE_JOIN}
                JOIN episodes e ON e.id = d.episode_id
                WHERE d.status = ? AND {_ROUTE_ACTIVE}
                ORDER BY d.id""",
            (PENDING,),
        )
        return [
            PendingDelivery(
                Delivery(
                    id=r["id"],
                    guild_id=r["guild_id"],
                    episode_id=r["episode_id"],
                    status=PENDING,
                    nonce=r["nonce"],
                    attempts=r["attempts"],
                    channel_id=r["channel_id"],
                    role_id=r["role_id"],
                    thread=bool(r["thread"]),
                    posting=r["posting_at"] is not None,
                    route_id=r["route_id"],
                ),
                published=from_iso(r["published"]),
                first_seen=from_iso(r["first_seen_at"]),
            )
            for r in rows
        ]

    async def mark_sent(
        self,
        delivery_id: int,
        channel_id: int,
        message_id: int,
        now: datetime,
        *,
        thread_wanted: bool = False,
        thread_id: int | None = None,
    ) -> None:
        """The message went out; ``thread_wanted`` leaves a thread to open on it (a forum
        post is its own thread: ``thread_id``)."""
        async with self.transaction() as conn:
            await conn.execute(
                "UPDATE announce_deliveries SET status = ?, channel_id = ?, message_id = ?, "
                "sent_at = ?, attempts = attempts + 1, error = NULL, thread_wanted = ?, "
                "thread_id = ? WHERE id = ?",
                (
                    SENT,
                    channel_id,
                    message_id,
                    iso(now),
                    int(thread_wanted or thread_id is not None),
                    thread_id,
                    delivery_id,
                ),
            )

    async def mark_posting(self, delivery_id: int, now: datetime) -> None:
        """A forum post is about to be attempted: after a crash, look for it first."""
        async with self.transaction() as conn:
            await conn.execute(
                "UPDATE announce_deliveries SET posting_at = ? WHERE id = ? AND posting_at IS NULL",
                (iso(now), delivery_id),
            )

    async def threads_to_open(self) -> list[Delivery]:
        """Sent announcements whose thread is still to be opened (a crash or an error came
        between the post and the thread), oldest first."""
        rows = await self._named(
            "SELECT d.id, d.guild_id, d.route_id, d.episode_id, d.status, d.nonce, d.attempts, "
            f"d.channel_id, d.message_id FROM announce_deliveries d {_ROUTE_JOIN} "
            "WHERE d.status = ? AND d.thread_wanted = 1 AND d.thread_id IS NULL "
            f"AND {_ROUTE_ACTIVE} ORDER BY d.id",
            (SENT,),
        )
        return [
            Delivery(
                id=r["id"],
                guild_id=r["guild_id"],
                episode_id=r["episode_id"],
                status=r["status"],
                nonce=r["nonce"],
                attempts=r["attempts"],
                channel_id=r["channel_id"],
                message_id=r["message_id"],
                thread=True,
                route_id=r["route_id"],
            )
            for r in rows
        ]

    async def record_thread(self, delivery_id: int, thread_id: int | None) -> None:
        """The announcement's thread is open (``None``: given up, none will be opened)."""
        async with self.transaction() as conn:
            if thread_id is None:
                await conn.execute(
                    "UPDATE announce_deliveries SET thread_wanted = 0 WHERE id = ?",
                    (delivery_id,),
                )
            else:
                await conn.execute(
                    "UPDATE announce_deliveries SET thread_id = ? WHERE id = ?",
                    (thread_id, delivery_id),
                )

    async def suppress_delivery(self, delivery_id: int, reason: str) -> None:
        """A pending delivery will not be sent, for ``reason``."""
        async with self.transaction() as conn:
            await conn.execute(
                "UPDATE announce_deliveries SET status = ?, error = ? WHERE id = ? AND status = ?",
                (SUPPRESSED, reason, delivery_id, PENDING),
            )

    async def count_failure(
        self, delivery_id: int, error: str, *, give_up: bool, limit: int
    ) -> str:
        """Count a failed send; after ``limit`` attempts (or ``give_up``) it is failed.

        Returns the delivery's status afterwards.
        """
        async with self.transaction() as conn:
            await conn.execute(
                "UPDATE announce_deliveries SET attempts = attempts + 1, error = ?, "
                "status = CASE WHEN ? OR attempts + 1 >= ? THEN ? ELSE status END "
                "WHERE id = ? AND status = ?",
                (error, give_up, limit, FAILED, delivery_id, PENDING),
            )
            async with conn.execute(
                "SELECT status FROM announce_deliveries WHERE id = ?", (delivery_id,)
            ) as cur:
                row = await cur.fetchone()
        return row[0] if row else FAILED

    async def deliveries(self, guild_id: int | None = None) -> list[Delivery]:
        """Every outbox row (of one server), oldest first."""
        sql = (
            "SELECT id, guild_id, episode_id, status, nonce, attempts, channel_id, message_id, "
            "error, thread_id, route_id FROM announce_deliveries"
        )
        args: tuple[Any, ...] = ()
        if guild_id is not None:
            sql += " WHERE guild_id = ?"
            args = (guild_id,)
        return [
            Delivery(
                id=r["id"],
                guild_id=r["guild_id"],
                episode_id=r["episode_id"],
                status=r["status"],
                nonce=r["nonce"],
                attempts=r["attempts"],
                channel_id=r["channel_id"],
                message_id=r["message_id"],
                error=r["error"],
                thread_id=r["thread_id"],
                route_id=r["route_id"],
            )
            for r in await self._named(sql + " ORDER BY id", args)
        ]
