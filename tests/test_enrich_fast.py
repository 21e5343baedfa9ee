"""The fast paths of enrichment give what the plain ones give (issue 12: same output).

Each fast path is compared with the plain code it stands for, on every text of the real
feeds and on random text made of the characters that matter (ASCII punctuation, the
punctuation the fast path replaces, accents, combining marks, invisible characters).
"""

from __future__ import annotations

import random

from bot.feeds import parse_feed
from bot.people import extract as ex
from bot.text import normalized_words
from bot.topics import TopicCatalog, _text_words, _whole_acronyms, default_catalog
from tests.conftest import BUNDLED_FEED, FEEDS_DIR, needs_feeds

_SEPARATORS = "’–—“”‘…•·«»¡¿\u00a0🎉\ufe0f"  # punctuation, emoji: separators
_PLAIN = "abcXYZ019 _-.,:'\n\t" + _SEPARATORS  # ASCII but for the punctuation replaced
_OTHER = _PLAIN + "éñÓüßæłøńı\u0301\u0303\u200b\u200d\u00adﬁ½²Σς™Ⅻ"  # and what fold() changes


_LATIN1 = "abcXYZ019 _-.,:'\n\t" + "".join(map(chr, range(0x80, 0x100)))  # a table's too


def _random_texts(count: int, seed: int = 7) -> list[str]:
    rng = random.Random(seed)
    alphabets = (_PLAIN, _OTHER, _LATIN1, _LATIN1 + _SEPARATORS)
    return ["".join(rng.choices(alphabets[n % 4], k=rng.randint(0, 40))) for n in range(count)]


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


def _check_no_list_at(text: str, positions: list[int]) -> int:
    """``_no_list_at`` is right wherever it says no list starts; returns how often it said so."""
    said = 0
    for pos in positions:
        if ex._no_list_at(text, pos):
            line_end = text.find("\n", pos)
            stop = len(text) if line_end < 0 else line_end
            assert not ex._read_list(text, pos, stop).names, (text[pos : pos + 60], pos)
            said += 1
    return said


def test_no_list_at_on_every_position_of_made_up_notes() -> None:
    texts = [
        "We talk with the awesome Ben Johnson, with Jane Doe and with\nMat Ryer: see x.com/a",
        "with:  Jane Doe, with the\tguest Ana Lima; with ¿Quién? with élan, with Émile Zola",
        "con nuestra invitada María López y con el, com a Ana e com https://x.com/Ana_Lima",
    ]
    said = sum(_check_no_list_at(t, list(range(len(t) + 1))) for t in texts)
    assert said > 100


@needs_feeds
def test_no_list_at_after_every_phrase_of_the_real_feeds() -> None:
    said = 0
    for whole in _real_texts():
        text = whole[: ex.MAX_TEXT_CHARS]
        ends = [
            ex._SKIP_COLON.match(text, m.end()).end()  # type: ignore[union-attr]
            for m in ex._triggers(ex._lower(text))
        ]
        colon = text.rfind(": ")  # where _from_title reads the names after a title's colon
        said += _check_no_list_at(text, [*ends, colon + 2] if colon > 0 else ends)
    assert said > 10_000


def plain_mentions(catalog: TopicCatalog, raw: str) -> list[tuple[int, int]]:
    """``TopicCatalog._mentions`` as it was: normalized_words, and the acronyms always
    looked for in the raw text."""
    out = []
    last_end: dict[int, int] = {}
    masked_until = -1
    for form, start in catalog._forms_in(normalized_words(raw)):
        end = start + len(form)
        if start < masked_until:
            continue
        ids = catalog._text_topics[form]
        if not ids:
            masked_until = end
            continue
        for i in ids:
            if start < last_end.get(i, -1):
                continue
            last_end[i] = end
            out.append((i, start))
    assert catalog._acronym_re is not None
    for m in _whole_acronyms(catalog._acronym_re, raw):
        if catalog._acronym_stands_alone(raw, m.start(), m.end()):
            out += [(i, m.start()) for i in catalog._acronyms[m.group(1)]]
    return out


def test_mentions_are_the_plain_ones_on_made_up_text() -> None:
    catalog = default_catalog()
    rng = random.Random(3)
    pieces = [
        "ICE", "ICE's", "ICE™", "CBP", "ICEs", "3.ICE", "_ICE", "ice", "DEA-led", "(IMF)",
        "Mexico", "El Salvador", "the Bahamas", "human rights", "x", "’", "–", " ", "\n", ".",
        "é", "\u00ad", "U.S.", "border", "FMI", "JEP:", "ICE BREAKERS", "\u00adICE", "ß",
        "\u200bICE", "ICE\u0301", "ńICE", "🎉ICE",
    ]  # fmt: skip
    found = 0
    for _ in range(20_000):
        raw = "".join(rng.choice(pieces) + rng.choice(["", " "]) for _ in range(rng.randint(0, 9)))
        got = list(catalog._mentions(raw))
        assert got == plain_mentions(catalog, raw), raw
        found += bool(got)
    assert found > 5_000


@needs_feeds
def test_mentions_are_the_plain_ones_on_the_real_feeds() -> None:
    catalog = default_catalog()
    for text in _real_texts():
        assert list(catalog._mentions(text)) == plain_mentions(catalog, text), text[:80]


@needs_feeds
def test_names_exactly_is_lookup_scoring_exact() -> None:
    catalog = default_catalog()
    labels = {text.strip() for text in _real_texts() if len(text) <= 200}
    for topic in catalog.topics:
        for alias in (topic.name, *topic.aliases, *topic.question_only):
            labels |= {alias, alias.upper(), alias.lower() + "s", f" {alias}?", alias[:-1]}
    labels |= {"ICE", "ice", "CBP!", '"DEA"', "Venezula", "drug polcy", "", " ", "x" * 300}
    exact = 0
    for label in labels:
        expected = any(score >= 100 for _, score in catalog.lookup(label))
        assert catalog.names_exactly(label) == expected, label
        exact += expected
    assert exact > 500
