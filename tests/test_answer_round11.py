# ruff: noqa: F811 - pytest passes the fixtures imported below in by name
"""Issue 11, round 11 (tuned on fresh6 and fresh7 after their measurement): failure
classes that recur in new question sets, on the real feeds.

Each test states a rule a maintainer would write without seeing any labelled question, and
checks it with questions written for the test (never copied from a question set).
"""

from __future__ import annotations

from bot.answer import Answerer

# The answerer over all the real feeds, shared with test_answer.
from tests.test_answer import all_db, everything  # noqa: F401


async def test_a_date_and_a_word_of_one_podcasts_title(everything: Answerer) -> None:
    # "dw" is a word of the DW feed's full title; "noticias lentas" and "slow news" describe
    # it in the asker's words.
    for question, title in (
        ("las noticias lentas de dw del 4 de marzo de 2022", "04.03.2022 –"),
        ("dw's slow news for 7 march 2022", "07.03.2022 –"),
    ):
        answer = await everything.ask(question)
        assert answer.episodes and answer.episodes[0].title.startswith(title), question
    # A date beside words no podcast's title holds is read as before.
    answer = await everything.ask("noticias de 4 de marzo de 2022")
    assert not answer.episodes or not answer.episodes[0].title.startswith("04.03.2022")


async def test_a_title_addressed_to_you_is_a_title(everything: Answerer) -> None:
    # Every word is common and the question says "you": it reads as said to the bot, but
    # it is an episode's title, near enough.
    answer = await everything.ask("file system if you can keep it")
    assert answer.episodes and answer.episodes[0].title == "A File System If You Can Keep It"
    # Said to the bot, it still gets the help reply.
    for question in ("are you a real person", "who made you", "can you keep a secret"):
        answer = await everything.ask(question)
        assert answer.episodes == [] and answer.message, question


async def test_a_number_after_initials_is_the_titles_number(everything: Answerer) -> None:
    # "ama 7" is "Ask Me Anything 7": the number follows the name the initials spell.
    answer = await everything.ask("sam harris ama 7")
    assert answer.episodes and answer.episodes[0].title == "#75 — Ask Me Anything 7"
    # A number after a word that spells no initials of the title stays a version.
    answer = await everything.ask("deno 2 release")
    assert not answer.episodes


async def test_an_everyday_word_for_a_title_word(everything: Answerer) -> None:
    from bot.lexicon import translations

    assert "grandmother" in translations("grandma") and "television" in translations("tv")
    # "grandma" for the title's "Grandmother".
    answer = await everything.ask("lex solo remembering his grandma")
    assert answer.episodes and answer.episodes[0].title.startswith("Lex Solo #3")


async def test_two_words_a_title_writes_as_one(everything: Answerer) -> None:
    # "Smurftastic" said as two words.
    answer = await everything.ask("taverncast smurf tastic")
    assert answer.episodes and answer.episodes[0].title == "Taverncast 10: Smurftastic"


def test_interviewing_is_how_a_question_is_told() -> None:
    from bot.question_words import STOP_WORDS

    # As "interview" and "interviewed" are: every episode of a talk show is one.
    assert {"interview", "interviewed", "interviewing", "interviewer"} <= STOP_WORDS


async def test_a_word_for_someones_role_is_not_what_must_be_found(everything: Answerer) -> None:
    # "lady" says who the episode is with; the notes never call Sara Blakely that.
    answer = await everything.ask("guy raz with the spanx lady")
    assert answer.episodes and answer.episodes[0].title.startswith("Spanx: Sara Blakely")
