"""Segment search benchmark: ``python -m benchmarks.segments [--episodes 10000 --per 100]``.

Builds a temporary database of ``episodes`` synthetic episodes (through the real ingest
pipeline), each with a chapters file (10 chapters) and a transcript (the rest of its
``per`` segments, paragraphs of 40 to 80 Zipf-distributed words, as 30-60 s of speech),
stored through the real write path (:meth:`bot.store.Store.record_moment_fetch`). Then it
times what an answer does with segments:

* ``attach_moments`` over an answer's first ten episodes (the search every answer runs);
* ``segment_first`` over all segments (the fallback when no episode's own text answers);
* every ``Store.match_segments`` call those make;

with question words from the rarest to the most common ones (words found in nearly every
paragraph), and reports the database's growth per 100,000 segments. It prints figures; it
asserts nothing (speed is shown, not tested).
"""

from __future__ import annotations

import argparse
import asyncio
import random
import statistics
import tempfile
import time
from collections import Counter
from pathlib import Path
from typing import Any

from benchmarks.search import Text
from bot.answer import STOP_WORDS
from bot.ingest import ingest_many
from bot.moments import find
from bot.moments.segment import CHAPTER, PARAGRAPH, Segment
from bot.store import Store
from bot.text import normalized_words

FEED_SIZE = 1000
CHAPTERS = 10


def build_feed(path: Path, start: int, count: int, text: Text) -> None:
    """One RSS file of ``count`` episodes, each with a chapters file and a transcript."""
    items = []
    for n in range(start, start + count):
        items.append(
            f"<item><title>Episode {n}: {' '.join(text.words_(5))}</title><guid>seg-{n}</guid>"
            f"<pubDate>Mon, {1 + n % 28:02d} Jan {2000 + n % 25} 10:00:00 GMT</pubDate>"
            f'<enclosure url="https://cdn.example.org/{n}.mp3" type="audio/mpeg" length="1"/>'
            f"<itunes:duration>3600</itunes:duration>"
            f"<description>{' '.join(text.words_(60))}.</description>"
            f'<podcast:chapters url="https://cdn.example.org/{n}.json" '
            'type="application/json+chapters"/>'
            f'<podcast:transcript url="https://cdn.example.org/{n}.srt" '
            'type="application/x-subrip" rel="captions"/></item>'
        )
    path.write_text(
        '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" '
        'xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd" '
        'xmlns:podcast="https://podcastindex.org/namespace/1.0"><channel>'
        f"<title>Segments {start}</title><language>en</language>"
        + "".join(items)
        + "</channel></rss>",
        encoding="utf-8",
    )


def document(kind: str, count: int, text: Text, rng: random.Random) -> list[Segment]:
    """What a fetched chapters file or transcript parses to."""
    out: list[Segment] = []
    at = 0.0
    for _ in range(count):
        length = rng.uniform(30, 60) if kind == PARAGRAPH else 3600 / CHAPTERS
        if kind == CHAPTER:
            out.append(Segment(at, at + length, " ".join(text.words_(rng.randint(2, 6))), "", kind))
        else:
            body = " ".join(text.words_(rng.randint(40, 80)))
            out.append(Segment(at, at + length, "", body + ".", kind, None, "en"))
        at += length
    return out


async def db_bytes(store: Store, path: Path) -> int:
    await store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return sum(p.stat().st_size for p in path.parent.glob(path.name + "*"))


def questions(text: Text, rng: random.Random, n: int) -> list[str]:
    """Questions as members ask them, over words of every frequency."""
    ranks = text.words
    common = ranks[:20]  # the top of a Zipf list: in nearly every paragraph
    middle = ranks[50:1000]
    rare = ranks[2000:]
    forms = [
        "where do they talk about {a}",
        "when did they discuss {a} and {b}",
        "{a} {b}",
        "the part about {a}",
        "{a} {b} {c}",
        "what did the guest say about {a} {b}",
    ]
    out = []
    for i in range(n):
        pools = [common, middle, rare]
        # A third of the questions have only very common words, a third mix them in.
        if i % 3 == 0:
            pools = [common, common, common]
        elif i % 3 == 1:
            pools = [common, rng.choice([middle, rare]), rng.choice([middle, rare])]
        else:
            pools = [rng.choice([middle, rare]) for _ in range(3)]
        words = [rng.choice(p) for p in pools]
        out.append(rng.choice(forms).format(a=words[0], b=words[1], c=words[2]))
    return out


def pct(values: list[float], p: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, round(p / 100 * (len(values) - 1)))]


class Timed:
    """Wraps ``Store.match_segments`` to time each call (the store method answers use)."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.calls: list[float] = []
        self.original = store.match_segments

    async def __call__(self, *args: Any, **kwargs: Any) -> Any:
        t0 = time.perf_counter()
        try:
            return await self.original(*args, **kwargs)
        finally:
            self.calls.append((time.perf_counter() - t0) * 1000)


async def run(episodes: int, per: int, n_questions: int, seed: int) -> None:
    rng = random.Random(seed)
    text = Text(rng)
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        db = root / "bench.sqlite3"
        feeds = []
        for start in range(0, episodes, FEED_SIZE):
            path = root / f"feed{start}.xml"
            build_feed(path, start, min(FEED_SIZE, episodes - start), text)
            feeds.append(str(path))
        async with await Store.open(db) as store:
            t0 = time.perf_counter()
            results = await ingest_many(store, feeds)
            assert all(r.ok for r in results), [r.error for r in results if not r.ok]
            print(f"episodes: {episodes:,} ingested in {time.perf_counter() - t0:.1f} s")
            base = await db_bytes(store, db)
            jobs = await store.moment_jobs(limit=2 * episodes + 10)
            kinds = Counter(j.kind for j in jobs)
            assert kinds == {"chapters": episodes, "transcript": episodes}, kinds
            t0 = time.perf_counter()
            written = 0
            sizes: list[tuple[int, int]] = []
            step = max(1, episodes * per // 10)
            for job in sorted(jobs, key=lambda j: (j.episode_id, j.kind)):
                count = CHAPTERS if job.kind == "chapters" else per - CHAPTERS
                kind = CHAPTER if job.kind == "chapters" else PARAGRAPH
                await store.record_moment_fetch(job, segments=document(kind, count, text, rng))
                before = written
                written += count
                if written // step != before // step:
                    sizes.append((written, await db_bytes(store, db)))
            seconds = time.perf_counter() - t0
            total = await store.segment_count()
            grown = await db_bytes(store, db) - base
            print(
                f"segments: {total:,} written in {seconds:.1f} s "
                f"({total / seconds:,.0f} segments/s, {2 * episodes:,} fetch records)"
            )
            print(
                f"database: {base / 1e6:,.1f} MB before segments, {(base + grown) / 1e6:,.1f} MB "
                f"after; growth {grown / total * 100_000 / 1e6:,.1f} MB per 100,000 segments "
                f"({grown / total:,.0f} bytes per segment)"
            )
            steps = [f"{n // 1000:,}k: {(b - base) / 1e6:,.0f} MB" for n, b in sizes]
            print("growth along the way: " + ", ".join(steps))

            timed = Timed(store)
            store.match_segments = timed  # type: ignore[method-assign]
            all_ids = [j.episode_id for j in jobs if j.kind == "chapters"]
            attach: list[float] = []
            first: list[float] = []
            found = 0
            asked = questions(text, rng, n_questions)
            for q in asked:
                words = [w for w in normalized_words(q) if w not in STOP_WORDS]
                eps = await store.episodes_by_ids(rng.sample(all_ids, 10))
                t0 = time.perf_counter()
                await find.attach_moments(store, eps, words)
                attach.append((time.perf_counter() - t0) * 1000)
                found += sum(1 for e in eps if e.moments)
                t0 = time.perf_counter()
                await find.segment_first(store, words)
                first.append((time.perf_counter() - t0) * 1000)
            calls = timed.calls
            print(
                f"questions: {len(asked)} ({found} of {len(asked) * 10} answered episodes "
                "got moments)"
            )
            for name, values in (
                ("match_segments (each call)", calls),
                ("attach_moments (10 episodes)", attach),
                ("segment_first (all segments)", first),
            ):
                print(
                    f"{name}: p50 {statistics.median(values):.2f} ms, "
                    f"p95 {pct(values, 95):.2f} ms, max {max(values):.2f} ms"
                )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--episodes", type=int, default=10_000)
    parser.add_argument("--per", type=int, default=100, help="segments per episode")
    parser.add_argument("--questions", type=int, default=300)
    parser.add_argument("--seed", type=int, default=14)
    args = parser.parse_args(argv)
    asyncio.run(run(args.episodes, max(args.per, CHAPTERS + 1), args.questions, args.seed))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
