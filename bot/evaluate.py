"""Measure answer quality on labelled questions (``python -m bot eval FILE.jsonl``).

Each line of the file: ``{"q": "question", "expect": ["acceptable title", ...]}``; an empty
``expect`` means the right answer is "nothing found". Titles compare after folding. An
optional ``"kind"`` groups questions ("typo", "notes", "near_miss"...) for per-kind figures.

Beside the bot's figures the report gives a baseline on the same questions in the same
run: plain SQLite FTS5 bm25 over titles and notes, its first hit taken as its answer.
"""

from __future__ import annotations

import json
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bot.answer import Answerer
from bot.text import normalize


@dataclass(slots=True)
class Case:
    q: str
    expect: list[str]
    line: int = 0
    kind: str = ""


@dataclass(slots=True)
class Miss:
    case: Case
    got: list[str]


@dataclass(slots=True)
class KindFigures:
    """Top-1 for one kind of question, the bot's and the bm25 baseline's."""

    total: int = 0
    top1: int = 0
    baseline_top1: int = 0

    def to_json(self) -> dict[str, Any]:
        return {
            "questions": self.total,
            "top1": round(self.top1 / self.total, 4) if self.total else 0.0,
            "baseline_top1": round(self.baseline_top1 / self.total, 4) if self.total else 0.0,
        }


@dataclass(slots=True)
class Report:
    total: int = 0
    top1: int = 0
    top3: int = 0
    answerable: int = 0
    unanswerable: int = 0
    unanswerable_ok: int = 0
    seconds: float = 0.0
    misses: list[Miss] = field(default_factory=list)
    baseline_top1: int = 0
    baseline_unanswerable_ok: int = 0
    kinds: dict[str, KindFigures] = field(default_factory=dict)

    @property
    def near_miss_rate(self) -> float:
        """The share of no-answer questions that got an episode anyway."""
        if not self.unanswerable:
            return 0.0
        return (self.unanswerable - self.unanswerable_ok) / self.unanswerable

    @property
    def top1_rate(self) -> float:
        return self.top1 / self.total if self.total else 0.0

    @property
    def top3_rate(self) -> float:
        return self.top3 / self.total if self.total else 0.0

    def to_json(self) -> dict[str, Any]:
        return {
            "questions": self.total,
            "top1": round(self.top1_rate, 4),
            "top3": round(self.top3_rate, 4),
            "no_answer_questions": self.unanswerable,
            "no_answer_correct": self.unanswerable_ok,
            "seconds": round(self.seconds, 3),
            "near_miss_rate": round(self.near_miss_rate, 4),
            "baseline": {
                "method": "fts5 bm25 over title and notes",
                "top1": round(self.baseline_top1 / self.total, 4) if self.total else 0.0,
                "no_answer_correct": self.baseline_unanswerable_ok,
            },
            "kinds": {k: v.to_json() for k, v in sorted(self.kinds.items())},
            "misses": [
                {"line": m.case.line, "q": m.case.q, "expect": m.case.expect, "got": m.got}
                for m in self.misses
            ],
        }

    def text(self) -> str:
        lines = [
            f"questions: {self.total}",
            f"top-1 accuracy: {self.top1_rate:.1%} ({self.top1}/{self.total})",
            f"top-3 accuracy: {self.top3_rate:.1%} ({self.top3}/{self.total})",
            "no-answer questions answered with nothing: "
            f"{self.unanswerable_ok}/{self.unanswerable}",
            "near misses answered (no-answer questions that got an episode): "
            f"{self.unanswerable - self.unanswerable_ok}/{self.unanswerable}"
            f" ({self.near_miss_rate:.1%})",
            f"baseline (fts5 bm25 over title and notes) top-1: "
            f"{self.baseline_top1 / self.total if self.total else 0.0:.1%} "
            f"({self.baseline_top1}/{self.total})",
            f"time: {self.seconds:.2f} s",
        ]
        if len(self.kinds) > 1 or (self.kinds and "" not in self.kinds):
            lines.append("by kind (top-1, baseline):")
            for kind, fig in sorted(self.kinds.items()):
                lines.append(
                    f"  {kind or '(none)'}: {fig.top1 / fig.total:.1%} ({fig.top1}/{fig.total}), "
                    f"baseline {fig.baseline_top1 / fig.total:.1%}"
                )
        if self.misses:
            lines.append(f"misses ({len(self.misses)}):")
            for m in self.misses:
                want = " | ".join(m.case.expect) or "(no answer)"
                got = " | ".join(m.got[:3]) or "(no answer)"
                lines.append(
                    f"  line {m.case.line}: {m.case.q!r}\n    expected: {want}\n    got: {got}"
                )
        return "\n".join(lines)


def load_cases(path: Path) -> list[Case]:
    """Read a JSON Lines file of labelled questions; blank lines and # comments are skipped."""
    cases = []
    for number, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not raw.strip() or raw.lstrip().startswith("#"):
            continue
        try:
            item = json.loads(raw)
            q, expect = item["q"], item["expect"]
        except (json.JSONDecodeError, KeyError, TypeError) as exc:
            raise ValueError(f"{path}:{number}: not a {{'q', 'expect'}} object ({exc})") from None
        if not isinstance(q, str) or not isinstance(expect, list):
            raise ValueError(f"{path}:{number}: 'q' must be text and 'expect' a list of titles")
        kind = item.get("kind", "") if isinstance(item, dict) else ""
        cases.append(Case(q, [str(t) for t in expect], number, str(kind or "")))
    return cases


async def evaluate(answerer: Answerer, cases: list[Case]) -> Report:
    report = Report()
    started = time.perf_counter()
    baseline_seconds = 0.0
    for case in cases:
        mark = time.perf_counter()
        plain = await answerer.store.bm25_titles(case.q, limit=1)
        baseline_seconds += time.perf_counter() - mark
        answer = await answerer.ask(case.q, limit=3)
        got = [e.title for e in answer.episodes]
        got_norm = [normalize(t) for t in got]
        wanted = {normalize(t) for t in case.expect}
        report.total += 1
        if not wanted:
            report.unanswerable += 1
            ok = not got
            report.unanswerable_ok += ok
            report.top1 += ok
            report.top3 += ok
        else:
            report.answerable += 1
            ok = bool(got_norm) and got_norm[0] in wanted
            report.top1 += ok
            report.top3 += any(t in wanted for t in got_norm[:3])
        base_ok = (not plain) if not wanted else bool(plain) and normalize(plain[0]) in wanted
        report.baseline_top1 += base_ok
        if not wanted:
            report.baseline_unanswerable_ok += base_ok
        fig = report.kinds.setdefault(case.kind, KindFigures())
        fig.total += 1
        fig.top1 += ok
        fig.baseline_top1 += base_ok
        if not ok:
            report.misses.append(Miss(case, got))
    report.seconds = time.perf_counter() - started - baseline_seconds
    return report
