"""Parse and enrich benchmark: ``python -m benchmarks.enrich [--feeds DIR] [--rounds N]``.

Reads the real feeds (default: ``../shared/feeds``, see SOURCES.md there) and reports:

* people, topics and chapter notes (``parse_notes``) side by side, µs per episode, as
  ingest finds them (``Enricher``), and the whole ``Enricher.enrich`` (those plus hashes),
  on the real feeds, the bundled feed and a synthetic feed
  (``benchmarks.ingest.synthetic_feed``, ``--synthetic N`` episodes, 0 for none);
  ``--only stages`` prints only these, and ``--code DIR`` (repeatable) prints them for
  other checkouts too, each in a process of its own (a before/after in one run);
  ``--instructions`` counts instead the instructions per episode of each stage under
  valgrind (``--code`` too): the same every run, where CPU time moves with the machine's
  load (the synthetic feed is cut to 2,000 episodes there);
* people extraction speed over every item of every feed (items/s and µs per item); ingest
  aims at 5,000 episodes/s overall, so extraction must be well above that;
* parse + enrich time of all the feeds in this process (``parse_feed`` then
  ``Enricher.enrich``: people, corrections, topics), best of N rounds;
* how long an entity-expansion ("billion laughs") feed takes to be refused.

Each figure is the best of ``--rounds`` runs with the name caches cleared, in CPU seconds
of this process (steadier than wall time on a shared machine). It prints figures; it
asserts nothing (speed is shown, not tested).

``--record FILE`` writes what enrichment produced for every episode of those feeds (people,
topics, chapter notes, and the people of the title and summary alone) as JSON;
``--compare FILE`` checks the same against such a file and names the first episodes that
differ (exit status 1). A change meant to make enrichment faster records before and
compares after: the output must be the same, episode for episode.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

from bot.feeds import FeedError, ParsedFeed, parse_feed
from bot.ingest import Enricher
from bot.moments.notes import parse_notes
from bot.people import clean_name, extract_people, merge_mentions, person_key
from bot.people import extract as people_extract
from bot.topics import default_catalog

DEFAULT_FEEDS = Path(__file__).resolve().parents[2] / "shared" / "feeds"
BUNDLED = Path(__file__).resolve().parents[1] / "data" / "latin-america-today.xml"


def _best(rounds: int, work: Callable[[], None], enricher: Enricher | None = None) -> float:
    """The least CPU time of ``rounds`` calls of ``work``, caches cleared before each
    (``enricher``'s too)."""
    best = float("inf")
    for _ in range(rounds):
        getattr(enricher, "_labels", {}).clear()  # keywords as topics (see Enricher._topics)
        clean_name.cache_clear()
        person_key.cache_clear()
        default_catalog()._lookup_cache.clear()
        # Keyword topics: every round starts cold (getattr: the benchmark also runs on
        # checkouts from before that cache, with --code).
        getattr(default_catalog(), "_short_cache", {}).clear()
        for kept in ("_ROSTER_LINES", "_PHRASES", "_BEFORE", "_TITLE_HEADS"):  # people readers
            getattr(people_extract, kept, {}).clear()
        started = time.process_time()
        work()
        best = min(best, time.process_time() - started)
    return best


def _synthetic(count: int) -> bytes:
    """A feed of ``count`` synthetic episodes (``benchmarks.ingest.synthetic_feed``, the
    feed the ingest benchmark reads), the same every run."""
    from benchmarks.ingest import synthetic_feed

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "synthetic.xml"
        synthetic_feed(path, count)
        return path.read_bytes()


def stages(feeds: list[ParsedFeed], rounds: int) -> tuple[dict[str, float], int]:
    """µs per episode of people, topics, notes and the whole :meth:`Enricher.enrich`, each
    the best of ``rounds``, as ingest finds them (same calls, same hosts)."""
    parts, n, enricher = _stage_parts(feeds)
    return {k: _best(rounds, f, enricher) / n * 1e6 for k, f in parts.items()}, n


def _stage_parts(
    feeds: list[ParsedFeed],
) -> tuple[dict[str, Callable[[], None]], int, Enricher]:
    """The work of each stage of :func:`stages` over ``feeds``, the number of episodes, and
    the enricher it uses."""
    enricher = Enricher()
    work = []
    for feed in feeds:
        hosts = list(enricher.corrections.hosts_for(feed.title))
        hosts += [p.name for p in feed.persons if p.role in ("host", "cohost", "co-host")]
        hosts = list(dict.fromkeys(hosts))
        work += [(feed.title, hosts, ep) for ep in feed.episodes]

    def people() -> None:
        apply = enricher.corrections.apply
        for feed_title, hosts, ep in work:
            found = extract_people(ep.title, ep.description or ep.summary, hosts=hosts)
            apply(feed_title, ep.title, ep.guid, merge_mentions(ep.persons, found, hosts))

    def topics() -> None:
        for _, _, ep in work:
            enricher._topics(ep, ep.description or ep.summary)

    def notes() -> None:
        for _, _, ep in work:
            parse_notes(ep.description, ep.duration)

    def enrich() -> None:
        for feed in feeds:
            enricher.enrich(feed, 1_700_000_000.0)

    parts = {"people": people, "topics": topics, "notes": notes, "enrich": enrich}
    return parts, len(work), enricher


# Instructions, not seconds: on a shared machine the CPU time of a stage moves by a third
# from run to run, while the instructions a run executes (counted by valgrind's cachegrind)
# are the same every time. Each stage runs once, cold, in a process of its own; a process
# that does everything but the stage is subtracted.
INSTRUCTION_STAGES = ("people", "topics", "notes", "enrich")
INSTRUCTION_SYNTHETIC = 2000  # episodes: enough for a steady figure, and valgrind is slow
_I_REFS = re.compile(r"I\s+refs:\s+([\d,]+)")


def _run_stage(args: argparse.Namespace) -> None:
    """Run one stage once (``none``: only what comes before it) on one set of feeds, caches
    cleared first, and print the number of episodes: the process valgrind counts."""
    if args.dataset == "real":
        feeds = [parse_feed(f.read_bytes()) for f in sorted(args.feeds.glob("*.xml"))]
    else:
        feeds = [parse_feed(_synthetic(args.synthetic))]
    parts, n, enricher = _stage_parts(feeds)
    _best(1, parts.get(args.run_stage, lambda: None), enricher)
    print(n)


def _count(code: Path, stage: str, dataset: str, args: argparse.Namespace) -> tuple[int, int]:
    """Instructions executed by :func:`_run_stage` of ``stage`` with the checkout ``code``
    first on the path, and the number of episodes."""
    command = ["valgrind", "--tool=cachegrind", "--cache-sim=no", "--cachegrind-out-file=/dev/null"]
    command += [sys.executable, str(Path(__file__).resolve()), "--run-stage", stage]
    command += ["--dataset", dataset, "--feeds", str(args.feeds)]
    command += ["--synthetic", str(min(args.synthetic, INSTRUCTION_SYNTHETIC))]
    env = dict(os.environ, PYTHONPATH=str(code.resolve()))
    done = subprocess.run(command, env=env, cwd=code, capture_output=True, text=True, check=True)
    refs = _I_REFS.search(done.stderr)
    if refs is None:
        raise SystemExit(f"no instruction count from valgrind:\n{done.stderr[-2000:]}")
    return int(refs.group(1).replace(",", "")), int(done.stdout.split()[-1])


def _instructions(args: argparse.Namespace) -> None:
    """Instructions per episode of each stage, for each checkout of ``--code`` and this one,
    on the real feeds and the synthetic feed (valgrind runs, as many at once as cores)."""
    if shutil.which("valgrind") is None:
        raise SystemExit("--instructions needs valgrind")
    here = Path(__file__).resolve().parents[1]
    datasets = ["real"] + (["synthetic"] if args.synthetic else [])
    jobs = [
        (code, stage, dataset)
        for code in [*args.code, here]
        for dataset in datasets
        for stage in ("none", *INSTRUCTION_STAGES)
    ]
    with ThreadPoolExecutor(max_workers=os.cpu_count() or 1) as pool:
        counts = dict(zip(jobs, pool.map(lambda job: _count(*job, args), jobs), strict=True))
    size = min(args.synthetic, INSTRUCTION_SYNTHETIC)
    print(f"{'instructions per episode':34}" + "".join(f"{k:>10}" for k in INSTRUCTION_STAGES))
    for code in [*args.code, here]:
        print(f"== {code}")
        for dataset in datasets:
            base, n = counts[(code, "none", dataset)]
            label = f"real feeds ({n})" if dataset == "real" else f"synthetic {size} ({n})"
            figures = [(counts[(code, k, dataset)][0] - base) / n for k in INSTRUCTION_STAGES]
            print(f"{label:34}" + "".join(f"{f / 1000:9.0f}k" for f in figures))


def record(feeds: dict[str, ParsedFeed]) -> dict[str, list[Any]]:
    """What enrichment gives each episode, by feed: people and topics as ingest stores them,
    the chapter notes, and the people of the title and summary alone (no hosts)."""
    enricher = Enricher()
    out: dict[str, list[Any]] = {}
    for name, feed in feeds.items():
        rows = out[name] = []
        for e in enricher.enrich(feed, 1_700_000_000.0):
            ep = e.item
            alone = extract_people(ep.title, ep.summary)
            rows.append(
                {
                    "key": ep.key,
                    "people": [[m.name, m.role, m.note, m.href, m.img, m.source] for m in e.people],
                    "topics": [list(t) for t in e.topics],
                    "notes": [
                        [s.start, s.end, s.title, s.text, s.kind, s.url] for s in e.notes or ()
                    ],
                    "alone": [[m.name, m.role, m.note] for m in alone],
                    "title_norm": e.title_norm,
                    "digest": e.digest,
                }
            )
    return out


def compare(expected: dict[str, list[Any]], got: dict[str, list[Any]]) -> list[str]:
    """The differences between two records, at most a few per feed."""
    problems = []
    for name in sorted(set(expected) | set(got)):
        a, b = expected.get(name), got.get(name)
        if a is None or b is None:
            problems.append(f"{name}: only in the {'new' if a is None else 'recorded'} run")
            continue
        if len(a) != len(b):
            problems.append(f"{name}: {len(a)} episodes recorded, {len(b)} now")
            continue
        shown = 0
        for i, (x, y) in enumerate(zip(a, b, strict=True)):
            if x == y:
                continue
            fields = [k for k in x if x[k] != y.get(k)]
            if shown < 3:
                problems.append(f"{name} #{i} ({x['key'][:50]}): {', '.join(fields)} differ")
            shown += 1
        if shown > 3:
            problems.append(f"{name}: {shown} episodes differ in all")
    return problems


def _bomb() -> bytes:
    lol = "".join(f'<!ENTITY lol{i} "{("&lol" + str(i - 1) + ";") * 10}">' for i in range(1, 10))
    return (
        f'<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY lol0 "lol">{lol}]>'
        "<rss><channel><title>&lol9;</title></channel></rss>"
    ).encode()


def _compare_checkouts(args: argparse.Namespace) -> None:
    """The per-stage figures of each checkout of ``--code`` and of this one, each run by
    this file in a new process with that checkout first on the path."""
    here = Path(__file__).resolve().parents[1]
    for code in [*args.code, here]:
        env = dict(os.environ, PYTHONPATH=str(code.resolve()))
        command = [sys.executable, str(Path(__file__).resolve()), "--only", "stages"]
        command += ["--feeds", str(args.feeds), "--rounds", str(args.rounds)]
        command += ["--synthetic", str(args.synthetic)]
        print(f"== {code}", flush=True)
        subprocess.run(command, env=env, cwd=code, check=True)


def main(argv: list[str] | None = None) -> None:
    """Run the benchmark and print its figures."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--feeds", type=Path, default=DEFAULT_FEEDS)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--synthetic", type=int, default=10_000)
    parser.add_argument("--record", type=Path, help="write what enrichment gives, as JSON")
    parser.add_argument("--compare", type=Path, help="check it against a --record file")
    parser.add_argument("--only", choices=["stages"], help="only the per-stage figures")
    parser.add_argument("--code", type=Path, action="append", default=[], help="a checkout")
    parser.add_argument(
        "--instructions", action="store_true", help="instructions per episode (valgrind)"
    )
    parser.add_argument("--run-stage", help=argparse.SUPPRESS)  # one run of --instructions
    parser.add_argument("--dataset", choices=["real", "synthetic"], help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.run_stage:
        _run_stage(args)
        return
    if args.instructions:
        _instructions(args)
        return
    if args.code:
        _compare_checkouts(args)
        return
    files = sorted(args.feeds.glob("*.xml"))
    if not files:
        raise SystemExit(f"no feeds in {args.feeds}")
    datas = [f.read_bytes() for f in files]
    parsed = [parse_feed(d) for d in datas]
    items = [(ep.title, ep.description or ep.summary) for p in parsed for ep in p.episodes]

    def extract() -> None:
        for title, text in items:
            extract_people(title, text)

    bundled = parse_feed(BUNDLED.read_bytes())
    synthetic = parse_feed(_synthetic(args.synthetic)) if args.synthetic else None
    if args.record or args.compare:
        named = {f.name: p for f, p in zip(files, parsed, strict=True)}
        named[BUNDLED.name] = bundled
        if synthetic is not None:
            named[f"synthetic {args.synthetic}"] = synthetic
        got = record(named)
        if args.record:
            args.record.write_text(json.dumps(got, ensure_ascii=False), encoding="utf-8")
            print(f"recorded {sum(map(len, got.values()))} episodes in {args.record}")
        if args.compare:
            expected = json.loads(args.compare.read_text(encoding="utf-8"))
            problems = compare(expected, got)
            for line in problems:
                print(line)
            n = sum(map(len, got.values()))
            print(f"{n} episodes compared: {'DIFFERENT' if problems else 'the same'}")
            if problems:
                sys.exit(1)
        return

    sets = [("real feeds", parsed), ("bundled", [bundled])]
    if synthetic is not None:
        sets.append((f"synthetic {args.synthetic}", [synthetic]))
    names = ("people", "topics", "notes", "enrich")
    head = f"µs per episode, CPU, best of {args.rounds}"
    print(f"{head:34}" + "".join(f"{k:>9}" for k in names))
    for label, feeds in sets:
        figures, n = stages(feeds, args.rounds)
        print(f"{label + f' ({n})':34}" + "".join(f"{figures[k]:9.1f}" for k in names))
    if args.only:
        return

    best = _best(args.rounds, extract)
    print(
        f"people extraction: {len(items) / best:,.0f} items/s "
        f"({best / len(items) * 1e6:.0f} µs per item, {len(items)} items)"
    )

    def enrich() -> None:
        enricher = Enricher()
        for data in datas:
            enricher.enrich(parse_feed(data), 1_700_000_000.0)

    best = _best(args.rounds, enrich)
    print(f"parse + enrich of {len(files)} feeds: {best:.3f} s")

    def refuse() -> None:
        try:
            parse_feed(_bomb())
        except FeedError:
            return
        raise AssertionError("the XML bomb was parsed")

    best = _best(args.rounds, refuse)
    print(f"XML bomb refused in {best * 1000:.1f} ms")


if __name__ == "__main__":
    main()
