"""Fetching chapters files and transcripts in the background.

The rules are the feed fetcher's (:func:`bot.feeds.fetch`: timeouts, a size cap, a few
redirects, ETag / If-Modified-Since), with a few fetches at a time per host and overall.
What to fetch is the store's to say (:meth:`bot.store.Store.moment_jobs`: a new URL, an
episode the feed changed, a failure whose backoff is over); every outcome, and the
segments it gave, is stored per episode (:meth:`bot.store.Store.record_moment_fetch`).
A failure is one redacted line on its episode and never touches the feed or the others.

:func:`fetch_moments` runs the jobs to completion (``ingest --moments``);
:class:`MomentFetcher` runs it as a background task for the bot's poller.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from bot.feeds import FeedError, FetchResult, fetch
from bot.moments.chapters import parse_chapters
from bot.moments.segment import MomentsError, Segment
from bot.moments.transcripts import MAX_TRANSCRIPT_BYTES, TYPES, kind_of, parse_transcript
from bot.store import MomentJob, Store
from bot.text import redact_url, redacted_traceback, short_error

log = logging.getLogger(__name__)

PER_HOST = 2  # fetches at a time to one host: podcast hosts serve many feeds each
TOTAL = 8  # fetches at a time overall
MAX_CHAPTERS_BYTES = 2 * 1024 * 1024  # a chapters file is kilobytes; 2 MB is not one
BATCH = 500  # jobs read from the store at a time
_ACCEPT = {
    "chapters": "application/json+chapters, application/json;q=0.9, */*;q=0.5",
    "transcript": "application/x-subrip, text/vtt, application/json, text/html;q=0.8, "
    "text/plain;q=0.8, */*;q=0.5",
}
_KNOWN_EXTENSIONS = (".srt", ".vtt", ".json", ".html")

FetchFn = Callable[..., Awaitable[FetchResult]]


@dataclass(slots=True)
class MomentsSummary:
    """What one run did: documents fetched and stored, unchanged (304), failed."""

    fetched: int = 0
    unchanged: int = 0
    failed: int = 0
    segments: int = 0
    seconds: float = 0.0

    def line(self) -> str:
        return (
            f"moments: {self.fetched} fetched, {self.unchanged} unchanged, "
            f"{self.failed} failed ({self.segments} segments, {self.seconds:.2f} s)"
        )

    def to_json(self) -> dict[str, Any]:
        return {
            "moments": {
                "fetched": self.fetched,
                "unchanged": self.unchanged,
                "failed": self.failed,
                "segments": self.segments,
                "seconds": round(self.seconds, 2),
            }
        }


def _host(url: str) -> str:
    """A URL's host and port (one server), without its user-info."""
    return urlsplit(url).netloc.rpartition("@")[2].lower()


def _host_wide(message: str) -> bool:
    """Whether a failure says the host, not the document, is the problem: unreachable, too
    slow, or asking us to slow down. (The messages are :func:`bot.feeds.fetch`'s.)"""
    return message.startswith(("cannot reach", "timed out", "HTTP 429"))


def reader_for(job: MomentJob, result: FetchResult, data: bytes) -> str:
    """Which transcript reader fits: the feed's ``type``, else the URL's extension, else
    the reply's Content-Type, else a look at the bytes. Servers often call an SRT file
    ``text/plain``, so the reply's own type comes after the feed's word and the URL's."""
    declared = (job.content_type or "").split(";")[0].strip().lower()
    if declared in TYPES:
        return TYPES[declared]
    if urlsplit(job.url).path.lower().endswith(_KNOWN_EXTENSIONS):
        return kind_of(None, job.url, data)
    return kind_of(result.content_type, job.url, data)


def parse_document(job: MomentJob, result: FetchResult, data: bytes) -> list[Segment]:
    """The segments of a fetched chapters file or transcript (a :class:`MomentsError` when
    the document cannot be read)."""
    if job.kind == "chapters":
        return parse_chapters(data, job.duration)
    return parse_transcript(data, reader_for(job, result, data), job.language)


class _Run:
    """One run's shared state: the gates, the hosts found down, the counts."""

    def __init__(self, store: Store, fetcher: FetchFn, per_host: int, total: int) -> None:
        self.store = store
        self.fetcher = fetcher
        self.per_host = max(1, per_host)
        self.gate = asyncio.Semaphore(max(1, total))
        self.hosts: dict[str, asyncio.Semaphore] = {}
        self.down: dict[str, str] = {}  # host -> the failure that took it out of this run
        self.summary = MomentsSummary()

    async def one(self, job: MomentJob, session: Any) -> None:
        host = _host(job.url)
        gate = self.hosts.setdefault(host, asyncio.Semaphore(self.per_host))
        async with gate, self.gate:  # the host first: a busy host holds no global slot
            if host in self.down:
                # Its other documents wait for the backoff rather than each timing out.
                await self._failed(job, self.down[host])
                return
            try:
                await self._fetch_and_store(job, session)
            except FeedError as exc:
                message = short_error(str(exc))
                if _host_wide(message):
                    self.down[host] = message
                await self._failed(job, message, exc.retry_after)
            except MomentsError as exc:
                await self._failed(job, short_error(str(exc)))

    async def _fetch_and_store(self, job: MomentJob, session: Any) -> None:
        cap = MAX_TRANSCRIPT_BYTES if job.kind == "transcript" else MAX_CHAPTERS_BYTES
        result = await self.fetcher(
            job.url,
            etag=job.etag,
            last_modified=job.last_modified,
            session=session,
            max_bytes=cap,
            accept=_ACCEPT[job.kind],
            what="chapters file" if job.kind == "chapters" else "transcript",
        )
        if result.body is None:
            await self.store.record_moment_fetch(job, not_modified=True)
            self.summary.unchanged += 1
            return
        # A transcript of megabytes takes a moment to read: off the event loop.
        segments = await asyncio.to_thread(parse_document, job, result, result.body)
        await self.store.record_moment_fetch(
            job, segments=segments, etag=result.etag, last_modified=result.last_modified
        )
        self.summary.fetched += 1
        self.summary.segments += len(segments)

    async def _failed(self, job: MomentJob, error: str, retry_after: float | None = None) -> None:
        await self.store.record_moment_fetch(job, error=error, retry_after=retry_after)
        self.summary.failed += 1
        log.info("%s of episode %d: %s", job.kind, job.episode_id, error)


async def fetch_moments(
    store: Store,
    *,
    session: Any = None,
    per_host: int = PER_HOST,
    total: int = TOTAL,
    fetcher: FetchFn = fetch,
) -> MomentsSummary:
    """Fetch every chapters file and transcript that is due, to completion.

    A job that fails in a way this code did not foresee (a bug) is logged with its
    traceback and counted as failed; it never stops the others.
    """
    import aiohttp

    started = time.perf_counter()
    run = _Run(store, fetcher, per_host, total)
    own = session is None
    client = aiohttp.ClientSession() if own else session
    tried: set[tuple[int, str, str]] = set()
    try:
        while True:
            jobs = [
                j
                for j in await store.moment_jobs(BATCH)
                if (j.episode_id, j.kind, j.url) not in tried
            ]
            if not jobs:
                break
            tried.update((j.episode_id, j.kind, j.url) for j in jobs)
            outcomes = await asyncio.gather(
                *(run.one(j, client) for j in jobs), return_exceptions=True
            )
            for job, outcome in zip(jobs, outcomes, strict=True):
                if isinstance(outcome, asyncio.CancelledError):
                    raise outcome
                if isinstance(outcome, BaseException):
                    run.summary.failed += 1
                    log.error(
                        "fetching the %s of episode %d (%s) failed: %s\n%s",
                        job.kind,
                        job.episode_id,
                        redact_url(job.url),
                        short_error(f"{type(outcome).__name__}: {outcome}"),
                        redacted_traceback(outcome),
                    )
    finally:
        if own:
            await client.close()
    run.summary.seconds = time.perf_counter() - started
    return run.summary


class MomentFetcher:
    """Runs :func:`fetch_moments` as one background task at a time, for the bot.

    :meth:`kick` starts a run, or asks for another when one is running (a poll that
    changed something while it ran); :meth:`close` cancels it. A run's failure is
    logged, never raised: the poller's loop must not end over a transcript.
    """

    def __init__(self, store: Store, *, fetcher: FetchFn = fetch) -> None:
        self.store = store
        self.fetcher = fetcher
        self.task: asyncio.Task[None] | None = None
        self.runs = 0  # completed runs (:meth:`wait_for_runs`)
        self.last: MomentsSummary | None = None
        self._ran = asyncio.Condition()
        self._again = False
        self._closed = False

    def kick(self) -> None:
        """Fetch what is due, in the background."""
        if self._closed:
            return
        if self.task is not None and not self.task.done():
            self._again = True
            return
        self.task = asyncio.create_task(self._run(), name="moments-fetch")

    async def _run(self) -> None:
        while True:
            self._again = False
            try:
                self.last = await self._once()
                if self.last.fetched or self.last.failed:
                    log.info("%s", self.last.line())
            except Exception as exc:
                log.error(
                    "fetching chapters and transcripts failed: %s\n%s",
                    short_error(f"{type(exc).__name__}: {exc}"),
                    redacted_traceback(exc),
                )
            self.runs += 1
            async with self._ran:
                self._ran.notify_all()
            if not self._again or self._closed:
                break

    async def wait_for_runs(self, count: int) -> None:
        """Until ``count`` runs have ended (tests and diagnostics wait on it)."""
        async with self._ran:
            await self._ran.wait_for(lambda: self.runs >= count)

    async def _once(self) -> MomentsSummary:
        if self.store.path == ":memory:":
            return await fetch_moments(self.store, fetcher=self.fetcher)
        # Its own connection: its writes must not interleave with the poller's.
        store = await Store.open(self.store.path, migrate=False)
        try:
            return await fetch_moments(store, fetcher=self.fetcher)
        finally:
            await store.close()

    async def close(self) -> None:
        """Cancel a running fetch and wait for it to end."""
        self._closed = True
        task, self.task = self.task, None
        if task is not None and not task.done():
            task.cancel()
            # Waits for the task without taking on its CancelledError (ours stays ours).
            await asyncio.wait([task])
