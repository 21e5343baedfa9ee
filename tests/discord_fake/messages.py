"""Channel messages as Discord stores them: built from a payload (mentions, attachments,
nonces, flags), edited, forgotten, and echoed as MESSAGE_CREATE.
"""

from __future__ import annotations

import logging
import re

from tests.discord_fake.models import (
    FLAG_CROSSPOSTED,
    FLAG_EPHEMERAL,
    FLAG_LOADING,
    INTENT_MESSAGE_CONTENT,
    JSON,
    FakeGuild,
    FakeInteraction,
    FakeUser,
    RecordedFile,
    _now_iso,
    snowflake,
)

_log = logging.getLogger(__name__)


class MessagesMixin:
    """The message store of :class:`~tests.discord_fake.server.FakeDiscord` (mixed into it;
    uses its state)."""

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
