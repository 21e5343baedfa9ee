"""A segment: a stretch of an episode (a chapter, a show-notes timestamp, a transcript
paragraph), the unit that answers point to."""

from __future__ import annotations

import itertools
from dataclasses import dataclass

# What a segment came from; the store keeps it in ``segments.kind``.
NOTES = "notes"  # a timestamp line in the show notes
CHAPTER = "chapter"  # a Podcasting 2.0 chapters file
PARAGRAPH = "paragraph"  # transcript cues grouped into a paragraph
KINDS = (NOTES, CHAPTER, PARAGRAPH)

# Sanity bounds: nothing published runs longer than a month.
MAX_SECONDS = 31 * 24 * 3600
MAX_TITLE_CHARS = 300
MAX_TEXT_CHARS = 2000


class MomentsError(Exception):
    """A chapters or transcript document that cannot be read; the message is one line."""


@dataclass(slots=True)
class Segment:
    """One stretch of an episode: ``start`` (and ``end``, if known) in seconds."""

    start: float
    end: float | None
    title: str
    text: str
    kind: str
    url: str | None = None  # a chapter's own link
    language: str | None = None  # a transcript's language


def close_ends(segments: list[Segment], duration: float | None = None) -> list[Segment]:
    """Sort by start and give each segment without an end the next one's start (the last:
    the episode's duration, when known)."""
    segments.sort(key=lambda s: s.start)
    for here, following in itertools.pairwise(segments):
        if here.end is None or here.end <= here.start:
            here.end = following.start
    if segments and (segments[-1].end is None or segments[-1].end <= segments[-1].start):
        last = segments[-1]
        last.end = duration if duration and duration > last.start else None
    return segments


def clock(seconds: float) -> str:
    """``754`` -> ``12:34``; ``3723`` -> ``1:02:03``."""
    total = max(0, int(seconds))
    hours, rest = divmod(total, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"
