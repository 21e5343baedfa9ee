"""A built and installed bot carries its data files: the bundled feed, topics and people."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import pytest

from tests.conftest import BUNDLED_TITLES, PYTHON, REPO

DATA_FILES = ("latin-america-today.xml", "topics.json", "people.json")


def _pip(*args: str, cwd: Path) -> None:
    """Run pip offline; its output is shown when it fails."""
    done = subprocess.run(
        [PYTHON, "-m", "pip", *args, "--no-index", "--disable-pip-version-check", "-q"],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A wheel built offline from a copy of the sources, with a database lying in data/
    as in a checkout that has been used (it must not be shipped)."""
    src = tmp_path_factory.mktemp("src")
    for name in ("pyproject.toml", "README.md"):
        shutil.copy(REPO / name, src / name)
    ignore = shutil.ignore_patterns("__pycache__", "*.sqlite3*", "*.egg-info")
    for folder in ("bot", "data"):
        shutil.copytree(REPO / folder, src / folder, ignore=ignore)
    for junk in ("bot.sqlite3", "bot.sqlite3-wal", "old.db"):
        (src / "data" / junk).write_bytes(b"SQLite format 3\0")
    out = tmp_path_factory.mktemp("wheel")
    _pip("wheel", "--no-deps", "--no-build-isolation", "-w", str(out), str(src), cwd=src)
    [built] = out.glob("*.whl")
    return built


def test_the_wheel_ships_the_data_files_and_no_database(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    for name in DATA_FILES:
        assert f"bot/data/{name}" in names
    assert "bot/store/migrations/001_initial.sql" in names
    assert not [n for n in names if ".sqlite3" in n or n.endswith(".db")]
    assert not [n for n in names if n.startswith(("data/", "tests/"))]


def test_the_data_files_load_from_another_folder(tmp_path: Path) -> None:
    """Whatever the working folder, the data files are found (here: the editable install
    or the checkout this test runs from)."""
    code = (
        "from importlib import resources\n"
        "from bot.data_files import bundled\n"
        "from bot.ingest import BUNDLED_FEED\n"
        "from bot.topics import default_catalog\n"
        "from bot.people import Corrections\n"
        "assert resources.files('bot.data').joinpath('topics.json').is_file()\n"
        "assert BUNDLED_FEED.is_file() and BUNDLED_FEED == bundled('latin-america-today.xml')\n"
        "assert 'Venezuela' in default_catalog().names\n"
        "assert Corrections.load().hosts\n"
        "print('ok')\n"
    )
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "TOPICS_FILE")}
    env.pop("PEOPLE_FILE", None)
    done = subprocess.run(
        [PYTHON, "-c", code], cwd=tmp_path, env=env, capture_output=True, text=True, check=False
    )
    assert done.stdout == "ok\n", done.stderr


def test_pip_install_into_a_fresh_virtualenv_answers_from_an_empty_folder(
    wheel: Path, tmp_path: Path
) -> None:
    venv = tmp_path / "venv"
    subprocess.run([PYTHON, "-m", "venv", "--without-pip", str(venv)], check=True, timeout=120)
    python = venv / "bin" / "python"
    site = Path(
        subprocess.run(
            [python, "-c", "import sysconfig; print(sysconfig.get_path('purelib'))"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
    )
    # The dependencies (and pip) come from this test's virtualenv, offline: a path line in
    # a .pth file, which does not run that folder's own .pth files (the editable install).
    (site / "deps.pth").write_text(sysconfig.get_path("purelib") + "\n")
    done = subprocess.run(
        [python, "-m", "pip", "install", "--no-deps", "--no-index", "-q", str(wheel)],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr

    empty = tmp_path / "elsewhere"
    empty.mkdir()
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("PYTHONPATH", "DISCORD_TOKEN", "DATABASE_PATH", "TOPICS_FILE", "PEOPLE_FILE")
    }
    where = subprocess.run(
        [python, "-c", "import bot, bot.data; print(bot.__file__); print(bot.data.__file__)"],
        cwd=empty,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()
    assert all(Path(p).is_relative_to(site) for p in where), where  # the installed copy

    answer = subprocess.run(
        [venv / "bin" / "podcast-bot", "ask", "latest episode"],
        cwd=empty,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert answer.returncode == 0, answer.stderr
    assert BUNDLED_TITLES[0] in answer.stdout
    assert "Traceback" not in answer.stderr
    assert (empty / "data" / "bot.sqlite3").is_file()  # the default database, in this folder


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX paths")
def test_operator_data_files_override_the_bundled_ones(tmp_path: Path) -> None:
    topics = tmp_path / "my-topics.json"
    topics.write_text('{"topics": [{"name": "Narnia", "kind": "country"}]}', encoding="utf-8")
    people = tmp_path / "my-people.json"
    people.write_text('{"feeds": {"*": {"hosts": ["Ada Lovelace"]}}}', encoding="utf-8")
    code = (
        "from bot.topics import default_catalog\n"
        "from bot.people import Corrections\n"
        "print(default_catalog().names, Corrections.load().hosts)\n"
    )
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    env |= {"TOPICS_FILE": str(topics), "PEOPLE_FILE": str(people)}
    done = subprocess.run(
        [PYTHON, "-c", code], cwd=tmp_path, env=env, capture_output=True, text=True, check=False
    )
    assert done.stdout == "['Narnia'] {'*': ['Ada Lovelace']}\n", done.stderr

    env["TOPICS_FILE"] = str(tmp_path / "missing.json")
    cli = subprocess.run(
        [PYTHON, "-m", "bot", "ask", "latest episode"],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert cli.returncode == 2
    assert cli.stderr.count("\n") == 1 and "TOPICS_FILE" in cli.stderr, cli.stderr


def test_the_wheel_ships_every_module(wheel: Path) -> None:
    """Each subpackage is listed in pyproject (e.g. the cogs under bot/discord/)."""
    names = set(zipfile.ZipFile(wheel).namelist())
    modules = {p.relative_to(REPO).as_posix() for p in (REPO / "bot").rglob("*.py")}
    assert "bot/discord/episodes/cog.py" in modules
    assert modules - names == set()
