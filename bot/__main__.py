"""Command line: ``python -m bot [--db PATH] {run,ingest,ask,eval,sync} ...``."""

from __future__ import annotations

import argparse
import asyncio
import json
import logging
import os
import sqlite3
import sys
import traceback
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from bot import __version__
from bot.config import ConfigError, Settings
from bot.store import StoreError

if TYPE_CHECKING:
    from bot.answer import Answer, Answerer
    from bot.ingest import IngestResult
    from bot.parse_pool import ParsePool
    from bot.store import Store

# Each command imports what it needs when it runs (start-up is part of every command's
# time): ``ingest`` never loads the answer index's code, nor ``ask`` the moments fetcher.

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_USAGE = 2
EXIT_INTERRUPTED = 130  # 128 + SIGINT, as shells report it
MAX_LIMIT = 50
REPORT_BUG = (
    "error: this is a bug in the bot, not something you did; please report it with the lines above"
)

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
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    sub = parser.add_subparsers(dest="command")

    sub.add_parser("run", parents=[db_parent], help="start the Discord bot (the default)")

    ingest = sub.add_parser("ingest", parents=[db_parent], help="load feeds (paths or URLs)")
    ingest.add_argument("sources", nargs="+", metavar="SOURCE")
    ingest.add_argument("--json", action="store_true", help="one JSON object per feed per line")
    ingest.add_argument(
        "--moments",
        action="store_true",
        help="then fetch chapters files and transcripts (with --json the summary goes to stderr)",
    )

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
    """Run the command line; returns the exit code.

    An operator's mistake (a setting, a database file) is one line on stderr and exit 2;
    Ctrl-C is one line and exit 130; anything else is a bug: its traceback, then one line
    asking to report it, and exit 1.
    """
    try:
        code = _main(argv)
        sys.stdout.flush()  # a closed pipe shows here, not at exit as an ignored error
        return code
    except (ConfigError, StoreError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except BrokenPipeError:
        # The reader went away (``| head -1``): what it wanted was printed. Point stdout
        # at /dev/null so the interpreter's final flush does not complain (Python docs).
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_FAILED
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return EXIT_INTERRUPTED
    except Exception:
        traceback.print_exc()
        print(REPORT_BUG, file=sys.stderr)
        return EXIT_FAILED


def _main(argv: Sequence[str] | None) -> int:
    args = _parser().parse_args(argv)
    settings = Settings.load()
    if args.db == "":
        raise StoreError("", "is an empty path: give --db a file name, or leave it out")
    db = args.db if args.db is not None else settings.database_path
    logging.basicConfig(
        level=getattr(logging, settings.log_level),
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
        stream=sys.stderr,
    )
    # aiosqlite at DEBUG logs every statement with its parameters, feed URLs (and their
    # credentials) among them: never below INFO.
    logging.getLogger("aiosqlite").setLevel(max(logging.getLogger().level, logging.INFO))
    try:
        return _command(args, settings, db)
    except sqlite3.Error as exc:  # the database file failed under a command: name it
        fault = StoreError.from_sqlite(db, exc)
        if fault is None:
            raise
        raise fault from None


def _command(args: argparse.Namespace, settings: Settings, db: str) -> int:
    command = args.command or "run"
    # An explicit --db that does not exist is a typo for ``ask`` and ``eval``: answering
    # from a new database of bundled episodes would hide it. The default one is created.
    create = args.db is None
    if command == "ingest":
        return asyncio.run(
            _ingest(
                db,
                args.sources,
                as_json=args.json,
                moments=args.moments,
                workers=settings.ingest_workers,
            )
        )
    if command == "ask":
        if args.question is None and not args.json:
            print('usage: python -m bot ask "QUESTION"  (or --json to read stdin)', file=sys.stderr)
            return EXIT_USAGE
        return asyncio.run(
            _ask(db, args.question, as_json=args.json, limit=args.limit, create=create)
        )
    if command == "eval":
        return asyncio.run(_eval(db, args.file, as_json=args.json, create=create))
    if not settings.discord_token:
        print(NO_TOKEN_MESSAGE, file=sys.stderr)
        return EXIT_USAGE
    from bot.discord.client import run_bot, sync_commands  # discord is only imported here

    if command == "sync":
        return asyncio.run(sync_commands(settings, db, guild_id=args.guild))
    return run_bot(settings, db)


class Progress:
    """Per-feed progress of a long ingest on stderr (stdout keeps the results).

    On a terminal, one line redrawn as a bar; otherwise one line per finished feed. Only
    titles are shown, never sources (a URL may carry credentials).
    """

    WIDTH = 24

    def __init__(self, total: int, out: TextIO) -> None:
        self.total = total
        self.out = out
        self.done = 0
        self.failed = 0
        self.tty = out.isatty()

    def __call__(self, result: IngestResult) -> None:
        self.done += 1
        self.failed += 0 if result.ok else 1
        what = result.title if result.ok and result.title else ("failed" if not result.ok else "")
        failed = f", {self.failed} failed" if self.failed else ""
        if self.tty:
            filled = self.WIDTH * self.done // max(self.total, 1)
            bar = "#" * filled + "-" * (self.WIDTH - filled)
            end = "\n" if self.done == self.total else ""
            self.out.write(f"\r\x1b[Kingest [{bar}] {self.done}/{self.total} feeds{failed}{end}")
        else:
            self.out.write(f"ingest: {self.done}/{self.total} feeds done{failed} ({what})\n")
        self.out.flush()


async def _ingest(
    db: str, sources: list[str], *, as_json: bool, moments: bool = False, workers: int | None = None
) -> int:
    from bot.ingest import batch_gc, ingest_many
    from bot.parse_pool import ParsePool
    from bot.store import Store
    from bot.text import redact_url

    batch_gc()  # a batch job: see there

    summary = None
    # Workers when a core is free, unless INGEST_WORKERS sets how many (see ParsePool).
    pool = ParsePool(workers, here_when_busy=workers is None)
    async with pool, await Store.open(db) as store:
        progress = Progress(len(dict.fromkeys(sources)), sys.stderr)
        results = await ingest_many(store, sources, progress=progress, pool=pool)
        if moments:
            # A chapters file or transcript that fails is stored on its episode; it never
            # fails the feed, so it leaves the exit code alone.
            from bot.moments.fetch import fetch_moments

            summary = await fetch_moments(store)
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
    if summary is not None:
        # stdout under --json keeps its one object per feed.
        print(summary.line(), file=sys.stderr if as_json else sys.stdout)
    return EXIT_OK if all(r.ok for r in results) else EXIT_FAILED


async def _open_answerer(db: str, *, create: bool, pool: ParsePool) -> tuple[Store, Answerer]:
    from bot.answer import Answerer
    from bot.ingest import ensure_bundled
    from bot.store import Store

    # Reading needs no write access: a read-only copy is opened read-only.
    store = await Store.open(db, create=create, read_only_ok=True)
    try:
        if not store.read_only:
            await ensure_bundled(store, pool)
        return store, await Answerer.create(store)
    except BaseException:
        await store.close()
        raise


async def _ask(
    db: str, question: str | None, *, as_json: bool, limit: int, create: bool = True
) -> int:
    from bot.parse_pool import ParsePool

    async with ParsePool() as pool:
        store, answerer = await _open_answerer(db, create=create, pool=pool)
    try:
        if question is None:
            # One undecodable line must not end the batch: it is answered with U+FFFD in
            # place of the bad bytes, whatever the locale's encoding.
            sys.stdin.reconfigure(encoding="utf-8", errors="replace")  # type: ignore[union-attr]
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
    """The answer as a person wants to read it: title, date, guests, why it answers, the
    snippet of the notes that does, link."""
    from bot.moments.find import moments_json
    from bot.moments.segment import clock

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
        why = answer.explain(e)
        if why.reason:
            out.write(f"  {why.reason}\n")
        if why.snippet:
            out.write(f"\n  {why.snippet}\n\n")
        for m in moments_json(e):
            out.write(
                f"  ▶ {clock(m['start'])}"
                + (f" — {m['title']}" if m["title"] else "")
                + (f"  {m['url']}\n" if m["url"] else "\n")
            )
        for label, url in (("Episode", e.link), ("Listen", e.audio_url)):
            if url:
                out.write(f"  {label}: {url}\n")
    if len(answer.episodes) > 1:
        out.write("\n")


async def _eval(db: str, path: str, *, as_json: bool, create: bool = True) -> int:
    from bot.evaluate import evaluate, load_cases
    from bot.parse_pool import ParsePool

    try:
        cases = load_cases(Path(path))
    except (OSError, ValueError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    async with ParsePool() as pool:
        store, answerer = await _open_answerer(db, create=create, pool=pool)
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
