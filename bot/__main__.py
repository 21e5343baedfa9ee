"""Command line: ``python -m bot [--db PATH] {run,ingest,ask,eval,sync} ...``."""

from __future__ import annotations

import argparse
import asyncio
import json
import logging
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TextIO

from bot.answer import Answer, Answerer
from bot.config import ConfigError, Settings
from bot.ingest import ensure_bundled, ingest_many
from bot.store import Store
from bot.text import redact_url, truncate

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_USAGE = 2
MAX_LIMIT = 50

NO_TOKEN_MESSAGE = """\
DISCORD_TOKEN is not set, so the Discord bot cannot start.
  Set it in the environment or in .env (copy .env.example to .env and fill it in).
  Without Discord you can still ask questions:  python -m bot ask "latest episode\""""


def _limit(text: str) -> int:
    value = int(text)
    if not 1 <= value <= MAX_LIMIT:
        raise argparse.ArgumentTypeError(f"must be between 1 and {MAX_LIMIT}")
    return value


def _parser() -> argparse.ArgumentParser:
    # --db works before or after the subcommand: the subcommands share this parent, with
    # SUPPRESS so an absent --db there does not overwrite one given before the subcommand.
    db_parent = argparse.ArgumentParser(add_help=False)
    db_parent.add_argument(
        "--db", default=argparse.SUPPRESS, help="SQLite database (default: DATABASE_PATH)"
    )
    parser = argparse.ArgumentParser(
        prog="python -m bot", description="A Discord bot that answers questions about podcasts."
    )
    parser.add_argument("--db", default=None, help="SQLite database (default: DATABASE_PATH)")
    sub = parser.add_subparsers(dest="command")

    sub.add_parser("run", parents=[db_parent], help="start the Discord bot (the default)")

    ingest = sub.add_parser("ingest", parents=[db_parent], help="load feeds (paths or URLs)")
    ingest.add_argument("sources", nargs="+", metavar="SOURCE")
    ingest.add_argument("--json", action="store_true", help="one JSON object per feed per line")

    ask = sub.add_parser("ask", parents=[db_parent], help="answer a question")
    ask.add_argument("question", nargs="?", metavar="QUESTION")
    ask.add_argument("--json", action="store_true", help="JSON output (JSON Lines from stdin)")
    ask.add_argument("--limit", type=_limit, default=5, help="episodes to return, 1-50 (default 5)")

    ev = sub.add_parser("eval", parents=[db_parent], help="measure answers on labelled questions")
    ev.add_argument("file", metavar="FILE.jsonl")
    ev.add_argument("--json", action="store_true", help="print the figures as JSON")

    sync = sub.add_parser("sync", parents=[db_parent], help="sync slash commands to Discord")
    sync.add_argument("--guild", type=int, default=None, help="sync to this server only")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        settings = Settings.load()
    except ConfigError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    db = args.db or settings.database_path
    command = args.command or "run"
    logging.basicConfig(
        level=getattr(logging, settings.log_level),
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
        stream=sys.stderr,
    )
    if command == "ingest":
        return asyncio.run(_ingest(db, args.sources, as_json=args.json))
    if command == "ask":
        if args.question is None and not args.json:
            print('usage: python -m bot ask "QUESTION"  (or --json to read stdin)', file=sys.stderr)
            return EXIT_USAGE
        return asyncio.run(_ask(db, args.question, as_json=args.json, limit=args.limit))
    if command == "eval":
        return asyncio.run(_eval(db, args.file, as_json=args.json))
    if not settings.discord_token:
        print(NO_TOKEN_MESSAGE, file=sys.stderr)
        return EXIT_USAGE
    from bot.client import run_bot, sync_commands  # discord is only imported here

    if command == "sync":
        return asyncio.run(sync_commands(settings, db, guild_id=args.guild))
    return run_bot(settings, db)


async def _ingest(db: str, sources: list[str], *, as_json: bool) -> int:
    async with await Store.open(db) as store:
        results = await ingest_many(store, sources)
    for r in results:
        if as_json:
            print(json.dumps(r.to_json(), ensure_ascii=False))
        elif r.error:
            print(f"FAILED {redact_url(r.source)}: {r.error}")
        else:
            print(
                f"{r.title or redact_url(r.source)}: {r.added} added, {r.updated} updated, "
                f"{r.unchanged} unchanged ({r.seconds:.2f} s)"
            )
    return EXIT_OK if all(r.ok for r in results) else EXIT_FAILED


async def _open_answerer(db: str) -> tuple[Store, Answerer]:
    store = await Store.open(db)
    try:
        await ensure_bundled(store)
        return store, await Answerer.create(store)
    except BaseException:
        await store.close()
        raise


async def _ask(db: str, question: str | None, *, as_json: bool, limit: int) -> int:
    store, answerer = await _open_answerer(db)
    try:
        if question is None:
            for line in sys.stdin:
                answer = await answerer.ask(line.rstrip("\n"), limit=limit)
                print(json.dumps(answer.to_json(), ensure_ascii=False), flush=True)
            return EXIT_OK
        answer = await answerer.ask(question, limit=limit)
        if as_json:
            print(json.dumps(answer.to_json(), ensure_ascii=False))
        else:
            print_answer(answer, sys.stdout)
        return EXIT_OK
    finally:
        await store.close()


def print_answer(answer: Answer, out: TextIO) -> None:
    """The answer as a person wants to read it: title, date, guests, summary, link."""
    if not answer.episodes:
        out.write((answer.message or "No episode matches that question.") + "\n")
        return
    if answer.person:
        note = f" ({answer.person.note})" if answer.person.note else ""
        out.write(f"{answer.person.name}{note}: {len(answer.person.episode_ids)} episode(s)\n\n")
    elif answer.topic:
        out.write(f"Episodes on {answer.topic}:\n\n")
    for i, e in enumerate(answer.episodes):
        if i == 1:
            out.write("Also:\n")
        if i >= 1:
            date = e.published.date().isoformat() if e.published else "date unknown"
            out.write(f"  - {e.title} ({e.feed_title}, {date})\n")
            continue
        out.write(f"{e.title}\n")
        date = e.published.strftime("%d %B %Y") if e.published else "date unknown"
        out.write(f"  {e.feed_title} · {date}\n")
        if e.guests:
            out.write(f"  Guests: {', '.join(e.guests)}\n")
        if e.topics:
            out.write(f"  Topics: {', '.join(e.topics[:8])}\n")
        if e.summary:
            out.write(f"\n  {truncate(e.summary, 500, at_sentence=True)}\n\n")
        for label, url in (("Episode", e.link), ("Listen", e.audio_url)):
            if url:
                out.write(f"  {label}: {url}\n")
    if len(answer.episodes) > 1:
        out.write("\n")


async def _eval(db: str, path: str, *, as_json: bool) -> int:
    from bot.evaluate import evaluate, load_cases

    try:
        cases = load_cases(Path(path))
    except (OSError, ValueError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    store, answerer = await _open_answerer(db)
    try:
        report = await evaluate(answerer, cases)
    finally:
        await store.close()
    if as_json:
        print(json.dumps(report.to_json(), ensure_ascii=False))
    else:
        print(report.text())
    return EXIT_OK


if __name__ == "__main__":
    sys.exit(main())
