"""Issue 11, round 30.

Each test states a rule a maintainer would write without seeing any labelled question, and
checks it with questions written for the test (never copied from a question set).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from bot.answer import NO_MATCH, Answerer
from bot.scope import conjunct_splits, question_dates
from bot.store import Store
from tests.test_answer_round27 import _feed


async def _first(answerer: Answerer, question: str) -> str | None:
    """The title of the first episode answered, if any."""
    found = (await answerer.ask(question)).episodes
    return found[0].title if found else None


def test_a_list_of_details_reads_as_one_question_per_detail() -> None:
    # The second detail starts with the word the first does: the details are as long.
    (parts, details), *_ = conjunct_splits("the mar 3 and mar 9 2004 tidecasts")
    assert parts == ["the mar 3 2004 tidecasts", "the mar 9 2004 tidecasts"]
    assert details == ["mar 3", "mar 9"]
    # Details between commas say how long each is.
    (parts, _), *_ = conjunct_splits("tidecasts from may 2nd, 9th and 16th 2011")
    assert parts == [
        "tidecasts from may 2nd 2011",
        "tidecasts from may 9th 2011",
        "tidecasts from may 16th 2011",
    ]
    # Otherwise one word each first, then longer details.
    readings = [p for p, _ in conjunct_splits("the otters and seals episodes")]
    assert readings[0] == ["the otters episodes", "the seals episodes"]
    assert ["the otters", "the seals episodes"] in readings


def test_what_is_no_list_has_no_reading() -> None:
    assert conjunct_splits("seals at low tide") == []
    # Two joining words: where each list starts is anyone's guess.
    assert conjunct_splits("otters and seals and whales") == []
    # A long question describes one episode ("... comes back and answers ...").
    long = "the one where the keeper comes back from the storm and answers every letter"
    assert conjunct_splits(long) == []


async def _answerer(store: Store, tmp_path: Path) -> Answerer:
    await _feed(
        store,
        tmp_path,
        "Lantern Talk",
        [
            ("Lantern Talk 12: Moths at the window", "Why moths circle a flame."),
            ("Lantern Talk 11: Wicks", "Cotton, linen and the perfect trim."),
            ("Glassblowing", "A furnace, a pipe and a gather of molten glass."),
            ("Beekeeping", "Hives, smoke and the wax our candles are made of."),
            ("Lantern Talk 4: Oil lamps", "Whale oil, kerosene and the lamps they fed."),
        ],
    )
    await _feed(
        store,
        tmp_path,
        "Mountain Hour",
        [("Volcanoes", "Magma chambers and the towns below them."), ("Glaciers", "Ice.")],
    )
    return await Answerer.create(store)


async def test_episodes_listed_by_their_details_are_each_answered(
    store: Store, tmp_path: Path
) -> None:
    answerer = await _answerer(store, tmp_path)

    async def titles(q: str) -> list[str]:
        return [e.title for e in (await answerer.ask(q)).episodes]

    # In the order asked, the podcast's name said once for both.
    assert (await titles("the glassblowing and beekeeping lantern talks"))[:2] == [
        "Glassblowing",
        "Beekeeping",
    ]
    answer = await answerer.ask("lantern talk on moths and furnaces")
    assert [e.title for e in answer.episodes][:2] == [
        "Lantern Talk 12: Moths at the window",
        "Glassblowing",
    ]
    # The snippets are read with every detail's words.
    assert {"moths", "furnace"} <= set(answer.words)


async def test_details_that_land_in_different_podcasts_are_one_subject_nobody_covered(
    store: Store, tmp_path: Path
) -> None:
    answerer = await _answerer(store, tmp_path)
    # Glassblowing is Lantern Talk's, volcanoes Mountain Hour's: no episode is on both.
    answer = await answerer.ask("glassblowing and volcanoes")
    assert answer.episodes == []
    assert answer.message == NO_MATCH
    # Nothing in Lantern Talk is on volcanoes.
    assert (await answerer.ask("lantern talk and volcanoes")).episodes == []


def test_a_day_of_a_short_month_that_is_no_word_is_a_date() -> None:
    years = [2021, 2022]
    found = question_dates("tidecast from the 3rd and 9th of feb", years)
    assert found is not None
    assert found[0][:2] == [date(2022, 2, 3), date(2022, 2, 9)]
    found = question_dates("the oct 12 tidecast", years)
    assert found is not None
    assert found[0][0] == date(2022, 10, 12)
    # A short form that is also a word is no month without its year.
    assert question_dates("rated 3 out of 5", years) is None
    assert question_dates("the 2nd set of questions", years) is None


async def test_the_one_that_stands_for_an_episode_is_no_number(
    store: Store, tmp_path: Path
) -> None:
    await _feed(
        store,
        tmp_path,
        "Kitchen Sink",
        [
            ("Fugu", "The pufferfish chefs train for years to serve."),
            ("F1 cooking", "Feeding a racing team on the road."),
            ("Wasabi", "Real wasabi root against horseradish paste."),
        ],
    )
    answerer = await Answerer.create(store)
    # "one" after "the fugu" stands for the episode: no "f1" to look for besides.
    found = (await answerer.ask("kitchen sink, the fugu one")).episodes
    assert [e.title for e in found][:1] == ["Fugu"]
    # Both details end with "one": the list ends the question.
    (parts, _), *_ = conjunct_splits("kitchen sink's fugu one and the wasabi one")
    assert parts == ["kitchen sink's fugu one", "kitchen sink's the wasabi one"]


async def test_a_version_asked_about_is_one_the_answer_says(store: Store, tmp_path: Path) -> None:
    await _feed(
        store,
        tmp_path,
        "Runtime Radio",
        [
            ("Python 3.11 is fast", "What made CPython 3.11 faster: the adaptive interpreter."),
            ("Bun, a new JavaScript runtime", "Jarred explains why Bun starts so quickly."),
            ("Deno ships", "Deno v2.0 is out, with npm packages built in."),
        ],
    )
    answerer = await Answerer.create(store)

    assert (
        await _first(answerer, "runtime radio on the python 3.11 interpreter")
        == "Python 3.11 is fast"
    )
    # Notes that write the version "v2.0" say it.
    assert await _first(answerer, "runtime radio deno 2.0 with npm packages") == "Deno ships"
    # An episode on Bun, or on another Python, is not one on the version asked about.
    assert await _first(answerer, "runtime radio on bun 1.0") is None
    assert await _first(answerer, "runtime radio on the python 3.13 interpreter") is None


async def test_a_podcasts_title_that_says_the_version_asked_about_answers(
    store: Store, tmp_path: Path
) -> None:
    await _feed(
        store,
        tmp_path,
        "Runtime Weekly",
        [
            ("What's new in Gleam 1.4", "Labels, better errors and a faster compiler."),
            ("Redwood goes 1.0", "The full-stack framework reaches its first stable release."),
            ("Bun, a fast runtime", "Why Bun starts so quickly."),
        ],
    )
    answerer = await Answerer.create(store)

    # Whatever the asker calls it ("roundup", "highlights"), the title says the version.
    assert await _first(answerer, "runtime weekly's 1.4 roundup") == "What's new in Gleam 1.4"
    assert (
        await _first(answerer, "runtime weekly on the gleam 1.4 highlights")
        == "What's new in Gleam 1.4"
    )
    # A title with the version of something else ("Redwood goes 1.0") is not about Bun's.
    assert await _first(answerer, "runtime weekly on bun 1.0 highlights") is None


async def test_how_many_episodes_are_asked_for_is_no_word_of_them(
    store: Store, tmp_path: Path
) -> None:
    await _feed(
        store,
        tmp_path,
        "Keyboard Hour",
        [
            ("Pairing", "Two people, two chairs, one keyboard: pairing with two people."),
            ("Hiring juniors", "Hiring people new to the trade, and helping them grow."),
            ("Interviews", "Hiring people without whiteboard puzzles."),
        ],
    )
    answerer = await Answerer.create(store)
    found = (await answerer.ask("the two keyboard hour eps on hiring people")).episodes
    assert [e.title for e in found][:1] in (["Hiring juniors"], ["Interviews"])


def test_lists_with_an_oxford_comma_a_trailing_comma_or_a_bare_article() -> None:
    (parts, _), *_ = conjunct_splits("otters, seals, and whales on tidepool talk")
    assert parts == [
        "otters on tidepool talk",
        "seals on tidepool talk",
        "whales on tidepool talk",
    ]
    (parts, _), *_ = conjunct_splits("tidecast 6 and tidecast 12,")
    assert parts == ["tidecast 6", "tidecast 12"]
    # No detail is only small words ("la").
    assert all(
        any(w not in {"la", "y"} for w in d.split())
        for _, details in conjunct_splits("la segunda y la tercera vez")
        for d in details
    )


async def test_the_version_after_small_words_and_a_count_before_a_name(
    store: Store, tmp_path: Path
) -> None:
    await _feed(
        store,
        tmp_path,
        "Runtime Weekly",
        [
            ("What's new in Gleam 1.4", "Labels, better errors and a faster compiler."),
            ("Two towers of servers", "Racks in two towers, cooled by the river."),
            ("Towers of Hanoi", "Recursion with three pegs."),
        ],
    )
    answerer = await Answerer.create(store)

    # "the" before the version is no name of what has it.
    assert await _first(answerer, "runtime weekly on the 1.4 roundup") == "What's new in Gleam 1.4"
    # "the two towers episodes": "two" is part of the name, not how many are asked for.
    assert await _first(answerer, "the two towers episodes") == "Two towers of servers"
