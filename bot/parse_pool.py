"""The worker processes that prepare (parse and enrich) large feeds: :class:`ParsePool`.

Its owner creates and closes it (``async with ParsePool() as pool``: the command line; the
bot in ``setup_hook`` and ``close``) and hands it to whatever ingests. Nothing starts until
a large feed comes (or :meth:`ParsePool.start`): small feeds, and every feed on one core,
are prepared in a thread, where starting a process would cost more than it saves.

Workers fork from a fork server that imports this module: it then loads the parsing code
and the data files once (the end of this module), so every worker forks ready to work.
That server also ties the processes' lives together: it dies with the process that started
it, and each worker with it (:func:`_die_with_parent`), so a ``kill -9`` of an ingest or of
the bot leaves nothing running. That needs Linux; elsewhere the processes end only when
the pool is closed.
"""

from __future__ import annotations

import concurrent.futures
import contextlib
import copyreg
import ctypes
import dataclasses
import functools
import logging
import multiprocessing
import multiprocessing.forkserver
import operator
import os
import queue
import signal
import sys
import threading
import time
from collections.abc import AsyncIterator, Callable, Sequence
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path
from typing import TYPE_CHECKING, Any

from bot.feeds import FeedError, ParsedEpisode, ParsedFeed, Person

# asyncio is imported in the functions that use it (the pool owner's side, run on its event
# loop): the fork server, which imports this module to prepare feeds, never loads it (with
# ssl, a tenth of its start-up).
if TYPE_CHECKING:
    import asyncio

    from bot.ingest import Enriched, Known

    Piece = tuple[ParsedFeed, list[Enriched]]

log = logging.getLogger(__name__)

# Below this size a feed is prepared in a thread: starting a process costs more than the
# parallel parse saves. Above it, the pool's processes use every core.
PROCESS_MIN_BYTES = 512 * 1024
# From this size, a feed that comes while no other is being prepared (and a core is idle:
# _a_core_is_free) is split between the workers: each reads the whole document but parses
# and enriches only its share of the items (see bot.feeds.parse_feed_share). Smaller ones
# are not worth the repeated reading, and while several feeds are in flight the workers
# are busy anyway.
SPLIT_MIN_BYTES = 1024 * 1024
# The share of a split feed this process prepares while the workers start, against 2 for
# each worker's: it starts a few tenths of a second before them.
HERE_SHARE_WEIGHT = 3
# The same while this process also writes the feed's pieces as it prepares them (see
# ParsePool.pieces): a share as large as a worker's (python -m bot ingest of the 10k feed,
# split: 3 -> 2 was faster in 6 of 7 paired runs, by about 5%).
PIECES_HERE_SHARE_WEIGHT = 2
PR_SET_PDEATHSIG = 1  # from <linux/prctl.h>
# How long each worker's first call keeps it busy (see ParsePool._start): the submits that
# start the workers come microseconds apart, so a few milliseconds keep each worker busy
# while the next is started; the pool is up that much later (it was 50 ms: 5 ms saved 45
# of the start's 0.3 to 0.4 s).
WARM_UP_SECONDS = 0.005

_Executor = concurrent.futures.ProcessPoolExecutor


def usable_cores() -> int:
    """The cores this process may run on (its CPU affinity, as a container limits it),
    not all the machine's."""
    try:
        return len(os.sched_getaffinity(0)) or 1
    except (AttributeError, OSError):  # no affinity on this system
        return os.cpu_count() or 1


def default_workers() -> int:
    """How many worker processes a pool runs by default: one per core, at most four."""
    return max(1, min(4, usable_cores()))


class ParsePool:
    """Worker processes that prepare large feeds, started on first need, closed by the owner.

    A worker that dies (killed for memory, say) fails the feeds it had with a clear
    :class:`~bot.feeds.FeedError`, and the next large feed starts a fresh pool; so does a
    pool that could not start.
    """

    def __init__(self, workers: int | None = None, *, here_when_busy: bool = False) -> None:
        self.workers = default_workers() if workers is None else max(1, workers)
        # A command line ingest on a machine with no core to spare (see _a_core_is_free)
        # prepares its feeds in its own process rather than starting the workers: their
        # start (a fork server that imports and loads the data files again) and the
        # hand-over of every episode cost more CPU than they save when no core is idle.
        # Workers that are up are used whatever the load.
        self._here_when_busy = here_when_busy
        # Done, with the executor, when the workers are up; None: not started (or dropped).
        self._started: concurrent.futures.Future[_Executor] | None = None
        self._preparing_here = False  # a feed is prepared in this process while they start
        self._in_flight = 0  # feeds being prepared by the workers (or here, while they start)
        self._streaming = 0  # feeds being prepared in pieces (at most one: see ``pieces``)
        self._closed = False

    async def __aenter__(self) -> ParsePool:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.close()

    def wants_workers(self) -> bool:
        """Whether a large feed would be prepared by the worker processes now: they run or
        start, or may start (a core is free, unless the owner asked otherwise)."""
        if self.workers < 2:
            return False
        return self._up_or_starting() or not self._here_when_busy or _a_core_is_free()

    def uses_workers(self, size: int) -> bool:
        """Whether a feed of ``size`` bytes is prepared by the worker processes."""
        return self.workers > 1 and size >= PROCESS_MIN_BYTES

    def start(self) -> concurrent.futures.Future[Any]:
        """Start the worker processes now rather than on the first large feed.

        Starting blocks until the fork server has imported the code and loaded the data
        files (a quarter of a second), so it runs in a thread of its own; the future it
        returns is done when the workers are up.
        """
        if self._closed:
            raise RuntimeError("the parse pool is closed")
        if self._started is None:
            started: concurrent.futures.Future[_Executor] = concurrent.futures.Future()
            self._started = started
            threading.Thread(
                target=self._start, args=(started,), name="parse-pool-start", daemon=True
            ).start()
        return self._started

    async def warm_up(self) -> None:
        """Start the worker processes and wait until they are up."""
        started = self.start()
        await self._wait_started(started)

    def worker_pids(self) -> list[int]:
        """The process ids of the running workers (none before they are up)."""
        started = self._started
        if started is None or not started.done() or started.exception() is not None:
            return []
        return sorted(getattr(started.result(), "_processes", None) or {})

    async def prepare(
        self, data: bytes, first_seen: float, known: Known | None = None
    ) -> tuple[ParsedFeed, list[Enriched]]:
        """Parse feed bytes and find each episode's people and topics, off the event loop.

        Raises :class:`~bot.feeds.FeedError` for a bad feed, and when the worker processes
        could not start or one of them stopped (the next call starts new ones).
        """
        return await self._prepare(data, first_seen, known)

    async def _prepare(
        self,
        data: bytes,
        first_seen: float,
        known: Known | None,
        emit: Callable[[Piece | None], None] | None = None,
    ) -> tuple[ParsedFeed, list[Enriched]]:
        """:meth:`prepare`; ``emit`` (called on the event loop) is given the first
        episodes in pieces as this process prepares them, and None should they be wrong
        (the shares disagreed): the result still holds every episode. Only the only feed
        of a command line ingest has an ``emit``: it starts no worker it would not use."""
        import asyncio  # the owner's side: see the imports

        if self._closed:
            raise FeedError("the parser is shut down")
        small = not self.uses_workers(len(data))
        if small and (self.workers < 2 or not self._up_or_starting()):
            return await asyncio.to_thread(_prepare, data, first_seen, known)
        if not self.wants_workers():  # a busy machine: this process prepares it
            return await self._prepare_here(data, first_seen, known, emit)
        split = self._in_flight == 0 and self.would_split(len(data))
        if emit is not None and not split and not self._up_or_starting():
            # Prepared whole here (as while the workers start): starting them would only
            # take a core's time from it on a busy machine.
            return await self._prepare_here(data, first_seen, known, emit)
        # Once the workers run (or start), small feeds go to them too: prepared in threads
        # here, they would hold this process's interpreter, which writes every feed.
        started = self.start()
        self._in_flight += 1
        try:
            if split:
                return await self._prepare_split(started, data, first_seen, known, emit)
            return await self._prepare_whole(started, data, first_seen, known, emit)
        except FeedError:
            if small and started.done() and started.exception() is not None:
                # The workers could not start: a small feed does without them.
                return await asyncio.to_thread(_prepare, data, first_seen, known)
            raise
        finally:
            self._in_flight -= 1

    def pieces(self, data: bytes, first_seen: float, known: Known | None = None) -> Pieces | None:
        """A large feed that comes while no other is prepared, as :meth:`prepare` gives it
        but in pieces, in the feed's order, each as soon as it is ready (:class:`Pieces`):
        its first pieces can be written while the next are prepared. None for any other
        feed: then :meth:`prepare` it.

        The pieces are those this process prepares (while the workers start: see
        :meth:`prepare`), then the workers' shares. Should the shares disagree after
        pieces were given, the next piece raises :class:`SharesDisagreeError`.
        """
        if self._closed or self._in_flight or self._streaming:
            return None
        if not self.uses_workers(len(data)):
            return None
        if not self.wants_workers():
            # A busy machine: this process prepares the feed whole, then writes it. Writing
            # pieces while the next are prepared here would only share one core between the
            # two, the writer's thread and the preparing one taking the interpreter in turn
            # at each statement (the 10,000-episode feed: 4-8% slower, 5 of 5 paired runs).
            return None
        self._streaming += 1
        return Pieces(self, self._pieces(data, first_seen, known))

    async def _prepare_here(
        self,
        data: bytes,
        first_seen: float,
        known: Known | None,
        emit: Callable[[Piece | None], None] | None,
    ) -> tuple[ParsedFeed, list[Enriched]]:
        """The feed prepared in this process (in pieces given to ``emit``, when there is
        one), counted in flight meanwhile."""
        import asyncio  # the owner's side: see the imports

        self._in_flight += 1
        try:
            if emit is not None:
                return await _prepare_here_in_pieces(data, first_seen, known, emit, None)
            return await asyncio.to_thread(_prepare, data, first_seen, known)
        finally:
            self._in_flight -= 1

    def would_split(self, size: int) -> bool:
        """Whether a feed of ``size`` bytes that came alone now would be split between the
        workers (else, while they are not started, it is prepared whole here: see
        :meth:`pieces`)."""
        return self.workers > 1 and size >= SPLIT_MIN_BYTES and _a_core_is_free()

    async def _pieces(
        self, data: bytes, first_seen: float, known: Known | None
    ) -> AsyncIterator[Piece]:
        import asyncio  # the owner's side: see the imports

        ready: asyncio.Queue[Piece | None] = asyncio.Queue()
        task = asyncio.ensure_future(self._prepare(data, first_seen, known, ready.put_nowait))
        given = 0
        try:
            while not task.done() or not ready.empty():
                if ready.empty():
                    getter = asyncio.ensure_future(ready.get())
                    await asyncio.wait({getter, task}, return_when=asyncio.FIRST_COMPLETED)
                    if not getter.done():
                        getter.cancel()
                        continue
                    piece = getter.result()
                else:
                    piece = ready.get_nowait()
                if piece is None:
                    if given:
                        raise SharesDisagreeError("the feed's shares disagree on its items")
                    continue  # none given yet: the result, prepared whole, comes whole
                given += len(piece[1])
                yield piece
            parsed, episodes = task.result()
            if given < len(episodes) or not given:
                yield parsed, episodes[given:]
        finally:
            if not task.done():
                task.cancel()
            elif not task.cancelled():
                task.exception()  # retrieved: raised above, or of no use once stopped

    def _up_or_starting(self) -> bool:
        started = self._started
        return started is not None and (not started.done() or started.exception() is None)

    async def _prepare_whole(
        self,
        started: concurrent.futures.Future[_Executor],
        data: bytes,
        first_seen: float,
        known: Known | None,
        emit: Callable[[Piece | None], None] | None = None,
    ) -> tuple[ParsedFeed, list[Enriched]]:
        import asyncio  # the owner's side: see the imports

        if not started.done() and not self._preparing_here:
            # While the workers start, this process (idle otherwise) prepares one feed.
            self._preparing_here = True
            try:
                if emit is not None:
                    return await _prepare_here_in_pieces(data, first_seen, known, emit, None)
                return await asyncio.to_thread(_prepare, data, first_seen, known)
            finally:
                self._preparing_here = False
        return await self._in_worker(started, _prepare, data, first_seen, known)

    async def _prepare_split(
        self,
        started: concurrent.futures.Future[_Executor],
        data: bytes,
        first_seen: float,
        known: Known | None,
        emit: Callable[[Piece | None], None] | None = None,
    ) -> tuple[ParsedFeed, list[Enriched]]:
        """One feed prepared in shares, one per worker (the first here while they start),
        put back together in the feed's order. ``emit``: see :meth:`_prepare`."""
        import asyncio  # the owner's side: see the imports

        count = self.workers
        # While the workers start (a few tenths of a second), this process is already at
        # work on the first share: a larger one, so that it is not left waiting for theirs.
        here = not started.done() and not self._preparing_here
        # Unless it writes its pieces as it goes (``emit``): then its share is theirs.
        mine = HERE_SHARE_WEIGHT if emit is None else PIECES_HERE_SHARE_WEIGHT
        weights = (mine, *[2] * (count - 1)) if here else None
        call = functools.partial(_prepare_share, weights=weights)
        if here:
            self._preparing_here = True

        async def share(index: int) -> tuple[ParsedFeed | None, list[Enriched]] | None:
            if index == 0 and here:
                try:
                    if emit is not None:
                        split = (index, count, weights)
                        return await _prepare_here_in_pieces(data, first_seen, known, emit, split)
                    return await asyncio.to_thread(call, data, first_seen, index, count, known)
                finally:
                    self._preparing_here = False
            return await self._in_worker(started, call, data, first_seen, index, count, known)

        shares = await asyncio.gather(*(share(i) for i in range(count)))
        if any(s is None for s in shares):  # an unreadable item: the shares may disagree
            if emit is not None:
                emit(None)  # the pieces given so far may be wrong
            return await self._in_worker(started, _prepare, data, first_seen, known)
        parsed = shares[0][0]  # type: ignore[index]
        assert parsed is not None  # the first share's
        episodes = [e for s in shares for e in s[1]]  # type: ignore[index]
        parsed.episodes = [e.item for e in episodes]
        return parsed, episodes

    async def _in_worker(
        self, started: concurrent.futures.Future[_Executor], call: Callable[..., Any], *args: Any
    ) -> Any:
        import asyncio  # the owner's side: see the imports

        executor = await self._wait_started(started)
        loop = asyncio.get_running_loop()
        try:
            return await loop.run_in_executor(executor, call, *args)
        except BrokenProcessPool as exc:  # a worker died (out of memory?)
            self._forget(started)
            raise FeedError("a parser process stopped; try again") from exc

    async def close(self) -> None:
        """Stop the worker processes (a pool still starting is stopped once it is up)."""
        import asyncio  # the owner's side: see the imports

        self._closed = True
        started, self._started = self._started, None
        if started is not None:
            await asyncio.to_thread(_shut_down, started, wait=True)

    async def _wait_started(self, started: concurrent.futures.Future[_Executor]) -> _Executor:
        import asyncio  # the owner's side: see the imports

        try:
            # Shielded: a cancelled waiter (Ctrl-C) must not cancel the start itself, which
            # ``close`` waits for so that no process outlives the pool.
            return await asyncio.shield(asyncio.wrap_future(started))
        except Exception as exc:
            self._forget(started)
            raise FeedError("the parser processes could not start; try again") from exc

    def _start(self, started: concurrent.futures.Future[_Executor]) -> None:
        executor = None
        try:
            # forkserver, not fork: the owner runs threads (aiosqlite, discord.py), and
            # forking a threaded process can copy a held lock into the child.
            context = multiprocessing.get_context("forkserver")
            context.set_forkserver_preload([__name__])
            # The fork server dies with the thread that starts it: that thread must live
            # as long as this process.
            _in_lifelong_thread(multiprocessing.forkserver.ensure_running)
            executor = concurrent.futures.ProcessPoolExecutor(
                self.workers, mp_context=context, initializer=_worker_started
            )
            # The executor starts a worker only when no started one is idle, so a call that
            # ends at once may leave one worker doing all the work. Calls that keep their
            # worker busy a moment make each submit find none idle; a few rounds at most,
            # should this thread be descheduled between two submits.
            for _ in range(5):
                calls = [executor.submit(time.sleep, WARM_UP_SECONDS) for _ in range(self.workers)]
                for call in calls:
                    call.result()
                if len(getattr(executor, "_processes", None) or {}) >= self.workers:
                    break
            log.debug("ingest worker processes started")
        except BaseException as exc:  # handed to whoever waits for the pool
            if executor is not None:
                executor.shutdown(wait=False, cancel_futures=True)
            with contextlib.suppress(concurrent.futures.InvalidStateError):
                started.set_exception(exc)
        else:
            with contextlib.suppress(concurrent.futures.InvalidStateError):
                started.set_result(executor)

    def _forget(self, started: concurrent.futures.Future[_Executor]) -> None:
        """Drop the pool ``started`` started (it failed to start or lost a worker), unless
        a newer one already replaced it: the next large feed starts a new pool."""
        if self._started is not started:
            return
        self._started = None
        _shut_down(started, wait=False)


class SharesDisagreeError(FeedError):
    """The shares of a feed prepared in pieces disagree on its items (an item that only
    some could read): what was written of it is rolled back and it is prepared whole."""


class Pieces:
    """A feed being prepared in pieces (:meth:`ParsePool.pieces`): an async iterator of
    (feed, episodes) in the feed's order. Its owner closes it (``contextlib.aclosing``);
    ``title`` is the feed's, once a piece has come."""

    def __init__(self, pool: ParsePool, source: AsyncIterator[Piece]) -> None:
        self.title = ""
        self._pool = pool
        self._source = source
        self._open = True

    def __aiter__(self) -> Pieces:
        return self

    async def __anext__(self) -> Piece:
        piece = await anext(self._source)
        self.title = piece[0].title
        return piece

    async def aclose(self) -> None:
        """Stop preparing (the work under way ends on its own) and free the pool."""
        if self._open:
            self._open = False
            self._pool._streaming -= 1
            await self._source.aclose()


def _a_core_is_free() -> bool:
    """Whether the machine has a core to spare (load average below the core count, or
    a past load that nothing runnable carries on now).

    Splitting a feed costs more CPU in all (each share reads the whole document, and its
    episodes cross between processes): a gain only when another core is idle. On a machine
    busy with other work, one process preparing the feed whole finishes sooner.
    """
    cores = usable_cores()
    try:
        load = os.getloadavg()[0]
    except OSError:  # no load average on this system
        return True
    if load < cores:
        return True
    # The one-minute average remembers this program's own last minute too (an ingest just
    # before, a benchmark's previous round): what is runnable right now says whether that
    # load is still there.
    return load < 2 * cores and _runnable_now() <= cores


_LOADAVG = Path("/proc/loadavg")


def _runnable_now() -> int:
    """The tasks runnable at this moment, this one among them (Linux's /proc/loadavg;
    elsewhere a number that means "busy")."""
    try:
        return int(_LOADAVG.read_text(encoding="ascii").split()[3].partition("/")[0])
    except (OSError, ValueError, IndexError):
        return 1 << 30


def _shut_down(started: concurrent.futures.Future[_Executor], *, wait: bool) -> None:
    with contextlib.suppress(BaseException):  # one that failed to start has nothing to stop
        started.result().shutdown(wait=wait, cancel_futures=True)


def _prepare(
    data: bytes, first_seen: float, known: Known | None = None
) -> tuple[ParsedFeed, list[Enriched]]:
    """What a worker (or the thread) runs: :func:`bot.ingest.prepare` with the default data."""
    from bot.ingest import prepare  # ingest imports this module: imported when first used

    return prepare(data, first_seen, known=known)


def _prepare_share(
    data: bytes,
    first_seen: float,
    index: int,
    count: int,
    known: Known | None = None,
    *,
    weights: Sequence[int] | None = None,
) -> tuple[ParsedFeed | None, list[Enriched]] | None:
    """One share of a split feed: :func:`bot.ingest.prepare_share`, slimmed to cross
    between processes: the feed's own fields only with the first share (the same in every
    share), and no list of the episodes beside their preparations (which hold them)."""
    from bot.ingest import prepare_share

    prepared = prepare_share(data, first_seen, index, count, known, weights=weights)
    if prepared is None:
        return None
    parsed, episodes = prepared
    parsed.episodes = []  # put back from the preparations (``_prepare_split``)
    return (parsed if index == 0 else None), episodes


async def _prepare_here_in_pieces(
    data: bytes,
    first_seen: float,
    known: Known | None,
    emit: Callable[[Piece | None], None],
    share: tuple[int, int, Sequence[int] | None] | None,
) -> tuple[ParsedFeed | None, list[Enriched]] | None:
    """:func:`bot.ingest.prepare_pieces` in a thread, each piece handed to ``emit`` on the
    event loop as it is ready; the whole (share) as ``_prepare`` (``_prepare_share``)
    gives it, or None for a share that may disagree with the others."""
    import asyncio  # the owner's side: see the imports

    from bot.ingest import prepare_pieces

    loop = asyncio.get_running_loop()
    pieces: list[Piece] = []
    wanted = threading.Event()  # cleared when no one waits any more (cancelled)
    wanted.set()

    def collect(piece: Piece | None) -> bool:
        if piece is not None:
            pieces.append(piece)
            with contextlib.suppress(RuntimeError):  # the loop is closed: no one waits
                loop.call_soon_threadsafe(emit, piece)
        return wanted.is_set()

    try:
        exact = await asyncio.to_thread(
            prepare_pieces, data, first_seen, known, collect, share=share
        )
    finally:
        wanted.clear()
    if not exact:
        return None
    parsed = pieces[0][0] if pieces else None
    if parsed is None:  # a share with no items of its own
        assert share is not None
        # Parsing is long work: off the event loop, like the pieces above.
        return await asyncio.to_thread(
            _prepare_share, data, first_seen, share[0], share[1], known, weights=share[2]
        )
    parsed.episodes = [e.item for _, episodes in pieces for e in episodes]
    return parsed, [e for _, episodes in pieces for e in episodes]


# --- the worker processes' side ---------------------------------------------------------

# This process's id when it is the fork server: workers, forked from it, inherit it.
_SERVER_PID: int | None = None


def _worker_started() -> None:
    """Runs first in each worker process: it dies with the fork server it forked from, so
    that none outlives a killed ingest (the server itself dies with the pool's owner); and
    it sends prepared feeds back in the compact form."""
    if _SERVER_PID is not None:  # None if the fork server did not preload this module
        _die_with_parent(_SERVER_PID)
    from bot.ingest import Enriched, batch_gc
    from bot.people import Mention

    _pickle_as_fields(ParsedFeed, ParsedEpisode, Person, Mention, Enriched)
    batch_gc()  # a worker prepares feeds in bulk: see there


def _pickle_as_fields(*classes: type) -> None:
    """Pickle these dataclasses as (class, field values): prepared feeds cross from the
    worker processes this way at half the cost of the slots dataclasses' own state dicts."""

    def reducer(cls: type) -> Any:
        values = operator.attrgetter(*(f.name for f in dataclasses.fields(cls)))
        return lambda obj: (cls, values(obj))

    for cls in classes:
        copyreg.pickle(cls, reducer(cls))


def _die_with_parent(parent: int) -> None:
    """Have the kernel kill this process when ``parent`` (its parent now) dies.

    The kernel sends the signal when the *thread* that started this process ends, so the
    parent must start it from a thread that lives as long as the parent does.
    """
    if not sys.platform.startswith("linux"):
        return  # documented limitation: no equivalent without a watcher process
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        if libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0) != 0:
            return
    except (OSError, AttributeError):  # no prctl in this C library
        return
    # The parent may have died before the line above: then no signal will ever come.
    if os.getppid() != parent:
        os._exit(1)


# --- the thread that starts the fork server -----------------------------------------------
# CPython keeps one fork server per process, whatever the pools: the thread it is tied to
# is one per process too, started on first need.

_Call = tuple[Callable[[], object], concurrent.futures.Future[None]]
_lifelong_calls: queue.SimpleQueue[_Call] | None = None
_lifelong_lock = threading.Lock()


def _in_lifelong_thread(call: Callable[[], object]) -> None:
    """Run ``call`` in a thread that lives as long as this process, and wait for it.

    The kernel ties a child to the thread that started it, not to the process: a fork
    server started from a short-lived thread (a pool's starter) would die with it.
    """
    global _lifelong_calls  # noqa: PLW0603 - one thread per process
    with _lifelong_lock:
        if _lifelong_calls is None:
            _lifelong_calls = queue.SimpleQueue()
            threading.Thread(
                target=_serve_calls,
                args=(_lifelong_calls,),
                name="ingest-process-starter",
                daemon=True,
            ).start()
        calls = _lifelong_calls
    done: concurrent.futures.Future[None] = concurrent.futures.Future()
    calls.put((call, done))
    done.result()


def _serve_calls(calls: queue.SimpleQueue[_Call]) -> None:
    while True:
        call, done = calls.get()
        try:
            call()
        except BaseException as exc:  # handed to the caller
            done.set_exception(exc)
        else:
            done.set_result(None)


# --- the fork server's preload ------------------------------------------------------------


def _imported_by_fork_server() -> bool:
    """Whether ``multiprocessing.forkserver.main`` is importing this module (and not, say,
    the pool's owner): only then does it tie its life to its parent's and load the data."""
    frame = sys._getframe(1)
    while frame is not None:
        if (
            frame.f_code.co_name == "main"
            and frame.f_globals.get("__name__") == "multiprocessing.forkserver"
        ):
            return True
        frame = frame.f_back
    return False


def _preload() -> None:
    """In the fork server: tie it to its parent, then load what every worker needs."""
    global _SERVER_PID  # noqa: PLW0603 - this process's role, set once
    _SERVER_PID = os.getpid()
    # Were the parent already dead here, the server would still stop: it exits when the
    # pipe its parent holds is closed, and it has no worker yet to keep that pipe open.
    _die_with_parent(os.getppid())
    from bot.ingest import _pipeline_salt, default_enricher

    # A broken data file must not stop the fork server: each feed's prepare then reports it.
    with contextlib.suppress(Exception):
        default_enricher()
        # The hash of the code and data files that every prepared item carries: read and
        # hashed once here, not again in each worker.
        _pipeline_salt()


if _imported_by_fork_server():
    _preload()
