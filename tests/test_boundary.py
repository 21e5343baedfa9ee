"""The core/Discord boundary: only ``bot.discord`` may import discord.py.

The core (feeds, store, ingest, answers, announcements' decisions, the command line) must
work, and be testable, without discord.py; everything that talks to Discord lives in one
package so a reader sees at once which side a change belongs to.
"""

from __future__ import annotations

import ast
import asyncio
import json
import subprocess
import sys
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

import bot
from bot.answer import Answerer, feed_named
from bot.ingest import ingest_many
from bot.store import Store
from tests.conftest import BUNDLED_FEED

PACKAGE = Path(bot.__file__).parent
DISCORD_SIDE = "bot.discord"


def module_name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def modules() -> dict[str, Path]:
    """Every module of the package, found on disk (walking by import would run them)."""
    return {module_name(p): p for p in sorted(PACKAGE.rglob("*.py"))}


def on_discord_side(name: str) -> bool:
    return name == DISCORD_SIDE or name.startswith(DISCORD_SIDE + ".")


# Imports every core module in a fresh interpreter and reports what got imported.
PROBE = """
import importlib, json, sys
names = json.loads(sys.argv[1])
for name in names:
    importlib.import_module(name)
print(json.dumps({
    "discord": sorted(m for m in sys.modules if m == "discord" or m.startswith("discord.")),
    "discord_side": sorted(m for m in sys.modules if m.startswith("bot.discord")),
}))
"""


def test_core_modules_never_import_discord() -> None:
    core = [name for name in modules() if not on_discord_side(name)]
    # The walk found the core (not an empty list that would make the check vacuous).
    assert {"bot", "bot.__main__", "bot.answer", "bot.announce", "bot.ingest"} <= set(core)
    proc = subprocess.run(
        [sys.executable, "-c", PROBE, json.dumps(core)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        cwd=PACKAGE.parent,
    )
    assert proc.returncode == 0, proc.stderr
    loaded = json.loads(proc.stdout)
    assert loaded == {"discord": [], "discord_side": []}


def imported_names(tree: ast.AST) -> set[str]:
    """The modules a file imports, anywhere in it (also under ``TYPE_CHECKING``)."""
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def test_every_discord_side_module_needs_discord() -> None:
    """A module under ``bot.discord`` imports discord.py, or a discord-side module; only a
    package's ``__init__`` with nothing but its docstring is exempt. Pure code goes to the
    core, where the other test keeps it free of discord."""
    side = {name: path for name, path in modules().items() if on_discord_side(name)}
    assert {"bot.discord.client", "bot.discord.episodes.cog", "bot.discord.announce.cog"} <= set(
        side
    )
    strays = []
    for name, path in side.items():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        if path.name == "__init__.py" and all(
            isinstance(node, ast.Expr) and isinstance(node.value, ast.Constant)
            for node in tree.body
        ):
            continue
        needs = imported_names(tree)
        if not any(n == "discord" or n.startswith(("discord.", DISCORD_SIDE + ".")) for n in needs):
            strays.append(name)
    assert strays == []


# --- the cogs' door into the core: Answerer methods, not the index's fields ----------------


def test_discord_side_never_reads_the_answer_index() -> None:
    """``answerer.index`` is the core's internal state: the cogs ask the Answerer."""
    readers = []
    for name, path in modules().items():
        if not on_discord_side(name):
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Attribute) and node.attr == "index":
                owner = node.value
                owner_name = owner.attr if isinstance(owner, ast.Attribute) else ""
                if isinstance(owner, ast.Name):
                    owner_name = owner.id
                if owner_name == "answerer":
                    readers.append(f"{name}:{node.lineno}")
    assert readers == []


@pytest.fixture(scope="module")
def bundled_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("boundary") / "b.sqlite3"

    async def build() -> None:
        async with await Store.open(path) as store:
            results = await ingest_many(store, [str(BUNDLED_FEED)])
            assert all(r.ok for r in results)

    asyncio.run(build())
    return path


@pytest.fixture
async def answerer(bundled_db: Path) -> AsyncIterator[Answerer]:
    store = await Store.open(bundled_db)
    try:
        yield await Answerer.create(store)
    finally:
        await store.close()


async def test_latest_is_newest_first_and_per_topic(answerer: Answerer) -> None:
    newest = [ep.id for ep in await answerer.store.latest_episodes(3)]
    assert answerer.latest() == newest[:1]
    assert answerer.latest(limit=3) == newest
    on_topic = answerer.latest("Colombia", limit=10)
    assert len(on_topic) > 1
    assert sorted(on_topic) == sorted(answerer.topic_episode_ids("Colombia"))
    # In the store's newest-first order (not the topic's relevance order).
    everything = [ep.id for ep in await answerer.store.latest_episodes(100)]
    assert on_topic == [i for i in everything if i in on_topic]
    assert on_topic != answerer.topic_episode_ids("Colombia")
    assert answerer.latest("Colombia") == on_topic[:1]
    assert answerer.latest("Quantum knitting") == []


async def test_topic_listing_takes_the_closest_topic(answerer: Answerer) -> None:
    listing = answerer.topic_listing("colombia")
    assert listing is not None
    display, ids = listing
    assert display == "Colombia" and ids == answerer.topic_episode_ids("Colombia")
    assert answerer.topic_listing("Colmbia") == listing  # a typo: the closest topic
    assert answerer.topic_listing("zzqx wvvk") is None


async def test_person_by_key_name_or_cut_key(answerer: Answerer) -> None:
    ruth = answerer.person("ruth lopez")
    assert ruth is not None and ruth.name.startswith("Ruth L")
    assert answerer.person("Ruth López") is ruth
    # A key cut to fit a Discord choice value is found by its start, only when cut there.
    cut = ruth.key[:4]
    assert answerer.person(cut) is None
    assert answerer.person(cut, cut_at=len(cut)) is ruth
    assert answerer.person(cut, cut_at=len(cut) + 1) is None


async def test_a_chosen_or_typed_value_names_a_known_topic_person_or_podcast(
    answerer: Answerer,
) -> None:
    # The routes' and follows' one way to read what a member picked or typed.
    assert answerer.known_topic("venezuela") == "Venezuela"
    assert answerer.known_topic("Atlantis") is None
    key = answerer.known_person("Beatriz Magaloni")
    assert key is not None and answerer.known_person(key) == key
    assert answerer.known_person("Nobody Atall") is None
    feeds = await answerer.store.feeds()
    (feed,) = feeds
    assert feed_named(feeds, str(feed.id)) == feed_named(feeds, "latin america TODAY") == feed.id
    assert feed_named(feeds, "Other Cast") is None
