"""The fake itself: :class:`FakeDiscord`, its state, lifecycle (an :mod:`aiohttp.web`
server on a random loopback port), waiting helpers and the controls tests use to
simulate Discord.
"""

# Test helpers deliberately take ``timeout=`` (a bounded wait is the whole point of them).
# ruff: noqa: ASYNC109

from __future__ import annotations

import asyncio
import contextlib
import logging
import re
import socket
from collections.abc import Callable
from typing import Any

from aiohttp import web

from tests.discord_fake.gateway import GatewayMixin, _GatewayConnection, _GatewaySession
from tests.discord_fake.interactions import InteractionsMixin, MessageCommandMixin
from tests.discord_fake.messages import MessagesMixin
from tests.discord_fake.models import (
    ADMINISTRATOR,
    ALL_PERMISSIONS,
    API_VERSION,
    JSON,
    VIEW_CHANNEL,
    FakeChannel,
    FakeGuild,
    FakeInteraction,
    FakeMember,
    FakeRole,
    FakeUser,
    Fault,
    RecordedRequest,
    T,
    snowflake,
)
from tests.discord_fake.rest import RestMixin
from tests.discord_fake.threads import ThreadsMixin
from tests.discord_fake.validation import (
    MISSING_PERMISSIONS,
    RATE_LIMITED,
    ApiError,
)

_log = logging.getLogger(__name__)


class FakeDiscord(
    GatewayMixin, InteractionsMixin, MessagesMixin, ThreadsMixin, RestMixin, MessageCommandMixin
):
    """Loopback fake of Discord's REST API and gateway (see the module docstring)."""

    def __init__(
        self,
        guilds: list[FakeGuild] | None = None,
        *,
        shard_count: int = 1,
        application_id: int | None = None,
        bot_user: FakeUser | None = None,
        token: str | None = None,
        heartbeat_interval_ms: int = 45000,
        callback_deadline: float | None = None,
        dispatch_message_create: bool = False,
    ) -> None:
        """Configure the fake (call :meth:`start` or use ``async with`` to serve).

        ``guilds`` default to one :class:`FakeGuild`; ``application_id`` also is the bot
        user's id unless ``bot_user`` is given; ``token``, if set, is required on REST
        calls and IDENTIFY (otherwise any token is accepted); ``callback_deadline``
        expires unanswered interactions after that many seconds;
        ``dispatch_message_create`` echoes the bot's channel messages as MESSAGE_CREATE.
        """
        self.application_id: int = application_id or snowflake()
        self.bot_user: FakeUser = bot_user or FakeUser(
            id=self.application_id, username="podcast-bot", bot=True
        )
        self.owner: FakeUser = FakeUser(username="app-owner")
        self.guilds: list[FakeGuild] = guilds if guilds is not None else [FakeGuild()]
        self.shard_count = shard_count
        self.token = token
        self.heartbeat_interval_ms = heartbeat_interval_ms
        self.callback_deadline = callback_deadline
        self.dispatch_message_create = dispatch_message_create
        self.application_flags = 0

        self.requests: list[RecordedRequest] = []
        self.unhandled: list[RecordedRequest] = []
        self.errors: list[BaseException] = []
        self.faults: list[Fault] = []
        self.identifies: list[JSON] = []
        self.gateway_received: list[JSON] = []
        self.interactions: dict[int, FakeInteraction] = {}
        self.global_commands: list[JSON] = []
        self.guild_commands: dict[int, list[JSON]] = {}
        self.deleted_channels: set[int] = set()
        self.denied_channels: dict[int, ApiError] = {}
        self.dm_channels: dict[int, FakeChannel] = {}
        self.threads: dict[int, tuple[FakeGuild, FakeChannel]] = {}
        self.dm_blocked: set[int] = set()
        self._dm_recipients: dict[int, int] = {}
        self._channel_messages: dict[int, list[JSON]] = {}
        self._messages: dict[int, JSON] = {}
        self._nonces: dict[tuple[int, str], int] = {}
        self._sessions: dict[str, _GatewaySession] = {}
        self._connections: list[_GatewayConnection] = []
        self._changed = asyncio.Event()
        self._runner: web.AppRunner | None = None
        self.port = 0
        self._routes = self._build_routes()
        for guild in self.guilds:
            self._prepare_guild(guild)

    # ------------------------------------------------------------- lifecycle

    @property
    def base_url(self) -> str:
        """``http://127.0.0.1:PORT``."""
        return f"http://127.0.0.1:{self.port}"

    @property
    def rest_base(self) -> str:
        """Value for ``discord.http.Route.BASE``."""
        return f"{self.base_url}/api/v{API_VERSION}"

    @property
    def ws_url(self) -> str:
        """Gateway websocket URL (without query)."""
        return f"ws://127.0.0.1:{self.port}/gateway"

    async def start(self) -> None:
        """Start serving on a random loopback port."""
        app = web.Application(client_max_size=64 * 1024 * 1024)
        app.router.add_get("/gateway", self._ws_handler)
        app.router.add_route("*", "/api/v{version}/{tail:.*}", self._rest_handler)
        app.router.add_route("*", "/{tail:.*}", self._rest_handler)
        self._runner = web.AppRunner(app, access_log=None, shutdown_timeout=1.0)
        await self._runner.setup()
        sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind(("127.0.0.1", 0))
        self.port = sock.getsockname()[1]
        await web.SockSite(self._runner, sock).start()

    async def stop(self) -> None:
        """Close gateway connections and stop the server."""
        for conn in list(self._connections):
            with contextlib.suppress(Exception):
                await conn.ws.close(code=1001, message=b"fake shutting down")
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    async def __aenter__(self) -> FakeDiscord:
        await self.start()
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.stop()

    # ------------------------------------------------------------- waiting

    def _bump(self) -> None:
        """Wake up everything waiting in :meth:`wait_until`."""
        self._changed.set()
        self._changed = asyncio.Event()

    async def wait_until(
        self, predicate: Callable[[], T], timeout: float = 5.0, what: str = "condition"
    ) -> T:
        """Wait until ``predicate()`` is truthy (re-checked on every request/frame)."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        while True:
            result = predicate()
            if result:
                return result
            remaining = deadline - loop.time()
            if remaining <= 0:
                recent = [f"{r.method} {r.path} -> {r.status}" for r in self.requests[-10:]]
                unhandled = [f"{r.method} {r.path}" for r in self.unhandled]
                raise TimeoutError(
                    f"timed out waiting for {what}; recent requests: {recent}; "
                    f"unhandled routes: {unhandled}; fake errors: {self.errors!r}"
                )
            event = self._changed
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(event.wait(), min(remaining, 0.25))

    def mark(self) -> int:
        """Index to pass as ``since`` to only consider later requests."""
        return len(self.requests)

    def find_requests(
        self,
        method: str = "*",
        path_regex: str = "",
        predicate: Callable[[RecordedRequest], bool] | None = None,
        *,
        since: int = 0,
    ) -> list[RecordedRequest]:
        """Completed requests matching method (``"*"`` = any), path regex and predicate."""
        pattern = re.compile(path_regex)
        return [
            r
            for r in self.requests[since:]
            if r.completed
            and (method == "*" or r.method == method.upper())
            and pattern.search(r.path)
            and (predicate is None or predicate(r))
        ]

    async def wait_for_request(
        self,
        method: str,
        path_regex: str,
        predicate: Callable[[RecordedRequest], bool] | None = None,
        timeout: float = 5.0,
        *,
        since: int = 0,
    ) -> RecordedRequest:
        """First completed request (from index ``since``) matching; waits if needed."""
        found = await self.wait_until(
            lambda: self.find_requests(method, path_regex, predicate, since=since),
            timeout,
            f"{method} {path_regex}",
        )
        return found[0]

    async def wait_for_shards(self, timeout: float = 5.0) -> None:
        """Wait until every shard has received READY and its GUILD_CREATEs."""
        await self.wait_until(
            lambda: sum(c.ready for c in self._connections) >= self.shard_count,
            timeout,
            "all shards ready",
        )

    # ------------------------------------------------------------- state helpers

    def _prepare_guild(self, guild: FakeGuild) -> None:
        if guild.role(guild.id) is None:
            guild.roles.insert(
                0,
                FakeRole(
                    id=guild.id,
                    name="@everyone",
                    permissions=guild.everyone_permissions,
                    position=0,
                ),
            )
        if guild.bot_role_id is None:
            bot_role = FakeRole(
                name=self.bot_user.username,
                permissions=guild.bot_permissions,
                managed=True,
                tags={"bot_id": str(self.bot_user.id)},
            )
            guild.roles.append(bot_role)
            guild.bot_role_id = bot_role.id
        if guild.member(self.bot_user.id) is None:
            guild.members.append(FakeMember(self.bot_user, roles=[guild.bot_role_id]))
        if guild.owner_id is None:
            guild.owner_id = guild.default_user(self.bot_user.id).id

    def guild(self, guild_id: int | None = None) -> FakeGuild:
        """The guild with this id (default: the first guild)."""
        if guild_id is None:
            return self.guilds[0]
        for guild in self.guilds:
            if guild.id == guild_id:
                return guild
        raise KeyError(f"unknown guild {guild_id}")

    def find_channel(self, channel_id: int) -> tuple[FakeGuild | None, FakeChannel] | None:
        """(guild, channel) for a guild or DM channel id, ignoring deletion."""
        for guild in self.guilds:
            channel = guild.channel(channel_id)
            if channel is not None:
                return guild, channel
        if channel_id in self.dm_channels:
            return None, self.dm_channels[channel_id]
        if channel_id in self.threads:
            return self.threads[channel_id]
        return None

    def find_user(self, user_id: int) -> FakeUser | None:
        """A known user (bot, owner or any guild member)."""
        if user_id == self.bot_user.id:
            return self.bot_user
        if user_id == self.owner.id:
            return self.owner
        for guild in self.guilds:
            member = guild.member(user_id)
            if member is not None:
                return member.user
        return None

    def shard_for_guild(self, guild_id: int) -> int:
        """Shard id owning a guild, as Discord computes it."""
        return (guild_id >> 22) % self.shard_count

    def permissions_for(self, guild: FakeGuild, user_id: int, channel: FakeChannel | None) -> int:
        """Effective permissions of a member, in ``channel`` if given (overwrites applied)."""
        member = guild.member(user_id)
        if guild.owner_id == user_id:
            return ALL_PERMISSIONS
        role_ids = set(member.roles) if member else set()
        perms = 0
        for role in guild.roles:
            if role.id == guild.id or role.id in role_ids:
                perms |= role.permissions
        if perms & ADMINISTRATOR:
            return ALL_PERMISSIONS
        if channel is None:
            return perms
        overwrites = {int(o["id"]): o for o in channel.permission_overwrites}
        everyone = overwrites.get(guild.id)
        if everyone:
            perms = (perms & ~int(everyone["deny"])) | int(everyone["allow"])
        allow = deny = 0
        for oid, ow in overwrites.items():
            if ow["type"] == 0 and oid in role_ids:
                allow |= int(ow["allow"])
                deny |= int(ow["deny"])
        perms = (perms & ~deny) | allow
        member_ow = overwrites.get(user_id)
        if member_ow and member_ow["type"] == 1:
            perms = (perms & ~int(member_ow["deny"])) | int(member_ow["allow"])
        if not perms & VIEW_CHANNEL:
            return 0
        return perms

    def channel_messages(self, channel_id: int) -> list[JSON]:
        """Messages created in a channel via ``POST /channels/{id}/messages`` (or
        :meth:`add_user_message`), oldest first, deleted ones removed."""
        return list(self._channel_messages.get(channel_id, []))

    def get_message(self, message_id: int) -> JSON | None:
        """Any stored message (channel or interaction) by id."""
        return self._messages.get(message_id)

    def add_channel(self, channel: FakeChannel, guild_id: int | None = None) -> FakeChannel:
        """Add a channel to a guild (use :meth:`dispatch` with CHANNEL_CREATE to tell the bot)."""
        self.guild(guild_id).channels.append(channel)
        return channel

    async def delete_channel(self, channel_id: int, *, dispatch: bool = True) -> None:
        """Make the channel unknown (404 10003) and dispatch CHANNEL_DELETE."""
        found = self.find_channel(channel_id)
        self.deleted_channels.add(channel_id)
        if found is None:
            return
        guild, channel = found
        if guild is not None:
            guild.channels.remove(channel)
            if dispatch:
                await self.dispatch(
                    "CHANNEL_DELETE", channel.to_payload(guild.id), guild_id=guild.id
                )

    def deny_channel(self, channel_id: int, error: ApiError = MISSING_PERMISSIONS) -> None:
        """Answer requests on a channel with a 403: ``MISSING_ACCESS`` (50001) for every
        method, ``MISSING_PERMISSIONS`` (50013) for non-GET requests."""
        self.denied_channels[channel_id] = error

    def allow_channel(self, channel_id: int) -> None:
        """Undo :meth:`deny_channel`."""
        self.denied_channels.pop(channel_id, None)

    async def set_permission_overwrites(
        self, channel_id: int, overwrites: list[JSON], *, dispatch: bool = True
    ) -> None:
        """Replace a channel's overwrites (see :func:`overwrite`), dispatch CHANNEL_UPDATE."""
        found = self.find_channel(channel_id)
        if found is None or found[0] is None:
            raise KeyError(f"unknown guild channel {channel_id}")
        guild, channel = found
        channel.permission_overwrites = list(overwrites)
        if dispatch:
            await self.dispatch("CHANNEL_UPDATE", channel.to_payload(guild.id), guild_id=guild.id)

    async def set_role_permissions(
        self, guild_id: int, role_id: int, permissions: int, *, dispatch: bool = True
    ) -> None:
        """Change a role's permissions, dispatch GUILD_ROLE_UPDATE."""
        guild = self.guild(guild_id)
        role = guild.role(role_id)
        if role is None:
            raise KeyError(f"unknown role {role_id}")
        role.permissions = permissions
        if dispatch:
            data = {"guild_id": str(guild.id), "role": role.to_payload()}
            await self.dispatch("GUILD_ROLE_UPDATE", data, guild_id=guild.id)

    async def add_user_message(
        self,
        content: str,
        *,
        channel_id: int | None = None,
        user_id: int | None = None,
        dispatch: bool = True,
    ) -> JSON:
        """Store a message from a (non-bot) member and dispatch MESSAGE_CREATE."""
        guild = self.guilds[0]
        if channel_id is None:
            channel_id = guild.default_channel.id
        found = self.find_channel(channel_id)
        if found is None:
            raise KeyError(f"unknown channel {channel_id}")
        guild_or_none, _ = found
        if guild_or_none is not None:
            guild = guild_or_none
        user = self.find_user(user_id) if user_id else guild.default_user(self.bot_user.id)
        if user is None:
            raise KeyError(f"unknown user {user_id}")
        message = self._make_message(channel_id, {"content": content}, author=user)
        self._store_channel_message(message)
        if dispatch:
            await self._dispatch_message_create(message, guild_or_none)
        return message

    def inject_fault(
        self,
        method: str,
        path_regex: str,
        *,
        status: int | None = 500,
        error: ApiError | None = None,
        body: Any = None,
        delay: float = 0.0,
        times: int | None = 1,
    ) -> Fault:
        """Make the next ``times`` (``None`` = all) matching requests fail and/or wait.

        ``error`` sets status and Discord's error body; ``status=None`` with a ``delay``
        only delays the request, which is then handled normally.
        """
        if error is not None:
            status, body = error.status, error.body()
        headers: dict[str, str] = {}
        if status == 429:
            body = body or {**RATE_LIMITED.body(), "retry_after": 0.05, "global": False}
            headers = {"Via": "1.1 google", "Retry-After": "1", "X-RateLimit-Scope": "user"}
        elif status is not None and body is None:
            body = {"message": f"{status}: injected", "code": 0}
        fault = Fault(method, path_regex, status, body, delay, times, headers)
        self.faults.append(fault)
        return fault

    def clear_faults(self) -> None:
        """Remove all injected faults."""
        self.faults.clear()
