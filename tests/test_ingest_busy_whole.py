"""A command line ingest on a busy machine prepares a lone large feed in its own process
and writes it whole, not in pieces (issue 12): the same rows, one write, no worker."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot import ingest, parse_pool
from bot.ingest import ingest_many
from bot.parse_pool import ParsePool
from bot.store import Store
from tests.test_ingest_pieces import count_pieces, whole_rows
from tests.test_ingest_split import _rows, large_feed


async def test_a_busy_machine_writes_a_lone_large_feed_whole(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(ingest, "PIECE_EPISODES", 150)
    monkeypatch.setattr(parse_pool, "_a_core_is_free", lambda: False)
    path = tmp_path / "large.xml"
    path.write_bytes(large_feed())
    written = count_pieces(monkeypatch)
    # As ``python -m bot ingest`` makes it: no worker when no core is free.
    pool = ParsePool(workers=2, here_when_busy=True)
    assert not pool.wants_workers()
    async with pool, await Store.open(tmp_path / "busy.sqlite3") as store:
        [result] = await ingest_many(store, [str(path)], pool=pool)
        assert (result.error, result.added, result.title) == (None, 1000, "Split Cast")
        assert pool.worker_pids() == []
        rows = await _rows(store)
    assert written == []  # no piece: the feed went to the store in one write
    assert rows == await whole_rows(tmp_path, path)


async def test_a_pool_that_wants_its_workers_still_writes_pieces_on_a_busy_machine(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The bot's pool (or INGEST_WORKERS) uses workers whatever the load: the feed is
    # prepared here while they are not up, and its first pieces written meanwhile.
    monkeypatch.setattr(ingest, "PIECE_EPISODES", 400)
    monkeypatch.setattr(parse_pool, "_a_core_is_free", lambda: False)
    path = tmp_path / "large.xml"
    path.write_bytes(large_feed())
    written = count_pieces(monkeypatch)
    async with ParsePool(workers=2) as pool, await Store.open(tmp_path / "p.sqlite3") as store:
        [result] = await ingest_many(store, [str(path)], pool=pool)
        assert (result.error, result.added) == (None, 1000)
    assert written == [400, 400, 200]
