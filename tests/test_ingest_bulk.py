"""A command line ingest of many feeds defers the write-ahead log's copies into the
database (issue 12): every commit is still visible to others and kept at once."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from bot.ingest import BUNDLED_FEED, ingest_many
from bot.store import Store
from tests.conftest import FEEDS_DIR, needs_feeds


@needs_feeds
async def test_bulk_writes_are_committed_at_once_and_the_setting_comes_back(
    tmp_path: Path,
) -> None:
    sources = [str(BUNDLED_FEED), *map(str, sorted(FEEDS_DIR.glob("*.xml"))[:3])]
    async with await Store.open(tmp_path / "bulk.sqlite3") as store:
        [before] = await store.conn.execute_fetchall("PRAGMA wal_autocheckpoint")
        results = await ingest_many(store, sources)
        assert all(r.error is None for r in results)
        [after] = await store.conn.execute_fetchall("PRAGMA wal_autocheckpoint")
        assert after == before
        count = await store.episode_count()
        # Another connection (another process would do the same) sees every commit now,
        # before this one closes: they are in the log, which readers read.
        other = sqlite3.connect(tmp_path / "bulk.sqlite3")
        try:
            assert other.execute("SELECT count(*) FROM episodes").fetchone()[0] == count
        finally:
            other.close()
    assert count == sum(r.added for r in results) > 10
