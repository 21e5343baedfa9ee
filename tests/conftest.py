"""Shared fixtures: the real feeds in ../shared/feeds, fresh SQLite files, the bundled feed."""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from bot.store import Store

REPO = Path(__file__).resolve().parents[1]
# The real feeds sit beside the repository; FEEDS_DIR points elsewhere.
FEEDS_DIR = Path(os.environ.get("FEEDS_DIR") or REPO.parent / "shared" / "feeds")
BUNDLED_FEED = REPO / "data" / "latin-america-today.xml"

# Items per file, as listed in ../shared/feeds/SOURCES.md; every item there is distinct.
FEED_ITEMS = {
    "se-radio.xml": 249,
    "go-time.xml": 286,
    "js-party.xml": 289,
    "lex-fridman-podcast.xml": 383,
    "how-i-built-this.xml": 525,
    "talk-python-to-me.xml": 417,
    "making-sense-sam-harris.xml": 346,
    "today-in-focus.xml": 300,
    "giant-bombcast.xml": 730,
    "podcasting-2-0.xml": 56,
    "mike-neumann-show.xml": 54,
    "no-agenda.xml": 29,
    "taverncast.xml": 131,
    "rtve-tiempo-de-valientes.xml": 6,
    "tom-segura-en-espanol.xml": 26,
    "pasajes-de-la-historia.xml": 61,
    "hipsters-ponto-tech.xml": 435,
    "dw-langsam-gesprochene-nachrichten.xml": 59,
}

needs_feeds = pytest.mark.skipif(
    not FEEDS_DIR.is_dir(),
    reason=f"the shared real feeds are not here ({FEEDS_DIR}); they sit beside the repo in CI",
)


def in_ci() -> bool:
    """Whether this run is CI's (``CI=true``, as CI services set it)."""
    return os.environ.get("CI", "").strip().lower() in ("true", "1", "yes")


def pytest_sessionstart(session: pytest.Session) -> None:
    """In CI the real feeds must be there: their tests would otherwise skip unnoticed."""
    if in_ci() and not FEEDS_DIR.is_dir():
        raise pytest.UsageError(
            f"the shared real feeds are missing: {FEEDS_DIR} is not a folder "
            "(CI=true, so their tests may not skip; set FEEDS_DIR if they are elsewhere)"
        )


def feed_path(name: str) -> Path:
    return FEEDS_DIR / name


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "bot.sqlite3"


@pytest.fixture
async def store(db_path: Path):
    s = await Store.open(db_path)
    try:
        yield s
    finally:
        await s.close()


@pytest.fixture
def bundled_feed() -> Path:
    return BUNDLED_FEED


@pytest.fixture
def cli_env(tmp_path: Path) -> dict[str, str]:
    """An environment for running ``python -m bot`` with no token and no .env influence."""
    env = {k: v for k, v in os.environ.items() if k not in ("DISCORD_TOKEN", "DATABASE_PATH")}
    env["PYTHONPATH"] = str(REPO)
    env["LOG_LEVEL"] = "WARNING"
    return env


PYTHON = sys.executable

# The bundled episodes' titles, copied from the episode page, in its order (newest first).
BUNDLED_TITLES = [
    "Piercing the Propaganda Bubble in El Salvador",
    "The Grim Side of El Salvador’s “Security Model”",
    "U.S. drug policy takes a “radical” and “chilling” turn. Is Venezuela in the crosshairs?",
    "“We Are in the Middle of a New Family Separation Crisis”",
    "“Simultaneously juggling nine processes at once”: Colombia’s “Total Peace” plan and "
    "mounting security challenges",
    "Derechos y resistencia LGBTIQ+ en Latinoamérica: seis voces de la región",
    "LGBTIQ+ Rights and Resistance in Latin America: Six Voices from the Region",
    "LGBTQ+ Migrants in the Crosshairs: A Critical Conversation with Brigitte Baltazar Lujano",
    "Global Drug Policy: “Countries are being freed up to actually speak their minds”",
    "Mujeres contra la corrupción y el autoritarismo: aprendiendo de El Salvador",
]


def run_cli(
    args: list[str], env: dict[str, str], cwd: Path, stdin: str | None = None
) -> subprocess.CompletedProcess[str]:
    """Run ``python -m bot ARGS`` as an operator would, and capture what it prints."""
    return run_python(["-m", "bot", *args], env, cwd, stdin)


def run_python(
    args: list[str], env: dict[str, str], cwd: Path, stdin: str | None = None
) -> subprocess.CompletedProcess[str]:
    """Run ``python ARGS`` (this interpreter), and capture what it prints."""
    return subprocess.run(
        [PYTHON, *args],
        env=env,
        cwd=cwd,
        input=stdin,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


@contextlib.contextmanager
def sigint_for_children() -> Iterator[None]:
    """Children started inside get Ctrl-C's default action, however the suite was started.

    A suite run in the background of a non-interactive shell (``sh -c '... &'``, nohup)
    inherits SIGINT ignored, and a child inherits that through exec (an ignored signal
    stays ignored; a caught one is reset): a test that sends the child Ctrl-C would wait
    for nothing. Caught here while the child starts, it starts with the default.
    """
    before = signal.signal(signal.SIGINT, signal.default_int_handler)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, before)
