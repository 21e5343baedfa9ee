"""Chapters files and transcripts: the sample files (written to the Podcasting 2.0
chapters and transcript documents), bad input, and storing what they give."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.ingest import ingest_source
from bot.moments.chapters import parse_chapters
from bot.moments.segment import MomentsError
from bot.moments.transcripts import MAX_TRANSCRIPT_BYTES, kind_of, parse_transcript
from bot.store import Store
from tests.test_moments_answers import moment_feed

SAMPLES = Path(__file__).parent / "data" / "moments"


def sample(name: str) -> bytes:
    return (SAMPLES / name).read_bytes()


def test_chapters_file() -> None:
    chapters = parse_chapters(sample("chapters.json"), duration=1500)
    assert [(c.start, c.end, c.title) for c in chapters] == [
        (0, 168, "Intro"),
        (168, 452, "Hearing the sea"),
        (452, 900, "Tides and the moon"),  # its own endTime
        (1210.5, 1500, "Lighthouses"),  # "toc": false skipped; the last ends with the episode
    ]
    assert chapters[2].url == "https://example.org/tides" and chapters[2].kind == "chapter"


@pytest.mark.parametrize(
    ("data", "error"),
    [
        (b"<!doctype html><html>Not found</html>", "HTML or XML, not JSON"),
        (b"{not json", "not valid JSON"),
        (b'{"chapters": "none"}', 'no "chapters" list'),
        (b"[1, 2]", 'no "chapters" list'),
        (
            b'{"chapters": [{"startTime": "soon", "title": 3}, {"startTime": -5, "title": "x"}]}',
            "no usable chapter",
        ),
    ],
)
def test_bad_chapters_files_are_one_line_errors(data: bytes, error: str) -> None:
    with pytest.raises(MomentsError, match=error) as caught:
        parse_chapters(data)
    assert "\n" not in str(caught.value)


def test_bad_chapters_inside_a_good_file_are_skipped_and_sorted() -> None:
    data = (
        b'{"chapters": [{"startTime": 300, "title": "Later"}, {"startTime": true, "title": "b"},'
        b' {"startTime": "60", "title": "Earlier"}, {"startTime": 1e12, "title": "Never"},'
        b' {"startTime": 10, "title": ""}, "junk",'
        b' {"startTime": 5, "title": "T", "url": "javascript:x"}]}'
    )
    chapters = parse_chapters(data)
    assert [(c.start, c.title, c.url) for c in chapters] == [
        (5, "T", None),
        (60, "Earlier", None),
        (300, "Later", None),
    ]


def test_srt_cues_become_paragraphs_of_30_to_60_seconds() -> None:
    paras = parse_transcript(sample("transcript.srt"), "srt", "en")
    assert [(p.start, p.end) for p in paras] == [(0, 40), (40, 90)]
    assert paras[0].text.startswith("Welcome to the show about the sea. Today we talk")
    assert all(p.kind == "paragraph" and p.language == "en" for p in paras)


def test_vtt_keeps_its_language_and_drops_voice_tags() -> None:
    paras = parse_transcript(sample("transcript.vtt"), "vtt", "en")
    assert paras[0].language == "es"
    assert (
        paras[0].text
        == "Bienvenidos al programa sobre el mar. Hoy hablamos de las mareas y la luna."
    )
    assert (paras[0].start, paras[-1].end) == (0, 70)


def test_json_html_and_text_transcripts() -> None:
    paras = parse_transcript(sample("transcript.json"), "json")
    assert [(p.start, p.end) for p in paras] == [(0, 45), (45, 80)]
    html = parse_transcript(sample("transcript.html"), "html", "en")
    assert "The keeper lit the lamp" in html[0].text and "tracking" not in html[0].text
    text = parse_transcript(sample("transcript.txt"), "text")
    assert text[0].text.startswith("Welcome to the show about lighthouses.")


def test_kind_of_uses_type_then_extension_then_content() -> None:
    assert kind_of("application/x-subrip", "https://x/t", b"") == "srt"
    assert kind_of("text/vtt; charset=utf-8", "https://x/t", b"") == "vtt"
    assert kind_of(None, "https://x/t.srt?a=1", b"") == "srt"
    assert kind_of("application/octet-stream", "https://x/t", b"WEBVTT\n") == "vtt"
    assert kind_of(None, "https://x/t", b'{"segments": []}') == "json"


@pytest.mark.parametrize(
    ("data", "kind", "error"),
    [
        (b"1\n00:00:01,000 -> broken\nhello\n", "srt", "no readable cue"),
        (b"00:00.000 --> 00:05.000\nno header\n", "vtt", "does not start with WEBVTT"),
        (b"WEBVTT\n\n00:10.000 --> 00:05.000\nends before it starts\n", "vtt", "no readable cue"),
        (b"<html><body>Error 404</body></html>", "json", "HTML, not JSON"),
        (b'{"segments": [{"startTime": "a", "endTime": 2, "body": "x"}]}', "json", "no usable"),
        (b'{"segments": {"a": 1}}', "json", 'no "segments" list'),
        (b"   \n\n", "text", "empty"),
    ],
)
def test_bad_transcripts_are_one_line_errors(data: bytes, kind: str, error: str) -> None:
    with pytest.raises(MomentsError, match=error) as caught:
        parse_transcript(data, kind)
    assert "\n" not in str(caught.value)


def test_a_50_mb_transcript_is_refused() -> None:
    huge = b"1\n00:00:01,000 --> 00:00:02,000\nword\n\n" * (50 * 1024 * 1024 // 36)
    assert len(huge) > MAX_TRANSCRIPT_BYTES
    with pytest.raises(MomentsError, match="larger than 10 MB"):
        parse_transcript(huge, "srt")


async def test_fetched_segments_are_stored_searched_and_failures_recorded(
    store: Store, tmp_path: Path
) -> None:
    feed = tmp_path / "sea.xml"
    feed.write_text(
        moment_feed().replace(
            "<guid>sea-1</guid>",
            '<guid>sea-1</guid><podcast:chapters url="https://h.example/c.json" '
            'type="application/json+chapters"/><podcast:transcript url="https://h.example/t.srt"'
            ' type="application/x-subrip"/>',
        ),
        encoding="utf-8",
    )
    assert (await ingest_source(store, str(feed))).ok
    jobs = {j.kind: j for j in await store.moment_jobs()}
    assert set(jobs) == {"chapters", "transcript"}
    await store.record_moment_fetch(
        jobs["chapters"], segments=parse_chapters(sample("chapters.json")), etag='"v1"'
    )
    await store.record_moment_fetch(
        jobs["transcript"], error="HTTP 404 from https://h.example/t.srt"
    )
    eid = jobs["chapters"].episode_id
    assert [s.title for s in await store.episode_segments(eid, "chapter")][:2] == [
        "Intro",
        "Hearing the sea",
    ]
    assert next(s.title for s in await store.episode_segments(eid, "notes")) == "Welcome aboard"
    [hit] = await store.search_segments('"lighthouses"', episode_ids=[eid])
    assert (hit.kind, hit.start) == ("chapter", 1210.5)
    state = {f.kind: f for f in await store.moment_fetches(eid)}
    assert state["chapters"].status == "ok" and state["chapters"].segments == 4
    assert state["transcript"].status == "error" and state["transcript"].failures == 1
    assert state["transcript"].error == "HTTP 404 from https://h.example/t.srt"
    # Done: nothing due until the error's backoff ends or the URL changes.
    assert await store.moment_jobs() == []
    # A second fetch replaces the kind's segments (the old ones leave the index).
    await store.record_moment_fetch(
        jobs["chapters"],
        segments=parse_chapters(b'{"chapters": [{"startTime": 9, "title": "Only"}]}'),
    )
    assert [s.title for s in await store.episode_segments(eid, "chapter")] == ["Only"]
    assert await store.search_segments('"lighthouses"', episode_ids=[eid]) == []
    await store.conn.execute("INSERT INTO segments_fts (segments_fts) VALUES ('integrity-check')")
