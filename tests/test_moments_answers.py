"""Answers that point to the moment: ``ask --json`` moments, the CLI, and the cards on the
loopback Discord (``/ask`` moments, ``/episode`` chapters)."""

from __future__ import annotations

import asyncio
import json
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

from bot.ingest import ingest_many
from bot.store import Store
from tests.conftest import FEEDS_DIR, REPO, needs_feeds
from tests.discord_fake import FakeDiscord
from tests.test_bot_e2e import Item, fake, fields, reply, rss, started  # noqa: F401

NOTES = """Storytelling with a sea captain.

Timestamps:
(00:00) - Welcome aboard
(03:10) - Hemingway and the old man
(12:34) - Knots, ropes and [rigging]
(25:00) - Storms at sea
(31:00) - Outro
"""


def moment_feed(count: int = 1) -> str:
    start = datetime(2024, 5, 1, 12, tzinfo=UTC)
    items = [
        Item(
            title="The Sea Captain",
            description=NOTES,
            guid="sea-1",
            published=start,
            link="https://seacast.example/1",
            audio="https://cdn.seacast.example/1.mp3?src=rss",
            duration="40:00",
        ),
        Item(
            title="Twelve chapters",
            description="Chapters:\n"
            + "\n".join(f"({n:02d}:00) - Part {n} of the long one" for n in range(12)),
            guid="sea-2",
            published=start + timedelta(days=1),
            link="https://seacast.example/2",
        ),
    ]
    return rss("Sea Cast", items[: count + 1], link="https://seacast.example/", image="")


async def load(db: Path, *paths: Path) -> None:
    async with await Store.open(db) as store:
        results = await ingest_many(store, [str(p) for p in paths])
    assert all(r.ok for r in results), [r.error for r in results]


def ask_json(db: Path, question: str) -> dict:
    out = subprocess.run(
        [sys.executable, "-m", "bot", "--db", str(db), "ask", "--json", question],
        capture_output=True,
        text=True,
        cwd=REPO,
        check=True,
    )
    return json.loads(out.stdout)


def test_ask_json_has_moments_best_first(tmp_path: Path) -> None:
    feed = tmp_path / "sea.xml"
    feed.write_text(moment_feed(), encoding="utf-8")
    db = tmp_path / "bot.sqlite3"
    asyncio.run(load(db, feed))
    answer = ask_json(db, "where do they talk about Hemingway")
    [first, *others] = answer["episodes"]
    assert first["title"] == "The Sea Captain"
    assert first["moments"] == [
        {
            "start": 190,
            "title": "Hemingway and the old man",
            "text": "",
            "url": "https://cdn.seacast.example/1.mp3?src=rss#t=190",
        }
    ]
    assert all(e["moments"] == [] for e in others)
    # Every episode carries the field, [] when no segment fits.
    latest = ask_json(db, "latest episode")
    assert latest["episodes"] and all(e["moments"] == [] for e in latest["episodes"])
    # At most three, more of the question's words first.
    many = ask_json(db, "sea storms knots ropes welcome outro")
    moments = many["episodes"][0]["moments"]
    assert len(moments) == 3 and moments[0]["title"] == "Knots, ropes and [rigging]"
    # No audio link: the episode page.
    pages = ask_json(db, "Part 7 of the long one")
    hit = next(e for e in pages["episodes"] if e["title"] == "Twelve chapters")
    assert hit["moments"][0]["url"] == "https://seacast.example/2"
    text = subprocess.run(
        [sys.executable, "-m", "bot", "--db", str(db), "ask", "where is Hemingway discussed"],
        capture_output=True,
        text=True,
        cwd=REPO,
        check=True,
    ).stdout
    assert (
        "▶ 3:10 — Hemingway and the old man  https://cdn.seacast.example/1.mp3?src=rss#t=190"
        in text
    )


@needs_feeds
def test_real_questions_answer_with_the_moment(tmp_path: Path) -> None:
    db = tmp_path / "bot.sqlite3"
    asyncio.run(load(db, FEEDS_DIR / "lex-fridman-podcast.xml", FEEDS_DIR / "go-time.xml"))
    lex = ask_json(db, "where does Lex talk about Hemingway")["episodes"][0]
    assert "Bert Kreischer" in lex["title"]
    assert lex["moments"][0]["start"] == 308 and lex["moments"][0]["title"] == "Hemingway"
    assert lex["moments"][0]["url"].endswith("lex_ai_bert_kreischer.mp3#t=308")
    generics = ask_json(db, "when did they discuss generics")["episodes"]
    with_moments = [e for e in generics if e["moments"]]
    assert with_moments, [e["title"] for e in generics]
    assert all("generic" in m["title"].lower() for m in with_moments[0]["moments"])


async def test_discord_ask_shows_moments_and_episode_lists_chapters(
    fake: FakeDiscord,  # noqa: F811
    tmp_path: Path,
) -> None:
    feed = tmp_path / "sea.xml"
    feed.write_text(moment_feed(), encoding="utf-8")
    db = tmp_path / "bot.sqlite3"
    await load(db, feed)
    async with started(fake, db):
        message = await reply(await fake.send_command("ask", {"question": "Hemingway"}))
        assert message["embeds"][0]["title"] == "The Sea Captain"
        assert fields(message)["Moments"] == (
            "[▶ 3:10 — Hemingway and the old man](<https://cdn.seacast.example/1.mp3?src=rss#t=190>)"
        )
        # /episode: the chapter list, every line a link to its moment.
        async with await Store.open(db) as store:
            sea, twelve = sorted(await store.latest_episodes(2), key=lambda e: e.title)
        message = await reply(await fake.send_command("episode", {"title": str(sea.id)}))
        chapters = fields(message)["Chapters"].split("\n")
        assert len(chapters) == 5
        assert chapters[2] == (
            "[▶ 12:34 — Knots, ropes and (rigging)](<https://cdn.seacast.example/1.mp3?src=rss#t=754>)"
        )
        message = await reply(await fake.send_command("episode", {"title": str(twelve.id)}))
        lines = fields(message)["Chapters"].split("\n")
        assert len(lines) == 11 and lines[-1] == "+2 more"
        assert lines[0] == "[▶ 0:00 — Part 0 of the long one](<https://seacast.example/2>)"
