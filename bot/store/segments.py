"""Segments (chapters, show-notes timestamps, transcript paragraphs), their full-text
index, and the fetch state of episodes' chapters files and transcripts.

The index has external content (``segments``): an entry is deleted with the text it
indexed, before its row goes (:func:`_delete_segments`). Show-notes segments are written
with their episode, in the feed's transaction (:func:`write_notes_segments`); fetched ones
with their fetch's outcome (:meth:`SegmentTables.record_moment_fetch`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import timedelta
from typing import TYPE_CHECKING, Any

from bot.moments.notes import parse_notes
from bot.moments.segment import Segment
from bot.store.db import Database, _chunks, iso, utcnow

if TYPE_CHECKING:
    import aiosqlite

    from bot.store.episodes import PreparedEpisode

# Index weights: a chapter's title says what the stretch is about; its text is longer.
_TITLE_WEIGHT = 4.0
_TEXT_WEIGHT = 1.0
# After a failed fetch: 5 minutes x 2^(n-1), at most a day.
_BACKOFF_FIRST = timedelta(minutes=5)
_BACKOFF_MAX = timedelta(days=1)
# What a fetched document becomes in ``segments.kind``.
FETCHED_KIND = {"chapters": "chapter", "transcript": "paragraph"}


@dataclass(slots=True)
class StoredSegment:
    """A segment as read back, with its bm25 score when it came from a search (lower is
    better, as SQLite gives it)."""

    id: int
    episode_id: int
    kind: str
    start: float
    end: float | None
    title: str
    text: str
    url: str | None
    language: str | None
    score: float = 0.0


@dataclass(slots=True)
class MomentJob:
    """An episode's chapters file or transcript to fetch (``etag`` and ``last_modified``
    only when they belong to this URL)."""

    episode_id: int
    kind: str  # 'chapters' or 'transcript'
    url: str
    etag: str | None
    last_modified: str | None
    failures: int
    language: str | None
    duration: int | None
    content_type: str | None = None  # the feed's ``type`` for a transcript
    episode_digest: str | None = None  # the episode's content hash this job is for


@dataclass(slots=True)
class MomentFetch:
    """The last fetch of an episode's chapters file or transcript."""

    episode_id: int
    kind: str
    url: str
    status: str
    error: str | None
    failures: int
    segments: int
    checked_at: str


_SEGMENT_COLUMNS = (
    "s.id, s.episode_id, s.kind, s.start_sec, s.end_sec, s.title, s.text, s.url, s.language"
)


def _segment(row: Sequence[Any], score: float = 0.0) -> StoredSegment:
    return StoredSegment(*row[:9], score=score)


class SegmentTables(Database):
    """Segments, their index, and the fetch state of chapters and transcripts."""

    # --- reads ----------------------------------------------------------------------

    async def segment_count(self) -> int:
        async with self.conn.execute("SELECT count(*) FROM segments") as cur:
            row = await cur.fetchone()
        return int(row[0]) if row else 0

    async def episode_segments(
        self, episode_id: int, kind: str | None = None
    ) -> list[StoredSegment]:
        """An episode's segments (of one kind, or all), in time order."""
        sql = f"SELECT {_SEGMENT_COLUMNS} FROM segments s WHERE s.episode_id = ?"
        args: list[Any] = [episode_id]
        if kind:
            sql += " AND s.kind = ?"
            args.append(kind)
        rows = await self.conn.execute_fetchall(sql + " ORDER BY s.start_sec, s.id", args)
        return [_segment(r) for r in rows]

    async def segment_kinds(self, episode_id: int) -> dict[str, int]:
        """How many segments of each kind an episode has."""
        rows = await self.conn.execute_fetchall(
            "SELECT kind, count(*) FROM segments WHERE episode_id = ? GROUP BY kind",
            (episode_id,),
        )
        return {r[0]: int(r[1]) for r in rows}

    async def search_segments(
        self, match: str, *, episode_ids: Sequence[int] | None = None, limit: int = 10
    ) -> list[StoredSegment]:
        """Segments matching an FTS5 expression, best first: within the given episodes
        (each searched over its own range of rows), or anywhere."""
        if episode_ids is None:
            rows = await self.conn.execute_fetchall(
                f"SELECT {_SEGMENT_COLUMNS}, "
                f"bm25(segments_fts, {_TITLE_WEIGHT}, {_TEXT_WEIGHT}) AS rank "
                "FROM segments_fts JOIN segments s ON s.id = segments_fts.rowid "
                "WHERE segments_fts MATCH ? ORDER BY rank LIMIT ?",
                (match, limit),
            )
            return [_segment(r, r[9]) for r in rows]
        found: list[StoredSegment] = []
        for eid in dict.fromkeys(episode_ids):
            # An episode's segments are written in batches, so their ids are a few runs:
            # a rowid range lets the index skip every other episode's entries.
            async with self.conn.execute(
                "SELECT min(id), max(id) FROM segments WHERE episode_id = ?", (eid,)
            ) as cur:
                low, high = await cur.fetchone() or (None, None)
            if low is None:
                continue
            rows = await self.conn.execute_fetchall(
                f"SELECT {_SEGMENT_COLUMNS}, "
                f"bm25(segments_fts, {_TITLE_WEIGHT}, {_TEXT_WEIGHT}) AS rank "
                "FROM segments_fts JOIN segments s ON s.id = segments_fts.rowid "
                "WHERE segments_fts MATCH ? AND segments_fts.rowid BETWEEN ? AND ? "
                "AND s.episode_id = ? ORDER BY rank LIMIT ?",
                (match, low, high, eid, limit),
            )
            found.extend(_segment(r, r[9]) for r in rows)
        found.sort(key=lambda s: s.score)
        return found

    async def match_segments(
        self, match: str, *, episode_ids: Sequence[int] | None = None, limit: int = 100
    ) -> list[StoredSegment]:
        """Segments matching an FTS5 expression, unranked (``score`` 0), at most ``limit``
        (per episode when given episodes).

        No bm25 here: it counts every row holding each of the question's words to weigh
        them, and a word found in most of a million segments makes that tens of
        milliseconds per query. The caller ranks the few rows it gets back.
        """
        if episode_ids is None:
            rows = await self.conn.execute_fetchall(
                f"SELECT {_SEGMENT_COLUMNS} FROM segments_fts "
                "JOIN segments s ON s.id = segments_fts.rowid "
                "WHERE segments_fts MATCH ? LIMIT ?",
                (match, limit),
            )
            return [_segment(r) for r in rows]
        ids = [int(e) for e in dict.fromkeys(episode_ids)]
        if not ids:
            return []
        # Each statement is a trip to the database's thread: the ranges of every episode
        # in one, then every episode's matches in one (most answered episodes have no
        # segments at all, and cost nothing past the first).
        marks = ",".join("?" * len(ids))
        ranges = await self.conn.execute_fetchall(
            f"SELECT episode_id, min(id), max(id) FROM segments WHERE episode_id IN ({marks}) "
            "GROUP BY episode_id",
            ids,
        )
        span = {int(eid): (low, high) for eid, low, high in ranges}
        parts: list[str] = []
        params: list[Any] = []
        for eid in ids:
            if eid not in span:
                continue
            low, high = span[eid]
            parts.append(
                f"SELECT * FROM (SELECT {_SEGMENT_COLUMNS} FROM segments_fts "
                "JOIN segments s ON s.id = segments_fts.rowid "
                "WHERE segments_fts MATCH ? AND segments_fts.rowid BETWEEN ? AND ? "
                "AND s.episode_id = ? LIMIT ?)"
            )
            params += [match, low, high, eid, limit]
        if not parts:
            return []
        rows = await self.conn.execute_fetchall(" UNION ALL ".join(parts), params)
        return [_segment(r) for r in rows]

    # --- fetching chapters and transcripts ---------------------------------------------

    async def moment_jobs(self, limit: int = 1000) -> list[MomentJob]:
        """Chapters files and transcripts to fetch: never fetched, at a new URL, of an
        episode updated since (a conditional GET), or failed and due again."""
        now = iso(utcnow())
        jobs: list[MomentJob] = []
        for kind, column in (("chapters", "chapters_url"), ("transcript", "transcript_url")):
            # A transcript's own language (the tag's) before the episode's; chapters have none.
            own_language, own_type = (
                ("e.transcript_language", "e.transcript_type")
                if kind == "transcript"
                else ("NULL", "NULL")
            )
            rows = await self.conn.execute_fetchall(
                f"SELECT e.id, e.{column}, m.url, m.etag, m.last_modified, m.failures, "
                f"coalesce({own_language}, e.language), e.duration, {own_type}, e.content_hash "
                "FROM episodes e "
                "LEFT JOIN moment_fetches m ON m.episode_id = e.id AND m.kind = ? "
                f"WHERE e.{column} IS NOT NULL AND e.{column} <> '' AND ("
                f"m.episode_id IS NULL OR m.url <> e.{column} "
                "OR (m.status <> 'error' AND m.episode_digest IS NOT e.content_hash) "
                "OR (m.status = 'error' AND m.next_try_at <= ?)) "
                "ORDER BY e.sort_ts DESC LIMIT ?",
                (kind, now, limit),
            )
            for row in rows:
                eid, url, old_url, etag, modified, failures, language, duration, ctype, seen = row
                same = old_url == url
                jobs.append(
                    MomentJob(
                        eid,
                        kind,
                        url,
                        etag if same else None,
                        modified if same else None,
                        (failures or 0) if same else 0,
                        language,
                        duration,
                        ctype,
                        seen,
                    )
                )
        return jobs

    async def record_moment_fetch(
        self,
        job: MomentJob,
        *,
        segments: Sequence[Segment] | None = None,
        not_modified: bool = False,
        etag: str | None = None,
        last_modified: str | None = None,
        error: str | None = None,
        retry_after: float | None = None,
    ) -> None:
        """Store a fetch's outcome, and its segments (replacing the kind's old ones) when
        it gave some, in one transaction."""
        now = utcnow()
        kind = FETCHED_KIND[job.kind]
        async with self.transaction() as conn:
            if error is not None:
                failures = job.failures + 1
                wait = min(_BACKOFF_FIRST * 2 ** (failures - 1), _BACKOFF_MAX)
                if retry_after:
                    wait = max(wait, timedelta(seconds=min(retry_after, 7 * 86400)))
                await conn.execute(
                    "INSERT INTO moment_fetches (episode_id, kind, url, checked_at, status, "
                    "error, failures, next_try_at) VALUES (?, ?, ?, ?, 'error', ?, ?, ?) "
                    "ON CONFLICT(episode_id, kind) DO UPDATE SET url = excluded.url, "
                    "checked_at = excluded.checked_at, status = 'error', "
                    "error = excluded.error, failures = excluded.failures, "
                    "next_try_at = excluded.next_try_at",
                    (job.episode_id, job.kind, job.url, iso(now), error, failures, iso(now + wait)),
                )
                return
            count = None
            if segments is not None:
                await _delete_segments(conn, [job.episode_id], kind)
                await _insert_segments(conn, [(job.episode_id, s) for s in segments])
                count = len(segments)
            await conn.execute(
                "INSERT INTO moment_fetches (episode_id, kind, url, etag, last_modified, "
                "checked_at, status, failures, segments, episode_digest) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, 0, ?, ?) "
                "ON CONFLICT(episode_id, kind) DO UPDATE SET url = excluded.url, "
                "episode_digest = excluded.episode_digest, "
                "etag = coalesce(excluded.etag, moment_fetches.etag), "
                "last_modified = coalesce(excluded.last_modified, moment_fetches.last_modified), "
                "checked_at = excluded.checked_at, status = excluded.status, error = NULL, "
                "failures = 0, next_try_at = NULL, "
                "segments = coalesce(?, moment_fetches.segments)",
                (
                    job.episode_id,
                    job.kind,
                    job.url,
                    etag,
                    last_modified,
                    iso(now),
                    "not_modified" if not_modified else "ok",
                    count or 0,
                    job.episode_digest,
                    count,
                ),
            )

    async def moment_fetches(self, episode_id: int | None = None) -> list[MomentFetch]:
        """The fetch state of chapters and transcripts (one episode's, or all)."""
        sql = (
            "SELECT episode_id, kind, url, status, error, failures, segments, checked_at "
            "FROM moment_fetches"
        )
        args: tuple[Any, ...] = ()
        if episode_id is not None:
            sql += " WHERE episode_id = ?"
            args = (episode_id,)
        rows = await self.conn.execute_fetchall(sql + " ORDER BY episode_id, kind", args)
        return [MomentFetch(*r) for r in rows]


# --- writes inside the caller's transaction ---------------------------------------------


async def write_notes_segments(
    conn: aiosqlite.Connection,
    updated_ids: Sequence[int],
    changed: Sequence[tuple[int, PreparedEpisode]],
) -> None:
    """The show-notes segments of written episodes: an updated episode's are replaced."""
    if updated_ids:
        await _delete_segments(conn, list(updated_ids), "notes")
    rows = [(eid, s) for eid, e in changed for s in _notes(e)]
    if rows:
        await _insert_segments(conn, rows)


def _notes(e: PreparedEpisode) -> list[Segment]:
    """An episode's chapters from its notes: as prepared (in a worker), else found here."""
    found = getattr(e, "notes", None)
    return parse_notes(e.item.description, e.item.duration) if found is None else found


async def _insert_segments(conn: aiosqlite.Connection, rows: Sequence[tuple[int, Segment]]) -> None:
    if not rows:
        return
    async with conn.execute("SELECT coalesce(max(id), 0) FROM segments") as cur:
        row = await cur.fetchone()
    first = int(row[0]) + 1 if row else 1
    # Explicit ids, one new range: the index is filled from the stored rows in SQL (the
    # texts are not bound a second time from Python), in the same order.
    values = [
        (first + i, eid, s.kind, s.start, s.end, s.title, s.text, s.url, s.language)
        for i, (eid, s) in enumerate(rows)
    ]
    await conn.executemany(
        "INSERT INTO segments (id, episode_id, kind, start_sec, end_sec, title, text, url, "
        "language) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        values,
    )
    await conn.execute(
        "INSERT INTO segments_fts (rowid, title, text) "
        "SELECT id, title, text FROM segments WHERE id BETWEEN ? AND ? ORDER BY id",
        (first, first + len(values) - 1),
    )


async def _delete_segments(conn: aiosqlite.Connection, episode_ids: list[int], kind: str) -> None:
    for chunk in _chunks(episode_ids, 500):
        marks = ",".join("?" * len(chunk))
        where = f"episode_id IN ({marks}) AND kind = ?"
        # An external-content index forgets an entry only when given the text it indexed.
        await conn.execute(
            "INSERT INTO segments_fts (segments_fts, rowid, title, text) "
            f"SELECT 'delete', id, title, text FROM segments WHERE {where}",
            (*chunk, kind),
        )
        await conn.execute(f"DELETE FROM segments WHERE {where}", (*chunk, kind))
