"""Issue 11, round 34: Spanish and Portuguese questions of podcasts whose notes are in
English.

Each test states a rule a maintainer would write without seeing any labelled question, and
checks it with questions and feeds written for the test (never copied from a question set).
"""

from __future__ import annotations

from pathlib import Path

from bot.answer import Answerer
from bot.lexicon import cognates
from bot.store import Store
from tests.test_answer_round27 import _feed


async def _first(answerer: Answerer, question: str) -> str | None:
    found = (await answerer.ask(question)).episodes
    return found[0].title if found else None


async def _ring_side(store: Store, tmp_path: Path) -> Answerer:
    """An English podcast on sport, its notes saying what each episode is about."""
    await _feed(
        store,
        tmp_path,
        "Ring Side",
        [
            ("The greatest boxers of the eighties", "Five champions and the fights we remember."),
            ("Training locally", "Why the small gym down the road beats the big chain."),
            ("Ring Side 30", "Results of the weekend, and a look at the rankings."),
            *((f"Ring Side {n}", f"Weekend results, part {n}.") for n in range(29, 0, -1)),
        ],
    )
    return await Answerer.create(store)


def test_a_doer_in_ador_is_an_english_doer_in_er_or_ator() -> None:
    # "boxeador" is a boxer, "programador" a programmer, "moderador" a moderator.
    assert "boxers" in cognates("boxeadores")
    assert "programmers" in cognates("programadores")
    assert "moderator" in cognates("moderador")
    assert "narrator" in cognates("narradora")


def test_an_adverb_in_mente_is_an_english_adverb_in_ly() -> None:
    assert "locally" in cognates("localmente")
    assert "rapidly" in cognates("rapidamente")
    assert "possibly" in cognates("posiblemente")
    # A word that only ends in the letters is no adverb: "mente" alone is a mind.
    assert not cognates("mente")


async def test_spanish_doers_and_adverbs_find_english_notes(store: Store, tmp_path: Path) -> None:
    answerer = await _ring_side(store, tmp_path)
    assert await _first(answerer, "ring side sobre los mejores boxeadores") == (
        "The greatest boxers of the eighties"
    )
    assert await _first(answerer, "ring side sobre entrenar localmente") == "Training locally"


async def test_everyday_words_of_leisure_are_found_across_languages(
    store: Store, tmp_path: Path
) -> None:
    await _feed(
        store,
        tmp_path,
        "Weekend Club",
        [
            ("Weekend Club 22", "Our first tattoo, and the audiobook that got us through it."),
            ("Weekend Club 21", "Burnout at work, and a reusable bag for every trip."),
            ("Weekend Club 20", "Fried chicken and a cassette tape from 1987."),
            *((f"Weekend Club {n}", f"Listener mail, part {n}.") for n in range(19, 0, -1)),
        ],
    )
    answerer = await Answerer.create(store)
    # Everyday nouns, asked in Spanish or Portuguese of English notes.
    assert await _first(answerer, "o weekend club da tatuagem") == "Weekend Club 22"
    assert await _first(answerer, "el weekend club del audiolibro") == "Weekend Club 22"
    assert await _first(answerer, "o weekend club sobre esgotamento no trabalho") == (
        "Weekend Club 21"
    )
    assert await _first(answerer, "el weekend club de la bolsa reutilizable") == "Weekend Club 21"
    assert await _first(answerer, "o weekend club do frango frito e da fita cassete") == (
        "Weekend Club 20"
    )


async def test_everyday_words_of_news_are_found_across_languages(
    store: Store, tmp_path: Path
) -> None:
    await _feed(
        store,
        tmp_path,
        "Morning Wire",
        [
            ("Morning Wire 12", "A wine tasting on the day of the governor's inauguration."),
            ("Morning Wire 11", "Why the unemployment rate rose, and a failed coup."),
            *((f"Morning Wire {n}", f"Headlines, part {n}.") for n in range(10, 0, -1)),
        ],
    )
    answerer = await Answerer.create(store)
    assert await _first(answerer, "el morning wire de la cata de vinos") == "Morning Wire 12"
    assert await _first(answerer, "el morning wire sobre la investidura") == "Morning Wire 12"
    assert await _first(answerer, "el morning wire sobre la tasa de desempleo") == "Morning Wire 11"
    assert await _first(answerer, "el morning wire del golpe fallido") == "Morning Wire 11"
