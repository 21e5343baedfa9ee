"""Issue 11, round 39: hosts named by given name beside a guest, spellings, titles asked
by "whose name", and small talk in a few more words.

Each test states a rule a maintainer would write without seeing any labelled question, and
checks it with questions and feeds written for the test (never copied from a question set).
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from pathlib import Path

import pytest

from bot.answer import HELP_MESSAGE, Answerer, _parse
from bot.ingest import ingest_source
from bot.lexicon import spelling_variants
from bot.store import Store
from tests.test_answer_round27 import _feed

_PODCAST_NS = "https://podcastindex.org/namespace/1.0"


async def _crew_feed(store: Store, tmp_path: Path) -> None:
    """A podcast whose episodes say who is on them (podcast:person) but whose notes never
    name the hosts: (title, notes, hosts, guests), the first the newest."""
    items = [
        ("Glazes that crack", "Why some glazes craze in the kiln.", ["Ada Brandt"], ["Una Pellow"]),
        (
            "Wood firing weekend",
            "Three days of stoking an anagama with friends.",
            ["Ada Brandt", "Omar Quist"],
            ["Una Pellow"],
        ),
        ("Throwing big pots", "Centering ten kilos of clay.", ["Omar Quist"], ["Una Pellow"]),
        (
            "Raku by the river",
            "Pulling red-hot pots out into sawdust.",
            ["Ada Brandt"],
            ["Ivo Marsh"],
        ),
    ]
    newest = datetime(2001, 3, 1, 9, tzinfo=UTC)
    body = "".join(
        f"<item><title>{title}</title><guid>kiln-{n}</guid>"
        f"<pubDate>{format_datetime(newest - timedelta(days=n), usegmt=True)}</pubDate>"
        + "".join(f'<podcast:person role="host">{h}</podcast:person>' for h in hosts)
        + "".join(f'<podcast:person role="guest">{g}</podcast:person>' for g in guests)
        + f"<description>{notes}</description></item>"
        for n, (title, notes, hosts, guests) in enumerate(items)
    )
    path = tmp_path / "kiln.xml"
    path.write_text(
        f'<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" xmlns:podcast="{_PODCAST_NS}">'
        f"<channel><title>Kiln Radio</title><link>https://example.org/</link>{body}"
        "</channel></rss>"
    )
    assert (await ingest_source(store, str(path))).ok


@pytest.fixture
async def answerer(store: Store, tmp_path: Path) -> Answerer:
    await _crew_feed(store, tmp_path)
    await _feed(
        store,
        tmp_path,
        "Byte Digs",
        [
            ("Digging up old code", "Software archaeology: reading what nobody remembers."),
            ("Dashboards people read", "Palettes and the color blind, with a designer."),
            ("Hot Dogs and Helmets", "A cook-off, then a bike ride."),
            ("Declaration of Hot Dogs", "The great relish debate."),
            ("Stadium food", "Nachos, pretzels and hot dogs ranked."),
            ("Ancient stars", "Stellar archeology with an astronomer, once."),
            ("Rewrites", "When to rewrite software from scratch."),
            ("This year's survey", "What a thousand listeners told us, and a panic."),
            ("Testing legacy software", "Characterization tests first, for software."),
        ],
    )
    return await Answerer.create(store)


async def _titles(answerer: Answerer, question: str) -> tuple[str, list[str]]:
    answer = await answerer.ask(question)
    return answer.intent, [e.title for e in answer.episodes]


async def test_hosts_named_by_given_name_beside_a_guest(answerer: Answerer) -> None:
    # The hosts' given names are not in the notes: who is on the episode says them.
    intent, titles = await _titles(answerer, "ada and omar with una pellow")
    assert (intent, titles[:1]) == ("guest", ["Wood firing weekend"])
    intent, titles = await _titles(answerer, "omar with una pellow")
    assert intent == "guest"
    assert set(titles) == {"Wood firing weekend", "Throwing big pots"}
    # The guest alone: all three of theirs, newest first.
    intent, titles = await _titles(answerer, "una pellow")
    assert titles == ["Glazes that crack", "Wood firing weekend", "Throwing big pots"]


def test_spelling_variants_are_rules_not_lookups() -> None:
    assert spelling_variants("archeology") == {"archaeology"}
    assert spelling_variants("colour") == {"color"}
    assert spelling_variants("behavior") == {"behaviour"}
    assert spelling_variants("organisation") == {"organization"}
    assert spelling_variants("analyzing") == {"analysing"}
    assert spelling_variants("centre") == {"center"}
    # Words that only look like one: no variant that would be another word.
    for word in ("four", "hour", "your", "tour", "michael", "aerial", "size", "rise"):
        assert spelling_variants(word) == frozenset(), word
    # Nor a word whose British spelling is two words: code is a "program" there too.
    for word in ("program", "meter", "labor", "labour"):
        assert spelling_variants(word) == frozenset(), word


async def test_the_other_spelling_finds_the_notes(answerer: Answerer) -> None:
    # "archeology" is a word of the archive (one mention in notes), and still the
    # notes that spell it "archaeology" answer.
    assert (await _titles(answerer, "software archeology"))[1][:1] == ["Digging up old code"]
    assert (await _titles(answerer, "the one on colour blind palettes"))[1][:1] == [
        "Dashboards people read"
    ]


async def test_whose_name_asks_for_titles(answerer: Answerer) -> None:
    intent, titles = await _titles(answerer, "byte digs eps whose names mention hot dogs")
    # Not the episode whose notes alone say it.
    assert intent == "episode"
    # A person "whose name is" someone is no title asked for.
    assert not _parse("the one with a guest whose name is una pellow").titled
    assert _parse("the ones whose title says dogs").titled
    assert set(titles) == {"Hot Dogs and Helmets", "Declaration of Hot Dogs"}


async def test_more_small_talk(answerer: Answerer) -> None:
    for question in ("qué tal", "qué tal banda", "que tal gente", "shoutout to the mods"):
        answer = await answerer.ask(question)
        assert (answer.intent, answer.episodes) == ("none", []), question
        assert answer.message == HELP_MESSAGE, question
    # The words of those sayings, said alone after a greeting, are subjects.
    for question in ("hey, anything on mods?", "hola, algo sobre la banda?"):
        assert (await answerer.ask(question)).message != HELP_MESSAGE, question


async def test_everyday_words_asked_in_spanish(answerer: Answerer) -> None:
    for question in (
        "¿el byte digs sobre la encuesta?",
        "o byte digs do pânico",
    ):
        assert (await _titles(answerer, question))[1][:1] == ["This year's survey"], question


async def test_initials_of_a_cast_word(store: Store, tmp_path: Path) -> None:
    await _feed(
        store,
        tmp_path,
        "Rivercast",
        [
            (f"Rivercast {n}: {topic}", f"On {topic.lower()}.")
            for n, topic in (
                (52, "Levees"),
                (51, "Ferries"),
                (50, "Dams"),
                (49, "Deltas"),
            )
        ],
    )
    await _feed(store, tmp_path, "Tram Talk", [("Episode 50: Sleepers", "Night trams.")])
    answerer = await Answerer.create(store)
    # "rc": River + cast, beside its episode number (and what is asked of it).
    for question in ("rc number 50", "rc ep 50 topic", "rc #50"):
        assert (await _titles(answerer, question))[1][:1] == ["Rivercast 50: Dams"], question


async def test_a_word_asked_in_titles_finds_the_titles_it_starts(
    store: Store, tmp_path: Path
) -> None:
    await _feed(
        store,
        tmp_path,
        "Dock Notes",
        [
            ("Harbour lights", "Trans-shipment at the port, and a crane."),
            ("CONTAINERMANIA", "Boxes, boxes, boxes."),
            ("Tugboats", "Small boats, big ships."),
            ("Containers ashore", "Where empties go."),
        ],
    )
    answerer = await Answerer.create(store)
    # No title holds "contain" whole: those that start with it, newest first.
    intent, titles = await _titles(answerer, "newest dock notes with contain in its name")
    assert (intent, titles) == ("latest", ["CONTAINERMANIA", "Containers ashore"])
    # A short word is not looked for so.
    assert (await _titles(answerer, "dock notes with tug in the title"))[1] != ["Tugboats"]


async def test_citar_and_mencionar_ask_for_the_newest_mention(answerer: Answerer) -> None:
    # "Stadium food" is the newest Byte Digs episode whose notes say "nachos".
    for question in (
        "byte digs, o último a citar nachos",
        "el último byte digs en mencionar nachos",
    ):
        assert await _titles(answerer, question) == ("latest", ["Stadium food"]), question
