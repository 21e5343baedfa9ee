"""What members name in command options: a guest, a topic or a podcast.

``/announce add`` and ``/follow`` both take them, so both resolve a typed name the same
way (to a person key, a catalogue topic or a feed id, or a :class:`UserError` with the
command's own message) and offer the same autocomplete choices.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from discord import app_commands

from bot.answer import feed_named
from bot.discord.errors import UserError
from bot.discord.render import choice
from bot.text import fold

if TYPE_CHECKING:
    from bot.discord.client import PodcastBot

log = logging.getLogger(__name__)

CHOICES = 25  # Discord shows at most 25 autocomplete choices


def topic_named(bot: PodcastBot, value: str, unknown: str) -> str:
    """The catalogue topic ``value`` names; else the :class:`UserError` ``unknown``."""
    name = bot.answerer.known_topic(value)
    if name is None:
        raise UserError(unknown, value=value[:100])
    return name


def guest_named(bot: PodcastBot, value: str, unknown: str) -> str:
    """The key of the person ``value`` names; else the :class:`UserError` ``unknown``."""
    key = bot.answerer.known_person(value)
    if key is None:
        raise UserError(unknown, value=value[:100])
    return key


async def podcast_named(bot: PodcastBot, value: str, unknown: str) -> int:
    """The id of the feed ``value`` names; else the :class:`UserError` ``unknown``."""
    feed_id = feed_named(await bot.store.feeds(), value)
    if feed_id is None:
        raise UserError(unknown, value=value[:100])
    return feed_id


# An autocomplete that raises shows the member an error instead of choices, and the
# exception only reaches discord.py's log: each returns no choices and logs it here.


def guest_choices(bot: PodcastBot, current: str) -> list[app_commands.Choice[str]]:
    """Guests whose names match what is typed, with their episode counts."""
    try:
        found = bot.answerer.complete_people(current, limit=CHOICES)
        return [choice(f"{p.name} ({len(p.episode_ids)})", p.key) for p in found if p.key]
    except Exception:
        log.exception("guest autocomplete failed")
        return []


def topic_choices(bot: PodcastBot, current: str) -> list[app_commands.Choice[str]]:
    """Topics whose names match what is typed, with their episode counts."""
    try:
        found = bot.answerer.complete_topics(current, limit=CHOICES)
        return [choice(f"{name} ({count})", name) for name, count in found]
    except Exception:
        log.exception("topic autocomplete failed")
        return []


async def podcast_choices(bot: PodcastBot, current: str) -> list[app_commands.Choice[str]]:
    """Podcasts whose titles hold what is typed; the value is the feed id."""
    try:
        typed = fold(current).strip()
        return [
            choice(feed.title or f"#{feed.id}", str(feed.id))
            for feed in await bot.store.feeds()
            if typed in fold(feed.title)
        ][:CHOICES]
    except Exception:
        log.exception("podcast autocomplete failed")
        return []
