"""Podcasting 2.0 chapters files (``podcast:chapters``, ``application/json+chapters``):
``{"version": "1.2.0", "chapters": [{"startTime": 0, "title": "...", "endTime": ...,
"url": ..., "img": ..., "toc": false}]}``. Chapters with ``toc: false`` are not part of the
table of contents and are skipped."""

from __future__ import annotations

import json
import math
from typing import Any

from bot.moments.segment import (
    CHAPTER,
    MAX_SECONDS,
    MAX_TITLE_CHARS,
    MomentsError,
    Segment,
    close_ends,
)

MAX_CHAPTERS = 2000


def _seconds(value: Any) -> float | None:
    """A time in seconds, or None when it is not a usable number."""
    if isinstance(value, bool) or not isinstance(value, int | float | str):
        return None
    try:
        seconds = float(value)
    except ValueError:
        return None
    if not math.isfinite(seconds) or seconds < 0 or seconds > MAX_SECONDS:
        return None
    return seconds


def parse_chapters(data: bytes, duration: float | None = None) -> list[Segment]:
    """The chapters of a chapters file; a bad document is a :class:`MomentsError`, a bad
    chapter inside a good one is skipped."""
    text = data.decode("utf-8-sig", errors="replace").lstrip()
    if text[:1] == "<":
        raise MomentsError("the chapters file is HTML or XML, not JSON")
    try:
        doc = json.loads(text)
    except ValueError:
        raise MomentsError("the chapters file is not valid JSON") from None
    if not isinstance(doc, dict) or not isinstance(doc.get("chapters"), list):
        raise MomentsError('the chapters file has no "chapters" list')
    out: list[Segment] = []
    for item in doc["chapters"][:MAX_CHAPTERS]:
        if not isinstance(item, dict) or item.get("toc") is False:
            continue
        start = _seconds(item.get("startTime"))
        title = item.get("title")
        if start is None or not isinstance(title, str) or not title.strip():
            continue
        end = _seconds(item.get("endTime"))
        url = item.get("url") if isinstance(item.get("url"), str) else None
        if url and not url.lower().startswith(("http://", "https://")):
            url = None
        clean = " ".join(title.split())[:MAX_TITLE_CHARS]
        out.append(Segment(start, end if end and end > start else None, clean, "", CHAPTER, url))
    if doc["chapters"] and not out:
        raise MomentsError("the chapters file has no usable chapter (startTime and title)")
    return close_ends(out, duration)
