"""Where the data files are: the operator's own, or the ones bundled with the bot.

The bundled files (the WOLA feed, ``topics.json``, ``people.json``) ship inside the package
as ``bot.data``: pyproject.toml maps that package to the repository's ``data/`` folder, so
a checkout, an editable install and a regular ``pip install`` all find them, whatever the
working folder. ``TOPICS_FILE`` and ``PEOPLE_FILE`` name an operator's own files instead.
"""

from __future__ import annotations

import atexit
import contextlib
from importlib import resources
from pathlib import Path

from bot.config import Settings

BUNDLED_FEED_NAME = "latin-america-today.xml"
TOPICS_NAME = "topics.json"
PEOPLE_NAME = "people.json"

# Files copied out of a zipped install live until exit (a file-system install: no copy).
_extracted = contextlib.ExitStack()
atexit.register(_extracted.close)


def bundled(name: str) -> Path:
    """The path of a data file shipped with the bot."""
    try:
        folder = resources.files("bot.data")
    except ModuleNotFoundError:
        # A checkout run without installing it (PYTHONPATH=.): the folder bot.data maps to.
        return Path(__file__).resolve().parent.parent / "data" / name
    return _extracted.enter_context(resources.as_file(folder / name))


def topics_file() -> Path:
    """The topic catalogue to use: ``TOPICS_FILE`` if set, else the bundled one."""
    chosen = Settings.load().topics_file
    return Path(chosen) if chosen else bundled(TOPICS_NAME)


def people_file() -> Path:
    """The people corrections to use: ``PEOPLE_FILE`` if set, else the bundled ones."""
    chosen = Settings.load().people_file
    return Path(chosen) if chosen else bundled(PEOPLE_NAME)
