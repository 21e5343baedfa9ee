"""The ingest's worker processes die with it, even when it is killed with ``kill -9``."""

from __future__ import annotations

import contextlib
import os
import queue
import selectors
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from bot.parse_pool import PROCESS_MIN_BYTES, default_workers
from tests.conftest import PYTHON, REPO

pytestmark = [
    pytest.mark.skipif(not sys.platform.startswith("linux"), reason="uses /proc and prctl"),
    pytest.mark.skipif(default_workers() < 2, reason="one core: no worker processes"),
]

POOL_UP = "ingest worker processes started"


def large_feed(items: int = 1500) -> bytes:
    body = "".join(
        f"<item><title>Episode {n} with Jane Doe</title><guid>g{n}</guid>"
        f"<description>{'Venezuela and Colombia talk. ' * 12}</description></item>"
        for n in range(items)
    )
    data = f'<rss version="2.0"><channel><title>Big</title>{body}</channel></rss>'.encode()
    assert len(data) >= PROCESS_MIN_BYTES  # prepared by the worker processes
    return data


def _ppids() -> dict[int, int]:
    """Every live process id and its parent's (zombies, which hold nothing, left out)."""
    out: dict[int, int] = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:  # it ended meanwhile
            continue
        # "pid (comm) state ppid ...": comm may hold spaces and parentheses.
        state, ppid = stat[stat.rindex(")") + 2 :].split()[:2]
        if state not in ("Z", "X"):
            out[int(entry.name)] = int(ppid)
    return out


def descendants(pid: int) -> dict[int, int]:
    """The processes under ``pid``, each with a pidfd: it names that very process (never a
    later one given the same id) and becomes readable when it ends."""
    ppids = _ppids()
    found: dict[int, int] = {}
    todo = [pid]
    while todo:
        parent = todo.pop()
        for child, ppid in ppids.items():
            if ppid == parent and child not in found:
                with contextlib.suppress(ProcessLookupError):  # it ended meanwhile
                    found[child] = os.pidfd_open(child)
                todo.append(child)
    return found


def running(pidfds: dict[int, int], timeout: float) -> list[int]:
    """The processes still running once all have ended or ``timeout`` has passed."""
    waiting = dict(pidfds)
    with selectors.DefaultSelector() as selector:
        for pid, fd in waiting.items():
            selector.register(fd, selectors.EVENT_READ, pid)
        deadline = time.monotonic() + timeout
        while waiting and (left := deadline - time.monotonic()) > 0:
            for key, _ in selector.select(left):
                selector.unregister(key.fd)
                del waiting[key.data]
    return sorted(waiting)


@pytest.fixture
def silent_host() -> Iterator[str]:
    """A feed URL whose host accepts the connection and never answers: the ingest waits."""
    with socket.socket() as server:
        server.bind(("127.0.0.1", 0))
        server.listen()
        yield f"http://127.0.0.1:{server.getsockname()[1]}/feed.xml"


def test_kill_9_of_an_ingest_leaves_no_worker_behind(tmp_path: Path, silent_host: str) -> None:
    big = tmp_path / "big.xml"
    big.write_bytes(large_feed())
    env = {k: v for k, v in os.environ.items() if k not in ("DISCORD_TOKEN", "DATABASE_PATH")}
    env["PYTHONPATH"] = str(REPO)
    env["LOG_LEVEL"] = "DEBUG"  # the line saying the workers are up
    env["INGEST_WORKERS"] = "2"  # started even on a busy machine (see ParsePool)
    proc = subprocess.Popen(
        [PYTHON, "-m", "bot", "--db", str(tmp_path / "db"), "ingest", str(big), silent_host],
        cwd=tmp_path,
        env=env,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    left: dict[int, int] = {}
    try:
        # Wait for the line saying the workers are up (the silent host keeps the ingest
        # running meanwhile); the stderr pipe is drained to the end so it never fills.
        lines: queue.Queue[str | None] = queue.Queue()

        def read_stderr() -> None:
            assert proc.stderr is not None
            for raw in proc.stderr:
                lines.put(raw.decode(errors="replace"))
            lines.put(None)

        threading.Thread(target=read_stderr, daemon=True).start()
        seen: list[str] = []
        while True:
            line = lines.get(timeout=60)
            assert line is not None, f"the ingest ended early: {''.join(seen[-20:])}"
            seen.append(line)
            if POOL_UP in line:
                break
        left = descendants(proc.pid)
        assert len(left) >= 2  # at least the fork server and a worker (and the tracker)

        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
        # EOF on stdout: every process that held the ingest's stdout has ended.
        ended: queue.Queue[bytes] = queue.Queue()
        assert proc.stdout is not None
        stdout = proc.stdout
        threading.Thread(target=lambda: ended.put(stdout.read()), daemon=True).start()
        try:
            assert ended.get(timeout=30) == b""
        except queue.Empty:
            still = running(left, 0)
            pytest.fail(f"the ingest's stdout is still held open after kill -9 by {still}")
        assert running(left, 30) == [], "a process the ingest started is still running"
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        for fd in left.values():  # only what this test started, never a reused id
            with contextlib.suppress(ProcessLookupError):
                signal.pidfd_send_signal(fd, signal.SIGKILL)
            os.close(fd)
