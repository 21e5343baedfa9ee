"""What the successors of ``make_fresh_questions.py`` share: ``make_fresh2_questions.py``,
``make_fresh3_questions.py``, ``make_fresh4_questions.py``, ``make_fresh5_questions.py``,
``make_fresh6_questions.py``, ``make_fresh7_questions.py`` and ``make_fresh8_questions.py``.

So does ``make_fresh9_questions.py``, the ninth set, written alongside the eighth.
So does ``make_fresh10_questions.py``, the tenth set, which succeeds the ninth.
So does ``make_fresh11_questions.py``, the eleventh set, which succeeds the tenth.
So does ``make_fresh12_questions.py``, the twelfth set, which succeeds the eleventh.
So does ``make_fresh13_questions.py``, the thirteenth set, which succeeds the twelfth.
So does ``make_fresh14_questions.py``, the fourteenth set, which succeeds the thirteenth.
So does ``make_fresh15_questions.py``, the fifteenth set, which succeeds the fourteenth.
So does ``make_fresh16_questions.py``, the sixteenth set, which succeeds the fifteenth.
So does ``make_fresh17_questions.py``, the seventeenth set, which succeeds the sixteenth.
So does ``make_fresh18_questions.py``, the eighteenth set, which succeeds the seventeenth; it
also gives ``MAX_REUSED_SHARE``, the largest share of its answerable questions that may expect
only episodes an earlier set expects, which ``size_problems`` then checks.
So does ``make_fresh19_questions.py``, the nineteenth set, which succeeds the eighteenth under
the same limits, ``MAX_REUSED_SHARE`` among them.
So does ``make_fresh20_questions.py``, the twentieth set, which succeeds the nineteenth with
``MAX_REUSED_SHARE`` raised to 3/4 and a rule of novelty of its own on top of these checks.
So does ``make_fresh21_questions.py``, the twenty-first set, which succeeds the twentieth under
the same limits and the same rule of novelty.
So does ``make_fresh22_questions.py``, the twenty-second set, which succeeds the twenty-first
under the same limits and the same rule of novelty; the stop words of that rule, which the
twentieth and twenty-first sets each held, are kept once here (``NOVELTY_STOP_WORDS``).
So does ``make_fresh23_questions.py``, the twenty-third set, which succeeds the twenty-second
under the same limits and the same rule of novelty.
So does ``make_fresh24_questions.py``, the twenty-fourth set, which succeeds the twenty-third
under the same limits and the same rule of novelty.
So does ``make_fresh25_questions.py``, the twenty-fifth set, which succeeds the twenty-fourth
under the same limits and the same rule of novelty.
So does ``make_fresh26_questions.py``, the twenty-sixth set, which succeeds the twenty-fifth
under the same limits and the same rule of novelty.
So does ``make_fresh27_questions.py``, the twenty-seventh set, which succeeds the
twenty-sixth under the same rule of novelty, with ``MAX_REUSED_SHARE`` raised to 1: after
the twenty-sixth set no episode is left that no earlier set expects, so the novelty rule is
its whole guard.
So does ``make_fresh28_questions.py``, the twenty-eighth set, which succeeds the
twenty-seventh under the same limits and the same rule of novelty, ``MAX_REUSED_SHARE`` of 1
among them.
So does ``make_fresh29_questions.py``, the twenty-ninth set, which succeeds the twenty-eighth
under the same limits and the same rule of novelty, ``MAX_REUSED_SHARE`` of 1 among them.
So does ``make_fresh30_questions.py``, the thirtieth set, which succeeds the twenty-ninth
under the same limits and the same rule of novelty, ``MAX_REUSED_SHARE`` of 1 among them.
So does ``make_fresh31_questions.py``, the thirty-first set, which succeeds the thirtieth
under the same limits and the same rule of novelty, ``MAX_REUSED_SHARE`` of 1 among them.

Each of them holds only its own set: its lists (the names in ``LISTS``, ``EARLIER`` among
them), ``OUT``, ``HEADER`` and its limits of size (``MIN_PER_KIND``, ``MIN_NONE``,
``MIN_UNANSWERABLE``, ``MIN_TOTAL``, ``MAX_FEED_SHARE``). It binds the functions here to its
own namespace with ``FreshSet(globals(), fresh)``, under the names it has always had
(``earlier_sets``, ``near_earlier``, ``reused``, ``feed_shares``, ``size_problems``,
``build``, ``main``). The functions read that namespace each time they run, so a test that
replaces one of the set's lists, or ``OUT``, is heard.

The checks are those of ``make_fresh_questions.py``, run unchanged over the set's lists and
earlier sets. So every expected title must exist verbatim; number, latest and podcast answers
are computed from the data; the hand-labelled kinds carry evidence patterns over the folded
title and notes (``t:`` = title only, ``f:KEY`` = only that podcast's episodes) that must pick
out exactly the expected episodes; a `notes` question's evidence and most of its words are
absent from the expected titles; a misspelled `guest` name occurs nowhere as written; a
`title_typo` question is no title fragment as written yet close to each expected title; each
near miss (`none`) carries patterns found in no title and no notes of any feed; and no
question is near one of an earlier set. On top of those, ``build`` here checks the size of
the set: each kind, the near misses, and the share of each podcast. ``main`` writes the file
only when every check passes.
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import Any, TypeVar

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from make_questions import FEED_FILES, fold, load, write  # noqa: E402

# The names make_fresh_questions' functions read that each set gives its own value.
LISTS = (
    "NOTES",
    "LOOSE",
    "GUEST",
    "HOST_GUEST",
    "TITLE_TYPO",
    "PODCAST",
    "NUMBER",
    "LATEST",
    "SPANISH",
    "PORTUGUESE",
    "NONE",
    "CHAT",
    "EARLIER",
)

# Words that say nothing of an episode, for the rule of novelty (``NovelSet``): stop words of
# English, Spanish, Portuguese and German, the podcasts' names, their hosts' names and words
# like "episode". The twentieth set brought the list in; each set under the rule gives it as
# its ``STOP_WORDS``.
NOVELTY_STOP_WORDS = frozenset(
    """
    a about above after again all also am an and any anything anyone are around as at back
    be been before being but by can could did do does don down during each ep eps episode
    episodes every for from get got had has have he her here him his how i if in into is it
    its just know like me more most my new no not now of off on once one only or other our
    out over pls please re remember s same she so some something talk talked talking than
    that the their them then there these they thing this those through to too up us very
    was we were what when where which while who whose why will with would you your ya yeah
    lol think thought there ve ll d m t u ur
    de del la las el los un una uno unos unas y o en con por para sobre que se su sus al lo
    le les es era fue hay algo alguno alguna algun cual cuál como donde cuando quien este
    esta ese esa eso mas pero sin tiene habla hablan hablaba hablo episodio episodios
    capitulo capitulos pasaje pasajes mi tu yo
    do da dos das no na nos nas um uma com em por pra para sobre que se sua seu ao aos os
    as e ou episodio episodios aquele aquela isso esse essa tem fala falam falando sao foi
    eu voce alguem algum alguma qual
    der die das und mit von zu im ein eine
    podcast pod show shows giant bomb bombcast gb talk python tp talkpython hipsters ponto
    tech lex fridman making sense sam harris hibt built guy raz js party jsparty go time
    gotime se radio software engineering today focus tif guardian taverncast tc podcasting
    pc na agenda mike neumann dr tim dw langsam gesprochene nachrichten deutsche welle
    historia tom segura espanol espanol rtve ministerio tiempo valientes wola latin america
    michael kennedy paulo silveira gabs ferreira mat ryer jerod santo kball adam curry dave
    jones jeff ryan brad vinny cebrian john dvorak
    """.split()
)

T = TypeVar("T")


def earlier_sets(n: int, first: tuple[str, ...]) -> tuple[str, ...]:
    """The sets the ``n``th fresh set must not come near: ``first`` (the sets before the
    fresh ones, ``make_fresh_questions.EARLIER``), then each fresh set before it."""
    fresh = ["questions_fresh.jsonl"] + [f"questions_fresh{i}.jsonl" for i in range(2, n)]
    return (*first, *fresh)


class FreshSet:
    """The shared functions, bound to one generator's namespace (its ``globals()``) and to
    the ``make_fresh_questions`` module it imported as ``fresh``."""

    def __init__(self, ns: dict[str, Any], fresh: ModuleType) -> None:
        # The namespace, not sys.modules: the tests load a generator without leaving it
        # registered.
        self.ns = ns
        self.fresh = fresh

    def _as_fresh(self, fn: Callable[..., T], *args: object) -> T:
        """Run a function of make_fresh_questions over this set's lists and earlier sets."""
        fresh = self.fresh
        saved = {name: getattr(fresh, name) for name in LISTS}
        try:
            for name in LISTS:
                setattr(fresh, name, self.ns[name])
            return fn(*args)
        finally:
            for name, value in saved.items():
                setattr(fresh, name, value)

    def earlier_sets(self) -> list[tuple[str, set[str]]]:
        """Each question of the earlier sets (``EARLIER``), folded, with the titles it expects."""
        return self._as_fresh(self.fresh.earlier_sets)

    def near_earlier(
        self, q: str, expect: list[str], earlier: list[tuple[str, set[str]]]
    ) -> str | None:
        """An earlier question this one copies or paraphrases (make_fresh_questions' rule)."""
        return self.fresh.near_earlier(q, expect, earlier)

    def reused(self, rows: list[dict]) -> int:
        """How many answerable questions expect only episodes one of the earlier sets expects."""
        return self._as_fresh(self.fresh.reused, rows)

    def feed_shares(self, rows: list[dict], feeds_dir: Path) -> Counter[str]:
        """How many answerable questions expect an episode of each podcast."""
        feed_of: dict[str, set[str]] = {}
        for e in load(feeds_dir):
            feed_of.setdefault(e.title, set()).add(e.feed)
        counts: Counter[str] = Counter()
        for r in rows:
            counts.update(set().union(*(feed_of[t] for t in r["expect"])) if r["expect"] else ())
        return counts

    def size_problems(self, rows: list[dict], shares: Counter[str]) -> list[str]:
        """What the set lacks: questions of a kind, near misses, size, spread over podcasts."""
        ns = self.ns
        problems = []
        kinds = Counter(r["kind"] for r in rows)
        for kind in ("notes", "loose", "guest", "title_typo", "podcast", "number", "latest"):
            if kinds[kind] < ns["MIN_PER_KIND"]:
                problems.append(f"only {kinds[kind]} {kind} questions")
        for kind in ("host_guest", "spanish", "portuguese", "chat", "none"):
            if kinds[kind] < ns["MIN_PER_KIND"]:
                problems.append(f"only {kinds[kind]} {kind} questions")
        if kinds["none"] < ns["MIN_NONE"]:
            problems.append(f"only {kinds['none']} near misses")
        if kinds["none"] + kinds["chat"] < ns["MIN_UNANSWERABLE"]:
            problems.append(f"only {kinds['none'] + kinds['chat']} unanswerable questions")
        if len(rows) < ns["MIN_TOTAL"]:
            problems.append(f"only {len(rows)} questions")
        answerable = sum(1 for r in rows if r["expect"])
        for feed in FEED_FILES:
            if not shares[feed]:
                problems.append(f"no question about {feed}")
            elif shares[feed] > ns["MAX_FEED_SHARE"] * answerable:
                problems.append(f"{feed} takes {shares[feed]} of {answerable} answerable questions")
        # A set that gives MAX_REUSED_SHARE (the eighteenth on) is held to it here too; the
        # earlier sets leave that check to their tests, as they always have.
        if "MAX_REUSED_SHARE" in ns:
            again = self.reused(rows)
            if again > ns["MAX_REUSED_SHARE"] * answerable:
                problems.append(
                    f"{again} of {answerable} answerable questions expect only earlier-set episodes"
                )
        return problems

    def build(self, feeds_dir: Path) -> list[dict]:
        """Every question with its kind and checked expectation, in a fixed order.

        make_fresh_questions.build does the checking; it raises SystemExit listing every
        label the data contradicts. The checks of size and spread follow.
        """
        rows = self._as_fresh(self.fresh.build, feeds_dir)
        problems = self.size_problems(rows, self.feed_shares(rows, feeds_dir))
        if problems:
            raise SystemExit("\n".join(problems))
        return rows

    def main(self) -> None:
        """Check the set and write it to ``OUT`` under ``HEADER``; then print its make-up."""
        feeds_dir = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE.parents[2] / "shared" / "feeds"
        rows = self.build(feeds_dir)
        write(self.ns["OUT"], rows, self.ns["HEADER"])
        kinds = Counter(r["kind"] for r in rows)
        answerable = sum(1 for r in rows if r["expect"])
        print(f"{len(rows)} questions: " + ", ".join(f"{k} {n}" for k, n in kinds.items()))
        shares = self.feed_shares(rows, feeds_dir)
        print("answerable by podcast: " + ", ".join(f"{k} {shares[k]}" for k in FEED_FILES))
        print(
            f"{self.reused(rows)} of {answerable} answerable questions expect only "
            "earlier-set episodes"
        )


class NovelSet(FreshSet):
    """The shared functions, and after their checks the rule of novelty of the twentieth set
    on: a question that expects an episode an earlier set expects asks about it through
    other details than each earlier question expecting it. The set gives ``STOP_WORDS``
    (words that say nothing of an episode: ``NOVELTY_STOP_WORDS``, the list every such set
    shares) and ``MAX_SHARED_WORDS``."""

    def content_words(self, q: str) -> set[str]:
        """A question's words that may say something of an episode: folded, stop words
        dropped, a final "s" dropped (so "bloopers" is "blooper")."""
        stop = self.ns["STOP_WORDS"]
        words = set()
        for w in re.findall(r"[a-z0-9]+", fold(q)):
            if len(w) < 2 or w in stop:
                continue
            words.add(w[:-1] if len(w) > 3 and w.endswith("s") else w)
        return words

    def same_details(self, rows: list[dict], earlier: list[tuple[str, set[str]]]) -> list[str]:
        """Each question on an earlier-set episode that shares more than
        ``MAX_SHARED_WORDS`` content words with an earlier question expecting the same
        episode."""
        most = self.ns["MAX_SHARED_WORDS"]
        problems = []
        for r in rows:
            mine = self.content_words(r["q"])
            for o, o_expect in earlier:
                if not o_expect & set(r["expect"]):
                    continue
                shared = mine & self.content_words(o)
                if len(shared) > most:
                    words = ", ".join(sorted(shared))
                    problems.append(f"{r['q']!r} asks through the details of {o!r} ({words})")
        return problems

    def build(self, feeds_dir: Path) -> list[dict]:
        rows = super().build(feeds_dir)
        problems = self.same_details(rows, self.earlier_sets())
        if problems:
            raise SystemExit("\n".join(problems))
        return rows
