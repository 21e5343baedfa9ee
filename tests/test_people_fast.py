"""The fast paths of the people readers find what the plain patterns find.

Trigger phrases are found word by word (``_triggers``) instead of by one regex over every
character, headings after line breaks instead of at every "^", "X on Y" titles only when
the title has " on ", and the starts of names and ends of sentences with their look-behind
checked by hand (``_after_ok``). Each must give exactly what the plain pattern gives: checked on
every text of the real feeds and on texts built to hit the edges (phrases across line
breaks, letters outside ASCII around a phrase, URLs, runs of phrases).
"""

from __future__ import annotations

import random
import re

from bot.feeds import parse_feed
from bot.people import extract as ex
from bot.people.names import INITIALS_SRC, WORD_SRC
from bot.people.words import TRIGGERS
from tests.conftest import BUNDLED_FEED, FEEDS_DIR, needs_feeds

# The patterns as they were, look-behind in front.
SENTENCE_END = re.compile(r"(?<=[a-z0-9\u00df-\u024f)”\"])[.!?]+[\"”’)]*\s+")
STARTS = re.compile(rf"(?<![\w.'’-])(?:{WORD_SRC}|{INITIALS_SRC})")


def spans(matches) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group()) for m in matches]


def check(text: str) -> None:
    low = ex._lower(text)
    assert spans(ex._triggers(low)) == spans(ex._TRIGGER_RE.finditer(low)), text
    heads = [(m.span("line"), m.group("roster"), m.group("end")) for m in ex._headings(low)]
    plain = [(m.span("line"), m.group("roster"), m.group("end")) for m in ex._HEADING.finditer(low)]
    assert heads == plain, text
    if ex._SPACED_ON.search(text) is None:
        assert ex._TITLE_ON.search(text) is None, text
    for pos, end in ((0, len(text)), (1, len(text) - 1), (len(text) // 3, 2 * len(text) // 3)):
        for fast, plain, ok in (
            (ex._SENTENCE_END, SENTENCE_END, ex._sentence_end_ok),
            (ex._STARTS, STARTS, ex._start_ok),
        ):
            got = spans(ex._after_ok(fast, ok, text, pos, end))
            assert got == spans(plain.finditer(text, pos, end)), (text, pos, end)


EDGES = [
    "Adam Isacson speaks with Beatriz Magaloni, a political scientist at Stanford.",
    "Bob is joined\nby Alice Smith and we talk\n\nwith Carol Jones.",
    "we talk\t\u00a0with Carol; Ana conversó con Luis Pérez y habló con Eva Ruiz.",
    "Today’s guest is Dan Lee. today's guest is Ed Fox. TODAY’S GUEST IS Al Gore",
    "See twitter.com/x and example.com, or com Joana Silva e bate-papo com Rui Costa.",
    "ñwith Bob, _with Bob, with-Bob, withBob, with_Bob, (with Bob), 'with Bob', with",
    "feat. Kid Cudi; featuring: Ann Lee\nfeaturing\nBen Hur",
    "This week’s guest is Jo Ma. this week's guest is\nJo Ma. in conversation with Ko Jo",
    "joined by joined by joins joined with with with com con com",
    "Sponsors:\nFeaturing:\n  Ben Johnson – Twitter\nShow notes\nLinks:\n🔗 links\nnews",
    "Kelsey Hightower on Kubernetes | Hinge: Justin McLeod on\u00a0dating",
    "ΣΊΣΥΦΟΣ speaks with ΟΔΥΣΣΕΑΣ; İstanbul joins Ǆemal. ß with Straße",
    "",
    "\n\n\n",
    "with",
    ". Ann Lee joins. x.Y. J. R. R. Tolkien; Mr. O’Brien-Smith, iPhone, McGuire. (Bo Li)",
    'end." Next. "Quote!" Then 9. B) C” D',
]


def test_edges() -> None:
    for text in EDGES:
        check(text)
        check(text.upper())
        check(text.replace(" ", "\n"))


def test_random_runs_of_phrases() -> None:
    rng = random.Random(7)
    pieces = [*TRIGGERS, "Ana Ruiz", "ana", "é", "ó", "’", "'", "-", ".", ",", "(", "_"]
    pieces += ["\n", " ", "  ", "\t", "\u00a0", "x", "on", "On", ":", "Sponsors:", "Featuring:"]
    pieces += ["J.", "R. ", "O’Brien", "iPhone", "!", "?", ")", "”", '"', "9", "ß"]
    for _ in range(3000):
        seps = [" ", "", "\n", " \n ", "-", "’"]
        text = "".join(rng.choice(pieces) + rng.choice(seps) for _ in range(rng.randint(1, 12)))
        check(text)


@needs_feeds
def test_every_text_of_the_real_feeds() -> None:
    checked = 0
    for path in [*sorted(FEEDS_DIR.glob("*.xml")), BUNDLED_FEED]:
        for ep in parse_feed(path.read_bytes()).episodes:
            for text in (ep.title, ep.description[: ex.MAX_TEXT_CHARS], ep.summary):
                check(text)
                checked += 1
    assert checked > 13_000


def test_heading_pattern_is_the_one_anchored_at_line_starts() -> None:
    # The two patterns share the heading line; only the anchor differs.
    assert ex._HEADING.pattern == "^" + ex._HEADING_LINE
    assert ex._HEADING_AFTER_BREAK.pattern == "\n" + ex._HEADING_LINE
    assert ex._HEADING.flags & re.MULTILINE and ex._HEADING_AFTER_BREAK.flags & re.MULTILINE


def test_a_name_starts_with_a_capital_of_upper() -> None:
    # _read_list leaves at once where no character of _NAME_FIRST is: NAME_RE cannot match.
    for code in range(0x10000):
        ch = chr(code)
        for rest in ("ane Doe", ". Doe", " Doe", "r. Doe", "'Brien Doe", "’Neil Doe"):
            if ex.NAME_RE.match(ch + rest):
                assert ch in ex._NAME_FIRST, hex(code)
