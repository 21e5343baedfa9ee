"""Running the real discord.py client against the fake: endpoints patched, bot started,
waited for and closed.
"""

# Test helpers deliberately take ``timeout=`` (a bounded wait is the whole point of them).

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import AsyncIterator, Iterator

import discord
import discord.gateway
import discord.http
import yarl

from tests.discord_fake.server import FakeDiscord

_log = logging.getLogger(__name__)


@contextlib.contextmanager
def patch_discord_endpoints(fake: FakeDiscord) -> Iterator[None]:
    """Point discord.py's REST base and default gateway at ``fake``; restore on exit."""
    old_base = discord.http.Route.BASE
    old_gateway = discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY
    discord.http.Route.BASE = fake.rest_base
    discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY = yarl.URL(fake.ws_url)
    try:
        yield
    finally:
        discord.http.Route.BASE = old_base
        discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY = old_gateway


@contextlib.asynccontextmanager
async def running_bot(
    bot: discord.Client,
    fake: FakeDiscord,
    token: str = "fake-token",
    *,
    ready_timeout: float = 10.0,
) -> AsyncIterator[discord.Client]:
    """Run ``bot.start(token)`` against ``fake`` until the block exits.

    Waits for ``bot.wait_until_ready()`` (raising the start error if the bot dies
    first) and for the fake to have served every shard; closes the bot afterwards.
    """
    with patch_discord_endpoints(fake):
        start_task = asyncio.create_task(bot.start(token), name="fake-discord-bot")
        ready_task = asyncio.create_task(bot.wait_until_ready())
        try:
            done, _ = await asyncio.wait(
                {start_task, ready_task}, timeout=ready_timeout, return_when=asyncio.FIRST_COMPLETED
            )
            if start_task in done:
                start_task.result()  # re-raise the login/connect error
                raise RuntimeError("bot.start() returned before the bot became ready")
            if ready_task not in done:
                raise TimeoutError(f"bot not ready after {ready_timeout}s")
            await fake.wait_for_shards(ready_timeout)
            yield bot
        finally:
            ready_task.cancel()
            await bot.close()
            try:
                await asyncio.wait_for(start_task, timeout=5.0)
            except asyncio.CancelledError:
                pass
            except Exception:  # the bot's own failure was already reported above
                _log.debug("bot.start() ended with an error", exc_info=True)
