"""Load feeds into the store: read or fetch, parse, find people and topics, write.

All writes of one feed happen in one transaction (which ``ingest_many`` may share between
feeds that are ready together): a failure anywhere leaves the database as it was before
that feed. Re-ingesting an unchanged feed writes no episode rows at all.
"""

from __future__ import annotations

import bisect
import contextlib
import copy
import functools
import gc
import hashlib
import logging
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from bot import __version__
from bot.data_files import BUNDLED_FEED_NAME, bundled, people_file, topics_file
from bot.feeds import (
    FeedError,
    FetchResult,
    ParsedEpisode,
    ParsedFeed,
    fetch,
    is_url,
    parse_feed,
    parse_feed_share,
)
from bot.feeds import read_file as read_feed_file
from bot.moments.notes import parse_notes
from bot.moments.segment import Segment
from bot.parse_pool import ParsePool, SharesDisagreeError, default_workers
from bot.text import fold, normalize, person_key, redact_url, redacted_traceback, short_error
from bot.topics import TopicCatalog, default_catalog

if TYPE_CHECKING:
    import asyncio

    from bot.people import Corrections, Mention
    from bot.store import Feed, Store, WriteCounts

# The store (SQLite, aiosqlite and every table's module) and asyncio are imported where they
# are used, not here: the parse pool's fork server loads this module for its preparation
# alone, and their imports were a fifth of that process's start-up.

log = logging.getLogger(__name__)

BUNDLED_FEED = bundled(BUNDLED_FEED_NAME)
MAX_KEYWORD_TOPICS = 8
_LABEL_CACHE_SIZE = 8192
_LABEL_KEY_CHARS = 200  # longer keywords are not kept (none is a label: see _label)

# An item's key -> (its content hash, its stored digest), as stored: see ``Enricher.enrich``.
Known = dict[str, tuple[str, str]]


@dataclass(slots=True)
class IngestResult:
    """What one feed's ingest did; ``to_json`` is the ``ingest --json`` contract."""

    source: str
    title: str = ""
    added: int = 0
    updated: int = 0
    unchanged: int = 0
    seconds: float = 0.0
    error: str | None = None
    not_modified: bool = False
    retry_after: float | None = None  # seconds the host asked us to wait (Retry-After)

    @property
    def ok(self) -> bool:
        return self.error is None

    def to_json(self) -> dict[str, Any]:
        return {
            "source": redact_url(self.source),  # the stored source keeps its credentials
            "title": self.title,
            "added": self.added,
            "updated": self.updated,
            "unchanged": self.unchanged,
            "seconds": round(self.seconds, 4),
            "error": self.error,
        }


@dataclass(slots=True)
class Enriched:
    """An episode ready to store: the parsed item with its people, topics and derived keys."""

    item: ParsedEpisode
    people: list[Mention]
    topics: list[tuple[str, str, float]]  # (topic, source, weight)
    title_norm: str
    sort_ts: float = 0.0
    digest: str = ""
    item_hash: str = ""  # the item's own content (``_item_hash``), stored to skip it next time
    enriched: bool = True  # False: unchanged since stored; people and topics were not sought
    # The chapter list in its notes (``parse_notes``), found where it is prepared (a worker
    # process) rather than in the process that writes; None: not looked for.
    notes: list[Segment] | None = None


class Enricher:
    """Finds the people and topics of parsed episodes, with the project's data files."""

    def __init__(
        self, catalog: TopicCatalog | None = None, corrections: Corrections | None = None
    ) -> None:
        # Imported here, as in ``enrich``: a run whose feeds are all unchanged finds
        # no people and need not compile the readers' patterns (a third of its start-up).
        from bot.people import Corrections

        self.catalog = catalog or default_catalog()
        self.corrections = corrections or Corrections.load()
        self._labels: dict[str, tuple[str, str, bool]] = {}  # see _topics

    def enrich(
        self,
        feed: ParsedFeed,
        first_seen: float,
        known: Known | None = None,
        span: tuple[int, int] | None = None,
        *,
        stamps: list[float] | None = None,
    ) -> list[Enriched]:
        """The people and topics of each episode, except those ``known`` already holds.

        ``known`` maps an item's key to the hash of its content and the digest stored for
        it (:meth:`bot.store.Store.item_hashes`): an item whose content hashes the same
        was enriched before, so it keeps its stored people and topics and is not written.
        ``span``: only ``feed.episodes[start:stop]`` (one share of a large feed; the
        others still place them in time). ``stamps``: the ``_sort_timestamps`` of every
        item of the feed, when the caller has them (one feed enriched in pieces).
        """
        from bot.people import extract_people, merge_mentions  # see __init__

        hosts = list(self.corrections.hosts_for(feed.title))
        hosts += [p.name for p in feed.persons if p.role in ("host", "cohost", "co-host")]
        hosts = list(dict.fromkeys(hosts))
        # The show itself is nobody ("The Giant Bombcast welcomes...", "In our inaugural
        # episode of the Giant Bombcast"), unless its hosts say it is a person's name.
        show = person_key(feed.title)
        if show in {person_key(h) for h in hosts}:
            show = ""
        salt = _pipeline_salt()
        out: list[Enriched] = []
        raw: list[str] = []
        start, stop = span or (0, len(feed.episodes))
        for ep in feed.episodes[start:stop]:
            content = ep.content_hash()
            item_hash = _item_hash(salt, ep.key, content)
            stored = known.get(ep.key) if known else None
            if stored is not None and stored[0] == item_hash:
                out.append(
                    Enriched(
                        item=ep,
                        people=[],
                        topics=[],
                        title_norm=normalize(ep.title),
                        digest=stored[1],
                        item_hash=item_hash,
                        enriched=False,
                    )
                )
                raw.append("")
                continue
            text = ep.description or ep.summary
            extracted = extract_people(ep.title, text, hosts=hosts)
            people = merge_mentions(ep.persons, extracted, hosts)
            people = self.corrections.apply(feed.title, ep.title, ep.guid, people)
            if show:
                people = [p for p in people if person_key(p.name) != show]
            out.append(
                Enriched(
                    item=ep,
                    people=people,
                    topics=self._topics(ep, text, [p.name for p in people]),
                    title_norm=normalize(ep.title),
                    item_hash=item_hash,
                    notes=parse_notes(ep.description, ep.duration),
                )
            )
            raw.append(content)
        if stamps is None:
            stamps = _sort_timestamps([ep.published for ep in feed.episodes], first_seen)
        for e, ts in zip(out, stamps[start:stop], strict=True):
            e.sort_ts = ts
        for e, content in zip(out, raw, strict=True):
            if e.enriched:
                e.digest = _digest(e, content)
        return out

    def _topics(
        self, ep: ParsedEpisode, text: str, names: Sequence[str] = ()
    ) -> list[tuple[str, str, float]]:
        found = [
            (t, "text", w)
            for t, w in self.catalog.weighted(
                ep.title, text, ep.keywords, ep.categories, names=names
            )
        ]
        seen = {fold(t) for t, _, _ in found}
        extra = 0
        labels = self._labels
        for raw in [*ep.keywords, *ep.categories]:
            # A feed's keywords repeat from episode to episode: each is looked at once.
            known = labels.get(raw)
            if known is None:
                known = self._label(raw)
                # A long one (a paragraph as a category) is not kept: the cache's memory
                # stays bounded in a long-running process, whatever the feeds hold.
                if len(raw) <= _LABEL_KEY_CHARS:
                    if len(labels) >= _LABEL_CACHE_SIZE:
                        labels.clear()
                    labels[raw] = known
            label, key, covered = known
            # Keywords that are not in the catalogue become topics as published.
            if not label or key in seen or extra >= MAX_KEYWORD_TOPICS or covered:
                continue
            seen.add(key)
            found.append((label, "keyword", 10.0))  # the feed itself says so
            extra += 1
        return found

    def _label(self, raw: str) -> tuple[str, str, bool]:
        """A keyword or category as a topic: its label ("" for none: blank or too long),
        its folded key, and whether a catalogue topic it names covers it already."""
        label = raw.strip()
        if not label or len(label) > 60:
            return "", "", True
        return label, fold(label), self.catalog.names_exactly(label)


def _sort_timestamps(published: list[datetime | None], first_seen: float) -> list[float]:
    """Order for "latest": the date where there is one, else the item's place in its feed.

    Feeds list newest first, so an undated item sits just above the next older dated item
    (or just below the nearest newer one); one second per position keeps the feed's order.
    """
    dated = [i for i, when in enumerate(published) if when is not None]
    stamps: list[float] = []
    for i, when in enumerate(published):
        if when is not None:
            stamps.append(when.timestamp())
            continue
        at = bisect.bisect_right(dated, i)  # ``dated`` is in feed order
        older = dated[at] if at < len(dated) else None
        newer = dated[at - 1] if at > 0 else None
        if older is not None:
            stamps.append(published[older].timestamp() + (older - i))  # type: ignore[union-attr]
        elif newer is not None:
            stamps.append(published[newer].timestamp() - (i - newer))  # type: ignore[union-attr]
        else:
            stamps.append(first_seen - i)
    return stamps


def _digest(e: Enriched, content: str) -> str:
    people = ";".join(f"{p.name}|{p.role}|{p.note}|{p.href}|{p.img}" for p in e.people)
    topics = ";".join(f"{t}|{s}|{w}" for t, s, w in e.topics)
    blob = "\x1e".join((content, people, topics))
    return hashlib.sha1(blob.encode()).hexdigest()


def _item_hash(salt: bytes, key: str, content: str) -> str:
    """An item's identity and content, as prepared by this code with these data files."""
    digest = hashlib.blake2b(salt, digest_size=16)
    digest.update(f"{key}\x1e{content}".encode())
    return digest.hexdigest()


def batch_gc() -> None:
    """Tune the cycle collector for a process that prepares or writes feeds in bulk (a
    command line ingest, a parse worker): what is loaded so far (code, data files) is
    never scanned again, and collections come every 50,000 allocations, not every 700.

    Preparing a feed makes millions of small objects that live until it is written, and
    each collection of the older generations scanned them all again: about a tenth of a
    large ingest's time. Few of them form cycles, so little waits longer to be freed.
    """
    gc.freeze()
    gc.set_threshold(50_000, 20, 100)


# --- reading sources ------------------------------------------------------------------


async def load_source(
    source: str, *, etag: str | None = None, last_modified: str | None = None
) -> FetchResult:
    """Read a feed file or GET a URL (conditionally, with the stored validators)."""
    if is_url(source):
        return await fetch(source, etag=etag, last_modified=last_modified)
    return FetchResult(source, await read_feed_file(source))


def source_key(source: str) -> str:
    """How a source is stored: URLs as given (credentials included: they are needed to
    fetch; whatever shows a source redacts it), files as absolute paths."""
    return source if is_url(source) else str(Path(source).resolve())


# --- writing --------------------------------------------------------------------------


async def ingest_source(
    store: Store,
    source: str,
    *,
    enricher: Enricher | None = None,
    conditional: bool = True,
    gate: asyncio.Semaphore | None = None,
    writer: FeedWriter | None = None,
    pool: ParsePool | None = None,
) -> IngestResult:
    """Ingest one feed; errors come back in ``IngestResult.error``, never raised.

    Reading and parsing run off the event loop (in ``pool``'s worker processes for large
    feeds, a thread otherwise). ``gate`` bounds how many feeds are in flight at once, so
    that prepared feeds waiting for their write never pile up in memory.
    """
    async with gate or contextlib.nullcontext():
        return await _ingest_one(
            store, source, enricher=enricher, conditional=conditional, writer=writer, pool=pool
        )


async def _ingest_one(
    store: Store,
    source: str,
    *,
    enricher: Enricher | None,
    conditional: bool,
    writer: FeedWriter | None,
    pool: ParsePool | None,
) -> IngestResult:
    from bot.store import ChangedMeanwhileError, StoreError, utcnow  # see the imports

    started = time.perf_counter()
    key = source_key(source)
    result = IngestResult(source=source)
    previous = await store.feed_by_source(key)
    try:
        fetched = await load_source(
            source,
            etag=previous.etag if previous and conditional else None,
            last_modified=previous.last_modified if previous and conditional else None,
        )
        if fetched.not_modified:
            await store.record_fetch(key, status="not_modified")
            result.not_modified = True
            result.title = previous.title if previous else ""
            result.unchanged = previous.episode_count if previous else 0
        elif await _unchanged(
            store, key, fetched, previous, enricher=enricher, conditional=conditional
        ):
            result.not_modified = True
            result.title = previous.title if previous else ""
            result.unchanged = previous.episode_count if previous else 0
        else:
            assert fetched.body is not None
            created = previous.created_at if previous else None
            first_seen = (created or utcnow()).timestamp()
            # Items stored by this code and data need no enrichment (another enricher
            # may find other people in the same item: then every item is enriched).
            known = await store.item_hashes(key) if enricher is None and conditional else None
            try:
                await _prepare_and_write(
                    store, key, fetched, first_seen, result, enricher, pool, writer, known,
                    fresh=previous is None or previous.episode_count == 0,
                )  # fmt: skip
            except ChangedMeanwhileError:  # another process rewrote this feed's items meanwhile
                await _prepare_and_write(
                    store, key, fetched, first_seen, result, enricher, pool, writer, None
                )
    except StoreError as exc:  # the database, not the feed (locked too long): one line
        result.error = short_error(str(exc))
    except FeedError as exc:
        # Capped and redacted here, once: this text is stored, printed, logged and shown.
        result.error = short_error(str(exc))
        result.retry_after = exc.retry_after
        await _record_error(store, key, result.error, previous.failures if previous else 0)
    except Exception as exc:  # a bug or a database error must not stop other feeds
        fault = StoreError.from_sqlite(store.path, exc)
        if fault is not None:  # the database file (disk full, I/O error): not a bug
            result.error = short_error(str(fault))
            log.warning("ingest of %s failed: %s", redact_url(source), result.error)
        else:
            result.error = short_error(f"internal error: {type(exc).__name__}: {exc}")
            # The traceback is for a bug report; its last line is the (redacted) error itself.
            log.error(
                "ingest of %s failed: %s\n%s",
                redact_url(source),
                result.error,
                redacted_traceback(exc),
            )
        await _record_error(store, key, result.error, previous.failures if previous else 0)
    result.seconds = time.perf_counter() - started
    return result


async def _prepare_and_write(  # noqa: PLR0917 - one step of _ingest_one
    store: Store,
    key: str,
    fetched: FetchResult,
    first_seen: float,
    result: IngestResult,
    enricher: Enricher | None,
    pool: ParsePool | None,
    writer: FeedWriter | None,
    known: Known | None,
    *,
    fresh: bool = False,
) -> None:
    assert fetched.body is not None
    # The first ingest of a large feed, alone in an ingest: its first pieces are written
    # while the next are prepared (in one transaction still), rather than all after all.
    # Not among other feeds, nor in the bot: its transaction, open while the feed is
    # prepared, would hold back their writes; nor for a stored feed, whose items are
    # matched against the stored ones all at once.
    pieces = None
    if enricher is None and pool is not None and writer is not None and writer.alone and fresh:
        pieces = pool.pieces(fetched.body, first_seen, known)
    if pieces is not None:
        try:
            async with contextlib.aclosing(pieces):
                counts = await store.write_feed_pieces(key, pieces, fetched)
        except SharesDisagreeError:  # nothing was kept: prepared whole, as below
            pass
        else:
            result.title = pieces.title
            _fill(result, counts)
            return
    prepared = await prepare_off_loop(fetched.body, first_seen, enricher, pool, known)
    if writer is None:
        await write_feed(store, key, *prepared, fetched=fetched, result=result)
    else:
        await writer.write(key, *prepared, fetched=fetched, result=result)


async def _unchanged(
    store: Store,
    key: str,
    fetched: FetchResult,
    previous: Feed | None,
    *,
    enricher: Enricher | None,
    conditional: bool,
) -> bool:
    """Whether the fetched bytes are those last stored, so that nothing needs parsing.

    Sets ``fetched.digest`` (stored with the feed) when the default data prepare it; with
    another enricher the stored episodes may differ for the same bytes, so none is kept.
    """
    body = fetched.body
    if enricher is not None or body is None:
        return False
    if len(body) >= _HASH_IN_THREAD_BYTES:  # about 1 ms a megabyte: off the event loop
        import asyncio  # see the imports

        fetched.digest = await asyncio.to_thread(feed_digest, body)
    else:
        fetched.digest = feed_digest(body)
    if not conditional or previous is None or previous.content_hash != fetched.digest:
        return False
    await store.record_fetch(
        key, status="not_modified", etag=fetched.etag, last_modified=fetched.last_modified
    )
    return True


_HASH_IN_THREAD_BYTES = 256 * 1024


def feed_digest(body: bytes) -> str:
    """The hash of a feed's bytes as prepared by this code with these data files.

    The same bytes make different episodes when the parser, the people and topic finders
    or their data files change: their hash (:func:`_pipeline_salt`) is part of it, so an
    upgrade or an edited data file prepares every feed again.
    """
    digest = hashlib.blake2b(body, digest_size=20)
    digest.update(_pipeline_salt())
    return digest.hexdigest()


@functools.cache
def _pipeline_salt() -> bytes:
    """A hash of the code and data files that turn feed bytes into stored episodes."""
    salt = hashlib.blake2b(__version__.encode(), digest_size=20)
    package = Path(__file__).resolve().parent
    # Every core package that shapes what is stored (not the Discord side).
    for path in sorted(
        p for p in package.rglob("*.py") if p.relative_to(package).parts[0] != "discord"
    ):
        salt.update(path.read_bytes())
    for data in (topics_file(), people_file()):
        with contextlib.suppress(OSError):  # a missing file fails the enricher, not this
            salt.update(data.read_bytes())
    return salt.digest()


# --- preparing: parse and enrich, off the event loop ----------------------------------


def prepare(
    data: bytes, first_seen: float, enricher: Enricher | None = None, known: Known | None = None
) -> tuple[ParsedFeed, list[Enriched]]:
    """Parse feed bytes and find each episode's people and topics (pure CPU work)."""
    parsed = parse_feed(data)
    if not parsed.episodes:
        # An emptied feed is a publishing accident far more often than a podcast that
        # deleted everything: keep what we have and treat it as a failure.
        raise FeedError("the feed has no episodes")
    return parsed, (enricher or default_enricher()).enrich(parsed, first_seen, known)


def prepare_share(
    data: bytes,
    first_seen: float,
    index: int,
    count: int,
    known: Known | None = None,
    *,
    weights: Sequence[int] | None = None,
) -> tuple[ParsedFeed, list[Enriched]] | None:
    """Share ``index`` of ``count`` of ``prepare`` with the default data (one process's
    part of a large feed): the feed with only that share's episodes, and those prepared.
    ``weights`` sizes the shares (see ``parse_feed_share``).

    None when the shares may disagree (an unreadable item): then ``prepare`` the feed whole.
    """
    share = parse_feed_share(data, index, count, weights)
    parsed = share.feed
    if not share.exact:
        return None
    if not parsed.episodes:
        raise FeedError("the feed has no episodes")
    episodes = default_enricher().enrich(parsed, first_seen, known, (share.start, share.stop))
    parsed.episodes = parsed.episodes[share.start : share.stop]
    return parsed, episodes


# Episodes in one piece of a feed prepared in pieces (``prepare_pieces``): small enough that
# the first is written while the next are prepared, large enough that each piece's own
# costs (a statement per table, placing every episode in time) stay small.
PIECE_EPISODES = 1000

Piece = tuple[ParsedFeed, list[Enriched]]


def prepare_pieces(
    data: bytes,
    first_seen: float,
    known: Known | None,
    emit: Callable[[Piece], bool],
    *,
    share: tuple[int, int, Sequence[int] | None] | None = None,
) -> bool:
    """``prepare`` with the default data, handing the episodes to ``emit`` in pieces of
    ``PIECE_EPISODES`` in the feed's order, each as soon as it is ready (``emit`` returns
    False to stop). ``share``: (index, count, weights) of ``prepare_share``; False, with
    no piece, for a share that may disagree with the others (see there). Each piece's
    feed holds every item of the feed (or of the share: its episodes are its own part)."""
    if share is None:
        parsed = parse_feed(data)
        start, stop = 0, len(parsed.episodes)
    else:
        found = parse_feed_share(data, *share)
        if not found.exact:
            return False
        parsed, start, stop = found.feed, found.start, found.stop
    if not parsed.episodes:
        raise FeedError("the feed has no episodes")
    enricher = default_enricher()
    # Every item placed in time once, not once a piece.
    stamps = _sort_timestamps([ep.published for ep in parsed.episodes], first_seen)
    for at in range(start, stop, PIECE_EPISODES):
        span = (at, min(stop, at + PIECE_EPISODES))
        enriched = enricher.enrich(parsed, first_seen, known, span, stamps=stamps)
        if not emit((copy.copy(parsed), enriched)):
            break
    return True


@functools.cache
def default_enricher() -> Enricher:
    """The enricher with the project's data files, built once per process."""
    return Enricher()


async def prepare_off_loop(
    data: bytes,
    first_seen: float,
    enricher: Enricher | None = None,
    pool: ParsePool | None = None,
    known: Known | None = None,
) -> tuple[ParsedFeed, list[Enriched]]:
    """``prepare`` in ``pool`` (default data files: its worker processes for large feeds)
    or in a thread."""
    if enricher is None and pool is not None:
        return await pool.prepare(data, first_seen, known)
    import asyncio  # see the imports

    return await asyncio.to_thread(prepare, data, first_seen, enricher, known)


async def _record_error(store: Store, key: str, error: str, failures: int) -> None:
    try:
        await store.record_fetch(
            key, status="error", error=short_error(error), failures=failures + 1
        )
    except Exception as exc:
        log.error(
            "could not record the failed fetch of %s: %s", redact_url(key), short_error(str(exc))
        )


async def write_feed(
    store: Store,
    source: str,
    parsed: ParsedFeed,
    episodes: list[Enriched],
    *,
    fetched: FetchResult | None = None,
    result: IngestResult | None = None,
) -> IngestResult:
    """Store a prepared feed in one transaction and count what was added or changed."""
    result = result or IngestResult(source=source)
    result.title = parsed.title
    _fill(result, await store.write_feed(source, parsed, episodes, fetched))
    return result


def _fill(result: IngestResult, counts: WriteCounts) -> None:
    result.added, result.updated, result.unchanged = counts.added, counts.updated, counts.unchanged


@dataclass(slots=True)
class _Pending:
    done: asyncio.Future[None]
    source: str
    parsed: ParsedFeed
    episodes: list[Enriched]
    fetched: FetchResult | None
    result: IngestResult


class FeedWriter:
    """Writes the prepared feeds of one :func:`ingest_many`, several to a transaction.

    The feeds that are ready when a write starts share its transaction (at most
    ``MAX_BATCH``). A commit costs the same for one feed or several, and it grows with the
    database (the full-text index flushes, random index pages are rewritten): on a large
    archive, where writing is the slower side, the feeds that pile up are committed
    together. Nothing waits on purpose: a feed that finds no other ready is written at
    once. If a feed of a batch fails, the batch is rolled back and each of its feeds is
    written again in a transaction of its own, so a bad feed still fails alone.
    """

    MAX_BATCH = 4

    def __init__(self, store: Store, *, alone: bool = False) -> None:
        self.store = store
        self.alone = alone  # the only feed of its ingest: it may be written in pieces
        self._ready: list[_Pending] = []
        self._writing = False

    async def write(
        self,
        source: str,
        parsed: ParsedFeed,
        episodes: list[Enriched],
        *,
        fetched: FetchResult | None,
        result: IngestResult,
    ) -> None:
        """Store one prepared feed (see :func:`write_feed`); returns once it is committed."""
        import asyncio  # see the imports

        result.title = parsed.title
        done = asyncio.get_running_loop().create_future()
        self._ready.append(_Pending(done, source, parsed, episodes, fetched, result))
        if not self._writing:  # this caller writes every batch until none is left
            self._writing = True
            try:
                while self._ready:
                    batch = self._ready[: self.MAX_BATCH]
                    del self._ready[: self.MAX_BATCH]
                    try:
                        await self._write_batch(batch)
                    finally:
                        for pending in batch:  # cancelled midway: nobody waits forever
                            if not pending.done.done():
                                pending.done.cancel()
            finally:
                self._writing = False
                for pending in self._ready:
                    pending.done.cancel()
                self._ready.clear()
        await done

    async def _write_batch(self, batch: list[_Pending]) -> None:
        from bot.store import FeedWrite  # see the imports

        if len(batch) > 1:
            try:
                counts = await self.store.write_feeds(
                    [FeedWrite(p.source, p.parsed, p.episodes, p.fetched) for p in batch]
                )
            except Exception:
                log.info("a batch of %d feeds failed; writing them one by one", len(batch))
            else:
                for pending, count in zip(batch, counts, strict=True):
                    _fill(pending.result, count)
                    _settle(pending.done)
                return
        for pending in batch:
            try:
                await write_feed(
                    self.store,
                    pending.source,
                    pending.parsed,
                    pending.episodes,
                    fetched=pending.fetched,
                    result=pending.result,
                )
            except Exception as exc:
                _settle(pending.done, exc)
            else:
                _settle(pending.done)


def _settle(done: asyncio.Future[None], error: Exception | None = None) -> None:
    """Resolve a waiting feed's future, unless its task was cancelled meanwhile."""
    if done.done():
        return
    if error is None:
        done.set_result(None)
    else:
        done.set_exception(error)


def _file_size(source: str) -> int:
    try:
        return 0 if is_url(source) else Path(source).stat().st_size
    except OSError:
        return 0


def _is_large_file(source: str, pool: ParsePool) -> bool:
    return pool.uses_workers(_file_size(source))


async def _any_new_large_file(store: Store, sources: list[str], pool: ParsePool) -> bool:
    """Whether a large file never stored before is among ``sources``: then the workers
    are sure to be needed. A stored one is most often unchanged, and skipped unparsed;
    if it changed, the workers start when it comes to be prepared."""
    for source in sources:
        if _is_large_file(source, pool):
            stored = await store.feed_by_source(source_key(source))
            if stored is None or stored.content_hash is None:
                return True
    return False


async def ingest_many(
    store: Store,
    sources: Iterable[str],
    *,
    enricher: Enricher | None = None,
    progress: Callable[[IngestResult], None] | None = None,
    pool: ParsePool | None = None,
) -> list[IngestResult]:
    """Ingest several feeds; one failure does not stop the others.

    Feeds are fetched and prepared concurrently (as many as there are cores) and written as
    they become ready, those ready together in one transaction (:class:`FeedWriter`);
    results come in the order given. ``progress`` is called with each feed's result as
    soon as that feed is done, in the order they finish. Large feeds are prepared in
    ``pool``'s worker processes; without one, every feed is prepared in a thread.
    """
    import asyncio  # see the imports

    # While feeds are written, the workers prepare the next ones; prepared feeds may wait
    # for the writer, which then commits them together.
    # (Feeds prepared in this process, on a busy machine, take its one core in turn.)
    wants = pool is not None and pool.wants_workers()
    workers = (pool.workers if wants else 1) if pool else default_workers()
    gate = asyncio.Semaphore(2 * workers + 1)
    unique = list(dict.fromkeys(sources))
    alone = len(unique) == 1
    writer = FeedWriter(store, alone=alone)
    # The workers start while the first files are read; but a lone feed that is not split
    # is prepared whole here (see ``ParsePool.pieces``): they would not be used.
    if (
        enricher is None
        and pool is not None
        and wants
        and (not alone or pool.would_split(_file_size(unique[0])))
        and await _any_new_large_file(store, unique, pool)
    ):
        pool.start()

    async def one(source: str) -> IngestResult:
        result = await ingest_source(
            store, source, enricher=enricher, gate=gate, writer=writer, pool=pool
        )
        if progress is not None:
            progress(result)
        return result

    async with store.bulk_writes():
        done = await asyncio.gather(*(one(s) for s in unique))
    by_source = dict(zip(unique, done, strict=True))
    return [by_source[s] for s in sources]


async def ensure_bundled(store: Store, pool: ParsePool | None = None) -> IngestResult | None:
    """Load the bundled WOLA episodes when the database has no episode at all."""
    if await store.episode_count() > 0:
        return None
    result = await ingest_source(store, str(BUNDLED_FEED), pool=pool)
    if result.error:
        log.error("could not load the bundled episodes: %s", result.error)
    return result
