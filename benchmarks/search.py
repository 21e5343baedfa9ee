"""Search benchmark: ``python -m benchmarks.search [--sizes 10000 100000]``.

Builds a synthetic archive of N episodes (realistic title and description lengths, guests
named in the text and in ``podcast:person`` tags, countries and themes), ingests it through
the real pipeline (RSS parse, people, topics, SQLite), then reports for each size:

* ingest rate (episodes/s), through ``bot.ingest.ingest_source``;
* ``ask`` p50 / p95 / p99 / max over a mix of questions (titles with typos, guests, topics,
  latest, Spanish, questions with no answer, a very common word with an unknown one, topic
  pairs);
* autocomplete p50 / p95 (prefixes of titles and names, as typed);
* the naive baseline: ``rapidfuzz.process.extractOne`` with WRatio over all titles;
* the speed ratio, the process's peak memory (ru_maxrss) and the parse workers' peak.

It prints figures; it asserts nothing (speed is shown, not tested).
"""

from __future__ import annotations

import argparse
import asyncio
import random
import resource
import statistics
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


async def run_size(size: int, rng: random.Random, n_questions: int) -> dict[str, float]:
    with tempfile.TemporaryDirectory() as tmp:
        people = list({_name(rng) for _ in range(max(200, size // 8))})
        per_feed = 1000  # a long-running podcast; real feeds hold tens to a few thousand
        paths = []
        text = Text(rng)
        for start in range(0, size, per_feed):
            p = Path(tmp) / f"feed{start}.xml"
            build_feed(p, start, min(per_feed, size - start), people, rng, text)
            paths.append(p)
        store = await Store.open(Path(tmp) / "bench.sqlite3")
        async with ParsePool() as pool:
            started = time.perf_counter()
            for result in await ingest_many(store, [str(p) for p in paths], pool=pool):
                assert result.ok, result.error
            ingest_s = time.perf_counter() - started
            worker_peak = workers_peak_mb(pool)
        answerer = await Answerer.create(store)
        titles = [e.title for e in answerer.index.episodes.values()]
        qs = questions(titles, people, rng, n_questions, common=text.common())
        for q in qs[:20]:  # warm up caches
            await answerer.ask(q)
        ask_ms = []
        for q in qs:
            t0 = time.perf_counter()
            (await answerer.ask(q)).to_json()  # with each episode's snippet and reason
            ask_ms.append((time.perf_counter() - t0) * 1000)
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
    return {
        "episodes": size,
        "ingest_eps": size / ingest_s,
        "ask_p50": pct(ask_ms, 50),
        "ask_p95": pct(ask_ms, 95),
        "ask_p99": pct(ask_ms, 99),
        "ask_max": max(ask_ms),
        "auto_p50": pct(auto_ms, 50),
        "auto_p95": pct(auto_ms, 95),
        "base_ask_p50": pct(base_ask, 50),
        "base_ask_p95": pct(base_ask, 95),
        "base_auto_p95": pct(base_auto, 95),
        "ratio_ask": statistics.median(base_ask) / statistics.median(ask_ms),
        "ratio_auto": statistics.median(base_auto) / statistics.median(auto_ms),
        "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        "worker_peak_mb": worker_peak,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--questions", type=int, default=600)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args(argv)
    rng = random.Random(args.seed)
    print(
        f"{'episodes':>9} {'ingest/s':>9} {'ask p50':>8} {'ask p95':>8} {'ask p99':>8} "
        f"{'ask max':>8} {'auto p50':>9} "
        f"{'auto p95':>9} {'naive p50':>10} {'naive p95':>10} {'naive auto p95':>15} "
        f"{'x faster':>9} {'peak MB':>8} {'worker MB':>10}"
    )
    for size in args.sizes:
        r = asyncio.run(run_size(size, rng, args.questions))
        print(
            f"{size:>9} {r['ingest_eps']:>9.0f} {r['ask_p50']:>6.2f}ms {r['ask_p95']:>6.2f}ms "
            f"{r['ask_p99']:>6.2f}ms {r['ask_max']:>6.2f}ms "
            f"{r['auto_p50']:>7.2f}ms {r['auto_p95']:>7.2f}ms {r['base_ask_p50']:>8.2f}ms "
            f"{r['base_ask_p95']:>8.2f}ms {r['base_auto_p95']:>13.2f}ms "
            f"{r['ratio_ask']:>8.1f}x {r['peak_mb']:>8.0f} {r['worker_peak_mb']:>10.0f}",
            flush=True,
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
