"""Issue 11, round 26.

Each test states a rule a maintainer would write without seeing any labelled question, and
checks it with questions written for the test (never copied from a question set).
"""

from __future__ import annotations

from pathlib import Path

from bot.answer import Answerer
from bot.ingest import ingest_source
from bot.scope import domain_name
from bot.store import Store


async def _site_feed(store: Store, tmp_path: Path) -> Answerer:
    """A German podcast whose author is a web address ("KR.COM"), one episode a day,
    beside an English one, so that the site's name is the only word that says which."""
    feeds = (
        ("Krabben heute | Audios | KR Lernen", "KR.COM | Krabbenrundfunk", "de", "Krabben"),
        ("Crab Chat", "Crab People", "en", "Crabs"),
    )
    for n, (title, author, language, word) in enumerate(feeds):
        items = "".join(
            f"<item><title>{d:02d}.01.2000 – {word} {n}</title><guid>{n}-{d}</guid>"
            f"<pubDate>Mon, {d:02d} Jan 2000 10:00:00 GMT</pubDate>"
            f"<description>{word}, Netze und Gezeiten am Tag {d}.</description></item>"
            for d in range(3, 9)
        )
        path = tmp_path / f"{language}.xml"
        path.write_text(
            '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" '
            'xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd"><channel>'
            f"<title>{title}</title><link>https://example.org/</link>"
            f"<itunes:author>{author}</itunes:author><language>{language}</language>"
            f"{items}</channel></rss>"
        )
        assert (await ingest_source(store, str(path))).ok
    return await Answerer.create(store)


def test_an_author_written_as_a_web_address_gives_the_sites_name() -> None:
    assert domain_name("KR.COM | Krabbenrundfunk") == "kr"
    assert domain_name("www.relay.fm") == "relay"
    assert domain_name("Crab People") is None


async def test_a_sites_name_names_its_podcast_and_a_description_beside_a_day(
    store: Store, tmp_path: Path
) -> None:
    answerer = await _site_feed(store, tmp_path)

    async def titles(q: str) -> list[str]:
        return [e.title for e in (await answerer.ask(q)).episodes]

    # The site's name, short as it is, names its podcast.
    assert (await titles("kr krabben 05.01"))[:1] == ["05.01.2000 – Krabben 0"]
    # Beside it and a day, a few everyday words none of its episodes holds describe the
    # podcast in the asker's words: the day chooses.
    assert (await titles("kr slow news from 6 january 2000"))[:1] == ["06.01.2000 – Krabben 0"]


async def test_everyday_words_no_episode_holds_beside_latest_and_a_podcast_ask_its_newest(
    store: Store, tmp_path: Path
) -> None:
    answerer = await _site_feed(store, tmp_path)

    async def titles(q: str) -> list[str]:
        return [e.title for e in (await answerer.ask(q)).episodes]

    # Words that describe the podcast in the asker's language, none of its episodes
    # holds: its newest episode.
    assert (await titles("the latest kr slow news bulletin"))[:1] == ["08.01.2000 – Krabben 0"]
    # A rare word it lacks is a subject it has nothing on.
    assert await titles("the latest kr on zorblaxes") == []


async def test_the_newest_from_a_day_of_the_week_is_the_newest_published_that_day(
    store: Store, tmp_path: Path
) -> None:
    # One episode a day from Monday 3 to Saturday 8 January 2000.
    answerer = await _site_feed(store, tmp_path)

    async def titles(q: str) -> list[str]:
        return [e.title for e in (await answerer.ask(q)).episodes]

    assert (await titles("the latest crab chat from a tuesday"))[:1] == ["04.01.2000 – Crabs 1"]
    # German asks for the newest too ("neueste", "letzte Ausgabe"), and says the day
    # as "von einem Mittwoch".
    assert (await titles("neueste kr von einem mittwoch"))[:1] == ["05.01.2000 – Krabben 0"]
    assert (await titles("kr netze, letzte ausgabe von einem montag"))[:1] == [
        "03.01.2000 – Krabben 0"
    ]


async def test_a_languages_name_beside_a_month_names_the_podcast_that_speaks_it(
    store: Store, tmp_path: Path
) -> None:
    # Two podcasts publish in January 2000, one in German, one in English.
    answerer = await _site_feed(store, tmp_path)

    async def titles(q: str) -> list[str]:
        return [e.title for e in (await answerer.ask(q)).episodes]

    # The German one's episodes of the month, newest first: "slow" and "news" are none
    # of its words, only the asker's description of it.
    assert (await titles("the last slow german news from january 2000"))[:1] == [
        "08.01.2000 – Krabben 0"
    ]
    # A language no podcast of that month speaks names none.
    assert await titles("slow french news from january 2000") == []
