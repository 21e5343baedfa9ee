"""Issue 12 item 4: no question costs the whole archive, and the bounded paths answer the same."""

from __future__ import annotations

import itertools

from bot.answer import FTS_NEWEST, Answerer, Index
from bot.ingest import BUNDLED_FEED, ingest_many
from bot.store import Store, Term
from tests.conftest import FEEDS_DIR, needs_feeds

FEEDS = [str(BUNDLED_FEED)] + [
    str(FEEDS_DIR / name) for name in ("se-radio.xml", "today-in-focus.xml", "go-time.xml")
]


@needs_feeds
async def test_topic_pairs_walked_against_sets_rank_as_the_full_sort(store: Store) -> None:
    assert all(r.ok for r in await ingest_many(store, FEEDS))
    answerer = await Answerer.create(store)
    topics = sorted(
        answerer.index.topic_episodes, key=lambda t: -len(answerer.index.topic_episodes[t])
    )
    checked = 0
    for topic, *others in itertools.chain(
        itertools.permutations(topics[:8], 2), itertools.permutations(topics[:6], 3)
    ):
        full = answerer._topic_ranked(topic, others)  # limit None: every episode sorted
        for limit in (1, 5, 10):
            assert answerer._topic_ranked(topic, others, limit=limit) == full[:limit]
            checked += 1
    assert checked > 100


@needs_feeds
async def test_a_very_common_word_ranks_only_its_newest_matches(store: Store) -> None:
    assert all(r.ok for r in await ingest_many(store, FEEDS))
    word = "the"  # in nearly every episode's show notes
    everything = await store.fts_search([Term((word,))], limit=100_000)
    assert len(everything) > 500
    window = 200
    newest = sorted((eid for eid, _ in everything), reverse=True)[:window]
    bounded = await store.fts_search([Term((word,))], limit=100_000, newest=window)
    assert sorted(eid for eid, _ in bounded) == sorted(newest)
    # Ranked best first among them (bm25 is negative: lower is better).
    assert [r for _, r in bounded] == sorted(r for _, r in bounded)


def test_only_words_in_a_large_share_of_a_large_archive_are_bounded() -> None:
    index = Index()
    index.count = 4_000
    assert index.fts_window(3_999) is None  # a small archive: always ranked in full
    index.count = 100_000
    assert index.fts_window(FTS_NEWEST) is None
    assert index.fts_window(9_999) is None  # under a tenth of the archive
    assert index.fts_window(10_001) == FTS_NEWEST
    # Past 100,000 episodes, what a tenth of 100,000 is: the cost stops growing.
    index.count = 300_000
    assert index.fts_window(FTS_NEWEST) is None
    assert index.fts_window(9_999) is None
    assert index.fts_window(10_001) == FTS_NEWEST
