"""The bot anywhere (issue 13, deliverable 5), end to end with the real client and the
loopback Discord: the synced installs and contexts, user-install interactions (in a DM, and
in a server that limits external apps), the message menu, and a mention with a question.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import discord
import pytest

from tests.discord_fake import (
    DEFAULT_EVERYONE_PERMISSIONS,
    FakeDiscord,
    FakeGuild,
    FakeMember,
    FakeUser,
)
from tests.test_bot_e2e import started, template_db  # noqa: F401 - the fixture is used

pytestmark = pytest.mark.timeout(40)

EPHEMERAL = 1 << 6
USE_EXTERNAL_APPS = discord.Permissions(use_external_apps=True).value
QUESTION = "which episode had Ruth López?"
QUESTIONS = {"ask", "episode", "guest", "topic", "latest", "search", "about"}
MENU = "Find episodes about this"
MEMBER = FakeUser(username="member")  # not the owner: the owner has every permission


@pytest.fixture
def db(template_db: Path, tmp_path: Path) -> Path:  # noqa: F811
    import shutil

    target = tmp_path / "bot.sqlite3"
    shutil.copy(template_db, target)
    return target


@pytest.fixture
async def fake() -> AsyncIterator[FakeDiscord]:
    # "Limited" keeps Use External Apps from @everyone, as a server limiting external apps does.
    limited = FakeGuild(
        name="Limited",
        members=[FakeMember(FakeUser(username="owner")), FakeMember(MEMBER)],
        everyone_permissions=DEFAULT_EVERYONE_PERMISSIONS,
    )
    open_ = FakeGuild(
        name="Open",
        members=[FakeMember(FakeUser(username="owner")), FakeMember(MEMBER)],
        everyone_permissions=DEFAULT_EVERYONE_PERMISSIONS | USE_EXTERNAL_APPS,
    )
    async with FakeDiscord(guilds=[limited, open_]) as server:
        yield server
        assert server.errors == []
        assert [f"{r.method} {r.path}" for r in server.unhandled] == []


async def test_installs_and_contexts_are_synced(fake: FakeDiscord, db: Path) -> None:
    async with started(fake, db):
        pass
    synced = {c["name"]: c for c in fake.global_commands}
    for name in QUESTIONS:
        assert synced[name]["integration_types"] == [0, 1], name
        assert synced[name]["contexts"] == [0, 1, 2], name
    assert synced["announce"]["integration_types"] == [0]
    assert synced["announce"]["contexts"] == [0]
    manage_guild = discord.Permissions(manage_guild=True).value
    assert int(synced["announce"]["default_member_permissions"]) == manage_guild
    assert synced[MENU]["type"] == 3
    assert (synced[MENU]["integration_types"], synced[MENU]["contexts"]) == ([0, 1], [0, 1, 2])


async def test_user_install_answers_in_dms_and_privately_where_apps_are_limited(
    fake: FakeDiscord, db: Path
) -> None:
    async with started(fake, db):
        dm = await fake.send_command("ask", {"question": QUESTION}, dm=True, user_install=True)
        assert dm.payload["authorizing_integration_owners"].keys() == {"1"}
        assert dm.payload["context"] == 1
        in_dm = await dm.response_message()
        limited = await fake.send_command(
            "ask",
            {"question": QUESTION},
            guild_id=fake.guilds[0].id,
            user_id=MEMBER.id,
            user_install=True,
        )
        private = await limited.response_message()
        opened = await fake.send_command(
            "ask",
            {"question": QUESTION},
            guild_id=fake.guilds[1].id,
            user_id=MEMBER.id,
            user_install=True,
        )
        public = await opened.response_message()
    assert "Ruth López" in str(in_dm["embeds"][0]) and not in_dm.get("flags", 0) & EPHEMERAL
    assert private["flags"] & EPHEMERAL and private["embeds"]
    assert not public.get("flags", 0) & EPHEMERAL and public["embeds"]
    assert in_dm["embeds"][0]["title"] == private["embeds"][0]["title"]


async def test_the_message_menu_answers_privately(fake: FakeDiscord, db: Path) -> None:
    async with started(fake, db):
        posted = await fake.add_user_message(
            "Has anyone heard Ruth López on this podcast?", dispatch=False
        )
        inter = await fake.send_message_command(MENU, posted)
        answer = await inter.response_message()
        empty = await fake.add_user_message("", dispatch=False)
        nothing = await (await fake.send_message_command(MENU, empty)).response_message()
    assert answer["flags"] & EPHEMERAL
    assert "Ruth López" in str(answer["embeds"][0])
    assert nothing["content"] == "That message has no text to look for."


async def test_a_mention_with_a_question_gets_the_card_without_a_ping(
    fake: FakeDiscord, db: Path
) -> None:
    guild = fake.guilds[0]
    robot = FakeUser(username="other-bot", bot=True)
    guild.members.append(FakeMember(robot))
    async with started(fake, db):
        mark = fake.mark()
        channel = guild.default_channel
        await fake.add_user_message(f"<@{fake.bot_user.id}> {QUESTION}", channel_id=channel.id)
        request = await fake.wait_for_request("POST", rf"^/channels/{channel.id}/messages$")
        # Another bot's mention, and a message without one, get nothing.
        await fake.add_user_message(f"<@{fake.bot_user.id}> {QUESTION}", user_id=robot.id)
        await fake.add_user_message(QUESTION, channel_id=channel.id)
        await fake.add_user_message(f"<@{fake.bot_user.id}>", channel_id=channel.id)
        await fake.wait_until(
            lambda: len(fake.find_requests("POST", r"^/channels/\d+/messages$", since=mark)) >= 2,
            10,
            "the second reply",
        )
    body = request.json
    assert "Ruth López" in str(body["embeds"][0])
    assert body["message_reference"]["message_id"]
    assert (
        body["allowed_mentions"]["parse"] == []
        and body["allowed_mentions"]["replied_user"] is False
    )
    replies = fake.find_requests("POST", r"^/channels/\d+/messages$", since=mark)
    assert len(replies) == 2  # the question, and the hint for a mention without one
    assert replies[1].json["content"].startswith("Ask me about an episode")
