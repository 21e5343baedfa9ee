"""Failure alerts, without Discord: which incidents a server's alerts channel is told about.

An incident is a feed that has failed for longer than ``ALERT_AFTER_HOURS`` (counted from
the first failed poll this module saw), or a broken route (deleted channel, lost
permission: at once). Each gets ONE alert and, when it ends, ONE "recovered" message. The
state is in the database (``alert_incidents``): an alert is marked ``alerting`` before it
is sent and ``alerted`` after, and sent again with the same nonce after a crash in between,
so a restart never posts a second alert. No alerts channel: nothing is tracked (status only).
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta

from bot.announce import NONCE_LENGTH, Announcements
from bot.ingest import source_key
from bot.store import Store, utcnow
from bot.store.alerts import ALERTED, ALERTING, RECOVERING, WATCHING
from bot.text import redact, redact_url

ALERT, RECOVERED = "alert", "recovered"


@dataclass(frozen=True, slots=True)
class Problem:
    """Something wrong now: ``key`` 'feed:<id>' or 'route:<id>'; ``immediate``: no wait."""

    key: str
    label: str  # the feed (redacted) or the route's channel mention
    reason: str  # the feed's last error (redacted) or the route's broken reason
    immediate: bool


@dataclass(frozen=True, slots=True)
class Notice:
    """One message to post in a server's alerts channel."""

    guild_id: int
    channel_id: int
    key: str
    kind: str  # ALERT or RECOVERED
    label: str
    reason: str
    since: datetime
    nonce: str


def notice_nonce(guild_id: int, key: str, started: datetime, kind: str) -> str:
    text = f"alert:{guild_id}:{key}:{started.isoformat()}:{kind}"
    return hashlib.sha256(text.encode()).hexdigest()[:NONCE_LENGTH]


class Alerts:
    """Alerts channels and incidents, in the bot's database."""

    def __init__(self, store: Store, announcements: Announcements, *, after_hours: int) -> None:
        self.store = store
        self.announcements = announcements
        self.after = timedelta(hours=after_hours)

    async def set_channel(self, guild_id: int, channel_id: int, set_by: int | None) -> None:
        await self.store.set_alert_channel(guild_id, channel_id, set_by, utcnow())

    async def turn_off(self, guild_id: int) -> bool:
        return await self.store.set_alert_channel(guild_id, None, None, utcnow())

    async def channel(self, guild_id: int) -> int | None:
        return (await self.store.alert_channels()).get(guild_id)

    async def problems(self, guild_id: int, sources: Iterable[str]) -> dict[str, Problem]:
        """What is wrong now for this server: failing feeds, broken routes."""
        found: dict[str, Problem] = {}
        for source in sources:
            feed = await self.store.feed_by_source(source_key(source))
            if feed is not None and feed.failures > 0:
                key = f"feed:{feed.id}"
                label = feed.title or redact_url(source)
                found[key] = Problem(key, label, redact(feed.last_error or ""), immediate=False)
        for route in await self.announcements.all_routes(guild_id):
            if route.broken_reason:
                key = f"route:{route.route_id}"
                found[key] = Problem(
                    key, f"<#{route.channel_id}>", route.broken_reason, immediate=True
                )
        return found

    async def due(
        self, sources: Iterable[str], now: datetime | None = None, guild_ids: Iterable[int] = ()
    ) -> list[Notice]:
        """The alerts and recovered messages to post now (of these servers), each marked in
        the database before it is returned."""
        now = now or utcnow()
        wanted = set(guild_ids)
        sources = list(sources)
        notices = []
        for guild_id, channel_id in (await self.store.alert_channels()).items():
            if guild_id not in wanted:
                continue
            current = await self.problems(guild_id, sources)
            for problem in current.values():
                nonce = notice_nonce(guild_id, problem.key, now, ALERT)
                detail = f"{problem.label}\n{problem.reason}"  # for the "recovered" message
                await self.store.open_incident(guild_id, problem.key, detail, nonce, now)
            for inc in await self.store.incidents(guild_id):
                problem = current.get(inc.key)
                if problem is not None:
                    overdue = problem.immediate or now - inc.started_at >= self.after
                    if (inc.state == WATCHING and overdue) or inc.state == ALERTING:
                        await self.store.set_incident_state(guild_id, inc.key, ALERTING)
                        kind, label, reason = ALERT, problem.label, problem.reason
                    elif inc.state == RECOVERING:  # broke again before "recovered" went out
                        await self.store.set_incident_state(guild_id, inc.key, ALERTED)
                        continue
                    else:
                        continue
                elif inc.state == WATCHING:
                    await self.store.close_incident(guild_id, inc.key)  # never alerted
                    continue
                else:
                    await self.store.set_incident_state(guild_id, inc.key, RECOVERING)
                    label, _, reason = inc.detail.partition("\n")
                    kind = RECOVERED
                notices.append(
                    Notice(
                        guild_id,
                        channel_id,
                        inc.key,
                        kind,
                        label,
                        reason,
                        inc.started_at,
                        notice_nonce(guild_id, inc.key, inc.started_at, kind),
                    )
                )
        return notices

    async def posted(self, notice: Notice) -> None:
        """The notice went out: an alert's incident is alerted, a recovered one is closed."""
        if notice.kind == ALERT:
            await self.store.set_incident_state(notice.guild_id, notice.key, ALERTED)
        else:
            await self.store.close_incident(notice.guild_id, notice.key)
