"""The bundled Latin America Today feed: well-formed, and exactly what the episode page gives."""

from __future__ import annotations

from pathlib import Path

import pytest
from lxml import etree

from tests.conftest import BUNDLED_TITLES

BUNDLED = Path(__file__).resolve().parents[1] / "data" / "latin-america-today.xml"

NS = {
    "itunes": "http://www.itunes.com/dtds/podcast-1.0.dtd",
    "content": "http://purl.org/rss/1.0/modules/content/",
    "dc": "http://purl.org/dc/elements/1.1/",
    "podcast": "https://podcastindex.org/namespace/1.0",
}

TITLES = BUNDLED_TITLES
GRIM = TITLES[1]
SPANISH = {TITLES[5], TITLES[9]}


@pytest.fixture(scope="module")
def channel() -> etree._Element:
    root = etree.parse(str(BUNDLED)).getroot()  # raises on a feed that is not well-formed
    assert root.tag == "rss"
    assert root.get("version") == "2.0"
    found = root.find("channel")
    assert found is not None
    return found


@pytest.fixture(scope="module")
def items(channel: etree._Element) -> list[etree._Element]:
    return channel.findall("item")


def _title(item: etree._Element) -> str:
    return item.findtext("title") or ""


def test_declares_the_namespaces() -> None:
    root = etree.parse(str(BUNDLED)).getroot()
    for prefix, uri in NS.items():
        assert root.nsmap.get(prefix) == uri


def test_channel(channel: etree._Element) -> None:
    assert channel.findtext("title") == "Latin America Today"
    assert channel.findtext("link") == "https://wolapodcast.libsyn.com/"
    assert channel.findtext("language") == "en"
    assert channel.findtext("itunes:author", namespaces=NS) == "WOLA"
    assert (channel.findtext("description") or "").strip()
    hosts = channel.findall("podcast:person", namespaces=NS)
    assert [(p.text, p.get("role")) for p in hosts] == [("Adam Isacson", "host")]


def test_ten_items_with_the_page_titles_in_order(items: list[etree._Element]) -> None:
    assert len(items) == 10
    assert [_title(i) for i in items] == TITLES


def test_only_the_grim_side_item_has_a_date(items: list[etree._Element]) -> None:
    dated = {_title(i): i.findtext("pubDate") for i in items if i.find("pubDate") is not None}
    assert dated == {GRIM: "Thu, 09 Oct 2025 00:00:00 +0000"}


def test_spanish_items_are_marked(items: list[etree._Element]) -> None:
    marked = {_title(i): i.findtext("dc:language", namespaces=NS) for i in items}
    assert {t for t, lang in marked.items() if lang is not None} == SPANISH
    assert all(marked[t] == "es" for t in SPANISH)


def test_items_have_no_invented_links_guids_or_audio(items: list[etree._Element]) -> None:
    for item in items:
        for tag in ("guid", "link", "enclosure"):
            assert item.find(tag) is None, (tag, _title(item))
        assert item.find("podcast:person", namespaces=NS) is None


def test_descriptions_keep_the_page_text(items: list[etree._Element]) -> None:
    by_title = {_title(i): i.findtext("description") or "" for i in items}
    # The gap where the page dropped a linked name stays, and so does the cut with "...".
    assert "In this conversation,\u00a0, assistant professor" in by_title[TITLES[0]]
    assert by_title[TITLES[0]].endswith("a former journalist in El...")
    assert by_title[GRIM].endswith("a political scientist at Stanford...")
    assert "Beatriz Magaloni ( / )" in by_title[GRIM]
    assert all(d.strip() for d in by_title.values())


def test_show_notes_of_the_featured_episode(items: list[etree._Element]) -> None:
    notes = {_title(i): i.findtext("content:encoded", namespaces=NS) for i in items}
    assert [t for t, n in notes.items() if n] == [GRIM]
    html = notes[GRIM] or ""
    paragraphs = etree.fromstring(f"<div>{html}</div>").findall("p")
    assert len(paragraphs) == 11
    assert paragraphs[0].text == (
        "A special episode as part of WOLA’s 2025 Human Rights Awards Month"
    )
    assert (paragraphs[-1].text or "").endswith("“Instead, he institutionalized terror.”")
    assert "Beatriz Magaloni (personal site / Stanford site)" in html
