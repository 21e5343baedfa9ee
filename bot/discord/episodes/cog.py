"""The slash commands about episodes: /ask, /episode, /guest, /topic, /latest, /search, /about.

The cog stays thin: it reads the options, asks the core (``bot.answer``, ``bot.store``) and
hands the result to ``bot.discord.render``. Two rules hold for every interaction:

* It is answered within Discord's 3 seconds: :func:`bot.discord.interactions.respond` runs
  the work and, when it is not done after ``bot.defer_after`` seconds, defers
  ("thinking...") and follows up.
* Buttons and menus are persistent (:mod:`bot.discord.episodes.components`): they work
  after a restart; when what they point to is gone, the user is told the list expired.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import discord
from discord import app_commands
from discord.ext import commands

import bot as bot_package
from bot.discord.episodes.components import (
    DYNAMIC_ITEMS,
    GUEST,
    PAGE_ARG_CHARS,
    SEARCH,
    TOPIC,
    MatchSelect,
    OpenSelect,
    PageButton,
)
from bot.discord.i18n import describe, join_or, lang_for, t
from bot.discord.installs import must_reply_privately
from bot.discord.interactions import respond
from bot.discord.render import (
    CHOICE_VALUE,
    CHOICES,
    PAGE_SIZE,
    Reply,
    Stats,
    about_embed,
    choice,
    clean,
    episode_embed,
    episode_view,
    list_embed,
    one_line,
    page_count,
    person_description,
    select_option,
)
from bot.moments.find import chapters_of
from bot.text import normalize

if TYPE_CHECKING:
    from bot.answer import Answerer
    from bot.discord.client import PodcastBot
    from bot.snippets import Explanation
    from bot.store import Episode, Store

log = logging.getLogger(__name__)

ASK_MATCHES = 5  # the best match and up to four others in the "Other matches" menu
SEARCH_RESULTS = 25
SUGGESTIONS = 3
QUESTION_MAX = 300
ECHO_CHARS = 100  # how much of what the user typed is quoted back


# --- the cog -------------------------------------------------------------------------------


@dataclass(slots=True)
class Listing:
    """A list of episodes to page through, and how to find it again (``kind``, ``arg``)."""

    kind: str
    arg: str
    title: str
    description: str | None
    ids: list[int]
    words: tuple[str, ...] = ()  # a search's words, for each episode's snippet


async def _choices(
    what: str, work: Awaitable[list[app_commands.Choice[str]]]
) -> list[app_commands.Choice[str]]:
    """At most 25 choices; a failure is logged and offers none (an autocomplete cannot
    show a message, and an empty list beats Discord's "Loading options failed")."""
    try:
        return (await work)[:CHOICES]
    except Exception:
        log.exception("%s autocomplete failed", what)
        return []


def _echo(text: str) -> str:
    """What the user typed, quoted back safely (short, one line, markdown escaped)."""
    return clean(one_line(text, ECHO_CHARS), ECHO_CHARS)


def search_key(query: str) -> str:
    """The form of a search that pages are computed from: folded, and short enough to be
    carried in a button's custom_id (cut at a word boundary)."""
    key = normalize(query)
    if len(key) > PAGE_ARG_CHARS:
        key = key[:PAGE_ARG_CHARS].rsplit(" ", 1)[0] or key[:PAGE_ARG_CHARS]
    return key


class Episodes(commands.Cog):
    """Questions about episodes, guests and topics."""

    def __init__(self, bot: PodcastBot) -> None:
        self.bot = bot

    @property
    def answerer(self) -> Answerer:
        return self.bot.answerer

    @property
    def store(self) -> Store:
        return self.bot.store

    async def _respond(
        self,
        interaction: discord.Interaction[Any],
        work: Awaitable[Reply],
        *,
        edit: bool = False,
        private: bool = False,
    ) -> None:
        # A user install where the server limits external apps may only answer privately.
        private = private or must_reply_privately(interaction)
        await respond(
            interaction, work, defer_after=self.bot.defer_after, edit=edit, private=private
        )

    # --- commands --------------------------------------------------------------------

    @app_commands.command(name="ask", description=describe("cmd.ask"))
    @app_commands.describe(question=describe("opt.ask.question"))
    async def ask(
        self,
        interaction: discord.Interaction[Any],
        question: app_commands.Range[str, 1, QUESTION_MAX],
    ) -> None:
        await self._respond(interaction, self.ask_reply(question, lang_for(interaction.locale)))

    @app_commands.command(name="episode", description=describe("cmd.episode"))
    @app_commands.describe(title=describe("opt.episode.title"))
    async def episode(
        self, interaction: discord.Interaction[Any], title: app_commands.Range[str, 1, QUESTION_MAX]
    ) -> None:
        await self._respond(interaction, self.episode_reply(title, lang_for(interaction.locale)))

    @app_commands.command(name="guest", description=describe("cmd.guest"))
    @app_commands.describe(name=describe("opt.guest.name"))
    async def guest(
        self, interaction: discord.Interaction[Any], name: app_commands.Range[str, 1, QUESTION_MAX]
    ) -> None:
        await self._respond(interaction, self.guest_reply(name, lang_for(interaction.locale)))

    @app_commands.command(name="topic", description=describe("cmd.topic"))
    @app_commands.describe(name=describe("opt.topic.name"))
    async def topic(
        self, interaction: discord.Interaction[Any], name: app_commands.Range[str, 1, QUESTION_MAX]
    ) -> None:
        await self._respond(interaction, self.topic_reply(name, lang_for(interaction.locale)))

    @app_commands.command(name="latest", description=describe("cmd.latest"))
    @app_commands.describe(topic=describe("opt.latest.topic"))
    async def latest(
        self,
        interaction: discord.Interaction[Any],
        topic: app_commands.Range[str, 1, QUESTION_MAX] | None = None,
    ) -> None:
        await self._respond(interaction, self.latest_reply(topic, lang_for(interaction.locale)))

    @app_commands.command(name="search", description=describe("cmd.search"))
    @app_commands.describe(query=describe("opt.search.query"))
    async def search(
        self, interaction: discord.Interaction[Any], query: app_commands.Range[str, 1, QUESTION_MAX]
    ) -> None:
        await self._respond(interaction, self.search_reply(query, lang_for(interaction.locale)))

    @app_commands.command(name="about", description=describe("cmd.about"))
    async def about(self, interaction: discord.Interaction[Any]) -> None:
        await self._respond(interaction, self.about_reply(lang_for(interaction.locale)))

    # --- autocomplete ----------------------------------------------------------------

    @episode.autocomplete("title")
    async def _complete_title(
        self, interaction: discord.Interaction[Any], current: str
    ) -> list[app_commands.Choice[str]]:
        async def titles() -> list[app_commands.Choice[str]]:
            found = await self.answerer.complete_titles(current, limit=CHOICES)
            return [choice(title, str(episode_id)) for episode_id, title in found]

        return await _choices("title", titles())

    @guest.autocomplete("name")
    async def _complete_guest(
        self, interaction: discord.Interaction[Any], current: str
    ) -> list[app_commands.Choice[str]]:
        async def people() -> list[app_commands.Choice[str]]:
            found = self.answerer.complete_people(current, limit=CHOICES)
            return [choice(f"{p.name} ({len(p.episode_ids)})", p.key) for p in found if p.key]

        return await _choices("guest", people())

    @topic.autocomplete("name")
    @latest.autocomplete("topic")
    async def _complete_topic(
        self, interaction: discord.Interaction[Any], current: str
    ) -> list[app_commands.Choice[str]]:
        async def topics() -> list[app_commands.Choice[str]]:
            found = self.answerer.complete_topics(current, limit=CHOICES)
            return [choice(f"{name} ({count})", name) for name, count in found]

        return await _choices("topic", topics())

    # --- replies ---------------------------------------------------------------------

    async def ask_reply(self, question: str, lang: str) -> Reply:
        """The best episode; the others that fit in an "Other matches" menu."""
        answer = await self.answerer.ask(question, limit=ASK_MATCHES)
        if not answer.episodes:
            return self.not_found("ask.none", lang, question=_echo(question))
        best = answer.episodes[0]
        return self.episode_reply_for(best, lang, matches=answer.episodes, why=answer.explain(best))

    def episode_reply_for(
        self,
        ep: Episode,
        lang: str,
        *,
        matches: list[Episode] | None = None,
        why: Explanation | None = None,
    ) -> Reply:
        view = episode_view(ep, lang, row=1)
        if matches and len(matches) > 1:
            view.add_item(MatchSelect.for_episodes(lang, matches, ep.id))
        return Reply(embeds=[episode_embed(ep, lang, why)], view=view)

    async def find_episode(self, value: str) -> Episode | None:
        """An episode by id (what autocomplete sends), else by its title, else by a search."""
        value = value.strip()
        if value.isdigit():
            found = await self.store.episodes_by_ids([int(value)])
            if found:
                return found[0]
        titles = await self.answerer.complete_titles(value, limit=1)
        if titles:
            found = await self.store.episodes_by_ids([titles[0][0]])
            if found:
                return found[0]
        answer = await self.answerer.ask(value, limit=1)
        return answer.episodes[0] if answer.episodes else None

    async def episode_reply(self, title: str, lang: str) -> Reply:
        ep = await self.find_episode(title)
        if ep is None:
            return self.not_found("episode.none", lang, title=_echo(title))
        ep.moments, ep.chapters = [], await chapters_of(self.store, ep.id)
        return self.episode_reply_for(ep, lang)

    async def guest_reply(self, name: str, lang: str) -> Reply:
        listing = self.guest_listing(name, lang)
        if listing is None:
            return self.not_found("guest.none", lang, name=_echo(name))
        return await self.page_reply(listing, 0, lang)

    async def topic_reply(self, name: str, lang: str) -> Reply:
        listing = self.topic_listing(name, lang)
        if listing is None:
            return self.not_found("topic.none", lang, topic=_echo(name))
        return await self.page_reply(listing, 0, lang)

    async def latest_reply(self, topic: str | None, lang: str) -> Reply:
        ids = self.answerer.latest(topic or None, limit=1)
        if topic and not ids:
            return self.not_found("topic.none", lang, topic=_echo(topic))
        found = await self.store.episodes_by_ids(ids)
        if not found:
            return Reply(content=t("latest.none", lang), ephemeral=True)
        return self.episode_reply_for(found[0], lang)

    async def search_reply(self, query: str, lang: str) -> Reply:
        listing = await self.search_listing(search_key(query), lang)
        if listing is None:
            return self.not_found("search.none", lang, query=_echo(query))
        return await self.page_reply(listing, 0, lang)

    async def about_reply(self, lang: str) -> Reply:
        feeds = await self.store.feeds()
        fetched = [f.last_fetch_at for f in feeds if f.last_fetch_at]
        stats = Stats(
            # Only podcasts that loaded, by title: a source that failed (a mistyped path,
            # a private feed's URL with its token) is the operator's business, not members'.
            podcasts=[(f.title, f.episode_count) for f in feeds if f.title and f.episode_count],
            episodes=await self.store.episode_count(),
            guests=await self.store.person_count("guest"),
            updated=max(fetched) if fetched else None,
            version=f"{bot_package.__version__} (discord.py {discord.__version__})",
        )
        return Reply(embeds=[about_embed(stats, lang)])

    def not_found(self, key: str, lang: str, **values: str) -> Reply:
        """A private "nothing found" with a few guests and topics that do exist."""
        people = [f"**{_echo(p.name)}**" for p in self.answerer.complete_people("", SUGGESTIONS)]
        topics = [f"**{_echo(n)}**" for n, _ in self.answerer.complete_topics("", SUGGESTIONS)]
        lines = [t(key, lang, **values)]
        if people and topics:
            lines.append(
                t("suggest.both", lang, people=join_or(people, lang), topics=join_or(topics, lang))
            )
        elif people:
            lines.append(t("suggest.people", lang, people=join_or(people, lang)))
        elif topics:
            lines.append(t("suggest.topics", lang, topics=join_or(topics, lang)))
        lines.append(t("suggest.commands", lang))
        return Reply(content="\n".join(lines), ephemeral=True)

    # --- lists -----------------------------------------------------------------------

    def guest_listing(self, name: str, lang: str) -> Listing | None:
        # By name or key; a key cut to fit a choice value is found by its start.
        person = self.answerer.person(name, cut_at=CHOICE_VALUE)
        if person is None or not person.episode_ids:
            return None
        description = person_description(person.note, len(person.episode_ids), lang)
        return Listing(GUEST, person.key, person.name, description, list(person.episode_ids))

    def topic_listing(self, name: str, lang: str) -> Listing | None:
        found = self.answerer.topic_listing(name)
        if found is None:
            return None
        display, ids = found
        description = t("list.episodes", lang, count=len(ids))
        return Listing(TOPIC, display, t("list.topic", lang, topic=display), description, ids)

    async def search_listing(self, key: str, lang: str) -> Listing | None:
        if not key:
            return None
        answer = await self.answerer.ask(key, limit=SEARCH_RESULTS)
        ids = [ep.id for ep in answer.episodes]
        if not ids:
            return None
        title = t("list.search", lang, query=one_line(key, ECHO_CHARS))
        count = t("list.episodes", lang, count=len(ids))
        return Listing(SEARCH, key, title, count, ids, tuple(answer.words))

    async def listing(self, kind: str, arg: str, lang: str) -> Listing | None:
        """Find a list again from what a button carries; ``None`` if it no longer exists."""
        if kind == GUEST:
            return self.guest_listing(arg, lang)
        if kind == TOPIC:
            return self.topic_listing(arg, lang)
        return await self.search_listing(arg, lang)

    async def page_reply(self, listing: Listing, page: int, lang: str) -> Reply:
        """One page of a list, with Previous/Next when there is more than one page."""
        pages = page_count(len(listing.ids))
        page = min(max(page, 0), pages - 1)
        start = page * PAGE_SIZE
        episodes = await self.store.episodes_by_ids(listing.ids[start : start + PAGE_SIZE])
        if not episodes:
            return Reply(content=t("expired", lang), ephemeral=True)
        embed = list_embed(
            listing.title,
            listing.description,
            episodes,
            page=page,
            pages=pages,
            first_number=start + 1,
            lang=lang,
            words=listing.words,
        )
        view = discord.ui.View(timeout=None)
        # A list whose key does not fit in a custom_id shows its first page only.
        if pages > 1 and len(listing.arg) <= PAGE_ARG_CHARS:
            view.add_item(
                PageButton(
                    lang,
                    listing.kind,
                    max(page - 1, 0),
                    listing.arg,
                    label=t("button.previous", lang),
                    disabled=page == 0,
                )
            )
            view.add_item(
                PageButton(
                    lang,
                    listing.kind,
                    page + 1,
                    listing.arg,
                    label=t("button.next", lang),
                    disabled=page >= pages - 1,
                )
            )
        view.add_item(OpenSelect([select_option(ep) for ep in episodes], lang))
        return Reply(embeds=[embed], view=view)

    # --- component handlers ------------------------------------------------------------

    async def turn_page(
        self, interaction: discord.Interaction[Any], lang: str, kind: str, arg: str, page: int
    ) -> None:
        async def work() -> Reply:
            listing = await self.listing(kind, arg, lang)
            if listing is None:
                return self.expired(interaction)
            return await self.page_reply(listing, page, lang)

        await self._respond(interaction, work(), edit=True)

    async def show_match(
        self, interaction: discord.Interaction[Any], lang: str, ids: list[int], chosen: int
    ) -> None:
        async def work() -> Reply:
            episodes = await self.store.episodes_by_ids(ids)
            shown = next((ep for ep in episodes if ep.id == chosen), None)
            if shown is None:
                return self.expired(interaction)
            return self.episode_reply_for(shown, lang, matches=episodes)

        await self._respond(interaction, work(), edit=True)

    async def open_episode(self, interaction: discord.Interaction[Any], chosen: int) -> None:
        lang = lang_for(interaction.locale)

        async def work() -> Reply:
            found = await self.store.episodes_by_ids([chosen])
            if not found:
                return self.expired(interaction)
            return self.episode_reply_for(found[0], lang)

        await self._respond(interaction, work(), private=True)

    def expired(self, interaction: discord.Interaction[Any]) -> Reply:
        return Reply(content=t("expired", lang_for(interaction.locale)), ephemeral=True)


async def setup(bot: PodcastBot) -> None:
    """Extension entry point: the cog and its persistent components (they outlive restarts)."""
    await bot.add_cog(Episodes(bot))
    bot.add_dynamic_items(*DYNAMIC_ITEMS)


async def teardown(bot: PodcastBot) -> None:
    bot.remove_dynamic_items(*DYNAMIC_ITEMS)
