"""The /announce commands and the background task that announces new episodes.

Decisions (what is new, what was announced, when a feed is due) live in
:mod:`bot.announce`; this cog polls on a :mod:`discord.ext.tasks` loop, sends what the
outbox holds and answers the commands. Each loop pass is guarded: a ``tasks.loop`` stops
for good on an unexpected exception, so every stage logs its failure and the next pass
runs as usual.
"""

from __future__ import annotations

import asyncio
import dataclasses
import logging
from collections.abc import Awaitable
from datetime import datetime
from typing import TYPE_CHECKING, Any, TypeVar

import aiohttp
import discord
from discord import app_commands
from discord.ext import commands, tasks

from bot.alerts import Alerts
from bot.announce import (
    CHANNEL_DELETED,
    MISSING_PERMISSIONS,
    NO_ACCESS,
    Announcements,
    Delivery,
    Poller,
    matching_tags,
    missing_reason,
    thread_name,
)
from bot.discord.announce.alerts import AlertCommands
from bot.discord.announce.render import (
    ERROR_TEXT_CHARS,
    MISSING_ACCESS,
    announcement_message,
    permission_names,
    reason_text,
    send_error_text,
    status_embed,
)
from bot.discord.announce.routes import RouteCommands, routes_text
from bot.discord.errors import UserError
from bot.discord.i18n import describe, lang_for, t
from bot.discord.interactions import respond
from bot.discord.render import Reply, fit_embed
from bot.moments.fetch import MomentFetcher
from bot.text import short_error

if TYPE_CHECKING:
    from bot.discord.client import PodcastBot
    from bot.store import Episode

log = logging.getLogger(__name__)

T = TypeVar("T")

# What the bot needs in the announcement channel (discord.Permissions attribute names).
NEEDED_PERMISSIONS = ("view_channel", "send_messages", "embed_links")
# ...and to open a thread on each announcement, or to make forum posts. In a forum, Send
# Messages is what Discord shows as "Create Posts"; the name shown is CREATE_POSTS.
THREAD_PERMISSIONS = ("create_public_threads", "send_messages_in_threads")
FORUM_PERMISSIONS = ("view_channel", "send_messages", "embed_links", "send_messages_in_threads")
CREATE_POSTS = "create_posts"
UNKNOWN_CHANNEL = 10003
UNKNOWN_MESSAGE = 10008
ALREADY_CROSSPOSTED = 40033
THREAD_ALREADY_CREATED = 160004

AnnounceChannel = discord.TextChannel | discord.ForumChannel


# --- checks -------------------------------------------------------------------------------


def missing_permissions(
    channel: discord.abc.GuildChannel, member: discord.Member, *, thread: bool = False
) -> list[str]:
    """The permissions the bot (``member``) lacks to announce in ``channel``: the
    :data:`NEEDED_PERMISSIONS`, those of threads when it opens one on each announcement,
    and those of posts in a forum (Send Messages named Create Posts there)."""
    granted = channel.permissions_for(member)
    if isinstance(channel, discord.ForumChannel):
        missing = [name for name in FORUM_PERMISSIONS if not getattr(granted, name)]
        return [CREATE_POSTS if name == "send_messages" else name for name in missing]
    needed = NEEDED_PERMISSIONS + (THREAD_PERMISSIONS if thread else ())
    return [name for name in needed if not getattr(granted, name)]


def check_target(
    channel: AnnounceChannel,
    guild: discord.Guild,
    role: discord.Role | None,
    lang: str,
    *,
    thread: bool,
) -> bool:
    """Refuse a channel the bot cannot announce in, or @everyone as the role to ping;
    return whether each announcement opens a thread (a forum post is one already)."""
    thread = thread and not isinstance(channel, discord.ForumChannel)
    missing = missing_permissions(channel, guild.me, thread=thread)
    if missing:
        raise UserError(
            "announce.missing", channel=channel.mention, permissions=permission_names(missing, lang)
        )
    if role is not None and role.is_default():
        raise UserError("announce.everyone")
    return thread


def _require_manager(interaction: discord.Interaction[Any]) -> discord.Guild:
    """The run-time half of "Manage Server only" (``default_permissions`` is the other)."""
    guild = interaction.guild
    if guild is None:
        raise UserError("announce.guild_only")
    permissions = interaction.permissions
    if not (permissions.manage_guild or permissions.administrator):
        raise UserError("announce.not_manager")
    return guild


# --- the cog ------------------------------------------------------------------------------


@app_commands.guild_only()
@app_commands.default_permissions(manage_guild=True)
class Announce(
    RouteCommands,
    AlertCommands,
    commands.GroupCog,
    group_name="announce",
    group_description=describe("cmd.announce"),
):
    """New-episode announcements: the /announce commands and the polling loop."""

    def __init__(self, bot: PodcastBot) -> None:
        self.bot = bot
        settings = bot.settings
        self.announcements = Announcements(bot.store, max_age_days=settings.announce_max_age_days)
        self.poller = Poller(
            self.announcements,
            settings.feed_urls,
            interval_seconds=settings.poll_interval_seconds,
            pool=bot.parse_pool,
            moments=MomentFetcher(bot.store) if settings.fetch_moments else None,
        )
        self.alerts = Alerts(bot.store, self.announcements, after_hours=settings.alert_after_hours)
        self.cycles = 0  # completed passes; tests and diagnostics wait on it
        self._cycle_lock = asyncio.Lock()  # the loop and a manual run never overlap
        self._publishing: set[asyncio.Task[None]] = set()

    async def cog_load(self) -> None:
        self.poll_loop.change_interval(seconds=self.bot.settings.poll_interval_seconds)
        self.poll_loop.start()

    async def cog_unload(self) -> None:
        # Cancelling mid-pass is safe: whatever was not marked sent is resent with its nonce.
        self.poll_loop.cancel()
        for task in list(self._publishing):
            task.cancel()
        await self.poller.close()

    # --- the loop -------------------------------------------------------------------

    @tasks.loop(seconds=600)
    async def poll_loop(self) -> None:
        try:
            await self.run_once()
        except Exception:  # an escaped exception would end the loop for good
            log.exception("announcement pass failed; the next one runs as usual")

    @poll_loop.before_loop
    async def _before_poll(self) -> None:
        await self.bot.wait_until_ready()

    async def run_once(self, now: datetime | None = None) -> None:
        """One pass: poll the feeds that are due, queue what is new, send what is queued."""
        async with self._cycle_lock:
            results = await self._guarded("polling feeds", self.poller.poll_due(now)) or []
            if any(r.added or r.updated for r in results):
                await self._guarded("refreshing answers", self.bot.answerer.refresh())
            await self._guarded("planning announcements", self.announcements.plan(now))
            await self._guarded("sending announcements", self.deliver_pending(now))
            await self._guarded("posting alerts", self.post_alerts(now))
            self.cycles += 1

    @staticmethod
    async def _guarded(what: str, work: Awaitable[T]) -> T | None:
        try:
            return await work
        except Exception:
            log.exception("%s failed", what)
            return None

    async def deliver_pending(self, now: datetime | None = None) -> int:
        """Send the outbox's pending announcements for the servers this process serves.

        After a failure in a server's route, that route's later deliveries wait for the
        next pass (they keep their order); other routes and servers go on.
        """
        held: set[tuple[int, int]] = set()
        sent = 0
        visible = [guild.id for guild in self.bot.guilds]
        # Threads a crash or an error left unopened on messages already sent.
        for delivery in await self.announcements.threads_to_open(visible):
            try:
                await self.open_thread(delivery)
            except Exception:
                log.exception("thread of announcement %s failed", delivery.id)
        for delivery in await self.announcements.pending(visible, now):
            if (delivery.guild_id, delivery.route_id) in held:
                continue
            try:
                done = await self.deliver(delivery)
            except Exception:
                log.exception("announcement %s failed", delivery.id)
                done = False
            if done:
                sent += 1
            else:
                held.add((delivery.guild_id, delivery.route_id))
        return sent

    async def deliver(self, delivery: Delivery) -> bool:
        """Send one announcement; ``False`` when it is still pending (or the server paused)."""
        guild = self.bot.get_guild(delivery.guild_id)
        if guild is None or guild.unavailable:
            return False  # another shard's server, or an outage: it waits
        channel = guild.get_channel(delivery.channel_id or 0)
        if not isinstance(channel, AnnounceChannel):
            await self.announcements.mark_broken(
                guild.id, CHANNEL_DELETED, route_id=delivery.route_id
            )
            return False
        if guild.me is None:
            return False  # the server's cache is not complete yet
        missing = missing_permissions(channel, guild.me, thread=delivery.thread)
        if missing:  # known from the cache: no request Discord would refuse
            await self.announcements.mark_broken(
                guild.id, missing_reason(missing), route_id=delivery.route_id
            )
            return False
        found = await self.bot.store.episodes_by_ids([delivery.episode_id])
        if not found:
            await self.announcements.suppress(delivery.id, "the episode is no longer stored")
            return True
        # A role deleted since /announce set would show as "@deleted-role": leave it out.
        role_id = delivery.role_id if guild.get_role(delivery.role_id or 0) else None
        message_args = announcement_message(found[0], lang_for(guild.preferred_locale), role_id)
        if isinstance(channel, discord.ForumChannel):
            return await self._post_in_forum(delivery, channel, found[0], message_args)
        try:
            # The nonce makes Discord return the first message if this is a resend.
            message = await channel.send(nonce=delivery.nonce, **message_args)
        except discord.HTTPException as exc:
            await self._send_failed(delivery, exc)
            return False
        except (aiohttp.ClientError, TimeoutError, OSError) as exc:
            error = short_error(f"{type(exc).__name__}: {exc}", ERROR_TEXT_CHARS)
            await self.announcements.record_failure(delivery.id, error, permanent=False)
            return False
        # The thread still to open is recorded with the message, in one write: a crash
        # after it opens the thread at the next pass, never a second message.
        await self.announcements.mark_sent(
            delivery.id, channel.id, message.id, thread_wanted=delivery.thread
        )
        log.info(
            "announced episode %s in guild %s (message %s)",
            delivery.episode_id,
            guild.id,
            message.id,
        )
        if channel.is_news():
            self._publish_later(message)
        if delivery.thread:
            sent = dataclasses.replace(delivery, channel_id=channel.id, message_id=message.id)
            await self.open_thread(sent, title=found[0].title)
        return True

    async def _post_in_forum(
        self,
        delivery: Delivery,
        forum: discord.ForumChannel,
        episode: Episode,
        message_args: dict[str, Any],
    ) -> bool:
        """An announcement in a forum is a post: its name the episode's title, the card its
        first message, the forum's tags that name one of the episode's topics applied.

        A forum post takes no nonce, so an attempt is recorded before it is made; after a
        crash the post is looked for among the forum's active threads before another is
        made."""
        guild = forum.guild
        name = thread_name(episode.title)
        if delivery.posting:
            existing = await self._find_post(forum, name)
            if existing is not None:
                await self.announcements.mark_sent(
                    delivery.id, forum.id, existing.id, thread_id=existing.id
                )
                log.info("forum post %s of announcement %s found again", existing.id, delivery.id)
                return True
        tag_ids = matching_tags(((t.id, t.name) for t in forum.available_tags), episode.topics)
        tags = [tag for tag in (forum.get_tag(i) for i in tag_ids) if tag is not None]
        await self.announcements.mark_posting(delivery.id)
        try:
            post = await forum.create_thread(name=name, applied_tags=tags, **message_args)
        except discord.HTTPException as exc:
            await self._send_failed(delivery, exc)
            return False
        except (aiohttp.ClientError, TimeoutError, OSError) as exc:
            error = short_error(f"{type(exc).__name__}: {exc}", ERROR_TEXT_CHARS)
            await self.announcements.record_failure(delivery.id, error, permanent=False)
            return False
        await self.announcements.mark_sent(
            delivery.id, forum.id, post.message.id, thread_id=post.thread.id
        )
        log.info(
            "announced episode %s in guild %s (forum post %s)",
            delivery.episode_id,
            guild.id,
            post.thread.id,
        )
        return True

    async def _find_post(self, forum: discord.ForumChannel, name: str) -> discord.Thread | None:
        """The bot's active post of this name in ``forum``, if an earlier attempt made it."""
        me = self.bot.user.id if self.bot.user else 0
        for thread in await forum.guild.active_threads():
            if thread.parent_id == forum.id and thread.owner_id == me and thread.name == name:
                return thread
        return None

    async def open_thread(self, delivery: Delivery, *, title: str | None = None) -> bool:
        """Open the public thread of a sent announcement; ``False`` while it waits.

        A message has at most one thread and a thread from a message has the message's
        id: Discord's "already created" (after a crash between the thread and its record)
        means it is open."""
        guild = self.bot.get_guild(delivery.guild_id)
        channel = guild.get_channel(delivery.channel_id or 0) if guild else None
        if guild is None or not isinstance(channel, discord.TextChannel):
            return False  # another shard's server, or the channel is gone (paused elsewhere)
        message_id = delivery.message_id or 0
        if title is None:
            found = await self.bot.store.episodes_by_ids([delivery.episode_id])
            title = found[0].title if found else ""
        try:
            thread = await channel.get_partial_message(message_id).create_thread(
                name=thread_name(title)
            )
        except discord.HTTPException as exc:
            if exc.code == THREAD_ALREADY_CREATED:
                await self.announcements.record_thread(delivery.id, message_id)
                return True
            if exc.code == UNKNOWN_MESSAGE:  # a moderator deleted the announcement
                await self.announcements.record_thread(delivery.id, None)
                return True
            if isinstance(exc, discord.Forbidden):
                # Paused until /announce set again; the thread waits for it.
                missing = missing_permissions(channel, guild.me, thread=True) if guild.me else []
                reason = missing_reason(missing) if missing else MISSING_PERMISSIONS
                await self.announcements.mark_broken(guild.id, reason, route_id=delivery.route_id)
            log.warning("thread of announcement %s not opened yet: %s", delivery.id, exc)
            return False
        except (aiohttp.ClientError, TimeoutError, OSError) as exc:
            log.warning("thread of announcement %s not opened yet: %s", delivery.id, exc)
            return False
        await self.announcements.record_thread(delivery.id, thread.id)
        log.info("opened thread %s on announcement %s", thread.id, delivery.id)
        return True

    async def _send_failed(self, delivery: Delivery, exc: discord.HTTPException) -> None:
        """A deleted channel or a lost permission pauses the server; other errors retry."""
        if isinstance(exc, discord.NotFound) and exc.code == UNKNOWN_CHANNEL:
            await self.announcements.mark_broken(
                delivery.guild_id, CHANNEL_DELETED, route_id=delivery.route_id
            )
        elif isinstance(exc, discord.Forbidden):
            reason = NO_ACCESS if exc.code == MISSING_ACCESS else MISSING_PERMISSIONS
            await self.announcements.mark_broken(
                delivery.guild_id, reason, route_id=delivery.route_id
            )
        else:
            # A 4xx other than a rate limit will fail the same way every time.
            permanent = 400 <= exc.status < 500 and exc.status != 429
            error = short_error(
                f"HTTP {exc.status} (code {exc.code}): {exc.text}", ERROR_TEXT_CHARS
            )
            await self.announcements.record_failure(delivery.id, error, permanent=permanent)

    def _publish_later(self, message: discord.Message) -> None:
        """Crosspost in the background: Discord allows few publishes an hour per channel, and
        waiting out that rate limit must not hold up the other announcements."""
        task = asyncio.create_task(self._publish(message))
        self._publishing.add(task)
        task.add_done_callback(self._publishing.discard)

    @staticmethod
    async def _publish(message: discord.Message) -> None:
        try:
            await message.publish()
        except discord.Forbidden:
            log.info("cannot publish message %s: missing permission", message.id)
        except discord.HTTPException as exc:
            if exc.code != ALREADY_CROSSPOSTED:  # a resend of a published message
                log.warning("publishing message %s failed: %s", message.id, exc)

    @commands.Cog.listener()
    async def on_guild_channel_delete(self, channel: discord.abc.GuildChannel) -> None:
        """Pause at once when the announcement channel goes, rather than at the next post."""
        for route in await self.announcements.all_routes(channel.guild.id):
            if route.channel_id == channel.id:
                await self.announcements.mark_broken(
                    channel.guild.id, CHANNEL_DELETED, route_id=route.route_id
                )

    # --- commands -------------------------------------------------------------------

    async def _respond(self, interaction: discord.Interaction[Any], work: Awaitable[Reply]) -> None:
        await respond(interaction, work, defer_after=self.bot.defer_after, private=True)

    @app_commands.command(name="set", description=describe("cmd.announce.set"))
    @app_commands.describe(
        channel=describe("opt.announce.set.channel"),
        role=describe("opt.announce.set.role"),
        thread=describe("opt.announce.set.thread"),
    )
    async def set_channel(
        self,
        interaction: discord.Interaction[Any],
        channel: AnnounceChannel,
        role: discord.Role | None = None,
        thread: bool | None = None,
    ) -> None:
        guild = _require_manager(interaction)
        await self._respond(
            interaction, self._set(interaction, guild, channel, role, thread=bool(thread))
        )

    async def _set(
        self,
        interaction: discord.Interaction[Any],
        guild: discord.Guild,
        channel: AnnounceChannel,
        role: discord.Role | None,
        *,
        thread: bool = False,
    ) -> Reply:
        lang = lang_for(interaction.locale)
        forum = isinstance(channel, discord.ForumChannel)
        thread = check_target(channel, guild, role, lang, thread=thread)
        subscription, before = await self.announcements.subscribe(
            guild.id,
            channel.id,
            role.id if role else None,
            set_by=interaction.user.id,
            thread=thread,
        )
        log.info(
            "guild %s: announcements in channel %s, role %s (set by %s)",
            guild.id,
            channel.id,
            subscription.role_id,
            interaction.user.id,
        )
        lines = [t("announce.set.done", lang, channel=channel.mention)]
        if role is None:
            lines.append(t("announce.set.no_role", lang))
        else:
            lines.append(t("announce.set.role", lang, role=role.mention))
            if not role.mentionable and not channel.permissions_for(guild.me).mention_everyone:
                lines.append(t("announce.set.unmentionable", lang, role=role.mention))
        if forum:
            lines.append(t("announce.set.forum", lang))
        elif thread:
            lines.append(t("announce.set.thread", lang))
        if not forum and channel.is_news():
            lines.append(t("announce.set.news", lang))
        if before is not None and before.broken_reason:
            lines.append(
                t("announce.set.resumed", lang, reason=reason_text(before.broken_reason, lang))
            )
        return Reply(content="\n".join(lines), ephemeral=True)

    @app_commands.command(name="stop", description=describe("cmd.announce.stop"))
    async def stop(self, interaction: discord.Interaction[Any]) -> None:
        guild = _require_manager(interaction)

        async def work() -> Reply:
            removed = await self.announcements.unsubscribe(guild.id)
            if removed:
                log.info("guild %s: announcements stopped by %s", guild.id, interaction.user.id)
            key = "announce.stop.done" if removed else "announce.stop.none"
            return Reply(content=t(key, lang_for(interaction.locale)), ephemeral=True)

        await self._respond(interaction, work())

    @app_commands.command(name="status", description=describe("cmd.announce.status"))
    async def status(self, interaction: discord.Interaction[Any]) -> None:
        guild = _require_manager(interaction)

        async def work() -> Reply:
            subscription = await self.announcements.subscription(guild.id)
            sent = await self.announcements.sent_count(guild.id)
            feeds = await self.announcements.feed_statuses(self.bot.settings.feed_urls)
            lang = lang_for(interaction.locale)
            embed = status_embed(subscription, sent, feeds, lang)
            routes = await self.announcements.routes(guild.id)
            if routes:  # the added routes are listed above the default one's fields
                counts = await self.bot.store.route_sent_counts(guild.id)
                embed.description = await routes_text(self.bot, subscription, routes, counts, lang)
            return Reply(embeds=[fit_embed(embed)], ephemeral=True)

        await self._respond(interaction, work())

    @app_commands.command(name="test", description=describe("cmd.announce.test"))
    async def test(self, interaction: discord.Interaction[Any]) -> None:
        guild = _require_manager(interaction)
        await self._respond(interaction, self._test(interaction, guild))

    async def _test(self, interaction: discord.Interaction[Any], guild: discord.Guild) -> Reply:
        lang = lang_for(interaction.locale)
        subscription = await self.announcements.subscription(guild.id)
        if subscription is None:
            raise UserError("announce.none")
        where = f"<#{subscription.channel_id}>"
        channel = guild.get_channel(subscription.channel_id)
        if not isinstance(channel, AnnounceChannel):
            raise UserError(
                "announce.test.failed",
                channel=where,
                reason=reason_text(CHANNEL_DELETED, lang),
            )
        missing = missing_permissions(channel, guild.me, thread=subscription.thread)
        if missing:
            raise UserError(
                "announce.missing", channel=where, permissions=permission_names(missing, lang)
            )
        latest = await self.bot.store.latest_episodes(1)
        if not latest:
            raise UserError("latest.none")
        # The channel's readers see the server's language, like in a real announcement.
        message_args = announcement_message(
            latest[0], lang_for(guild.preferred_locale), subscription.role_id, test=True
        )
        try:
            if isinstance(channel, discord.ForumChannel):
                # A test post is a real post (Discord has no other way to show one).
                post = await channel.create_thread(
                    name=thread_name(latest[0].title), **message_args
                )
                message = post.message
            else:
                message = await channel.send(**message_args)
        except discord.HTTPException as exc:
            raise UserError(
                "announce.test.failed", channel=where, reason=send_error_text(exc, lang)
            ) from exc
        log.info("guild %s: test announcement %s by %s", guild.id, message.id, interaction.user.id)
        return Reply(
            content=t("announce.test.done", lang, channel=where, link=message.jump_url),
            ephemeral=True,
        )


async def setup(bot: PodcastBot) -> None:
    """Extension entry point."""
    await bot.add_cog(Announce(bot))
