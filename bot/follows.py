"""Members' follows, without Discord: what a new episode owes each member, and the DM rate.

The cog (:mod:`bot.discord.follow.cog`) only sends what this module decides. The rules are
the announcements' (:mod:`bot.announce`):

* Nothing old. Only episodes above their feed's baseline (its first load is all old) and
  above the follow's start (the newest episode stored when the member followed), and never
  one published (or, undated, first seen) more than ``max_age_days`` ago.
* Once per (member, episode), whatever the number of the member's follows it matches: the
  decision is a row of ``follow_deliveries`` (unique per member and episode) written as
  ``pending`` before the DM is sent, marked ``sent`` afterwards. A pending row a crash
  left is sent again with the same nonce (derived from member and episode), so Discord
  drops the duplicate if the first attempt got through.
* A bounded rate: Discord limits how fast a bot may open DMs. A :class:`TokenBucket`
  (its clock injectable) gives each pass what it may send; the rest stays queued for the
  next pass, oldest first.
* A member whose DMs are closed (Discord error 50007) is not retried: their follows are
  paused (what was queued for them is dropped) until they follow again or resume.
"""

from __future__ import annotations

import hashlib
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from bot.announce import NONCE_LENGTH
from bot.store import (
    FAILED,
    FOLLOW_KINDS,
    SUPPRESSED,
    Follow,
    FollowDelivery,
    FollowPause,
    Store,
    utcnow,
)

__all__ = [
    "DMS_CLOSED",
    "FOLLOW_KINDS",
    "FOLLOW_LIMIT",
    "Follow",
    "FollowDelivery",
    "FollowPause",
    "Follows",
    "TokenBucket",
    "follow_nonce",
]

log = logging.getLogger(__name__)

FOLLOW_LIMIT = 25  # follows per member (one autocomplete list's worth for /unfollow)
MAX_ATTEMPTS = 5  # sends of one DM before it is given up
DMS_CLOSED = "dms_closed"  # why a member's follows are paused (Discord error 50007)

# Discord does not publish a DM rate; a few a second is what bots are told to stay under.
# Ten at once, then one every six seconds: a burst for a quiet server, a trickle for a
# popular episode (queued, oldest first).
DM_BURST = 10
DM_PER_SECOND = 1 / 6


def follow_nonce(user_id: int, episode_id: int) -> str:
    """The Discord nonce of a follow DM: the same for every attempt, unique per pair."""
    key = f"follow:{user_id}:{episode_id}"
    return hashlib.sha256(key.encode()).hexdigest()[:NONCE_LENGTH]


class TokenBucket:
    """At most ``burst`` DMs at once, refilled at ``per_second``; never sleeps: a caller
    that finds it empty leaves the rest queued for a later pass."""

    def __init__(
        self,
        burst: int = DM_BURST,
        per_second: float = DM_PER_SECOND,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.burst = max(1, burst)
        self.per_second = max(0.0, per_second)
        self.clock = clock
        self.tokens = float(self.burst)
        self.updated = clock()

    def take(self) -> bool:
        """Spend one token if there is one."""
        now = self.clock()
        self.tokens = min(self.burst, self.tokens + (now - self.updated) * self.per_second)
        self.updated = now
        if self.tokens >= 1:
            self.tokens -= 1
            return True
        return False


@dataclass(slots=True)
class FollowPlan:
    """What one planning pass decided: (member, episode) queued, and those suppressed."""

    queued: list[tuple[int, int]] = field(default_factory=list)
    suppressed: list[tuple[int, int, str]] = field(default_factory=list)


class Follows:
    """Follows and the DM outbox, in the bot's database."""

    def __init__(self, store: Store, *, max_age_days: int = 7) -> None:
        self.store = store
        self.max_age = timedelta(days=max_age_days) if max_age_days > 0 else None

    # --- a member's follows -------------------------------------------------------------

    async def follow(
        self,
        user_id: int,
        kind: str,
        value: str,
        now: datetime | None = None,
        *,
        lang: str = "en",
    ) -> bool | None:
        """Follow from now on (lifts a pause). ``True`` added, ``False`` already followed,
        ``None`` the member has :data:`FOLLOW_LIMIT` follows."""
        if kind not in FOLLOW_KINDS:
            raise ValueError(f"unknown follow kind {kind!r}")
        return await self.store.add_follow(
            user_id, kind, value, now or utcnow(), limit=FOLLOW_LIMIT, lang=lang
        )

    async def unfollow(self, user_id: int, kind: str, value: str) -> bool:
        return await self.store.remove_follow(user_id, kind, value)

    async def following(self, user_id: int) -> list[Follow]:
        return await self.store.follows_of(user_id)

    async def clear(self, user_id: int) -> int:
        """Forget the member: follows, pause and DM outbox rows. Returns follows deleted."""
        return await self.store.clear_follows(user_id)

    async def pause(self, user_id: int) -> FollowPause | None:
        return await self.store.follow_pause(user_id)

    async def resume(self, user_id: int) -> bool:
        return await self.store.resume_follows(user_id)

    async def dms_closed(self, user_id: int, now: datetime | None = None) -> bool:
        """The member's DMs are closed: pause their follows; ``True`` if this paused them."""
        changed = await self.store.pause_follows(user_id, DMS_CLOSED, now or utcnow())
        if changed:
            log.info("follows of user %s paused: their DMs are closed", user_id)
        return changed

    # --- deciding -----------------------------------------------------------------------

    def too_old(self, published: datetime | None, first_seen: datetime, now: datetime) -> bool:
        if self.max_age is None:
            return False
        return (published or first_seen) < now - self.max_age

    async def plan(self, now: datetime | None = None) -> FollowPlan:
        """Queue, as pending, each new episode a member's follows match and they have not
        been given; one transaction, one row per (member, episode)."""
        now = now or utcnow()
        plan = FollowPlan()
        async with self.store.transaction():
            for c in await self.store.follow_candidates():
                reason = None
                if self.too_old(c.published, c.first_seen, now):
                    days = self.max_age.days if self.max_age else 0
                    reason = f"published more than {days} days ago"
                elif not (c.guid or c.audio_url or c.published):
                    reason = "incomplete item (no GUID, enclosure or date)"
                elif c.audio_url and await self.store.older_with_audio(c.audio_url, c.episode_id):
                    reason = "same enclosure as an older episode"
                nonce = follow_nonce(c.user_id, c.episode_id)
                await self.store.queue_follow_delivery(c.user_id, c.episode_id, nonce, reason, now)
                if reason:
                    plan.suppressed.append((c.user_id, c.episode_id, reason))
                else:
                    plan.queued.append((c.user_id, c.episode_id))
        if plan.queued:
            log.info("queued %d follow DM(s)", len(plan.queued))
        return plan

    # --- the outbox -----------------------------------------------------------------------

    async def pending(self, now: datetime | None = None) -> list[FollowDelivery]:
        """Pending DMs, oldest first; one that waited past the age limit is suppressed."""
        now = now or utcnow()
        result = []
        for d in await self.store.pending_follow_deliveries():
            if self.too_old(d.published, d.first_seen or now, now):
                await self.store.settle_follow_delivery(
                    d.id, SUPPRESSED, "past the age limit before it could be sent"
                )
                continue
            result.append(d)
        return result

    async def mark_sent(
        self, delivery_id: int, channel_id: int, message_id: int, now: datetime | None = None
    ) -> None:
        await self.store.mark_follow_sent(delivery_id, channel_id, message_id, now or utcnow())

    async def suppress(self, delivery_id: int, reason: str) -> None:
        await self.store.settle_follow_delivery(delivery_id, SUPPRESSED, reason)

    async def give_up(self, delivery_id: int, reason: str) -> None:
        await self.store.settle_follow_delivery(delivery_id, FAILED, reason)

    async def record_failure(self, delivery_id: int, error: str) -> str:
        """Count a failed DM; returns its status afterwards (pending, or failed)."""
        status = await self.store.count_follow_failure(delivery_id, error, limit=MAX_ATTEMPTS)
        level = logging.ERROR if status == FAILED else logging.WARNING
        log.log(level, "follow DM %s not sent (%s): %s", delivery_id, status, error)
        return status

    async def deliveries(self, user_id: int | None = None) -> list[FollowDelivery]:
        return await self.store.follow_deliveries(user_id)
