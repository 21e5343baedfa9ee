"""/follow, /unfollow, /following, the card's "Notify me" button, and the DM loop.

``/follow`` is a group: ``/follow guest name:``, ``/follow topic name:``, ``/follow podcast
name:``, ``/follow clear``, ``/follow resume``. Discord does not let a command have both
options and subcommands, and ``/follow clear`` must exist, so each kind is a subcommand with
one required, autocompleted option (no "pick at least one of three optional options" error
to explain). The three commands work in servers, in the bot's DMs and as a user install.

Decisions (what is new, once per member and episode, the rate) live in
:mod:`bot.follows`; this cog plans and sends on its own :mod:`discord.ext.tasks` loop.
DMs and user-install interactions arrive on shard 0 (Discord's rule), so only the process
that runs shard 0 sends follow DMs: follows belong to shard 0's database.
"""

from __future__ import annotations

import asyncio
import logging
from datetime import datetime
from typing import TYPE_CHECKING, Any

import aiohttp
import discord
from discord import app_commands
from discord.ext import commands, tasks

from bot.discord.announce.render import ERROR_TEXT_CHARS, announcement_message
from bot.discord.errors import UserError
from bot.discord.follow.components import DYNAMIC_ITEMS, MENU_OPTIONS, FollowPick
from bot.discord.i18n import describe, lang_for, t
from bot.discord.installs import ANYWHERE_CONTEXTS, ANYWHERE_INSTALLS
from bot.discord.interactions import respond
from bot.discord.pickers import (
    CHOICES,
    guest_choices,
    guest_named,
    podcast_choices,
    podcast_named,
    topic_choices,
    topic_named,
)
from bot.discord.render import Reply, choice
from bot.follows import FOLLOW_LIMIT, Follow, FollowDelivery, Follows, TokenBucket
from bot.store import utcnow
from bot.text import fold, person_key, short_error

if TYPE_CHECKING:
    from bot.discord.client import PodcastBot

log = logging.getLogger(__name__)

CANNOT_DM_USER = 50007  # Discord: the member's DMs are closed to the bot
UNKNOWN_USER = 10013
DM_LOOP_SECONDS = 60.0  # DMs are planned and sent (within the rate) once a minute
_KIND_PREFIX = {"guest": "g", "topic": "t", "podcast": "p"}
_PREFIX_KIND = {v: k for k, v in _KIND_PREFIX.items()}


class FollowCog(commands.Cog, name="Follow"):
    """Members' follows: the commands, the card button, the DM outbox's loop."""

    follow = app_commands.Group(
        name="follow",
        description=describe("cmd.follow"),
        allowed_installs=ANYWHERE_INSTALLS,
        allowed_contexts=ANYWHERE_CONTEXTS,
    )

    def __init__(self, bot: PodcastBot) -> None:
        self.bot = bot
        self.follows = Follows(bot.store, max_age_days=bot.settings.announce_max_age_days)
        self.bucket = TokenBucket()  # replaced in tests (its clock is injectable)
        self.cycles = 0
        self._lock = asyncio.Lock()

    async def cog_load(self) -> None:
        if self.serves_dms:
            self.dm_loop.start()

    async def cog_unload(self) -> None:
        # Cancelling mid-send is safe: a DM not marked sent is resent with its nonce.
        self.dm_loop.cancel()

    @property
    def serves_dms(self) -> bool:
        """Whether this process runs shard 0, where Discord sends DMs' events."""
        ids = self.bot.shard_ids
        return ids is None or 0 in ids

    # --- the loop ---------------------------------------------------------------------

    @tasks.loop(seconds=DM_LOOP_SECONDS)
    async def dm_loop(self) -> None:
        try:
            await self.run_once()
        except Exception:  # an escaped exception would end the loop for good
            log.exception("follow pass failed; the next one runs as usual")

    @dm_loop.before_loop
    async def _before_loop(self) -> None:
        await self.bot.wait_until_ready()

    async def run_once(self, now: datetime | None = None) -> int:
        """Queue the DMs new episodes owe, then send as many as the rate allows."""
        async with self._lock:
            await self.follows.plan(now)
            sent = await self.send_pending(now)
            self.cycles += 1
            return sent

    async def send_pending(self, now: datetime | None = None) -> int:
        sent = 0
        for delivery in await self.follows.pending(now):
            if not self.bucket.take():
                break  # the rest waits, in order, for a later pass
            try:
                if await self.send(delivery):
                    sent += 1
            except Exception:
                log.exception("follow DM %s failed", delivery.id)
        return sent

    async def send(self, delivery: FollowDelivery) -> bool:
        """DM one member the episode's card; ``True`` when it went out."""
        found = await self.bot.store.episodes_by_ids([delivery.episode_id])
        if not found:
            await self.follows.suppress(delivery.id, "the episode is no longer stored")
            return False
        message_args = announcement_message(found[0], delivery.lang, None)
        message_args["content"] = t("follow.dm.intro", delivery.lang)
        try:
            channel = await self.bot.create_dm(discord.Object(id=delivery.user_id))
            # The nonce makes Discord return the first message if this is a resend.
            message = await channel.send(nonce=delivery.nonce, **message_args)
        except discord.HTTPException as exc:
            if exc.code == CANNOT_DM_USER:
                await self.follows.give_up(delivery.id, "the member's DMs are closed")
                await self.follows.dms_closed(delivery.user_id)
            elif exc.code == UNKNOWN_USER:
                await self.follows.give_up(delivery.id, "unknown user")
            else:
                error = short_error(
                    f"HTTP {exc.status} (code {exc.code}): {exc.text}", ERROR_TEXT_CHARS
                )
                await self.follows.record_failure(delivery.id, error)
            return False
        except (aiohttp.ClientError, TimeoutError, OSError) as exc:
            error = short_error(f"{type(exc).__name__}: {exc}", ERROR_TEXT_CHARS)
            await self.follows.record_failure(delivery.id, error)
            return False
        await self.follows.mark_sent(delivery.id, channel.id, message.id)
        log.info("follow DM of episode %s sent to user %s", delivery.episode_id, delivery.user_id)
        return True

    # --- names ------------------------------------------------------------------------

    async def describe_follow(self, follow: Follow, lang: str) -> str:
        if follow.kind == "guest":
            person = self.bot.answerer.person(follow.value)
            value = person.name if person is not None else follow.value
        elif follow.kind == "podcast":
            feeds = {str(f.id): f.title or f"#{f.id}" for f in await self.bot.store.feeds()}
            value = feeds.get(follow.value, f"#{follow.value}")
        else:
            value = follow.value
        return t(f"follow.kind.{follow.kind}", lang, value=value)

    # --- commands -----------------------------------------------------------------------

    async def _respond(self, interaction: discord.Interaction[Any], work: Any) -> None:
        await respond(interaction, work, defer_after=self.bot.defer_after, private=True)

    async def _follow(self, interaction: discord.Interaction[Any], kind: str, value: str) -> Reply:
        lang = lang_for(interaction.locale)
        added = await self.follows.follow(interaction.user.id, kind, value, lang=lang)
        if added is None:
            raise UserError("follow.limit", limit=FOLLOW_LIMIT)
        followed = Follow(interaction.user.id, kind, value, utcnow(), 0)
        what = await self.describe_follow(followed, lang)
        if added:
            log.info("user %s follows %s %r", interaction.user.id, kind, value)
        key = "follow.done" if added else "follow.already"
        return Reply(content=t(key, lang, what=what), ephemeral=True)

    @follow.command(name="guest", description=describe("cmd.follow.guest"))
    @app_commands.describe(name=describe("opt.follow.guest.name"))
    async def follow_guest(
        self, interaction: discord.Interaction[Any], name: app_commands.Range[str, 1, 100]
    ) -> None:
        async def work() -> Reply:
            return await self._follow(
                interaction, "guest", guest_named(self.bot, name, "follow.unknown")
            )

        await self._respond(interaction, work())

    @follow.command(name="topic", description=describe("cmd.follow.topic"))
    @app_commands.describe(name=describe("opt.follow.topic.name"))
    async def follow_topic(
        self, interaction: discord.Interaction[Any], name: app_commands.Range[str, 1, 100]
    ) -> None:
        async def work() -> Reply:
            return await self._follow(
                interaction, "topic", topic_named(self.bot, name, "follow.unknown")
            )

        await self._respond(interaction, work())

    @follow.command(name="podcast", description=describe("cmd.follow.podcast"))
    @app_commands.describe(name=describe("opt.follow.podcast.name"))
    async def follow_podcast(
        self, interaction: discord.Interaction[Any], name: app_commands.Range[str, 1, 100]
    ) -> None:
        async def work() -> Reply:
            return await self._follow(
                interaction, "podcast", str(await podcast_named(self.bot, name, "follow.unknown"))
            )

        await self._respond(interaction, work())

    @follow.command(name="clear", description=describe("cmd.follow.clear"))
    async def follow_clear(self, interaction: discord.Interaction[Any]) -> None:
        async def work() -> Reply:
            count = await self.follows.clear(interaction.user.id)
            log.info("user %s cleared their follows", interaction.user.id)
            lang = lang_for(interaction.locale)
            return Reply(content=t("follow.cleared", lang, count=count), ephemeral=True)

        await self._respond(interaction, work())

    @follow.command(name="resume", description=describe("cmd.follow.resume"))
    async def follow_resume(self, interaction: discord.Interaction[Any]) -> None:
        async def work() -> Reply:
            resumed = await self.follows.resume(interaction.user.id)
            key = "follow.resumed" if resumed else "follow.not_paused"
            return Reply(content=t(key, lang_for(interaction.locale)), ephemeral=True)

        await self._respond(interaction, work())

    @app_commands.command(name="unfollow", description=describe("cmd.unfollow"))
    @app_commands.describe(follow=describe("opt.unfollow.follow"))
    @app_commands.allowed_installs(guilds=True, users=True)
    @app_commands.allowed_contexts(guilds=True, dms=True, private_channels=True)
    async def unfollow(
        self, interaction: discord.Interaction[Any], follow: app_commands.Range[str, 1, 100]
    ) -> None:
        async def work() -> Reply:
            lang = lang_for(interaction.locale)
            prefix, _, value = follow.partition(":")
            mine = await self.follows.following(interaction.user.id)
            kind = _PREFIX_KIND.get(prefix)
            found = next((f for f in mine if f.kind == kind and f.value == value), None)
            if found is None:  # a typed name: match what the member follows by its name
                typed = fold(follow).strip()
                for f in mine:
                    if fold(await self.describe_follow(f, lang)).endswith(typed):
                        found = f
                        break
            if found is None or not await self.follows.unfollow(
                interaction.user.id, found.kind, found.value
            ):
                raise UserError("follow.not_following")
            what = await self.describe_follow(found, lang)
            return Reply(content=t("follow.unfollowed", lang, what=what), ephemeral=True)

        await self._respond(interaction, work())

    @app_commands.command(name="following", description=describe("cmd.following"))
    @app_commands.allowed_installs(guilds=True, users=True)
    @app_commands.allowed_contexts(guilds=True, dms=True, private_channels=True)
    async def following(self, interaction: discord.Interaction[Any]) -> None:
        async def work() -> Reply:
            lang = lang_for(interaction.locale)
            mine = await self.follows.following(interaction.user.id)
            pause = await self.follows.pause(interaction.user.id)
            lines = []
            if pause is not None:
                lines.append(t("follow.paused", lang))
            if not mine:
                lines.append(t("follow.none", lang))
            else:
                lines.append(t("follow.list", lang, count=len(mine), limit=FOLLOW_LIMIT))
                lines += [f"• {await self.describe_follow(f, lang)}" for f in mine]
            return Reply(content="\n".join(lines), ephemeral=True)

        await self._respond(interaction, work())

    # --- autocomplete -------------------------------------------------------------------

    @follow_guest.autocomplete("name")
    async def _complete_guest(
        self, interaction: discord.Interaction[Any], current: str
    ) -> list[app_commands.Choice[str]]:
        return guest_choices(self.bot, current)

    @follow_topic.autocomplete("name")
    async def _complete_topic(
        self, interaction: discord.Interaction[Any], current: str
    ) -> list[app_commands.Choice[str]]:
        return topic_choices(self.bot, current)

    @follow_podcast.autocomplete("name")
    async def _complete_podcast(
        self, interaction: discord.Interaction[Any], current: str
    ) -> list[app_commands.Choice[str]]:
        return await podcast_choices(self.bot, current)

    @unfollow.autocomplete("follow")
    async def _complete_follow(
        self, interaction: discord.Interaction[Any], current: str
    ) -> list[app_commands.Choice[str]]:
        try:
            lang = lang_for(interaction.locale)
            typed = fold(current).strip()
            found = []
            for f in await self.follows.following(interaction.user.id):
                name = await self.describe_follow(f, lang)
                if typed in fold(name):
                    found.append(choice(name, f"{_KIND_PREFIX[f.kind]}:{f.value}"))
            return found[:CHOICES]
        except Exception:
            log.exception("follow autocomplete failed")
            return []

    # --- the card's button --------------------------------------------------------------

    async def offer(self, interaction: discord.Interaction[Any], episode_id: int) -> None:
        """The "Notify me" button: a private menu of the episode's guests and topics."""
        lang = lang_for(interaction.locale)

        async def work() -> Reply:
            found = await self.bot.store.episodes_by_ids([episode_id])
            if not found:
                return Reply(content=t("expired", lang), ephemeral=True)
            ep = found[0]
            options = []
            for person in ep.people:
                key = person_key(person.name)
                if person.role == "guest" and key and len(key) <= 98:
                    label = t("follow.kind.guest", lang, value=person.name)[:100]
                    options.append(discord.SelectOption(label=label, value=f"g:{key}"))
            for topic in ep.topics:
                if len(topic) <= 98:
                    label = t("follow.kind.topic", lang, value=topic)[:100]
                    options.append(discord.SelectOption(label=label, value=f"t:{topic}"))
            options = list({o.value: o for o in options}.values())[:MENU_OPTIONS]
            if not options:
                return Reply(content=t("follow.nothing_to_follow", lang), ephemeral=True)
            view = discord.ui.View(timeout=None)
            view.add_item(FollowPick(ep.id, options, lang))
            return Reply(content=t("follow.pick.prompt", lang), view=view, ephemeral=True)

        await self._respond(interaction, work())

    async def follow_picked(self, interaction: discord.Interaction[Any], values: list[str]) -> None:
        """The menu's choice: follow each picked guest and topic."""

        async def work() -> Reply:
            lang = lang_for(interaction.locale)
            lines = []
            for value in values:
                prefix, _, rest = value.partition(":")
                kind = _PREFIX_KIND.get(prefix)
                if kind not in ("guest", "topic") or not rest:
                    continue
                lines.append((await self._follow(interaction, kind, rest)).content or "")
            return Reply(content="\n".join(lines) or t("expired", lang), ephemeral=True)

        await self._respond(interaction, work())


async def setup(bot: PodcastBot) -> None:
    """Extension entry point: the cog and its persistent components."""
    await bot.add_cog(FollowCog(bot))
    bot.add_dynamic_items(*DYNAMIC_ITEMS)


async def teardown(bot: PodcastBot) -> None:
    bot.remove_dynamic_items(*DYNAMIC_ITEMS)
