"""The topic catalogue: which countries, regions and themes an episode is about.

Topics come from ``data/topics.json`` (its ``_comment`` documents the format). Episodes get
their topics at ingest through :meth:`TopicCatalog.assign`; questions find them through
:meth:`TopicCatalog.find_in_question` and :meth:`TopicCatalog.lookup`.

Matching works on :func:`bot.text.normalize`d text (folded, words separated by single
spaces), so accents, case and punctuation never matter, and aliases only match whole words.
All the aliases of all topics are compiled into ONE regular expression, shaped as a trie so
that the engine never tries the aliases one by one; a look-ahead lets overlapping aliases
that start at different words all count ("U.S.-Mexico border" is the border and Mexico).
Acronyms written in capitals in the file ("ICE") match case-sensitively, through a second,
small expression run on the raw text.

Nothing here imports discord.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from itertools import compress
from pathlib import Path
from typing import Any

from bot.data_files import TOPICS_NAME, bundled, topics_file
from bot.phrases import trie_pattern
from bot.text import normalize, normalized_words, strip_invisible

DEFAULT_PATH = bundled(TOPICS_NAME)
KINDS = ("country", "region", "theme")

EXACT = 100.0
FUZZY_CUTOFF = 85.0  # lookup: the least rapidfuzz ratio for a misspelt phrase
MENTION_CAP = 95.0  # lookup: a topic named inside a longer phrase is never an exact match
MIN_TYPO_LEN = 5  # shorter words are never read as misspelt
_LOOKUP_CACHE_SIZE = 4096
_SHORT_TEXT = 200  # keywords and categories up to this long have their topics kept
_SHORT_CACHE_SIZE = 8192

_WORD_BEFORE = re.compile(r"([A-Za-z]+)[^A-Za-z]*$")
_WORD_AFTER = re.compile(r"[^A-Za-z]*([A-Za-z]+)")
_ACRONYM = re.compile(r"^[A-Z0-9]*[A-Z][A-Z0-9]*$")  # one word in capitals: "ICE", "DEA"


@dataclass(frozen=True, slots=True)
class Topic:
    """One entry of the catalogue, as written in the file."""

    name: str
    kind: str
    aliases: tuple[str, ...]
    question_only: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class _Alias:
    """An alias ready to match: its normalized forms and whether it is an acronym."""

    text: str
    forms: tuple[str, ...]  # normalized, the alias first, then its plural forms
    acronym: bool


def _plural_forms(word: str) -> list[str]:
    """Plural forms of a lower-case word, in English and Spanish: s, es, y -> ies."""
    forms = []
    if not word.endswith("s"):
        forms.append(word + "s")
    if word.endswith(("s", "x", "z", "ch", "sh", "n", "l", "r", "d", "j")):
        forms.append(word + "es")
    if len(word) > 2 and word.endswith("y") and word[-2] not in "aeiou":
        forms.append(word[:-1] + "ies")
    return forms


def _prepare(alias: str) -> _Alias | None:
    """Normalize one alias of the file; ``None`` for an alias with no words."""
    text = alias.strip()
    norm = normalize(text)
    if not norm:
        return None
    if len(text) > 1 and _ACRONYM.match(text):
        return _Alias(text, (norm,), acronym=True)
    forms = [norm]
    head, _, last = norm.rpartition(" ")
    if not text[0].isupper() and last.isalpha():
        prefix = f"{head} " if head else ""
        forms += [prefix + p for p in _plural_forms(last)]
    return _Alias(text, tuple(dict.fromkeys(forms)), acronym=False)


# normalize() of ASCII text as one table of bytes: letters lower-cased, digits kept,
# everything else a space (bytes.translate is a plain table lookup, where str.lower() and
# str.translate() are two passes and the second looks each character up in a dict).
_ASCII_NORMAL = bytes(ord(chr(c).lower()) if chr(c).isalnum() else 32 for c in range(128))
_ASCII_NORMAL += b" " * 128  # never used: the text is ASCII


def _latin1_tables() -> tuple[bytes, bytes, re.Pattern[bytes] | None]:
    """normalize() of Latin-1 text as a table of bytes, derived from normalize() itself,
    one character at a time (what it does to a character does not depend on the others):
    "É" is "e", "ª" is "a", "¿" a separator, a soft hyphen is dropped. Returns the table,
    the bytes to drop, and a pattern of the bytes that have no one-byte form ("ß" is
    "ss", "µ" Greek): text with those goes the slow way."""
    table = bytearray(_ASCII_NORMAL)
    drop = bytearray()
    slow = bytearray()
    for c in range(128, 256):
        words = normalized_words(f"a{chr(c)}b")
        if words == ["ab"]:
            drop.append(c)
        elif words == ["a", "b"]:
            table[c] = 32
        elif len(words) == 1 and len(words[0]) == 3 and words[0][1] in _ASCII_LETTERS:
            table[c] = ord(words[0][1])
        else:
            slow.append(c)
    return bytes(table), bytes(drop), re.compile(b"[%s]" % re.escape(slow)) if slow else None


_ASCII_LETTERS = frozenset("abcdefghijklmnopqrstuvwxyz0123456789")
_LATIN1_NORMAL, _LATIN1_DROP, _LATIN1_SLOW = _latin1_tables()

# Characters beyond Latin-1 ("’", "–", emoji, "ń", a combining accent), each read once:
# what normalize() makes of it, see _char_form.
_BEYOND_LATIN1 = re.compile("[^\x00-\xff]")
_CHAR_FORMS: dict[str, str | None] = {}
_CHAR_FORMS_SIZE = 4096


def _char_form(ch: str) -> str | None:
    """What normalize() makes of ``ch`` wherever it is (it treats each character alone):
    " " for a separator, "" for a character it drops (a combining accent, a zero-width
    space), a letter ("ń" is "n"), or ``None`` for anything else."""
    form = _CHAR_FORMS.get(ch, "?")
    if form == "?":
        words = normalized_words(f"a{ch}b")
        if words == ["a", "b"]:
            form = " "
        elif words == ["ab"]:
            form = ""
        elif len(words) == 1 and len(words[0]) == 3 and words[0][1] in _ASCII_LETTERS:
            form = words[0][1]
        else:
            form = None
        if len(_CHAR_FORMS) >= _CHAR_FORMS_SIZE:
            _CHAR_FORMS.clear()
        _CHAR_FORMS[ch] = form
    return form


# The separators most notes have ("don’t", "2019–2024", "\u00a0"): replaced by spaces
# first, each found at C speed, so that such notes take the ASCII path. (Kept only if
# normalize() does make each a separator.)
_COMMON_SEPARATORS = tuple(c for c in "’–—“”‘…•·«»¡¿\u00a0" if _char_form(c) == " ")


def _fast_words(raw: str) -> tuple[list[str] | None, bool]:
    """``normalized_words(raw)`` by tables of bytes where the text allows it: ASCII, or
    Latin-1 (accented letters of Spanish, Portuguese, French...) once each character beyond
    it is replaced by what normalize() makes of it ("’" a space). Returns the words
    (``None``: use normalized_words) and whether every character of ``raw`` outside ASCII
    is a separator (then a word of ASCII letters stands alone in ``raw`` too)."""
    if not raw.isascii():
        for ch in _COMMON_SEPARATORS:
            if ch in raw:  # a C-level scan; replace() would copy the text even when absent
                raw = raw.replace(ch, " ")
        if not raw.isascii():
            return _latin1_words(raw), False
    return raw.encode("ascii").translate(_ASCII_NORMAL).decode("ascii").split(), True


def _latin1_words(raw: str) -> list[str] | None:
    """``normalized_words(raw)`` of text beyond ASCII by one table (see _latin1_tables),
    where folding (casefold, NFKD and a regex pass over the whole text) costs several times
    more; ``None`` where that cannot be done."""
    try:
        data = raw.encode("latin-1")
    except UnicodeEncodeError:  # emoji, "ń", a combining accent: each replaced, if it can be
        for ch in set(_BEYOND_LATIN1.findall(raw)):
            form = _char_form(ch)
            if form is None:
                return None
            raw = raw.replace(ch, form)
        data = raw.encode("latin-1")
    if _LATIN1_SLOW is not None and _LATIN1_SLOW.search(data):
        return None
    return data.translate(_LATIN1_NORMAL, _LATIN1_DROP).decode("ascii").split()


def _text_words(raw: str) -> list[str]:
    """``normalized_words(raw)``, faster on text that :func:`_fast_words` reads."""
    words, _ = _fast_words(raw)
    return normalized_words(raw) if words is None else words


def _inside(text: str, phrases: Sequence[str]) -> dict[int, int]:
    """Where each of ``phrases`` stands as whole words in ``text`` (both normalised): the
    offset of each of its words but the first, mapped to where the phrase ends (the
    furthest, where two overlap). One pass per phrase, whatever the text matches."""
    out: dict[int, int] = {}
    for phrase in phrases:
        starts = [0]
        for i, ch in enumerate(phrase):
            if ch == " ":
                starts.append(i + 1)
        at = text.find(phrase)
        while at >= 0:
            end = at + len(phrase)
            if (at == 0 or text[at - 1] == " ") and (end == len(text) or text[end] == " "):
                for offset in starts[1:]:
                    if out.get(at + offset, -1) < end:
                        out[at + offset] = end
            at = text.find(phrase, at + 1)
    return out


def _acronym_pattern(acronyms: Mapping[str, object]) -> re.Pattern[str] | None:
    """A case-sensitive expression for whole-word acronyms ("ICE", not "3.ICE" or "ICEs")."""
    if not acronyms:
        return None
    # No look-behind in front: a pattern that starts with literals is scanned several
    # times faster; ``_whole_acronyms`` checks the character before instead.
    return re.compile(rf"({trie_pattern(acronyms)})(?!\w)")


def _whole_acronyms(pattern: re.Pattern[str], raw: str) -> Iterator[re.Match[str]]:
    """The matches of ``pattern`` not preceded by a word character or a dot ("3.ICE")."""
    for m in pattern.finditer(raw):
        start = m.start()
        if start:
            before = raw[start - 1]
            if before in "._" or before.isalnum():
                continue
        yield m


class TopicCatalog:
    """The topics of ``data/topics.json``, with the matchers built from their aliases."""

    def __init__(self, topics: Iterable[Topic], not_topics: Iterable[str] = ()) -> None:
        self.topics: list[Topic] = list(topics)
        self._by_key: dict[str, int] = {}
        for i, topic in enumerate(self.topics):
            key = normalize(topic.name)
            if not key:
                raise ValueError(f"topic #{i + 1} has an empty name")
            if key in self._by_key:
                raise ValueError(f"topic {topic.name!r} is listed twice")
            if topic.kind not in KINDS:
                raise ValueError(f"topic {topic.name!r}: kind must be one of {', '.join(KINDS)}")
            self._by_key[key] = i

        text_forms: dict[str, set[int]] = {}  # normalized form -> topics, for episode text
        question_forms: dict[str, set[int]] = {}  # the same plus question-only aliases
        acronyms: dict[str, set[int]] = {}  # as written -> topics, for episode text
        question_acronyms: dict[str, set[int]] = {}  # the same plus question-only ones
        prepared: list[tuple[int, _Alias, bool]] = []  # (topic, alias, also in episode text)
        for i, topic in enumerate(self.topics):
            quiet = {normalize(a) for a in topic.question_only}
            in_text = [] if normalize(topic.name) in quiet else [topic.name]
            for alias, text_too in [
                *((a, True) for a in (*in_text, *topic.aliases)),
                *((a, False) for a in (topic.name, *topic.question_only)),
            ]:
                ready = _prepare(alias)
                if ready is not None:
                    prepared.append((i, ready, text_too))
        # A generated plural never gives a form that the file writes for some topic to
        # another topic: only the forms as written count for those.
        written = {a.forms[0] for _, a, _ in prepared if not a.acronym}
        for i, alias, text_too in prepared:
            if alias.acronym:
                question_acronyms.setdefault(alias.text, set()).add(i)
                if text_too:
                    acronyms.setdefault(alias.text, set()).add(i)
                continue
            for n, form in enumerate(alias.forms):
                if n and form in written:
                    continue
                question_forms.setdefault(form, set()).add(i)
                if text_too:
                    text_forms.setdefault(form, set()).add(i)

        # The forms of aliases the file writes in lower case: words ("cuban", "drought"),
        # not names ("Petro", "Havana"). Only such a word inside a person's name is the
        # name's, not the topic's (see :meth:`weighted`).
        named = {
            f for _, a, _ in prepared if not a.acronym and a.text[0].isupper() for f in a.forms
        }
        self._word_forms = frozenset(
            f
            for _, a, _ in prepared
            if not a.acronym and not a.text[0].isupper()
            for f in a.forms
            if f not in named
        )
        self._masks: set[str] = set()
        for phrase in not_topics:
            norm = normalize(phrase)
            if norm:
                self._masks.add(norm)
                text_forms[norm] = set()
                question_forms[norm] = set()

        self._text_topics: dict[str, tuple[int, ...]] = {
            f: tuple(sorted(ids)) for f, ids in text_forms.items()
        }
        self._question_topics: dict[str, tuple[int, ...]] = {
            f: tuple(sorted(ids)) for f, ids in question_forms.items()
        }
        self._acronyms = {a: tuple(sorted(ids)) for a, ids in acronyms.items()}
        self._question_acronyms = {a: tuple(sorted(ids)) for a, ids in question_acronyms.items()}
        # The forms as a trie of words, for the word-by-word scan of episode text (several
        # times faster than one regex of every form on long show notes): a node maps the
        # next word to its node, and "" to the form that ends there. A word that follows
        # no form's word ends the walk at once, without joining words to try.
        self._word_trie: dict[str, Any] = {}
        for form in self._text_topics:
            node = self._word_trie
            for word in form.split(" "):
                node = node.setdefault(word, {})
            node[""] = form
        # The forms of short texts (keywords, categories: the same few in every episode
        # of a feed) as found, so that each is scanned once.
        self._short_cache: dict[str, tuple[tuple[int, int], ...]] = {}
        self._acronym_re = _acronym_pattern(self._acronyms)
        # The words that start a form, and the acronyms as normalized words (a node with no
        # form, unless a form starts with that word too): looked up together (see _scan).
        self._acronym_words = frozenset(normalize(a) for a in self._acronyms)
        self._starts: dict[str, Any] = {a: {} for a in self._acronym_words}
        self._starts.update(self._word_trie)
        self._question_acronym_re = _acronym_pattern(self._question_acronyms)

        # Questions: phrases as word tuples, their prefixes, and the words a typo may hit.
        self._phrases: dict[tuple[str, ...], tuple[int, ...]] = {
            tuple(f.split()): ids for f, ids in self._question_topics.items()
        }
        self._prefixes: set[tuple[str, ...]] = {
            words[:n] for words in self._phrases for n in range(1, len(words))
        }
        self._max_words = max((len(w) for w in self._phrases), default=1)
        self._vocab = {w for words in self._phrases for w in words}
        self._not_typos = {m for m in self._masks if " " not in m}
        # Typos are read only as the forms written in the file, never as generated plurals.
        self._typo_targets: dict[str, list[str]] = {}
        for word in sorted({w for f in written for w in f.split()}):
            if len(word) >= MIN_TYPO_LEN and word.isalpha() and word not in self._masks:
                self._typo_targets.setdefault(word[0], []).append(word)
        self._lookup_cache: dict[str, list[tuple[str, float]]] = {}

    # --- loading ----------------------------------------------------------------------

    @classmethod
    def load(cls, path: Path | None = None) -> TopicCatalog:
        """Read a catalogue file (default ``data/topics.json``); ``ValueError`` if malformed."""
        path = path or DEFAULT_PATH
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except json.JSONDecodeError as exc:
            raise ValueError(f"{path}: not valid JSON ({exc})") from exc
        if isinstance(data, list):
            data = {"topics": data}
        if not isinstance(data, dict) or not isinstance(data.get("topics"), list):
            raise ValueError(f'{path}: expected an object with a "topics" list')
        topics = [_topic_from(entry, n, path) for n, entry in enumerate(data["topics"], 1)]
        not_topics = data.get("not_topics", [])
        if not isinstance(not_topics, list) or not all(isinstance(x, str) for x in not_topics):
            raise ValueError(f'{path}: "not_topics" must be a list of strings')
        return cls(topics, not_topics)

    # --- the catalogue ----------------------------------------------------------------

    @property
    def names(self) -> list[str]:
        """All canonical topic names, in file order."""
        return [t.name for t in self.topics]

    def get(self, name: str) -> Topic | None:
        """The topic called ``name`` (case, accents and punctuation ignored), if any."""
        i = self._by_key.get(normalize(name))
        return None if i is None else self.topics[i]

    def __len__(self) -> int:
        return len(self.topics)

    def __iter__(self) -> Iterator[Topic]:
        return iter(self.topics)

    # --- episodes ---------------------------------------------------------------------

    def assign(
        self,
        title: str,
        text: str,
        keywords: Iterable[str] = (),
        categories: Iterable[str] = (),
    ) -> list[str]:
        """The topics an episode is about, most relevant first.

        Topics named in the title come first, then the others by how often they are named
        (title, text and keywords together), then by where they are first named. Keywords
        and categories count when they contain an alias; the ones that name no topic are
        left to the caller.
        """
        return [name for name, _ in self.weighted(title, text, keywords, categories)]

    def weighted(
        self,
        title: str,
        text: str,
        keywords: Iterable[str] = (),
        categories: Iterable[str] = (),
        names: Iterable[str] = (),
    ) -> list[tuple[str, float]]:
        """Like :meth:`assign`, with each topic's weight: 10 per title mention plus 1 per
        mention anywhere. A weight of 10 or more means the episode is *about* the topic.
        ``names``: the people the episode names; a word of the catalogue that is part of
        one of their names, after its start, is no mention in the title or text ("Mark
        Cuban" is not Cuba), where a name that is an alias is ("Fidel Castro")."""
        stats: dict[int, list[int]] = {}  # topic -> [title hits, hits, first position]
        offset = 0
        sources = [title, text, *(k for k in (*keywords, *categories) if k)]
        # A name that is itself an alias ("Gustavo Petro", "Fidel Castro") names its topic.
        masks = [
            m
            for m in {" ".join(_text_words(n)) for n in names}
            if " " in m and m not in self._text_topics
        ]
        for n, source in enumerate(sources):
            if not source:
                continue
            # Keywords and categories repeat from episode to episode: their topics are kept.
            found = self._mentions(source, masks) if n < 2 else self._short_mentions(source)
            for i, pos in found:
                entry = stats.get(i)
                if entry is None:
                    stats[i] = entry = [0, 0, offset + pos]
                entry[1] += 1
                if n == 0:
                    entry[0] += 1
            offset += len(source) + 1
        ranked = sorted(stats.items(), key=lambda kv: (kv[1][0] == 0, -kv[1][1], kv[1][2]))
        return [(self.topics[i].name, float(10 * st[0] + st[1])) for i, st in ranked]

    def _short_mentions(self, raw: str) -> Iterable[tuple[int, int]]:
        """:meth:`_mentions` of a keyword or category, kept once found."""
        if len(raw) > _SHORT_TEXT:
            return self._mentions(raw)
        found = self._short_cache.get(raw)
        if found is None:
            if len(self._short_cache) >= _SHORT_CACHE_SIZE:
                self._short_cache.clear()
            found = self._short_cache[raw] = tuple(self._mentions(raw))
        return found

    def _mentions(self, raw: str, masks: Sequence[str] = ()) -> Iterator[tuple[int, int]]:
        """(topic, position) for every alias in ``raw``: aliases nested in a longer alias of
        the same topic, those hidden by a not-topic phrase, and a word inside one of
        ``masks`` (normalised names of several words) do not count."""
        last_end: dict[int, int] = {}
        masked_until = -1
        topics_of = self._text_topics
        words, ascii_text = _fast_words(raw)
        if words is None:
            words = normalized_words(raw)
        forms, acronym_word = self._scan(words)
        word_forms = self._word_forms
        # Only a word of the catalogue can be a name's (see below): where the text has
        # none, where the names stand is not looked for.
        inside = (
            _inside(" ".join(words), masks)
            if masks and any(form in word_forms for form, _ in forms)
            else {}
        )
        for form, start in forms:
            end = start + len(form)
            if start < masked_until:
                continue
            # A word of the catalogue after the start of a name: the name's ("Mark Cuban").
            if inside and form in word_forms and end <= inside.get(start, -1):
                continue
            ids = topics_of[form]
            if not ids:
                masked_until = end
                continue
            for i in ids:
                if start < last_end.get(i, -1):
                    continue
                last_end[i] = end
                yield i, start
        # An acronym of ASCII text is a word of its own there ("ICE" of "ICE's" is "ice"):
        # where no such word is, the scan of the raw text for acronyms is skipped. (Outside
        # ASCII, folding may join an acronym to what is next to it: "ICE™" reads "icetm",
        # a soft hyphen before it is dropped.)
        if self._acronym_re is not None and (acronym_word or not ascii_text):
            for m in _whole_acronyms(self._acronym_re, raw):
                if self._acronym_stands_alone(raw, m.start(), m.end()):
                    for i in self._acronyms[m.group(1)]:
                        yield i, m.start()

    def _forms_in(self, words: list[str]) -> Iterator[tuple[str, int]]:
        """(form, offset) of the longest catalogue form starting at each of ``words`` (the
        words of a normalised text), as one regex of every form, longest first, finds them
        in ``" ".join(words)``."""
        return iter(self._scan(words)[0])

    def _scan(self, words: list[str]) -> tuple[list[tuple[str, int]], bool]:
        """:meth:`_forms_in` as a list, and whether one of ``words`` is an acronym of the
        catalogue in lower case (the words are looked up once for both)."""
        starts = self._starts
        acronyms = self._acronym_words
        found: list[tuple[str, int]] = []
        acronym_word = False
        # Most words start no form: find the few that do with C-level iteration (map,
        # compress) rather than a Python loop over every word.
        n_words = len(words)
        offset = done = 0  # the offset of word ``done``
        for i in compress(range(n_words), map(starts.__contains__, words)):
            word = words[i]
            if word in acronyms:
                acronym_word = True
            node = starts[word]
            form = node.get("")
            j = i + 1
            while j < n_words:  # the longest form wins
                node = node.get(words[j])
                if node is None:
                    break
                form = node.get("", form)
                j += 1
            if form is not None:
                offset += sum(map(len, words[done:i])) + (i - done)  # words and spaces before
                done = i
                found.append((form, offset))
        return found, acronym_word

    def _acronym_stands_alone(self, raw: str, start: int, end: int) -> bool:
        """Whether the capitals at ``raw[start:end]`` are an acronym, not a word in a run of
        capitals ("ICE BREAKERS"): the words next to it must not be capitals, unless they
        are acronyms of the catalogue too ("ICE, CBP")."""
        before = _WORD_BEFORE.search(raw, max(0, start - 40), start)
        after = _WORD_AFTER.match(raw, end, end + 40)
        for m in (before, after):
            if m is None:
                continue
            word = m.group(1)
            if len(word) > 1 and word.isupper() and word not in self._question_acronyms:
                return False
        return True

    # --- questions --------------------------------------------------------------------

    def find_in_question(self, question: str) -> list[tuple[str, float, tuple[int, int]]]:
        """Topics named in a question: (name, score, (start, end)), in question order.

        ``(start, end)`` are word indices into ``normalize(question).split()``, so the caller
        can remove the words that named the topic. An exact alias scores 100. A word of 5+
        letters may be one typo (edit) away from the alias's word; the match then scores
        the rapidfuzz ratio of the question's words to the alias: "venezula" 94, "drug
        polcy" 95, but a changed letter in a short word ("place" for "peace") only 80.
        Where aliases overlap, the longest wins; acronyms ("ICE") must be in capitals.
        """
        raw = strip_invisible(question)
        words = normalized_words(raw)
        found: list[tuple[int, float, tuple[int, int]]] = []
        candidates = [self._word_candidates(w) for w in words]
        i = 0
        while i < len(words):
            best = self._longest_phrase(candidates, i)
            if best is None:
                i += 1
                continue
            phrase, typos, ids = best
            end = i + len(phrase)
            score = EXACT if not typos else _ratio(words[i:end], phrase)
            found.extend((t, score, (i, end)) for t in ids)
            i = end
        if self._question_acronym_re is not None:
            taken = {k for _, _, (s, e) in found for k in range(s, e)}
            for m in _whole_acronyms(self._question_acronym_re, raw):
                if not self._acronym_stands_alone(raw, m.start(), m.end()):
                    continue
                start = len(normalized_words(raw[: m.start()]))
                if start in taken:
                    continue
                acronym = m.group(1)
                found.extend(
                    (t, EXACT, (start, start + 1)) for t in self._question_acronyms[acronym]
                )
        found.sort(key=lambda f: (f[2][0], -f[1]))
        return [(self.topics[t].name, score, span) for t, score, span in found]

    def _word_candidates(self, word: str) -> list[tuple[str, int]]:
        """Catalogue words that ``word`` may stand for, with the number of typos (0 or 1)."""
        out = [(word, 0)]
        if (
            len(word) < MIN_TYPO_LEN
            or word in self._vocab
            or word in self._not_typos
            or not word.isalpha()
        ):
            return out
        choices = self._typo_targets.get(word[0])
        if not choices:
            return out
        # Questions only: ingest (which finds topics in notes) does without rapidfuzz.
        from rapidfuzz import process
        from rapidfuzz.distance import OSA

        for match, _, _ in process.extract(
            word, choices, scorer=OSA.distance, score_cutoff=1, limit=None
        ):
            out.append((match, 1))
        return out

    def _longest_phrase(
        self, candidates: list[list[tuple[str, int]]], start: int
    ) -> tuple[tuple[str, ...], int, tuple[int, ...]] | None:
        """The longest catalogue phrase starting at word ``start``: (words, typos, topics).

        Among equally long phrases the one with fewer typos wins. A not-topic phrase (only
        when spelt exactly) is returned with no topics, so that its words are skipped.
        """
        best: tuple[tuple[str, ...], int, tuple[int, ...]] | None = None
        states: list[tuple[tuple[str, ...], int]] = [((), 0)]
        for k in range(start, min(len(candidates), start + self._max_words)):
            grown = []
            for prefix, typos in states:
                for word, cost in candidates[k]:
                    phrase = (*prefix, word)
                    total = typos + cost
                    ids = self._phrases.get(phrase)
                    better = best is None or (len(phrase), -total) > (len(best[0]), -best[1])
                    if ids is not None and (total == 0 or ids) and better:
                        best = (phrase, total, ids)
                    if phrase in self._prefixes:
                        grown.append((phrase, total))
            states = grown
            if not states:
                break
        return best

    def lookup(self, query: str) -> list[tuple[str, float]]:
        """The topics a user's phrase refers to, best first, scored 0..100.

        The whole phrase equal to an alias (or its plural) scores 100; an acronym must be
        in capitals ("ICE"). Otherwise the whole phrase one typo per word away from an
        alias (words of 5+ letters, as in :meth:`find_in_question`) scores its rapidfuzz
        ratio to the alias if that is at least 85 ("Venezula" 94). Otherwise the topics
        named inside the phrase are returned, with their scores capped at 95, so that only
        a phrase that is itself an alias scores 100.
        """
        # Kept by the query as given: ingest looks up the same keywords episode after episode.
        cached = self._lookup_cache.get(query)
        if cached is None:
            cached = self._lookup(strip_invisible(query).strip())
            if len(self._lookup_cache) >= _LOOKUP_CACHE_SIZE:
                self._lookup_cache.clear()
            self._lookup_cache[query] = cached
        return list(cached)

    def names_exactly(self, query: str) -> bool:
        """Whether :meth:`lookup` scores a topic ``EXACT`` for ``query``: the phrase is an
        alias (or its plural) or an acronym of the catalogue. Only those two ways score
        ``EXACT`` (a misspelt phrase, a few words each one edit from a catalogue word,
        scores its ratio, under 99.5; a topic named inside it at most ``MENTION_CAP``), so
        ingest asks this of every keyword without the typo search of :meth:`lookup`."""
        raw = strip_invisible(query).strip()
        norm = normalize(raw)
        if not norm:
            return False
        bare = raw.strip(" \t\n\"'“”‘’?!.,;:()[]")
        return bare in self._question_acronyms or bool(self._question_topics.get(norm))

    def _lookup(self, raw: str) -> list[tuple[str, float]]:
        norm = normalize(raw)
        if not norm:
            return []
        scores: dict[int, float] = {}
        bare = raw.strip(" \t\n\"'“”‘’?!.,;:()[]")
        for i in self._question_acronyms.get(bare, ()):
            scores[i] = EXACT
        ids = self._question_topics.get(norm)
        if ids is not None:
            if not ids and not scores:
                return []  # a not-topic phrase
            for i in ids:
                scores[i] = EXACT
        if not scores:
            words = norm.split()
            best = self._longest_phrase([self._word_candidates(w) for w in words], 0)
            if best is not None and best[2] and len(best[0]) == len(words):
                score = _ratio(words, best[0])
                if score >= FUZZY_CUTOFF:
                    scores = dict.fromkeys(best[2], score)
        if not scores:
            for name, score, _ in self.find_in_question(raw):
                i = self._by_key[normalize(name)]
                scores[i] = max(scores.get(i, 0.0), min(score, MENTION_CAP))
        ranked = sorted(scores.items(), key=lambda kv: (-kv[1], kv[0]))
        return [(self.topics[i].name, score) for i, score in ranked]


def _ratio(words: Iterable[str], phrase: Iterable[str]) -> float:
    """rapidfuzz's similarity (0..100) of two word sequences, rounded to 0.1."""
    from rapidfuzz import fuzz  # questions only, as in _word_candidates

    return round(fuzz.ratio(" ".join(words), " ".join(phrase)), 1)


def _topic_from(entry: object, n: int, path: Path) -> Topic:
    """One ``topics`` entry of the file, checked."""
    where = f"{path}: topic #{n}"
    if not isinstance(entry, dict):
        raise ValueError(f"{where} is not an object")
    unknown = {k for k in entry if not k.startswith("_")} - {
        "name",
        "kind",
        "aliases",
        "question_only",
    }
    if unknown:
        raise ValueError(f"{where}: unknown keys {sorted(unknown)}")
    name = entry.get("name")
    if not isinstance(name, str) or not name.strip():
        raise ValueError(f'{where}: "name" must be a non-empty string')
    lists = {}
    for key in ("aliases", "question_only"):
        value = entry.get(key, [])
        if not isinstance(value, list) or not all(isinstance(a, str) for a in value):
            raise ValueError(f"{where} ({name}): {key!r} must be a list of strings")
        lists[key] = tuple(a for a in value if a.strip())
    return Topic(
        name=name.strip(),
        kind=str(entry.get("kind", "")),
        aliases=lists["aliases"],
        question_only=lists["question_only"],
    )


@cache
def default_catalog() -> TopicCatalog:
    """The catalogue of ``data/topics.json`` (or ``TOPICS_FILE``), loaded once."""
    return TopicCatalog.load(topics_file())
