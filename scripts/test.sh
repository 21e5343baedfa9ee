#!/bin/sh
# Runs the whole test suite: makes .venv (once), installs the package with its dev extra,
# checks lint and format with ruff, then runs pytest. Extra arguments go to pytest.
set -eu
cd "$(dirname "$0")/.."
VENV="${VENV:-.venv}"
if [ ! -x "$VENV/bin/python" ]; then
    python3 -m venv "$VENV"
fi
if ! "$VENV/bin/python" -c "import bot, discord, rapidfuzz, aiosqlite, pytest, ruff" 2>/dev/null \
    || [ pyproject.toml -nt "$VENV/.installed" ]; then
    "$VENV/bin/python" -m pip install --quiet --upgrade pip
    "$VENV/bin/python" -m pip install --quiet -e '.[dev]'
    touch "$VENV/.installed"
fi
"$VENV/bin/python" -m ruff check .
"$VENV/bin/python" -m ruff format --check .
exec "$VENV/bin/python" -m pytest "$@"
