"""One large feed prepared in shares (issue 12): the same episodes as prepared whole."""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any

import pytest

from bot import feeds, parse_pool
from bot.ingest import Enriched, ingest_many, prepare, prepare_share
from bot.parse_pool import SPLIT_MIN_BYTES, ParsePool, default_workers
from bot.store import Store
from tests.conftest import BUNDLED_FEED, FEEDS_DIR, needs_feeds

FIRST_SEEN = 1_700_000_000.0


def rss(items: str) -> bytes:
    return (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<rss version="2.0" xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd">'
        "<channel><title>Split Cast</title><itunes:author>Ann Host</itunes:author>"
        f"{items}</channel></rss>"
    ).encode()


def item(n: int, *, guid: str | None = None, title: str | None = None, notes: str = "") -> str:
    guid_tag = "" if guid == "" else f"<guid>{guid or f'g{n}'}</guid>"
    title_tag = "" if title == "" else f"<title>{title or f'Episode {n} with Jane Doe'}</title>"
    date = "" if n % 7 == 3 else f"<pubDate>Mon, 01 Jan 2024 {n % 24:02d}:00:00 GMT</pubDate>"
    text = notes or f"Venezuela and Colombia, part {n}. Sponsored by Acme. See acme.com/{n}"
    return f"<item>{title_tag}{guid_tag}{date}<description>{text}</description></item>"


def awkward_feed() -> bytes:
    """Items that test every rule the shares must agree on: shared GUIDs (with the same or
    other notes), a repeated item, no GUID, no title (the notes name it), no date, neither
    title nor text (dropped)."""
    parts = [item(n) for n in range(12)]
    parts[2] = item(2, guid="same", notes="First of two with one GUID.")
    parts[9] = item(9, guid="same", notes="Second of two with one GUID.")
    parts[4] = item(4, guid="dup", title="Twice", notes="Published twice.")
    parts[10] = item(10, guid="dup", title="Twice", notes="Published twice.")
    parts[5] = item(5, guid="", title="No GUID")
    parts[6] = item(6, title="", notes="An untitled item named by its notes")
    parts[7] = "<item><guid>empty</guid></item>"
    parts[11] = item(11, guid="", title="Twice", notes="Title-keyed, like 4 and 10.")
    return rss("".join(parts))


def as_rows(parsed: feeds.ParsedFeed, episodes: list[Enriched]) -> list[Any]:
    """Everything prepared, as plain values (the feed, each episode and its enrichment)."""
    channel = dataclasses.asdict(dataclasses.replace(parsed, episodes=[]))
    return [channel, *(dataclasses.astuple(e) for e in episodes)]


def merged(data: bytes, count: int) -> tuple[feeds.ParsedFeed, list[Enriched]] | None:
    shares = [prepare_share(data, FIRST_SEEN, i, count) for i in range(count)]
    if any(s is None for s in shares):
        return None
    parsed = shares[0][0]  # type: ignore[index]
    parsed.episodes = [ep for s in shares for ep in s[0].episodes]  # type: ignore[index]
    return parsed, [e for s in shares for e in s[1]]  # type: ignore[index]


@pytest.mark.parametrize("count", [2, 3, 5])
def test_shares_put_together_are_the_whole_feed(count: int) -> None:
    data = awkward_feed()
    whole = prepare(data, FIRST_SEEN)
    assert [e.item.key for e in whole[1]].count("guid:dup") == 1  # the repeat is dropped
    assert any(e.item.key.startswith("guid:same#") for e in whole[1])
    split = merged(data, count)
    assert split is not None
    assert as_rows(*split) == as_rows(*whole)


@needs_feeds
@pytest.mark.parametrize("path", [*sorted(FEEDS_DIR.glob("*.xml")), BUNDLED_FEED], ids=str)
def test_shares_of_each_real_feed_are_the_whole_feed(path: Path) -> None:
    data = path.read_bytes()
    split = merged(data, 2)
    assert split is not None
    assert as_rows(*split) == as_rows(*prepare(data, FIRST_SEEN))


def test_an_item_unreadable_in_full_makes_the_feed_parse_whole(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Read lightly (other shares), the item looks fine; its owner finds it unreadable.
    # The shares would disagree on the feed's items: the feed is prepared whole instead.
    real = feeds.clean_notes

    def fragile(text: str) -> str:
        if "boom" in text:
            raise ArithmeticError("simulated bug")
        return real(text)

    monkeypatch.setattr(feeds, "clean_notes", fragile)
    data = rss("".join(item(n, notes="boom" if n == 5 else "") for n in range(10)))
    assert prepare_share(data, FIRST_SEEN, 0, 2) is not None  # item 5 is not its own
    assert prepare_share(data, FIRST_SEEN, 1, 2) is None
    assert len(prepare(data, FIRST_SEEN)[1]) == 9


def large_feed() -> bytes:
    notes = "Venezuela and Colombia talk with Jane Doe about migration. " * 20
    body = "".join(item(n, notes=f"{notes} Part {n}.") for n in range(1000))
    data = rss(body)
    assert len(data) >= SPLIT_MIN_BYTES
    return data


@pytest.mark.skipif(default_workers() < 2, reason="one core: no worker processes")
async def test_the_pool_splits_a_lone_large_feed_and_writes_the_same_rows(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    splits: list[int] = []
    real = ParsePool._prepare_split

    async def counted(self: ParsePool, *args: Any) -> Any:
        splits.append(self.workers)
        return await real(self, *args)

    monkeypatch.setattr(ParsePool, "_prepare_split", counted)
    monkeypatch.setattr(parse_pool, "_a_core_is_free", lambda: True)  # whatever else runs
    path = tmp_path / "large.xml"
    # Then an edited item and a new one: the re-ingest's shares skip the unchanged items
    # (their stored hashes) and find the edited one, as a whole-feed prepare does.
    edited = large_feed().replace(b"Part 7.", b"Part 7, edited.")
    edited = edited.replace(b"<item>", item(1000).encode() + b"<item>", 1)
    rows = {}
    for name in ("split", "whole"):
        if name == "whole":
            monkeypatch.setattr(parse_pool, "SPLIT_MIN_BYTES", 10**12)  # never split
        counts = []
        async with (
            ParsePool(workers=2) as pool,
            await Store.open(tmp_path / f"{name}.sqlite3") as store,
        ):
            for data in (large_feed(), edited):
                path.write_bytes(data)
                [result] = await ingest_many(store, [str(path)], pool=pool)
                assert result.error is None
                counts.append((result.added, result.updated, result.unchanged))
            rows[name] = await _rows(store)
        assert counts == [(1000, 0, 0), (1, 1, 999)]
    assert splits == [2, 2]
    assert rows["split"] == rows["whole"]


async def _rows(store: Store) -> list[Any]:
    out: list[Any] = []
    for sql in (
        # By podcast and key, not id: feeds prepared in parallel are written in the order
        # they finish, so the ids they get vary with the machine's load.
        "SELECT e.key, e.title, e.summary, e.description, e.position, e.sort_ts, "
        "e.content_hash, e.people_names, e.topic_names, e.item_hash FROM episodes e "
        "JOIN feeds f ON f.id = e.feed_id ORDER BY f.title, e.key",
        "SELECT e.key, p.name, ep.role FROM episode_people ep JOIN episodes e "
        "ON e.id = ep.episode_id JOIN people p ON p.id = ep.person_id ORDER BY 1, 2",
        "SELECT e.key, t.topic, t.weight FROM episode_topics t JOIN episodes e "
        "ON e.id = t.episode_id ORDER BY 1, 2",
    ):
        out.append(list(await store.conn.execute_fetchall(sql)))
    return out


@pytest.mark.skipif(default_workers() < 2, reason="one core: no worker processes")
async def test_a_busy_machine_prepares_a_large_feed_whole(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Splitting costs CPU (each share reads the whole document): only worth an idle core.
    monkeypatch.setattr(parse_pool.os, "getloadavg", lambda: (64.0, 64.0, 64.0))
    assert not parse_pool._a_core_is_free()
    splits: list[bool] = []
    real = ParsePool._prepare_split

    async def counted(self: ParsePool, *args: Any) -> Any:
        splits.append(True)
        return await real(self, *args)

    monkeypatch.setattr(ParsePool, "_prepare_split", counted)
    async with ParsePool(workers=2) as pool:
        parsed, episodes = await pool.prepare(large_feed(), FIRST_SEEN)
    assert splits == []
    assert len(episodes) == len(parsed.episodes) == 1000
