"""Answer quality on labelled questions, intents, and hostile questions."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.answer import Answerer
from bot.evaluate import evaluate, load_cases
from bot.ingest import ensure_bundled, ingest_many
from bot.store import Store
from tests.conftest import BUNDLED_FEED, FEEDS_DIR, needs_feeds, run_cli

DATA = Path(__file__).resolve().parent / "data"


def _build(path: Path, sources: list[str]) -> Path:
    async def build() -> None:
        async with await Store.open(path) as store:
            results = await ingest_many(store, sources)
            assert all(r.ok for r in results), [r.error for r in results if r.error]

    asyncio.run(build())
    return path


@pytest.fixture(scope="session")
def bundled_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _build(tmp_path_factory.mktemp("bundled") / "b.sqlite3", [str(BUNDLED_FEED)])


@pytest.fixture(scope="session")
def all_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    if not FEEDS_DIR.is_dir():
        pytest.skip(f"the shared real feeds are not here ({FEEDS_DIR})")
    feeds = [str(BUNDLED_FEED), *sorted(str(p) for p in FEEDS_DIR.glob("*.xml"))]
    return _build(tmp_path_factory.mktemp("all") / "all.sqlite3", feeds)


@pytest.fixture
async def bundled(bundled_db: Path):
    store = await Store.open(bundled_db)
    try:
        yield await Answerer.create(store)
    finally:
        await store.close()


@pytest.fixture
async def everything(all_db: Path):
    store = await Store.open(all_db)
    try:
        yield await Answerer.create(store)
    finally:
        await store.close()


async def test_labelled_questions_bundled(bundled: Answerer) -> None:
    report = await evaluate(bundled, load_cases(DATA / "questions_bundled.jsonl"))
    print("\n" + report.text())
    assert report.total >= 50
    assert report.top1_rate >= 0.95, report.text()
    assert report.unanswerable >= 10
    assert report.unanswerable_ok == report.unanswerable, report.text()


@needs_feeds
async def test_labelled_questions_all_feeds(everything: Answerer) -> None:
    report = await evaluate(everything, load_cases(DATA / "questions.jsonl"))
    print("\n" + report.text())
    assert report.total >= 100
    assert report.top1_rate >= 0.95, report.text()
    assert report.unanswerable >= 10
    assert report.unanswerable_ok == report.unanswerable, report.text()


@pytest.mark.parametrize(
    ("question", "intent", "first"),
    [
        ("latest episode", "latest", "Piercing the Propaganda Bubble in El Salvador"),
        ("último episodio", "latest", "Piercing the Propaganda Bubble in El Salvador"),
        ("episodes with Magalony", "guest", "The Grim Side of El Salvador’s “Security Model”"),
        (
            "who is Ruth Lopez?",
            "guest",
            "Mujeres contra la corrupción y el autoritarismo: aprendiendo de El Salvador",
        ),
        (
            "anything on Venezuela?",
            "topic",
            "U.S. drug policy takes a “radical” and “chilling” "
            "turn. Is Venezuela in the crosshairs?",
        ),
        (
            "latest episode about Colombia",
            "latest",
            "“Simultaneously juggling nine processes at "
            "once”: Colombia’s “Total Peace” plan and mounting security challenges",
        ),
        ("propaganda bubble", "episode", "Piercing the Propaganda Bubble in El Salvador"),
    ],
)
async def test_intents(bundled: Answerer, question: str, intent: str, first: str) -> None:
    answer = await bundled.ask(question)
    assert answer.intent == intent
    assert answer.episodes[0].title == first


async def test_guest_answer_lists_the_persons_episodes_newest_first(
    everything: Answerer,
) -> None:
    answer = await everything.ask("episodes with Paul Bloom")
    assert answer.intent == "guest"
    assert answer.person is not None and answer.person.name == "Paul Bloom"
    dates = [e.published for e in answer.episodes]
    assert len(dates) >= 3 and dates == sorted(dates, reverse=True)


async def test_topic_answer_and_person_note(bundled: Answerer) -> None:
    answer = await bundled.ask("who is Beatriz Magaloni")
    assert answer.person is not None
    assert answer.person.note and "political scientist" in answer.person.note
    topic = await bundled.ask("episodes about LGBTIQ+ rights")
    assert topic.intent == "topic"
    assert {e.title[:6] for e in topic.episodes[:3]} >= {"LGBTIQ", "Derech"}


@pytest.mark.parametrize(
    "question",
    [
        "",
        "   ",
        "x" * 10_000,
        "?!.,;:",
        "🎙️🎧👍",
        '"unterminated',
        "NEAR(a b) AND * OR ^ - :",
        "title:* OR 1=1; DROP TABLE episodes; --",
        "\u200b\u200f\u202e\u2066",
        "\u202eodaicepS",
        "a" * 300 + " " + "b" * 300,
        "%s %d {} {{}} \\x00",
    ],
)
async def test_hostile_questions_get_nothing_not_an_exception(
    bundled: Answerer, question: str
) -> None:
    answer = await bundled.ask(question)
    assert answer.intent == "none"
    assert answer.episodes == []
    assert answer.message
    assert await bundled.store.episode_count() == 10  # nothing was dropped


async def test_autocomplete(bundled: Answerer) -> None:
    titles = [t for _, t in await bundled.complete_titles("corrupcion")]
    assert titles and titles[0].startswith("Mujeres contra la corrupción")
    grim = await bundled.complete_titles("the grim si")
    assert grim[0][1].startswith("The Grim Side")
    assert len(await bundled.complete_titles("")) == 10
    people = [p.name for p in bundled.complete_people("magal")]
    assert people == ["Beatriz Magaloni"]
    assert [p.name for p in bundled.complete_people("ruth lop")] == ["Ruth López"]
    topics = [name for name, _ in bundled.complete_topics("venez")]
    assert topics[0] == "Venezuela"


@settings(
    max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.text(max_size=400))
async def test_any_text_is_answered_without_error(bundled: Answerer, text: str) -> None:
    answer = await bundled.ask(text)
    assert answer.intent in {"episode", "guest", "topic", "latest", "none"}
    assert (answer.intent == "none") == (not answer.episodes)
    assert all(0 <= s <= 100 for s in answer.scores)
    await bundled.complete_titles(text)
    bundled.complete_people(text)
    bundled.complete_topics(text)


def test_eval_command(tmp_path: Path, cli_env: dict[str, str]) -> None:
    cases = tmp_path / "cases.jsonl"
    cases.write_text(
        '{"q": "latest episode", "expect": ["Piercing the Propaganda Bubble in El Salvador"]}\n'
        '{"q": "Magaloni", "expect": ["Not the right title"]}\n'
        '{"q": "zzzz qqqq", "expect": []}\n',
        encoding="utf-8",
    )
    db = tmp_path / "e.db"
    assert (
        run_cli(["--db", str(db), "ingest", str(BUNDLED_FEED)], cli_env, tmp_path).returncode == 0
    )
    proc = run_cli(["--db", str(db), "eval", str(cases)], cli_env, tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert "top-1 accuracy: 66.7% (2/3)" in proc.stdout
    assert "top-3 accuracy: 66.7% (2/3)" in proc.stdout
    assert "'Magaloni'" in proc.stdout and "Not the right title" in proc.stdout
    as_json = run_cli(["--db", str(db), "eval", "--json", str(cases)], cli_env, tmp_path)
    report = json.loads(as_json.stdout)
    assert report["questions"] == 3 and report["misses"][0]["q"] == "Magaloni"
    bad = tmp_path / "bad.jsonl"
    bad.write_text("not json\n")
    proc = run_cli(["--db", str(db), "eval", str(bad)], cli_env, tmp_path)
    assert proc.returncode == 2 and "bad.jsonl:1" in proc.stderr


async def test_bundled_loads_when_empty(tmp_path: Path) -> None:
    async with await Store.open(tmp_path / "fresh.db") as store:
        await ensure_bundled(store)
        answerer = await Answerer.create(store)
        assert (await answerer.ask("latest episode")).episodes
