"""Issue 10 item 1: the store package is the only code with SQL or a connection."""

from __future__ import annotations

import ast
from pathlib import Path

BOT = Path(__file__).resolve().parent.parent / "bot"
STORE = BOT / "store"
SQL_WORDS = ("SELECT ", "INSERT ", "UPDATE ", "DELETE FROM", "PRAGMA ")
CALLS = {"execute", "executemany", "execute_fetchall", "executescript"}


def offences(path: Path) -> list[str]:
    """What in this module belongs to the store: SQL calls, a connection, SQL text."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Attribute):
            if node.attr in CALLS:
                found.append(f"line {node.lineno}: .{node.attr}")
            elif node.attr == "conn":
                found.append(f"line {node.lineno}: .conn")
        elif isinstance(node, ast.Constant) and isinstance(node.value, str):
            text = node.value.upper()
            for word in SQL_WORDS:
                # SQL keywords are written in capitals here; prose ("select options") is not.
                if word in node.value and word in text:
                    found.append(f"line {node.lineno}: SQL {word.strip()!r}")
        elif isinstance(node, ast.Import | ast.ImportFrom):
            names = [a.name for a in node.names]
            module = getattr(node, "module", None) or ""
            # A connection comes from aiosqlite (sqlite3.Error may be caught, to name a fault).
            if "aiosqlite" in names or module == "aiosqlite":
                found.append(f"line {node.lineno}: imports aiosqlite")
    return found


def test_no_module_outside_the_store_has_sql() -> None:
    modules = [p for p in BOT.rglob("*.py") if STORE not in p.parents]
    assert len(modules) > 10  # the scan sees the package
    bad = {str(p.relative_to(BOT.parent)): found for p in modules if (found := offences(p))}
    assert not bad, bad


def test_the_scan_finds_sql(tmp_path: Path) -> None:
    module = tmp_path / "leaky.py"
    module.write_text(
        "async def f(store):\n"
        "    await store.conn.execute('SELECT 1')\n"
        '    rows = await store.conn.execute_fetchall("DELETE FROM x")\n',
        encoding="utf-8",
    )
    found = offences(module)
    assert any(".execute" in f for f in found)
    assert any(".conn" in f for f in found)
    assert any("SELECT" in f for f in found) and any("DELETE FROM" in f for f in found)
