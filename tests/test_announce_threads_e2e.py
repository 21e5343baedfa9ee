"""Threads and forum posts per announcement (issue 13, deliverable 1), end to end: the real
bot against the loopback Discord, a local feed server, and restarts on the same database
between the post and its thread, which must never make a second post or thread.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest

from bot.announce import SENT, Announcements
from tests.discord_fake import (
    DEFAULT_BOT_PERMISSIONS,
    DEFAULT_EVERYONE_PERMISSIONS,
    FakeChannel,
    FakeDiscord,
    FakeGuild,
    FakeMember,
    FakeRole,
    FakeUser,
    forum_channel,
)
from tests.test_announce_e2e import (
    MANAGE_GUILD,
    OLD,
    FeedServer,
    Item,
    started,
)

pytestmark = pytest.mark.timeout(40)

CREATE_PUBLIC_THREADS = 1 << 35
SEND_MESSAGES = 1 << 11
TAGS = ["Venezuela", "Mexico", "Music"]
VENEZUELA = Item("tc-3", "Venezuela after the vote: what comes next")


class Server:
    """A guild with an admin, a text channel and a forum with tags."""

    def __init__(
        self, *, bot_permissions: int, everyone: int = DEFAULT_EVERYONE_PERMISSIONS
    ) -> None:
        self.admin = FakeUser(username="admin")
        mods = FakeRole(name="Mods", permissions=MANAGE_GUILD)
        self.text = FakeChannel(name="episodes")
        self.forum = forum_channel("episode-talk", TAGS)
        self.guild = FakeGuild(
            name="Podcasts",
            channels=[self.text, self.forum],
            members=[FakeMember(self.admin, roles=[mods.id]), FakeMember(FakeUser())],
            roles=[mods],
            bot_permissions=bot_permissions,
            everyone_permissions=everyone,
        )


@pytest.fixture
def server() -> Server:
    return Server(bot_permissions=DEFAULT_BOT_PERMISSIONS | CREATE_PUBLIC_THREADS)


@pytest.fixture
async def fake(server: Server) -> AsyncIterator[FakeDiscord]:
    async with FakeDiscord(guilds=[server.guild]) as discord_fake:
        yield discord_fake
        assert discord_fake.errors == []
        assert [f"{r.method} {r.path}" for r in discord_fake.unhandled] == []


@pytest.fixture
async def feed() -> AsyncIterator[FeedServer]:
    server = FeedServer(OLD)
    await server.start()
    try:
        yield server
    finally:
        await server.stop()


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return tmp_path / "bot.sqlite3"


async def set_route(fake: FakeDiscord, server: Server, options: dict[str, Any]) -> dict[str, Any]:
    inter = await fake.send_command(
        "announce", options, subcommand="set", guild_id=server.guild.id, user_id=server.admin.id
    )
    return await inter.response_message()


def forum_posts(fake: FakeDiscord, server: Server) -> list[Any]:
    return fake.find_requests("POST", rf"^/channels/{server.forum.id}/threads$")


def message_threads(fake: FakeDiscord, server: Server) -> list[Any]:
    return fake.find_requests("POST", rf"^/channels/{server.text.id}/messages/\d+/threads$")


def tag_id(server: Server, name: str) -> str:
    return next(t["id"] for t in server.forum.extra["available_tags"] if t["name"] == name)


async def test_a_forum_gets_one_post_per_episode_titled_with_its_topic_tags(
    fake: FakeDiscord, db: Path, feed: FeedServer, server: Server
) -> None:
    async with started(fake, db, feed) as run:
        reply = await set_route(fake, server, {"channel": server.forum.id})
        assert "will be announced" in reply["content"]
        assert "post in this forum" in reply["content"]
        feed.items = [VENEZUELA, *OLD]
        await run.run_pass()
        await run.run_pass()  # a second pass posts nothing more
    [request] = forum_posts(fake, server)
    body = request.json
    assert body["name"] == VENEZUELA.title
    assert body["applied_tags"] == [tag_id(server, "Venezuela")]
    assert body["message"]["embeds"][0]["title"].startswith("Venezuela after the vote")
    [thread] = fake.thread_channels(server.forum.id)
    assert thread.name == VENEZUELA.title
    [first] = fake.channel_messages(thread.id)
    assert first["id"] == str(thread.id) and first["embeds"]
    # Nothing went to the forum as a plain message (Discord refuses those).
    assert fake.find_requests("POST", rf"^/channels/{server.forum.id}/messages$") == []


async def test_a_restart_between_the_forum_post_and_its_record_finds_the_post(
    fake: FakeDiscord,
    db: Path,
    feed: FeedServer,
    server: Server,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    async with started(fake, db, feed) as run:
        await set_route(fake, server, {"channel": server.forum.id})
        feed.items = [VENEZUELA, *OLD]
        # The process dies after Discord made the post, before the outbox recorded it.
        crashed: list[int] = []

        async def dies(self: Announcements, delivery_id: int, *args: Any, **kw: Any) -> None:
            crashed.append(delivery_id)
            raise RuntimeError("killed between the post and its record")

        with monkeypatch.context() as patch:
            patch.setattr(Announcements, "mark_sent", dies)
            await run.run_pass()
        assert crashed and len(forum_posts(fake, server)) == 1
    async with started(fake, db, feed) as run:  # a new process on the same database
        await run.run_pass()
        [delivery] = await run.announcements.deliveries(server.guild.id)
    assert len(forum_posts(fake, server)) == 1  # found again, not posted twice
    [thread] = fake.thread_channels(server.forum.id)
    assert (delivery.status, delivery.thread_id) == (SENT, thread.id)


async def test_thread_true_opens_one_thread_named_after_the_episode(
    fake: FakeDiscord, db: Path, feed: FeedServer, server: Server
) -> None:
    async with started(fake, db, feed) as run:
        reply = await set_route(fake, server, {"channel": server.text.id, "thread": True})
        assert "its own discussion thread" in reply["content"]
        feed.items = [VENEZUELA, *OLD]
        await run.run_pass()
        await run.run_pass()
        [delivery] = await run.announcements.deliveries(server.guild.id)
        inter = await fake.send_command(
            "announce", {}, subcommand="status", guild_id=server.guild.id, user_id=server.admin.id
        )
        status = await inter.response_message()
        state = next(f["value"] for f in status["embeds"][0]["fields"] if f["name"] == "State")
        assert "discussion thread is opened" in state
    [message] = fake.channel_messages(server.text.id)
    [request] = message_threads(fake, server)
    assert request.path == f"/channels/{server.text.id}/messages/{message['id']}/threads"
    assert request.json["name"] == VENEZUELA.title
    [thread] = fake.thread_channels(server.text.id)
    assert thread.id == int(message["id"]) == delivery.thread_id


async def test_a_restart_between_the_post_and_the_thread_opens_it_once(
    fake: FakeDiscord, db: Path, feed: FeedServer, server: Server
) -> None:
    async with started(fake, db, feed) as run:
        await set_route(fake, server, {"channel": server.text.id, "thread": True})
        feed.items = [VENEZUELA, *OLD]
        # The thread request fails (an outage), then the process stops.
        fake.inject_fault("POST", rf"^/channels/{server.text.id}/messages/\d+/threads$", status=503)
        await run.run_pass()
        assert len(fake.channel_messages(server.text.id)) == 1
        assert fake.thread_channels() == []
    async with started(fake, db, feed) as run:
        await run.run_pass()
        [delivery] = await run.announcements.deliveries(server.guild.id)
    assert len(fake.channel_messages(server.text.id)) == 1  # no second post
    [thread] = fake.thread_channels(server.text.id)
    assert delivery.thread_id == thread.id


async def test_a_thread_made_but_not_recorded_is_not_made_twice(
    fake: FakeDiscord,
    db: Path,
    feed: FeedServer,
    server: Server,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    async with started(fake, db, feed) as run:
        await set_route(fake, server, {"channel": server.text.id, "thread": True})
        feed.items = [VENEZUELA, *OLD]

        async def dies(self: Announcements, delivery_id: int, thread_id: int | None) -> None:
            raise RuntimeError("killed between the thread and its record")

        with monkeypatch.context() as patch:
            patch.setattr(Announcements, "record_thread", dies)
            await run.run_pass()
        assert len(fake.thread_channels()) == 1
    async with started(fake, db, feed) as run:
        await run.run_pass()
        [delivery] = await run.announcements.deliveries(server.guild.id)
    # The retry got Discord's "already created" (160004) and recorded the thread.
    assert len(message_threads(fake, server)) == 2
    assert message_threads(fake, server)[-1].status == 400
    assert len(fake.thread_channels()) == 1
    assert len(fake.channel_messages(server.text.id)) == 1
    assert delivery.thread_id == fake.thread_channels()[0].id


async def test_missing_thread_and_post_permissions_are_named_when_set(
    db: Path, feed: FeedServer
) -> None:
    # Neither the bot's role nor @everyone may create threads or send (post in forums);
    # the text channel lets the bot send.
    server = Server(
        bot_permissions=DEFAULT_BOT_PERMISSIONS & ~SEND_MESSAGES,
        everyone=DEFAULT_EVERYONE_PERMISSIONS & ~(SEND_MESSAGES | CREATE_PUBLIC_THREADS),
    )
    async with FakeDiscord(guilds=[server.guild]) as fake:
        server.text.permission_overwrites.append(
            {
                "id": str(server.guild.bot_role_id),
                "type": 0,
                "allow": str(SEND_MESSAGES),
                "deny": "0",
            }
        )
        async with started(fake, db, feed) as run:
            reply = await set_route(fake, server, {"channel": server.text.id, "thread": True})
            assert "Create Public Threads" in reply["content"], reply["content"]
            assert "Send Messages in Threads" not in reply["content"]
            reply = await set_route(fake, server, {"channel": server.forum.id})
            assert "Create Posts" in reply["content"], reply["content"]
            # Without thread:True the text channel is fine.
            reply = await set_route(fake, server, {"channel": server.text.id})
            assert "will be announced" in reply["content"]
            assert await run.announcements.subscription(server.guild.id) is not None
        assert fake.errors == []
