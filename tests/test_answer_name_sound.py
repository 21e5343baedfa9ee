"""A surname spelt as it sounds ("jon cooperman": Jon Kuperman; a hard "c" is a "k", "ph"
an "f"), or with its particle apart ("jeff de luca": Jeff DeLuca), beside a given name said
right (issue 11, names corrected against names)."""

from __future__ import annotations

from pathlib import Path

from bot.answer import Answerer, _name_sound
from bot.ingest import ingest_many
from bot.store import Store

FEED = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Web Hour</title>
<item><title>What the edge is up to</title><guid>w-1</guid>
<pubDate>Mon, 02 Jan 2023 10:00:00 GMT</pubDate>
<description>Jon Kuperman joins us to talk through workers and storage at the edge.
</description></item>
<item><title>Coupons and carts</title><guid>w-2</guid>
<pubDate>Mon, 09 Jan 2023 10:00:00 GMT</pubDate>
<description>Jon Snow joins us to talk about checkout flows.</description></item>
<item><title>Episode 83: Jeff DeLuca on Feature Driven Development</title><guid>w-4</guid>
<pubDate>Mon, 23 Jan 2023 10:00:00 GMT</pubDate>
<description>Jeff DeLuca joins us to talk about features and process.</description></item>
<item><title>Fonts on the web</title><guid>w-3</guid>
<pubDate>Mon, 16 Jan 2023 10:00:00 GMT</pubDate>
<description>Typography, variable fonts and loading them fast.</description></item>
</channel></rss>
"""


def test_names_that_sound_alike() -> None:
    assert _name_sound("cooperman") == _name_sound("kuperman")
    assert _name_sound("phillip") == _name_sound("filip")
    assert _name_sound("cecil") == _name_sound("sesil")
    assert _name_sound("cooperman") != _name_sound("copper")


async def test_a_surname_spelt_as_it_sounds(tmp_path: Path) -> None:
    (tmp_path / "web.xml").write_text(FEED, encoding="utf-8")
    async with await Store.open(tmp_path / "t.sqlite3") as store:
        assert all(r.ok for r in await ingest_many(store, [str(tmp_path / "web.xml")]))
        answerer = await Answerer.create(store)
        answer = await answerer.ask("jon cooperman")
        assert answer.person is not None and answer.person.name == "Jon Kuperman"
        assert answer.episodes[0].title == "What the edge is up to"


async def test_a_particle_said_apart(tmp_path: Path) -> None:
    (tmp_path / "web.xml").write_text(FEED, encoding="utf-8")
    async with await Store.open(tmp_path / "t.sqlite3") as store:
        assert all(r.ok for r in await ingest_many(store, [str(tmp_path / "web.xml")]))
        answerer = await Answerer.create(store)
        # "de" is a stop word: "luca" alone is beside "jeff", whose DeLuca it ends.
        answer = await answerer.ask("jeff de luca feature driven")
        assert answer.person is not None and answer.person.name == "Jeff DeLuca"
        assert answer.episodes[0].title.startswith("Episode 83")
