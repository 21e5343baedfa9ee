"""Snippets that answer: boilerplate in show notes, the cleaned summary, the snippet of the
notes that holds the question's words, the one-line reason, and the card's bold words."""

from __future__ import annotations

import json
from pathlib import Path

import discord
import pytest

from bot.answer import Answerer
from bot.discord.render import highlight, reason_line
from bot.feeds import parse_feed
from bot.ingest import ingest_many
from bot.snippets import (
    SNIPPET_CHARS,
    classify,
    clean_notes,
    explain,
    is_boilerplate,
    matched_spans,
    snippet,
    summary_start,
)
from bot.store import Store
from bot.text import ELLIPSIS
from tests.conftest import FEEDS_DIR, needs_feeds

# Lines as the shared feeds print them (after HTML to text).
BOILERPLATE = [
    "See the full show notes for this episode on the website at talkpython.fm/407",
    "This episode is brought to you by Sentry.",
    "Sponsored by Linode: get $100 in free credit.",
    "Thanks to our sponsors for making the show possible.",
    "Use promo code TALKPYTHON for 20% off.",
    "Support the show on Patreon.",
    "Please subscribe, rate and review the podcast.",
    "Subscribe to us on YouTube: youtube.com",
    "Follow Talk Python on Mastodon: talkpython",
    "You can follow HIBT on Twitter & Instagram, and email us at hibt@id.wondery.com.",
    "See Privacy Policy at https://art19.com/privacy and California Privacy Notice at "
    "https://art19.com/privacy#do-not-sell-my-info.",
    "Changelog++ members save 4 minutes on this episode because they made the ads disappear.",
    "Leave us a comment",
    "https://lexfridman.com/podcast",
    "Spotify: https://spoti.fi/2nEwCF8",
    "(11:44) - Sponsor: Changelog News",
]
PROSE = [
    "We have Glyph Lefkowitz on the show to share his security fable.",
    "Electronic Arts' Paul Barnett explains his top 10 games of 2019, brought to you by the "
    "letter D.",
    "Border security and the rate of migration across the Darién are discussed.",
    "They follow the money from remittances to the regime's accounts.",
    "Writing code that reads like prose is the theme of this episode.",
    "Together, Sam and Jack created Patreon, a platform where fans pay artists.",
]


@pytest.mark.parametrize("line", BOILERPLATE)
def test_boilerplate_lines_are_found(line: str) -> None:
    assert is_boilerplate(line)


@pytest.mark.parametrize("line", PROSE)
def test_prose_that_looks_like_boilerplate_is_kept(line: str) -> None:
    assert not is_boilerplate(line)
    assert clean_notes(line) == line


LEX_NOTES = """Bert Kreischer is a comedian, actor, and podcaster. Check him out on Bertcast. \
Please support this podcast by checking out our sponsors:
– Eight Sleep: https://www.eightsleep.com/lex to get special savings
– ExpressVPN: https://expressvpn.com/lexpod to get 3 months free

EPISODE LINKS:
Bert's Instagram: https://instagram.com/bertkreischer/

PODCAST INFO:
Podcast website: https://lexfridman.com/podcast
Apple Podcasts: https://apple.co/2lwqZIr

SUPPORT & CONNECT:
– Check out the sponsors above, it's the best way to support this podcast
– Twitter: https://twitter.com/lexfridman

OUTLINE:
(05:08) – Hemingway
(08:34) – Putin"""

TALK_PYTHON_NOTES = """We have Glyph Lefkowitz on the show to share his security fable.

Links from the show

ShhGit: github.com

--- Stay in touch with us ---

Subscribe to us on YouTube: youtube.com

Sponsors

PyCharm

RedHat"""


def test_sections_of_boilerplate_go_with_their_heading() -> None:
    cleaned = clean_notes(LEX_NOTES)
    assert cleaned.startswith("Bert Kreischer is a comedian, actor, and podcaster.")
    for gone in ("sponsors", "Eight Sleep", "PODCAST INFO", "lexfridman", "SUPPORT"):
        assert gone not in cleaned
    # Headings over real content stay, and a link with a real label is content.
    for kept in ("EPISODE LINKS:", "Bert's Instagram", "OUTLINE:", "(08:34) – Putin"):
        assert kept in cleaned
    cleaned = clean_notes(TALK_PYTHON_NOTES)
    assert "ShhGit: github.com" in cleaned
    for gone in ("Stay in touch", "Subscribe", "Sponsors", "PyCharm", "RedHat"):
        assert gone not in cleaned


def test_a_links_block_of_bare_urls_goes_whole() -> None:
    notes = "Ana explains the plan.\n\nLinks:\nhttps://a.example/x\nhttps://b.example/y"
    assert clean_notes(notes) == "Ana explains the plan."
    # The heading left over nothing is dropped from the lines.
    assert [kind for line, kind in classify(notes) if line] == ["prose", "boiler", "boiler"]


NOTES = (
    "A special episode for Human Rights Month.\n\n"
    "President Nayib Bukele's government has jailed nearly 2 percent of the population. "
    "Still, violence has dropped sharply. "
    "The economy depends on remittances from abroad, not job creation. "
    "Corruption persists.\n\n"
    "This episode is brought to you by remittance-app.example: use promo code WOLA for "
    "remittances without fees."
)


def test_snippet_is_the_sentence_holding_most_words_never_boilerplate() -> None:
    # Folded and plural-tolerant: "Remittance" and "ECONOMÍA"-style input still match.
    found = snippet(NOTES, ["remittance", "economy"])
    assert found.startswith("The economy depends on remittances from abroad")
    assert "promo code" not in found
    assert len(found) <= SNIPPET_CHARS
    assert snippet("La corrupción y la economía.", ["corrupcion"]) == (
        "La corrupción y la economía."
    )
    assert snippet(NOTES, ["zeppelin"]) == ""
    # A word found only in boilerplate is not found.
    assert snippet(NOTES, ["fees"]) == ""


def test_a_long_sentence_is_cut_at_words_around_the_match() -> None:
    words = " ".join(f"word{i}" for i in range(200))
    text = f"{words} remittances {words}."
    found = snippet(text, ["remittances"], limit=120)
    assert len(found) <= 120
    assert found.startswith(ELLIPSIS) and found.endswith(ELLIPSIS)
    assert "remittances" in found
    # Whole words only: every word shown is one of the sentence's.
    assert set(found.strip(ELLIPSIS).split()) <= set(text.rstrip(".").split())


def test_matched_spans_find_the_words_as_written() -> None:
    text = "Remittances, REMITTANCE and remit_tances; Economía."
    spans = [text[a:b] for a, b in matched_spans(text, ["remittance", "economia"])]
    assert spans == ["Remittances", "REMITTANCE", "Economía"]
    decomposed = "La tumba de Tutankamo\u0301n."
    assert [decomposed[a:b] for a, b in matched_spans(decomposed, ["tutankamon"])] == [
        "Tutankamo\u0301n"
    ]


def test_explain_gives_the_reason_and_the_summary_start_for_entity_matches() -> None:
    common = {"title": "The Grim Side", "summary": clean_notes(NOTES), "notes": NOTES}
    why = explain(
        **common,
        guests=["Beatriz Magaloni"],
        words=["beatriz", "magaloni"],
        person="Beatriz Magaloni",
    )
    assert why.reason == "Guest: Beatriz Magaloni"
    assert why.snippet == summary_start(NOTES)
    assert why.snippet.startswith("A special episode for Human Rights Month. President")
    assert why.words == ()

    why = explain(**common, topics=["Economy"], words=["economy", "remittances"], topic="Economy")
    assert why.reason == "Topic: Economy · Mentions: remittances"
    assert "remittances" in why.snippet

    why = explain(**common, words=["remittances", "corruption"])
    # The sentence that holds a word, and the next one, which holds the other.
    assert why.snippet.startswith("The economy depends on remittances")
    assert why.snippet.endswith("Corruption persists.")
    assert why.reason == "Mentions: remittances, Corruption"
    assert why.parts == (("mentions", "remittances, Corruption"),)

    why = explain(**common, words=["grim"])
    assert why.reason == "Title: Grim"
    assert why.snippet == summary_start(NOTES)

    why = explain(**common, latest=True)
    assert why.reason == "Newest episode"


def test_highlight_bolds_matches_and_escapes_the_rest() -> None:
    text = "The *economy* of **remittances** uses `code` and snake_case_words; @everyone"
    shown = highlight(text, ["economy", "remittances", "case"])
    assert "\\***economy**\\*" in shown
    assert "\\*\\***remittances**\\*\\*" in shown
    assert "\\`code\\`" in shown
    # "_" splits words: only "case" is bold, and the underscores stay escaped.
    assert "snake\\_**case**\\_words" in shown
    # Bold markers are balanced: every "**" we added is paired.
    unescaped = shown.replace("\\*", "")
    assert unescaped.count("**") == 6
    assert highlight("nothing to see", []) == "nothing to see"


def test_reason_line_is_translated() -> None:
    why = explain(
        title="t",
        summary="s",
        notes="s",
        guests=["Ana *Star*"],
        words=["ana"],
        person="Ana *Star*",
    )
    assert reason_line(why, "es") == "Invitado: Ana \\*Star\\*"
    assert discord.utils.escape_markdown("x") == "x"


TALK_PYTHON_ITEM = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel><title>Talk Python To Me</title>
<item><title>#407: pytest tips and tricks</title><guid>tp-407</guid>
<description>See the full show notes for this episode on the website at
&lt;a href="https://talkpython.fm/407"&gt;talkpython.fm/407&lt;/a&gt;</description>
<content:encoded><![CDATA[<p>We have Brian Okken on this episode to dive into pytest \
fixtures.</p><p>Links from the show</p>
<p>pytest-cov: github.com</p><p>Subscribe to us on YouTube: youtube.com</p>
<p>Sponsors</p><p>PyCharm</p>]]></content:encoded>
</item>
<item><title>Only a link</title><guid>tp-1</guid>
<description>See the full show notes for this episode on the website at talkpython.fm/1\
</description>
</item>
</channel></rss>"""


def test_a_description_that_is_only_boilerplate_gives_way_to_the_notes() -> None:
    feed = parse_feed(TALK_PYTHON_ITEM.encode())
    ep, bare = feed.episodes
    assert ep.summary == (
        "We have Brian Okken on this episode to dive into pytest fixtures.\n\n"
        "Links from the show\n\npytest-cov: github.com"
    )
    assert "PyCharm" in ep.description  # the notes are indexed as they are
    # Nothing but the line: the episode stays, with no summary rather than the line.
    assert bare.title == "Only a link" and bare.summary == ""


async def test_reingest_reports_nothing_updated_and_json_carries_snippet(
    tmp_path: Path,
) -> None:
    feed = tmp_path / "tp.xml"
    feed.write_text(TALK_PYTHON_ITEM, encoding="utf-8")
    async with await Store.open(tmp_path / "db.sqlite3") as store:
        first = (await ingest_many(store, [str(feed)]))[0]
        again = (await ingest_many(store, [str(feed)]))[0]
        assert (first.added, again.added, again.updated, again.unchanged) == (2, 0, 0, 2)
        answerer = await Answerer.create(store)
        answer = await answerer.ask("pytest fixtures")
        data = json.loads(json.dumps(answer.to_json()))
        best = data["episodes"][0]
        assert best["title"] == "#407: pytest tips and tricks"
        assert "See the full show notes" not in best["summary"]
        assert best["snippet"].startswith("We have Brian Okken")
        assert best["reason"] == "Mentions: pytest, fixtures"
        bare = next(e for e in await store.latest_episodes(5) if e.title == "Only a link")
        from bot.answer import episode_json

        assert episode_json(bare, 50.0)["summary"] == ""
        assert "snippet" not in episode_json(bare, 50.0)


@needs_feeds
def test_real_feeds_summaries_are_clean() -> None:
    """The shared feeds: no summary is (or starts with) a boilerplate line."""
    talk = parse_feed((FEEDS_DIR / "talk-python-to-me.xml").read_bytes())
    starts = [e.summary.split("\n", 1)[0] for e in talk.episodes]
    assert not [s for s in starts if s.lower().startswith("see the full show notes")]
    assert sum(1 for s in starts if s) >= 400
    for name in ("lex-fridman-podcast", "js-party", "how-i-built-this", "go-time"):
        feed = parse_feed((FEEDS_DIR / f"{name}.xml").read_bytes())
        for ep in feed.episodes:
            for line in ep.summary.split("\n"):
                assert not is_boilerplate(line), (name, ep.title, line)


def test_a_person_not_on_the_episode_is_a_mention() -> None:
    notes = "Fighting games all week. A new game was shown by Ed Boon on Friday. Mail."
    shown = explain(
        title="Pixel Hour 09-09-2014",
        summary=notes,
        notes=notes,
        guests=["Jane Doe"],
        words=["ed", "boon"],
        person="Ed Boon",
        latest=True,
    )
    # Not "Newest episode" over the notes' start: the sentence that names them.
    assert shown.reason == "Mentions: Ed, Boon"
    assert shown.snippet.startswith("A new game was shown by Ed Boon")
    on_it = explain(
        title="Pixel Hour 04-04-2009",
        summary=notes,
        notes=notes,
        guests=["Ed Boon"],
        words=["ed", "boon"],
        person="Ed Boon",
    )
    assert on_it.reason == "Guest: Ed Boon"
