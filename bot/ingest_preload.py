"""Imported by the fork server that starts ingest's worker processes (see ``bot.ingest``).

Workers fork from that server with the parsing code imported and the topic and people
data files already loaded, so a cold ingest starts preparing feeds at once.

It also ties the processes' lives together: the fork server dies with the process that
started it, and each worker with the fork server (see :func:`die_with_parent`), so a
``kill -9`` of an ingest or of the bot leaves nothing running. That needs Linux; elsewhere
the processes end only when the pool is shut down normally.
"""

from __future__ import annotations

import contextlib
import ctypes
import os
import signal
import sys

PR_SET_PDEATHSIG = 1  # from <linux/prctl.h>

# This process's id when it is the fork server: workers, forked from it, inherit it.
SERVER_PID: int | None = None


def die_with_parent(parent: int) -> None:
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


def _imported_by_fork_server() -> bool:
    """Whether ``multiprocessing.forkserver.main`` is importing this module (and not, say,
    a test): only then are this process's life and its parent's tied."""
    frame = sys._getframe(1)
    while frame is not None:
        if (
            frame.f_code.co_name == "main"
            and frame.f_globals.get("__name__") == "multiprocessing.forkserver"
        ):
            return True
        frame = frame.f_back
    return False


if _imported_by_fork_server():
    SERVER_PID = os.getpid()
    # Were the parent already dead here, the server would still stop: it exits when the
    # pipe its parent holds is closed, and it has no worker yet to keep that pipe open.
    die_with_parent(os.getppid())

from bot.ingest import default_enricher  # noqa: E402 - after the server is tied to its parent

# A broken data file must not stop the fork server: each feed's prepare then reports it.
with contextlib.suppress(Exception):
    default_enricher()
