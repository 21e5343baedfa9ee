"""A lone large feed is written in pieces while the rest is prepared (issue 12): the same
rows as a whole write, in one transaction (a failure in any piece keeps nothing)."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

import pytest

from bot import ingest, parse_pool
from bot.ingest import ingest_many, ingest_source
from bot.parse_pool import ParsePool
from bot.store import Store
from bot.store import episodes as store_episodes
from tests.test_ingest_split import _rows, large_feed


def busy_machine(monkeypatch: pytest.MonkeyPatch) -> None:
    """A machine with no core to spare: a lone large feed is not split, and is prepared
    whole in this process, in pieces, with no worker started for it."""
    monkeypatch.setattr(parse_pool, "_a_core_is_free", lambda: False)


def count_pieces(monkeypatch: pytest.MonkeyPatch, fail_at: int | None = None) -> list[int]:
    """The sizes of the pieces written; the piece ``fail_at`` (0-based) fails instead."""
    written: list[int] = []
    real = store_episodes._insert_new

    async def counted(conn: Any, feed_id: int, piece: Any, *rest: Any) -> None:
        if len(written) == fail_at:
            raise RuntimeError("disk on fire")
        written.append(len(piece))
        await real(conn, feed_id, piece, *rest)

    monkeypatch.setattr(store_episodes, "_insert_new", counted)
    return written


async def whole_rows(tmp_path: Path, path: Path) -> list[Any]:
    async with await Store.open(tmp_path / "whole.sqlite3") as store:
        result = await ingest_source(store, str(path))  # no pool: one piece, one write
        assert result.added == 1000
        return await _rows(store)


async def test_a_lone_large_feed_is_written_in_pieces_with_the_same_rows(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(ingest, "PIECE_EPISODES", 150)
    busy_machine(monkeypatch)
    path = tmp_path / "large.xml"
    path.write_bytes(large_feed())
    written = count_pieces(monkeypatch)
    async with ParsePool(workers=2) as pool, await Store.open(tmp_path / "p.sqlite3") as store:
        [result] = await ingest_many(store, [str(path)], pool=pool)
        assert (result.error, result.added, result.title) == (None, 1000, "Split Cast")
        assert pool.worker_pids() == []  # none was started for it
        rows = await _rows(store)
    assert written == [150] * 6 + [100]
    assert rows == await whole_rows(tmp_path, path)


async def test_a_failure_in_a_later_piece_keeps_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(ingest, "PIECE_EPISODES", 150)
    busy_machine(monkeypatch)
    path = tmp_path / "large.xml"
    path.write_bytes(large_feed())
    real_insert = store_episodes._insert_new
    written = count_pieces(monkeypatch, fail_at=3)
    async with ParsePool(workers=2) as pool, await Store.open(tmp_path / "p.sqlite3") as store:
        [result] = await ingest_many(store, [str(path)], pool=pool)
        assert result.error and "disk on fire" in result.error
        assert written == [150] * 3  # three pieces were written, then rolled back
        assert await store.episode_count() == 0
        assert await store.person_count() == 0
        monkeypatch.setattr(store_episodes, "_insert_new", real_insert)  # fine again
        [again] = await ingest_many(store, [str(path)], pool=pool)
        assert (again.error, again.added) == (None, 1000)
        rows = await _rows(store)
    assert rows == await whole_rows(tmp_path, path)


async def test_shares_that_disagree_after_a_piece_roll_it_back_and_write_the_whole(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "large.xml"
    path.write_bytes(large_feed())
    written = count_pieces(monkeypatch)

    async def disagreeing(
        self: ParsePool, data: bytes, first_seen: float, known: Any, emit: Any = None, **_: Any
    ) -> Any:
        whole = await asyncio.to_thread(ingest.prepare, data, first_seen, None, known)
        if emit is not None:
            emit((whole[0], whole[1][:100]))  # a first piece, written ...
            emit(None)  # ... then the shares turn out to disagree
        return whole

    monkeypatch.setattr(ParsePool, "_prepare", disagreeing)
    async with ParsePool(workers=2) as pool, await Store.open(tmp_path / "p.sqlite3") as store:
        [result] = await ingest_many(store, [str(path)], pool=pool)
        assert (result.error, result.added, result.updated) == (None, 1000, 0)
        assert await store.episode_count() == 1000
        rows = await _rows(store)
    assert written == [100]  # rolled back, then the whole feed in one write
    assert rows == await whole_rows(tmp_path, path)
