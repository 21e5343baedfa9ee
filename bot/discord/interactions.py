"""Answering an interaction: within Discord's 3 seconds, once, privately when asked.

Shared by every cog and by :mod:`bot.discord.errors`. :func:`respond` runs the work and,
when it is not done after ``defer_after`` seconds, defers ("thinking...") and follows up;
:func:`deliver` sends a reply in whatever state the response is; :func:`send_private`
sends an ephemeral message that stays private even after a public "thinking...".
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Awaitable
from typing import Any

import discord

from bot.discord.render import CONTENT, Reply
from bot.text import truncate

# Set on ``interaction.extras`` when the bot deferred with a private "thinking" message.
DEFERRED_PRIVATE = "deferred_private"


async def respond(
    interaction: discord.Interaction[Any],
    work: Awaitable[Reply],
    *,
    defer_after: float,
    edit: bool = False,
    private: bool = False,
) -> None:
    """Run ``work`` and send its reply; defer first if it takes longer than ``defer_after``.

    ``edit`` replaces the message a component sits on; ``private`` makes a new message (and
    its "thinking..." placeholder) ephemeral.
    """
    task = asyncio.ensure_future(work)
    try:
        done, _ = await asyncio.wait({task}, timeout=defer_after)
        if not done:
            await _defer(interaction, edit=edit, private=private)
        reply = await task
    finally:
        task.cancel()  # a no-op once done; stops the work if this handler is cancelled
    await deliver(interaction, reply, edit=edit, private=private)


async def _defer(interaction: discord.Interaction[Any], *, edit: bool, private: bool) -> None:
    if edit:
        await interaction.response.defer()  # "deferred update": the message stays as it is
        return
    interaction.extras[DEFERRED_PRIVATE] = private
    await interaction.response.defer(thinking=True, ephemeral=private)


async def deliver(
    interaction: discord.Interaction[Any], reply: Reply, *, edit: bool, private: bool = False
) -> None:
    """Send ``reply`` as the response, or as a followup/edit once the response was deferred."""
    if reply.ephemeral or private:
        await send_private(interaction, reply.content, embeds=reply.embeds, view=reply.view)
        return
    response = interaction.response
    if edit:
        # Every part is given, so nothing of the previous page (e.g. its buttons) lingers.
        edited = {"content": reply.content, "embeds": reply.embeds, "view": reply.view}
        if response.is_done():
            await interaction.edit_original_response(**edited)
        else:
            await response.edit_message(**edited)
        return
    kwargs: dict[str, Any] = {"embeds": reply.embeds}
    if reply.content:
        kwargs["content"] = reply.content
    if reply.view is not None:
        kwargs["view"] = reply.view
    if response.is_done():
        await interaction.followup.send(**kwargs)
    else:
        await response.send_message(**kwargs)


async def send_private(
    interaction: discord.Interaction[Any],
    content: str | None = None,
    *,
    embeds: list[discord.Embed] | None = None,
    view: discord.ui.View | None = None,
) -> None:
    """Send an ephemeral message, whatever state the interaction's response is in."""
    kwargs: dict[str, Any] = {"ephemeral": True, "embeds": embeds or []}
    if content:
        kwargs["content"] = truncate(content, CONTENT)
    if view is not None:
        kwargs["view"] = view
    response = interaction.response
    if interaction.type is discord.InteractionType.autocomplete:
        if not response.is_done():
            await response.autocomplete([])
        return
    if not response.is_done():
        await response.send_message(**kwargs)
        return
    public_thinking = (
        response.type is discord.InteractionResponseType.deferred_channel_message
        and (not interaction.extras.get(DEFERRED_PRIVATE))
    )
    if public_thinking:
        # The first followup would replace the public "thinking..." message and be public
        # too: remove that message so this one stays private.
        with contextlib.suppress(discord.HTTPException):
            await interaction.delete_original_response()
    await interaction.followup.send(**kwargs)
