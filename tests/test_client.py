"""The bot process: log redaction, the command-payload hash, shard settings."""

from __future__ import annotations

import asyncio
import io
import logging
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import bot.discord.client
from bot.config import Settings
from bot.discord.client import (
    REDACTED,
    RedactSecrets,
    configure_logging,
    install_redaction,
    payload_hash,
    run_bot,
)
from tests.discord_fake import FakeDiscord, FakeGuild, patch_discord_endpoints

SECRET = "MTIzNDU2.secret-token.abcdef"


@pytest.fixture
def captured() -> Iterator[tuple[logging.Logger, io.StringIO]]:
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.setFormatter(logging.Formatter("%(name)s %(message)s"))
    install_redaction([SECRET, None, ""], [handler])
    logger = logging.getLogger("tests.redaction")
    logger.addHandler(handler)
    logger.setLevel(logging.DEBUG)
    logger.propagate = False
    yield logger, stream
    logger.removeHandler(handler)


def test_secret_is_redacted_from_messages_arguments_and_tracebacks(
    captured: tuple[logging.Logger, io.StringIO],
) -> None:
    logger, stream = captured
    logger.info("token is %s", SECRET)
    logger.info(f"Authorization: Bot {SECRET}")
    logger.info("dict %r", {"token": SECRET})
    try:
        raise ValueError(f"bad token {SECRET}")
    except ValueError:
        logger.exception("failed")
    logger.info("stack", stack_info=True, extra={})
    output = stream.getvalue()
    assert SECRET not in output
    assert output.count(REDACTED) == 4
    assert "ValueError: bad token [REDACTED]" in output


def test_credentials_in_urls_are_redacted_from_any_logger(
    captured: tuple[logging.Logger, io.StringIO],
) -> None:
    # A library (aiohttp, aiosqlite) may log a feed URL as it was configured.
    logger, stream = captured
    logger.warning("GET %s failed", "https://alice:hunter2@feeds.example/rss?token=s3cr3t")
    try:
        raise OSError("cannot reach http://bob:pw-77@127.0.0.1:9/feed?key=k-99")
    except OSError:
        logger.exception("fetch failed")
    output = stream.getvalue()
    for secret in ("hunter2", "s3cr3t", "pw-77", "k-99"):
        assert secret not in output
    assert "feeds.example/rss" in output


def test_aiosqlite_statements_are_never_logged(tmp_path: Path) -> None:
    # At DEBUG, aiosqlite logs each statement with its parameters (feed URLs among them).
    import subprocess
    import sys

    from tests.conftest import REPO

    code = (
        "import logging; from bot.__main__ import main; "
        "main(['--db', 'x.db', 'ingest', 'missing.xml']); "
        "print(logging.getLogger('aiosqlite').getEffectiveLevel())"
    )
    env = {"PATH": "/usr/bin:/bin", "LOG_LEVEL": "DEBUG", "PYTHONPATH": str(REPO)}
    done = subprocess.run(
        [sys.executable, "-c", code],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.stdout.strip().splitlines()[-1] == str(logging.INFO)
    assert "aiosqlite" not in done.stderr


def test_records_without_the_secret_are_untouched() -> None:
    record = logging.LogRecord("x", logging.INFO, __file__, 1, "%s and %d", ("a", 2), None)
    assert RedactSecrets([SECRET]).filter(record)
    assert record.args == ("a", 2) and record.getMessage() == "a and 2"
    # Too short to be a token: never replaced (it would blank out ordinary words).
    assert RedactSecrets(["abc"]).secrets == []


def test_configure_logging_covers_the_root_handlers() -> None:
    root = logging.getLogger()
    handler = logging.StreamHandler(io.StringIO())
    saved = (
        root.level,
        logging.getLogger("discord").level,
        logging.getLogger("discord.http").level,
    )
    root.addHandler(handler)
    try:
        configure_logging("WARNING", [SECRET])
        assert root.level == logging.WARNING
        assert logging.getLogger("discord").level == logging.WARNING
        assert any(isinstance(f, RedactSecrets) for f in handler.filters)
        logging.getLogger("discord.gateway").warning("sent %s", SECRET)
        assert SECRET not in handler.stream.getvalue()  # type: ignore[attr-defined]
    finally:
        root.removeHandler(handler)
        root.setLevel(saved[0])
        logging.getLogger("discord").setLevel(saved[1])
        logging.getLogger("discord.http").setLevel(saved[2])
        for h in root.handlers:
            h.filters[:] = [f for f in h.filters if not isinstance(f, RedactSecrets)]


def test_payload_hash_ignores_key_order_and_sees_every_change() -> None:
    one = [{"name": "ask", "description": "Ask", "options": [{"name": "q", "type": 3}]}]
    same = [{"options": [{"type": 3, "name": "q"}], "description": "Ask", "name": "ask"}]
    changed = [{"name": "ask", "description": "Ask!", "options": [{"name": "q", "type": 3}]}]
    assert payload_hash(one) == payload_hash(same)
    assert payload_hash(one) != payload_hash(changed)


@pytest.mark.parametrize(
    "settings",
    [
        Settings(discord_token="x" * 20, shard_ids=(0, 1)),
        Settings(discord_token="x" * 20, shard_count=2, shard_ids=(2,)),
    ],
)
def test_inconsistent_shard_settings_are_refused_before_connecting(
    settings: Settings, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run_bot(settings, ":memory:") == 2
    assert "SHARD" in capsys.readouterr().err


@pytest.fixture
def restore_logging() -> Iterator[None]:
    """Undo what ``configure_logging`` does to the process's loggers and handlers."""
    names = ["", "discord", "discord.http"]
    levels = {n: logging.getLogger(n).level for n in names}
    handlers = {h: list(h.filters) for h in logging.getLogger().handlers}
    yield
    for name, level in levels.items():
        logging.getLogger(name).setLevel(level)
    for handler, filters in handlers.items():
        handler.filters[:] = filters


@pytest.fixture
def fake_in_thread() -> Iterator[FakeDiscord]:
    """The loopback Discord on its own event loop, so ``run_bot`` can own the main one."""
    loop = asyncio.new_event_loop()
    thread = threading.Thread(target=loop.run_forever, daemon=True)
    thread.start()
    fake = FakeDiscord(guilds=[FakeGuild(name="Podcasts")], token="the-right-token")
    asyncio.run_coroutine_threadsafe(fake.start(), loop).result(10)
    try:
        yield fake
    finally:
        asyncio.run_coroutine_threadsafe(fake.stop(), loop).result(10)
        loop.call_soon_threadsafe(loop.stop)
        thread.join(10)
        loop.close()


class StopWhenReady(bot.discord.client.PodcastBot):
    """The real bot, stopping itself once connected (stands in for Ctrl-C)."""

    def __init__(self, *args: Any, **options: Any) -> None:
        options.setdefault("guild_ready_timeout", 0.1)  # not discord.py's 2 s wait
        super().__init__(*args, **options)

    async def on_ready(self) -> None:
        await self.close()


def test_run_bot_starts_the_bot_and_returns_0(
    fake_in_thread: FakeDiscord,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    restore_logging: None,
) -> None:
    monkeypatch.setattr(bot.discord.client, "PodcastBot", StopWhenReady)
    settings = Settings(discord_token="the-right-token", log_level="WARNING")
    with patch_discord_endpoints(fake_in_thread):
        assert run_bot(settings, str(tmp_path / "bot.sqlite3")) == 0
    assert [i["token"] for i in fake_in_thread.identifies] == ["the-right-token"]
    assert fake_in_thread.find_requests("PUT", r"/commands$")
    assert fake_in_thread.errors == []


def test_run_bot_with_a_wrong_token_exits_1(
    fake_in_thread: FakeDiscord,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    restore_logging: None,
) -> None:
    settings = Settings(discord_token="a-wrong-token", log_level="WARNING")
    with patch_discord_endpoints(fake_in_thread):
        assert run_bot(settings, str(tmp_path / "bot.sqlite3")) == 1
    assert "refused the token" in capsys.readouterr().err
    assert fake_in_thread.identifies == []
