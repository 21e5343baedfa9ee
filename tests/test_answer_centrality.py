"""Near misses (issue 11): a question whose subject no episode covers gets no episode.

The rare word that exists somewhere but is not what any episode is about: a city in a list
of countries, a topic alias for a country no episode covers beside a common word, a
podcast's own name read as a topic, a segment of another podcast than the one asked about.
Each on a real SQLite file built from a small feed written here.
"""

from __future__ import annotations

from pathlib import Path

from bot.answer import Answerer
from bot.ingest import ingest_many
from bot.store import Store

REGION_FEED = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Latin America Weekly</title>
<item><title>Rights and resistance across the region</title><guid>r-1</guid>
<pubDate>Mon, 02 Jan 2023 10:00:00 GMT</pubDate>
<description>Activists from Mexico, Guatemala, Honduras and Colombia tell how they organise
in Latin America, and what the courts have done for them.</description></item>
<item><title>The coffee harvest in Honduras</title><guid>r-2</guid>
<pubDate>Mon, 09 Jan 2023 10:00:00 GMT</pubDate>
<description>Growers in Honduras on prices, rain and the cooperatives of Honduras.</description>
</item>
<item><title>Gangs and the police in Haiti</title><guid>r-3</guid>
<pubDate>Mon, 16 Jan 2023 10:00:00 GMT</pubDate>
<description>How gangs took Port-au-Prince, and what the police can still do. Latin America
watches.</description></item>
<item><title>Elections and the new congress</title><guid>r-4</guid>
<pubDate>Mon, 23 Jan 2023 10:00:00 GMT</pubDate>
<description>Voters, parties and a new congress in Latin America.</description></item>
</channel></rss>
"""

WEB_FEED = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Web Weekly</title>
<item><title>Frameworks of the year</title><guid>w-1</guid>
<pubDate>Mon, 02 Jan 2023 10:00:00 GMT</pubDate>
<description>A look back at the year in front-end work.
00:01:00 Welcome and news
00:12:30 Svelte runes and signals
00:40:00 What comes next</description></item>
<item><title>Databases at the edge</title><guid>w-2</guid>
<pubDate>Mon, 09 Jan 2023 10:00:00 GMT</pubDate>
<description>Replicas near the users, and the trouble with writes.</description></item>
</channel></rss>
"""


async def _answerer(tmp_path: Path, store: Store) -> Answerer:
    feeds = []
    for name, text in (("region.xml", REGION_FEED), ("web.xml", WEB_FEED)):
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        feeds.append(str(path))
    results = await ingest_many(store, feeds)
    assert all(r.ok for r in results)
    return await Answerer.create(store)


async def test_a_topic_named_once_in_passing_is_not_what_an_episode_is_about(
    tmp_path: Path,
) -> None:
    async with await Store.open(tmp_path / "c.sqlite3") as store:
        answerer = await _answerer(tmp_path, store)
        # "Tegucigalpa" is Honduras to the topic catalogue; the one episode that names
        # Honduras only in a list of countries is not about violence in its capital.
        answer = await answerer.ask("tegucigalpa violence")
        assert all(e.title != "Rights and resistance across the region" for e in answer.episodes)
        # An episode that is about the topic still answers it.
        about = await answerer.ask("anything on Honduras?")
        assert about.episodes and about.episodes[0].title == "The coffee harvest in Honduras"
        assert about.intent == "topic"


async def test_a_topic_does_not_lift_an_episode_that_lacks_the_rarest_word(
    tmp_path: Path,
) -> None:
    async with await Store.open(tmp_path / "c.sqlite3") as store:
        answerer = await _answerer(tmp_path, store)
        # No episode covers Belize; "gangs" (a Security topic word) alone is not an answer.
        answer = await answerer.ask("episode on belize gangs")
        assert answer.episodes == [], [e.title for e in answer.episodes]
        found = await answerer.ask("gangs in haiti")
        assert found.episodes and found.episodes[0].title == "Gangs and the police in Haiti"


async def test_a_podcast_name_is_not_a_topic(tmp_path: Path) -> None:
    async with await Store.open(tmp_path / "c.sqlite3") as store:
        answerer = await _answerer(tmp_path, store)
        # "Latin America" names the podcast here: the topic asked about is Honduras.
        answer = await answerer.ask("latin america weekly about honduras")
        assert answer.episodes and answer.episodes[0].title == "The coffee harvest in Honduras"
        assert answer.topic == "Honduras"


async def test_a_podcast_named_scopes_the_segments_answer(tmp_path: Path) -> None:
    async with await Store.open(tmp_path / "c.sqlite3") as store:
        answerer = await _answerer(tmp_path, store)
        # Only Web Weekly's chapter line holds the words: not an answer for the other show.
        answer = await answerer.ask("latin america weekly svelte runes")
        assert answer.episodes == [], [e.title for e in answer.episodes]
        web = await answerer.ask("web weekly svelte runes")
        assert web.episodes and web.episodes[0].title == "Frameworks of the year"
