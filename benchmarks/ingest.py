"""Ingest benchmark beside the limit: ``python -m benchmarks.ingest [--sizes 10000] [--rounds 3]``.

For one synthetic feed of each size (words following a Zipf law, as in
``benchmarks.search``) and for the real feeds (``--feeds``, default ``../shared/feeds``),
it reports:

* the project: ``python -m bot ingest`` end to end, in a new process (start-up included),
  into a new database, in episodes per second;
* the re-ingest of the same, unchanged, sources into that database (and its share of the
  first ingest);
* the limit: the same work done plainly in one process, ``lxml.etree.fromstring`` of the
  feed bytes plus one transaction inserting the same rows into SQLite with an FTS5 index;
* the ratio (how many times slower the project is than the limit).

The runs alternate (project, limit, project, ...) and each figure is the median of
``--rounds``: the machine may be shared, so paired runs and medians keep the noise out of
the ratio. ``--code DIR`` (repeatable) runs the project from other checkouts too (a
before/after comparison in the same run). It prints figures; it asserts nothing.
"""

from __future__ import annotations

import argparse
import ctypes
import json
import os
import random
import resource
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from lxml import etree

from benchmarks.search import FIRST, LAST, Text, build_feed

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_FEEDS = ROOT.parent / "shared" / "feeds"
PR_SET_CHILD_SUBREAPER = 36  # from <linux/prctl.h>

_LIMIT_SCHEMA = """
CREATE TABLE episodes (
    id INTEGER PRIMARY KEY, key TEXT NOT NULL, title TEXT NOT NULL, published TEXT,
    description TEXT NOT NULL, link TEXT, audio_url TEXT
);
CREATE VIRTUAL TABLE episodes_fts USING fts5 (
    title, description, content = 'episodes', content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2'
);
"""


def synthetic_feed(path: Path, size: int, seed: int = 12) -> None:
    """One feed of ``size`` episodes, Zipf-distributed words (see ``benchmarks.search``)."""
    rng = random.Random(seed)
    people = sorted({f"{rng.choice(FIRST)} {rng.choice(LAST)}" for _ in range(max(200, size // 8))})
    build_feed(path, 0, size, people, rng, Text(rng))


def _rows(data: bytes) -> list[tuple[str, str, str | None, str, str | None, str | None]]:
    root = etree.fromstring(
        data, etree.XMLParser(resolve_entities=False, huge_tree=True, recover=True)
    )
    rows = []
    for item in root.iter("item"):
        guid = title = published = link = audio = None
        description = ""
        for child in item:
            tag = child.tag
            if tag == "guid":
                guid = child.text
            elif tag == "title":
                title = child.text
            elif tag == "pubDate":
                published = child.text
            elif tag == "description":
                description = child.text or ""
            elif tag == "link":
                link = child.text
            elif tag == "enclosure":
                audio = child.get("url")
        rows.append(
            (guid or audio or title or "", title or "", published, description, link, audio)
        )
    return rows


def limit_run(files: list[Path], db: Path) -> tuple[int, float]:
    """The limit: parse every file with lxml, insert all rows in one transaction."""
    started = time.perf_counter()
    conn = sqlite3.connect(db)
    conn.executescript(_LIMIT_SCHEMA)
    count = 0
    with conn:
        for f in files:
            rows = _rows(f.read_bytes())
            first = conn.execute("SELECT coalesce(max(id), 0) + 1 FROM episodes").fetchone()[0]
            conn.executemany(
                "INSERT INTO episodes (key, title, published, description, link, audio_url) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                rows,
            )
            conn.executemany(
                "INSERT INTO episodes_fts (rowid, title, description) VALUES (?, ?, ?)",
                [(first + i, r[1], r[3]) for i, r in enumerate(rows)],
            )
            count += len(rows)
    conn.close()
    return count, time.perf_counter() - started


def _adopt_orphans() -> None:
    """Become the reaper of orphaned descendants (Linux): the ingest's fork server and
    workers may outlive it by a moment, unwaited, and their CPU time would be lost to
    ``RUSAGE_CHILDREN`` (it counts only waited-for processes)."""
    if sys.platform.startswith("linux"):
        ctypes.CDLL(None).prctl(PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0)


def _reap_all() -> None:
    while True:
        try:
            os.waitpid(-1, 0)
        except ChildProcessError:
            return


def _compile(code: Path) -> None:
    """Byte-compile the project's code first, as any installed copy is after its first
    run: where PYTHONDONTWRITEBYTECODE is set (this sandbox sets it), every run would
    otherwise compile every module again, in the main process and in the fork server."""
    subprocess.run(
        [sys.executable, "-m", "compileall", "-q", str(code / "bot")],
        check=True,
        env={k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"},
        stdout=subprocess.DEVNULL,
    )


def project_run(code: Path, files: list[Path], db: Path) -> tuple[int, int, float, float]:
    """``python -m bot ingest --json`` in a new process: (added, unchanged, seconds, CPU
    seconds of it and its worker processes)."""
    env = dict(os.environ, PYTHONPATH=str(code))
    command = [sys.executable, "-m", "bot", "--db", str(db), "ingest", "--json"]
    cpu = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    done = subprocess.run(
        [*command, *map(str, files)], check=False, cwd=code, env=env, capture_output=True, text=True
    )
    seconds = time.perf_counter() - started
    _reap_all()  # the fork server and workers, adopted (see _adopt_orphans)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu_seconds = after.ru_utime + after.ru_stime - cpu.ru_utime - cpu.ru_stime
    if done.returncode != 0:
        raise SystemExit(f"ingest failed ({code}): {done.stdout[-500:]} {done.stderr[-500:]}")
    results = [json.loads(line) for line in done.stdout.splitlines() if line.startswith("{")]
    added = sum(r["added"] + r["updated"] for r in results)
    unchanged = sum(r["unchanged"] for r in results)
    return added, unchanged, seconds, cpu_seconds


def measure(name: str, files: list[Path], codes: list[Path], rounds: int, tmp: Path) -> None:
    limit_rates: list[float] = []
    rates: dict[Path, list[float]] = {c: [] for c in codes}
    again: dict[Path, list[float]] = {c: [] for c in codes}
    shares: dict[Path, list[float]] = {c: [] for c in codes}
    counts: dict[Path, int] = {}
    cpu: dict[Path, list[float]] = {c: [] for c in codes}
    cpu_again: dict[Path, list[float]] = {c: [] for c in codes}
    for r in range(rounds):
        for c in codes if r % 2 == 0 else reversed(codes):
            db = tmp / f"project-{r}.sqlite3"
            added, _, first, first_cpu = project_run(c, files, db)
            _, unchanged, second, second_cpu = project_run(c, files, db)
            cpu[c].append(first_cpu)
            cpu_again[c].append(second_cpu)
            counts[c] = added
            rates[c].append(added / first)
            again[c].append(second)
            shares[c].append(second / first)
            if unchanged != added:
                print(f"  note: re-ingest reported {unchanged} unchanged of {added}")
            db.unlink()
            n, seconds = limit_run(files, tmp / f"limit-{r}.sqlite3")
            (tmp / f"limit-{r}.sqlite3").unlink()
            limit_rates.append(n / seconds)
    limit = statistics.median(limit_rates)
    print(f"\n{name}: {len(files)} feed(s), medians of {rounds} paired rounds")
    print(f"  limit (lxml + one FTS5 transaction): {limit:,.0f} ep/s")
    for c in codes:
        rate = statistics.median(rates[c])
        label = "project" if c == ROOT else f"project at {c}"
        print(
            f"  {label}: {counts[c]:,} episodes, {rate:,.0f} ep/s, "
            f"{limit / rate:.1f}x the limit; unchanged re-ingest "
            f"{statistics.median(again[c]):.2f} s = {statistics.median(shares[c]):.2f}x "
            f"the first ingest"
        )
        first_cpu, again_cpu = statistics.median(cpu[c]), statistics.median(cpu_again[c])
        print(
            f"    CPU (all processes): first {first_cpu:.2f} s "
            f"({first_cpu / counts[c] * 1e6:.0f} µs/episode), unchanged re-ingest "
            f"{again_cpu:.2f} s = {again_cpu / first_cpu:.2f}x"
        )


def main(argv: list[str] | None = None) -> None:
    """Run the benchmark and print its figures."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--sizes", type=int, nargs="*", default=[10_000])
    parser.add_argument("--feeds", type=Path, default=DEFAULT_FEEDS)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--code", type=Path, action="append", default=[])
    args = parser.parse_args(argv)
    _adopt_orphans()
    codes = [ROOT, *(c.resolve() for c in args.code)]
    for code in codes:
        _compile(code)
    with tempfile.TemporaryDirectory() as name:
        tmp = Path(name)
        for size in args.sizes:
            path = tmp / f"synthetic-{size}.xml"
            synthetic_feed(path, size)
            measure(f"one synthetic feed of {size:,}", [path], codes, args.rounds, tmp)
        files = sorted(args.feeds.glob("*.xml"))
        if files:
            measure(f"the real feeds ({args.feeds.name})", files, codes, args.rounds, tmp)


if __name__ == "__main__":
    main()
