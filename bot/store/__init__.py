"""The bot's database: the only code that holds a connection or writes SQL.

One module per group of tables: :mod:`~bot.store.db` (the connection, PRAGMAs,
transactions, errors), :mod:`~bot.store.schema` (meta and migrations; the SQL files are in
``bot/store/migrations/``), :mod:`~bot.store.feeds`, :mod:`~bot.store.episodes` (with the
full-text index) and :mod:`~bot.store.announcements`. :class:`Store` gathers their domain
operations; they return dataclasses. SQLite specifics (FTS5 syntax, PRAGMAs) stay here, so
another database could later stand behind the same methods.
"""

from __future__ import annotations

from bot.store.alerts import AlertTables, Incident
from bot.store.announcements import (
    FAILED,
    PENDING,
    SENT,
    SUPPRESSED,
    AnnouncementTables,
    Candidate,
    Delivery,
    PendingDelivery,
    Subscription,
)
from bot.store.db import BUSY_TIMEOUT_SECONDS, StoreError, Transaction, from_iso, iso, utcnow
from bot.store.episodes import (
    ChangedMeanwhileError,
    Episode,
    EpisodePerson,
    FeedWrite,
    IndexRowChunks,
    IndexRows,
    PreparedEpisode,
    Term,
    WriteCounts,
)
from bot.store.feeds import Feed
from bot.store.follows import (
    FOLLOW_KINDS,
    Follow,
    FollowCandidate,
    FollowDelivery,
    FollowPause,
    FollowTables,
)
from bot.store.schema import MetaTables, migrations
from bot.store.segments import MomentFetch, MomentJob, SegmentTables, StoredSegment


class Store(AlertTables, AnnouncementTables, FollowTables, MetaTables, SegmentTables):
    """One aiosqlite connection to the bot's database, with every table's operations."""


__all__ = [
    "BUSY_TIMEOUT_SECONDS",
    "FAILED",
    "FOLLOW_KINDS",
    "PENDING",
    "SENT",
    "SUPPRESSED",
    "Candidate",
    "ChangedMeanwhileError",
    "Delivery",
    "Episode",
    "EpisodePerson",
    "Feed",
    "FeedWrite",
    "Follow",
    "FollowCandidate",
    "FollowDelivery",
    "FollowPause",
    "Incident",
    "IndexRowChunks",
    "IndexRows",
    "MomentFetch",
    "MomentJob",
    "PendingDelivery",
    "PreparedEpisode",
    "Store",
    "StoreError",
    "StoredSegment",
    "Subscription",
    "Term",
    "Transaction",
    "WriteCounts",
    "from_iso",
    "iso",
    "migrations",
    "utcnow",
]
