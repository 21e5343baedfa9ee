"""Failure alerts: each server's alerts channel and its open incidents.

The rules (what is an incident, when it is alerted) are :mod:`bot.alerts`'s.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from bot.store.db import Database, from_iso, iso, utcnow

WATCHING, ALERTING, ALERTED, RECOVERING = "watching", "alerting", "alerted", "recovering"


@dataclass(frozen=True, slots=True)
class Incident:
    """An open incident of a server (a failing feed, a broken route)."""

    guild_id: int
    key: str
    state: str
    started_at: datetime
    detail: str
    nonce: str


class AlertTables(Database):
    """Alerts channels and incidents; every write is its own transaction."""

    async def set_alert_channel(
        self, guild_id: int, channel_id: int | None, set_by: int | None, now: datetime
    ) -> bool:
        """Set (``None``: remove) a server's alerts channel; ``False`` if nothing to remove.
        Removing it forgets the server's incidents too."""
        async with self.transaction() as conn:
            if channel_id is None:
                async with conn.execute(
                    "DELETE FROM alert_channels WHERE guild_id = ?", (guild_id,)
                ) as cur:
                    removed = cur.rowcount > 0
                await conn.execute("DELETE FROM alert_incidents WHERE guild_id = ?", (guild_id,))
                return removed
            await conn.execute(
                "INSERT INTO alert_channels (guild_id, channel_id, set_by, set_at) "
                "VALUES (?, ?, ?, ?) ON CONFLICT(guild_id) DO UPDATE SET "
                "channel_id = excluded.channel_id, set_by = excluded.set_by",
                (guild_id, channel_id, set_by, iso(now)),
            )
        return True

    async def alert_channels(self) -> dict[int, int]:
        """Alerts channel by server."""
        async with self.conn.execute("SELECT guild_id, channel_id FROM alert_channels") as cur:
            return {int(r[0]): int(r[1]) for r in await cur.fetchall()}

    async def incidents(self, guild_id: int) -> list[Incident]:
        rows = await self._named(
            "SELECT guild_id, key, state, started_at, detail, nonce FROM alert_incidents "
            "WHERE guild_id = ? ORDER BY key",
            (guild_id,),
        )
        return [
            Incident(
                r["guild_id"],
                r["key"],
                r["state"],
                from_iso(r["started_at"]) or utcnow(),
                r["detail"],
                r["nonce"],
            )
            for r in rows
        ]

    async def open_incident(
        self, guild_id: int, key: str, detail: str, nonce: str, now: datetime
    ) -> None:
        """Start watching an incident (kept as it is if already open)."""
        async with self.transaction() as conn:
            await conn.execute(
                "INSERT OR IGNORE INTO alert_incidents (guild_id, key, state, started_at, "
                "detail, nonce) VALUES (?, ?, ?, ?, ?, ?)",
                (guild_id, key, WATCHING, iso(now), detail, nonce),
            )

    async def set_incident_state(
        self, guild_id: int, key: str, state: str, message_id: int | None = None
    ) -> None:
        async with self.transaction() as conn:
            await conn.execute(
                "UPDATE alert_incidents SET state = ?, "
                "alert_message_id = coalesce(?, alert_message_id) WHERE guild_id = ? AND key = ?",
                (state, message_id, guild_id, key),
            )

    async def close_incident(self, guild_id: int, key: str) -> None:
        async with self.transaction() as conn:
            await conn.execute(
                "DELETE FROM alert_incidents WHERE guild_id = ? AND key = ?", (guild_id, key)
            )
