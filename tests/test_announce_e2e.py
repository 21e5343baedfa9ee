"""Announcements end to end: the real bot, the loopback Discord and a local feed server.

The feed is served by an aiohttp app on 127.0.0.1 that the tests change between polls
(new items, ETag/304, errors, a hang, malformed XML, an emptied feed). Most tests drive
one pass at a time with :meth:`Announce.run_once` and a clock that jumps seven hours per
pass (past any backoff), so nothing waits on real time; one test lets the
``tasks.loop`` itself run every second.
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import hashlib
import logging
import socket
from collections.abc import AsyncIterator
from dataclasses import dataclass
from datetime import datetime, timedelta
from email.utils import format_datetime
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

import discord
import pytest
from aiohttp import web
from discord.ext import commands

from bot import ingest as ingest_module
from bot.announce import FAILED, PENDING, SENT, SUPPRESSED, Announcements
from bot.config import Settings
from bot.discord.announce.cog import Announce
from bot.discord.client import PodcastBot
from bot.feeds import fetch, parse_feed
from bot.store import Store, utcnow
from tests.discord_fake import (
    MISSING_PERMISSIONS,
    FakeChannel,
    FakeDiscord,
    FakeGuild,
    FakeInteraction,
    FakeMember,
    FakeRole,
    FakeUser,
    overwrite,
    running_bot,
)

pytestmark = pytest.mark.timeout(30)

TOKEN = "announce-e2e-token"
EPHEMERAL = 1 << 6
CROSSPOSTED = 1 << 0
MANAGE_GUILD = discord.Permissions(manage_guild=True).value
T0 = utcnow().replace(microsecond=0)


# --- the feed ------------------------------------------------------------------------------


@dataclass
class Item:
    guid: str
    title: str
    hours_ago: float = 1.0
    audio: str | None = None

    def xml(self) -> str:
        published = format_datetime(T0 - timedelta(hours=self.hours_ago))
        audio = self.audio or f"https://cdn.testcast.example/{self.guid}.mp3"
        return (
            f"<item><title>{escape(self.title)}</title><guid>{self.guid}</guid>"
            f"<pubDate>{published}</pubDate><link>https://testcast.example/{self.guid}</link>"
            f'<enclosure url="{audio}" type="audio/mpeg" length="1"/>'
            f"<description>All about {escape(self.title)}. Second sentence.</description></item>"
        )


OLD = [Item("tc-2", "Second show", 50), Item("tc-1", "First show", 100)]
# Feed text that tries to ping: it must never do so.
NEW = Item("tc-3", "Third show with @everyone and <@&42>")
MALFORMED = b'<?xml version="1.0"?>\n<<rss version="2.0"><channel>'


def rss(items: list[Item]) -> bytes:
    return (
        '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel>'
        "<title>Test Cast</title><link>https://testcast.example/</link>"
        f"{''.join(i.xml() for i in items)}</channel></rss>"
    ).encode()


class FeedServer:
    """Serves ``/feed.xml`` from ``items``; ``mode`` switches it to a failure."""

    def __init__(self, items: list[Item]) -> None:
        self.items = list(items)
        self.mode = "ok"  # ok, 500, 503, hang, malformed, empty
        self.hits: list[tuple[str | None, int]] = []  # (If-None-Match, status)
        self._runner: web.AppRunner | None = None
        self.url = ""

    async def start(self) -> None:
        app = web.Application()
        app.router.add_get("/feed.xml", self.handle)
        # A client that gives up on the hang cancels its handler, so shutdown is quick.
        self._runner = web.AppRunner(app, handler_cancellation=True, shutdown_timeout=1.0)
        await self._runner.setup()
        sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        sock.bind(("127.0.0.1", 0))
        self.url = f"http://127.0.0.1:{sock.getsockname()[1]}/feed.xml"
        await web.SockSite(self._runner, sock).start()

    async def stop(self) -> None:
        if self._runner is not None:
            await self._runner.cleanup()

    def body(self) -> bytes:
        if self.mode == "malformed":
            return MALFORMED
        return rss([] if self.mode == "empty" else self.items)

    async def handle(self, request: web.Request) -> web.StreamResponse:
        response = await self._response(request)
        self.hits.append((request.headers.get("If-None-Match"), response.status))
        return response

    async def _response(self, request: web.Request) -> web.StreamResponse:
        if self.mode == "500":
            return web.Response(status=500, text="internal error")
        if self.mode == "503":
            return web.Response(status=503, text="busy", headers={"Retry-After": "7200"})
        if self.mode == "hang":
            await asyncio.Event().wait()  # cancelled when the client times out
        body = self.body()
        etag = '"' + hashlib.sha1(body).hexdigest()[:16] + '"'
        if request.headers.get("If-None-Match") == etag:
            return web.Response(status=304, headers={"ETag": etag})
        return web.Response(body=body, content_type="application/rss+xml", headers={"ETag": etag})


@pytest.fixture
async def feed() -> AsyncIterator[FeedServer]:
    server = FeedServer(OLD)
    await server.start()
    try:
        yield server
    finally:
        await server.stop()


# --- Discord and the bot -------------------------------------------------------------------


@dataclass
class Server:
    """A fake guild with an admin, a plain member, a text and a news channel, a role."""

    guild: FakeGuild
    admin: FakeUser
    member: FakeUser
    role: FakeRole

    @property
    def text(self) -> FakeChannel:
        return self.guild.channels[0]

    @property
    def news(self) -> FakeChannel:
        return self.guild.channels[1]


def make_server(name: str) -> Server:
    admin, member = FakeUser(username=f"{name}-admin"), FakeUser(username=f"{name}-member")
    mods = FakeRole(name="Mods", permissions=MANAGE_GUILD)
    listeners = FakeRole(name="Listeners", mentionable=True)
    guild = FakeGuild(
        name=name,
        channels=[FakeChannel(name="episodes"), FakeChannel(name="news", type=5)],
        members=[FakeMember(admin, roles=[mods.id]), FakeMember(member)],
        roles=[mods, listeners],
    )
    return Server(guild, admin, member, listeners)


@pytest.fixture
def servers() -> list[Server]:
    return [make_server("Podcasts"), make_server("Fans")]


@pytest.fixture
async def fake(servers: list[Server]) -> AsyncIterator[FakeDiscord]:
    async with FakeDiscord(guilds=[s.guild for s in servers]) as discord_fake:
        yield discord_fake
        assert discord_fake.errors == []
        assert [f"{r.method} {r.path}" for r in discord_fake.unhandled] == []


@dataclass
class Running:
    bot: PodcastBot
    cog: Announce
    clock: Clock

    @property
    def announcements(self) -> Announcements:
        return self.cog.announcements

    async def run_pass(self) -> None:
        """One poll-plan-send pass, seven hours after the previous one."""
        await self.cog.run_once(self.clock.tick())


class Clock:
    """Seven hours per tick: past the longest backoff, well within the age limit."""

    def __init__(self) -> None:
        self.now = utcnow().replace(microsecond=0)  # the database keeps whole seconds

    def tick(self) -> datetime:
        self.now += timedelta(hours=7)
        return self.now


@contextlib.asynccontextmanager
async def started(
    fake: FakeDiscord, db: Path, feed: FeedServer, *, interval: int = 600
) -> AsyncIterator[Running]:
    """The real bot on ``db``, polling ``feed``; returns once its first pass is done."""
    settings = Settings(
        discord_token=TOKEN,
        database_path=str(db),
        feed_urls=(feed.url,),
        poll_interval_seconds=interval,
    )
    bot = PodcastBot(settings, db, application_id=fake.application_id, guild_ready_timeout=0.1)
    bot.defer_after = 10.0  # answers take milliseconds; never defer on a loaded machine
    async with running_bot(bot, fake, TOKEN):
        # load_extension executes the module afresh: compare by name, not class identity.
        cog = bot.get_cog("Announce")
        assert type(cog).__name__ == Announce.__name__
        assert isinstance(cog, commands.Cog)
        # The first pass loads the feed (its first load: nothing is announced).
        await fake.wait_until(lambda: cog.cycles >= 1, 10, "the first poll")
        yield Running(bot, cog, Clock())  # type: ignore[arg-type]


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return tmp_path / "bot.sqlite3"


@pytest.fixture
async def running(fake: FakeDiscord, db: Path, feed: FeedServer) -> AsyncIterator[Running]:
    async with started(fake, db, feed) as run:
        yield run


async def announce(
    fake: FakeDiscord,
    server: Server,
    name: str,
    options: dict[str, Any] | None = None,
    *,
    user: FakeUser | None = None,
    locale: str = "en-US",
) -> dict[str, Any]:
    """Run ``/announce <name>`` in ``server`` and return the reply."""
    inter: FakeInteraction = await fake.send_command(
        "announce",
        options or {},
        subcommand=name,
        guild_id=server.guild.id,
        user_id=(user or server.admin).id,
        locale=locale,
    )
    return await inter.response_message()


async def subscribe(fake: FakeDiscord, server: Server, *, news: bool = False) -> dict[str, Any]:
    channel = server.news if news else server.text
    reply = await announce(fake, server, "set", {"channel": channel.id, "role": server.role.id})
    assert "will be announced" in reply["content"], reply["content"]
    return reply


def posts(fake: FakeDiscord, channel: FakeChannel) -> list[Any]:
    return fake.find_requests("POST", rf"^/channels/{channel.id}/messages$")


def field_values(message: dict[str, Any]) -> dict[str, str]:
    return {f["name"]: f["value"] for f in message["embeds"][0].get("fields", [])}


async def feed_row(bot: PodcastBot, feed: FeedServer) -> Any:
    row = await bot.store.feed_by_source(feed.url)
    assert row is not None
    return row


# --- the tests -----------------------------------------------------------------------------


async def test_the_loop_announces_a_new_episode_once_with_embed_and_role_mention(
    fake: FakeDiscord,
    db: Path,
    feed: FeedServer,
    servers: list[Server],
    caplog: pytest.LogCaptureFixture,
) -> None:
    server = servers[0]
    async with started(fake, db, feed, interval=1) as run:
        # An unexpected exception in a pass must not end the loop.
        original, calls = run.cog.run_once, []

        async def fails_once(now: datetime | None = None) -> None:
            calls.append(now)
            if len(calls) == 1:
                raise RuntimeError("a bug in one pass")
            await original(now)

        run.cog.run_once = fails_once  # type: ignore[method-assign]
        await subscribe(fake, server)
        feed.items = [NEW, *OLD]
        messages = await fake.wait_until(
            lambda: fake.channel_messages(server.text.id), 15, "the announcement"
        )
        # Two more full passes of the loop: still the one message.
        done = run.cog.cycles
        await fake.wait_until(lambda: run.cog.cycles >= done + 2, 15, "two more passes")
        assert len(fake.channel_messages(server.text.id)) == 1
        [message] = messages
        role = str(server.role.id)
        assert message["content"] == f"<@&{role}>"
        # Only that role may be pinged; the feed's @everyone and <@&42> ping nobody.
        [request] = posts(fake, server.text)
        assert request.json["allowed_mentions"] == {"parse": [], "roles": [server.role.id]}
        assert not message["mention_everyone"] and message["mentions"] == []
        assert request.json["enforce_nonce"] is True
        embed = message["embeds"][0]
        assert embed["title"] == discord.utils.escape_markdown(NEW.title)
        assert embed["url"] == f"https://testcast.example/{NEW.guid}"
        assert embed["author"]["name"] == "Test Cast"
        assert "Released" in field_values(message)
        buttons = {c["label"]: c["url"] for row in message["components"] for c in row["components"]}
        assert buttons["Listen"] == f"https://cdn.testcast.example/{NEW.guid}.mp3"

        [delivery] = await run.announcements.deliveries(server.guild.id)
        assert (delivery.status, delivery.message_id) == (SENT, int(message["id"]))
        assert request.json["nonce"] == delivery.nonce
        # The answers know the new episode too.
        assert run.bot.answerer.index.latest[0] == delivery.episode_id
        assert len(calls) >= 3 and run.cog.poll_loop.is_running()
        assert "announcement pass failed" in caplog.text


async def test_unchanged_feed_is_a_304_nothing_parsed_nothing_posted(
    fake: FakeDiscord,
    running: Running,
    feed: FeedServer,
    servers: list[Server],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    server = servers[0]
    await subscribe(fake, server)
    parsed: list[bytes] = []

    def counting_parse(body: bytes) -> Any:
        parsed.append(body)
        return parse_feed(body)

    monkeypatch.setattr(ingest_module, "parse_feed", counting_parse)
    await running.run_pass()
    await running.run_pass()
    (sent_first, status_first), (sent_again, status_again) = feed.hits[-2:]
    assert (status_first, status_again) == (304, 304)
    assert sent_first is not None and sent_first == sent_again  # the stored ETag
    assert parsed == []
    assert posts(fake, server.text) == []
    row = await feed_row(running.bot, feed)
    assert row.last_status == "not_modified" and row.failures == 0
    assert row.next_check_at == running.clock.now + timedelta(seconds=600)
    feed.items = [NEW, *OLD]  # the counter does see a changed feed being parsed
    await running.run_pass()
    assert feed.hits[-1][1] == 200 and len(parsed) == 1


async def test_failures_post_nothing_back_off_then_the_new_episode_comes_once(
    fake: FakeDiscord,
    running: Running,
    feed: FeedServer,
    servers: list[Server],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    server = servers[0]
    await subscribe(fake, server)
    feed.items = [NEW, *OLD]  # published during the outage
    # Backoff: max(interval 600 s, 300 s x 2^(n-1)); the 503's Retry-After (2 h) wins.
    expected = {
        "500": (600, "HTTP 500"),
        "hang": (600, "timed out"),
        "malformed": (1200, "not an XML feed"),
        "empty": (2400, "the feed has no episodes"),
        "503": (7200, "HTTP 503"),
    }
    for failures, (mode, (wait, error)) in enumerate(expected.items(), start=1):
        feed.mode = mode
        with monkeypatch.context() as patch:
            if mode == "hang":  # a read timeout short enough to meet the hang quickly
                quick = functools.partial(fetch, connect_timeout=2, read_timeout=0.3)
                patch.setattr(ingest_module, "fetch", quick)
            await running.run_pass()
        row = await feed_row(running.bot, feed)
        assert (row.last_status, row.failures) == ("error", failures), mode
        assert error in row.last_error, mode
        assert row.next_check_at == running.clock.now + timedelta(seconds=wait), mode
        assert row.episode_count == 2, mode  # "no change", never "everything is new"
        assert posts(fake, server.text) == [], mode
    status = await announce(fake, server, "status")
    feed_field = field_values(status)["Test Cast"]
    assert "Last error: HTTP 503" in feed_field and "(5 in a row)" in feed_field
    assert await running.cog.poller.due(running.clock.now + timedelta(seconds=7199)) == []

    feed.mode = "ok"
    await running.run_pass()
    await running.run_pass()
    [message] = fake.channel_messages(server.text.id)
    assert message["embeds"][0]["url"] == f"https://testcast.example/{NEW.guid}"
    row = await feed_row(running.bot, feed)
    assert (row.last_status, row.failures, row.last_error) == ("not_modified", 0, None)


async def test_redated_or_reided_items_are_not_announced_again(
    fake: FakeDiscord, running: Running, feed: FeedServer, servers: list[Server]
) -> None:
    server = servers[0]
    await subscribe(fake, server)
    feed.items = [NEW, *OLD]
    await running.run_pass()
    assert len(fake.channel_messages(server.text.id)) == 1

    redated = Item(NEW.guid, NEW.title, hours_ago=0.5)  # same GUID, a new date
    feed.items = [redated, *OLD]
    await running.run_pass()
    same_audio = f"https://cdn.testcast.example/{NEW.guid}.mp3"
    reided = Item("tc-3-new-guid", NEW.title, hours_ago=0.2, audio=same_audio)
    feed.items = [reided, *OLD]
    await running.run_pass()
    # The host keeps both copies: the new one is stored, but not announced.
    feed.items = [Item("tc-3-copy", NEW.title, hours_ago=0.1, audio=same_audio), reided, *OLD]
    await running.run_pass()

    assert len(fake.channel_messages(server.text.id)) == 1
    statuses = [d.status for d in await running.announcements.deliveries(server.guild.id)]
    assert statuses == [SENT, SUPPRESSED]


async def test_restart_between_pending_and_sent_posts_one_message(
    fake: FakeDiscord, db: Path, feed: FeedServer, servers: list[Server]
) -> None:
    server = servers[0]
    async with started(fake, db, feed) as run:
        await subscribe(fake, server)
        feed.items = [NEW, *OLD]

        async def crash(*_: object, **__: object) -> None:
            await asyncio.Event().wait()  # the process "stops" before it records the send

        run.cog.announcements.mark_sent = crash  # type: ignore[method-assign]
        stuck = asyncio.create_task(run.cog.run_once(run.clock.tick()))
        await fake.wait_until(lambda: fake.channel_messages(server.text.id), 5, "the first send")
        stuck.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await stuck
    async with await Store.open(db) as store:
        [delivery] = await Announcements(store).deliveries()
        assert delivery.status == PENDING  # sent, but not known to be

    async with started(fake, db, feed) as run:  # its first pass resumes the outbox
        [after] = await run.announcements.deliveries()
    [message] = fake.channel_messages(server.text.id)
    first, second = posts(fake, server.text)
    assert first.json["nonce"] == second.json["nonce"] == delivery.nonce
    assert second.response is not None and second.response["id"] == message["id"]
    assert (after.status, after.message_id) == (SENT, int(message["id"]))


async def test_two_servers_get_one_message_each_and_news_is_published(
    fake: FakeDiscord, running: Running, feed: FeedServer, servers: list[Server]
) -> None:
    first, second = servers
    await subscribe(fake, first)
    reply = await subscribe(fake, second, news=True)
    assert "announcement channel" in reply["content"]
    feed.items = [NEW, *OLD]
    await running.run_pass()
    await running.run_pass()
    assert len(fake.channel_messages(first.text.id)) == 1
    [news] = fake.channel_messages(second.news.id)
    assert news["content"] == f"<@&{second.role.id}>"
    crossposted = await fake.wait_until(
        lambda: (fake.get_message(int(news["id"])) or {}).get("flags", 0) & CROSSPOSTED,
        5,
        "the crosspost",
    )
    assert crossposted
    assert not fake.channel_messages(first.text.id)[0]["flags"] & CROSSPOSTED


async def test_lost_permission_pauses_until_set_again_and_status_says_so(
    fake: FakeDiscord,
    running: Running,
    feed: FeedServer,
    servers: list[Server],
    caplog: pytest.LogCaptureFixture,
) -> None:
    server = servers[0]
    await subscribe(fake, server)
    fake.deny_channel(server.text.id, MISSING_PERMISSIONS)
    feed.items = [NEW, *OLD]
    with caplog.at_level(logging.WARNING, logger="bot.announce"):
        await running.run_pass()
        feed.items = [Item("tc-4", "Fourth show", 0.5), NEW, *OLD]
        await running.run_pass()  # paused: no retry
    assert len(posts(fake, server.text)) == 1
    assert posts(fake, server.text)[0].status == 403
    assert [r.getMessage() for r in caplog.records if "paused" in r.getMessage()] == [
        f"announcements for guild {server.guild.id} paused: missing permissions in the "
        "channel (until /announce set is run again)"
    ]
    status = await announce(fake, server, "status")
    assert "paused" in field_values(status)["State"]
    assert "a permission is missing" in field_values(status)["State"]
    spanish = await announce(fake, server, "status", locale="es-ES")
    assert spanish["embeds"][0]["title"] == "Anuncios"
    assert "en pausa" in field_values(spanish)["Estado"]

    # Fixed and set again: both episodes that came meanwhile go out, once each.
    fake.allow_channel(server.text.id)
    reply = await subscribe(fake, server)
    assert "they resume now" in reply["content"]
    await running.run_pass()
    titles = [m["embeds"][0]["title"] for m in fake.channel_messages(server.text.id)]
    assert titles == [NEW.title, "Fourth show"]


async def test_deleted_channel_pauses_at_once(
    fake: FakeDiscord,
    running: Running,
    feed: FeedServer,
    servers: list[Server],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    server = servers[0]
    await subscribe(fake, server)
    # The CHANNEL_DELETE event is handled asynchronously: wait for the bot's write to end.
    marked = asyncio.Event()
    mark_broken = running.announcements.mark_broken

    async def mark_and_tell(*args: object, **kwargs: object) -> object:
        try:
            return await mark_broken(*args, **kwargs)
        finally:
            marked.set()

    monkeypatch.setattr(running.announcements, "mark_broken", mark_and_tell)
    await fake.delete_channel(server.text.id)
    await asyncio.wait_for(marked.wait(), 10)
    sub = await running.announcements.subscription(server.guild.id)
    assert sub is not None and sub.broken
    feed.items = [NEW, *OLD]
    await running.run_pass()
    assert posts(fake, server.text) == []
    status = await announce(fake, server, "status")
    assert "the channel was deleted" in field_values(status)["State"]


async def test_set_says_which_permissions_are_missing(
    fake: FakeDiscord, running: Running, servers: list[Server]
) -> None:
    server = servers[0]
    bot_role = server.guild.bot_role_id
    assert bot_role is not None
    deny = discord.Permissions(send_messages=True, embed_links=True).value
    await fake.set_permission_overwrites(server.text.id, [overwrite(bot_role, deny=deny)])
    channel = running.bot.get_channel(server.text.id)
    assert isinstance(channel, discord.TextChannel)
    me = channel.guild.me
    await fake.wait_until(lambda: not channel.permissions_for(me).send_messages, 5)

    reply = await announce(fake, server, "set", {"channel": server.text.id})
    assert reply["flags"] & EPHEMERAL
    assert reply["content"] == (
        f"I can't announce in <#{server.text.id}>: I need these permissions there: "
        "Send Messages, Embed Links."
    )
    assert await running.announcements.subscription(server.guild.id) is None
    spanish = await announce(fake, server, "set", {"channel": server.text.id}, locale="es-419")
    assert "Enviar mensajes, Insertar enlaces" in spanish["content"]


async def test_non_admin_is_refused(
    fake: FakeDiscord, running: Running, servers: list[Server]
) -> None:
    server = servers[0]
    [command] = [c for c in fake.global_commands if c["name"] == "announce"]
    assert int(command["default_member_permissions"]) == MANAGE_GUILD
    assert command["contexts"] == [0]  # servers only
    for name in ("set", "stop", "status", "test"):
        options = {"channel": server.text.id} if name == "set" else {}
        reply = await announce(fake, server, name, options, user=server.member)
        assert reply["flags"] & EPHEMERAL
        assert "Manage Server" in reply["content"], name
    assert await running.announcements.subscription(server.guild.id) is None


async def test_status_test_and_stop(
    fake: FakeDiscord, running: Running, feed: FeedServer, servers: list[Server]
) -> None:
    server = servers[0]
    none = await announce(fake, server, "status")
    assert none["embeds"][0]["description"].startswith("Announcements are not set up")
    await subscribe(fake, server)

    status = await announce(fake, server, "status")
    assert status["flags"] & EPHEMERAL
    values = field_values(status)
    assert values["Channel"] == f"<#{server.text.id}>"
    assert values["Role"] == f"<@&{server.role.id}>"
    assert values["State"].startswith("active since <t:")
    assert values["Episodes announced"] == "0"
    feed_lines = values["Test Cast"].splitlines()
    assert feed_lines[0].startswith("Last check: <t:") and feed_lines[0].endswith("(read)")
    assert feed_lines[1].startswith("Last new episode: <t:")
    assert feed_lines[2].startswith("Next check: <t:")

    test = await announce(fake, server, "test")
    assert test["flags"] & EPHEMERAL and "Test announcement posted" in test["content"]
    [posted] = fake.channel_messages(server.text.id)
    assert posted["content"].startswith("🧪 **Test announcement**")
    assert f"<@&{server.role.id}>" in posted["content"]
    assert posted["mention_roles"] == []  # a test pings nobody
    latest = (await running.bot.store.latest_episodes(1))[0]
    assert posted["embeds"][0]["title"] == latest.title
    assert f"/{posted['id']}" in test["content"]  # a link to it
    assert await running.announcements.deliveries() == []  # not an announcement

    stopped = await announce(fake, server, "stop")
    assert stopped["content"].startswith("Announcements stopped")
    assert (await announce(fake, server, "stop"))["content"].startswith("Announcements were not")
    assert "not set up" in (await announce(fake, server, "test"))["content"]
    feed.items = [NEW, *OLD]
    await running.run_pass()
    assert len(fake.channel_messages(server.text.id)) == 1  # only the test


async def test_commands_are_localized_in_spanish(fake: FakeDiscord, running: Running) -> None:
    [command] = [c for c in fake.global_commands if c["name"] == "announce"]
    assert command["description_localizations"]["es-ES"].startswith("Anuncios de episodios")
    subcommands = {o["name"]: o for o in command["options"]}
    assert set(subcommands) == {"set", "stop", "status", "test", "add", "remove", "alerts"}
    for sub in subcommands.values():
        assert set(sub["description_localizations"]) == {"es-ES", "es-419"}
        assert not sub.get("name_localizations")
    options = {o["name"]: o for o in subcommands["set"]["options"]}
    # text, announcement, forum and media channels (issue 13: forums take posts)
    assert options["channel"]["channel_types"] == [0, 5, 15, 16]
    assert options["role"]["description_localizations"]["es-419"] == (
        "Un rol que mencionar en cada anuncio"
    )


async def test_a_send_that_keeps_failing_is_given_up_without_blocking_others(
    fake: FakeDiscord, running: Running, feed: FeedServer, servers: list[Server]
) -> None:
    first, second = servers
    await subscribe(fake, first)
    await subscribe(fake, second)
    # Discord refuses the first server's message as malformed: it will never succeed.
    fake.inject_fault("POST", rf"^/channels/{first.text.id}/messages$", status=400, times=None)
    feed.items = [NEW, *OLD]
    await running.run_pass()
    assert len(fake.channel_messages(second.text.id)) == 1
    [failed] = await running.announcements.deliveries(first.guild.id)
    assert failed.status == FAILED and "HTTP 400" in (failed.error or "")
    await running.run_pass()
    assert len(posts(fake, first.text)) == 1  # given up: not retried
