"""``TopicCatalog.episode_topics`` gives what ingest's ``Enricher._topics`` gives.

It is the same work (catalogue topics, then keywords and categories as published) with
what is known of each label kept between episodes; ingest can call it instead. Checked on
every episode of the real feeds, the bundled feed and the seeded synthetic feed.
"""

from __future__ import annotations

from pathlib import Path

from bot.feeds import ParsedEpisode, parse_feed
from bot.ingest import MAX_KEYWORD_TOPICS, Enricher
from bot.topics import TopicCatalog
from tests.conftest import needs_feeds
from tests.test_enrich_identity import _sources


@needs_feeds
def test_episode_topics_is_what_ingest_finds(tmp_path: Path) -> None:
    enricher = Enricher(catalog=TopicCatalog.load())
    fresh = TopicCatalog.load()  # its own caches, filled as it goes
    compared = labelled = 0
    for data in _sources(tmp_path).values():
        for ep in parse_feed(data).episodes:
            text = ep.description or ep.summary
            expected = enricher._topics(ep, text)
            got = fresh.episode_topics(
                ep.title, text, ep.keywords, ep.categories, MAX_KEYWORD_TOPICS
            )
            assert got == expected, ep.title
            compared += 1
            labelled += any(source == "keyword" for _, source, _ in got)
    assert compared == 4692
    assert labelled > 1000  # the keyword part is exercised


def test_labels_edge_cases() -> None:
    catalog = TopicCatalog.load()
    enricher = Enricher(catalog=TopicCatalog.load())
    keywords = ["", "  ", "x" * 61, "Cuba", "cuba", " Jazz ", "jazz", "JAZZ", "ICE", "Go"]
    keywords += [f"label {i}" for i in range(12)]
    ep = ParsedEpisode(
        title="Cuba and jazz",
        description="About Venezuela.",
        keywords=keywords,
        categories=["Music", "music", "Cuba"],
    )
    for _ in range(2):  # the second time from what was kept
        got = catalog.episode_topics(ep.title, ep.description, ep.keywords, ep.categories)
        assert got == enricher._topics(ep, ep.description)
