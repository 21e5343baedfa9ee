"""Shares of unequal size (the pool's own share is larger while its workers start): put
together, still the whole feed, item for item."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from bot import ingest, parse_pool
from bot.feeds import parse_feed_share
from bot.ingest import prepare, prepare_share
from bot.parse_pool import HERE_SHARE_WEIGHT, ParsePool, default_workers
from tests.conftest import BUNDLED_FEED, FEEDS_DIR, needs_feeds
from tests.test_ingest_split import FIRST_SEEN, as_rows, awkward_feed, large_feed

WEIGHTS = [(HERE_SHARE_WEIGHT, 2), (HERE_SHARE_WEIGHT, 2, 2), (1, 5), (5, 1, 1, 1)]


def merged(data: bytes, weights: tuple[int, ...]) -> Any:
    count = len(weights)
    shares = [prepare_share(data, FIRST_SEEN, i, count, weights=weights) for i in range(count)]
    assert all(s is not None for s in shares)
    parsed = shares[0][0]
    parsed.episodes = [ep for s in shares for ep in s[0].episodes]
    return parsed, [e for s in shares for e in s[1]]


def test_the_weights_size_the_shares() -> None:
    data = large_feed()  # 1,000 items
    sizes = [parse_feed_share(data, i, 2, (3, 2)) for i in range(2)]
    assert [(s.start, s.stop) for s in sizes] == [(0, 600), (600, 1000)]


@pytest.mark.parametrize("weights", WEIGHTS, ids=str)
def test_unequal_shares_put_together_are_the_whole_feed(weights: tuple[int, ...]) -> None:
    data = awkward_feed()
    assert as_rows(*merged(data, weights)) == as_rows(*prepare(data, FIRST_SEEN))


@needs_feeds
@pytest.mark.parametrize("path", [*sorted(FEEDS_DIR.glob("*.xml")), BUNDLED_FEED], ids=str)
def test_unequal_shares_of_each_real_feed_are_the_whole_feed(path: Path) -> None:
    data = path.read_bytes()
    split = merged(data, (HERE_SHARE_WEIGHT, 2))
    assert as_rows(*split) == as_rows(*prepare(data, FIRST_SEEN))


@pytest.mark.skipif(default_workers() < 2, reason="one core: no worker processes")
async def test_while_the_workers_start_this_process_takes_the_larger_share(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    calls: list[tuple[int, Any]] = []
    real = ingest.prepare_share

    def recorded(*args: Any, **kwargs: Any) -> Any:
        calls.append((args[2], kwargs.get("weights")))
        return real(*args, **kwargs)

    # Seen in this process only (the workers fork from a server with the real one).
    monkeypatch.setattr(ingest, "prepare_share", recorded)
    monkeypatch.setattr(parse_pool, "_a_core_is_free", lambda: True)
    data = large_feed()
    async with ParsePool(workers=2) as pool:
        result = await pool.prepare(data, FIRST_SEEN)  # the workers are starting
    assert as_rows(*result) == as_rows(*prepare(data, FIRST_SEEN))
    # The share prepared in this process was the larger one.
    assert calls == [(0, (HERE_SHARE_WEIGHT, 2))]
