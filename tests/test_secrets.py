"""No secret or local path is shown (issue 9, items 4 and 5).

A private feed's URL carries credentials (``http://user:pw@host/feed?token=...``). It is
stored as given (it is needed to fetch), but every text made from it — errors,
``feeds.last_error``, log lines, ``ingest`` output, ``/announce status`` — shows it
redacted, and ``/about`` shows members only the podcasts that loaded, by title.
The feed host is a local aiohttp server that fails (HTTP 500), then goes away.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest
from discord.ext import commands

from bot import ingest as ingest_module
from bot.announce import Announcements, Poller
from bot.config import Settings
from bot.discord.announce.cog import Announce
from bot.discord.client import PodcastBot
from bot.ingest import ingest_source, source_key
from bot.store import Store
from bot.text import ERROR_CHARS, redact, redact_url, short_error, source_label
from tests.conftest import BUNDLED_FEED, run_cli
from tests.discord_fake import FakeDiscord, running_bot
from tests.test_announce_e2e import (
    OLD,
    TOKEN,
    Clock,
    FeedServer,
    Running,
    Server,
    announce,
    field_values,
    make_server,
)

pytestmark = pytest.mark.timeout(60)

PASSWORD = "pw-9f2c41"
TOKEN_VALUE = "SECRET-77ab0e"
SECRETS = (PASSWORD, TOKEN_VALUE)
# A file that does not exist, in a folder whose name members must not learn.
MISSING_FILE = "/srv/private-podcasts/members-only/feed.xml"


def secret_url(server: FeedServer) -> str:
    """The server's feed URL with user-info and a token in its query."""
    return server.url.replace("http://", f"http://alice:{PASSWORD}@") + f"?token={TOKEN_VALUE}"


def assert_no_secret(text: str, where: str) -> None:
    for secret in SECRETS:
        assert secret not in text, f"{secret!r} in {where}: {text}"


def logged(caplog: pytest.LogCaptureFixture) -> str:
    """The bot's log records as they would be written, tracebacks included.

    The test's feed host logs its requests (``aiohttp.access``): that is the host's log,
    which knows the token anyway, not the bot's.
    """
    formatter = logging.Formatter("%(name)s %(levelname)s %(message)s")
    return "\n".join(formatter.format(r) for r in caplog.records if r.name != "aiohttp.access")


@pytest.fixture
async def feed() -> AsyncIterator[FeedServer]:
    server = FeedServer(OLD)
    await server.start()
    try:
        yield server
    finally:
        await server.stop()


# --- the text helpers ----------------------------------------------------------------------


def test_redact_url_drops_user_info_query_and_fragment() -> None:
    assert redact_url("https://alice:pw@host.example:8443/f.xml?token=S&x=1#top") == (
        "https://host.example:8443/f.xml?…"
    )
    assert redact_url("HTTP://token@host/feed") == "HTTP://host/feed"
    assert redact_url("https://host/feed") == "https://host/feed"
    assert redact_url("https://a@b@host/?") == "https://host/"
    assert redact_url("/etc/shadow") == "/etc/shadow"  # not a URL: the operator's own path
    assert source_label("/etc/shadow") == "shadow"
    assert source_label("https://u:p@host/feed?k=v") == "https://host/feed?…"


def test_redact_finds_every_url_in_a_text_and_paths_on_request() -> None:
    text = (
        "400, message='Bad status', url='http://u:p@127.0.0.1:81/f?key=S' then "
        "URL('https://x:y@h/g?auth=T'); [Errno 2] No such file: '/home/me/feeds/f.xml'"
    )
    out = redact(text)
    assert "u:p@" not in out and "key=S" not in out and "x:y@" not in out and "auth=T" not in out
    assert "url='http://127.0.0.1:81/f?…'" in out and "URL('https://h/g?…')" in out
    assert "/home/me/feeds/f.xml" in out
    assert "'f.xml'" in redact(text, paths=True) and "/home" not in redact(text, paths=True)


def test_short_error_is_one_redacted_line_of_bounded_length() -> None:
    error = short_error("cannot reach http://u:pw@h/x?t=1:\n" + "\x1b[2J" + "z " * 10_000)
    assert len(error) <= ERROR_CHARS and "\n" not in error and "\x1b" not in error
    assert error.startswith("cannot reach http://h/x?…") and error.endswith("…")
    assert short_error("HTTP 500 from http://h/x") == "HTTP 500 from http://h/x"


# --- in process: errors, the database, the log ---------------------------------------------


async def test_a_failing_private_feed_leaks_its_credentials_nowhere(
    store: Store, feed: FeedServer, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO)  # LOG_LEVEL=INFO (aiosqlite logs every query at DEBUG)
    url = secret_url(feed)
    poller = Poller(Announcements(store), [url], interval_seconds=60)
    feed.mode = "500"
    [failed] = await poller.poll_due()
    assert failed.error == f"HTTP 500 from {redact_url(url)}"
    await feed.stop()  # now nothing answers on that port
    # Polled again when it is next due.
    [unreachable] = await poller.poll_due(await _next_check(store, url))
    assert unreachable.error is not None and unreachable.error.startswith("cannot reach")
    row = await store.feed_by_source(source_key(url))
    assert row is not None and row.source == url  # kept whole: needed to fetch
    assert row.failures == 2 and row.last_error == unreachable.error
    for result in (failed, unreachable):
        assert_no_secret(json.dumps(result.to_json()), "ingest --json")
        assert result.to_json()["source"] == redact_url(url)
    assert_no_secret(row.last_error or "", "feeds.last_error")
    assert "failed (2 in a row)" in logged(caplog)
    assert_no_secret(logged(caplog), "the log")


async def _next_check(store: Store, url: str) -> Any:
    row = await store.feed_by_source(source_key(url))
    assert row is not None
    return row.next_check_at


async def test_a_bug_with_the_url_in_its_message_is_logged_redacted(
    store: Store, caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    url = f"http://bob:{PASSWORD}@127.0.0.1:9/feed?token={TOKEN_VALUE}"

    async def broken(*args: Any, **kwargs: Any) -> Any:
        raise RuntimeError(f"unexpected reply from {url}")

    monkeypatch.setattr(ingest_module, "load_source", broken)
    result = await ingest_source(store, url)
    assert result.error == "internal error: RuntimeError: unexpected reply from " + redact_url(url)
    [record] = [r for r in caplog.records if r.name == "bot.ingest"]
    assert record.levelno == logging.ERROR and "Traceback" in record.getMessage()
    assert_no_secret(logged(caplog), "the log")
    row = await store.feed_by_source(url)
    assert row is not None and row.last_error == result.error


# --- the command line ----------------------------------------------------------------------


async def test_the_cli_never_prints_a_feeds_credentials(
    tmp_path: Path, cli_env: dict[str, str], feed: FeedServer
) -> None:
    db = tmp_path / "bot.sqlite3"
    url = secret_url(feed)
    cli_env["LOG_LEVEL"] = "INFO"
    feed.mode = "500"
    runs = []

    def ingest(*extra: str) -> Any:
        return run_cli(["ingest", *extra, "--db", str(db), url], cli_env, tmp_path)

    # The subprocesses run off the event loop, which keeps the feed host serving.
    runs.append(await asyncio.to_thread(ingest))
    runs.append(await asyncio.to_thread(ingest, "--json"))
    await feed.stop()
    runs.append(await asyncio.to_thread(ingest))
    runs.append(await asyncio.to_thread(ingest, "--json"))
    for run in runs:
        assert run.returncode == 1, run.stderr
        assert_no_secret(run.stdout + run.stderr, f"ingest output {run.args}")
    assert runs[0].stdout == f"FAILED {redact_url(url)}: HTTP 500 from {redact_url(url)}\n"
    assert runs[2].stdout.startswith(f"FAILED {redact_url(url)}: cannot reach")
    last = json.loads(runs[3].stdout)
    assert last["source"] == redact_url(url) and last["error"].startswith("cannot reach")
    async with await Store.open(db) as store:
        row = await store.feed_by_source(url)
    assert row is not None and row.failures == 4
    assert_no_secret(row.last_error or "", "feeds.last_error")


# --- Discord: /about and /announce status --------------------------------------------------


@pytest.fixture
def servers() -> list[Server]:
    return [make_server("Podcasts")]


@pytest.fixture
async def fake(servers: list[Server]) -> AsyncIterator[FakeDiscord]:
    async with FakeDiscord(guilds=[s.guild for s in servers]) as discord_fake:
        yield discord_fake
        assert discord_fake.errors == []


@contextlib.asynccontextmanager
async def bot_polling(fake: FakeDiscord, db: Path, *sources: str) -> AsyncIterator[Running]:
    """The real bot on ``db`` polling ``sources``; returns once its first pass is done."""
    settings = Settings(discord_token=TOKEN, database_path=str(db), feed_urls=sources)
    bot = PodcastBot(settings, db, application_id=fake.application_id, guild_ready_timeout=0.1)
    bot.defer_after = 10.0
    async with running_bot(bot, fake, TOKEN):
        cog = bot.get_cog("Announce")
        assert type(cog).__name__ == Announce.__name__ and isinstance(cog, commands.Cog)
        await fake.wait_until(lambda: cog.cycles >= 1, 10, "the first poll")
        yield Running(bot, cog, Clock())  # type: ignore[arg-type]


async def test_members_and_admins_never_see_credentials_or_paths(
    fake: FakeDiscord,
    feed: FeedServer,
    servers: list[Server],
    tmp_path: Path,
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.INFO)
    server = servers[0]
    url = secret_url(feed)
    feed.mode = "500"
    async with bot_polling(fake, tmp_path / "bot.sqlite3", url, MISSING_FILE) as run:
        await feed.stop()
        await run.run_pass()  # the host is gone now: "cannot reach"
        row = await run.bot.store.feed_by_source(url)
        assert row is not None and row.failures == 2 and row.last_error is not None
        assert row.last_error.startswith("cannot reach")

        about = await run.bot.store.feeds()
        assert {f.source for f in about} >= {url, source_key(MISSING_FILE)}
        inter = await fake.send_command("about", user_id=server.member.id)
        message = await inter.response_message()
        shown = json.dumps(message)
        # Only the podcast that loaded (the bundled one), by title; no failed source at all.
        assert "Latin America Today — 10 episodes" in field_values(message)["Podcasts"]
        for hidden in (*SECRETS, "127.0.0.1", "alice", "private-podcasts", "feed.xml"):
            assert hidden not in shown, hidden

        status = await announce(fake, server, "status")
        fields = field_values(status)
        shown = json.dumps(status)
        assert_no_secret(shown, "/announce status")
        assert "private-podcasts" not in shown and "alice" not in shown
        failing = fields[redact_url(url)]
        assert "Last error: cannot reach" in failing and "(2 in a row)" in failing
        assert "Last error: no such file: feed.xml" in fields["feed.xml"]
    assert_no_secret(logged(caplog), "the log")


async def test_status_redacts_errors_stored_before_redaction(
    fake: FakeDiscord, feed: FeedServer, servers: list[Server], tmp_path: Path
) -> None:
    db = tmp_path / "bot.sqlite3"
    url = secret_url(feed)
    async with await Store.open(db) as store:
        await ingest_source(store, str(BUNDLED_FEED))
        # What an older version stored: the raw URL, in 12 KB of text.
        raw = f"cannot reach {url}: 400, message='Bad status line: " + "x" * 12_000
        await store.record_fetch(url, status="error", error=raw, failures=3)
    feed.mode = "hang"  # the bot's own first poll must not replace that error
    async with bot_polling(fake, db) as run:  # polls nothing; status lists no feed
        run.bot.settings = Settings(discord_token=TOKEN, database_path=str(db), feed_urls=(url,))
        status = await announce(fake, servers[0], "status")
    shown = json.dumps(status)
    assert_no_secret(shown, "/announce status")
    error = field_values(status)[redact_url(url)].splitlines()[-2]
    assert error.startswith(f"Last error: cannot reach {redact_url(url)}: 400")
    assert len(error) < ERROR_CHARS + 40
