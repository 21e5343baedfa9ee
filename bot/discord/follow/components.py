"""The "Notify me about this guest/topic" button of episode cards, and the menu it opens.

Persistent :class:`discord.ui.DynamicItem` s, like the episode components: the button's
``custom_id`` (``fw:ep:<lang>:<episode id>``) says which episode, so it works on cards sent
before a restart; the menu's (``fw:pick:<episode id>``) too. Their callbacks hand over to
the :class:`~bot.discord.follow.cog.FollowCog`.
"""

from __future__ import annotations

import re
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any

import discord

from bot.discord.errors import run_on_cog
from bot.discord.i18n import CODE_LANGS, EN, LANG_CODES, t

if TYPE_CHECKING:
    from bot.discord.follow.cog import FollowCog

MENU_OPTIONS = 25  # Discord's limit for a select menu


async def _with_cog(
    interaction: discord.Interaction[Any], handler: Callable[[FollowCog], Awaitable[None]]
) -> None:
    # Imported here: the cog imports these components to build its replies.
    from bot.discord.follow.cog import FollowCog

    await run_on_cog(interaction, FollowCog, handler)


class FollowButton(
    discord.ui.DynamicItem[discord.ui.Button[Any]],
    template=r"fw:ep:(?P<lang>[a-z]):(?P<id>\d{1,19})",
):
    """On an episode card: opens a private menu of the episode's guests and topics."""

    def __init__(self, lang: str, episode_id: int, *, row: int | None = None) -> None:
        super().__init__(
            discord.ui.Button(
                label=t("follow.button", lang),
                emoji="🔔",
                style=discord.ButtonStyle.secondary,
                custom_id=f"fw:ep:{LANG_CODES.get(lang, 'e')}:{episode_id}",
            ),
            row=row,
        )
        self.lang, self.episode_id = lang, episode_id

    @classmethod
    async def from_custom_id(
        cls,
        interaction: discord.Interaction[Any],
        item: discord.ui.Item[Any],
        match: re.Match[str],
        /,
    ) -> FollowButton:
        return cls(CODE_LANGS.get(match["lang"], EN), int(match["id"]))

    async def callback(self, interaction: discord.Interaction[Any]) -> None:
        await _with_cog(interaction, lambda cog: cog.offer(interaction, self.episode_id))


class FollowPick(
    discord.ui.DynamicItem[discord.ui.Select[Any]],
    template=r"fw:pick:(?P<id>\d{1,19})",
):
    """The menu the button opens: each option is ``g:<guest key>`` or ``t:<topic>``."""

    def __init__(
        self, episode_id: int, options: list[discord.SelectOption] | None = None, lang: str = EN
    ) -> None:
        options = options or [discord.SelectOption(label="-")]
        super().__init__(
            discord.ui.Select(
                custom_id=f"fw:pick:{episode_id}",
                placeholder=t("follow.pick", lang),
                options=options,
                min_values=1,
                max_values=len(options),
            )
        )
        self.episode_id = episode_id

    @classmethod
    async def from_custom_id(
        cls,
        interaction: discord.Interaction[Any],
        item: discord.ui.Item[Any],
        match: re.Match[str],
        /,
    ) -> FollowPick:
        return cls(int(match["id"]))

    async def callback(self, interaction: discord.Interaction[Any]) -> None:
        values = list(self.item.values)
        await _with_cog(interaction, lambda cog: cog.follow_picked(interaction, values))


DYNAMIC_ITEMS: tuple[type[discord.ui.DynamicItem[Any]], ...] = (FollowButton, FollowPick)
