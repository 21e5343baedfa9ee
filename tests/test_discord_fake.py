"""The Discord fake works with the real, unmodified discord.py client."""

from __future__ import annotations

import asyncio
import io
from collections.abc import AsyncIterator
from typing import Any

import discord
import pytest
from discord import app_commands
from discord.ext import commands

from tests.discord_fake import (
    MISSING_ACCESS,
    MISSING_PERMISSIONS,
    FakeChannel,
    FakeDiscord,
    FakeGuild,
    overwrite,
    running_bot,
)

pytestmark = pytest.mark.timeout(20)

TOKEN = "fake-token"
EPISODES = ["Episode 1: Pilot", "Episode 2: Sequel", "Bonus: Outtakes"]


class ClickView(discord.ui.View):
    """A single button that rewrites its message."""

    @discord.ui.button(label="Click me", custom_id="fake:click")
    async def click(self, interaction: discord.Interaction, button: discord.ui.Button[Any]) -> None:
        await interaction.response.edit_message(content="clicked", view=None)


class FakeTestBot(commands.AutoShardedBot):
    """A small bot exercising the interaction paths the real bot uses."""

    def __init__(self, application_id: int, shard_count: int | None = None) -> None:
        super().__init__(
            command_prefix="!",
            intents=discord.Intents.default(),
            application_id=application_id,
            guild_ready_timeout=0.1,
            shard_count=shard_count,
        )
        self.results: list[Any] = []
        self._result_stored = asyncio.Condition()
        self.errors: list[BaseException] = []
        self._register_commands()

    async def store_result(self, result: Any) -> None:
        """Keep what a command handler got back, and wake whoever waits for it."""
        async with self._result_stored:
            self.results.append(result)
            self._result_stored.notify_all()

    async def result(self, index: int) -> Any:
        """The ``index``-th stored result, once a handler has stored it: the fake sees
        the handler's request before the handler resumes and stores what it returned."""
        async with asyncio.timeout(5), self._result_stored:
            await self._result_stored.wait_for(lambda: len(self.results) > index)
        return self.results[index]

    async def before_identify_hook(self, shard_id: int | None, *, initial: bool = False) -> None:
        """No 5 s sleep between shard IDENTIFYs."""

    async def setup_hook(self) -> None:
        self.tree.on_error = self._on_tree_error
        await self.tree.sync()

    async def _on_tree_error(
        self, interaction: discord.Interaction, error: app_commands.AppCommandError
    ) -> None:
        self.errors.append(error)

    def _register_commands(self) -> None:
        @self.tree.command(name="ping", description="Replies with an embed")
        async def ping(interaction: discord.Interaction) -> None:
            embed = discord.Embed(title="Pong", description=f"locale={interaction.locale.value}")
            result = await interaction.response.send_message(embed=embed)
            await self.store_result(result)

        @self.tree.command(name="slow", description="Defers then follows up")
        async def slow(interaction: discord.Interaction) -> None:
            await interaction.response.defer(thinking=True)
            message = await interaction.followup.send("done", wait=True)
            await self.store_result(message)
            more = await interaction.followup.send("second", ephemeral=True, wait=True)
            await self.store_result(more)

        @self.tree.command(name="repeat", description="Repeats a word")
        @app_commands.describe(word="what to say", times="how often")
        async def repeat(interaction: discord.Interaction, word: str, times: int = 1) -> None:
            await interaction.response.send_message(" ".join([word] * times), ephemeral=True)

        @self.tree.command(name="lookup", description="Find an episode")
        async def lookup(interaction: discord.Interaction, query: str) -> None:
            await interaction.response.send_message(f"You picked {query}")

        @lookup.autocomplete("query")
        async def lookup_autocomplete(
            interaction: discord.Interaction, current: str
        ) -> list[app_commands.Choice[str]]:
            return [
                app_commands.Choice(name=e, value=e)
                for e in EPISODES
                if current.lower() in e.lower()
            ]

        @self.tree.command(name="edit", description="Defers then edits the original")
        async def edit(interaction: discord.Interaction) -> None:
            await interaction.response.defer(ephemeral=True, thinking=True)
            file = discord.File(io.BytesIO(b"episode notes"), filename="notes.txt")
            await interaction.edit_original_response(content="edited", attachments=[file])

        @self.tree.command(name="upload", description="Replies with a file")
        async def upload(interaction: discord.Interaction) -> None:
            file = discord.File(io.BytesIO(b"a,b\n1,2\n"), filename="data.csv")
            await interaction.response.send_message("here", file=file)

        @self.tree.command(name="buttons", description="Shows a button")
        async def buttons(interaction: discord.Interaction) -> None:
            await interaction.response.send_message("Pick one", view=ClickView())

        group = app_commands.Group(name="feed", description="Feed admin")

        @group.command(name="add", description="Add a feed")
        async def feed_add(interaction: discord.Interaction, url: str) -> None:
            await interaction.response.send_message(f"added {url}")

        self.tree.add_command(group)


@pytest.fixture
async def fake() -> AsyncIterator[FakeDiscord]:
    channels = [FakeChannel(name="general"), FakeChannel(name="news", type=5)]
    async with FakeDiscord(guilds=[FakeGuild(name="Podcasts", channels=channels)]) as server:
        yield server
        assert server.errors == []


@pytest.fixture
async def bot(fake: FakeDiscord) -> AsyncIterator[FakeTestBot]:
    client = FakeTestBot(fake.application_id)
    async with running_bot(client, fake, TOKEN):
        yield client
    assert client.is_closed()


async def test_login_identify_and_cache(fake: FakeDiscord, bot: FakeTestBot) -> None:
    assert [i["token"] for i in fake.identifies] == [TOKEN]
    assert fake.identifies[0]["shard"] == [0, 1]
    me = fake.find_requests("GET", r"^/users/@me$")[0]
    assert me.headers["Authorization"] == f"Bot {TOKEN}"
    assert me.response is not None and me.response["id"] == str(fake.application_id)

    assert bot.user is not None and bot.user.id == fake.application_id
    guild_data = fake.guilds[0]
    guild = bot.get_guild(guild_data.id)
    assert guild is not None and guild.name == "Podcasts"
    assert guild.me is not None
    channel = guild.get_channel(guild_data.default_channel.id)
    assert isinstance(channel, discord.TextChannel)
    assert channel.permissions_for(guild.me).send_messages

    synced = {c["name"] for c in fake.global_commands}
    assert synced == {"ping", "slow", "repeat", "lookup", "buttons", "feed", "edit", "upload"}
    # Default intents lack GUILD_MEMBERS: only the bot's member is sent.
    assert guild.member_count == 2 and [m.id for m in guild.members] == [bot.user.id]
    assert fake.unhandled == []


async def test_command_replies_with_embed(fake: FakeDiscord, bot: FakeTestBot) -> None:
    inter = await fake.send_command("ping", locale="de")
    body = await inter.callback()
    assert body["type"] == 4
    assert body["data"]["embeds"][0]["title"] == "Pong"
    message = await inter.response_message()
    assert message["embeds"][0]["description"] == "locale=de"

    request = await fake.wait_for_request("POST", rf"^/interactions/{inter.id}/")
    assert request.query == {"with_response": "1"}
    result = await bot.result(0)
    assert isinstance(result, discord.InteractionCallbackResponse)
    assert result.message_id == int(message["id"])
    assert isinstance(result.resource, discord.InteractionMessage)


async def test_options_use_synced_types(fake: FakeDiscord, bot: FakeTestBot) -> None:
    inter = await fake.send_command("repeat", {"word": "hi", "times": 3})
    assert inter.payload["data"]["options"] == [
        {"name": "word", "type": 3, "value": "hi"},
        {"name": "times", "type": 4, "value": 3},
    ]
    message = await inter.response_message()
    assert message["content"] == "hi hi hi"
    assert message["flags"] & 64  # ephemeral

    sub = await fake.send_command("feed", {"url": "https://x"}, subcommand="add")
    assert (await sub.response_message())["content"] == "added https://x"


async def test_defer_then_followups(fake: FakeDiscord, bot: FakeTestBot) -> None:
    inter = await fake.send_command("slow")
    assert (await inter.callback())["type"] == 5
    second = await inter.followup(0)
    assert second["content"] == "second" and second["flags"] & 64
    # The first followup replaced the "thinking" message.
    assert inter.original is not None
    assert inter.original["content"] == "done"
    assert not inter.original["flags"] & 128
    assert [m["content"] for m in inter.messages] == ["done", "second"]
    first_result = await bot.result(0)
    assert isinstance(first_result, discord.WebhookMessage)
    assert first_result.id == int(inter.original["id"])


async def test_autocomplete(fake: FakeDiscord, bot: FakeTestBot) -> None:
    inter = await fake.send_autocomplete("lookup", "query", value="episode")
    option = inter.payload["data"]["options"][0]
    assert option["focused"] is True and option["value"] == "episode"
    choices = await inter.choices()
    assert [c["name"] for c in choices] == EPISODES[:2]


async def test_button_view(fake: FakeDiscord, bot: FakeTestBot) -> None:
    inter = await fake.send_command("buttons")
    original = await inter.response_message()
    button = original["components"][0]["components"][0]
    assert button["custom_id"] == "fake:click"

    click = await fake.send_component("fake:click")
    assert click.payload["message"]["id"] == original["id"]
    body = await click.callback()
    assert body["type"] == 7
    stored = fake.get_message(int(original["id"]))
    assert stored is not None
    assert stored["content"] == "clicked" and stored["components"] == []


async def test_allowed_mentions_propagate(fake: FakeDiscord, bot: FakeTestBot) -> None:
    guild_data = fake.guilds[0]
    user_id = guild_data.default_user(fake.application_id).id
    channel = bot.get_channel(guild_data.default_channel.id)
    assert isinstance(channel, discord.TextChannel)

    text = f"hey <@{user_id}> @everyone"
    quiet = await channel.send(text, allowed_mentions=discord.AllowedMentions.none())
    request = await fake.wait_for_request("POST", rf"^/channels/{channel.id}/messages$")
    assert request.json["allowed_mentions"] == {"parse": []}
    assert quiet.mentions == [] and not quiet.mention_everyone

    loud = await channel.send(text)
    assert [u.id for u in loud.mentions] == [user_id]
    assert loud.mention_everyone


async def test_nonce_deduplicates_channel_messages(fake: FakeDiscord, bot: FakeTestBot) -> None:
    channel = bot.get_channel(fake.guilds[0].default_channel.id)
    assert isinstance(channel, discord.TextChannel)
    first = await channel.send("once", nonce=123456)
    second = await channel.send("once", nonce=123456)
    assert first.id == second.id
    assert [m["content"] for m in fake.channel_messages(channel.id)] == ["once"]
    sent = fake.find_requests("POST", rf"^/channels/{channel.id}/messages$")
    assert len(sent) == 2 and all(r.json["enforce_nonce"] for r in sent)

    other = await channel.send("other")
    assert other.id != first.id
    assert len(fake.channel_messages(channel.id)) == 2


async def test_channel_errors(fake: FakeDiscord, bot: FakeTestBot) -> None:
    guild_data = fake.guilds[0]
    extra = fake.add_channel(FakeChannel(name="episodes"))
    await fake.dispatch("CHANNEL_CREATE", extra.to_payload(guild_data.id), guild_id=guild_data.id)
    await fake.wait_until(lambda: bot.get_channel(extra.id) is not None, 2, "CHANNEL_CREATE")
    main = bot.get_channel(guild_data.default_channel.id)
    other = bot.get_channel(extra.id)
    assert isinstance(main, discord.TextChannel) and isinstance(other, discord.TextChannel)

    fake.deny_channel(main.id, MISSING_PERMISSIONS)
    with pytest.raises(discord.Forbidden) as forbidden:
        await main.send("nope")
    assert forbidden.value.code == 50013
    fake.deny_channel(main.id, MISSING_ACCESS)
    with pytest.raises(discord.Forbidden) as no_access:
        await bot.fetch_channel(main.id)
    assert no_access.value.code == 50001
    fake.allow_channel(main.id)

    # Real permission overwrites are enforced and pushed to the bot's cache.
    bot_role = guild_data.bot_role_id
    assert bot_role is not None
    denied = [overwrite(bot_role, deny=discord.Permissions(send_messages=True).value)]
    await fake.set_permission_overwrites(main.id, denied)
    await fake.wait_until(lambda: not main.permissions_for(main.guild.me).send_messages, 2)
    with pytest.raises(discord.Forbidden):
        await main.send("still nope")
    await fake.set_permission_overwrites(main.id, [])

    await fake.delete_channel(extra.id)
    await fake.wait_until(lambda: bot.get_channel(extra.id) is None, 2, "CHANNEL_DELETE")
    with pytest.raises(discord.NotFound) as missing:
        await other.send("gone")
    assert missing.value.code == 10003
    assert missing.value.response.status == 404


async def test_faults_delays_and_unknown_routes(fake: FakeDiscord, bot: FakeTestBot) -> None:
    channel = bot.get_channel(fake.guilds[0].default_channel.id)
    assert isinstance(channel, discord.TextChannel)

    fake.inject_fault("POST", r"/messages$", status=503)
    with pytest.raises(discord.DiscordServerError):
        await channel.send("boom")
    assert (await channel.send("fine")).content == "fine"

    fake.inject_fault("POST", r"/messages$", status=429)
    assert (await channel.send("after rate limit")).content == "after rate limit"

    fake.inject_fault("POST", r"/messages$", status=None, delay=0.3)
    mark = fake.mark()
    loop = bot.loop
    started = loop.time()
    await channel.send("slow")
    assert loop.time() - started >= 0.3
    assert len(fake.find_requests("POST", r"/messages$", since=mark)) == 1

    with pytest.raises(discord.NotFound):
        await bot.http.request(discord.http.Route("GET", "/no/such/route"))
    assert [r.path for r in fake.unhandled] == ["/no/such/route"]


async def test_interaction_errors(fake: FakeDiscord, bot: FakeTestBot) -> None:
    expired = await fake.send_command("ping")
    expired.expire()
    callback = await fake.wait_for_request("POST", rf"^/interactions/{expired.id}/")
    assert callback.status == 404 and callback.response["code"] == 10062
    await fake.wait_until(lambda: bot.errors, 2, "tree error")
    assert isinstance(bot.errors[0], app_commands.CommandInvokeError)
    assert isinstance(bot.errors[0].original, discord.NotFound)

    too_long = "x" * 2001
    inter = await fake.send_command("repeat", {"word": too_long})
    request = await fake.wait_for_request("POST", rf"^/interactions/{inter.id}/")
    assert request.status == 400 and request.response["code"] == 50035
    assert "content" in request.response["errors"]


async def test_user_messages_respect_message_content_intent(
    fake: FakeDiscord, bot: FakeTestBot
) -> None:
    received: list[discord.Message] = []

    async def on_message(message: discord.Message) -> None:
        received.append(message)

    bot.add_listener(on_message)
    plain = await fake.add_user_message("hello bot")
    mention = await fake.add_user_message(f"<@{fake.application_id}> hello")
    await fake.wait_until(lambda: len(received) == 2, 2, "on_message")
    assert [m.id for m in received] == [int(plain["id"]), int(mention["id"])]
    assert received[0].author.id == fake.guilds[0].default_user(fake.application_id).id
    # Default intents lack MESSAGE_CONTENT: only the mention keeps its content.
    assert received[0].content == ""
    assert received[1].content == mention["content"]


async def test_files_and_edit_original(fake: FakeDiscord, bot: FakeTestBot) -> None:
    upload = await fake.send_command("upload")
    message = await upload.response_message()
    assert message["content"] == "here"
    assert [(a["filename"], a["size"]) for a in message["attachments"]] == [("data.csv", 8)]
    callback = upload.requests[0]
    assert callback.files[0].data == b"a,b\n1,2\n"
    assert callback.json["type"] == 4  # parsed from payload_json

    edit = await fake.send_command("edit")
    assert (await edit.callback())["type"] == 5
    edited = await edit.response_message(lambda m: m["content"] == "edited")
    assert edited["flags"] & 64 and not edited["flags"] & 128
    assert [a["filename"] for a in edited["attachments"]] == ["notes.txt"]
    patch = await fake.wait_for_request("PATCH", r"/messages/@original$")
    assert patch.files[0].data == b"episode notes"

    channel = bot.get_channel(fake.guilds[0].default_channel.id)
    assert isinstance(channel, discord.TextChannel)
    sent = await channel.send(file=discord.File(io.BytesIO(b"x"), filename="x.bin"))
    assert sent.attachments[0].filename == "x.bin"


async def test_publish_history_and_dms(fake: FakeDiscord, bot: FakeTestBot) -> None:
    guild_data = fake.guilds[0]
    news = bot.get_channel(guild_data.channels[1].id)
    text = bot.get_channel(guild_data.channels[0].id)
    assert isinstance(news, discord.TextChannel) and news.is_news()
    assert isinstance(text, discord.TextChannel)

    post = await news.send("new episode")
    await post.publish()
    stored = fake.get_message(post.id)
    assert stored is not None and stored["flags"] & 1
    with pytest.raises(discord.HTTPException) as twice:
        await post.publish()
    assert twice.value.code == 40033
    with pytest.raises(discord.HTTPException) as wrong_type:
        await (await text.send("plain")).publish()
    assert wrong_type.value.code == 50024

    more = [await news.send(f"n{i}") for i in range(3)]
    history = [m.content async for m in news.history(limit=10)]
    assert history == ["n2", "n1", "n0", "new episode"]
    older = [m.content async for m in news.history(limit=10, before=more[1])]
    assert older == ["n0", "new episode"]

    user_id = guild_data.default_user(fake.application_id).id
    user = await bot.fetch_user(user_id)
    dm = await user.send("psst")
    assert [m["content"] for m in fake.channel_messages(dm.channel.id)] == ["psst"]
    fake.dm_blocked.add(user_id)
    with pytest.raises(discord.Forbidden) as blocked:
        await user.send("again")
    assert blocked.value.code == 50007


async def test_resume_after_reconnect(fake: FakeDiscord, bot: FakeTestBot) -> None:
    await fake.reconnect_shards()
    await fake.wait_until(lambda: any(f.get("op") == 6 for f in fake.gateway_received), 5, "RESUME")
    await fake.wait_for_shards()
    inter = await fake.send_command("ping")
    assert (await inter.callback())["type"] == 4
    assert len(fake.identifies) == 1


async def test_multiple_shards() -> None:
    # Guild ids chosen so that (id >> 22) % 2 puts them on different shards.
    guilds = [
        FakeGuild(id=(1000 << 22) | 1, name="even"),
        FakeGuild(id=(1001 << 22) | 1, name="odd"),
    ]
    async with FakeDiscord(guilds=guilds, shard_count=2) as server:
        client = FakeTestBot(server.application_id)
        async with running_bot(client, server, TOKEN):
            assert sorted(tuple(i["shard"]) for i in server.identifies) == [(0, 2), (1, 2)]
            assert client.shard_count == 2
            for guild in guilds:
                cached = client.get_guild(guild.id)
                assert cached is not None
                assert cached.shard_id == server.shard_for_guild(guild.id)
                inter = await server.send_command("ping", guild_id=guild.id)
                assert (await inter.callback())["type"] == 4
        assert client.is_closed()


async def test_wrong_token_fails_login_and_restores_endpoints() -> None:
    base = discord.http.Route.BASE
    gateway = discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY
    async with FakeDiscord(token="the-real-one") as server:
        client = FakeTestBot(server.application_id)
        with pytest.raises(discord.LoginFailure):
            async with running_bot(client, server, "not-it"):
                pass
        assert server.identifies == []
    assert base == discord.http.Route.BASE
    assert gateway == discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY
