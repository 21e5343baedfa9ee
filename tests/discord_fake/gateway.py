"""The gateway: websocket connections, IDENTIFY / RESUME / heartbeats, READY and
GUILD_CREATE, and dispatching events to the shard that owns a guild.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import secrets
from dataclasses import dataclass
from typing import Any

from aiohttp import WSMsgType, web

from tests.discord_fake.models import (
    API_VERSION,
    INTENT_GUILD_MEMBERS,
    JSON,
)

_log = logging.getLogger(__name__)


@dataclass
class _GatewaySession:
    session_id: str
    shard_id: int
    shard_count: int
    token: str
    intents: int | None = None
    seq: int = 0


class _GatewayConnection:
    """One websocket connection from a shard."""

    def __init__(self, ws: web.WebSocketResponse, query: dict[str, str]) -> None:
        self.ws = ws
        self.query = query
        self.session: _GatewaySession | None = None
        self.ready = False
        self._lock = asyncio.Lock()

    async def send(self, payload: JSON) -> None:
        async with self._lock:
            await self.ws.send_str(json.dumps(payload))

    async def dispatch(self, event: str, data: Any) -> None:
        assert self.session is not None
        self.session.seq += 1
        await self.send({"op": 0, "t": event, "s": self.session.seq, "d": data})


class GatewayMixin:
    """The gateway half of :class:`~tests.discord_fake.server.FakeDiscord` (mixed into it;
    uses its state)."""

    async def dispatch(
        self, event: str, data: Any, *, guild_id: int | None = None, shard_id: int | None = None
    ) -> int:
        """Send a DISPATCH to the shard owning ``guild_id``, to ``shard_id``, or to every
        ready shard; returns how many connections got it."""
        if shard_id is None and guild_id is not None:
            shard_id = self.shard_for_guild(guild_id)
        sent = 0
        for conn in list(self._connections):
            if not conn.ready or conn.session is None or conn.ws.closed:
                continue
            if shard_id is not None and conn.session.shard_id != shard_id:
                continue
            try:
                await conn.dispatch(event, data)
            except (ConnectionError, RuntimeError):
                _log.debug("dropping closed gateway connection")
                continue
            sent += 1
        return sent

    async def reconnect_shards(self, shard_id: int | None = None) -> None:
        """Send op 7 RECONNECT; discord.py then RESUMEs on ``resume_gateway_url``."""
        for conn in list(self._connections):
            if conn.session and (shard_id is None or conn.session.shard_id == shard_id):
                with contextlib.suppress(ConnectionError, RuntimeError):
                    await conn.send({"op": 7, "d": None})

    async def _ws_handler(self, request: web.Request) -> web.WebSocketResponse:
        ws = web.WebSocketResponse(max_msg_size=0)
        await ws.prepare(request)
        conn = _GatewayConnection(ws, dict(request.query))
        self._connections.append(conn)
        try:
            await conn.send(
                {
                    "op": 10,
                    "s": None,
                    "t": None,
                    "d": {"heartbeat_interval": self.heartbeat_interval_ms},
                }
            )
            async for msg in ws:
                if msg.type is WSMsgType.TEXT:
                    payload = json.loads(msg.data)
                    self.gateway_received.append(payload)
                    await self._on_gateway_frame(conn, payload)
                    self._bump()
                elif msg.type is WSMsgType.ERROR:
                    break
        except (ConnectionError, RuntimeError):
            _log.debug("gateway connection dropped")
        except Exception as exc:  # a bug in the fake: keep it visible
            self.errors.append(exc)
            _log.exception("FakeDiscord gateway handler failed")
        finally:
            self._connections.remove(conn)
            self._bump()
        return ws

    async def _on_gateway_frame(self, conn: _GatewayConnection, payload: JSON) -> None:
        op, data = payload.get("op"), payload.get("d")
        if op == 1:  # HEARTBEAT
            await conn.send({"op": 11})
        elif op == 2:  # IDENTIFY
            await self._on_identify(conn, data)
        elif op == 6:  # RESUME
            session = self._sessions.get(data.get("session_id", ""))
            if session is None or session.token != data.get("token"):
                await conn.send({"op": 9, "d": False})
                return
            conn.session = session
            await conn.dispatch("RESUMED", {})
            conn.ready = True
        elif op == 8:  # REQUEST_GUILD_MEMBERS
            guild = self.guild(int(data["guild_id"]))
            chunk = {
                "guild_id": str(guild.id),
                "members": [m.to_payload() for m in guild.members],
                "chunk_index": 0,
                "chunk_count": 1,
                "not_found": [],
            }
            if data.get("nonce"):
                chunk["nonce"] = data["nonce"]
            await conn.dispatch("GUILD_MEMBERS_CHUNK", chunk)

    async def _on_identify(self, conn: _GatewayConnection, data: JSON) -> None:
        self.identifies.append(data)
        token = str(data.get("token", ""))
        if self.token is not None and token.removeprefix("Bot ") != self.token:
            await conn.ws.close(code=4004, message=b"Authentication failed.")
            return
        shard_id, shard_count = data.get("shard", [0, 1])
        intents = data.get("intents")
        session = _GatewaySession(secrets.token_hex(16), shard_id, shard_count, token, intents)
        self._sessions[session.session_id] = session
        conn.session = session
        guilds = [g for g in self.guilds if (g.id >> 22) % shard_count == shard_id]
        ready = {
            "v": API_VERSION,
            "user": {**self.bot_user.to_payload(), "verified": True, "mfa_enabled": False},
            "guilds": [{"id": str(g.id), "unavailable": True} for g in guilds],
            "session_id": session.session_id,
            "session_type": "normal",
            "resume_gateway_url": self.ws_url,
            "shard": [shard_id, shard_count],
            "application": {"id": str(self.application_id), "flags": self.application_flags},
            "private_channels": [],
            "relationships": [],
            "presences": [],
            "user_settings": {},
            "guild_join_requests": [],
            "geo_ordered_rtc_regions": [],
            "auth": {},
        }
        await conn.dispatch("READY", ready)
        # Without the GUILD_MEMBERS intent Discord only sends the bot's own member.
        only_bot = None if intents is None or intents & INTENT_GUILD_MEMBERS else self.bot_user.id
        for guild in guilds:
            await conn.dispatch("GUILD_CREATE", guild.to_payload(only_member=only_bot))
        conn.ready = True
