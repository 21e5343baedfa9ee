"""The bot where members talk (issue 13, deliverable 5): the question commands as a user
install too (:mod:`bot.discord.installs`), the message menu *Find episodes about this*,
and replies to messages that mention the bot with a question.

Messages that mention the bot carry their content without the privileged Message Content
intent, so none is asked for. The bot never answers bots (itself included) and never pings
in its replies.
"""

from __future__ import annotations

import logging
import re
from typing import TYPE_CHECKING, Any

import discord
from discord import app_commands
from discord.ext import commands

from bot.discord.i18n import lang_for, t
from bot.discord.installs import ANYWHERE_CONTEXTS, ANYWHERE_INSTALLS, open_everywhere
from bot.discord.interactions import respond
from bot.discord.render import Reply
from bot.text import short_error

if TYPE_CHECKING:
    from bot.discord.client import PodcastBot
    from bot.discord.episodes.cog import Episodes

log = logging.getLogger(__name__)

QUESTION_CHARS = 300  # what of a message is asked (the answerer's questions are short)
FIND_MENU = "Find episodes about this"


def question_in(content: str, bot_id: int) -> str:
    """A message's text without the mentions of the bot (either form), on one line."""
    text = re.sub(rf"<@!?{bot_id}>", " ", content)
    return " ".join(text.split())[:QUESTION_CHARS]


class Anywhere(commands.Cog):
    """The message menu and the replies to mentions."""

    def __init__(self, bot: PodcastBot) -> None:
        self.bot = bot
        self.menu = app_commands.ContextMenu(name=FIND_MENU, callback=self.find_about)
        self.menu.allowed_installs = ANYWHERE_INSTALLS
        self.menu.allowed_contexts = ANYWHERE_CONTEXTS

    @property
    def episodes(self) -> Episodes:
        cog = self.bot.get_cog("Episodes")
        assert cog is not None, "the episodes extension is loaded first"
        return cog  # type: ignore[return-value]

    async def cog_load(self) -> None:
        self.bot.tree.add_command(self.menu)
        open_everywhere(self.bot.tree)

    async def cog_unload(self) -> None:
        self.bot.tree.remove_command(self.menu.name, type=self.menu.type)

    async def find_about(
        self, interaction: discord.Interaction[Any], message: discord.Message
    ) -> None:
        """Run the answerer on the message's text; the answer is for the asker alone."""
        lang = lang_for(interaction.locale)

        async def work() -> Reply:
            question = question_in(message.content, self.bot.user.id if self.bot.user else 0)
            if not question:
                return Reply(content=t("menu.find.empty", lang), ephemeral=True)
            reply = await self.episodes.ask_reply(question, lang)
            reply.ephemeral = True
            return reply

        await respond(interaction, work(), defer_after=self.bot.defer_after, private=True)

    @commands.Cog.listener()
    async def on_message(self, message: discord.Message) -> None:
        """Answer "@Bot which episode had Ruth López?" with the episode card."""
        me = self.bot.user
        if me is None or message.author.bot or message.author.id == me.id:
            return
        if not any(user.id == me.id for user in message.mentions):
            return
        lang = lang_for(message.guild.preferred_locale if message.guild else None)
        question = question_in(message.content, me.id)
        try:
            if question:
                reply = await self.episodes.ask_reply(question, lang)
            else:
                reply = Reply(content=t("mention.empty", lang, bot=me.display_name))
            await message.reply(
                content=reply.content,
                embeds=reply.embeds,
                view=reply.view or discord.utils.MISSING,
                allowed_mentions=discord.AllowedMentions.none(),
                mention_author=False,
            )
        except discord.HTTPException as exc:  # e.g. no Send Messages in that channel
            log.info("could not reply to message %s: %s", message.id, short_error(str(exc)))


async def setup(bot: PodcastBot) -> None:
    """Extension entry point (after the episodes and announce extensions)."""
    await bot.add_cog(Anywhere(bot))
