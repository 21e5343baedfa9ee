"""``clean_name`` gives what it gave before it looked at each token once.

The reference is the plain version it replaced; both must agree on every capitalised
phrase of the real feeds that the name pattern matches, and on phrases built to hit the
edges (honorifics, particles, "de <place>", quoted nicknames, initials, acronyms, camel
case, stop words).
"""

from __future__ import annotations

import random

from bot.feeds import parse_feed
from bot.people.names import (
    BRANDS,
    CAMEL_OK,
    FROM_PARTICLES,
    HONORIFICS,
    NAME_RE,
    PARTICLES,
    QUOTED_RE,
    STOP_WORDS,
    _camel_ok,
    clean_name,
)
from tests.conftest import BUNDLED_FEED, FEEDS_DIR, needs_feeds


def reference_camel_ok(tok: str) -> bool:
    caps = [i for i, ch in enumerate(tok) if ch.isupper() and i > 0 and tok[i - 1] not in "-'’"]
    return not caps or (len(caps) == 1 and tok[: caps[0]].lower() in CAMEL_OK)


def reference(raw: str) -> str | None:
    toks = QUOTED_RE.sub(" ", raw).split()
    while toks and toks[0].lower().rstrip(".") in HONORIFICS:
        toks.pop(0)
    while toks and toks[0].lower() in PARTICLES:
        toks.pop(0)
    for i, tok in enumerate(toks):
        if tok in FROM_PARTICLES and sum(1 for t in toks[:i] if t not in PARTICLES) >= 2:
            toks = toks[:i]
            break
    for tok in toks:
        if tok.lower() in PARTICLES:
            continue
        acronym = len(tok) > 2 and tok.isupper() and "." not in tok
        if acronym or tok.lower().rstrip(".") in STOP_WORDS:
            return None
    while toks and toks[-1].lower() in PARTICLES:
        toks.pop()
    words = [t for t in toks if t.lower() not in PARTICLES]
    if words and words[0].lower() in BRANDS:
        return None  # a company's product ("Nintendo Switch")
    full = [t for t in words if len(t) > 1 and not t.endswith(".")]
    if not 2 <= len(words) <= 5 or not 1 <= len(full) <= 4:
        return None
    if not (len(words[-1]) > 1 and not words[-1].endswith(".")) and words[-1] not in (
        "Jr.",
        "Sr.",
    ):
        return None
    if not all(reference_camel_ok(t) for t in full):
        return None
    return " ".join(toks)


def same(raw: str) -> None:
    assert clean_name.__wrapped__(raw) == reference(raw), raw  # type: ignore[attr-defined]


PIECES = [
    *"Ann Lee McGuire LaNou O'Brien O’Neil GitHub OpenAi iPhone ǅemal ΣΊΣΥΦΟΣ CEO NASA J. R."
    " St. Jr. Sr. Dr. dr President Nayib Bukele de del la van von der Argentina The Social"
    " Dilemma and of X Jean-Pierre Guerrero-Saade Płotka El Bananero".split(),
    '"KG"',
    "“Patak”",
    "'Caffo'",
    "'",
    '"',
]


def test_built_phrases() -> None:
    rng = random.Random(5)
    for _ in range(20_000):
        same(" ".join(rng.choice(PIECES) for _ in range(rng.randint(0, 7))))
    for tok in PIECES:
        assert _camel_ok(tok) == reference_camel_ok(tok), tok


@needs_feeds
def test_every_name_like_phrase_of_the_real_feeds() -> None:
    checked = 0
    for path in [*sorted(FEEDS_DIR.glob("*.xml")), BUNDLED_FEED]:
        for ep in parse_feed(path.read_bytes()).episodes:
            for text in (ep.title, ep.description[:8000]):
                for m in NAME_RE.finditer(text):
                    same(m.group())
                    same(text[m.start() : m.end() + 12])  # and what follows it
                    checked += 1
    assert checked > 50_000
