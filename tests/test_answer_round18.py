# ruff: noqa: F811 - pytest passes the fixtures imported below in by name
"""Issue 11, round 18 (tuned on fresh15 and the earlier sets after its measurement).

Each test states a rule a maintainer would write without seeing any labelled question, and
checks it with questions written for the test (never copied from a question set).
"""

from __future__ import annotations

from bot.answer import (
    HELP_MESSAGE,
    Answerer,
    _another_of_the_name,
    _is_role,
    _parse,
    _part_asked,
    _title_part,
)

# The answerer over all the real feeds, shared with test_answer.
from tests.test_answer import all_db, everything  # noqa: F401


async def test_how_an_episode_treats_its_subject_need_not_be_found(
    everything: Answerer,
) -> None:
    # "going over", "digging into", "arguing about": the asker's words for what the episode
    # does; the notes name the subject, seldom the act.
    assert all(_is_role(w) for w in ("going", "digging", "arguing", "unpacking"))
    plain = await everything.ask("se radio on the listener survey")
    assert plain.episodes and plain.episodes[0].title == "Episode 71: Survey Results"
    for telling in ("se radio going over the listener survey", "se radio unpacking the survey"):
        answer = await everything.ask(telling)
        assert answer.episodes, telling
        assert answer.episodes[0].id == plain.episodes[0].id, telling


async def test_another_person_of_the_surname_is_not_the_one_asked_for(
    everything: Answerer,
) -> None:
    # How I Built This had Alejandro Velez (Back to the Roots); nobody else of his name.
    right = await everything.ask("hibt with alejandro velez")
    assert right.episodes and "Alejandro Velez" in right.episodes[0].title
    wrong = await everything.ask("hibt with maria velez")
    assert not wrong.episodes


def test_a_given_name_spelt_another_way_is_the_same_person() -> None:
    people = ["jeremi suri", "tobias lutke", "william gates"]
    found = {"suri", "lutke", "gates"}
    # A slip, a short form, a known short form: the same people.
    assert not _another_of_the_name([("jeremy", "suri")], found, people)
    assert not _another_of_the_name([("tobi", "lutke")], found, people)
    assert not _another_of_the_name([("bill", "gates")], found, people)
    # Another given name is another person; a surname not found says nothing.
    assert _another_of_the_name([("melinda", "gates")], found, people)
    assert not _another_of_the_name([("melinda", "gates")], {"suri"}, people)


def test_a_part_of_a_series_is_read_from_question_and_title() -> None:
    assert _part_asked("se radio concurrency the second part") == (
        "part",
        2,
        "se radio concurrency",
    )
    assert _part_asked("sobre xp segunda parte") == ("part", 2, "sobre xp")
    assert _part_asked("hibt part 1 of 2") == ("part", 1, "hibt")
    assert _part_asked("la serie, la cuarta entrega") == ("part", 4, "la serie,")
    assert _part_asked("the bombcast from the third day of pax") == (
        "day",
        3,
        "the bombcast from of pax",
    )
    assert _part_asked("part of the deal") is None
    assert _part_asked("episodio 40 de wola") is None  # an episode's number, no part
    assert _title_part("Episode 30: Architecture Pt.3") == 3
    assert _title_part("The Division: New Orleans – part one") == 1
    assert _title_part("Valientes: capítulo 4") == 4
    assert _title_part("Giant Bomb LIVE! at E3 2016: Day 03", "day") == 3
    assert _title_part("Game of the Year 2016: Day Five Deliberations", "day") == 5
    assert _title_part("Game of the Year 2016: Day Five Deliberations") is None
    assert _title_part("Party time") is None


async def test_the_part_asked_for_is_the_answer(everything: Answerer) -> None:
    # SE Radio's concurrency and XP series have parts 1 to 3 and 1 to 2: the words alone
    # match them all; the part asked for, in English or Spanish, is the one.
    for question, title in (
        ("se radio concurrency, the second part", "Episode 19: Concurrency Pt. 2"),
        ("se radio sobre xp, segunda parte", "Episode 43: eXtreme Programming Pt.2"),
        ("se radio architecture part three", "Episode 30: Architecture Pt.3"),
    ):
        answer = await everything.ask(question)
        assert answer.episodes, question
        assert answer.episodes[0].title == title, question
        assert answer.question == question  # the ask --json contract: the question asked
    # The day of an event: the Bombcast's five days of Game of the Year 2016.
    answer = await everything.ask("bombcast game of the year 2016, the fourth day")
    assert answer.episodes
    assert (
        answer.episodes[0].title == "Giant Bombcast Game of the Year 2016: Day Four Deliberations"
    )
    # A question whose "part" is no series' is answered as before.
    assert (await everything.ask("part of the deal")).question == "part of the deal"


async def test_goodnight_and_hello_again_are_small_talk(everything: Answerer) -> None:
    for said in (
        "gn everyone",
        "goodnight folks",
        "hola otra vez amigos",
        "oi de novo galera",
        "night night",
    ):
        answer = await everything.ask(said)
        assert not answer.episodes, said
        assert answer.message == HELP_MESSAGE, said
    # "again" beside a subject asks about the subject.
    assert (await everything.ask("anything on venezuela again")).episodes


def test_new_lexicon_lines() -> None:
    from bot.lexicon import translations

    assert "finance" in translations("finanzas") and "finance" in translations("financas")
    assert "event" in translations("evento") and "defense" in translations("defesa")
    assert "zero" in translations("cero") and "sample" in translations("muestra")


async def test_a_word_finds_its_family(everything: Answerer) -> None:
    # An English word's root with another ending of derivation is the same subject: a
    # question about "diverse" teams finds "Diversity" in a title, "retire" finds
    # "retirement" (the kin of inflection, "retiring", were found before).
    family = everything._derived("diverse")
    assert "diversity" in family
    assert "retirement" in everything._derived("retire")
    # A root too short to say which family: nothing.
    assert not everything._derived("art")
    answer = await everything.ask("go time about making conferences diverse")
    assert answer.episodes and answer.episodes[0].title == "Diversity at conferences"


def test_spanish_and_portuguese_sayings_are_read_in_english() -> None:
    from bot.lexicon import english_sayings, translations

    # "desde cero" is "from scratch", not "zero"; "código aberto" is "open source".
    assert english_sayings("un curso desde cero") == "un curso scratch"
    assert english_sayings("projetos de codigo aberto") == "projetos de open source"
    assert "scratch" in _parse("¿hay algo sobre django desde cero?").words
    assert "cero" not in _parse("¿hay algo sobre django desde cero?").words
    # An English question is read as written.
    assert "zero" in _parse("from zero to django").words
    # Single words the lexicon learnt this round.
    assert "ai" in translations("ia") and "collider" in translations("colisionador")
    assert "wave" in translations("onda") and "enterprise" in translations("empresarial")
    assert english_sayings("la ultraderecha italiana") == "la far right italiana"


async def test_initials_that_open_a_question_name_the_podcast(everything: Answerer) -> None:
    # "tp" is Talk Python To Me's initials, no word of the archive or of everyday speech.
    by_initials = await everything.ask("tp on rich and textual")
    by_name = await everything.ask("talk python on rich and textual")
    assert by_initials.episodes and by_name.episodes
    assert by_initials.episodes[0].id == by_name.episodes[0].id
    latest = await everything.ask("newest tp about textual")
    assert latest.episodes and latest.episodes[0].feed_title == "Talk Python To Me"
    # Initials that are words ("la" of Latin America Today, "se" of SE Radio, "hi" of How
    # I Built This) open questions in Spanish and greetings: no podcast.
    for said in ("la guerra de las malvinas", "se habla de bukele", "hi anything on cuba"):
        assert everything._initialled_podcast(_parse(said)) == (set(), set()), said


async def test_an_english_word_finds_its_synonyms(everything: Answerer) -> None:
    from bot.lexicon import synonyms

    assert "left" in synonyms("quit") and "outtakes" in synonyms("bloopers")
    assert not synonyms("twitter")
    answer = await everything.ask("making sense about quitting twitter")
    assert answer.episodes and answer.episodes[0].title == "#304 — Why I Left Twitter"


async def test_portuguese_there_is_no_ai(everything: Answerer) -> None:
    # "aí" (there) folds to "ai"; the question is small talk, not about AI. The English
    # and Spanish "AI", "IA" still are.
    assert "ai" not in _parse("e aí, tudo certo por aí?").words
    assert "ai" in _parse("latest on AI safety").words
    answer = await everything.ask("tudo bem por aí?")
    assert not answer.episodes


def test_round_19_lexicon_lines() -> None:
    from bot.lexicon import english_sayings, translations

    assert "resource" in translations("recurso") and "review" in translations("revision")
    assert "undercover" in translations("encubierto")
    assert english_sayings("el portaaviones") == "el aircraft carrier"


async def test_a_title_word_asked_for_in_spanish_or_portuguese(everything: Answerer) -> None:
    # "con ... en el título", "com ... no título": the words are a title's, as "with ...
    # in the title" is.
    for question, word in (
        ("algún episodio con napoleón en el título", "napoleón"),
        ("hipsters com kotlin no título", "kotlin"),
    ):
        answer = await everything.ask(question)
        assert answer.episodes, question
        assert word in answer.episodes[0].title.lower(), question


async def test_of_a_part_the_title_that_says_least_besides(everything: Answerer) -> None:
    # SE Radio has "Architecture Pt. 1" and "Service Oriented Architecture Pt.1".
    answer = await everything.ask("se radio architecture, the first part")
    assert answer.episodes and answer.episodes[0].title == "Episode 23: Architecture Pt. 1"


async def test_coming_on_a_show_is_how_a_guest_is_asked_for(everything: Answerer) -> None:
    # "did X come on <podcast>", "X guesting on <podcast>": the verb is how the asker
    # says it, not a word the notes must hold.
    assert _is_role("come") and _is_role("guesting")
    plain = await everything.ask("talk python with andrew godwin")
    asked = await everything.ask("has andrew godwin ever come on talk python")
    assert plain.episodes and asked.episodes
    assert asked.episodes[0].id == plain.episodes[0].id
