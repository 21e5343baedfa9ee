"""What the fake serves: constants, snowflakes, guilds, channels, users, members and
roles, the recorded requests, injected faults and interaction handles.
"""

# Test helpers deliberately take ``timeout=`` (a bounded wait is the whole point of them).
# ruff: noqa: ASYNC109

from __future__ import annotations

import itertools
import json
import logging
import re
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any, TypeVar

import discord
import discord.gateway
import discord.http
from aiohttp import web

if TYPE_CHECKING:
    from tests.discord_fake.server import FakeDiscord

_log = logging.getLogger(__name__)


JSON = dict[str, Any]
T = TypeVar("T")

API_VERSION = 10
DISCORD_EPOCH_MS = 1420070400000

# Permission bits used by the fake's checks.
ADMINISTRATOR = 1 << 3
VIEW_CHANNEL = 1 << 10
SEND_MESSAGES = 1 << 11
MANAGE_MESSAGES = 1 << 13
READ_MESSAGE_HISTORY = 1 << 16
CREATE_PUBLIC_THREADS = 1 << 35
SEND_MESSAGES_IN_THREADS = 1 << 38

ALL_PERMISSIONS: int = discord.Permissions.all().value
DEFAULT_EVERYONE_PERMISSIONS: int = discord.Permissions(
    create_instant_invite=True,
    add_reactions=True,
    view_channel=True,
    send_messages=True,
    embed_links=True,
    attach_files=True,
    read_message_history=True,
    use_external_emojis=True,
    connect=True,
    speak=True,
    change_nickname=True,
    use_application_commands=True,
    create_public_threads=True,
    send_messages_in_threads=True,
).value
DEFAULT_BOT_PERMISSIONS: int = discord.Permissions(
    view_channel=True,
    send_messages=True,
    embed_links=True,
    attach_files=True,
    read_message_history=True,
    add_reactions=True,
    use_external_emojis=True,
    send_messages_in_threads=True,
).value

# Gateway intents the fake honours.
INTENT_GUILD_MEMBERS = 1 << 1
INTENT_MESSAGE_CONTENT = 1 << 15

# Message flags.
FLAG_CROSSPOSTED = 1 << 0
FLAG_EPHEMERAL = 1 << 6
FLAG_LOADING = 1 << 7

# Interaction types and callback types.
PING, APPLICATION_COMMAND, MESSAGE_COMPONENT, AUTOCOMPLETE, MODAL_SUBMIT = 1, 2, 3, 4, 5
CB_MESSAGE, CB_DEFERRED_MESSAGE, CB_DEFERRED_UPDATE, CB_UPDATE_MESSAGE = 4, 5, 6, 7
CB_AUTOCOMPLETE, CB_MODAL = 8, 9
_ALLOWED_CALLBACKS: dict[int, set[int]] = {
    APPLICATION_COMMAND: {CB_MESSAGE, CB_DEFERRED_MESSAGE, CB_MODAL},
    MESSAGE_COMPONENT: {
        CB_MESSAGE,
        CB_DEFERRED_MESSAGE,
        CB_DEFERRED_UPDATE,
        CB_UPDATE_MESSAGE,
        CB_MODAL,
    },
    AUTOCOMPLETE: {CB_AUTOCOMPLETE},
    MODAL_SUBMIT: {CB_MESSAGE, CB_DEFERRED_MESSAGE, CB_DEFERRED_UPDATE, CB_UPDATE_MESSAGE},
}

_snowflake_counter = itertools.count()


def snowflake() -> int:
    """Return a fresh, increasing Discord-style snowflake for the current time."""
    ms = int(time.time() * 1000) - DISCORD_EPOCH_MS
    return (ms << 22) | (next(_snowflake_counter) & 0x3FFFFF)


def _now_iso() -> str:
    return datetime.now(UTC).isoformat()


def _json_response(
    data: Any, status: int = 200, headers: Mapping[str, str] | None = None
) -> web.Response:
    """JSON reply with a Content-Type of exactly ``application/json`` (discord.py requires it)."""
    all_headers = {"Content-Type": "application/json", **(headers or {})}
    return web.Response(body=json.dumps(data).encode(), status=status, headers=all_headers)


def _no_content() -> web.Response:
    return web.Response(status=204)


# --------------------------------------------------------------------------- models


@dataclass
class FakeUser:
    """A Discord user known to the fake."""

    id: int = field(default_factory=snowflake)
    username: str = "tester"
    bot: bool = False
    global_name: str | None = None

    def to_payload(self) -> JSON:
        """User object as Discord sends it."""
        return {
            "id": str(self.id),
            "username": self.username,
            "discriminator": "0",
            "global_name": self.global_name,
            "avatar": None,
            "bot": self.bot,
            "system": False,
            "public_flags": 0,
            "flags": 0,
            "banner": None,
            "accent_color": None,
            "avatar_decoration_data": None,
            "primary_guild": None,
            "collectibles": None,
        }


@dataclass
class FakeRole:
    """A guild role; ``permissions`` is the raw permission integer."""

    id: int = field(default_factory=snowflake)
    name: str = "role"
    permissions: int = 0
    position: int = 1
    color: int = 0
    hoist: bool = False
    mentionable: bool = False
    managed: bool = False
    tags: JSON | None = None

    def to_payload(self) -> JSON:
        """Role object as Discord sends it."""
        data: JSON = {
            "id": str(self.id),
            "name": self.name,
            "color": self.color,
            "colors": {
                "primary_color": self.color,
                "secondary_color": None,
                "tertiary_color": None,
            },
            "hoist": self.hoist,
            "icon": None,
            "unicode_emoji": None,
            "position": self.position,
            "permissions": str(self.permissions),
            "managed": self.managed,
            "mentionable": self.mentionable,
            "flags": 0,
        }
        if self.tags is not None:
            data["tags"] = self.tags
        return data


def overwrite(target_id: int, *, allow: int = 0, deny: int = 0, member: bool = False) -> JSON:
    """Build a permission overwrite payload for a role (default) or a member."""
    return {
        "id": str(target_id),
        "type": 1 if member else 0,
        "allow": str(allow),
        "deny": str(deny),
    }


@dataclass
class FakeChannel:
    """A guild channel.  ``type``: 0 text, 2 voice, 4 category, 5 announcement, 15 forum."""

    id: int = field(default_factory=snowflake)
    name: str = "general"
    type: int = 0
    topic: str | None = None
    parent_id: int | None = None
    position: int = 0
    nsfw: bool = False
    permission_overwrites: list[JSON] = field(default_factory=list)
    extra: JSON = field(default_factory=dict)

    def to_payload(self, guild_id: int | None) -> JSON:
        """Channel object as Discord sends it (``extra`` is merged in last)."""
        data: JSON = {
            "id": str(self.id),
            "type": self.type,
            "name": self.name,
            "position": self.position,
            "permission_overwrites": list(self.permission_overwrites),
            "parent_id": str(self.parent_id) if self.parent_id else None,
            "nsfw": self.nsfw,
            "flags": 0,
        }
        if guild_id is not None:
            data["guild_id"] = str(guild_id)
        if self.type in (0, 5, 15, 16):
            data.update(
                topic=self.topic,
                rate_limit_per_user=0,
                last_message_id=None,
                default_auto_archive_duration=1440,
            )
        if self.type in (2, 13):
            data.update(bitrate=64000, user_limit=0, rtc_region=None, rate_limit_per_user=0)
        if self.type in (15, 16):
            data.update(available_tags=[], default_reaction_emoji=None, default_sort_order=None)
            data.update(default_forum_layout=0, default_thread_rate_limit_per_user=0)
        data.update(self.extra)
        return data


@dataclass
class FakeMember:
    """A guild member: a user plus role ids."""

    user: FakeUser = field(default_factory=FakeUser)
    roles: list[int] = field(default_factory=list)
    nick: str | None = None
    joined_at: str = "2024-01-01T00:00:00+00:00"

    def to_payload(self) -> JSON:
        """Member object (with ``user``) as sent in GUILD_CREATE."""
        return {
            "user": self.user.to_payload(),
            "nick": self.nick,
            "avatar": None,
            "banner": None,
            "roles": [str(r) for r in self.roles],
            "joined_at": self.joined_at,
            "premium_since": None,
            "deaf": False,
            "mute": False,
            "flags": 0,
            "pending": False,
            "communication_disabled_until": None,
            "avatar_decoration_data": None,
        }


def _default_channels() -> list[FakeChannel]:
    return [FakeChannel(name="general")]


def _default_members() -> list[FakeMember]:
    return [FakeMember(FakeUser(username="tester"))]


@dataclass
class FakeGuild:
    """A guild.  The ``@everyone`` role, a managed bot role and the bot member are added
    automatically when the fake starts; the first channel/member are used as defaults."""

    id: int = field(default_factory=snowflake)
    name: str = "Fake Guild"
    channels: list[FakeChannel] = field(default_factory=_default_channels)
    members: list[FakeMember] = field(default_factory=_default_members)
    roles: list[FakeRole] = field(default_factory=list)
    owner_id: int | None = None
    everyone_permissions: int = DEFAULT_EVERYONE_PERMISSIONS
    bot_permissions: int = DEFAULT_BOT_PERMISSIONS
    preferred_locale: str = "en-US"
    features: list[str] = field(default_factory=list)
    extra: JSON = field(default_factory=dict)
    bot_role_id: int | None = None

    def channel(self, channel_id: int) -> FakeChannel | None:
        """The channel with this id, if any."""
        return next((c for c in self.channels if c.id == channel_id), None)

    def member(self, user_id: int) -> FakeMember | None:
        """The member with this user id, if any."""
        return next((m for m in self.members if m.user.id == user_id), None)

    def role(self, role_id: int) -> FakeRole | None:
        """The role with this id, if any."""
        return next((r for r in self.roles if r.id == role_id), None)

    @property
    def default_channel(self) -> FakeChannel:
        """First text-like channel."""
        return next(c for c in self.channels if c.type in (0, 5))

    def default_user(self, bot_id: int) -> FakeUser:
        """First non-bot member's user."""
        return next(m.user for m in self.members if m.user.id != bot_id)

    def to_payload(self, *, full: bool = True, only_member: int | None = None) -> JSON:
        """Guild object; ``full`` adds GUILD_CREATE-only fields (channels, members...),
        ``only_member`` restricts ``members`` to that user (no GUILD_MEMBERS intent)."""
        data: JSON = {
            "id": str(self.id),
            "name": self.name,
            "icon": None,
            "splash": None,
            "discovery_splash": None,
            "banner": None,
            "description": None,
            "owner_id": str(self.owner_id) if self.owner_id else None,
            "afk_channel_id": None,
            "afk_timeout": 300,
            "verification_level": 0,
            "default_message_notifications": 0,
            "explicit_content_filter": 0,
            "roles": [r.to_payload() for r in self.roles],
            "emojis": [],
            "stickers": [],
            "features": list(self.features),
            "mfa_level": 0,
            "application_id": None,
            "system_channel_id": None,
            "system_channel_flags": 0,
            "rules_channel_id": None,
            "public_updates_channel_id": None,
            "safety_alerts_channel_id": None,
            "max_members": 500000,
            "vanity_url_code": None,
            "premium_tier": 0,
            "premium_subscription_count": 0,
            "preferred_locale": self.preferred_locale,
            "nsfw_level": 0,
            "premium_progress_bar_enabled": False,
        }
        if full:
            data.update(
                joined_at="2024-01-01T00:00:00+00:00",
                large=False,
                unavailable=False,
                member_count=len(self.members),
                voice_states=[],
                members=[
                    m.to_payload()
                    for m in self.members
                    if only_member is None or m.user.id == only_member
                ],
                channels=[c.to_payload(self.id) for c in self.channels],
                threads=[],
                presences=[],
                stage_instances=[],
                guild_scheduled_events=[],
                soundboard_sounds=[],
            )
        data.update(self.extra)
        return data


@dataclass
class RecordedFile:
    """A file uploaded in a multipart request."""

    field_name: str
    filename: str
    content_type: str | None
    data: bytes


@dataclass
class RecordedRequest:
    """One REST request received by the fake (``path`` has no ``/api/v10`` prefix)."""

    method: str
    path: str
    query: dict[str, str]
    json: Any
    headers: dict[str, str]
    files: list[RecordedFile] = field(default_factory=list)
    status: int | None = None
    response: Any = None
    received_at: float = field(default_factory=time.monotonic)

    @property
    def completed(self) -> bool:
        """Whether the fake has produced the response."""
        return self.status is not None


@dataclass
class Fault:
    """An injected failure/delay; see :meth:`FakeDiscord.inject_fault`."""

    method: str
    path_regex: str
    status: int | None = 500
    body: Any = None
    delay: float = 0.0
    times: int | None = 1
    headers: dict[str, str] = field(default_factory=dict)
    hits: int = 0

    def matches(self, method: str, path: str) -> bool:
        """Whether this fault still applies to a request."""
        if self.times is not None and self.hits >= self.times:
            return False
        if self.method != "*" and self.method.upper() != method:
            return False
        return re.search(self.path_regex, path) is not None


@dataclass
class FakeInteraction:
    """An interaction sent to the bot and what the bot answered."""

    fake: FakeDiscord = field(repr=False)
    id: int
    token: str
    type: int
    payload: JSON = field(repr=False)
    guild_id: int | None
    channel_id: int
    created_at: float = field(default_factory=time.monotonic)
    callback_type: int | None = None
    callback_data: JSON | None = None
    original: JSON | None = None
    followups: list[JSON] = field(default_factory=list)
    expired: bool = False

    @property
    def component_message(self) -> JSON | None:
        """The message a component interaction was triggered from (current state)."""
        raw = self.payload.get("message")
        if raw is None:
            return None
        return self.fake.get_message(int(raw["id"])) or raw

    @property
    def messages(self) -> list[JSON]:
        """The original response (if any) followed by the followups."""
        return ([self.original] if self.original is not None else []) + list(self.followups)

    @property
    def requests(self) -> list[RecordedRequest]:
        """Every REST request that used this interaction's token."""
        return [r for r in self.fake.requests if f"/{self.token}" in r.path]

    def expire(self) -> None:
        """Make the interaction unknown: later callbacks get 404 10062."""
        self.expired = True

    async def callback(self, timeout: float = 5.0) -> JSON:
        """Wait for the initial response; return its body ``{"type", "data"}``."""
        await self.fake.wait_until(
            lambda: self.callback_type is not None, timeout, f"callback for interaction {self.id}"
        )
        return {"type": self.callback_type, "data": self.callback_data}

    async def choices(self, timeout: float = 5.0) -> list[JSON]:
        """Wait for an autocomplete result and return its choices."""
        body = await self.callback(timeout)
        if body["type"] != CB_AUTOCOMPLETE:
            raise AssertionError(f"expected an autocomplete result, got {body}")
        return list((body["data"] or {}).get("choices") or [])

    async def followup(self, index: int = 0, timeout: float = 5.0) -> JSON:
        """Wait for the ``index``-th followup message (not counting one that replaced
        a "thinking" defer, which is the :attr:`original`)."""
        await self.fake.wait_until(
            lambda: len(self.followups) > index, timeout, f"followup #{index} of {self.id}"
        )
        return self.followups[index]

    async def response_message(
        self, predicate: Callable[[JSON], bool] | None = None, timeout: float = 5.0
    ) -> JSON:
        """Wait for the first non-loading message of this interaction (original or
        followup, current state) that satisfies ``predicate``."""

        def find() -> JSON | None:
            for msg in self.messages:
                if msg["flags"] & FLAG_LOADING:
                    continue
                if predicate is None or predicate(msg):
                    return msg
            return None

        await self.fake.wait_until(lambda: find() is not None, timeout, f"message for {self.id}")
        result = find()
        assert result is not None
        return result
