"""One typed settings object, read from the environment and a ``.env`` file."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from dotenv import dotenv_values

DEFAULT_FEED_URL = "https://wolapodcast.libsyn.com/rss"
DEFAULT_DATABASE = "data/bot.sqlite3"


class ConfigError(ValueError):
    """A setting with a value that cannot be used; the message names the setting."""


def _int(
    env: dict[str, str], name: str, default: int | None, *, minimum: int | None = None
) -> int | None:
    raw = env.get(name, "").strip()
    if not raw:
        return default
    try:
        value = int(raw)
    except ValueError:
        raise ConfigError(f"{name} must be a whole number, not {raw!r}") from None
    if minimum is not None and value < minimum:
        raise ConfigError(f"{name} must be at least {minimum}, not {value}")
    return value


def _int_list(env: dict[str, str], name: str) -> list[int] | None:
    raw = env.get(name, "").strip()
    if not raw:
        return None
    try:
        return [int(part) for part in raw.replace(";", ",").split(",") if part.strip()]
    except ValueError:
        raise ConfigError(f"{name} must be a comma-separated list of numbers") from None


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

    @classmethod
    def load(
        cls, env_file: str | Path | None = ".env", environ: dict[str, str] | None = None
    ) -> Settings:
        """Read settings: the process environment wins over the ``.env`` file."""
        env: dict[str, str] = {}
        if env_file and Path(env_file).is_file():
            env.update({k: v for k, v in dotenv_values(env_file).items() if v is not None})
        env.update(os.environ if environ is None else environ)
        feeds = tuple(
            u.strip() for u in env.get("FEED_URLS", "").replace("\n", ",").split(",") if u.strip()
        )
        level = env.get("LOG_LEVEL", "INFO").strip().upper() or "INFO"
        if level not in ("DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL"):
            raise ConfigError(
                f"LOG_LEVEL must be DEBUG, INFO, WARNING, ERROR or CRITICAL, not {level!r}"
            )
        shard_ids = _int_list(env, "SHARD_IDS")
        return cls(
            discord_token=env.get("DISCORD_TOKEN", "").strip() or None,
            database_path=env.get("DATABASE_PATH", "").strip() or DEFAULT_DATABASE,
            feed_urls=feeds or (DEFAULT_FEED_URL,),
            poll_interval_seconds=_int(env, "POLL_INTERVAL_SECONDS", 600, minimum=1) or 600,
            dev_guild_id=_int(env, "DEV_GUILD_ID", None, minimum=1),
            log_level=level,
            announce_max_age_days=_int(env, "ANNOUNCE_MAX_AGE_DAYS", 7, minimum=0) or 0,
            shard_count=_int(env, "SHARD_COUNT", None, minimum=1),
            shard_ids=tuple(shard_ids) if shard_ids else None,
            topics_file=_data_file(env, "TOPICS_FILE"),
            people_file=_data_file(env, "PEOPLE_FILE"),
        )


def _data_file(env: dict[str, str], name: str) -> str | None:
    """An operator's own data file, checked at start: it must be a readable file."""
    raw = env.get(name, "").strip()
    if not raw:
        return None
    if not Path(raw).is_file():
        raise ConfigError(f"{name} must name a data file, and {raw!r} is not one")
    return raw
