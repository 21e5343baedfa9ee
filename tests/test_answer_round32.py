"""Issue 11, round 32.

Each test states a rule a maintainer would write without seeing any labelled question, and
checks it with questions and feeds written for the test (never copied from a question set).
"""

from __future__ import annotations

from pathlib import Path

from bot.answer import Answerer
from bot.store import Store
from tests.test_answer_round27 import _feed


async def _answerer(store: Store, tmp_path: Path) -> Answerer:
    await _feed(
        store,
        tmp_path,
        "Harbour Hour",
        [
            (
                "Harbour Hour 12",
                "Pilot Orla Brandt warns the crew about fog banks near the breakwater.",
            ),
            (
                "Harbour Hour 11",
                "A look back at the ferry timetable, and the privatisation of the pilotage "
                "service in Valletta.",
            ),
            (
                "Harbour Hour 10",
                "Dockhand Tomasz Wierzbicki joins us to talk about splicing mooring lines.",
            ),
            (
                "Harbour Hour 09",
                "We discuss re-launching the Barnacle Gazette newsletter after a year away.",
            ),
            ("Harbour Hour 08", "The whole show recorded in pirate voices, arr."),
            ("Harbour Hour 07", "Tide tables, gull calls and a broken winch."),
            ("Harbour Hour 06", "Sea shanties, rope knots and the best fish market in town."),
            ("Harbour Hour 05", "The port authority's harbour master on dredging silt."),
            ("Harbour Hour 04", "The port authority's executive director on dredging silt."),
        ],
    )
    return await Answerer.create(store)


async def _first(answerer: Answerer, question: str) -> str | None:
    found = (await answerer.ask(question)).episodes
    return found[0].title if found else None


async def test_a_verb_form_of_a_four_letter_root_finds_its_other_forms(
    store: Store, tmp_path: Path
) -> None:
    # "warning" and "warns" share the root "warn": a root of four letters is a word's own
    # root when "-ing" or "-ed" follows it, not the start of an unrelated word.
    answerer = await _answerer(store, tmp_path)
    assert await _first(answerer, "harbour hour with a warning about fog banks") == (
        "Harbour Hour 12"
    )


async def test_an_inflected_verb_finds_the_noun_of_its_root(store: Store, tmp_path: Path) -> None:
    # "privatised" is said of notes that say "privatisation": one family of words.
    answerer = await _answerer(store, tmp_path)
    assert await _first(answerer, "when the pilotage service in valletta got privatised") == (
        "Harbour Hour 11"
    )


async def test_a_word_for_a_guest_dropping_by_is_no_subject(store: Store, tmp_path: Path) -> None:
    # "visits", "drops by", "sits in": how the asker says someone was on the show; the
    # notes say "joins us", and the subject is what they talked about.
    answerer = await _answerer(store, tmp_path)
    for question in (
        "harbour hour where wierzbicki visits to talk mooring lines",
        "harbour hour where wierzbicki drops by to talk mooring lines",
    ):
        assert await _first(answerer, question) == "Harbour Hour 10"


async def test_a_synonym_is_found_in_the_form_the_asker_says_it(
    store: Store, tmp_path: Path
) -> None:
    # The lexicon lists "relaunch" beside "launch": "relaunching" is found by "launching",
    # as the notes' "re-launching" says it.
    answerer = await _answerer(store, tmp_path)
    assert await _first(answerer, "harbour hour on relaunching the barnacle gazette") == (
        "Harbour Hour 09"
    )


async def test_laughter_typed_beside_a_question_is_no_subject(store: Store, tmp_path: Path) -> None:
    answerer = await _answerer(store, tmp_path)
    assert await _first(answerer, "the harbour hour they did in pirate voices lol") == (
        "Harbour Hour 08"
    )
    assert await _first(answerer, "harbour hour in pirate voices lmao") == "Harbour Hour 08"
    # Laughter alone still asks for nothing.
    assert await _first(answerer, "lol") is None


async def test_a_word_cut_short_is_the_word_it_is_cut_from(store: Store, tmp_path: Path) -> None:
    # "exec" is said for "executive", as "psych" for "psychology" and "docs" for
    # "documentation".
    answerer = await _answerer(store, tmp_path)
    assert await _first(answerer, "harbour hour with the port authority exec on dredging") == (
        "Harbour Hour 04"
    )
