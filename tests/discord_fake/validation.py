"""Discord's API errors and the payload checks that produce them (400 / 50035 ``Invalid
Form Body``, empty messages, command schemas).
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from typing import Any

from aiohttp import web

from tests.discord_fake.models import JSON, _json_response

_log = logging.getLogger(__name__)


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
THREAD_ALREADY_CREATED = ApiError(400, 160004, "A thread has already been created for this message")


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
        # Installation types (0 guild, 1 user) and contexts (0 guild, 1 bot DM, 2 private
        # channel), as Discord accepts them since user installs.
        for key, allowed in (("integration_types", {0, 1}), ("contexts", {0, 1, 2})):
            value = cmd.get(key)
            if value is not None and (not isinstance(value, list) or not set(value) <= allowed):
                _form_error([*path, key], "BASE_TYPE_CHOICES", f"Must be one of {allowed}.", errors)
    if errors:
        raise _ReplyError(INVALID_FORM_BODY, errors)
