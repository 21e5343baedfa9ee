"""One typed settings object, read from the environment and a ``.env`` file."""

from __future__ import annotations

import io
import os
from dataclasses import dataclass, field
from pathlib import Path

from dotenv import dotenv_values

DEFAULT_FEED_URL = "https://wolapodcast.libsyn.com/rss"
DEFAULT_DATABASE = "data/bot.sqlite3"

# The range of every number setting, checked at start: a value out of range would break
# later (a poll interval too large for the event loop's timer kills the announce loop).
POLL_INTERVAL_RANGE = (1, 7 * 86400)  # one second to a week
ANNOUNCE_MAX_AGE_RANGE = (0, 3650)  # days; 0 means no age limit
ALERT_AFTER_RANGE = (1, 720)  # hours a feed may fail before an alert (1 hour to 30 days)
SNOWFLAKE_RANGE = (1, 2**63 - 1)  # Discord ids are 63-bit positive integers
SHARD_COUNT_RANGE = (1, 100_000)
INGEST_WORKERS_RANGE = (1, 4)  # 1: a command line ingest prepares every feed in its process
LOG_LEVELS = ("DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL")
TRUE_WORDS = ("TRUE", "YES", "ON", "1")
FALSE_WORDS = ("FALSE", "NO", "OFF", "0")


class ConfigError(ValueError):
    """A setting with a value that cannot be used; the message names the setting."""


def _shown(raw: str) -> str:
    """A bad value as quoted in an error: short, and one line."""
    return repr(raw if len(raw) <= 40 else raw[:40] + "...")


def _whole(name: str, raw: str, bounds: tuple[int, int]) -> int:
    low, high = bounds
    try:
        value = int(raw)
    except ValueError:
        raise ConfigError(f"{name} must be a whole number, not {_shown(raw)}") from None
    if not low <= value <= high:
        raise ConfigError(f"{name} must be between {low} and {high}, not {_shown(raw)}")
    return value


def _int(env: dict[str, str], name: str, default: int, bounds: tuple[int, int]) -> int:
    """A whole number setting within ``bounds`` (inclusive); empty means ``default``."""
    raw = env.get(name, "").strip()
    return _whole(name, raw, bounds) if raw else default


def _optional_int(env: dict[str, str], name: str, bounds: tuple[int, int]) -> int | None:
    """A whole number setting within ``bounds``, or ``None`` when it is not set."""
    raw = env.get(name, "").strip()
    return _whole(name, raw, bounds) if raw else None


def _int_list(env: dict[str, str], name: str, bounds: tuple[int, int]) -> list[int] | None:
    """Comma-separated whole numbers, each within ``bounds``, no repeats; ``None`` if unset."""
    raw = env.get(name, "").strip()
    if not raw:
        return None
    parts = [part.strip() for part in raw.replace(";", ",").split(",") if part.strip()]
    values = [_whole(name, part, bounds) for part in parts]
    if len(set(values)) != len(values):
        raise ConfigError(f"{name} lists a number twice: {_shown(raw)}")
    return values


def _choice(env: dict[str, str], name: str, default: str, choices: tuple[str, ...]) -> str:
    """One of ``choices`` (case-insensitive); empty means ``default``."""
    value = env.get(name, "").strip().upper() or default
    if value not in choices:
        raise ConfigError(f"{name} must be {', '.join(choices)}, not {_shown(value)}")
    return value


def _flag(env: dict[str, str], name: str, default: bool) -> bool:
    """A yes/no setting (true/false, yes/no, on/off, 1/0); empty means ``default``."""
    value = env.get(name, "").strip().upper()
    if not value:
        return default
    if value not in TRUE_WORDS + FALSE_WORDS:
        raise ConfigError(f"{name} must be true or false, not {_shown(value)}")
    return value in TRUE_WORDS


def _read_env_file(path: Path) -> dict[str, str]:
    """The settings in a ``.env`` file; a file that cannot be read as UTF-8 is an error.

    A missing file is no settings. One that exists but cannot be used (a folder, no
    permission, another encoding) would otherwise be ignored or misread in silence.
    """
    if not path.exists():
        return {}
    if not path.is_file():
        raise ConfigError(f"{path} is not a file: remove it or make it a settings file")
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ConfigError(f"{path} cannot be read: {exc.strerror or exc}") from None
    if data.startswith((b"\xff\xfe", b"\xfe\xff")) or b"\x00" in data:
        raise ConfigError(f"{path} is not UTF-8 (it looks like UTF-16): save it as UTF-8")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise ConfigError(f"{path} is not UTF-8 (line {line}): save it as UTF-8") from None
    values = dotenv_values(stream=io.StringIO(text))
    return {k: v for k, v in values.items() if v is not None}


@dataclass(frozen=True, slots=True)
class Settings:
    """Every setting the bot reads; see ``.env.example`` for what each one does."""

    discord_token: str | None = field(default=None, repr=False)  # never printed
    database_path: str = DEFAULT_DATABASE
    feed_urls: tuple[str, ...] = (DEFAULT_FEED_URL,)
    poll_interval_seconds: int = 600
    dev_guild_id: int | None = None
    log_level: str = "INFO"
    announce_max_age_days: int = 7
    shard_count: int | None = None
    shard_ids: tuple[int, ...] | None = None
    topics_file: str | None = None  # the operator's own data files instead of the bundled
    people_file: str | None = None
    fetch_moments: bool = True  # fetch chapters files and transcripts while serving
    alert_after_hours: int = 6  # a feed failing this long is an incident (/announce alerts)
    # Processes a command line ingest prepares large feeds in; None: as many as the cores
    # (at most 4), started only while a core is free.
    ingest_workers: int | None = None

    @classmethod
    def load(
        cls, env_file: str | Path | None = ".env", environ: dict[str, str] | None = None
    ) -> Settings:
        """Read settings: the process environment wins over the ``.env`` file."""
        env: dict[str, str] = {}
        if env_file:
            env.update(_read_env_file(Path(env_file)))
        env.update(os.environ if environ is None else environ)
        feeds = tuple(
            u.strip() for u in env.get("FEED_URLS", "").replace("\n", ",").split(",") if u.strip()
        )
        shard_count = _optional_int(env, "SHARD_COUNT", SHARD_COUNT_RANGE)
        # Shard ids are checked against the total here, at start, not when the gateway
        # connects: a process must not start serving the wrong shards.
        shard_ids = _int_list(env, "SHARD_IDS", (0, (shard_count or SHARD_COUNT_RANGE[1]) - 1))
        if shard_ids and shard_count is None:
            raise ConfigError("SHARD_IDS needs SHARD_COUNT (the total number of shards)")
        return cls(
            discord_token=env.get("DISCORD_TOKEN", "").strip() or None,
            database_path=env.get("DATABASE_PATH", "").strip() or DEFAULT_DATABASE,
            feed_urls=feeds or (DEFAULT_FEED_URL,),
            poll_interval_seconds=_int(env, "POLL_INTERVAL_SECONDS", 600, POLL_INTERVAL_RANGE),
            dev_guild_id=_optional_int(env, "DEV_GUILD_ID", SNOWFLAKE_RANGE),
            log_level=_choice(env, "LOG_LEVEL", "INFO", LOG_LEVELS),
            announce_max_age_days=_int(env, "ANNOUNCE_MAX_AGE_DAYS", 7, ANNOUNCE_MAX_AGE_RANGE),
            shard_count=shard_count,
            shard_ids=tuple(shard_ids) if shard_ids else None,
            topics_file=_data_file(env, "TOPICS_FILE"),
            people_file=_data_file(env, "PEOPLE_FILE"),
            fetch_moments=_flag(env, "FETCH_MOMENTS", True),
            alert_after_hours=_int(env, "ALERT_AFTER_HOURS", 6, ALERT_AFTER_RANGE),
            ingest_workers=_optional_int(env, "INGEST_WORKERS", INGEST_WORKERS_RANGE),
        )


def _data_file(env: dict[str, str], name: str) -> str | None:
    """An operator's own data file, checked at start: it must be a readable file."""
    raw = env.get(name, "").strip()
    if not raw:
        return None
    if not Path(raw).is_file():
        raise ConfigError(f"{name} must name a data file, and {raw!r} is not one")
    return raw
