"""New-episode announcements, without Discord: subscriptions, the outbox, the poll schedule.

The cog (:mod:`bot.cogs.announce`) only sends what this module decides. The guarantees:

* Nothing old. A feed's episodes when announcements first see it (its first load) are
  below its *baseline*; a server's subscription starts after the newest episode stored when
  it subscribed. Only episodes above both count, and never one published (or, undated,
  first seen) more than ``max_age_days`` ago. Decisions come from the database, not from
  one ingest's result, so an episode stored just before a crash is still announced.
* Once per (server, episode). The decision is a row of ``announce_deliveries`` (unique
  per server and episode) written as ``pending`` *before* anything is sent, and marked
  ``sent`` with the Discord message id afterwards. A pending row left by a crash is sent
  again with the same nonce (derived from server and episode), so Discord drops the
  duplicate if the first attempt got through.
* Nothing half-read: an item with neither GUID, enclosure nor date (what a feed cut off
  mid-item parses to) is suppressed.
* No re-announcement of a re-published item: one whose enclosure URL or normalised title
  matches an episode already announced to that server (the title within the same feed),
  or whose enclosure belongs to an older stored episode, is recorded as ``suppressed``.
* A failing feed backs off (``BACKOFF_BASE`` x 2^(n-1), at most ``BACKOFF_CAP``; a
  Retry-After is honoured) without holding up the other feeds.
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import logging
from collections.abc import AsyncIterator, Awaitable, Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

import aiosqlite

from bot.ingest import IngestResult, ingest_source, source_key
from bot.parse_pool import ParsePool
from bot.store import Store, from_iso, iso, utcnow
from bot.text import redact_url, redacted_traceback, short_error

log = logging.getLogger(__name__)

BACKOFF_BASE = 300.0  # seconds: 5 minutes after the first failure...
BACKOFF_CAP = 6 * 3600.0  # ...doubling up to 6 hours
RETRY_AFTER_CAP = 24 * 3600.0  # a Retry-After longer than a day is a misconfigured server
FEED_DEADLINE = 180.0  # seconds one feed's poll may take in all (fetch has its own timeouts)
POLL_CONCURRENCY = 4
MAX_ATTEMPTS = 5  # sends of one delivery before it is given up as failed
NONCE_LENGTH = 25  # Discord's limit for a message nonce

PENDING, SENT, SUPPRESSED, FAILED = "pending", "sent", "suppressed", "failed"

# Why a subscription is paused (``broken_reason``); the cog shows them in the reader's language.
CHANNEL_DELETED = "channel_deleted"
NO_ACCESS = "no_access"
MISSING_PERMISSIONS = "missing_permissions"
MISSING_PREFIX = "missing:"  # followed by permission names, e.g. "missing:send_messages"

IngestFn = Callable[..., Awaitable[IngestResult]]


def delivery_nonce(guild_id: int, episode_id: int) -> str:
    """The Discord nonce of an announcement: the same for every attempt, unique per pair."""
    digest = hashlib.sha256(f"announce:{guild_id}:{episode_id}".encode()).hexdigest()
    return digest[:NONCE_LENGTH]


def missing_reason(permissions: Iterable[str]) -> str:
    """The ``broken_reason`` for permissions the bot lacks (names as in discord.py)."""
    return MISSING_PREFIX + ",".join(permissions)


def describe_reason(reason: str) -> str:
    """A broken reason in plain English, for the log."""
    if reason.startswith(MISSING_PREFIX):
        return "missing permissions: " + reason[len(MISSING_PREFIX) :].replace("_", " ")
    return {
        CHANNEL_DELETED: "the channel was deleted",
        NO_ACCESS: "no access to the channel",
        MISSING_PERMISSIONS: "missing permissions in the channel",
    }.get(reason, reason)


def backoff_seconds(failures: int, base: float = BACKOFF_BASE, cap: float = BACKOFF_CAP) -> float:
    """The wait after ``failures`` consecutive failures: base x 2^(failures-1), at most cap."""
    if failures <= 0:
        return 0.0
    return min(base * 2 ** min(failures - 1, 32), cap)  # the exponent bound avoids overflow


def next_check_after(
    result: IngestResult,
    failures: int,
    now: datetime,
    *,
    interval: float,
    base: float = BACKOFF_BASE,
    cap: float = BACKOFF_CAP,
) -> datetime:
    """When to poll a feed again after ``result``.

    A healthy feed waits the poll interval; a failing one the longer of that and its
    backoff, or the host's Retry-After when that is longer still.
    """
    delay = float(interval)
    if result.error is not None:
        delay = max(delay, backoff_seconds(failures, base, cap))
        if result.retry_after:
            delay = max(delay, min(result.retry_after, RETRY_AFTER_CAP))
    return now + timedelta(seconds=delay)


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

    @property
    def broken(self) -> bool:
        return self.broken_reason is not None


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


@dataclass(slots=True)
class Plan:
    """What one planning pass decided: deliveries queued, and (guild, episode, why) skipped."""

    queued: list[Delivery] = field(default_factory=list)
    suppressed: list[tuple[int, int, str]] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class FeedStatus:
    """What ``/announce status`` shows for one feed."""

    source: str
    title: str
    last_check: datetime | None
    last_status: str | None
    last_error: str | None
    failures: int
    last_new: datetime | None
    next_check: datetime | None


@dataclass(frozen=True, slots=True)
class _Candidate:
    id: int
    feed_id: int
    title: str
    guid: str | None
    published: datetime | None
    first_seen: datetime
    audio_url: str | None
    title_norm: str


_SUBSCRIPTION_COLUMNS = (
    "guild_id, channel_id, role_id, subscribed_at, since_episode_id, set_by, broken_reason, "
    "broken_at"
)


def _subscription(row: Sequence[Any]) -> Subscription:
    return Subscription(
        guild_id=row[0],
        channel_id=row[1],
        role_id=row[2],
        subscribed_at=from_iso(row[3]) or utcnow(),
        since_episode_id=row[4],
        set_by=row[5],
        broken_reason=row[6],
        broken_at=from_iso(row[7]),
    )


class Announcements:
    """Subscriptions and the delivery outbox, in the bot's database.

    Every write is its own transaction, under the store's write lock (the connection is
    shared with the rest of the bot).
    """

    def __init__(self, store: Store, *, max_age_days: int = 7) -> None:
        self.store = store
        # 0 turns the age limit off; the subscription and feed baselines still apply.
        self.max_age = timedelta(days=max_age_days) if max_age_days > 0 else None

    @contextlib.asynccontextmanager
    async def _write(self) -> AsyncIterator[aiosqlite.Connection]:
        async with await self.store.transaction() as conn:
            yield conn

    # --- subscriptions --------------------------------------------------------------

    async def subscribe(
        self,
        guild_id: int,
        channel_id: int,
        role_id: int | None = None,
        *,
        set_by: int | None = None,
        now: datetime | None = None,
    ) -> tuple[Subscription, Subscription | None]:
        """Announce in ``channel_id`` from now on; returns (the subscription, the one before).

        A new subscription starts after the newest episode stored now. Setting it again
        moves it and lifts a pause, but keeps its start, so episodes that arrived while it
        was paused are still announced (when recent enough).
        """
        previous = await self.subscription(guild_id)
        async with self._write() as conn:
            await conn.execute(
                f"""INSERT INTO announce_subscriptions ({_SUBSCRIPTION_COLUMNS})
                    VALUES (?, ?, ?, ?, (SELECT coalesce(max(id), 0) FROM episodes), ?, NULL,
                            NULL)
                    ON CONFLICT(guild_id) DO UPDATE SET
                        channel_id = excluded.channel_id, role_id = excluded.role_id,
                        set_by = excluded.set_by, broken_reason = NULL, broken_at = NULL""",
                (guild_id, channel_id, role_id, iso(now or utcnow()), set_by),
            )
            # Deliveries that waited for the fix get their full number of attempts again.
            await conn.execute(
                "UPDATE announce_deliveries SET attempts = 0 WHERE guild_id = ? AND status = ?",
                (guild_id, PENDING),
            )
        current = await self.subscription(guild_id)
        assert current is not None
        return current, previous

    async def unsubscribe(self, guild_id: int) -> bool:
        """Stop announcing in this server; ``False`` if it had no subscription."""
        async with self._write() as conn:
            async with conn.execute(
                "DELETE FROM announce_subscriptions WHERE guild_id = ?", (guild_id,)
            ) as cur:
                removed = cur.rowcount > 0
            # What was queued must not go out if the server subscribes again later.
            await conn.execute(
                "UPDATE announce_deliveries SET status = ?, error = 'announcements stopped' "
                "WHERE guild_id = ? AND status = ?",
                (SUPPRESSED, guild_id, PENDING),
            )
        return removed

    async def subscription(self, guild_id: int) -> Subscription | None:
        async with self.store.conn.execute(
            f"SELECT {_SUBSCRIPTION_COLUMNS} FROM announce_subscriptions WHERE guild_id = ?",
            (guild_id,),
        ) as cur:
            row = await cur.fetchone()
        return _subscription(row) if row else None

    async def subscriptions(self) -> list[Subscription]:
        async with self.store.conn.execute(
            f"SELECT {_SUBSCRIPTION_COLUMNS} FROM announce_subscriptions ORDER BY guild_id"
        ) as cur:
            return [_subscription(row) for row in await cur.fetchall()]

    async def mark_broken(self, guild_id: int, reason: str, now: datetime | None = None) -> bool:
        """Pause a server's announcements until an admin sets them again.

        Returns ``True`` (and logs one line) only when this pauses them: the callers can
        report the same failure many times without flooding the log.
        """
        async with (
            self._write() as conn,
            conn.execute(
                "UPDATE announce_subscriptions SET broken_reason = ?, broken_at = ? "
                "WHERE guild_id = ? AND broken_reason IS NULL",
                (reason, iso(now or utcnow()), guild_id),
            ) as cur,
        ):
            changed = cur.rowcount > 0
        if changed:
            log.warning(
                "announcements for guild %s paused: %s (until /announce set is run again)",
                guild_id,
                describe_reason(reason),
            )
        return changed

    async def sent_count(self, guild_id: int) -> int:
        async with self.store.conn.execute(
            "SELECT count(*) FROM announce_deliveries WHERE guild_id = ? AND status = ?",
            (guild_id, SENT),
        ) as cur:
            row = await cur.fetchone()
        return int(row[0]) if row else 0

    # --- feeds ----------------------------------------------------------------------

    async def ensure_baseline(self, source: str, now: datetime | None = None) -> None:
        """Record a feed's baseline the first time it has episodes: those are all old."""
        async with self._write() as conn:
            await conn.execute(
                """INSERT OR IGNORE INTO announce_feeds (feed_id, baseline_episode_id, created_at)
                   SELECT f.id, max(e.id), ? FROM feeds f JOIN episodes e ON e.feed_id = f.id
                   WHERE f.source = ? GROUP BY f.id""",
                (iso(now or utcnow()), source_key(source)),
            )

    async def schedule_check(self, source: str, when: datetime) -> None:
        """Set when a feed is next polled (``feeds.next_check_at``)."""
        async with self._write() as conn:
            await conn.execute(
                "UPDATE feeds SET next_check_at = ? WHERE source = ?",
                (iso(when), source_key(source)),
            )

    async def feed_statuses(self, sources: Iterable[str]) -> list[FeedStatus]:
        """The state of each feed, in the order given (feeds never fetched included)."""
        statuses = []
        for source in sources:
            feed = await self.store.feed_by_source(source_key(source))
            if feed is None:
                statuses.append(FeedStatus(source, "", None, None, None, 0, None, None))
                continue
            statuses.append(
                FeedStatus(
                    source=source,
                    title=feed.title,
                    last_check=feed.last_fetch_at,
                    last_status=feed.last_status,
                    last_error=feed.last_error,
                    failures=feed.failures,
                    last_new=feed.last_new_at,
                    next_check=feed.next_check_at,
                )
            )
        return statuses

    # --- deciding ---------------------------------------------------------------------

    def too_old(self, published: datetime | None, first_seen: datetime, now: datetime) -> bool:
        """Whether an episode is past the age limit (an undated one counts from first seen)."""
        if self.max_age is None:
            return False
        return (published or first_seen) < now - self.max_age

    async def plan(self, now: datetime | None = None) -> Plan:
        """Queue, as pending, every new episode each subscribed server has not been given.

        Runs in one transaction; an episode already decided for a server (queued, sent,
        suppressed or failed) is never decided again.
        """
        now = now or utcnow()
        plan = Plan()
        async with self._write() as conn:
            for sub in await self.subscriptions():
                for episode in await self._candidates(conn, sub):
                    reason = await self._skip_reason(conn, sub.guild_id, episode, now)
                    delivery_id = await self._insert(conn, sub.guild_id, episode, reason, now)
                    if reason:
                        plan.suppressed.append((sub.guild_id, episode.id, reason))
                        log.info(
                            "not announcing episode %s (%r) to guild %s: suppressed, %s",
                            episode.id,
                            episode.title,
                            sub.guild_id,
                            reason,
                        )
                        continue
                    plan.queued.append(
                        Delivery(
                            id=delivery_id,
                            guild_id=sub.guild_id,
                            episode_id=episode.id,
                            status=PENDING,
                            nonce=delivery_nonce(sub.guild_id, episode.id),
                            attempts=0,
                            channel_id=sub.channel_id,
                            role_id=sub.role_id,
                        )
                    )
        if plan.queued:
            log.info("queued %d announcement(s)", len(plan.queued))
        return plan

    async def _candidates(self, conn: aiosqlite.Connection, sub: Subscription) -> list[_Candidate]:
        """Episodes above the feed's baseline and the subscription's start, not yet decided."""
        async with conn.execute(
            """SELECT e.id, e.feed_id, e.title, e.guid, e.published, e.first_seen_at,
                      e.audio_url, e.title_norm
               FROM episodes e JOIN announce_feeds a ON a.feed_id = e.feed_id
               WHERE e.id > a.baseline_episode_id AND e.id > ?
                 AND NOT EXISTS (SELECT 1 FROM announce_deliveries d
                                 WHERE d.guild_id = ? AND d.episode_id = e.id)
               ORDER BY e.sort_ts, e.id""",
            (sub.since_episode_id, sub.guild_id),
        ) as cur:
            rows = await cur.fetchall()
        return [
            _Candidate(
                id=r[0],
                feed_id=r[1],
                title=r[2],
                guid=r[3] or None,
                published=from_iso(r[4]),
                first_seen=from_iso(r[5]) or utcnow(),
                audio_url=r[6] or None,
                title_norm=r[7] or "",
            )
            for r in rows
        ]

    async def _skip_reason(
        self, conn: aiosqlite.Connection, guild_id: int, episode: _Candidate, now: datetime
    ) -> str | None:
        """Why this episode must not be announced to this server, or ``None``."""
        if self.too_old(episode.published, episode.first_seen, now):
            days = self.max_age.days if self.max_age else 0
            return f"published more than {days} days ago"
        if not (episode.guid or episode.audio_url or episode.published):
            # What a feed cut off mid-item parses to (the parser recovers what it can):
            # real episodes have at least one of these.
            return "incomplete item (no GUID, enclosure or date), e.g. from a truncated feed"
        # Compared with the episode as it was when announced and as it is now (an item
        # updated in place since may have taken the other's enclosure or title).
        async with conn.execute(
            """SELECT d.episode_id FROM announce_deliveries d
               LEFT JOIN episodes x ON x.id = d.episode_id
               WHERE d.guild_id = ? AND d.status IN (?, ?) AND d.episode_id != ?
                 AND ((? IS NOT NULL AND (d.audio_url = ? OR x.audio_url = ?))
                      OR (? != '' AND d.feed_id = ? AND (d.title_norm = ? OR x.title_norm = ?)))
               LIMIT 1""",
            (
                guild_id,
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
        if row:
            return f"same enclosure or title as episode {row[0]}, already announced"
        if episode.audio_url:
            # A new GUID on an old enclosure is a re-published episode, announced or not.
            async with conn.execute(
                "SELECT id FROM episodes WHERE audio_url = ? AND id < ? LIMIT 1",
                (episode.audio_url, episode.id),
            ) as cur:
                row = await cur.fetchone()
            if row:
                return f"same enclosure as the older episode {row[0]}"
        return None

    async def _insert(
        self,
        conn: aiosqlite.Connection,
        guild_id: int,
        episode: _Candidate,
        reason: str | None,
        now: datetime,
    ) -> int:
        async with conn.execute(
            """INSERT INTO announce_deliveries (guild_id, episode_id, feed_id, status, nonce,
                   audio_url, title_norm, created_at, error)
               VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""",
            (
                guild_id,
                episode.id,
                episode.feed_id,
                SUPPRESSED if reason else PENDING,
                delivery_nonce(guild_id, episode.id),
                episode.audio_url,
                episode.title_norm,
                iso(now),
                reason,
            ),
        ) as cur:
            return int(cur.lastrowid or 0)

    # --- the outbox -------------------------------------------------------------------

    async def pending(
        self, guild_ids: Iterable[int] | None = None, now: datetime | None = None
    ) -> list[Delivery]:
        """Pending deliveries of active subscriptions, oldest first, where they go now.

        ``guild_ids`` limits them to the servers this process can see (its shards). One
        that waited so long (paused, or the bot was down) that its episode is now past the
        age limit is suppressed instead: a late flood is worse than a missed post.
        """
        now = now or utcnow()
        async with self.store.conn.execute(
            """SELECT d.id, d.guild_id, d.episode_id, d.nonce, d.attempts, s.channel_id,
                      s.role_id, e.published, e.first_seen_at
               FROM announce_deliveries d
               JOIN announce_subscriptions s ON s.guild_id = d.guild_id
               JOIN episodes e ON e.id = d.episode_id
               WHERE d.status = ? AND s.broken_reason IS NULL
               ORDER BY d.id""",
            (PENDING,),
        ) as cur:
            rows = await cur.fetchall()
        wanted = None if guild_ids is None else set(guild_ids)
        result = []
        for r in rows:
            if wanted is not None and r[1] not in wanted:
                continue
            if self.too_old(from_iso(r[7]), from_iso(r[8]) or now, now):
                await self.suppress(r[0], "past the age limit before it could be sent")
                continue
            result.append(
                Delivery(
                    id=r[0],
                    guild_id=r[1],
                    episode_id=r[2],
                    status=PENDING,
                    nonce=r[3],
                    attempts=r[4],
                    channel_id=r[5],
                    role_id=r[6],
                )
            )
        return result

    async def mark_sent(
        self, delivery_id: int, channel_id: int, message_id: int, now: datetime | None = None
    ) -> None:
        async with self._write() as conn:
            await conn.execute(
                "UPDATE announce_deliveries SET status = ?, channel_id = ?, message_id = ?, "
                "sent_at = ?, attempts = attempts + 1, error = NULL WHERE id = ?",
                (SENT, channel_id, message_id, iso(now or utcnow()), delivery_id),
            )

    async def suppress(self, delivery_id: int, reason: str) -> None:
        async with self._write() as conn:
            await conn.execute(
                "UPDATE announce_deliveries SET status = ?, error = ? WHERE id = ? AND status = ?",
                (SUPPRESSED, reason, delivery_id, PENDING),
            )
        log.info("announcement %s suppressed: %s", delivery_id, reason)

    async def record_failure(self, delivery_id: int, error: str, *, permanent: bool) -> str:
        """Count a failed send; after ``MAX_ATTEMPTS`` (or a permanent error) give it up.

        Returns the delivery's status afterwards (``pending`` or ``failed``).
        """
        async with self._write() as conn:
            await conn.execute(
                "UPDATE announce_deliveries SET attempts = attempts + 1, error = ?, "
                "status = CASE WHEN ? OR attempts + 1 >= ? THEN ? ELSE status END "
                "WHERE id = ? AND status = ?",
                (error, permanent, MAX_ATTEMPTS, FAILED, delivery_id, PENDING),
            )
            async with conn.execute(
                "SELECT status FROM announce_deliveries WHERE id = ?", (delivery_id,)
            ) as cur:
                row = await cur.fetchone()
        status = row[0] if row else FAILED
        if status == FAILED:
            log.error("announcement %s given up: %s", delivery_id, error)
        else:
            log.warning("announcement %s not sent yet (will retry): %s", delivery_id, error)
        return status

    async def deliveries(self, guild_id: int | None = None) -> list[Delivery]:
        """Every outbox row (of one server), oldest first: for tests and diagnostics."""
        sql = (
            "SELECT id, guild_id, episode_id, status, nonce, attempts, channel_id, message_id, "
            "error FROM announce_deliveries"
        )
        args: tuple[Any, ...] = ()
        if guild_id is not None:
            sql += " WHERE guild_id = ?"
            args = (guild_id,)
        async with self.store.conn.execute(sql + " ORDER BY id", args) as cur:
            rows = await cur.fetchall()
        return [
            Delivery(
                id=r[0],
                guild_id=r[1],
                episode_id=r[2],
                status=r[3],
                nonce=r[4],
                attempts=r[5],
                channel_id=r[6],
                message_id=r[7],
                error=r[8],
            )
            for r in rows
        ]


class Poller:
    """Polls the configured feeds that are due, each on its own schedule.

    Feeds are fetched concurrently, each on its own database connection (an ingest is a
    transaction, and transactions must not interleave on one connection), so a slow or
    failing feed never holds up the others.
    """

    def __init__(
        self,
        announcements: Announcements,
        sources: Sequence[str],
        *,
        interval_seconds: float,
        backoff_base: float = BACKOFF_BASE,
        backoff_cap: float = BACKOFF_CAP,
        concurrency: int = POLL_CONCURRENCY,
        deadline: float = FEED_DEADLINE,
        ingest: IngestFn = ingest_source,
        pool: ParsePool | None = None,
    ) -> None:
        self.announcements = announcements
        self.store = announcements.store
        self.sources = list(dict.fromkeys(sources))
        self.interval = interval_seconds
        self.backoff_base = backoff_base
        self.backoff_cap = backoff_cap
        self.concurrency = max(1, concurrency)
        self.deadline = deadline
        self.ingest = ingest
        self.pool = pool  # large feeds are prepared in its worker processes

    async def due(self, now: datetime | None = None) -> list[str]:
        """The sources whose next check has come (never fetched: at once)."""
        now = now or utcnow()
        found = []
        for source in self.sources:
            feed = await self.store.feed_by_source(source_key(source))
            if feed is None or feed.next_check_at is None or feed.next_check_at <= now:
                found.append(source)
        return found

    async def poll_due(self, now: datetime | None = None) -> list[IngestResult]:
        """Poll every due feed; one feed's failure (even a bug) never stops the others."""
        now = now or utcnow()
        sources = await self.due(now)
        gate = asyncio.Semaphore(self.concurrency)

        async def one(source: str) -> IngestResult:
            async with gate:
                return await self.poll_one(source, now)

        outcomes = await asyncio.gather(*(one(s) for s in sources), return_exceptions=True)
        results = []
        for source, outcome in zip(sources, outcomes, strict=True):
            if isinstance(outcome, BaseException):
                # The source is redacted; a bug's exception text may hold it too.
                log.error(
                    "polling %s failed: %s\n%s",
                    redact_url(source),
                    short_error(f"{type(outcome).__name__}: {outcome}"),
                    redacted_traceback(outcome),
                )
                continue
            results.append(outcome)
        return results

    async def poll_one(self, source: str, now: datetime | None = None) -> IngestResult:
        """Fetch and store one feed, then schedule its next check (with backoff on errors)."""
        now = now or utcnow()
        key = source_key(source)
        # Covers a feed whose first load a crash kept from being baselined.
        await self.announcements.ensure_baseline(key, now)
        result = await self._ingest(source)
        if result.error is None:
            await self.announcements.ensure_baseline(key, now)  # a first load is all old
        feed = await self.store.feed_by_source(key)
        failures = feed.failures if feed else 0
        when = next_check_after(
            result,
            failures,
            now,
            interval=self.interval,
            base=self.backoff_base,
            cap=self.backoff_cap,
        )
        await self.announcements.schedule_check(key, when)
        if result.error:
            log.warning(
                "feed %s failed (%d in a row): %s; next check %s",
                redact_url(source),
                failures,
                result.error,
                iso(when),
            )
        elif result.added or result.updated:
            log.info(
                "feed %s: %d new, %d updated", redact_url(source), result.added, result.updated
            )
        return result

    async def _ingest(self, source: str) -> IngestResult:
        if self.store.path == ":memory:":
            # No second connection to an in-memory database: share it (ingest's writes
            # take the store's lock).
            return await self.ingest(self.store, source, pool=self.pool)
        store = await Store.open(self.store.path, migrate=False)
        try:
            return await asyncio.wait_for(self.ingest(store, source, pool=self.pool), self.deadline)
        except TimeoutError:
            return await self._record_timeout(store, source)
        finally:
            await store.close()

    async def _record_timeout(self, store: Store, source: str) -> IngestResult:
        """An ingest cut off by the deadline counts as a failure, like any other."""
        key = source_key(source)
        error = f"gave up after {self.deadline:g} s"
        previous = await store.feed_by_source(key)
        await store.record_fetch(
            key, status="error", error=error, failures=(previous.failures if previous else 0) + 1
        )
        return IngestResult(source=source, error=error)
