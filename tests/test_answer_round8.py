# ruff: noqa: F811 - pytest passes the fixtures imported below in by name
"""Issue 11, round 8: failure classes that recur in new question sets, on the real feeds.

Each test states a rule a maintainer would write without seeing any labelled question, and
checks it with questions written for the test (never copied from a question set).
"""

from __future__ import annotations

from bot.answer import HELP_MESSAGE, Answerer
from bot.scope import is_chitchat

# The answerer over all the real feeds, shared with test_answer.
from tests.test_answer import all_db, everything  # noqa: F401


def test_interjections_and_clipped_greetings_are_small_talk() -> None:
    for words in ("wow", "omg lol", "evenin all", "gm everyone", "whoa nice"):
        assert is_chitchat(words.split()), words
    assert not is_chitchat("wow rockets".split())


async def test_a_question_about_the_bot_itself_gets_the_help_reply(everything: Answerer) -> None:
    for question in (
        "wow you're quick",
        "lol are you a robot",
        "is this a bot or a real person",
        "gm ☀️",
    ):
        answer = await everything.ask(question)
        assert answer.episodes == [] and answer.message == HELP_MESSAGE, question
    # Asking for an episode about bots is still a question.
    answer = await everything.ask("the one about a twitter bot")
    assert answer.episodes


async def test_last_time_with_a_guest_is_their_newest_episode(everything: Answerer) -> None:
    # "The last time" asks for the newest, like "latest": a guest on the show several
    # times is answered with their newest episode, not their best-titled one.
    answer = await everything.ask("the last time sam harris had david frum on")
    assert answer.intent == "latest" and answer.person and len(answer.episodes) >= 2
    dates = [e.published for e in answer.episodes]
    assert dates[0] == max(d for d in dates if d is not None)


async def test_last_beside_a_podcast_name_and_portuguese_cues_ask_for_the_newest(
    everything: Answerer,
) -> None:
    for question in ("the last hipsters techguide", "qual o techguide mais novo do hipsters?"):
        answer = await everything.ask(question)
        assert answer.intent == "latest", question
        first = answer.episodes[0]
        assert "techguide" in first.title.lower() and first.feed_title == "Hipsters Ponto Tech"
        assert first.published == max(e.published for e in answer.episodes), question


async def test_latest_of_a_long_series_is_the_newest_title_of_all(everything: Answerer) -> None:
    # A series inside a feed has more episodes than the search fetches by its words: the
    # newest title that names it is the answer, however many there are.
    idx = everything.index
    series = [e for e in idx.episodes.values() if e.title_norm.startswith("how i built resilience")]
    assert len(series) > 60
    newest = min(series, key=lambda e: idx.order[e.id])
    for question in (
        "newest how i built resilience",
        "the newest in the how i built resilience series",
    ):
        answer = await everything.ask(question)
        assert answer.intent == "latest" and answer.episodes[0].id == newest.id, question


def test_german_dates_are_read() -> None:
    import datetime

    from bot.scope import question_dates

    assert question_dates("nachrichten vom 3. marz 2022")[0] == [datetime.date(2022, 3, 3)]
    assert question_dates("am 17. oktober 2021")[0] == [datetime.date(2021, 10, 17)]


async def test_a_date_with_words_its_episode_says_addresses_that_episode(
    everything: Answerer,
) -> None:
    # More than one word beside the date: an episode of that day that says each of them
    # (its podcast's name counts) is the one asked for...
    answer = await everything.ask("gesprochene nachrichten am 3. märz 2022")
    assert answer.episodes and answer.episodes[0].title.startswith("03.03.2022")
    # ...and words that no episode of the day says leave the date to the search.
    answer = await everything.ask("gesprochene nachrichten über vulkane am 3. märz 2022")
    assert not answer.episodes or not answer.episodes[0].title.startswith("03.03.2022")


def test_the_lexicon_holds_everyday_vocabulary_without_false_friends() -> None:
    from bot.lexicon import translations

    # Everyday nouns, verbs and adjectives of any subject, not only history and politics.
    for word, other in (("selva", "jungle"), ("equipo", "team"), ("marca", "brand")):
        assert other in translations(word), word
    assert "construir" in translations("build") and "rapido" in translations("fast")
    # A word that is also an English word of another meaning is no translation.
    assert "red" not in translations("network") and "tempo" not in translations("time")
    assert "real" not in translations("royal")


async def test_a_spanish_question_finds_an_english_episode_by_everyday_words(
    everything: Answerer,
) -> None:
    answer = await everything.ask("lex con el explorador de la selva")
    assert answer.episodes and "Jungle" in answer.episodes[0].title


def test_a_censored_title_word_is_the_word_spelled_out() -> None:
    from bot.answer import _slip_of, _uncensored

    forms = {"shifty": ["shitty", "shifty"], "robots": ["robots"]}
    assert _uncensored("Queen of Sh*tty Robots", forms) == {"shifty"}
    assert _uncensored("F*** this", {"fork": ["fork"]}) == {"fork"}
    assert _uncensored("Sh*tty", {"shiny": ["shiny"]}) == set()
    # A letter left out of a short word is a slip for the title's word...
    assert _slip_of("duk", "duck") and _slip_of("rce", "race")
    # ...but not a different first letter or another letter changed.
    assert not _slip_of("duk", "luck") and not _slip_of("dok", "duck")


async def test_titles_with_a_censored_word_or_a_short_slip_are_found(everything: Answerer) -> None:
    answer = await everything.ask("the shitty robots one")
    assert answer.episodes and "Sh*tty Robots" in answer.episodes[0].title
    answer = await everything.ask("duk hunt on the bombcast")
    assert answer.episodes and answer.episodes[0].title.endswith("Mega Duck Hunt")


async def test_a_title_named_whole_answers_beside_a_word_the_archive_lacks(
    everything: Answerer,
) -> None:
    # A Spanish question that names a whole two-word title and adds a word no episode
    # holds ("cuartel", "legionarios") asks about that episode.
    for question, title in (
        ("miguel hernández y el cuartel", "Miguel Hernández"),
        ("julio césar y sus legionarios", "Julio César"),
    ):
        answer = await everything.ask(question)
        assert answer.episodes and answer.episodes[0].title == title, question
    # The rule holds only for words no episode holds in any form, as these are.
    idx = everything.index
    assert "legionarios" not in idx.vocab.df and "cuartel" not in idx.vocab.df


async def test_a_given_name_that_is_a_stop_word_names_a_person(everything: Answerer) -> None:
    # "Will" (a stop word) before a word of the same person's name is their given name:
    # the person is the one with both, not another of that surname.
    answer = await everything.ask("will marshal")
    assert answer.person and answer.person.name == "Will Marshall"
    answer = await everything.ask("episodes with will storr")
    assert answer.person and answer.person.name == "Will Storr"
    # "will" before words that name nobody stays a stop word.
    answer = await everything.ask("will python die")
    assert answer.person is None
