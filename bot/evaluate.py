"""Measure answer quality on labelled questions (``python -m bot eval FILE.jsonl``).

Each line of the file: ``{"q": "question", "expect": ["acceptable title", ...]}``; an empty
``expect`` means the right answer is "nothing found". Titles compare after folding.
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


@dataclass(slots=True)
class Miss:
    case: Case
    got: list[str]


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
            f"time: {self.seconds:.2f} s",
        ]
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
        cases.append(Case(q, [str(t) for t in expect], number))
    return cases


async def evaluate(answerer: Answerer, cases: list[Case]) -> Report:
    report = Report()
    started = time.perf_counter()
    for case in cases:
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
        if not ok:
            report.misses.append(Miss(case, got))
    report.seconds = time.perf_counter() - started
    return report
