"""The real bot (PodcastBot) end to end against the loopback Discord, on a real SQLite file.

Each test starts the unmodified bot with ``bot.start()`` against ``tests.discord_fake``,
sends interactions the way Discord does and checks what the bot sends back. The database
holds the bundled WOLA feed plus "Test Cast", a small feed written here with every field an
episode can have (links, audio, artwork, duration, guests, keywords), so the replies can be
checked against known data.
"""

from __future__ import annotations

import asyncio
import contextlib
import io
import logging
import re
import shutil
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

import discord
import pytest
from discord import app_commands

from bot.config import Settings
from bot.discord import i18n
from bot.discord.client import PodcastBot, install_redaction, sync_commands
from bot.discord.episodes.components import PAGE_ARG_CHARS
from bot.discord.errors import UserError
from bot.discord.render import PAGE_SIZE
from bot.ingest import BUNDLED_FEED, ingest_many
from bot.store import Store
from tests.conftest import FEEDS_DIR, needs_feeds
from tests.discord_fake import (
    FakeDiscord,
    FakeGuild,
    FakeInteraction,
    patch_discord_endpoints,
    running_bot,
)

pytestmark = pytest.mark.timeout(60)

TOKEN = "e2e.SECRET-token.Zq7"
COMMANDS = {"ask", "episode", "guest", "topic", "latest", "search", "about", "announce"}
COMMANDS |= {"follow", "unfollow", "following"}  # issue 13, follows
OPTIONS = {
    "announce": [
        "alerts",
        "add",
        "remove",
        "set",
        "stop",
        "status",
        "test",
    ],  # alerts, add, remove: issue 13
    "ask": ["question"],
    "episode": ["title"],
    "guest": ["name"],
    "topic": ["name"],
    "latest": ["topic"],
    "search": ["query"],
    "about": [],
    "follow": ["guest", "topic", "podcast", "clear", "resume"],  # issue 13, follows
    "unfollow": ["follow"],
    "following": [],
}
EPHEMERAL = 1 << 6
CB_MESSAGE, CB_DEFERRED, CB_DEFERRED_UPDATE, CB_UPDATE = 4, 5, 6, 7

TEST_CAST = "Test Cast"
TEST_CAST_EPISODES = 12
GUEST = "Ana Torres"
KEYWORD_TOPIC = "Bridges"


# --- feeds written for the tests ---------------------------------------------------------------


@dataclass
class Item:
    title: str
    description: str
    guid: str
    published: datetime | None = None
    link: str | None = None
    audio: str | None = None
    duration: str | None = None
    image: str | None = None
    season: int | None = None
    number: int | None = None
    guests: list[str] = field(default_factory=list)
    keywords: list[str] = field(default_factory=list)


def rss(title: str, items: list[Item], *, link: str, image: str) -> str:
    """An RSS 2.0 feed with iTunes and Podcasting 2.0 tags."""
    out = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<rss version="2.0" xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd"'
        ' xmlns:podcast="https://podcastindex.org/namespace/1.0">',
        f"<channel><title>{escape(title)}</title><link>{escape(link)}</link>",
        f'<language>en</language><itunes:image href="{escape(image)}"/>',
    ]
    for it in items:
        out.append(f"<item><title>{escape(it.title)}</title><guid>{escape(it.guid)}</guid>")
        out.append(f"<description>{escape(it.description)}</description>")
        if it.published:
            out.append(f"<pubDate>{format_datetime(it.published)}</pubDate>")
        if it.link:
            out.append(f"<link>{escape(it.link)}</link>")
        if it.audio:
            out.append(f'<enclosure url="{escape(it.audio)}" type="audio/mpeg" length="1"/>')
        if it.duration:
            out.append(f"<itunes:duration>{it.duration}</itunes:duration>")
        if it.image:
            out.append(f'<itunes:image href="{escape(it.image)}"/>')
        if it.season is not None:
            out.append(f"<itunes:season>{it.season}</itunes:season>")
        if it.number is not None:
            out.append(f"<itunes:episode>{it.number}</itunes:episode>")
        out.extend(f'<podcast:person role="guest">{escape(g)}</podcast:person>' for g in it.guests)
        if it.keywords:
            out.append(f"<itunes:keywords>{escape(','.join(it.keywords))}</itunes:keywords>")
        out.append("</item>")
    out.append("</channel></rss>")
    return "\n".join(out)


def build_test_cast_feed() -> str:
    """Twelve complete episodes, all with the same guest and keyword (three pages of five)."""
    start = datetime(2024, 3, 1, 12, tzinfo=UTC)
    items = [
        Item(
            title=f"Bridge {n}: how cable-stayed span number {n} was built",
            description=f"{GUEST} explains how span {n} was built. She tells the whole story.",
            guid=f"test-cast-{n}",
            published=start + timedelta(days=n),
            link=f"https://testcast.example/episodes/{n}",
            audio=f"https://cdn.testcast.example/audio/{n}.mp3",
            duration="1:02:03",
            image=f"https://testcast.example/art/{n}.png",
            season=2,
            number=n,
            guests=[GUEST],
            keywords=[KEYWORD_TOPIC],
        )
        for n in range(1, TEST_CAST_EPISODES + 1)
    ]
    return rss(
        TEST_CAST,
        list(reversed(items)),
        link="https://testcast.example/",
        image="https://testcast.example/art.png",
    )


async def ingest_files(db: Path, *paths: Path) -> None:
    async with await Store.open(db) as store:
        results = await ingest_many(store, [str(p) for p in paths])
    assert all(r.ok for r in results), [r.error for r in results]


@pytest.fixture(scope="session")
def template_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A database with the bundled feed and Test Cast, built once and copied per test."""
    folder = tmp_path_factory.mktemp("template")
    feed = folder / "test-cast.xml"
    feed.write_text(build_test_cast_feed(), encoding="utf-8")
    db = folder / "bot.sqlite3"
    asyncio.run(ingest_files(db, BUNDLED_FEED, feed))
    return db


@pytest.fixture
def db(template_db: Path, tmp_path: Path) -> Path:
    target = tmp_path / "bot.sqlite3"
    shutil.copy(template_db, target)
    return target


# --- the fake and the bot ----------------------------------------------------------------------


@pytest.fixture
async def fake() -> AsyncIterator[FakeDiscord]:
    async with FakeDiscord(guilds=[FakeGuild(name="Podcasts")]) as server:
        yield server
        assert server.errors == []
        assert [f"{r.method} {r.path}" for r in server.unhandled] == []


def make_bot(fake: FakeDiscord, db: Path, **settings: Any) -> PodcastBot:
    # No feeds to poll: the tests are offline, and the bundled episodes are loaded anyway.
    settings.setdefault("feed_urls", ())
    config = Settings(discord_token=TOKEN, database_path=str(db), **settings)
    client = PodcastBot(config, db, application_id=fake.application_id, guild_ready_timeout=0.1)
    # Answers here take milliseconds; a generous threshold keeps a loaded CI machine from
    # deferring them. The tests of the slow path lower it.
    client.defer_after = 10.0
    return client


@contextlib.asynccontextmanager
async def started(fake: FakeDiscord, db: Path, **settings: Any) -> AsyncIterator[PodcastBot]:
    client = make_bot(fake, db, **settings)
    async with running_bot(client, fake, TOKEN):
        yield client
    assert client.is_closed()


@pytest.fixture
async def bot(fake: FakeDiscord, db: Path) -> AsyncIterator[PodcastBot]:
    async with started(fake, db) as client:
        yield client


def command_puts(fake: FakeDiscord, since: int = 0) -> list[str]:
    return [r.path for r in fake.find_requests("PUT", r"/commands$", since=since)]


def bot_messages(fake: FakeDiscord, since: int = 0) -> list[dict[str, Any]]:
    """The JSON of every message the bot sent or edited through an interaction."""
    found = []
    for r in fake.find_requests("*", r"^/(interactions|webhooks)/", since=since):
        body = r.json or {}
        if r.path.endswith("/callback"):
            if body.get("type") in (CB_MESSAGE, CB_UPDATE):
                found.append(body.get("data") or {})
        elif r.method in ("POST", "PATCH"):
            found.append(body)
    return found


def fields(message: dict[str, Any]) -> dict[str, str]:
    return {f["name"]: f["value"] for f in message["embeds"][0].get("fields", [])}


def components(message: dict[str, Any]) -> list[dict[str, Any]]:
    # The follow button of issue 13 ("fw:...") is tested in tests/test_follows_e2e.py.
    found = [c for row in message.get("components", []) for c in row["components"]]
    return [c for c in found if not str(c.get("custom_id", "")).startswith("fw:")]


def button(message: dict[str, Any], label: str) -> dict[str, Any]:
    return next(c for c in components(message) if c.get("label") == label)


def select(message: dict[str, Any]) -> dict[str, Any]:
    return next(c for c in components(message) if c["type"] == 3)


async def episodes_in(db_store: Store, title_part: str) -> list[Any]:
    latest = await db_store.latest_episodes(1000)
    return [e for e in latest if title_part in e.title]


@contextlib.asynccontextmanager
async def open_store(db: Path) -> AsyncIterator[Store]:
    store = await Store.open(db)
    try:
        yield store
    finally:
        await store.close()


async def reply(inter: FakeInteraction) -> dict[str, Any]:
    return await inter.response_message()


# --- start-up and command sync ------------------------------------------------------------------


async def test_commands_sync_once_then_only_when_changed(
    fake: FakeDiscord, db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    async with started(fake, db) as client:
        assert client.intents.value == discord.Intents.default().value
        assert not client.intents.message_content and not client.intents.members
        assert client.allowed_mentions is not None
        assert client.allowed_mentions.to_dict() == {"parse": []}
    assert command_puts(fake) == [f"/applications/{fake.application_id}/commands"]
    # Slash commands (type 1); the message menu of issue 13 is tested on its own.
    synced = {c["name"]: c for c in fake.global_commands if c.get("type", 1) == 1}
    assert set(synced) == COMMANDS
    for name, command in synced.items():
        assert [o["name"] for o in command["options"]] == OPTIONS[name]
        # Names are the contract: never localized. Descriptions are, for both Spanishes.
        assert not command.get("name_localizations")
        assert set(command["description_localizations"]) == {"es-ES", "es-419"}
        for option in command["options"]:
            assert not option.get("name_localizations")
            assert set(option["description_localizations"]) == {"es-ES", "es-419"}
    assert synced["about"]["description_localizations"]["es-ES"] == i18n.text("cmd.about", "es")

    # Same definitions on the same database: no sync.
    mark = fake.mark()
    async with started(fake, db):
        pass
    assert command_puts(fake, since=mark) == []

    # A changed description changes the payload: one sync, with the new text.
    changed = "Lo que sabe este bot (texto cambiado para la prueba)"
    monkeypatch.setitem(i18n.TEXTS["cmd.about"], i18n.ES, changed)
    mark = fake.mark()
    async with started(fake, db):
        pass
    assert len(command_puts(fake, since=mark)) == 1
    about = next(c for c in fake.global_commands if c["name"] == "about")
    assert about["description_localizations"]["es-ES"] == changed


async def test_dev_guild_gets_the_commands_at_once(fake: FakeDiscord, db: Path) -> None:
    guild_id = fake.guilds[0].id
    async with started(fake, db, dev_guild_id=guild_id):
        pass
    assert command_puts(fake) == [f"/applications/{fake.application_id}/guilds/{guild_id}/commands"]
    assert {c["name"] for c in fake.guild_commands[guild_id]} == COMMANDS | {
        "Find episodes about this"
    }
    assert fake.global_commands == []


@pytest.fixture
def restore_logging() -> Iterator[None]:
    """Undo what ``configure_logging`` does to the process's loggers and handlers."""
    names = ["", "discord", "discord.http"]
    levels = {n: logging.getLogger(n).level for n in names}
    handlers = {h: list(h.filters) for h in logging.getLogger().handlers}
    yield
    for name, level in levels.items():
        logging.getLogger(name).setLevel(level)
    for handler, filters in handlers.items():
        handler.filters[:] = filters


async def test_sync_command_forces_a_sync_and_records_it(
    fake: FakeDiscord, db: Path, capsys: pytest.CaptureFixture[str], restore_logging: None
) -> None:
    settings = Settings(discord_token=TOKEN, database_path=str(db), log_level="WARNING")
    guild_id = fake.guilds[0].id
    with patch_discord_endpoints(fake):
        assert await sync_commands(settings, str(db), guild_id=None) == 0
        assert await sync_commands(settings, str(db), guild_id=guild_id) == 0
    out = capsys.readouterr().out
    # 11 slash commands (follows: 3) and the message menu "Find episodes about this" (issue 13)
    assert "Synced 12 commands globally" in out and f"Synced 12 commands to guild {guild_id}" in out
    assert "/about" in out and TOKEN not in out
    assert command_puts(fake) == [
        f"/applications/{fake.application_id}/commands",
        f"/applications/{fake.application_id}/guilds/{guild_id}/commands",
    ]
    assert fake.identifies == []  # REST only: no gateway session
    # The forced sync recorded its hash: starting the bot now syncs nothing.
    mark = fake.mark()
    async with started(fake, db):
        pass
    assert command_puts(fake, since=mark) == []


async def test_sync_command_with_a_wrong_token_fails_cleanly(
    db: Path, capsys: pytest.CaptureFixture[str], restore_logging: None
) -> None:
    async with FakeDiscord(token="the-right-one") as server:
        settings = Settings(discord_token="a-wrong-token", log_level="WARNING")
        with patch_discord_endpoints(server):
            assert await sync_commands(settings, str(db)) == 1
    assert "refused the token" in capsys.readouterr().err


# --- the commands -------------------------------------------------------------------------------


async def test_ask_shows_the_best_episode_and_swaps_in_other_matches(
    fake: FakeDiscord, bot: PodcastBot
) -> None:
    inter = await fake.send_command("ask", {"question": "which episode had Beatriz Magaloni?"})
    assert (await inter.callback())["type"] == CB_MESSAGE
    message = await reply(inter)
    assert not message["flags"] & EPHEMERAL
    embed = message["embeds"][0]
    assert embed["title"] == "The Grim Side of El Salvador’s “Security Model”"
    assert fields(message)["Guests"] == "Beatriz Magaloni"
    assert (
        fields(message)["Released"] == f"<t:{int(datetime(2025, 10, 9, tzinfo=UTC).timestamp())}:D>"
    )
    assert embed["author"]["name"] == "Latin America Today"

    # A broad question: several fit, the others are in the "Other matches" menu.
    inter = await fake.send_command("ask", {"question": "El Salvador"})
    message = await reply(inter)
    menu = select(message)
    assert menu["placeholder"] == "Other matches"
    assert len(menu["options"]) >= 2
    shown = message["embeds"][0]["title"]
    default = [o for o in menu["options"] if o.get("default")]
    assert [o["label"] for o in default] == [shown]

    other = next(o for o in menu["options"] if not o.get("default"))
    pick = await fake.send_component(menu["custom_id"], component_type=3, values=[other["value"]])
    assert (await pick.callback())["type"] == CB_UPDATE
    edited = fake.get_message(int(message["id"]))
    assert edited is not None
    assert edited["embeds"][0]["title"] == other["label"]
    assert [o["label"] for o in select(edited)["options"] if o.get("default")] == [other["label"]]


async def test_ask_with_nothing_found_answers_privately_with_suggestions(
    fake: FakeDiscord, bot: PodcastBot
) -> None:
    inter = await fake.send_command("ask", {"question": "xylophone quasar zeppelin"})
    message = await reply(inter)
    assert message["flags"] & EPHEMERAL
    assert "xylophone quasar zeppelin" in message["content"]
    suggested_guest = bot.answerer.complete_people("", 1)[0].name
    suggested_topic = bot.answerer.complete_topics("", 1)[0][0]
    assert f"**{suggested_guest}**" in message["content"]
    assert f"**{suggested_topic}**" in message["content"]


async def test_episode_embed_has_every_part_and_link_buttons(
    fake: FakeDiscord, bot: PodcastBot, db: Path
) -> None:
    ep = (await episodes_in(bot.store, "span number 7 was"))[0]
    inter = await fake.send_command("episode", {"title": str(ep.id)})
    message = await reply(inter)
    embed = message["embeds"][0]
    assert embed["title"] == ep.title
    assert embed["url"] == "https://testcast.example/episodes/7"
    assert embed["description"].startswith(f"{GUEST} explains how span 7 was built.")
    assert embed["author"] == {
        "name": TEST_CAST,
        "url": "https://testcast.example/",
        "icon_url": "https://testcast.example/art.png",
    }
    assert embed["thumbnail"]["url"] == "https://testcast.example/art/7.png"
    assert embed["footer"]["text"] == "Season 2 · Episode 7"
    assert ep.published is not None
    assert fields(message) == {
        "Released": f"<t:{int(ep.published.timestamp())}:D>",
        "Duration": "1 h 02 min",
        "Guests": GUEST,
        "Topics": ", ".join(ep.topics),
    }
    links = {c["label"]: c["url"] for c in components(message) if c["style"] == 5}
    assert links == {
        "Listen": "https://cdn.testcast.example/audio/7.mp3",
        "Episode page": "https://testcast.example/episodes/7",
    }

    # The bundled episodes have no links: no buttons at all, and no empty fields.
    bundled = (await episodes_in(bot.store, "Piercing the Propaganda"))[0]
    message = await reply(await fake.send_command("episode", {"title": str(bundled.id)}))
    assert components(message) == []
    assert "url" not in message["embeds"][0]
    assert "Released" not in fields(message) and "Duration" not in fields(message)


async def test_episode_accepts_typed_text_and_says_when_nothing_matches(
    fake: FakeDiscord, bot: PodcastBot
) -> None:
    message = await reply(await fake.send_command("episode", {"title": "grim side salvador"}))
    assert message["embeds"][0]["title"] == "The Grim Side of El Salvador’s “Security Model”"

    message = await reply(await fake.send_command("episode", {"title": "qwertyuiop asdfgh"}))
    assert message["flags"] & EPHEMERAL
    assert "qwertyuiop asdfgh" in message["content"]


async def test_autocomplete_titles_people_and_topics(fake: FakeDiscord, bot: PodcastBot) -> None:
    # Accent-insensitive: "corrupcion" finds "corrupción"; the value is the episode id.
    choices = await (await fake.send_autocomplete("episode", "title", value="corrupcion")).choices()
    target = (await episodes_in(bot.store, "Mujeres contra la corrupción"))[0]
    assert {"name": target.title, "value": str(target.id)} in choices
    again = await (await fake.send_autocomplete("episode", "title", value="corrupcion")).choices()
    assert again == choices  # stable values

    everything = await (await fake.send_autocomplete("episode", "title", value="")).choices()
    assert 1 <= len(everything) <= 25
    assert all(len(c["name"]) <= 100 and len(c["value"]) <= 100 for c in everything)
    ids = {int(c["value"]) for c in everything}
    assert {e.id for e in await bot.store.episodes_by_ids(ids)} == ids

    people = await (await fake.send_autocomplete("guest", "name", value="ana tor")).choices()
    assert people[0]["name"] == f"{GUEST} ({TEST_CAST_EPISODES})"
    assert people[0]["value"] == "ana torres"
    accented = await (await fake.send_autocomplete("guest", "name", value="Ruth Lop")).choices()
    assert any(c["name"].startswith("Ruth López") for c in accented)

    topics = await (await fake.send_autocomplete("topic", "name", value="salva")).choices()
    assert topics[0]["value"] == "El Salvador"
    latest_topics = await (await fake.send_autocomplete("latest", "topic", value="bridg")).choices()
    assert latest_topics[0] == {
        "name": f"{KEYWORD_TOPIC} ({TEST_CAST_EPISODES})",
        "value": KEYWORD_TOPIC,
    }


async def test_guest_pages_through_episodes_newest_first(
    fake: FakeDiscord, bot: PodcastBot
) -> None:
    inter = await fake.send_command("guest", {"name": "ana torres"})
    first = await reply(inter)
    embed = first["embeds"][0]
    assert embed["title"] == GUEST
    assert embed["footer"]["text"] == "Page 1 of 3"
    numbers = [int(re.findall(r"span number (\d+)", f["name"])[0]) for f in embed["fields"]]
    assert numbers == [12, 11, 10, 9, 8]  # newest first
    assert button(first, "Previous")["disabled"] is True
    assert button(first, "Next")["disabled"] is False
    assert [o["label"] for o in select(first)["options"]] == [
        f["name"][3:] for f in embed["fields"]
    ]

    click = await fake.send_component(button(first, "Next")["custom_id"])
    assert (await click.callback())["type"] == CB_UPDATE
    second = fake.get_message(int(first["id"]))
    assert second is not None and second["embeds"][0]["footer"]["text"] == "Page 2 of 3"
    assert second["embeds"][0]["fields"][0]["name"].startswith("6. ")

    click = await fake.send_component(button(second, "Next")["custom_id"])
    await click.callback()
    third = fake.get_message(int(first["id"]))
    assert third is not None
    assert len(third["embeds"][0]["fields"]) == TEST_CAST_EPISODES - 2 * PAGE_SIZE
    assert button(third, "Next")["disabled"] is True

    click = await fake.send_component(button(third, "Previous")["custom_id"])
    await click.callback()
    back = fake.get_message(int(first["id"]))
    assert back is not None and back["embeds"][0]["footer"]["text"] == "Page 2 of 3"

    # Picking from the menu shows that episode in full, to the picker only.
    option = select(back)["options"][0]
    opened = await fake.send_component("ep:open", component_type=3, values=[option["value"]])
    private = await reply(opened)
    assert private["flags"] & EPHEMERAL
    assert private["embeds"][0]["title"] == option["label"]

    unknown = await reply(await fake.send_command("guest", {"name": "Zyxw Vutsr"}))
    assert unknown["flags"] & EPHEMERAL and "Zyxw Vutsr" in unknown["content"]


async def test_buttons_work_after_a_restart_or_say_they_expired(
    fake: FakeDiscord, db: Path
) -> None:
    async with started(fake, db):
        first = await reply(await fake.send_command("guest", {"name": GUEST}))
        ask = await reply(await fake.send_command("ask", {"question": "El Salvador"}))
    next_id = button(first, "Next")["custom_id"]

    mark = fake.mark()
    async with started(fake, db):  # a new bot process on the same database
        click = await fake.send_component(next_id)
        assert (await click.callback())["type"] == CB_UPDATE
        page = fake.get_message(int(first["id"]))
        assert page is not None and page["embeds"][0]["footer"]["text"] == "Page 2 of 3"

        menu = select(ask)
        value = menu["options"][-1]["value"]
        pick = await fake.send_component(menu["custom_id"], component_type=3, values=[value])
        assert (await pick.callback())["type"] == CB_UPDATE

        # What a button points to is gone (the guest, the episodes): it says so, privately.
        stale = fake.get_message(int(first["id"]))
        assert stale is not None
        stale["components"][0]["components"][1]["custom_id"] = "ep:page:e:g:1:zyxw vutsr"
        click = await fake.send_component("ep:page:e:g:1:zyxw vutsr")
        expired = await reply(click)
        assert expired["flags"] & EPHEMERAL and "expired" in expired["content"]

        stale_menu = fake.get_message(int(ask["id"]))
        assert stale_menu is not None
        stale_menu["components"][0]["components"][0]["custom_id"] = "ep:pick:e:987654,987655"
        pick = await fake.send_component(
            "ep:pick:e:987654,987655", component_type=3, values=["987654"]
        )
        expired = await reply(pick)
        assert expired["flags"] & EPHEMERAL and "expired" in expired["content"]
    assert command_puts(fake, since=mark) == []


async def test_topic_and_search_lists(fake: FakeDiscord, bot: PodcastBot) -> None:
    topic = await reply(await fake.send_command("topic", {"name": KEYWORD_TOPIC}))
    embed = topic["embeds"][0]
    assert embed["title"] == f"Episodes on {KEYWORD_TOPIC}"
    assert embed["description"] == f"{TEST_CAST_EPISODES} episodes"
    assert embed["footer"]["text"] == "Page 1 of 3"
    click = await fake.send_component(button(topic, "Next")["custom_id"])
    await click.callback()
    page = fake.get_message(int(topic["id"]))
    assert page is not None and page["embeds"][0]["footer"]["text"] == "Page 2 of 3"

    # Typed loosely (case, accents): the closest topic.
    loose = await reply(await fake.send_command("topic", {"name": "el salvador"}))
    assert loose["embeds"][0]["title"] == "Episodes on El Salvador"
    missing = await reply(await fake.send_command("topic", {"name": "Quantum knitting"}))
    assert missing["flags"] & EPHEMERAL

    search = await reply(await fake.send_command("search", {"query": "cable-stayed span"}))
    embed = search["embeds"][0]
    assert embed["title"] == "Results for “cable stayed span”"
    assert len(embed["fields"]) == PAGE_SIZE
    assert all("span number" in f["name"] for f in embed["fields"])
    click = await fake.send_component(button(search, "Next")["custom_id"])
    await click.callback()
    page = fake.get_message(int(search["id"]))
    assert page is not None and page["embeds"][0]["footer"]["text"].startswith("Page 2 of")

    nothing = await reply(await fake.send_command("search", {"query": "xylophone quasar"}))
    assert nothing["flags"] & EPHEMERAL and "xylophone quasar" in nothing["content"]

    # A very long query still fits in the buttons' custom_id.
    long_query = " ".join(["span"] * 40 + ["cable"] * 30)
    long = await reply(await fake.send_command("search", {"query": long_query}))
    assert all(len(c.get("custom_id", "")) <= 100 for c in components(long))
    assert any(len(c.get("custom_id", "")) > PAGE_ARG_CHARS for c in components(long))


async def test_latest_optionally_on_a_topic(fake: FakeDiscord, bot: PodcastBot) -> None:
    newest = (await bot.store.latest_episodes(1))[0]
    message = await reply(await fake.send_command("latest"))
    assert message["embeds"][0]["title"] == newest.title

    on_topic = await reply(await fake.send_command("latest", {"topic": "Colombia"}))
    colombia = await bot.store.episodes_by_ids(bot.answerer.topic_episode_ids("Colombia"))
    expected = max(colombia, key=lambda e: e.sort_ts)
    assert on_topic["embeds"][0]["title"] == expected.title

    none = await reply(await fake.send_command("latest", {"topic": "Quantum knitting"}))
    assert none["flags"] & EPHEMERAL


async def test_about_tells_what_the_bot_knows(fake: FakeDiscord, bot: PodcastBot) -> None:
    message = await reply(await fake.send_command("about"))
    facts = fields(message)
    assert facts["Episodes"] == str(await bot.store.episode_count())
    assert facts["Guests"] == str(await bot.store.person_count("guest"))
    assert "Latin America Today — 10 episodes" in facts["Podcasts"]
    assert f"{TEST_CAST} — {TEST_CAST_EPISODES} episodes" in facts["Podcasts"]
    assert re.fullmatch(r"<t:\d+:R>", facts["Last update"])
    assert facts["Version"].startswith(__import__("bot").__version__)


# --- behaviour ----------------------------------------------------------------------------------


async def test_a_slow_answer_defers_then_follows_up(
    fake: FakeDiscord, bot: PodcastBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    gate = asyncio.Event()
    real_ask = bot.answerer.ask

    async def slow_ask(question: str, limit: int = 5) -> Any:
        await gate.wait()
        return await real_ask(question, limit=limit)

    monkeypatch.setattr(bot.answerer, "ask", slow_ask)
    bot.defer_after = 0.05

    inter = await fake.send_command("ask", {"question": "Beatriz Magaloni"})
    assert (await inter.callback())["type"] == CB_DEFERRED  # "thinking..." within the deadline
    gate.set()
    message = await inter.response_message(lambda m: bool(m["embeds"]))
    assert message["embeds"][0]["title"] == "The Grim Side of El Salvador’s “Security Model”"
    assert inter.followups == []  # the answer replaced the "thinking" message

    # A slow page turn defers as an update, then edits the list in place.
    gate.clear()
    search = await fake.send_command("search", {"query": "cable-stayed span"})
    await search.callback()
    gate.set()
    listing = await search.response_message(lambda m: bool(m["embeds"]))
    gate.clear()
    click = await fake.send_component(button(listing, "Next")["custom_id"])
    assert (await click.callback())["type"] == CB_DEFERRED_UPDATE
    gate.set()
    await fake.wait_until(
        lambda: (
            (m := fake.get_message(int(listing["id"])))
            and m["embeds"][0]["footer"]["text"].startswith("Page 2")
        ),
        5,
        "the edited page",
    )

    # Nothing found after a public "thinking...": the answer still arrives privately.
    gate.clear()
    nothing = await fake.send_command("ask", {"question": "xylophone quasar"})
    assert (await nothing.callback())["type"] == CB_DEFERRED
    gate.set()
    private = await nothing.response_message(lambda m: bool(m["content"]))
    assert private["flags"] & EPHEMERAL


async def test_errors_reach_the_user_briefly_and_the_log_in_full(
    fake: FakeDiscord,
    bot: PodcastBot,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    search = await reply(await fake.send_command("search", {"query": "cable-stayed span"}))

    gate = asyncio.Event()
    gate.set()

    async def broken_ask(question: str, limit: int = 5) -> Any:
        await gate.wait()
        raise RuntimeError("kaboom-in-the-answerer")

    monkeypatch.setattr(bot.answerer, "ask", broken_ask)
    caplog.set_level(logging.ERROR, logger="bot.discord.errors")

    inter = await fake.send_command("ask", {"question": "anything"})
    message = await reply(inter)
    assert message["flags"] & EPHEMERAL
    assert message["content"] == i18n.t("error.generic", "en")
    assert "kaboom" not in message["content"]
    failures = [r for r in caplog.records if r.name == "bot.discord.errors" and r.exc_info]
    assert len(failures) == 1 and "/ask" in failures[0].getMessage()
    assert "kaboom-in-the-answerer" in caplog.text and "Traceback" in caplog.text
    assert len([r for r in inter.requests if r.path.endswith("/callback")]) == 1

    # The same after a deferral: the "thinking" message goes, the error comes privately.
    bot.defer_after = 0.01
    gate.clear()
    inter = await fake.send_command("ask", {"question": "anything else"})
    assert (await inter.callback())["type"] == CB_DEFERRED
    gate.set()
    message = await inter.response_message(lambda m: bool(m["content"]))
    assert message["flags"] & EPHEMERAL and message["content"] == i18n.t("error.generic", "en")
    assert fake.find_requests(
        "DELETE", rf"/webhooks/.*/{re.escape(inter.token)}/messages/@original"
    )

    # A button whose work fails: the same short private message, in Spanish for a Spanish user.
    bot.defer_after = 10.0
    click = await fake.send_component(button(search, "Next")["custom_id"], locale="es-ES")
    message = await reply(click)
    assert message["flags"] & EPHEMERAL and message["content"] == i18n.t("error.generic", "es")
    assert len([r for r in caplog.records if r.name == "bot.discord.errors" and r.exc_info]) == 3

    # A UserError (for failures the user can act on) shows its text and logs no traceback.
    @app_commands.command(name="needs-setup", description="Fails with a UserError")
    async def needs_setup(interaction: discord.Interaction[Any]) -> None:
        raise UserError("expired")

    bot.tree.add_command(needs_setup)
    message = await reply(await fake.send_command("needs-setup", locale="es-419"))
    assert message["flags"] & EPHEMERAL and message["content"] == i18n.t("expired", "es-419")
    assert len([r for r in caplog.records if r.name == "bot.discord.errors" and r.exc_info]) == 3

    # An autocomplete cannot show a message: it offers nothing, and the log has the traceback.
    async def broken_titles(typed: str, limit: int = 25) -> Any:
        raise RuntimeError("kaboom-in-autocomplete")

    monkeypatch.setattr(bot.answerer, "complete_titles", broken_titles)
    caplog.set_level(logging.ERROR, logger="bot.discord.episodes.cog")
    choices = await (await fake.send_autocomplete("episode", "title", value="bridge")).choices()
    assert choices == []
    assert "kaboom-in-autocomplete" in caplog.text


@pytest.fixture
async def bait_db(db: Path, tmp_path: Path) -> Path:
    """Test data that tries to ping everyone and to break the embed with markdown."""
    bait = "@everyone @here <@&123> <@456>"
    feed = tmp_path / "bait.xml"
    items = [
        Item(
            title=f"{bait} Breaking **news** about ~~bridges~~",
            description=f"Hello {bait}. Some *markdown* __here__, `code` and a > quote.",
            guid="bait-1",
            published=datetime(2030, 1, 1, tzinfo=UTC),  # the newest episode
            link="https://bait.example/1",
            guests=["@everyone", "<@456>"],
            keywords=["@here"],
        )
    ]
    feed.write_text(rss("<@&123> Pings FM", items, link="https://bait.example/", image=""))
    await ingest_files(db, feed)
    return db


async def test_mentions_in_feeds_and_questions_never_ping(fake: FakeDiscord, bait_db: Path) -> None:
    async with started(fake, bait_db) as client:
        newest = (await client.store.latest_episodes(1))[0]
        assert "@everyone" in newest.title
        sent = [
            await reply(await fake.send_command("latest")),
            await reply(await fake.send_command("episode", {"title": str(newest.id)})),
            await reply(await fake.send_command("search", {"query": "breaking news bridges"})),
            await reply(await fake.send_command("ask", {"question": "@everyone <@&123> zzqx"})),
            await reply(await fake.send_command("guest", {"name": "@everyone <@456>"})),
        ]
        open_ = await fake.send_component("ep:open", component_type=3, values=[str(newest.id)])
        sent.append(await reply(open_))

    payloads = bot_messages(fake)
    assert len(payloads) >= len(sent)
    assert all(p.get("allowed_mentions") == {"parse": []} for p in payloads)
    for message in sent:
        assert message["mentions"] == [] and message["mention_roles"] == []
        assert message["mention_everyone"] is False
    # The text is shown as published, escaped so markdown cannot break the embed.
    embed = sent[1]["embeds"][0]
    assert "@everyone" in embed["title"] and r"\*\*news\*\*" in embed["title"]
    assert r"\*markdown\*" in embed["description"]
    assert embed["author"]["name"] == "<@&123> Pings FM"


@pytest.fixture
async def huge_db(db: Path, tmp_path: Path) -> Path:
    """An episode with a 10,000-character title and description, many guests and topics."""
    words = [f"word{i}" for i in range(2000)]
    feed = tmp_path / "huge.xml"
    items = [
        Item(
            title="Enormous " + " ".join(words)[:9990],
            description=" ".join(f"Sentence number {i} is here." for i in range(500))[:10000],
            guid="huge-1",
            published=datetime(2031, 1, 1, tzinfo=UTC),
            link="https://huge.example/" + "p" * 3000,  # too long for Discord: left out
            audio="https://huge.example/a.mp3",
            duration="99:59:59",
            guests=[f"Guest Number{i} " + "Longname" * 30 for i in range(40)],
            keywords=[f"Keyword {i} " + "x" * 50 for i in range(40)],
        )
    ]
    feed.write_text(rss("L" * 5000, items, link="https://huge.example/", image=""))
    await ingest_files(db, feed)
    return db


def assert_within_limits(message: dict[str, Any]) -> None:
    for embed in message.get("embeds", []):
        total = len(embed.get("title", "")) + len(embed.get("description", ""))
        assert len(embed.get("title", "")) <= 256
        assert len(embed.get("description", "")) <= 4096
        assert len(embed.get("fields", [])) <= 25
        for f in embed.get("fields", []):
            assert 0 < len(f["name"]) <= 256 and 0 < len(f["value"]) <= 1024
            total += len(f["name"]) + len(f["value"])
        footer = embed.get("footer", {}).get("text", "")
        author = embed.get("author", {}).get("name", "")
        assert len(footer) <= 2048 and len(author) <= 256
        total += len(footer) + len(author)
        assert total <= 6000
        assert len(embed.get("url", "")) <= 2048
    for c in components(message):
        assert len(c.get("custom_id", "")) <= 100 and len(c.get("label", "")) <= 80
        assert len(c.get("url", "")) <= 512
        for option in c.get("options", []):
            assert len(option["label"]) <= 100 and len(option.get("description") or "") <= 100


async def test_huge_feed_text_is_cut_to_every_limit(fake: FakeDiscord, huge_db: Path) -> None:
    async with started(fake, huge_db) as client:
        huge = (await client.store.latest_episodes(1))[0]
        assert len(huge.title) > 5000
        choices = await (
            await fake.send_autocomplete("episode", "title", value="enormous")
        ).choices()
        guests = await (await fake.send_autocomplete("guest", "name", value="guest num")).choices()
        interactions = [
            await fake.send_command("episode", {"title": str(huge.id)}),
            await fake.send_command("latest"),
            await fake.send_command("search", {"query": "enormous word1 word2"}),
            await fake.send_command("ask", {"question": "enormous word1 word2 word3"}),
            await fake.send_command("guest", {"name": guests[0]["value"]}),
            await fake.send_command("about"),
        ]
        messages = [await reply(i) for i in interactions]
    # Every reply was accepted by the (validating) fake and respects each limit.
    callbacks = fake.find_requests("POST", r"/callback$")
    assert callbacks and all(r.status == 200 for r in callbacks)
    for message in messages:
        assert message["embeds"], message.get("content")
        assert_within_limits(message)
    episode = messages[0]
    assert episode["embeds"][0]["title"].endswith("…")
    assert "url" not in episode["embeds"][0]  # the 3000-character link is left out
    assert [c["label"] for c in components(episode)] == ["Listen"]
    assert len(choices) <= 25 and all(len(c["name"]) <= 100 for c in choices)
    assert str(huge.id) in [c["value"] for c in choices]
    assert guests and all(len(c["name"]) <= 100 and len(c["value"]) <= 100 for c in guests)


@pytest.mark.parametrize(("locale", "lang"), [("es-ES", "es"), ("es-419", "es-419")])
async def test_spanish_speakers_get_the_bot_s_words_in_spanish(
    fake: FakeDiscord, bot: PodcastBot, locale: str, lang: str
) -> None:
    ep = (await episodes_in(bot.store, "span number 3 was"))[0]
    message = await reply(await fake.send_command("episode", {"title": str(ep.id)}, locale=locale))
    assert set(fields(message)) == {"Publicado", "Duración", "Invitados", "Temas"}
    assert message["embeds"][0]["title"] == ep.title  # content stays as published
    assert message["embeds"][0]["footer"]["text"] == "Temporada 2 · Episodio 3"
    assert {c["label"] for c in components(message)} == {"Escuchar", "Página del episodio"}

    ask = await reply(await fake.send_command("ask", {"question": "El Salvador"}, locale=locale))
    assert select(ask)["placeholder"] == "Otras coincidencias"

    listing = await reply(await fake.send_command("guest", {"name": GUEST}, locale=locale))
    assert listing["embeds"][0]["footer"]["text"] == "Página 1 de 3"
    assert button(listing, "Siguiente")["disabled"] is False
    # Someone with an English client turns the page: the shared message stays in Spanish.
    click = await fake.send_component(button(listing, "Siguiente")["custom_id"], locale="en-US")
    await click.callback()
    page = fake.get_message(int(listing["id"]))
    assert page is not None and page["embeds"][0]["footer"]["text"] == "Página 2 de 3"

    nothing = await reply(await fake.send_command("ask", {"question": "zzqx wvvk"}, locale=locale))
    assert nothing["content"].startswith("No encontré ningún episodio")

    about = await reply(await fake.send_command("about", locale=locale))
    assert about["embeds"][0]["title"] == "Acerca de este bot"
    assert set(fields(about)) >= {i18n.text("about.podcasts", lang), "Episodios", "Versión"}


async def test_the_token_never_reaches_the_log(
    fake: FakeDiscord, db: Path, restore_logging: None
) -> None:
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.setLevel(logging.DEBUG)
    install_redaction([TOKEN], [handler])
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.DEBUG)
    logging.getLogger("discord").setLevel(logging.DEBUG)
    logging.getLogger("discord.http").setLevel(logging.DEBUG)
    try:
        async with started(fake, db):
            await reply(await fake.send_command("ask", {"question": "Beatriz Magaloni"}))
            # Whatever a library might print: the message, its arguments, a traceback.
            logging.getLogger("discord.http").debug("headers: Authorization: Bot %s", TOKEN)
            try:
                raise RuntimeError(f"login with {TOKEN} failed")
            except RuntimeError:
                logging.getLogger("discord.client").exception("oops")
    finally:
        root.removeHandler(handler)
    output = stream.getvalue()
    assert "IDENTIFY" in output or "identify" in output.lower()  # discord.py did log at DEBUG
    assert TOKEN not in output
    assert output.count("[REDACTED]") >= 2


class QuickShardBot(PodcastBot):
    """Test helper: no 5 s pause between shard IDENTIFYs (discord.py's rate-limit courtesy)."""

    async def before_identify_hook(self, shard_id: int | None, *, initial: bool = False) -> None:
        return None


async def test_shards_split_across_processes_each_with_its_own_database(
    db: Path, tmp_path: Path
) -> None:
    guilds = [
        FakeGuild(id=(1000 << 22) | 1, name="even"),
        FakeGuild(id=(1001 << 22) | 1, name="odd"),
    ]
    other_db = tmp_path / "shard1.sqlite3"
    shutil.copy(db, other_db)
    async with FakeDiscord(guilds=guilds, shard_count=2) as server:
        bots = [
            QuickShardBot(
                Settings(discord_token=TOKEN, shard_count=2, shard_ids=(shard,)),
                path,
                application_id=server.application_id,
                guild_ready_timeout=0.1,
            )
            for shard, path in ((0, db), (1, other_db))
        ]
        with patch_discord_endpoints(server):
            tasks = [asyncio.create_task(b.start(TOKEN)) for b in bots]
            try:
                await asyncio.wait_for(
                    asyncio.gather(*(b.wait_until_ready() for b in bots)), timeout=10
                )
                await server.wait_for_shards()
                assert sorted(tuple(i["shard"]) for i in server.identifies) == [(0, 2), (1, 2)]
                for client, guild in zip(bots, guilds, strict=True):
                    assert [g.id for g in client.guilds] == [guild.id]
                    inter = await server.send_command("about", guild_id=guild.id)
                    assert (await reply(inter))["embeds"][0]["title"] == "About this bot"
            finally:
                for client in bots:
                    await client.close()
                await asyncio.gather(*tasks, return_exceptions=True)
        assert server.errors == []


# --- the real feeds -----------------------------------------------------------------------------


@needs_feeds
async def test_real_feeds_autocomplete_and_pages_stay_within_limits(
    fake: FakeDiscord, db: Path
) -> None:
    await ingest_files(db, FEEDS_DIR / "go-time.xml", FEEDS_DIR / "lex-fridman-podcast.xml")
    async with started(fake, db) as client:
        titles = await (await fake.send_autocomplete("episode", "title", value="")).choices()
        assert len(titles) == 25 and all(len(c["name"]) <= 100 for c in titles)
        go = await (await fake.send_autocomplete("episode", "title", value="go generics")).choices()
        assert go and all(len(c["name"]) <= 100 for c in go)

        busiest = client.answerer.complete_people("", 1)[0]
        assert len(busiest.episode_ids) > PAGE_SIZE
        listing = await reply(await fake.send_command("guest", {"name": busiest.name}))
        assert listing["embeds"][0]["title"] == busiest.name
        assert_within_limits(listing)
        click = await fake.send_component(button(listing, "Next")["custom_id"])
        await click.callback()
        page = fake.get_message(int(listing["id"]))
        assert page is not None
        assert page["embeds"][0]["footer"]["text"].startswith("Page 2 of ")
        assert_within_limits(page)

        for question in ("concurrency in go", "artificial intelligence", "latest episode"):
            message = await reply(await fake.send_command("ask", {"question": question}))
            assert_within_limits(message)
        search = await reply(await fake.send_command("search", {"query": "testing"}))
        assert_within_limits(search)
