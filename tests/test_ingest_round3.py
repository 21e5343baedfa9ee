"""Ingest, round 3 (issue 12): a command line ingest on a busy machine stays in one process
(same rows), ``INGEST_WORKERS`` overrides it, and the write's larger full-text buffer is
never committed nor kept by a write that fails."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from benchmarks.ingest_dump import dump
from bot import feeds, parse_pool
from bot.config import ConfigError, Settings
from bot.ingest import ingest_many
from bot.parse_pool import ParsePool, default_workers
from bot.store import Store
from bot.store import episodes as store_episodes
from tests.conftest import BUNDLED_FEED, FEEDS_DIR, needs_feeds
from tests.test_ingest_split import _rows, large_feed

needs_two_cores = pytest.mark.skipif(default_workers() < 2, reason="one core: no workers")


def real_feeds() -> list[str]:
    return [str(BUNDLED_FEED), *sorted(str(p) for p in FEEDS_DIR.glob("*.xml"))]


async def ingest_rows(path: Path, sources: list[str], pool: ParsePool) -> list[Any]:
    async with pool, await Store.open(path) as store:
        results = await ingest_many(store, sources, pool=pool)
        assert all(r.ok for r in results), [r.error for r in results if r.error]
        return await _rows(store)


@needs_two_cores
async def test_a_busy_machine_starts_no_worker_for_a_command_line_ingest(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    big = tmp_path / "big.xml"
    big.write_bytes(large_feed())
    sources = [str(big), str(BUNDLED_FEED)]
    # A core free: the workers prepare the large feed.
    monkeypatch.setattr(parse_pool, "_a_core_is_free", lambda: True)
    idle = ParsePool(workers=2, here_when_busy=True)
    assert idle.wants_workers()
    with_workers = await ingest_rows(tmp_path / "idle.sqlite3", sources, idle)
    # No core free: all in this process, none started, the same rows.
    monkeypatch.setattr(parse_pool, "_a_core_is_free", lambda: False)
    busy = ParsePool(workers=2, here_when_busy=True)
    assert not busy.wants_workers()
    started: list[bool] = []
    real_start = ParsePool.start

    def start(self: ParsePool) -> Any:
        started.append(True)
        return real_start(self)

    monkeypatch.setattr(ParsePool, "start", start)
    here = await ingest_rows(tmp_path / "busy.sqlite3", sources, busy)
    assert started == [] and busy.worker_pids() == []
    assert here == with_workers


@needs_two_cores
async def test_a_pool_not_asked_to_stay_here_uses_its_workers_whatever_the_load(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # The bot's pool, and INGEST_WORKERS: the load is not looked at.
    monkeypatch.setattr(parse_pool, "_a_core_is_free", lambda: False)
    assert ParsePool(workers=2).wants_workers()
    assert not ParsePool(workers=1).wants_workers()


@needs_feeds
@needs_two_cores
async def test_the_real_feeds_give_the_same_rows_in_one_process_and_with_workers(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(parse_pool, "_a_core_is_free", lambda: False)
    await ingest_rows(
        tmp_path / "here.sqlite3", real_feeds(), ParsePool(workers=2, here_when_busy=True)
    )
    await ingest_rows(tmp_path / "workers.sqlite3", real_feeds(), ParsePool(workers=2))
    # Keyed by what identifies each row, not by ids (which follow the order feeds finish in).
    here, workers = dump(tmp_path / "here.sqlite3"), dump(tmp_path / "workers.sqlite3")
    assert len(here) > 10_000 and here == workers


def test_ingest_workers_is_read_and_range_checked() -> None:
    assert Settings.load(env_file=None, environ={}).ingest_workers is None
    assert Settings.load(env_file=None, environ={"INGEST_WORKERS": " 2 "}).ingest_workers == 2
    for bad in ("0", "5", "many"):
        with pytest.raises(ConfigError, match="INGEST_WORKERS"):
            Settings.load(env_file=None, environ={"INGEST_WORKERS": bad})


INTEGRITY_CHECK = "INSERT INTO episodes_fts (episodes_fts) VALUES ('integrity-check')"


async def fts_config(store: Store) -> list[tuple[Any, ...]]:
    rows = await store.conn.execute_fetchall("SELECT k, v FROM episodes_fts_config ORDER BY k")
    return [tuple(r) for r in rows]


async def test_the_larger_full_text_buffer_is_not_committed(tmp_path: Path) -> None:
    async with await Store.open(tmp_path / "b.sqlite3") as store:
        results = await ingest_many(store, [str(BUNDLED_FEED)])
        assert results[0].ok and results[0].added > 0
        assert ("hashsize", store_episodes._DEFAULT_HASH_BYTES) in await fts_config(store)
        await store.conn.execute(INTEGRITY_CHECK)


async def test_a_write_that_fails_mid_index_keeps_what_was_committed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    big = tmp_path / "big.xml"
    big.write_bytes(large_feed())
    async with await Store.open(tmp_path / "f.sqlite3") as store:
        [first] = await ingest_many(store, [str(BUNDLED_FEED)])
        assert first.ok
        before = await _rows(store)
        config = await fts_config(store)
        real = store_episodes._write_fts

        async def failing(conn: Any, ids: list[int]) -> None:
            # The full-text entries are written (with the larger buffer set), then the
            # write fails before its transaction ends.
            await real(conn, ids)
            raise RuntimeError("disk on fire")

        monkeypatch.setattr(store_episodes, "_write_fts", failing)
        [failed] = await ingest_many(store, [str(big)])
        assert failed.error is not None and "disk on fire" in failed.error
        monkeypatch.setattr(store_episodes, "_write_fts", real)
        assert await _rows(store) == before
        assert await fts_config(store) == config
        await store.conn.execute(INTEGRITY_CHECK)
        # The same feed written afterwards is whole.
        [again] = await ingest_many(store, [str(big)])
        assert again.ok and again.added == 1000


def _xml_char(code: int) -> bool:
    return (
        code in (0x9, 0xA, 0xD)
        or 0x20 <= code <= 0xD7FF
        or 0xE000 <= code <= 0xFFFD
        or 0x10000 <= code <= 0x10FFFF
    )


@pytest.mark.parametrize("form", ["&#{z}{c};", "&#x{z}{c:x};", "&#X{z}{c:X};"])
@pytest.mark.parametrize("zeros", ["", "0", "000"])
def test_a_reference_is_kept_exactly_when_it_names_an_xml_character(form: str, zeros: str) -> None:
    # Every short reference (the narrowed part of the pattern) and the edges of the long ones.
    codes = [*range(0x120), 0xD7FF, 0xD800, 0xDFFF, 0xE000, 0xFFFD, 0xFFFE, 0xFFFF, 0x10000]
    codes += [0x10FFFF, 0x110000, 9_999_999]
    for code in codes:
        ref = form.format(z=zeros, c=code).encode()
        guarded = feeds._guard(b"<a>x" + ref + b"y</a>")
        assert (ref in guarded) == _xml_char(code), ref
        assert guarded.startswith(b"<a>x") and guarded.endswith(b"y</a>")
