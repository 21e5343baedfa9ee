"""The command line contracts: ingest and ask, JSON shapes, exit codes, --db placement."""

from __future__ import annotations

import json
from pathlib import Path

from tests.conftest import BUNDLED_FEED, FEED_ITEMS, FEEDS_DIR, needs_feeds
from tests.conftest import run_cli as run

INGEST_KEYS = {"source", "title", "added", "updated", "unchanged", "seconds", "error"}
EPISODE_KEYS = {
    "title",
    "guid",
    "link",
    "audio_url",
    "published",
    "guests",
    "topics",
    "summary",
    "score",
}


def test_ask_latest_on_an_empty_database(tmp_path: Path, cli_env: dict[str, str]) -> None:
    # The configured database (not an explicit --db) is created with the bundled episodes.
    db = tmp_path / "empty.db"
    env = {**cli_env, "DATABASE_PATH": str(db)}
    proc = run(["ask", "--json", "latest episode"], env, tmp_path)
    assert proc.returncode == 0, proc.stderr
    answer = json.loads(proc.stdout)
    assert answer["question"] == "latest episode"
    assert answer["intent"] == "latest"
    assert answer["episodes"][0]["title"] == "Piercing the Propaganda Bubble in El Salvador"
    for episode in answer["episodes"]:
        assert set(episode) >= EPISODE_KEYS
    assert answer["episodes"][1]["published"] == "2025-10-09T00:00:00+00:00"
    assert answer["episodes"][0]["published"] is None


def test_ask_text_output_and_db_after_subcommand(tmp_path: Path, cli_env: dict[str, str]) -> None:
    db = tmp_path / "x.db"
    assert run(["--db", str(db), "ingest", str(BUNDLED_FEED)], cli_env, tmp_path).returncode == 0
    proc = run(["ask", "--db", str(db), "which episode had Beatriz Magaloni?"], cli_env, tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert "The Grim Side of El Salvador" in proc.stdout
    assert "Beatriz Magaloni" in proc.stdout


def test_ask_nothing_fits(tmp_path: Path, cli_env: dict[str, str]) -> None:
    env = {**cli_env, "DATABASE_PATH": str(tmp_path / "x.db")}
    proc = run(["ask", "--json", "zzzz qqqq xxxx"], env, tmp_path)
    answer = json.loads(proc.stdout)
    assert answer == {"question": "zzzz qqqq xxxx", "intent": "none", "episodes": []}


def test_ask_json_lines_from_stdin(tmp_path: Path, cli_env: dict[str, str]) -> None:
    env = {**cli_env, "DATABASE_PATH": str(tmp_path / "x.db")}
    questions = "latest episode\nanything on Venezuela?\n\n" + "x" * 10000 + "\n"
    proc = run(["ask", "--json"], env, tmp_path, stdin=questions)
    assert proc.returncode == 0, proc.stderr
    lines = [json.loads(line) for line in proc.stdout.splitlines()]
    assert len(lines) == 4
    assert lines[0]["intent"] == "latest"
    assert lines[2]["intent"] == "none" and lines[2]["episodes"] == []
    assert lines[3]["intent"] == "none"


def test_ingest_json_contract_and_failure_exit(tmp_path: Path, cli_env: dict[str, str]) -> None:
    db = tmp_path / "x.db"
    bad = tmp_path / "bad.xml"
    bad.write_text("<html>nope</html>")
    proc = run(
        ["ingest", "--json", str(BUNDLED_FEED), str(bad), "--db", str(db)], cli_env, tmp_path
    )
    assert proc.returncode == 1
    rows = [json.loads(line) for line in proc.stdout.splitlines()]
    assert [set(r) for r in rows] == [INGEST_KEYS, INGEST_KEYS]
    assert rows[0]["error"] is None and rows[0]["added"] == 10
    assert rows[0]["title"] == "Latin America Today"
    assert rows[1]["error"] and "\n" not in rows[1]["error"]
    again = run(["--db", str(db), "ingest", str(BUNDLED_FEED)], cli_env, tmp_path)
    assert again.returncode == 0
    assert "0 added, 0 updated, 10 unchanged" in again.stdout


@needs_feeds
def test_ingest_all_real_feeds_twice(tmp_path: Path, cli_env: dict[str, str]) -> None:
    db = tmp_path / "x.db"
    feeds = [str(p) for p in sorted(FEEDS_DIR.glob("*.xml"))]
    assert len(feeds) == len(FEED_ITEMS)
    first = run(["--db", str(db), "ingest", "--json", *feeds], cli_env, tmp_path)
    assert first.returncode == 0, first.stdout + first.stderr
    assert sum(json.loads(line)["added"] for line in first.stdout.splitlines()) == sum(
        FEED_ITEMS.values()
    )
    second = run(["--db", str(db), "ingest", "--json", *feeds], cli_env, tmp_path)
    assert second.returncode == 0
    for line in second.stdout.splitlines():
        row = json.loads(line)
        assert (row["added"], row["updated"]) == (0, 0), row


def test_ask_limit_is_checked(tmp_path: Path, cli_env: dict[str, str]) -> None:
    env = {**cli_env, "DATABASE_PATH": str(tmp_path / "x.db")}
    for bad in ("0", "-3", "51", "many"):
        proc = run(["ask", "--limit", bad, "latest"], env, tmp_path)
        assert proc.returncode == 2 and "--limit" in proc.stderr
    proc = run(["ask", "--json", "--limit", "2", "latest episode"], env, tmp_path)
    assert len(json.loads(proc.stdout)["episodes"]) == 2


def test_run_without_token_exits_2(tmp_path: Path, cli_env: dict[str, str]) -> None:
    proc = run([], cli_env, tmp_path)
    assert proc.returncode == 2
    assert "DISCORD_TOKEN" in proc.stderr and "python -m bot ask" in proc.stderr
    assert run(["run"], cli_env, tmp_path).returncode == 2
