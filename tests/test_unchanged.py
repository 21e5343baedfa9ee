"""Unchanged costs nothing: a feed whose bytes are those last stored is not parsed again."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import aiosqlite
import pytest

from bot import ingest as ingest_module
from bot import people as people_module
from bot.ingest import BUNDLED_FEED, ingest_many, ingest_source
from bot.parse_pool import ParsePool
from bot.store import Store
from tests.conftest import run_cli, run_python
from tests.test_parse_pool import big_files


async def dump(db: Path) -> list[str]:
    async with aiosqlite.connect(db) as conn:
        return [line async for line in conn.iterdump()]


def _no_prepare(monkeypatch: pytest.MonkeyPatch) -> list[bytes]:
    """Record every feed that would be parsed (and parse none)."""
    parsed: list[bytes] = []

    async def prepare(data: bytes, *args: object, **kwargs: object) -> object:
        parsed.append(data)
        raise AssertionError("an unchanged feed was parsed")

    monkeypatch.setattr(ingest_module, "prepare_off_loop", prepare)
    return parsed


async def test_unchanged_bytes_are_not_parsed(
    store: Store, tmp_path: Path, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    feed = tmp_path / "feed.xml"
    shutil.copy(BUNDLED_FEED, feed)
    first = await ingest_source(store, str(feed))
    assert first.ok and first.added == 10
    stored = await store.feed_by_source(str(feed))
    assert stored is not None and stored.content_hash
    episodes_before = [line for line in await dump(db_path) if 'INSERT INTO "feeds"' not in line]
    parsed = _no_prepare(monkeypatch)
    again = await ingest_source(store, str(feed))
    assert parsed == []
    assert again.ok and again.not_modified
    assert (again.title, again.added, again.updated, again.unchanged) == (first.title, 0, 0, 10)
    after = await store.feed_by_source(str(feed))
    assert after is not None and after.last_status == "not_modified"
    assert after.content_hash == stored.content_hash
    episodes_after = [line for line in await dump(db_path) if 'INSERT INTO "feeds"' not in line]
    assert episodes_after == episodes_before


async def test_changed_bytes_are_parsed_again(store: Store, tmp_path: Path) -> None:
    feed = tmp_path / "feed.xml"
    shutil.copy(BUNDLED_FEED, feed)
    await ingest_source(store, str(feed))
    text = feed.read_text(encoding="utf-8")
    title = (await store.latest_episodes(1))[0].title
    feed.write_text(text.replace(title, title + " (corrected)", 1), encoding="utf-8")
    again = await ingest_source(store, str(feed))
    assert again.ok and not again.not_modified
    assert (again.added, again.updated, again.unchanged) == (0, 1, 9)
    assert (await store.latest_episodes(1))[0].title == title + " (corrected)"


async def test_new_code_or_data_prepare_the_same_bytes_again(
    store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The same bytes make other episodes after an upgrade or an edited data file."""
    feed = tmp_path / "feed.xml"
    shutil.copy(BUNDLED_FEED, feed)
    await ingest_source(store, str(feed))
    monkeypatch.setattr(ingest_module, "_pipeline_salt", lambda: b"another version")
    again = await ingest_source(store, str(feed))
    assert again.ok and not again.not_modified and again.unchanged == 10
    # conditional=False asks for a full pass whatever the stored hash says
    forced = await ingest_source(store, str(feed), conditional=False)
    assert forced.ok and not forced.not_modified and forced.unchanged == 10


async def test_a_failed_write_stores_no_hash(store: Store, tmp_path: Path) -> None:
    """An emptied feed fails and keeps its episodes; restored, it is parsed again."""
    feed = tmp_path / "feed.xml"
    shutil.copy(BUNDLED_FEED, feed)
    await ingest_source(store, str(feed))
    original = feed.read_bytes()
    feed.write_text(
        '<?xml version="1.0"?><rss version="2.0"><channel><title>x</title></channel></rss>',
        encoding="utf-8",
    )
    failed = await ingest_source(store, str(feed))
    assert failed.error and await store.episode_count() == 10
    failed_again = await ingest_source(store, str(feed))
    assert failed_again.error  # not taken for unchanged: its hash was never stored
    feed.write_bytes(original)
    back = await ingest_source(store, str(feed))
    assert back.ok and back.not_modified and back.unchanged == 10


def test_cli_reports_an_unchanged_feed_as_unchanged(
    tmp_path: Path, cli_env: dict[str, str]
) -> None:
    db = tmp_path / "bot.sqlite3"
    args = ["--db", str(db), "ingest", "--json", str(BUNDLED_FEED)]
    first = json.loads(run_cli(args, cli_env, tmp_path).stdout)
    done = run_cli(args, cli_env, tmp_path)
    assert done.returncode == 0
    again = json.loads(done.stdout)
    assert set(again) == set(first)
    assert (again["added"], again["updated"], again["unchanged"]) == (0, 0, 10)
    assert again["title"] == first["title"] and again["error"] is None


async def _details(db: Path) -> list[tuple[object, ...]]:
    async with aiosqlite.connect(db) as conn:
        people = await conn.execute_fetchall(
            "SELECT e.key, p.name, ep.role FROM episode_people ep "
            "JOIN episodes e ON e.id = ep.episode_id JOIN people p ON p.id = ep.person_id "
            "ORDER BY e.key, ep.rowid"
        )
        topics = await conn.execute_fetchall(
            "SELECT e.key, t.topic, t.weight FROM episode_topics t "
            "JOIN episodes e ON e.id = t.episode_id ORDER BY e.key, t.rowid"
        )
    return [*people, *topics]


def _with_new_item(feed: Path) -> None:
    text = feed.read_text(encoding="utf-8")
    at = text.index("<item>")
    item = (
        "<item><title>A new episode with Ruth López on migration</title>"
        "<guid>new-item-1</guid><description>Ruth López, a lawyer, speaks about "
        "migration in Guatemala.</description></item>"
    )
    feed.write_text(text[:at] + item + text[at:], encoding="utf-8")


async def test_only_new_or_changed_items_are_enriched(
    store: Store, tmp_path: Path, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    feed = tmp_path / "feed.xml"
    shutil.copy(BUNDLED_FEED, feed)
    await ingest_source(store, str(feed))
    before = await _details(db_path)
    seen: list[str] = []
    real = people_module.extract_people  # the enricher looks it up there at each feed

    def counting(title: str, *args: object, **kwargs: object) -> object:
        seen.append(title)
        return real(title, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(people_module, "extract_people", counting)
    _with_new_item(feed)
    again = await ingest_source(store, str(feed))
    assert again.ok and (again.added, again.updated, again.unchanged) == (1, 0, 10)
    assert seen == ["A new episode with Ruth López on migration"]
    after = await _details(db_path)
    assert [d for d in after if d[0] != "guid:new-item-1"] == before
    assert ("guid:new-item-1", "Ruth López", "guest") in after
    # The new item is stored with its hash: the next pass enriches nothing.
    seen.clear()
    text = feed.read_text(encoding="utf-8")
    feed.write_text(text.replace("<title>", "<title>\n", 1), encoding="utf-8")  # same items
    third = await ingest_source(store, str(feed))
    assert third.ok and not third.not_modified and third.unchanged == 11
    assert seen == []
    assert await _details(db_path) == after


async def test_items_changed_meanwhile_are_enriched_again(
    store: Store, tmp_path: Path, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Item hashes that no longer match the rows (another process wrote the feed between
    the read and the write): the feed is prepared again in full, nothing is lost."""
    feed = tmp_path / "feed.xml"
    shutil.copy(BUNDLED_FEED, feed)
    await ingest_source(store, str(feed))
    before = await _details(db_path)
    known = await store.item_hashes(str(feed))
    assert len(known) == 10
    stale = {key: (item_hash, "stale digest") for key, (item_hash, _) in known.items()}

    async def item_hashes(source: str) -> dict[str, tuple[str, str]]:
        return stale

    monkeypatch.setattr(store, "item_hashes", item_hashes)
    _with_new_item(feed)
    again = await ingest_source(store, str(feed))
    assert again.ok and (again.added, again.updated, again.unchanged) == (1, 0, 10)
    assert [d for d in await _details(db_path) if d[0] != "guid:new-item-1"] == before


async def test_an_unchanged_large_feed_starts_no_worker_process(
    store: Store, tmp_path: Path
) -> None:
    [big] = big_files(tmp_path, 1)
    async with ParsePool(workers=2) as pool:
        [first] = await ingest_many(store, [big], pool=pool)
    assert first.ok and first.added > 0
    async with ParsePool(workers=2) as pool:
        [again] = await ingest_many(store, [big], pool=pool)
        assert pool.worker_pids() == [] and pool._started is None  # never started
    assert again.ok and again.not_modified and again.unchanged == first.added


def test_an_unchanged_run_loads_no_people_readers(tmp_path: Path, cli_env: dict[str, str]) -> None:
    """A re-ingest whose feeds are all unchanged finds no people, so it does not pay for
    compiling the people readers' patterns (a third of its start-up)."""
    db = tmp_path / "bot.db"
    feed = tmp_path / "feed.xml"
    shutil.copy(BUNDLED_FEED, feed)
    assert run_cli(["--db", str(db), "ingest", str(feed)], cli_env, tmp_path).returncode == 0
    probe = (
        "import sys; from bot.__main__ import main; "
        f"code = main(['--db', {str(db)!r}, 'ingest', {str(feed)!r}]); "
        "print(code, 'bot.people' in sys.modules)"
    )
    done = run_python(["-c", probe], cli_env, tmp_path)
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines()[-1] == "0 False"
