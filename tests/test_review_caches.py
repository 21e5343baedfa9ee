"""Review of the enrich caches: one that another thread may clear between a check and a
read must not fail the feed; long keys (a paragraph as a category, a long title) are
read but not kept, so that a long-running process's caches stay small in memory."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest

from bot.feeds import ParsedEpisode, ParsedFeed
from bot.ingest import Enricher
from bot.people import extract
from bot.store import Store, db


class ClearedAfterCheck(dict):  # type: ignore[type-arg]
    """A cache that another thread clears right after a membership test says yes."""

    def __contains__(self, key: object) -> bool:
        found = super().__contains__(key)
        self.clear()
        return found


def test_title_head_cache_cleared_by_another_thread_meanwhile(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    title = "Ian Goodfellow: Generative Adversarial Networks"
    colon = title.index(":")
    expected = extract._title_head(title, colon)
    cache: dict[str, Any] = ClearedAfterCheck({title[:colon]: expected})
    monkeypatch.setattr(extract, "_TITLE_HEADS", cache)
    assert extract._title_head(title, colon) == expected


def test_a_long_title_head_is_not_kept(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(extract, "_TITLE_HEADS", {})
    title = "Ben Johnson " + "x" * 100_000 + ": Chris James"
    extract.extract_people(title, "Ben Johnson and Chris James")
    assert sum(map(len, extract._TITLE_HEADS)) < 1000


def test_a_long_category_is_not_kept_by_the_enricher() -> None:
    enricher = Enricher()
    long = "word " * 50_000
    feed = ParsedFeed(title="Show")
    feed.episodes = [
        ParsedEpisode(title=f"Episode {i}", key=f"k{i}", categories=[long + str(i), "Go"])
        for i in range(3)
    ]
    enricher.enrich(feed, 0.0)
    assert sum(map(len, enricher._labels)) < 1000


async def test_the_log_a_bulk_ingest_grew_is_cut_back_while_another_process_keeps_it_open(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``bulk_writes`` lets the write-ahead log grow (up to a GB); the bot, which keeps the
    database open, must not keep a log that size on disk once it has been copied."""
    monkeypatch.setattr(db, "WAL_SIZE_LIMIT", 1024 * 1024, raising=False)
    path = tmp_path / "shared.sqlite3"
    wal = Path(f"{path}-wal")
    async with await Store.open(path) as bot:
        async with await Store.open(path) as cli, cli.bulk_writes():
            await cli.conn.execute("CREATE TABLE pad (x BLOB)")
            for _ in range(8):  # 8 MB in 8 commits, none copied into the database
                async with cli.transaction() as conn:
                    await conn.executemany(
                        "INSERT INTO pad VALUES (?)", [(os.urandom(1000),) for _ in range(1000)]
                    )
        assert wal.stat().st_size > 8_000_000  # noqa: ASYNC240 - a test
        for _ in range(2):  # the bot's next writes copy the log, then start it again
            async with bot.transaction() as conn:
                await conn.execute("INSERT INTO pad VALUES (1)")
        assert wal.stat().st_size <= 1024 * 1024  # noqa: ASYNC240 - a test
