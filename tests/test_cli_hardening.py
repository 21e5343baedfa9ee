"""The command line under operator mistakes and signals (issue 9, item 13).

Each case runs the real ``python -m bot`` (or its ``main`` behind a two-line launcher that
points discord.py at a local address) as a subprocess, offline.
"""

from __future__ import annotations

import asyncio
import json
import os
import pty
import signal
import socket
import sqlite3
import subprocess
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from bot import __version__
from tests.conftest import BUNDLED_FEED, PYTHON, run_cli, sigint_for_children
from tests.discord_fake import FakeDiscord, FakeGuild


def no_traceback(stderr: str) -> None:
    assert "Traceback" not in stderr and "Exception ignored" not in stderr, stderr


# --- stdout closed early, undecodable stdin -----------------------------------------------


def test_stdout_closed_before_the_answer_is_printed(
    tmp_path: Path, cli_env: dict[str, str]
) -> None:
    env = {**cli_env, "DATABASE_PATH": str(tmp_path / "bot.sqlite3")}
    for args in (["ask", "latest episode"], ["ask", "--json", "latest episode"]):
        proc = subprocess.Popen(
            [PYTHON, "-m", "bot", *args],
            env=env,
            cwd=tmp_path,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        assert proc.stdout is not None
        proc.stdout.close()  # as `| head -1` does once it has its line: nobody reads now
        _, err = proc.communicate(timeout=120)
        no_traceback(err)
        assert proc.returncode == 1


def test_json_batch_into_a_pipe_closed_after_one_line(
    tmp_path: Path, cli_env: dict[str, str]
) -> None:
    env = {**cli_env, "DATABASE_PATH": str(tmp_path / "bot.sqlite3")}
    questions = tmp_path / "questions.txt"
    questions.write_text("latest episode\n" * 2000)
    with questions.open("rb") as stdin:
        proc = subprocess.Popen(
            [PYTHON, "-m", "bot", "ask", "--json"],
            env=env,
            cwd=tmp_path,
            stdin=stdin,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        assert proc.stdout is not None
        assert json.loads(proc.stdout.readline())["intent"] == "latest"
        proc.stdout.close()
        _, err = proc.communicate(timeout=120)
    no_traceback(err)
    assert proc.returncode == 1


def test_an_undecodable_line_in_a_batch_is_answered_and_the_batch_goes_on(
    tmp_path: Path, cli_env: dict[str, str]
) -> None:
    env = {
        **cli_env,
        "DATABASE_PATH": str(tmp_path / "bot.sqlite3"),
        "LC_ALL": "C.UTF-8",
        "PYTHONUTF8": "0",
        "PYTHONIOENCODING": "utf-8:strict",
    }
    stdin = b"latest episode\nVenezuela \xff\xfe caf\xe9\nanything on Colombia?\n"
    proc = subprocess.run(
        [PYTHON, "-m", "bot", "ask", "--json"],
        env=env,
        cwd=tmp_path,
        input=stdin,
        capture_output=True,
        timeout=120,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    lines = [json.loads(line) for line in proc.stdout.decode("utf-8").splitlines()]
    assert len(lines) == 3
    assert lines[1]["question"] == "Venezuela \ufffd\ufffd caf\ufffd"
    assert lines[1]["intent"] in ("topic", "episode", "none")  # answered like any question
    assert lines[2]["intent"] == "topic"


# --- Ctrl-C during an ingest --------------------------------------------------------------


def test_ctrl_c_during_ingest(tmp_path: Path, cli_env: dict[str, str]) -> None:
    # A feed host that accepts the connection and never answers: the ingest is still
    # running, for sure, when the bundled feed's progress line has been printed.
    host = socket.socket()
    host.bind(("127.0.0.1", 0))
    host.listen()
    db = tmp_path / "bot.sqlite3"
    try:
        with sigint_for_children():
            proc = subprocess.Popen(
                [
                    PYTHON,
                    "-m",
                    "bot",
                    "--db",
                    str(db),
                    "ingest",
                    str(BUNDLED_FEED),
                    f"http://127.0.0.1:{host.getsockname()[1]}/feed",
                ],
                env=cli_env,
                cwd=tmp_path,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
            )
        assert proc.stderr is not None
        first = proc.stderr.readline()
        assert first.startswith("ingest: 1/2 feeds done"), first
        proc.send_signal(signal.SIGINT)
        out, err = proc.communicate(timeout=60)
    finally:
        host.close()
    assert proc.returncode == 130
    assert err.strip() == "interrupted"
    assert out == ""
    conn = sqlite3.connect(db)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert conn.execute("SELECT count(*) FROM episodes").fetchone() == (10,)
    finally:
        conn.close()


# --- Discord unreachable, or refusing the token -------------------------------------------

LAUNCH = """\
import sys, discord.http
discord.http.Route.BASE = sys.argv.pop(1)
from bot.__main__ import main
sys.exit(main(sys.argv[1:]))
"""


def run_against(base: str, args: list[str], env: dict[str, str], cwd: Path) -> tuple[int, str]:
    proc = subprocess.run(
        [PYTHON, "-c", LAUNCH, base, *args],
        env=env,
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    return proc.returncode, proc.stderr


def test_discord_cannot_be_reached(tmp_path: Path, cli_env: dict[str, str]) -> None:
    closed = socket.socket()  # bound, not listening: connections to it are refused
    closed.bind(("127.0.0.1", 0))
    base = f"http://127.0.0.1:{closed.getsockname()[1]}/api/v10"
    env = {**cli_env, "DISCORD_TOKEN": "bogus-token-for-a-test"}
    try:
        for command in ("run", "sync"):
            code, err = run_against(base, ["--db", str(tmp_path / "b.db"), command], env, tmp_path)
            assert code == 1
            [line] = err.strip().splitlines()
            assert line.startswith("error: Discord could not be reached")
            assert "bogus-token" not in err
    finally:
        closed.close()


@pytest.fixture
def fake_in_thread() -> Iterator[FakeDiscord]:
    loop = asyncio.new_event_loop()
    thread = threading.Thread(target=loop.run_forever, daemon=True)
    thread.start()
    fake = FakeDiscord(guilds=[FakeGuild(name="Podcasts")], token="the-right-token")
    asyncio.run_coroutine_threadsafe(fake.start(), loop).result(10)
    try:
        yield fake
    finally:
        asyncio.run_coroutine_threadsafe(fake.stop(), loop).result(10)
        loop.call_soon_threadsafe(loop.stop)
        thread.join(10)
        loop.close()


def test_discord_refuses_the_token(
    fake_in_thread: FakeDiscord, tmp_path: Path, cli_env: dict[str, str]
) -> None:
    env = {**cli_env, "DISCORD_TOKEN": "a-wrong-token-for-a-test"}
    db = str(tmp_path / "b.db")
    code, err = run_against(fake_in_thread.rest_base, ["--db", db, "run"], env, tmp_path)
    assert code == 1
    assert err.strip().splitlines() == ["error: Discord refused the token: check DISCORD_TOKEN"]


# --- --db, --version, a bug ---------------------------------------------------------------


def test_empty_db_is_an_error(tmp_path: Path, cli_env: dict[str, str]) -> None:
    for args in (["--db", "", "ask", "latest"], ["ingest", "--db", "", str(BUNDLED_FEED)]):
        proc = run_cli(args, cli_env, tmp_path)
        assert proc.returncode == 2
        [line] = proc.stderr.strip().splitlines()
        assert line.startswith("error: database '' is an empty path")
    assert list(tmp_path.iterdir()) == []  # the default database was not used either


def test_explicit_db_must_exist_for_ask_and_eval(tmp_path: Path, cli_env: dict[str, str]) -> None:
    typo = tmp_path / "bto.sqlite3"
    cases = tmp_path / "cases.jsonl"
    cases.write_text('{"q": "latest episode", "expect": []}\n')
    for args in (["ask", "latest"], ["eval", str(cases)]):
        proc = run_cli(["--db", str(typo), *args], cli_env, tmp_path)
        assert proc.returncode == 2
        [line] = proc.stderr.strip().splitlines()
        assert str(typo) in line and "does not exist" in line
    assert not typo.exists()
    # The default database is still created, with the bundled episodes (the quick start).
    proc = run_cli(["ask", "--json", "latest episode"], cli_env, tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["episodes"]
    assert (tmp_path / "data" / "bot.sqlite3").is_file()


def test_version(tmp_path: Path, cli_env: dict[str, str]) -> None:
    proc = run_cli(["--version"], cli_env, tmp_path)
    assert proc.returncode == 0
    assert proc.stdout.strip() == f"python -m bot {__version__}"


def test_a_bug_prints_its_traceback_and_asks_for_a_report(
    tmp_path: Path, cli_env: dict[str, str]
) -> None:
    code = (
        "import sys, bot.__main__ as m\n"
        "def broken(*args): raise ZeroDivisionError('a bug')\n"
        "m._command = broken\n"
        "sys.exit(m.main(['ask', 'latest']))\n"
    )
    proc = subprocess.run(
        [PYTHON, "-c", code],
        env=cli_env,
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 1
    assert "Traceback" in proc.stderr and "ZeroDivisionError: a bug" in proc.stderr
    assert proc.stderr.strip().splitlines()[-1].startswith("error: this is a bug")


# --- progress while a long ingest runs ------------------------------------------------------


def two_feeds(tmp_path: Path) -> list[str]:
    other = tmp_path / "other.xml"
    other.write_bytes(BUNDLED_FEED.read_bytes().replace(b"Latin America Today", b"Other Show"))
    return [str(BUNDLED_FEED), str(other)]


def test_progress_lines_on_stderr_keep_stdout_as_it_was(
    tmp_path: Path, cli_env: dict[str, str]
) -> None:
    db = str(tmp_path / "bot.sqlite3")
    proc = run_cli(["--db", db, "ingest", "--json", *two_feeds(tmp_path)], cli_env, tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert [json.loads(line)["title"] for line in proc.stdout.splitlines()] == [
        "Latin America Today",
        "Other Show",
    ]
    progress = proc.stderr.splitlines()
    assert [line.split(" (")[0] for line in progress] == [
        "ingest: 1/2 feeds done",
        "ingest: 2/2 feeds done",
    ]
    assert {line.split(" (")[1] for line in progress} == {"Latin America Today)", "Other Show)"}


def test_progress_is_a_bar_on_a_terminal(tmp_path: Path, cli_env: dict[str, str]) -> None:
    primary, secondary = pty.openpty()
    try:
        proc = subprocess.run(
            [PYTHON, "-m", "bot", "--db", str(tmp_path / "b.db"), "ingest", *two_feeds(tmp_path)],
            env=cli_env,
            cwd=tmp_path,
            stdout=subprocess.PIPE,
            stderr=secondary,
            timeout=120,
            check=False,
        )
        os.close(secondary)
        shown = b""
        while True:
            try:
                chunk = os.read(primary, 4096)
            except OSError:  # the terminal's other side is closed: all read
                break
            if not chunk:
                break
            shown += chunk
    finally:
        os.close(primary)
    assert proc.returncode == 0
    text = shown.decode()
    assert "1/2 feeds" in text and "\r" in text
    assert "[" + "#" * 24 + "] 2/2 feeds" in text
    assert len(proc.stdout.splitlines()) == 2  # the per-feed lines, as before
