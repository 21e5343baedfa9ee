"""Fetching chapters files and transcripts (issue 14, item 2): a local server on 127.0.0.1
serves every format, conditional GETs, a 404, a too-large transcript, HTML where JSON was
promised and a redirect; an unreachable host fails alone. End to end: ``ingest --moments``
then ``ask --json``, the loopback Discord, and the bot fetching while it serves."""

from __future__ import annotations

import asyncio
import contextlib
import json
import socket
import sys
from collections import Counter
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

import pytest
from aiohttp import web

from bot.announce import Announcements, Poller
from bot.config import ConfigError, Settings
from bot.feeds import parse_feed
from bot.ingest import ingest_many
from bot.moments.fetch import MomentFetcher, fetch_moments
from bot.store import Store
from tests.conftest import REPO
from tests.discord_fake import FakeDiscord
from tests.test_bot_e2e import fake, fields, reply, started  # noqa: F401

pytestmark = pytest.mark.timeout(90)

SAMPLES = REPO / "tests" / "data" / "moments"
HUGE_BYTES = 11 * 1024 * 1024


# --- the local host --------------------------------------------------------------------------


@dataclass
class Host:
    """What the local server saw: requests per path, and conditional headers."""

    base: str = ""
    hits: Counter[str] = field(default_factory=Counter)
    conditional: list[tuple[str, str]] = field(default_factory=list)
    in_flight: int = 0
    most_in_flight: int = 0
    two_in_flight: asyncio.Event = field(default_factory=asyncio.Event)
    release_hold: asyncio.Event = field(default_factory=asyncio.Event)
    hold_started: asyncio.Event = field(default_factory=asyncio.Event)
    hold_cancelled: asyncio.Event = field(default_factory=asyncio.Event)


CHAPTERS_ETAG = '"chapters-v1"'
VTT_MODIFIED = "Wed, 01 May 2024 12:00:00 GMT"
CONTENT_TYPES = {
    "transcript.srt": "text/plain",  # as many hosts serve SRT: the extension decides
    "transcript.vtt": "text/vtt",
    "transcript.json": "application/json",
    "transcript.html": "text/html",
    "transcript.txt": "text/plain",
    "chapters.json": "application/json+chapters",
}


@contextlib.asynccontextmanager
async def moments_host() -> AsyncIterator[Host]:
    host = Host()

    async def sample(request: web.Request) -> web.StreamResponse:
        name = request.match_info["name"]
        host.hits[name] += 1
        if name not in CONTENT_TYPES:
            raise web.HTTPNotFound()
        headers = {}
        if name == "chapters.json":
            headers["ETag"] = CHAPTERS_ETAG
            if request.headers.get("If-None-Match") == CHAPTERS_ETAG:
                host.conditional.append((name, "If-None-Match"))
                return web.Response(status=304, headers=headers)
        if name == "transcript.vtt":
            headers["Last-Modified"] = VTT_MODIFIED
            if request.headers.get("If-Modified-Since") == VTT_MODIFIED:
                host.conditional.append((name, "If-Modified-Since"))
                return web.Response(status=304, headers=headers)
        body = (SAMPLES / name).read_bytes()
        return web.Response(body=body, headers={**headers, "Content-Type": CONTENT_TYPES[name]})

    async def html_page(request: web.Request) -> web.StreamResponse:
        host.hits["page"] += 1
        return web.Response(
            text="<html><body>Sign in to listen</body></html>", content_type="text/html"
        )

    async def huge(request: web.Request) -> web.StreamResponse:
        host.hits["huge"] += 1
        resp = web.StreamResponse(headers={"Content-Type": "application/x-subrip"})
        await resp.prepare(request)
        cue = b"1\n00:00:00,000 --> 00:00:05,000\nwords words words\n\n"
        with contextlib.suppress(ConnectionError):
            for _ in range(HUGE_BYTES // (len(cue) * 1000) + 1):
                await resp.write(cue * 1000)
        return resp

    async def moved(request: web.Request) -> web.StreamResponse:
        host.hits["moved"] += 1
        raise web.HTTPMovedPermanently("/files/chapters.json")

    async def busy(request: web.Request) -> web.StreamResponse:
        host.hits["busy"] += 1
        return web.Response(status=503, headers={"Retry-After": "7200"})

    async def slow(request: web.Request) -> web.StreamResponse:
        # Holds every request until two are in flight at once: the per-host bound is
        # seen, never timed.
        host.in_flight += 1
        host.most_in_flight = max(host.most_in_flight, host.in_flight)
        if host.in_flight >= 2:
            host.two_in_flight.set()
        await host.two_in_flight.wait()
        host.in_flight -= 1
        return web.Response(
            body=(SAMPLES / "chapters.json").read_bytes(), content_type="application/json"
        )

    async def hold(request: web.Request) -> web.StreamResponse:
        host.hold_started.set()
        try:
            await host.release_hold.wait()
        except asyncio.CancelledError:
            host.hold_cancelled.set()
            raise
        return web.Response(body=b"{}", content_type="application/json")

    app = web.Application()
    app.router.add_get("/files/{name}", sample)
    app.router.add_get("/page.json", html_page)
    app.router.add_get("/huge.srt", huge)
    app.router.add_get("/old/chapters", moved)
    app.router.add_get("/busy.json", busy)
    app.router.add_get("/slow/{n}", slow)
    app.router.add_get("/hold.json", hold)
    runner = web.AppRunner(app, handler_cancellation=True)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
    host.base = f"http://127.0.0.1:{port}"
    try:
        yield host
    finally:
        host.release_hold.set()
        host.two_in_flight.set()
        await runner.cleanup()


def closed_port() -> int:
    """A port on 127.0.0.1 that nothing listens on."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


# --- feeds that point at it ----------------------------------------------------------------


@dataclass
class Ep:
    title: str
    chapters: str | None = None
    transcript: str | None = None
    transcript_type: str | None = None
    notes: str = "An episode about the coast."


def feed_xml(eps: list[Ep], *, title: str = "Coast Cast") -> str:
    start = datetime(2024, 5, 1, 12, tzinfo=UTC)
    out = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<rss version="2.0" xmlns:podcast="https://podcastindex.org/namespace/1.0">',
        f"<channel><title>{escape(title)}</title><link>https://coast.example/</link>",
        "<language>en</language>",
    ]
    for n, ep in enumerate(eps):
        out.append(f"<item><title>{escape(ep.title)}</title><guid>coast-{n}</guid>")
        out.append(f"<description>{escape(ep.notes)}</description>")
        out.append(f"<pubDate>{format_datetime(start + timedelta(days=n))}</pubDate>")
        out.append(f"<link>https://coast.example/{n}</link>")
        out.append(
            f'<enclosure url="https://cdn.coast.example/{n}.mp3" type="audio/mpeg" length="1"/>'
        )
        if ep.chapters:
            out.append(
                f'<podcast:chapters url={quoteattr(ep.chapters)} type="application/json+chapters"/>'
            )
        if ep.transcript:
            kind = f" type={quoteattr(ep.transcript_type)}" if ep.transcript_type else ""
            out.append(f"<podcast:transcript url={quoteattr(ep.transcript)}{kind}/>")
        out.append("</item>")
    out.append("</channel></rss>")
    return "\n".join(out)


async def ingest(db: Path, feed: Path) -> None:
    async with await Store.open(db) as store:
        [result] = await ingest_many(store, [str(feed)])
    assert result.ok, result.error


def every_format(base: str, dead: str) -> list[Ep]:
    f = f"{base}/files"
    return [
        Ep("Chapters", chapters=f"{f}/chapters.json"),
        Ep("SRT", transcript=f"{f}/transcript.srt", transcript_type="application/x-subrip"),
        Ep("SRT untyped", transcript=f"{f}/transcript.srt"),
        Ep("VTT", transcript=f"{f}/transcript.vtt", transcript_type="text/vtt"),
        Ep("JSON", transcript=f"{f}/transcript.json", transcript_type="application/json"),
        Ep("HTML", transcript=f"{f}/transcript.html", transcript_type="text/html"),
        Ep("Text", transcript=f"{f}/transcript.txt", transcript_type="text/plain"),
        Ep("Missing", transcript=f"{f}/gone.srt", transcript_type="application/srt"),
        Ep("Promised JSON", chapters=f"{base}/page.json"),
        Ep(
            "Promised JSON transcript",
            transcript=f"{base}/page.json",
            transcript_type="application/json",
        ),
        Ep("Huge", transcript=f"{base}/huge.srt", transcript_type="application/x-subrip"),
        Ep("Moved", chapters=f"{base}/old/chapters?token=secret"),
        Ep("Busy", chapters=f"{base}/busy.json"),
        Ep("Dead host", chapters=f"{dead}/chapters.json"),
        Ep("Dead host 2", transcript=f"{dead}/t.srt"),
    ]


async def by_title(store: Store) -> dict[str, int]:
    return {e.title: e.id for e in await store.latest_episodes(100)}


# --- the feed side: which transcript ------------------------------------------------------


def test_captions_preferred_and_the_tag_type_and_language_kept() -> None:
    xml = """<?xml version="1.0"?>
<rss version="2.0" xmlns:podcast="https://podcastindex.org/namespace/1.0"><channel><title>T</title>
<item><title>A</title><guid>a</guid>
<podcast:transcript url="https://h.example/a.html" type="text/html"/>
<podcast:transcript url="https://h.example/a.vtt" type="text/vtt" language="es" rel="captions"/>
<podcast:transcript url="https://h.example/a.srt" type="application/x-subrip"/>
</item>
<item><title>B</title><guid>b</guid>
<podcast:transcript url="https://h.example/b.html" type="text/html" language="pt"/>
<podcast:transcript url="https://h.example/b.srt" type="application/srt" language="pt-BR"/>
</item>
<item><title>C</title><guid>c</guid>
<podcast:transcript url="https://h.example/c.txt"/>
</item></channel></rss>"""
    a, b, c = parse_feed(xml.encode()).episodes
    assert (a.transcript_url, a.transcript_type, a.transcript_language) == (
        "https://h.example/a.vtt",
        "text/vtt",
        "es",
    )
    # No captions: a timed format before HTML.
    assert (b.transcript_url, b.transcript_type, b.transcript_language) == (
        "https://h.example/b.srt",
        "application/srt",
        "pt-BR",
    )
    assert (c.transcript_url, c.transcript_type, c.transcript_language) == (
        "https://h.example/c.txt",
        None,
        None,
    )


async def test_the_tag_language_and_type_reach_the_fetch_job(tmp_path: Path) -> None:
    feed = tmp_path / "f.xml"
    feed.write_text(
        feed_xml([Ep("X", transcript="https://h.example/x", transcript_type="text/vtt")]).replace(
            'type="text/vtt"', 'type="text/vtt" language="de"'
        ),
        encoding="utf-8",
    )
    db = tmp_path / "bot.sqlite3"
    await ingest(db, feed)
    async with await Store.open(db) as store:
        [job] = await store.moment_jobs()
    assert (job.kind, job.content_type, job.language) == ("transcript", "text/vtt", "de")


# --- fetching ------------------------------------------------------------------------------


async def test_every_format_and_every_failure_per_episode(tmp_path: Path) -> None:
    async with moments_host() as host:
        dead = f"http://127.0.0.1:{closed_port()}"
        eps = every_format(host.base, dead)
        feed = tmp_path / "coast.xml"
        feed.write_text(feed_xml(eps), encoding="utf-8")
        db = tmp_path / "bot.sqlite3"
        await ingest(db, feed)
        async with await Store.open(db) as store:
            summary = await fetch_moments(store)
            ids = await by_title(store)
            fetches = {f.episode_id: f for f in await store.moment_fetches()}
            segments = {t: await store.episode_segments(i) for t, i in ids.items()}
            assert (summary.fetched, summary.unchanged, summary.failed) == (8, 0, 7)

            ok = {t for t in ids if fetches[ids[t]].status == "ok"}
            assert ok == {"Chapters", "SRT", "SRT untyped", "VTT", "JSON", "HTML", "Text", "Moved"}
            # Chapters (the toc:false one skipped), through a redirect too.
            for t in ("Chapters", "Moved"):
                assert [(s.start, s.title) for s in segments[t]] == [
                    (0.0, "Intro"),
                    (168.0, "Hearing the sea"),
                    (452.0, "Tides and the moon"),
                    (1210.5, "Lighthouses"),
                ]
                assert {s.kind for s in segments[t]} == {"chapter"}
            # SRT served as text/plain: read as SRT all the same, paragraphs of 30-60 s.
            for t in ("SRT", "SRT untyped"):
                assert [(s.start, s.end) for s in segments[t]] == [(0.0, 40.0), (40.0, 90.0)]
                assert segments[t][1].text.startswith("Lighthouses guided sailors home")
                assert segments[t][0].language == "en"  # the feed's, the tag has none
            assert segments["VTT"][0].language == "es"  # the file's own header
            assert "faros" in segments["VTT"][-1].text
            assert [s.start for s in segments["JSON"]] == [0.0, 45.0]
            assert "keeper lit the lamp" in segments["HTML"][0].text
            assert "tracking" not in segments["HTML"][0].text
            assert "keeper lit the lamp" in segments["Text"][0].text
            assert {
                s.kind for t in ("SRT", "VTT", "JSON", "HTML", "Text") for s in segments[t]
            } == {"paragraph"}

            errors = {t: fetches[ids[t]].error for t in ids if fetches[ids[t]].status == "error"}
            assert errors["Missing"] == f"HTTP 404 from {host.base}/files/gone.srt"
            assert errors["Promised JSON"] == "the chapters file is HTML or XML, not JSON"
            assert errors["Promised JSON transcript"] == "the transcript is HTML, not JSON"
            assert errors["Huge"] == "the transcript is larger than 10 MB"
            assert errors["Busy"] == f"HTTP 503 from {host.base}/busy.json"
            assert errors["Dead host"].startswith(f"cannot reach {dead}/chapters.json")
            assert errors["Dead host 2"].startswith("cannot reach")
            for error in errors.values():
                assert "\n" not in error and "secret" not in error and len(error) <= 300
            # Failed episodes have no segments of that kind, and nothing else was touched.
            assert all(not segments[t] for t in errors)

            # A failure waits for its backoff; Retry-After stretches it.
            assert await store.moment_jobs() == []
            async with store.conn.execute(
                "SELECT next_try_at, checked_at FROM moment_fetches WHERE episode_id = ?",
                (ids["Busy"],),
            ) as cur:
                next_try, checked = await cur.fetchone()
            wait = datetime.fromisoformat(next_try) - datetime.fromisoformat(checked)
            assert wait >= timedelta(seconds=7200)

            # Nothing changed: a second run fetches nothing.
            before = host.hits.copy()
            again = await fetch_moments(store)
            assert (again.fetched, again.unchanged, again.failed) == (0, 0, 0)
            assert host.hits == before


async def test_refetched_only_when_the_url_or_the_document_changes(tmp_path: Path) -> None:
    async with moments_host() as host:
        f = f"{host.base}/files"
        eps = [
            Ep("Chapters", chapters=f"{f}/chapters.json"),
            Ep("VTT", transcript=f"{f}/transcript.vtt", transcript_type="text/vtt"),
        ]
        feed = tmp_path / "coast.xml"
        feed.write_text(feed_xml(eps), encoding="utf-8")
        db = tmp_path / "bot.sqlite3"
        await ingest(db, feed)
        async with await Store.open(db) as store:
            first = await fetch_moments(store)
            assert (first.fetched, first.unchanged, first.failed) == (2, 0, 0)
            assert host.conditional == []
            # The feed edits both items: each document is asked for again, conditionally,
            # and the host says it did not change (304): the segments stay.
            for ep in eps:
                ep.notes = "An episode about the coast, edited."
            feed.write_text(feed_xml(eps), encoding="utf-8")
        await ingest(db, feed)
        async with await Store.open(db) as store:
            second = await fetch_moments(store)
            assert (second.fetched, second.unchanged, second.failed) == (0, 2, 0)
            assert sorted(host.conditional) == [
                ("chapters.json", "If-None-Match"),
                ("transcript.vtt", "If-Modified-Since"),
            ]
            ids = await by_title(store)
            assert len(await store.episode_segments(ids["Chapters"], "chapter")) == 4
            assert {f.status for f in await store.moment_fetches()} == {"not_modified"}
            # A new URL: fetched afresh (no validators of the old URL sent along).
            eps[0].chapters = f"{f}/chapters.json?v=2"
            feed.write_text(feed_xml(eps), encoding="utf-8")
        await ingest(db, feed)
        async with await Store.open(db) as store:
            third = await fetch_moments(store)
            assert (third.fetched, third.unchanged, third.failed) == (1, 0, 0)
            assert len(host.conditional) == 2
            assert len(await store.episode_segments(ids["Chapters"], "chapter")) == 4


async def test_at_most_two_at_a_time_per_host(tmp_path: Path) -> None:
    async with moments_host() as host:
        eps = [Ep(f"Slow {n}", chapters=f"{host.base}/slow/{n}") for n in range(6)]
        feed = tmp_path / "coast.xml"
        feed.write_text(feed_xml(eps), encoding="utf-8")
        db = tmp_path / "bot.sqlite3"
        await ingest(db, feed)
        async with await Store.open(db) as store:
            summary = await fetch_moments(store, per_host=2, total=8)
        assert summary.fetched == 6
        assert host.most_in_flight == 2


# --- end to end ----------------------------------------------------------------------------


def ends_feed(base: str) -> list[Ep]:
    f = f"{base}/files"
    return [
        Ep("Harbour stories", chapters=f"{f}/chapters.json"),
        Ep("Night crossings", transcript=f"{f}/transcript.srt", transcript_type="application/srt"),
    ]


async def run_cli(*args: str) -> tuple[int, str, str]:
    # A child process, while this loop keeps serving the local host.
    proc = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "bot",
        *args,
        cwd=REPO,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    out, err = await proc.communicate()
    assert proc.returncode is not None
    return proc.returncode, out.decode(), err.decode()


async def test_ingest_moments_then_ask_answers_with_the_moment(tmp_path: Path) -> None:
    async with moments_host() as host:
        eps = [*ends_feed(host.base), Ep("Gone", chapters=f"{host.base}/files/gone.json")]
        feed = tmp_path / "coast.xml"
        feed.write_text(feed_xml(eps), encoding="utf-8")
        db = tmp_path / "bot.sqlite3"
        code, out, _ = await run_cli("--db", str(db), "ingest", "--moments", str(feed))
        # The failed chapters file is the episode's; the feed and the exit code are fine.
        assert code == 0, out
        lines = out.strip().split("\n")
        assert lines[0].startswith("Coast Cast: 3 added, 0 updated, 0 unchanged")
        assert lines[1].startswith("moments: 2 fetched, 0 unchanged, 1 failed")
        code, out, err = await run_cli("--db", str(db), "ingest", "--json", "--moments", str(feed))
        assert code == 0
        assert [json.loads(line)["title"] for line in out.strip().split("\n")] == ["Coast Cast"]
        assert "moments: 0 fetched, 0 unchanged, 0 failed" in err

        # From the chapters file.
        code, out, _ = await run_cli("--db", str(db), "ask", "--json", "hearing the sea")
        first = json.loads(out)["episodes"][0]
        assert first["title"] == "Harbour stories"
        assert first["moments"][0] == {
            "start": 168,
            "title": "Hearing the sea",
            "text": "",
            "url": "https://cdn.coast.example/0.mp3#t=168",
        }
        # From the transcript: words only its second paragraph holds.
        code, out, _ = await run_cli("--db", str(db), "ask", "--json", "sailors guided home")
        first = json.loads(out)["episodes"][0]
        assert first["title"] == "Night crossings"
        moment = first["moments"][0]
        assert moment["start"] == 40 and moment["url"] == "https://cdn.coast.example/1.mp3#t=40"
        assert moment["text"].startswith("Lighthouses guided sailors home at night.")


async def test_discord_shows_a_fetched_moment(
    fake: FakeDiscord,  # noqa: F811
    tmp_path: Path,
) -> None:
    async with moments_host() as host:
        feed = tmp_path / "coast.xml"
        feed.write_text(feed_xml(ends_feed(host.base)), encoding="utf-8")
        db = tmp_path / "bot.sqlite3"
        await ingest(db, feed)
        async with await Store.open(db) as store:
            await fetch_moments(store)
        async with started(fake, db, fetch_moments=False):
            message = await reply(
                await fake.send_command("ask", {"question": "sailors guided home"})
            )
            assert message["embeds"][0]["title"] == "Night crossings"
            moments = fields(message)["Moments"].split("\n")
            assert moments[0] == "[▶ 0:40](<https://cdn.coast.example/1.mp3#t=40>)"
            assert moments[1].startswith("Lighthouses guided sailors home at night.")
            async with await Store.open(db) as store:
                ids = await by_title(store)
            message = await reply(
                await fake.send_command("episode", {"title": str(ids["Harbour stories"])})
            )
            assert fields(message)["Chapters"].split("\n")[1] == (
                "[▶ 2:48 — Hearing the sea](<https://cdn.coast.example/0.mp3#t=168>)"
            )


async def test_the_bot_fetches_while_serving_and_cancels_at_close(
    fake: FakeDiscord,  # noqa: F811
    tmp_path: Path,
) -> None:
    async with moments_host() as host:
        feed = tmp_path / "coast.xml"
        feed.write_text(feed_xml(ends_feed(host.base)), encoding="utf-8")
        db = tmp_path / "bot.sqlite3"
        await ingest(db, tmp_path / "coast.xml")
        async with started(fake, db, feed_urls=(str(feed),)) as client:
            cog = client.get_cog("Announce")
            fetcher = cog.poller.moments
            assert isinstance(fetcher, MomentFetcher)
            await fetcher.wait_for_runs(1)
            assert fetcher.last is not None and fetcher.last.fetched == 2
            message = await reply(
                await fake.send_command("ask", {"question": "sailors guided home"})
            )
            assert fields(message)["Moments"].startswith("[▶ 0:40")
            # A poll that changes the feed starts another run; this one hangs on the host
            # until the bot closes, and closing cancels it cleanly.
            feed.write_text(
                feed_xml([*ends_feed(host.base), Ep("Held", chapters=f"{host.base}/hold.json")]),
                encoding="utf-8",
            )
            runs = fetcher.runs
            await cog.poller.poll_due(datetime.now(UTC) + timedelta(days=1))
            await host.hold_started.wait()
            assert fetcher.runs == runs
            task = fetcher.task
            assert task is not None and not task.done()
        assert task.cancelled()
        await host.hold_cancelled.wait()


async def test_fetch_moments_setting(tmp_path: Path) -> None:
    assert Settings.load(None, {}).fetch_moments is True
    assert Settings.load(None, {"FETCH_MOMENTS": "false"}).fetch_moments is False
    assert Settings.load(None, {"FETCH_MOMENTS": " Yes "}).fetch_moments is True
    assert Settings.load(None, {"FETCH_MOMENTS": ""}).fetch_moments is True
    with pytest.raises(ConfigError, match="FETCH_MOMENTS must be true or false"):
        Settings.load(None, {"FETCH_MOMENTS": "sometimes"})
    db = tmp_path / "bot.sqlite3"
    async with await Store.open(db) as store:
        off = Poller(Announcements(store), [], interval_seconds=60)
        assert off.moments is None
        await off.close()
