"""Failure alerts (issue 13, deliverable 4): ``/announce alerts`` and the posting of each
pass's alerts and "recovered" messages. A mixin of the Announce group cog."""

from __future__ import annotations

import logging
from datetime import datetime
from typing import TYPE_CHECKING, Any

import discord
from discord import app_commands

from bot.alerts import ALERT, Alerts, Notice
from bot.discord.announce.render import permission_names, reason_text
from bot.discord.errors import UserError
from bot.discord.i18n import EN, ES, TEXTS, describe, lang_for, t
from bot.discord.render import Reply, discord_date

if TYPE_CHECKING:
    from bot.discord.client import PodcastBot

log = logging.getLogger(__name__)

TEXTS.update(
    {
        "cmd.announce.alerts": {
            EN: "Where to post alerts when a feed or a route breaks (no channel: off)",
            ES: "Dónde avisar si un feed o una ruta falla (sin canal: desactivar)",
        },
        "opt.announce.alerts.channel": {
            EN: "The alerts channel (leave empty to turn alerts off)",
            ES: "El canal de avisos (vacío para desactivarlos)",
        },
        "alerts.set": {
            EN: "Alerts go to {channel}: one when a feed fails for {hours} h or a route "
            "breaks, one when it recovers.",
            ES: "Los avisos van a {channel}: uno si un feed falla {hours} h o una ruta se "
            "rompe, otro cuando se recupere.",
        },
        "alerts.off": {EN: "Alerts are off.", ES: "Los avisos están desactivados."},
        "alerts.none": {
            EN: "Alerts were not on: `/announce alerts channel:` turns them on.",
            ES: "Los avisos no estaban activos: `/announce alerts channel:` los activa.",
        },
        "alerts.feed": {
            EN: "🚨 The feed **{label}** has been failing since {since}: {reason}",
            ES: "🚨 El feed **{label}** falla desde {since}: {reason}",
        },
        "alerts.route": {
            EN: "🚨 Announcements to {label} are paused: {reason}. Fix it, then run "
            "`/announce set` or `/announce add` for it again.",
            ES: "🚨 Los anuncios en {label} están en pausa: {reason}. Corrígelo y vuelve a "
            "usar `/announce set` o `/announce add`.",
        },
        "alerts.feed.recovered": {
            EN: "✅ The feed **{label}** works again.",
            ES: "✅ El feed **{label}** vuelve a funcionar.",
        },
        "alerts.route.recovered": {
            EN: "✅ Announcements to {label} are flowing again.",
            ES: "✅ Los anuncios en {label} vuelven a salir.",
        },
    }
)

ALERT_PERMISSIONS = ("view_channel", "send_messages")


def notice_text(notice: Notice, lang: str) -> str:
    kind = notice.key.split(":", 1)[0]
    if notice.kind != ALERT:
        return t(f"alerts.{kind}.recovered", lang, label=notice.label)
    reason = notice.reason if kind == "feed" else reason_text(notice.reason, lang)
    since = discord_date(notice.since, "R") or ""
    return t(f"alerts.{kind}", lang, label=notice.label, reason=reason or "?", since=since)


class AlertCommands:
    """``/announce alerts`` and the pass's alerts (mixed into the Announce group cog)."""

    bot: PodcastBot
    alerts: Alerts

    @app_commands.command(name="alerts", description=describe("cmd.announce.alerts"))
    @app_commands.describe(channel=describe("opt.announce.alerts.channel"))
    async def alerts_command(
        self, interaction: discord.Interaction[Any], channel: discord.TextChannel | None = None
    ) -> None:
        from bot.discord.announce.cog import _require_manager
        from bot.discord.interactions import respond

        guild = _require_manager(interaction)

        async def work() -> Reply:
            lang = lang_for(interaction.locale)
            if channel is None:
                key = "alerts.off" if await self.alerts.turn_off(guild.id) else "alerts.none"
                return Reply(content=t(key, lang), ephemeral=True)
            granted = channel.permissions_for(guild.me)
            missing = [p for p in ALERT_PERMISSIONS if not getattr(granted, p)]
            if missing:
                raise UserError(
                    "announce.missing",
                    channel=channel.mention,
                    permissions=permission_names(missing, lang),
                )
            await self.alerts.set_channel(guild.id, channel.id, interaction.user.id)
            log.info("guild %s: alerts in channel %s", guild.id, channel.id)
            hours = self.bot.settings.alert_after_hours
            text = t("alerts.set", lang, channel=channel.mention, hours=hours)
            return Reply(content=text, ephemeral=True)

        await respond(interaction, work(), defer_after=self.bot.defer_after, private=True)

    async def post_alerts(self, now: datetime | None = None) -> int:
        """Post what the incidents owe; a failed post is tried again at the next pass."""
        posted = 0
        visible = [g.id for g in self.bot.guilds]
        for notice in await self.alerts.due(self.bot.settings.feed_urls, now, visible):
            guild = self.bot.get_guild(notice.guild_id)
            channel = guild.get_channel(notice.channel_id) if guild else None
            if guild is None or not isinstance(channel, discord.TextChannel):
                log.warning("alerts channel of guild %s is gone", notice.guild_id)
                continue
            try:
                await channel.send(
                    notice_text(notice, lang_for(guild.preferred_locale)),
                    nonce=notice.nonce,
                    allowed_mentions=discord.AllowedMentions.none(),
                )
            except discord.HTTPException as exc:
                log.warning("alert in guild %s not posted yet: %s", notice.guild_id, exc)
                continue
            await self.alerts.posted(notice)
            posted += 1
        return posted
