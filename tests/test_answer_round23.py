# ruff: noqa: F811 - pytest passes the fixtures imported below in by name
"""Issue 11, round 23 (tuned on every set but the twenty-first, written apart).

Each test states a rule a maintainer would write without seeing any labelled question, and
checks it with questions written for the test (never copied from a question set).
"""

from __future__ import annotations

from pathlib import Path

from bot.answer import Answerer
from bot.ingest import ingest_source
from bot.store import Store

# The answerer over all the real feeds, shared with test_answer.
from tests.test_answer import all_db, everything  # noqa: F401

# Notes of some length that say none of the question's words.
_FILLER = " ".join(["We talk about what we bought this year and where it went."] * 12)


def _feed(episodes: list[tuple[str, str]]) -> bytes:
    items = "".join(
        f"<item><title>{title}</title><guid>g{n}</guid>"
        f"<pubDate>Mon, {1 + n % 28:02d} Jan {2000 + n // 28} 10:00:00 GMT</pubDate>"
        f"<description>{notes}</description></item>"
        for n, (title, notes) in enumerate(episodes, start=1)
    )
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Crab Chat</title><link>https://example.org/</link>
{items}
</channel></rss>""".encode()


async def test_a_title_said_whole_with_a_slip_is_found_past_common_words(
    store: Store, tmp_path: Path
) -> None:
    # Every word of the title is common in the archive: the episodes that say them most
    # (their notes are all lamps and rooms) fill the search's candidates, and the one
    # whose title the question says, a letter astray, is not among them.
    busy = [
        (f"Lamps week {n}", "Lamps, lamps and more lamps for tiny rooms, rooms, rooms. " * 3)
        for n in range(400)
    ]
    feed = tmp_path / "crab.xml"
    feed.write_bytes(_feed([*busy, ("Lamps for tiny rooms", _FILLER)]))
    assert (await ingest_source(store, str(feed))).ok
    answerer = await Answerer.create(store)
    answer = await answerer.ask("lamps for tiny roms")
    assert [e.title for e in answer.episodes][:1] == ["Lamps for tiny rooms"]
    # The same words, not said as the title, stay a question of words.
    answer = await answerer.ask("tiny roms lamps week")
    assert "Lamps for tiny rooms" not in [e.title for e in answer.episodes][:1]


async def test_given_names_said_by_their_initials(everything: Answerer) -> None:
    # Juha-Pekka Tolvanen is "JP" to those who know him, as J.P. Iberti is; and "jp" are
    # also the initials of JS Party, which opening initials name. Beside a surname of the
    # archive's people they are that person's given names, not the podcast.
    for question, title in (
        ("jp tolvanen", "Episode 119: DSLs in Practice with JP Tolvanen"),
        ("jp tolvanen on modelling languages", "Episode 119: DSLs in Practice with JP Tolvanen"),
        ("jp tolvanan", "Episode 119: DSLs in Practice with JP Tolvanen"),
        ("jp iberti", "La Colombe Coffee Roasters: Todd Carmichael and J.P. Iberti"),
    ):
        answer = await everything.ask(question)
        assert [e.title for e in answer.episodes][:1] == [title], question
    # Opening initials with no such name beside them still name the podcast.
    answer = await everything.ask("jp on web components")
    assert answer.episodes
    js_party = {e.feed_id for e in answer.episodes}
    assert len(js_party) == 1
    assert "JS Party" in everything.index.feed_titles[js_party.pop()]


async def test_a_title_said_whole_after_the_podcasts_name(store: Store, tmp_path: Path) -> None:
    # "crab chat live day tow": the podcast's name, then a title said whole but for a
    # slip that is itself a word of the archive ("tow", which a tow truck episode says),
    # so the search does not correct it and the titles tie on their other words.
    days = ["Minus One", "Zero", "One", "Three", "Four", "Two"]
    episodes = [(f"Crab Chat Live Day {day}", f"Day {day.lower()} of the show.") for day in days]
    episodes.append(("Roadside help", "A tow truck, a tow rope and a long night."))
    feed = tmp_path / "crab.xml"
    feed.write_bytes(_feed(episodes))
    assert (await ingest_source(store, str(feed))).ok
    answerer = await Answerer.create(store)
    answer = await answerer.ask("crab chat live day tow")
    assert [e.title for e in answer.episodes][:1] == ["Crab Chat Live Day Two"]
    # Without the podcast's name the title is said whole too, as before.
    answer = await answerer.ask("live day tow")
    assert [e.title for e in answer.episodes][:1] == ["Crab Chat Live Day Two"]


async def test_the_word_asking_for_a_mention_is_next_to_no_evidence(
    store: Store, tmp_path: Path
) -> None:
    # "mentioning" says what the asker wants of the notes, not a word they hold: it must
    # not halve the weight of the subject, which alone says which episodes qualify.
    feed = tmp_path / "crab.xml"
    feed.write_bytes(
        _feed(
            [
                ("Show one", "We try the zorblax for the first time. " + _FILLER),
                ("Show two", "Nothing of the kind this week. " + _FILLER),
                ("Show three", "Back to the zorblax, a second look. " + _FILLER),
                ("Show four", "A quiet one. " + _FILLER),
            ]
        )
    )
    assert (await ingest_source(store, str(feed))).ok
    answerer = await Answerer.create(store)
    answer = await answerer.ask("latest crab chat mentioning zorblax")
    assert [e.title for e in answer.episodes] == ["Show three", "Show one"]
    # A subject word the notes lack still counts against them: no episode has both.
    answer = await answerer.ask("latest crab chat mentioning zorblax recipes")
    assert answer.episodes == []


async def test_a_surnames_particle_joined_to_it(store: Store, tmp_path: Path) -> None:
    # O'Dwyer is folded to "o dwyer"; askers write "odwyer", as they write "vanrossum".
    feed = tmp_path / "crab.xml"
    feed.write_bytes(
        _feed(
            [
                ("Crabs at sea with Siobhan O'Dwyer", "Siobhan O'Dwyer on boats. " + _FILLER),
                ("Crabs on land with Pieter van Houten", "Pieter van Houten on sand."),
                ("A show alone", "Nobody joins us. " + _FILLER),
            ]
        )
    )
    assert (await ingest_source(store, str(feed))).ok
    answerer = await Answerer.create(store)
    for question, title in (
        ("siobhan odwyer", "Crabs at sea with Siobhan O'Dwyer"),
        ("odwyer", "Crabs at sea with Siobhan O'Dwyer"),
        ("pieter vanhouten", "Crabs on land with Pieter van Houten"),
    ):
        answer = await answerer.ask(question)
        assert [e.title for e in answer.episodes][:1] == [title], question
