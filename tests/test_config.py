"""Settings (issue 9, item 12): every setting has a range, checked at start in one line."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from bot.config import ConfigError, Settings
from tests.conftest import run_cli


def load(**values: str) -> Settings:
    return Settings.load(env_file=None, environ=values)


def test_defaults_and_good_values() -> None:
    assert load() == Settings()
    settings = load(
        POLL_INTERVAL_SECONDS="604800",
        ANNOUNCE_MAX_AGE_DAYS="0",
        DEV_GUILD_ID="1234567890123456789",
        SHARD_COUNT="4",
        SHARD_IDS="2, 3",
        LOG_LEVEL="debug",
    )
    assert settings.poll_interval_seconds == 604800
    assert settings.announce_max_age_days == 0
    assert settings.dev_guild_id == 1234567890123456789
    assert (settings.shard_count, settings.shard_ids) == (4, (2, 3))
    assert settings.log_level == "DEBUG"


@pytest.mark.parametrize(
    ("name", "value", "extra"),
    [
        ("POLL_INTERVAL_SECONDS", "99999999999999999999", {}),
        ("POLL_INTERVAL_SECONDS", "0", {}),
        ("POLL_INTERVAL_SECONDS", "604801", {}),
        ("POLL_INTERVAL_SECONDS", "ten", {}),
        ("ANNOUNCE_MAX_AGE_DAYS", "1000000", {}),
        ("ANNOUNCE_MAX_AGE_DAYS", "-1", {}),
        ("DEV_GUILD_ID", "0", {}),
        ("DEV_GUILD_ID", str(2**64), {}),
        ("SHARD_COUNT", "0", {}),
        ("SHARD_COUNT", "1" + "0" * 30, {}),
        ("SHARD_IDS", "-1", {"SHARD_COUNT": "2"}),
        ("SHARD_IDS", "2", {"SHARD_COUNT": "2"}),
        ("SHARD_IDS", "0,0", {"SHARD_COUNT": "2"}),
        ("SHARD_IDS", "0,x", {"SHARD_COUNT": "2"}),
        ("SHARD_IDS", "0", {}),
        ("LOG_LEVEL", "LOUD", {}),
    ],
)
def test_out_of_range_is_one_line_naming_the_setting(
    name: str, value: str, extra: dict[str, str]
) -> None:
    with pytest.raises(ConfigError) as caught:
        load(**{name: value}, **extra)
    message = str(caught.value)
    assert message.startswith(name) and "\n" not in message and len(message) < 200


def test_env_file_is_read(tmp_path: Path) -> None:
    env = tmp_path / ".env"
    env.write_text("\ufeffPOLL_INTERVAL_SECONDS=30\nDATABASE_PATH=x.db\n", encoding="utf-8")
    settings = Settings.load(env, environ={"DATABASE_PATH": "y.db"})
    assert (settings.poll_interval_seconds, settings.database_path) == (30, "y.db")
    assert Settings.load(tmp_path / "missing", environ={}) == Settings()


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"LOG_LEVEL=INFO\nDATABASE_PATH=caf\xe9.db\n", "not UTF-8 (line 2)"),
        ("LOG_LEVEL=INFO\n".encode("utf-16"), "UTF-16"),
        ("LOG_LEVEL=INFO\n".encode("utf-16-le"), "UTF-16"),
    ],
)
def test_env_file_not_utf8(tmp_path: Path, content: bytes, expected: str) -> None:
    env = tmp_path / ".env"
    env.write_bytes(content)
    with pytest.raises(ConfigError, match=re.escape(expected)) as caught:
        Settings.load(env, environ={})
    assert str(env) in str(caught.value) and "\n" not in str(caught.value)


def test_env_file_that_is_a_folder(tmp_path: Path) -> None:
    env = tmp_path / ".env"
    env.mkdir()
    with pytest.raises(ConfigError, match="is not a file"):
        Settings.load(env, environ={})


def test_env_file_that_cannot_be_read(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    env = tmp_path / ".env"
    env.write_text("LOG_LEVEL=INFO\n")

    def refuse(self: Path) -> bytes:  # root reads any file: stand in for a 000 mode
        raise PermissionError(13, "Permission denied", str(self))

    monkeypatch.setattr(Path, "read_bytes", refuse)
    with pytest.raises(ConfigError, match="cannot be read: Permission denied"):
        Settings.load(env, environ={})


def test_cli_reports_a_bad_setting_in_one_line(tmp_path: Path, cli_env: dict[str, str]) -> None:
    env = {**cli_env, "POLL_INTERVAL_SECONDS": "99999999999999999999"}
    proc = run_cli(["ask", "latest"], env, tmp_path)
    assert proc.returncode == 2
    assert proc.stderr.strip().splitlines() == [
        "error: POLL_INTERVAL_SECONDS must be between 1 and 604800, not '99999999999999999999'"
    ]
    (tmp_path / ".env").write_bytes("LOG_LEVEL=INFO\n".encode("utf-16"))
    proc = run_cli(["ask", "latest"], cli_env, tmp_path)
    assert proc.returncode == 2 and "Traceback" not in proc.stderr
    assert proc.stderr.startswith("error: .env is not UTF-8")
    assert not (tmp_path / "data").exists()  # nothing was created
