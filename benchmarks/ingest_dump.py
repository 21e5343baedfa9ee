"""What an ingest stored, as text to compare: ``python -m benchmarks.ingest_dump DB``.

Or ``python -m benchmarks.ingest_dump --ingest DB SOURCE ...``: first ``python -m bot
ingest`` the sources into DB (a new file), then print the dump. Two versions of the code
prepare and write the same episodes when their dumps are equal.

The dump holds the feeds, episodes, people, topics, notes segments and the full-text
index's terms, keyed by what identifies them (a feed's source, an episode's key) rather
than by row ids (which depend on the order feeds finish in), and leaves out the times of
the ingest, ``item_hash`` and the feed's ``content_hash`` (which hash the code itself:
see ``bot.ingest``), and what of a person several feeds name depends on which feed was
written first.
"""

from __future__ import annotations

import argparse
import sqlite3
import subprocess
import sys
from pathlib import Path

_SKIPPED = {"id", "feed_id", "first_seen_at", "updated_at", "item_hash"}
_FEED_SKIPPED = {
    "id",
    "created_at",
    "last_fetch_at",
    "next_check_at",
    "last_new_at",
    "content_hash",
}


def _columns(conn: sqlite3.Connection, table: str, skipped: set[str]) -> list[str]:
    return [r[1] for r in conn.execute(f"PRAGMA table_info({table})") if r[1] not in skipped]


def dump(path: Path) -> list[str]:
    """The lines of the dump of the database at ``path``."""
    conn = sqlite3.connect(path)  # read-write: the index's integrity-check needs it
    lines: list[str] = []
    feed_cols = _columns(conn, "feeds", _FEED_SKIPPED)
    for row in conn.execute(f"SELECT {', '.join(feed_cols)} FROM feeds ORDER BY source"):
        lines.append("feed " + repr(dict(zip(feed_cols, row, strict=True))))
    cols = _columns(conn, "episodes", _SKIPPED)
    select = ", ".join(f"e.{c}" for c in cols)
    where = "FROM episodes e JOIN feeds f ON f.id = e.feed_id"
    for row in conn.execute(f"SELECT f.source, {select} {where} ORDER BY f.source, e.key"):
        lines.append("episode " + repr((row[0], dict(zip(cols, row[1:], strict=True)))))
    for row in conn.execute(
        "SELECT f.source, e.key, p.name_key, "
        "ep.role, ep.source, ep.note, ep.href, ep.img FROM episode_people ep "
        "JOIN episodes e ON e.id = ep.episode_id JOIN feeds f ON f.id = e.feed_id "
        "JOIN people p ON p.id = ep.person_id ORDER BY 1, 2, 3, 4"
    ):
        lines.append("person " + repr(row))
    # A person's own row keeps the name and details of the feed written first (feeds are
    # written as they finish): only its key is the same whatever the order.
    for row in conn.execute("SELECT name_key FROM people ORDER BY 1"):
        lines.append("people " + repr(row))
    for row in conn.execute(
        "SELECT f.source, e.key, t.topic, t.source, t.weight FROM episode_topics t "
        "JOIN episodes e ON e.id = t.episode_id JOIN feeds f ON f.id = e.feed_id "
        "ORDER BY 1, 2, 3"
    ):
        lines.append("topic " + repr(row))
    for row in conn.execute(
        "SELECT f.source, e.key, s.kind, s.start_sec, s.end_sec, s.title, s.text, s.url, "
        "s.language FROM segments s JOIN episodes e ON e.id = s.episode_id "
        "JOIN feeds f ON f.id = e.feed_id ORDER BY 1, 2, 3, 4, s.id"
    ):
        lines.append("segment " + repr(row))
    conn.execute("CREATE VIRTUAL TABLE temp.v USING fts5vocab(main, episodes_fts, row)")
    for row in conn.execute("SELECT term, doc, cnt FROM temp.v ORDER BY term"):
        lines.append("term " + repr(row))
    # The index agrees with the rows it indexes (raises otherwise).
    conn.execute("INSERT INTO episodes_fts (episodes_fts, rank) VALUES ('integrity-check', 1)")
    conn.close()
    return lines


def main(argv: list[str] | None = None) -> None:
    """Print the dump (after an ingest with ``--ingest``)."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("db", type=Path)
    parser.add_argument("sources", nargs="*")
    parser.add_argument("--ingest", action="store_true")
    args = parser.parse_args(argv)
    if args.ingest:
        if args.db.exists():
            raise SystemExit(f"{args.db} exists: --ingest makes a new database")
        command = [sys.executable, "-m", "bot", "--db", str(args.db), "ingest", *args.sources]
        subprocess.run(command, check=True, stdout=subprocess.DEVNULL)
    sys.stdout.writelines(line + "\n" for line in dump(args.db))


if __name__ == "__main__":
    main()
