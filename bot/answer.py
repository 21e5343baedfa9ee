"""A question -> an intent and ranked episodes.

How an answer is found, in order:
1. The question is cleaned (invisible characters, length), folded (case and accents) and
   split into words; question words and stop words (English and Spanish) are set aside.
2. Cue phrases give the intent hints: "latest"/"último" (latest), "who is", "episodes
   with" (guest), "anything on", "about", "sobre" (topic).
3. Words unknown to the archive are corrected to the nearest known word (one or two
   wrong letters), using a vocabulary bucketed by length and letter so it stays fast.
4. People are found by their name words (a full name, or a distinctive surname), topics
   through the topic catalogue.
5. A person makes a guest answer (their episodes, newest first); a topic with nothing
   else asked makes a topic answer (its episodes by relevance); "latest" orders newest
   first; anything else is a full-text search (SQLite FTS5, bm25) whose candidates are
   re-scored in one explainable score:
       score = 100 * (0.6 * covered + 0.4 * title), where ``covered`` is the share of
       the question's words (weighted by rarity, IDF) found in the episode (title,
       people, topics, description) and ``title`` the share found in its title;
   a near-exact title (rapidfuzz token_set_ratio >= 90) scores at least that ratio.
6. Below the confidence threshold the answer is "none": no episode beats a wrong one.
"""

from __future__ import annotations

import asyncio
import bisect
import functools
import gc
import hashlib
import heapq
import itertools
import logging
import marshal
import math
import re
import sys
import threading
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from rapidfuzz import fuzz
from rapidfuzz.distance import OSA, Levenshtein

from bot.lexicon import translations
from bot.moments.find import attach_moments, moments_json, segment_first
from bot.people import person_key
from bot.scope import (
    author_forms,
    find_spans,
    host_names,
    is_chitchat,
    question_number,
    title_forms,
    title_number,
)
from bot.snippets import Explanation, clean_notes, explain
from bot.store import Episode, IndexRows, Store, StoreError, Term, iso
from bot.text import fold, normalize, strip_invisible
from bot.topics import TopicCatalog, default_catalog

log = logging.getLogger(__name__)

MAX_QUESTION_CHARS = 500
THRESHOLD = 42.0
PERSON_BOOST = 15.0
POSTINGS_BUDGET = 600  # episodes the candidate query may touch, past its rarest word
MAX_QUERY_TERMS = 6
CANDIDATES = 24
WIDE_CANDIDATES = 60  # "latest" with words: every episode that qualifies, by date
LONG_QUESTION = 4  # words; a question this long may be answered by a clear leader
LEAD_MIN = 25.0
LEAD_RATIO = 1.5
BM25_MARGIN = 0.35  # bm25's own leader by this share of its score leads clearly too
SHORT_QUESTION = 4  # words; a shorter question must have each of its rare words found
RARE_SHARE = 0.7  # a word this close to the rarest one's weight (IDF) is rare too
SUPPORT_KEYS = 50  # people sharing a name word, past which it vouches for no typo fix
BRAND_SHARE = 0.9  # a podcast's brand word: in this share of its titles and of the word's uses
CHANCE_EPISODES = 1.0  # words this likely to meet in some episode by chance are no match
BOT_COMMON_SHARE = 0.005  # a word in this share of episodes singles none out
NOTES_WEIGHT = 0.8  # the most an episode found only in its notes can score, per covered
PREFIX_MIN_CHARS = 7  # a word this long also finds the longer words it starts
CANDIDATE_TEXT_CHARS = 4000
WIDE_TEXT_CHARS = 1500
PREFIX_CREDIT = 0.6  # a word found only as the start of a longer word
PAIR_MIN_CHARS = 4  # a stop word this long may be kept where titles pair it ("free will")
SHORT_PREFIX_CHARS = 5  # a shorter word finds only its inflections, not any longer word
_INFLECTIONS = frozenset(
    "s es ed d ing ings er ers ly a as o os e ado ada ados adas ando ar ir ido ida".split()
)
TRANSLATION_CREDIT = 0.6  # a word found only in another language (bot/lexicon.py)
ABOUT_WEIGHT = 10.0  # a title mention, or a keyword of the feed
TOPIC_THRESHOLD = 88.0
TOPIC_WINDOW = 3  # a topic's best episodes, times the answer's length, re-ordered by title
CENTRAL_WEIGHT = 2.0  # a topic named this often in an episode is more than a mention
FTS_NEWEST = 5000  # the newest matches a query of very common words ranks
COMMON_SHARE = 0.1  # ... when they are in more than this share of the archive

_STOP_EN = """
a about above after again against all am an and any anything are aren as at be because been
before being below between both but by can could did didn do does doing don down during each
episode episodes ep few find for from further get give had has have having he her here hers
herself him himself his how i if in into is isn it its itself just know let lets like listen
me more most my myself need no nor not now of off on once one only or other our ours
ourselves out over own please podcast podcasts same say said says show shows she should so
some something such talk talked talking talks tell than that the their theirs them
themselves then there these they this those through to too under until up very want was we
were what when where which while who whom why will with would you your yours yourself
yourselves any anyone someone somebody there s t d ll m re ve y is was hear heard discuss
discussed discussing discusses mention mentioned mentions cover covered covers covering
interview interviewed guest guests featuring feat featured near nearly across along around
behind beyond within without upon via per among toward towards also even still yet ever never
really much many every whether though although however thing things stuff
whats wheres whos hows thats theres heres im ive youre isnt wasnt dont doesnt didnt
"""
_STOP_ES = """
a al algo alguien algun alguna alguno algunos ante como con contra cual cuales cuando de del
desde donde dos el ella ellas ellos en entre era eres es esa ese eso esta estaba estan este
esto estos fue fueron ha habia han hay hablo hablan hablaron hablar la las le les lo los mas
me mi mis mucho muy nada ni no nos nosotros o os otra otro para pero poco por porque que
quien quienes se sea ser si sin sobre son su sus tambien te tema temas tengo ti tiene tienen
todo todos tu tus un una uno unos y ya yo episodio episodios programa podcast invitado
invitada invitados entrevista dime dame busco buscar hay algun acerca habla hablo
"""
_STOP_PT = """
aquele aquela aqueles aquelas esse essa isso este esta isto um uma uns umas do da dos das
no na nos nas com sem sobre que quem qual onde quando como episodio programa falou falam
fala ele ela eles elas foi era sao tem teve ao aos pelo pela pelos pelas ou mas
"""
STOP_WORDS = frozenset((_STOP_EN + _STOP_ES + _STOP_PT).split())

_LATEST = re.compile(
    r"\b(latest|newest|most recent|recent(?:ly)?|last (?:episode|show|one)|new episodes?|"
    r"ultim[oa]s?|mas recientes?|recientes?|episodio nuevo|nuevo episodio)\b"
)
_GUEST_CUE = re.compile(
    r"\b(who is|who s|who was|whos|episodes? with|featuring|feat|guest|guests|interview(?:ed)?|"
    r"what did|did .{1,40} say|talk(?:ed|s)? (?:to|with)|spoke with|speaks? with|"
    r"quien es|quien fue|con|entrevista(?: a)?|invitad[oa]s?)\b"
)
_WITH = re.compile(r"\b(?:with|con|com)\b")  # "<podcast> with <person>"
_TOPIC_CUE = re.compile(
    r"\b(anything (?:on|about)|about|on the topic|related to|regarding|episodes? on|"
    r"sobre|acerca de|algo (?:de|sobre)|tema|temas)\b"
)
# Letters and digits of any script: Greek, Arabic, Hebrew and CJK questions are words too.
_WORD = re.compile(r"[^\W_]+")
_DIGIT = re.compile(r"\d")
_ASKING = frozenset(
    "episode episodes ep one ones show shows podcast podcasts anything something find "
    "recommend episodio episodios programa algo".split()
)
_YOU = frozenset("you your yourself u ya tu usted voce".split())  # words that address the bot
HELP_MESSAGE = (
    'Ask me about an episode: a guest ("episodes with Beatriz Magaloni"), a topic '
    '("anything on Venezuela?"), a podcast ("latest Talk Python") or a number ("episode 370").'
)
# Typing slips: a letter swapped for a neighbouring key, a vowel for a vowel, a sound for
# the same sound. A short word changed any other way is more likely another word.
_KEYBOARD_ROWS = ("qwertyuiop", "asdfghjkl", "zxcvbnm")
_NEAR_KEYS: set[tuple[str, str]] = set()
for _r, _row in enumerate(_KEYBOARD_ROWS):
    for _i, _ch in enumerate(_row):
        for _other in _row[_i - 1 : _i] + _row[_i + 1 : _i + 2]:
            _NEAR_KEYS.add((_ch, _other))
        for _rr in (_r - 1, _r + 1):
            if 0 <= _rr < len(_KEYBOARD_ROWS):
                for _j in (_i - 1, _i, _i + 1):
                    if 0 <= _j < len(_KEYBOARD_ROWS[_rr]):
                        _NEAR_KEYS.add((_ch, _KEYBOARD_ROWS[_rr][_j]))
_VOWELS = set("aeiouy")
_SOUNDS = {
    ("c", "k"),
    ("k", "c"),
    ("s", "z"),
    ("z", "s"),
    ("c", "s"),
    ("s", "c"),
    ("i", "y"),
    ("y", "i"),
    ("v", "b"),
    ("b", "v"),
    ("j", "g"),
    ("g", "j"),
    ("f", "v"),
    ("v", "f"),
}
COMPANY_WORDS = frozenset(
    "bar inc llc ltd corp corporation company co foods labs records studios media group "
    "brewing brands industries technologies systems partners ventures capital holdings".split()
)


def _slip(a: str, b: str) -> bool:
    """Whether two different letters are a likely slip of the finger or of the ear."""
    return (
        (a, b) in _NEAR_KEYS
        or (a in _VOWELS and b in _VOWELS)
        or (a, b) in _SOUNDS
        or not (a.isascii() and b.isascii())
    )


def _plausible_typo(word: str, cand: str, *, strict: bool = False) -> bool:
    """One edit from ``word`` to ``cand`` that looks like a typo: a swap, a letter dropped
    (or, for names, added), a substitution by a near key (for names, a like sound too).

    ``strict`` is for ordinary words, where a short word changed by a vowel or an extra
    letter is more often another word ("snitch", "runes") than a slip."""
    if len(word) < len(cand):  # a letter left out
        return word[0] == cand[0] or len(word) >= 6
    if len(word) > len(cand):  # a letter added: for words, only a doubled one
        if not strict:
            return word[0] == cand[0] or len(word) >= 6
        return any(
            word[i] == word[i - 1] and word[:i] + word[i + 1 :] == cand for i in range(1, len(word))
        )
    diffs = [i for i in range(len(word)) if word[i] != cand[i]]
    if len(diffs) == 2 and diffs[1] == diffs[0] + 1:
        return True  # a swap of neighbours
    if len(diffs) != 1:
        return False
    a, b = word[diffs[0]], cand[diffs[0]]
    return (a, b) in _NEAR_KEYS if strict else _slip(a, b)


def _bm25_leads(eid: int, bm25: dict[int, float]) -> bool:
    """Whether ``eid`` is bm25's first candidate by a clear margin: the next one's score
    at most (1 - BM25_MARGIN) of its own (bm25 scores are negative, lower is better)."""
    mine = bm25.get(eid, 0.0)
    others = [b for e, b in bm25.items() if e != eid]
    if mine >= 0.0 or not others:
        return False
    return min(others) >= mine * (1.0 - BM25_MARGIN)


def _fts_term(term: str) -> Term:
    """The full-text term for one known word: its plural forms, and for long words any
    longer word it starts ("feminist" finds "feministas"). Short prefixes expand to too
    many words to be worth their cost."""
    stem = _stem(term)
    if len(stem) >= PREFIX_MIN_CHARS:
        return Term((stem,), prefix=True)
    return Term(tuple(dict.fromkeys((term, stem, stem + "s", stem + "es"))))


def _stem(word: str) -> str:
    """A light plural stemmer shared by English and Spanish: prisons -> prison."""
    if len(word) > 4 and word.endswith("es") and word[-3] in "sxz":
        return word[:-2]
    if len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


@dataclass(slots=True)
class PersonEntry:
    key: str
    name: str
    note: str | None
    episode_ids: list[int] = field(default_factory=list)  # newest first
    roles: set[str] = field(default_factory=set)


@dataclass(slots=True)
class EpisodeEntry:
    id: int
    feed_id: int
    title: str
    title_norm: str
    sort_ts: float
    position: int
    people: list[str] = field(default_factory=list)  # person keys
    weights: dict[str, float] = field(default_factory=dict)  # folded topic -> weight


@dataclass(slots=True)
class Answer:
    """The ``ask --json`` contract: question, intent, episodes best first."""

    question: str
    intent: str
    episodes: list[Episode] = field(default_factory=list)
    scores: list[float] = field(default_factory=list)
    person: PersonEntry | None = None
    topic: str | None = None
    message: str | None = None
    words: list[str] = field(default_factory=list)  # content words, typos corrected

    def to_json(self) -> dict[str, Any]:
        return {
            "question": self.question,
            "intent": self.intent,
            "episodes": [
                episode_json(e, s, self) for e, s in zip(self.episodes, self.scores, strict=True)
            ],
        }

    def explain(self, e: Episode) -> Explanation:
        """The snippet of ``e``'s notes that answers, and the one-line reason it was chosen."""
        return explain(
            title=e.title,
            summary=e.summary,
            notes=e.description,
            guests=e.guests,
            hosts=e.hosts,
            topics=e.topics,
            words=self.words,
            person=self.person.name if self.person else None,
            topic=self.topic,
            latest=self.intent == "latest",
        )


def episode_json(e: Episode, score: float, answer: Answer | None = None) -> dict[str, Any]:
    # A summary stored as "the notes" (see Store) was not cleaned at ingest.
    summary = clean_notes(e.summary) if e.summary is e.description else e.summary
    out = {
        "title": e.title,
        "guid": e.guid,
        "link": e.link,
        "audio_url": e.audio_url,
        "published": iso(e.published),
        "guests": e.guests,
        "topics": e.topics,
        "summary": summary,
        "score": round(score, 1),
        "podcast": e.feed_title,
        "id": e.id,
        "moments": moments_json(e),
    }
    if answer is not None:
        why = answer.explain(e)
        out["snippet"] = why.snippet
        out["reason"] = why.reason
    return out


class _Vocabulary:
    """Known words with document frequencies, and a fast nearest-word lookup for typos."""

    def __init__(
        self, df: dict[str, int], skip: frozenset[str] = frozenset(), *, strict: bool = False
    ) -> None:
        self.df = df
        self.strict = strict
        self._buckets: dict[tuple[int, str, int], list[str]] = defaultdict(list)
        self.sorted_words = sorted(df)
        for word in df:
            if len(word) >= 4 and not word.isdigit() and word not in skip:
                # A typo seldom hits both of the first two letters: index by each of them.
                self._buckets[(0, word[0], len(word))].append(word)
                self._buckets[(1, word[1], len(word))].append(word)

    def correct(self, word: str) -> str | None:
        """The closest known word within one edit (two for long words), most frequent wins.

        A swap of two letters is one edit (optimal string alignment). A short word one
        edit away is taken only when the edit looks like a slip (:func:`_plausible_typo`):
        "snitch" is not "switch", nor "runes" "rules"."""
        found = self.candidates(word)
        return found[0] if found else None

    def candidates(self, word: str) -> list[str]:
        """The known words a typo'd ``word`` may stand for, best first."""
        if word in self.df:
            return [word]
        if len(word) < 4 or word.isdigit():
            return []
        limit = 1 if len(word) < 8 else 2
        ranked: list[tuple[int, int, str]] = []
        for length in range(len(word) - limit, len(word) + limit + 1):
            for pos in (0, 1):
                for cand in self._buckets.get((pos, word[pos], length), ()):
                    dist = OSA.distance(word, cand, score_cutoff=limit)
                    if dist > limit:
                        continue
                    if (
                        dist == 1
                        and len(word) < 8
                        and not _plausible_typo(word, cand, strict=self.strict)
                    ):
                        continue
                    ranked.append((dist, -self.df[cand], cand))
        return [c for _, _, c in sorted(set(ranked))]

    def with_prefix(self, prefix: str, limit: int = 50) -> list[str]:
        start = bisect.bisect_left(self.sorted_words, prefix)
        out = []
        for word in self.sorted_words[start : start + limit]:
            if not word.startswith(prefix):
                break
            out.append(word)
        return out


class Index:
    """What the answerer keeps in memory: episodes' titles, people, topics, word stats."""

    def __init__(self) -> None:
        self.episodes: dict[int, EpisodeEntry] = {}
        self.people: dict[str, PersonEntry] = {}
        self.name_tokens: dict[str, set[str]] = defaultdict(set)
        self.topic_episodes: dict[str, list[int]] = defaultdict(list)
        self.topic_names: dict[str, str] = {}  # folded -> display
        self.topic_ranked: dict[str, list[int]] = {}  # by weight, then newest
        self.topic_about: dict[str, list[int]] = {}  # weight >= ABOUT_WEIGHT, newest first
        self.latest: list[int] = []  # episode ids, newest first
        self.order: dict[int, int] = {}  # episode id -> place in ``latest``
        self.vocab = _Vocabulary({})
        self.name_vocab = _Vocabulary({})
        self.count = 0
        self.sorted_titles: list[tuple[str, int]] = []  # (normalised title, id)
        self.frequent_guests: list[PersonEntry] = []  # most episodes first
        self.feed_titles: dict[int, str] = {}
        self.feed_forms: dict[str, set[int]] = {}  # a podcast's folded name -> feed ids
        self.feed_form_words = 0  # the longest name, in words
        self.feed_hosts: dict[int, set[str]] = {}  # feed id -> its hosts' person keys
        self.numbers: dict[int, list[int]] = {}  # episode number -> ids, newest first
        self.season_numbers: dict[tuple[int, int], list[int]] = {}
        self.topic_sets: dict[str, frozenset[int]] = {}  # topic_episodes as sets, when asked

    @classmethod
    async def build(cls, store: Store) -> Index:
        """The index of what the store holds: rows fetched on the database's thread, the
        index built from them on a worker thread, so the event loop never waits on it."""
        rows = await store.index_rows()
        return await asyncio.to_thread(_build_long_lived, cls, rows)

    @classmethod
    async def load(cls, store: Store) -> Index:
        """The index as saved by the last build over the same rows, else built (and saved,
        when the store is writable): a start-up reads a snapshot instead of the archive."""
        generation = await store.index_generation()
        data = await store.load_index_snapshot(generation, snapshot_format())
        if data is not None:
            try:
                return await asyncio.to_thread(_long_lived, cls.from_snapshot, data)
            except (ValueError, EOFError, TypeError, IndexError, KeyError):
                pass  # unreadable: built again below, and saved over
        return await cls.build_and_save(store)

    @classmethod
    async def build_and_save(cls, store: Store) -> Index:
        """:meth:`build`, then the snapshot :meth:`load` reads saved (a read-only store
        saves nothing)."""
        # Read before the rows: a write meanwhile leaves the snapshot labelled older, so it
        # is never taken for the newer rows.
        generation = await store.index_generation()
        index = await cls.build(store)
        if not store.read_only:
            data = await asyncio.to_thread(_snapshot_off_loop, index)
            try:
                await store.save_index_snapshot(generation, snapshot_format(), data)
            except StoreError as exc:
                # Only the next start-up's speed depends on it: the answer must not.
                log.warning("the answer index was not saved: %s", exc.cause)
        return index

    def snapshot(self) -> list[bytes]:
        """The index as parts for :meth:`from_snapshot` (marshal: plain values only, and
        in parts so that no single C call holds the interpreter for long)."""
        eps = list(self.episodes.values())
        chunks = [
            marshal.dumps(
                [
                    (
                        e.id,
                        e.feed_id,
                        e.title,
                        e.title_norm,
                        e.sort_ts,
                        e.position,
                        e.people,
                        e.weights,
                    )
                    for e in eps[i : i + _SNAPSHOT_CHUNK]
                ]
            )
            for i in range(0, len(eps), _SNAPSHOT_CHUNK)
        ]
        people = [
            (p.key, p.name, p.note, p.episode_ids, sorted(p.roles)) for p in self.people.values()
        ]
        topics = [
            (t, self.topic_names[t], ids, self.topic_ranked[t], self.topic_about[t])
            for t, ids in self.topic_episodes.items()
        ]
        vocab = self.vocab
        parts = [
            self.latest,
            [eid for _, eid in self.sorted_titles],
            people,
            topics,
            vocab.df,
            vocab.sorted_words,
            dict(vocab._buckets),
            vocab.strict,
            # The name tokens and their vocabulary as built, in their order: a typo's
            # nearest name is chosen among words in that order.
            [
                [(t, sorted(keys)) for t, keys in self.name_tokens.items()],
                list(self.name_vocab.df.items()),
                self.name_vocab.sorted_words,
                dict(self.name_vocab._buckets),
            ],
            # Podcast names and episode numbers (see ``_build_scope``).
            [
                self.feed_titles,
                self.feed_forms,
                self.feed_form_words,
                self.feed_hosts,
                self.numbers,
                self.season_numbers,
            ],
        ]
        rest = [marshal.dumps(part) for part in parts]  # one short call each
        return [marshal.dumps((_SNAPSHOT_VERSION, len(rest), len(chunks))), *rest, *chunks]

    @classmethod
    def from_snapshot(cls, data: list[bytes]) -> Index:
        """The index :meth:`snapshot` saved (equal to the one it was taken from)."""
        version, n_rest, n_chunks = marshal.loads(data[0])
        if version != _SNAPSHOT_VERSION or len(data) != 1 + n_rest + n_chunks:
            raise ValueError("snapshot version or parts")
        rest, chunks = data[1 : 1 + n_rest], data[1 + n_rest :]
        (latest, title_ids, people, topics, df, sorted_words, buckets, strict, names, scope) = map(
            marshal.loads, rest
        )
        index = cls()
        episodes = index.episodes
        for chunk in chunks:
            for eid, fid, title, tnorm, ts, pos, people_keys, weights in marshal.loads(chunk):
                episodes[eid] = EpisodeEntry(eid, fid, title, tnorm, ts, pos, people_keys, weights)
        index.latest = latest
        index.count = len(episodes)
        index.order = dict(zip(latest, range(len(latest)), strict=True))
        index.sorted_titles = [(episodes[eid].title_norm, eid) for eid in title_ids]
        for key, name, note, ids, roles in people:
            index.people[key] = PersonEntry(key, name, note, ids, set(roles))
        token_keys, name_df, name_words, name_buckets = names
        for token, keys in token_keys:
            index.name_tokens[token] = set(keys)
        index.frequent_guests = sorted(
            (p for p in index.people.values() if "guest" in p.roles),
            key=lambda p: (-len(p.episode_ids), p.key),
        )
        for folded, name, ids, ranked, about in topics:
            index.topic_episodes[folded] = ids
            index.topic_names[folded] = name
            index.topic_ranked[folded] = ranked
            index.topic_about[folded] = about
        vocab = _Vocabulary.__new__(_Vocabulary)
        vocab.df = df
        vocab.sorted_words = sorted_words
        vocab._buckets = defaultdict(list, buckets)
        vocab.strict = strict
        index.vocab = vocab
        (
            index.feed_titles,
            index.feed_forms,
            index.feed_form_words,
            index.feed_hosts,
            index.numbers,
            index.season_numbers,
        ) = scope
        name_vocab = _Vocabulary.__new__(_Vocabulary)
        name_vocab.df = dict(name_df)
        name_vocab.sorted_words = name_words
        name_vocab._buckets = defaultdict(list, name_buckets)
        name_vocab.strict = False
        index.name_vocab = name_vocab
        return index

    @classmethod
    def from_rows(cls, rows: IndexRows) -> Index:
        """Build the index from the store's rows (a pure function: no database, no loop)."""
        index = cls()
        for eid, fid, title, tnorm, ts, pos in rows.episodes:
            index.episodes[eid] = EpisodeEntry(eid, fid, title, tnorm, ts, pos)
            index.latest.append(eid)
        index.count = len(index.episodes)
        index.sorted_titles = _sorted_in_steps(
            [(e.title_norm, e.id) for e in index.episodes.values()]
        )
        people_by_id = {pid: PersonEntry(key, name, note) for pid, name, key, note in rows.people}
        for eid, pid, role in rows.links:
            person = people_by_id.get(pid)
            entry = index.episodes.get(eid)
            if person is None or entry is None:
                continue
            person.episode_ids.append(eid)
            person.roles.add(role)
            if person.key not in entry.people:
                entry.people.append(person.key)
        order = index.order = {eid: i for i, eid in enumerate(index.latest)}
        for person in people_by_id.values():
            if not person.episode_ids:
                continue
            person.episode_ids = sorted(set(person.episode_ids), key=order.__getitem__)
            index.people[person.key] = person
            for token in person.key.split():
                if len(token) >= 2:
                    index.name_tokens[token].add(person.key)
        index.frequent_guests = sorted(
            (p for p in index.people.values() if "guest" in p.roles),
            key=lambda p: (-len(p.episode_ids), p.key),
        )
        folded_of: dict[str, str] = {}  # one string object per topic, shared by all episodes
        for eid, topic, weight in rows.topics:
            entry = index.episodes.get(eid)
            if entry is None:
                continue
            folded = folded_of.get(topic)
            if folded is None:
                folded = folded_of[topic] = sys.intern(normalize(topic))
                index.topic_names.setdefault(folded, topic)
            entry.weights[folded] = weight
            index.topic_episodes[folded].append(eid)
        for folded, ids in index.topic_episodes.items():
            ids.sort(key=order.__getitem__)
            eps = index.episodes
            index.topic_ranked[folded] = sorted(
                ids, key=lambda e: (-eps[e].weights[folded], order[e])
            )
            index.topic_about[folded] = [e for e in ids if eps[e].weights[folded] >= ABOUT_WEIGHT]
        index.vocab = _Vocabulary(dict(rows.vocabulary), skip=STOP_WORDS, strict=True)
        index._build_scope(rows)
        index.name_vocab = _Vocabulary({t: len(k) for t, k in index.name_tokens.items()})
        return index

    def _build_scope(self, rows: IndexRows) -> None:
        """Podcast names and episode numbers; people who are a podcast or a company go."""
        sizes: dict[int, int] = defaultdict(int)
        for entry in self.episodes.values():
            sizes[entry.feed_id] += 1
        forms: dict[str, set[int]] = defaultdict(set)
        for fid, title, author in rows.feeds:
            self.feed_titles[fid] = title
            names = title_forms(title)
            hosts = host_names(author)
            self.feed_hosts[fid] = set(hosts)
            names.update(hosts)
            names.update(author_forms(author))
            # A word of the title that most of the feed's episodes use and few others do
            # ("bombcast", "hipsters"): the feed's own name.
            size = max(sizes[fid], 1)
            for word in normalize(title).split():
                df = self.vocab.df.get(word, 0)
                if (
                    len(word) >= 5
                    and word not in STOP_WORDS
                    and word not in self.name_tokens
                    and size >= 10
                    and size / 2 <= df <= 1.2 * size
                ):
                    names.add(word)
            first = normalize(title).split()[:1]
            # "Lex" for "Lex Fridman Podcast": a host's first name that starts the title,
            # when the archive uses that word little beyond this feed.
            if (
                first
                and any(h.split()[0] == first[0] for h in hosts)
                and self.vocab.df.get(first[0], 0) <= 2 * max(sizes[fid], 1)
            ):
                names.add(first[0])
            full_titles = [f" {normalize(t)} " for f, t, _ in rows.feeds if f != fid]
            for name in names:
                words = name.split()
                # "software engineering" names SE Radio, but Go Time's title has it too.
                if any(f" {name} " in other for other in full_titles):
                    continue
                if any(len(w) >= 3 and w not in STOP_WORDS for w in words):
                    forms[name].add(fid)
        self.feed_forms = dict(forms)
        self.feed_form_words = max((len(f.split()) for f in forms), default=0)
        # People named like a podcast ("Giant Bombcast") or a company ("Clif Bar") are not
        # guests: they would answer "who" questions with a show or a snack bar.
        for key in list(self.people):
            words = key.split()
            if key in forms or (len(words) >= 2 and words[-1] in COMPANY_WORDS):
                del self.people[key]
                for token in words:
                    keys = self.name_tokens.get(token)
                    if keys is not None:
                        keys.discard(key)
                        if not keys:
                            del self.name_tokens[token]
        self.frequent_guests = [p for p in self.frequent_guests if p.key in self.people]
        numbers: dict[int, list[int]] = defaultdict(list)
        seasons: dict[tuple[int, int], list[int]] = defaultdict(list)
        for eid, season, number in rows.numbers:
            if eid in self.episodes:
                numbers[number].append(eid)
                if season is not None:
                    seasons[(season, number)].append(eid)
        for entry in self.episodes.values():
            n = title_number(entry.title) if _DIGIT.search(entry.title) else None
            if n is not None and entry.id not in numbers.get(n, ()):
                numbers[n].append(entry.id)
        order = self.order
        self.numbers = {n: sorted(ids, key=order.__getitem__) for n, ids in numbers.items()}
        self.season_numbers = {k: sorted(v, key=order.__getitem__) for k, v in seasons.items()}

    def fts_window(self, postings: int) -> int | None:
        """How many of the newest matches a full-text query may rank, when its words are
        common enough (a share of the archive) that ranking them all would cost time in
        proportion to the archive; None (all of them) otherwise."""
        if postings > max(FTS_NEWEST, COMMON_SHARE * self.count):
            return FTS_NEWEST
        return None

    def topic_set(self, folded: str) -> frozenset[int]:
        """A topic's episodes as a set (made once per index, on first use)."""
        found = self.topic_sets.get(folded)
        if found is None:
            found = self.topic_sets[folded] = frozenset(self.topic_episodes.get(folded, ()))
        return found

    def idf(self, word: str) -> float:
        df = self.vocab.df.get(word, 0)
        return math.log((self.count + 1) / (df + 0.5)) + 0.1


def _walk_ranked(ranked: list[int], others: list[frozenset[int]], limit: int) -> list[int]:
    """The first ``limit`` of ``ranked`` by how many of ``others`` hold them, then their
    place in ``ranked``: what sorting every episode that shares a topic by (shared topics,
    weight, recency) gives, as ``ranked`` is in (weight, recency) order. The walk stops
    once ``limit`` episodes share every topic, instead of touching all of both topics."""
    levels: list[list[int]] = [[] for _ in range(len(others) + 1)]  # by topics shared
    top = levels[-1]
    for eid in ranked:
        level = levels[sum(eid in other for other in others)]
        if len(level) < limit:
            level.append(eid)
            if len(top) >= limit:
                break
    return [eid for level in reversed(levels) for eid in level][:limit]


_SNAPSHOT_VERSION = 4
_SNAPSHOT_CHUNK = 2000  # episodes per marshal call


@functools.cache
def snapshot_format() -> str:
    """What a saved index must have been written by: this code (the index's shape and
    folding) and this Python (marshal's format). Any other snapshot is built again."""
    digest = hashlib.blake2b(digest_size=12)
    here = Path(__file__).resolve().parent
    for name in ("answer.py", "text.py", "scope.py", "topics.py"):
        digest.update((here / name).read_bytes())
    return f"{_SNAPSHOT_VERSION}:{sys.version_info[0]}.{sys.version_info[1]}:{digest.hexdigest()}"


_gc_pauses = 0
_gc_pauses_lock = threading.Lock()


def _build_long_lived(cls: type[Index], rows: IndexRows) -> Index:
    """``cls.from_rows(rows)`` on a worker thread (see :func:`_long_lived`)."""
    return _long_lived(cls.from_rows, rows)


def _long_lived(make: Any, arg: Any) -> Index:
    """``make(arg)`` (an index) on a worker thread, without holding up the event loop.

    The loop's thread needs the GIL back every few milliseconds, which a thread running
    Python code gives, but one long C call (a collection of the whole heap, which the
    build's million new objects would trigger and which walks the old index too) does not.
    So the cyclic collector waits while the index is built, and the finished index (and
    whatever else lives now) is frozen: later collections need not walk it either.
    """
    _pause_gc()
    try:
        index = make(arg)
    finally:
        _resume_gc()
    gc.freeze()
    return index


# Plain calls, not a generator context manager: measured, that version made the loop's
# longest stall during a 100,000-episode build about 120 ms instead of about 30 ms.
def _pause_gc() -> None:
    """No cyclic collection until :func:`_resume_gc` (counted: several threads may ask)."""
    global _gc_pauses  # noqa: PLW0603 - one count for the process, like gc itself
    with _gc_pauses_lock:
        _gc_pauses += 1
        gc.disable()


def _resume_gc() -> None:
    global _gc_pauses  # noqa: PLW0603
    with _gc_pauses_lock:
        _gc_pauses -= 1
        if _gc_pauses == 0:
            gc.enable()


def _snapshot_off_loop(index: Index) -> list[bytes]:
    """``index.snapshot()`` on a worker thread: its many short-lived tuples would
    otherwise set off collections, each one long C call that holds up the loop."""
    _pause_gc()
    try:
        return index.snapshot()
    finally:
        _resume_gc()


def _release(holder: list[Index]) -> None:
    """Free an index nobody uses any more a little at a time (on a worker thread).

    Dropping the last reference to a large container frees everything in it in one C
    call, holding the GIL throughout; emptying it item by item lets the loop run. A
    container someone still holds (an answer in progress) is left for them to drop.
    """
    index = holder.pop()
    if sys.getrefcount(index) > 2:  # this frame and the call's argument
        return
    parts = [index, index.vocab, index.name_vocab]
    for part in parts:
        for name in list(vars(part) if hasattr(part, "__dict__") else ()):
            value = getattr(part, name)
            setattr(part, name, None)
            # The attribute is gone: this frame and the argument are the only holders.
            if isinstance(value, dict | list) and sys.getrefcount(value) <= 2:
                while value:
                    value.popitem() if isinstance(value, dict) else value.pop()
            del value


def _sorted_in_steps(items: list[Any], step: int = 5000) -> list[Any]:
    """``sorted(items)``, in short C calls: sorted runs merged by Python code, so a
    thread building a large index lets the event loop's thread run meanwhile."""
    if len(items) <= step:
        return sorted(items)
    runs = [sorted(items[i : i + step]) for i in range(0, len(items), step)]
    return list(heapq.merge(*runs))


@dataclass(slots=True)
class _Parsed:
    raw: str
    text: str  # the question cleaned and cut to MAX_QUESTION_CHARS
    norm: str
    words: list[str]  # content words, in order, before correction
    latest: bool
    guest_cue: bool
    topic_cue: bool


def _parse(question: str) -> _Parsed:
    text = strip_invisible(question)[:MAX_QUESTION_CHARS]
    norm = normalize(text)
    words = [
        w
        for w in _WORD.findall(norm)
        if w not in STOP_WORDS and (len(w) > 1 or w.isdigit() or not w.isascii())
    ]
    latest = bool(_LATEST.search(norm))
    if latest:
        cue_words = set(_WORD.findall(" ".join(m.group() for m in _LATEST.finditer(norm))))
        words = [w for w in words if w not in cue_words]
    return _Parsed(
        raw=question,
        text=text,
        norm=norm,
        words=words,
        latest=latest,
        guest_cue=bool(_GUEST_CUE.search(norm)),
        topic_cue=bool(_TOPIC_CUE.search(norm)),
    )


class Answerer:
    """Answers questions from the store, with an in-memory index refreshed after ingests."""

    def __init__(self, store: Store, index: Index, catalog: TopicCatalog | None = None) -> None:
        self.store = store
        self.index = index
        self.catalog = catalog or default_catalog()
        self._forms_cache: tuple[Index, dict[str, set[int]]] | None = None
        self._pairs_cache: tuple[Index, frozenset[str]] | None = None

    @classmethod
    async def create(cls, store: Store, catalog: TopicCatalog | None = None) -> Answerer:
        """An answerer ready at once: the index saved at the last build, when current."""
        return cls(store, await Index.load(store), catalog)

    async def refresh(self) -> None:
        """Rebuild the index off the event loop and swap it in with one assignment.

        Questions asked meanwhile are answered from the old index. The old one is then
        freed on a worker thread too: freeing a million objects is itself a long pause.
        """
        new = await Index.build_and_save(self.store)
        old = [self.index]
        self.index = new
        await asyncio.to_thread(_release, old)

    # --- entities -------------------------------------------------------------------

    def find_person(
        self, words: list[str], feeds: set[int] | None = None, *, name_only: bool = False
    ) -> tuple[PersonEntry, set[str], float] | None:
        """The person the words name (full name, or a distinctive surname), the words
        used, and how sure the match is (0..100, the one threshold applies).

        A word is corrected towards a name only when it is not itself a known word, so
        "border" never becomes "Borger" while "Magalony" becomes "Magaloni"; of several
        names it may be, the one the question's other words also name wins ("Yuavl Harari"
        is Yuval Noah Harari). A podcast's own host, when the podcast is asked about, is
        the podcast, not a guest.
        """
        idx = self.index
        options: list[tuple[str, list[str]]] = []  # (question word, name tokens it may be)
        for word in words:
            if word in idx.name_tokens:
                options.append((word, [word]))
            elif idx.vocab.df.get(word, 0) <= 1 or name_only:
                options.append((word, idx.name_vocab.candidates(word)[:8]))
        exact_keys: dict[str, set[str]] = defaultdict(set)
        for word, tokens in options:
            if tokens and tokens[0] == word:
                for key in idx.name_tokens.get(word, ()):
                    exact_keys[key].add(word)
        if exact_keys and len(exact_keys) <= SUPPORT_KEYS:
            # A name word the question spells right ("Roman") vouches for a looser fix of
            # the other ("Pilcher", two edits from "Pichler"): among that person's own
            # name words, a typo of two edits is far less likely to be another word.
            for i, (word, tokens) in enumerate(options):
                if (tokens and tokens[0] == word) or len(word) < 5:
                    continue
                near = [
                    token
                    for key, words_used in exact_keys.items()
                    for token in key.split()
                    if token not in words_used
                    and len(token) >= 5
                    and OSA.distance(word, token, score_cutoff=2) <= 2
                ]
                if near:
                    options[i] = (word, list(dict.fromkeys(near + tokens)))
        matched: dict[str, set[str]] = defaultdict(set)  # person key -> question words used
        fixed: dict[str, int] = defaultdict(int)  # person key -> corrected words used
        for word, tokens in options:
            if tokens and tokens[0] == word:
                for key in idx.name_tokens.get(word, ()):
                    matched[key].add(word)
                continue
            # A corrected word: prefer a name the other words support, else the first.
            supported = [t for t in tokens if idx.name_tokens.get(t, set()) & exact_keys.keys()]
            for token in supported or tokens[:1]:
                for key in idx.name_tokens.get(token, ()):
                    matched[key].add(word)
                    fixed[key] += 1
        hosts: set[str] = set()
        for fid in feeds or ():
            hosts |= idx.feed_hosts.get(fid, set())
        best: tuple[tuple[float, int, bool, int], PersonEntry, set[str], float] | None = None
        for key, used in matched.items():
            person = idx.people[key]
            if key in hosts and len(matched) > 1:
                continue
            tokens = key.split()
            covered = min(1.0, len(used) / len(tokens))
            if covered < 1.0 and not self._surname_suffices(person, tokens, used):
                continue
            # Full names beat surnames, guests beat hosts (a host's name is in the feed's
            # title, "Tom Segura En Español"), then the better-known person.
            rank = (covered, len(used), "guest" in person.roles, len(person.episode_ids))
            if best is None or rank > best[0]:
                sure = 100.0 if covered >= 1.0 or len(used) >= 2 else 60.0
                if fixed[key] and fixed[key] >= len(used):
                    sure -= 15.0  # every word of the name was corrected
                best = (rank, person, used, sure)
        return (best[1], best[2], best[3]) if best else None

    def _as_guest_first(self, person: PersonEntry, ids: list[int]) -> list[int]:
        """A person's episodes, those whose title names them before any colon (their own
        interview, "#252 – Elon Musk: SpaceX") first, then those naming them later in the
        title, then the rest (notes that mention them); newest first within each."""
        surname = person.key.split()[-1]
        episodes = self.index.episodes

        def place(eid: int) -> int:
            title = episodes[eid].title
            folded = normalize(title.split(":")[0]).split()
            if surname in folded:
                return 0
            return 1 if surname in episodes[eid].title_norm.split() else 2

        return sorted(ids, key=place)

    def _surname_suffices(self, person: PersonEntry, tokens: list[str], used: set[str]) -> bool:
        """A surname alone names a person when it is long, rare, and names few people."""
        idx = self.index
        surname = tokens[-1]
        if len(surname) < 5 or len(idx.name_tokens.get(surname, ())) > 3:
            return False
        if not any(
            len(w) >= 5 and Levenshtein.distance(w, surname, score_cutoff=2) <= 2 for w in used
        ):
            return False
        return idx.vocab.df.get(surname, 0) <= max(3 * len(person.episode_ids), 8)

    def find_topics(
        self, parsed: _Parsed, absent: set[str] | None = None
    ) -> list[tuple[str, set[str], float]]:
        """Topics named in the question that some episode has, with the words that named
        them and the match's score (an alias 100, a typo'd one less). The words of a
        topic named exactly that no episode has ("Suriname") go to ``absent``."""
        found = []
        words = parsed.norm.split()
        for name, score, span in self.catalog.find_in_question(parsed.text):
            if (
                score >= 100.0
                and absent is not None
                and normalize(name) not in self.index.topic_episodes
            ):
                absent.update(words[span[0] : span[1]])
            if score < TOPIC_THRESHOLD or normalize(name) not in self.index.topic_episodes:
                continue
            start, end = span
            found.append((name, set(words[start:end]), score))
        if not found:
            # Keywords from feeds (not in the catalogue) are topics too.
            joined = " ".join(parsed.words)
            if joined in self.index.topic_episodes:
                found.append((self.index.topic_names[joined], set(parsed.words), 100.0))
        return found

    # --- answering ------------------------------------------------------------------

    def corrected(self, words: list[str]) -> list[str]:
        """The question's words as the search reads them: a word unknown to the archive
        becomes the nearest known one (or its singular), else stays as typed; a word the
        archive holds in another language stays as typed too."""
        df = self.index.vocab.df
        out = []
        for word in dict.fromkeys(words):
            if word not in df and self._translated(word):
                out.append(word)
                continue
            known = word if word in df else self.index.vocab.correct(word)
            if known is None and _stem(word) in df:
                known = _stem(word)
            out.append(known or word)
        return out

    def find_podcast(self, parsed: _Parsed) -> tuple[set[int], set[str]]:
        """The podcasts the question names (feed ids) and the words that named them."""
        idx = self.index
        forms = self._podcast_forms()
        words = parsed.norm.split()
        spans = find_spans(words, forms, max(idx.feed_form_words, 1))
        feeds: set[int] = set()
        used: set[str] = set()
        for start, end in spans:
            feeds |= forms[" ".join(words[start:end])]
            used.update(words[start:end])
        return feeds, used

    def _named_by_hosts(self, feeds: set[int], words: set[str]) -> bool:
        """Whether the words that named these podcasts are all their hosts' names."""
        hosts = self.index.feed_hosts
        named = {
            w for f in feeds for h in hosts.get(f, ()) if set(h.split()) <= words for w in h.split()
        }
        return bool(named) and words <= named

    def _title_pairs(self) -> frozenset[str]:
        """Every "word stopword" pair seen in two titles or more ("free will"), once per
        index."""
        idx = self.index
        cached = self._pairs_cache
        if cached is not None and cached[0] is idx:
            return cached[1]
        seen: Counter[str] = Counter()
        for entry in idx.episodes.values():
            title = entry.title_norm.split()
            seen.update(
                {
                    f"{a} {b}"
                    for a, b in itertools.pairwise(title)
                    if b in STOP_WORDS and a not in STOP_WORDS and len(b) >= PAIR_MIN_CHARS
                }
            )
        pairs = frozenset(p for p, n in seen.items() if n >= 2)
        self._pairs_cache = (idx, pairs)
        return pairs

    def _with_title_pairs(self, parsed: _Parsed) -> list[str]:
        """The question's words, with a stop word kept where it follows a word as in the
        titles: "free will" is a subject, though "will" alone says nothing."""
        said = _WORD.findall(parsed.norm)
        pairs = self._title_pairs()
        kept = {
            b
            for a, b in itertools.pairwise(said)
            if b in STOP_WORDS and a in parsed.words and f"{a} {b}" in pairs
        }
        if not kept:
            return parsed.words
        return [w for w in said if w in kept or w in parsed.words]

    def _podcast_forms(self) -> dict[str, set[int]]:
        """The index's podcast names, and each podcast's brand word: a word of its title
        that names most of its episodes and is seldom seen outside it ("Bombcast" of
        "Giant Bombcast 603: ..."). Worked out once per index."""
        idx = self.index
        cached = self._forms_cache
        if cached is not None and cached[0] is idx:
            return cached[1]
        candidates: dict[str, set[int]] = defaultdict(set)
        for fid, title in idx.feed_titles.items():
            for word in set(normalize(title).split()):
                if len(word) >= 4 and word not in STOP_WORDS and word not in idx.feed_forms:
                    candidates[word].add(fid)
        titled: dict[str, Counter[int]] = defaultdict(Counter)
        per_feed: Counter[int] = Counter()
        for entry in idx.episodes.values():
            per_feed[entry.feed_id] += 1
            for word in set(entry.title_norm.split()) & candidates.keys():
                titled[word][entry.feed_id] += 1
        forms = dict(idx.feed_forms)
        for word, fids in candidates.items():
            df = idx.vocab.df.get(word, 0)
            for fid in fids:
                mine = titled[word][fid]
                if mine >= BRAND_SHARE * per_feed[fid] and mine >= BRAND_SHARE * df:
                    forms.setdefault(word, set()).add(fid)
        self._forms_cache = (idx, forms)
        return forms

    def _number_ids(self, parsed: _Parsed, feeds: set[int]) -> tuple[list[int], set[str]]:
        """Episodes with the number the question asks for ("episode 370", "s2e5")."""
        asked = question_number(fold(parsed.text))
        if asked is None:
            return [], set()
        season, number, text = asked
        idx = self.index
        if season is not None:
            ids = idx.season_numbers.get((season, number), [])
        else:
            ids = idx.numbers.get(number, [])
        if feeds:
            ids = [i for i in ids if idx.episodes[i].feed_id in feeds]
        return list(ids), set(_WORD.findall(normalize(text)))

    async def ask(self, question: str, limit: int = 5) -> Answer:
        parsed = _parse(question)
        answer = Answer(question=question, intent="none", words=self.corrected(parsed.words))
        if not parsed.norm:
            answer.message = "Ask about an episode, a guest or a topic."
            return answer
        if is_chitchat(parsed.norm.split()):
            answer.message = HELP_MESSAGE
            return answer
        idx = self.index
        feeds, podcast_words = self.find_podcast(parsed)
        if podcast_words:
            parsed.words = [w for w in parsed.words if w not in podcast_words]
        parsed.words = self._with_title_pairs(parsed)

        number_ids, number_words = self._number_ids(parsed, feeds)
        if number_ids:
            rest = [w for w in parsed.words if w not in number_words]
            ids = number_ids
            if rest and len(ids) > 1:
                # "episode 370 frenkel": the numbered episodes that also hold the words.
                ranked = await self.search(rest, limit=len(ids), only=set(ids))
                better = [e for e, sc in ranked if sc >= THRESHOLD]
                ids = better + [i for i in ids if i not in better]
            answer.intent = "episode"
            ids = ids[:limit]
            return await self._fill(answer, ids, [100.0] * len(ids))

        person_hit = self.find_person(parsed.words, feeds)
        # "Latin America Today on Argentina": the podcast's name names no topic.
        # A topic named by the person's own words ("Elon Musk") is the person, not more.
        person_words = person_hit[1] if person_hit else set()
        absent: set[str] = set()
        topics = [
            t
            for t in self.find_topics(parsed, absent)
            if not t[1] <= podcast_words and not (person_words and t[1] <= person_words)
        ]
        used: set[str] = set()
        if person_hit:
            used |= person_hit[1]
        for _, words, _ in topics:
            used |= words
        rest = [w for w in parsed.words if w not in used]

        def scoped(ids: list[int]) -> list[int]:
            return [i for i in ids if idx.episodes[i].feed_id in feeds] if feeds else ids

        def scoped_pairs(pairs: list[tuple[int, float]]) -> list[tuple[int, float]]:
            eps = idx.episodes
            return [p for p in pairs if p[0] in eps and (not feeds or eps[p[0]].feed_id in feeds)]

        if (
            person_hit
            and feeds
            and self._named_by_hosts(feeds, podcast_words)
            and not scoped(person_hit[0].episode_ids)
        ):
            # "Adam Curry and Dave Jones with X": a host has more than one show; the guest
            # who was never on the one the host's name first names was on another.
            feeds.clear()
        if person_hit and (parsed.guest_cue or not rest or len(person_hit[1]) >= 2):
            person, person_score = person_hit[0], person_hit[2]
            answer.person = person
            # "Latest with X" is X's newest episode; otherwise their own interviews first.
            mine_ids = scoped(person.episode_ids)
            if not parsed.latest:
                mine_ids = self._as_guest_first(person, mine_ids)
            if not rest and not topics and mine_ids:
                answer.intent = "latest" if parsed.latest else "guest"
                ids = mine_ids[:limit]
                return await self._fill(answer, ids, [person_score] * len(ids))
            with_cue = parsed.guest_cue or bool(_WITH.search(parsed.norm))
            if feeds and with_cue and not rest and not topics and not mine_ids:
                # "Making Sense with Noam Chomsky": a known guest who was never on the
                # named podcast; an episode that only talks about them is not the answer.
                answer.person = None
                answer.message = "No episode matches that question."
                return answer
            # The person and more ("Randy Shoup hiring", "Petro paz total"): search with
            # every word, favouring the person's episodes.
            mine = set(mine_ids)
            held: dict[int, set[str]] = {}
            ranked = await self.search(
                parsed.words,
                limit=max(limit, 10),
                boost=mine,
                feeds=feeds,
                wide=parsed.latest,
                found=held,
            )
            # The person is the question's evidence only as far as the other words are
            # not more specific than the name: "Peterson on Jungian archetypes" lacking
            # both rare words is not a Peterson answer, "Randy Shoup hiring" may be.
            rest_terms = self.corrected(rest)
            name_weight = sum(idx.idf(w) for w in person_hit[1])

            def missing(eid: int | None) -> float:
                have = held.get(eid, set()) if eid is not None else set()
                return sum(idx.idf(t) for t in rest_terms if t not in have)

            ranked = [
                (e, min(sc, 100.0))
                for e, sc in ranked
                if sc >= THRESHOLD and missing(e) < name_weight
            ]
            if not ranked and person_score >= THRESHOLD and missing(None) < name_weight:
                # The other words are not found: the person's episodes, at the person's
                # own confidence, not more.
                ranked = [(e, person_score) for e in mine_ids]
            if not ranked:
                answer.person = None
                answer.message = "No episode matches that question."
                return answer
            if parsed.latest:
                answer.intent = "latest"
                ranked.sort(key=lambda p: idx.order[p[0]])
            else:
                answer.intent = "guest" if ranked[0][0] in mine else "episode"
            if answer.intent == "episode":
                answer.person = None
            ranked = ranked[:limit]
            return await self._fill(answer, [e for e, _ in ranked], [sc for _, sc in ranked])

        if topics and not rest:
            topic, topic_score = topics[0][0], topics[0][2]
            answer.topic = topic
            also = [t for t, _, _ in topics[1:]]
            if feeds:
                ranked_ids = self._topic_ranked(topic, also, about=parsed.latest)
                ids = scoped(ranked_ids)[: TOPIC_WINDOW * limit]
            else:
                ids = self._topic_ranked(
                    topic, also, about=parsed.latest, limit=TOPIC_WINDOW * limit
                )
            if not parsed.latest and not also:
                ids = self._titled_first(topic, ids)
            ids = ids[:limit]
            if ids and topic_score >= THRESHOLD and self._central(ids[0], topics):
                answer.intent = "latest" if parsed.latest else "topic"
                return await self._fill(answer, ids, [topic_score] * len(ids))
            answer.topic = None

        if not parsed.words and (parsed.latest or feeds):
            # "latest episode", "newest How I Built This", "latest Lex".
            answer.intent = "latest"
            ids = scoped(idx.latest)[:limit] if feeds else idx.latest[:limit]
            return await self._fill(answer, ids, [100.0] * len(ids))

        if not parsed.words or (
            not feeds and not topics and not person_hit and self._to_the_bot(parsed)
        ):
            answer.message = HELP_MESSAGE
            return answer

        lacking: dict[int, set[str]] = {}
        ranked = await self.search(
            parsed.words,
            limit=max(limit, 10),
            feeds=feeds,
            wide=parsed.latest,
            lacking=lacking,
            keep=absent,
        )
        if topics:
            # The topic orders what the words found; it never makes an answer of a
            # question whose rare words are missing ("belize gangs" is not "gangs",
            # "bukele's brother" is not El Salvador) unless the topic is itself the
            # missing evidence: a word the notes lack but the episode's topic names, as
            # a translation does ("authoritarianism" for a Spanish "autoritarismo").
            def lifts(eid: int) -> bool:
                mine = self._topics_of(eid)
                if eid not in lacking:
                    return any(normalize(t) in mine for t, _, _ in topics)
                return any(
                    normalize(t) in mine and not words & lacking[eid] for t, words, _ in topics
                )

            boosted = [(eid, score + (8.0 if lifts(eid) else 0.0)) for eid, score in ranked]
            ranked = sorted(boosted, key=lambda p: -p[1])
        ranked = [(eid, min(score, 100.0)) for eid, score in ranked if score >= THRESHOLD]
        if not ranked:
            # A podcast named scopes the segments' answer too.
            ranked = scoped_pairs(await segment_first(self.store, parsed.words))
        if not ranked:
            answer.message = "No episode matches that question."
            return answer
        if parsed.latest:
            # Newest first among the episodes about the words (named in the title), when
            # there are any, not those that merely mention them.
            about = set(self._titled(parsed.words, [e for e, _ in ranked]))
            if about:
                ranked = [p for p in ranked if p[0] in about]
            order = idx.order
            ranked.sort(key=lambda p: order[p[0]])
            answer.intent = "latest"
        elif topics and parsed.topic_cue:
            answer.topic = topics[0][0]
            answer.intent = "topic"
        else:
            answer.intent = "episode"
        ranked = ranked[:limit]
        return await self._fill(answer, [e for e, _ in ranked], [s for _, s in ranked])

    def _central(self, eid: int, topics: list[tuple[str, set[str], float]]) -> bool:
        """Whether each asked topic is more than a passing mention in the episode: named
        twice or more (or in its title). One mention ("Tegucigalpa" in a list of cities)
        is not what the episode is about; the full-text search then decides."""
        weights = self.index.episodes[eid].weights
        return all(weights.get(normalize(t), 0.0) >= CENTRAL_WEIGHT for t, _, _ in topics)

    def _titled_first(self, topic: str, ids: list[int]) -> list[int]:
        """Of episodes the topic weighs the same in, those whose title names it first: a
        title names what an episode is about, a keyword or a count may only brush it."""
        folded = normalize(topic)
        name = f" {folded} "
        episodes = self.index.episodes

        def key(eid: int) -> tuple[float, bool]:
            entry = episodes[eid]
            return -entry.weights.get(folded, 0.0), name not in f" {entry.title_norm} "

        return sorted(ids, key=key)

    def _titled(self, words: list[str], ids: list[int]) -> list[int]:
        """The episodes whose title holds each of the words (or a word it starts)."""
        stems = [_stem(w) for w in words]
        out = []
        for eid in ids:
            title = self.index.episodes[eid].title_norm.split()
            if all(any(t.startswith(s) for t in title) for s in stems):
                out.append(eid)
        return out

    async def _fill(self, answer: Answer, ids: list[int], scores: list[float]) -> Answer:
        episodes = await self.store.episodes_by_ids(ids)
        by_id = {e.id: e for e in episodes}
        pairs = [(by_id[i], s) for i, s in zip(ids, scores, strict=False) if i in by_id]
        answer.episodes = [e for e, _ in pairs]
        answer.scores = [s for _, s in pairs]
        await attach_moments(self.store, answer.episodes, _parse(answer.question).words)
        if not answer.episodes:
            answer.intent = "none"
            answer.message = answer.message or "No episode matches that question."
        return answer

    def _topics_of(self, eid: int) -> set[str]:
        entry = self.index.episodes.get(eid)
        return set(entry.weights) if entry else set()

    def _topic_ranked(
        self, topic: str, also: list[str], *, about: bool = False, limit: int | None = None
    ) -> list[int]:
        """A topic's episodes by relevance: the other asked topics they share, then the
        topic's weight in them (title mentions count ten), then recency. With ``about``,
        only episodes that are about the topic (named in the title, or a keyword) when
        there are any, not those that merely mention it, newest first."""
        folded = normalize(topic)
        idx = self.index
        if about:
            ids = idx.topic_about.get(folded) or idx.topic_episodes.get(folded, [])
            return ids[:limit] if limit else list(ids)
        ranked = idx.topic_ranked.get(folded, [])
        extra = {normalize(t) for t in also} - {folded}
        if not extra:
            return ranked[:limit] if limit else list(ranked)
        if limit:
            return _walk_ranked(ranked, [idx.topic_set(t) for t in sorted(extra)], limit)
        episodes = idx.episodes
        both = {
            e for t in extra for e in idx.topic_episodes.get(t, ()) if folded in episodes[e].weights
        }

        def key(eid: int) -> tuple[int, float, int]:
            weights = episodes[eid].weights
            return (-len(extra & weights.keys()), -weights[folded], idx.order[eid])

        out = sorted(both, key=key)
        for eid in ranked:
            if limit and len(out) >= limit:
                break
            if eid not in both:
                out.append(eid)
        return out[:limit] if limit else out

    async def search(
        self,
        words: list[str],
        limit: int = 10,
        boost: set[int] | None = None,
        *,
        feeds: set[int] | None = None,
        wide: bool = False,
        only: set[int] | None = None,
        lacking: dict[int, set[str]] | None = None,
        found: dict[int, set[str]] | None = None,
        keep: set[str] | None = None,
    ) -> list[tuple[int, float]]:
        """Full-text candidates for the words, re-scored 0..100 (see the module docstring).

        Episodes in ``boost`` (a named person's) get a fixed bonus; ``feeds`` keeps to
        those podcasts; ``wide`` looks at more candidates (a "latest" question orders
        everything that qualifies by date); ``only`` scores just those episodes; the
        episodes that lack the question's rare words (and so are not answers on their own)
        are added to ``lacking``, with the words they do hold; ``found`` gets the words
        (as searched) each candidate holds. Words in ``keep`` name a known subject (a
        catalogue topic) and are searched as typed, never "corrected" into another word:
        "Suriname" is not "surname".
        """
        idx = self.index
        terms: list[str] = []
        for word in dict.fromkeys(words):
            if keep and word in keep:
                terms.append(word)
                continue
            if word not in idx.vocab.df and self._translated(word):
                # A word the archive holds only in another language ("sniper" in notes
                # that say "francotirador") is searched as typed, not "corrected" into
                # an unrelated word of this language ("finnish" is not "finish").
                terms.append(word)
                continue
            known = word if word in idx.vocab.df else idx.vocab.correct(word)
            if known is None and _stem(word) in idx.vocab.df:
                known = _stem(word)
            terms.append(known or word)
        terms = list(dict.fromkeys(terms))
        df = idx.vocab.df
        # A word known only through its translations weighs as its rarest translation,
        # is fetched by them, and counts that many postings.
        via = {t: self._translated(t) for t in terms if t not in df}
        via = {t: forms for t, forms in via.items() if forms}
        # A known word is fetched in its other languages too ("slang": "jerga").
        also = {t: self._translated(t) for t in terms if t in df}
        also = {t: forms for t, forms in also.items() if forms}
        weights = {t: max(map(idx.idf, via[t])) if t in via else idx.idf(t) for t in terms}
        postings_of = {t: sum(df[f] for f in via[t]) if t in via else df.get(t, 0) for t in terms}
        for t, forms in also.items():
            postings_of[t] += sum(df[f] for f in forms)
        known_terms = sorted((t for t in terms if t in df or t in via), key=postings_of.__getitem__)
        if not known_terms:
            return []
        if only is not None:
            candidates = [(eid, 0.0) for eid in only]
        else:
            # Candidates come from the rarest words: they single out the episode, and
            # common words make the full-text query slow (bm25 over every episode that
            # has them). Every word still counts in the score below.
            fetching: list[str] = []
            postings = 0
            for t in known_terms:
                if fetching and (postings + postings_of[t] > POSTINGS_BUDGET):
                    break
                fetching.append(t)
                postings += postings_of[t]
                if len(fetching) >= MAX_QUERY_TERMS:
                    break
            candidates = await self.store.fts_search(
                [self._fetch_term(t, via, also) for t in fetching],
                limit=WIDE_CANDIDATES if wide else CANDIDATES,
                feed_ids=sorted(feeds or ()),
                newest=idx.fts_window(postings),
            )
        if not candidates:
            return []
        # A wide look reads less of each episode's notes, so it costs about the same.
        chars = WIDE_TEXT_CHARS if wide else CANDIDATE_TEXT_CHARS
        texts = await self._candidate_words([eid for eid, _ in candidates], chars)
        total = sum(weights.values())
        # The question's rarest words must be found: without them a near miss (a
        # neighbouring country, a related technology) would be answered on its common
        # words. A short question needs each of its rare words; a long, chatty one (whose
        # rare words are often conversation, "snitch", "blowing") two of its three rarest.
        by_rarity = sorted(terms, key=lambda t: (-weights[t], t))
        rarest = by_rarity[0]
        top = weights[rarest]
        if len(terms) <= SHORT_QUESTION:
            must = [t for t in by_rarity if weights[t] >= RARE_SHARE * top]
            need = len(must)
        else:
            must = by_rarity[:3]
            need = 2
        # A word matches its own forms fully ("prison", "prisons") and, like the FTS prefix
        # query, longer words it starts at a discount: "feminist" ~ "feministas", but
        # "near" is not quite "nearly".
        exact: dict[str, set[str]] = {}
        longer: dict[str, set[str]] = {}
        across: dict[str, set[str]] = {}
        for t in terms:
            stem = _stem(t)
            exact[t] = {t, stem, stem + "s", stem + "es"}
            longer[t] = set()
            if len(stem) >= 4:
                longer[t] = set(idx.vocab.with_prefix(stem, 40)) - exact[t]
                if len(stem) < SHORT_PREFIX_CHARS:
                    # A short word starts many unrelated words ("meta": "metal"): only
                    # its inflections count ("rank": "ranking").
                    longer[t] = {w for w in longer[t] if w[len(stem) :] in _INFLECTIONS}
            # The same word in another language ("war": "guerra"), at a discount: a
            # translation is weaker evidence than the word itself.
            across[t] = {
                form
                for w in translations(stem) | translations(t)
                for form in (w, w + "s", w + "es")
            } - exact[t]

        def matched(doc: frozenset[str] | set[str]) -> tuple[float, set[str]]:
            found = 0.0
            hits: set[str] = set()
            for t, w in weights.items():
                if not exact[t].isdisjoint(doc):
                    found += w
                    hits.add(t)
                elif longer[t] and not longer[t].isdisjoint(doc):
                    found += PREFIX_CREDIT * w
                    hits.add(t)
                elif across[t] and not across[t].isdisjoint(doc):
                    found += TRANSLATION_CREDIT * w
                    hits.add(t)
            return found, hits

        phrase = " ".join(words)
        asked = set(words)
        scored = []
        for eid, _ in candidates:
            entry = idx.episodes.get(eid)
            if entry is None:
                continue
            title_words = set(entry.title_norm.split())
            in_doc, hits = matched(texts.get(eid, set()))
            in_title, title_hits = matched(title_words)
            covered, titled = in_doc / total, in_title / total
            # Title words count extra, but notes alone can make a confident answer when
            # they hold nearly all of the question.
            score = 100 * max(0.6 * covered + 0.4 * titled, NOTES_WEIGHT * covered)
            ratio = fuzz.token_set_ratio(phrase, entry.title_norm)
            # A near-exact title, unless it is a short title inside a longer question.
            if ratio >= 90 and len(asked & title_words) >= 0.75 * len(asked):
                score = max(score, ratio)
            raw = score
            if found is not None:
                found[eid] = hits | title_hits
            if boost and eid in boost:
                # The named person is the rare evidence ("Gustavo Petro paz total"): with
                # a person named, the other words only order the candidates.
                score += PERSON_BOOST
            elif boost is None and (
                sum(t in hits or t in title_hits for t in must) < need
                or (not title_hits and self._by_chance(hits))
                # Notes alone answer a short question only when they hold all of it:
                # "dominican republic election" is no answer from notes that merely
                # mention the country (the title, stronger evidence, is judged above).
                or (not title_hits and len(terms) <= SHORT_QUESTION and len(hits) < len(terms))
            ):
                score = min(score, THRESHOLD - 1.0)
                if lacking is not None:
                    lacking[eid] = hits | title_hits
            scored.append((eid, score, raw))
        order = idx.order
        # Equal scores: the closer title, then bm25 (lower is better), then newest first.
        bm25 = dict(candidates)

        closeness: dict[int, float] = {}

        def rank(at: int) -> None:
            shared = {v for v, n in Counter(p[at] for p in scored).items() if n > 1}

            def key(p: tuple[int, float, float]) -> tuple[float, float, float, int]:
                eid = p[0]
                if p[at] not in shared:  # no tie: the title need not be looked at
                    return -p[at], 0.0, 0.0, 0
                close = closeness.get(eid)
                if close is None:
                    close = closeness[eid] = self._title_named(eid, asked, weights)
                return -p[at], close, bm25.get(eid, 0.0), order.get(eid, 0)

            scored.sort(key=key)

        rank(2)
        # A long, chatty question ("the one where the deno guy introduces fresh") seldom
        # has all its words in one episode; one that clearly leads every other is the
        # answer all the same: by its score, or (ahead by its score too) by bm25's margin.
        if (
            len(terms) >= LONG_QUESTION
            and not boost
            and scored
            and scored[0][1] < THRESHOLD
            and scored[0][2] >= LEAD_MIN
            and (
                len(scored) == 1
                or scored[0][2] >= LEAD_RATIO * scored[1][2]
                or (scored[0][2] > scored[1][2] and _bm25_leads(scored[0][0], bm25))
            )
        ):
            scored[0] = (scored[0][0], THRESHOLD, scored[0][2])
        rank(1)
        return [(eid, score) for eid, score, _ in scored[:limit]]

    def _fetch_term(
        self, t: str, via: dict[str, frozenset[str]], also: dict[str, frozenset[str]]
    ) -> Term:
        """The full-text term for one word: its forms, or its translations, or both."""
        if t in via:
            return Term(tuple(sorted(via[t])))
        if t in also:
            stem = _stem(t)
            own = (t, stem, stem + "s", stem + "es")
            return Term(tuple(dict.fromkeys(own + tuple(sorted(also[t])))))
        return _fts_term(t)

    def _translated(self, word: str) -> frozenset[str]:
        """The word's translations (bot/lexicon.py) that the archive holds, in any of
        their plural forms."""
        df = self.index.vocab.df
        return frozenset(
            form
            for w in translations(word) | translations(_stem(word))
            for form in (w, w + "s", w + "es")
            if form in df
        )

    def _to_the_bot(self, parsed: _Parsed) -> bool:
        """Whether the question is said to the bot ("are you a real person", "who made
        you") rather than asked about an episode: addressed to "you", asking for no
        episode ("the one", "anything on", "episodes about"), with no word rare enough to
        single out an episode (each in BOT_COMMON_SHARE of the archive or more)."""
        said = parsed.norm.split()
        if _YOU.isdisjoint(said) or parsed.topic_cue or not _ASKING.isdisjoint(said):
            return False
        idx = self.index
        common = BOT_COMMON_SHARE * max(idx.count, 1)
        return all(idx.vocab.df.get(w, 0) >= common for w in parsed.words)

    def _by_chance(self, found: set[str]) -> bool:
        """Whether common words found together in an episode's notes say nothing: were
        the words independent, CHANCE_EPISODES or more episodes of the archive would hold
        them all ("are you a real person": "real" and "person" are in hundreds). One word
        is its own evidence; the title is stronger evidence and is not judged here."""
        if len(found) < 2:
            return False
        idx = self.index
        n = max(idx.count, 1)
        df = idx.vocab.df
        log_expected = math.log(n) + sum(math.log(max(df.get(t, 1), 1) / n) for t in found)
        return log_expected >= math.log(CHANCE_EPISODES)

    def _title_named(self, eid: int, asked: set[str], weights: dict[str, float]) -> float:
        """Minus the share of the title's own words the question names: of equal scores,
        "Batalla de Austerlitz" comes before "Napoleón en la batalla de Austerlitz". The
        podcast's name and the episode's number are not what a title names."""
        idx = self.index
        entry = idx.episodes[eid]
        show = normalize(idx.feed_titles.get(entry.feed_id, "")).split()
        title = entry.title_norm.split()
        content = [
            w
            for w in title
            if len(w) > 1 and not w.isdigit() and w not in STOP_WORDS and w not in show
        ] or title
        named = sum(w in asked or w in weights for w in content) / max(len(content), 1)
        return -round(named, 2)

    async def _candidate_words(
        self, ids: list[int], chars: int = CANDIDATE_TEXT_CHARS
    ) -> dict[int, set[str]]:
        # The start of long show notes is enough: the rest is links, sponsors, timestamps.
        texts = await self.store.indexed_texts(ids, chars)
        return {eid: set(_WORD.findall(fold(text))) for eid, text in texts.items()}

    # --- autocomplete ---------------------------------------------------------------

    async def complete_titles(self, typed: str, limit: int = 25) -> list[tuple[int, str]]:
        """Episodes whose title fits what is typed so far.

        First titles that start with it (a sorted list, no database), then titles holding
        its words anywhere (FTS5 on the title column: whole words, the last one as a
        prefix, an unknown word corrected), newest first.
        """
        idx = self.index
        norm = normalize(strip_invisible(typed)[:MAX_QUESTION_CHARS])
        words = _WORD.findall(norm)[:8]
        if not words:
            return [(i, idx.episodes[i].title) for i in idx.latest[:limit]]
        ids: list[int] = []
        start = bisect.bisect_left(idx.sorted_titles, (norm,))
        for title, eid in idx.sorted_titles[start : start + limit]:
            if not title.startswith(norm):
                break
            ids.append(eid)
        if len(ids) < limit:
            done, partial = words[:-1], words[-1]
            parts = []
            for word in done:
                known = word if word in idx.vocab.df else idx.vocab.correct(word)
                parts.append(Term((known or word,)))
            exprs = [[*parts, Term((partial,), prefix=True)]]
            if len(partial) >= 4 and partial not in idx.vocab.df:
                fixed = idx.vocab.correct(partial)
                if fixed and fixed != partial:
                    exprs.append([*parts, Term((fixed,), prefix=True)])
            for expr in exprs:
                more = await self._title_match(expr, limit)
                more.sort(key=idx.order.__getitem__)
                ids += [i for i in more if i not in ids]
                if len(ids) >= limit:
                    break
        return [(i, idx.episodes[i].title) for i in ids[:limit] if i in idx.episodes]

    async def _title_match(self, terms: list[Term], limit: int) -> list[int]:
        order = self.index.order
        return [i for i in await self.store.title_matches(terms, limit) if i in order]

    def complete_people(self, typed: str, limit: int = 25) -> list[PersonEntry]:
        """People whose name fits what is typed: word prefixes, tolerant of a typo."""
        key = person_key(strip_invisible(typed)[:MAX_QUESTION_CHARS])
        people = self.index.people
        if not key:
            return self.index.frequent_guests[:limit]
        words = key.split()[:6]
        candidates: set[str] | None = None
        for i, word in enumerate(words):
            last = i == len(words) - 1
            tokens = self.index.name_vocab.with_prefix(word, 200) if last else [word]
            if not last and word not in self.index.name_tokens:
                fixed = self.index.name_vocab.correct(word)
                tokens = [fixed] if fixed else []
            keys: set[str] = set()
            for token in tokens:
                keys |= self.index.name_tokens.get(token, set())
            candidates = keys if candidates is None else candidates & keys
            if not candidates:
                break
        if not candidates and len(words[-1]) >= 4:
            fixed = self.index.name_vocab.correct(words[-1])
            candidates = set(self.index.name_tokens.get(fixed, set())) if fixed else set()
        ranked = sorted(candidates or (), key=lambda k: (-len(people[k].episode_ids), k))
        return [people[k] for k in ranked[:limit]]

    def complete_topics(self, typed: str, limit: int = 25) -> list[tuple[str, int]]:
        """Topics (with their episode counts) that fit what is typed."""
        typed_norm = normalize(strip_invisible(typed)[:MAX_QUESTION_CHARS])
        counts = self.index.topic_episodes
        if not typed_norm:
            names = sorted(counts, key=lambda t: -len(counts[t]))
        else:
            names = [t for t in counts if t.startswith(typed_norm) or f" {typed_norm}" in t]
            for name, score in self.catalog.lookup(typed_norm):
                folded = normalize(name)
                if score >= 80 and folded in counts and folded not in names:
                    names.append(folded)
            names.sort(key=lambda t: (not t.startswith(typed_norm), -len(counts[t])))
        return [(self.index.topic_names[t], len(counts[t])) for t in names[:limit]]

    def person(self, key: str, *, cut_at: int | None = None) -> PersonEntry | None:
        """A person by key or name (exact after folding), else the best fuzzy match; a key
        of ``cut_at`` characters or more (cut to fit a choice value) is found by its start."""
        people = self.index.people
        folded = person_key(key)
        if folded in people:
            return people[folded]
        found = self.find_person(_WORD.findall(folded), name_only=True)
        if found:
            return found[0]
        if cut_at is not None and len(key) >= cut_at:
            return next((p for k, p in people.items() if k.startswith(key)), None)
        return None

    def topic_episode_ids(self, topic: str) -> list[int]:
        return self._topic_ranked(topic, [])

    def topic_listing(self, name: str) -> tuple[str, list[int]] | None:
        """A topic's display name and its episode ids (most relevant first); a name that is
        not a topic as typed takes the closest one autocomplete would offer."""
        ids = self.topic_episode_ids(name)
        display = self.index.topic_names.get(normalize(name), name)
        if not ids:
            close = self.complete_topics(name, limit=1)
            if not close:
                return None
            display = close[0][0]
            ids = self.topic_episode_ids(display)
        return (display, ids) if ids else None

    def latest(self, topic: str | None = None, limit: int = 1) -> list[int]:
        """The newest episode ids, of ``topic`` (see :meth:`topic_listing`) when given;
        empty when that topic is not found."""
        idx = self.index
        if not topic:
            return idx.latest[:limit]
        listing = self.topic_listing(topic)
        if listing is None:
            return []
        order = idx.order
        return sorted(listing[1], key=lambda eid: order.get(eid, len(order)))[:limit]

    # --- a value chosen in autocomplete, or typed, as a known topic or person -----------

    def known_topic(self, value: str) -> str | None:
        """The stored name of the topic ``value`` names (autocomplete sends it as shown; a
        typed one is compared without case or accents); None when no topic has that name."""
        folded = fold(value).strip()
        for name, _count in self.complete_topics(value):
            if fold(name).strip() == folded:
                return str(name)
        return None

    def known_person(self, value: str) -> str | None:
        """The key of the person ``value`` names (autocomplete sends the key; a typed name
        is compared without case or accents); None when nobody has that name."""
        if self.person(value) is not None:
            return value
        folded = fold(value).strip()
        for person in self.complete_people(value):
            if fold(person.name).strip() == folded:
                return str(person.key)
        return None


def feed_named(feeds: Sequence[Any], value: str) -> int | None:
    """The id of the feed ``value`` names: its id (autocomplete) or its title, typed."""
    folded = fold(value).strip()
    for feed in feeds:
        if value == str(feed.id) or fold(feed.title).strip() == folded:
            return int(feed.id)
    return None
