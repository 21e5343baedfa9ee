"""Text helpers shared by the whole bot: the one place that folds accents and cuts text.

Nothing here imports discord; the renderers call ``truncate`` with Discord's limits.
"""

from __future__ import annotations

import re
import traceback
import unicodedata
from functools import lru_cache

# Characters that are invisible or flip direction: they break matching and can hide text.
_INVISIBLE = re.compile("[\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\u00ad]")
_NON_WORD = re.compile(r"[^\w]+", re.UNICODE)
# Combining marks left by NFKD ("o" + U+0301 for "ó"): removed in one C-level pass.
_COMBINING = re.compile("[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")
# Letters that NFKD does not split into a base letter and a mark.
_UNSPLIT = str.maketrans(
    {"ł": "l", "ø": "o", "đ": "d", "ð": "d", "æ": "ae", "œ": "oe", "þ": "th", "ı": "i", "ħ": "h"}
)
# str.translate looks every character up in a dict (slow on long non-ASCII text): it runs
# only when one of those letters is there, which this C-level search finds.
_HAS_UNSPLIT = re.compile("[łøđðæœþıħ]")
# ASCII punctuation and underscores become spaces: normalize() without a regex.
_ASCII_WORDS = str.maketrans(
    {chr(c): " " for c in range(128) if not chr(c).isalnum() and chr(c) != " "}
)
# The punctuation that is left outside ASCII after folding, nearly always ("–", "’", "“"):
# replaced by spaces with str.replace (a C-level scan each), the text is ASCII again and
# takes the fast path of normalized_words; any other character takes the regex path.
_COMMON_NON_ASCII = "–’—“”‘¡¿·«»…•\u00a0"
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
    text = strip_invisible(text).casefold()
    if _HAS_UNSPLIT.search(text):
        text = text.translate(_UNSPLIT)
    return _COMBINING.sub("", unicodedata.normalize("NFKD", text))


# What person_key drops and collapses, after folding.
_KEY_DROP = re.compile(r"[^\w\s]+")
_KEY_SPACES = re.compile(r"[\s_]+")


@lru_cache(maxsize=16384)
def person_key(name: str) -> str:
    """The key a person is known by: folded, punctuation dropped, spaces collapsed.

    "Ruth López", "Ruth Lopez" and "ruth  lopez" share the key "ruth lopez"; hyphens and
    apostrophes become spaces ("Jean-Pierre" -> "jean pierre") and dots go ("Erik St.
    Martin" -> "erik st martin").
    """
    folded = fold(name).replace("-", " ").replace("'", " ").replace("’", " ")
    return _KEY_SPACES.sub(" ", _KEY_DROP.sub("", folded)).strip()


def normalize(text: str) -> str:
    """Fold ``text`` and reduce it to words separated by single spaces."""
    return " ".join(normalized_words(text))


def normalized_words(text: str) -> list[str]:
    """The words of ``normalize(text)``, as a list."""
    folded = fold(text)
    if not folded.isascii():
        for ch in _COMMON_NON_ASCII:
            if ch in folded:
                folded = folded.replace(ch, " ")  # a separator, as _NON_WORD makes it
        if not folded.isascii():
            return _NON_WORD.sub(" ", folded).replace("_", " ").split()
    return folded.translate(_ASCII_WORDS).split()


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


# --- what may be shown of sources and errors ----------------------------------------------

# Any URL inside a text: a scheme, "://", then everything up to white space or a quote.
_URL_IN_TEXT = re.compile(r"\b[a-zA-Z][a-zA-Z0-9+.-]{0,15}://[^\s'\"<>`]+")
# An absolute local path of two parts or more ("/home/me/feed.xml"), not part of a word,
# a URL or a relative path; its last part (the file name) is kept.
_PATH_IN_TEXT = re.compile(r"(?<![\w.~:/\\-])/(?:[^\s/'\"<>`]+/)+([^\s/'\"<>`]*)")
_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f]")
ERROR_CHARS = 300


def redact_url(url: str) -> str:
    """``url`` without what may be secret: the user-info, the query and the fragment.

    Private podcast feeds carry their credentials there (``https://user:pw@host/feed`` or
    ``?token=...``). A query is shown as ``?…`` so that one can still tell it was there.
    Text that is not a URL comes back as it is.
    """
    scheme, sep, rest = url.partition("://")
    if not sep or not scheme or not scheme[0].isalpha():
        return url
    # The authority ends at the first "/", "?" or "#"; user-info is what precedes its last "@".
    end = len(rest)
    for mark in "/?#":
        found = rest.find(mark)
        if found != -1:
            end = min(end, found)
    authority, tail = rest[:end], rest[end:]
    host = authority.rpartition("@")[2]
    cut = len(tail)
    for mark in "?#":
        found = tail.find(mark)
        if found != -1:
            cut = min(cut, found)
    path, extra = tail[:cut], tail[cut:]
    hidden = "?…" if extra.startswith("?") and len(extra.split("#", 1)[0]) > 1 else ""
    return f"{scheme}://{host}{path}{hidden}"


def _redact_match(match: re.Match[str]) -> str:
    # Punctuation after a URL ends the sentence, not the URL: "cannot reach URL: reason".
    url = match.group()
    bare = url.rstrip(".,:;!)]}")
    return redact_url(bare) + url[len(bare) :]


def redact(text: str, *, paths: bool = False) -> str:
    """``text`` with every URL in it redacted (see :func:`redact_url`).

    With ``paths``, absolute local paths are cut to their file name too: that is for what
    Discord members see, while the operator's own command line keeps the paths it was given.
    """
    text = _URL_IN_TEXT.sub(_redact_match, text)
    if paths:
        text = _PATH_IN_TEXT.sub(lambda m: m.group(1) or m.group(), text)
    return text


def source_label(source: str) -> str:
    """How a feed source is named to Discord members: a URL redacted, a file by its name."""
    if "://" in source:
        return redact_url(source)
    return source.replace("\\", "/").rstrip("/").rpartition("/")[2] or source


def redacted_traceback(exc: BaseException) -> str:
    """``exc``'s traceback for the log (a bug's report), with every URL in it redacted."""
    return redact("".join(traceback.format_exception(exc))).rstrip()


def short_error(text: str, limit: int = ERROR_CHARS, *, paths: bool = False) -> str:
    """An error as it may be stored, logged or shown: one line, redacted, at most ``limit``.

    Exception texts are not ours: a host's garbage reply, or a URL with its credentials,
    ends up in them. Every error the bot keeps or prints goes through here.
    """
    # Redacted before it is cut: a URL cut in half would no longer be recognised.
    text = redact(collapse_spaces(_CONTROL.sub(" ", text)), paths=paths)
    return truncate(text, limit)
