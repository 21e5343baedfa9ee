"""Moments for an answer: the segments of the answered episodes that hold the question's
words, best first, with a link that starts playback there.

:func:`attach_moments` runs after ranking (it never reorders episodes);
:func:`segment_first` is the fallback when no episode's own text answers, but a
segment's does (a transcript paragraph, a chapter title).
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Sequence
from typing import Any
from urllib.parse import urlsplit, urlunsplit

from bot.store import Episode, Store, StoredSegment, Term
from bot.text import normalized_words

MAX_MOMENTS = 3
EPISODES_SEARCHED = 10  # an answer's first episodes get moments; the rest are "also"
SEGMENT_FIRST_LIMIT = 5
SEGMENT_FIRST_SCAN = 50
SEGMENT_FIRST_MAX = 200  # more segments than this hold every word: it is no answer
EPISODE_SCAN = 100  # an episode's matching segments ranked for its moments
_AUDIO_HINTS = (".mp3", ".m4a", ".aac", ".ogg", ".opus", ".wav", ".flac", ".mp4", ".oga")


def _term(word: str) -> Term:
    forms = [word]
    if len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
        forms.append(word[:-1])  # "generics" finds "generic"
    else:
        forms.append(word + "s")
    return Term(tuple(dict.fromkeys(forms)))


def _match(words: Sequence[str], *, every: bool = False) -> str:
    joiner = " AND " if every else " OR "
    return joiner.join(_term(w).fts() for w in words)


def _words_of(text: str) -> set[str]:
    return set(normalized_words(text))


def _plain(words: Sequence[str]) -> list[str]:
    """The question's words that the full-text index can take as plain words."""
    return [w for w in dict.fromkeys(words) if w.isalnum() and len(w) > 1]


def moment_url(ep: Episode, start: float) -> str | None:
    """A link that starts playback at ``start``: the audio file with a media fragment
    (``#t=754``), else the episode page (which cannot be told where to start)."""
    if ep.audio_url and ep.audio_url.lower().startswith(("http://", "https://")):
        parts = urlsplit(ep.audio_url)
        return urlunsplit((*parts[:4], f"t={int(start)}"))
    return ep.link or None


def moment_json(ep: Episode, segment: StoredSegment) -> dict[str, Any]:
    """One moment as ``ask --json`` shows it."""
    return {
        "start": int(segment.start),
        "title": segment.title,
        "text": segment.text,
        "url": moment_url(ep, segment.start),
    }


def moments_json(ep: Episode) -> list[dict[str, Any]]:
    return [moment_json(ep, s) for s in ep.moments]


async def attach_moments(store: Store, episodes: Sequence[Episode], words: Sequence[str]) -> None:
    """Give each answered episode its best moments for the question's ``words``.

    Words that name the podcast or the episode's people ("Lex" in "where does Lex talk
    about Hemingway") point to no moment in it and are left out.
    """
    plain = _plain(words)
    for ep in episodes:
        ep.moments = []
    if not plain or not episodes:
        return
    wanted: dict[int, list[str]] = {}
    for ep in episodes[:EPISODES_SEARCHED]:
        if ep.segmented is False:
            continue  # read with the answer: no segment, no moment (and no query)
        named = _words_of(" ".join([ep.feed_title, *(p.name for p in ep.people)]))
        rest = [w for w in plain if w not in named]
        if rest:
            wanted[ep.id] = rest
    by_words: dict[tuple[str, ...], list[int]] = defaultdict(list)
    for eid, rest in wanted.items():
        by_words[tuple(rest)].append(eid)
    hits: dict[int, list[StoredSegment]] = defaultdict(list)
    for rest, ids in by_words.items():
        # An episode has about a hundred segments: all its matches are ranked here.
        for s in await store.match_segments(_match(rest), episode_ids=ids, limit=EPISODE_SCAN):
            s.score = _score(s, rest)
            hits[s.episode_id].append(s)
    for ep in episodes:
        found = hits.get(ep.id)
        if found:
            ep.moments = _best(found)


def _score(s: StoredSegment, words: Sequence[str]) -> float:
    """How well a segment answers the words, lower is better (as bm25 gives it): first how
    many of the question's words it holds, then how densely (its title counts four times
    its text; a long paragraph dilutes its hits). One pass over its words."""
    forms = {f: i for i, w in enumerate(words) for f in _term(w).forms}
    covered: set[int] = set()
    hits = 0
    for weight, part in ((4, s.title), (1, s.text)):
        for word in normalized_words(part):
            at = forms.get(word)
            if at is not None:
                covered.add(at)
                hits += weight
    length = len(s.title) + len(s.text)
    return -(len(covered) * 1000 + hits / math.sqrt(10 + length / 6))


def _best(found: list[StoredSegment]) -> list[StoredSegment]:
    """Best score first (see :func:`_score`); one moment per start time."""
    ranked = sorted(found, key=lambda s: (s.score, s.start))
    out: list[StoredSegment] = []
    starts: set[int] = set()
    for s in ranked:
        if int(s.start) in starts:
            continue  # a chapter and a notes line at the same time: one moment
        starts.add(int(s.start))
        out.append(s)
        if len(out) == MAX_MOMENTS:
            break
    return out


async def segment_first(store: Store, words: Sequence[str]) -> list[tuple[int, float]]:
    """Episodes with a segment holding every word of the question, best segment first,
    scored like a confident answer (for when no episode's own text answers)."""
    plain = _plain(words)
    if not plain:
        return []
    found = await store.match_segments(_match(plain, every=True), limit=SEGMENT_FIRST_MAX + 1)
    if len(found) > SEGMENT_FIRST_MAX or (len(plain) == 1 and len(found) >= SEGMENT_FIRST_SCAN):
        # Words that many segments have ("introduction", "people think") single out nothing.
        return []
    for s in found:
        s.score = _score(s, plain)
    found.sort(key=lambda s: (s.score, s.id))
    seen: dict[int, float] = {}
    for s in found:
        seen.setdefault(s.episode_id, 100.0 - len(seen))
        if len(seen) == SEGMENT_FIRST_LIMIT:
            break
    return list(seen.items())


async def chapters_of(store: Store, episode_id: int) -> list[StoredSegment]:
    """An episode's chapter list: its chapters file's, else its show notes' timestamps."""
    kinds = await store.segment_kinds(episode_id)
    for kind in ("chapter", "notes"):
        if kinds.get(kind):
            return await store.episode_segments(episode_id, kind)
    return []
