"""Issue 11, round 40: everyday words are not "corrected" into other words, parts in
brackets and sequels, what is asked of a numbered episode, and names with a slip in each
word.

Each test states a rule a maintainer would write without seeing any labelled question, and
checks it with questions and feeds written for the test (never copied from a question set).
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from pathlib import Path

import pytest

from bot.answer import Answerer, _inflection, _parse, _part_asked, _title_part
from bot.ingest import ingest_source
from bot.store import Store
from tests.test_answer_round27 import _feed

_PODCAST_NS = "https://podcastindex.org/namespace/1.0"


async def _guest_feed(store: Store, tmp_path: Path) -> None:
    """A podcast whose guests are named by podcast:person: (title, notes, guest)."""
    items = [
        ("Maps of the deep sea", "Charting trenches with sonar.", "Rosalie Quintanar"),
        ("Whales by ear", "Listening for songs under the ice.", "Tobias Wren"),
        ("Coral after the heat", "What bleaching leaves behind.", "Ines Halloran"),
        ("Kelp forests", "Otters, urchins and the kelp between them.", "Ida K. Brannigan"),
        ("Tides, explained", "Why the sea comes and goes twice a day.", "Ida Brannigan"),
    ]
    newest = datetime(2002, 5, 1, 9, tzinfo=UTC)
    body = "".join(
        f"<item><title>{title}</title><guid>deep-{n}</guid>"
        f"<pubDate>{format_datetime(newest - timedelta(days=n), usegmt=True)}</pubDate>"
        f'<podcast:person role="guest">{guest}</podcast:person>'
        f"<description>{notes}</description></item>"
        for n, (title, notes, guest) in enumerate(items)
    )
    path = tmp_path / "deep.xml"
    path.write_text(
        f'<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" xmlns:podcast="{_PODCAST_NS}">'
        f"<channel><title>Deep Water Hour</title><link>https://example.org/</link>{body}"
        "</channel></rss>"
    )
    assert (await ingest_source(store, str(path))).ok


@pytest.fixture
async def answerer(store: Store, tmp_path: Path) -> Answerer:
    await _guest_feed(store, tmp_path)
    await _feed(
        store,
        tmp_path,
        "Byte Digs",
        [
            ("Byte Digs 600: Big Pass", "Six hundred episodes, and a road trip to celebrate."),
            ("Spartans at the pass (II)", "The last stand, and what came after it."),
            ("Spartans at the pass (I)", "The march north and the first day of the battle."),
            ("Road trips with a laptop", "Coding from the passenger seat on long road trips."),
            ("Who reads the code, part 2", "Reviews once more: who owns them."),
            ("Who reads the code, part 1", "Reviews and who owns them."),
            ("Public defenders", "A defender of last resort on the court's side of things."),
            ("Episode 3: Hello again", "A third start."),
            ("A Pattern Language", "Alexander's book of patterns, for buildings."),
        ],
    )
    await _feed(
        store,
        tmp_path,
        "Slow Bread",
        [("Episode 3: Starters", "Flour, water and patience."), ("Episode 2: Ovens", "Heat.")],
    )
    return await Answerer.create(store)


async def _titles(answerer: Answerer, question: str) -> tuple[str, list[str]]:
    answer = await answerer.ask(question)
    return answer.intent, [e.title for e in answer.episodes]


async def test_an_everyday_word_is_not_read_as_another(answerer: Answerer) -> None:
    # "toad" is no slip of "road": nothing here is about toads.
    assert (await _titles(answerer, "a toad in the passenger seat")) == ("none", [])
    # Another ending of the same word is still the word the notes hold.
    assert _inflection("defended", "defender")
    assert not _inflection("toad", "road")
    assert not _inflection("doncella", "donnell")


def test_parts_in_brackets_and_sequels() -> None:
    assert _title_part("Esparta y el Paso de las Termópilas (II)") == 2
    assert _title_part("Spartans at the pass (I)") == 1
    # A year or a count in brackets is no part.
    assert _title_part("Best of the year (2019)") is None
    assert _part_asked("the sequel to who reads the code") == ("part", 2, "to who reads the code")
    assert _part_asked("la continuacion de espartanos") == ("part", 2, "de espartanos")
    # "a continuación" is Spanish for "next".
    assert _part_asked("que episodio viene a continuacion") is None


async def test_the_second_part_and_the_sequel(answerer: Answerer) -> None:
    assert (await _titles(answerer, "la segunda parte de spartans at the pass"))[1][:1] == [
        "Spartans at the pass (II)"
    ]
    assert (await _titles(answerer, "the sequel to who reads the code"))[1][:1] == [
        "Who reads the code, part 2"
    ]


async def test_what_is_asked_of_a_numbered_episode(answerer: Answerer) -> None:
    for question in ("byte digs 600 title", "byte digs 600 topic", "byte digs 600 name"):
        intent, titles = await _titles(answerer, question)
        assert (intent, titles[:1]) == ("episode", ["Byte Digs 600: Big Pass"]), question


async def test_a_slip_in_each_word_of_a_name(answerer: Answerer) -> None:
    # "quintanarr" can be one name only; beside it, "rosaly" (two slips) is Rosalie.
    answer = await answerer.ask("rosaly quintanarr oceanography")
    assert answer.person is not None
    assert answer.person.name == "Rosalie Quintanar"
    assert [e.title for e in answer.episodes][:1] == ["Maps of the deep sea"]


async def test_comes_on_is_no_subject(answerer: Answerer) -> None:
    assert _parse("¿el ep donde viene nacho?").words == ["nacho"]
    assert (await _titles(answerer, "¿el de deep water donde viene tobias wren?"))[1][:1] == [
        "Whales by ear"
    ]


async def test_one_person_written_with_and_without_a_middle_initial(answerer: Answerer) -> None:
    for question in ("ida brannigan", "ida k brannigan"):
        titles = (await _titles(answerer, question))[1]
        assert set(titles) == {"Kelp forests", "Tides, explained"}, question


async def test_a_number_several_podcasts_share_beside_other_words(answerer: Answerer) -> None:
    # Alone, or with words one of them holds, the number answers.
    assert set((await _titles(answerer, "episode 3"))[1]) == {
        "Episode 3: Hello again",
        "Episode 3: Starters",
    }
    assert (await _titles(answerer, "episode 3 about flour"))[1][:1] == ["Episode 3: Starters"]
    assert set((await _titles(answerer, "whatever podcast has an episode 3"))[1]) == {
        "Episode 3: Hello again",
        "Episode 3: Starters",
    }
    # What is asked of the episode is no other subject.
    for question in ("what is the title of episode 3", "episode 3 recap", "name of episode 3"):
        assert set((await _titles(answerer, question))[1]) == {
            "Episode 3: Hello again",
            "Episode 3: Starters",
        }, question
    # Beside words neither episode 3 holds, it is no answer to them.
    assert (await _titles(answerer, "coffee #3 today"))[1] == []


async def test_initials_beside_a_word_they_stand_for(answerer: Answerer) -> None:
    assert (await _titles(answerer, "apl for buildings"))[1][:1] == ["A Pattern Language"]
    # "the apl language": APL is a language, not "A Pattern Language".
    assert (await _titles(answerer, "the apl language for buildings"))[1] == []
