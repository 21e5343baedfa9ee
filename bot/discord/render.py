"""Episodes, lists and bot facts as Discord embeds and link buttons, within Discord's limits.

Every text that reaches Discord goes through :func:`bot.text.truncate` with the limits
below, and :func:`fit_embed` checks a finished embed against all of them (including the
6000-character total) so no reply is ever rejected as an "Invalid Form Body".
Text from feeds is escaped (``discord.utils.escape_markdown``) where Discord renders
markdown (titles, descriptions, field values) so a stray ``*`` or ``_`` cannot garble the
reply; mentions in it never ping because the bot sends with ``AllowedMentions.none()``.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from urllib.parse import urlsplit

import discord
from discord import app_commands

from bot.discord.i18n import t
from bot.moments.find import moment_url
from bot.moments.segment import clock
from bot.snippets import SNIPPET_CHARS, Explanation, matched_spans, snippet, summary_start
from bot.store import Episode
from bot.text import collapse_spaces, strip_invisible, truncate

# Discord's limits (https://discord.com/developers/docs/resources/message#embed-object-embed-limits).
EMBED_TITLE = 256
EMBED_DESCRIPTION = 4096
FIELD_NAME = 256
FIELD_VALUE = 1024
EMBED_FIELDS = 25
FOOTER_TEXT = 2048
AUTHOR_NAME = 256
EMBED_TOTAL = 6000
CHOICES = 25
CHOICE_NAME = 100
CHOICE_VALUE = 100
BUTTON_LABEL = 80
SELECT_OPTIONS = 25
OPTION_LABEL = 100
OPTION_DESCRIPTION = 100
PLACEHOLDER = 150
CUSTOM_ID = 100
CONTENT = 2000
BUTTON_URL = 512
EMBED_URL = 2048

# Our own, smaller budgets: a reply should be read at a glance.
SUMMARY_CHARS = 1200
NAMES_SHOWN = 12
TOPICS_SHOWN = 10
PAGE_SIZE = 5
COLOUR = discord.Colour(0x2B6CB0)
BLANK = "\u200b"  # Discord refuses empty field names and values


@dataclass(slots=True)
class Reply:
    """What to send back: rendered, not yet sent."""

    content: str | None = None
    embeds: list[discord.Embed] = field(default_factory=list)
    view: discord.ui.View | None = None
    ephemeral: bool = False


@dataclass(slots=True)
class Stats:
    """What ``/about`` shows."""

    podcasts: list[tuple[str, int]]  # (title, episode count)
    episodes: int
    guests: int
    updated: datetime | None
    version: str


# --- text helpers -----------------------------------------------------------------------


def clean(text: str | None, limit: int, *, at_sentence: bool = False) -> str:
    """Feed text made safe for Discord: invisible characters dropped, markdown escaped,
    cut to ``limit``."""
    if not text:
        return ""
    # Cut before escaping too: escaping only lengthens, and it is slow on huge inputs.
    raw = truncate(strip_invisible(text).strip(), limit, at_sentence=at_sentence)
    return truncate(discord.utils.escape_markdown(raw), limit, at_sentence=at_sentence)


def one_line(text: str, limit: int) -> str:
    """A single line of at most ``limit`` characters (labels, choice names, footers)."""
    return truncate(collapse_spaces(strip_invisible(text)), limit)


def web_url(url: str | None, limit: int = EMBED_URL) -> str | None:
    """``url`` if Discord will accept it as a link (http or https, short enough)."""
    if not url or len(url) > limit or any(c.isspace() for c in url):
        return None
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    return url if parts.scheme in ("http", "https") and parts.netloc else None


def discord_date(when: datetime | None, style: str = "D") -> str | None:
    """A Discord timestamp, shown in each reader's own time zone and language."""
    return f"<t:{int(when.timestamp())}:{style}>" if when else None


def format_duration(seconds: int | None) -> str | None:
    """``1 h 05 min``, ``42 min``, ``45 s``."""
    if not seconds or seconds <= 0:
        return None
    if seconds < 60:
        return f"{seconds} s"
    minutes = round(seconds / 60)
    hours, minutes = divmod(minutes, 60)
    return f"{hours} h {minutes:02d} min" if hours else f"{minutes} min"


def _join_names(names: Sequence[str], shown: int) -> str:
    listed = ", ".join(collapse_spaces(n) for n in names[:shown])
    extra = len(names) - shown
    return f"{listed} (+{extra})" if extra > 0 else listed


# --- limits -----------------------------------------------------------------------------


def fit_embed(embed: discord.Embed) -> discord.Embed:
    """Cut every part of ``embed`` to Discord's limits, in place; returns it.

    The 6000-character total is met by shortening the description first, then the
    field values from the last field up, then dropping fields.
    """
    if embed.title:
        embed.title = truncate(embed.title, EMBED_TITLE)
    if embed.description:
        embed.description = truncate(embed.description, EMBED_DESCRIPTION, at_sentence=True)
    while len(embed.fields) > EMBED_FIELDS:
        embed.remove_field(len(embed.fields) - 1)
    for i, f in enumerate(embed.fields):
        embed.set_field_at(
            i,
            name=truncate(f.name or BLANK, FIELD_NAME) or BLANK,
            value=truncate(f.value or BLANK, FIELD_VALUE) or BLANK,
            inline=bool(f.inline),
        )
    if embed.footer.text:
        embed.set_footer(
            text=truncate(embed.footer.text, FOOTER_TEXT), icon_url=embed.footer.icon_url
        )
    if embed.author.name:
        embed.set_author(
            name=truncate(embed.author.name, AUTHOR_NAME),
            url=embed.author.url,
            icon_url=embed.author.icon_url,
        )
    _fit_total(embed)
    return embed


def _fit_total(embed: discord.Embed) -> None:
    excess = len(embed) - EMBED_TOTAL
    if excess > 0 and embed.description:
        keep = max(len(embed.description) - excess, 0)
        embed.description = truncate(embed.description, keep, at_sentence=True) or None
        excess = len(embed) - EMBED_TOTAL
    for i in reversed(range(len(embed.fields))):
        if excess <= 0:
            return
        f = embed.fields[i]
        value = f.value or BLANK
        keep = len(value) - excess
        if keep >= 40:  # still worth reading
            embed.set_field_at(i, name=f.name, value=truncate(value, keep), inline=bool(f.inline))
        else:
            embed.remove_field(i)
        excess = len(embed) - EMBED_TOTAL
    if excess > 0 and embed.footer.text:
        embed.set_footer(
            text=truncate(embed.footer.text, max(len(embed.footer.text) - excess, 0)) or None,
            icon_url=embed.footer.icon_url,
        )
        excess = len(embed) - EMBED_TOTAL
    if excess > 0 and embed.title:
        embed.title = truncate(embed.title, max(len(embed.title) - excess, 1))


def choice(name: str, value: str) -> app_commands.Choice[str]:
    """An autocomplete choice within Discord's limits (name and value at most 100)."""
    return app_commands.Choice(
        name=one_line(name, CHOICE_NAME) or BLANK, value=value[:CHOICE_VALUE]
    )


# --- episodes ---------------------------------------------------------------------------


def _set_podcast(embed: discord.Embed, ep: Episode) -> None:
    if ep.feed_title:
        embed.set_author(
            name=one_line(ep.feed_title, AUTHOR_NAME),
            url=web_url(ep.feed_link),
            icon_url=web_url(ep.feed_image),
        )
    artwork = web_url(ep.image) or web_url(ep.feed_image)
    if artwork:
        embed.set_thumbnail(url=artwork)


def _numbering(ep: Episode, lang: str) -> str | None:
    if ep.season is not None and ep.number is not None:
        return t("label.season_number", lang, season=ep.season, number=ep.number)
    if ep.number is not None:
        return t("label.number", lang, number=ep.number)
    return None


def highlight(text: str, words: Sequence[str], limit: int = SNIPPET_CHARS) -> str:
    """Feed text made safe for Discord (see :func:`clean`) with the question's ``words``
    in **bold**. Each piece is escaped on its own, so a ``*`` or ``_`` in the feed's text
    can neither break the bold nor make any of its own."""
    text = truncate(collapse_spaces(strip_invisible(text)), limit)
    out: list[str] = []
    end = 0
    for start, stop in matched_spans(text, words) if words else ():
        out.append(discord.utils.escape_markdown(text[end:start]))
        out.append(f"**{discord.utils.escape_markdown(text[start:stop])}**")
        end = stop
    out.append(discord.utils.escape_markdown(text[end:]))
    # Two bold words side by side ("**a** **b**") are fine; "****" would not be.
    return "".join(out).replace("****", "")


def reason_line(why: Explanation, lang: str) -> str:
    """Why the episode answers, in the reader's language: "Guest: Beatriz Magaloni"."""
    parts = [
        f"{t(f'reason.{kind}', lang)}: {clean(one_line(value, 200), 200)}"
        if value
        else t(f"reason.{kind}", lang)
        for kind, value in why.parts
    ]
    return " · ".join(parts)


def episode_embed(ep: Episode, lang: str, why: Explanation | None = None) -> discord.Embed:
    """One episode: linked title, summary, date, duration, guests, topics, podcast, artwork.

    With ``why`` (the episode answers a question) the summary gives way to the snippet of
    the notes that answers, its matched words in bold, and the reason on a line below."""
    if why is not None:
        lines = [highlight(why.snippet, why.words)] if why.snippet else []
        reason = reason_line(why, lang)
        if reason:
            lines.append(f"*{reason}*")
        description = "\n".join(lines)
    else:
        description = clean(
            summary_start(ep.summary or ep.description, SUMMARY_CHARS), SUMMARY_CHARS
        )
    embed = discord.Embed(
        title=clean(one_line(ep.title, EMBED_TITLE * 2), EMBED_TITLE),
        url=web_url(ep.link),
        description=description or None,
        colour=COLOUR,
    )
    _set_podcast(embed, ep)
    if ep.published:
        embed.add_field(name=t("label.released", lang), value=discord_date(ep.published) or "")
    duration = format_duration(ep.duration)
    if duration:
        embed.add_field(name=t("label.duration", lang), value=duration)
    if ep.guests:
        embed.add_field(
            name=t("label.guests", lang),
            value=clean(_join_names(ep.guests, NAMES_SHOWN), FIELD_VALUE),
            inline=False,
        )
    if ep.topics:
        embed.add_field(
            name=t("label.topics", lang),
            value=clean(_join_names(ep.topics, TOPICS_SHOWN), FIELD_VALUE),
            inline=False,
        )
    numbering = _numbering(ep, lang)
    if numbering:
        embed.set_footer(text=numbering)
    _add_moments(embed, ep, lang)
    return fit_embed(embed)


def link_buttons(ep: Episode, lang: str) -> list[discord.ui.Button[discord.ui.View]]:
    """The "Listen" (audio file) and "Episode page" buttons, for the links the episode has."""
    buttons = []
    for key, url in (("button.listen", ep.audio_url), ("button.page", ep.link)):
        if web_url(url, BUTTON_URL):
            buttons.append(
                discord.ui.Button(label=t(key, lang), url=url, style=discord.ButtonStyle.link)
            )
    return buttons


def episode_view(ep: Episode, lang: str, *, row: int | None = None) -> discord.ui.View:
    """A view holding the episode's link buttons (possibly none); callers add more items."""
    view = discord.ui.View(timeout=None)
    for button in link_buttons(ep, lang):
        button.row = row
        view.add_item(button)
    if ep.guests or ep.topics:
        # Imported here: the follow components import modules that import this one.
        from bot.discord.follow.components import FollowButton

        view.add_item(FollowButton(lang, ep.id, row=row))
    return view


def select_option(ep: Episode, *, default: bool = False) -> discord.SelectOption:
    """An episode as a select-menu option: its title, date and podcast; the value is its id."""
    details = [d for d in (ep.published and ep.published.date().isoformat(), ep.feed_title) if d]
    return discord.SelectOption(
        label=one_line(ep.title, OPTION_LABEL) or str(ep.id),
        value=str(ep.id),
        description=one_line(" · ".join(details), OPTION_DESCRIPTION) or None,
        default=default,
    )


# --- lists ------------------------------------------------------------------------------


def page_count(total: int, size: int = PAGE_SIZE) -> int:
    return max(1, math.ceil(total / size))


def _list_entry(ep: Episode, lang: str, words: Sequence[str] = ()) -> str:
    facts = [
        f
        for f in (
            discord_date(ep.published),
            format_duration(ep.duration),
            clean(_join_names(ep.guests, 4), 200) if ep.guests else None,
        )
        if f
    ]
    lines = [" · ".join(facts)] if facts else []
    found = snippet(ep.description or ep.summary, words) if words else ""
    if found:
        summary = highlight(found, words)
    else:
        summary = clean(summary_start(ep.summary or ep.description), SNIPPET_CHARS)
    if summary:
        lines.append(summary)
    link = web_url(ep.link)
    if link:
        # Markdown links end at ")", so one inside the URL is percent-encoded.
        lines.append(f"[{t('list.episode_page', lang)}]({link.replace(')', '%29')})")
    return "\n".join(lines) or BLANK


def list_embed(
    title: str,
    description: str | None,
    episodes: Sequence[Episode],
    *,
    page: int,
    pages: int,
    first_number: int,
    lang: str,
    words: Sequence[str] = (),
) -> discord.Embed:
    """One page of a list of episodes: a numbered field per episode, "Page x of y" below.

    Each shows its snippet: the sentence or two of its notes holding the most of ``words``
    (in bold), else the start of its summary."""
    embed = discord.Embed(
        title=clean(one_line(title, EMBED_TITLE * 2), EMBED_TITLE),
        description=description or None,
        colour=COLOUR,
    )
    for number, ep in enumerate(episodes, start=first_number):
        embed.add_field(
            name=f"{number}. {clean(one_line(ep.title, FIELD_NAME), FIELD_NAME - 8)}",
            value=truncate(_list_entry(ep, lang, words), FIELD_VALUE),
            inline=False,
        )
    if pages > 1:
        embed.set_footer(text=t("list.footer", lang, page=page + 1, pages=pages))
    return fit_embed(embed)


def person_description(note: str | None, count: int, lang: str) -> str:
    """Under a guest's name: their note (affiliation) and how many episodes, newest first."""
    parts = [clean(one_line(note, 300), 300)] if note else []
    parts.append(f"{t('list.episodes', lang, count=count)}, {t('list.newest_first', lang)}")
    return "\n".join(parts)


# --- /about -----------------------------------------------------------------------------


def about_embed(stats: Stats, lang: str) -> discord.Embed:
    """What the bot knows: its podcasts, how many episodes and guests, when it last updated."""
    embed = discord.Embed(
        title=t("about.title", lang), description=t("about.description", lang), colour=COLOUR
    )
    podcasts = "\n".join(
        f"{clean(one_line(title, 200), 200)} — {t('list.episodes', lang, count=count)}"
        for title, count in stats.podcasts
    )
    embed.add_field(
        name=t("about.podcasts", lang),
        value=truncate(podcasts or t("about.none", lang), FIELD_VALUE),
        inline=False,
    )
    embed.add_field(name=t("about.episodes", lang), value=str(stats.episodes))
    embed.add_field(name=t("about.guests", lang), value=str(stats.guests))
    embed.add_field(
        name=t("about.updated", lang),
        value=discord_date(stats.updated, "R") or t("about.never", lang),
    )
    embed.add_field(name=t("about.version", lang), value=stats.version)
    return fit_embed(embed)


# --- moments and chapters (issue 14) -----------------------------------------------------

MOMENT_TEXT_CHARS = 200
CHAPTERS_SHOWN = 10


def _moment_line(ep: Episode, start: float, title: str | None) -> str:
    """ "▶ 12:34 — title" ("▶ 12:34" for an untitled transcript paragraph), linked to the
    moment when there is a link."""
    text = f"▶ {clock(start)} — {title}" if title else f"▶ {clock(start)}"
    label = clean(one_line(text, 200), 200)
    url = web_url(moment_url(ep, start))
    if not url:
        return label
    # Brackets would end the link text early; <url> keeps Discord from unfurling it.
    return f"[{label.replace('[', '(').replace(']', ')')}](<{url}>)"


def _add_moments(embed: discord.Embed, ep: Episode, lang: str) -> None:
    """The answer's moments (with the segment's text as the snippet), else the chapters."""
    if ep.moments:
        lines = []
        for s in ep.moments:
            lines.append(_moment_line(ep, s.start, s.title))
            if s.text:
                lines.append(clean(one_line(s.text, MOMENT_TEXT_CHARS * 2), MOMENT_TEXT_CHARS))
        _fit_lines(embed, t("label.moments", lang), lines)
    elif ep.chapters:
        shown = ep.chapters[:CHAPTERS_SHOWN]
        lines = [_moment_line(ep, s.start, s.title) for s in shown]
        if len(ep.chapters) > CHAPTERS_SHOWN:
            lines.append(t("label.more_chapters", lang, count=len(ep.chapters) - CHAPTERS_SHOWN))
        _fit_lines(embed, t("label.chapters", lang), lines)


def _fit_lines(embed: discord.Embed, name: str, lines: list[str]) -> None:
    """As many whole lines as fit in one field (a link cut in half would show raw)."""
    value = ""
    for line in lines:
        if len(value) + len(line) + 1 > FIELD_VALUE:
            break
        value = f"{value}\n{line}" if value else line
    if value:
        embed.add_field(name=name, value=value, inline=False)
