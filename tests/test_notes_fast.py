"""The chapter-list reader's fast path gives what the line-by-line reading gave.

``parse_notes`` reads only the lines with a timestamp (found from their colon) and looks
for a heading only above a run of them; ``plain_parse_notes`` below is the reading it
replaced (every line, a heading check on each). Both must agree on every text of the real
feeds and on random notes made of the lines that matter (timestamps, clock times,
headings, blank and white-space-only lines).
"""

from __future__ import annotations

import random

from bot.feeds import parse_feed
from bot.moments import notes
from bot.moments.notes import parse_notes
from bot.moments.segment import NOTES, Segment, close_ends
from tests.conftest import BUNDLED_FEED, FEEDS_DIR, needs_feeds


def plain_line_entries(line: str) -> list[tuple[int, str]]:
    """``_line_entries`` as it was: every inline timestamp collected first."""
    n = notes
    if not n._QUICK.search(line):
        return []
    inline = list(n._INLINE.finditer(line))
    if len(inline) >= 2 and inline[0].start() <= 1:
        out = []
        for here, nxt in zip(inline, [*inline[1:], None], strict=False):
            title = n._clean_title(line[here.end() : nxt.start() if nxt else len(line)])
            out.append((n._seconds(*here.groups()), title))
        return out
    match = n._LEADING.match(line)
    if match:
        rest = line[match.end(3) :]
        if n._CLOCK_AFTER.match(rest.lstrip(")] ")):
            return []
        return [(n._seconds(*match.groups()[:3]), n._clean_title(match.group("title")))]
    match = n._STARTS_AT.match(line)
    if match:
        return [(n._seconds(*match.groups()[1:4]), n._clean_title(match.group("title")))]
    match = n._TRAILING.match(line)
    if match and not n._CLOCK_BEFORE.search(match.group("title")):
        return [(n._seconds(*match.groups()[1:4]), n._clean_title(match.group("title")))]
    return []


def plain_parse_notes(text: str, duration: float | None = None) -> list[Segment]:
    """``parse_notes`` as it was: every line read, a heading check on each other line."""
    if not text or not notes._QUICK.search(text):
        return []
    runs: list[list[tuple[int, str]]] = []
    current: list[tuple[int, str]] = []
    in_block = False
    trusted: list[bool] = []
    for line in text.split("\n"):
        if not line.strip():
            continue
        entries = plain_line_entries(line)
        if entries:
            current.extend(entries)
            continue
        if current:
            runs.append(current)
            trusted.append(in_block)
            current = []
        in_block = len(line) <= 160 and bool(notes._HEADING.match(line))
    if current:
        runs.append(current)
        trusted.append(in_block)
    best: list[tuple[int, str]] = []
    for run, under_heading in zip(runs, trusted, strict=True):
        kept = notes._forward(run)
        if len(kept) < (1 if under_heading else notes.MIN_LINES):
            continue
        if len(kept) > len(best):
            best = kept
    return close_ends([Segment(float(s), None, t, "", NOTES) for s, t in best if t], duration)


LINES = [
    "00:00 Intro",
    "(05:08) – Hemingway",
    "[1:02:03] Title",
    "Title (12:34)",
    "(00:00) - a (00:45) - b",
    " (00:10) x (00:20) y",
    "Storytelling starts at 52:26",
    "at 10:30 am",
    "10:30 PM ET",
    "99:99 not one",
    "3:15 Third",
    "1:00 one",
    "2:00 two",
    "- 4:00 dash",
    "12:00",
    "https://example.com:8080/a:15",
    "x:15 no digit before",
    "٣:١٥ Arabic-Indic digits",
    "Timestamps:",
    "Chapters",
    "OUTLINE:",
    "Outline: " + "y" * 150,
    "Sponsors:",
    "some prose here",
    "",
    "   ",
    "\t",
    "\u2028",
    "\r",
]


def test_parse_notes_is_the_plain_reading_on_random_notes() -> None:
    rng = random.Random(5)
    found = 0
    for _ in range(30_000):
        text = "\n".join(rng.choice(LINES) for _ in range(rng.randint(0, 12)))
        text = rng.choice(["", "\n"]) + text + rng.choice(["", "\n", "\n\n"])
        duration = rng.choice([None, 600.0, 5000.0])
        got = parse_notes(text, duration)
        assert got == plain_parse_notes(text, duration), text
        found += bool(got)
    assert found > 5_000  # the random notes do hold chapter lists


@needs_feeds
def test_parse_notes_is_the_plain_reading_on_the_real_feeds() -> None:
    found = 0
    for path in [*sorted(FEEDS_DIR.glob("*.xml")), BUNDLED_FEED]:
        for ep in parse_feed(path.read_bytes()).episodes:
            for text in (ep.description, ep.summary):
                got = parse_notes(text, ep.duration)
                assert got == plain_parse_notes(text, ep.duration), (path.name, ep.title)
                found += bool(got)
    assert found > 400
