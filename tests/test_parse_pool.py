"""The parse pool: an object its owner creates and closes, used through its public methods."""

from __future__ import annotations

import asyncio
import concurrent.futures
import contextlib
import os
import signal
import socket
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from bot import ingest as ingest_module
from bot.feeds import FeedError
from bot.parse_pool import PROCESS_MIN_BYTES, ParsePool, default_workers
from bot.store import Store
from tests.conftest import PYTHON, REPO, sigint_for_children

multicore = pytest.mark.skipif(default_workers() < 2, reason="one core: no worker processes")


def large_feed(items: int = 1500) -> bytes:
    body = "".join(
        f"<item><title>Episode {n}</title><guid>g{n}</guid>"
        f"<description>{'Talk about migration and the border. ' * 12}</description></item>"
        for n in range(items)
    )
    data = f'<rss version="2.0"><channel><title>Big</title>{body}</channel></rss>'.encode()
    assert len(data) >= PROCESS_MIN_BYTES  # prepared by the worker processes
    return data


def ended(pids: list[int]) -> bool:
    """Whether none of ``pids`` is still running (a zombie holds nothing and counts as ended)."""
    for pid in pids:
        try:
            stat = Path(f"/proc/{pid}/stat").read_text()
        except OSError:
            continue
        if stat[stat.rindex(")") + 2] not in ("Z", "X"):
            return False
    return True


def test_importing_the_code_registers_and_starts_nothing() -> None:
    # Reducers, the fork server's preload and threads belong to a pool, not to an import.
    probe = (
        "import copyreg, multiprocessing, threading\n"
        "import bot.__main__, bot.announce, bot.ingest, bot.parse_pool\n"
        "from bot.feeds import ParsedFeed\n"
        "import multiprocessing.forkserver as fs\n"
        "print(ParsedFeed in copyreg.dispatch_table, fs._forkserver._preload_modules,\n"
        "      threading.active_count())\n"
    )
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    out = subprocess.run(
        [PYTHON, "-c", probe], env=env, capture_output=True, text=True, check=True
    ).stdout
    assert out.split() == ["False", "['__main__']", "1"]


@multicore
async def test_a_pool_prepares_like_a_thread_and_its_close_ends_its_workers() -> None:
    data = large_feed()
    in_thread = ingest_module.prepare(data, 0.0)
    async with ParsePool() as pool:
        await pool.warm_up()
        pids = pool.worker_pids()
        assert len(pids) == pool.workers >= 2
        # The worker pickles the result in its compact form: it arrives whole.
        assert await pool.prepare(data, 0.0) == in_thread
    assert pool.worker_pids() == []
    assert ended(pids)
    with pytest.raises(FeedError, match="shut down"):
        await pool.prepare(data, 0.0)


async def test_small_feeds_and_callers_without_a_pool_use_no_process(store: Store) -> None:
    feed = b'<rss version="2.0"><channel><title>S</title><item><title>One</title></item>'
    feed += b"</channel></rss>"
    async with ParsePool() as pool:
        parsed, episodes = await pool.prepare(feed, 0.0)
        assert parsed.title == "S" and len(episodes) == 1
        assert pool.worker_pids() == []  # never started for a small feed
    big = Path(store.path).parent / "big.xml"
    big.write_bytes(large_feed())
    result = await ingest_module.ingest_source(store, str(big))  # no pool: a thread
    assert result.ok and result.added == 1500


@multicore
async def test_a_dead_worker_is_a_clear_error_and_the_next_ingest_recovers() -> None:
    data = large_feed()
    async with ParsePool() as pool:
        # While the pool starts, this process prepares one feed itself...
        first = asyncio.create_task(pool.prepare(data, 0.0))
        await asyncio.sleep(0)
        # ...and the others wait for the workers.
        parsed, episodes = await pool.prepare(data, 0.0)
        assert len(episodes) == 1500 and (await first)[0].title == "Big"
        old = pool.worker_pids()
        assert old
        for pid in old:  # a worker killed, as by the out-of-memory killer
            os.kill(pid, signal.SIGKILL)
        with pytest.raises(FeedError, match="parser process stopped"):
            for _ in range(20):  # until the pool notices
                await pool.prepare(data, 0.0)
                await asyncio.sleep(0.05)
        parsed, episodes = await pool.prepare(data, 0.0)
        assert len(episodes) == 1500 and parsed.title == "Big"
        await pool.warm_up()
        assert pool.worker_pids() and not set(pool.worker_pids()) & set(old)  # a new pool


class CannotStart(concurrent.futures.ProcessPoolExecutor):
    def __init__(self, *args: object, **kwargs: object) -> None:
        raise OSError("fork failed")


@multicore
async def test_a_pool_that_cannot_start_is_a_clear_error_and_the_next_try_starts_anew(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    data = large_feed()
    monkeypatch.setattr(concurrent.futures, "ProcessPoolExecutor", CannotStart)
    async with ParsePool() as pool:
        with pytest.raises(FeedError, match="could not start"):
            await pool.warm_up()
        failed = pool.start()
        concurrent.futures.wait([failed])
        with pytest.raises(FeedError, match="could not start"):
            await pool.prepare(data, 0.0)
        monkeypatch.undo()  # the cause is gone: the next feed starts a new pool
        _parsed, episodes = await pool.prepare(data, 0.0)
        assert len(episodes) == 1500
        started = pool.start()
        assert started is not failed
        concurrent.futures.wait([started])
        assert started.exception() is None
        _parsed, episodes = await pool.prepare(data, 0.0)  # in the pool
        assert len(episodes) == 1500 and pool.worker_pids()


@pytest.fixture
def silent_host() -> Iterator[str]:
    """A feed URL whose host accepts the connection and never answers: the ingest waits."""
    with socket.socket() as server:
        server.bind(("127.0.0.1", 0))
        server.listen()
        yield f"http://127.0.0.1:{server.getsockname()[1]}/feed.xml"


def big_files(tmp_path: Path, n: int) -> list[str]:
    paths = []
    for i in range(n):
        path = tmp_path / f"big{i}.xml"
        path.write_bytes(large_feed().replace(b"<title>Big", f"<title>Big {i}".encode()))
        paths.append(str(path))
    return paths


BROKEN_DATA = """\
import asyncio, sys
from bot.parse_pool import ParsePool

async def main():
    async with ParsePool() as pool:
        await pool.warm_up()  # the fork server loaded the data files, and is still up
        try:
            await pool.prepare(open(sys.argv[1], "rb").read(), 0.0)
        except ValueError as exc:
            print("feed failed:", exc)

asyncio.run(main())
"""


@multicore
def test_a_broken_data_file_does_not_stop_the_fork_server(
    tmp_path: Path, cli_env: dict[str, str]
) -> None:
    topics = tmp_path / "topics.json"
    topics.write_text("{}")  # no "topics" list
    env = {**cli_env, "TOPICS_FILE": str(topics)}
    [big] = big_files(tmp_path, 1)
    proc = subprocess.run(
        [PYTHON, "-c", BROKEN_DATA, big],
        check=False,
        env=env,
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr
    # The worker's prepare says why (a fork server stopped by its preload: "could not start").
    assert proc.stdout.startswith("feed failed:") and "topics.json" in proc.stdout, proc.stdout


@multicore
def test_ctrl_c_while_the_workers_start_ends_every_process(
    tmp_path: Path, cli_env: dict[str, str], silent_host: str
) -> None:
    with sigint_for_children():
        proc = subprocess.Popen(
            [
                PYTHON,
                "-m",
                "bot",
                "--db",
                str(tmp_path / "db"),
                "ingest",
                *big_files(tmp_path, 3),
                silent_host,
            ],
            env={**cli_env, "INGEST_WORKERS": "2"},  # started even on a busy machine
            cwd=tmp_path,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
    try:
        assert proc.stderr is not None
        first = proc.stderr.readline()  # the feed prepared here while the workers start
        assert first.startswith("ingest: 1/4 feeds done"), first
        proc.send_signal(signal.SIGINT)
        # Returns at EOF on stdout: every process that held it (workers too) has ended.
        out, err = proc.communicate(timeout=60)
    finally:
        if proc.poll() is None:
            with contextlib.suppress(ProcessLookupError):
                proc.kill()
            proc.wait()
    assert proc.returncode == 130
    # Another feed may finish between the first line and the signal: its progress line is
    # fine; the interrupt itself is one line, and nothing else (no traceback) is printed.
    *progress, last = err.strip().splitlines()
    assert last == "interrupted", err
    assert all(line.startswith("ingest: ") and "feeds done" in line for line in progress), err
    assert out == ""
