# ruff: noqa: F811 - pytest passes the fixtures imported below in by name
"""Issue 11, round 7: precision of the confidence model on the real feeds.

Each test states a rule a maintainer would write without seeing any labelled question, and
checks it with questions written for the test (never copied from a question set).
"""

from __future__ import annotations

from bot.answer import HELP_MESSAGE, Answerer
from bot.question_words import STOP_WORDS
from bot.scope import is_chitchat

# The answerer over all the real feeds, shared with test_answer.
from tests.test_answer import all_db, everything  # noqa: F401


def test_a_goodbye_padded_with_stop_words_is_small_talk() -> None:
    # A greeting, thanks or goodbye with only stop words beside it asks for nothing...
    for words in (
        "ok that is it for today bye",
        "thanks so much for all of it",
        "ola pessoal tudo bem",
        "gracias chicos hasta luego",
    ):
        assert is_chitchat(words.split()), words
    # ...but a word that names a subject makes it a question.
    for words in ("bye and thanks for the cuba one", "hello anything about rockets", "bye"):
        assert is_chitchat(words.split()) == (words == "bye"), words
    assert "pls" in STOP_WORDS and "plz" in STOP_WORDS


async def test_a_goodbye_gets_the_help_reply_not_an_episode(everything: Answerer) -> None:
    for question in ("ok, that's it from me for today. bye!", "valeu gente, tchau"):
        answer = await everything.ask(question)
        assert answer.episodes == [] and answer.message == HELP_MESSAGE, question
    answer = await everything.ask("thanks! anything on Venezuela?")
    assert answer.episodes, "a subject after thanks is still a question"


def test_greetings_that_open_or_close_a_question_are_not_searched() -> None:
    from bot.answer import _parse

    assert _parse("hey there, thanks! anything on Venezuela?").words == ["venezuela"]
    assert _parse("episodes about remittances, thank you").words == ["remittances"]
    # A greeting inside the question, or all of it, is left as it is.
    assert _parse("hello").words == ["hello"]


def test_another_name_for_a_topic_is_an_alias_its_own_name_is_not() -> None:
    # Another language or form of the topic's name is the name...
    assert Answerer._alias_words("Peru", {"peruvian"}) == set()
    assert Answerer._alias_words("Corruption", {"corrupcion"}) == set()
    assert Answerer._alias_words("Venezuela", {"venezuela"}) == set()
    # ...a thing the catalogue files under the topic is an alias of it.
    assert Answerer._alias_words("Peru", {"shining", "path"}) == {"shining", "path"}
    assert Answerer._alias_words("Corruption", {"bribery"}) == {"bribery"}


async def test_a_topic_named_by_an_alias_answers_only_episodes_that_say_it(
    everything: Answerer,
) -> None:
    # Episodes filed under Peru never mention its president or the guerrilla movement
    # the catalogue files under it: naming them is no question about Peru in general.
    for question in ("anything on Boluarte?", "what about the shining path"):
        answer = await everything.ask(question)
        assert answer.episodes == [], (question, [e.title for e in answer.episodes])
    # The topic's own name still finds its episodes...
    answer = await everything.ask("anything on peru")
    assert answer.topic == "Peru" and answer.episodes
    # ...and an alias that an episode says finds that episode first.
    answer = await everything.ask("anything on bribery")
    assert answer.episodes and "bribery" in answer.episodes[0].title.lower()


async def test_a_word_no_episode_holds_is_the_subject_of_a_short_english_question(
    everything: Answerer,
) -> None:
    # The archive holds no Bevy (a Rust game engine) and no capybaras: the episodes that
    # share the question's other words (Rust and WebAssembly, a drug smuggler who worked
    # for Escobar) are not about what was asked, however clearly they lead.
    for question in (
        "rust game engines with bevy",
        "pablo escobar's pet capybaras",
        # A topic (drugs) lifts no episode past the word nobody holds.
        "pablo escobar's cocaine capybaras",
    ):
        answer = await everything.ask(question)
        assert answer.episodes == [], (question, [e.title for e in answer.episodes])
    # Without that word, the same words still answer.
    answer = await everything.ask("pablo escobar")
    assert answer.episodes and "Escobar" in answer.episodes[0].title


def test_spanish_and_portuguese_questions_are_told_by_their_stop_words() -> None:
    from bot.question_words import IBERIAN_STOP_WORDS

    # A word the archive lacks in a Spanish question may be an everyday verb the lexicon
    # does not translate, so the rule above is for English questions only.
    assert {"donde", "el", "los", "com", "uma"} <= IBERIAN_STOP_WORDS
    assert not {"the", "a", "with", "about", "is"} & IBERIAN_STOP_WORDS


async def test_a_podcasts_name_and_a_number_ask_for_that_episode(everything: Answerer) -> None:
    # How I Built This numbers its episodes in the feed only (itunes:episode), never in
    # its titles: its name and a number, nothing else, are that episode.
    for question in ("how i built this 521", "hibt 521"):
        answer = await everything.ask(question)
        assert answer.intent == "episode", question
        assert answer.episodes[0].title.startswith("Cultivating a creative community"), question


def test_a_calendar_day_is_read_in_the_ways_members_write_it() -> None:
    import datetime

    from bot.scope import question_dates

    day = datetime.date(2023, 6, 7)
    for text in ("from 7 june 2023", "on june 7th, 2023", "el 7 de junio de 2023", "2023-06-07"):
        found = question_dates(text)
        assert found and found[0] == [day], text
    # Day first or month first, when both read as a day.
    found = question_dates("the 6/7/2023 one")
    assert found and set(found[0]) == {day, datetime.date(2023, 7, 6)}
    assert question_dates("episode 370") is None
    assert question_dates("31.02.2022") is None  # no such day


async def test_a_podcast_and_a_day_ask_for_the_episode_of_that_day(everything: Answerer) -> None:
    # Today in Focus puts no date in its titles: the day it came out finds it.
    for question in ("today in focus from 7 june 2023", "today in focus 6/7/2023"):
        answer = await everything.ask(question)
        assert answer.episodes, question
        assert answer.episodes[0].title.startswith("How to develop artificial super"), question
    # Among other words a date may be what an episode is about: it is searched as words.
    answer = await everything.ask("today in focus on what happened at the dam on 7 june 2023")
    assert not answer.episodes or "super-intelligence" not in answer.episodes[0].title


async def test_a_name_word_a_slip_from_a_guests_name_is_that_guests(everything: Answerer) -> None:
    # Samuel Colvin of Pydantic is named in the notes, not the title; "colin" is a known
    # word of its own, so it is not "corrected" up front. Beside "samuel", said right, it
    # is a slip for the guest's surname.
    answer = await everything.ask("samuel colin pydantic")
    assert answer.episodes and "Pydantic" in answer.episodes[0].title
    # Without a word of the guest's said right, it is no slip for them.
    answer = await everything.ask("colin pydantic")
    assert answer.episodes == [], [e.title for e in answer.episodes]


async def test_a_word_written_as_one_finds_notes_that_write_it_as_two(
    everything: Answerer,
) -> None:
    assert everything._compound("cofounder") == ("co", "founder")
    assert everything._compound("flickr") is None
    # The notes say "co-founder of Flickr and Slack"; "cofounder" is both its parts.
    answer = await everything.ask("the cofounder of flickr")
    assert answer.episodes and "Stewart Butterfield" in answer.episodes[0].title
    # No episode writes "pocketknife": its last part ("knife", in the Leatherman notes)
    # finds it, at a discount, where the question's other word is found too.
    answer = await everything.ask("leatherman pocketknife")
    assert answer.episodes and answer.episodes[0].title.startswith("Leatherman Tool Group")


def test_the_words_of_a_name_held_apart_are_not_the_name() -> None:
    from bot.answer import _scattered

    subjects = [("u s mexico border", {"remain", "in", "mexico"})]
    # Notes that hold "remain" and "mexico" but were never filed under the topic (the
    # tagger, which reads the phrase, would have filed them) say something else.
    assert _scattered({"remain", "mexico", "policy"}, subjects, {"travel": 2.0})
    # Filed under it, they say the name; holding one of its words is not holding it.
    assert not _scattered({"remain", "mexico"}, subjects, {"u s mexico border": 3.0})
    assert not _scattered({"mexico", "policy"}, subjects, {})
    # A one-word name is judged elsewhere (in passing or not).
    assert not _scattered({"peru"}, [("peru", {"peru"})], {})


async def test_a_topic_named_in_several_words_still_answers(everything: Answerer) -> None:
    answer = await everything.ask("episodes on drug policy")
    assert answer.episodes and answer.topic == "Drug policy"


async def test_portuguese_determiners_weigh_nothing(everything: Answerer) -> None:
    # The Portuguese counterparts of Spanish stop words already in the list ("algun",
    # "muchos", "otro") are stop words too...
    for word in ("algum", "alguma", "muitos", "outra", "voce", "tudo", "mais"):
        assert word in STOP_WORDS, word
    # ...so a Portuguese question is searched by its subject, not by "algum".
    answer = await everything.ask("vocês têm algum episódio sobre kubernetes na americanas?")
    assert answer.episodes and "Kubernetes na Americanas" in answer.episodes[0].title


async def test_a_short_name_word_one_slip_from_the_persons_is_theirs(everything: Answerer) -> None:
    # "yng" is too short for the vocabulary's typo fixes; beside "andrew", said right,
    # it is one edit from that Andrew's surname.
    answer = await everything.ask("andrew yng")
    assert answer.person is not None and answer.person.name == "Andrew Yang"
    # Alone, it names nobody.
    answer = await everything.ask("yng")
    assert answer.person is None
