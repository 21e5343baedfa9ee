"""New-episode announcements, without Discord: subscriptions, the outbox, the poll schedule.

The cog (:mod:`bot.discord.announce.cog`) only sends what this module decides. The guarantees:

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
import hashlib
import logging
from collections.abc import Awaitable, Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from bot.ingest import IngestResult, ingest_source, source_key
from bot.moments.fetch import MomentFetcher
from bot.parse_pool import ParsePool
from bot.store import (  # the statuses and rows are re-exported for the cog and tests
    FAILED,
    PENDING,
    SENT,
    SUPPRESSED,
    Candidate,
    Delivery,
    Store,
    Subscription,
    iso,
    utcnow,
)
from bot.text import fold, redact_url, redacted_traceback, short_error

__all__ = [
    "FAILED",
    "PENDING",
    "SENT",
    "SUPPRESSED",
    "Announcements",
    "Delivery",
    "Poller",
    "Subscription",
]

log = logging.getLogger(__name__)

BACKOFF_BASE = 300.0  # seconds: 5 minutes after the first failure...
BACKOFF_CAP = 6 * 3600.0  # ...doubling up to 6 hours
RETRY_AFTER_CAP = 24 * 3600.0  # a Retry-After longer than a day is a misconfigured server
FEED_DEADLINE = 180.0  # seconds one feed's poll may take in all (fetch has its own timeouts)
POLL_CONCURRENCY = 4
MAX_ATTEMPTS = 5  # sends of one delivery before it is given up as failed
NONCE_LENGTH = 25  # Discord's limit for a message nonce

# Why a subscription is paused (``broken_reason``); the cog shows them in the reader's language.
CHANNEL_DELETED = "channel_deleted"
NO_ACCESS = "no_access"
MISSING_PERMISSIONS = "missing_permissions"
MISSING_PREFIX = "missing:"  # followed by permission names, e.g. "missing:send_messages"

IngestFn = Callable[..., Awaitable[IngestResult]]


ROUTE_LIMIT = 25  # routes per server, its default one counted (one select menu's worth)


def delivery_nonce(guild_id: int, episode_id: int, route_id: int = 0) -> str:
    """The Discord nonce of an announcement: the same for every attempt, unique per
    (server, route, episode). The default route (0) keeps the nonce it had before routes
    existed, so an upgrade mid-send never posts twice."""
    key = f"announce:{guild_id}:{episode_id}"
    if route_id:
        key += f":route:{route_id}"
    return hashlib.sha256(key.encode()).hexdigest()[:NONCE_LENGTH]


THREAD_NAME_CHARS = 100  # Discord's limit for a thread's (and a forum post's) name
MAX_FORUM_TAGS = 5  # Discord applies at most five tags to a post


def thread_name(title: str) -> str:
    """An episode's thread or forum-post name: its title on one line, within Discord's
    limit (never empty: Discord refuses an empty name)."""
    name = " ".join(title.split())
    if len(name) > THREAD_NAME_CHARS:
        name = name[: THREAD_NAME_CHARS - 1].rstrip() + "…"
    return name or "Episode"


def matching_tags(tags: Iterable[tuple[int, str]], topics: Iterable[str]) -> list[int]:
    """The ids of the forum tags (id, name) whose name is one of the episode's topics,
    compared case- and accent-insensitively, in the forum's order, at most five."""
    wanted = {fold(topic).strip() for topic in topics}
    found = [tag_id for tag_id, name in tags if fold(name).strip() in wanted]
    return found[:MAX_FORUM_TAGS]


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


class Announcements:
    """Subscriptions and the delivery outbox, in the bot's database.

    The rules live here; the rows in the store (:mod:`bot.store.announcements`).
    """

    def __init__(self, store: Store, *, max_age_days: int = 7) -> None:
        self.store = store
        # 0 turns the age limit off; the subscription and feed baselines still apply.
        self.max_age = timedelta(days=max_age_days) if max_age_days > 0 else None

    # --- subscriptions --------------------------------------------------------------

    async def subscribe(
        self,
        guild_id: int,
        channel_id: int,
        role_id: int | None = None,
        *,
        set_by: int | None = None,
        now: datetime | None = None,
        thread: bool = False,
    ) -> tuple[Subscription, Subscription | None]:
        """Announce in ``channel_id`` from now on; returns (the subscription, the one before).

        A new subscription starts after the newest episode stored now. Setting it again
        moves it and lifts a pause, but keeps its start, so episodes that arrived while it
        was paused are still announced (when recent enough). Deliveries that waited for
        the fix get their full number of attempts again.
        """
        previous = await self.subscription(guild_id)
        await self.store.subscribe(
            guild_id, channel_id, role_id, set_by=set_by, now=now or utcnow(), thread=thread
        )
        current = await self.subscription(guild_id)
        assert current is not None
        return current, previous

    async def unsubscribe(self, guild_id: int) -> bool:
        """Stop announcing in this server; ``False`` if it had no subscription."""
        # What was queued must not go out if the server subscribes again later.
        return await self.store.unsubscribe(guild_id, "announcements stopped")

    async def subscription(self, guild_id: int) -> Subscription | None:
        return await self.store.subscription(guild_id)

    async def subscriptions(self) -> list[Subscription]:
        return await self.store.subscriptions()

    async def mark_broken(
        self, guild_id: int, reason: str, now: datetime | None = None, *, route_id: int = 0
    ) -> bool:
        """Pause a server's route (0: its default one) until an admin sets it again.

        Returns ``True`` (and logs one line) only when this pauses it: the callers can
        report the same failure many times without flooding the log.
        """
        changed = await self.store.pause_subscription(
            guild_id, reason, now or utcnow(), route_id=route_id
        )
        if changed and route_id:
            log.warning(
                "announcements for guild %s, route %s, paused: %s (until /announce add is "
                "run again for it)",
                guild_id,
                route_id,
                describe_reason(reason),
            )
        elif changed:
            log.warning(
                "announcements for guild %s paused: %s (until /announce set is run again)",
                guild_id,
                describe_reason(reason),
            )
        return changed

    # --- routes -----------------------------------------------------------------------

    async def routes(self, guild_id: int | None = None) -> list[Subscription]:
        """The routes added with /announce add (of one server), oldest first."""
        return await self.store.routes(guild_id)

    async def all_routes(self, guild_id: int) -> list[Subscription]:
        """A server's routes: its default one first (if set), then the added ones."""
        default = await self.subscription(guild_id)
        return ([default] if default else []) + await self.routes(guild_id)

    async def add_route(
        self,
        guild_id: int,
        channel_id: int,
        role_id: int | None = None,
        *,
        thread: bool = False,
        topic: str | None = None,
        guest: str | None = None,
        feed_id: int | None = None,
        set_by: int | None = None,
        now: datetime | None = None,
    ) -> Subscription | None:
        """Add a route that starts now; ``None`` when the server has ``ROUTE_LIMIT``."""
        route_id = await self.store.add_route(
            guild_id,
            channel_id,
            role_id,
            thread=thread,
            topic=topic,
            guest=guest,
            feed_id=feed_id,
            set_by=set_by,
            now=now or utcnow(),
            limit=ROUTE_LIMIT,
        )
        if route_id is None:
            return None
        return next(r for r in await self.routes(guild_id) if r.route_id == route_id)

    async def remove_route(self, guild_id: int, route_id: int) -> bool:
        """Remove a route (0: the default one, as /announce stop did for it alone)."""
        if route_id == 0:
            return await self.store.unsubscribe_default(guild_id, "route removed")
        return await self.store.remove_route(guild_id, route_id, "route removed")

    async def sent_count(self, guild_id: int) -> int:
        return await self.store.sent_count(guild_id)

    # --- feeds ----------------------------------------------------------------------

    async def ensure_baseline(self, source: str, now: datetime | None = None) -> None:
        """Record a feed's baseline the first time it has episodes: those are all old."""
        await self.store.ensure_baseline(source_key(source), now)

    async def schedule_check(self, source: str, when: datetime) -> None:
        """Set when a feed is next polled (``feeds.next_check_at``)."""
        await self.store.schedule_check(source_key(source), when)

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
        async with self.store.transaction():
            for sub in await self.subscriptions() + await self.routes():
                for episode in await self.store.announcement_candidates(sub):
                    reason = await self._skip_reason(sub.guild_id, episode, now, sub.route_id)
                    nonce = delivery_nonce(sub.guild_id, episode.id, sub.route_id)
                    delivery_id = await self.store.queue_delivery(
                        sub.guild_id, episode, nonce, reason, now, route_id=sub.route_id
                    )
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
                            nonce=nonce,
                            attempts=0,
                            channel_id=sub.channel_id,
                            role_id=sub.role_id,
                            thread=sub.thread,
                            route_id=sub.route_id,
                        )
                    )
        if plan.queued:
            log.info("queued %d announcement(s)", len(plan.queued))
        return plan

    async def _skip_reason(
        self, guild_id: int, episode: Candidate, now: datetime, route_id: int = 0
    ) -> str | None:
        """Why this episode must not be announced to this server's route, or ``None``."""
        if self.too_old(episode.published, episode.first_seen, now):
            days = self.max_age.days if self.max_age else 0
            return f"published more than {days} days ago"
        if not (episode.guid or episode.audio_url or episode.published):
            # What a feed cut off mid-item parses to (the parser recovers what it can):
            # real episodes have at least one of these.
            return "incomplete item (no GUID, enclosure or date), e.g. from a truncated feed"
        # Compared with the episode as it was when announced and as it is now (an item
        # updated in place since may have taken the other's enclosure or title).
        other = await self.store.announced_like(guild_id, episode, route_id)
        if other is not None:
            return f"same enclosure or title as episode {other}, already announced"
        if episode.audio_url:
            # A new GUID on an old enclosure is a re-published episode, announced or not.
            older = await self.store.older_with_audio(episode.audio_url, episode.id)
            if older is not None:
                return f"same enclosure as the older episode {older}"
        return None

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
        wanted = None if guild_ids is None else set(guild_ids)
        result = []
        for row in await self.store.pending_announcements():
            delivery = row.delivery
            if wanted is not None and delivery.guild_id not in wanted:
                continue
            if self.too_old(row.published, row.first_seen or now, now):
                await self.suppress(delivery.id, "past the age limit before it could be sent")
                continue
            result.append(delivery)
        return result

    async def mark_sent(
        self,
        delivery_id: int,
        channel_id: int,
        message_id: int,
        now: datetime | None = None,
        *,
        thread_wanted: bool = False,
        thread_id: int | None = None,
    ) -> None:
        """The announcement went out. ``thread_wanted`` records, with the message, that a
        thread is still to be opened on it, so a crash in between never loses the thread
        nor (the message being marked sent) makes a second post."""
        await self.store.mark_sent(
            delivery_id,
            channel_id,
            message_id,
            now or utcnow(),
            thread_wanted=thread_wanted,
            thread_id=thread_id,
        )

    async def mark_posting(self, delivery_id: int, now: datetime | None = None) -> None:
        """Record that a forum post is being attempted (forum posts take no nonce)."""
        await self.store.mark_posting(delivery_id, now or utcnow())

    async def threads_to_open(self, guild_ids: Iterable[int] | None = None) -> list[Delivery]:
        """Sent announcements still waiting for their thread (of these servers)."""
        wanted = None if guild_ids is None else set(guild_ids)
        return [
            d for d in await self.store.threads_to_open() if wanted is None or d.guild_id in wanted
        ]

    async def record_thread(self, delivery_id: int, thread_id: int | None) -> None:
        """The thread of an announcement is open (``None``: none will be)."""
        await self.store.record_thread(delivery_id, thread_id)

    async def suppress(self, delivery_id: int, reason: str) -> None:
        await self.store.suppress_delivery(delivery_id, reason)
        log.info("announcement %s suppressed: %s", delivery_id, reason)

    async def record_failure(self, delivery_id: int, error: str, *, permanent: bool) -> str:
        """Count a failed send; after ``MAX_ATTEMPTS`` (or a permanent error) give it up.

        Returns the delivery's status afterwards (``pending`` or ``failed``).
        """
        status = await self.store.count_failure(
            delivery_id, error, give_up=permanent, limit=MAX_ATTEMPTS
        )
        if status == FAILED:
            log.error("announcement %s given up: %s", delivery_id, error)
        else:
            log.warning("announcement %s not sent yet (will retry): %s", delivery_id, error)
        return status

    async def deliveries(self, guild_id: int | None = None) -> list[Delivery]:
        """Every outbox row (of one server), oldest first: for tests and diagnostics."""
        return await self.store.deliveries(guild_id)


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
        moments: MomentFetcher | None = None,
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
        # Chapters and transcripts, fetched in the background after a poll that changed
        # something (and after the first, for what an earlier run left due).
        self.moments = moments
        self._moments_kicked = False

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
        changed = any(r.added or r.updated for r in results)
        if self.moments and (changed or not self._moments_kicked):
            self._moments_kicked = True
            self.moments.kick()
        return results

    async def close(self) -> None:
        """Cancel the background fetch of chapters and transcripts, if one is running."""
        if self.moments:
            await self.moments.close()

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
