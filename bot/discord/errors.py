"""One place where failures become a short private message for the user and a log entry.

:class:`PodcastTree` routes every slash-command error to :func:`report_error`; component
callbacks (buttons, menus) call it too. The user always gets an answer (never Discord's
"The application did not respond"), and an interaction is never answered twice: once a
response exists, the message goes out as a followup.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from typing import Any, TypeVar

import discord
from discord import app_commands

from bot.discord.i18n import lang_for, t
from bot.discord.interactions import send_private

log = logging.getLogger(__name__)


class UserError(Exception):
    """A failure the user can act on: its message is shown to them, no traceback is logged.

    ``key`` names a text in :mod:`bot.discord.i18n`; ``values`` fill it in.
    """

    def __init__(self, key: str, **values: Any) -> None:
        super().__init__(key)
        self.key = key
        self.values = values

    def message(self, lang: str) -> str:
        return t(self.key, lang, **self.values)


def _user_message(error: Exception, lang: str) -> str | None:
    """The message for a failure the user caused or can fix; ``None`` for a bug."""
    if isinstance(error, UserError):
        return error.message(lang)
    if isinstance(error, app_commands.CommandOnCooldown):
        return t("error.cooldown", lang, seconds=max(1, round(error.retry_after)))
    if isinstance(error, app_commands.TransformerError):
        return t("error.bad_input", lang, detail=discord.utils.escape_markdown(str(error)))
    if isinstance(error, app_commands.CheckFailure):
        return t("error.check", lang)
    return None


def _describe(interaction: discord.Interaction[Any]) -> str:
    command = interaction.command
    if command is not None:
        what = f"/{command.qualified_name}"
    elif interaction.data and "custom_id" in interaction.data:
        what = f"component {interaction.data['custom_id']!r}"  # type: ignore[typeddict-item]
    else:
        what = f"interaction type {interaction.type}"
    return f"{what} (interaction {interaction.id}, guild {interaction.guild_id})"


async def report_error(interaction: discord.Interaction[Any], error: Exception) -> None:
    """Log ``error`` (a full traceback for bugs) and tell the user briefly, in private."""
    original = error.original if isinstance(error, app_commands.CommandInvokeError) else error
    lang = lang_for(interaction.locale)
    message = _user_message(original, lang)
    if message is None:
        log.error("%s failed", _describe(interaction), exc_info=original)
        message = t("error.generic", lang)
    else:
        log.info("%s: %s", _describe(interaction), original)
    try:
        await send_private(interaction, message)
    except discord.HTTPException:
        # The interaction is gone (expired, or Discord failed): the log is all we can do.
        log.warning("could not tell the user about the failure of %s", _describe(interaction))


CogT = TypeVar("CogT")


async def run_on_cog(
    interaction: discord.Interaction[Any],
    cog_type: type[CogT],
    handler: Callable[[CogT], Awaitable[None]],
) -> None:
    """Run a component's handler on its cog; errors go to :func:`report_error`.

    A component outlives the process that sent it: when its cog is not loaded, the member
    is told the message has expired.
    """
    try:
        cog = interaction.client.get_cog(cog_type.__cog_name__)  # type: ignore[attr-defined]
        if not isinstance(cog, cog_type):
            await send_private(interaction, t("expired", lang_for(interaction.locale)))
            return
        await handler(cog)
    except Exception as error:
        await report_error(interaction, error)


class PodcastTree(app_commands.CommandTree[Any]):
    """The bot's command tree: every command error goes through :func:`report_error`."""

    async def on_error(
        self, interaction: discord.Interaction[Any], error: app_commands.AppCommandError
    ) -> None:
        await report_error(interaction, error)
