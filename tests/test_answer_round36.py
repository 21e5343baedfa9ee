"""Issue 11, round 36: Spanish and Portuguese words the lexicon knew in one form only.

Each test states a rule a maintainer would write without seeing any labelled question, and
checks it with questions and feeds written for the test (never copied from a question set).
"""

from __future__ import annotations

from pathlib import Path

from bot.answer import Answerer
from bot.lexicon import translations
from bot.store import Store
from tests.test_answer_round27 import _feed


def test_an_adjectives_feminine_and_plural_mean_what_its_masculine_does() -> None:
    assert translations("nueva") == translations("nuevo") >= {"new"}
    assert "long" in translations("largas")
    assert "dark" in translations("oscuros")
    # Only the adjectives listed: "-a" of a noun in "-o" is another word, and "rica" is
    # half of Costa Rica.
    assert translations("banca") == frozenset()
    assert "rich" not in translations("rica")
    # "nova" is English as well (Nova Scotia); "seria" is "would be".
    assert "new" not in translations("nova")
    assert "serious" not in translations("seria")


def test_a_spanish_verb_said_like_its_noun_is_the_verb_too() -> None:
    # "no critica a israel": "critica" is "criticizes" as well as "criticism"; "reseñando"
    # (reviewing) is the gerund of "reseñar".
    assert {"criticize", "critic"} <= translations("critica")
    assert "review" in translations("resenando")


async def test_a_spanish_feminine_adjective_finds_the_english_notes(tmp_path: Path) -> None:
    store = await Store.open(tmp_path / "a.db")
    try:
        await _feed(
            store,
            tmp_path,
            "Harbour Notes",
            [
                ("Old ropes", "Splicing an old mooring line the way sailors did."),
                ("A long strike", "The cost of a long strike for the fishing fleet."),
                ("New boats", "Fibreglass hulls arrive at the harbour."),
            ],
        )
        answerer = await Answerer.create(store)
        # "larga" is the feminine of "largo" (long), "costo" a word of its own (cost).
        answer = await answerer.ask("el costo de una huelga larga")
        assert [e.title for e in answer.episodes][:1] == ["A long strike"]
        answer = await answerer.ask("¿qué episodio habla de las huelgas largas?")
        assert [e.title for e in answer.episodes][:1] == ["A long strike"]
    finally:
        await store.close()


async def test_a_spanish_prefixed_word_is_found_as_the_two_english_words(tmp_path: Path) -> None:
    # Spanish joins a prefix to its word and doubles the "r" after it ("antirracismo");
    # English notes hyphenate it ("anti-racism").
    store = await Store.open(tmp_path / "a.db")
    try:
        await _feed(
            store,
            tmp_path,
            "Civic Hour",
            [
                ("The anti-racism debate", "Two scholars argue over anti-racism training."),
                ("Racism in housing", "How lending rules kept neighbourhoods apart."),
                ("City budgets", "Where a city's money goes, line by line."),
            ],
        )
        answerer = await Answerer.create(store)
        answer = await answerer.ask("episodio sobre el antirracismo")
        assert [e.title for e in answer.episodes][:1] == ["The anti-racism debate"]
        # Only a word of the question's language: an English word no episode writes whole
        # is not split into a prefix and a word.
        answer = await answerer.ask("episode about antiracism")
        assert answer.episodes == [] or answer.episodes[0].title == "The anti-racism debate"
    finally:
        await store.close()
