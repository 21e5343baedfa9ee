"""Parsing: real feeds, both Podcasting 2.0 namespaces, HTML cleanup, identity, bad input."""

from __future__ import annotations

import tracemalloc

import pytest

from bot.feeds import (
    MAX_FEED_BYTES,
    FeedError,
    html_to_text,
    parse_date,
    parse_duration,
    parse_feed,
)
from tests.conftest import FEED_ITEMS, feed_path, needs_feeds

NEW_NS = "https://podcastindex.org/namespace/1.0"
OLD_NS = "https://github.com/Podcastindex-org/podcast-namespace/blob/main/docs/1.0.md"


def rss(items: str, *, ns: str = NEW_NS, channel_extra: str = "") -> bytes:
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd"
     xmlns:podcast="{ns}" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel><title>Test Cast</title><link>https://example.org/</link>
<language>en</language>{channel_extra}
{items}
</channel></rss>""".encode()


@needs_feeds
@pytest.mark.parametrize("name", sorted(FEED_ITEMS))
def test_every_real_feed_parses_with_all_its_items(name: str) -> None:
    feed = parse_feed(feed_path(name).read_bytes())
    assert feed.title
    assert len(feed.episodes) == FEED_ITEMS[name]
    keys = [e.key for e in feed.episodes]
    assert len(set(keys)) == len(keys)
    assert all(e.title for e in feed.episodes)
    assert [e.position for e in feed.episodes] == list(range(len(feed.episodes)))


@needs_feeds
def test_empty_guids_fall_back_to_the_enclosure_url() -> None:
    feed = parse_feed(feed_path("se-radio.xml").read_bytes())
    by_url = [e for e in feed.episodes if e.key.startswith("url:")]
    assert len(by_url) >= 160  # 166 items carry an empty <guid/>
    assert all(e.guid is None for e in by_url)


@needs_feeds
def test_shared_guid_keeps_both_items() -> None:
    feed = parse_feed(feed_path("taverncast.xml").read_bytes())
    shared = [e for e in feed.episodes if e.guid == "http://taverncast.com/shows/geekistry-2.mp3"]
    assert len(shared) == 2
    assert shared[0].key != shared[1].key


@needs_feeds
def test_double_escaped_accents_are_decoded() -> None:
    feed = parse_feed(feed_path("rtve-tiempo-de-valientes.xml").read_bytes())
    text = " ".join(e.title + " " + e.description for e in feed.episodes)
    assert "Julián" in text
    assert "&aacute;" not in text and "&amp;" not in text


@needs_feeds
def test_non_rfc_dates_and_malformed_feeds() -> None:
    feed = parse_feed(feed_path("taverncast.xml").read_bytes())
    assert all(e.published is not None for e in feed.episodes)
    agenda = parse_feed(feed_path("no-agenda.xml").read_bytes())
    assert len(agenda.episodes) == 29


@needs_feeds
def test_person_tags_under_both_namespaces() -> None:
    new = parse_feed(feed_path("go-time.xml").read_bytes())
    old = parse_feed(feed_path("mike-neumann-show.xml").read_bytes())
    assert sum(len(e.persons) for e in new.episodes) > 1000
    assert all(any(p.role == "guest" for p in e.persons) for e in old.episodes)
    assert all(p.name.strip() for e in old.episodes for p in e.persons)


@pytest.mark.parametrize("ns", [NEW_NS, OLD_NS])
def test_podcasting20_tags_both_uris(ns: str) -> None:
    data = rss(
        """<item><title>Ep 1</title><guid>g1</guid>
        <enclosure url="https://cdn.example.org/1.mp3" type="audio/mpeg" length="1"/>
        <podcast:person role="guest" href="https://ex.org/ana"
            img="https://ex.org/a.jpg">Ana Pérez</podcast:person>
        <podcast:person>Host Name</podcast:person>
        <podcast:transcript url="https://ex.org/1.vtt" type="text/vtt"/>
        <podcast:chapters url="https://ex.org/1.json" type="application/json+chapters"/>
        <podcast:season>3</podcast:season><podcast:episode>42</podcast:episode>
        </item>""",
        ns=ns,
    )
    ep = parse_feed(data).episodes[0]
    assert [(p.name, p.role) for p in ep.persons] == [("Ana Pérez", "guest"), ("Host Name", "host")]
    assert (
        ep.persons[0].href == "https://ex.org/ana" and ep.persons[0].img == "https://ex.org/a.jpg"
    )
    assert ep.transcript_url == "https://ex.org/1.vtt"
    assert ep.chapters_url == "https://ex.org/1.json"
    assert (ep.season, ep.number) == (3, 42)


def test_itunes_tags() -> None:
    data = rss(
        """<item><title>Ep</title><guid>x</guid>
        <itunes:duration>1:02:03</itunes:duration><itunes:episode>7</itunes:episode>
        <itunes:season>2</itunes:season><itunes:image href="https://ex.org/i.png"/>
        <itunes:keywords>drugs, policy; Colombia</itunes:keywords>
        <itunes:summary>Short &lt;b&gt;summary&lt;/b&gt;</itunes:summary></item>"""
    )
    ep = parse_feed(data).episodes[0]
    assert ep.duration == 3723
    assert (ep.number, ep.season) == (7, 2)
    assert ep.image == "https://ex.org/i.png"
    assert ep.keywords == ["drugs", "policy", "Colombia"]
    assert ep.summary == "Short summary"


def test_atom_feed() -> None:
    data = b"""<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom">
    <title>Atom Cast</title><link href="https://ex.org/"/>
    <entry><title>First</title><id>urn:1</id><published>2024-05-01T10:00:00Z</published>
    <link rel="enclosure" href="https://ex.org/1.mp3"/><link rel="alternate" href="https://ex.org/1"/>
    <summary>Hello</summary></entry></feed>"""
    feed = parse_feed(data)
    assert feed.title == "Atom Cast"
    ep = feed.episodes[0]
    assert (ep.title, ep.guid, ep.audio_url, ep.link) == (
        "First",
        "urn:1",
        "https://ex.org/1.mp3",
        "https://ex.org/1",
    )
    assert ep.published is not None and ep.published.year == 2024


def test_identity_rules() -> None:
    data = rss(
        """<item><title>A</title><guid>  </guid><enclosure url="https://ex.org/a.mp3"/></item>
        <item><title>B  Title!</title><pubDate>Mon, 01 Jan 2024 00:00:00 GMT</pubDate></item>
        <item><title>C</title><guid>gid-c</guid></item>
        <item><title>C</title><guid>gid-c</guid></item>"""
    )
    feed = parse_feed(data)
    assert [e.key for e in feed.episodes] == [
        "url:https://ex.org/a.mp3",
        "title:b title|2024-01-01T00:00:00+00:00",
        "guid:gid-c",
    ]


def test_html_cleanup() -> None:
    raw = (
        '<p>Hello <b>world</b> &amp; friends</p><script>alert("x")</script>'
        '<style>p{color:red}</style><img src="https://track.example/pixel.gif" width="1">'
        "<p>Second&nbsp;paragraph</p>"
    )
    assert html_to_text(raw) == "Hello world & friends\n\nSecond paragraph"
    assert html_to_text("Juli&aacute;n &amp; Jos&eacute;") == "Julián & José"
    assert html_to_text("&lt;p&gt;Escaped &lt;a href='x'&gt;link&lt;/a&gt;&lt;/p&gt;") == (
        "Escaped link"
    )
    assert html_to_text("Wait for it&#8230;") == "Wait for it…"
    assert html_to_text("") == ""
    assert html_to_text("plain   text\n\n\n\nnext") == "plain text\n\nnext"


def test_double_escaped_entities_in_xml() -> None:
    data = rss("<item><title>Juli&amp;aacute;n</title><guid>1</guid></item>")
    assert parse_feed(data).episodes[0].title == "Julián"


def test_dates_and_durations() -> None:
    assert parse_date("Wed, 03 Aug 2005 18:00:00 GMT").isoformat() == "2005-08-03T18:00:00+00:00"
    assert parse_date("01 Mar 2013 12:00:00 EST").isoformat() == "2013-03-01T17:00:00+00:00"
    assert parse_date("Wed, 27 July 2011 01:30:00 EST") is not None
    assert parse_date("not a date") is None
    assert parse_date("") is None
    assert parse_duration("3600") == 3600
    assert parse_duration("45:10") == 2710
    assert parse_duration("abc") is None


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "empty"),
        (b"   \n  ", "empty"),
        (b"<html><body>Not a feed</body></html>", "not an RSS or Atom feed"),
        (b'{"json": true}', "not"),
        (b"\x00\x01\x02 binary", "not"),
        (b"<rss><nochannel/></rss>", "without a <channel>"),
    ],
)
def test_bad_input_is_a_clear_error(data: bytes, message: str) -> None:
    with pytest.raises(FeedError) as info:
        parse_feed(data)
    assert message in str(info.value)
    assert "\n" not in str(info.value)


def test_billion_laughs_is_refused() -> None:
    lol = "".join(f'<!ENTITY lol{i} "{("&lol" + str(i - 1) + ";") * 10}">' for i in range(1, 10))
    bomb = (
        f'<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY lol0 "lol">{lol}]>'
        "<rss><channel><title>&lol9;</title></channel></rss>"
    ).encode()
    tracemalloc.start()
    with pytest.raises(FeedError, match="XML bomb"):
        parse_feed(bomb)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    # No expansion happened (the time it takes is printed by python -m benchmarks.enrich).
    assert peak < 5_000_000, peak


def test_external_entity_is_refused() -> None:
    xxe = (
        b'<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
        b"<rss><channel><title>&xxe;</title></channel></rss>"
    )
    with pytest.raises(FeedError, match="refused"):
        parse_feed(xxe)


def test_truncated_download_is_refused() -> None:
    whole = rss("<item><title>One</title><guid>1</guid></item><item><title>Two</title></item>")
    cut = whole[: whole.index(b"<title>Two") + 12]
    with pytest.raises(FeedError, match="cut off"):
        parse_feed(cut)
    assert len(parse_feed(whole + b"\n<!-- generated -->\n").episodes) == 2


def test_body_over_the_cap_is_refused() -> None:
    with pytest.raises(FeedError, match="larger than"):
        parse_feed(b"<rss>" + b" " * (MAX_FEED_BYTES + 1) + b"</rss>")
