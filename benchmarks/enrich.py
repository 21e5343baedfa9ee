"""Parse and enrich benchmark: ``python -m benchmarks.enrich [--feeds DIR] [--rounds N]``.

Reads the real feeds (default: ``../shared/feeds``, see SOURCES.md there) and reports:

* people extraction speed over every item of every feed (items/s and µs per item); ingest
  aims at 5,000 episodes/s overall, so extraction must be well above that;
* people and topics side by side, µs per episode, as ingest finds them (``Enricher``:
  people read, merged with the tags and corrected; topics weighted, keywords looked up),
  on the real feeds with the bundled one and on a synthetic feed of Zipf-distributed words
  (``benchmarks.search``; ``--synthetic N`` episodes, 0 for none);
* parse + enrich time of all the feeds in this process (``parse_feed`` then
  ``Enricher.enrich``: people, corrections, topics), best of N rounds;
* how long an entity-expansion ("billion laughs") feed takes to be refused.

Each figure is the best of ``--rounds`` runs with the name caches cleared, in CPU seconds
of this process (steadier than wall time on a shared machine). It prints figures; it
asserts nothing (speed is shown, not tested).
"""

from __future__ import annotations

import argparse
import random
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from bot.feeds import FeedError, ParsedFeed, parse_feed
from bot.ingest import Enricher
from bot.people import clean_name, extract_people, merge_mentions, person_key
from bot.people import extract as people_extract
from bot.topics import default_catalog

DEFAULT_FEEDS = Path(__file__).resolve().parents[2] / "shared" / "feeds"
BUNDLED = Path(__file__).resolve().parents[1] / "data" / "latin-america-today.xml"


def _best(rounds: int, work: Callable[[], None]) -> float:
    """The least CPU time of ``rounds`` calls of ``work``, caches cleared before each."""
    best = float("inf")
    for _ in range(rounds):
        clean_name.cache_clear()
        person_key.cache_clear()
        default_catalog()._lookup_cache.clear()
        # Keyword topics: every round starts cold (getattr: the benchmark also runs on
        # checkouts from before that cache, with --code).
        getattr(default_catalog(), "_short_cache", {}).clear()
        for kept in ("_ROSTER_LINES", "_PHRASES"):  # what the people readers keep
            getattr(people_extract, kept, {}).clear()
        started = time.process_time()
        work()
        best = min(best, time.process_time() - started)
    return best


def _synthetic(count: int) -> bytes:
    """A feed of ``count`` synthetic episodes (``benchmarks.search``), the same every run."""
    from benchmarks.search import Text, _name, build_feed

    rng = random.Random(12)
    people = sorted({_name(rng) for _ in range(max(200, count // 8))})
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "synthetic.xml"
        build_feed(path, 0, count, people, rng, Text(rng))
        return path.read_bytes()


def people_and_topics(feeds: list[ParsedFeed], rounds: int) -> tuple[float, float, int]:
    """µs per episode of people and of topics, each the best of ``rounds``, as
    :meth:`Enricher.enrich` finds them (same calls, same hosts)."""
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

    n = len(work)
    return _best(rounds, people) / n * 1e6, _best(rounds, topics) / n * 1e6, n


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
    parser.add_argument("--synthetic", type=int, default=2000)
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

    sets = [("real feeds + bundled", [*parsed, parse_feed(BUNDLED.read_bytes())])]
    if args.synthetic:
        sets.append(
            (f"synthetic (Zipf, {args.synthetic})", [parse_feed(_synthetic(args.synthetic))])
        )
    print(f"{'µs per episode, CPU, best of ' + str(args.rounds):40} {'people':>8} {'topics':>8}")
    for label, feeds in sets:
        people_us, topics_us, n = people_and_topics(feeds, args.rounds)
        print(f"{label + f' ({n} episodes)':40} {people_us:8.1f} {topics_us:8.1f}")

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
