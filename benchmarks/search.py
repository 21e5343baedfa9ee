"""Search benchmark: ``python -m benchmarks.search [--sizes 10000 100000]``.

Builds a synthetic archive of N episodes (realistic title and description lengths, guests
named in the text and in ``podcast:person`` tags, countries and themes), ingests it through
the real pipeline (RSS parse, people, topics, SQLite), then reports for each size:

* ingest rate (episodes/s), through ``bot.ingest.ingest_source``;
* ``ask`` p50 / p95 / p99 / max over a mix of questions (titles with typos, guests, topics,
  latest, Spanish, questions with no answer, a very common word with an unknown one, topic
  pairs), and the same cold: with no full-text query kept from an earlier question (its
  wall time, and the process's CPU time, which the machine's other load does not add to);
* autocomplete p50 / p95 (prefixes of titles and names, as typed);
* the naive baseline: ``rapidfuzz.process.extractOne`` with WRatio over all titles;
* the speed ratio, the process's peak memory (ru_maxrss) and the parse workers' peak;
* beside each ``ask`` figure, raw FTS5 (plain bm25 over titles and notes) for the same
  questions; ``python -m bot ask`` from process start to answer, and its peak memory;
  the database size per 10,000 episodes.

``--db-dir DIR`` keeps each size's archive there and reuses it on later runs (a
300,000-episode archive takes minutes to build).

It prints figures; it asserts nothing (speed is shown, not tested).
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from xml.sax.saxutils import escape

from rapidfuzz import fuzz, process

from bot.answer import Answerer
from bot.ingest import ingest_many
from bot.parse_pool import ParsePool
from bot.store import Store

FIRST = [
    "Ana",
    "Beatriz",
    "Carlos",
    "Diego",
    "Elena",
    "Fernando",
    "Gabriela",
    "Hugo",
    "Isabel",
    "Javier",
    "Karla",
    "Luis",
    "Maria",
    "Nicolas",
    "Olga",
    "Pablo",
    "Quentin",
    "Rosa",
    "Sofia",
    "Tomas",
    "Ursula",
    "Victor",
    "Wendy",
    "Ximena",
    "Yolanda",
    "Zoe",
    "Adam",
    "Brigitte",
    "Camila",
    "Daniel",
    "Esteban",
    "Fatima",
    "Gustavo",
    "Helena",
    "Ignacio",
    "Julia",
    "Kevin",
    "Laura",
    "Mateo",
    "Natalia",
    "Oscar",
    "Paula",
    "Raul",
    "Sara",
    "Teresa",
    "Valeria",
    "William",
    "Andres",
    "Lucia",
    "Marco",
    "Irene",
    "Alberto",
]
LAST = [
    "Garcia",
    "Rodriguez",
    "Martinez",
    "Hernandez",
    "Lopez",
    "Gonzalez",
    "Perez",
    "Sanchez",
    "Ramirez",
    "Torres",
    "Flores",
    "Rivera",
    "Gomez",
    "Diaz",
    "Cruz",
    "Morales",
    "Reyes",
    "Gutierrez",
    "Ortiz",
    "Chavez",
    "Ramos",
    "Ruiz",
    "Alvarez",
    "Castillo",
    "Jimenez",
    "Vasquez",
    "Moreno",
    "Romero",
    "Herrera",
    "Medina",
    "Aguilar",
    "Vargas",
    "Castro",
    "Guzman",
    "Mendoza",
    "Salazar",
    "Magaloni",
    "Isacson",
    "Lujano",
    "Baltazar",
    "Valencia",
    "Navarro",
    "Delgado",
    "Pena",
    "Rios",
    "Soto",
    "Campos",
    "Vega",
    "Fuentes",
    "Carrillo",
    "Espinoza",
    "Sandoval",
    "Marquez",
    "Cabrera",
    "Dominguez",
    "Acosta",
    "Contreras",
    "Figueroa",
    "Leon",
    "Molina",
    "Maldonado",
    "Padilla",
    "Rojas",
    "Sosa",
    "Velasquez",
    "Zamora",
    "Benitez",
    "Cardenas",
    "Escobar",
    "Ibarra",
    "Lara",
    "Luna",
    "Miranda",
    "Nunez",
    "Ochoa",
    "Pacheco",
    "Quintero",
    "Solis",
    "Trujillo",
    "Valdez",
    "Villalobos",
    "Zuniga",
]
PLACES = """Mexico Guatemala Honduras El_Salvador Nicaragua Costa_Rica Panama Colombia Venezuela
Ecuador Peru Bolivia Chile Argentina Uruguay Paraguay Brazil Cuba Haiti Dominican_Republic
Jamaica Puerto_Rico""".replace("_", " ").split()
THEMES = """migration|drug policy|citizen security|human rights|corruption|democracy|elections|
LGBTIQ+ rights|U.S. policy|peace process|prisons|indigenous rights|climate change|
press freedom|remittances|militarization|gangs|asylum|deportation|the border""".replace(
    "\n", ""
).split("|")
WORDS = [
    "analysis",
    "crisis",
    "future",
    "report",
    "policy",
    "reform",
    "region",
    "government",
    "debate",
    "challenge",
    "struggle",
    "victims",
    "families",
    "justice",
    "violence",
    "economy",
    "power",
    "record",
    "strategy",
    "community",
    "investigation",
    "response",
    "movement",
    "voices",
    "protest",
    "transition",
    "accountability",
    "evidence",
    "impact",
    "history",
    "promise",
    "risk",
    "lesson",
    "warning",
    "pressure",
    "path",
    "escalation",
    "negotiation",
]
INSTITUTIONS = """Stanford University|the Wilson Center|WOLA|Cristosal|Human Rights Watch|
the University of Texas|Georgetown University|the Inter-American Commission|Amnesty
International|the Brookings Institution|El Faro|InSight Crime""".replace("\n", " ").split("|")


def _name(rng: random.Random) -> str:
    return f"{rng.choice(FIRST)} {rng.choice(LAST)} {rng.choice(LAST)}"


SYLLABLES = (
    "ba be bi bo bu ca ce co cu da de di do fa fe fi fo ga ge go la le li lo lu ma me mi mo mu "
    "na ne ni no pa pe pi po ra re ri ro ru sa se si so ta te ti to va ve vi"
).split()
FUNCTION_WORDS = "the of and to in a is that for it as was with on by this from at are".split()


def vocabulary(rng: random.Random, size: int = 6000) -> list[str]:
    """Pseudo-words with a long tail, so term frequencies look like real show notes."""
    words = set(WORDS)
    while len(words) < size:
        words.add("".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4))))
    return sorted(words)


class Text:
    """Zipf-distributed words (rank r has weight 1/r), as in natural language."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.words = vocabulary(rng)
        rng.shuffle(self.words)
        weights = [1 / (rank + 1) for rank in range(len(self.words))]
        total = 0.0
        self.cumulative = []
        for w in weights:
            total += w
            self.cumulative.append(total)

    def common(self, n: int = 5) -> list[str]:
        """The ``n`` most frequent words (the top of the Zipf ranks)."""
        return self.words[:n]

    def words_(self, n: int) -> list[str]:
        return self.rng.choices(self.words, cum_weights=self.cumulative, k=n)

    def sentence(self, n: int) -> str:
        out = []
        for word in self.words_(n):
            out.append(word)
            if self.rng.random() < 0.3:
                out.append(self.rng.choice(FUNCTION_WORDS))
        return " ".join(out).capitalize() + "."


def build_feed(
    path: Path, start: int, count: int, people: list[str], rng: random.Random, text: Text
) -> None:
    """Write one RSS file of ``count`` synthetic episodes."""
    items = []
    for n in range(start, start + count):
        place, theme = rng.choice(PLACES), rng.choice(THEMES)
        guest = rng.choice(people)
        title = f"{place}'s {theme}: {' '.join(text.words_(rng.randint(3, 7)))} #{n}"
        body = " ".join(text.sentence(rng.randint(8, 16)) for _ in range(rng.randint(5, 10)))
        desc = (
            f"<p>In this episode, Adam Isacson speaks with {guest}, a researcher at "
            f"{rng.choice(INSTITUTIONS)}, about {theme} in {place}.</p><p>{body}</p>"
        )
        day = 1 + n % 28
        items.append(
            f"<item><title>{escape(title)}</title><guid>syn-{n}</guid>"
            f"<pubDate>Mon, {day:02d} Jan {2000 + n % 25} 10:00:00 GMT</pubDate>"
            f'<enclosure url="https://cdn.example.org/{n}.mp3" type="audio/mpeg" length="1"/>'
            f"<itunes:duration>{1800 + n % 1800}</itunes:duration>"
            + (f'<podcast:person role="guest">{escape(guest)}</podcast:person>' if n % 2 else "")
            + f"<description>{escape(desc)}</description></item>"
        )
    path.write_text(
        '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" '
        'xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd" '
        'xmlns:podcast="https://podcastindex.org/namespace/1.0"><channel>'
        f"<title>Synthetic {start}</title><language>en</language>"
        + "".join(items)
        + "</channel></rss>",
        encoding="utf-8",
    )


def typo(word: str, rng: random.Random) -> str:
    if len(word) < 5:
        return word
    i = rng.randrange(1, len(word) - 1)
    return word[:i] + rng.choice("aeiourst") + word[i + 1 :]


def questions(
    titles: list[str],
    people: list[str],
    rng: random.Random,
    n: int,
    common: list[str] | None = None,
) -> list[str]:
    """The question mix; with ``common`` (the archive's most frequent words), also questions
    whose only known word is very common, and topic pairs ("militarization in Guatemala"),
    the two kinds that could cost the whole archive."""
    qs = []
    kinds = 8 if common else 6
    for i in range(n):
        kind = i % kinds
        if kind == 6 and common:
            qs.append(f"{rng.choice(common)} {typo('zzyzzyva', rng)}")
            continue
        if kind == 7:
            qs.append(f"{rng.choice(THEMES)} in {rng.choice(PLACES)}")
            continue
        if kind == 0:
            t = rng.choice(titles).split()[:-1]  # without the "#123"
            qs.append(" ".join(typo(w, rng) if rng.random() < 0.2 else w for w in t))
        elif kind == 1:
            qs.append(f"episodes with {typo(rng.choice(people), rng)}")
        elif kind == 2:
            qs.append(f"anything on {rng.choice(PLACES)}?")
        elif kind == 3:
            qs.append(f"latest episode about {rng.choice(THEMES)}")
        elif kind == 4:
            qs.append(
                f"¿qué episodios hablan de {rng.choice(['migración', 'corrupción', 'Perú'])}?"
            )
        else:
            qs.append("quantum chromodynamics of sourdough baking")
    return qs


def workers_peak_mb(pool: ParsePool) -> float:
    """The largest peak memory of the worker processes that prepared the large feeds."""
    peaks = [0.0]
    for pid in pool.worker_pids():
        try:
            status = Path(f"/proc/{pid}/status").read_text()
        except OSError:
            continue
        for line in status.splitlines():
            if line.startswith("VmHWM:"):
                peaks.append(int(line.split()[1]) / 1024)
    return max(peaks)


def pct(values: list[float], p: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, round(p / 100 * (len(values) - 1)))]


def first_answers(db: Path, runs: int = 3) -> list[tuple[float, float]]:
    """Spawn ``python -m bot ask`` ``runs`` times: (seconds from spawn to exit, its peak
    memory in MB) each. The first run after an ingest builds the index and saves it."""
    env = {k: v for k, v in os.environ.items() if k not in ("DISCORD_TOKEN", "DATABASE_PATH")}
    env["PYTHONPATH"] = str(Path(__file__).resolve().parent.parent)
    out = []
    for _ in range(runs):
        # A small launcher starts it and reads its peak: a child forked from this large
        # process would report this process's memory as its own peak.
        done = subprocess.run(
            [sys.executable, "-c", _LAUNCHER, str(db)],
            env=env,
            capture_output=True,
            text=True,
            check=True,
        )
        seconds, peak_mb = map(float, done.stdout.split())
        out.append((seconds, peak_mb))
    return out


_LAUNCHER = """
import os, subprocess, sys, time
started = time.perf_counter()
child = subprocess.Popen(
    [sys.executable, "-m", "bot", "ask", "--db", sys.argv[1], "episodes about migration"],
    stdout=subprocess.DEVNULL,
)
_, status, usage = os.wait4(child.pid, 0)
assert status == 0, status
print(time.perf_counter() - started, usage.ru_maxrss / 1024)
"""


def stats(values: list[float]) -> dict[str, float]:
    return {
        "mean": statistics.fmean(values),
        "p50": pct(values, 50),
        "p95": pct(values, 95),
        "p99": pct(values, 99),
        "max": max(values),
    }


async def run_size(
    size: int, seed: int, n_questions: int, keep: Path | None = None
) -> dict[str, float]:
    """Build (or, with ``keep``, reuse) an archive of ``size`` episodes and time it."""
    rng = random.Random(f"{seed}:{size}")
    people = sorted({_name(rng) for _ in range(max(200, size // 8))})
    text = Text(rng)
    with tempfile.TemporaryDirectory() as tmp:
        folder = (keep or Path(tmp)) / f"search-{size}-feeds"
        db = (keep or Path(tmp)) / f"search-{size}.sqlite3"
        ingest_eps = worker_peak = float("nan")
        if not db.exists():
            folder.mkdir(parents=True, exist_ok=True)
            per_feed = 1000  # a long-running podcast; real feeds hold tens to a few thousand
            paths = []
            for start in range(0, size, per_feed):
                p = folder / f"feed{start}.xml"
                build_feed(p, start, min(per_feed, size - start), people, rng, text)
                paths.append(p)
            store = await Store.open(db)
            async with ParsePool() as pool:
                started = time.perf_counter()
                for result in await ingest_many(store, [str(p) for p in paths], pool=pool):
                    assert result.ok, result.error
                ingest_eps = size / (time.perf_counter() - started)
                worker_peak = workers_peak_mb(pool)
            await store.close()
        db_bytes = sum(f.stat().st_size for f in db.parent.glob(db.name + "*"))
        starts = first_answers(db)
        store = await Store.open(db)
        answerer = await Answerer.create(store)
        titles = [e.title for e in answerer.index.episodes.values()]
        qs = questions(titles, people, rng, n_questions, common=text.common())
        for q in qs[:20]:  # warm up caches
            await answerer.ask(q)
        ask_ms, fts_ms, cold_ms = [], [], []
        for q in qs:
            t0 = time.perf_counter()
            (await answerer.ask(q)).to_json()  # with each episode's snippet and reason
            ask_ms.append((time.perf_counter() - t0) * 1000)
        # The same questions with no full-text query kept from an earlier one (the store
        # keeps the rows of slow ones until the database changes): each as if it came first.
        cold_cpu_ms = []  # the CPU of this process (both threads): what the load leaves
        for q in qs:
            store.forget_kept_queries()
            t0, c0 = time.perf_counter(), time.process_time()
            (await answerer.ask(q)).to_json()
            cold_ms.append((time.perf_counter() - t0) * 1000)
            cold_cpu_ms.append((time.process_time() - c0) * 1000)
        # Plain FTS5 bm25 (any word, no corrections) ranks every match: about a second a
        # question at 300,000, so a sample, as for the naive scan below (every kind).
        for q in qs[: max(40, n_questions // 10)]:
            t0 = time.perf_counter()
            await store.bm25_titles(q, 10)
            fts_ms.append((time.perf_counter() - t0) * 1000)
        prefixes = []
        for i in range(n_questions):
            source = rng.choice(titles) if i % 2 else rng.choice(people)
            prefixes.append(source[: rng.randint(3, min(18, len(source)))])
        auto_ms = []
        for i, prefix in enumerate(prefixes):
            t0 = time.perf_counter()
            if i % 2:
                await answerer.complete_titles(prefix)
            else:
                answerer.complete_people(prefix)
            auto_ms.append((time.perf_counter() - t0) * 1000)
        base_ask, base_auto = [], []
        for q in qs[: max(20, n_questions // 10)]:
            t0 = time.perf_counter()
            process.extractOne(q, titles, scorer=fuzz.WRatio)
            base_ask.append((time.perf_counter() - t0) * 1000)
        for prefix in prefixes[: max(20, n_questions // 10)]:
            t0 = time.perf_counter()
            process.extract(prefix, titles, scorer=fuzz.WRatio, limit=25)
            base_auto.append((time.perf_counter() - t0) * 1000)
        await store.close()
    ask, fts, naive = stats(ask_ms), stats(fts_ms), stats(base_ask)
    return {
        "episodes": size,
        "ingest_eps": ingest_eps,
        **{f"ask_{k}": v for k, v in ask.items()},
        **{f"cold_{k}": v for k, v in stats(cold_ms).items()},
        **{f"cold_cpu_{k}": v for k, v in stats(cold_cpu_ms).items()},
        **{f"fts_{k}": v for k, v in fts.items()},
        **{f"naive_{k}": v for k, v in naive.items()},
        "auto_p50": pct(auto_ms, 50),
        "auto_p95": pct(auto_ms, 95),
        "base_auto_p95": pct(base_auto, 95),
        "ratio_ask": statistics.median(base_ask) / statistics.median(ask_ms),
        "start_first": starts[0][0],
        "start_best": min(t for t, _ in starts[1:]),
        "start_peak_mb": max(m for _, m in starts[1:]),
        "build_peak_mb": starts[0][1],
        "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        "worker_peak_mb": worker_peak,
        "db_mb_per_10k": db_bytes / 1e6 * 10_000 / size,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--questions", type=int, default=600)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument(
        "--db-dir",
        type=Path,
        help="keep each size's archive (and its feeds) here and reuse it on later runs",
    )
    args = parser.parse_args(argv)
    rows = []
    for size in args.sizes:
        r = asyncio.run(run_size(size, args.seed, args.questions, args.db_dir))
        rows.append(r)
        print(
            f"{size:>7} episodes: ingest {r['ingest_eps']:.0f}/s (nan: archive reused); "
            f"db {r['db_mb_per_10k']:.1f} MB per 10,000 episodes\n"
            f"  ask   mean {r['ask_mean']:.2f}  p50 {r['ask_p50']:.2f}  p95 {r['ask_p95']:.2f}  "
            f"p99 {r['ask_p99']:.2f}  max {r['ask_max']:.2f} ms\n"
            f"  cold  mean {r['cold_mean']:.2f}  p50 {r['cold_p50']:.2f}  p95 {r['cold_p95']:.2f}  "
            f"p99 {r['cold_p99']:.2f}  max {r['cold_max']:.2f} ms (no full-text query kept)\n"
            f"  cold CPU  mean {r['cold_cpu_mean']:.2f}  p95 {r['cold_cpu_p95']:.2f}  "
            f"p99 {r['cold_cpu_p99']:.2f}  max {r['cold_cpu_max']:.2f} ms (process CPU per "
            "question, both threads: what a busy machine does not add)\n"
            f"  FTS5  mean {r['fts_mean']:.2f}  p50 {r['fts_p50']:.2f}  p95 {r['fts_p95']:.2f}  "
            f"p99 {r['fts_p99']:.2f}  max {r['fts_max']:.2f} ms (raw bm25, the first questions)\n"
            f"  naive mean {r['naive_mean']:.2f}  p50 {r['naive_p50']:.2f}  "
            f"p95 {r['naive_p95']:.2f}  max {r['naive_max']:.2f} ms "
            f"(rapidfuzz WRatio over every title; ask {r['ratio_ask']:.0f}x faster at p50)\n"
            f"  autocomplete p50 {r['auto_p50']:.2f}  p95 {r['auto_p95']:.2f} ms "
            f"(naive p95 {r['base_auto_p95']:.2f} ms)\n"
            f"  start to first answer (python -m bot ask): {r['start_best']:.2f} s, peak "
            f"{r['start_peak_mb']:.0f} MB; the first of three (just after an ingest it builds and "
            f"saves the index): {r['start_first']:.2f} s, {r['build_peak_mb']:.0f} MB\n"
            f"  this process's peak {r['peak_mb']:.0f} MB; parse workers "
            f"{r['worker_peak_mb']:.0f} MB",
            flush=True,
        )
    print(
        "\nepisodes | ask mean / p95 / p99 / max | cold p95 / p99 / max | FTS5 p95 / max | "
        "naive p95 | start | peak | cold CPU p99 / max"
    )
    for r in rows:
        print(
            f"{r['episodes']:,} | {r['ask_mean']:.1f} / {r['ask_p95']:.1f} / {r['ask_p99']:.1f}"
            f" / {r['ask_max']:.1f} ms | {r['cold_p95']:.1f} / {r['cold_p99']:.1f} / "
            f"{r['cold_max']:.1f} ms | {r['fts_p95']:.1f} / {r['fts_max']:.1f} ms | "
            f"{r['naive_p95']:.0f} ms | {r['start_best']:.2f} s | {r['start_peak_mb']:.0f} MB | "
            f"{r['cold_cpu_p99']:.1f} / {r['cold_cpu_max']:.1f} ms"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
