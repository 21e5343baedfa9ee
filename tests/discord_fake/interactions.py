"""Interactions sent to the bot: realistic ``INTERACTION_CREATE`` payloads for slash
commands, autocomplete and components, pushed through the gateway.
"""

# Test helpers deliberately take ``timeout=`` (a bounded wait is the whole point of them).

from __future__ import annotations

import logging
import secrets
from collections.abc import Mapping
from typing import Any

from tests.discord_fake.models import (
    APPLICATION_COMMAND,
    AUTOCOMPLETE,
    JSON,
    MESSAGE_COMPONENT,
    FakeChannel,
    FakeGuild,
    FakeInteraction,
    FakeUser,
    snowflake,
)

_log = logging.getLogger(__name__)


class InteractionsMixin:
    """Sending interactions, for :class:`~tests.discord_fake.server.FakeDiscord` (mixed into
    it; uses its state)."""

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
        user_install: bool = False,
    ) -> JSON:
        """Build a complete INTERACTION_CREATE payload (fresh id and token).

        ``user_install``: the command runs through the user's install of the app (Discord's
        ``authorizing_integration_owners`` then holds only ``"1"``: the user)."""
        payload = self._build_interaction(
            itype,
            data,
            guild_id=guild_id,
            channel_id=channel_id,
            user_id=user_id,
            dm=dm,
            locale=locale,
            app_permissions=app_permissions,
            message=message,
        )
        if user_install:
            user = payload.get("user") or payload["member"]["user"]
            payload["authorizing_integration_owners"] = {"1": user["id"]}
        return payload

    def _build_interaction(
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
        user_install: bool = False,
    ) -> FakeInteraction:
        """Send a chat-input application command (interaction type 2).

        ``options`` maps option names to values (or is a list of raw option payloads);
        ``subcommand``/``group`` nest them.  Defaults: first guild, its first text
        channel, its first non-bot member.
        """
        return await self._send_command_data(
            APPLICATION_COMMAND,
            name,
            options,
            subcommand=subcommand,
            group=group,
            focused=None,
            resolved=resolved,
            guild_id=guild_id,
            channel_id=channel_id,
            user_id=user_id,
            dm=dm,
            locale=locale,
            app_permissions=app_permissions,
            user_install=user_install,
        )

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
        return await self._send_command_data(
            AUTOCOMPLETE,
            name,
            values,
            subcommand=subcommand,
            group=group,
            focused=focused,
            resolved=None,
            guild_id=guild_id,
            channel_id=channel_id,
            user_id=user_id,
            dm=dm,
            locale=locale,
        )

    async def _send_command_data(
        self,
        kind: int,
        name: str,
        options: Mapping[str, Any] | list[JSON] | None,
        *,
        subcommand: str | None,
        group: str | None,
        focused: str | None,
        resolved: JSON | None,
        guild_id: int | None,
        dm: bool,
        **context: Any,
    ) -> FakeInteraction:
        """A command or autocomplete interaction (default: in the first guild), sent."""
        if not dm and guild_id is None:
            guild_id = self.guilds[0].id
        data = self._command_data(
            name,
            options,
            guild_id=None if dm else guild_id,
            subcommand=subcommand,
            group=group,
            focused=focused,
            resolved=resolved,
        )
        payload = self.build_interaction(kind, data, guild_id=guild_id, dm=dm, **context)
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


class MessageCommandMixin:
    """Message context-menu commands (type 2 interaction, command type 3)."""

    async def send_message_command(
        self: Any,
        name: str,
        message: JSON,
        *,
        guild_id: int | None = None,
        channel_id: int | None = None,
        user_id: int | None = None,
        dm: bool = False,
        user_install: bool = False,
    ) -> FakeInteraction:
        """Run the message command ``name`` on ``message`` (a stored message payload)."""
        [command] = [c for c in self.global_commands if c["name"] == name and c.get("type") == 3]
        data = {
            "id": command["id"],
            "name": name,
            "type": 3,
            "target_id": message["id"],
            "resolved": {"messages": {message["id"]: message}},
        }
        if not dm and guild_id is None:
            guild_id = self.guilds[0].id
        payload = self.build_interaction(
            APPLICATION_COMMAND,
            data,
            guild_id=guild_id,
            channel_id=channel_id,
            user_id=user_id,
            dm=dm,
            user_install=user_install,
        )
        return await self.send_interaction(payload)
