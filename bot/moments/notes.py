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
# _QUICK found from its colon: a pattern that starts with a literal character is scanned
# for it at C speed (one that starts with \d is tried at every character); the digit
# before is checked by hand (str.isdecimal is what \d matches).
_COLON = re.compile(r":[0-5]\d")
MIN_LINES = 2  # timestamps outside a heading's block: at least this many in a row


def _seconds(hours: str | None, minutes: str, seconds: str) -> int:
    if hours is not None and int(minutes) >= 60:
        return -1
    return int(hours or 0) * 3600 + int(minutes) * 60 + int(seconds)


def _clean_title(text: str) -> str:
    title = " ".join(text.split()).strip(" -–—:|•·")
    return title[:MAX_TITLE_CHARS]


def _line_entries(line: str) -> list[tuple[int, str]]:
    """The (seconds, title) pairs a line known to hold something like a timestamp
    (_QUICK) gives, or [] when it is not a timestamp line."""
    first = _INLINE.search(line)
    # Most lines have one timestamp: a second is looked for only after a first one at the
    # start of the line, and the list of them made only when there is one.
    second = _INLINE.search(line, first.end()) if first and first.start() <= 1 else None
    if second is not None:
        inline = list(_INLINE.finditer(line))
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
    if not text:
        return []
    runs: list[list[tuple[int, str]]] = []
    trusted: list[bool] = []  # whether each run sits under a heading
    current: list[tuple[int, str]] = []
    # Only the lines with something like a timestamp (_QUICK) are read one by one, found in
    # one C-level pass; of the others, only the last before a run matters (a heading).
    last_other: str | None = None  # the last non-blank line read without entries
    pos = 0  # where the lines not yet looked at start
    for m in _COLON.finditer(text):
        colon = m.start()
        if not colon or not text[colon - 1].isdecimal():
            continue  # no digit before the colon: not _QUICK
        line_start = text.rfind("\n", 0, colon) + 1
        if line_start < pos:
            continue  # a second timestamp on a line already read
        line_end = text.find("\n", m.end())
        if line_end < 0:
            line_end = len(text)
        other = _last_line(text, pos, line_start)  # the lines in between, blank ones skipped
        line = text[line_start:line_end]
        entries = _line_entries(line)
        if not entries:
            other = line
        if other is not None:
            if current:
                runs.append(current)
                trusted.append(_is_heading(last_other))
                current = []
            last_other = other
        current.extend(entries)
        pos = line_end + 1
    if current:
        runs.append(current)
        trusted.append(_is_heading(last_other))
    best: list[tuple[int, str]] = []
    for run, under_heading in zip(runs, trusted, strict=True):
        kept = _forward(run)
        if len(kept) < (1 if under_heading else MIN_LINES):
            continue
        if len(kept) > len(best):
            best = kept
    segments = [Segment(float(s), None, t, "", NOTES) for s, t in best if t]
    return close_ends(segments, duration)


def _last_line(text: str, start: int, end: int) -> str | None:
    """The last non-blank line of ``text[start:end]`` (whole lines), ``None`` if none."""
    if start >= end:
        return None
    stretch = text[start:end]
    last = len(stretch.rstrip())  # just after its last non-white character
    if not last:
        return None
    return stretch[stretch.rfind("\n", 0, last) + 1 : stretch.find("\n", last - 1)]


def _is_heading(line: str | None) -> bool:
    # Headings are short lines; the check is skipped for paragraphs.
    return line is not None and len(line) <= 160 and bool(_HEADING.match(line))


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
