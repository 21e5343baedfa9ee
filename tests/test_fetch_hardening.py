"""Fetching hardened (issue 9, items 7 and the fetch side of 14).

Upper-case URL schemes are URLs (from the command line and from FEED_URLS), exactly the
promised five redirects are followed, and a host that answers with kilobytes of garbage
gives a short error, wherever the error is stored or printed. Every peer is a local
server on 127.0.0.1.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from aiohttp import web

from bot.announce import Announcements, Poller
from bot.config import Settings
from bot.feeds import FeedError, fetch, is_url
from bot.ingest import ingest_source
from bot.store import Store
from bot.text import ERROR_CHARS
from tests.conftest import BUNDLED_FEED, run_cli

pytestmark = pytest.mark.timeout(60)

GARBAGE_BYTES = 12 * 1024


@contextlib.asynccontextmanager
async def feed_host() -> AsyncIterator[str]:
    """Serves the bundled feed at ``/feed.xml`` and ``/r/N``: N redirects, then the feed."""

    async def feed(request: web.Request) -> web.StreamResponse:
        return web.Response(body=BUNDLED_FEED.read_bytes(), content_type="application/rss+xml")

    async def hop(request: web.Request) -> web.StreamResponse:
        left = int(request.match_info["n"])
        raise web.HTTPFound("/feed.xml" if left <= 1 else f"/r/{left - 1}")

    app = web.Application()
    app.router.add_get("/feed.xml", feed)
    app.router.add_get("/r/{n}", hop)
    runner = web.AppRunner(app)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
    try:
        yield f"127.0.0.1:{port}"
    finally:
        await runner.cleanup()


@contextlib.asynccontextmanager
async def garbage_host() -> AsyncIterator[str]:
    """A TCP server that answers any request with 12 KB of bytes and no HTTP status line."""

    async def answer(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        with contextlib.suppress(ConnectionError):
            await reader.readuntil(b"\r\n\r\n")
            writer.write(bytes(range(33, 127)) * (GARBAGE_BYTES // 94 + 1))
            await writer.drain()
        writer.close()

    server = await asyncio.start_server(answer, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    try:
        yield f"127.0.0.1:{port}"
    finally:
        server.close()
        await server.wait_closed()


# --- upper-case schemes --------------------------------------------------------------------


def test_schemes_are_case_insensitive() -> None:
    for url in ("HTTP://host/feed", "Https://host/feed", "hTtPs://host", "http://h"):
        assert is_url(url), url
    for path in ("feed.xml", "/srv/http/feed.xml", "http:/feed.xml", "httpx://host"):
        assert not is_url(path), path


async def test_an_upper_case_url_is_fetched_not_read_as_a_file(store: Store) -> None:
    async with feed_host() as host:
        for url in (f"HTTP://{host}/feed.xml", f"Http://{host}/r/1"):
            result = await ingest_source(store, url)
            assert result.ok, (url, result.error)
            feed = await store.feed_by_source(url)  # stored as given, not as a path
            assert feed is not None and feed.episode_count == 10, url


async def test_an_upper_case_url_in_feed_urls_is_polled(store: Store) -> None:
    async with feed_host() as host:
        settings = Settings.load(env_file=None, environ={"FEED_URLS": f"HTTP://{host}/feed.xml"})
        poller = Poller(Announcements(store), settings.feed_urls, interval_seconds=60)
        [result] = await poller.poll_due()
    assert result.ok, result.error
    assert result.added == 10


# --- redirects -----------------------------------------------------------------------------


async def test_exactly_five_redirects_are_followed_six_are_one_clear_error() -> None:
    async with feed_host() as host:
        fetched = await fetch(f"http://{host}/r/5")
        assert fetched.status == 200 and fetched.body == BUNDLED_FEED.read_bytes()
        with pytest.raises(FeedError) as info:
            await fetch(f"http://{host}/r/6")
        assert str(info.value) == f"too many redirects from http://{host}/r/6 (more than 5)"
        # The limit is the caller's: none at all refuses the first redirect.
        with pytest.raises(FeedError, match="more than 0"):
            await fetch(f"http://{host}/r/1", max_redirects=0)
        assert (await fetch(f"http://{host}/feed.xml", max_redirects=0)).status == 200


# --- garbage instead of HTTP ---------------------------------------------------------------


async def test_a_host_answering_garbage_gives_a_short_error_everywhere(
    store: Store, caplog: pytest.LogCaptureFixture
) -> None:
    async with garbage_host() as host:
        url = f"http://{host}/feed.xml"
        with pytest.raises(FeedError) as info:
            await fetch(url)
        assert len(str(info.value)) <= ERROR_CHARS
        assert str(info.value).startswith(f"cannot reach {url}: ")
        result = await ingest_source(store, url)
    assert result.error is not None and result.error.startswith("cannot reach")
    assert len(result.error) <= ERROR_CHARS and "\n" not in result.error
    feed = await store.feed_by_source(url)
    assert feed is not None and feed.last_error == result.error
    assert all(len(r.getMessage()) <= 2 * ERROR_CHARS for r in caplog.records)


async def test_the_cli_prints_and_stores_a_short_error_for_a_garbage_host(
    tmp_path: Path, cli_env: dict[str, str]
) -> None:
    db = tmp_path / "bot.sqlite3"
    async with garbage_host() as host:
        url = f"http://{host}/feed.xml"
        cli_env["LOG_LEVEL"] = "INFO"
        # The subprocess runs off the event loop, which keeps serving the garbage.
        text = await asyncio.to_thread(run_cli, ["ingest", "--db", str(db), url], cli_env, tmp_path)
        as_json = await asyncio.to_thread(
            run_cli, ["ingest", "--json", "--db", str(db), url], cli_env, tmp_path
        )
    assert text.returncode == 1, text.stderr
    [line] = text.stdout.splitlines()
    assert line.startswith(f"FAILED {url}: cannot reach")
    assert len(line) <= len(f"FAILED {url}: ") + ERROR_CHARS
    assert len(text.stderr) <= 2 * ERROR_CHARS, text.stderr
    [record] = [json.loads(x) for x in as_json.stdout.splitlines()]
    assert record["source"] == url and len(record["error"]) <= ERROR_CHARS
    async with await Store.open(db) as store:
        feed = await store.feed_by_source(url)
    assert feed is not None and feed.last_error is not None
    assert len(feed.last_error) <= ERROR_CHARS and feed.failures == 2
