"""The core/Discord boundary: only ``bot.discord`` may import discord.py.

The core (feeds, store, ingest, answers, announcements' decisions, the command line) must
work, and be testable, without discord.py; everything that talks to Discord lives in one
package so a reader sees at once which side a change belongs to.
"""

from __future__ import annotations

import ast
import json
import subprocess
import sys
from pathlib import Path

import bot

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
