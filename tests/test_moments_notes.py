"""Segments from show-notes timestamps: the parser, the real feeds, and ingest."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.feeds import parse_feed
from bot.ingest import ingest_source
from bot.moments.notes import parse_notes
from bot.moments.segment import clock
from bot.store import Store
from tests.conftest import FEED_ITEMS, FEEDS_DIR, needs_feeds


def titles(text: str) -> list[tuple[float, str]]:
    return [(s.start, s.title) for s in parse_notes(text)]


def test_the_published_forms() -> None:
    assert titles("OUTLINE:\n\n(00:00) – Introduction\n\n(05:08) – Hemingway\n") == [
        (0, "Introduction"),
        (308, "Hemingway"),
    ]
    assert titles("05:08 Hemingway\n08:34 Putin") == [(308, "Hemingway"), (514, "Putin")]
    assert titles("[0:10] Start\n[1:02:03] - Deep end") == [(10, "Start"), (3723, "Deep end")]
    assert titles("Chapters:\n[1:02:03] Only one") == [(3723, "Only one")]
    assert titles("Timestamps:\n- 00:00 - Hi\n- 12:34 | Bye") == [(0, "Hi"), (754, "Bye")]
    # Several on one line, as some feeds' notes arrive once the markup is gone.
    assert titles("(00:00) - It's Go Time! (00:45) - Introducing our guests") == [
        (0, "It's Go Time!"),
        (45, "Introducing our guests"),
    ]
    assert titles("Intro (00:00)\nGenerics (12:34)") == [(0, "Intro"), (754, "Generics")]
    assert titles("Storytelling: Basics starts at 4:29\nStorytelling: Advice starts at 52:26") == [
        (269, "Storytelling: Basics"),
        (3146, "Storytelling: Advice"),
    ]


def test_ends_are_the_next_start_and_the_duration() -> None:
    segments = parse_notes("00:00 Intro\n10:00 Middle\n20:00 End", duration=1800)
    assert [(s.start, s.end) for s in segments] == [(0, 600), (600, 1200), (1200, 1800)]
    assert parse_notes("00:00 Intro\n10:00 End")[-1].end is None  # no duration known


@pytest.mark.parametrize(
    "text",
    [
        "Join us at 10:30 am ET\nor at 11:45 pm",
        "Doors open 10:30 PM\nShow starts 11:00 PM",
        "Live at 10:30\nAgain at 12:30",
        "Last Modified 10/08/2021 13:52:18 by Freedom Controller",
        "Published 2023-05-01 10:30:00\nUpdated 2023-05-02 11:30:00",
        "The interview begins at 1:04:30, after the news.",
        "One stray 12:34 Title line and nothing else",
        "10:00 Late\n05:00 Earlier\n01:00 Earliest",  # runs backwards: not a list
        "Ratio 3:45 and 7:59 in a sentence",
        "",
    ],
)
def test_clock_times_dates_and_strays_are_not_timestamps(text: str) -> None:
    assert parse_notes(text) == []


def test_impossible_and_unsorted_entries_are_dropped() -> None:
    text = "Timestamps:\n00:00 Intro\n10:00 Ten\n05:00 Out of order\n20:00 Twenty\n99:75 Bad"
    assert titles(text) == [(0, "Intro"), (600, "Ten"), (1200, "Twenty")]


def test_clock() -> None:
    assert (clock(754), clock(3723), clock(5), clock(-3)) == ("12:34", "1:02:03", "0:05", "0:00")


@needs_feeds
@pytest.mark.parametrize(
    ("name", "at_least"),
    [("lex-fridman-podcast.xml", 340), ("go-time.xml", 47), ("js-party.xml", 50)],
)
def test_real_feeds_with_timestamps(name: str, at_least: int) -> None:
    feed = parse_feed((FEEDS_DIR / name).read_bytes())
    found = [parse_notes(e.description, e.duration) for e in feed.episodes]
    with_list = [s for s in found if s]
    assert len(with_list) >= at_least
    for segments in with_list:
        starts = [s.start for s in segments]
        assert starts == sorted(starts) and all(s.title for s in segments)


@needs_feeds
def test_real_feeds_without_timestamps_give_none() -> None:
    # Their notes have clock times, dates ("Last Modified 10/08/2021 13:52:18") and single
    # mentions ("begins at 1:04:30"), but no chapter list.
    for name in FEED_ITEMS:
        if name in ("lex-fridman-podcast.xml", "go-time.xml", "js-party.xml"):
            continue
        feed = parse_feed((FEEDS_DIR / name).read_bytes())
        assert [e.title for e in feed.episodes if parse_notes(e.description)] == [], name


@needs_feeds
def test_lex_hemingway_is_at_5_08() -> None:
    feed = parse_feed((FEEDS_DIR / "lex-fridman-podcast.xml").read_bytes())
    [bert] = [e for e in feed.episodes if "Bert Kreischer" in e.title]
    segments = parse_notes(bert.description, bert.duration)
    hemingway = next(s for s in segments if s.title == "Hemingway")
    assert (hemingway.start, hemingway.end) == (308, 514)
    assert segments[-1].end == bert.duration


@needs_feeds
async def test_ingest_writes_notes_segments_with_their_episode(
    store: Store, tmp_path: Path
) -> None:
    feed = tmp_path / "lex.xml"
    feed.write_bytes((FEEDS_DIR / "lex-fridman-podcast.xml").read_bytes())
    result = await ingest_source(store, str(feed))
    assert result.ok and result.added == 383
    total = await store.segment_count()
    assert total > 6000
    [hit] = [
        s for s in await store.search_segments('"hemingway"', limit=20) if s.title == "Hemingway"
    ][:1]
    assert hit.kind == "notes" and hit.start == 308
    [episode] = await store.episodes_by_ids([hit.episode_id])
    assert "Bert Kreischer" in episode.title
    # Within that episode only, over its own rows.
    inside = await store.search_segments('"putin"', episode_ids=[hit.episode_id])
    assert [(s.title, s.start) for s in inside] == [("Putin", 514)]

    # Unchanged: nothing rewritten.
    before = [(s.id, s.title) for s in await store.episode_segments(hit.episode_id)]
    again = await ingest_source(store, str(feed))
    assert again.unchanged == 383 and await store.segment_count() == total
    assert [(s.id, s.title) for s in await store.episode_segments(hit.episode_id)] == before

    # The episode's notes change: its segments are replaced, the old ones leave the index.
    data = feed.read_bytes().replace(b"Hemingway", b"Faulkner")  # that episode's alone
    feed.write_bytes(data)
    edited = await ingest_source(store, str(feed))
    assert edited.updated == 1
    after = await store.episode_segments(hit.episode_id)
    assert "Faulkner" in [s.title for s in after] and "Hemingway" not in [s.title for s in after]
    assert await store.segment_count() == total
    assert not [
        s for s in await store.search_segments('"hemingway"', limit=50) if s.title == "Hemingway"
    ]
    found = await store.search_segments('"faulkner"', episode_ids=[hit.episode_id])
    assert [s.start for s in found] == [308]
    # The index agrees with its table (an external-content index can drift silently).
    await store.conn.execute("INSERT INTO segments_fts (segments_fts) VALUES ('integrity-check')")
