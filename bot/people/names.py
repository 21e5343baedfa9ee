"""Name rules: what a person's name looks like (the name pattern, :func:`clean_name`) and
how a ``podcast:person`` role maps onto "host" or "guest".

A capitalised phrase is checked word by word against the vocabulary of
:mod:`bot.people.words`. The key a person is known by, :func:`bot.text.person_key`, lives
beside ``fold`` so that the store, the index and the readers share it.
"""

from __future__ import annotations

import re
from functools import lru_cache

from bot.people.words import (
    BRANDS,
    CAMEL_OK,
    FROM_PARTICLES,
    GUEST,
    HONORIFICS,
    PARTICLES,
    ROLE_MAP,
    STOP_WORDS,
)
from bot.text import collapse_spaces

# --- roles ------------------------------------------------------------------------------


def normalize_role(role: str | None) -> str | None:
    """Map a ``podcast:person`` role onto "host" or "guest"; ``None`` for crew roles."""
    return ROLE_MAP.get(collapse_spaces((role or GUEST).lower()))


# --- what a name looks like -------------------------------------------------------------

UPPER = "".join(c for c in map(chr, range(0x41, 0x250)) if c.isupper())
LOWER = "".join(c for c in map(chr, range(0x61, 0x250)) if c.islower())
SP = r"[ \t\u00a0]+"  # a name never runs across a line break

# A capitalised word: "Ryer", "McGuire", "O'Brien", "Guerrero-Saade", "Płotka", "St-Pierre".
WORD_SRC = (
    rf"(?:[{UPPER}][{LOWER}]+(?:[A-Z][{LOWER}]+)?|[{UPPER}]['’][{UPPER}][{LOWER}]+)"
    rf"(?:-[{UPPER}]?[{LOWER}]+)*(?![\w-])"
)
INITIALS_SRC = rf"[{UPPER}]\.(?:[ ]?[{UPPER}]\.)*(?!\w)"  # "J.", "J.R.", "J. R."
_BARE = r"[B-DF-HJ-NP-TV-XZ](?=[ \t\u00a0][A-Z])"  # "V Körbes", "Manish R Jain"
_PARTICLE = r"(?:de|del|della|da|das|do|dos|di|du|van|von|der|den|ter|te|la|le|bin|ibn|al|el)"
# Abbreviations inside a name: honorifics (dropped later), "St. Martin", "Jr.".
_ABBREV = (
    r"(?:Dr|Dra|Mr|Mrs|Ms|Mx|Prof|Sen|Rep|Gov|Gen|Gral|Sr|Sra|Srta|Lic|Ing|Rev|Capt|Col|Sgt|"
    r"Hon|Pres|Jr|St)\."
)
_TOKEN = rf"(?:{_ABBREV}|{WORD_SRC}|{INITIALS_SRC}|{_BARE})"
# A nickname between the names: Karen "KG" Goro, Matias “Patak” Capeletto, Rodrigo 'Caffo'
# Franco.
_NICK = r"""(?:[ \t]+(?:["“][^"“”\n]{1,24}["”]|'[^'\n]{1,24}'(?=[ \t])))?"""
NAME_SRC = rf"{_TOKEN}(?:{_NICK}{SP}(?:{_PARTICLE}{SP}){{0,2}}{_TOKEN}){{0,6}}"
NAME_RE = re.compile(NAME_SRC)
QUOTED_RE = re.compile(r"""["“][^"“”]*["”]|(?<!\S)'[^'\n]*'(?!\S)""")


def _is_word(tok: str) -> bool:
    """A word of a name, not an initial ("J.") or an abbreviation ("St.")."""
    return len(tok) > 1 and not tok.endswith(".")


def _camel_ok(tok: str) -> bool:
    """Refuse "GitHub" or "OpenAi" but keep "McGuire", "LaNou", "O'Brien"."""
    if tok[1:].islower():
        return True  # no capital after the first letter (the common case)
    caps = [i for i, ch in enumerate(tok) if ch.isupper() and i > 0 and tok[i - 1] not in "-'’"]
    return not caps or (len(caps) == 1 and tok[: caps[0]].lower() in CAMEL_OK)


def lone_ok(word: str) -> bool:
    """Whether a single word may be a first name ("Charo", "Kitze")."""
    return len(word) > 1 and word.lower() not in STOP_WORDS and _camel_ok(word)


@lru_cache(maxsize=8192)
def clean_name(raw: str) -> str | None:
    """Check a capitalised phrase and return it as a name, or ``None`` when it is not one.

    Leading honorifics are dropped ("President Nayib Bukele" -> "Nayib Bukele"), as are a
    quoted nickname ('Karen "KG" Goro' -> "Karen Goro") and a "de <place>" after a full
    name ("Karen Goro de Argentina" -> "Karen Goro"). What is left must be two to five
    words (at most four of them more than an initial), none a stop word, ending on a word.
    """
    # The tokens from ``first`` to ``end`` are the name; each is looked at lower-cased once.
    if '"' in raw or "“" in raw or "'" in raw:
        raw = QUOTED_RE.sub(" ", raw)
    toks = raw.split()
    if len(toks) < 2:
        return None  # one word is never a name; half the phrases looked at are one word
    lows = [t.lower() for t in toks]
    first, end = 0, len(toks)
    while first < end and lows[first].rstrip(".") in HONORIFICS:
        first += 1
    while first < end and lows[first] in PARTICLES:
        first += 1
    named = 0  # words before, other than particles
    for i in range(first, end):
        tok = toks[i]
        if tok in FROM_PARTICLES and named >= 2:
            end = i
            break
        if tok not in PARTICLES:
            named += 1
    for i in range(first, end):
        low = lows[i]
        if low in PARTICLES:
            continue
        # "Technical Product Manager", "Raygun Error and Performance Monitoring", "CEO".
        tok = toks[i]
        acronym = len(tok) > 2 and tok.isupper() and "." not in tok
        if acronym or low.rstrip(".") in STOP_WORDS:
            return None
    while end > first and lows[end - 1] in PARTICLES:
        end -= 1
    words = [toks[i] for i in range(first, end) if lows[i] not in PARTICLES]
    if words and words[0].lower() in BRANDS:
        return None  # a company's product ("Nintendo Switch"), not a person
    full = [t for t in words if _is_word(t)]
    if not 2 <= len(words) <= 5 or not 1 <= len(full) <= 4:
        return None
    if not _is_word(words[-1]) and words[-1] not in ("Jr.", "Sr."):
        return None
    if not all(map(_camel_ok, full)):
        return None
    return " ".join(toks[first:end])
