"""A share prepared in this process never parses on the event loop's thread."""

from __future__ import annotations

import threading
import time

from bot import parse_pool
from bot.ingest import BUNDLED_FEED


async def test_a_share_with_no_items_of_its_own_is_parsed_off_the_event_loop(
    monkeypatch,
) -> None:
    data = BUNDLED_FEED.read_bytes()
    threads: list[threading.Thread] = []
    real = parse_pool._prepare_share

    def recording(*args: object, **kwargs: object) -> object:
        threads.append(threading.current_thread())
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(parse_pool, "_prepare_share", recording)
    emitted: list[object] = []
    first_seen = time.time()
    # Weight 0 for share 0: this process's share holds no item of its own, so what it
    # gives back (the feed's own fields) is prepared by the fallback.
    share = (0, 2, [0, 1])
    got = await parse_pool._prepare_here_in_pieces(data, first_seen, None, emitted.append, share)
    assert threads and all(t is not threading.main_thread() for t in threads)
    assert emitted == []
    assert got is not None
    parsed, episodes = got
    want = real(data, first_seen, 0, 2, None, weights=[0, 1])
    assert want is not None
    assert episodes == want[1] == []
    assert parsed is not None and want[0] is not None and parsed.title == want[0].title
