"""Announcement routes (issue 13, deliverable 2): ``/announce add`` and ``/announce
remove``, their autocompletes, and the routes' lines in ``/announce status``.

A mixin of the :class:`~bot.discord.announce.cog.Announce` group cog: the commands are
part of the ``/announce`` group, Manage Server only like the others.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

import discord
from discord import app_commands

from bot.announce import ROUTE_LIMIT, Announcements
from bot.discord.announce.render import reason_text
from bot.discord.errors import UserError
from bot.discord.i18n import describe, lang_for, t
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
from bot.store import Subscription
from bot.text import fold

if TYPE_CHECKING:
    from bot.discord.client import PodcastBot

log = logging.getLogger(__name__)

ROUTE_LINE_CHARS = 160  # one route in /announce status (25 of them fit an embed's text)


def _manager(interaction: discord.Interaction[Any]) -> discord.Guild:
    from bot.discord.announce.cog import _require_manager  # the cog imports this module

    return _require_manager(interaction)


async def _names(bot: PodcastBot) -> tuple[dict[int, str], Any]:
    """The podcasts' titles by feed id, and the answerer (for guests' names)."""
    feeds = {f.id: f.title or f"#{f.id}" for f in await bot.store.feeds()}
    return feeds, bot.answerer


def _guest_name(answerer: Any, key: str) -> str:
    person = answerer.person(key)
    return person.name if person is not None else key


def route_filters(route: Subscription, bot: PodcastBot, feeds: dict[int, str], lang: str) -> str:
    """A route's filters in words: "all new episodes" or "new episodes (topic X, ...)"."""
    parts = []
    if route.topic:
        parts.append(t("announce.route.topic", lang, value=route.topic))
    if route.guest:
        parts.append(t("announce.route.guest", lang, value=_guest_name(bot.answerer, route.guest)))
    if route.feed_id is not None:
        title = feeds.get(route.feed_id, f"#{route.feed_id}")
        parts.append(t("announce.route.podcast", lang, value=title))
    if not parts:
        return t("announce.route.every", lang)
    return t("announce.route.filtered", lang, filters=", ".join(parts))


async def routes_text(
    bot: PodcastBot,
    default: Subscription | None,
    routes: list[Subscription],
    sent: dict[int, int],
    lang: str,
) -> str:
    """The routes for /announce status: one line each, with filters and state."""
    feeds, _ = await _names(bot)
    count = len(routes) + (1 if default else 0)
    lines = [t("announce.routes.title", lang, count=count, limit=ROUTE_LIMIT)]
    if default is None:
        lines.append(t("announce.routes.no_default", lang))
    for route in ([default] if default else []) + routes:
        label = str(route.route_id) if route.route_id else t("announce.route.default", lang)
        parts = [f"`{label}`", f"<#{route.channel_id}>", route_filters(route, bot, feeds, lang)]
        if route.role_id:
            parts.append(f"<@&{route.role_id}>")
        if route.thread:
            parts.append(t("announce.route.thread", lang))
        if route.broken_reason:
            parts.append(
                t("announce.route.paused", lang, reason=reason_text(route.broken_reason, lang))
            )
        else:
            parts.append(t("announce.route.active", lang))
        parts.append(t("announce.route.sent", lang, count=sent.get(route.route_id, 0)))
        lines.append(" · ".join(parts)[:ROUTE_LINE_CHARS])
    return "\n".join(lines)


class RouteCommands:
    """``/announce add`` and ``/announce remove`` (mixed into the Announce group cog)."""

    bot: PodcastBot
    announcements: Announcements

    @app_commands.command(name="add", description=describe("cmd.announce.add"))
    @app_commands.describe(
        channel=describe("opt.announce.add.channel"),
        role=describe("opt.announce.add.role"),
        topic=describe("opt.announce.add.topic"),
        guest=describe("opt.announce.add.guest"),
        podcast=describe("opt.announce.add.podcast"),
        thread=describe("opt.announce.add.thread"),
    )
    async def add_route(  # noqa: PLR0917 - discord.py maps each option to a parameter
        self,
        interaction: discord.Interaction[Any],
        channel: discord.TextChannel | discord.ForumChannel,
        role: discord.Role | None = None,
        topic: app_commands.Range[str, 1, 100] | None = None,
        guest: app_commands.Range[str, 1, 100] | None = None,
        podcast: app_commands.Range[str, 1, 100] | None = None,
        thread: bool | None = None,
    ) -> None:
        from bot.discord.interactions import respond

        guild = _manager(interaction)
        work = self._add(
            interaction,
            guild,
            channel,
            role=role,
            topic=topic,
            guest=guest,
            podcast=podcast,
            thread=bool(thread),
        )
        await respond(interaction, work, defer_after=self.bot.defer_after, private=True)

    async def _add(
        self,
        interaction: discord.Interaction[Any],
        guild: discord.Guild,
        channel: discord.TextChannel | discord.ForumChannel,
        *,
        role: discord.Role | None,
        topic: str | None,
        guest: str | None,
        podcast: str | None,
        thread: bool,
    ) -> Reply:
        from bot.discord.announce.cog import check_target

        lang = lang_for(interaction.locale)
        forum = isinstance(channel, discord.ForumChannel)
        thread = check_target(channel, guild, role, lang, thread=thread)
        topic_name = topic_named(self.bot, topic, "announce.add.unknown_topic") if topic else None
        guest_key = guest_named(self.bot, guest, "announce.add.unknown_guest") if guest else None
        feed_id = (
            await podcast_named(self.bot, podcast, "announce.add.unknown_podcast")
            if podcast
            else None
        )
        before = {r.route_id for r in await self.announcements.routes(guild.id)}
        route = await self.announcements.add_route(
            guild.id,
            channel.id,
            role.id if role else None,
            thread=thread,
            topic=topic_name,
            guest=guest_key,
            feed_id=feed_id,
            set_by=interaction.user.id,
        )
        if route is None:
            raise UserError("announce.add.limit", limit=ROUTE_LIMIT)
        log.info(
            "guild %s: route %s to channel %s (topic %r, guest %r, feed %s) by %s",
            guild.id,
            route.route_id,
            channel.id,
            topic_name,
            guest_key,
            feed_id,
            interaction.user.id,
        )
        feeds, _ = await _names(self.bot)
        key = "announce.add.updated" if route.route_id in before else "announce.add.done"
        lines = [
            t(
                key,
                lang,
                route=f"`{route.route_id}`",
                filters=route_filters(route, self.bot, feeds, lang),
                channel=channel.mention,
            )
        ]
        if role is not None:
            lines.append(t("announce.set.role", lang, role=role.mention))
        if forum:
            lines.append(t("announce.set.forum", lang))
        elif thread:
            lines.append(t("announce.set.thread", lang))
        return Reply(content="\n".join(lines), ephemeral=True)

    @app_commands.command(name="remove", description=describe("cmd.announce.remove"))
    @app_commands.describe(route=describe("opt.announce.remove.route"))
    async def remove_route(
        self, interaction: discord.Interaction[Any], route: app_commands.Range[str, 1, 100]
    ) -> None:
        from bot.discord.interactions import respond

        guild = _manager(interaction)

        async def work() -> Reply:
            lang = lang_for(interaction.locale)
            default = t("announce.route.default", lang)
            value = route.strip().lstrip("#")
            route_id = 0 if value in ("0", "default", default) else None
            if route_id is None and value.isdigit():
                route_id = int(value)
            if route_id is None or not await self.announcements.remove_route(guild.id, route_id):
                raise UserError("announce.remove.none")
            log.info("guild %s: route %s removed by %s", guild.id, route_id, interaction.user.id)
            label = f"`{route_id}`" if route_id else f"`{default}`"
            return Reply(content=t("announce.remove.done", lang, route=label), ephemeral=True)

        await respond(interaction, work(), defer_after=self.bot.defer_after, private=True)

    # --- autocomplete ----------------------------------------------------------------

    @add_route.autocomplete("topic")
    async def _complete_topic(
        self, interaction: discord.Interaction[Any], current: str
    ) -> list[app_commands.Choice[str]]:
        return topic_choices(self.bot, current)

    @add_route.autocomplete("guest")
    async def _complete_guest(
        self, interaction: discord.Interaction[Any], current: str
    ) -> list[app_commands.Choice[str]]:
        return guest_choices(self.bot, current)

    @add_route.autocomplete("podcast")
    async def _complete_podcast(
        self, interaction: discord.Interaction[Any], current: str
    ) -> list[app_commands.Choice[str]]:
        return await podcast_choices(self.bot, current)

    @remove_route.autocomplete("route")
    async def _complete_route(
        self, interaction: discord.Interaction[Any], current: str
    ) -> list[app_commands.Choice[str]]:
        guild = interaction.guild
        if guild is None:
            return []
        try:
            lang = lang_for(interaction.locale)
            feeds, _ = await _names(self.bot)
            found = []
            for route in await self.announcements.all_routes(guild.id):
                channel = guild.get_channel(route.channel_id)
                where = f"#{channel.name}" if channel else f"#{route.channel_id}"
                label = str(route.route_id) if route.route_id else t("announce.route.default", lang)
                name = f"{label}: {where}, {route_filters(route, self.bot, feeds, lang)}"
                if fold(current).strip() in fold(name):
                    found.append(choice(name, str(route.route_id)))
            return found[:CHOICES]
        except Exception:
            log.exception("route autocomplete failed")
            return []
