"""In CI (``CI=true``) a missing real-feeds folder fails the run; elsewhere its tests skip."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest

from tests.conftest import PYTHON, REPO

TINY_TEST = """
from tests.conftest import needs_feeds


@needs_feeds
def test_uses_the_real_feeds():
    pass
"""


def run_pytest(tmp_path: Path, feeds: Path, ci: str | None) -> subprocess.CompletedProcess[str]:
    """Run pytest on a one-test project that loads this suite's conftest as a plugin."""
    project = tmp_path / "project"
    project.mkdir(exist_ok=True)
    (project / "conftest.py").write_text('pytest_plugins = ["tests.conftest"]\n')
    (project / "test_tiny.py").write_text(TINY_TEST)
    (project / "pytest.ini").write_text("[pytest]\n")
    env = {k: v for k, v in os.environ.items() if k not in ("CI", "FEEDS_DIR")}
    env |= {"PYTHONPATH": str(REPO), "FEEDS_DIR": str(feeds)}
    if ci is not None:
        env["CI"] = ci
    return subprocess.run(
        [PYTHON, "-m", "pytest", "-p", "no:cacheprovider", "-rs", "test_tiny.py"],
        cwd=project,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


@pytest.mark.parametrize("ci", ["true", "TRUE", "1"])
def test_in_ci_a_missing_feeds_folder_fails_the_run(tmp_path: Path, ci: str) -> None:
    missing = tmp_path / "no-feeds-here"
    done = run_pytest(tmp_path, missing, ci)
    assert done.returncode != 0, done.stdout
    assert str(missing) in done.stderr + done.stdout
    assert "skipped" not in done.stdout and "passed" not in done.stdout


@pytest.mark.parametrize("ci", [None, "false", ""])
def test_outside_ci_a_missing_feeds_folder_skips(tmp_path: Path, ci: str | None) -> None:
    missing = tmp_path / "no-feeds-here"
    done = run_pytest(tmp_path, missing, ci)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "1 skipped" in done.stdout and str(missing) in done.stdout


def test_in_ci_present_feeds_run(tmp_path: Path) -> None:
    feeds = tmp_path / "feeds"
    feeds.mkdir()
    done = run_pytest(tmp_path, feeds, "true")
    assert done.returncode == 0, done.stdout + done.stderr
    assert "1 passed" in done.stdout
