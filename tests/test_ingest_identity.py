"""Item identity when items share a GUID: stable whatever the order, and old databases."""

from __future__ import annotations

import json
from pathlib import Path

from bot.feeds import parse_feed
from bot.ingest import ingest_many, ingest_source
from bot.store import Store
from tests.conftest import FEED_ITEMS, feed_path, needs_feeds, run_cli

AUDIO = "https://cdn.example.org/shared.mp3"


def item(letter: str, day: int, *, audio: str | None = None) -> str:
    enclosure = f'<enclosure url="{audio or f"https://cdn.example.org/{letter}.mp3"}"/>'
    return (
        f"<item><title>Episode {letter}</title><guid>same</guid>"
        f"<pubDate>Mon, {day:02d} Jan 2024 00:00:00 GMT</pubDate>{enclosure}"
        f"<description>Notes of episode {letter}.</description></item>"
    )


def feed(*items: str) -> str:
    return (
        '<?xml version="1.0"?><rss version="2.0"><channel><title>Dup Cast</title>'
        + "".join(items)
        + "</channel></rss>"
    )


async def rows(store: Store) -> dict[str, tuple[int, str]]:
    """Title -> (row id, key) of every stored episode."""
    found = await store.conn.execute_fetchall("SELECT title, id, key FROM episodes")
    titles = [r[0] for r in found]
    assert len(titles) == len(set(titles)), titles  # no episode stored twice
    return {r[0]: (r[1], r[2]) for r in found}


async def test_new_item_with_a_shared_guid_is_added_and_nothing_shifts(
    store: Store, tmp_path: Path
) -> None:
    path = tmp_path / "feed.xml"
    path.write_text(feed(item("B", 2), item("A", 1)))
    first = await ingest_source(store, str(path))
    assert (first.added, first.updated, first.unchanged) == (2, 0, 0)
    before = await rows(store)

    path.write_text(feed(item("C", 3), item("B", 2), item("A", 1)))
    second = await ingest_source(store, str(path))
    assert (second.added, second.updated, second.unchanged) == (1, 0, 2)
    after = await rows(store)
    assert after["Episode A"] == before["Episode A"]
    assert after["Episode B"] == before["Episode B"]
    # One new row, C's: the announcer finds new episodes by their rows.
    assert set(after) - set(before) == {"Episode C"}

    third = await ingest_source(store, str(path))
    assert (third.added, third.updated, third.unchanged) == (0, 0, 3)


def test_keys_do_not_depend_on_item_order() -> None:
    forward = parse_feed(feed(item("B", 2), item("A", 1)).encode())
    backward = parse_feed(feed(item("A", 1), item("C", 3), item("B", 2)).encode())
    keys = {e.title: e.key for e in forward.episodes}
    assert {e.title: e.key for e in backward.episodes if e.title in keys} == keys
    # Exact repeats of one item are still dropped.
    repeated = parse_feed(feed(item("B", 2), item("A", 1), item("B", 2)).encode())
    assert [e.title for e in repeated.episodes] == ["Episode B", "Episode A"]


async def test_a_single_item_gaining_a_guid_twin_is_not_announced_again(
    store: Store, tmp_path: Path
) -> None:
    path = tmp_path / "feed.xml"
    path.write_text(feed(item("A", 1)))
    await ingest_source(store, str(path))
    before = await rows(store)
    path.write_text(feed(item("C", 3), item("A", 1)))
    result = await ingest_many(store, [str(path)])
    assert (result[0].added, result[0].updated, result[0].unchanged) == (1, 0, 1)
    after = await rows(store)
    assert after["Episode A"][0] == before["Episode A"][0]
    assert set(after) - set(before) == {"Episode C"}


async def old_code_keys(store: Store, first_title: str) -> None:
    """Re-key the stored rows as the previous code did: the first item of the group in
    document order held the bare ``guid:same`` key."""
    await store.conn.execute(
        "UPDATE episodes SET key = 'guid:same' WHERE title = ?", (first_title,)
    )
    await store.conn.commit()


async def test_database_written_by_the_old_keys_is_not_duplicated(
    store: Store, tmp_path: Path
) -> None:
    # Every item shares its audio too, as in taverncast.xml (the GUID is the mp3's URL):
    # the new item must not take the old row of B, matched by audio.
    path = tmp_path / "feed.xml"
    path.write_text(feed(item("B", 2, audio=AUDIO), item("A", 1, audio=AUDIO)))
    await ingest_source(store, str(path))
    await old_code_keys(store, "Episode B")
    before = await rows(store)
    assert before["Episode B"][1] == "guid:same"

    again = await ingest_source(store, str(path))
    assert (again.added, again.updated, again.unchanged) == (0, 0, 2)

    await old_code_keys(store, "Episode B")
    path.write_text(
        feed(item("C", 3, audio=AUDIO), item("B", 2, audio=AUDIO), item("A", 1, audio=AUDIO))
    )
    result = await ingest_source(store, str(path))
    assert (result.added, result.updated, result.unchanged) == (1, 0, 2)
    after = await rows(store)
    assert after["Episode B"][0] == before["Episode B"][0]
    assert after["Episode A"] == before["Episode A"]
    assert set(after) - set(before) == {"Episode C"}
    [(content,)] = await store.conn.execute_fetchall(
        "SELECT description FROM episodes WHERE id = ?", (before["Episode B"][0],)
    )
    assert content == "Notes of episode B."


@needs_feeds
async def test_real_feed_with_a_shared_guid_from_an_old_database(store: Store) -> None:
    source = str(feed_path("taverncast.xml"))
    first = await ingest_source(store, source)
    assert first.added == FEED_ITEMS["taverncast.xml"]
    [(title,)] = await store.conn.execute_fetchall(
        "SELECT title FROM episodes WHERE key LIKE 'guid:http://taverncast.com/shows/"
        "geekistry-2.mp3#%' ORDER BY position LIMIT 1"
    )
    await store.conn.execute(
        "UPDATE episodes SET key = 'guid:http://taverncast.com/shows/geekistry-2.mp3' "
        "WHERE title = ?",
        (title,),
    )
    await store.conn.commit()
    again = await ingest_source(store, source, conditional=False)
    assert (again.added, again.updated) == (0, 0)
    assert await store.episode_count() == FEED_ITEMS["taverncast.xml"]


def test_cli_ingest_counts_a_prepended_twin_once(tmp_path: Path, cli_env: dict[str, str]) -> None:
    path = tmp_path / "feed.xml"
    db = tmp_path / "cli.sqlite3"
    path.write_text(feed(item("B", 2), item("A", 1)))
    first = run_cli(["ingest", "--db", str(db), "--json", str(path)], cli_env, tmp_path)
    assert first.returncode == 0, first.stderr
    path.write_text(feed(item("C", 3), item("B", 2), item("A", 1)))
    second = run_cli(["ingest", "--db", str(db), "--json", str(path)], cli_env, tmp_path)
    assert second.returncode == 0, second.stderr
    counts = json.loads(second.stdout.splitlines()[-1])
    assert (counts["added"], counts["updated"], counts["unchanged"]) == (1, 0, 2)
