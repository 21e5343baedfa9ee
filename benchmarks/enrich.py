"""Parse and enrich benchmark: ``python -m benchmarks.enrich [--feeds DIR] [--rounds N]``.

Reads the real feeds (default: ``../shared/feeds``, see SOURCES.md there) and reports:

* people extraction speed over every item of every feed (items/s and µs per item); ingest
  aims at 5,000 episodes/s overall, so extraction must be well above that;
* parse + enrich time of all the feeds in this process (``parse_feed`` then
  ``Enricher.enrich``: people, corrections, topics), best of N rounds;
* how long an entity-expansion ("billion laughs") feed takes to be refused.

Each figure is the best of ``--rounds`` runs with the name caches cleared, in CPU seconds
of this process (steadier than wall time on a shared machine). It prints figures; it
asserts nothing (speed is shown, not tested).
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable
from pathlib import Path

from bot.feeds import FeedError, parse_feed
from bot.ingest import Enricher
from bot.people import clean_name, extract_people, person_key

DEFAULT_FEEDS = Path(__file__).resolve().parents[2] / "shared" / "feeds"


def _best(rounds: int, work: Callable[[], None]) -> float:
    """The least CPU time of ``rounds`` calls of ``work``, caches cleared before each."""
    best = float("inf")
    for _ in range(rounds):
        clean_name.cache_clear()
        person_key.cache_clear()
        started = time.process_time()
        work()
        best = min(best, time.process_time() - started)
    return best


def _bomb() -> bytes:
    lol = "".join(f'<!ENTITY lol{i} "{("&lol" + str(i - 1) + ";") * 10}">' for i in range(1, 10))
    return (
        f'<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY lol0 "lol">{lol}]>'
        "<rss><channel><title>&lol9;</title></channel></rss>"
    ).encode()


def main(argv: list[str] | None = None) -> None:
    """Run the benchmark and print its figures."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--feeds", type=Path, default=DEFAULT_FEEDS)
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args(argv)
    files = sorted(args.feeds.glob("*.xml"))
    if not files:
        raise SystemExit(f"no feeds in {args.feeds}")
    datas = [f.read_bytes() for f in files]
    parsed = [parse_feed(d) for d in datas]
    items = [(ep.title, ep.description or ep.summary) for p in parsed for ep in p.episodes]

    def extract() -> None:
        for title, text in items:
            extract_people(title, text)

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
