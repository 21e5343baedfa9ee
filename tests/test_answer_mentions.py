"""A mention said as a phrasal verb ("bringing up", "comes up"): the verb is no subject,
and "latest" orders every episode that mentions the subject by date (issue 11)."""

from __future__ import annotations

from pathlib import Path

from bot.answer import Answerer, _parse
from bot.ingest import ingest_many
from bot.store import Store

GAMES_FEED = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Pixel Hour</title>
<item><title>Pixel Hour 03-02-2010</title><guid>p-1</guid>
<pubDate>Tue, 02 Mar 2010 10:00:00 GMT</pubDate>
<description>Our review of Mass Effect 2, a new controller and your mail.</description></item>
<item><title>Pixel Hour 08-07-2012</title><guid>p-2</guid>
<pubDate>Tue, 07 Aug 2012 10:00:00 GMT</pubDate>
<description>This week we bring you a taste test, the future of Persona and life after
Mass Effect 3.</description></item>
<item><title>Pixel Hour 03-12-2013</title><guid>p-3</guid>
<pubDate>Tue, 12 Mar 2013 10:00:00 GMT</pubDate>
<description>Feverish talk of Mass Effect 3 DLC, SimCity and Thief.</description></item>
<item><title>Pixel Hour 05-14-2013</title><guid>p-4</guid>
<pubDate>Tue, 14 May 2013 10:00:00 GMT</pubDate>
<description>Console rumours, a racing game and a lot of mail.</description></item>
<item><title>Pixel Hour 01-01-2011</title><guid>f-1</guid>
<pubDate>Tue, 01 Feb 2011 10:00:00 GMT</pubDate>
<description>Handheld consoles, a puzzle game and the mailbag.</description></item>
<item><title>Pixel Hour 02-01-2011</title><guid>f-2</guid>
<pubDate>Tue, 02 Feb 2011 10:00:00 GMT</pubDate>
<description>Racing wheels, arcade cabinets and a strategy game.</description></item>
<item><title>Pixel Hour 03-01-2011</title><guid>f-3</guid>
<pubDate>Tue, 03 Feb 2011 10:00:00 GMT</pubDate>
<description>Indie darlings, a platformer and listener questions.</description></item>
<item><title>Pixel Hour 04-01-2011</title><guid>f-4</guid>
<pubDate>Tue, 04 Feb 2011 10:00:00 GMT</pubDate>
<description>Retro collecting, cartridges and a horror game.</description></item>
<item><title>Pixel Hour 05-01-2011</title><guid>f-5</guid>
<pubDate>Tue, 05 Feb 2011 10:00:00 GMT</pubDate>
<description>Fighting games, tournaments and the mailbag again.</description></item>
<item><title>Pixel Hour 06-01-2011</title><guid>f-6</guid>
<pubDate>Tue, 06 Feb 2011 10:00:00 GMT</pubDate>
<description>A role-playing epic, save files and speedruns.</description></item>
<item><title>Pixel Hour 04-04-2009</title><guid>p-5</guid>
<pubDate>Sat, 04 Apr 2009 10:00:00 GMT</pubDate>
<description>We are joined by Ed Boon, who talks fighting games.</description></item>
<item><title>Pixel Hour 09-09-2014</title><guid>p-6</guid>
<pubDate>Tue, 09 Sep 2014 10:00:00 GMT</pubDate>
<description>A new fighting game shown by Ed Boon, and a week of mail.</description></item>
<item><title>Pixel Hour: Ed Gein</title><guid>p-7</guid>
<pubDate>Tue, 09 Sep 2015 10:00:00 GMT</pubDate>
<description>A horror game and its real inspiration.</description></item>
</channel></rss>
"""


def test_the_phrasal_verb_is_not_searched() -> None:
    for question in (
        "the newest one bringing up mass effect 3",
        "latest episode where mass effect 3 comes up",
        "most recent show that brought up mass effect 3",
    ):
        assert _parse(question).words == ["mass", "effect", "3"], question
    # Not what is next, nor who made something.
    assert "coming" in _parse("what is coming up on pixel hour").words
    assert "came" in _parse("the guy who came up with python").words
    # "bring" alone stays a word: "bring your own device".
    assert "bring" in _parse("the episode about bring your own device").words


async def test_latest_bringing_up_is_the_newest_mention(tmp_path: Path) -> None:
    feed = tmp_path / "pixel.xml"
    feed.write_text(GAMES_FEED, encoding="utf-8")
    async with await Store.open(tmp_path / "t.sqlite3") as store:
        assert all(r.ok for r in await ingest_many(store, [str(feed)]))
        answerer = await Answerer.create(store)
        for question in (
            "the newest one bringing up mass effect 3",
            "latest episode where mass effect 3 comes up",
        ):
            answer = await answerer.ask(question)
            # Not the older episode whose notes "bring you" something.
            assert answer.intent == "latest", question
            assert answer.episodes[0].title == "Pixel Hour 03-12-2013", question


async def test_latest_mention_of_a_guest_is_not_only_their_episodes(tmp_path: Path) -> None:
    feed = tmp_path / "pixel.xml"
    feed.write_text(GAMES_FEED, encoding="utf-8")
    async with await Store.open(tmp_path / "t.sqlite3") as store:
        assert all(r.ok for r in await ingest_many(store, [str(feed)]))
        answerer = await Answerer.create(store)
        # "With" asks for the episode they are on; "mentions" for the newest naming them.
        answer = await answerer.ask("latest episode with ed boon")
        assert answer.episodes[0].title == "Pixel Hour 04-04-2009"
        answer = await answerer.ask("the latest episode that mentions ed boon")
        titles = [e.title for e in answer.episodes]
        assert titles[0] == "Pixel Hour 09-09-2014"
        # A mention is of the whole name: "Ed Gein" names no Ed Boon.
        assert "Pixel Hour: Ed Gein" not in titles
