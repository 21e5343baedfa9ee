"""Long questions and ties (issue 11): bm25's own margin as a leader's confidence, and
equal scores ordered by the title the question names, then bm25, then date."""

from __future__ import annotations

from pathlib import Path

from bot.answer import BM25_MARGIN, Answerer, _bm25_leads
from bot.ingest import ingest_many
from bot.store import Store

SPACE_FEED = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Orbit Hour</title>
<item><title>Rockets!</title><guid>o-1</guid>
<pubDate>Mon, 02 Jan 2023 10:00:00 GMT</pubDate>
<description>Rockets, rockets and more rockets: how rockets fly, and why rockets fail.
</description></item>
<item><title>More Rockets!</title><guid>o-2</guid>
<pubDate>Mon, 09 Jan 2023 10:00:00 GMT</pubDate>
<description>Listener mail, a telescope, and one of the rockets again.</description></item>
<item><title>Battle of Austerlitz</title><guid>o-3</guid>
<pubDate>Mon, 16 Jan 2023 10:00:00 GMT</pubDate>
<description>Napoleon, the three emperors and the winter of 1805.</description></item>
<item><title>Napoleon and his generals at the battle of Austerlitz</title><guid>o-4</guid>
<pubDate>Mon, 23 Jan 2023 10:00:00 GMT</pubDate>
<description>Marshals, maps and the battle of Austerlitz retold.</description></item>
</channel></rss>
"""


def test_bm25_leads_only_by_a_clear_margin() -> None:
    # bm25 scores are negative, lower is better.
    assert _bm25_leads(1, {1: -20.0, 2: -9.0, 3: -4.0})
    assert not _bm25_leads(1, {1: -20.0, 2: -19.0})
    assert not _bm25_leads(2, {1: -20.0, 2: -9.0})  # not the first
    assert not _bm25_leads(1, {1: -20.0})  # nothing to lead
    edge = -20.0 * (1.0 - BM25_MARGIN)
    assert _bm25_leads(1, {1: -20.0, 2: edge})
    assert not _bm25_leads(1, {1: -20.0, 2: edge - 0.1})


async def test_equal_scores_go_to_the_closer_title_then_to_bm25(tmp_path: Path) -> None:
    feed = tmp_path / "orbit.xml"
    feed.write_text(SPACE_FEED, encoding="utf-8")
    async with await Store.open(tmp_path / "t.sqlite3") as store:
        assert all(r.ok for r in await ingest_many(store, [str(feed)]))
        answerer = await Answerer.create(store)
        # Both titles hold every word; the older one names nothing else.
        answer = await answerer.ask("battle of austerlitz")
        assert [e.title for e in answer.episodes[:2]] == [
            "Battle of Austerlitz",
            "Napoleon and his generals at the battle of Austerlitz",
        ]
        assert answer.scores[0] == answer.scores[1]
        # Both titles name just "rockets"; the episode that is about them (bm25) first,
        # though the other is newer.
        answer = await answerer.ask("rockets")
        assert [e.title for e in answer.episodes[:2]] == ["Rockets!", "More Rockets!"]
        assert answer.scores[0] == answer.scores[1]
