"""A lone large feed while the workers start is parsed once, in the pool's own process, and
its later parts go to the workers to find their people and topics (issue 12: no share
reads the whole document again): the same rows as a whole prepare."""

from __future__ import annotations

import asyncio
import itertools
import os
import pickle
import signal
from pathlib import Path
from typing import Any

import pytest

from bot import ingest, parse_pool
from bot.ingest import ingest_many, parse_whole, prepare
from bot.parse_pool import ParsePool, default_workers
from bot.store import Store
from tests.conftest import BUNDLED_FEED, FEEDS_DIR, needs_feeds
from tests.test_ingest_pieces import count_pieces, whole_rows
from tests.test_ingest_split import (
    FIRST_SEEN,
    _rows,
    as_rows,
    awkward_feed,
    item,
    large_feed,
    rss,
)


def in_parts(data: bytes, cuts: list[int]) -> Any:
    """What ``_parse_here_enrich_there`` puts together: the feed parsed whole, each part
    enriched apart (by ``_enrich_part``, its arguments and result crossing as pickles)."""
    parsed, stamps = parse_whole(data, FIRST_SEEN)
    items = parsed.episodes
    header = pickle.loads(pickle.dumps(parsed))
    header.episodes = []
    bounds = [0, *cuts, len(items)]
    episodes = []
    for start, stop in itertools.pairwise(bounds):
        sent = pickle.loads(pickle.dumps((header, items[start:stop], stamps[start:stop])))
        got = parse_pool._enrich_part(sent[0], sent[1], FIRST_SEEN, None, sent[2])
        got = pickle.loads(pickle.dumps(got))
        assert all(e.item is None for e in got)  # the items are not sent back
        for e, ep in zip(got, items[start:stop], strict=True):
            e.item = ep
        episodes += got
    return parsed, episodes


@pytest.mark.parametrize("cuts", [[], [1], [3, 7], [5, 6, 11]], ids=str)
def test_parts_enriched_apart_are_the_whole_feed(cuts: list[int]) -> None:
    data = awkward_feed()
    assert as_rows(*in_parts(data, cuts)) == as_rows(*prepare(data, FIRST_SEEN))


@needs_feeds
@pytest.mark.parametrize("path", [*sorted(FEEDS_DIR.glob("*.xml")), BUNDLED_FEED], ids=str)
def test_parts_of_each_real_feed_enriched_apart_are_the_whole_feed(path: Path) -> None:
    data = path.read_bytes()
    count = len(parse_whole(data, FIRST_SEEN)[0].episodes)
    got = in_parts(data, [count // 3, count // 2])
    assert as_rows(*got) == as_rows(*prepare(data, FIRST_SEEN))


@pytest.mark.skipif(default_workers() < 2, reason="one core: no worker processes")
async def test_a_lone_large_feed_is_parsed_once_here_and_enriched_in_parts(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(ingest, "PIECE_EPISODES", 150)
    monkeypatch.setattr(parse_pool, "_a_core_is_free", lambda: True)  # whatever else runs
    parses: list[str] = []
    real_parse, real_share = ingest.parse_feed, ingest.parse_feed_share

    def parse_feed(data: bytes) -> Any:
        parses.append("whole")
        return real_parse(data)

    def parse_feed_share(*args: Any) -> Any:
        parses.append("share")
        return real_share(*args)

    # Seen in this process only (the workers fork from a server with the real ones).
    monkeypatch.setattr(ingest, "parse_feed", parse_feed)
    monkeypatch.setattr(ingest, "parse_feed_share", parse_feed_share)
    path = tmp_path / "large.xml"
    path.write_bytes(large_feed())
    written = count_pieces(monkeypatch)
    async with ParsePool(workers=2) as pool, await Store.open(tmp_path / "p.sqlite3") as store:
        [result] = await ingest_many(store, [str(path)], pool=pool)
        assert (result.error, result.added, result.title) == (None, 1000, "Split Cast")
        assert pool.worker_pids()  # the later part was theirs
        rows = await _rows(store)
    assert parses == ["whole"]  # parsed once, here
    # This process's part (as large as a worker's) in pieces, then the worker's, whole.
    assert written == [150, 150, 150, 50, 500]
    assert rows == await whole_rows(tmp_path, path)


@pytest.mark.skipif(default_workers() < 2, reason="one core: no worker processes")
async def test_a_worker_killed_during_its_part_keeps_nothing_and_the_next_ingest_recovers(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(ingest, "PIECE_EPISODES", 100)
    monkeypatch.setattr(parse_pool, "_a_core_is_free", lambda: True)
    notes = "Venezuela and Colombia talk with Jane Doe about migration. " * 20
    # 4,000 items: the worker's part (2,000) takes far longer than the moment between its
    # call reaching the pool and the kill.
    path = tmp_path / "larger.xml"
    path.write_bytes(rss("".join(item(n, notes=f"{notes} Part {n}.") for n in range(4000))))
    killed: list[int] = []
    real_in_worker = ParsePool._in_worker

    async def killing(self: ParsePool, started: Any, call: Any, *args: Any) -> Any:
        if call is not parse_pool._enrich_part or killed:
            return await real_in_worker(self, started, call, *args)
        task = asyncio.ensure_future(real_in_worker(self, started, call, *args))
        executor = await self._wait_started(started)
        for _ in range(5000):  # until the call is in the pool's hands
            if executor._pending_work_items or task.done():  # type: ignore[attr-defined]
                break
            await asyncio.sleep(0.001)
        for pid in self.worker_pids():
            os.kill(pid, signal.SIGKILL)
            killed.append(pid)
        return await task

    monkeypatch.setattr(ParsePool, "_in_worker", killing)
    written = count_pieces(monkeypatch)
    async with ParsePool(workers=2) as pool, await Store.open(tmp_path / "p.sqlite3") as store:
        [result] = await ingest_many(store, [str(path)], pool=pool)
        assert killed
        assert result.error is not None and "parser process" in result.error
        assert await store.episode_count() == 0  # what was written of it was rolled back
        [again] = await ingest_many(store, [str(path)], pool=pool)  # new workers
        assert (again.error, again.added) == (None, 4000)
    assert written  # pieces of this process's part were written, then rolled back
