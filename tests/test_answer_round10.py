# ruff: noqa: F811 - pytest passes the fixtures imported below in by name
"""Issue 11, round 10: the language a question asks its answers in, and people's names
that hold a topic's word, on the real feeds.

Each test states a rule a maintainer would write without seeing any labelled question, and
checks it with questions written for the test (never copied from a question set).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.answer import Answerer
from bot.scope import requested_languages, speaks
from bot.store import Store
from bot.topics import default_catalog

# The answerer over all the real feeds, shared with test_answer.
from tests.test_answer import all_db, everything  # noqa: F401


def test_the_language_asked_for_is_read_as_a_tag() -> None:
    assert requested_languages("algo en espanol sobre venezuela".split()) == {"es"}
    assert requested_languages("anything in portuguese about kubernetes".split()) == {"pt"}
    assert requested_languages("latest in german".split()) == {"de"}
    # A language before a noun is the subject's, not the answer's.
    assert requested_languages("racism in english football".split()) == frozenset()
    assert requested_languages("tom segura en espanol con charo".split()) == frozenset()
    assert speaks("pt-BR", frozenset({"pt"})) and speaks("es", frozenset({"es"}))
    assert not speaks("en-us", frozenset({"es"})) and not speaks(None, frozenset({"es"}))


async def test_answers_in_the_language_asked_for_come_first(everything: Answerer) -> None:
    answer = await everything.ask("anything in spanish about colombia")
    assert answer.episodes
    assert answer.episodes[0].language and answer.episodes[0].language.startswith("es")
    # The same question without the language puts an English episode first: the
    # language, not the words, chose.
    plain = await everything.ask("anything about colombia")
    assert plain.episodes and not plain.episodes[0].language.startswith("es")
    answer = await everything.ask("algo en portugués sobre kubernetes")
    assert answer.episodes and answer.episodes[0].language.lower().startswith("pt")
    assert all(
        "kubernetes" in e.title.lower() or e.language.startswith("pt") for e in answer.episodes
    )


@pytest.mark.parametrize(
    ("question", "tag"),
    [
        ("latest in portuguese", "pt"),
        ("the newest episode in german", "de"),
        ("lo último en español", "es"),
    ],
)
async def test_latest_in_a_language_is_the_newest_in_it(
    everything: Answerer, question: str, tag: str
) -> None:
    answer = await everything.ask(question, limit=3)
    assert answer.intent == "latest" and len(answer.episodes) == 3
    assert all(speaks(e.language, frozenset({tag})) for e in answer.episodes), question
    dates = [e.sort_ts for e in answer.episodes]
    assert dates == sorted(dates, reverse=True)


async def test_no_episode_in_that_language_still_answers(everything: Answerer) -> None:
    # No Italian episode anywhere: the episodes about the subject, whatever their language.
    answer = await everything.ask("anything in italian about fastapi")
    assert answer.episodes
    assert "fastapi" in answer.episodes[0].title.lower()


async def test_the_language_of_stored_episodes(all_db: Path) -> None:
    store = await Store.open(all_db)
    try:
        rows = await store.latest_episodes(limit=400)
        tags = await store.languages_of([e.id for e in rows] + [10**9])
    finally:
        await store.close()
    assert 10**9 not in tags
    assert all(tags[e.id] == e.language.lower() for e in rows if e.language)


def test_a_topic_word_inside_a_persons_name_is_the_name() -> None:
    catalog = default_catalog()

    def topics(title: str, text: str, names: list[str]) -> set[str]:
        return {t for t, _ in catalog.weighted(title, text, names=names)}

    # A surname that is a demonym: the person, not the country.
    assert "Cuba" not in topics(
        "Serial Entrepreneur: Mark Cuban", "Mark Cuban on building companies.", ["Mark Cuban"]
    )
    # Without the name known as a person's, the word counts as before.
    assert "Cuba" in topics("Serial Entrepreneur: Mark Cuban", "", [])
    # The word elsewhere in the same notes still names the topic.
    assert "Cuba" in topics("Mark Cuban", "Mark Cuban talks about Cuban cigars.", ["Mark Cuban"])
    # A name that is itself an alias names its topic ("Fidel Castro" is Cuba).
    assert "Cuba" in topics("Oliver Stone", "On Fidel Castro.", ["Oliver Stone", "Fidel Castro"])
    # A topic's proper name inside a person's full name is that person's topic: "Petro"
    # of Gustavo Petro is Colombia's president.
    assert "Colombia" in topics("", "Petro's government and Gustavo Petro.", ["Gustavo Petro"])


async def test_a_country_is_not_answered_by_a_surname(everything: Answerer) -> None:
    answer = await everything.ask("anything about cuba")
    assert all("Cuban" not in e.title for e in answer.episodes), [e.title for e in answer.episodes]


async def test_a_host_interviewing_a_guest_answers_with_the_guest(everything: Answerer) -> None:
    # Brian Ketelsen hosts Go Time (and is a guest elsewhere); Ron Evans is only a guest:
    # the question is about the guest's episode, and the card names the guest.
    for question in (
        "brian ketelsen interviewing ron evans",
        "alex sexton talking with kyle simpson",
    ):
        answer = await everything.ask(question)
        assert answer.person is not None and answer.episodes, question
        assert "host" not in answer.person.roles, (question, answer.person.name)
        assert answer.episodes[0].id in answer.person.episode_ids, question


async def test_a_leader_without_the_number_asked_for_is_no_answer(everything: Answerer) -> None:
    # A long question whose best candidate only leads: it must hold the question's number
    # (a PEP, a year); the episode on another PEP is not the answer...
    answer = await everything.ask("talk python on pep 684 and removing the gil")
    assert answer.episodes == [], [e.title for e in answer.episodes]
    # ... and the one that holds it is.
    answer = await everything.ask("talk python removing dead batteries pep 594")
    assert answer.episodes and answer.episodes[0].title.startswith("#360:")


def test_small_talk_to_the_bot_or_its_server() -> None:
    from bot.scope import is_chitchat

    for said in ("love this server", "i love this server", "good bot", "great server"):
        assert is_chitchat(said.split()), said
    # The same words that ask for something are searched.
    for said in (
        "episodes about love",
        "love",
        "server",
        "the server",
        "discord server",
        "server outage",
        "the community episode",
    ):
        assert not is_chitchat(said.split()), said


async def test_a_small_number_matches_its_padded_form(everything: Answerer) -> None:
    # The titles write "Day 01", "Day 02", "Day 03": "day 2" is the second.
    answer = await everything.ask("giant bomb live at e3 2016 day 2")
    assert answer.episodes and "Day 02" in answer.episodes[0].title, answer.episodes[:1]
    answer = await everything.ask("giant bomb e3 2016 day 01")
    assert answer.episodes and "Day 01" in answer.episodes[0].title, answer.episodes[:1]


def test_plural_endings_sound_alike() -> None:
    from bot.answer import _sound

    for a, b in (("monkies", "monkeys"), ("theorys", "theories"), ("zombeys", "zombies")):
        assert _sound(a) == _sound(b), (a, b)
    # A vowel before the ending is heard: "plays" is not "plies".
    assert _sound("plays") != _sound("plies")


async def test_a_misspelt_plural_of_a_title_word_is_a_slip(everything: Answerer) -> None:
    answer = await everything.ask("conspiracy theorys")
    assert answer.episodes and answer.episodes[0].title.startswith("Conspiracy theories")


def test_short_forms_of_given_names() -> None:
    from bot.nicknames import full_names

    assert full_names("mike") == {"michael"} and "benjamin" in full_names("ben")
    assert "jose" in full_names("pepe") and full_names("wittes") == frozenset()


async def test_a_guest_asked_for_by_a_short_given_name(everything: Answerer) -> None:
    # "Mike Dell" is Michael Dell, "Joe Romm" Joseph Romm: the surname and the short form
    # together name the person; before, "mike" counted as another given name.
    for question, name in (("mike dell", "Michael Dell"), ("joe romm", "Joseph Romm")):
        answer = await everything.ask(question)
        assert answer.person is not None and answer.person.name == name, question
        assert answer.episodes and answer.episodes[0].id in answer.person.episode_ids
    # A short form alone names no one.
    answer = await everything.ask("mike")
    assert answer.person is None or answer.person.key.split()[0] != "michael"


async def test_a_language_searches_the_podcasts_that_speak_it(everything: Answerer) -> None:
    # Portuguese episodes on JavaScript are not among the best English matches: the
    # podcasts that speak Portuguese are searched as if named.
    answer = await everything.ask("javascript in portuguese")
    assert answer.episodes and answer.episodes[0].language.lower().startswith("pt")
    assert "javascript" in answer.episodes[0].title.lower()
    # A person who was never on a podcast in that language: their episodes all the same.
    answer = await everything.ask("elon musk in spanish")
    assert answer.episodes and answer.person is not None and answer.person.name == "Elon Musk"


async def test_a_year_of_the_archive_is_no_number_a_leader_must_hold(
    everything: Answerer,
) -> None:
    # "2022" is the episode's date, not a word of its notes.
    answer = await everything.ask("back in 2022 the deno guy introduced fresh")
    assert answer.episodes and answer.episodes[0].title == "Deno's Fresh new web framework"


async def test_a_name_as_spelled_before_one_said_by_a_short_form(everything: Answerer) -> None:
    # Both Don Hoffman and Donald Hoffman are in the archive.
    answer = await everything.ask("don hoffman")
    assert answer.person is not None and answer.person.name == "Don Hoffman"
    answer = await everything.ask("will macaskill")
    assert answer.person is not None and answer.person.name == "Will MacAskill"


def test_name_spans_in_normalised_text() -> None:
    from bot.topics import _inside

    text = "mark cuban met mark cuban jr and cuban cigars"
    inside = _inside(text, ["mark cuban", "mark cuban jr"])
    # The words after each name's start, mapped to the furthest end of a name there.
    assert inside == {5: 10, 20: 28, 26: 28}
    assert _inside("mark cubano", ["mark cuban"]) == {}


def test_portuguese_and_spanish_function_words_are_not_searched() -> None:
    from bot.question_words import IBERIAN_STOP_WORDS, STOP_WORDS

    # "em" (in), "num" (in a), "pra" (for), "hacia" (towards): never a question's subject,
    # and each marks a question as written in Spanish or Portuguese.
    for word in ("em", "num", "pra", "nesse", "dela", "hacia", "segun", "aquel"):
        assert word in STOP_WORDS and word in IBERIAN_STOP_WORDS, word
    # An English word of another meaning is not made a stop word ("ate", "solo", "tan").
    for word in ("ate", "solo", "tan"):
        assert word not in STOP_WORDS, word


def test_initials_of_names_in_titles() -> None:
    from bot.answer import _title_initials, _versions

    assert "goty" in _title_initials("Giant Bombcast Game of the Year 2016: Day Two")
    assert "sbf" in _title_initials("#303 — The Fall of Sam Bankman-Fried")
    # A part starts and ends at a capitalised word: "of the" makes no "got".
    assert "got" not in _title_initials("Game of the Year")
    # A year after a word is when, not a version of it.
    assert _versions("goty 2016 day two") == {}
    assert _versions("deno 2 release") == {"2": "deno"}


async def test_a_word_that_spells_a_titles_initials(everything: Answerer) -> None:
    # "goty" is "Game of the Year" in the 2013 titles (GOTY only in 2011's).
    answer = await everything.ask("goty 2013 day one")
    assert answer.episodes and answer.episodes[0].title.endswith("Game of the Year 2013: Day One")


def test_more_small_talk() -> None:
    from bot.scope import is_chitchat
    from bot.text import normalize

    for said in (
        "gg everyone",
        "sorry, wrong channel lol",
        "night everyone",
        "ta!",
        "buen dia gente",
    ):
        assert is_chitchat(normalize(said).split()), said
    # The same words asking for something are searched.
    for said in ("legal aid cuts", "night of the long knives", "the wrong trousers", "got talent"):
        assert not is_chitchat(normalize(said).split()), said


def test_numbers_as_people_say_them() -> None:
    from bot.scope import spoken_number

    assert spoken_number("one fifty".split()) == 150
    assert spoken_number("tenth".split()) == 10
    assert spoken_number("twenty first".split()) == 21
    assert spoken_number("two hundred and one".split()) == 201
    # Not one number: two numbers, a year, or words that are not numbers.
    for words in ("one and two", "nineteen eighty four", "twenty twelve", "one more"):
        assert spoken_number(words.split()) is None, words


async def test_a_podcast_and_a_number_said_in_words(everything: Answerer) -> None:
    for question, start in (
        ("sam harris one fifty", "#150 "),
        ("taverncast's tenth episode", "Taverncast 10:"),
        ("lex one twenty", "#120 "),
        ("making sense two hundred and one", "#201 "),
    ):
        answer = await everything.ask(question)
        assert answer.episodes and answer.episodes[0].title.startswith(start), question


async def test_two_words_written_as_one_are_not_corrected_into_a_third(
    everything: Answerer,
) -> None:
    # "gamepass" is "Game Pass", two slips from another podcast's "Gympass".
    answer = await everything.ask("the big gamepass bombcast")
    assert answer.episodes and answer.episodes[0].title == "Giant Bombcast 600: Big Game Pass"


def test_everyday_english_synonyms_share_a_line() -> None:
    from bot.lexicon import translations

    assert "child" in translations("kid") and "kid" in translations("child")
    assert "disappear" in translations("vanish")
