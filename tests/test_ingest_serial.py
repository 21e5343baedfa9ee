"""A command line ingest that prepares its feeds in its own process (a busy machine)
prepares and writes them one at a time (issue 12): the same rows, and the writer never
shares the interpreter with a feed being prepared."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from bot import ingest, parse_pool
from bot.ingest import ingest_many
from bot.parse_pool import ParsePool
from bot.store import Store
from tests.test_ingest_split import _rows, item, rss


def feeds(tmp_path: Path, count: int = 5) -> list[str]:
    paths = []
    for n in range(count):
        path = tmp_path / f"feed{n}.xml"
        body = "".join(
            item(100 * n + k, notes=f"Feed {n}, part {k} with Jane Doe.") for k in range(40)
        )
        path.write_bytes(rss(body).replace(b"Split Cast", f"Cast {n}".encode()))
        paths.append(str(path))
    return paths


def count_in_flight(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """How many feeds were being prepared or written at once, each time one started."""
    seen: list[int] = []
    now = [0]
    real = ingest._prepare_and_write

    async def counted(*args: Any, **kwargs: Any) -> None:
        now[0] += 1
        seen.append(now[0])
        try:
            await real(*args, **kwargs)
        finally:
            now[0] -= 1

    monkeypatch.setattr(ingest, "_prepare_and_write", counted)
    return seen


async def ingest_rows(path: Path, sources: list[str], pool: ParsePool) -> list[Any]:
    async with pool, await Store.open(path) as store:
        results = await ingest_many(store, sources, pool=pool)
        assert [r.error for r in results] == [None] * len(sources)
        assert [r.added for r in results] == [40] * len(sources)
        return await _rows(store)


async def test_a_busy_machine_prepares_and_writes_one_feed_at_a_time(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    sources = feeds(tmp_path)
    monkeypatch.setattr(parse_pool, "_a_core_is_free", lambda: False)
    seen = count_in_flight(monkeypatch)
    busy = ParsePool(workers=2, here_when_busy=True)
    here = await ingest_rows(tmp_path / "busy.sqlite3", sources, busy)
    assert seen == [1] * len(sources)
    # Without a pool (threads, as before): several at once, the same rows.
    seen.clear()
    async with await Store.open(tmp_path / "threads.sqlite3") as store:
        results = await ingest_many(store, sources)
        assert [r.added for r in results] == [40] * len(sources)
        threads = await _rows(store)
    assert max(seen) > 1
    assert here == threads
