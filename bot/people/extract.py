"""The readers: who an episode names, from its title and show notes, and tags merged in.

:func:`extract_people` reads the title and the show notes (English, Spanish, some
Portuguese) and keeps the names that a phrase introduces: "X speaks with Y", "joined by
Y", "a conversation with Y", "conversamos con Y", "#381 – Y: …", a "Featuring:" roster and
so on. A capitalised phrase is never taken for a name on its own, without such a phrase:
that keeps the index precise. :func:`merge_mentions` then combines those names with the
item's ``podcast:person`` tags, which win.

Ingest runs this on every episode of every feed, so every pattern is compiled once at
import, the text is scanned with a few precompiled regexes, and the work per name is small.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Protocol

from bot.people.names import (
    INITIALS_SRC,
    NAME_RE,
    NAME_SRC,
    QUOTED_RE,
    SP,
    UPPER,
    WORD_SRC,
    clean_name,
    lone_ok,
    normalize_role,
)
from bot.people.words import (
    ARTICLES,
    BARE_PREPOSITIONS,
    DESCRIPTOR_STOP,
    FILLER,
    GUEST,
    HOST,
    LINK_WORDS,
    NAME_MONTHS,
    ORG_TAILS,
    TRIGGERS,
    WEAK_TRIGGERS,
)
from bot.phrases import trie_pattern
from bot.text import collapse_spaces, person_key

# Only this much of the show notes is read: guests are named near the top, and the tail of
# long notes is links, sponsors and timestamps.
MAX_TEXT_CHARS = 8000
MAX_NOTE_CHARS = 120


@dataclass(slots=True)
class Mention:
    """One person in one episode."""

    name: str
    role: str = GUEST  # "host" or "guest"
    note: str | None = None  # affiliation as written: "a political scientist at Stanford"
    href: str | None = None
    img: str | None = None
    source: str = "text"  # where it comes from: "tag", "text" or "manual"


class PersonLike(Protocol):
    """What :func:`merge_mentions` reads from a tag; ``bot.feeds.Person`` fits."""

    name: str
    role: str
    href: str | None
    img: str | None


# --- trigger phrases --------------------------------------------------------------------

# After a weak trigger the guest must be "on the show": "we have Glyph Lefkowitz on the show",
# not "we have Stable Diffusion".
_ON_SHOW = re.compile(r"[ \t]*(?:on|here|with us|back|joining|in the studio|to )", re.I)

# Matched against the lower-cased text (see _lower): case-insensitive matching is slower.
# A space of a phrase matches any white space, an apostrophe either of the two written.
_TRIGGER_RE = re.compile(r"\b" + trie_pattern(TRIGGERS, {" ": r"\s+", "'": "['’]"}) + r"(?![\w-])")
_WS = re.compile(r"\s+")
_PHRASES: dict[str, str] = {}  # a phrase as written -> as listed in TRIGGERS


# Finding the phrases word by word: _TRIGGER_RE alone is tried at nearly every character
# (most letters start some phrase). A phrase starts where a word starts, and that word is
# the phrase's first word; where a space follows that word in every phrase it starts, the
# text's next word is one that comes second in a phrase. So the places to try are found
# first in a view of the text with one byte a character, letters and digits kept and
# everything else a space (C-level encode and translate), by a pattern that starts with a
# space (the engine tries it only there). Words are compared as their ASCII letters and
# digits (any other character, "ó" of "conversó" included, separates words in that view),
# so a phrase is never missed; _TRIGGER_RE then decides at each place.
_ASCII_RUN = re.compile(r"[a-z0-9]*")
_WORD_VIEW = bytes(c if chr(c).isalnum() and c < 128 else 32 for c in range(256))


def _word_key(word: str) -> bytes:
    return _ASCII_RUN.match(word).group().encode()  # type: ignore[union-attr]


def _phrase_starts() -> tuple[frozenset[bytes], dict[bytes, frozenset[bytes]]]:
    """The first words of the phrases, and for those always followed by a space, the words
    that may come next."""
    anywhere: set[bytes] = set()
    then: dict[bytes, set[bytes]] = {}
    for phrase in TRIGGERS:
        first = re.match(r"\w+", phrase).group()  # type: ignore[union-attr]
        key = _word_key(first)
        second = re.match(r" (\w+)", phrase[len(first) :])
        following = _word_key(second.group(1)) if second else b""
        if not key:
            raise ValueError(f"trigger phrase {phrase!r} does not start with a letter")
        if key.decode() != first or not following:
            anywhere.add(key)
        else:
            then.setdefault(key, set()).add(following)
    return frozenset(anywhere | set(then)), {
        k: frozenset(v) for k, v in then.items() if k not in anywhere
    }


def _starts_pattern() -> re.Pattern[bytes]:
    """Where a phrase may start in the word view of a text (padded with a space at each
    end): before a first word, followed by one of its second words where it has them."""
    first, second = _phrase_starts()
    # The words as a trie (see bot.phrases); a private character after a first word stands
    # for the look-ahead of its second words.
    spellings: dict[str, str] = {}
    marks: dict[frozenset[bytes], str] = {}
    words = []
    for word in first:
        follow = second.get(word)
        if follow is None:
            words.append(word.decode())
            continue
        if follow not in marks:
            mark = marks[follow] = chr(0xE000 + len(marks))
            nexts = trie_pattern(sorted(w.decode() for w in follow))
            spellings[mark] = f"(?= +(?:{nexts}) )"
        words.append(word.decode() + marks[follow])
    # A literal space first: the engine only tries the places where a word starts.
    return re.compile(f" (?:{trie_pattern(words, spellings)})(?= )".encode())


_STARTS_VIEW = _starts_pattern()


def _triggers(low: str) -> Iterator[re.Match[str]]:
    """``_TRIGGER_RE.finditer(low)``, the same matches, found word by word (see above)."""
    view = low.encode("ascii", "replace").translate(_WORD_VIEW)  # one byte per character
    end = 0  # where the last match ended
    match = _TRIGGER_RE.match
    for start in _STARTS_VIEW.finditer(b" " + view + b" "):
        at = start.start()  # the padding's space is the character before the word
        if at < end:
            continue  # inside the last match, as finditer goes on after it
        m = match(low, at)
        if m is not None:
            end = m.end()
            yield m


# --- reading a list of names ------------------------------------------------------------

_FILLER_WORD = re.compile(r"[ \t]*([\w'’-]+)[ \t]+")
# Runs stepped over before a name (C-level: a run may be long, "com      " in a table).
_SKIP_PUNCT = re.compile(r"[:, \t]*")
_SKIP_COLON = re.compile(r"[ \t:]*")
# Describing words before a name: "Wails creator Lea Anthony", "Dojo’s Matt Gadd".
_DESCRIPTOR = re.compile(r"[ \t]*(?:[^\s,;:.!?()\[\]{}\"“”]+|[–—])[,:]?[ \t]+")
_CAP_AHEAD = re.compile(rf"[^\n.!?;]*?[{UPPER}]")

_SEP = re.compile(
    r"[ \t]*(?:,[ \t]*(?:(?:and|&|y|e|et|und)[ \t]+)?|&[ \t]*"
    r"|[ \t]+(?:and|y|e|et|und|as well as)[ \t]+)"
)
_ITEM_END = re.compile(r"[ \t]*(?:[,&.;:!?)]|$|(?:and|y|e)[ \t])")
_DIGIT_NEXT = re.compile(r"[ \t]*\d")
# The characters a name starts with: every token of NAME_RE starts with a capital of UPPER.
_NAME_FIRST = frozenset(UPPER)
# What may come before a name in a list, other than letters: spaces, ":" and "," are
# stepped over (_skip_fillers), and a filler word starts with a letter.
_MAY_LEAD = " \t:,"

# Notes: "(Chief Sticker Officer at JFrog)", ", a political scientist at Stanford", "of X".
_PAREN = re.compile(r"[ \t]*\(([^()\n]{0,160})\)")
_LINKISH = re.compile(r"/|\b(?:site|website|twitter|linkedin|github|blog|web)\b", re.I)
_APPOSITIVE = re.compile(
    r",[ \t]+(?!(?:and|&|y|e|et|und|or|o|as well as|who|whom|whose|which|where|when|while|"
    r"that|we|he|she|they|it|i|you|but|then|so|because|as|after|before|since|if|though|"
    r"although|plus|also|quien|quienes|que|donde|cuando|pero|ele|ela|eles)\b)"
    r"([^,;:.()\n]{2,200}?)(?=[ \t]*(?:[,;:()\n]|[.!?…]+(?:\s|$)|$))"
)
_ORG_WORD = rf"(?:[{UPPER}\d][\w&'’+-]*(?:\.\w+)*|[a-z][\w-]*\.(?:js|io|com|org|dev))"
_FROM_ORG = re.compile(
    rf"[ \t]+((?:from|of|at|de|da|do|del)[ \t]+(?:the[ \t]+|la[ \t]+|el[ \t]+)?"
    rf"{_ORG_WORD}(?:[ \t]+(?:{_ORG_WORD}|of|for|de|del|&))*"
    rf"(?:[ \t]+(?:core[ \t]+)?(?:{'|'.join(sorted(ORG_TAILS))}))?)(?![\w-])"
)
_NOTE_END = re.compile(
    r"\s+(?:who|which|where|that|about|to discuss|to talk|quien|que|sobre|para)\s"
)

# The list before a trigger lies in the trigger's sentence; a sentence ends after a word,
# not after an initial ("Erik St. Martin").
# (A pattern that opens with a look-behind is tried at every character; these open with the
# characters they match, and _after_ok checks the character before by hand.)
_SENTENCE_END = re.compile(r"[.!?]+[\"”’)]*\s+")  # after [a-z0-9\u00df-\u024f)”"]
_STARTS = re.compile(rf"(?:{WORD_SRC}|{INITIALS_SRC})")  # not after [\w.'’-]


def _sentence_end_ok(text: str, at: int) -> bool:
    """The look-behind of _SENTENCE_END: a sentence ends after a word, not an initial."""
    if not at:
        return False
    ch = text[at - 1]
    return "a" <= ch <= "z" or "0" <= ch <= "9" or "\u00df" <= ch <= "\u024f" or ch in ')”"'


def _start_ok(text: str, at: int) -> bool:
    """The look-behind of _STARTS: a name starts a word."""
    return not at or not (text[at - 1].isalnum() or text[at - 1] in "_.'’-")


def _after_ok(
    pattern: re.Pattern[str], ok: Callable[[str, int], bool], text: str, pos: int, end: int
) -> Iterator[re.Match[str]]:
    """``finditer`` of ``pattern`` behind a one-character look-behind: the matches where
    ``ok(text, start)``. The same matches as the pattern with the look-behind in front, as
    long as ``pattern`` never matches an empty string."""
    search = pattern.search
    while True:
        m = search(text, pos, end)
        if m is None:
            return
        at = m.start()
        if not ok(text, at):
            pos = at + 1  # the look-behind fails here: the next place may start inside
            continue
        yield m
        pos = m.end()


@dataclass(slots=True)
class _Found:
    names: list[tuple[str, str | None]] = field(default_factory=list)  # (name, note)
    end: int = 0  # where the list stops
    lone: int = 0  # lone first names read and left out: "Natalie, Johnny & Mat Ryer"


def _tidy_note(note: str) -> str | None:
    note = collapse_spaces(note).strip(" ,;:-–—")
    cut = _NOTE_END.search(note)
    if cut:
        note = note[: cut.start()]
    if len(note) > MAX_NOTE_CHARS:
        note = note[:MAX_NOTE_CHARS].rsplit(" ", 1)[0] + "…"
    if not note or {p.strip().lower() for p in note.split(",")} <= LINK_WORDS:
        return None
    return note


def _name_at(
    text: str, pos: int, stop: int, m: re.Match[str] | None = None
) -> tuple[str | None, int] | None:
    """The capitalised phrase at ``pos``: its name (``None`` if it is not one) and end.
    ``m``: ``NAME_RE.match(text, pos, stop)`` when the caller has it already."""
    if m is None:
        m = NAME_RE.match(text, pos, stop)
    if not m:
        return None
    name = clean_name(m.group())
    if (
        name
        and _DIGIT_NEXT.match(text, m.end(), stop)
        and any(t.lower() in NAME_MONTHS for t in name.split())
    ):
        name = None  # "June 5", "Mayo 2024": a date
    return name, m.end()


def _list_item_at(text: str, pos: int, stop: int) -> bool:
    """Whether a list goes on at ``pos``: a name, or a lone first name ("Kitze, Michel...")."""
    m = NAME_RE.match(text, pos, stop)
    if not m:
        return False
    if clean_name(m.group()):
        return True
    return " " not in m.group() and bool(_ITEM_END.match(text, m.end(), stop))


def _note_at(text: str, pos: int, stop: int) -> tuple[str | None, int]:
    """Read an affiliation after a name; return it (or ``None``) and the position after it.

    A parenthesis, an appositive (", a political scientist at Stanford,") or "from/of/at
    <Organisation>"; the next name of a list is not an appositive.
    """
    if pos >= stop or text[pos] not in " \t,(":
        return None, pos
    paren = None
    m = _PAREN.match(text, pos, stop)
    if m:
        inner = collapse_spaces(m.group(1))
        pos = m.end()
        # "( / )" or "(personal site / Stanford site)" are what is left of links.
        if any(ch.isalpha() for ch in inner) and not _LINKISH.search(inner):
            paren = inner
    m = _APPOSITIVE.match(text, pos, stop)
    if m and not _list_item_at(text, m.start(1), stop):
        return _tidy_note(m.group(1)), m.end()
    if paren:
        return _tidy_note(paren), pos
    parts = []
    for _ in range(2):  # "from the TypeScript team at Microsoft"
        m = _FROM_ORG.match(text, pos, stop)
        if not m:
            break
        parts.append(m.group(1))
        pos = m.end()
    return (_tidy_note(" ".join(parts)) if parts else None), pos


def _skip_fillers(text: str, pos: int, stop: int) -> int:
    """Step over "the awesome", "three wonderful guests:", "nuestra invitada" before a name."""
    for _ in range(4):
        m = _FILLER_WORD.match(text, pos, stop)
        if not m or m.group(1).lower() not in FILLER:
            break
        pos = m.end()
    return _SKIP_PUNCT.match(text, pos, stop).end()  # type: ignore[union-attr]


def _skip_descriptors(
    text: str, pos: int, stop: int, limit: int
) -> tuple[int, re.Match[str] | None]:
    """Step over "Wails creator", "npm CTO", "its creators," to the name they describe.

    Returns where the name starts and its ``NAME_RE`` match (for _name_at), or ``pos``
    unchanged and ``None`` when no name comes within ``limit`` words.
    """
    if not _CAP_AHEAD.match(text, pos, min(stop, pos + 120)):
        return pos, None  # no capital letter ahead in this clause: no name to reach
    at = pos
    for _ in range(limit + 1):
        m = NAME_RE.match(text, at, stop)
        if m:
            if clean_name(m.group()):
                return at, m
            if " " not in m.group() and _ITEM_END.match(text, m.end(), stop):
                return at, m  # "Mat & Kris", "Kitze, Michel Weststrate": a list starts here
        d = _DESCRIPTOR.match(text, at, stop)
        if not d or d.group().strip(" \t,:").lower() in DESCRIPTOR_STOP:
            break
        at = d.end()
    return pos, None


def _read_list(text: str, pos: int, stop: int, *, lead: int = 0) -> _Found:
    """Read "Y", "Y, Z and W", "Y (note) & Z, a note," from ``pos`` (not past ``stop``).

    With ``lead``, up to that many describing words may come before the first name.
    """
    found = _Found(end=pos)
    if not lead and pos < stop and text[pos] not in _MAY_LEAD and not text[pos].isalpha():
        return found  # "com" of "twitter.com/x": no filler word, no name can start here
    first = True
    while True:
        if pos < stop and not text[pos].isupper():
            pos = _skip_fillers(text, pos, stop)
        m = None
        if first and lead:
            pos, m = _skip_descriptors(text, pos, stop, lead)
        first = False
        if pos >= stop or text[pos] not in _NAME_FIRST:
            break  # no name starts here (_name_at would say None)
        got = _name_at(text, pos, stop, m)
        if got is None:
            break
        name, end = got
        if name:
            note, pos = _note_at(text, end, stop)
            found.names.append((name, note))
        elif " " in text[pos:end].strip() or not lone_ok(text[pos:end]):
            break  # "Apple Arcade", "The Social Dilemma": not people, and the list ends
        else:
            pos = end
            found.lone += 1
        found.end = pos
        sep = _SEP.match(text, pos, stop)
        if not sep:
            break
        pos = sep.end()
    return found


def _no_list_at(text: str, pos: int) -> bool:
    """Whether ``_read_list(text, pos, stop)`` (no ``lead``, ``stop`` the end of the line or
    past it) is sure to find no name: its first steps, without its call. Most phrases are
    "com" of a URL ("x.com/y") or "with" before a word of prose ("with the")."""
    ch = text[pos : pos + 1]
    if not ch or (ch not in _MAY_LEAD and not ch.isalpha()):
        return True  # the end of the text or of the line, or "/" of ".com/"
    if ch.isupper() or ch in _MAY_LEAD:
        return False
    # A word in lower case: a name may only follow it if it is a filler word ("with the
    # awesome Ben Johnson"); the filler pattern never crosses a line break.
    filler = _FILLER_WORD.match(text, pos)
    return filler is None or filler.group(1).lower() not in FILLER


# The names before a trigger, by the text they are read from: a show's notes open the same
# way from episode to episode ("In this episode, Adam Isacson speaks with ...").
_BEFORE: dict[str, list[tuple[str, str | None]]] = {}
_BEFORE_CACHE_SIZE = 4096
_BEFORE_CHARS = 250  # how far back a list before a trigger is read


def _read_list_before(text: str, end: int, line_start: int) -> list[tuple[str, str | None]]:
    """The names whose list ends right before ``end`` ("Ben Johnson & Chris James join").

    What is read depends on the text from ``start`` (the line's start, at most
    _BEFORE_CHARS back) to ``end`` and on the character before ``start`` (the patterns
    look one character back, see _after_ok): that stretch is the key of the names found.
    """
    start = max(line_start, end - _BEFORE_CHARS)
    key = text[start - 1 : end] if start else "\x00" + text[:end]  # "\x00": nothing before
    found = _BEFORE.get(key)
    if found is None:
        if len(_BEFORE) >= _BEFORE_CACHE_SIZE:
            _BEFORE.clear()
        found = _BEFORE[key] = _read_before(text, end, start)
    return list(found)


def _read_before(text: str, end: int, start: int) -> list[tuple[str, str | None]]:
    """:func:`_read_list_before`, read from ``start``."""
    head = text[max(start, end - 40) : end].rstrip()
    if not head:
        return []
    if head[-1] not in "),":
        word = head.rsplit(None, 1)[-1]
        if not (word[0].isupper() or word in ORG_TAILS):
            return []  # "to discuss", "Join today!": no name, parenthesis or comma before
    for cut in _after_ok(_SENTENCE_END, _sentence_end_ok, text, start, end):
        start = cut.end()
    for m in _after_ok(_STARTS, _start_ok, text, start, end):  # the longest list wins: leftmost
        found = _read_list(text, m.start(), end)
        if found.names and not text[found.end : end].strip(" \t,"):
            return found.names
    return []


class _Collector:
    """The mentions found so far, in order, one per person key."""

    __slots__ = ("by_key", "host_keys", "out")

    def __init__(self, hosts: Iterable[str]) -> None:
        self.host_keys = {person_key(h) for h in hosts if h}
        self.out: list[Mention] = []
        self.by_key: dict[str, Mention] = {}

    def add(self, name: str, role: str, note: str | None) -> None:
        key = person_key(name)
        if not key:
            return
        seen = self.by_key.get(key)
        if seen is not None:
            if seen.note is None and note:
                seen.note = note
            return
        mention = Mention(name, HOST if key in self.host_keys else role, note)
        self.by_key[key] = mention
        self.out.append(mention)


# --- titles -----------------------------------------------------------------------------

# "Ep. 25 con Charo | Tom Segura En Español", "Episode 12 with Jane Doe".
_TITLE_NUMBERED = re.compile(
    r"^\s*(?:[Ee]p(?:isode|isodio|isódio)?\.?|EP\.?|#|No\.)?\s*\d+\s*[–—:|.-]?\s*"
    rf"(?:[Cc]on|[Ww]ith|[Cc]om){SP}({NAME_SRC})"
)
# Lex Fridman: "#381 – Chris Lattner: Future of Programming and AI".
_TITLE_LEAD = re.compile(r"^\s*#\d+\s*[–—-]\s*")
# "SE-Radio Episode 248: Axel Rauschmayer on JavaScript", "Kelsey Hightower on Kubernetes".
_TITLE_ON = re.compile(rf"(?:^|:\s+|[–—|]\s+)({NAME_SRC}){SP}on{SP}")
# What _TITLE_ON needs, found far faster than _TITLE_ON itself (tried at every character).
_SPACED_ON = re.compile(rf"{SP[:-1]}on{SP[:-1]}")
# "Giant Bombcast 602: Easy Chicken": what follows a number is the episode's own title.
_NUMBER_END = re.compile(r"\d\W*$")
_TITLE_END = re.compile(r"\s*(?:\(\d{4}\))?\s*$")  # "Hinge: Justin McLeod (2021)"
_NOT_FOUND = 1 << 30


def _first_at(text: str, names: list[tuple[str, str | None]]) -> int:
    return min((i for i in (text.find(n) for n, _ in names) if i >= 0), default=_NOT_FOUND)


# The names before a title's colon, by that part of the title: a show's titles often open
# the same way ("Honduras's militarization: ...", "Go Time 300: ...").
_TITLE_HEADS: dict[str, list[tuple[str, str | None]] | None] = {}
_TITLE_HEADS_SIZE = 4096
# Longer heads are read, not kept: the cache's memory stays bounded whatever the titles.
_TITLE_HEAD_KEY_CHARS = 300
_UNSEEN: list[tuple[str, str | None]] = []  # a sentinel: None is a cached answer


def _title_head(title: str, colon: int) -> list[tuple[str, str | None]] | None:
    """The names that make up all of ``title[:colon]`` ("Ian Goodfellow"), if they do."""
    key = title[:colon]  # what is read: _read_list never looks past its stop
    # One lookup: between a membership test and a read, another thread preparing a feed
    # may clear the cache (a KeyError that would fail the whole feed).
    cached = _TITLE_HEADS.get(key, _UNSEEN)
    if cached is not _UNSEEN:
        return cached
    found = _read_list(title, 0, colon)
    head = found.names if found.names and not found.lone and found.end == colon else None
    if colon <= _TITLE_HEAD_KEY_CHARS:
        if len(_TITLE_HEADS) >= _TITLE_HEADS_SIZE:
            _TITLE_HEADS.clear()
        _TITLE_HEADS[key] = head
    return head


def _title_tail(title: str, colon: int) -> list[tuple[str, str | None]] | None:
    """The names that make up all of the title after its colon at ``colon`` ("Alienware:
    Frank Azor and Nelson Gonzalez"), if they do."""
    if _NUMBER_END.search(title, 0, colon + 1) or _no_list_at(title, colon + 2):
        return None
    found = _read_list(title, colon + 2, len(title))
    if found.names and not found.lone and _TITLE_END.match(title, found.end):
        return found.names
    return None


def _from_title(title: str, text: str, got: _Collector) -> None:
    m = _TITLE_NUMBERED.match(title)
    if m:
        words = QUOTED_RE.sub(" ", m.group(1)).split()
        name = clean_name(m.group(1))
        if name:
            got.add(name, GUEST, None)
        elif len(words) == 2 and words[0].lower() in ARTICLES and lone_ok(words[1]):
            got.add(" ".join(words), GUEST, None)  # "Ep. 19 con El Bananero": a stage name
        elif len(words) == 1 and lone_ok(words[0]):
            got.add(words[0], GUEST, None)  # "Ep. 25 con Charo": a first name is all there is
        return
    lead = _TITLE_LEAD.match(title)
    if lead:
        found = _read_list(title, lead.end(), len(title))
        if found.names and title[found.end :].lstrip().startswith(":"):
            # "#279 – Alien Debate: Sara Walker and Lee Cronin": a head the notes never
            # name, before names the notes do name, is the subject, not a person.
            colon = title.find(": ", found.end)
            tail = _title_tail(title, colon) if colon > 0 else None
            names = found.names
            if tail and _first_at(text, names) == _NOT_FOUND != _first_at(text, tail):
                names = tail
            for name, note in names:
                got.add(name, GUEST, note)
            return
    m = _TITLE_ON.search(title) if _SPACED_ON.search(title) else None
    if m:
        name = clean_name(m.group(1))
        if name and name == collapse_spaces(m.group(1)):
            got.add(name, GUEST, None)
    colon = title.rfind(": ")
    if colon <= 0:
        return
    # "Alienware: Frank Azor and Nelson Gonzalez" names the guests after the colon,
    # "Ian Goodfellow: Generative Adversarial Networks" before it.
    tail = _title_tail(title, colon)
    head = _title_head(title, colon)
    if head and tail and {person_key(n) for n, _ in head} == {person_key(n) for n, _ in tail}:
        head = None  # "Kenneth Cole: Kenneth Cole"
    if head and tail:
        # Both read as names ("Mielle Organics: Monique Rodriguez"): the one the notes
        # name first is the person.
        first_head, first_tail = _first_at(text, head), _first_at(text, tail)
        if first_head == first_tail:
            return
        head, tail = (head, None) if first_head < first_tail else (None, tail)
    if head and _first_at(text, head) == _NOT_FOUND:
        head = None  # a name before the colon counts only when the notes name it too
    for name, note in head or tail or ():
        got.add(name, GUEST, note)


# --- show notes -------------------------------------------------------------------------

# "Bert Kreischer is a comedian...": notes that open on who the guest is.
_OPENING = re.compile(
    rf"^\s*({NAME_SRC})(?:\s*\([^()\n]{{1,80}}\))?{SP}(?:is|was|es|é){SP}"
    r"(?:a|an|the|one|un|una|el|la|uno|o|um|uma)\b"
)
# "Estelle Weyl has been building the web since 1999": notes that open on a name and a
# verb of appearing are about that person.
_OPENING_VERB = re.compile(
    r"[ \t,]*(?:(?:also|recently|now|once again|first|finally)[ \t]+)?"
    r"(?:has been|have been|returns?|joins?|joined|shares?|tells?|"
    r"explains?|discuss(?:es)?|describes?|walks|takes|gives?|breaks|stops|drops|comes?|"
    r"came|sits?|teaches|shows?|demos|introduces?|brings?|answers?|reflects?|recounts?|"
    r"reveals?|lays|digs?|dives?|opens? up)\b"
)

# Headings on a line of their own, found in one pass over the lower-cased text: rosters
# (one person a line below: "Ben Johnson – Twitter, GitHub") and the end of the prose
# (below "Sponsors:", "Show Notes:"... come ads and links whose names are not the
# episode's people: "The Changelog #152: ... with Anders Hejlsberg").
_HEADING_LINE = (
    r"(?P<line>[ \t]*(?:(?P<roster>(?:featuring|guests?|hosts?|panel(?:ists?)?|with|cast|"
    r"invitad[oa]s?|convidad[oa]s?|participantes|apresentação|presentan)[ \t]*:|"
    r"vem ver quem (?:acompanha a gente|participou|participa)[^\n]{0,40}|"
    r"(?:in|on) this episode[ \t]*:)"
    r"|(?P<end>(?:sponsors?|sponsored by|show notes|notes|links?|episode links|"
    r"links from the show|resources|references|mentioned|timestamps|chapters|outline|"
    r"transcript|credits|patrocinador(?:es)?|enlaces|referencias|links do episódio|🔗 links|"
    r"interesting go projects and news|news|picks)[ \t]*:?))[ \t]*$)"
)
_HEADING = re.compile("^" + _HEADING_LINE, re.MULTILINE)
# The same after a line break: a pattern that starts with a literal character is tried only
# where that character is (a "^" is tried at every character).
_HEADING_AFTER_BREAK = re.compile("\n" + _HEADING_LINE, re.MULTILINE)
_ROSTER_LINE = re.compile(
    r"[ \t]*(?:[-*•·][ \t]+)?([^\W\d_][^\n–—:,(|]{0,60}?)[ \t]*(?:$|[–—:,(|]|-[ \t])",
    re.MULTILINE,
)
_HOST_NOTE = re.compile(
    r"^(?:(?:the|o|a|el|la)\s+)?(?:co-?)?(?:host|apresentador|presentador)\b", re.I
)


def _headings(low: str) -> Iterator[re.Match[str]]:
    """``_HEADING.finditer(low)``: the headings, each a whole line (its span is the group
    "line"), the first line tried alone and the others after their line break."""
    first = _HEADING.match(low)
    if first is not None:
        yield first
    yield from _HEADING_AFTER_BREAK.finditer(low, first.end() if first is not None else 0)


def _lower(text: str) -> str:
    """``text`` lower-cased one character for one, so that offsets stay valid."""
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(ch if len(ch.lower()) != 1 else ch.lower() for ch in text)


# A trigger just after a word that denies it names no one who was on the show: "reflects on
# his failure to have a productive conversation with X", "never spoke with X".
DENIAL_CHARS = 40
_DENIED = re.compile(
    r"\b(?:fail(?:ed|s|ure)?|never|not|didn't|didn’t|refused|refuses|declined|without|"
    r"nunca|sin)\b[^.!?;\n]*$"
)


def _from_text(text: str, got: _Collector, *, low: str, opening: bool = True) -> None:
    stop = len(text)
    for trig in _triggers(low):
        at = trig.start()
        if at and low[at - 1] in "'’(":
            continue  # "(with Alberto Díaz-Cayeros)" is an aside
        written = trig.group()
        phrase = _PHRASES.get(written)
        if phrase is None:
            if len(_PHRASES) >= 4096:
                _PHRASES.clear()
            phrase = _PHRASES[written] = _WS.sub(" ", written).replace("’", "'")
        before, after = TRIGGERS[phrase]
        names_before: list[tuple[str, str | None]] = []
        names_after: list[tuple[str, str | None]] = []
        if before is not None:
            line_start = text.rfind("\n", 0, at) + 1
            names_before = _read_list_before(text, at, line_start)
        if after is not None:
            pos = trig.end()
            pos = _SKIP_COLON.match(text, pos, stop).end()  # type: ignore[union-attr]
            lead = 0 if phrase in BARE_PREPOSITIONS else 6
            if lead or not _no_list_at(text, pos):
                line_end = text.find("\n", pos)
                found = _read_list(text, pos, stop if line_end < 0 else line_end, lead=lead)
                if phrase not in WEAK_TRIGGERS or _ON_SHOW.match(text, found.end):
                    names_after = found.names
        # Most phrases name no one ("with" in prose): the denial is looked for only when
        # there are names to deny.
        if not (names_before or names_after):
            continue
        if _DENIED.search(low, max(0, at - DENIAL_CHARS), at):
            continue  # "his failure to have a conversation with X": X was not on the show
        for name, note in names_before:
            got.add(name, before, note)  # type: ignore[arg-type]
        for name, note in names_after:
            got.add(name, after, note)  # type: ignore[arg-type]
    if not opening:
        return
    m = _OPENING.match(text)
    if m:
        name = clean_name(m.group(1))
        if name and name == collapse_spaces(m.group(1)):
            got.add(name, GUEST, None)
    start = len(text) - len(text.lstrip())
    found = _read_list(text, start, min(len(text), start + 300))
    if found.names and _OPENING_VERB.match(text, found.end):
        for name, note in found.names:
            got.add(name, GUEST, note)


def _from_roster(text: str, head: re.Match[str], got: _Collector) -> None:
    """Read the people listed one a line under a roster heading."""
    role = HOST if head.group("roster").lstrip().startswith("host") else GUEST
    pos = head.end() + 1
    while pos < len(text):
        line_end = text.find("\n", pos)
        if line_end < 0:
            line_end = len(text)
        for line in _roster_items(text[pos:line_end]):
            # A show's roster is the same from episode to episode: each line is read once.
            known = _ROSTER_LINES.get(line)
            if known is None:
                if len(_ROSTER_LINES) >= _ROSTER_CACHE_SIZE:
                    _ROSTER_LINES.clear()
                known = _ROSTER_LINES[line] = _roster_line(line)
            if known is _ROSTER_END:
                return
            if known is not _ROSTER_SKIP:
                name, note, host = known
                got.add(name, HOST if host else role, note)
        pos = line_end + 1


# A bulleted roster whose items a feed ran together on one line ("* Paulo Silveira, host*
# Talita Pagani, consultora * Rafaela de Souza, ..."): the same bullet before a capital.
_INLINE_BULLET = re.compile(r"(?<=\S)[ \t]*([*•])[ \t]+(?=[A-ZÀ-Þ])")


def _roster_items(line: str) -> list[str]:
    """The roster entries of one line: the line, or each entry of a bulleted line that
    holds several."""
    head = line.lstrip(" \t")[:2]
    if head not in ("* ", "• ") or head[0] not in line[line.index(head) + 2 :]:
        return [line]
    items: list[str] = []
    start = 0
    for m in _INLINE_BULLET.finditer(line):
        if m.group(1) == head[0]:
            items.append(line[start : m.start()])
            start = m.start(1)
    items.append(line[start:])
    return items


_RosterLine = tuple[str, "str | None", bool]  # name, note, whether the note says host
# Told apart by identity (and by content: equal constant tuples may be one object).
_ROSTER_END: _RosterLine = ("", "end", False)  # the roster ends on this line
_ROSTER_SKIP: _RosterLine = ("", "skip", False)  # a line to step over (blank, links only)
_ROSTER_LINES: dict[str, _RosterLine] = {}
_ROSTER_CACHE_SIZE = 4096


def _roster_line(line: str) -> _RosterLine:
    """What one line under a roster heading says (``_ROSTER_END``, ``_ROSTER_SKIP`` or a
    person); it depends on the line alone."""
    if not line.strip():  # blank lines between entries
        return _ROSTER_SKIP
    m = _ROSTER_LINE.match(line)
    if not m:
        return _ROSTER_END
    raw = m.group(1).strip()
    rest = line[m.end(1) :].strip(" \t–—:,|-")
    note = _tidy_note(rest.strip("()")) if rest else None
    # Followed by its links ("sam boyer – Twitter, GitHub"), a line names a person even
    # when it is not written with capitals.
    linked = bool(rest) and note is None
    if NAME_RE.fullmatch(raw):
        name = clean_name(raw)
    else:
        name = collapse_spaces(raw) if linked and clean_name(raw.title()) else None
    if name is None:
        # "Kitze – Twitter, GitHub": still a roster line
        return _ROSTER_SKIP if linked else _ROSTER_END
    return name, note, bool(note and _HOST_NOTE.match(note))


def extract_people(title: str, text: str, *, hosts: Iterable[str] = ()) -> list[Mention]:
    """The people an episode's title and show notes name, in the order found.

    Names come from the title ("#381 – Chris Lattner: …", "Ep. 25 con Charo", "Hinge:
    Justin McLeod"), from phrases in the notes ("Adam Isacson speaks with Beatriz
    Magaloni, a political scientist at Stanford" gives the host Adam Isacson and the guest
    Beatriz Magaloni with that note) and from rosters ("Featuring:" and one name a line).
    ``hosts`` are the show's hosts: when named they come back with the role "host", never
    as guests. Each person (by :func:`person_key`) is returned once.
    """
    got = _Collector(hosts)
    title = title or ""
    text = (text or "")[:MAX_TEXT_CHARS]
    if title:
        _from_title(title, text, got)
        _from_text(title, got, low=_lower(title), opening=False)
    if text:
        low = _lower(text)
        prose_end = len(text)
        rosters = []
        for head in _headings(low):
            if head.group("roster"):
                rosters.append(head)
            elif prose_end == len(text):
                prose_end = head.start("line")
        _from_text(text[:prose_end], got, low=low[:prose_end])
        for head in rosters:
            _from_roster(text, head, got)
    return got.out


# --- merging tags and text --------------------------------------------------------------


def merge_mentions(
    tagged: Sequence[PersonLike], extracted: Iterable[Mention], hosts: Iterable[str] = ()
) -> list[Mention]:
    """Combine an item's ``podcast:person`` tags with the names found in its text.

    Tags win: their role (mapped onto "host"/"guest"; crew such as producers are left
    out), href and img are kept, and a note found in the text is added to them. People
    found only in the text are added when the item has no guest tag at all. Names in
    ``hosts`` get the role "host".
    """
    host_keys = {person_key(h) for h in hosts if h}
    out: list[Mention] = []
    seen: dict[str, Mention] = {}
    has_guest_tag = False
    for person in tagged:
        role = normalize_role(person.role)
        key = person_key(person.name)
        if role is None or not key:
            continue
        if key in host_keys:
            role = HOST
        has_guest_tag = has_guest_tag or role == GUEST
        if key in seen:
            if role == GUEST:  # tagged twice, as host and as guest: a guest this time
                seen[key].role = GUEST
            continue
        mention = Mention(
            collapse_spaces(person.name), role, None, person.href or None, person.img or None
        )
        mention.source = "tag"
        seen[key] = mention
        out.append(mention)
    for mention in extracted:
        key = person_key(mention.name)
        if not key:
            continue
        if key in seen:
            if seen[key].note is None and mention.note:
                seen[key].note = mention.note
            continue
        if has_guest_tag:
            continue
        role = HOST if key in host_keys else (normalize_role(mention.role) or GUEST)
        copy = Mention(mention.name, role, mention.note, mention.href, mention.img)
        copy.source = mention.source
        seen[key] = copy
        out.append(copy)
    return out


# --- the show's hosts -------------------------------------------------------------------

_FEED_TITLE_HOST = re.compile(rf"(?:^|[ \t])(?:with|con|com|w/)[ \t]+({NAME_SRC})[ \t]*$")


def hosts_in_title(feed_title: str) -> list[str]:
    """The host a show's title names: "Making Sense with Sam Harris" -> ["Sam Harris"]."""
    m = _FEED_TITLE_HOST.search(collapse_spaces(feed_title or ""))
    name = clean_name(m.group(1)) if m else None
    return [name] if name else []
