"""Issue 12: the answer index keeps its episodes in arrays and blobs, not one object each;
what it answers from them is what the rows said."""

from __future__ import annotations

import bisect
from array import array

from bot.index import Index
from bot.ingest import BUNDLED_FEED, ingest_source
from bot.store import IndexRows, Store
from bot.text import normalize

TITLES = [
    "Ñandú: el ave más grande de Sudamérica",
    "Plain ASCII title",
    "Emoji 🎙️ and CJK 日本語 in one title",
    "",
    "Café con leche",
]


def rows(ids: list[int]) -> IndexRows:
    """Hand-made rows: one feed, these episode ids (newest first), a person, topics."""
    episodes = [
        (eid, 1, TITLES[i % len(TITLES)], normalize(TITLES[i % len(TITLES)]), 1000.0 - i, i)
        for i, eid in enumerate(ids)
    ]
    return IndexRows(
        episodes=episodes,
        people=[(7, "Ruth López", "ruth lopez", None)],
        links=[(ids[-1], 7, "guest"), (ids[0], 7, "guest"), (ids[0], 7, "host")],
        topics=[(ids[0], "Guatemala", 2.0), (ids[-1], "Guatemala", 12.0), (ids[0], "Perú", 1.0)],
        vocabulary=[("cafe", 1), ("plain", 1)],
        feeds=[(1, "A show", "Someone")],
    )


def check(index: Index, data: IndexRows) -> None:
    assert index.count == len(data.episodes)
    assert list(index.latest) == [r[0] for r in data.episodes]
    for slot, (eid, fid, title, norm, ts, pos) in enumerate(data.episodes):
        assert eid in index.episodes and index.order[eid] == slot
        entry = index.episodes[eid]
        assert (entry.id, entry.feed_id, entry.title, entry.title_norm) == (eid, fid, title, norm)
        assert (entry.sort_ts, entry.position) == (ts, pos)
    first, last = data.episodes[0][0], data.episodes[-1][0]
    assert index.episodes[first].weights == {"guatemala": 2.0, "peru": 1.0}
    assert index.episodes[first].people == ["ruth lopez"]
    assert index.episodes[last].weights == {"guatemala": 12.0}
    assert list(index.topic_ranked["guatemala"]) == [last, first]  # by weight
    assert list(index.topic_episodes["guatemala"]) == [first, last]  # newest first
    assert list(index.topic_about["guatemala"]) == [last]
    assert list(index.people["ruth lopez"].episode_ids) == [first, last]
    missing = max(r[0] for r in data.episodes) + 1
    assert missing not in index.episodes and index.episodes.get(missing) is None
    assert index.order.get(missing) is None and -1 not in index.order and "x" not in index.order
    expected = sorted((r[3], r[0]) for r in data.episodes)
    assert list(index.sorted_titles) == expected
    assert index.sorted_titles[1:3] == expected[1:3]
    probe = (normalize("Café"),)
    assert bisect.bisect_left(index.sorted_titles, probe) == bisect.bisect_left(expected, probe)


def test_dense_and_sparse_ids_give_the_rows_back_and_survive_the_snapshot() -> None:
    for ids in ([5, 3, 4, 1, 2], [10_000_000, 3, 2**31, 17, 40]):  # the second: sparse
        data = rows(ids)
        built = Index.from_rows(data)
        check(built, data)
        parts = built.snapshot()
        loaded = Index.from_snapshot(parts)
        assert parts == []  # consumed: the raw parts and the index are not both kept
        check(loaded, data)


async def test_no_object_per_episode_on_the_bundled_feed(store: Store) -> None:
    await ingest_source(store, str(BUNDLED_FEED))
    index = Index.from_snapshot((await Index.build_and_save(store)).snapshot())
    assert index.count >= 10
    # The ids of topics, people and ``latest`` are arrays of 4-byte values.
    assert isinstance(index.latest, array) and index.latest.itemsize == 4
    assert all(isinstance(ids, array) for ids in index.topic_episodes.values())
    assert all(isinstance(p.episode_ids, array) for p in index.people.values())
    titles = {e.id: e.title for e in index.episodes.values()}
    for e in await store.episodes_by_ids(list(index.latest)[:20]):
        assert titles[e.id] == e.title
