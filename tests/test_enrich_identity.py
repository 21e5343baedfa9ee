"""People and topics stay exactly what they were: every episode of the real feeds, checked.

``tests/data/enrich_identity.json`` records, for each episode of the 18 real feeds, the
bundled feed and a seeded synthetic feed of ``benchmarks.search``, a short digest of what
the code produced when the file was written: the people and topics of the ingest pipeline
(:class:`bot.ingest.Enricher`: tags merged, corrections applied, keywords), and the people
read from the title and the prose alone (``summary``, no hosts). A change that makes the
readers faster must leave every digest as it was; one that means to change the output
rewrites the file (``python -m tests.test_enrich_identity --write``) and says why.
"""

from __future__ import annotations

import hashlib
import json
import random
import sys
from pathlib import Path

from bot.feeds import ParsedFeed, parse_feed
from bot.ingest import Enricher
from bot.people import extract_people
from tests.conftest import BUNDLED_FEED, FEEDS_DIR, needs_feeds

FIXTURE = Path(__file__).parent / "data" / "enrich_identity.json"
SYNTHETIC = "synthetic (benchmarks.search, seed 12)"
FIRST_SEEN = 1_700_000_000.0


def _synthetic(tmp: Path) -> bytes:
    """A feed of 300 synthetic episodes, the same every run (seeded)."""
    from benchmarks.search import Text, _name, build_feed

    rng = random.Random(12)
    people = sorted({_name(rng) for _ in range(200)})
    path = tmp / "synthetic.xml"
    build_feed(path, 0, 300, people, rng, Text(rng))
    return path.read_bytes()


def _sources(tmp: Path) -> dict[str, bytes]:
    out = {p.name: p.read_bytes() for p in sorted(FEEDS_DIR.glob("*.xml"))}
    out[BUNDLED_FEED.name] = BUNDLED_FEED.read_bytes()
    out[SYNTHETIC] = _synthetic(tmp)
    return out


def _digests(feed: ParsedFeed, enricher: Enricher) -> list[str]:
    """One short digest per episode, in feed order, of everything the readers produced."""
    out = []
    for enriched in enricher.enrich(feed, FIRST_SEEN):
        ep = enriched.item
        alone = extract_people(ep.title, ep.summary)
        record = [
            [[m.name, m.role, m.note, m.href, m.img, m.source] for m in enriched.people],
            [list(t) for t in enriched.topics],
            [[m.name, m.role, m.note] for m in alone],
        ]
        blob = json.dumps(record, ensure_ascii=False, separators=(",", ":"))
        out.append(hashlib.sha1(blob.encode()).hexdigest()[:12])
    return out


def compute(tmp: Path) -> dict[str, list[str]]:
    """The digests of every source, by source name."""
    enricher = Enricher()
    return {name: _digests(parse_feed(data), enricher) for name, data in _sources(tmp).items()}


@needs_feeds
def test_people_and_topics_unchanged_on_every_episode(tmp_path: Path) -> None:
    expected = json.loads(FIXTURE.read_text(encoding="utf-8"))
    got = compute(tmp_path)
    assert sorted(got) == sorted(expected)
    assert sum(map(len, got.values())) == 4692  # the 4,382 real items, 10 bundled, 300 synthetic
    for name, digests in expected.items():
        assert len(got[name]) == len(digests), name
        changed = [i for i, (a, b) in enumerate(zip(got[name], digests, strict=True)) if a != b]
        assert not changed, f"{name}: {len(changed)} episodes differ, first at item {changed[0]}"


if __name__ == "__main__":
    if sys.argv[1:] != ["--write"]:
        raise SystemExit("usage: python -m tests.test_enrich_identity --write")
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        data = compute(Path(tmp))
    FIXTURE.write_text(json.dumps(data, indent=0) + "\n", encoding="utf-8")
    print(f"wrote {FIXTURE}: {sum(map(len, data.values()))} episodes")
