"""Where the question commands may run (issue 13, deliverable 5): guild and user installs,
in servers, the bot's DMs and private channels; and when a reply must be private.

``/announce`` stays a guild install, in servers only (Manage Server).
"""

from __future__ import annotations

from typing import Any

import discord
from discord import app_commands

QUESTION_COMMANDS = ("ask", "episode", "guest", "topic", "latest", "search", "about")

ANYWHERE_INSTALLS = app_commands.AppInstallationType(guild=True, user=True)
ANYWHERE_CONTEXTS = app_commands.AppCommandContext(
    guild=True, dm_channel=True, private_channel=True
)
GUILD_INSTALL = app_commands.AppInstallationType(guild=True, user=False)
GUILD_CONTEXT = app_commands.AppCommandContext(guild=True, dm_channel=False, private_channel=False)


def open_everywhere(tree: app_commands.CommandTree[Any]) -> None:
    """Make the question commands user-installable and usable in DMs and private channels;
    keep /announce to guild installs in servers. Runs before the command sync."""
    for name in QUESTION_COMMANDS:
        command = tree.get_command(name)
        if command is not None:
            command.allowed_installs = ANYWHERE_INSTALLS
            command.allowed_contexts = ANYWHERE_CONTEXTS
    announce = tree.get_command("announce")
    if announce is not None:
        announce.allowed_installs = GUILD_INSTALL
        announce.allowed_contexts = GUILD_CONTEXT


def must_reply_privately(interaction: discord.Interaction[Any]) -> bool:
    """A user-install command in a server where the member may not use external apps (the
    server limits them): Discord only allows a private reply there."""
    if interaction.guild_id is None or interaction.is_guild_integration():
        return False
    return not interaction.permissions.use_external_apps
