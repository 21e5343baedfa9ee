"""Failure alerts (issue 13, deliverable 4), end to end: the real bot against the loopback
Discord and local feeds. A feed failing past ALERT_AFTER_HOURS, or a broken route, gets ONE
alert in the /announce alerts channel and ONE "recovered" message, across restarts; without
an alerts channel nothing is posted.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests import test_announce_routes_e2e as routes
from tests.discord_fake import FakeDiscord
from tests.test_announce_e2e import Clock
from tests.test_announce_routes_e2e import (
    OLD_A,
    Server,
    Show,
    ShowFeed,
    announce,
    started,
    titles,
)

# The routes tests' fixtures: one server with its channels, two local feeds.
fake, feeds, server = routes.fake, routes.feeds, routes.server

pytestmark = pytest.mark.timeout(60)


def texts(fake: FakeDiscord, channel_id: int) -> list[str]:
    return [m["content"] for m in fake.channel_messages(channel_id)]


async def test_a_failing_feed_is_alerted_once_and_recovers_once_across_restarts(
    fake: FakeDiscord, tmp_path: Path, feeds: tuple[ShowFeed, ShowFeed], server: Server
) -> None:
    a, _ = feeds
    db = tmp_path / "bot.sqlite3"
    clock = Clock()  # seven hours a pass: past the six-hour threshold after one
    alerts = server.other.id
    async with started(fake, db, feeds, clock) as run:
        reply = await announce(fake, server, "alerts", {"channel": alerts})
        assert reply["content"].startswith(f"Alerts go to <#{alerts}>: one when a feed fails")
        a.mode = "500"
        await run.run_pass()  # the first failure: watched, not alerted yet
        assert texts(fake, alerts) == []
        await run.run_pass()  # failing for seven hours: one alert
        await run.run_pass()
        assert len(texts(fake, alerts)) == 1
    [alert] = texts(fake, alerts)
    assert alert.startswith("🚨 The feed **Test Cast** has been failing since <t:")
    assert "500" in alert

    async with started(fake, db, feeds, clock) as run:
        await run.run_pass()  # still failing after a restart: no second alert
        assert len(texts(fake, alerts)) == 1
        a.mode = "ok"
        await run.run_pass()
        await run.run_pass()
    assert texts(fake, alerts)[1:] == ["✅ The feed **Test Cast** works again."]

    async with started(fake, db, feeds, clock) as run:
        await run.run_pass()
        off = await announce(fake, server, "alerts")
        again = await announce(fake, server, "alerts")
        a.mode = "500"
        await run.run_pass()
        await run.run_pass()
    assert len(texts(fake, alerts)) == 2  # alerts off: status only
    assert off["content"] == "Alerts are off."
    assert again["content"].startswith("Alerts were not on")


async def test_a_broken_route_is_alerted_at_once_and_recovers(
    fake: FakeDiscord, tmp_path: Path, feeds: tuple[ShowFeed, ShowFeed], server: Server
) -> None:
    a, _ = feeds
    alerts = server.other.id
    async with started(fake, tmp_path / "bot.sqlite3", feeds, Clock()) as run:
        await announce(fake, server, "alerts", {"channel": alerts})
        await announce(fake, server, "set", {"channel": server.general.id})
        fake.deny_channel(server.general.id)
        a.shows = [Show("a-3", "Venezuela after the vote", 1), *OLD_A]
        await run.run_pass()
        await run.run_pass()
        assert texts(fake, alerts) == [
            f"🚨 Announcements to <#{server.general.id}> are paused: Discord refused my "
            "message: a permission is missing in the channel. Fix it, then run `/announce set` or "
            "`/announce add` for it again."
        ]
        fake.allow_channel(server.general.id)
        await announce(fake, server, "set", {"channel": server.general.id})
        await run.run_pass()
        await run.run_pass()
    assert texts(fake, alerts)[1:] == [
        f"✅ Announcements to <#{server.general.id}> are flowing again."
    ]
    assert titles(fake, server.general) == ["Venezuela after the vote"]
