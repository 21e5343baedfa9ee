"""The answer index built from the store's rows read a chunk at a time (what the bot and
``ask`` do) is the index built from every row read at once: same snapshot, byte for byte."""

from __future__ import annotations

import asyncio
import sqlite3
import threading
from pathlib import Path

import pytest

from bot import index as index_module
from bot.answer import Index
from bot.ingest import BUNDLED_FEED, ingest_many
from bot.store import IndexRowChunks, Store, StoreError
from bot.store import episodes as episodes_module
from bot.store.episodes import _FileIndexRowChunks
from tests.conftest import FEEDS_DIR, needs_feeds


@pytest.fixture
async def real(store: Store) -> Store:
    sources = [str(BUNDLED_FEED), *sorted(str(p) for p in FEEDS_DIR.glob("*.xml"))]
    results = await ingest_many(store, sources)
    assert all(r.ok for r in results)
    return store


async def streamed(store: Store, size: int) -> Index:
    rows = await store.index_row_chunks(size)
    try:
        return await asyncio.to_thread(Index.from_rows, rows)
    finally:
        rows.close()


@needs_feeds
async def test_streamed_equals_whole_on_the_real_feeds(real: Store) -> None:
    whole = Index.from_rows(await real.index_rows())
    assert whole.count > 3000 and whole.people and whole.topic_episodes and whole.numbers
    expected = whole.snapshot()
    for size in (1, 7, 5000):
        assert (await streamed(real, size)).snapshot() == expected, size
    # What the bot builds (and saves) is the same index.
    assert (await Index.build(real)).snapshot() == expected


async def test_chunks_of_one_row_and_of_a_whole_query(real: Store) -> None:
    whole = await real.index_rows()
    rows = await real.index_row_chunks(1)
    try:
        parts = await asyncio.to_thread(lambda: list(rows.read("episodes")))
    finally:
        rows.close()
    assert all(len(p) == 1 for p in parts)
    assert [tuple(p[0]) for p in parts] == [tuple(r) for r in whole.episodes]
    assert list(whole.chunks(10**9).read("topics")) == [whole.topics]


@needs_feeds
async def test_the_rows_are_read_on_the_building_thread_not_the_loop(
    real: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    readers: set[int] = set()
    real_read = _FileIndexRowChunks.read

    def noted(self: IndexRowChunks, name: str):  # type: ignore[no-untyped-def]
        readers.add(threading.get_ident())
        yield from real_read(self, name)

    monkeypatch.setattr(_FileIndexRowChunks, "read", noted)
    index = await Index.build(real)
    assert index.count > 3000
    assert readers and threading.get_ident() not in readers


@needs_feeds
async def test_a_write_while_building_leaves_the_rows_read_as_one(real: Store, tmp_path) -> None:
    """The chunks are read in one read transaction: an ingest that commits between two
    queries of a build changes nothing the build sees."""
    before = Index.from_rows(await real.index_rows()).snapshot()
    rows = await real.index_row_chunks(100)
    try:
        first = await asyncio.to_thread(lambda: next(rows.read("episodes")))
        assert len(first) == 100
        feed = tmp_path / "late.xml"
        feed.write_text(
            '<?xml version="1.0"?><rss version="2.0"><channel><title>Late Show</title>'
            "<item><title>A late episode</title><guid>late-1</guid>"
            "<pubDate>Mon, 01 Jan 2035 00:00:00 +0000</pubDate></item></channel></rss>",
            encoding="utf-8",
        )
        assert (await ingest_many(real, [str(feed)]))[0].ok
        built = await asyncio.to_thread(Index.from_rows, rows)
    finally:
        rows.close()
    assert built.snapshot() == before
    assert (await Index.build(real)).count == built.count + 1


async def test_a_database_in_memory_is_read_whole() -> None:
    store = await Store.open(":memory:")
    try:
        assert (await ingest_many(store, [str(BUNDLED_FEED)]))[0].ok
        rows = await store.index_row_chunks(3)
        assert type(rows) is IndexRowChunks
        built = await asyncio.to_thread(Index.from_rows, rows)
        assert built.snapshot() == Index.from_rows(await store.index_rows()).snapshot()
    finally:
        await store.close()


def test_the_bot_builds_in_chunks() -> None:
    assert 1 <= index_module.BUILD_CHUNK <= 50_000


@needs_feeds
async def test_the_saved_snapshot_is_the_index_snapshot(
    real: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Written a part at a time through blob handles, read back as the index made it."""
    monkeypatch.setattr(episodes_module, "_BLOB_SLICE", 4096)
    generation = await real.index_generation()
    built = await Index.build_and_save(real)
    saved = await real.load_index_snapshot(generation, index_module.snapshot_format())
    assert saved == built.snapshot()
    assert len(saved[1]) > 4096 * 10  # many slices


async def test_a_snapshot_that_cannot_be_written_is_a_store_error(db_path: Path) -> None:
    store = await Store.open(db_path, busy_timeout=0.2)
    other = sqlite3.connect(db_path, isolation_level=None)
    try:
        assert (await ingest_many(store, [str(BUNDLED_FEED)]))[0].ok
        await store.save_index_snapshot(1, "kept", [b"one", b""])
        other.execute("BEGIN IMMEDIATE")  # another program holds the write lock
        with pytest.raises(StoreError):
            await store.save_index_snapshot(2, "lost", iter([b"two"]))
        other.execute("ROLLBACK")
        assert await store.load_index_snapshot(1, "kept") == [b"one", b""]
        assert await store.load_index_snapshot(2, "lost") is None
    finally:
        other.close()
        await store.close()
