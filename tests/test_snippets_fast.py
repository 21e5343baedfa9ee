"""The faster boilerplate cleaning finds what the plain one found, on every real line.

``_has_boiler`` tries only the alternatives of ``_BOILER`` whose words are in the window
around a gate, and ``classify`` remembers each line's step across texts. Both must give
what ``_BOILER.search`` over the whole window gave, and the same cleaned notes whatever
the cache holds.
"""

from __future__ import annotations

from collections.abc import Sequence

import pytest

from bot import snippets
from bot.feeds import parse_feed
from tests.conftest import BUNDLED_FEED, FEEDS_DIR, needs_feeds


def _plain_has_boiler(low: str, gates: Sequence[str]) -> bool:
    """The search as it was: the whole pattern over each gate's window."""
    for gate in gates:
        i = low.find(gate)
        while i != -1:
            if (i == 0 or not low[i - 1].isalnum()) and snippets._BOILER.search(
                low, max(0, i - 60), i + len(gate) + 80
            ):
                return True
            i = low.find(gate, i + len(gate))
    return False


def _notes() -> list[str]:
    """The raw show notes of the bundled feed and, when present, of the real feeds."""
    paths = [BUNDLED_FEED, *(sorted(FEEDS_DIR.glob("*.xml")) if FEEDS_DIR.is_dir() else [])]
    out = []
    for path in paths:
        for ep in parse_feed(path.read_bytes()).episodes:
            out.append(ep.description)
    return out


def test_the_groups_cover_every_alternative_of_the_pattern() -> None:
    # _BOILER_NEEDS in step with _BOILER (else the whole pattern is tried: slower, not wrong).
    alternatives = snippets._alternatives(snippets._BOILER.pattern)
    assert len(alternatives) == len(snippets._BOILER_NEEDS) == 39
    assert len(snippets._BOILER_GROUPS) > 1
    grouped = [a for _, p in snippets._BOILER_GROUPS for a in snippets._alternatives(p.pattern)]
    assert sorted(grouped) == sorted(alternatives)


@pytest.mark.parametrize(
    "line",
    [
        "this episode is brought to you by acme.",
        "thanks to our sponsors: acme and more",
        "use code pod for 20% off",
        "please subscribe wherever you listen",
        "rate and review us on apple podcasts",
        "follow the_show.handle on instagram",
        "order a copy of my new and rather long-titled book today",
        "see the full show notes at example.com",
        "the border order of the day",  # gates, no boilerplate
        "download the mp3",
        "visit omnystudio.com/listener for privacy information",
    ],
)
def test_grouped_search_agrees_on_written_lines(line: str) -> None:
    gates = tuple(dict.fromkeys(snippets._LINE_GATES.values()))
    assert snippets._has_boiler(line, gates) == _plain_has_boiler(line, gates)


@needs_feeds
def test_grouped_search_agrees_on_every_line_of_the_real_feeds() -> None:
    every_gate = tuple(dict.fromkeys(snippets._LINE_GATES.values()))
    checked = found = 0
    for text in _notes():
        low_text = text.lower()
        for gates in (snippets._gates(low_text), every_gate):
            for line in low_text.split("\n"):
                expected = _plain_has_boiler(line, gates)
                assert snippets._has_boiler(line, gates) == expected, line
                checked += 1
                found += expected
    assert checked > 50_000 and found > 1_000


@needs_feeds
def test_the_line_cache_changes_no_cleaned_notes() -> None:
    texts = _notes()
    snippets._LINE_CACHE.clear()
    warm = [snippets.clean_notes(t) for t in texts]  # lines of earlier texts cached
    assert len(snippets._LINE_CACHE) > 0
    cold = []
    for t in reversed(texts):
        snippets._LINE_CACHE.clear()
        cold.append(snippets.clean_notes(t))
    assert warm == cold[::-1]
    assert any(w != t for w, t in zip(warm, texts, strict=True))  # it did clean something
