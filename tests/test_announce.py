"""The announcement core (bot/announce.py) on a real SQLite database, without Discord."""

from __future__ import annotations

import email.utils
import logging
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from bot.announce import (
    BACKOFF_CAP,
    CHANNEL_DELETED,
    FAILED,
    MAX_ATTEMPTS,
    NONCE_LENGTH,
    PENDING,
    RETRY_AFTER_CAP,
    SENT,
    SUPPRESSED,
    Announcements,
    Poller,
    backoff_seconds,
    delivery_nonce,
    describe_reason,
    missing_reason,
    next_check_after,
)
from bot.ingest import IngestResult, ingest_source, source_key
from bot.store import Store, migrations, utcnow

GUILD, OTHER_GUILD = 111, 222
CHANNEL, OTHER_CHANNEL = 1001, 2002
ROLE = 3003
T0 = utcnow().replace(microsecond=0)  # items are dated from this, so rewriting a feed keeps dates


@dataclass
class Item:
    guid: str
    title: str
    days_ago: float | None = 0.1  # None: no <pubDate>
    audio: str | None = None
    notes: str = "Show notes."

    def xml(self) -> str:
        date = ""
        if self.days_ago is not None:
            when = T0 - timedelta(days=self.days_ago)
            date = f"<pubDate>{email.utils.format_datetime(when)}</pubDate>"
        audio = self.audio or f"https://cdn.example.org/{self.guid}.mp3"
        return (
            f"<item><title>{self.title}</title><guid>{self.guid}</guid>{date}"
            f'<enclosure url="{audio}" type="audio/mpeg" length="1"/>'
            f"<description>{self.notes}</description></item>"
        )


def rss(items: list[Item], title: str = "Test Cast") -> bytes:
    body = "".join(i.xml() for i in items)
    return (
        '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel>'
        f"<title>{title}</title><link>https://example.org/</link>{body}</channel></rss>"
    ).encode()


OLD = [Item("ep-2", "Second episode", 3), Item("ep-1", "First episode", 10)]
NEW = Item("ep-3", "Third episode")


class Feed:
    """A feed file the test rewrites, and a poller that reads it."""

    def __init__(self, path: Path, announcements: Announcements, items: list[Item]) -> None:
        self.path = path
        self.announcements = announcements
        self.poller = Poller(announcements, [str(path)], interval_seconds=60)
        self.write(items)

    def write(self, items: list[Item]) -> None:
        self.path.write_bytes(rss(items))

    async def poll(self, now: datetime | None = None) -> IngestResult:
        return await self.poller.poll_one(str(self.path), now)


@pytest.fixture
def announcements(store: Store) -> Announcements:
    return Announcements(store, max_age_days=7)


@pytest.fixture
async def feed(tmp_path: Path, announcements: Announcements) -> Feed:
    feed = Feed(tmp_path / "feed.xml", announcements, list(OLD))
    first = await feed.poll()
    assert first.ok and first.added == 2
    return feed


async def episode_id(store: Store, guid: str) -> int:
    async with store.conn.execute("SELECT id FROM episodes WHERE guid = ?", (guid,)) as cur:
        row = await cur.fetchone()
    assert row is not None, guid
    return int(row[0])


# --- pure helpers ----------------------------------------------------------------------


def test_nonce_is_stable_short_and_unique_per_server_and_episode() -> None:
    nonce = delivery_nonce(GUILD, 42)
    assert nonce == delivery_nonce(GUILD, 42)
    assert len(nonce) == NONCE_LENGTH
    others = {delivery_nonce(GUILD, 43), delivery_nonce(OTHER_GUILD, 42)}
    assert nonce not in others and len(others) == 2


def test_backoff_doubles_from_five_minutes_up_to_six_hours() -> None:
    assert [backoff_seconds(n) for n in range(7)] == [0, 300, 600, 1200, 2400, 4800, 9600]
    assert backoff_seconds(8) == BACKOFF_CAP == 6 * 3600
    assert backoff_seconds(10_000) == BACKOFF_CAP  # no overflow however long it fails


def test_next_check_uses_interval_backoff_and_retry_after() -> None:
    now = utcnow()
    ok = IngestResult(source="x")
    failed = IngestResult(source="x", error="HTTP 500")
    assert next_check_after(ok, 0, now, interval=600) == now + timedelta(seconds=600)
    # A failing feed is never polled more often than a healthy one...
    assert next_check_after(failed, 1, now, interval=600) == now + timedelta(seconds=600)
    # ...and backs off beyond the interval as failures pile up.
    assert next_check_after(failed, 3, now, interval=600) == now + timedelta(seconds=1200)
    limited = IngestResult(source="x", error="HTTP 429", retry_after=7200)
    assert next_check_after(limited, 1, now, interval=60) == now + timedelta(seconds=7200)
    absurd = IngestResult(source="x", error="HTTP 503", retry_after=10**9)
    assert next_check_after(absurd, 1, now, interval=60) == now + timedelta(seconds=RETRY_AFTER_CAP)


def test_broken_reasons_read_plainly() -> None:
    assert describe_reason(CHANNEL_DELETED) == "the channel was deleted"
    reason = missing_reason(["send_messages", "embed_links"])
    assert describe_reason(reason) == "missing permissions: send messages,embed links"


# --- what gets announced -----------------------------------------------------------------


async def test_schema_has_the_announcement_tables(store: Store) -> None:
    assert await store.schema_version() == len(migrations())
    async with store.conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE 'announce_%'"
    ) as cur:
        names = {r[0] for r in await cur.fetchall()}
    assert names == {
        "announce_subscriptions",
        "announce_feeds",
        "announce_deliveries",
        "announce_routes",
    }


async def test_first_load_is_never_announced(tmp_path: Path, announcements: Announcements) -> None:
    await announcements.subscribe(GUILD, CHANNEL, ROLE)  # subscribed before the feed loads
    feed = Feed(tmp_path / "feed.xml", announcements, list(OLD))
    first = await feed.poll()
    assert first.ok and first.added == 2 and first.unchanged == 0
    plan = await announcements.plan()
    assert plan.queued == [] and plan.suppressed == []
    assert await announcements.deliveries() == []


async def test_feed_loaded_before_announcements_existed_is_old(
    tmp_path: Path, store: Store, announcements: Announcements
) -> None:
    path = tmp_path / "feed.xml"
    path.write_bytes(rss([NEW, *OLD]))
    await ingest_source(store, str(path))  # e.g. `python -m bot ingest` long ago
    await announcements.subscribe(GUILD, CHANNEL)
    feed = Feed(path, announcements, [NEW, *OLD])
    again = await feed.poll()
    assert (again.added, again.unchanged) == (0, 3)
    assert (await announcements.plan()).queued == []


async def test_new_episode_is_queued_once_with_its_nonce(
    feed: Feed, store: Store, announcements: Announcements
) -> None:
    sub, previous = await announcements.subscribe(GUILD, CHANNEL, ROLE, set_by=9)
    assert previous is None and sub.role_id == ROLE and sub.set_by == 9 and not sub.broken
    assert (await announcements.plan()).queued == []  # nothing old on a fresh subscription

    feed.write([NEW, *OLD])
    result = await feed.poll()
    assert result.added == 1
    plan = await announcements.plan()
    new_id = await episode_id(store, "ep-3")
    assert [(d.guild_id, d.episode_id, d.channel_id, d.role_id) for d in plan.queued] == [
        (GUILD, new_id, CHANNEL, ROLE)
    ]
    assert plan.queued[0].nonce == delivery_nonce(GUILD, new_id)
    assert (await announcements.plan()).queued == []  # decided once, never again
    assert [d.id for d in await announcements.pending()] == [plan.queued[0].id]


async def test_subscription_starts_after_the_newest_episode(
    feed: Feed, announcements: Announcements
) -> None:
    feed.write([NEW, *OLD])
    await feed.poll()  # arrives before the server subscribes
    await announcements.subscribe(GUILD, CHANNEL)
    assert (await announcements.plan()).queued == []
    later = Item("ep-4", "Fourth episode")
    feed.write([later, NEW, *OLD])
    await feed.poll()
    assert len((await announcements.plan()).queued) == 1


async def test_episode_past_the_age_limit_is_suppressed(
    feed: Feed, store: Store, announcements: Announcements
) -> None:
    await announcements.subscribe(GUILD, CHANNEL)
    backfilled = Item("ep-0", "A lost episode from last month", days_ago=30)
    feed.write([*OLD, backfilled])
    await feed.poll()
    plan = await announcements.plan()
    assert plan.queued == []
    assert plan.suppressed == [
        (GUILD, await episode_id(store, "ep-0"), "published more than 7 days ago")
    ]
    [row] = await announcements.deliveries(GUILD)
    assert row.status == SUPPRESSED and row.error == "published more than 7 days ago"


async def test_undated_episode_counts_from_first_seen(
    feed: Feed, announcements: Announcements
) -> None:
    await announcements.subscribe(GUILD, CHANNEL)
    feed.write([Item("ep-u", "Undated episode", days_ago=None), *OLD])
    await feed.poll()
    # Planned a week and a day after it was first seen, it is too old...
    late = await announcements.plan(now=utcnow() + timedelta(days=8))
    assert late.queued == [] and len(late.suppressed) == 1


async def test_undated_episode_first_seen_now_is_announced(
    feed: Feed, announcements: Announcements
) -> None:
    await announcements.subscribe(GUILD, CHANNEL)
    feed.write([Item("ep-u", "Undated episode", days_ago=None), *OLD])
    await feed.poll()
    assert len((await announcements.plan()).queued) == 1


async def test_truncated_feed_is_a_failure_and_announces_nothing(
    feed: Feed, announcements: Announcements
) -> None:
    await announcements.subscribe(GUILD, CHANNEL)
    # A body cut off mid-item: ingest refuses it rather than store half an episode.
    full = rss(OLD).decode()
    cut = full.replace("</channel></rss>", "<item><title>Episode 12: The Gr")
    feed.path.write_text(cut, encoding="utf-8")
    result = await feed.poll()
    assert result.added == 0 and result.error and "cut off" in result.error
    plan = await announcements.plan()
    assert plan.queued == []


async def test_zero_max_age_turns_the_age_limit_off(feed: Feed, store: Store) -> None:
    unlimited = Announcements(store, max_age_days=0)
    await unlimited.subscribe(GUILD, CHANNEL)
    feed.write([*OLD, Item("ep-0", "Old but new to us", days_ago=400)])
    await feed.poll()
    assert len((await unlimited.plan()).queued) == 1


async def test_reided_duplicate_of_an_announced_episode_is_suppressed(
    feed: Feed, store: Store, announcements: Announcements, caplog: pytest.LogCaptureFixture
) -> None:
    await announcements.subscribe(GUILD, CHANNEL)
    feed.write([NEW, *OLD])
    await feed.poll()
    [first] = (await announcements.plan()).queued
    await announcements.mark_sent(first.id, CHANNEL, 555)
    # The host publishes the same episode again under a new GUID and a new date, and keeps
    # the old item too: ingest stores it as a new episode, announcements must not.
    again = Item("ep-3-again", "Third episode", 0, audio="https://cdn.example.org/ep-3.mp3")
    feed.write([again, NEW, *OLD])
    assert (await feed.poll()).added == 1
    with caplog.at_level(logging.INFO, logger="bot.announce"):
        plan = await announcements.plan()
    assert plan.queued == []
    [(guild, episode, reason)] = plan.suppressed
    assert guild == GUILD and episode == await episode_id(store, "ep-3-again")
    assert "already announced" in reason
    assert "suppressed" in caplog.text


async def test_retitled_copy_with_new_enclosure_but_same_title_is_suppressed(
    feed: Feed, announcements: Announcements
) -> None:
    await announcements.subscribe(GUILD, CHANNEL)
    feed.write([NEW, *OLD])
    await feed.poll()
    await announcements.plan()
    copy = Item("ep-3-copy", "THIRD   Episode!", audio="https://other-cdn.example.org/3.mp3")
    feed.write([copy, NEW, *OLD])
    await feed.poll()
    plan = await announcements.plan()
    assert plan.queued == [] and "already announced" in plan.suppressed[0][2]


async def test_same_title_in_another_feed_is_a_different_episode(
    tmp_path: Path, feed: Feed, announcements: Announcements
) -> None:
    await announcements.subscribe(GUILD, CHANNEL)
    feed.write([NEW, *OLD])
    await feed.poll()
    other = Feed(tmp_path / "other.xml", announcements, [Item("o-1", "Old one", 2)])
    await other.poll()
    other.write([Item("o-2", "Third episode", audio="https://o.example/2.mp3")])
    await other.poll()
    plan = await announcements.plan()
    assert len(plan.queued) == 2  # "Third episode" of each show


async def test_new_guid_on_an_old_enclosure_is_suppressed(
    feed: Feed, announcements: Announcements
) -> None:
    await announcements.subscribe(GUILD, CHANNEL)
    # ep-1 was never announced (it came in the first load), but this is it again.
    republished = Item(
        "ep-1-v2", "First episode (remastered)", 0, audio="https://cdn.example.org/ep-1.mp3"
    )
    feed.write([republished, *OLD])
    await feed.poll()
    plan = await announcements.plan()
    assert plan.queued == [] and "older episode" in plan.suppressed[0][2]


async def test_edited_and_redated_items_are_not_new(
    feed: Feed, announcements: Announcements
) -> None:
    await announcements.subscribe(GUILD, CHANNEL)
    edited = [Item("ep-2", "Second episode (updated)", 0.5, notes="Corrected notes."), OLD[1]]
    feed.write(edited)
    result = await feed.poll()
    assert (result.added, result.updated) == (0, 1)
    assert (await announcements.plan()).queued == []


async def test_two_servers_get_one_delivery_each(feed: Feed, announcements: Announcements) -> None:
    await announcements.subscribe(GUILD, CHANNEL)
    await announcements.subscribe(OTHER_GUILD, OTHER_CHANNEL, ROLE)
    feed.write([NEW, *OLD])
    await feed.poll()
    plan = await announcements.plan()
    assert sorted((d.guild_id, d.channel_id) for d in plan.queued) == [
        (GUILD, CHANNEL),
        (OTHER_GUILD, OTHER_CHANNEL),
    ]
    assert len({d.nonce for d in plan.queued}) == 2
    # A process that serves only one of them (its shards) sees only that one's deliveries.
    assert [d.guild_id for d in await announcements.pending([OTHER_GUILD])] == [OTHER_GUILD]


async def test_pending_delivery_survives_a_restart(
    feed: Feed, db_path: Path, announcements: Announcements
) -> None:
    await announcements.subscribe(GUILD, CHANNEL)
    feed.write([NEW, *OLD])
    await feed.poll()
    [queued] = (await announcements.plan()).queued
    # The process dies here, before the message was sent (or before it was marked sent).
    async with await Store.open(db_path) as reopened:
        after = Announcements(reopened)
        [resumed] = await after.pending()
        assert (resumed.id, resumed.nonce) == (queued.id, queued.nonce)
        await after.mark_sent(resumed.id, CHANNEL, 999)
        assert await after.pending() == []
        assert (await after.plan()).queued == []
        [row] = await after.deliveries()
        assert (row.status, row.message_id, row.channel_id) == (SENT, 999, CHANNEL)
        assert await after.sent_count(GUILD) == 1


async def test_pending_past_the_age_limit_is_dropped_not_sent(
    feed: Feed, announcements: Announcements
) -> None:
    await announcements.subscribe(GUILD, CHANNEL)
    feed.write([NEW, *OLD])
    await feed.poll()
    await announcements.plan()
    assert await announcements.pending(now=utcnow() + timedelta(days=30)) == []
    [row] = await announcements.deliveries()
    assert row.status == SUPPRESSED


async def test_broken_subscription_pauses_once_and_resumes_when_set_again(
    feed: Feed, announcements: Announcements, caplog: pytest.LogCaptureFixture
) -> None:
    await announcements.subscribe(GUILD, CHANNEL, ROLE)
    feed.write([NEW, *OLD])
    await feed.poll()
    await announcements.plan()
    with caplog.at_level(logging.WARNING, logger="bot.announce"):
        assert await announcements.mark_broken(GUILD, CHANNEL_DELETED)
        assert not await announcements.mark_broken(GUILD, CHANNEL_DELETED)  # no log storm
    assert len([r for r in caplog.records if "paused" in r.getMessage()]) == 1
    sub = await announcements.subscription(GUILD)
    assert sub is not None and sub.broken and sub.broken_reason == CHANNEL_DELETED
    assert sub.broken_at is not None
    assert await announcements.pending() == []  # nothing is tried while paused

    # Episodes that arrive while paused are queued, and go out once it is fixed.
    later = Item("ep-4", "Fourth episode")
    feed.write([later, NEW, *OLD])
    await feed.poll()
    assert len((await announcements.plan()).queued) == 1
    fixed, before = await announcements.subscribe(GUILD, OTHER_CHANNEL, ROLE)
    assert before is not None and before.broken and not fixed.broken
    assert fixed.since_episode_id == sub.since_episode_id
    assert [d.channel_id for d in await announcements.pending()] == [OTHER_CHANNEL] * 2


async def test_stop_drops_what_was_queued(feed: Feed, announcements: Announcements) -> None:
    await announcements.subscribe(GUILD, CHANNEL)
    feed.write([NEW, *OLD])
    await feed.poll()
    await announcements.plan()
    assert await announcements.unsubscribe(GUILD)
    assert not await announcements.unsubscribe(GUILD)
    assert await announcements.subscription(GUILD) is None
    [row] = await announcements.deliveries()
    assert row.status == SUPPRESSED
    await announcements.subscribe(GUILD, CHANNEL)  # a fresh start: nothing old comes back
    assert await announcements.pending() == []
    assert (await announcements.plan()).queued == []


async def test_failed_sends_are_retried_then_given_up(
    feed: Feed, announcements: Announcements
) -> None:
    await announcements.subscribe(GUILD, CHANNEL)
    feed.write([NEW, Item("ep-4", "Fourth"), *OLD])
    await feed.poll()
    first, second = (await announcements.plan()).queued
    statuses = [
        await announcements.record_failure(first.id, "503", permanent=False)
        for _ in range(MAX_ATTEMPTS)
    ]
    assert statuses == [PENDING] * (MAX_ATTEMPTS - 1) + [FAILED]
    assert await announcements.record_failure(second.id, "400 bad", permanent=True) == FAILED
    assert await announcements.pending() == []
    assert {d.error for d in await announcements.deliveries()} == {"503", "400 bad"}


# --- polling -----------------------------------------------------------------------------


async def test_poll_schedule_backs_off_and_recovers(
    feed: Feed, store: Store, announcements: Announcements
) -> None:
    key = source_key(str(feed.path))
    now = utcnow().replace(microsecond=0)  # the database keeps whole seconds
    assert await feed.poller.due(now) == []  # just polled: next in 60 s
    assert await feed.poller.due(now + timedelta(seconds=61)) == [str(feed.path)]

    await announcements.subscribe(GUILD, CHANNEL)
    feed.path.write_bytes(b"<rss><channel><title>Broken</ti")
    waits = []
    for _ in range(3):
        result = await feed.poll(now)
        assert result.error is not None
        saved = await store.feed_by_source(key)
        assert saved is not None and saved.next_check_at is not None
        waits.append((saved.failures, (saved.next_check_at - now).total_seconds()))
    assert waits == [(1, 300.0), (2, 600.0), (3, 1200.0)]
    assert (await announcements.plan()).queued == []  # an error is "no change"

    feed.write([NEW, *OLD])
    recovered = await feed.poll(now)
    assert recovered.ok and recovered.added == 1
    saved = await store.feed_by_source(key)
    assert saved is not None and saved.failures == 0
    assert saved.next_check_at == now + timedelta(seconds=60)
    assert len((await announcements.plan()).queued) == 1


async def test_emptied_feed_changes_nothing(feed: Feed, announcements: Announcements) -> None:
    await announcements.subscribe(GUILD, CHANNEL)
    feed.write([])
    result = await feed.poll()
    assert result.error == "the feed has no episodes"
    feed.write([NEW, *OLD])  # items back, one of them new
    assert (await feed.poll()).added == 1
    assert len((await announcements.plan()).queued) == 1


async def test_retry_after_is_honoured(tmp_path: Path, announcements: Announcements) -> None:
    async def limited(store: Store, source: str, **_: object) -> IngestResult:
        await store.record_fetch(source_key(source), status="error", error="HTTP 429", failures=1)
        return IngestResult(source=source, error="HTTP 429", retry_after=5000)

    source = str(tmp_path / "limited.xml")
    poller = Poller(announcements, [source], interval_seconds=60, ingest=limited)
    now = utcnow()
    await poller.poll_due(now)
    assert await poller.due(now + timedelta(seconds=4999)) == []
    assert await poller.due(now + timedelta(seconds=5001)) == [source]


async def test_one_broken_feed_does_not_stop_the_others(
    tmp_path: Path, announcements: Announcements
) -> None:
    good = tmp_path / "good.xml"
    good.write_bytes(rss(OLD))
    bad = tmp_path / "bad.xml"

    async def flaky(store: Store, source: str, **options: object) -> IngestResult:
        if source == str(bad):
            raise RuntimeError("a bug in one feed's handling")
        return await ingest_source(store, source, **options)  # type: ignore[arg-type]

    poller = Poller(announcements, [str(bad), str(good)], interval_seconds=60, ingest=flaky)
    results = await poller.poll_due()
    assert [r.source for r in results] == [str(good)]
    assert results[0].ok and results[0].added == 2


async def test_poller_on_an_in_memory_database() -> None:
    async with await Store.open(":memory:") as memory:
        announcements = Announcements(memory)

        async def fixed(store: Store, source: str, **_: object) -> IngestResult:
            assert store is memory  # no second connection to an in-memory database
            return IngestResult(source=source, not_modified=True)

        poller = Poller(announcements, ["https://example.org/rss"], interval_seconds=5)
        poller.ingest = fixed
        [result] = await poller.poll_due()
        assert result.not_modified


async def test_feed_statuses(feed: Feed, tmp_path: Path, announcements: Announcements) -> None:
    never = str(tmp_path / "never.xml")
    statuses = await announcements.feed_statuses([str(feed.path), never])
    assert statuses[0].title == "Test Cast" and statuses[0].last_status == "ok"
    assert statuses[0].last_new is not None and statuses[0].next_check is not None
    assert statuses[0].last_error is None and statuses[0].failures == 0
    assert statuses[1].source == never and statuses[1].last_check is None
