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
