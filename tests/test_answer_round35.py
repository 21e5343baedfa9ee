"""Issue 11, round 35.

Each test states a rule a maintainer would write without seeing any labelled question, and
checks it with questions and feeds written for the test (never copied from a question set).
"""

from __future__ import annotations

from pathlib import Path

from bot.answer import Answerer
from bot.ingest import ingest_source
from bot.store import Store
from tests.test_answer_round27 import _feed


async def _keyworded(store: Store, tmp_path: Path) -> None:
    """A news podcast whose feed tags its episodes with a keyword no catalogue topic has."""
    items = "".join(
        f"<item><title>{title}</title><guid>quake-{n}</guid>"
        f"<pubDate>Mon, 0{n + 1} May 2000 10:00:00 GMT</pubDate>"
        f"<description>{notes}</description><category>Landslides</category></item>"
        for n, (title, notes) in enumerate(
            [
                ("A hillside gives way", "Rescuers dig through mud after the slope collapsed."),
                ("Mud season", "Why a wet spring brings whole villages down the valley."),
            ]
        )
    )
    path = tmp_path / "daily.xml"
    path.write_text(
        '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel>'
        f"<title>Daily Dispatch</title><link>https://example.org/</link>{items}</channel></rss>"
    )
    assert (await ingest_source(store, str(path))).ok


async def test_a_feeds_keyword_said_once_in_another_podcasts_list_is_that_episodes_subject(
    tmp_path: Path,
) -> None:
    # "Landslides" is a topic only because one feed tags its episodes with it. Another
    # podcast's notes are lists of what the show talked about: one that lists landslides
    # is that podcast's episode about them, not a mention in passing.
    store = await Store.open(tmp_path / "a.db")
    try:
        await _keyworded(store, tmp_path)
        await _feed(
            store,
            tmp_path,
            "Pixel Hour",
            [
                ("Pixel Hour 03", "We talk kart racing, a new handheld and more."),
                (
                    "Pixel Hour 02",
                    "We talk landslides, a puzzle game about gardening, and more!",
                ),
                ("Pixel Hour 01", "We talk dance games and a broken controller."),
            ],
        )
        answerer = await Answerer.create(store)
        answer = await answerer.ask("pixel hour about landslides")
        assert [e.title for e in answer.episodes][:1] == ["Pixel Hour 02"]
        # It is not tagged with the topic: its reason says what its notes mention.
        assert answer.explain(answer.episodes[0]).reason == "Mentions: landslides"
        # The podcast that tags them still answers the topic.
        answer = await answerer.ask("daily dispatch about landslides")
        assert {e.title for e in answer.episodes} == {"A hillside gives way", "Mud season"}
        assert answer.explain(answer.episodes[0]).reason == "Topic: Landslides"
    finally:
        await store.close()
