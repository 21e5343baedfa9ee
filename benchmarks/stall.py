"""Event-loop stall benchmark: ``python -m benchmarks.stall [--size 100000] [--db PATH]``.

Builds (or reuses, with ``--db``) a synthetic archive of N episodes in feeds of 1,000
(the generator of :mod:`benchmarks.search`), then reports:

* the time from process start to the first answer: ``python -m bot ask`` on the archive,
  timed from spawning the process to its exit (best and median of three);
* the longest event-loop stall while a poll adds one episode to the archive: the bot's
  poll cycle (``Poller.poll_due`` on a feed that gained an episode, then
  ``Answerer.refresh``), with a loop-lag probe (a task that wakes every 5 ms and records
  how late it was) running meanwhile. Target: at most 50 ms.

It prints figures; it asserts nothing (speed is shown, not tested).
"""

from __future__ import annotations

import argparse
import asyncio
import random
import shutil
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

from benchmarks.search import Text, _name, build_feed, first_answers
from bot.announce import Announcements, Poller
from bot.answer import Answerer
from bot.ingest import ingest_many
from bot.parse_pool import ParsePool
from bot.store import Store

PER_FEED = 1000
PROBE_SECONDS = 0.005
REPO = Path(__file__).resolve().parent.parent


class LagProbe:
    """A task that wakes every 5 ms and records how late each wake-up was."""

    def __init__(self) -> None:
        self.lags: list[float] = []
        self._task: asyncio.Task[None] | None = None

    async def _run(self) -> None:
        loop = asyncio.get_running_loop()
        while True:
            due = loop.time() + PROBE_SECONDS
            await asyncio.sleep(PROBE_SECONDS)
            self.lags.append(max(0.0, loop.time() - due))

    def __enter__(self) -> LagProbe:
        self._task = asyncio.get_running_loop().create_task(self._run())
        return self

    def __exit__(self, *exc: object) -> None:
        if self._task is not None:
            self._task.cancel()

    @property
    def worst_ms(self) -> float:
        return max(self.lags, default=0.0) * 1000


def feed_paths(folder: Path, size: int) -> list[Path]:
    return [folder / f"feed{start}.xml" for start in range(0, size, PER_FEED)]


async def build_archive(db: Path, folder: Path, size: int, seed: int) -> None:
    """The synthetic feeds in ``folder`` and the database ``db`` ingested from them."""
    rng = random.Random(seed)
    people = list({_name(rng) for _ in range(max(200, size // 8))})
    text = Text(rng)
    for start, path in zip(range(0, size, PER_FEED), feed_paths(folder, size), strict=True):
        build_feed(path, start, min(PER_FEED, size - start), people, rng, text)
    store = await Store.open(db)
    try:
        async with ParsePool() as pool:
            sources = [str(p) for p in feed_paths(folder, size)]
            for result in await ingest_many(store, sources, pool=pool):
                assert result.ok, result.error
    finally:
        await store.close()


def first_answer_seconds(db: Path) -> list[tuple[float, float]]:
    """Spawn ``python -m bot ask`` three times: (seconds from spawn to exit, its peak
    memory in MB) each."""
    return first_answers(db)


async def poll_stall(db: Path, folder: Path, size: int) -> dict[str, float]:
    """Add one episode to the last feed and run the bot's poll cycle under a lag probe."""
    last = feed_paths(folder, size)[-1]
    store = await Store.open(db)
    try:
        answerer = await Answerer.create(store)
        before = answerer.index.count
        # The feed gains one episode at the top (as a new episode arrives).
        original = last.read_text(encoding="utf-8")
        new_item = (
            "<item><title>Breaking: a brand new episode about remittances</title>"
            "<guid>syn-new-episode</guid><pubDate>Tue, 01 Jan 2030 10:00:00 GMT</pubDate>"
            '<enclosure url="https://cdn.example.org/new.mp3" type="audio/mpeg" length="1"/>'
            "<description>A new episode.</description></item>"
        )
        last.write_text(original.replace("<item>", new_item + "<item>", 1), encoding="utf-8")
        announcements = Announcements(store)
        poller = Poller(announcements, [str(last)], interval_seconds=900)
        await announcements.schedule_check(str(last), datetime(2000, 1, 1, tzinfo=UTC))
        with LagProbe() as probe_poll:
            await asyncio.sleep(0.05)
            started = time.perf_counter()
            results = await poller.poll_due()
            poll_s = time.perf_counter() - started
        with LagProbe() as probe_refresh:
            await asyncio.sleep(0.05)
            started = time.perf_counter()
            await answerer.refresh()
            refresh_s = time.perf_counter() - started
            await asyncio.sleep(0.05)
        last.write_text(original, encoding="utf-8")
        assert [r.added for r in results] == [1], results
        return {
            "episodes": before,
            "poll_s": poll_s,
            "poll_stall_ms": probe_poll.worst_ms,
            "refresh_s": refresh_s,
            "refresh_stall_ms": probe_refresh.worst_ms,
            "after": answerer.index.count,
        }
    finally:
        await store.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument(
        "--db", type=Path, help="keep the archive here (and its feeds beside it) to reuse it"
    )
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        keep = args.db or Path(tmp) / "archive.sqlite3"
        folder = keep.parent / (keep.stem + "-feeds")
        if not keep.exists():
            folder.mkdir(parents=True, exist_ok=True)
            started = time.perf_counter()
            asyncio.run(build_archive(keep, folder, args.size, args.seed))
            print(f"built {args.size} episodes in {time.perf_counter() - started:.0f} s")
        db = Path(tmp) / "run.sqlite3"  # the poll writes: work on a copy
        shutil.copyfile(keep, db)
        runs = first_answer_seconds(db)
        times = [t for t, _ in runs]
        print(
            f"start to first answer ({args.size} episodes): best {min(times):.2f} s, "
            f"median {statistics.median(times):.2f} s (each: "
            f"{', '.join(f'{t:.2f} s / {mb:.0f} MB peak' for t, mb in runs)}; a first run "
            "after an ingest by another process builds the index and saves it)",
            flush=True,
        )
        r = asyncio.run(poll_stall(db, folder, args.size))
        print(
            f"poll adding one episode: {r['poll_s']:.2f} s, longest stall "
            f"{r['poll_stall_ms']:.0f} ms; index refresh: {r['refresh_s']:.2f} s, longest "
            f"stall {r['refresh_stall_ms']:.0f} ms (target <= 50 ms); "
            f"episodes {r['episodes']:.0f} -> {r['after']:.0f}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
