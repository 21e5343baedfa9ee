# ruff: noqa: F811 - pytest passes the fixtures imported below in by name
"""Issue 11's root causes in bot/answer.py, each on the real feeds or a real SQLite file.

Greetings answered with an episode, podcast names ignored, "latest" over a few text
matches, episode numbers, fallbacks at full confidence, podcasts and companies as people,
swapped letters as two edits, plausible words "corrected" into other words, questions in
other scripts treated as empty, a one-word title inside a longer question.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.answer import THRESHOLD, Answerer, _Vocabulary
from bot.ingest import ingest_many
from bot.store import Store, Term

# The answerers over the bundled feed and over all the real feeds, shared with test_answer.
from tests.test_answer import all_db, bundled, bundled_db, everything  # noqa: F401


async def _feed_id(answerer: Answerer, title: str) -> int:
    ids = [fid for fid, t in answerer.index.feed_titles.items() if t.startswith(title)]
    assert len(ids) == 1, ids
    return ids[0]


async def test_greetings_and_thanks_get_help_not_an_episode(everything: Answerer) -> None:
    for text in ("hi there", "thanks!", "Thank you so much", "hola, buenos días", "hey bot"):
        answer = await everything.ask(text)
        assert answer.episodes == [], text
        assert answer.intent == "none"
        assert answer.message and "Ask me about" in answer.message


@pytest.mark.parametrize(
    ("question", "podcast"),
    [
        ("latest Lex", "Lex Fridman Podcast"),
        ("newest How I Built This", "How I Built This"),
        ("latest Making Sense", "Making Sense"),
        ("what's the newest Talk Python episode", "Talk Python To Me"),
    ],
)
async def test_latest_of_a_podcast_is_its_newest_episode(
    everything: Answerer, question: str, podcast: str
) -> None:
    fid = await _feed_id(everything, podcast)
    newest = await everything.store.latest_episodes(1, feed_id=fid)
    answer = await everything.ask(question)
    assert answer.intent == "latest"
    assert answer.episodes[0].id == newest[0].id
    assert {e.feed_id for e in answer.episodes} == {fid}


async def test_a_podcast_name_scopes_the_search(everything: Answerer) -> None:
    fid = await _feed_id(everything, "Talk Python To Me")
    answer = await everything.ask("the Talk Python one about FastAPI")
    assert answer.episodes
    assert {e.feed_id for e in answer.episodes} == {fid}
    assert all("FastAPI" in e.title or "fastapi" in e.description.lower() for e in answer.episodes)


async def test_latest_with_words_orders_everything_that_qualifies_by_date(
    everything: Answerer,
) -> None:
    answer = await everything.ask("latest Talk Python episode about FastAPI", limit=5)
    fid = await _feed_id(everything, "Talk Python To Me")
    rows = await everything.store.fts_search([Term(("fastapi",))], limit=500, feed_ids=[fid])
    with_title = [
        e
        for e in await everything.store.episodes_by_ids([r for r, _ in rows])
        if "FastAPI" in e.title
    ]
    newest = max(with_title, key=lambda e: e.sort_ts)
    assert answer.episodes[0].id == newest.id
    stamps = [e.sort_ts for e in answer.episodes]
    assert stamps == sorted(stamps, reverse=True)


@pytest.mark.parametrize(
    ("question", "title_start"),
    [
        ("Lex episode 370", "#370 – Edward Frenkel"),
        ("#203 Making Sense", "#203 — A Conversation with Caitlin Flanagan"),
        ("talk python ep. 370", "#370: OpenBB"),
        ("Mike Neumann s2e53", "Community"),
    ],
)
async def test_episode_numbers(everything: Answerer, question: str, title_start: str) -> None:
    answer = await everything.ask(question)
    assert answer.episodes, question
    assert answer.episodes[0].title.startswith(title_start)


async def test_a_number_no_episode_has_finds_nothing_by_number(everything: Answerer) -> None:
    answer = await everything.ask("Lex Fridman episode 9999")
    assert all("9999" not in e.title for e in answer.episodes)


async def test_a_surname_alone_does_not_claim_full_confidence(bundled: Answerer) -> None:
    full = await bundled.ask("Beatriz Magaloni")
    alone = await bundled.ask("Magaloni")
    assert full.scores and full.scores[0] == 100.0
    assert alone.episodes and alone.episodes[0].id == full.episodes[0].id
    assert THRESHOLD <= alone.scores[0] < 100.0


async def test_podcasts_and_companies_are_not_people(everything: Answerer) -> None:
    assert "giant bombcast" not in everything.index.people
    answer = await everything.ask("who is Giant Bombcast")
    assert answer.person is None
    assert all(
        p.key.split()[-1] not in {"bar", "inc", "llc"} for p in everything.index.people.values()
    )


def test_a_swap_is_one_edit_and_plausible_words_are_kept() -> None:
    vocab = _Vocabulary(
        {"yuval": 3, "switch": 400, "rules": 300, "plugins": 50, "audible": 4, "pero": 900},
        skip=frozenset({"pero"}),
        strict=True,
    )
    assert vocab.correct("yuavl") == "yuval"
    assert vocab.correct("pluigns") == "plugins"
    assert vocab.correct("aduible") == "audible"
    # Plausible words as written are not "corrected" into unrelated frequent ones.
    assert vocab.correct("snitch") is None
    assert vocab.correct("runes") is None
    # A stop word is never a correction ("Perto" is not "pero").
    assert vocab.correct("perto") is None


async def test_names_are_corrected_against_names(everything: Answerer) -> None:
    answer = await everything.ask("Yuavl Harari")
    assert answer.person is not None
    assert answer.person.key == "yuval noah harari"


async def test_a_one_word_title_inside_a_longer_question_is_not_a_title_match(
    everything: Answerer,
) -> None:
    # "Community" is a whole title; a question that merely contains the word is not it.
    answer = await everything.ask("community gardens in rural villages funding")
    assert not answer.episodes or answer.episodes[0].title != "Community"


GREEK_FEED = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Ελληνικό Podcast</title>
<item><title>Η δημοκρατία στην αρχαία Αθήνα</title><guid>gr-1</guid>
<description>Συζήτηση για την αθηναϊκή δημοκρατία και τον Περικλή.</description></item>
<item><title>東京の歴史</title><guid>jp-1</guid><description>東京 江戸 歴史</description></item>
<item><title>تاريخ القاهرة</title><guid>ar-1</guid>
<description>القاهرة مدينة قديمة</description></item>
</channel></rss>
"""


async def test_questions_in_other_scripts_are_searched(tmp_path: Path) -> None:
    feed = tmp_path / "greek.xml"
    feed.write_text(GREEK_FEED, encoding="utf-8")
    async with await Store.open(tmp_path / "g.sqlite3") as store:
        results = await ingest_many(store, [str(feed)])
        assert all(r.ok for r in results)
        answerer = await Answerer.create(store)
        for question, title in (
            ("δημοκρατία Αθήνα", "Η δημοκρατία στην αρχαία Αθήνα"),
            ("القاهرة", "تاريخ القاهرة"),
        ):
            answer = await answerer.ask(question)
            assert answer.episodes, question
            assert answer.episodes[0].title == title
        empty = await answerer.ask("?!… ")
        assert empty.episodes == [] and empty.message
