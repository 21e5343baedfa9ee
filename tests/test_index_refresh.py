"""Issue 10 item 3: the answer index is rebuilt off the event loop and swapped in whole."""

from __future__ import annotations

import asyncio
import threading
from pathlib import Path

import pytest

from bot import answer as answer_module
from bot.answer import Answerer, Index
from bot.ingest import BUNDLED_FEED, ingest_source
from bot.store import IndexRows, Store

NEW_TITLE = "Quetzalcoatl sourdough zeppelin"


def new_feed(tmp_path: Path) -> Path:
    path = tmp_path / "new.xml"
    path.write_text(
        '<rss version="2.0"><channel><title>Another show</title>'
        f"<item><title>{NEW_TITLE}</title><guid>new-1</guid>"
        "<description>An episode that only the new index knows.</description></item>"
        "</channel></rss>",
        encoding="utf-8",
    )
    return path


async def test_the_index_is_built_on_a_worker_thread(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    await ingest_source(store, str(BUNDLED_FEED))
    builders: list[int] = []
    real = Index.from_rows.__func__  # type: ignore[attr-defined]

    def noted(cls: type[Index], rows: IndexRows) -> Index:
        builders.append(threading.get_ident())
        return real(cls, rows)

    monkeypatch.setattr(answer_module.Index, "from_rows", classmethod(noted))
    answerer = await Answerer.create(store)
    await answerer.refresh()
    assert answerer.index.count == 10
    assert len(builders) == 2
    assert threading.get_ident() not in builders  # the loop's thread built neither


async def test_an_ask_during_a_refresh_is_answered_from_the_old_index(
    store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    await ingest_source(store, str(BUNDLED_FEED))
    answerer = await Answerer.create(store)
    old = answerer.index
    result = await ingest_source(store, str(new_feed(tmp_path)))
    assert result.added == 1
    loop = asyncio.get_running_loop()
    building = asyncio.Event()
    release = threading.Event()
    real = Index.from_rows.__func__  # type: ignore[attr-defined]

    def held(cls: type[Index], rows: IndexRows) -> Index:
        loop.call_soon_threadsafe(building.set)
        release.wait(60)  # until the ask below is answered
        return real(cls, rows)

    monkeypatch.setattr(answer_module.Index, "from_rows", classmethod(held))
    refresh = asyncio.create_task(answerer.refresh())
    try:
        await building.wait()
        during = await answerer.ask(NEW_TITLE)  # the loop is free: this is answered now
        assert answerer.index is old
        assert NEW_TITLE not in [e.title for e in during.episodes]
    finally:
        release.set()
    await refresh
    assert answerer.index is not old and answerer.index.count == old.count + 1
    after = await answerer.ask(NEW_TITLE)
    assert [e.title for e in after.episodes][:1] == [NEW_TITLE]
