"""Follows (issue 13, deliverable 3), end to end: the real bot against the loopback Discord
and two local feeds. /follow in a server, in a DM and as a user install; one DM per member
and new episode however many follows match, never for old episodes, never twice across
restarts; closed DMs (50007) pause the member's follows; DMs go out at a bounded rate; the
card's "Notify me" button; /unfollow, /following, /follow clear.
"""

from __future__ import annotations

import contextlib
from collections.abc import AsyncIterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from bot.announce import FAILED, PENDING, SENT, SUPPRESSED
from bot.config import Settings
from bot.discord.client import PodcastBot
from bot.follows import TokenBucket, follow_nonce
from tests.discord_fake import (
    DEFAULT_BOT_PERMISSIONS,
    FakeChannel,
    FakeDiscord,
    FakeGuild,
    FakeMember,
    FakeUser,
    running_bot,
)
from tests.test_announce_e2e import TOKEN, Clock
from tests.test_announce_routes_e2e import OLD_A, OLD_B, RUTH, Show, ShowFeed

pytestmark = pytest.mark.timeout(60)


class Server:
    def __init__(self) -> None:
        self.alice = FakeUser(username="alice")
        self.bob = FakeUser(username="bob")
        self.carol = FakeUser(username="carol")
        self.more = [FakeUser(username=f"member{i}") for i in range(4)]
        self.general = FakeChannel(name="general")
        self.guild = FakeGuild(
            name="Podcasts",
            channels=[self.general],
            members=[FakeMember(u) for u in (self.alice, self.bob, self.carol, *self.more)],
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
    a, b = ShowFeed("Test Cast", list(OLD_A)), ShowFeed("Other Cast", list(OLD_B))
    await a.start()
    await b.start()
    try:
        yield a, b
    finally:
        await a.stop()
        await b.stop()


@dataclass
class Run:
    bot: PodcastBot
    announce: Any
    follow: Any
    clock: Clock

    async def pass_(self) -> None:
        """A poll (announcements' loop), then a follow pass at the same time."""
        await self.announce.run_once(self.clock.tick())
        await self.follow.run_once(self.clock.now)


@contextlib.asynccontextmanager
async def started(
    fake: FakeDiscord, db: Path, feeds: tuple[ShowFeed, ShowFeed], clock: Clock
) -> AsyncIterator[Run]:
    settings = Settings(
        discord_token=TOKEN, database_path=str(db), feed_urls=tuple(f.url for f in feeds)
    )
    bot = PodcastBot(settings, db, application_id=fake.application_id, guild_ready_timeout=0.1)
    bot.defer_after = 10.0
    async with running_bot(bot, fake, TOKEN):
        announce, follow = bot.get_cog("Announce"), bot.get_cog("Follow")
        assert announce is not None and follow is not None
        await fake.wait_until(lambda: announce.cycles >= 1, 10, "the first poll")
        await fake.wait_until(lambda: follow.cycles >= 1, 10, "the first follow pass")
        yield Run(bot, announce, follow, clock)


async def command(
    fake: FakeDiscord,
    user: FakeUser,
    name: str,
    options: dict[str, Any] | None = None,
    *,
    sub: str | None = None,
    dm: bool = False,
    user_install: bool = False,
    guild: FakeGuild | None = None,
) -> str:
    inter = await fake.send_command(
        name,
        options or {},
        subcommand=sub,
        user_id=user.id,
        dm=dm,
        user_install=user_install,
        guild_id=None if dm else (guild.id if guild else None),
    )
    message = await inter.response_message()
    assert message["flags"] & 64, "follow replies are private"
    return str(message["content"])


async def complete(
    fake: FakeDiscord, user: FakeUser, name: str, option: str, typed: str, sub: str | None
) -> list[dict[str, Any]]:
    inter = await fake.send_autocomplete(
        name, option, {}, value=typed, subcommand=sub, user_id=user.id, dm=True
    )
    return await inter.choices()


def dms(fake: FakeDiscord, user: FakeUser) -> list[dict[str, Any]]:
    """The bot's messages in its DM channel with ``user``."""
    found = []
    for channel_id, recipient in fake._dm_recipients.items():
        if recipient == user.id:
            found += [
                m for m in fake.channel_messages(channel_id) if m["author"]["id"] != str(user.id)
            ]
    return found


def dm_posts(fake: FakeDiscord, user: FakeUser) -> int:
    ids = [cid for cid, uid in fake._dm_recipients.items() if uid == user.id]
    return sum(len(fake.find_requests("POST", rf"^/channels/{cid}/messages$")) for cid in ids)


def dm_titles(fake: FakeDiscord, user: FakeUser) -> list[str]:
    return sorted(m["embeds"][0]["title"] for m in dms(fake, user))


async def test_one_dm_per_member_and_new_episode_never_old_never_twice_across_restarts(
    fake: FakeDiscord, tmp_path: Path, feeds: tuple[ShowFeed, ShowFeed], server: Server
) -> None:
    a, b = feeds
    db = tmp_path / "bot.sqlite3"
    clock = Clock()
    async with started(fake, db, feeds, clock) as run:
        # Alice follows a guest in the server and a topic in her DM, as a user install.
        [ruth] = await complete(fake, server.alice, "follow", "name", "ruth", "guest")
        assert ruth["name"].startswith(RUTH)
        reply = await command(fake, server.alice, "follow", {"name": ruth["value"]}, sub="guest")
        assert reply == f"Following guest {RUTH}: I'll DM you when a new episode has it."
        reply = await command(
            fake,
            server.alice,
            "follow",
            {"name": "Venezuela"},
            sub="topic",
            dm=True,
            user_install=True,
        )
        assert reply.startswith("Following topic Venezuela")
        again = await command(fake, server.alice, "follow", {"name": "Venezuela"}, sub="topic")
        assert again == "You already follow topic Venezuela."
        unknown = await command(fake, server.alice, "follow", {"name": "Atlantis"}, sub="topic")
        assert unknown == "Nothing to follow by “Atlantis”: pick one from the list."
        podcasts = await complete(fake, server.bob, "follow", "name", "", "podcast")
        other = next(c for c in podcasts if c["name"] == "Other Cast")
        await command(fake, server.bob, "follow", {"name": other["value"]}, sub="podcast")
        following = await command(fake, server.alice, "following", dm=True)
        assert following.splitlines() == [
            "You follow (2/25):",
            f"• guest {RUTH}",
            "• topic Venezuela",
        ]

        # New: a-3 matches both of Alice's follows (one DM), b-2 her topic and Bob's podcast.
        # a-old is new to the feed but published 30 days ago: never sent.
        a.shows = [
            Show("a-3", "Venezuela after the vote", 1, [RUTH]),
            Show("a-old", "Venezuela long ago", 24 * 30, [RUTH]),
            *OLD_A,
        ]
        b.shows = [Show("b-2", "Venezuela in song", 0.7), *OLD_B]
        # The poll and the planning happen; the bot "crashes" before any DM is sent.
        await run.announce.run_once(clock.tick())
        plan = await run.follow.follows.plan(clock.now)
        assert len(plan.queued) == 3
        assert [r[2] for r in plan.suppressed] == ["published more than 7 days ago"]
        assert dm_posts(fake, server.alice) == 0

    async with started(fake, db, feeds, clock) as run:
        await run.pass_()
        await run.pass_()
        rows = await run.follow.follows.deliveries()

    assert dm_titles(fake, server.alice) == ["Venezuela after the vote", "Venezuela in song"]
    assert dm_titles(fake, server.bob) == ["Venezuela in song"]
    assert dm_posts(fake, server.alice) == 2 and dm_posts(fake, server.bob) == 1
    first = dms(fake, server.alice)[0]
    assert first["content"].startswith("A new episode for what you follow.")
    assert {(r.user_id, r.status) for r in rows} == {
        (server.alice.id, SENT),
        (server.bob.id, SENT),
        (server.alice.id, SUPPRESSED),
    }
    for r in rows:
        assert r.nonce == follow_nonce(r.user_id, r.episode_id)

    # A third start sends nothing again.
    async with started(fake, db, feeds, clock) as run:
        await run.pass_()
    assert dm_posts(fake, server.alice) == 2 and dm_posts(fake, server.bob) == 1


async def test_closed_dms_pause_the_member_until_resume(
    fake: FakeDiscord, tmp_path: Path, feeds: tuple[ShowFeed, ShowFeed], server: Server
) -> None:
    a, _ = feeds
    fake.dm_blocked.add(server.carol.id)
    async with started(fake, tmp_path / "bot.sqlite3", feeds, Clock()) as run:
        await command(fake, server.carol, "follow", {"name": "Venezuela"}, sub="topic")
        a.shows = [Show("a-3", "Venezuela after the vote", 1), *OLD_A]
        await run.pass_()
        assert dm_posts(fake, server.carol) == 1  # refused with 50007
        [row] = await run.follow.follows.deliveries(server.carol.id)
        assert row.status == FAILED
        following = await command(fake, server.carol, "following")
        assert following.startswith("⚠️ Paused: Discord refused my DM to you")
        assert "• topic Venezuela" in following

        # Not retried, and a new episode is not even queued while paused.
        a.shows = [Show("a-4", "Venezuela, a year on", 0.5), *a.shows]
        await run.pass_()
        await run.pass_()
        assert dm_posts(fake, server.carol) == 1
        assert len(await run.follow.follows.deliveries(server.carol.id)) == 1

        fake.dm_blocked.discard(server.carol.id)
        assert (await command(fake, server.carol, "follow", {}, sub="resume")).startswith(
            "Your follows are active again"
        )
        assert await command(fake, server.carol, "follow", {}, sub="resume") == (
            "Your follows are not paused."
        )
        a.shows = [Show("a-5", "Venezuela votes again", 0.2), *a.shows]
        await run.pass_()
        await run.pass_()
    # Like a resumed announcement route: what came while paused, if recent, comes too; the
    # episode refused with 50007 is not retried.
    assert dm_titles(fake, server.carol) == ["Venezuela votes again", "Venezuela, a year on"]
    assert dm_posts(fake, server.carol) == 3


async def test_dms_go_out_at_a_bounded_rate_oldest_first(
    fake: FakeDiscord, tmp_path: Path, feeds: tuple[ShowFeed, ShowFeed], server: Server
) -> None:
    a, _ = feeds
    members = [server.alice, server.bob, *server.more]  # six members
    async with started(fake, tmp_path / "bot.sqlite3", feeds, Clock()) as run:
        for member in members:
            await command(fake, member, "follow", {"name": "Venezuela"}, sub="topic")
        seconds = [0.0]
        run.follow.bucket = TokenBucket(burst=2, per_second=0.5, clock=lambda: seconds[0])
        a.shows = [Show("a-3", "Venezuela after the vote", 1), *OLD_A]
        await run.pass_()
        sent = [sum(dm_posts(fake, m) for m in members)]
        await run.follow.run_once(run.clock.now)  # no time passed: nothing more
        sent.append(sum(dm_posts(fake, m) for m in members))
        seconds[0] = 2.0  # one token back
        await run.follow.run_once(run.clock.now)
        sent.append(sum(dm_posts(fake, m) for m in members))
        seconds[0] = 100.0  # long after: the bucket is full, but holds two at most
        await run.follow.run_once(run.clock.now)
        sent.append(sum(dm_posts(fake, m) for m in members))
        seconds[0] = 102.0
        await run.follow.run_once(run.clock.now)
        sent.append(sum(dm_posts(fake, m) for m in members))
        rows = await run.follow.follows.deliveries()
    assert sent == [2, 2, 3, 5, 6]
    assert {r.status for r in rows} == {SENT} and len(rows) == 6
    # Queued oldest first: the DMs went out in the order the rows were written.
    order = sorted(rows, key=lambda r: r.message_id or 0)
    assert [r.id for r in order] == sorted(r.id for r in rows)
    assert all(len(dms(fake, m)) == 1 for m in members)


async def test_card_button_unfollow_and_clear(
    fake: FakeDiscord, tmp_path: Path, feeds: tuple[ShowFeed, ShowFeed], server: Server
) -> None:
    a, _ = feeds
    async with started(fake, tmp_path / "bot.sqlite3", feeds, Clock()) as run:
        inter = await fake.send_command(
            "episode", {"title": "Venezuela before the vote"}, user_id=server.alice.id
        )
        card = await inter.response_message()
        buttons = [c for row in card["components"] for c in row["components"]]
        [notify] = [c for c in buttons if c.get("custom_id", "").startswith("fw:ep:")]
        assert notify["label"] == "Notify me about this guest/topic"

        click = await fake.send_component(
            notify["custom_id"], message=card, user_id=server.alice.id
        )
        menu = await click.response_message()
        assert menu["flags"] & 64
        [select] = [c for row in menu["components"] for c in row["components"]]
        labels = {o["label"]: o["value"] for o in select["options"]}
        assert labels[f"guest {RUTH}"].startswith("g:")
        assert "topic Venezuela" in labels
        picked = await fake.send_component(
            select["custom_id"],
            message=menu,
            component_type=3,
            values=[labels[f"guest {RUTH}"], labels["topic Venezuela"]],
            user_id=server.alice.id,
        )
        done = (await picked.response_message())["content"]
        assert f"Following guest {RUTH}" in done and "Following topic Venezuela" in done

        choices = await complete(fake, server.alice, "unfollow", "follow", "ven", None)
        assert [c["name"] for c in choices] == ["topic Venezuela"]
        reply = await command(fake, server.alice, "unfollow", {"follow": choices[0]["value"]})
        assert reply == "You no longer follow topic Venezuela."
        reply = await command(fake, server.alice, "unfollow", {"follow": choices[0]["value"]})
        assert reply == "You don't follow that: see `/following`."

        a.shows = [Show("a-3", "Venezuela after the vote", 1, [RUTH]), *OLD_A]
        await run.pass_()
        assert dm_titles(fake, server.alice) == ["Venezuela after the vote"]

        reply = await command(fake, server.alice, "follow", {}, sub="clear", dm=True)
        assert reply == "Deleted your 1 follow(s): I keep nothing about you now."
        assert await command(fake, server.alice, "following") == (
            "You follow nothing yet: try `/follow guest`, `/follow topic` or `/follow podcast`."
        )
        # Nothing about the member is left in any table.
        conn = run.bot.store.conn
        for table in ("follows", "follow_pauses", "follow_deliveries"):
            async with conn.execute(
                f"SELECT count(*) FROM {table} WHERE user_id = ?", (server.alice.id,)
            ) as cur:
                assert (await cur.fetchone())[0] == 0, table
    assert PENDING  # the status names are the announcements' (re-exported)


async def test_follow_is_a_user_install_command_usable_in_dms(
    fake: FakeDiscord, tmp_path: Path, feeds: tuple[ShowFeed, ShowFeed]
) -> None:
    async with started(fake, tmp_path / "bot.sqlite3", feeds, Clock()):
        synced = {c["name"]: c for c in fake.global_commands}
    for name in ("follow", "unfollow", "following"):
        assert sorted(synced[name]["integration_types"]) == [0, 1], name
        assert sorted(synced[name]["contexts"]) == [0, 1, 2], name
    subs = {o["name"] for o in synced["follow"]["options"]}
    assert subs == {"guest", "topic", "podcast", "clear", "resume"}
    assert sorted(synced["announce"]["integration_types"]) == [0]
