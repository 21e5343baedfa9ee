"""Show notes without their boilerplate, and the part of them that answers a question.

Feeds pad their notes with lines nobody asks about: "See the full show notes ... at
talkpython.fm/407", sponsor reads and promo codes, "support the show", subscribe / follow /
rate-and-review requests, privacy notices, and lists of bare links. This module tells those
apart (tuned on the real feeds in ``../shared/feeds``: Talk Python, How I Built This, Giant
Bombcast, SE Radio, Lex Fridman, JS Party, Go Time and others), so that

* the stored ``summary`` is the notes without them (:func:`clean_notes`, at parse time);
* an answer shows the sentence or two of the notes that hold the question's words
  (:func:`snippet`), with those words found again for bolding (:func:`matched_spans`);
* and says in one line why the episode was chosen (:func:`explain`).

Matching is folded (case and accents) and plural-tolerant, like the search itself. Nothing
here imports discord or touches the database.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from bot.text import ELLIPSIS, fold, normalize, truncate

SNIPPET_CHARS = 300
REASON_CHARS = 120
PREFIX_MIN_CHARS = 7  # like the search: a long word also finds the longer words it starts
REASON_WORDS = 4

# One sentence (or line) that is boilerplate wherever it appears. These patterns run on
# lower-cased text, and only where one of _BOILER_WORDS is (Python's re tries every
# alternative at every position: the gate makes parsing a feed several times faster).
_BOILER = re.compile(
    r"see (?:the )?(?:full|complete|detailed) (?:show ?notes|episode notes|notes)"
    r"|show ?notes (?:for this episode )?(?:are )?(?:at|on) "
    r"|(?:episode|show|podcast|program|programme|content) (?:is|was) (?:brought to you|"
    r"sponsored|supported|presented|made possible|underwritten) by"
    r"|\b(?:it|this|they) (?:is|was|are|were) (?:brought to you|sponsored) by\b"
    r"|^\W*(?:brought to you|sponsored) by\b|\bsponsored by\b"
    r"|\bthanks? (?:you )?to (?:our|this week'?s|today'?s) sponsors?"
    r"|\b(?:our|the|today'?s|this week'?s|this episode'?s) sponsors?\b"
    r"|\bsponsors?\s*:"
    r"|\b(?:promo(?:tional)?|discount|offer|coupon) code\b|\b(?:use|enter) (?:the )?code\b"
    r"|\bsupport (?:the|this|our) (?:show|podcast|work|channel|independent journalism)\b"
    r"|\bsupport us\b|\bhelp support (?:our|the|us)\b|\bboost us\b"
    r"|\bsign up for (?:the|our) newsletter\b|^\W*download the mp\d\b"
    r"|\b(?:order|pre-?order|buy) (?:the|my|our|a copy of) .{0,60}\bbook\b"
    r"|\btickets? (?:at|here)\b|\binformation and tickets\b"
    r"|\bbecome a (?:member|patron|supporter|subscriber)\b|\bon patreon\b|patreon\.com/"
    r"|^\W*(?:please\s+)?(?:subscribe|follow|rate|review|like and subscribe)\b"
    r"|\b(?:rate|review|rate and review|rate,? review,? and subscribe to) "
    r"(?:us|the show|this (?:show|podcast|episode)|the podcast)\b"
    r"|\bleave (?:us )?a (?:rating|review|comment)\b|\bsubscribe (?:to|on|wherever|today|now)\b"
    r"|\bfollow (?:us|me|the show|the podcast|[\w.]+) on\b|\bstay in touch\b"
    r"|\bprivacy (?:policy|notice)\b|\bad ?choices\b|omnystudio\.com/listener"
    r"|changelog\+\+|\bads? disappear\b|\bjoin today\b"
    r"|\bwatch (?:this|the full|the) (?:episode|interview|video|show) on\b"
    r"|\bepisode transcripts?\s*:|\bsomething missing or broken\b|\bprs welcome\b"
)
# A heading that opens a section of boilerplate: everything under it, to the next heading.
_BOILER_HEADING = re.compile(
    r"^\W*(?:(?:our|episode|show|today'?s|this week'?s) )?(?:sponsors?|sponsored by|"
    r"support(?: (?:&|and) connect)?|support the show|podcast info|stay in touch(?: with us)?|"
    r"connect(?: with us)?|find us|follow(?: us)?|subscribe|social(?: media)?|"
    r"where to (?:find|listen)(?: us)?|listen (?:on|to us|anywhere))\W*$"
)
# A URL, a bare domain ("talkpython.fm/407", "github.com"), an e-mail or a handle.
_LINK = re.compile(
    r"(?:https?://|www\.)\S+"
    r"|\b[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|fm|io|dev|co|ai|me|tv|ly|gl|it|us|uk|de|br|app|"
    r"sh|tech|info|edu|gov|social|link|show|to|gg|cc|be)\b(?:/\S*)?"
    r"|\S+@\S+\.\w+|@\w[\w.@-]*"
)
# Labels a link line may carry and still be a bare link ("Twitter: https://...").
_LINK_LABELS = re.compile(
    r"\b(?:twitter|x|instagram|youtube|facebook|linkedin|github|mastodon|spotify|apple|"
    r"google|podcasts?|rss|feed|website|web|site|homepage|home page|tiktok|patreon|medium|"
    r"email|e-mail|discord|threads|bluesky|substack|newsletter|clips|full episodes|stitcher|"
    r"overcast|pocket casts|amazon|music|link|links|here|official|channel|page|store|shop|"
    r"blog|on|and|our|the|my|his|her|their|at|via|or|in)\b",
    re.IGNORECASE,
)
_HEADING_RULE = re.compile(r"^\W*-{2,}.*-{2,}\W*$")
_SENTENCE = re.compile(r"(?<=[.!?…])\s+(?=\S)")
# A word, with the combining accents of text in decomposed form ("o" + U+0301 for "ó").
_TOKEN = re.compile(r"(?:[^\W_]|[\u0300-\u036f])+")
# Words one of which every _BOILER or _BOILER_HEADING match holds: a text with none of them
# (and no link) is all prose, found with one C-level split and a set intersection.
_GATE_WORDS = frozenset(
    b"""notes shownotes brought sponsor sponsors sponsored supported presented possible
    underwritten code support boost newsletter download order preorder pre buy ticket tickets
    become patreon subscribe subscribed subscriber subscribers follow rate review reviews
    comment touch privacy choices adchoices omnystudio changelog disappear join watch
    transcript transcripts broken prs connect info find listen social""".split()
)
# What to look for in a line of a text that has gate words: fewer, cheaper substrings.
_BYTE_WORDS = bytes(c if chr(c).isalnum() or c >= 128 else 32 for c in range(256))
_LINE_GATES: dict[bytes, str] = {
    b"notes": "notes", b"shownotes": "shownotes", b"brought": "brought", b"sponsor": "sponsor",
    b"sponsors": "sponsor", b"sponsored": "sponsor", b"supported": "supported by",
    b"presented": "presented by", b"possible": "possible by", b"underwritten": "underwritten",
    b"code": "code ", b"support": "support", b"boost": "boost us", b"newsletter": "newsletter",
    b"download": "download the mp", b"order": "order", b"preorder": "order", b"pre": "order",
    b"buy": "buy", b"ticket": "ticket", b"tickets": "ticket", b"become": "become a",
    b"patreon": "patreon", b"subscribe": "subscri", b"subscribed": "subscri",
    b"subscriber": "subscri", b"subscribers": "subscri", b"follow": "follow", b"rate": "rate",
    b"review": "review", b"reviews": "review", b"comment": "comment", b"touch": "in touch",
    b"privacy": "privacy", b"choices": "choices", b"adchoices": "adchoices",
    b"omnystudio": "omnystudio", b"changelog": "changelog", b"disappear": "disappear",
    b"join": "join today", b"watch": "watch", b"transcript": "transcript",
    b"transcripts": "transcript", b"broken": "missing or broken", b"prs": "prs welcome",
}  # fmt: skip
_TLD = re.compile(
    r"\.(?:com|org|net|fm|io|dev|co|ai|me|tv|ly|gl|it|us|uk|de|br|app|sh|tech|info|edu|gov|"
    r"social|link|show|to|gg|cc|be)\b"
)

PROSE, LINK, BOILER = "prose", "link", "boiler"


def stem(word: str) -> str:
    """The light plural stemmer the search uses (``bot.answer``): prisons -> prison."""
    if len(word) > 4 and word.endswith("es") and word[-3] in "sxz":
        return word[:-2]
    if len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


def is_boilerplate(line: str) -> bool:
    """Whether one line (or sentence) of notes is boilerplate on its own."""
    low = line.strip().lower()
    gates = tuple(dict.fromkeys(_LINE_GATES.values()))
    return _line_kind(low, gates, _may_link(low)) == BOILER


def _gates(low_text: str) -> tuple[str, ...]:
    """The substrings worth looking for in the lines of a lower-cased text."""
    present = _GATE_WORDS.intersection(low_text.encode().translate(_BYTE_WORDS).split())
    return tuple(dict.fromkeys(_LINE_GATES[w] for w in present if w in _LINE_GATES))


def _has_boiler(low: str, gates: Sequence[str]) -> bool:
    """Whether ``_BOILER`` matches the lower-cased ``low``, looked for only around the gate
    words in it: on a long paragraph, trying every alternative at every position is slow."""
    for gate in gates:
        i = low.find(gate)
        while i != -1:
            # At the start of a word only: "border" holds no "order", "separate" no "rate".
            if i == 0 or not low[i - 1].isalnum():
                start, end = max(0, i - 60), i + len(gate) + 80
                window = low[start:end]
                # Only the alternatives whose words are in the window can match in it: the
                # same answer as _BOILER.search over the window, without trying all 39 of
                # them at each of its positions.
                for needs, pattern in _BOILER_GROUPS:
                    if any(n in window for n in needs) and pattern.search(low, start, end):
                        return True
            i = low.find(gate, i + len(gate))
    return False


# What every match of each alternative of _BOILER holds (one of), in _BOILER's order.
_BOILER_NEEDS: tuple[tuple[str, ...], ...] = (
    ("notes",), ("notes",), (" by",), (" by",), (" by",), ("sponsored by",), ("sponsor",),
    ("sponsor",), ("sponsor",), ("code",), ("code",), ("support ",), ("support us",),
    ("help support ",), ("boost us",), ("newsletter",), ("download the mp",), ("book",),
    ("ticket",), ("and tickets",), ("become a ",), ("on patreon",), ("patreon.com/",),
    ("subscribe", "follow", "rate", "review"), ("rate", "review"), ("leave ",),
    ("subscribe ",), ("follow ",), ("stay in touch",), ("privacy ",), ("choices",),
    ("omnystudio.com/listener",), ("changelog++",), ("disappear",), ("join today",),
    ("watch ",), ("transcript",), ("missing or broken",), ("prs welcome",),
)  # fmt: skip


def _alternatives(pattern: str) -> list[str]:
    """The top-level alternatives of a regular expression's source."""
    out: list[str] = []
    start = depth = 0
    i, in_class = 0, False
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            i += 2
            continue
        if in_class:
            in_class = c != "]"
        elif c == "[":
            in_class = True
        elif c in "()":
            depth += 1 if c == "(" else -1
        elif c == "|" and depth == 0:
            out.append(pattern[start:i])
            start = i + 1
        i += 1
    out.append(pattern[start:])
    return out


def _boiler_groups() -> tuple[tuple[tuple[str, ...], re.Pattern[str]], ...]:
    """_BOILER's alternatives grouped by what their matches hold. Should _BOILER change
    without _BOILER_NEEDS, the whole pattern is tried wherever a gate is (as before)."""
    alternatives = _alternatives(_BOILER.pattern)
    if len(alternatives) != len(_BOILER_NEEDS) or any(
        n not in alt.replace("\\", "")
        for alt, needs in zip(alternatives, _BOILER_NEEDS, strict=True)
        for n in needs
    ):
        return ((("",), _BOILER),)
    grouped: dict[tuple[str, ...], list[str]] = {}
    for alt, needs in zip(alternatives, _BOILER_NEEDS, strict=True):
        grouped.setdefault(needs, []).append(alt)
    return tuple((needs, re.compile("|".join(alts))) for needs, alts in grouped.items())


_BOILER_GROUPS = _boiler_groups()


def _may_link(low: str) -> bool:
    return "://" in low or "www." in low or "@" in low or bool(_TLD.search(low))


def _is_link_token(token: str) -> bool:
    return "://" in token or "@" in token or token.startswith("www.") or bool(_TLD.search(token))


def _line_kind(low: str, gates: Sequence[str], links: bool) -> str:
    """The kind of one lower-cased line, given the substrings that may make boilerplate and
    whether the text has links at all."""
    if len(low) <= 60 and _BOILER_HEADING.match(low):
        return BOILER
    if gates and _has_boiler(low, gates):
        return BOILER
    if not links or not _may_link(low):
        return PROSE
    # A link token holds ".", "@" or ":" (see _is_link_token): the others are not tested.
    rest = " ".join(
        [t for t in low.split() if not (("." in t or "@" in t or ":" in t) and _is_link_token(t))]
    )
    if len(rest) > 100:
        return PROSE  # a paragraph that holds a link
    if not any(c.isalnum() for c in _LINK_LABELS.sub(" ", rest)):
        return BOILER  # a bare link, or one labelled only with where it leads
    return LINK


def _is_heading(line: str) -> bool:
    if len(line) > 60:
        return False
    if line.endswith(":") or (line.isupper() and sum(c.isalpha() for c in line) >= 3):
        return not _SENTENCE.search(line)
    return line.startswith("-") and bool(_HEADING_RULE.match(line))


def classify(text: str) -> list[tuple[str, str]]:
    """The lines of ``text`` (blank ones kept, as ``""``) each with its kind: prose, a
    labelled link, or boilerplate. A boilerplate heading ("Sponsors", "SUPPORT & CONNECT:")
    or a boilerplate line that ends with ":" ("... checking out our sponsors:") makes what
    follows boilerplate up to the next heading or a long line of plain prose."""
    low_text = text.lower()
    words = _gates(low_text)
    links = _may_link(low_text)
    if not words and not links:
        return [(line, PROSE if line else "") for line in text.split("\n")]
    out: list[tuple[str, str]] = []
    heads: list[bool] = []  # whether each line of out is a heading (see _drop_empty_headings)
    in_boiler = False
    cache = _LINE_CACHE
    for raw in text.split("\n"):
        line = raw.strip()
        if not line:
            out.append(("", ""))
            heads.append(False)
            continue
        low = line.lower()
        # What a line is does not depend on the rest of the text beyond the gates it holds
        # (a gate not in the line is never found in it) and whether the text has links:
        # the same lines (sponsors, links, sign-offs) come back in every episode of a feed.
        key = (line, tuple([g for g in words if g in low]) if words else (), links)
        step = cache.get(key)
        if step is None:
            if len(cache) >= _LINE_CACHE_MAX:
                cache.clear()
            step = cache[key] = _line_step(line, low, key[1], links)
        ends, new_line, kind, opens, boiler_head, heading = step
        if in_boiler:
            if not ends:
                out.append((line, BOILER))
                heads.append(False)
                continue
            in_boiler = False
        if kind is None:
            # Boilerplate sentences dropped from a paragraph: what is left is classified
            # again with all the text's gates (its joined sentences may form a new one).
            kind = _line_kind(new_line.lower(), words, links)
            in_boiler = opens or (kind == BOILER and boiler_head)
            heading = _is_heading(new_line)
        else:
            in_boiler = kind == BOILER and (opens or boiler_head)
        out.append((new_line, kind))
        heads.append(heading)
    return _drop_empty_headings(out, heads)


# classify's per-line steps, by (line, the gates in it, whether the text has links); cleared
# when full so a long run of distinct lines cannot grow it without bound.
_LINE_CACHE: dict[
    tuple[str, tuple[str, ...], bool], tuple[bool, str, str | None, bool, bool, bool]
] = {}
_LINE_CACHE_MAX = 50_000


def _line_step(
    line: str, low: str, gates: Sequence[str], links: bool
) -> tuple[bool, str, str | None, bool, bool, bool]:
    """One non-blank line of classify: (whether it ends a boilerplate section, the line to
    keep, its kind or None when it must be classified again with the text's gates, whether
    it opens a boilerplate section, whether it is a boilerplate heading, whether the line
    kept is a heading: the line itself when its kind is known)."""
    heading = _is_heading(line)
    boiler_head = len(low) <= 60 and bool(_BOILER_HEADING.match(low))
    # _line_kind's first test is boiler_head: not matched a second time.
    kind = BOILER if boiler_head else _line_kind(low, gates, links)
    ends = heading or (len(line) >= 120 and kind == PROSE)
    opens = line.endswith(":")
    if kind == BOILER and not heading:
        # A paragraph of prose may hold a boilerplate sentence: only that one goes. (A gate
        # found in a sentence is in the line: the line's gates are enough here.)
        sentences = _SENTENCE.split(line)
        kept = (
            [s for s in sentences if not _has_boiler(s.lower(), gates)]
            if len(sentences) > 1
            else []
        )
        if kept:
            opens = opens and sentences[-1] is not kept[-1]
            return ends, " ".join(kept), None, opens, boiler_head, False
    return ends, line, kind, opens, boiler_head, heading


def _drop_empty_headings(lines: list[tuple[str, str]], heads: list[bool]) -> list[tuple[str, str]]:
    """A heading left with nothing under it ("Links:" over bare URLs) goes too. ``heads``:
    whether each line is a heading (_is_heading, known from classify)."""
    if not any(heads):
        return lines
    keep = [True] * len(lines)
    has_content = False
    for i in range(len(lines) - 1, -1, -1):
        line, kind = lines[i]
        if not line or kind == BOILER:
            continue
        if heads[i]:
            if not has_content:
                keep[i] = False
            has_content = False
        else:
            has_content = True
    return [pair for pair, k in zip(lines, keep, strict=True) if k]


def clean_notes(text: str) -> str:
    """``text`` without its boilerplate lines, sections and sentences; paragraphs kept."""
    if not text:
        return ""
    lines = classify(text)
    out: list[str] = []
    blank = False
    for line, kind in lines:
        if kind == BOILER:
            continue
        if not line:
            blank = True
            continue
        if blank and out:
            out.append("")
        out.append(line)
        blank = False
    return "\n".join(out)


# --- matching words ------------------------------------------------------------------------


class _Words:
    """The question's words, ready to be found in text: folded, by stem, long ones also as
    the start of a longer word ("feminist" ~ "feministas")."""

    def __init__(self, words: Iterable[str]) -> None:
        self.stems: dict[str, str] = {}  # stem -> the question word
        for word in words:
            folded = normalize(word)
            if folded and " " not in folded:
                self.stems.setdefault(stem(folded), folded)
        self.long = [s for s in self.stems if len(s) >= PREFIX_MIN_CHARS]
        # token -> word_of(token): a text's words come back (and an answer's episodes
        # share their feed's phrasing), and each lookup folds and stems.
        self._seen: dict[str, str | None] = {}

    def __bool__(self) -> bool:
        return bool(self.stems)

    def may_hold(self, folded_text: str) -> bool:
        return any(s in folded_text for s in self.stems)

    def word_of(self, token: str) -> str | None:
        """The question word ``token`` (a word of the text) matches, if any."""
        seen = self._seen
        if token in seen:
            return seen[token]
        if len(seen) >= _SEEN_MAX:
            seen.clear()
        folded = fold(token)
        found = self.stems.get(stem(folded))
        if found is None:
            for s in self.long:
                if folded.startswith(s):
                    found = self.stems[s]
                    break
        seen[token] = found
        return found


_SEEN_MAX = 20_000  # tokens a _Words remembers (then it starts again)


@lru_cache(maxsize=64)
def _words(words: tuple[str, ...]) -> _Words:
    """The :class:`_Words` of these words, shared by the calls that ask for the same ones
    (an answer's episodes are explained one after the other, with the same words)."""
    return _Words(words)


def matched_spans(text: str, words: Iterable[str] | _Words) -> list[tuple[int, int]]:
    """Where the question's words are in ``text``: (start, end) of each matching word."""
    wanted = words if isinstance(words, _Words) else _Words(words)
    if not wanted or not wanted.may_hold(fold(text)):
        return []
    return [m.span() for m in _TOKEN.finditer(text) if wanted.word_of(m.group())]


def _found(text: str, wanted: _Words) -> dict[str, str]:
    """Question word -> its first form in ``text``."""
    found: dict[str, str] = {}
    seen = wanted._seen  # word_of's answers so far: most tokens are looked up again
    for token in _TOKEN.findall(text):
        word = seen[token] if token in seen else wanted.word_of(token)
        if word is not None and word not in found:
            found[word] = token
    return found


# --- snippets --------------------------------------------------------------------------------


def snippet(text: str, words: Iterable[str], limit: int = SNIPPET_CHARS) -> str:
    """The sentence or two of ``text`` that hold the most of ``words``, at most ``limit``
    characters, cut at word boundaries with an ellipsis; never boilerplate. ``""`` when no
    word is found in the text (outside its boilerplate)."""
    best = _best(text, _Words(words), limit)
    return best[0] if best else ""


def _best(text: str, wanted: _Words, limit: int) -> tuple[str, dict[str, str]] | None:
    if not text or not wanted or not wanted.may_hold(fold(text)):
        return None
    # (rank, sentence index) of each sentence holding a word, prose before link lines.
    sentences: list[tuple[str, str]] = []  # (sentence, kind)
    best: tuple[tuple[int, int, int], int, dict[str, str]] | None = None
    for line, kind in classify(text):
        if not line or kind == BOILER:
            continue
        if not wanted.may_hold(fold(line)):
            sentences.append((line, kind))
            continue
        for sentence in _SENTENCE.split(line) if kind == PROSE else [line]:
            found = _found(sentence, wanted) if wanted.may_hold(fold(sentence)) else {}
            if found:
                rank = (len(found), kind == PROSE, -len(sentences))
                if best is None or rank > best[0]:
                    best = (rank, len(sentences), found)
            sentences.append((sentence, kind))
    if best is None:
        return None
    _, i, found = best
    text_out = sentences[i][0]
    if len(text_out) > limit:
        return _window(text_out, wanted, limit), found
    # A second sentence: the next one when it fits (for context or more of the words).
    if i + 1 < len(sentences) and sentences[i + 1][1] == PROSE == sentences[i][1]:
        joined = f"{text_out} {sentences[i + 1][0]}"
        if len(joined) <= limit:
            more = _found(sentences[i + 1][0], wanted)
            if len(text_out) < limit // 2 or set(more) - set(found):
                text_out = joined
                found = {**found, **more}
    return text_out, found


def _window(sentence: str, wanted: _Words, limit: int) -> str:
    """``limit`` characters of a long sentence around its first matched word."""
    spans = matched_spans(sentence, wanted)
    first = spans[0][0] if spans else 0
    if first < limit // 3:
        return truncate(sentence, limit)
    start = sentence.rfind(" ", 0, max(first - limit // 4, 0)) + 1
    body = truncate(sentence[start:], limit - 1)
    return ELLIPSIS + body


def summary_start(text: str, limit: int = SNIPPET_CHARS) -> str:
    """The start of the cleaned notes, at most ``limit`` characters, cut at a word."""
    lines = [line for line in clean_notes(text).split("\n") if line]
    # Paragraphs run on in one line: one that ends without punctuation (a heading, a
    # lead-in) gets a dash, so "...Awards Month" and "President Bukele..." stay apart.
    joined = " ".join(line if line[-1] in ".!?…:;,\"'”’)" else f"{line} —" for line in lines[:-1])
    return truncate(f"{joined} {lines[-1]}".strip() if lines else "", limit)


# --- why an episode answers ------------------------------------------------------------------


@dataclass(slots=True, frozen=True)
class Explanation:
    """What an answer shows under an episode's title: the snippet and why it was chosen.

    ``reason`` is one short line ("Guest: Beatriz Magaloni", "Mentions: remittances,
    economy"); ``parts`` holds it as (kind, value) pairs for a translated rendering, kind
    one of ``guest``, ``host``, ``topic``, ``mentions``, ``title``, ``number``, ``latest``;
    ``words`` are the question words to bold in the snippet.
    """

    snippet: str
    reason: str
    parts: tuple[tuple[str, str], ...]
    words: tuple[str, ...]


REASON_LABELS = {
    "guest": "Guest",
    "host": "Host",
    "topic": "Topic",
    "mentions": "Mentions",
    "title": "Title",
    "number": "Episode number",
    "latest": "Newest episode",
}


def _evidence(
    title: str, notes: str, words: Sequence[str], limit: int, named: bool
) -> tuple[tuple[str, dict[str, str]] | None, dict[str, str]]:
    """The best snippet of ``notes`` holding ``words`` (with the forms found), and, where
    there is none and nothing ``named`` the episode yet, the words its title holds."""
    wanted = _words(tuple(words))
    if not wanted:
        return None, {}
    best = _best(notes, wanted, limit)
    return best, {} if best or named else _found(title, wanted)


def explain(
    *,
    title: str,
    summary: str,
    notes: str,
    guests: Sequence[str] = (),
    hosts: Sequence[str] = (),
    topics: Sequence[str] = (),
    words: Sequence[str] = (),
    person: str | None = None,
    topic: str | None = None,
    latest: bool = False,
    limit: int = SNIPPET_CHARS,
    translated: Sequence[str] = (),
    number: str | None = None,
) -> Explanation:
    """The snippet and reason for one answered episode.

    ``words`` are the question's content words (after typo correction); those that named
    the ``person`` or the ``topic`` are set aside. The rest are looked for in the notes:
    the snippet is the sentence or two holding the most of them, else (a match by guest,
    topic or title alone) the start of the cleaned summary. ``translated``: the words in
    the archive's other languages ("codigo limpio": "code", "clean"), looked for where
    none of the words themselves is found (a question in Spanish about English notes).
    ``number``: the episode number the question asked for, first in the reason.
    """
    # The number asked for comes first: it is what found the episode.
    parts: list[tuple[str, str]] = [("number", number)] if number else []
    if person:
        key = normalize(person)
        if any(normalize(g) == key for g in guests):
            parts.append(("guest", person))
        elif any(normalize(h) == key for h in hosts):
            parts.append(("host", person))
    named: set[str] = set()
    # A person who is not on the episode, or a topic it is not tagged with (a title or
    # notes that name it), is one of the words its notes mention: the snippet shows where
    # ("the latest that mentions Ed Boon").
    tagged = bool(topic) and any(normalize(t) == normalize(topic) for t in topics)
    on_episode = any(kind in ("guest", "host") for kind, _ in parts)
    for name in (person if on_episode else None, topic if tagged else None):
        if name:
            named |= {stem(w) for w in normalize(name).split()}
    rest = [w for w in words if stem(normalize(w)) not in named]
    named_already = on_episode or tagged
    best, in_title = _evidence(title, notes or summary, rest, limit, named_already)
    if not best and not in_title and translated:
        across = [w for w in translated if stem(normalize(w)) not in named]
        best, in_title = _evidence(title, notes or summary, across, limit, named_already)
    if tagged:
        parts.append(("topic", topic))
    if best:
        parts.append(("mentions", ", ".join(list(best[1].values())[:REASON_WORDS])))
    elif in_title:
        parts.append(("title", ", ".join(list(in_title.values())[:REASON_WORDS])))
    if latest and not parts:
        parts.append(("latest", ""))
    if best:
        text, shown = best[0], tuple(best[1])
    else:
        text, shown = summary_start(summary or notes, limit), ()
    reason = " · ".join(
        f"{REASON_LABELS[kind]}: {value}" if value else REASON_LABELS[kind] for kind, value in parts
    )
    return Explanation(text, truncate(reason, REASON_CHARS), tuple(parts), shown)
