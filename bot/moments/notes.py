"""Chapter lists written as timestamps in show notes.

Recognised lines: ``(05:08) – Hemingway``, ``05:08 Hemingway``, ``[1:02:03] Title``,
``Title (12:34)``, several ``(mm:ss) - title`` on one line, usually under a "Timestamps:",
"Chapters:" or "Outline:" heading. Clock times ("at 10:30 am", "10:30 PM ET") and dates
are not timestamps; a lone timestamped line outside such a block is not trusted, and the
list must run forward in time.
"""

from __future__ import annotations

import re

from bot.moments.segment import MAX_SECONDS, MAX_TITLE_CHARS, NOTES, Segment, close_ends

# h:mm:ss or m:ss / mm:ss, optionally in () or []; seconds and minutes below 60.
_TS = r"(?:(\d{1,2}):)?([0-5]?\d):([0-5]\d)"
_OPEN = r"[\(\[]?"
_CLOSE = r"[\)\]]?"
_SEP = r"\s*(?:[-–—:|•·.]\s*)?"
_LEADING = re.compile(rf"^\s*(?:[-*•·]\s*)?{_OPEN}{_TS}{_CLOSE}{_SEP}(?P<title>.*)$")
_TRAILING = re.compile(rf"^(?P<title>.*?\S)\s*[-–—:]?\s*[\(\[]{_TS}[\)\]]\s*$")
_STARTS_AT = re.compile(rf"^(?P<title>.*?\S)\s+(?:starts|begins) at\s+{_TS}\.?\s*$", re.I)
_INLINE = re.compile(rf"[\(\[]{_TS}[\)\]]")
# What makes "10:30" a clock time rather than a timestamp.
_CLOCK_AFTER = re.compile(
    r"^\s*(?:a\.?m\b\.?|p\.?m\b\.?|h\b|hrs?\b|uhr\b|o'?clock|"
    r"(?:utc|gmt|cet|cest|bst|[ecmp][sd]?t)\b)",
    re.I,
)
_CLOCK_BEFORE = re.compile(r"\b(?:at|from|until|till|to|by|around|@|a las|às|um)\s*$", re.I)
_HEADING = re.compile(
    r"^\s*(?:\W*\s*)?(?:time\s*stamps?|chapters?|chapter markers|outline|show outline|"
    r"episode (?:outline|chapters|timestamps)|topics discussed|in this episode|"
    r"cap[ií]tulos|marcas de tiempo|minutagem|kapitel)\b.{0,120}$",
    re.I,
)
_QUICK = re.compile(r"\d:[0-5]\d")
MIN_LINES = 2  # timestamps outside a heading's block: at least this many in a row


def _seconds(hours: str | None, minutes: str, seconds: str) -> int:
    if hours is not None and int(minutes) >= 60:
        return -1
    return int(hours or 0) * 3600 + int(minutes) * 60 + int(seconds)


def _clean_title(text: str) -> str:
    title = " ".join(text.split()).strip(" -–—:|•·")
    return title[:MAX_TITLE_CHARS]


def _line_entries(line: str) -> list[tuple[int, str]]:
    """The (seconds, title) pairs a line gives, or [] when it is not a timestamp line."""
    if not _QUICK.search(line):
        return []
    inline = list(_INLINE.finditer(line))
    if len(inline) >= 2 and inline[0].start() <= 1:
        # "(00:00) - It's Go Time! (00:45) - Introducing our guests ..."
        out = []
        for here, nxt in zip(inline, [*inline[1:], None], strict=False):
            title = _clean_title(line[here.end() : nxt.start() if nxt else len(line)])
            out.append((_seconds(*here.groups()), title))
        return out
    match = _LEADING.match(line)
    if match:
        rest = line[match.end(3) :]
        if _CLOCK_AFTER.match(rest.lstrip(")] ")):
            return []
        title = _clean_title(match.group("title"))
        return [(_seconds(*match.groups()[:3]), title)]
    match = _STARTS_AT.match(line)
    if match:  # "Storytelling On Stage: Advice starts at 52:26"
        return [(_seconds(*match.groups()[1:4]), _clean_title(match.group("title")))]
    match = _TRAILING.match(line)
    if match and not _CLOCK_BEFORE.search(match.group("title")):
        return [(_seconds(*match.groups()[1:4]), _clean_title(match.group("title")))]
    return []


def parse_notes(text: str, duration: float | None = None) -> list[Segment]:
    """The chapter list in show notes (plain text, one entry per line), or []."""
    if not text or not _QUICK.search(text):
        return []
    runs: list[list[tuple[int, str]]] = []
    current: list[tuple[int, str]] = []
    in_block = False
    trusted: list[bool] = []
    for line in text.split("\n"):
        if not line.strip():
            continue  # blank lines separate entries in many feeds' notes
        entries = _line_entries(line)
        if entries:
            current.extend(entries)
            continue
        if current:
            runs.append(current)
            trusted.append(in_block)
            current = []
        # Headings are short lines; the check is skipped for paragraphs.
        in_block = len(line) <= 160 and bool(_HEADING.match(line))
    if current:
        runs.append(current)
        trusted.append(in_block)
    best: list[tuple[int, str]] = []
    for run, under_heading in zip(runs, trusted, strict=True):
        kept = _forward(run)
        if len(kept) < (1 if under_heading else MIN_LINES):
            continue
        if len(kept) > len(best):
            best = kept
    segments = [Segment(float(s), None, t, "", NOTES) for s, t in best if t]
    return close_ends(segments, duration)


def _forward(run: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """The entries that run forward in time; a list that mostly goes backwards is not one."""
    kept: list[tuple[int, str]] = []
    last = -1
    for seconds, title in run:
        if seconds < 0 or seconds > MAX_SECONDS:
            continue
        if seconds >= last:
            kept.append((seconds, title))
            last = seconds
    return kept if len(kept) * 2 >= len(run) else []
