"""The store and ingestion: bundled episodes, idempotency, updates, atomicity, HTTP."""

from __future__ import annotations

import asyncio
import shutil
import sqlite3
from pathlib import Path

import aiosqlite
import pytest
from aiohttp import web

from bot import ingest as ingest_module
from bot.feeds import USER_AGENT, FeedError, fetch
from bot.ingest import BUNDLED_FEED, ensure_bundled, ingest_many, ingest_source
from bot.store import Store, migrations
from bot.store import episodes as store_episodes
from tests.conftest import BUNDLED_TITLES, FEED_ITEMS, FEEDS_DIR, needs_feeds


async def dump(db: Path) -> list[str]:
    """Every row of every table, to compare a database before and after."""
    async with aiosqlite.connect(db) as conn:
        return [line async for line in conn.iterdump()]


async def test_schema_is_versioned_wal_and_foreign_keys(store: Store) -> None:
    assert await store.schema_version() == len(migrations()) >= 1
    async with store.conn.execute("PRAGMA journal_mode") as cur:
        assert (await cur.fetchone())[0] == "wal"
    async with store.conn.execute("PRAGMA foreign_keys") as cur:
        assert (await cur.fetchone())[0] == 1
    assert await store.migrate() == len(migrations())  # re-running applies nothing


async def test_bundled_feed_loads_ten_episodes_in_order(store: Store) -> None:
    result = await ensure_bundled(store)
    assert result is not None and result.ok and result.added == 10
    latest = await store.latest_episodes(10)
    assert [e.title for e in latest] == BUNDLED_TITLES
    assert latest[1].published is not None and latest[1].published.date().isoformat() == (
        "2025-10-09"
    )
    assert [e.published for e in latest if e is not latest[1]] == [None] * 9
    spanish = {e.title for e in latest if e.language == "es"}
    assert spanish == {BUNDLED_TITLES[5], BUNDLED_TITLES[9]}
    grim = latest[1]
    assert "institutionalized terror" in grim.description  # the featured show notes
    assert grim.summary.endswith("...")
    assert await ensure_bundled(store) is None  # only when empty


async def test_reingest_adds_and_changes_nothing(store: Store, db_path: Path) -> None:
    first = await ingest_source(store, str(BUNDLED_FEED))
    before = await dump(db_path)
    again = await ingest_source(store, str(BUNDLED_FEED))
    assert (again.added, again.updated, again.unchanged) == (0, 0, 10)
    after = await dump(db_path)
    assert [line for line in before if "feeds" not in line] == [
        line for line in after if "feeds" not in line
    ]
    assert first.added == 10


async def test_changed_item_is_updated_in_place(store: Store, tmp_path: Path) -> None:
    copy = tmp_path / "feed.xml"
    shutil.copy(BUNDLED_FEED, copy)
    await ingest_source(store, str(copy))
    text = copy.read_text(encoding="utf-8")
    copy.write_text(text.replace("Piercing the Propaganda Bubble", "Piercing the Bubble"))
    result = await ingest_source(store, str(copy))
    assert (result.added, result.updated, result.unchanged) == (0, 1, 9)
    assert await store.episode_count() == 10
    latest = await store.latest_episodes(1)
    assert latest[0].title == "Piercing the Bubble in El Salvador"
    text = copy.read_text(encoding="utf-8")
    copy.write_text(text.replace("tweets about plunging homicide", "posts about plunging homicide"))
    result = await ingest_source(store, str(copy))
    assert (result.added, result.updated, result.unchanged) == (0, 1, 9)
    grim = (await store.latest_episodes(2))[1]
    assert "posts about plunging homicide" in grim.summary


async def test_rekeyed_item_is_not_duplicated(store: Store, tmp_path: Path) -> None:
    def feed(guid: str, date: str) -> str:
        return f"""<rss version="2.0"><channel><title>T</title>
        <item><title>Same episode</title><guid>{guid}</guid><pubDate>{date}</pubDate>
        <enclosure url="https://ex.org/same.mp3" type="audio/mpeg"/></item>
        <item><title>Older</title><guid>old</guid></item></channel></rss>"""

    path = tmp_path / "f.xml"
    path.write_text(feed("guid-1", "Mon, 01 Jan 2024 00:00:00 GMT"))
    await ingest_source(store, str(path))
    path.write_text(feed("guid-2", "Tue, 02 Jan 2024 00:00:00 GMT"))
    result = await ingest_source(store, str(path))
    assert (result.added, result.updated) == (0, 1)
    assert await store.episode_count() == 2
    await check_index(store)


async def indexed(store: Store, query: str) -> set[int]:
    rows = await store.conn.execute_fetchall(
        "SELECT rowid FROM episodes_fts WHERE episodes_fts MATCH ?", (query,)
    )
    return {r[0] for r in rows}


async def check_index(store: Store) -> None:
    """FTS5 compares its index with the episodes it reads from; a mismatch raises."""
    await store.conn.execute(
        "INSERT INTO episodes_fts (episodes_fts, rank) VALUES ('integrity-check', 1)"
    )


async def test_full_text_index_follows_edits(store: Store, tmp_path: Path) -> None:
    copy = tmp_path / "feed.xml"
    shutil.copy(BUNDLED_FEED, copy)
    await ingest_source(store, str(copy))
    await check_index(store)
    [(episode_id,)] = await store.conn.execute_fetchall(
        "SELECT id FROM episodes WHERE title LIKE 'Piercing the Propaganda%'"
    )
    assert episode_id in await indexed(store, "title : propaganda")
    text = copy.read_text(encoding="utf-8")
    copy.write_text(text.replace("Piercing the Propaganda Bubble", "Piercing the Zyzzyva Bubble"))
    result = await ingest_source(store, str(copy))
    assert result.updated == 1
    assert await indexed(store, "zyzzyva") == {episode_id}
    assert episode_id not in await indexed(store, "title : propaganda")  # the old title left
    assert episode_id in await indexed(store, "bukele")  # the rest is still indexed
    await check_index(store)


async def test_migration_keeps_the_index_of_an_older_database(tmp_path: Path) -> None:
    """A version 2 database (the index held its own copy of the text) keeps every entry."""
    db = tmp_path / "v2.sqlite3"
    conn = sqlite3.connect(db)
    for version, _, sql in migrations()[:2]:
        conn.executescript(sql)
        conn.execute(f"PRAGMA user_version = {version}")
    conn.execute("INSERT INTO feeds (id, source, created_at) VALUES (1, 'f.xml', '2024')")
    conn.execute(
        "INSERT INTO episodes (id, feed_id, key, title, title_norm, sort_ts, summary, "
        "position, content_hash, first_seen_at, updated_at) VALUES (7, 1, 'k', 'Old times', "
        "'old times', 0, 'A summary on prisons', 0, 'h', '2024', '2024')"
    )
    conn.execute(
        "INSERT INTO episodes_fts (rowid, title, description, people, topics) "
        "VALUES (7, 'Old times', 'A summary on prisons', 'Ruth López', 'Venezuela')"
    )
    conn.commit()
    conn.close()
    store = await Store.open(db)
    try:
        assert await store.schema_version() == len(migrations())
        rows = await store.conn.execute_fetchall("SELECT people_names, topic_names FROM episodes")
        assert rows == [("Ruth López", "Venezuela")]
        for word in ("times", "prisons", "lopez", "venezuela"):
            assert await indexed(store, word) == {7}, word
        await check_index(store)
    finally:
        await store.close()


async def test_new_item_on_top_is_one_added(store: Store, tmp_path: Path) -> None:
    copy = tmp_path / "feed.xml"
    shutil.copy(BUNDLED_FEED, copy)
    await ingest_source(store, str(copy))
    text = copy.read_text(encoding="utf-8")
    new_item = (
        "<item><title>A brand new episode on Haiti</title><guid>new-1</guid>"
        "<pubDate>Mon, 01 Dec 2025 00:00:00 GMT</pubDate><description>Haiti</description></item>"
    )
    copy.write_text(text.replace("<item>", new_item + "<item>", 1))
    result = await ingest_source(store, str(copy))
    assert (result.added, result.updated, result.unchanged) == (1, 0, 10)
    assert (await store.latest_episodes(1))[0].title == "A brand new episode on Haiti"


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "empty"),
        (b"this is not a feed at all", "not"),
        (b'<?xml version="1.0"?><!DOCTYPE r [<!ENTITY a "aaaa">]><rss/>', "XML bomb"),
    ],
)
async def test_failed_ingest_leaves_the_database_as_it_was(
    store: Store, db_path: Path, tmp_path: Path, content: bytes, message: str
) -> None:
    await ingest_source(store, str(BUNDLED_FEED))
    before = await dump(db_path)
    bad = tmp_path / "bad.xml"
    bad.write_bytes(content)
    result = await ingest_source(store, str(bad))
    assert result.error and message in result.error
    after = await dump(db_path)
    # Only the failed source's bookkeeping row (its error and time) was added.
    assert [line for line in after if line not in before and "bad.xml" not in line] == []


async def test_crash_in_the_middle_of_a_write_rolls_back(
    store: Store, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = await dump(db_path)

    async def explode(*args: object, **kwargs: object) -> None:
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(store_episodes, "_write_details", explode)
    result = await ingest_source(store, str(BUNDLED_FEED))
    assert result.error and "disk on fire" in result.error
    assert await store.episode_count() == 0
    after = await dump(db_path)
    assert [line for line in after if line not in before and "latin-america" not in line] == []


async def test_missing_file_is_a_clear_error(store: Store) -> None:
    result = await ingest_source(store, "/no/such/feed.xml")
    assert result.error == "no such file: /no/such/feed.xml"


async def test_multi_feed_ingest_continues_after_a_failure(store: Store, tmp_path: Path) -> None:
    bad = tmp_path / "empty.xml"
    bad.write_bytes(b"")
    results = await ingest_many(store, [str(bad), str(BUNDLED_FEED)])
    assert [r.ok for r in results] == [False, True]
    assert await store.episode_count() == 10


@needs_feeds
async def test_all_real_feeds_ingest_and_reingest_is_a_no_op(store: Store) -> None:
    sources = [str(FEEDS_DIR / name) for name in sorted(FEED_ITEMS)]
    results = await ingest_many(store, sources)
    for r in results:
        assert r.ok, r.error
        assert r.added == FEED_ITEMS[Path(r.source).name], r.source
    assert await store.episode_count() == sum(FEED_ITEMS.values())
    again = await ingest_many(store, sources)
    assert all((r.added, r.updated) == (0, 0) for r in again)
    await check_index(store)
    # Guests from podcast:person under both namespaces were stored.
    assert await store.person_count("guest") > 300


# --- over HTTP ------------------------------------------------------------------------


class FeedServer:
    """A local feed host whose responses a test controls."""

    def __init__(self, body: bytes) -> None:
        self.body = body
        self.requests: list[web.Request] = []
        self.etag = '"v1"'
        self.delay = 0.0
        self.status = 200

    async def handle(self, request: web.Request) -> web.StreamResponse:
        self.requests.append(request)
        if self.delay:
            await asyncio.sleep(self.delay)
        if self.status != 200:
            return web.Response(status=self.status, headers={"Retry-After": "120"})
        if request.headers.get("If-None-Match") == self.etag:
            return web.Response(status=304)
        return web.Response(
            body=self.body,
            content_type="application/rss+xml",
            headers={"ETag": self.etag, "Last-Modified": "Mon, 01 Jan 2024 00:00:00 GMT"},
        )

    async def redirect(self, request: web.Request) -> web.StreamResponse:
        raise web.HTTPFound("/loop")


@pytest.fixture
async def feed_server():
    server = FeedServer(BUNDLED_FEED.read_bytes())
    app = web.Application()
    app.router.add_get("/feed.xml", server.handle)
    app.router.add_get("/loop", server.redirect)
    runner = web.AppRunner(app)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
    server.base = f"http://127.0.0.1:{port}"  # type: ignore[attr-defined]
    yield server
    await runner.cleanup()


async def test_http_conditional_get_skips_parsing(
    store: Store, feed_server: FeedServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    url = f"{feed_server.base}/feed.xml"  # type: ignore[attr-defined]
    first = await ingest_source(store, url)
    assert first.ok and first.added == 10
    assert feed_server.requests[0].headers["User-Agent"] == USER_AGENT
    parsed: list[bytes] = []
    monkeypatch.setattr(ingest_module, "parse_feed", parsed.append)
    second = await ingest_source(store, url)
    assert second.ok and second.not_modified and second.unchanged == 10
    assert feed_server.requests[1].headers["If-None-Match"] == '"v1"'
    assert feed_server.requests[1].headers["If-Modified-Since"] == "Mon, 01 Jan 2024 00:00:00 GMT"
    assert parsed == []
    feed = await store.feed_by_source(url)
    assert feed is not None and feed.last_status == "not_modified"


async def test_http_errors_are_clear(feed_server: FeedServer) -> None:
    base = feed_server.base  # type: ignore[attr-defined]
    with pytest.raises(FeedError, match="too many redirects"):
        await fetch(f"{base}/loop")
    with pytest.raises(FeedError, match="larger than"):
        await fetch(f"{base}/feed.xml", max_bytes=1000)
    feed_server.delay = 1.0
    with pytest.raises(FeedError, match="timed out"):
        await fetch(f"{base}/feed.xml", read_timeout=0.2, connect_timeout=0.2)
    feed_server.delay = 0
    feed_server.status = 503
    with pytest.raises(FeedError, match="HTTP 503") as info:
        await fetch(f"{base}/feed.xml")
    assert info.value.retry_after == 120


async def test_unreachable_url_is_recorded_and_nothing_lost(store: Store) -> None:
    await ingest_source(store, str(BUNDLED_FEED))
    result = await ingest_source(store, "http://127.0.0.1:9/feed.xml")
    assert result.error and result.error.startswith("cannot reach")
    assert await store.episode_count() == 10
    feed = await store.feed_by_source("http://127.0.0.1:9/feed.xml")
    assert feed is not None and feed.last_status == "error" and feed.failures == 1


# --- several feeds to a transaction ---------------------------------------------------


def small_feed(name: str, items: int = 3) -> bytes:
    body = "".join(
        f"<item><title>{name} episode {n}</title><guid>{name}-{n}</guid></item>"
        for n in range(items)
    )
    return f'<rss version="2.0"><channel><title>{name}</title>{body}</channel></rss>'.encode()


class CountingStore:
    """Counts the transactions a store opens."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.transactions = 0
        self._open = store.transaction

    def install(self, monkeypatch: pytest.MonkeyPatch) -> None:
        def counted():  # transaction() is a plain async context manager
            self.transactions += 1
            return self._open()

        monkeypatch.setattr(self.store, "transaction", counted)


async def write_small(
    writer: ingest_module.FeedWriter, name: str, result: ingest_module.IngestResult
) -> None:
    """Prepare ``small_feed(name)`` and write it through ``writer``."""
    parsed, episodes = ingest_module.prepare(small_feed(name), 0.0)
    await writer.write(name, parsed, episodes, fetched=None, result=result)


async def write_all(store: Store, names: list[str]) -> list[ingest_module.IngestResult]:
    writer = ingest_module.FeedWriter(store)
    results = [ingest_module.IngestResult(source=n) for n in names]

    async def one(name: str, result: ingest_module.IngestResult) -> None:
        try:
            await write_small(writer, name, result)
        except Exception as exc:
            result.error = str(exc)

    await asyncio.gather(*(one(n, r) for n, r in zip(names, results, strict=True)))
    return results


async def test_feeds_ready_together_share_a_transaction(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    counter = CountingStore(store)
    counter.install(monkeypatch)
    results = await write_all(store, ["A", "B", "C", "D"])
    assert [(r.added, r.error) for r in results] == [(3, None)] * 4
    # A is written at once; B, C and D arrive while it is written and commit together.
    assert counter.transactions == 2
    assert await store.episode_count() == 12
    await check_index(store)


async def test_a_failing_feed_in_a_batch_fails_alone(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = store_episodes._write_details

    async def failing(conn, changed):
        if any(e.item.title.startswith("C ") for _, e in changed):
            raise RuntimeError("disk trouble")
        await real(conn, changed)

    monkeypatch.setattr(store_episodes, "_write_details", failing)
    results = await write_all(store, ["A", "B", "C", "D"])
    assert [r.error for r in results] == [None, None, "disk trouble", None]
    assert [r.added for r in results] == [3, 3, 0, 3]
    titles = {e.feed_title for e in await store.latest_episodes(20)}
    assert titles == {"A", "B", "D"}  # nothing of C, everything of the others
    await check_index(store)


async def test_a_cancelled_write_leaves_no_one_waiting(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = store_episodes._write_details
    stuck = asyncio.Event()

    async def slow(conn, changed):
        stuck.set()
        await asyncio.sleep(3600)
        await real(conn, changed)

    monkeypatch.setattr(store_episodes, "_write_details", slow)
    writer = ingest_module.FeedWriter(store)

    tasks = [
        asyncio.create_task(write_small(writer, n, ingest_module.IngestResult(source=n)))
        for n in ("A", "B", "C")
    ]
    await stuck.wait()
    tasks[0].cancel()  # the task writing A (and, after it, B and C)
    done = await asyncio.wait_for(asyncio.gather(*tasks, return_exceptions=True), 5)
    assert all(isinstance(r, asyncio.CancelledError) for r in done)
    assert await store.episode_count() == 0  # rolled back
    async with await store.transaction():  # and the store is free again
        pass


async def test_a_cancelled_feed_does_not_disturb_the_others_in_its_batch(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = store_episodes._write_details
    release = asyncio.Event()
    writing_a = asyncio.Event()

    async def slow(conn, changed):
        if any(e.item.title.startswith("A ") for _, e in changed):
            writing_a.set()
            await release.wait()
        await real(conn, changed)

    monkeypatch.setattr(store_episodes, "_write_details", slow)
    writer = ingest_module.FeedWriter(store)
    results = {n: ingest_module.IngestResult(source=n) for n in "ABC"}

    tasks = {n: asyncio.create_task(write_small(writer, n, results[n])) for n in "ABC"}
    await writing_a.wait()  # A is being written; B and C wait for the next batch
    assert [p.source for p in writer._ready] == ["B", "C"]
    tasks["B"].cancel()  # a caller gave up on B alone
    release.set()
    done = await asyncio.gather(*tasks.values(), return_exceptions=True)
    assert done[0] is None and done[2] is None and isinstance(done[1], asyncio.CancelledError)
    assert results["A"].added == 3 and results["C"].added == 3
    await check_index(store)
