"""What the announcements look like: the announcement message and /announce's texts.

The cog (:mod:`bot.discord.announce.cog`) decides when to send; this module only builds
messages and embeds from what :mod:`bot.announce` reports, in the reader's language.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Any

import discord

from bot.announce import (
    CHANNEL_DELETED,
    MISSING_PERMISSIONS,
    MISSING_PREFIX,
    NO_ACCESS,
    FeedStatus,
    Subscription,
)
from bot.discord import i18n
from bot.discord.i18n import t
from bot.discord.render import (
    COLOUR,
    FIELD_NAME,
    clean,
    discord_date,
    episode_embed,
    episode_view,
    fit_embed,
    one_line,
)
from bot.text import short_error, source_label

if TYPE_CHECKING:
    from bot.store import Episode

MISSING_ACCESS = 50001  # Discord's error code when the bot cannot see a channel
ERROR_TEXT_CHARS = 300
FEED_FIELDS = 20  # status fields for feeds; the rest of Discord's 25 are the subscription's


def permission_names(names: list[str], lang: str) -> str:
    """Discord permission names as the reader sees them in their language."""
    return ", ".join(
        t(f"announce.perm.{n}", lang) if f"announce.perm.{n}" in i18n.TEXTS else n for n in names
    )


def reason_text(reason: str, lang: str) -> str:
    """A stored ``broken_reason`` in the reader's language."""
    if reason.startswith(MISSING_PREFIX):
        names = [n for n in reason[len(MISSING_PREFIX) :].split(",") if n]
        return t("announce.reason.missing", lang, permissions=permission_names(names, lang))
    key = {
        CHANNEL_DELETED: "announce.reason.channel_deleted",
        NO_ACCESS: "announce.reason.no_access",
        MISSING_PERMISSIONS: "announce.reason.missing_permissions",
    }.get(reason)
    return t(key, lang) if key else reason


def announcement_mentions(role_id: int | None) -> discord.AllowedMentions:
    """Only the configured role may be pinged: never everyone, users or other roles."""
    roles: list[discord.Object] | bool = [discord.Object(id=role_id)] if role_id else False
    return discord.AllowedMentions(everyone=False, users=False, roles=roles, replied_user=False)


def announcement_message(
    episode: Episode, lang: str, role_id: int | None, *, test: bool = False
) -> dict[str, Any]:
    """``channel.send`` arguments: the episode's embed and link buttons; the content is the
    role mention alone (feed text is only in the embed), plus the marker of a test."""
    kwargs: dict[str, Any] = {"embed": episode_embed(episode, lang)}
    mention = f"<@&{role_id}>" if role_id else ""
    if test:
        # A test shows where the mention goes but pings nobody.
        kwargs["content"] = f"{t('announce.test.marker', lang)} {mention}".strip()
        kwargs["allowed_mentions"] = discord.AllowedMentions.none()
    else:
        if mention:
            kwargs["content"] = mention
        kwargs["allowed_mentions"] = announcement_mentions(role_id)
    view = episode_view(episode, lang)
    if view.children:
        kwargs["view"] = view
    return kwargs


def _when(value: datetime | None, lang: str, *, missing: str = "announce.status.never") -> str:
    return discord_date(value, "R") or t(missing, lang)


def feed_field(status: FeedStatus, lang: str) -> tuple[str, str]:
    """One feed in /announce status: its last check, last new episode, last error, next check."""
    # An admin sees which feed fails, but never its credentials or a local path.
    name = clean(one_line(status.title or source_label(status.source), FIELD_NAME), FIELD_NAME)
    result_key = f"announce.status.result.{status.last_status}"
    lines = [
        t(
            "announce.status.last_check",
            lang,
            when=_when(status.last_check, lang),
            result=t(result_key, lang) if result_key in i18n.TEXTS else "-",
        ),
        t("announce.status.last_new", lang, when=_when(status.last_new, lang)),
    ]
    if status.last_error:
        # Redacted again when shown: a database written before redaction holds raw text.
        error = clean(
            short_error(status.last_error, ERROR_TEXT_CHARS, paths=True), ERROR_TEXT_CHARS
        )
        lines.append(
            t("announce.status.last_error", lang, error=error, failures=max(status.failures, 1))
        )
    lines.append(
        t(
            "announce.status.next_check",
            lang,
            when=_when(status.next_check, lang, missing="announce.status.soon"),
        )
    )
    return name, "\n".join(lines)


def status_embed(
    subscription: Subscription | None, sent: int, feeds: list[FeedStatus], lang: str
) -> discord.Embed:
    """/announce status: where announcements go, their state, and each feed's health."""
    embed = discord.Embed(title=t("announce.status.title", lang), colour=COLOUR)
    if subscription is None:
        embed.description = t("announce.none", lang)
    else:
        sub = subscription
        embed.add_field(name=t("announce.status.channel", lang), value=f"<#{sub.channel_id}>")
        role = f"<@&{sub.role_id}>" if sub.role_id else t("announce.status.no_role", lang)
        embed.add_field(name=t("announce.status.role", lang), value=role)
        embed.add_field(name=t("announce.status.sent", lang), value=str(sent))
        if sub.broken_reason:
            state = t(
                "announce.status.broken",
                lang,
                since=_when(sub.broken_at, lang),
                reason=reason_text(sub.broken_reason, lang),
            )
        else:
            state = t("announce.status.active", lang, since=_when(sub.subscribed_at, lang))
        if sub.thread:
            state += "\n" + t("announce.status.thread", lang)
        embed.add_field(name=t("announce.status.state", lang), value=state, inline=False)
    if not feeds:
        embed.add_field(name="\u200b", value=t("announce.status.no_feeds", lang), inline=False)
    for status in feeds[:FEED_FIELDS]:
        name, value = feed_field(status, lang)
        embed.add_field(name=name, value=value, inline=False)
    if len(feeds) > FEED_FIELDS:
        embed.set_footer(text=t("announce.status.more_feeds", lang, count=len(feeds) - FEED_FIELDS))
    return fit_embed(embed)


def send_error_text(exc: discord.HTTPException, lang: str) -> str:
    """Why Discord refused a message, for the admin who asked for it."""
    if isinstance(exc, discord.Forbidden):
        return reason_text(NO_ACCESS if exc.code == MISSING_ACCESS else MISSING_PERMISSIONS, lang)
    if isinstance(exc, discord.NotFound):
        return reason_text(CHANNEL_DELETED, lang)
    return f"HTTP {exc.status}"
