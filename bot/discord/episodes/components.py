"""The episode commands' persistent buttons and menus.

They are :class:`discord.ui.DynamicItem` s whose ``custom_id`` says what to show
(``ep:page:<lang>:<kind>:<page>:<arg>``, ``ep:pick:<lang>:<ids>``, ``ep:open``), so they work
after a restart; their callbacks hand over to the :class:`~bot.discord.episodes.cog.Episodes`
cog, which tells the user the list expired when what they point to is gone.
"""

from __future__ import annotations

import re
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any

import discord

from bot.discord.errors import run_on_cog
from bot.discord.i18n import CODE_LANGS, EN, LANG_CODES, t
from bot.discord.render import CUSTOM_ID, select_option

if TYPE_CHECKING:
    from bot.discord.episodes.cog import Episodes
    from bot.store import Episode

# One letter in a custom_id keeps the language a shared message was written in.

GUEST, TOPIC, SEARCH = "g", "t", "s"


def page_custom_id(lang: str, kind: str, page: int, arg: str) -> str:
    return f"ep:page:{LANG_CODES.get(lang, 'e')}:{kind}:{page}:{arg}"


# The longest prefix a page button can have: what is left is for the argument.
PAGE_ARG_CHARS = CUSTOM_ID - len(page_custom_id(EN, GUEST, 9999, ""))


async def _with_cog(
    interaction: discord.Interaction[Any], handler: Callable[[Episodes], Awaitable[None]]
) -> None:
    # Imported here: the cog imports these components to build its replies.
    from bot.discord.episodes.cog import Episodes

    await run_on_cog(interaction, Episodes, handler)


class PageButton(
    discord.ui.DynamicItem[discord.ui.Button[Any]],
    template=r"ep:page:(?P<lang>[a-z]):(?P<kind>[gts]):(?P<page>\d{1,4}):(?P<arg>.+)",
):
    """The Previous / Next buttons of a list: the custom_id holds the list and the page."""

    def __init__(
        self, lang: str, kind: str, page: int, arg: str, *, label: str = "", disabled: bool = False
    ) -> None:
        super().__init__(
            discord.ui.Button(
                label=label,
                style=discord.ButtonStyle.secondary,
                custom_id=page_custom_id(lang, kind, page, arg),
                disabled=disabled,
            ),
            row=0,
        )
        self.lang, self.kind, self.page, self.arg = lang, kind, page, arg

    @classmethod
    async def from_custom_id(
        cls,
        interaction: discord.Interaction[Any],
        item: discord.ui.Item[Any],
        match: re.Match[str],
        /,
    ) -> PageButton:
        return cls(
            CODE_LANGS.get(match["lang"], EN), match["kind"], int(match["page"]), match["arg"]
        )

    async def callback(self, interaction: discord.Interaction[Any]) -> None:
        await _with_cog(
            interaction,
            lambda cog: cog.turn_page(interaction, self.lang, self.kind, self.arg, self.page),
        )


class MatchSelect(
    discord.ui.DynamicItem[discord.ui.Select[Any]],
    template=r"ep:pick:(?P<lang>[a-z]):(?P<ids>\d{1,19}(?:,\d{1,19}){0,24})",
):
    """/ask's "Other matches": picking one shows that episode in the same message."""

    def __init__(
        self, lang: str, ids: list[int], options: list[discord.SelectOption] | None = None
    ) -> None:
        code = LANG_CODES.get(lang, "e")
        super().__init__(
            discord.ui.Select(
                custom_id=f"ep:pick:{code}:{','.join(map(str, ids))}",
                placeholder=t("select.other", lang),
                options=options or [discord.SelectOption(label=str(i)) for i in ids],
            ),
            row=0,
        )
        self.lang, self.ids = lang, ids

    @classmethod
    def for_episodes(cls, lang: str, episodes: list[Episode], shown: int) -> MatchSelect:
        options = [select_option(ep, default=ep.id == shown) for ep in episodes]
        return cls(lang, [ep.id for ep in episodes], options)

    @classmethod
    async def from_custom_id(
        cls,
        interaction: discord.Interaction[Any],
        item: discord.ui.Item[Any],
        match: re.Match[str],
        /,
    ) -> MatchSelect:
        ids = [int(i) for i in match["ids"].split(",")]
        return cls(CODE_LANGS.get(match["lang"], EN), ids)

    async def callback(self, interaction: discord.Interaction[Any]) -> None:
        chosen = int(self.item.values[0]) if self.item.values else 0
        await _with_cog(
            interaction, lambda cog: cog.show_match(interaction, self.lang, self.ids, chosen)
        )


class OpenSelect(discord.ui.DynamicItem[discord.ui.Select[Any]], template=r"ep:open"):
    """On a list page: picking an episode shows it in full, privately, to whoever picked it."""

    def __init__(self, options: list[discord.SelectOption] | None = None, lang: str = EN) -> None:
        super().__init__(
            discord.ui.Select(
                custom_id="ep:open",
                placeholder=t("select.open", lang),
                options=options or [discord.SelectOption(label="-")],
            ),
            row=1,
        )

    @classmethod
    async def from_custom_id(
        cls,
        interaction: discord.Interaction[Any],
        item: discord.ui.Item[Any],
        match: re.Match[str],
        /,
    ) -> OpenSelect:
        return cls()

    async def callback(self, interaction: discord.Interaction[Any]) -> None:
        chosen = int(self.item.values[0]) if self.item.values else 0
        await _with_cog(interaction, lambda cog: cog.open_episode(interaction, chosen))


DYNAMIC_ITEMS: tuple[type[discord.ui.DynamicItem[Any]], ...] = (PageButton, MatchSelect, OpenSelect)
