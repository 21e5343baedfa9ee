"""Issue 12 item 3: start-up loads the answer index saved at the last build, never a stale one."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from bot import answer as answer_module
from bot import index as index_module
from bot.answer import Answerer, Index
from bot.ingest import BUNDLED_FEED, ingest_many, ingest_source
from bot.store import IndexRows, Store
from tests.conftest import FEEDS_DIR, needs_feeds

REAL_FEEDS = ["se-radio.xml", "hipsters-ponto-tech.xml", "tom-segura-en-espanol.xml"]


def shape(index: Index) -> dict[str, Any]:
    """Everything an index holds, in order, as plain values."""
    return {
        "episodes": [
            (
                e.id,
                e.feed_id,
                e.title,
                e.title_norm,
                e.sort_ts,
                e.position,
                e.people,
                list(e.weights.items()),
            )
            for e in index.episodes.values()
        ],
        "people": [
            (p.key, p.name, p.note, p.episode_ids, sorted(p.roles)) for p in index.people.values()
        ],
        "name_tokens": {k: sorted(v) for k, v in index.name_tokens.items()},
        "topics": [
            (t, ids, index.topic_names[t], index.topic_ranked[t], index.topic_about[t])
            for t, ids in index.topic_episodes.items()
        ],
        "latest": index.latest,
        "order": list(index.order.items()),
        "count": index.count,
        "sorted_titles": index.sorted_titles,
        "frequent_guests": [p.key for p in index.frequent_guests],
        "vocab": [
            (list(v.df.items()), v.sorted_words, dict(v._buckets), v.strict)
            for v in (index.vocab, index.name_vocab)
        ],
        "scope": (
            index.feed_titles,
            {k: sorted(v) for k, v in index.feed_forms.items()},
            index.feed_form_words,
            {k: sorted(v) for k, v in index.feed_hosts.items()},
            index.numbers,
            index.season_numbers,
        ),
        "titles": (index.title_pairs, index.feed_word_titles, index.title_initials),
    }


# Every attribute of an index, as ``shape`` compares it (``topic_sets`` and ``feed_words``
# are caches made on use). A new attribute fails the test below until the snapshot carries it too.
SHAPED = {
    "episodes", "people", "name_tokens", "topic_episodes", "topic_names", "topic_ranked",
    "topic_about", "latest", "order", "count", "sorted_titles", "frequent_guests", "vocab",
    "name_vocab", "feed_titles", "feed_forms", "feed_form_words", "feed_hosts", "numbers",
    "season_numbers", "topic_sets", "title_pairs", "feed_word_titles", "feed_words",
    "title_initials",
}  # fmt: skip


def test_the_snapshot_covers_every_attribute_of_an_index() -> None:
    assert set(vars(Index())) == SHAPED


def count_builds(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    builds: list[int] = []
    real = Index.from_rows.__func__  # type: ignore[attr-defined]

    def counted(cls: type[Index], rows: IndexRows) -> Index:
        builds.append(1)
        return real(cls, rows)

    monkeypatch.setattr(answer_module.Index, "from_rows", classmethod(counted))
    return builds


@needs_feeds
async def test_the_saved_index_is_the_built_one_on_the_real_feeds(store: Store) -> None:
    sources = [str(BUNDLED_FEED)] + [str(FEEDS_DIR / name) for name in REAL_FEEDS]
    assert all(r.ok for r in await ingest_many(store, sources))
    built = await Index.build_and_save(store)
    loaded = await Index.load(store)
    assert loaded is not built
    assert shape(loaded) == shape(built)
    assert Index.from_snapshot(built.snapshot()).count == built.count > 700


async def test_start_up_reads_the_snapshot_and_answers_the_same(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    await ingest_source(store, str(BUNDLED_FEED))
    builds = count_builds(monkeypatch)
    first = await Answerer.create(store)  # nothing saved yet: built, then saved
    second = await Answerer.create(store)  # the saved index
    assert len(builds) == 1
    for question in ("militarization in Guatemala", "latest episode", "Ruth Lopez", "prisons"):
        a, b = await first.ask(question), await second.ask(question)
        assert a.to_json() == b.to_json()


async def test_an_ingest_that_changes_episodes_makes_the_snapshot_stale(
    store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    await ingest_source(store, str(BUNDLED_FEED))
    await Answerer.create(store)
    before = await store.index_generation()
    again = await ingest_source(store, str(BUNDLED_FEED))  # unchanged: still current
    assert again.added == again.updated == 0
    assert await store.index_generation() == before
    feed = tmp_path / "new.xml"
    feed.write_text(
        '<rss version="2.0"><channel><title>Another show</title>'
        "<item><title>Quetzalcoatl sourdough zeppelin</title><guid>new-1</guid>"
        "<description>Only a new index knows it.</description></item></channel></rss>",
        encoding="utf-8",
    )
    assert (await ingest_source(store, str(feed))).added == 1
    assert await store.index_generation() > before
    builds = count_builds(monkeypatch)
    answerer = await Answerer.create(store)
    assert len(builds) == 1  # the snapshot was stale: built again
    answer = await answerer.ask("Quetzalcoatl sourdough zeppelin")
    assert [e.title for e in answer.episodes][:1] == ["Quetzalcoatl sourdough zeppelin"]


async def test_a_snapshot_from_other_code_or_unreadable_is_built_again(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    await ingest_source(store, str(BUNDLED_FEED))
    built = await Index.build_and_save(store)
    generation = await store.index_generation()
    builds = count_builds(monkeypatch)
    monkeypatch.setattr(index_module, "snapshot_format", lambda: "another version")
    assert shape(await Index.load(store)) == shape(built)
    assert len(builds) == 1
    await store.save_index_snapshot(generation, "another version", [b"\x00not marshal"])
    assert shape(await Index.load(store)) == shape(built)  # no traceback: built again
    assert len(builds) == 2
