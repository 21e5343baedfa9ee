"""``fold`` and ``normalized_words`` give what they gave before their fast paths.

The reference below is the plain version they replaced (a dict translate of every
character, one regex for every non-word run); the fast versions must agree with it on
every character of Unicode and on every text of the real feeds.
"""

from __future__ import annotations

import re
import unicodedata

from bot.feeds import parse_feed
from bot.text import fold, normalize, normalized_words
from tests.conftest import BUNDLED_FEED, FEEDS_DIR, needs_feeds

_INVISIBLE = re.compile("[\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\u00ad]")
_NON_WORD = re.compile(r"[^\w]+", re.UNICODE)
_COMBINING = re.compile("[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")
_UNSPLIT = str.maketrans(
    {"ł": "l", "ø": "o", "đ": "d", "ð": "d", "æ": "ae", "œ": "oe", "þ": "th", "ı": "i", "ħ": "h"}
)
_ASCII_WORDS = str.maketrans(
    {chr(c): " " for c in range(128) if not chr(c).isalnum() and chr(c) != " "}
)


def reference_fold(text: str) -> str:
    if text.isascii():
        return text.lower()
    text = _INVISIBLE.sub("", text).casefold().translate(_UNSPLIT)
    return _COMBINING.sub("", unicodedata.normalize("NFKD", text))


def reference_words(text: str) -> list[str]:
    folded = reference_fold(text)
    if folded.isascii():
        return folded.translate(_ASCII_WORDS).split()
    return _NON_WORD.sub(" ", folded).replace("_", " ").split()


def _assigned(code: int) -> bool:
    return unicodedata.category(chr(code)) not in ("Cn", "Co", "Cs")


def test_every_character_of_unicode() -> None:
    # In blocks of 256 code points, each assigned character next to others and between
    # words (unassigned and private-use ones are all alike).
    for start in range(0, 0x110000, 256):
        chars = [chr(c) for c in range(start, start + 256) if _assigned(c)]
        for text in ("".join(chars), "Año_Łódź ".join(chars)):
            assert fold(text) == reference_fold(text), hex(start)
            assert normalized_words(text) == reference_words(text), hex(start)


def test_mixed_texts() -> None:
    texts = [
        "Ruth López – “Łódź” ‘œuvre’ ħ ı ÆØ — ¿qué? ¡sí! · « » … • a\u00a0b",
        "Only ASCII: it's a_b-c (d) e.f",
        "ツ and Кирилл–Ελλάδα’s 🔗 links",
        "soft\u00adhyphen zero\u200bwidth",
        "Łódź",
        "ħ",
        "",
    ]
    for text in texts:
        assert fold(text) == reference_fold(text)
        assert normalized_words(text) == reference_words(text)
        assert normalize(text) == " ".join(reference_words(text))


@needs_feeds
def test_every_text_of_the_real_feeds() -> None:
    compared = 0
    for path in [*sorted(FEEDS_DIR.glob("*.xml")), BUNDLED_FEED]:
        feed = parse_feed(path.read_bytes())
        for ep in feed.episodes:
            for text in (ep.title, ep.description, ep.summary, *ep.keywords, *ep.categories):
                assert fold(text) == reference_fold(text), (path.name, ep.title)
                assert normalized_words(text) == reference_words(text), (path.name, ep.title)
                compared += 1
    assert compared > 40_000
