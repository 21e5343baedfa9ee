"""Announcement routes (issue 13, deliverable 2), end to end: the real bot against the
loopback Discord and two local feeds. Each episode goes to every route whose filters (topic,
guest, podcast) it matches, once per route, restarts included; the default route keeps its
nonce from before routes existed.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from email.utils import format_datetime
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

import pytest
from discord.ext import commands

from bot.announce import ROUTE_LIMIT, SENT, SUPPRESSED, delivery_nonce
from bot.config import Settings
from bot.discord.announce.cog import Announce
from bot.discord.client import PodcastBot
from bot.store import Store
from bot.store.schema import _statements, migrations
from tests.discord_fake import (
    DEFAULT_BOT_PERMISSIONS,
    FakeChannel,
    FakeDiscord,
    FakeGuild,
    FakeMember,
    FakeRole,
    FakeUser,
    running_bot,
)
from tests.test_announce_e2e import MANAGE_GUILD, T0, TOKEN, Clock, FeedServer, Running

pytestmark = pytest.mark.timeout(60)

RUTH = "Ruth López"


@dataclass
class Show:
    """An item with guests (podcast:person) and a title that names its topics."""

    guid: str
    title: str
    hours_ago: float = 1.0
    guests: list[str] = field(default_factory=list)

    def xml(self) -> str:
        from datetime import timedelta

        people = "".join(
            f'<podcast:person role="guest">{escape(g)}</podcast:person>' for g in self.guests
        )
        return (
            f"<item><title>{escape(self.title)}</title><guid>{self.guid}</guid>"
            f"<pubDate>{format_datetime(T0 - timedelta(hours=self.hours_ago))}</pubDate>"
            f'<enclosure url="https://cdn.example/{self.guid}.mp3" type="audio/mpeg" length="1"/>'
            f"{people}<description>About {escape(self.title)}.</description></item>"
        )


class ShowFeed(FeedServer):
    """A feed server with a title of its own and items with guests."""

    def __init__(self, title: str, items: list[Show]) -> None:
        super().__init__([])
        self.title = title
        self.shows = list(items)

    def body(self) -> bytes:
        return (
            '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" '
            'xmlns:podcast="https://podcastindex.org/namespace/1.0"><channel>'
            f"<title>{self.title}</title><link>https://example.org/</link>"
            f"{''.join(s.xml() for s in self.shows)}</channel></rss>"
        ).encode()


OLD_A = [
    Show("a-2", "Venezuela before the vote", 50, [RUTH]),
    Show("a-1", "Mexico and its judges", 100),
]
OLD_B = [Show("b-1", "Music of the Andes", 80)]


class Server:
    def __init__(self) -> None:
        self.admin = FakeUser(username="admin")
        mods = FakeRole(name="Mods", permissions=MANAGE_GUILD)
        self.role = FakeRole(name="Venezuela fans", mentionable=True)
        self.general = FakeChannel(name="general")
        self.venezuela = FakeChannel(name="venezuela")
        self.ruth = FakeChannel(name="ruth")
        self.other = FakeChannel(name="other-show")
        self.extras = [FakeChannel(name=f"more-{i}") for i in range(ROUTE_LIMIT - 1)]
        self.guild = FakeGuild(
            name="Podcasts",
            channels=[self.general, self.venezuela, self.ruth, self.other, *self.extras],
            members=[FakeMember(self.admin, roles=[mods.id])],
            roles=[mods, self.role],
            bot_permissions=DEFAULT_BOT_PERMISSIONS,
        )


@pytest.fixture
def server() -> Server:
    return Server()


@pytest.fixture
async def fake(server: Server) -> AsyncIterator[FakeDiscord]:
    async with FakeDiscord(guilds=[server.guild]) as discord_fake:
        yield discord_fake
        assert discord_fake.errors == []
        assert [f"{r.method} {r.path}" for r in discord_fake.unhandled] == []


@pytest.fixture
async def feeds() -> AsyncIterator[tuple[ShowFeed, ShowFeed]]:
    a, b = ShowFeed("Test Cast", OLD_A), ShowFeed("Other Cast", OLD_B)
    await a.start()
    await b.start()
    try:
        yield a, b
    finally:
        await a.stop()
        await b.stop()


@contextlib.asynccontextmanager
async def started(
    fake: FakeDiscord, db: Path, feeds: tuple[ShowFeed, ShowFeed], clock: Clock
) -> AsyncIterator[Running]:
    settings = Settings(
        discord_token=TOKEN, database_path=str(db), feed_urls=tuple(f.url for f in feeds)
    )
    bot = PodcastBot(settings, db, application_id=fake.application_id, guild_ready_timeout=0.1)
    bot.defer_after = 10.0
    async with running_bot(bot, fake, TOKEN):
        cog = bot.get_cog("Announce")
        assert type(cog).__name__ == Announce.__name__ and isinstance(cog, commands.Cog)
        await fake.wait_until(lambda: cog.cycles >= 1, 10, "the first poll")
        yield Running(bot, cog, clock)  # type: ignore[arg-type]


async def announce(
    fake: FakeDiscord, server: Server, name: str, options: dict[str, Any] | None = None
) -> dict[str, Any]:
    inter = await fake.send_command(
        "announce",
        options or {},
        subcommand=name,
        guild_id=server.guild.id,
        user_id=server.admin.id,
    )
    return await inter.response_message()


async def complete(
    fake: FakeDiscord,
    server: Server,
    sub: str,
    option: str,
    typed: str,
    options: dict[str, Any] | None = None,
) -> list[dict[str, Any]]:
    inter = await fake.send_autocomplete(
        "announce",
        option,
        options,
        value=typed,
        subcommand=sub,
        guild_id=server.guild.id,
        user_id=server.admin.id,
    )
    return await inter.choices()


def titles(fake: FakeDiscord, channel: FakeChannel) -> list[str]:
    return [m["embeds"][0]["title"] for m in fake.channel_messages(channel.id)]


async def test_each_episode_goes_to_every_matching_route_once_across_restarts(
    fake: FakeDiscord, tmp_path: Path, feeds: tuple[ShowFeed, ShowFeed], server: Server
) -> None:
    a, b = feeds
    db = tmp_path / "bot.sqlite3"
    clock = Clock()
    async with started(fake, db, feeds, clock) as run:
        assert (
            "will be announced"
            in (await announce(fake, server, "set", {"channel": server.general.id}))["content"]
        )
        # The filters come from autocomplete: topics, guests and podcasts the bot knows.
        [venezuela] = [
            c
            for c in await complete(fake, server, "add", "topic", "venez", {"channel": 1})
            if c["value"] == "Venezuela"
        ]
        [ruth] = await complete(fake, server, "add", "guest", "ruth", {"channel": 1})
        assert ruth["name"].startswith(RUTH)
        podcasts = await complete(fake, server, "add", "podcast", "", {"channel": 1})
        other = next(c for c in podcasts if c["name"] == "Other Cast")

        reply = await announce(
            fake,
            server,
            "add",
            {"channel": server.venezuela.id, "topic": venezuela["value"], "role": server.role.id},
        )
        assert "Route `1` added: new episodes (topic Venezuela)" in reply["content"], reply
        reply = await announce(
            fake, server, "add", {"channel": server.ruth.id, "guest": ruth["value"]}
        )
        assert f"guest {RUTH}" in reply["content"]
        reply = await announce(
            fake, server, "add", {"channel": server.other.id, "podcast": other["value"]}
        )
        assert "podcast Other Cast" in reply["content"]
        # Bad filters are refused with a short message, and nothing is added.
        reply = await announce(
            fake, server, "add", {"channel": server.other.id, "topic": "Atlantis"}
        )
        assert reply["content"] == "No episode has the topic “Atlantis”: pick one from the list."

        a.shows = [
            Show("a-3", "Venezuela after the vote", 1, [RUTH]),
            Show("a-4", "Mexico's new court", 0.5),
            *OLD_A,
        ]
        b.shows = [Show("b-2", "Venezuela in song", 0.7), *OLD_B]
        await run.run_pass()
        await run.run_pass()  # nothing more
        deliveries = await run.announcements.deliveries(server.guild.id)

    assert sorted(titles(fake, server.general)) == sorted(
        ["Venezuela after the vote", "Mexico's new court", "Venezuela in song"]
    )
    assert sorted(titles(fake, server.venezuela)) == [
        "Venezuela after the vote",
        "Venezuela in song",
    ]
    assert titles(fake, server.ruth) == ["Venezuela after the vote"]
    assert titles(fake, server.other) == ["Venezuela in song"]
    # The role of the Venezuela route is pinged there, and only there.
    for message in fake.channel_messages(server.venezuela.id):
        assert message["content"] == f"<@&{server.role.id}>"
    assert all(not m["content"] for m in fake.channel_messages(server.general.id))
    # One outbox row per route and episode; the default route's nonce is the one from before
    # routes, the others differ.
    assert len(deliveries) == 7 and {d.status for d in deliveries} == {SENT}
    nonces = [d.nonce for d in deliveries]
    assert len(set(nonces)) == 7
    for d in deliveries:
        expected = delivery_nonce(server.guild.id, d.episode_id)
        assert (d.nonce == expected) == (d.route_id == 0)

    # A restart on the same database sends nothing again.
    before = len(fake.find_requests("POST", r"^/channels/\d+/messages$"))
    async with started(fake, db, feeds, clock) as run:
        await run.run_pass()
        status = await announce(fake, server, "status")
        choices = await complete(fake, server, "remove", "route", "")
        removed = await announce(fake, server, "remove", {"route": "2"})
        missing = await announce(fake, server, "remove", {"route": "2"})
        after = await announce(fake, server, "status")
    assert len(fake.find_requests("POST", r"^/channels/\d+/messages$")) == before
    text = status["embeds"][0]["description"]
    assert "**Routes** (4/25)" in text
    assert f"`1` · <#{server.venezuela.id}> · new episodes (topic Venezuela)" in text
    assert "active · 2 sent" in text
    assert [c["value"] for c in choices] == ["0", "1", "2", "3"]
    assert choices[2]["name"] == f"2: #ruth, new episodes (guest {RUTH})"
    assert removed["content"] == "Route `2` removed: nothing more is announced through it."
    assert missing["content"].startswith("There is no such route")
    assert "**Routes** (3/25)" in after["embeds"][0]["description"]
    assert f"<#{server.ruth.id}>" not in after["embeds"][0]["description"]


async def test_a_broken_route_pauses_alone_and_the_limit_is_clear(
    fake: FakeDiscord, tmp_path: Path, feeds: tuple[ShowFeed, ShowFeed], server: Server
) -> None:
    a, _ = feeds
    async with started(fake, tmp_path / "bot.sqlite3", feeds, Clock()) as run:
        await announce(fake, server, "set", {"channel": server.general.id})
        await announce(fake, server, "add", {"channel": server.venezuela.id, "topic": "Venezuela"})
        fake.deny_channel(server.venezuela.id)
        a.shows = [Show("a-3", "Venezuela after the vote", 1), *OLD_A]
        await run.run_pass()
        await run.run_pass()
        status = await announce(fake, server, "status")
        assert titles(fake, server.general) == ["Venezuela after the vote"]
        assert len(fake.find_requests("POST", rf"^/channels/{server.venezuela.id}/messages$")) == 1
        assert (
            "⚠️ paused: Discord refused my message: a permission is missing"
            in status["embeds"][0]["description"]
        )
        # Fixed and added again (same channel and filters): the route resumes, not a new one.
        fake.allow_channel(server.venezuela.id)
        reply = await announce(
            fake, server, "add", {"channel": server.venezuela.id, "topic": "Venezuela"}
        )
        assert reply["content"].startswith("Route `1` updated")
        await run.run_pass()
        assert titles(fake, server.venezuela) == ["Venezuela after the vote"]

        for channel in server.extras[: ROUTE_LIMIT - 2]:
            reply = await announce(fake, server, "add", {"channel": channel.id})
            assert "added" in reply["content"]
        reply = await announce(fake, server, "add", {"channel": server.extras[-1].id})
        assert reply["content"] == (
            "This server has 25 routes, the most allowed: remove one with `/announce remove` first."
        )
        assert len(await run.announcements.all_routes(server.guild.id)) == ROUTE_LIMIT


async def test_upgrade_keeps_the_default_route_s_rows_and_nonces(tmp_path: Path) -> None:
    """A database from before routes (the migration before it) with a pending and a sent
    announcement:
    after the migration both are the default route's, with their nonces, and planning
    again decides nothing new for them."""
    path = tmp_path / "old.sqlite3"
    conn = sqlite3.connect(path)
    routes = next(v for v, name, _ in migrations() if "routes" in name)
    for version, _name, sql in migrations():
        if version >= routes:
            break
        for statement in _statements(sql):
            conn.execute(statement)
        conn.execute(f"PRAGMA user_version = {version}")
    conn.execute(
        "INSERT INTO feeds (id, source, title, created_at) VALUES (1, 'x', 'X', ?)",
        (T0.isoformat(),),
    )
    for eid in (1, 2):
        conn.execute(
            "INSERT INTO episodes (id, feed_id, key, title, title_norm, sort_ts, position, "
            "content_hash, first_seen_at, updated_at) VALUES (?, 1, ?, ?, ?, ?, 0, '', ?, ?)",
            (eid, f"k{eid}", f"E{eid}", f"e{eid}", eid, T0.isoformat(), T0.isoformat()),
        )
        conn.execute(
            "INSERT INTO announce_deliveries (guild_id, episode_id, feed_id, status, nonce, "
            "created_at) VALUES (7, ?, 1, ?, ?, ?)",
            (eid, "sent" if eid == 1 else "pending", delivery_nonce(7, eid), T0.isoformat()),
        )
    conn.execute(
        "INSERT INTO announce_subscriptions (guild_id, channel_id, subscribed_at) VALUES (7, 9, ?)",
        (T0.isoformat(),),
    )
    conn.commit()
    conn.close()
    store = await Store.open(path)
    try:
        from bot.announce import Announcements

        rules = Announcements(store, max_age_days=0)
        rows = await rules.deliveries(7)
        assert [(d.episode_id, d.route_id, d.nonce) for d in rows] == [
            (1, 0, delivery_nonce(7, 1)),
            (2, 0, delivery_nonce(7, 2)),
        ]
        [pending] = await rules.pending()
        assert (pending.episode_id, pending.channel_id, pending.nonce) == (
            2,
            9,
            delivery_nonce(7, 2),
        )
        await store.conn.execute("INSERT INTO announce_feeds VALUES (1, 0, ?)", (T0.isoformat(),))
        assert (await rules.plan()).queued == []
        assert SUPPRESSED not in {d.status for d in await rules.deliveries(7)}
    finally:
        await store.close()
