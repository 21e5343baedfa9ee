"""The fast paths of enrichment give what the plain ones give (issue 12: same output).

Each fast path is compared with the plain code it stands for, on every text of the real
feeds and on random text made of the characters that matter (ASCII punctuation, the
punctuation the fast path replaces, accents, combining marks, invisible characters).
"""

from __future__ import annotations

import random

from bot.feeds import parse_feed
from bot.text import normalized_words
from bot.topics import _SEPARATORS, _text_words
from tests.conftest import BUNDLED_FEED, FEEDS_DIR, needs_feeds

_PLAIN = "abcXYZ019 _-.,:'\n\t" + _SEPARATORS  # ASCII but for the punctuation replaced
_OTHER = _PLAIN + "éñÓüßæłø\u0301\u0303\u200b\u00adﬁ½²Σς"  # and what fold() changes


def _random_texts(count: int, seed: int = 7) -> list[str]:
    rng = random.Random(seed)
    return [
        "".join(rng.choices(_PLAIN if n % 2 else _OTHER, k=rng.randint(0, 40)))
        for n in range(count)
    ]


def _real_texts() -> list[str]:
    out = []
    for path in [*sorted(FEEDS_DIR.glob("*.xml")), BUNDLED_FEED]:
        for ep in parse_feed(path.read_bytes()).episodes:
            out += [ep.title, ep.description, ep.summary, *ep.keywords, *ep.categories]
    return out


def test_text_words_is_normalized_words_on_random_text() -> None:
    for text in _random_texts(20_000):
        assert _text_words(text) == normalized_words(text), repr(text)


@needs_feeds
def test_text_words_is_normalized_words_on_the_real_feeds() -> None:
    texts = _real_texts()
    assert len(texts) > 10_000
    for text in texts:
        assert _text_words(text) == normalized_words(text), text[:80]
