"""Issue 11, round 35.

Each test states a rule a maintainer would write without seeing any labelled question, and
checks it with questions and feeds written for the test (never copied from a question set).
"""

from __future__ import annotations

from pathlib import Path

from bot.answer import Answerer
from bot.discord.render import highlight, reason_line
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


async def test_an_episode_found_by_its_number_says_so_as_its_reason(tmp_path: Path) -> None:
    # "lantern hour episode 2" names no word of the notes: the reason is the number asked.
    store = await Store.open(tmp_path / "a.db")
    try:
        await _feed(
            store,
            tmp_path,
            "Lantern Hour",
            [
                ("Episode 3: Wicks", "On trimming wicks and the smell of paraffin."),
                ("Episode 2: Glass", "Blowing chimneys for storm lanterns in a small shop."),
                ("Episode 1: Oil", "Whale oil, kerosene and the first lamp lighters."),
            ],
        )
        answerer = await Answerer.create(store)
        answer = await answerer.ask("lantern hour episode 2")
        assert [e.title for e in answer.episodes][:1] == ["Episode 2: Glass"]
        why = answer.explain(answer.episodes[0])
        assert why.reason == "Episode number: 2"
        assert why.parts == (("number", "2"),)
        assert reason_line(why, "es") == "Número de episodio: 2"
    finally:
        await store.close()


async def test_a_spanish_question_about_english_notes_shows_the_english_words_found(
    tmp_path: Path,
) -> None:
    # The answer was found through the words' English forms ("guerra": "war"); its
    # reason and snippet show those forms, where before the reason was empty.
    store = await Store.open(tmp_path / "a.db")
    try:
        await _feed(
            store,
            tmp_path,
            "Frontier Files",
            [
                (
                    "Frontier Files 2",
                    "Sponsors first. Then the long winter of the war, told by a nurse "
                    "who kept a diary in the field hospital.",
                ),
                ("Frontier Files 1", "Railway towns and the cattle trade on the plains."),
            ],
        )
        answerer = await Answerer.create(store)
        answer = await answerer.ask("frontier files sobre la guerra")
        assert [e.title for e in answer.episodes][:1] == ["Frontier Files 2"]
        why = answer.explain(answer.episodes[0])
        assert why.reason == "Mentions: war"
        assert why.snippet.startswith("Then the long winter of the war")
        assert "**war**" in highlight(why.snippet, why.words)
    finally:
        await store.close()
