"""A loopback fake of Discord's REST API and gateway for end-to-end tests.

The fake is an :mod:`aiohttp.web` server on ``127.0.0.1`` (random port) that speaks
enough of Discord's HTTP API (v10) and gateway protocol for the real, unmodified
discord.py client (tested with 2.7.1, including ``AutoShardedBot``) to log in,
receive ``READY``/``GUILD_CREATE``, sync application commands and answer
interactions.  Everything the bot sends is recorded so tests can assert on it.

Starting it
-----------
::

    guild = FakeGuild(name="Podcasts")               # one text channel + one member
    async with FakeDiscord(guilds=[guild]) as fake:
        bot = commands.AutoShardedBot(
            command_prefix="!", intents=discord.Intents.default(),
            application_id=fake.application_id, guild_ready_timeout=0.1,
        )
        async with running_bot(bot, fake):           # patches endpoints, starts, waits ready
            inter = await fake.send_command("episode", {"number": 3})
            msg = await inter.response_message()     # original response or first followup
            assert msg["embeds"][0]["title"] == "Episode 3"

``running_bot`` wraps :func:`patch_discord_endpoints` (which points
``discord.http.Route.BASE`` and ``DiscordWebSocket.DEFAULT_GATEWAY`` at the fake and
restores them on exit), runs ``bot.start(token)`` as a task, waits for
``bot.wait_until_ready()`` and closes the bot cleanly afterwards.  Always close the
bot before the fake stops (nesting the context managers as above does that).

With ``shard_count > 1`` override ``before_identify_hook`` on the bot to skip
discord.py's 5 second sleep between IDENTIFYs.

Sending interactions
--------------------
``send_command``, ``send_autocomplete`` and ``send_component`` build a realistic
``INTERACTION_CREATE`` payload (fresh id/token, guild member with ``permissions``,
``app_permissions``, ``locale``, channel, ...), push it to the shard owning the guild
and return a :class:`FakeInteraction` handle:

* ``await inter.callback()`` - the initial response body ``{"type": ..., "data": ...}``
* ``await inter.choices()`` - autocomplete choices
* ``await inter.response_message(predicate)`` - first non-"thinking" message of the
  interaction (original response or followup) satisfying ``predicate``
* ``await inter.followup(index)`` - the n-th followup message
* ``inter.original`` / ``inter.followups`` / ``inter.messages`` / ``inter.requests``
* ``inter.expire()`` - later callbacks get 404 ``Unknown interaction`` (10062)

Option types are taken from the commands the bot synced to the fake (bulk overwrite),
falling back to the Python type of the value; ``data.guild_id`` is set automatically
for guild-registered commands.  ``send_component(custom_id)`` finds the latest stored
message carrying that ``custom_id`` unless ``message=`` is given.

Inspecting traffic
------------------
* ``fake.requests`` - every REST request as :class:`RecordedRequest` (method, path
  without the ``/api/v10`` prefix, query, json / ``payload_json``, headers, files,
  response status and body); ``fake.unhandled`` lists requests to unknown routes
  (answered 404 JSON).
* ``await fake.wait_for_request(method, path_regex, predicate, timeout=5, since=0)``
  and ``fake.mark()`` to only look at requests made after a point.
* ``fake.channel_messages(channel_id)`` - messages created via
  ``POST /channels/{id}/messages`` (deleted ones removed); ``fake.get_message(id)``.
* ``fake.identifies`` / ``fake.gateway_received`` - gateway frames sent by the client.
* ``await fake.wait_until(predicate, timeout)`` - generic polling helper.

Simulating Discord
------------------
* ``await fake.dispatch(event, data, guild_id=..., shard_id=...)`` - any gateway event.
* ``await fake.delete_channel(channel_id)`` - 404 ``Unknown Channel`` (10003) from then
  on, dispatches ``CHANNEL_DELETE``.
* ``fake.deny_channel(channel_id, MISSING_PERMISSIONS)`` (or ``MISSING_ACCESS``) - 403s.
  Channel permission overwrites and role permissions are also enforced for channel
  messages (``set_permission_overwrites`` / ``set_role_permissions`` update them and
  dispatch the matching gateway event).
* ``fake.inject_fault(method, path_regex, status=500, error=..., delay=..., times=1)``
  - injected status/body and/or delay.  Note discord.py retries 500/502/504 (main
  client) and every 5xx (webhooks) with 1s, 3s, ... sleeps; use 503 on non-webhook
  routes, or ``times=1``, to keep tests quick.  429 faults carry the ``Via`` header so
  discord.py honours ``retry_after``.
* ``fake.callback_deadline`` - seconds after which an unanswered interaction expires
  (Discord's is 3); ``None`` (default) disables it.
* IDENTIFY intents are honoured: without GUILD_MEMBERS, GUILD_CREATE only carries the
  bot's member; without MESSAGE_CONTENT, ``MESSAGE_CREATE`` content/embeds are blanked
  unless the bot is the author or is mentioned (``add_user_message``).
* Discord's behaviours that bots commonly trip over are reproduced: followups before
  the initial response fail (10015), a second callback fails (40060), the first
  followup after a "thinking" defer edits the deferred message, ``nonce`` +
  ``enforce_nonce`` deduplicate channel messages, messages are validated against
  Discord's length limits (400 / 50035 ``Invalid Form Body``) and empty messages are
  rejected (50006), mentions honour ``allowed_mentions``.
"""

# Test helpers deliberately take ``timeout=`` (a bounded wait is the whole point of them).
# ruff: noqa: ASYNC109

from __future__ import annotations

import asyncio
import contextlib
import itertools
import json
import logging
import re
import secrets
import socket
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, TypeVar

import discord
import discord.gateway
import discord.http
import yarl
from aiohttp import WSMsgType, web

__all__ = [
    "ALL_PERMISSIONS",
    "ALREADY_ACKNOWLEDGED",
    "DEFAULT_BOT_PERMISSIONS",
    "DEFAULT_EVERYONE_PERMISSIONS",
    "MISSING_ACCESS",
    "MISSING_PERMISSIONS",
    "UNKNOWN_CHANNEL",
    "UNKNOWN_INTERACTION",
    "UNKNOWN_MESSAGE",
    "UNKNOWN_WEBHOOK",
    "ApiError",
    "FakeChannel",
    "FakeDiscord",
    "FakeGuild",
    "FakeInteraction",
    "FakeMember",
    "FakeRole",
    "FakeUser",
    "Fault",
    "RecordedFile",
    "RecordedRequest",
    "overwrite",
    "patch_discord_endpoints",
    "running_bot",
    "snowflake",
]

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


# --------------------------------------------------------------------------- errors


@dataclass(frozen=True)
class ApiError:
    """A Discord JSON error: HTTP status, Discord error code and message."""

    status: int
    code: int
    message: str

    def body(self, errors: JSON | None = None) -> JSON:
        """The JSON error body Discord would send."""
        data: JSON = {"message": self.message, "code": self.code}
        if errors:
            data["errors"] = errors
        return data

    def response(self, errors: JSON | None = None) -> web.Response:
        """An aiohttp response carrying this error."""
        return _json_response(self.body(errors), status=self.status)


UNAUTHORIZED = ApiError(401, 0, "401: Unauthorized")
NOT_FOUND = ApiError(404, 0, "404: Not Found")
UNKNOWN_CHANNEL = ApiError(404, 10003, "Unknown Channel")
UNKNOWN_GUILD = ApiError(404, 10004, "Unknown Guild")
UNKNOWN_MEMBER = ApiError(404, 10007, "Unknown Member")
UNKNOWN_MESSAGE = ApiError(404, 10008, "Unknown Message")
UNKNOWN_USER = ApiError(404, 10013, "Unknown User")
UNKNOWN_WEBHOOK = ApiError(404, 10015, "Unknown Webhook")
UNKNOWN_INTERACTION = ApiError(404, 10062, "Unknown interaction")
ALREADY_CROSSPOSTED = ApiError(400, 40033, "This message has already been crossposted.")
ALREADY_ACKNOWLEDGED = ApiError(400, 40060, "Interaction has already been acknowledged.")
MISSING_ACCESS = ApiError(403, 50001, "Missing Access")
CANNOT_EDIT_OTHERS = ApiError(403, 50005, "Cannot edit a message authored by another user")
EMPTY_MESSAGE = ApiError(400, 50006, "Cannot send an empty message")
CANNOT_DM_USER = ApiError(403, 50007, "Cannot send messages to this user")
MISSING_PERMISSIONS = ApiError(403, 50013, "Missing Permissions")
WRONG_CHANNEL_TYPE = ApiError(400, 50024, "Cannot execute action on this channel type")
INVALID_WEBHOOK_TOKEN = ApiError(401, 50027, "Invalid Webhook Token")
INVALID_FORM_BODY = ApiError(400, 50035, "Invalid Form Body")
INTERNAL_ERROR = ApiError(500, 0, "500: Internal Server Error")
RATE_LIMITED = ApiError(429, 0, "You are being rate limited.")


class _ReplyError(Exception):
    """Raised inside handlers to answer with an :class:`ApiError`."""

    def __init__(self, error: ApiError, errors: JSON | None = None) -> None:
        super().__init__(error.message)
        self.error = error
        self.errors = errors


def _form_error(path: list[str | int], code: str, message: str, errors: JSON) -> None:
    """Add a nested ``{"a": {"0": {"_errors": [...]}}}`` entry to an Invalid Form Body tree."""
    node = errors
    for part in path:
        node = node.setdefault(str(part), {})
    node.setdefault("_errors", []).append({"code": code, "message": message})


def _check_len(
    value: Any, limit: int, path: list[str | int], errors: JSON, *, required: bool = False
) -> int:
    if value is None or value == "":
        if required:
            _form_error(path, "BASE_TYPE_REQUIRED", "This field is required", errors)
        return 0
    text = str(value)
    if len(text) > limit:
        msg = f"Must be {limit} or fewer in length."
        _form_error(path, "BASE_TYPE_MAX_LENGTH", msg, errors)
    return len(text)


def _validate_embeds(embeds: list[JSON], errors: JSON) -> None:
    if len(embeds) > 10:
        _form_error(["embeds"], "BASE_TYPE_MAX_LENGTH", "Must be 10 or fewer in length.", errors)
    for i, embed in enumerate(embeds):
        base: list[str | int] = ["embeds", i]
        total = _check_len(embed.get("title"), 256, [*base, "title"], errors)
        total += _check_len(embed.get("description"), 4096, [*base, "description"], errors)
        footer = embed.get("footer") or {}
        total += _check_len(footer.get("text"), 2048, [*base, "footer", "text"], errors)
        author = embed.get("author") or {}
        total += _check_len(author.get("name"), 256, [*base, "author", "name"], errors)
        fields = embed.get("fields") or []
        if len(fields) > 25:
            msg = "Must be 25 or fewer in length."
            _form_error([*base, "fields"], "BASE_TYPE_MAX_LENGTH", msg, errors)
        for j, fld in enumerate(fields):
            fpath: list[str | int] = [*base, "fields", j]
            total += _check_len(fld.get("name"), 256, [*fpath, "name"], errors, required=True)
            total += _check_len(fld.get("value"), 1024, [*fpath, "value"], errors, required=True)
        if total > 6000:
            msg = "Embed size exceeds maximum size of 6000"
            _form_error(base, "MAX_EMBED_SIZE_EXCEEDED", msg, errors)


def _validate_components(components: list[JSON], errors: JSON, path: list[str | int]) -> None:
    for i, comp in enumerate(components):
        cpath: list[str | int] = [*path, i]
        if comp.get("type") == 1 and len(comp.get("components") or []) > 5:
            msg = "Must be 5 or fewer in length."
            _form_error([*cpath, "components"], "BASE_TYPE_MAX_LENGTH", msg, errors)
        _check_len(comp.get("custom_id"), 100, [*cpath, "custom_id"], errors)
        _check_len(comp.get("label"), 80, [*cpath, "label"], errors)
        _check_len(comp.get("placeholder"), 150, [*cpath, "placeholder"], errors)
        options = comp.get("options") or []
        if len(options) > 25:
            msg = "Must be 25 or fewer in length."
            _form_error([*cpath, "options"], "BASE_TYPE_MAX_LENGTH", msg, errors)
        for j, opt in enumerate(options):
            opath: list[str | int] = [*cpath, "options", j]
            _check_len(opt.get("label"), 100, [*opath, "label"], errors, required=True)
            _check_len(opt.get("value"), 100, [*opath, "value"], errors, required=True)
            _check_len(opt.get("description"), 100, [*opath, "description"], errors)
        if comp.get("components"):
            _validate_components(comp["components"], errors, [*cpath, "components"])


def validate_message_payload(payload: JSON, *, creating: bool, has_files: bool = False) -> None:
    """Raise :class:`_ReplyError` when ``payload`` breaks Discord's message limits."""
    errors: JSON = {}
    _check_len(payload.get("content"), 2000, ["content"], errors)
    _validate_embeds(payload.get("embeds") or [], errors)
    components = payload.get("components") or []
    is_v2 = bool((payload.get("flags") or 0) & (1 << 15))
    if not is_v2 and len(components) > 5:
        _form_error(["components"], "BASE_TYPE_MAX_LENGTH", "Must be 5 or fewer in length.", errors)
    _validate_components(components, errors, ["components"])
    if errors:
        raise _ReplyError(INVALID_FORM_BODY, errors)
    if creating and not (
        payload.get("content")
        or payload.get("embeds")
        or components
        or has_files
        or payload.get("sticker_ids")
        or payload.get("poll")
    ):
        raise _ReplyError(EMPTY_MESSAGE)


def _validate_choices(choices: list[JSON]) -> None:
    errors: JSON = {}
    if len(choices) > 25:
        msg = "Must be 25 or fewer in length."
        _form_error(["data", "choices"], "BASE_TYPE_MAX_LENGTH", msg, errors)
    for i, choice in enumerate(choices):
        path: list[str | int] = ["data", "choices", i]
        _check_len(choice.get("name"), 100, [*path, "name"], errors, required=True)
        if isinstance(choice.get("value"), str):
            _check_len(choice["value"], 100, [*path, "value"], errors)
    if errors:
        raise _ReplyError(INVALID_FORM_BODY, errors)


_COMMAND_NAME_RE = re.compile(r"^[-_\w]{1,32}$")


def _validate_commands(commands: list[JSON]) -> None:
    errors: JSON = {}
    if len(commands) > 100:
        _form_error([], "BASE_TYPE_MAX_LENGTH", "Must be 100 or fewer in length.", errors)

    def check(opts: list[JSON], path: list[str | int]) -> None:
        if len(opts) > 25:
            _form_error(path, "BASE_TYPE_MAX_LENGTH", "Must be 25 or fewer in length.", errors)
        for i, opt in enumerate(opts):
            opath: list[str | int] = [*path, i]
            name = opt.get("name", "")
            if not _COMMAND_NAME_RE.match(name) or name != name.lower():
                _form_error([*opath, "name"], "APPLICATION_COMMAND_INVALID_NAME", "Invalid", errors)
            desc = opt.get("description")
            _check_len(desc, 100, [*opath, "description"], errors, required=True)
            if len(opt.get("choices") or []) > 25:
                msg = "Must be 25 or fewer in length."
                _form_error([*opath, "choices"], "BASE_TYPE_MAX_LENGTH", msg, errors)
            check(opt.get("options") or [], [*opath, "options"])

    for i, cmd in enumerate(commands):
        path: list[str | int] = [i]
        ctype = cmd.get("type", 1)
        name = cmd.get("name", "")
        if ctype == 1:
            if not _COMMAND_NAME_RE.match(name) or name != name.lower():
                _form_error([*path, "name"], "APPLICATION_COMMAND_INVALID_NAME", "Invalid", errors)
            _check_len(cmd.get("description"), 100, [*path, "description"], errors, required=True)
        else:
            _check_len(name, 32, [*path, "name"], errors, required=True)
        check(cmd.get("options") or [], [*path, "options"])
    if errors:
        raise _ReplyError(INVALID_FORM_BODY, errors)


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


_Handler = Callable[[RecordedRequest, dict[str, str]], Awaitable[web.Response]]
_ID = r"(?P<{}>\d+)"
_TOKEN = r"(?P<token>[^/]+)"


# --------------------------------------------------------------------------- the fake


class FakeDiscord:
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

    # ------------------------------------------------------------- gateway

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

    # ------------------------------------------------------------- interactions

    def _command_schema(self, name: str, guild_id: int | None) -> tuple[JSON | None, int | None]:
        if guild_id is not None:
            for cmd in self.guild_commands.get(guild_id, []):
                if cmd["name"] == name and cmd.get("type", 1) == 1:
                    return cmd, guild_id
        for cmd in self.global_commands:
            if cmd["name"] == name and cmd.get("type", 1) == 1:
                return cmd, None
        return None, None

    def _resolve_option(
        self, opt_type: int, value: Any, guild: FakeGuild | None, resolved: JSON
    ) -> None:
        """Fill ``resolved`` for user/channel/role options pointing at known objects."""
        if guild is None:
            return
        ident = int(value)
        if opt_type in (6, 9) and (member := guild.member(ident)):
            resolved.setdefault("users", {})[str(ident)] = member.user.to_payload()
            mdata = member.to_payload()
            del mdata["user"]
            mdata["permissions"] = str(self.permissions_for(guild, ident, None))
            resolved.setdefault("members", {})[str(ident)] = mdata
        elif opt_type == 7 and (channel := guild.channel(ident)):
            cdata = channel.to_payload(guild.id)
            cdata["permissions"] = str(self.permissions_for(guild, self.bot_user.id, channel))
            resolved.setdefault("channels", {})[str(ident)] = cdata
        elif opt_type in (8, 9) and (role := guild.role(ident)):
            resolved.setdefault("roles", {})[str(ident)] = role.to_payload()

    def _build_options(
        self,
        schema: list[JSON],
        values: Mapping[str, Any] | list[JSON],
        focused: str | None,
        guild: FakeGuild | None,
        resolved: JSON,
    ) -> list[JSON]:
        if isinstance(values, list):
            return values
        types = {o["name"]: o.get("type") for o in schema}
        options: list[JSON] = []
        for name, value in values.items():
            opt_type = types.get(name)
            if opt_type is None:
                if isinstance(value, bool):
                    opt_type = 5
                elif isinstance(value, int):
                    opt_type = 4
                elif isinstance(value, float):
                    opt_type = 10
                else:
                    opt_type = 3
            option: JSON = {"name": name, "type": opt_type, "value": value}
            if opt_type in (6, 7, 8, 9, 11):
                option["value"] = str(value)
                if name != focused:
                    self._resolve_option(opt_type, value, guild, resolved)
            if name == focused:
                option["focused"] = True
            options.append(option)
        return options

    def _command_data(
        self,
        name: str,
        options: Mapping[str, Any] | list[JSON] | None,
        *,
        guild_id: int | None,
        subcommand: str | None,
        group: str | None,
        focused: str | None,
        resolved: JSON | None,
    ) -> JSON:
        command, command_guild_id = self._command_schema(name, guild_id)
        schema: list[JSON] = (command or {}).get("options") or []
        for sub in (group, subcommand):
            if sub is not None:
                schema = next((o.get("options") or [] for o in schema if o["name"] == sub), [])
        guild = self.guild(guild_id) if guild_id is not None else None
        resolved_data: JSON = dict(resolved or {})
        opts = self._build_options(schema, options or {}, focused, guild, resolved_data)
        if subcommand is not None:
            opts = [{"name": subcommand, "type": 1, "options": opts}]
        if group is not None:
            opts = [{"name": group, "type": 2, "options": opts}]
        data: JSON = {
            "id": (command or {}).get("id", str(snowflake())),
            "name": name,
            "type": 1,
            "options": opts,
        }
        if command_guild_id is not None:
            data["guild_id"] = str(command_guild_id)
        if resolved_data:
            data["resolved"] = resolved_data
        return data

    def _dm_channel_for(self, user: FakeUser) -> FakeChannel:
        for cid, uid in self._dm_recipients.items():
            if uid == user.id:
                return self.dm_channels[cid]
        channel = FakeChannel(name="", type=1)
        self.dm_channels[channel.id] = channel
        self._dm_recipients[channel.id] = user.id
        return channel

    def build_interaction(
        self,
        itype: int,
        data: JSON,
        *,
        guild_id: int | None = None,
        channel_id: int | None = None,
        user_id: int | None = None,
        dm: bool = False,
        locale: str = "en-US",
        app_permissions: int | None = None,
        message: JSON | None = None,
    ) -> JSON:
        """Build a complete INTERACTION_CREATE payload (fresh id and token)."""
        iid = snowflake()
        payload: JSON = {
            "id": str(iid),
            "application_id": str(self.application_id),
            "type": itype,
            "data": data,
            "token": f"itoken-{iid}-{secrets.token_hex(8)}",
            "version": 1,
            "locale": locale,
            "entitlements": [],
            "entitlement_sku_ids": [],
            "attachment_size_limit": 10 * 1024 * 1024,
        }
        if message is not None:
            payload["message"] = message
        if dm:
            guild = self.guilds[0] if self.guilds else None
            user = self.find_user(user_id) if user_id else None
            if user is None:
                user = guild.default_user(self.bot_user.id) if guild else FakeUser()
            channel = self.dm_channels[channel_id] if channel_id else self._dm_channel_for(user)
            payload.update(
                user=user.to_payload(),
                channel_id=str(channel.id),
                channel={
                    "id": str(channel.id),
                    "type": 1,
                    "recipients": [user.to_payload()],
                    "last_message_id": None,
                    "flags": 0,
                },
                context=1,
                authorizing_integration_owners={"0": str(user.id)},
                app_permissions=str(app_permissions if app_permissions is not None else 0),
            )
            return payload
        guild = self.guild(guild_id)
        channel = guild.channel(channel_id) if channel_id else guild.default_channel
        if channel is None:
            raise KeyError(f"unknown channel {channel_id}")
        user_id = user_id or guild.default_user(self.bot_user.id).id
        member = guild.member(user_id)
        if member is None:
            raise KeyError(f"user {user_id} is not a member of guild {guild.id}")
        member_data = member.to_payload()
        member_data["permissions"] = str(self.permissions_for(guild, user_id, channel))
        if app_permissions is None:
            app_permissions = self.permissions_for(guild, self.bot_user.id, channel)
        channel_data = channel.to_payload(guild.id)
        channel_data["permissions"] = member_data["permissions"]
        payload.update(
            guild_id=str(guild.id),
            guild={
                "id": str(guild.id),
                "locale": guild.preferred_locale,
                "features": guild.features,
            },
            guild_locale=guild.preferred_locale,
            channel_id=str(channel.id),
            channel=channel_data,
            member=member_data,
            app_permissions=str(app_permissions),
            context=0,
            authorizing_integration_owners={"0": str(guild.id)},
        )
        return payload

    async def send_interaction(self, payload: JSON) -> FakeInteraction:
        """Register and dispatch a raw INTERACTION_CREATE payload (:meth:`build_interaction`)."""
        guild_id = int(payload["guild_id"]) if payload.get("guild_id") else None
        inter = FakeInteraction(
            fake=self,
            id=int(payload["id"]),
            token=payload["token"],
            type=payload["type"],
            payload=payload,
            guild_id=guild_id,
            channel_id=int(payload["channel_id"]),
        )
        self.interactions[inter.id] = inter
        target_shard = self.shard_for_guild(guild_id) if guild_id is not None else 0
        sent = await self.dispatch("INTERACTION_CREATE", payload, shard_id=target_shard)
        if not sent:
            raise RuntimeError(f"no ready gateway connection for shard {target_shard}")
        return inter

    async def send_command(
        self,
        name: str,
        options: Mapping[str, Any] | list[JSON] | None = None,
        *,
        subcommand: str | None = None,
        group: str | None = None,
        guild_id: int | None = None,
        channel_id: int | None = None,
        user_id: int | None = None,
        dm: bool = False,
        locale: str = "en-US",
        app_permissions: int | None = None,
        resolved: JSON | None = None,
    ) -> FakeInteraction:
        """Send a chat-input application command (interaction type 2).

        ``options`` maps option names to values (or is a list of raw option payloads);
        ``subcommand``/``group`` nest them.  Defaults: first guild, its first text
        channel, its first non-bot member.
        """
        if not dm and guild_id is None:
            guild_id = self.guilds[0].id
        data = self._command_data(
            name,
            options,
            guild_id=None if dm else guild_id,
            subcommand=subcommand,
            group=group,
            focused=None,
            resolved=resolved,
        )
        payload = self.build_interaction(
            APPLICATION_COMMAND,
            data,
            guild_id=guild_id,
            channel_id=channel_id,
            user_id=user_id,
            dm=dm,
            locale=locale,
            app_permissions=app_permissions,
        )
        return await self.send_interaction(payload)

    async def send_autocomplete(
        self,
        name: str,
        focused: str,
        options: Mapping[str, Any] | list[JSON] | None = None,
        *,
        value: Any = None,
        subcommand: str | None = None,
        group: str | None = None,
        guild_id: int | None = None,
        channel_id: int | None = None,
        user_id: int | None = None,
        dm: bool = False,
        locale: str = "en-US",
    ) -> FakeInteraction:
        """Send an autocomplete request (type 4) for option ``focused``.

        The typed text is ``value`` or ``options[focused]`` (default ``""``).
        """
        values: dict[str, Any] | list[JSON]
        if isinstance(options, list):
            values = options
        else:
            values = dict(options or {})
            values[focused] = value if value is not None else values.get(focused, "")
        if not dm and guild_id is None:
            guild_id = self.guilds[0].id
        data = self._command_data(
            name,
            values,
            guild_id=None if dm else guild_id,
            subcommand=subcommand,
            group=group,
            focused=focused,
            resolved=None,
        )
        payload = self.build_interaction(
            AUTOCOMPLETE,
            data,
            guild_id=guild_id,
            channel_id=channel_id,
            user_id=user_id,
            dm=dm,
            locale=locale,
        )
        return await self.send_interaction(payload)

    def find_message_with_component(self, custom_id: str) -> JSON | None:
        """Most recent stored message containing a component with ``custom_id``."""

        def walk(components: list[JSON]) -> bool:
            return any(
                c.get("custom_id") == custom_id or walk(c.get("components") or [])
                for c in components
            )

        for message in reversed(self._messages.values()):
            if walk(message.get("components") or []):
                return message
        return None

    async def send_component(
        self,
        custom_id: str,
        *,
        message: JSON | int | None = None,
        component_type: int = 2,
        values: list[str] | None = None,
        user_id: int | None = None,
        locale: str = "en-US",
        app_permissions: int | None = None,
    ) -> FakeInteraction:
        """Send a component interaction (type 3): a button click (``component_type=2``)
        or a select (3, with ``values``).  ``message`` (payload or id) defaults to the
        latest stored message that has a component with this ``custom_id``."""
        if message is None:
            message = self.find_message_with_component(custom_id)
            if message is None:
                raise LookupError(f"no stored message has a component {custom_id!r}")
        elif isinstance(message, int):
            stored = self.get_message(message)
            if stored is None:
                raise LookupError(f"unknown message {message}")
            message = stored
        data: JSON = {"custom_id": custom_id, "component_type": component_type}
        if values is not None or component_type != 2:
            data["values"] = list(values or [])
        channel_id = int(message["channel_id"])
        found = self.find_channel(channel_id)
        guild = found[0] if found else None
        payload = self.build_interaction(
            MESSAGE_COMPONENT,
            data,
            guild_id=guild.id if guild else None,
            channel_id=channel_id,
            user_id=user_id,
            dm=guild is None,
            locale=locale,
            app_permissions=app_permissions,
            message=message,
        )
        return await self.send_interaction(payload)

    # ------------------------------------------------------------- messages

    def _resolve_mentions(
        self, content: str, allowed: JSON | None, guild: FakeGuild | None
    ) -> tuple[list[JSON], list[str], bool]:
        parse = (
            {"users", "roles", "everyone"} if allowed is None else set(allowed.get("parse") or [])
        )
        # Snowflakes may come as numbers or strings (discord.py sends numbers).
        allowed_users = {str(u) for u in (allowed or {}).get("users") or []}
        allowed_roles = {str(r) for r in (allowed or {}).get("roles") or []}
        users: list[JSON] = []
        for uid in dict.fromkeys(re.findall(r"<@!?(\d+)>", content)):
            if "users" in parse or uid in allowed_users:
                user = self.find_user(int(uid))
                users.append(
                    user.to_payload() if user else FakeUser(int(uid), f"user{uid}").to_payload()
                )
        roles = [
            rid
            for rid in dict.fromkeys(re.findall(r"<@&(\d+)>", content))
            if ("roles" in parse or rid in allowed_roles)
            and (guild is None or guild.role(int(rid)))
        ]
        everyone = "everyone" in parse and ("@everyone" in content or "@here" in content)
        return users, roles, everyone

    def _attachments(self, channel_id: int, payload: JSON, files: list[RecordedFile]) -> list[JSON]:
        meta = {str(a.get("id")): a for a in payload.get("attachments") or []}
        result = []
        for index, file in enumerate(files):
            info = meta.get(str(index), {})
            aid = snowflake()
            url = f"{self.base_url}/attachments/{channel_id}/{aid}/{file.filename}"
            result.append(
                {
                    "id": str(aid),
                    "filename": info.get("filename", file.filename),
                    "description": info.get("description"),
                    "content_type": file.content_type,
                    "size": len(file.data),
                    "url": url,
                    "proxy_url": url,
                    "flags": 0,
                }
            )
        return result

    def _make_message(
        self,
        channel_id: int,
        payload: JSON,
        *,
        author: FakeUser,
        files: list[RecordedFile] | None = None,
        message_type: int = 0,
        webhook: bool = False,
        interaction: FakeInteraction | None = None,
        extra_flags: int = 0,
    ) -> JSON:
        found = self.find_channel(channel_id)
        guild = found[0] if found else None
        content = str(payload.get("content") or "")
        mentions, mention_roles, everyone = self._resolve_mentions(
            content, payload.get("allowed_mentions"), guild
        )
        message: JSON = {
            "id": str(snowflake()),
            "channel_id": str(channel_id),
            "author": author.to_payload(),
            "content": content,
            "timestamp": _now_iso(),
            "edited_timestamp": None,
            "tts": bool(payload.get("tts", False)),
            "mention_everyone": everyone,
            "mentions": mentions,
            "mention_roles": mention_roles,
            "mention_channels": [],
            "attachments": self._attachments(channel_id, payload, files or []),
            "embeds": [{"type": "rich", **e} for e in payload.get("embeds") or []],
            "components": list(payload.get("components") or []),
            "reactions": [],
            "pinned": False,
            "type": message_type,
            "flags": (payload.get("flags") or 0) | extra_flags,
            "sticker_items": [],
            "position": 0,
        }
        if payload.get("nonce") is not None:
            message["nonce"] = payload["nonce"]
        if payload.get("poll") is not None:
            message["poll"] = payload["poll"]
        if webhook:
            message["webhook_id"] = str(self.application_id)
            message["application_id"] = str(self.application_id)
        if interaction is not None:
            user = interaction.payload.get("member", {}).get("user") or interaction.payload.get(
                "user"
            )
            message["interaction_metadata"] = {
                "id": str(interaction.id),
                "type": interaction.type,
                "user": user,
                "authorizing_integration_owners": interaction.payload.get(
                    "authorizing_integration_owners", {}
                ),
            }
        reference = payload.get("message_reference")
        if reference:
            message["type"] = 19
            ref = {"channel_id": str(channel_id), "type": 0, **reference}
            if guild is not None:
                ref.setdefault("guild_id", str(guild.id))
            message["message_reference"] = ref
            referenced = self.get_message(int(reference.get("message_id", 0) or 0))
            message["referenced_message"] = referenced
        return message

    def _edit_message(self, message: JSON, payload: JSON, files: list[RecordedFile]) -> JSON:
        """Apply a PATCH payload to a stored message in place."""
        channel_id = int(message["channel_id"])
        if "content" in payload:
            message["content"] = str(payload["content"] or "")
            found = self.find_channel(channel_id)
            guild = found[0] if found else None
            allowed = payload.get("allowed_mentions")
            users, roles, everyone = self._resolve_mentions(message["content"], allowed, guild)
            message.update(mentions=users, mention_roles=roles, mention_everyone=everyone)
        if "embeds" in payload:
            message["embeds"] = [{"type": "rich", **e} for e in payload["embeds"] or []]
        if "components" in payload:
            message["components"] = list(payload["components"] or [])
        if "flags" in payload and payload["flags"] is not None:
            keep = message["flags"] & (FLAG_EPHEMERAL | FLAG_CROSSPOSTED)
            message["flags"] = (payload["flags"] & ~FLAG_EPHEMERAL) | keep
        if "attachments" in payload or files:
            keep_ids = {str(a.get("id")) for a in payload.get("attachments") or []}
            kept = [a for a in message["attachments"] if a["id"] in keep_ids]
            if "attachments" not in payload:
                kept = list(message["attachments"])
            message["attachments"] = kept + self._attachments(channel_id, payload, files)
        message["flags"] &= ~FLAG_LOADING
        message["edited_timestamp"] = _now_iso()
        return message

    def _store_channel_message(self, message: JSON) -> None:
        self._messages[int(message["id"])] = message
        self._channel_messages.setdefault(int(message["channel_id"]), []).append(message)

    def _forget_message(self, message_id: int) -> None:
        message = self._messages.pop(message_id, None)
        if message is None:
            return
        bucket = self._channel_messages.get(int(message["channel_id"]), [])
        self._channel_messages[int(message["channel_id"])] = [
            m for m in bucket if m["id"] != message["id"]
        ]

    def _shard_intents(self, shard_id: int) -> int | None:
        """Intents the given shard identified with (``None`` if unknown)."""
        for conn in self._connections:
            if conn.ready and conn.session and conn.session.shard_id == shard_id:
                return conn.session.intents
        return None

    async def _dispatch_message_create(self, message: JSON, guild: FakeGuild | None) -> None:
        data = dict(message)
        if guild is not None:
            data["guild_id"] = str(guild.id)
            member = guild.member(int(message["author"]["id"]))
            if member is not None:
                mdata = member.to_payload()
                del mdata["user"]
                data["member"] = mdata
            # Without MESSAGE_CONTENT Discord blanks guild messages that neither come
            # from nor mention the bot.
            intents = self._shard_intents(self.shard_for_guild(guild.id))
            bot_id = str(self.bot_user.id)
            exempt = message["author"]["id"] == bot_id or any(
                u["id"] == bot_id for u in message["mentions"]
            )
            if intents is not None and not intents & INTENT_MESSAGE_CONTENT and not exempt:
                data.update(content="", embeds=[], attachments=[], components=[])
                data.pop("poll", None)
        await self.dispatch("MESSAGE_CREATE", data, guild_id=guild.id if guild else None)

    # ------------------------------------------------------------- REST plumbing

    def _build_routes(self) -> list[tuple[str, re.Pattern[str], _Handler]]:
        cid, mid, gid = _ID.format("channel_id"), _ID.format("message_id"), _ID.format("guild_id")
        app, iid, uid = _ID.format("app_id"), _ID.format("interaction_id"), _ID.format("user_id")
        table: list[tuple[str, str, _Handler]] = [
            ("GET", r"/gateway", self._get_gateway),
            ("GET", r"/gateway/bot", self._get_gateway_bot),
            ("GET", r"/users/@me", self._get_me),
            ("GET", rf"/users/{uid}", self._get_user),
            ("POST", r"/users/@me/channels", self._create_dm),
            ("GET", r"/oauth2/applications/@me", self._get_application),
            ("GET", r"/applications/@me", self._get_application),
            ("GET", rf"/applications/{app}/commands", self._get_commands),
            ("PUT", rf"/applications/{app}/commands", self._put_commands),
            ("GET", rf"/applications/{app}/guilds/{gid}/commands", self._get_commands),
            ("PUT", rf"/applications/{app}/guilds/{gid}/commands", self._put_commands),
            ("POST", rf"/interactions/{iid}/{_TOKEN}/callback", self._interaction_callback),
            ("POST", rf"/webhooks/{app}/{_TOKEN}", self._webhook_followup),
            ("GET", rf"/webhooks/{app}/{_TOKEN}/messages/@original", self._webhook_get),
            ("PATCH", rf"/webhooks/{app}/{_TOKEN}/messages/@original", self._webhook_edit),
            ("DELETE", rf"/webhooks/{app}/{_TOKEN}/messages/@original", self._webhook_delete),
            ("GET", rf"/webhooks/{app}/{_TOKEN}/messages/{mid}", self._webhook_get),
            ("PATCH", rf"/webhooks/{app}/{_TOKEN}/messages/{mid}", self._webhook_edit),
            ("DELETE", rf"/webhooks/{app}/{_TOKEN}/messages/{mid}", self._webhook_delete),
            ("GET", rf"/channels/{cid}", self._get_channel),
            ("GET", rf"/channels/{cid}/messages", self._list_messages),
            ("POST", rf"/channels/{cid}/messages", self._create_message),
            ("GET", rf"/channels/{cid}/messages/{mid}", self._get_channel_message),
            ("PATCH", rf"/channels/{cid}/messages/{mid}", self._edit_channel_message),
            ("DELETE", rf"/channels/{cid}/messages/{mid}", self._delete_channel_message),
            ("POST", rf"/channels/{cid}/messages/{mid}/crosspost", self._crosspost),
            ("POST", rf"/channels/{cid}/typing", self._typing),
            ("PUT", rf"/channels/{cid}/messages/{mid}/reactions/[^/]+/@me", self._react),
            ("DELETE", rf"/channels/{cid}/messages/{mid}/reactions/[^/]+/@me", self._react),
            ("GET", rf"/guilds/{gid}", self._get_guild),
            ("GET", rf"/guilds/{gid}/channels", self._get_guild_channels),
            ("GET", rf"/guilds/{gid}/roles", self._get_guild_roles),
            ("GET", rf"/guilds/{gid}/members/{uid}", self._get_guild_member),
        ]
        return [(method, re.compile(pattern), handler) for method, pattern, handler in table]

    async def _record(self, request: web.Request) -> RecordedRequest:
        path = "/" + request.match_info.get("tail", "")
        body: Any = None
        files: list[RecordedFile] = []
        content_type = request.content_type
        if content_type == "application/json":
            raw = await request.read()
            body = json.loads(raw) if raw else None
        elif content_type.startswith("multipart/"):
            form = await request.post()
            for name, value in form.items():
                if isinstance(value, web.FileField):
                    data = value.file.read()
                    files.append(RecordedFile(name, value.filename, value.content_type, data))
                elif name == "payload_json":
                    body = json.loads(str(value))
        else:
            raw = await request.read()
            body = raw.decode(errors="replace") if raw else None
        return RecordedRequest(
            method=request.method,
            path=path,
            query=dict(request.query),
            json=body,
            headers=dict(request.headers),
            files=files,
        )

    async def _rest_handler(self, request: web.Request) -> web.StreamResponse:
        req = await self._record(request)
        self.requests.append(req)
        self._bump()
        try:
            response = await self._respond(req)
        except _ReplyError as failure:
            response = failure.error.response(failure.errors)
        except Exception as exc:  # a bug in the fake: 400 so discord.py does not retry
            self.errors.append(exc)
            _log.exception("FakeDiscord handler failed for %s %s", req.method, req.path)
            response = _json_response({"message": f"FakeDiscord bug: {exc!r}", "code": 0}, 400)
        req.status = response.status
        if isinstance(response.body, bytes) and response.body:
            req.response = json.loads(response.body)
        self._bump()
        return response

    async def _respond(self, req: RecordedRequest) -> web.Response:
        fault = next((f for f in self.faults if f.matches(req.method, req.path)), None)
        if fault is not None:
            fault.hits += 1
            if fault.delay:
                await asyncio.sleep(fault.delay)
            if fault.status is not None:
                return _json_response(fault.body, fault.status, fault.headers)
        is_token_route = req.path.startswith(("/webhooks/", "/interactions/"))
        authorized = req.headers.get("Authorization") == f"Bot {self.token}"
        if self.token is not None and not is_token_route and not authorized:
            return UNAUTHORIZED.response()
        for method, pattern, handler in self._routes:
            match = pattern.fullmatch(req.path)
            if match and method == req.method:
                return await handler(req, match.groupdict())
        _log.warning("FakeDiscord: unhandled route %s %s", req.method, req.path)
        self.unhandled.append(req)
        return NOT_FOUND.response()

    # ------------------------------------------------------------- REST: misc

    async def _get_gateway(self, req: RecordedRequest, params: dict[str, str]) -> web.Response:
        return _json_response({"url": self.ws_url})

    async def _get_gateway_bot(self, req: RecordedRequest, params: dict[str, str]) -> web.Response:
        return _json_response(
            {
                "url": self.ws_url,
                "shards": self.shard_count,
                "session_start_limit": {
                    "total": 1000,
                    "remaining": 999,
                    "reset_after": 0,
                    "max_concurrency": 1,
                },
            }
        )

    async def _get_me(self, req: RecordedRequest, params: dict[str, str]) -> web.Response:
        return _json_response(
            {**self.bot_user.to_payload(), "verified": True, "mfa_enabled": False}
        )

    async def _get_user(self, req: RecordedRequest, params: dict[str, str]) -> web.Response:
        user = self.find_user(int(params["user_id"]))
        if user is None:
            raise _ReplyError(UNKNOWN_USER)
        return _json_response(user.to_payload())

    async def _create_dm(self, req: RecordedRequest, params: dict[str, str]) -> web.Response:
        user = self.find_user(int((req.json or {}).get("recipient_id", 0)))
        if user is None:
            raise _ReplyError(UNKNOWN_USER)
        channel = self._dm_channel_for(user)
        return _json_response(
            {
                "id": str(channel.id),
                "type": 1,
                "recipients": [user.to_payload()],
                "last_message_id": None,
                "flags": 0,
            }
        )

    async def _get_application(self, req: RecordedRequest, params: dict[str, str]) -> web.Response:
        return _json_response(
            {
                "id": str(self.application_id),
                "name": self.bot_user.username,
                "icon": None,
                "description": "Fake application",
                "summary": "",
                "type": None,
                "bot_public": True,
                "bot_require_code_grant": False,
                "verify_key": "0" * 64,
                "owner": self.owner.to_payload(),
                "team": None,
                "flags": self.application_flags,
                "bot": self.bot_user.to_payload(),
                "tags": [],
                "redirect_uris": [],
                "interactions_endpoint_url": None,
                "role_connections_verification_url": None,
                "approximate_guild_count": len(self.guilds),
                "integration_types_config": {"0": {}},
                "install_params": None,
                "rpc_origins": [],
            }
        )

    # ------------------------------------------------------------- REST: commands

    async def _get_commands(self, req: RecordedRequest, params: dict[str, str]) -> web.Response:
        if int(params["app_id"]) != self.application_id:
            raise _ReplyError(ApiError(404, 10002, "Unknown Application"))
        if "guild_id" in params:
            return _json_response(self.guild_commands.get(int(params["guild_id"]), []))
        return _json_response(self.global_commands)

    async def _put_commands(self, req: RecordedRequest, params: dict[str, str]) -> web.Response:
        if int(params["app_id"]) != self.application_id:
            raise _ReplyError(ApiError(404, 10002, "Unknown Application"))
        commands: list[JSON] = req.json or []
        _validate_commands(commands)
        guild_id = int(params["guild_id"]) if "guild_id" in params else None
        existing = self.guild_commands.get(guild_id, []) if guild_id else self.global_commands
        ids = {(c["name"], c.get("type", 1)): c["id"] for c in existing}
        stored = []
        for cmd in commands:
            ctype = cmd.get("type", 1)
            data: JSON = {
                "default_member_permissions": None,
                "nsfw": False,
                "options": [],
                "description": "",
                **cmd,
                "type": ctype,
                "id": ids.get((cmd["name"], ctype), str(snowflake())),
                "application_id": str(self.application_id),
                "version": str(snowflake()),
            }
            if guild_id is not None:
                data["guild_id"] = str(guild_id)
            stored.append(data)
        if guild_id is not None:
            self.guild_commands[guild_id] = stored
        else:
            self.global_commands = stored
        return _json_response(stored)

    # ------------------------------------------------------------- REST: interactions

    def _interaction_for_token(self, params: dict[str, str]) -> FakeInteraction:
        if int(params["app_id"]) != self.application_id:
            raise _ReplyError(UNKNOWN_WEBHOOK)
        token = params["token"]
        inter = next((i for i in self.interactions.values() if i.token == token), None)
        if inter is None:
            raise _ReplyError(INVALID_WEBHOOK_TOKEN)
        return inter

    async def _interaction_callback(
        self, req: RecordedRequest, params: dict[str, str]
    ) -> web.Response:
        inter = self.interactions.get(int(params["interaction_id"]))
        if inter is None or inter.token != params["token"] or inter.expired:
            raise _ReplyError(UNKNOWN_INTERACTION)
        age = time.monotonic() - inter.created_at
        if self.callback_deadline is not None and age > self.callback_deadline:
            inter.expired = True
            raise _ReplyError(UNKNOWN_INTERACTION)
        if inter.callback_type is not None:
            raise _ReplyError(ALREADY_ACKNOWLEDGED)
        body: JSON = req.json or {}
        cb_type = body.get("type")
        data: JSON = body.get("data") or {}
        if cb_type not in _ALLOWED_CALLBACKS.get(inter.type, set()):
            errors: JSON = {}
            msg = "Interaction callback type is not valid for this interaction"
            _form_error(["type"], "INTERACTION_CALLBACK_TYPE_INVALID", msg, errors)
            raise _ReplyError(INVALID_FORM_BODY, errors)

        message: JSON | None = None
        if cb_type == CB_MESSAGE:
            validate_message_payload(data, creating=True, has_files=bool(req.files))
            msg_type = 20 if inter.type == APPLICATION_COMMAND else 19
            message = self._make_message(
                inter.channel_id,
                data,
                author=self.bot_user,
                files=req.files,
                message_type=msg_type,
                webhook=True,
                interaction=inter,
            )
            inter.original = message
        elif cb_type == CB_DEFERRED_MESSAGE:
            flags = (data.get("flags") or 0) & FLAG_EPHEMERAL
            msg_type = 20 if inter.type == APPLICATION_COMMAND else 19
            message = self._make_message(
                inter.channel_id,
                {"flags": flags},
                author=self.bot_user,
                message_type=msg_type,
                webhook=True,
                interaction=inter,
                extra_flags=FLAG_LOADING,
            )
            inter.original = message
        elif cb_type == CB_UPDATE_MESSAGE:
            validate_message_payload(data, creating=False)
            target = inter.component_message
            if target is None:
                raise _ReplyError(UNKNOWN_MESSAGE)
            message = self._edit_message(target, data, req.files)
            self._messages.setdefault(int(message["id"]), message)
        elif cb_type == CB_AUTOCOMPLETE:
            _validate_choices(data.get("choices") or [])

        if message is not None:
            self._messages[int(message["id"])] = message
        inter.callback_type = cb_type
        inter.callback_data = data
        info: JSON = {"id": str(inter.id), "type": inter.type}
        resource: JSON = {"type": cb_type}
        if message is not None:
            info.update(
                response_message_id=message["id"],
                response_message_loading=bool(message["flags"] & FLAG_LOADING),
                response_message_ephemeral=bool(message["flags"] & FLAG_EPHEMERAL),
            )
            resource["message"] = message
        return _json_response({"interaction": info, "resource": resource})

    def _webhook_message(self, inter: FakeInteraction, params: dict[str, str]) -> JSON:
        message_id = params.get("message_id")
        if message_id is None:  # @original
            if inter.original is not None:
                return inter.original
            if inter.callback_type in (CB_DEFERRED_UPDATE, CB_UPDATE_MESSAGE):
                target = inter.component_message
                if target is not None:
                    return target
            if inter.callback_type is None:
                raise _ReplyError(UNKNOWN_WEBHOOK)
            raise _ReplyError(UNKNOWN_MESSAGE)
        for message in [*inter.messages, inter.component_message]:
            if message is not None and message["id"] == message_id:
                return message
        raise _ReplyError(UNKNOWN_MESSAGE)

    async def _webhook_followup(self, req: RecordedRequest, params: dict[str, str]) -> web.Response:
        inter = self._interaction_for_token(params)
        if inter.callback_type is None:
            raise _ReplyError(UNKNOWN_WEBHOOK)
        data: JSON = req.json or {}
        validate_message_payload(data, creating=True, has_files=bool(req.files))
        original = inter.original
        if original is not None and original["flags"] & FLAG_LOADING:
            # Discord turns the "thinking" message into the first followup.
            message = self._edit_message(original, data, req.files)
        else:
            message = self._make_message(
                inter.channel_id,
                data,
                author=self.bot_user,
                files=req.files,
                webhook=True,
                interaction=inter,
            )
            inter.followups.append(message)
            self._messages[int(message["id"])] = message
        if req.query.get("wait", "").lower() in ("1", "true"):
            return _json_response(message)
        return _no_content()

    async def _webhook_get(self, req: RecordedRequest, params: dict[str, str]) -> web.Response:
        inter = self._interaction_for_token(params)
        return _json_response(self._webhook_message(inter, params))

    async def _webhook_edit(self, req: RecordedRequest, params: dict[str, str]) -> web.Response:
        inter = self._interaction_for_token(params)
        message = self._webhook_message(inter, params)
        data: JSON = req.json or {}
        validate_message_payload(data, creating=False)
        return _json_response(self._edit_message(message, data, req.files))

    async def _webhook_delete(self, req: RecordedRequest, params: dict[str, str]) -> web.Response:
        inter = self._interaction_for_token(params)
        message = self._webhook_message(inter, params)
        if inter.original is message:
            inter.original = None
        inter.followups = [m for m in inter.followups if m is not message]
        self._forget_message(int(message["id"]))
        return _no_content()

    # ------------------------------------------------------------- REST: channels

    def _channel_access(
        self, channel_id: int, method: str, needed: int = 0
    ) -> tuple[FakeGuild | None, FakeChannel]:
        """Resolve a channel or raise the error Discord would give the bot."""
        if channel_id in self.deleted_channels:
            raise _ReplyError(UNKNOWN_CHANNEL)
        found = self.find_channel(channel_id)
        if found is None:
            raise _ReplyError(UNKNOWN_CHANNEL)
        denied = self.denied_channels.get(channel_id)
        if denied is not None and (denied.code == MISSING_ACCESS.code or method != "GET"):
            raise _ReplyError(denied)
        guild, channel = found
        if guild is not None:
            perms = self.permissions_for(guild, self.bot_user.id, channel)
            if not perms & VIEW_CHANNEL:
                raise _ReplyError(MISSING_ACCESS)
            if perms & needed != needed:
                raise _ReplyError(MISSING_PERMISSIONS)
        elif self._dm_recipients.get(channel_id) in self.dm_blocked and method == "POST":
            raise _ReplyError(CANNOT_DM_USER)
        return guild, channel

    def _channel_message(self, channel_id: int, message_id: int) -> JSON:
        message = self._messages.get(message_id)
        if message is None or int(message["channel_id"]) != channel_id:
            raise _ReplyError(UNKNOWN_MESSAGE)
        return message

    async def _get_channel(self, req: RecordedRequest, params: dict[str, str]) -> web.Response:
        channel_id = int(params["channel_id"])
        guild, channel = self._channel_access(channel_id, req.method)
        if guild is None:
            user = self.find_user(self._dm_recipients.get(channel_id, 0)) or FakeUser()
            data = {"id": str(channel.id), "type": 1, "recipients": [user.to_payload()], "flags": 0}
            return _json_response(data)
        return _json_response(channel.to_payload(guild.id))

    async def _list_messages(self, req: RecordedRequest, params: dict[str, str]) -> web.Response:
        channel_id = int(params["channel_id"])
        self._channel_access(channel_id, req.method, READ_MESSAGE_HISTORY)
        limit = int(req.query.get("limit", 50))
        before, after = req.query.get("before"), req.query.get("after")
        newest_first = [
            m
            for m in reversed(self._channel_messages.get(channel_id, []))
            if (before is None or int(m["id"]) < int(before))
            and (after is None or int(m["id"]) > int(after))
        ]
        return _json_response(newest_first[:limit])

    async def _create_message(self, req: RecordedRequest, params: dict[str, str]) -> web.Response:
        channel_id = int(params["channel_id"])
        guild, _ = self._channel_access(channel_id, req.method, SEND_MESSAGES)
        data: JSON = req.json or {}
        nonce = data.get("nonce")
        if nonce is not None and data.get("enforce_nonce"):
            existing_id = self._nonces.get((channel_id, str(nonce)))
            if existing_id is not None and existing_id in self._messages:
                return _json_response(self._messages[existing_id])
        validate_message_payload(data, creating=True, has_files=bool(req.files))
        message = self._make_message(channel_id, data, author=self.bot_user, files=req.files)
        self._store_channel_message(message)
        if nonce is not None and data.get("enforce_nonce"):
            self._nonces[(channel_id, str(nonce))] = int(message["id"])
        if self.dispatch_message_create:
            await self._dispatch_message_create(message, guild)
        return _json_response(message)

    async def _get_channel_message(
        self, req: RecordedRequest, params: dict[str, str]
    ) -> web.Response:
        channel_id = int(params["channel_id"])
        self._channel_access(channel_id, req.method, READ_MESSAGE_HISTORY)
        return _json_response(self._channel_message(channel_id, int(params["message_id"])))

    async def _edit_channel_message(
        self, req: RecordedRequest, params: dict[str, str]
    ) -> web.Response:
        channel_id = int(params["channel_id"])
        self._channel_access(channel_id, req.method)
        message = self._channel_message(channel_id, int(params["message_id"]))
        if message["author"]["id"] != str(self.bot_user.id):
            raise _ReplyError(CANNOT_EDIT_OTHERS)
        data: JSON = req.json or {}
        validate_message_payload(data, creating=False)
        return _json_response(self._edit_message(message, data, req.files))

    async def _delete_channel_message(
        self, req: RecordedRequest, params: dict[str, str]
    ) -> web.Response:
        channel_id = int(params["channel_id"])
        message = self._channel_message(channel_id, int(params["message_id"]))
        own = message["author"]["id"] == str(self.bot_user.id)
        self._channel_access(channel_id, req.method, 0 if own else MANAGE_MESSAGES)
        self._forget_message(int(message["id"]))
        return _no_content()

    async def _crosspost(self, req: RecordedRequest, params: dict[str, str]) -> web.Response:
        channel_id = int(params["channel_id"])
        _, channel = self._channel_access(channel_id, req.method, SEND_MESSAGES)
        message = self._channel_message(channel_id, int(params["message_id"]))
        if channel.type != 5:
            raise _ReplyError(WRONG_CHANNEL_TYPE)
        if message["flags"] & FLAG_CROSSPOSTED:
            raise _ReplyError(ALREADY_CROSSPOSTED)
        message["flags"] |= FLAG_CROSSPOSTED
        return _json_response(message)

    async def _typing(self, req: RecordedRequest, params: dict[str, str]) -> web.Response:
        self._channel_access(int(params["channel_id"]), req.method, SEND_MESSAGES)
        return _no_content()

    async def _react(self, req: RecordedRequest, params: dict[str, str]) -> web.Response:
        channel_id = int(params["channel_id"])
        self._channel_access(channel_id, req.method, READ_MESSAGE_HISTORY)
        self._channel_message(channel_id, int(params["message_id"]))
        return _no_content()

    # ------------------------------------------------------------- REST: guilds

    def _guild_or_404(self, params: dict[str, str]) -> FakeGuild:
        try:
            return self.guild(int(params["guild_id"]))
        except KeyError:
            raise _ReplyError(UNKNOWN_GUILD) from None

    async def _get_guild(self, req: RecordedRequest, params: dict[str, str]) -> web.Response:
        return _json_response(self._guild_or_404(params).to_payload(full=False))

    async def _get_guild_channels(
        self, req: RecordedRequest, params: dict[str, str]
    ) -> web.Response:
        guild = self._guild_or_404(params)
        return _json_response([c.to_payload(guild.id) for c in guild.channels])

    async def _get_guild_roles(self, req: RecordedRequest, params: dict[str, str]) -> web.Response:
        return _json_response([r.to_payload() for r in self._guild_or_404(params).roles])

    async def _get_guild_member(self, req: RecordedRequest, params: dict[str, str]) -> web.Response:
        member = self._guild_or_404(params).member(int(params["user_id"]))
        if member is None:
            raise _ReplyError(UNKNOWN_MEMBER)
        return _json_response(member.to_payload())


# --------------------------------------------------------------------------- bot helpers


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
