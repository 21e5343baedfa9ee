"""The same question gets the same answer in every process (no set order decides)."""

from __future__ import annotations

import json
from pathlib import Path

from tests.conftest import run_cli

FEED = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:podcast="https://podcastindex.org/namespace/1.0">
<channel><title>Twin Names Hour</title><link>https://example.org/</link>
<description>Interviews.</description>
{items}
</channel></rss>
"""
ITEM = """<item><title>{title}</title><guid>{guid}</guid>
<pubDate>Mon, 0{day} Jan 2024 10:00:00 +0000</pubDate>
<description>A conversation about rivers and cities.</description>
<podcast:person role="guest">{guest}</podcast:person>
<enclosure url="https://example.org/{guid}.mp3" type="audio/mpeg" length="1"/></item>"""


def test_people_named_equally_well_are_told_apart_the_same_way_in_every_process(
    tmp_path: Path, cli_env: dict[str, str]
) -> None:
    # Two guests the question names equally well (full names, one episode each, both
    # guests): which one answers must not depend on the process's string hashing.
    items = "\n".join(
        ITEM.format(title=f"Conversation {n}", guid=f"ep{n}", day=n, guest=guest)
        for n, guest in ((1, "Beatriz Rios"), (2, "Beatriz Raios"))
    )
    feed = tmp_path / "twins.xml"
    feed.write_text(FEED.format(items=items), encoding="utf-8")
    db = tmp_path / "bot.db"
    assert run_cli(["--db", str(db), "ingest", str(feed)], cli_env, tmp_path).returncode == 0
    answers = set()
    for seed in ("1", "2", "3", "4", "5", "6"):
        env = {**cli_env, "PYTHONHASHSEED": seed}
        done = run_cli(
            ["--db", str(db), "ask", "--json", "episodes with Beatriz Rios Raios"], env, tmp_path
        )
        assert done.returncode == 0, done.stderr
        answer = json.loads(done.stdout)
        episodes = tuple((e["title"], e["reason"]) for e in answer["episodes"])
        answers.add((answer["intent"], episodes))
    assert len(answers) == 1, answers
    [(intent, episodes)] = answers
    assert intent == "guest" and episodes[0][1].startswith("Guest: Beatriz R")
