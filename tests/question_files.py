"""Reading the labelled question sets and their generators (tests/data/), for their tests."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType

from bot.feeds import parse_feed
from tests.conftest import BUNDLED_FEED, FEEDS_DIR

DATA = Path(__file__).resolve().parent / "data"
# The modules a generator imports from its own folder (fresh_sets: what the successors of
# make_fresh_questions share).
GENERATORS = ("make_questions", "make_fresh_questions", "make_fresh2_questions", "fresh_sets")


def rows(path: Path) -> list[dict]:
    """Every question line of a set (comment lines start with '#'), with its ``_line``."""
    out = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        row = json.loads(line)
        row["_line"] = n
        out.append(row)
    return out


def as_written(found: list[dict]) -> list[str]:
    """Rows as the generators write them (without ``_line``), to compare with their output."""
    return [
        json.dumps({k: v for k, v in r.items() if k != "_line"}, ensure_ascii=False) for r in found
    ]


def generator(name: str) -> ModuleType:
    """``tests/data/<name>.py``, loaded as a module, leaving sys.modules and sys.path as
    they were (a generator imports the earlier ones from its own folder, and their
    dataclasses look their module up in sys.modules while it loads)."""
    spec = importlib.util.spec_from_file_location(name, DATA / f"{name}.py")
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    saved_path = list(sys.path)
    had = {n: sys.modules.get(n) for n in {name, *GENERATORS}}
    sys.modules[name] = mod
    try:
        spec.loader.exec_module(mod)
    finally:
        sys.path[:] = saved_path
        for n, old in had.items():
            if old is None:
                sys.modules.pop(n, None)
            else:
                sys.modules[n] = old
    return mod


def archive_titles() -> set[str]:
    """Every episode title of the bundled feed and the shared feeds, as published."""
    titles = {e.title for e in parse_feed(BUNDLED_FEED.read_bytes()).episodes}
    for path in sorted(FEEDS_DIR.glob("*.xml")):
        titles.update(e.title for e in parse_feed(path.read_bytes()).episodes)
    return titles
