"""Text helpers shared by the whole bot: the one place that folds accents and cuts text.

Nothing here imports discord; the renderers call ``truncate`` with Discord's limits.
"""

from __future__ import annotations

import re
import unicodedata

# Characters that are invisible or flip direction: they break matching and can hide text.
_INVISIBLE = re.compile("[\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\u00ad]")
_NON_WORD = re.compile(r"[^\w]+", re.UNICODE)
# Combining marks left by NFKD ("o" + U+0301 for "ó"): removed in one C-level pass.
_COMBINING = re.compile("[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")
# Letters that NFKD does not split into a base letter and a mark.
_UNSPLIT = str.maketrans(
    {"ł": "l", "ø": "o", "đ": "d", "ð": "d", "æ": "ae", "œ": "oe", "þ": "th", "ı": "i", "ħ": "h"}
)
# ASCII punctuation and underscores become spaces: normalize() without a regex.
_ASCII_WORDS = str.maketrans(
    {chr(c): " " for c in range(128) if not chr(c).isalnum() and chr(c) != " "}
)
_SENTENCE_END = re.compile(r"[.!?…](?=[\s\"'”’)\]]|$)")

ELLIPSIS = "…"


def strip_invisible(text: str) -> str:
    """Remove zero-width, bidi-control and soft-hyphen characters."""
    return _INVISIBLE.sub("", text)


def fold(text: str) -> str:
    """Lower-case ``text`` and drop accents: "Ruth López" -> "ruth lopez".

    This is the only accent-folding function in the project; matching, the people index
    and topic lookup all go through it so that they agree with each other.
    """
    if text.isascii():  # the common case, and ten times faster
        return text.lower()
    text = strip_invisible(text).casefold().translate(_UNSPLIT)
    return _COMBINING.sub("", unicodedata.normalize("NFKD", text))


def normalize(text: str) -> str:
    """Fold ``text`` and reduce it to words separated by single spaces."""
    return " ".join(normalized_words(text))


def normalized_words(text: str) -> list[str]:
    """The words of ``normalize(text)``, as a list."""
    folded = fold(text)
    if folded.isascii():
        return folded.translate(_ASCII_WORDS).split()
    return _NON_WORD.sub(" ", folded).replace("_", " ").split()


def collapse_spaces(text: str) -> str:
    """Collapse runs of white space into one space and trim the ends."""
    return " ".join(text.split())


def truncate(text: str, limit: int, *, at_sentence: bool = False) -> str:
    """Cut ``text`` to at most ``limit`` characters, ending with an ellipsis when cut.

    With ``at_sentence`` the cut prefers the last sentence end that keeps at least half
    of the allowed length, then the last word boundary.
    """
    if limit <= 0:
        return ""
    if len(text) <= limit:
        return text
    if limit == 1:
        return ELLIPSIS
    room = limit - 1  # leave space for the ellipsis
    head = text[:room]
    if at_sentence:
        ends = [m.end() for m in _SENTENCE_END.finditer(text[:limit])]
        if ends and ends[-1] >= limit // 2:
            return text[: ends[-1]].rstrip()
    space = head.rfind(" ")
    if space >= room // 2:
        head = head[:space]
    return head.rstrip(" ,;:-–—") + ELLIPSIS
