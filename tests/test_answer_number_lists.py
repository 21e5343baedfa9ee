"""Several episode numbers with no cue beside a podcast's name ("no agenda 1365 and
1367"), and the same numbers that are versions ("... on python 2 and 3") (issue 11)."""

from __future__ import annotations

from pathlib import Path

from bot.answer import Answerer
from bot.ingest import ingest_many
from bot.scope import bare_number_list, question_numbers
from bot.store import Store

TOPICS = [
    "Packaging wheels",
    "Moving from Python 2 to Python 3",
    "Async web servers",
    "Testing with fixtures",
    "Type hints in practice",
    "Data frames at scale",
]
ITEMS = "".join(
    f"""<item><title>#{n}: {title}</title><guid>s-{n}</guid>
<itunes:episode>{n}</itunes:episode>
<pubDate>Mon, {n + 1:02d} Jan 2024 10:00:00 GMT</pubDate>
<description>Episode {n} of the show: {title.lower()}, with listener questions.</description>
</item>
"""
    for n, title in enumerate(TOPICS, start=1)
)
FEED = f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd"><channel>
<title>Snake Radio</title>
{ITEMS}</channel></rss>
"""


def test_a_bare_list_is_told_apart() -> None:
    assert question_numbers("snake radio 3 and 5") == ([3, 5], "3 and 5", False)
    assert bare_number_list("3 and 5")
    assert question_numbers("snake radio twenty-four and twenty-five")[0] == [24, 25]
    # Cued lists and ranges are as before.
    assert question_numbers("snake radio eps 3 and 5") == ([3, 5], "eps 3 and 5", True)
    assert not bare_number_list("from 3 to 5")
    # One number said in words is no list; nor are years and a version number.
    assert question_numbers("snake radio two hundred and one") is None
    assert question_numbers("snake radio 2019 and 2020") is None
    assert question_numbers("snake radio 2.0 and 3") is None


async def test_numbers_beside_the_name_are_episodes(tmp_path: Path) -> None:
    feed = tmp_path / "snake.xml"
    feed.write_text(FEED, encoding="utf-8")
    async with await Store.open(tmp_path / "t.sqlite3") as store:
        assert all(r.ok for r in await ingest_many(store, [str(feed)]))
        answerer = await Answerer.create(store)
        answer = await answerer.ask("snake radio 3 and 5")
        assert [e.title for e in answer.episodes[:2]] == [
            "#3: Async web servers",
            "#5: Type hints in practice",
        ]
        # The name's word said again beside the numbers: versions, not episodes.
        answer = await answerer.ask("snake radio on python 2 and 3")
        assert answer.episodes[0].title == "#2: Moving from Python 2 to Python 3"
        assert "#3: Async web servers" not in [e.title for e in answer.episodes]


HALVES_FEED = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Court Notes</title>
<item><title>The Vardy case (part 1)</title><guid>c-1</guid>
<pubDate>Mon, 02 May 2022 10:00:00 GMT</pubDate>
<description>A libel trial between two footballers' wives begins.</description></item>
<item><title>The Vardy case (part 2)</title><guid>c-2</guid>
<pubDate>Tue, 03 May 2022 10:00:00 GMT</pubDate>
<description>The verdict in the libel trial.</description></item>
<item><title>Half-time at the ministry</title><guid>c-3</guid>
<pubDate>Wed, 04 May 2022 10:00:00 GMT</pubDate>
<description>A government at its midpoint.</description></item>
<item><title>Rivers and floods</title><guid>c-4</guid>
<pubDate>Thu, 05 May 2022 10:00:00 GMT</pubDate>
<description>Water, towns and insurance.</description></item>
</channel></rss>
"""


async def test_halves_are_the_parts_of_a_series(tmp_path: Path) -> None:
    feed = tmp_path / "court.xml"
    feed.write_text(HALVES_FEED, encoding="utf-8")
    async with await Store.open(tmp_path / "t.sqlite3") as store:
        assert all(r.ok for r in await ingest_many(store, [str(feed)]))
        answerer = await Answerer.create(store)
        answer = await answerer.ask("both halves of the vardy case")
        assert {e.title for e in answer.episodes[:2]} == {
            "The Vardy case (part 1)",
            "The Vardy case (part 2)",
        }


def test_scared_is_fear() -> None:
    """ "jeff admits he's scared of myst" of notes saying "Jeff's irrational fear of Myst":
    a synonym line (scared, afraid, fear, frightened, terrified)."""
    from bot.lexicon import synonyms

    assert "fear" in synonyms("scared")
    assert "afraid" in synonyms("fear")
    assert "part" in synonyms("halves") and "half" not in synonyms("part")
