# ruff: noqa: F811 - pytest passes the fixtures imported below in by name
"""Issue 11, round 15 (tuned on fresh12 and the earlier sets after its measurement):
failure classes that recur in new question sets, on the real feeds.

Each test states a rule a maintainer would write without seeing any labelled question, and
checks it with questions written for the test (never copied from a question set).
"""

from __future__ import annotations

import pytest

from bot.answer import Answerer, _parse

# The answerer over all the real feeds, shared with test_answer.
from tests.test_answer import all_db, everything  # noqa: F401


async def test_words_in_the_title_are_looked_for_in_titles(everything: Answerer) -> None:
    parsed = _parse("the latest lex with chess in the title")
    assert parsed.titled and parsed.latest and "title" not in parsed.words
    idx = everything.index
    lex = next(f for f, t in idx.feed_titles.items() if t == "Lex Fridman Podcast")
    # Worked out here from the index: Lex's titles that say "chess", the newest first.
    titled = sorted(
        (
            e
            for e, entry in idx.episodes.items()
            if entry.feed_id == lex and "chess" in entry.title_norm.split()
        ),
        key=idx.order.__getitem__,
    )
    assert titled
    answer = await everything.ask("the latest lex with chess in the title")
    assert answer.intent == "latest"
    assert answer.episodes[0].id == titled[0]
    # Every answer's title says it.
    assert all("chess" in e.title.lower() for e in answer.episodes)


async def test_how_an_episode_came_out_is_no_subject_of_latest(everything: Answerer) -> None:
    newest = (await everything.ask("latest go time")).episodes[0].title
    answer = await everything.ask("the most recent thing go time put out")
    assert answer.episodes and answer.episodes[0].title == newest


async def test_a_link_asked_beside_a_number(everything: Answerer) -> None:
    answer = await everything.ask("talk python 300 link please")
    assert answer.episodes and answer.episodes[0].title.startswith("#300:")


async def test_an_ordinal_beside_a_podcasts_name_is_its_number(everything: Answerer) -> None:
    answer = await everything.ask("the first episode of talk python")
    assert answer.episodes and answer.episodes[0].title.startswith("#1:")
    for question in ("la tercera entrega de tiempo de valientes", "valientes, capítulo quinto"):
        answer = await everything.ask(question)
        assert answer.episodes, question
    assert (
        (await everything.ask("la tercera entrega de tiempo de valientes"))
        .episodes[0]
        .title.endswith("capítulo 3")
    )
    # "First" beside a subject is the earliest about it, not episode 1.
    answer = await everything.ask("the first lex episode with elon musk")
    assert answer.person is not None and answer.person.name == "Elon Musk"


async def test_the_podcasts_name_is_not_the_questions_language(
    everything: Answerer, monkeypatch: pytest.MonkeyPatch
) -> None:
    # "SE Radio": "se" is a Spanish word, but "se radio on event sourcing" is English (so a
    # word no episode holds is its subject, and must be found).
    seen: list[bool] = []
    search = everything.search

    async def recording(*args: object, **kwargs: object) -> list[tuple[int, float]]:
        seen.append(bool(kwargs.get("english", True)))
        return await search(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(everything, "search", recording)
    await everything.ask("se radio on event sourcing")
    assert seen and all(seen)
    seen.clear()
    await everything.ask("pasajes de la historia sobre la batalla de lepanto")
    assert seen and not any(seen)  # still Spanish: "sobre la"


def test_shorthand_is_the_word() -> None:
    from bot.lexicon import translations

    for short, word in (("dev", "developer"), ("k8s", "kubernetes"), ("docs", "documentation")):
        assert word in translations(short), short
    assert "coronavirus" in translations("covid")


async def test_devs_finds_developers(everything: Answerer) -> None:
    # "devs" is "developers" in a title: the Docker episodes, not any with "devs".
    answer = await everything.ask("talk python on docker for devs")
    assert answer.episodes and "Docker" in answer.episodes[0].title
