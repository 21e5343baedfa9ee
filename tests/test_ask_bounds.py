"""Issue 12 item 4, cold questions: full-text terms made cheaper without changing a match or
a score, and a very common word ranked over its newest matches only, with the same answer."""

from __future__ import annotations

import gc
import weakref
from pathlib import Path
from xml.sax.saxutils import escape

import pytest

import bot.index
from bot.answer import Answerer
from bot.ingest import BUNDLED_FEED, ingest_many
from bot.store import Store, Term

EPISODES = 600


def _write_archive(path: Path) -> None:
    """A synthetic feed: every episode's notes hold "masamuce"; every third one "lantern"
    (a very common word, but in less than half the archive); a few hold "border" or
    "borders"; two of the newest have "lantern" in their titles."""
    items = []
    for n in range(EPISODES):
        words = ["masamuce", f"topic{n % 37}", f"place{n % 11}"]
        if n % 3 == 0:
            words.append("lantern")
        if n % 9 == 0:
            words.append("border" if n % 2 else "borders")
        title = f"Episode {n} about place{n % 11}"
        if n in (EPISODES - 10, EPISODES - 4):
            title = f"The lantern keepers of place{n % 11}"
        notes = " ".join(words * 2) + f". Notes of episode number {n}."
        items.append(
            f"<item><title>{escape(title)}</title><guid>ep-{n}</guid>"
            f"<pubDate>Mon, {1 + n % 28:02d} Jan {1990 + n // 28} 10:00:00 GMT</pubDate>"
            f"<description>{escape(notes)}</description></item>"
        )
    path.write_text(
        '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel>'
        "<title>Bounds</title>" + "".join(items) + "</channel></rss>",
        encoding="utf-8",
    )


@pytest.fixture
async def answerer(store: Store, tmp_path: Path) -> Answerer:
    feed = tmp_path / "bounds.xml"
    _write_archive(feed)
    assert all(r.ok for r in await ingest_many(store, [str(feed)]))
    return await Answerer.create(store)


async def test_lean_terms_find_and_score_exactly_as_written(
    answerer: Answerer, store: Store
) -> None:
    index = answerer.index
    # A prefix only its own word starts is that word.
    prefix = Term(("masamuce",), prefix=True)
    assert index.lean_term(prefix) == Term(("masamuce",))
    # So is a prefix that starts one word of the archive, not itself a word.
    part = Term(("lanter",), prefix=True)
    assert index.lean_term(part) == Term(("lantern",))
    # A prefix that starts other words stays a prefix ("topic1" starts "topic10"...).
    wider = Term(("topic1",), prefix=True)
    assert index.lean_term(wider) == wider
    # Forms no episode holds are dropped; a form the tokenizer folds is left to it.
    forms = Term(("border", "borders", "borderes", "bordér"))
    assert index.lean_term(forms) == Term(("border", "borders", "bordér"))
    assert index.lean_term(Term(("border", "borders"))) == Term(("border", "borders"))
    for term in (prefix, part, wider, forms):
        written = await store.fts_search([term], limit=EPISODES)
        lean = await store.fts_search([index.lean_term(term)], limit=EPISODES)
        assert written  # the comparison is over matches, not two empty lists
        assert lean == written  # the same episodes, in the same order, with the same scores


async def test_a_very_common_word_is_ranked_over_its_newest_matches_with_the_same_answer(
    answerer: Answerer, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[int | None] = []
    search = store.fts_search_with_texts

    async def spy(*args: object, **kwargs: object) -> object:
        seen.append(kwargs.get("newest"))  # type: ignore[arg-type]
        return await search(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(store, "fts_search_with_texts", spy)
    # As this archive stands, "lantern" (202 episodes) is ranked in full.
    full = (await answerer.ask("lantern", limit=3)).to_json()
    assert seen == [None]
    # Scaled down so that it counts as very common here: the bounded path is taken.
    monkeypatch.setattr(bot.index, "FTS_BOUND_MIN", 100)
    monkeypatch.setattr(bot.index, "FTS_NEWEST", 50)
    store.forget_kept_queries()
    bounded = (await answerer.ask("lantern", limit=3)).to_json()
    assert seen == [None, 50]
    assert full["episodes"], full
    assert len(full["episodes"]) >= 2
    assert "lantern" in full["episodes"][0]["title"].lower()
    assert [e["title"] for e in bounded["episodes"]][:2] == [e["title"] for e in full["episodes"]][
        :2
    ]


async def test_a_word_in_most_episodes_ranks_fewer_of_its_newest_matches(
    answerer: Answerer, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[int | None] = []
    search = store.fts_search_with_texts

    async def spy(*args: object, **kwargs: object) -> object:
        seen.append(kwargs.get("newest"))  # type: ignore[arg-type]
        return await search(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(store, "fts_search_with_texts", spy)
    monkeypatch.setattr(bot.index, "FTS_BOUND_MIN", 100)
    monkeypatch.setattr(bot.index, "FTS_NEWEST", 50)
    monkeypatch.setattr(bot.index, "FTS_NEWEST_MOST", 20)
    # "masamuce" is in every episode (bm25 gives it no weight): the smaller window;
    # "lantern" is in a third of them: the larger one.
    await answerer.ask("masamuce", limit=3)
    await answerer.ask("lantern", limit=3)
    assert seen == [20, 50]
    index = answerer.index
    assert index.fts_window(index.count // 2) == 20
    assert index.fts_window(index.count // 2 - 1) == 50
    assert index.fts_window(100) is None


async def test_a_topic_set_is_made_once_and_freezes_no_garbage_of_the_bot(
    store: Store,
) -> None:
    assert all(r.ok for r in await ingest_many(store, [str(BUNDLED_FEED)]))
    answerer = await Answerer.create(store)
    topic = max(answerer.index.topic_episodes, key=lambda t: len(answerer.index.topic_episodes[t]))

    class Request:  # stands for what a bot holds in a cycle while a question runs
        def __init__(self) -> None:
            self.me = self

    alive = Request()
    gone = weakref.ref(alive)
    made = answerer.index.topic_set(topic)
    assert len(made) >= 2
    assert answerer.index.topic_set(topic) is made  # made once per index
    del alive
    gc.collect()
    assert gone() is None  # still collected: nothing was moved out of the collector's reach
