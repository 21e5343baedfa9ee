# ruff: noqa: F811 - pytest passes the fixtures imported below in by name
"""Issue 11: what a review of rounds 7 found, on the real feeds.

A greeting inside a question is a subject, not small talk; a digit that ``int`` cannot
read is no episode number; a word the archive holds is not split into two chance words.
"""

from __future__ import annotations

from bot.answer import Answerer, _parse

# The answerer over all the real feeds, shared with test_answer.
from tests.test_answer import all_db, everything  # noqa: F401


def test_a_greeting_inside_the_question_is_searched() -> None:
    # Only a question whose own first or last word greets is greeted...
    assert _parse("episodes about hello world").words == ["hello", "world"]
    assert _parse("any episode on hey jude").words == ["hey", "jude"]
    assert _parse("the goodbye lenin one please").words == ["goodbye", "lenin"]
    # ...and then stop words around the greeting go with it, as before.
    assert _parse("hi there, anything on cuba?").words == ["cuba"]
    assert _parse("thx a ton, that was the one").words == _parse("thx a ton").words


async def test_a_title_that_starts_with_a_greeting_is_found(everything: Answerer) -> None:
    answer = await everything.ask("episodes about hello world")
    assert answer.episodes and answer.episodes[0].title == "Hello World"
    # A subject no episode has, greeting or not, gets nothing.
    for question in ("episode about hello kitty", "any episode on hey jude"):
        assert (await everything.ask(question)).episodes == [], question


async def test_digits_int_cannot_read_are_no_episode_number(everything: Answerer) -> None:
    # "፩" (Ethiopic one) and "᧚" (New Tai Lue) are digits to str.isdigit, not to int().
    for question in ("talk python \u1369", "hibt \u19da", "lex \U00010a40"):
        answer = await everything.ask(question)
        assert answer.intent != "episode", question


def test_a_word_the_archive_holds_is_split_only_after_a_short_prefix(
    everything: Answerer,
) -> None:
    df = everything.index.vocab.df
    for word in ("password", "understand", "database"):
        assert word in df, word  # the premise: the archive holds it as written
        assert everything._compound(word) is None, word
    # A two-letter prefix that is no stop word still splits ("co-founder").
    assert everything._compound("cofounders") in (None, ("co", "founders"))
    if "cofounder" in df and "founder" in df and "co" in df:
        assert everything._compound("cofounder") == ("co", "founder")


async def test_a_date_without_a_podcast_is_searched_as_words(everything: Answerer) -> None:
    # A day's episodes across every podcast answer nothing in particular.
    for question in ("kubernetes 8 june 2023", "what happened on 24.02.2022"):
        answer = await everything.ask(question)
        days = {e.published.date().isoformat() for e in answer.episodes if e.published}
        assert not days & {"2023-06-08", "2022-02-24"}, question


async def test_a_word_beside_a_podcast_and_a_date_must_be_found(everything: Answerer) -> None:
    # Talk Python published an episode on 2 June 2023, but not about FastAPI: no answer
    # at full confidence from the date alone.
    dated = await everything.ask("talk python 2 june 2023")
    assert dated.episodes and dated.episodes[0].published
    assert dated.episodes[0].published.date().isoformat() in ("2023-06-01", "2023-06-02")
    answer = await everything.ask("talk python 2 june 2023 fastapi")
    assert dated.episodes[0].title not in [e.title for e in answer.episodes]


async def test_a_day_is_read_in_the_feeds_time_zone_as_well(everything: Answerer) -> None:
    # SE Radio 243 is dated "Tue, 01 Dec 2015 16:55 PST": 2 December in UTC.
    for day in ("1 december 2015", "2 december 2015"):
        answer = await everything.ask(f"software engineering radio {day}")
        assert answer.episodes, day
        assert answer.episodes[0].title.startswith("SE-Radio Episode 243"), day
