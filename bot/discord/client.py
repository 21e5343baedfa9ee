"""The Discord bot: start-up, command sync, logging, shutdown.

Start-up follows discord.py's ``advanced_startup.py``: the bot runs under ``async with``
and everything that needs the event loop (the database, the answerer, the extensions)
happens in :meth:`PodcastBot.setup_hook`, before the gateway connects.

Slash commands are synced only when their definitions change: a hash of the translated
command payload is kept in the database's ``meta`` table per application and scope
(global, or one guild), and compared on every start. ``python -m bot sync`` forces it.
"""

from __future__ import annotations

import asyncio
import hashlib
import json
import logging
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import aiohttp
import discord
from discord import app_commands
from discord.ext import commands

from bot.answer import Answerer
from bot.config import Settings
from bot.discord.errors import PodcastTree
from bot.discord.i18n import BotTranslator
from bot.ingest import ensure_bundled
from bot.parse_pool import ParsePool
from bot.store import Store
from bot.text import redact

log = logging.getLogger(__name__)

# Extensions loaded at start-up, in order.
EXTENSIONS: tuple[str, ...] = (
    "bot.discord.episodes.cog",
    "bot.discord.announce.cog",
    "bot.discord.follow.cog",
    "bot.discord.anywhere",  # last: it opens the other extensions' commands to user installs
)

DEFAULT_DEFER_AFTER = 2.0  # seconds of work before an interaction is deferred (Discord: 3)
SYNC_META_PREFIX = "command_sync"
EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2
REDACTED = "[REDACTED]"

# The bot never joins voice: no start-up warnings about voice libraries it does not need.
discord.VoiceClient.warn_nacl = False
discord.VoiceClient.warn_dave = False


# --- logging --------------------------------------------------------------------------------


class RedactSecrets(logging.Filter):
    """Replaces secrets (the bot token, credentials in URLs) in a log record's message and
    traceback.

    Attached to handlers, so it sees the records of every logger (discord.py's and aiohttp's
    too): a feed URL's user-info or query in a library's message never reaches the log.
    """

    def __init__(self, secrets: Iterable[str | None]) -> None:
        super().__init__()
        # Longest first, so a secret that contains another is replaced whole.
        self.secrets = sorted({s for s in secrets if s and len(s) >= 4}, key=len, reverse=True)
        self._formatter = logging.Formatter()

    def redact(self, text: str) -> str:
        for secret in self.secrets:
            text = text.replace(secret, REDACTED)
        return redact(text)

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        redacted = self.redact(message)
        if redacted != message:
            record.msg, record.args = redacted, None
        if record.exc_info and not record.exc_text:
            record.exc_text = self._formatter.formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = self.redact(record.exc_text)
        if record.stack_info:
            record.stack_info = self.redact(record.stack_info)
        return True


def install_redaction(
    secrets: Iterable[str | None], handlers: Iterable[logging.Handler] | None = None
) -> RedactSecrets:
    """Add a :class:`RedactSecrets` filter to ``handlers`` (default: the root logger's)."""
    redactor = RedactSecrets(secrets)
    for handler in logging.getLogger().handlers if handlers is None else handlers:
        handler.addFilter(redactor)
    return redactor


def configure_logging(level: str, secrets: Iterable[str | None] = ()) -> None:
    """Log the bot and discord.py at ``level`` (LOG_LEVEL), with secrets redacted."""
    numeric = getattr(logging, level.upper(), logging.INFO)
    root = logging.getLogger()
    if not root.handlers:  # ``python -m bot`` has set up a handler already
        discord.utils.setup_logging(level=numeric, root=True)
    root.setLevel(numeric)
    logging.getLogger("discord").setLevel(numeric)
    # discord.http at DEBUG prints every request body: useful, but only when asked for.
    logging.getLogger("discord.http").setLevel(max(numeric, logging.INFO))
    install_redaction(secrets)


# --- the bot --------------------------------------------------------------------------------


def payload_hash(payload: list[dict[str, Any]]) -> str:
    """A stable hash of a command payload (key order does not matter)."""
    blob = json.dumps(payload, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(blob.encode()).hexdigest()


class PodcastBot(commands.AutoShardedBot):
    """The podcast bot: slash commands only, no privileged intents, no pings ever."""

    def __init__(
        self, settings: Settings, db_path: str | Path, *, auto_sync: bool = True, **options: Any
    ) -> None:
        options.setdefault("shard_count", settings.shard_count)
        if settings.shard_ids:
            options.setdefault("shard_ids", list(settings.shard_ids))
        super().__init__(
            command_prefix=commands.when_mentioned,
            help_command=None,
            intents=discord.Intents.default(),
            allowed_mentions=discord.AllowedMentions.none(),
            tree_cls=PodcastTree,
            **options,
        )
        self.settings = settings
        self.db_path = str(db_path)
        self.auto_sync = auto_sync
        self.defer_after = DEFAULT_DEFER_AFTER
        self._store: Store | None = None
        self._answerer: Answerer | None = None
        self.parse_pool: ParsePool | None = None  # set up in setup_hook, closed in close

    @property
    def store(self) -> Store:
        if self._store is None:
            raise RuntimeError("the bot is not set up yet (setup_hook has not run)")
        return self._store

    @property
    def answerer(self) -> Answerer:
        if self._answerer is None:
            raise RuntimeError("the bot is not set up yet (setup_hook has not run)")
        return self._answerer

    async def on_message(self, message: discord.Message, /) -> None:
        """No prefix commands (slash commands only): a mention is answered by the
        :mod:`bot.discord.anywhere` listener, not parsed as a command."""

    async def setup_hook(self) -> None:
        """Open the database, build the answerer, load the extensions, sync if changed."""
        self._store = await Store.open(self.db_path)
        self.parse_pool = ParsePool()
        await ensure_bundled(self._store, self.parse_pool)
        self._answerer = await Answerer.create(self._store)
        await self._answerer.warm_up()
        await self.tree.set_translator(BotTranslator())
        # Each extension registers its persistent components (DynamicItems) in its setup(),
        # so buttons sent before a restart keep working.
        for extension in EXTENSIONS:
            await self.load_extension(extension)
        if self.auto_sync:
            try:
                await self.sync_if_changed()
            except discord.HTTPException:
                # The commands synced last time still work; try again on the next start.
                log.exception("command sync failed; keeping the commands Discord has")

    # --- command sync ---------------------------------------------------------------

    def _scope(self, guild_id: int | None) -> tuple[discord.Object | None, str]:
        if guild_id is None:
            return None, "global"
        guild = discord.Object(id=guild_id)
        self.tree.copy_global_to(guild=guild)
        return guild, f"guild:{guild_id}"

    def _meta_key(self, scope: str) -> str:
        return f"{SYNC_META_PREFIX}:{self.application_id}:{scope}"

    async def command_payload(
        self, guild: discord.abc.Snowflake | None = None
    ) -> list[dict[str, Any]]:
        """The payload ``tree.sync`` would send for ``guild`` (``None``: global)."""
        commands_ = self.tree.get_commands(guild=guild)
        translator = self.tree.translator
        if translator is None:
            return [c.to_dict(self.tree) for c in commands_]
        return [await c.get_translated_payload(self.tree, translator) for c in commands_]

    async def sync_if_changed(self) -> bool:
        """Sync the commands if they changed since the last sync; ``True`` if it synced.

        With DEV_GUILD_ID the global commands are copied to that guild and synced there,
        where changes show at once.
        """
        guild, scope = self._scope(self.settings.dev_guild_id)
        digest = payload_hash(await self.command_payload(guild))
        if await self.store.get_meta(self._meta_key(scope)) == digest:
            log.info("slash commands unchanged (%s): no sync", scope)
            return False
        synced = await self.tree.sync(guild=guild)
        await self.store.set_meta(self._meta_key(scope), digest)
        log.info("synced %d slash commands (%s)", len(synced), scope)
        return True

    async def sync_now(
        self, guild_id: int | None = None
    ) -> tuple[str, list[app_commands.AppCommand]]:
        """Sync the commands now (to ``guild_id``, else globally) and record their hash."""
        guild, scope = self._scope(guild_id)
        digest = payload_hash(await self.command_payload(guild))
        synced = await self.tree.sync(guild=guild)
        await self.store.set_meta(self._meta_key(scope), digest)
        return scope, synced

    async def close(self) -> None:
        await super().close()
        if self._store is not None:
            store, self._store = self._store, None
            await store.close()
        if self.parse_pool is not None:
            pool, self.parse_pool = self.parse_pool, None
            await pool.close()


# --- entry points (python -m bot, python -m bot sync) ----------------------------------------


def _check_shards(settings: Settings) -> str | None:
    if settings.shard_ids and not settings.shard_count:
        return "SHARD_IDS needs SHARD_COUNT (the total number of shards across processes)"
    if settings.shard_ids and settings.shard_count:
        bad = [i for i in settings.shard_ids if i >= settings.shard_count]
        if bad:
            return f"SHARD_IDS {bad} must be below SHARD_COUNT ({settings.shard_count})"
    return None


async def _run(settings: Settings, db: str) -> None:
    token = settings.discord_token or ""
    async with PodcastBot(settings, db) as bot:
        await bot.start(token)


def run_bot(settings: Settings, db: str) -> int:
    """Run the bot until it is stopped; returns the process exit code."""
    problem = _check_shards(settings)
    if problem:
        print(f"error: {problem}", file=sys.stderr)
        return EXIT_USAGE
    configure_logging(settings.log_level, [settings.discord_token])
    try:
        asyncio.run(_run(settings, db))
    except KeyboardInterrupt:
        log.info("stopped")
    except discord.LoginFailure:
        print("error: Discord refused the token: check DISCORD_TOKEN", file=sys.stderr)
        return EXIT_FAILED
    except discord.PrivilegedIntentsRequired as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_FAILED
    except UNREACHABLE as exc:
        # Only logging in can fail this way: once connected, discord.py reconnects itself.
        print(unreachable_message(exc), file=sys.stderr)
        return EXIT_FAILED
    return EXIT_OK


# Discord cannot be reached: no network, DNS, a refused or timed-out connection.
UNREACHABLE = (aiohttp.ClientError, TimeoutError, discord.GatewayNotFound)


def unreachable_message(exc: BaseException) -> str:
    """One line for an operator; the kind of failure only (no URL, no token)."""
    return (
        f"error: Discord could not be reached ({type(exc).__name__}): "
        "check the network connection and try again"
    )


async def sync_commands(settings: Settings, db: str, guild_id: int | None = None) -> int:
    """Push the slash commands to Discord now (``python -m bot sync [--guild ID]``).

    Logs in over REST only (no gateway), syncs, records the payload hash so the next start
    does not sync again, and prints what was synced.
    """
    configure_logging(settings.log_level, [settings.discord_token])
    bot = PodcastBot(settings, db, auto_sync=False)
    try:
        async with bot:
            await bot.login(settings.discord_token or "")
            _, synced = await bot.sync_now(guild_id)
    except discord.LoginFailure:
        print("error: Discord refused the token: check DISCORD_TOKEN", file=sys.stderr)
        return EXIT_FAILED
    except discord.HTTPException as exc:
        print(f"error: sync failed: {exc.status} {exc.text}", file=sys.stderr)
        return EXIT_FAILED
    except UNREACHABLE as exc:
        print(unreachable_message(exc), file=sys.stderr)
        return EXIT_FAILED
    where = "globally" if guild_id is None else f"to guild {guild_id}"
    # Slash commands with their "/", message menus by name (in quotes).
    names = ", ".join(
        f"/{c.name}" if c.type == discord.AppCommandType.chat_input else f"“{c.name}”"
        for c in sorted(synced, key=lambda c: c.name)
    )
    print(f"Synced {len(synced)} commands {where}: {names}")
    return EXIT_OK
