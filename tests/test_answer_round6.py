# ruff: noqa: F811 - pytest passes the fixtures imported below in by name
"""Issue 11, round 6: Spanish and Portuguese questions about notes in English, on the real
feeds.

Each test states a rule a maintainer would write without seeing any labelled question, and
checks it with questions written for the test (never copied from a question set).
"""

from __future__ import annotations

from bot.answer import Answerer, _parse
from bot.lexicon import translations
from bot.question_words import STOP_WORDS

# The answerer over all the real feeds, shared with test_answer.
from tests.test_answer import all_db, everything  # noqa: F401


def test_conversational_spanish_and_portuguese_verbs_are_stop_words() -> None:
    # The counterparts of English stop words ("tell", "say", "tried", "nearly", "none")
    # weigh nothing in a question, as their English forms do not.
    for word in ("cuentan", "dijeron", "intento", "casi", "ninguna", "contou", "quase"):
        assert word in STOP_WORDS, word
    for word in ("tell", "said", "nearly"):
        assert word in STOP_WORDS, word


def test_everyday_words_of_the_news_are_translated() -> None:
    assert "meeting" in translations("reunion")
    assert "block" in translations("bloquear")
    assert "evidence" in translations("prueba")
    assert "boat" in translations("lancha")


async def test_a_spanish_question_finds_english_notes_by_translation(
    everything: Answerer,
) -> None:
    # WOLA's notes on the 2025 UN drug commission meeting are in English ("United Nations
    # meeting on drug policy", "tried to block nearly everything"): a question asked in
    # Spanish finds them through its words' translations alone.
    for question in (
        "¿me dicen dónde bloquear todo en la reunión de la onu sobre drogas?",
        "la reunión de viena sobre drogas donde intentaron bloquear casi todo",
    ):
        answer = await everything.ask(question)
        titles = [e.title for e in answer.episodes]
        assert titles and titles[0].startswith("Global Drug Policy"), (question, titles)


async def test_translations_alone_answer_no_question_about_something_else(
    everything: Answerer,
) -> None:
    # The same translated words about a country no episode covers are no answer: the
    # question's rare word (the place) must still be found.
    for question in (
        "reunión sobre drogas en bolivia",
        "¿cuentan algo de una reunión sobre drogas en japón?",
    ):
        answer = await everything.ask(question)
        assert answer.episodes == [], (question, [e.title for e in answer.episodes])


def test_a_companys_product_is_no_person() -> None:
    from bot.people import extract_people
    from bot.people.names import clean_name

    # A capitalised pair opened by a company's name is its product, not a person...
    for phrase in ("Nintendo Switch", "Google Chrome", "Sony Walkman", "Windows Phone"):
        assert clean_name(phrase) is None, phrase
    # ...but the company word may still close a person's name, and names stay names.
    assert clean_name("Dan Ryckert") == "Dan Ryckert"
    assert clean_name("Soichiro Honda") == "Soichiro Honda"
    people = extract_people(
        "Hands-on with the Xbox Series", "Jeff is joined by Vinny Caravella and Nintendo Labo."
    )
    names = {p.name for p in people}
    assert not any(n.startswith(("Nintendo", "Xbox")) for n in names), names


async def test_a_console_question_gets_no_guest(everything: Answerer) -> None:
    # Giant Bombcast notes list consoles beside the people on the show ("Nintendo
    # Switch"); a question about a console is about its episodes, not a guest of that name.
    answer = await everything.ask("giant bombcast guest nintendo switch")
    assert answer.person is None
    assert answer.intent != "guest", answer.intent


async def test_a_spelled_out_number_finds_its_letter_and_digit_form(
    everything: Answerer,
) -> None:
    # Talk Python's title says "F1"; a question spells the sport out. The word's initial
    # before the number's digit is searched too, only because the archive's titles hold
    # it: "formula two" adds nothing where no title says "f2".
    answer = await everything.ask("formula one racing and python")
    assert everything._numbered_initials(_parse("deno 3 launch")) == []
    assert [e.title for e in answer.episodes][:1] == ["#296: Python in F1 racing"]
    assert "f1" in everything._numbered_initials(_parse("formula one telemetry"))
    assert everything._numbered_initials(_parse("the formula two season")) == []
    # Plain words make no initialism: "react compiler" is no "rc".
    assert everything._numbered_initials(_parse("the react compiler")) == []


async def test_choosing_verbs_weigh_nothing_in_spanish_and_portuguese(
    everything: Answerer,
) -> None:
    # "Which should I choose" is conversation in any language: "escolher", "devo", "elegir"
    # are no rare word an episode must hold, as "choose" and "should" are none in English.
    for question in (
        "flutter ou react native, qual devo escolher?",
        "¿debo elegir flutter o react native?",
    ):
        answer = await everything.ask(question)
        titles = [e.title for e in answer.episodes]
        assert titles and titles[0].startswith("React Native vs Flutter"), (question, titles)
    # The things compared still must be found: no episode compares these two.
    answer = await everything.ask("kotlin multiplatform ou flutter qual escolher")
    assert answer.episodes == [], [e.title for e in answer.episodes]
