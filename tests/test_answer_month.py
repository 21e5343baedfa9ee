"""A month of a year beside a podcast's name ("every bombcast from march 2012"): that
podcast's episodes of the month, newest first; "first" the oldest; other words choose
among them (issue 11)."""

from __future__ import annotations

from pathlib import Path

from bot.answer import Answerer
from bot.ingest import ingest_many
from bot.scope import question_month
from bot.store import Store

DAYS = ["01 Feb", "06 Mar", "13 Mar", "20 Mar", "27 Mar", "03 Apr"]
NOTES = [
    "Winter games and the mailbag.",
    "A racing game, a puzzle game and your mail.",
    "Mass Effect 3 is out and we argue about its ending.",
    "A handheld console, a fighting game and more mail.",
    "An indie darling and a long tangent about sandwiches.",
    "Spring releases and a strategy game.",
]
ITEMS = "".join(
    f"""<item><title>Pixel Hour {i}</title><guid>p-{i}</guid>
<pubDate>Tue, {day} 2012 10:00:00 GMT</pubDate>
<description>{notes}</description></item>
"""
    for i, (day, notes) in enumerate(zip(DAYS, NOTES, strict=True), start=1)
)
OTHER = """<item><title>Other Show in March</title><guid>o-1</guid>
<pubDate>Wed, 14 Mar 2012 10:00:00 GMT</pubDate>
<description>Gardening in spring.</description></item>
"""
FEED = f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Pixel Hour</title>
{ITEMS}</channel></rss>
"""
OTHER_FEED = f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Garden Talk</title>
{OTHER}</channel></rss>
"""


def test_a_month_of_a_year_is_read() -> None:
    assert question_month("every pixel hour from march 2012") == (2012, 3, "march 2012")
    assert question_month("o primeiro de marco de 2012")[:2] == (2012, 3)
    assert question_month("lex in june of 2022")[:2] == (2022, 6)
    # A day of it is a date, and a short form that is a word is no month.
    assert question_month("pixel hour 13 march 2012") is None
    assert question_month("set 2012") is None


async def test_the_month_of_a_podcast(tmp_path: Path) -> None:
    (tmp_path / "pixel.xml").write_text(FEED, encoding="utf-8")
    (tmp_path / "garden.xml").write_text(OTHER_FEED, encoding="utf-8")
    async with await Store.open(tmp_path / "t.sqlite3") as store:
        sources = [str(tmp_path / "pixel.xml"), str(tmp_path / "garden.xml")]
        assert all(r.ok for r in await ingest_many(store, sources))
        answerer = await Answerer.create(store)
        answer = await answerer.ask("every pixel hour from march 2012")
        assert [e.title for e in answer.episodes] == [
            "Pixel Hour 5",
            "Pixel Hour 4",
            "Pixel Hour 3",
            "Pixel Hour 2",
        ]
        answer = await answerer.ask("the first pixel hour of march 2012")
        assert answer.episodes[0].title == "Pixel Hour 2"
        answer = await answerer.ask("pixel hour march 2012 mass effect")
        assert answer.episodes[0].title == "Pixel Hour 3"
