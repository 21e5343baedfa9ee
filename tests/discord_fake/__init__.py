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

Layout
------
Import from ``tests.discord_fake`` itself; the package is split by job:

* ``models`` - constants, snowflakes, guilds/channels/users/members/roles, recorded
  requests, faults and :class:`FakeInteraction`;
* ``validation`` - Discord's API errors and the payload checks that raise them;
* ``gateway`` - websocket sessions, IDENTIFY/RESUME, event dispatch;
* ``interactions`` - building and sending ``INTERACTION_CREATE``;
* ``messages`` - the message store (mentions, attachments, nonces);
* ``rest`` - the route table and every REST handler;
* ``server`` - :class:`FakeDiscord`: state, lifecycle, waiting and simulation controls
  (the gateway, interactions, messages and REST parts are mixed into it);
* ``threads`` - threads from messages, forum posts with tags, the active-thread list;
* ``harness`` - :func:`patch_discord_endpoints` and :func:`running_bot`.
"""

from __future__ import annotations

from tests.discord_fake.harness import patch_discord_endpoints, running_bot
from tests.discord_fake.models import (
    ALL_PERMISSIONS,
    DEFAULT_BOT_PERMISSIONS,
    DEFAULT_EVERYONE_PERMISSIONS,
    FakeChannel,
    FakeGuild,
    FakeInteraction,
    FakeMember,
    FakeRole,
    FakeUser,
    Fault,
    RecordedFile,
    RecordedRequest,
    overwrite,
    snowflake,
)
from tests.discord_fake.server import FakeDiscord
from tests.discord_fake.threads import forum_channel, forum_tag
from tests.discord_fake.validation import (
    ALREADY_ACKNOWLEDGED,
    MISSING_ACCESS,
    MISSING_PERMISSIONS,
    UNKNOWN_CHANNEL,
    UNKNOWN_INTERACTION,
    UNKNOWN_MESSAGE,
    UNKNOWN_WEBHOOK,
    ApiError,
)

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
    "forum_channel",
    "forum_tag",
    "overwrite",
    "patch_discord_endpoints",
    "running_bot",
    "snowflake",
]
