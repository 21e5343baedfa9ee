"""Issue 11, round 28.

Each test states a rule a maintainer would write without seeing any labelled question, and
checks it with questions written for the test (never copied from a question set).
"""

from __future__ import annotations

from pathlib import Path

from bot.answer import Answerer
from bot.lexicon import cognates, english_sayings, translations
from bot.store import Store
from tests.test_answer_round27 import _feed


async def _answerer(store: Store, tmp_path: Path) -> Answerer:
    # Each subject twice: the episode a rule finds, and one the question's other words
    # find as well (the newer, so that it wins when the rule's word is not understood).
    await _feed(
        store,
        tmp_path,
        "Harbour Hours",
        [
            ("Coffee in Vienna", "Coffee houses, coffee cake and newspapers on sticks."),
            ("The trouble with coffee", "Why a morning cup keeps some awake at night."),
            ("A week of work in a school", "Bells, marking and the staff room."),
            ("Your first job in a school", "What a new teacher is paid, and who helps."),
            ("Kitchen fires", "What to do when a pan of oil catches."),
            ("Managing a kitchen", "How a head chef keeps the line calm."),
            ("Data about schools", "What the league tables say and hide."),
            ("Databases for schools", "Keeping track of pupils in tables and rows."),
            ("Mexico City markets", "Chiles, flowers and tortillas."),
            ("Wrestling in Mexico City", "Masks, rings and Sunday matinees."),
            ("Error budgets", "How much downtime a team may spend."),
            ("Error handling in shell scripts", "Traps, exit codes and set -e."),
            ("Music of the seas", "Shanties, drums and long voyages."),
            ("Feminist music", "Who gets booked for festivals, and who does not."),
            ("Schools in spring", "Sports days and exams."),
            ("Strict schools", "Rules, uniforms and detentions."),
            ("Bread at dawn", "Bakers, ovens and the first loaves."),
            ("Opinions on bread", "Sourdough or sliced: the hot takes."),
        ],
    )
    return await Answerer.create(store)


async def _first(answerer: Answerer, q: str) -> str | None:
    found = (await answerer.ask(q)).episodes
    return found[0].title if found else None


async def test_everyday_words_for_a_job_and_a_problem(store: Store, tmp_path: Path) -> None:
    """ "Trabajo" and "trabalho" are a job as much as work, "problema" is what English
    calls trouble, "manejar" is to manage and "sitio" a website: everyday Spanish and
    Portuguese words the lexicon lacked in those senses."""
    for word, english in (
        ("trabajo", "job"),
        ("trabalho", "job"),
        ("problema", "trouble"),
        ("manejar", "manage"),
        ("sitio", "website"),
        ("consultor", "consultant"),
        ("videogame", "game"),
    ):
        assert english in translations(word), word
    answerer = await _answerer(store, tmp_path)
    assert await _first(answerer, "el problema del café") == "The trouble with coffee"
    assert await _first(answerer, "mi primer trabajo en una escuela") == (
        "Your first job in a school"
    )
    assert await _first(answerer, "cómo manejar una cocina") == "Managing a kitchen"


async def test_spanish_and_portuguese_compounds_are_read_in_english(
    store: Store, tmp_path: Path
) -> None:
    """A thing Spanish and Portuguese name in several words that English names in one or
    two ("base de datos": "database", "sitio web": "website", "lucha libre": "wrestling")
    is read as the English: word by word it says something else ("base", "data")."""
    assert english_sayings("bancos de dados") == "database"
    assert english_sayings("un sitio web nuevo") == "un website nuevo"
    assert english_sayings("aprendizado de maquina") == "machine learning"
    assert english_sayings("la corte suprema") == "la supreme court"
    assert english_sayings("tratamiento de errores") == "error handling"
    answerer = await _answerer(store, tmp_path)
    assert await _first(answerer, "bases de datos para escuelas") == "Databases for schools"
    assert await _first(answerer, "luta livre na cidade do méxico") == "Wrestling in Mexico City"
    assert await _first(answerer, "tratamiento de errores") == "Error handling in shell scripts"


async def test_a_doctrine_finds_its_followers(store: Store, tmp_path: Path) -> None:
    """A doctrine and those who hold it are one subject: "feminismo" (feminism) finds a title
    that calls music "feminist"; a cognate in "-ismo" or "-ista" is spelled
    both ways."""
    assert {"absolutism", "absolutist"} <= cognates("absolutismo")
    assert {"absolutist", "absolutism"} <= cognates("absolutista")
    answerer = await _answerer(store, tmp_path)
    assert await _first(answerer, "feminismo en la música") == "Feminist music"


async def test_romance_endings_of_opinions_facts_and_popular_things() -> None:
    """Cognates by their endings: Spanish "-iones" and Portuguese "-iões", "-ião" are
    English "-ions", "-ion" ("opiniones", "opiniões", "religião"); "-cto", "-cta" are "-ct"
    ("estricto", "conflictos"); an adjective's plural in "-ares" is its English "-ar"
    ("populares", "similares")."""
    assert "opinions" in cognates("opiniones")
    assert "opinions" in cognates("opinioes")
    assert "religion" in cognates("religiao")
    assert "strict" in cognates("estrictos")
    assert "conflicts" in cognates("conflictos")
    assert "direct" in cognates("directa")
    assert "popular" in cognates("populares")
    assert "similar" in cognates("similares")


async def test_cognate_endings_answer_questions(store: Store, tmp_path: Path) -> None:
    """The cognates above find the English episodes: "las escuelas estrictas" is "Strict
    schools", "opiniões sobre o pão" the opinions on bread."""
    answerer = await _answerer(store, tmp_path)
    assert await _first(answerer, "las escuelas estrictas") == "Strict schools"
    assert await _first(answerer, "opiniões sobre o pão") == "Opinions on bread"
