"""The REST API: the route table, request recording, fault injection and every route
handler (users, application commands, interaction callbacks and webhooks, channels,
guilds).
"""

from __future__ import annotations

import asyncio
import json
import logging
import re
import time
from collections.abc import Awaitable, Callable
from typing import Any

from aiohttp import web

from tests.discord_fake.models import (
    _ALLOWED_CALLBACKS,
    APPLICATION_COMMAND,
    CB_AUTOCOMPLETE,
    CB_DEFERRED_MESSAGE,
    CB_DEFERRED_UPDATE,
    CB_MESSAGE,
    CB_UPDATE_MESSAGE,
    FLAG_CROSSPOSTED,
    FLAG_EPHEMERAL,
    FLAG_LOADING,
    JSON,
    MANAGE_MESSAGES,
    READ_MESSAGE_HISTORY,
    SEND_MESSAGES,
    SEND_MESSAGES_IN_THREADS,
    VIEW_CHANNEL,
    FakeChannel,
    FakeGuild,
    FakeInteraction,
    FakeUser,
    RecordedFile,
    RecordedRequest,
    _json_response,
    _no_content,
    snowflake,
)
from tests.discord_fake.validation import (
    ALREADY_ACKNOWLEDGED,
    ALREADY_CROSSPOSTED,
    CANNOT_DM_USER,
    CANNOT_EDIT_OTHERS,
    INVALID_FORM_BODY,
    INVALID_WEBHOOK_TOKEN,
    MISSING_ACCESS,
    MISSING_PERMISSIONS,
    NOT_FOUND,
    UNAUTHORIZED,
    UNKNOWN_CHANNEL,
    UNKNOWN_GUILD,
    UNKNOWN_INTERACTION,
    UNKNOWN_MEMBER,
    UNKNOWN_MESSAGE,
    UNKNOWN_USER,
    UNKNOWN_WEBHOOK,
    WRONG_CHANNEL_TYPE,
    ApiError,
    _form_error,
    _ReplyError,
    _validate_choices,
    _validate_commands,
    validate_message_payload,
)

_log = logging.getLogger(__name__)


_Handler = Callable[[RecordedRequest, dict[str, str]], Awaitable[web.Response]]
_ID = r"(?P<{}>\d+)"
_TOKEN = r"(?P<token>[^/]+)"


class RestMixin:
    """The REST half of :class:`~tests.discord_fake.server.FakeDiscord` (mixed into it;
    uses its state)."""

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
            ("POST", rf"/channels/{cid}/threads", self._start_thread),
            ("POST", rf"/channels/{cid}/messages/{mid}/threads", self._thread_from_message),
            ("GET", rf"/guilds/{gid}/threads/active", self._active_threads),
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
            # A thread takes its parent's permissions; posting in it needs Send Messages
            # in Threads instead of Send Messages.
            checked = channel
            if channel.type in (10, 11, 12) and channel.parent_id is not None:
                checked = guild.channel(channel.parent_id) or channel
                if needed & SEND_MESSAGES:
                    needed = (needed & ~SEND_MESSAGES) | SEND_MESSAGES_IN_THREADS
            perms = self.permissions_for(guild, self.bot_user.id, checked)
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
