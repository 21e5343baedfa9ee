# ruff: noqa: F811 - pytest passes the fixtures imported below in by name
"""Issue 12: the answer index keeps its episodes in arrays and blobs, not one object each;
what it answers from them is what the rows said."""

from __future__ import annotations

import bisect
import itertools
from array import array

from bot.answer import Answerer
from bot.index import Index
from bot.ingest import BUNDLED_FEED, ingest_source
from bot.store import IndexRows, Store
from bot.text import normalize

# The answerer over all the real feeds, shared with test_answer.
from tests.test_answer import all_db, everything  # noqa: F401

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


def _naming_plain(index: Index, names: list[str], scan: int, limit: int) -> list[int]:
    """What ``EpisodeTable.newest_naming`` says, title by title."""
    out = []
    for eid in list(index.latest)[:scan]:
        title = f" {index.episodes[eid].title_norm} "
        if any(f" {name} " in title for name in names):
            out.append(eid)
            if len(out) >= limit:
                break
    return out


def test_the_newest_titles_naming_a_name_are_those_a_title_by_title_look_finds() -> None:
    # Titles whose words sit at a title's start and end, inside longer words ("rights"
    # in "copyrights"), across two titles' boundary in the blob ("...rights" + "rights
    # ..."), in several scripts, and short words found inside most others ("s", "u").
    titles = [
        "Human rights in Peru",
        "Copyrights and wrongs",
        "The u s policy on rights",
        "rights",
        "Britain's rights",
        "Ñandú y derechos",
        "Emoji 🎙️ rights",
        "",
        "rightsrights",
        "policy",
    ]
    episodes = [(100 + i, 1, t, normalize(t), 1000.0 - i, i) for i, t in enumerate(titles * 3)]
    data = IndexRows(
        episodes=episodes, people=[], links=[], topics=[], vocabulary=[], feeds=[(1, "A", None)]
    )
    index = Index.from_rows(data)
    names_tried = [
        ["rights"],
        ["human rights"],
        ["u", "s", "policy"],
        ["s"],
        ["nandu"],
        ["derechos", "policy"],
        ["rightsrights"],
        ["wrong"],
        ["🎙️"],
        ["emoji rights", "peru"],
    ]
    for names in names_tried:
        for scan, limit in ((len(episodes), 100), (len(episodes), 2), (5, 100), (0, 5)):
            assert index.episodes.newest_naming(names, scan, limit) == _naming_plain(
                index, names, scan, limit
            ), (names, scan, limit)
    assert index.episodes.newest_naming(["rights"], 100, 100)[:3] == [100, 102, 103]


async def test_the_newest_titles_naming_title_words_on_the_real_feeds(
    everything: Answerer,
) -> None:
    index = everything.index
    newest = list(index.latest)[:2000]
    words = sorted({w for e in newest for w in index.episodes[e].title_norm.split()})[::5]
    assert len(words) > 500
    pairs = [" ".join(p) for p in itertools.pairwise(words)][::7]
    for names in [[w] for w in words] + [[p] for p in pairs]:
        for scan, limit in ((2000, 5), (40, 100)):
            assert index.episodes.newest_naming(names, scan, limit) == _naming_plain(
                index, names, scan, limit
            ), names
