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
