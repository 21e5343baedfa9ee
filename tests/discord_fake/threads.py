"""Threads and forum posts as Discord makes them: a thread from a message, a forum post
(a thread with its first message and tags), the active-thread list, and messages in threads
(which need Send Messages in Threads rather than Send Messages).
"""

from __future__ import annotations

import logging

from aiohttp import web

from tests.discord_fake.models import (
    CREATE_PUBLIC_THREADS,
    JSON,
    SEND_MESSAGES,
    FakeChannel,
    FakeGuild,
    RecordedRequest,
    _json_response,
    _now_iso,
    snowflake,
)
from tests.discord_fake.validation import (
    INVALID_FORM_BODY,
    THREAD_ALREADY_CREATED,
    WRONG_CHANNEL_TYPE,
    _form_error,
    _ReplyError,
    validate_message_payload,
)

_log = logging.getLogger(__name__)

TEXT, NEWS, FORUM = 0, 5, 15
NEWS_THREAD, PUBLIC_THREAD, PRIVATE_THREAD = 10, 11, 12
THREAD_TYPES = (NEWS_THREAD, PUBLIC_THREAD, PRIVATE_THREAD)
ARCHIVE_DURATIONS = (60, 1440, 4320, 10080)
MAX_APPLIED_TAGS = 5


def forum_tag(name: str, *, tag_id: int | None = None) -> JSON:
    """A forum tag as it appears in a forum channel's ``available_tags``."""
    return {
        "id": str(tag_id or snowflake()),
        "name": name,
        "moderated": False,
        "emoji_id": None,
        "emoji_name": None,
    }


def forum_channel(name: str, tags: list[str] | None = None) -> FakeChannel:
    """A forum channel (type 15) with tags of these names."""
    return FakeChannel(
        name=name, type=FORUM, extra={"available_tags": [forum_tag(t) for t in tags or []]}
    )


class ThreadsMixin:
    """Threads of :class:`~tests.discord_fake.server.FakeDiscord` (mixed into it; uses its
    state: ``threads`` maps a thread id to its guild and channel)."""

    def thread_channels(self, parent_id: int | None = None) -> list[FakeChannel]:
        """Threads created so far (of one parent channel), oldest first."""
        return [
            channel
            for _, channel in self.threads.values()  # type: ignore[attr-defined]
            if parent_id is None or channel.parent_id == parent_id
        ]

    def _thread_payload(self, guild: FakeGuild, thread: FakeChannel) -> JSON:
        return thread.to_payload(guild.id)

    def _new_thread(
        self,
        guild: FakeGuild,
        parent: FakeChannel,
        *,
        thread_id: int,
        name: str,
        kind: int,
        archive: int,
        applied_tags: list[str] | None = None,
    ) -> FakeChannel:
        thread = FakeChannel(
            id=thread_id,
            name=name,
            type=kind,
            parent_id=parent.id,
            extra={
                "owner_id": str(self.bot_user.id),  # type: ignore[attr-defined]
                "last_message_id": None,
                "message_count": 0,
                "member_count": 1,
                "total_message_sent": 0,
                "rate_limit_per_user": 0,
                "applied_tags": list(applied_tags or []),
                "thread_metadata": {
                    "archived": False,
                    "auto_archive_duration": archive,
                    "archive_timestamp": _now_iso(),
                    "locked": False,
                },
            },
        )
        self.threads[thread.id] = (guild, thread)  # type: ignore[attr-defined]
        return thread

    @staticmethod
    def _thread_options(data: JSON) -> tuple[str, int, JSON]:
        """The name and archive duration of a new thread, checked as Discord does."""
        errors: JSON = {}
        name = data.get("name")
        if not isinstance(name, str) or not 1 <= len(name) <= 100:
            _form_error(["name"], "BASE_TYPE_BAD_LENGTH", "Must be between 1 and 100.", errors)
        archive = data.get("auto_archive_duration") or 4320
        if archive not in ARCHIVE_DURATIONS:
            _form_error(["auto_archive_duration"], "BASE_TYPE_CHOICES", "Not a choice.", errors)
        return str(name or ""), int(archive), errors

    async def _start_thread(self, req: RecordedRequest, params: dict[str, str]) -> web.Response:
        """``POST /channels/{id}/threads``: a forum post (with ``message``) or a thread
        without a message in a text channel."""
        channel_id = int(params["channel_id"])
        guild, parent = self._channel_access(channel_id, req.method)  # type: ignore[attr-defined]
        data: JSON = req.json or {}
        if guild is None or parent.type not in (TEXT, NEWS, FORUM):
            raise _ReplyError(WRONG_CHANNEL_TYPE)
        name, archive, errors = self._thread_options(data)
        if parent.type != FORUM:
            if errors:
                raise _ReplyError(INVALID_FORM_BODY, errors)
            self._channel_access(channel_id, req.method, CREATE_PUBLIC_THREADS)  # type: ignore[attr-defined]
            kind = int(data.get("type") or PRIVATE_THREAD)
            thread = self._new_thread(
                guild, parent, thread_id=snowflake(), name=name, kind=kind, archive=archive
            )
            await self._announce_thread(guild, thread)
            return _json_response(self._thread_payload(guild, thread))
        # A forum post: Create Posts is Send Messages on a forum.
        self._channel_access(channel_id, req.method, SEND_MESSAGES)  # type: ignore[attr-defined]
        message = data.get("message")
        if not isinstance(message, dict):
            _form_error(["message"], "BASE_TYPE_REQUIRED", "This field is required", errors)
        available = {t["id"] for t in parent.to_payload(guild.id).get("available_tags") or []}
        tags = [str(t) for t in data.get("applied_tags") or []]
        if len(tags) > MAX_APPLIED_TAGS:
            msg = f"Must be {MAX_APPLIED_TAGS} or fewer in length."
            _form_error(["applied_tags"], "BASE_TYPE_MAX_LENGTH", msg, errors)
        for index, tag in enumerate(tags):
            if tag not in available:
                _form_error(["applied_tags", index], "TAG_INVALID", "Unknown tag.", errors)
        if errors:
            raise _ReplyError(INVALID_FORM_BODY, errors)
        assert isinstance(message, dict)
        validate_message_payload(message, creating=True, has_files=bool(req.files))
        thread_id = snowflake()
        thread = self._new_thread(
            guild,
            parent,
            thread_id=thread_id,
            name=name,
            kind=PUBLIC_THREAD,
            archive=archive,
            applied_tags=tags,
        )
        first = self._make_message(thread_id, message, author=self.bot_user)  # type: ignore[attr-defined]
        first["id"] = str(thread_id)  # a post's first message has the post's id
        self._store_channel_message(first)  # type: ignore[attr-defined]
        thread.extra.update(last_message_id=str(thread_id), message_count=1)
        await self._announce_thread(guild, thread)
        return _json_response({**self._thread_payload(guild, thread), "message": first})

    async def _thread_from_message(
        self, req: RecordedRequest, params: dict[str, str]
    ) -> web.Response:
        """``POST /channels/{id}/messages/{mid}/threads``: one thread per message."""
        channel_id = int(params["channel_id"])
        guild, parent = self._channel_access(channel_id, req.method, CREATE_PUBLIC_THREADS)  # type: ignore[attr-defined]
        if guild is None or parent.type not in (TEXT, NEWS):
            raise _ReplyError(WRONG_CHANNEL_TYPE)
        message = self._channel_message(channel_id, int(params["message_id"]))  # type: ignore[attr-defined]
        name, archive, errors = self._thread_options(req.json or {})
        if errors:
            raise _ReplyError(INVALID_FORM_BODY, errors)
        if message.get("thread") is not None:
            raise _ReplyError(THREAD_ALREADY_CREATED)
        kind = NEWS_THREAD if parent.type == NEWS else PUBLIC_THREAD
        thread = self._new_thread(
            guild, parent, thread_id=int(message["id"]), name=name, kind=kind, archive=archive
        )
        payload = self._thread_payload(guild, thread)
        message["thread"] = payload
        message["flags"] |= 1 << 5  # HAS_THREAD
        await self._announce_thread(guild, thread)
        return _json_response(payload)

    async def _active_threads(self, req: RecordedRequest, params: dict[str, str]) -> web.Response:
        """``GET /guilds/{id}/threads/active``."""
        guild = self._guild_or_404(params)  # type: ignore[attr-defined]
        threads = [
            self._thread_payload(g, t)
            for g, t in self.threads.values()  # type: ignore[attr-defined]
            if g is guild and t.id not in self.deleted_channels  # type: ignore[attr-defined]
        ]
        return _json_response({"threads": threads, "members": []})

    async def _announce_thread(self, guild: FakeGuild, thread: FakeChannel) -> None:
        payload = {**self._thread_payload(guild, thread), "newly_created": True}
        await self.dispatch("THREAD_CREATE", payload, guild_id=guild.id)  # type: ignore[attr-defined]
