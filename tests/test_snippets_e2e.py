"""Snippets on Discord, end to end: the real bot against the loopback Discord.

A feed written here has notes with markdown characters, a mention and sponsor boilerplate;
/ask must show the sentence that answers with the question's words in bold, the reason
line, never the boilerplate, and never ping; /search pages show each episode's snippet.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from bot.discord.client import PodcastBot
from tests.discord_fake import FakeDiscord
from tests.test_bot_e2e import (  # noqa: F401 - fixtures used by name
    Item,
    bot_messages,
    fake,
    ingest_files,
    make_bot,
    reply,
    rss,
    started,
)

pytestmark = pytest.mark.timeout(60)

NOTES = (
    "This episode is brought to you by Acme: use promo code KELP for 20% off.\n\n"
    "Marta Quiroga joins us from the coast. "
    "We talk about why the *kelp* forests_of_Chile are shrinking and what **sea urchins** "
    "have to do with it. @everyone should hear how divers count them.\n\n"
    "Subscribe to us on YouTube: youtube.com\n\n"
    "Sponsors\n\nAcme Diving"
)


def build_feed() -> str:
    start = datetime(2024, 6, 1, tzinfo=UTC)
    items = [
        Item(
            title="Forests under the sea",
            description=NOTES,
            guid="kelp-1",
            published=start,
            link="https://kelp.example/1",
            guests=["Marta Quiroga"],
        ),
        Item(
            title="A reef in trouble",
            description=(
                "See the full show notes for this episode on the website at kelp.example/2\n\n"
            ),
            guid="kelp-2",
            published=start + timedelta(days=1),
        ),
    ]
    return rss("Kelp Cast", items, link="https://kelp.example/", image="https://kelp.example/a.png")


@pytest.fixture
async def db(tmp_path: Path) -> Path:
    feed = tmp_path / "kelp.xml"
    # Item descriptions are escaped as text: paragraphs come from blank lines.
    feed.write_text(build_feed(), encoding="utf-8")
    target = tmp_path / "bot.sqlite3"
    await ingest_files(target, feed)
    return target


@pytest.fixture
async def bot(fake: FakeDiscord, db: Path) -> PodcastBot:  # noqa: F811 - our own db
    async with started(fake, db) as client:
        yield client  # type: ignore[misc]


async def test_ask_card_shows_bold_snippet_and_reason_without_boilerplate(
    fake: FakeDiscord,  # noqa: F811
    bot: PodcastBot,
) -> None:
    inter = await fake.send_command(
        "ask", {"question": "why are sea urchins and kelp forests shrinking"}
    )
    message = await reply(inter)
    embed = message["embeds"][0]
    assert embed["title"] == "Forests under the sea"
    description = embed["description"]
    snippet, reason = description.rsplit("\n", 1)
    # The sentence that holds the words, the words in bold, the feed's markdown escaped.
    assert "\\***kelp**\\*" in snippet
    assert "\\*\\*sea **urchins**\\*\\*" in snippet
    # "_" splits words: "forests" is bold, the underscores stay escaped around it.
    assert "**forests**\\_of\\_Chile" in snippet
    assert "promo" not in description and "Subscribe" not in description
    assert "Acme" not in description
    # ("sea" is a Spanish stop word, so not one of the question's words.)
    assert reason == "*Mentions: kelp, forests, shrinking, urchins*"
    # The notes' "@everyone" can never ping: every message goes out with no mentions.
    payloads = bot_messages(fake)
    assert payloads and all(p.get("allowed_mentions") == {"parse": []} for p in payloads)


async def test_ask_by_guest_shows_the_cleaned_summary_and_the_guest(
    fake: FakeDiscord,  # noqa: F811
    bot: PodcastBot,
) -> None:
    inter = await fake.send_command("ask", {"question": "episodes with Marta Quiroga"})
    embed = (await reply(inter))["embeds"][0]
    snippet, reason = embed["description"].rsplit("\n", 1)
    assert snippet.startswith("Marta Quiroga joins us from the coast.")
    assert "**" not in snippet.replace("\\*", "")
    assert reason == "*Guest: Marta Quiroga*"


async def test_search_pages_show_each_episodes_snippet(
    fake: FakeDiscord,  # noqa: F811
    bot: PodcastBot,
) -> None:
    inter = await fake.send_command("search", {"query": "divers count"})
    embed = (await reply(inter))["embeds"][0]
    values = [f["value"] for f in embed["fields"]]
    assert values, embed
    first = values[0]
    assert "@everyone should hear how **divers** **count** them." in first
    assert "promo" not in first


async def test_a_card_without_a_question_never_shows_the_show_notes_line(
    fake: FakeDiscord,  # noqa: F811
    bot: PodcastBot,
) -> None:
    episodes = await bot.store.latest_episodes(5)
    reef = next(e for e in episodes if e.title == "A reef in trouble")
    inter = await fake.send_command("episode", {"title": str(reef.id)})
    embed = (await reply(inter))["embeds"][0]
    assert "See the full show notes" not in (embed.get("description") or "")
    assert not re.search(r"kelp\.example/2", embed.get("description") or "")
