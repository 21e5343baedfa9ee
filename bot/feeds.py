"""Fetch podcast feeds and parse them into episodes.

Parser choice: we read the XML with lxml ourselves instead of using feedparser or
podcastparser. feedparser keeps no ``podcast:person`` names (only attributes), and
podcastparser only knows the older GitHub namespace URI of Podcasting 2.0. Real feeds use
both URIs (and mis-spell others, e.g. ``itunes`` in capitals or ``content`` without its
trailing slash), so every element is classified by a normalised namespace URI instead of
an exact match. lxml also lets us refuse entity declarations (XML bombs) before parsing,
and recover from feeds that are not well-formed (an undefined entity, a blank line before
the XML declaration) as podcast apps do.
"""

from __future__ import annotations

import dataclasses
import email.utils
import hashlib
import html
import logging
import math
import operator
import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path

from lxml import etree

from bot import __version__
from bot.moments.transcripts import PREFERENCE as TRANSCRIPT_PREFERENCE
from bot.moments.transcripts import TYPES as TRANSCRIPT_TYPES
from bot.snippets import clean_notes
from bot.text import collapse_spaces, normalize, redact_url, short_error

MAX_FEED_BYTES = 25 * 1024 * 1024
USER_AGENT = f"PodcastEpisodeBot/{__version__} (Discord bot; +feed reader)"
# Bounds past which a number in a feed is a mistake, not a value: SQLite integers stop at
# 2**63, and no episode lasts a month (a larger duration is milliseconds or junk).
MAX_NUMBER = 2**31 - 1
MAX_DURATION = 31 * 24 * 3600
# The itunes:episodeType values kept: "full" (the default) and anything else are None.
EPISODE_TYPES = frozenset({"trailer", "bonus"})

log = logging.getLogger(__name__)


class FeedError(Exception):
    """A feed that cannot be read or parsed. The message is one short line for people."""

    def __init__(self, message: str, *, retry_after: float | None = None) -> None:
        super().__init__(message)
        self.retry_after = retry_after  # seconds a server asked us to wait (Retry-After)


@dataclass(slots=True)
class Person:
    name: str
    role: str = "guest"
    href: str | None = None
    img: str | None = None


@dataclass(slots=True)
class ParsedEpisode:
    title: str
    guid: str | None = None
    link: str | None = None
    published: datetime | None = None
    summary: str = ""
    description: str = ""
    audio_url: str | None = None
    duration: int | None = None
    image: str | None = None
    season: int | None = None
    number: int | None = None
    language: str | None = None
    keywords: list[str] = field(default_factory=list)
    categories: list[str] = field(default_factory=list)
    persons: list[Person] = field(default_factory=list)
    transcript_url: str | None = None
    transcript_type: str | None = None  # the chosen podcast:transcript's type and language
    transcript_language: str | None = None
    chapters_url: str | None = None
    episode_type: str | None = None  # itunes:episodeType "trailer" or "bonus" (None: full)
    position: int = 0
    key: str = ""

    def content_hash(self) -> str:
        """A digest of the item's content, to tell an edited item.

        The position is left out: a new item at the top moves every other one down, and
        that is not an edit.
        """
        parts = [
            self.title,
            self.guid or "",
            self.link or "",
            self.published.isoformat() if self.published else "",
            self.summary,
            self.description,
            self.audio_url or "",
            str(self.duration),
            self.image or "",
            str(self.season),
            str(self.number),
            self.language or "",
            ",".join(self.keywords),
            ",".join(self.categories),
            ";".join(f"{p.name}|{p.role}|{p.href}|{p.img}" for p in self.persons),
            self.transcript_url or "",
            self.chapters_url or "",
        ]
        if self.transcript_type or self.transcript_language:
            # Only when present: an item without them keeps the digest it always had.
            parts += [self.transcript_type or "", self.transcript_language or ""]
        if self.episode_type:
            # The same: a full episode's digest is the one it always had.
            parts.append(self.episode_type)
        return hashlib.sha1("\x1f".join(parts).encode()).hexdigest()


@dataclass(slots=True)
class ParsedFeed:
    title: str
    link: str | None = None
    description: str = ""
    language: str | None = None
    author: str | None = None
    image: str | None = None
    categories: list[str] = field(default_factory=list)
    keywords: list[str] = field(default_factory=list)
    persons: list[Person] = field(default_factory=list)
    episodes: list[ParsedEpisode] = field(default_factory=list)


# --- namespaces -----------------------------------------------------------------------

_NS_KINDS = {
    "www.itunes.com/dtds/podcast-1.0.dtd": "itunes",
    "podcastindex.org/namespace/1.0": "podcast",
    "github.com/podcastindex-org/podcast-namespace/blob/main/docs/1.0.md": "podcast",
    "purl.org/rss/1.0/modules/content": "content",
    "purl.org/dc/elements/1.1": "dc",
    "search.yahoo.com/mrss": "media",
    "www.w3.org/2005/atom": "atom",
    "www.google.com/schemas/play-podcasts/1.0": "googleplay",
}


def _ns_kind(uri: str) -> str:
    key = re.sub(r"^https?://", "", uri.strip().lower()).rstrip("/")
    return _NS_KINDS.get(key, key)


def _split(tag: object) -> tuple[str, str]:
    """Return (namespace kind, local name) of an element tag; ('', name) without namespace."""
    if not isinstance(tag, str):  # comments and processing instructions
        return ("#", "")
    found = _SPLIT_CACHE.get(tag)
    if found is None:
        if tag.startswith("{"):
            uri, _, local = tag[1:].partition("}")
            found = (_ns_kind(uri), local.lower())
        else:
            found = ("", tag.lower())
        if len(_SPLIT_CACHE) < 10_000:  # a feed uses a few dozen tags; a hostile one, more
            _SPLIT_CACHE[tag] = found
    return found


_SPLIT_CACHE: dict[str, tuple[str, str]] = {}


# --- text helpers ---------------------------------------------------------------------

_ESCAPED_TAG = re.compile(r"&lt;/?[a-zA-Z][^&]{0,200}?&gt;")
_ENTITY = re.compile(r"&(?:[a-zA-Z][a-zA-Z0-9]{1,31}|#\d{1,7}|#x[0-9a-fA-F]{1,6});")
# Regular expressions rather than an HTML parser: show notes are small, simple fragments and
# ingest must stay fast (thousands of episodes a second); what they miss is only spacing.
_COMMENT = re.compile(r"<!--.*?(?:-->|\Z)", re.S)
_SKIPPED = re.compile(
    r"<(script|style|noscript|iframe|head|template|svg|object)\b[^>]*>.*?(?:</\1\s*>|\Z)",
    re.S | re.I,
)
_BLOCK_TAG = re.compile(
    r"</?(?:p|br|div|li|ul|ol|h[1-6]|blockquote|tr|table|section|article|pre|hr|dd|dt)\b[^>]*>",
    re.I,
)
_CELL_TAG = re.compile(r"</?t[dh]\b[^>]*>", re.I)
_ANY_TAG = re.compile(r"</?[a-zA-Z][^<>]*>")


# The white space of str.split() but the space and the line break: in ASCII text, then in
# any text (a character class: one C-level scan, no match on nearly every text).
_ASCII_SPACES = ("\t", "\x0b", "\x0c", "\r", "\x1c", "\x1d", "\x1e", "\x1f")
_OTHER_SPACE = re.compile(
    "[\t\x0b\x0c\r\x1c-\x1f\x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]"
)
_SPACE_RUN = re.compile("  +")
_BLANK_RUN = re.compile("\n\n\n+")


def _spaces_only(text: str) -> bool:
    """Whether the only white space in ``text`` is spaces and line breaks."""
    if text.isascii():
        return not any(ch in text for ch in _ASCII_SPACES)
    return _OTHER_SPACE.search(text) is None


def html_to_text(raw: str | None) -> str:
    """Turn HTML show notes into clean, readable plain text.

    Handles double-escaped markup (``&lt;p&gt;``) and entities (``Juli&amp;aacute;n``),
    drops scripts, styles and images (tracking pixels), keeps paragraph breaks.
    """
    if not raw:
        return ""
    text = raw
    # Markup that was escaped twice arrives here as "&lt;p&gt;": undo one level first.
    if "<" not in text and _ESCAPED_TAG.search(text):
        text = html.unescape(text)
    if "<" in text:
        if "<!--" in text:  # a C-level scan: most notes have no comment to drop
            text = _COMMENT.sub("", text)
        text = _SKIPPED.sub(" ", text)
        text = _BLOCK_TAG.sub("\n", text)
        text = _CELL_TAG.sub(" ", text)
        text = _ANY_TAG.sub("", text)
    # Entities, then a second level where they were escaped twice ("Juli&amp;aacute;n").
    for _ in range(3):
        if "&" not in text or not _ENTITY.search(text):
            break
        text = html.unescape(text)
    text = text.replace("\xa0", " ").replace("\r", "")
    if "\n" not in text:  # one line (most titles): only its spaces to collapse
        return " ".join(text.split())
    if _spaces_only(text):
        # What the loop below makes of each line, for the whole text at once (C-level
        # passes, not one split and join a line): runs of spaces are one space, none at
        # either end of a line, and a run of blank lines is one paragraph break.
        if "  " in text:
            text = _SPACE_RUN.sub(" ", text)
        text = text.replace(" \n", "\n").replace("\n ", "\n").strip(" ")
        if "\n\n\n" in text:
            text = _BLANK_RUN.sub("\n\n", text)
        return text.strip("\n")
    paragraphs: list[str] = []
    blank = False
    for raw_line in text.split("\n"):
        line = " ".join(raw_line.split())
        if line:
            if blank and paragraphs:
                paragraphs.append("")
            paragraphs.append(line)
            blank = False
        else:
            blank = True
    return "\n".join(paragraphs)


def _text(el: etree._Element) -> str:
    if len(el) == 0:  # no child elements: the common case, without an iterator
        return (el.text or "").strip()
    return "".join(el.itertext()).strip()


# C0 and C1 control characters but tab and newline (terminal escapes such as ESC[2J, bells,
# carriage returns that overwrite a line), and lone surrogates (which no encoder accepts).
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff]")
# With the space before a run: a control that collapsing took for a space ("\r", "\x85")
# leaves no double space.
_CONTROL_RUN = re.compile(" ?[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff]+")


# The ASCII ones among them, as UTF-8 bytes.
_ASCII_CONTROLS = bytes([*range(9), *range(11, 32), 127])


def _has_control(text: str) -> bool:
    """Whether ``_CONTROL`` would find something in ``text``, found with byte operations in
    C (a quarter of the regular expression's time on show notes): lone surrogates cannot be
    encoded, ASCII controls are bytes to delete, and C1 controls start with the byte 0xC2."""
    try:
        data = text.encode()
    except UnicodeEncodeError:  # a lone surrogate
        return True
    if len(data.translate(None, _ASCII_CONTROLS)) != len(data):
        return True
    return b"\xc2" in data and _CONTROL.search(text) is not None


def clean_text(text: str) -> str:
    """Drop control characters (but newline and tab) and lone surrogates from feed text."""
    return _CONTROL_RUN.sub("", text) if _CONTROL.search(text) else text


_TEXT_FIELDS: dict[type, tuple[str, ...]] = {}
# Per class: a getter of its text fields, and one of its lists (of texts or of people).
_TEXT_GETTERS: dict[type, tuple[Callable[[object], tuple[object, ...]], ...]] = {}


def _all_text(obj: ParsedEpisode | ParsedFeed | Person) -> str:
    """Every text of ``obj`` (as ``_scrub`` cleans them) in one string, to search once."""
    getters = _TEXT_GETTERS.get(type(obj))
    if getters is None:
        fields = [f for f in dataclasses.fields(obj) if f.name != "episodes"]
        texts = [f.name for f in fields if f.type in ("str", "str | None")]
        lists = [f.name for f in fields if str(f.type).startswith("list[")]
        getters = (_getter(texts), _getter(lists))
        _TEXT_GETTERS[type(obj)] = getters
    found = [text for text in getters[0](obj) if text]
    for values in getters[1](obj):
        for value in values:
            found.append(value if isinstance(value, str) else _all_text(value))
    return "".join(found)


def _getter(names: list[str]) -> Callable[[object], tuple[object, ...]]:
    """``operator.attrgetter`` (a C loop) that always gives a tuple, for any count of names."""
    if len(names) > 1:
        return operator.attrgetter(*names)
    if names:
        get = operator.attrgetter(names[0])
        return lambda obj: (get(obj),)
    return lambda obj: ()


def _scrub(obj: ParsedEpisode | ParsedFeed | Person) -> None:
    """Clean every text of a parsed item, feed or person in place (see ``clean_text``).

    Done once per object at parse time, on the final values: a control character can also
    arrive escaped twice (``&amp;#x1B;``) and only appear once the HTML is decoded.
    """
    if not _has_control(_all_text(obj)):  # nearly always: one pass, nothing to change
        return
    names = _TEXT_FIELDS.get(type(obj))
    if names is None:
        names = tuple(f.name for f in dataclasses.fields(obj) if f.name != "episodes")
        _TEXT_FIELDS[type(obj)] = names
    for name in names:
        value = getattr(obj, name)
        if isinstance(value, str):
            if _CONTROL.search(value):
                setattr(obj, name, _CONTROL_RUN.sub("", value))
        elif isinstance(value, list) and value:
            for i, part in enumerate(value):
                if isinstance(part, str):
                    value[i] = clean_text(part)
                elif isinstance(part, Person):
                    _scrub(part)


_TZINFOS = {
    "EST": -5 * 3600,
    "EDT": -4 * 3600,
    "CST": -6 * 3600,
    "CDT": -5 * 3600,
    "MST": -7 * 3600,
    "MDT": -6 * 3600,
    "PST": -8 * 3600,
    "PDT": -7 * 3600,
    "GMT": 0,
    "UTC": 0,
    "UT": 0,
    "Z": 0,
    "BST": 3600,
    "CET": 3600,
    "CEST": 7200,
}


def parse_date(value: str | None) -> datetime | None:
    """Parse an RFC 822 date, or the looser forms real feeds use, into aware UTC."""
    if not value or not value.strip():
        return None
    value = value.strip()
    fast = _rfc822_date(value)
    if fast is not None:
        return fast
    parsed: datetime | None = None
    try:
        parsed = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        parsed = None
    if parsed is None:
        parsed = _loose_date(value)
    if parsed is None:
        return None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=UTC)
    try:
        return parsed.astimezone(UTC)
    except (OverflowError, ValueError):
        return None


# The usual RFC 822 form ("Mon, 01 Jan 2024 10:00:00 GMT" or "+0100"), read directly: what
# ``email.utils`` makes of it, in a third of its time. Any other form takes the long way.
_RFC822 = re.compile(
    r"(?:[A-Za-z]{3}, )?(\d\d?) ([A-Za-z]{3}) ([1-9]\d{3}) (\d\d):(\d\d):(\d\d) "
    r"([A-Za-z]{1,3}|[+-]\d{4})",
    re.ASCII,
)
_MONTHS = {m: i for i, m in enumerate("jan feb mar apr may jun jul aug sep oct nov dec".split(), 1)}
# ``email.utils``' zone names (hours and minutes as a number); others take the long way.
_RFC822_ZONES = {
    "UT": 0, "UTC": 0, "GMT": 0, "Z": 0, "AST": -400, "ADT": -300, "EST": -500, "EDT": -400,
    "CST": -600, "CDT": -500, "MST": -700, "MDT": -600, "PST": -800, "PDT": -700,
}  # fmt: skip


def _rfc822_date(value: str) -> datetime | None:
    """``value`` in the usual RFC 822 form as aware UTC, or None for ``parse_date``'s
    general way (another form, an impossible date or zone)."""
    match = _RFC822.fullmatch(value)
    if match is None:
        return None
    day, month, year, hour, minute, second, zone = match.groups()
    number = _MONTHS.get(month.lower())
    hhmm = _RFC822_ZONES.get(zone.upper()) if zone.isalpha() else int(zone)
    if number is None or hhmm is None or abs(hhmm) % 100 >= 60 or abs(hhmm) >= 2400:
        return None
    offset = (abs(hhmm) // 100 * 3600 + abs(hhmm) % 100 * 60) * (-1 if hhmm < 0 else 1)
    try:
        when = datetime(int(year), number, int(day), int(hour), int(minute), int(second), 0, UTC)
        return when - timedelta(seconds=offset) if offset else when
    except (ValueError, OverflowError):
        return None


# Two defaults that differ in every date field: a field the text does not give comes out
# different in the two parses, and a date that fills in any of them is not a date.
_DATE_DEFAULTS = (datetime(2000, 1, 1), datetime(2004, 2, 2))
_NUMBER_ONLY = re.compile(r"[+-]?\d*[.,]?\d*(?:[eE][+-]?\d+)?")


def _loose_date(value: str) -> datetime | None:
    """The looser forms (ISO 8601, "27 July 2011 01:30 EST", ...), or None.

    Fuzzy parsing alone takes "-1" or "Episode 5" for a day of the current month, and so
    for a new item: only a text that gives its year, month and day is a date.
    """
    if _NUMBER_ONLY.fullmatch(value):  # "-1", "0", "1e400": a number, not a date
        return None
    # Imported when first needed: most feeds give RFC 822 dates, and start-up counts.
    from dateutil import parser as dateparser

    found: list[datetime] = []
    for default in _DATE_DEFAULTS:
        try:
            parsed = dateparser.parse(value, default=default, tzinfos=_TZINFOS, fuzzy=True)
        except (ValueError, OverflowError, TypeError):
            return None
        if parsed is None:
            return None
        found.append(parsed)
    first, second = found
    if (first.year, first.month, first.day) != (second.year, second.month, second.day):
        return None
    return first


def parse_duration(value: str | None) -> int | None:
    """Parse itunes:duration ("3600", "1:02:03", "45:10", "3600.5") into seconds.

    None for junk and for values no episode has ("1e400", "inf", "nan", a month or more).
    """
    if not value:
        return None
    value = value.strip()
    if len(value) > 32:  # the longest real form is "HH:MM:SS.mmm"
        return None
    total = 0
    for part in value.split(":") if ":" in value else [value]:
        try:
            number = float(part or 0)
        except ValueError:
            return None
        if not math.isfinite(number):
            return None
        total = total * 60 + int(number)
    return total if 0 <= total <= MAX_DURATION else None


def _int(value: str | None) -> int | None:
    """The first whole number in ``value`` ("Episode 12" -> 12); None if too large."""
    if not value:
        return None
    match = re.search(r"\d+", value)
    if not match or len(match.group()) > 10:  # also keeps int() off huge digit strings
        return None
    number = int(match.group())
    return number if number <= MAX_NUMBER else None


def _split_keywords(value: str) -> list[str]:
    return [k.strip() for k in re.split(r"[,;]", value) if k.strip()]


# --- parsing --------------------------------------------------------------------------

# A feed ends with its root's end tag, then only white space, comments and processing
# instructions: without the end tag the download was cut off, and the recovering parser
# would turn the half item at the end into a bogus episode. Both patterns read the document
# backwards (one reversed copy), so trailing matter of any length costs one linear pass.
_TRAILING_MISC_REVERSED = re.compile(rb"(?:\s+|>--.*?--!<|>\?.*?\?<)*", re.S)
_ROOT_END_REVERSED = re.compile(rb">\s*(?:ssr|deef|fdr)(?::[\w.-]+)?\s*/<", re.I)
# UTF-32 and UTF-16, by byte order mark or by how "<?" or "<" is spelled (XML 1.0,
# appendix F); UTF-32 first, as its little-endian mark starts like UTF-16's.
_WIDE_ENCODINGS = (
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\x00\x00\x00<", "utf-32-be"),
    (b"<\x00\x00\x00", "utf-32-le"),
    (b"\xfe\xff", "utf-16-be"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\x00<", "utf-16-be"),
    (b"<\x00", "utf-16-le"),
)
_DECLARED_ENCODING = re.compile(r"""\A(\s*<\?xml[^>]*?\bencoding\s*=\s*)(["'])[^"']*\2""")
# Characters XML 1.0 forbids, as raw bytes or as references: a control character, a lone
# surrogate (kept by the parser as bytes no text can be read from), U+FFFE, U+FFFF, or past
# U+10FFFF. After the first one, the recovering parser also drops every later "&amp;" and
# "&lt;" of the document, so they go before parsing. The pattern over-matches; the
# value is checked in _drop_invalid_ref.
_RAW_CONTROLS = bytes(c for c in range(32) if c not in (9, 10, 13))
# The references that may name no XML character (``_drop_invalid_ref`` decides). Of the
# short ones only those below 0x20 but tab, newline and carriage return: "&#39;" and
# "&#038;", common in show notes, are not matched at all (a Python call each, otherwise).
_INVALID_REF = re.compile(
    rb"&#(?:[xX]0*(?:[0-8bBcCeEfF]|1[0-9a-fA-F]|[dD][89a-fA-F][0-9a-fA-F]{2}|[fF]{3}[eEfF]"
    rb"|[0-9a-fA-F]{6,})"
    rb"|0*(?:[0-8]|1[124-9]|2\d|3[01]|5[5-7]\d{3}|6553[45]|\d{7,}));"
)


def _to_utf8(data: bytes) -> bytes:
    """UTF-16 and UTF-32 documents as UTF-8 (declaration rewritten); others unchanged.

    One encoding for what follows: the end-of-document check and the reference clean-up
    read bytes, and would not find "</rss>" spelled with NUL bytes between its letters.
    """
    codec = next((c for mark, c in _WIDE_ENCODINGS if data.startswith(mark)), None)
    if codec is None:
        return data
    text = data.decode(codec, errors="replace").lstrip("\ufeff")
    return _DECLARED_ENCODING.sub(r'\1"UTF-8"', text, count=1).encode("utf-8")


def _drop_invalid_ref(match: re.Match[bytes]) -> bytes:
    ref = match.group()[2:-1].lstrip(b"xX0") or b"0"
    if len(ref) > 8:
        return b""
    code = int(ref, 16) if match.group()[2:3] in b"xX" else int(ref)
    valid = (
        code in (0x9, 0xA, 0xD)
        or 0x20 <= code <= 0xD7FF
        or 0xE000 <= code <= 0xFFFD
        or 0x10000 <= code <= 0x10FFFF
    )
    return match.group() if valid else b""


def _guard(data: bytes) -> bytes:
    if not data or not data.strip():
        raise FeedError("the feed is empty")
    if len(data) > MAX_FEED_BYTES:
        raise FeedError(f"the feed is larger than {MAX_FEED_BYTES // (1024 * 1024)} MB")
    data = _to_utf8(data)
    data = data.translate(None, _RAW_CONTROLS)  # a C loop: faster than searching first
    if b"&#" in data:
        data = _INVALID_REF.sub(_drop_invalid_ref, data)
    # A BOM or blank lines before the XML declaration make strict parsers fail.
    return data.lstrip(b"\xef\xbb\xbf \t\r\n")


def _ends_with_root(data: bytes) -> bool:
    """Whether the document ends with a root end tag (then only comments, PIs, spaces)."""
    # Its last 64 KiB first, reversed (a copy): a root end tag found there is the one the
    # whole document has (what precedes it in that reading lies in them too). Only when
    # none is found is the whole document read backwards.
    if len(data) > _TAIL_BYTES and _root_end_first(data[: -_TAIL_BYTES - 1 : -1]):
        return True
    return _root_end_first(data[::-1])


def _root_end_first(backwards: bytes) -> bool:
    misc = _TRAILING_MISC_REVERSED.match(backwards)
    return _ROOT_END_REVERSED.match(backwards, misc.end() if misc else 0) is not None


_TAIL_BYTES = 64 * 1024


def _xml_parser() -> etree.XMLParser:
    """The parser for feeds. Its flags are the defence against XML bombs and external
    entities: entities are never expanded or loaded, nothing is fetched, no DTD is read."""
    return etree.XMLParser(
        resolve_entities=False,
        no_network=True,
        load_dtd=False,
        huge_tree=False,
        recover=True,
        remove_comments=True,
        remove_pis=True,
    )


def _declares_entities(root: etree._Element) -> bool:
    dtd = root.getroottree().docinfo.internalDTD
    return dtd is not None and next(iter(dtd.entities()), None) is not None


def parse_feed(data: bytes) -> ParsedFeed:
    """Parse RSS 2.0 (with iTunes and Podcasting 2.0 tags) or Atom bytes into a feed."""
    feed, items = _parse_document(data)
    episodes = [_parse_item_or_skip(item, feed) for item in items]
    return _finish(feed, [e for e in episodes if e is not None])


@dataclass(slots=True)
class FeedShare:
    """One share of a large feed, parsed by one process (see :func:`parse_feed_share`).

    ``feed.episodes`` holds every item of the feed, with keys, positions and dates as
    :func:`parse_feed` gives them; only ``feed.episodes[start:stop]`` are parsed in full
    (the others lack their notes). ``exact`` is False when an item of this share could not
    be read: the other shares may then disagree on which items the feed has, and the
    feed must be parsed whole.
    """

    feed: ParsedFeed
    start: int
    stop: int
    exact: bool = True


def parse_feed_share(
    data: bytes, index: int, count: int, weights: Sequence[int] | None = None
) -> FeedShare:
    """Parse share ``index`` of ``count`` of a feed's items in full, the others lightly.

    Several processes can so prepare one large feed: each reads the whole document (lxml
    is fast) and every item's identity (title, GUID, enclosure, date: what keys and orders
    it), but only its own items' show notes, which is where parsing spends its time. Items
    whose identity is shared with another item are parsed in full wherever they fall, as
    telling them apart reads their notes.

    ``weights`` (one per share) sizes the shares; equal without them.
    """
    feed, items = _parse_document(data)
    weights = weights or [1] * count
    before, total = sum(weights[:index]), sum(weights)
    lo, hi = len(items) * before // total, len(items) * (before + weights[index]) // total
    parsed: list[tuple[etree._Element, ParsedEpisode]] = []
    own: set[int] = set()
    exact = True
    for i, item in enumerate(items):
        if lo <= i < hi:
            ep = _parse_item_or_skip(item, feed)
            if ep is None:
                # Every item is some share's own: the others read it lightly, and keep it if
                # that reading gives an episode (the light reading is the full one's first
                # part, so only an error in the rest can make them disagree).
                exact = exact and _parse_item_or_skip(item, feed, light=True) is None
            else:
                own.add(id(ep))
                parsed.append((item, ep))
            continue
        ep = _parse_item_or_skip(item, feed, light=True)
        if ep is not None:
            parsed.append((item, ep))
    bases = [_identity(ep) for _, ep in parsed]
    shared = Counter(bases)
    for n, (item, ep) in enumerate(parsed):
        if shared[bases[n]] > 1 and id(ep) not in own:
            full = _parse_item_or_skip(item, feed)
            if full is None:  # readable lightly, not in full: let the whole-feed parse decide
                exact = False
                continue
            parsed[n] = (item, full)
    episodes = _finish(feed, [ep for _, ep in parsed]).episodes
    at = [n for n, ep in enumerate(episodes) if id(ep) in own]
    start, stop = (at[0], at[-1] + 1) if at else (0, 0)
    return FeedShare(feed, start, stop, exact and len(at) == stop - start)


def _parse_document(data: bytes) -> tuple[ParsedFeed, list[etree._Element]]:
    """The feed's channel, parsed, and its item elements (not yet parsed)."""
    data = _guard(data)
    try:
        root = etree.fromstring(data, _xml_parser())
    except (etree.XMLSyntaxError, ValueError) as exc:
        raise FeedError(f"not a readable XML feed ({exc})") from None
    if root is None:
        raise FeedError("not an XML feed")
    # Entity declarations are how XML bombs (billion laughs, external entities) work, and
    # no real podcast feed needs them. The parser has not expanded them (see _xml_parser);
    # the feed is refused so that its text never shows "&name;" references.
    if _declares_entities(root):
        raise FeedError("refused: the feed declares XML entities (possible XML bomb)")
    if _split(root.tag)[1] in ("rss", "feed", "rdf") and not _ends_with_root(data):
        raise FeedError("the feed is cut off before its end (an incomplete download?)")
    kind, name = _split(root.tag)
    if name in {"rss", "rdf"}:
        channel = next((c for c in root if _split(c.tag)[1] == "channel"), None)
        if channel is None:
            raise FeedError("not a podcast feed: RSS without a <channel>")
        items = [c for c in (root if name == "rdf" else channel) if _split(c.tag)[1] == "item"]
        return _parse_channel(channel), items
    if name == "feed" and kind in ("atom", ""):
        return _parse_channel(root), [c for c in root if _split(c.tag)[1] == "entry"]
    raise FeedError(f"not an RSS or Atom feed (root element <{name or root.tag}>)")


def _finish(feed: ParsedFeed, episodes: list[ParsedEpisode]) -> ParsedFeed:
    feed.episodes = _assign_keys(episodes)
    if not feed.title:
        feed.title = feed.link or "Untitled podcast"
    return feed


def _parse_item_or_skip(
    item: etree._Element, feed: ParsedFeed, *, light: bool = False
) -> ParsedEpisode | None:
    """``_parse_item``, but an item that cannot be read is skipped with a warning: one bad
    item must not keep a feed from updating (every retry would fail the same way). A light
    parse (another process's share of the feed) skips quietly: its owner warns."""
    try:
        return _parse_item(item, feed, light=light)
    except Exception as exc:
        if light:
            return None
        log.warning(
            "skipped an unreadable item %s in the feed %r: %s",
            _item_label(item),
            feed.title[:80],
            collapse_spaces(f"{type(exc).__name__}: {exc}")[:200],
        )
        return None


def _item_label(item: etree._Element) -> str:
    """How a warning names an item: its title or GUID, else its line in the document."""
    for child in item:
        if _split(child.tag)[1] in ("title", "guid", "id"):
            try:
                label = collapse_spaces(clean_text(_text(child)))
            except Exception:  # the very text that made the item unreadable
                continue
            if label:
                return repr(label[:80])
    return f"at line {item.sourceline}"


def _person(el: etree._Element) -> Person | None:
    name = collapse_spaces(_text(el))
    if not name:
        return None
    role = (el.get("role") or "host").strip().lower() or "host"
    return Person(name=name, role=role, href=el.get("href"), img=el.get("img"))


def _parse_channel(channel: etree._Element) -> ParsedFeed:
    feed = ParsedFeed(title="")
    itunes_summary = ""
    for child in channel:
        kind, name = _split(child.tag)
        if kind == "":
            if name == "title":
                feed.title = collapse_spaces(html_to_text(_text(child)))
            elif name == "link" and not feed.link:
                feed.link = _text(child) or child.get("href") or None
            elif name in ("description", "subtitle") and not feed.description:
                feed.description = html_to_text(_text(child))
            elif name == "language":
                feed.language = _text(child) or None
            elif name == "image":
                url = next((_text(c) for c in child if _split(c.tag)[1] == "url"), "")
                feed.image = feed.image or url or None
            elif name == "category":
                feed.categories.append(_text(child))
        elif kind == "atom" and name in ("title", "subtitle", "link", "author"):
            if name == "title" and not feed.title:
                feed.title = collapse_spaces(_text(child))
            elif name == "link" and child.get("rel", "alternate") == "alternate" and not feed.link:
                feed.link = child.get("href")
        elif kind == "itunes":
            if name == "author":
                feed.author = _text(child) or None
            elif name == "image" and child.get("href"):
                feed.image = child.get("href")
            elif name == "summary":
                itunes_summary = html_to_text(_text(child))
            elif name == "keywords":
                feed.keywords.extend(_split_keywords(_text(child)))
            elif name == "category" and child.get("text"):
                feed.categories.append(child.get("text", ""))
                feed.categories.extend(c.get("text", "") for c in child if c.get("text"))
        elif kind == "podcast" and name == "person":
            person = _person(child)
            if person:
                feed.persons.append(person)
        elif kind == "dc" and name == "language" and not feed.language:
            feed.language = _text(child) or None
    if not feed.description:
        feed.description = itunes_summary
    _scrub(feed)
    feed.categories = [c for c in dict.fromkeys(feed.categories) if c]
    return feed


def _parse_item(
    item: etree._Element, feed: ParsedFeed, *, light: bool = False
) -> ParsedEpisode | None:
    """One item; ``light``: without its notes when it has a title (see parse_feed_share)."""
    ep = ParsedEpisode(title="")
    notes = not light  # a light reading leaves the notes unread (the texts stay "")
    description = content = itunes_summary = subtitle = itunes_title = ""
    date_text = ""
    transcripts: list[etree._Element] = []
    for child in item:
        tag = child.tag  # the cache first, without a call: a dozen children an item
        kind, name = _SPLIT_CACHE.get(tag) or _split(tag)
        if kind == "":
            if name == "title":
                ep.title = collapse_spaces(html_to_text(_text(child)))
            elif name == "link":
                ep.link = _text(child) or child.get("href") or ep.link
            elif name == "guid":
                ep.guid = _text(child) or None
            elif name in ("pubdate", "published", "updated", "issued") and not date_text:
                date_text = _text(child)
            elif name in ("description", "summary"):
                description = _text(child) if notes else ""
            elif name == "content":
                content = _text(child) if notes else ""
            elif name == "enclosure" and child.get("url") and not ep.audio_url:
                ep.audio_url = child.get("url", "").strip() or None
            elif name == "category":
                ep.categories.append(_text(child))
            elif name == "id" and not ep.guid:
                ep.guid = _text(child) or None
        elif kind == "atom":
            if name == "title":
                ep.title = collapse_spaces(html_to_text(_text(child)))
            elif name == "id":
                ep.guid = _text(child) or None
            elif name in ("published", "updated") and not date_text:
                date_text = _text(child)
            elif name == "summary":
                description = _text(child) if notes else ""
            elif name == "content":
                content = _text(child) if notes else ""
            elif name == "link":
                rel = child.get("rel", "alternate")
                if rel == "enclosure" and not ep.audio_url:
                    ep.audio_url = child.get("href")
                elif rel == "alternate" and not ep.link:
                    ep.link = child.get("href")
        elif kind == "content" and name == "encoded":
            content = _text(child) if notes else ""
        elif kind == "itunes":
            if name == "summary":
                itunes_summary = _text(child) if notes else ""
            elif name == "subtitle":
                subtitle = _text(child) if notes else ""
            elif name == "title":
                itunes_title = collapse_spaces(_text(child))
            elif name == "duration":
                ep.duration = parse_duration(_text(child))
            elif name == "episode" and ep.number is None:
                ep.number = _int(_text(child))
            elif name == "season" and ep.season is None:
                ep.season = _int(_text(child))
            elif name == "image" and child.get("href"):
                ep.image = child.get("href")
            elif name == "keywords":
                ep.keywords.extend(_split_keywords(_text(child)))
            elif name == "episodetype":
                kind_of = _text(child).strip().lower()
                ep.episode_type = kind_of if kind_of in EPISODE_TYPES else None
        elif kind == "podcast":
            if name == "person":
                person = _person(child)
                if person:
                    ep.persons.append(person)
            elif name == "transcript" and child.get("url"):
                transcripts.append(child)
            elif name == "chapters" and not ep.chapters_url:
                ep.chapters_url = child.get("url")
            elif name == "season":
                ep.season = _int(_text(child))
            elif name == "episode":
                ep.number = _int(_text(child))
        elif kind == "dc":
            if name == "language":
                ep.language = _text(child) or None
            elif name == "date" and not date_text:
                date_text = _text(child)
        elif kind == "media" and name == "content" and not ep.audio_url:
            media_type = child.get("type", "")
            if media_type.startswith(("audio", "video")) or child.get("medium") == "audio":
                ep.audio_url = child.get("url")
    if transcripts:
        _choose_transcript(ep, transcripts)
    ep.title = ep.title or itunes_title
    if light:
        if ep.title:
            _scrub(ep)
        if ep.title:
            return _finish_item(ep, feed, date_text)
        return _parse_item(item, feed)  # the title may come from the notes, unread here
    summary_html = description or itunes_summary or subtitle or content
    summary = html_to_text(summary_html)
    # The longest of the texts is the show notes; the others are usually its excerpts.
    notes_html = max((content, description, itunes_summary), key=len)
    ep.description = summary if notes_html in ("", summary_html) else html_to_text(notes_html)
    # The summary without boilerplate; when that is all it was ("See the full show notes
    # at talkpython.fm/407"), the notes without theirs.
    ep.summary = clean_notes(summary) or clean_notes(ep.description)
    for other in (content, itunes_summary, subtitle):
        if ep.summary:
            break
        if other and other not in (summary_html, notes_html):
            ep.summary = clean_notes(html_to_text(other))
    _scrub(ep)
    if not ep.title:
        if not ep.summary and not ep.description:
            return None  # an item with neither title nor text is not an episode
        ep.title = collapse_spaces((ep.summary or ep.description)[:80])
    return _finish_item(ep, feed, date_text)


def _finish_item(ep: ParsedEpisode, feed: ParsedFeed, date_text: str) -> ParsedEpisode:
    ep.published = parse_date(date_text)
    ep.language = ep.language or feed.language
    ep.image = ep.image or feed.image
    ep.categories = [c for c in dict.fromkeys(ep.categories) if c]
    return ep


def _choose_transcript(ep: ParsedEpisode, tags: list[etree._Element]) -> None:
    """Of an item's ``podcast:transcript`` tags: ``rel="captions"`` first (timed, made to
    follow the audio), then the timed formats before HTML and plain text."""

    def rank(tag: etree._Element) -> tuple[int, int]:
        declared = (tag.get("type") or "").split(";")[0].strip().lower()
        fmt = TRANSCRIPT_TYPES.get(declared)
        order = TRANSCRIPT_PREFERENCE.index(fmt) if fmt else len(TRANSCRIPT_PREFERENCE)
        return (0 if (tag.get("rel") or "").strip().lower() == "captions" else 1, order)

    best = min(tags, key=rank)  # min keeps the first of equals: the feed's own order
    ep.transcript_url = (best.get("url") or "").strip() or None
    ep.transcript_type = (best.get("type") or "").strip()[:100] or None
    ep.transcript_language = (best.get("language") or "").strip()[:35] or None


def _identity(ep: ParsedEpisode) -> str:
    """An item's identity: its GUID, else its enclosure, else its title and date."""
    if ep.guid:
        return f"guid:{ep.guid}"
    if ep.audio_url:
        return f"url:{ep.audio_url}"
    return _title_key(ep)


def _title_key(ep: ParsedEpisode) -> str:
    """An item's title and date: what tells apart items that share an identity."""
    return f"title:{normalize(ep.title)}|{ep.published.isoformat() if ep.published else ''}"


def _assign_keys(episodes: list[ParsedEpisode]) -> list[ParsedEpisode]:
    """Give each item its identity and drop exact repeats of an item.

    Identity is the GUID; where it is empty or missing, the enclosure URL; else the
    normalised title and date. Different items that share that identity (a host's copy and
    paste of a GUID) all stay, each keyed by its own content: the shared identity, then its
    title and date (and a digest of its notes where even those are shared). Never by its
    place in the feed: a new item with the same GUID at the top must not shift the others'
    keys, or the store would overwrite an old episode and add it again as new.
    """
    groups: dict[str, list[ParsedEpisode]] = {}
    for ep in episodes:
        group = groups.setdefault(_identity(ep), [])
        if group and any(
            normalize(other.title) == normalize(ep.title) and other.description == ep.description
            for other in group
        ):
            continue  # the same item published twice
        group.append(ep)
    for base, group in groups.items():
        if len(group) == 1:
            group[0].key = base
            continue
        # Only items that share an identity need their title and date (a normalisation).
        title_keys = [_title_key(ep) for ep in group]
        counts = Counter(title_keys)
        for title_key, ep in zip(title_keys, group, strict=True):
            key = f"{base}#{title_key}"
            if counts[title_key] > 1:  # same title and date, other notes
                key += "#notes:" + hashlib.sha1(ep.description.encode()).hexdigest()[:12]
            ep.key = key
    kept = [ep for ep in episodes if ep.key]
    for position, ep in enumerate(kept):
        ep.position = position
    return kept


# --- fetching -------------------------------------------------------------------------


@dataclass(slots=True)
class FetchResult:
    """The outcome of one fetch: ``body`` is None when the server said 304 Not Modified."""

    source: str
    body: bytes | None
    etag: str | None = None
    last_modified: str | None = None
    status: int = 200
    retry_after: float | None = None
    content_type: str | None = None  # the reply's Content-Type (chapters and transcripts)
    # The hash of ``body`` (and of what prepares it), stored with the feed: see bot.ingest.
    digest: str | None = None

    @property
    def not_modified(self) -> bool:
        return self.body is None


def is_url(source: str) -> bool:
    """Whether ``source`` is fetched over HTTP(S) rather than read as a file.

    Schemes are case-insensitive (RFC 3986): ``HTTP://host/feed`` is a URL too.
    """
    return source[:8].lower().startswith(("http://", "https://"))


async def read_file(path: str) -> bytes:
    """Read a local feed file off the event loop, with the same size cap as downloads."""
    # Imported here: the parse pool's fork server imports this module to parse, never to
    # read or fetch, and asyncio (with ssl) was a tenth of its start-up.
    import asyncio

    def _read() -> bytes:
        p = Path(path)
        if not p.is_file():
            raise FeedError(f"no such file: {path}")
        if p.stat().st_size > MAX_FEED_BYTES:
            raise FeedError(f"the feed is larger than {MAX_FEED_BYTES // (1024 * 1024)} MB")
        return p.read_bytes()

    return await asyncio.to_thread(_read)


def _retry_after(value: str | None) -> float | None:
    if not value:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        when = parse_date(value)
        if when is None:
            return None
        return max(0.0, (when - datetime.now(UTC)).total_seconds())


async def fetch(
    url: str,
    *,
    etag: str | None = None,
    last_modified: str | None = None,
    session: object | None = None,
    connect_timeout: float = 10.0,
    read_timeout: float = 30.0,
    max_bytes: int = MAX_FEED_BYTES,
    max_redirects: int = 5,
    accept: str = "application/rss+xml, application/xml;q=0.9, */*;q=0.5",
    what: str = "feed",
) -> FetchResult:
    """GET a feed with a conditional request, timeouts, a size cap and few redirects.

    ``max_redirects`` redirects are followed, one more is an error. Error messages name
    the URL redacted (no user-info or query: they hold private feeds' credentials).
    """
    import aiohttp

    shown = redact_url(url)

    headers = {
        "User-Agent": USER_AGENT,
        "Accept": accept,
    }
    if etag:
        headers["If-None-Match"] = etag
    if last_modified:
        headers["If-Modified-Since"] = last_modified
    timeout = aiohttp.ClientTimeout(
        total=connect_timeout + read_timeout * 2,
        sock_connect=connect_timeout,
        sock_read=read_timeout,
    )
    own = session is None
    client = aiohttp.ClientSession(timeout=timeout) if own else session
    assert isinstance(client, aiohttp.ClientSession)
    try:
        # aiohttp fails on reaching its limit, not on passing it: one more lets exactly
        # ``max_redirects`` redirects through.
        async with client.get(
            url, headers=headers, max_redirects=max_redirects + 1, timeout=timeout
        ) as resp:
            if resp.status == 304:
                return FetchResult(url, None, etag, last_modified, 304)
            if resp.status >= 400:
                raise FeedError(
                    f"HTTP {resp.status} from {shown}",
                    retry_after=_retry_after(resp.headers.get("Retry-After")),
                )
            declared = resp.content_length
            if declared is not None and declared > max_bytes:
                raise FeedError(f"the {what} is larger than {max_bytes // (1024 * 1024)} MB")
            chunks: list[bytes] = []
            size = 0
            async for chunk in resp.content.iter_chunked(65536):
                size += len(chunk)
                if size > max_bytes:
                    raise FeedError(f"the {what} is larger than {max_bytes // (1024 * 1024)} MB")
                chunks.append(chunk)
            return FetchResult(
                url,
                b"".join(chunks),
                resp.headers.get("ETag"),
                resp.headers.get("Last-Modified"),
                resp.status,
                content_type=resp.headers.get("Content-Type"),
            )
    except FeedError:
        raise
    except aiohttp.TooManyRedirects:
        raise FeedError(f"too many redirects from {shown} (more than {max_redirects})") from None
    except TimeoutError:
        raise FeedError(f"timed out fetching {shown}") from None
    except aiohttp.ClientError as exc:
        # aiohttp's text may hold the URL (credentials and all) or a host's raw reply.
        reason = short_error(str(exc)) or type(exc).__name__
        raise FeedError(short_error(f"cannot reach {shown}: {reason}")) from None
    finally:
        if own:
            await client.close()
