"""Issue 11, round 23 (tuned on every set but the twenty-first, written apart).

Each test states a rule a maintainer would write without seeing any labelled question, and
checks it with questions written for the test (never copied from a question set).
"""

from __future__ import annotations

from pathlib import Path

from bot.answer import Answerer
from bot.ingest import ingest_source
from bot.store import Store

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
