"""Database faults (issue 9, items 8-10): one line naming the file, exit 2, file untouched.

Every case runs the real command line on a real file. Tests run as root here, where file
modes do not stop writes: read-only and unwritable cases use ``chattr +i`` (immutable, which
binds root too) and are skipped, saying so, where the file system does not support it.
"""

from __future__ import annotations

import asyncio
import hashlib
import json
import os
import shutil
import sqlite3
import subprocess
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from bot.ingest import ingest_many
from bot.store import Store, StoreError, migrations
from tests.conftest import BUNDLED_FEED, PYTHON, REPO, feed_path, needs_feeds, run_cli, run_python

# The real command line with a short busy timeout: a lock held by the test would otherwise
# be waited on for the full minute the bot gives other writers.
SHORT_TIMEOUT_MAIN = (
    "import sys, bot.store.db; bot.store.db.BUSY_TIMEOUT_SECONDS = 0.3; "
    "from bot.__main__ import main; sys.exit(main(sys.argv[1:]))"
)


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture(scope="module")
def real_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A database made by the bot itself, with the bundled episodes (closed, checkpointed)."""
    folder = tmp_path_factory.mktemp("real")
    db = folder / "bot.sqlite3"
    env = {**os.environ, "PYTHONPATH": str(REPO), "LOG_LEVEL": "WARNING"}
    proc = run_cli(["--db", str(db), "ingest", str(BUNDLED_FEED)], env, folder)
    assert proc.returncode == 0, proc.stderr
    return db


def copy_of(real_db: Path, tmp_path: Path, name: str = "copy.sqlite3") -> Path:
    target = tmp_path / name
    shutil.copyfile(real_db, target)
    return target


def assert_one_line_error(proc: subprocess.CompletedProcess[str], *needles: str) -> None:
    assert proc.returncode == 2, (proc.returncode, proc.stdout, proc.stderr)
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: database "), proc.stderr
    assert "Traceback" not in proc.stderr
    for needle in needles:
        assert needle in lines[0], lines[0]


@pytest.fixture
def immutable() -> Iterator[Callable[[Path], None]]:
    """Make a path immutable (even for root); undone after the test."""
    if shutil.which("chattr") is None:
        pytest.skip("chattr is not installed: cannot make a file read-only for root")
    done: list[Path] = []

    def make(path: Path) -> None:
        proc = subprocess.run(["chattr", "+i", str(path)], capture_output=True, check=False)
        if proc.returncode != 0:
            pytest.skip(f"this file system does not support chattr +i ({proc.stderr!r})")
        done.append(path)

    yield make
    for path in done:
        subprocess.run(["chattr", "-i", str(path)], check=False)


# --- item 9: every fault is one line, exit 2, the file byte for byte as it was ---------------


def test_a_folder(tmp_path: Path, cli_env: dict[str, str]) -> None:
    for command in (["ask", "latest"], ["ingest", str(BUNDLED_FEED)]):
        proc = run_cli(["--db", str(tmp_path), *command], cli_env, tmp_path)
        assert_one_line_error(proc, str(tmp_path), "is a folder")
    assert list(tmp_path.iterdir()) == []


def test_dev_null(tmp_path: Path, cli_env: dict[str, str]) -> None:
    for command in (["ask", "latest"], ["ingest", str(BUNDLED_FEED)]):
        proc = run_cli(["--db", os.devnull, *command], cli_env, tmp_path)
        assert_one_line_error(proc, os.devnull, "not a regular file")


def test_random_bytes(tmp_path: Path, cli_env: dict[str, str]) -> None:
    db = tmp_path / "random.db"
    db.write_bytes(os.urandom(64 * 1024))
    before = digest(db)
    for command in (["ask", "latest"], ["ingest", str(BUNDLED_FEED)]):
        proc = run_cli(["--db", str(db), *command], cli_env, tmp_path)
        assert_one_line_error(proc, str(db), "not an SQLite database")
    assert digest(db) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["random.db"]


def test_truncated_database(real_db: Path, tmp_path: Path, cli_env: dict[str, str]) -> None:
    db = tmp_path / "cut.db"
    data = real_db.read_bytes()
    db.write_bytes(data[: len(data) // 2])
    before = digest(db)
    for command in (["ask", "latest"], ["ingest", str(BUNDLED_FEED)]):
        proc = run_cli(["--db", str(db), *command], cli_env, tmp_path)
        assert_one_line_error(proc, str(db), "damaged")
    assert digest(db) == before


def test_newer_schema_is_refused_and_not_written(
    real_db: Path, tmp_path: Path, cli_env: dict[str, str]
) -> None:
    db = copy_of(real_db, tmp_path)
    conn = sqlite3.connect(db)
    conn.execute(f"PRAGMA user_version = {len(migrations()) + 1}")
    conn.close()
    before, mtime = digest(db), db.stat().st_mtime_ns
    for command in (["ask", "latest"], ["ingest", str(BUNDLED_FEED)]):
        proc = run_cli(["--db", str(db), *command], cli_env, tmp_path)
        assert_one_line_error(proc, str(db), "made by a newer version")
    assert (digest(db), db.stat().st_mtime_ns) == (before, mtime)


async def test_newer_schema_also_refused_by_store_open(real_db: Path, tmp_path: Path) -> None:
    db = copy_of(real_db, tmp_path)
    conn = sqlite3.connect(db)
    conn.execute("PRAGMA user_version = 999")
    conn.close()
    before = digest(db)
    with pytest.raises(StoreError, match="made by a newer version"):
        await Store.open(db)
    assert digest(db) == before


def test_locked_exclusively_by_another_program(
    real_db: Path, tmp_path: Path, cli_env: dict[str, str]
) -> None:
    db = copy_of(real_db, tmp_path)
    # Read before the lock: closing any descriptor of the file in this process would
    # release the holder's (POSIX) locks.
    before = digest(db)
    holder = sqlite3.connect(db, isolation_level=None)
    holder.execute("PRAGMA locking_mode = EXCLUSIVE")
    holder.execute("BEGIN EXCLUSIVE")
    # A write in exclusive locking mode: no other process may read or write now.
    holder.execute("INSERT INTO meta (key, value) VALUES ('holder', 'x')")
    try:
        for command in (["ask", "latest"], ["ingest", str(BUNDLED_FEED)]):
            proc = run_python(
                ["-c", SHORT_TIMEOUT_MAIN, "--db", str(db), *command], cli_env, tmp_path
            )
            assert_one_line_error(proc, str(db), "locked by another program")
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert digest(db) == before


def test_read_only_file_answers_but_refuses_ingest(
    real_db: Path, tmp_path: Path, cli_env: dict[str, str], immutable: Callable[[Path], None]
) -> None:
    db = copy_of(real_db, tmp_path)
    before = digest(db)
    immutable(db)
    ask = run_cli(["--db", str(db), "ask", "latest episode"], cli_env, tmp_path)
    assert ask.returncode == 0, ask.stderr
    assert "Piercing the Propaganda Bubble" in ask.stdout
    ingest = run_cli(["--db", str(db), "ingest", str(BUNDLED_FEED)], cli_env, tmp_path)
    assert_one_line_error(ingest, str(db), "read-only")
    assert digest(db) == before


def test_unwritable_folder(
    tmp_path: Path, cli_env: dict[str, str], immutable: Callable[[Path], None]
) -> None:
    folder = tmp_path / "locked"
    folder.mkdir()
    immutable(folder)
    db = folder / "bot.sqlite3"
    proc = run_cli(["--db", str(db), "ingest", str(BUNDLED_FEED)], cli_env, tmp_path)
    assert_one_line_error(proc, str(db), "not writable")
    under = folder / "new" / "bot.sqlite3"
    proc = run_cli(["--db", str(under), "ingest", str(BUNDLED_FEED)], cli_env, tmp_path)
    assert_one_line_error(proc, str(under), "cannot be created")
    assert list(folder.iterdir()) == []


def test_missing_folder_is_created_for_ingest_but_an_error_for_ask(
    tmp_path: Path, cli_env: dict[str, str]
) -> None:
    db = tmp_path / "new" / "folder" / "bot.sqlite3"
    ask = run_cli(["--db", str(db), "ask", "latest"], cli_env, tmp_path)
    assert_one_line_error(ask, str(db), "does not exist")
    assert not db.parent.exists()
    ingest = run_cli(["--db", str(db), "ingest", str(BUNDLED_FEED)], cli_env, tmp_path)
    assert ingest.returncode == 0, ingest.stderr
    assert run_cli(["--db", str(db), "ask", "latest"], cli_env, tmp_path).returncode == 0


def test_a_path_through_a_file(tmp_path: Path, cli_env: dict[str, str]) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    db = blocker / "bot.sqlite3"
    proc = run_cli(["--db", str(db), "ingest", str(BUNDLED_FEED)], cli_env, tmp_path)
    assert_one_line_error(proc, str(db))
    assert blocker.read_text() == "x"


# --- item 8: several processes start together on a new database -----------------------------


def test_three_asks_at_once_on_a_new_database(tmp_path: Path, cli_env: dict[str, str]) -> None:
    env = {**cli_env, "DATABASE_PATH": str(tmp_path / "data" / "bot.sqlite3")}
    procs = [
        subprocess.Popen(
            [PYTHON, "-m", "bot", "ask", "--json", "latest"],
            env=env,
            cwd=tmp_path,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for _ in range(3)
    ]
    for proc in procs:
        out, err = proc.communicate(timeout=120)
        assert proc.returncode == 0, err
        assert '"intent": "latest"' in out


async def test_concurrent_opens_migrate_once(tmp_path: Path) -> None:
    # Many rounds: two openers switching a new file to WAL at once collide about once in
    # 150 rounds (SQLite answers "locked" without waiting); every open must still succeed.
    for round_ in range(40):
        db = tmp_path / f"race-{round_}.sqlite3"
        stores = await asyncio.gather(*(Store.open(db) for _ in range(6)))
        try:
            for store in stores:
                assert await store.schema_version() == len(migrations())
        finally:
            for store in stores:
                await store.close()


# --- item 10: writers wait their turn; a lock that outlasts the wait fails that feed only ----


async def test_ingest_waits_for_another_writer(tmp_path: Path) -> None:
    db = tmp_path / "bot.sqlite3"
    store = await Store.open(db)
    holder = sqlite3.connect(db, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")  # another program is writing
    holder.execute("INSERT INTO meta (key, value) VALUES ('other', 'writer')")
    writing = asyncio.Event()
    original = store.transaction

    def noted_transaction():  # type: ignore[no-untyped-def]
        writing.set()  # transaction() is a plain async context manager
        return original()

    store.transaction = noted_transaction  # type: ignore[method-assign]
    try:
        task = asyncio.create_task(ingest_many(store, [str(BUNDLED_FEED)]))
        await writing.wait()  # the ingest is about to write (and finds the lock taken)
        holder.execute("COMMIT")
        [result] = await task
        assert result.error is None and result.added == 10
        assert await store.get_meta("other") == "writer"
    finally:
        holder.close()
        await store.close()


async def test_a_lock_past_the_timeout_fails_that_feed_in_one_line(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    db = tmp_path / "bot.sqlite3"
    store = await Store.open(db, busy_timeout=0.2)
    holder = sqlite3.connect(db, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        [locked] = await ingest_many(store, [str(BUNDLED_FEED)])
        assert locked.error is not None and "\n" not in locked.error
        assert "locked by another program" in locked.error
        assert not [r for r in caplog.records if r.exc_info]  # no traceback logged
        holder.execute("ROLLBACK")
        [again] = await ingest_many(store, [str(BUNDLED_FEED)])
        assert again.error is None and again.added == 10
    finally:
        holder.close()
        await store.close()


def test_cli_ingest_with_the_lock_held_fails_that_feed(
    tmp_path: Path, cli_env: dict[str, str]
) -> None:
    db = tmp_path / "bot.sqlite3"
    assert (
        run_cli(["--db", str(db), "ingest", str(BUNDLED_FEED)], cli_env, tmp_path).returncode == 0
    )
    holder = sqlite3.connect(db, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        feed = tmp_path / "copy.xml"
        feed.write_bytes(BUNDLED_FEED.read_bytes().replace(b"Latin America Today", b"Copy"))
        proc = run_python(
            ["-c", SHORT_TIMEOUT_MAIN, "--db", str(db), "ingest", str(feed)], cli_env, tmp_path
        )
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert proc.returncode == 1
    assert "Traceback" not in proc.stderr
    [line] = proc.stdout.splitlines()
    assert line.startswith("FAILED ") and "locked by another program" in line


async def test_the_busy_timeout_outlasts_a_large_write(tmp_path: Path) -> None:
    async with (
        await Store.open(tmp_path / "t.db") as store,
        store.conn.execute("PRAGMA busy_timeout") as cur,
    ):
        row = await cur.fetchone()
    assert row is not None and row[0] >= 60_000


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A 1 MB file system (tmpfs): room for the bundled episodes, not for a real feed."""
    folder = tmp_path / "small-disk"
    folder.mkdir()
    proc = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", str(folder)],
        capture_output=True,
        text=True,
        check=False,
    )
    if proc.returncode != 0:
        pytest.skip(f"cannot mount a small file system here: {proc.stderr.strip()}")
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], check=False)


@needs_feeds
def test_a_full_disk_fails_the_feed_in_one_line_and_keeps_the_episodes(
    small_disk: Path, cli_env: dict[str, str]
) -> None:
    db = small_disk / "bot.sqlite3"
    first = run_cli(["--db", str(db), "ingest", str(BUNDLED_FEED)], cli_env, small_disk)
    assert first.returncode == 0, first.stderr
    proc = run_cli(["--db", str(db), "ingest", str(feed_path("go-time.xml"))], cli_env, small_disk)
    assert proc.returncode == 1, (proc.stdout, proc.stderr)
    assert "Traceback" not in proc.stderr and "internal error" not in proc.stdout
    (line,) = [x for x in proc.stdout.splitlines() if x.startswith("FAILED")]
    assert "the disk is full" in line
    ask = run_cli(["--db", str(db), "ask", "--json", "latest episode"], cli_env, small_disk)
    assert ask.returncode == 0, ask.stderr
    assert len(json.loads(ask.stdout)["episodes"]) == 5
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("SELECT count(*) FROM episodes").fetchone()[0] == 10
