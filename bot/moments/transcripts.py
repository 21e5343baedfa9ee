"""Podcasting 2.0 transcripts (``podcast:transcript``): SRT, WebVTT, JSON, HTML and plain
text, read into cues and grouped into paragraphs of about 30 to 60 seconds."""

from __future__ import annotations

import html
import json
import re
from dataclasses import dataclass

from bot.moments.segment import MAX_SECONDS, MAX_TEXT_CHARS, PARAGRAPH, MomentsError, Segment

MAX_TRANSCRIPT_BYTES = 10 * 1024 * 1024  # transcripts run to megabytes; no real one is 10 MB
PARAGRAPH_MIN = 30.0
PARAGRAPH_MAX = 60.0
# Types as the namespace names them (the tag's ``type``), and what each is read as.
TYPES = {
    "application/x-subrip": "srt",
    "application/srt": "srt",
    "text/srt": "srt",
    "text/vtt": "vtt",
    "application/json": "json",
    "text/html": "html",
    "text/plain": "text",
}
# ``rel="captions"`` first, then the timed formats (see ``bot.feeds``).
PREFERENCE = ("srt", "vtt", "json", "html", "text")

_TIME = re.compile(r"(?:(\d{1,3}):)?(\d{1,2}):(\d{1,2})[.,](\d{1,3})")
_ARROW = re.compile(rf"({_TIME.pattern})\s*-->\s*({_TIME.pattern})")
_TAG = re.compile(r"<[^>]*>")


@dataclass(slots=True)
class Cue:
    start: float
    end: float
    text: str


def kind_of(content_type: str | None, url: str, data: bytes) -> str:
    """Which reader fits: the declared type, else the URL's extension, else a look."""
    declared = (content_type or "").split(";")[0].strip().lower()
    if declared in TYPES:
        return TYPES[declared]
    path = url.split("?", maxsplit=1)[0].lower()
    for ext, kind in ((".srt", "srt"), (".vtt", "vtt"), (".json", "json"), (".html", "html")):
        if path.endswith(ext):
            return kind
    head = data[:200].lstrip()
    if head.startswith(b"WEBVTT"):
        return "vtt"
    if head[:1] in (b"{", b"["):
        return "json"
    if head[:1] == b"<":
        return "html"
    return "srt" if b"-->" in data[:2000] else "text"


def _time(match: tuple[str | None, ...]) -> float:
    hours, minutes, seconds, fraction = match
    return (
        int(hours or 0) * 3600
        + int(minutes) * 60
        + int(seconds)
        + int(fraction) / 10 ** len(fraction)
    )


def _timed_cues(text: str) -> list[Cue]:
    """SRT and WebVTT: blocks of a "start --> end" line and the text under it."""
    cues: list[Cue] = []
    bad = 0
    for block in re.split(r"\n\s*\n", text.replace("\r\n", "\n").replace("\r", "\n")):
        lines = block.strip().split("\n")
        at = next((i for i, line in enumerate(lines) if "-->" in line), None)
        if at is None:
            continue  # a header, a NOTE, a STYLE block, or a stray number
        match = _ARROW.search(lines[at])
        if not match:
            bad += 1
            continue
        groups = match.groups()
        start, end = _time(groups[1:5]), _time(groups[6:10])
        body = " ".join(_TAG.sub("", html.unescape(line)).strip() for line in lines[at + 1 :])
        if end < start or start > MAX_SECONDS or not body.strip():
            bad += 1
            continue
        cues.append(Cue(start, end, " ".join(body.split())))
    if not cues:
        raise MomentsError("the transcript has no readable cue (start --> end and text)")
    return cues


def _json_cues(text: str) -> list[Cue]:
    try:
        doc = json.loads(text)
    except ValueError:
        raise MomentsError("the transcript is not valid JSON") from None
    items = doc.get("segments") if isinstance(doc, dict) else None
    if not isinstance(items, list):
        raise MomentsError('the JSON transcript has no "segments" list')
    cues = []
    for item in items:
        if not isinstance(item, dict):
            continue
        start, end, body = item.get("startTime"), item.get("endTime"), item.get("body")
        if not all(isinstance(v, int | float) and not isinstance(v, bool) for v in (start, end)):
            continue
        if not isinstance(body, str) or not body.strip() or start < 0 or end < start:
            continue
        cues.append(Cue(float(start), float(end), " ".join(body.split())))
    if not cues:
        raise MomentsError("the JSON transcript has no usable segment")
    return cues


def _untimed(text: str, markup: bool) -> list[Segment]:
    """HTML and plain text have no times: their paragraphs are kept at time 0 so that a
    question still finds the episode (the moment is its start)."""
    if markup:
        text = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", text)
        text = re.sub(r"(?i)</?(p|br|div|h\d|li|cite|time)\b[^>]*>", "\n", text)
        text = html.unescape(_TAG.sub("", text))
    paragraphs = [" ".join(p.split()) for p in re.split(r"\n\s*\n|\n", text)]
    out: list[Segment] = []
    buf = ""
    for p in paragraphs:
        if not p:
            continue
        buf = f"{buf} {p}".strip()
        if len(buf) >= MAX_TEXT_CHARS // 2:
            out.append(Segment(0.0, None, "", buf[:MAX_TEXT_CHARS], PARAGRAPH))
            buf = ""
    if buf:
        out.append(Segment(0.0, None, "", buf[:MAX_TEXT_CHARS], PARAGRAPH))
    if not out:
        raise MomentsError("the transcript is empty")
    return out


def paragraphs(cues: list[Cue], language: str | None = None) -> list[Segment]:
    """Cues grouped into paragraphs: at least 30 s, closed at a sentence's end, at most 60 s."""
    cues = sorted(cues, key=lambda c: c.start)
    out: list[Segment] = []
    start = end = 0.0
    words: list[str] = []
    for cue in cues:
        if not words:
            start = cue.start
        words.append(cue.text)
        end = max(end, cue.end)
        length = end - start
        if length >= PARAGRAPH_MAX or (
            length >= PARAGRAPH_MIN and cue.text.endswith((".", "?", "!"))
        ):
            out.append(
                Segment(start, end, "", " ".join(words)[:MAX_TEXT_CHARS], PARAGRAPH, None, language)
            )
            words = []
    if words:
        out.append(
            Segment(start, end, "", " ".join(words)[:MAX_TEXT_CHARS], PARAGRAPH, None, language)
        )
    return out


def parse_transcript(data: bytes, kind: str, language: str | None = None) -> list[Segment]:
    """A transcript's paragraphs; a bad document is a :class:`MomentsError`."""
    if len(data) > MAX_TRANSCRIPT_BYTES:
        raise MomentsError(
            f"the transcript is larger than {MAX_TRANSCRIPT_BYTES // (1024 * 1024)} MB"
        )
    text = data.decode("utf-8-sig", errors="replace")
    if kind in ("srt", "vtt", "json") and text.lstrip()[:1] == "<":
        raise MomentsError(f"the transcript is HTML, not {kind.upper()}")
    if kind == "vtt":
        if not text.lstrip().startswith("WEBVTT"):
            raise MomentsError("the WebVTT transcript does not start with WEBVTT")
        header = re.search(r"(?im)^Language:\s*([\w-]+)", text[:500])
        language = header.group(1) if header else language
    if kind in ("srt", "vtt"):
        return paragraphs(_timed_cues(text), language)
    if kind == "json":
        return paragraphs(_json_cues(text), language)
    segments = _untimed(text, markup=kind == "html")
    for s in segments:
        s.language = language
    return segments
