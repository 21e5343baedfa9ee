"""The parse pool counts the cores this process may use, not all the machine's."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.conftest import run_python

PROBE = """
import os
os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})
from bot.parse_pool import default_workers, usable_cores
print(usable_cores(), default_workers())
"""


@pytest.mark.skipif(not hasattr(os, "sched_setaffinity"), reason="no CPU affinity here")
def test_a_process_limited_to_one_core_runs_no_workers(
    tmp_path: Path, cli_env: dict[str, str]
) -> None:
    done = run_python(["-c", PROBE], cli_env, tmp_path)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["1", "1"]


def test_a_core_is_free_when_the_load_is_past_but_nothing_runs_now(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from bot import parse_pool

    cores = parse_pool.usable_cores()
    assert parse_pool._runnable_now() >= 1  # this test itself runs
    # A minute's average above the cores, left by a run that has ended: free if nothing
    # else runs now, busy if it still does.
    monkeypatch.setattr(parse_pool.os, "getloadavg", lambda: (cores + 0.5,) * 3)
    monkeypatch.setattr(parse_pool, "_runnable_now", lambda: 1)
    assert parse_pool._a_core_is_free()
    monkeypatch.setattr(parse_pool, "_runnable_now", lambda: cores + 1)
    assert not parse_pool._a_core_is_free()
    # A load of twice the cores or more is busy whatever runs this instant.
    monkeypatch.setattr(parse_pool.os, "getloadavg", lambda: (2.0 * cores,) * 3)
    monkeypatch.setattr(parse_pool, "_runnable_now", lambda: 1)
    assert not parse_pool._a_core_is_free()
