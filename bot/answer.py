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
import datetime
import functools
import itertools
import logging
import math
import re
import sys
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from rapidfuzz import fuzz
from rapidfuzz.distance import OSA, Levenshtein

from bot.index import (  # noqa: F401 - some are imported from here (tests, older callers)
    ABOUT_WEIGHT,
    COMMON_SHARE,
    FTS_FULL_MAX,
    FTS_NEWEST,
    EpisodeEntry,
    Index,
    PersonEntry,
    _release,
    _Vocabulary,
    _walk_ranked,
)
from bot.lexicon import (
    EVERYDAY_MIN_ZIPF,
    cognates,
    english_sayings,
    everyday,
    load_everyday,
    spelling_variants,
    synonyms,
    translations,
)
from bot.moments.find import attach_moments, moments_json, segment_first
from bot.nicknames import full_names
from bot.question_words import (
    ENGLISH_STOP_WORDS,
    IBERIAN_STOP_WORDS,
    STOP_WORDS,
    plausible_double_typo,
)
from bot.scope import (
    CHITCHAT,
    EVERYONE,
    INTERJECTIONS,
    LANGUAGE_NAMES,
    NUMBER_ARTICLES,
    SALUTATIONS,
    bare_number_list,
    conjunct_splits,
    find_spans,
    is_chitchat,
    language_request,
    ordinal,
    question_dates,
    question_month,
    question_number,
    question_numbers,
    requested_languages,
    speaks,
    spoken_number,
    without_salutations,
)
from bot.snippets import Explanation, clean_notes, explain
from bot.store import Episode, Store, Term, iso
from bot.text import fold, normalize, normalized_words, person_key, strip_invisible
from bot.topics import TopicCatalog, default_catalog

log = logging.getLogger(__name__)

MAX_QUESTION_CHARS = 500
THRESHOLD = 42.0
SERIES_WORDS = 2  # words of a series' name beside a podcast's name and a bare number list
PROMINENCE_TRIES = 50  # a person's episodes whose notes are read for where they are named
TITLE_EXACT_TRIES = 20  # episodes of one title looked at (a title used again: reruns)
PERSON_BOOST = 15.0
POSTINGS_BUDGET = 600  # episodes the candidate query may touch, past its rarest word
MAX_QUERY_TERMS = 6
CANDIDATES = 24
MENTION_WORDS = 3  # the most words "the latest that mentions ..." looks for in notes
WIDE_CANDIDATES = 60  # "latest" with words: every episode that qualifies, by date
LATEST_TITLE_SCAN = 300  # "latest" with words: titles naming them all, looked at past those
LONG_QUESTION = 4  # words; a question this long may be answered by a clear leader
FOREIGN_LEAD_TERMS = 3  # ... or this long, asked in Spanish or Portuguese of English notes
LEAD_MIN = 25.0
LEAD_RATIO = 1.5
BM25_MARGIN = 0.35  # bm25's own leader by this share of its score leads clearly too
NOTES_LEAD_SHARE = 0.5  # a leader found only in its notes holds more than this of the question
UNHEARD_TERMS = 5  # words; in a question this short a word no episode holds is its subject
SHORT_QUESTION = 4  # words; a shorter question must have each of its rare words found
RARE_SHARE = 0.7  # a word this close to the rarest one's weight (IDF) is rare too
SUPPORT_KEYS = 50  # people sharing a name word, past which it vouches for no typo fix
BRAND_SHARE = 0.9  # a podcast's brand word: in this share of its titles and of the word's uses
ORDINARY_TITLES = 2  # other podcasts' titles using a one-word podcast name: an ordinary word
CHANCE_EPISODES = 1.0  # words this likely to meet in some episode by chance are no match
BOT_COMMON_SHARE = 0.005  # a word in this share of episodes singles none out
SMALL_TALK_ZIPF = 4.0  # ... nor, said to the room or laughed, one this common in English
NOTES_WEIGHT = 0.8  # the most an episode found only in its notes can score, per covered
PREFIX_MIN_CHARS = 7  # a word this long also finds the longer words it starts
TITLE_START_MIN_CHARS = 4  # ... in titles, when asked for there and found whole in none
CANDIDATE_TEXT_CHARS = 4000
WIDE_TEXT_CHARS = 1500
COMPOUND_MIN_CHARS = 7  # a word this long may be two words written as one
COMPOUND_LAST_CHARS = 4  # the second of them, at least this long
# Prefixes Spanish and Portuguese join to a word that English hyphenates ("antirracismo",
# "anti-racism"); longest first, as one may begin another.
ROMANCE_PREFIXES = ("contra", "anti", "post", "pos", "neo", "pro", "pre", "auto", "ultra")
PREFIX_CREDIT = 0.6  # a word found only as the start of a longer word
PAIR_MIN_CHARS = 4  # a stop word this long may be kept where titles pair it ("free will")
SHORT_PREFIX_CHARS = 5  # a shorter word finds only its inflections, not any longer word
_INFLECTIONS = frozenset(
    "s es ed d ing ings er ers ly a as o os e ado ada ados adas ando ar ir ido ida".split()
)
ROMANCE_ROOT_CHARS = 6  # a word's root, before a vowel ending, this long finds its other endings
_VOWEL_ENDING = re.compile(r"(.+?[^aeiou])([aeiou]{1,2}s?|es)")
_ENDING = re.compile(r"[aeiou]{1,2}s?|es")
# An English word's ending of inflection after a root this long, and the endings of its
# kin (see Answerer._kin).
_INFLECTED = re.compile(r"([a-z]{5,}?)(?:ing|ed|er|ers|s)")
_KIN_ENDINGS = frozenset(["", "s", "e", "es", "ed", "ing", "ings", "er", "ers"])
# A verb's "-ing" or "-ed" after a root of four letters ("seizing", "warning", "merged"):
# the root is a word's own, not the start of another, so its verb forms are its kin
# ("seized", "warns", "merges"); not the "-er" nouns, as often another word ("warner").
_SHORT_INFLECTED = re.compile(r"([a-z]{4})(?:ing|ed)")
_SHORT_KIN_ENDINGS = frozenset(["", "s", "e", "es", "ed", "ing"])
SHORT_ROOT_MAX_ZIPF = 5.0  # ... a root this common in English (Zipf) is not looked at so
# A Spanish or Portuguese word's ending of inflection, or of a noun made of a verb, after
# a root this long, and the endings of its kin (see Answerer._romance_kin).
_ROMANCE_KIN_ENDINGS = frozenset(
    """
    a o e as os es ar er ir ando endo indo ado ada ados adas ido ida idos idas
    acao acoes icao icoes cao coes acion aciones icion iciones cion ciones
    """.split()
)
_ROMANCE_INFLECTED = re.compile(
    r"([a-z]{4,}?)(?:" + "|".join(sorted(_ROMANCE_KIN_ENDINGS, key=len, reverse=True)) + ")"
)
# An English word's ending of derivation, after a root this long: the root with another
# is a word of the same family ("diverse" ~ "diversity", "authorization" ~ "authorizes").
_DERIVATION_ENDINGS = ("ation", "ition", "ity", "ment", "ness", "ion", "ive", "e")
DERIVED_ROOT_CHARS = 5
COGNATES_MEMO = 4096  # words whose cognates are remembered, per index
# Everyday words (bot/lexicon.py everyday): a word this common in everyday speech (Zipf
# scale) weighs at most EVERYDAY_WEIGHT (IDF), plus EVERYDAY_SLOPE per unit less common.
EVERYDAY_TOP = 5.5
EVERYDAY_WEIGHT = 2.0
EVERYDAY_SLOPE = 2.2
EVERYDAY_EN_WORDS = 2  # an English question of more words than this (a shorter one is all subject)
EVERYDAY_EN_MIN_ZIPF = 3.5  # ... has its words this common in English weighed so
INFLECTION_STEM_CHARS = 4  # the least two words' shared start for one to inflect the other
ANCHOR_SLIP_CHARS = 6  # a slip of one name only, this long, vouches for a slip beside it
ROMANCE_PLURAL_MIN_CHARS = 5  # a shorter word in "-es" is seldom a plural ("tres", "mes")
ROMANCE_IES_MIN_CHARS = 7  # ... and a shorter one in "-ies" or "-ues" ("series", "clues")
INFLECTED_MIN_CHARS = 4  # a translation this long is found in its English inflections too
TRANSLATION_CREDIT = 0.6  # a word found only in another language (bot/lexicon.py)
MIN_TRANSLATED = 3  # words found only in translation that show a question in another language
TITLE_TYPO_CREDIT = 0.8  # a word a slip away from a word of the candidate's title
TITLE_TYPO_MIN_CHARS = 4
ARCHIVED_SLIP_DF = 2  # a word the archive holds this seldom may be a slip it holds too
ARCHIVED_SLIP_RATIO = 20  # ... of a word this many times as common
CORRECTION_TRIES = 3  # typo candidates looked at, nearest and most frequent first
TITLED_SCAN = 2000  # episodes looked at for a title that names a topic or person
TOPIC_TITLE_PROBE = 50  # titles naming a topic looked at, newest first
TITLE_MOST_SHARE = 0.6  # a title holding this share of a short question's weight, all but a word
TOPIC_THRESHOLD = 88.0
TOPIC_WINDOW = 3  # a topic's best episodes, times the answer's length, re-ordered by title
ALIAS_PREFIX = 5  # letters a word shares with a topic's name to be that name, not an alias
SPELLED_NUMBER_REST = 2  # other words beside a podcast's name and a number in words
DATE_REST = 1  # words beside a date (and a podcast's name) that keep it an episode's address
# Everyday words beside a date and a podcast's name that no episode of it holds, read as
# the asker's description of the podcast ("dw slow german news from 25 feb 2022").
DATE_DESCRIBED_REST = 4
WEEKDAY_SCAN = 200  # a podcast's newest episodes looked at for "the latest from a saturday"
# "from a saturday", "von einem Samstag", "de un sábado": a day of the week said as any
# such day (not "saturday morning cartoons", a subject).
_ON_A_WEEKDAY = re.compile(
    r"\b(?:from|on) an? |\bvon einem |\ban einem |\bde una? |\bde um |\bnum |\bnuma "
)
_WEEKDAY_NUMBERS = {
    name: n
    for names in (
        "monday tuesday wednesday thursday friday saturday sunday",
        "lunes martes miercoles jueves viernes sabado domingo",
        "montag dienstag mittwoch donnerstag freitag samstag sonntag",
    )
    for n, name in enumerate(names.split())
}
DATE_SCAN = 50  # episodes of one day looked at for the words beside the date
DAY_SECONDS = 86_400
# Words beside a podcast's name and a number in words that ask for nothing more.
_NUMBER_FILLERS = frozenset(
    "the s episode ep epi episodio number no numero podcast pod show link links url".split()
)
# ... and, beside a number in words, the small words around it ("the fourth episode of
# tiempo de valientes", "el cuarto capítulo de ...").
_SPOKEN_FILLERS = _NUMBER_FILLERS | frozenset(
    "of de del el la o a do da capitulo chapter entrega".split()
)
_TITLE_LEAD = _NUMBER_FILLERS - {"the", "s"}  # words before a title's own (with its number)
JOINED_MIN_CHARS = 3  # each of two words a title may write as one
JOINED_LONG_PART = 5  # ... or two letters, beside one this long
PODCAST_INITIALS_MAX = 5  # a podcast's title's first words whose initials name it
TITLE_WHOLE_RATIO = 90  # a question this like a title, small words and all, says it
TITLE_WHOLE_CHARS = 12  # ... when it is at least this long
MENTION_SHARE = 0.25  # the weight of "mentioning", of the lightest subject word
TITLE_WHOLE_TRIES = 10  # candidates looked at
# A question this like a whole title that opens with its first letters says that title
# ("it is go tme"), of at most this many such titles looked at.
TITLE_NEAR_RATIO = 93
TITLE_NEAR_PREFIX = 2
TITLE_NEAR_TRIES = 400
TITLE_TYPED_TRIES = 50  # titles holding a mistyped question's words looked at
HOST_NAME_MAX_ZIPF = 5.0  # a host's first name this common in English ("guy") names no podcast
HOST_NAME_SHARE = 1.25  # ... nor one in more episodes than this times the podcast's own
TITLE_SAID = 90  # a question this like a title (token set ratio) is that title
OPENING_INITIALS_DF = 3  # episodes at most that hold a podcast's initials as a word
OPENING_INITIALS_ZIPF = 4.0  # ... and how common they may be in everyday speech
INITIALS_MAX = 5  # letters of a word that may spell a name's initials ("amlo")
INITIALS_DF = 100  # episodes at most that hold such a word as it is
LANGUAGE_POOL = 20  # answers looked at for those in the language a question asks for
LANGUAGE_SCAN = 2000  # newest episodes looked at for "latest in <language>"
LANGUAGE_CHUNK = 100  # ... read this many at a time
# Words that only lead up to a date in the feeds' other languages ("nachrichten vom
# 24.02.2022", "do dia 3"): beside a date they ask for nothing more.
# The day of the week beside a date ("monday the 14th of march") names that date again.
_DATE_FILLERS = frozenset(
    """
    vom von am im zum der des dia del du le
    monday tuesday wednesday thursday friday saturday sunday
    lunes martes miercoles jueves viernes sabado domingo
    segunda terca quarta quinta sexta feira
    montag dienstag mittwoch donnerstag freitag samstag sonntag
    """.split()
)
# "the 303rd lex fridman": an ordinal beside a podcast's name is its episode's number.
_DIGITS = re.compile(r"\d+")
_ORDINAL = re.compile(r"(\d{1,4})(?:st|nd|rd|th)?")
# "are you an ai?", "r u human": a question about what the bot is, however rare its word.
_ABOUT_THE_BOT = re.compile(
    r"^(?:are|r)\s+(?:you|u)\s+(?:(?:a|an)\s+(?:real\s+)?[^\W_]+|(?:a\s+)?(?:real\s+)?"
    r"(?:human|real|alive|sentient|ai|ia|bot|robot|chatgpt|gpt|person|machine|computer))$"
)
# A member's reaction to the show, said where the bot listens ("great episode this week",
# "looking forward to the next one", "me encantó el episodio"): it asks for nothing. An
# episode not out yet ("the next episode") is none the bot has.
_REACTION = re.compile(
    r"\b(?:looking forward to|can t wait|cant wait|"
    r"(?:great|awesome|amazing|good|nice|excellent|fantastic|brilliant|fun|cool) "
    r"(?:episode|ep|show|podcast|pod)s?|"
    r"(?:loved|love|enjoyed|liked) (?:the|this|that|today s|this week s) "
    r"(?:episode|ep|show|podcast|pod|one)|"
    r"i recommend (?:this|the) (?:podcast|show)|best podcast|"
    r"the next (?:episode|ep|one|show)|any (?:suggestions|recommendations)|"
    r"(?:buen|gran|excelente|genial) (?:episodio|programa|capitulo)|"
    r"me encanto (?:el|este) (?:episodio|programa|capitulo)|"
    r"(?:otimo|excelente|bom) (?:episodio|programa)|adorei (?:o|esse|este) (?:episodio|programa))\b"
)
# "help", "what can you do?", "which podcasts do you know?": how to use the bot, whatever
# an episode's notes say of help or podcasts.
_HELP_ASKED = re.compile(
    r"^(?:(?:please |pls )?help(?: me| please| pls)?|commands|ayuda|ajuda|"
    r"what (?:can|do) (?:you|u) do|how (?:do i|does this|does it) (?:use (?:you|this|it)|work)|"
    r"(?:what|which) (?:podcasts?|shows?) (?:do|can) (?:you|u) "
    r"(?:know|have|cover|answer|search|do)(?: about| of| on)?)$"
)
DAY_BEFORE = 14 * 3600  # a day in UTC+14 starts this long before the UTC day
DAY_AFTER = 12 * 3600  # ... and one in UTC-12 ends this long after it
HOST_SHARE = 0.15  # "who hosts X": the host must be on this share of X's episodes
CENTRAL_WEIGHT = 2.0  # a topic named this often in an episode is more than a mention

_LATEST = re.compile(
    # "the latest drop from js party": the drop is the episode (before "latest" alone).
    r"\b((?:latest|newest) (?:drop|upload)|"
    # "the latest two episodes of making sense": the number is the cue's.
    r"(?:latest|newest|most recent) (?:\d{1,2}|two|three|four|five)"
    r"(?= (?:\w+ ){0,3}?(?:episodes|eps|shows|ones)\b)|"
    r"latest|newest|freshest|most recent|recent(?:ly)?|last (?:episode|ep|show|one|time|thing)|"
    r"new episodes?|"
    # "any new js party eps", "did today in focus drop anything today".
    r"any new(?= (?:\w+ ){0,4}?(?:episodes?|eps?|shows?|ones?)\b)|"
    r"(?:drop|dropped|post|posted|release|released|upload|uploaded) (?:anything|something)"
    r"(?: new)?|"
    # "which ... came out last", "the one released most recently".
    r"(?:came out|released|dropped|posted|published|put out|uploaded) (?:last|most recently)|"
    # "anything new from talk python?", "has go time posted anything new", "what's new on
    # how i built this" ("what's new in python 3.7" is a subject: not "in"), "the last 3
    # episodes of go time", "the newest episode overall", "¿algo nuevo de wola?".
    r"(?:anything|something) new|what s new (?:on|from|at|with|over at)|"
    # "has sam harris posted lately", "what came out this week on today in focus", "last
    # week's talk python", "yesterday's today in focus", "what was released today".
    r"lately|(?:came out|released|dropped|posted|published|put out|uploaded|out) "
    r"(?:today|yesterday|tonight|this week)|(?:last week|this week|yesterday|today|tonight) s"
    r"(?= (?:\w+ ){0,4}?(?:episodes?|eps?|shows?|ones?)\b| (?!in )\w+)|"
    # "¿qué hay de nuevo en wola?", "o que saiu de novo no hipsters".
    r"(?:hay|tem|saiu|salio|sacaron|sairam) (?:algo )?de (?:nuevo|novo)|"
    r"mas nuev[oa]s?|"
    r"last (?:\d{1,2}|two|three|four|five)(?= (?:\w+ ){0,3}?(?:episodes|eps|shows|ones)\b)|"
    r"(?:episode|ep|one) overall|what s new$|"
    r"algo (?:nuevo|novo)|alguna novedad|novedades|alguma novidade|novidades|"
    r"ultim[oa]s?|mas recientes?|recientes?|episodio nuevo|nuevo episodio|"
    # Portuguese: "o mais recente", "o mais novo", "episodio novo".
    r"mais recentes?|recentes?|mais novos?|mais nova|episodio novo|novo episodio|"
    # German, spoken by podcasts of the archive: "neueste", "die letzte Ausgabe".
    r"neuesten?|neuester|neuestes|(?:letzten?|letzter|letztes) (?:ausgabe|folge|sendung))\b"
)
# "the second newest go time", "the one before the latest talk python", "the penultimate
# lex": how many of the newest to step over, said before the cue of the newest.
_BEFORE_NEWEST = re.compile(
    r"\b(?:(?P<nth>second|third|fourth|fifth|2nd|3rd|4th|5th) (?:newest|latest|most recent|"
    r"last)|(?:the )?(?:one|episode|ep) before (?:the )?(?:newest|latest|last)(?: one)?|"
    r"second to last|penultimate|penultim[oa])\b"
)
# "who hosts go time?", "¿quién presenta wola?": the podcast's host is asked for; its
# words, beside the podcast's name, are all such a question says.
_WHO_HOSTS = re.compile(
    r"\b(?:who|quien|quienes|quem)\b.*\b(?:hosts?|hosted|hosting|runs|presents?|"
    r"presenter|presenters|presenta|presentan|conduce|conducen|presentador|presentadora|"
    r"conductor|apresenta|apresentam|apresentador|apresentadora)\b"
)
_HOST_ASKED = frozenset(
    """
    who host hosts hosted hosting runs present presents presenter presenters quien quienes
    presenta presentan conduce conducen presentador presentadora presentadores conductor
    quem apresenta apresentam apresentador apresentadora apresentadores
    """.split()
)
# Said alone of a named podcast's episode ("the new lex episode"): its newest.
_NEW_ALONE = frozenset("new current nuevo nueva actual novo nova atual".split())
# What is asked of the episode, said before it ("link to the newest making sense", "how
# long is the latest lex?"): no subject of it.
_ASKED_OF_IT = re.compile(
    r"^(?:(?:(?:a|the) )?links? (?:to|for)|how long (?:is|was)|"
    r"where (?:can|do) i (?:listen|find)(?: to)?|"
    # "¿de qué trata el último episodio?", "do que se trata o último?".
    r"de que (?:se )?(?:trata|tratan|trataba)|(?:do|sobre o) que (?:se )?trata)\b"
)
# Beside "latest": how an episode came out ("put out", "released"), not what it is about.
_PUT_OUT = re.compile(
    r"\b(?:put out|came out|comes out|come out|released|dropped|posted|published|uploaded|"
    # "the newest ... upload".
    r"upload|uploads|"
    # "¿cuál fue el último que salió?", "qual foi o último que saiu?".
    r"salio|sacaron|lanzaron|publicaron|subieron|saiu|sairam|lancaram|publicaram|subiram)\b"
)
# "the latest that brings up durango", "where mass effect comes up": the notes' mention of
# a subject, said as a phrasal verb; the verb is no subject ("bring you" in other notes).
# Not "coming up" (what is next) nor "came up with" (made).
_BRINGS_UP = re.compile(
    r"\b(?:brings?|bringing|brought|comes?|came|pops?|popping|popped|"
    r"shows?|showing|showed|turns?|turning|turned) up\b(?! with)"
)
# "with switch in the title", "titled ...": the words are looked for in titles only.
# "the second time", "la tercera vez", "his first appearance": which of a person's
# episodes, counted from their first.
# How many episodes the question asks for ("the two go time eps on hiring", "os três
# episódios do lex"): a number word after "the" or "all", then a plural word for episodes,
# right after it or after the podcast's name (``gap``; "the two towers episodes" asks
# about the towers).
_COUNTED = re.compile(
    r"\b(?:the|all|those|these|los|las|os|as)\s+"
    r"(two|three|four|five|dos|tres|cuatro|cinco|dois|quatro)\s+"
    r"(?P<gap>(?:\S+\s+){0,3}?)(?:eps|episodes|shows|ones|parts|episodios|capitulos|programas)\b"
)
_NTH_TIME = re.compile(
    r"\b(?:(?P<en>first|second|third|fourth|fifth|1st|2nd|3rd|4th|5th)\s+"
    r"(?:time|appearance|visit)|(?P<ib>primera|primeira|segunda|tercera|terceira|cuarta|"
    r"quarta|quinta)\s+vez)\b"
)
_NTH_VALUES = {
    "first": 1, "1st": 1, "primera": 1, "primeira": 1,
    "second": 2, "2nd": 2, "segunda": 2,
    "third": 3, "3rd": 3, "tercera": 3, "terceira": 3,
    "fourth": 4, "4th": 4, "cuarta": 4, "quarta": 4,
    "fifth": 5, "5th": 5, "quinta": 5,
}  # fmt: skip
# What "whose names" does to what it names ("whose names mention hot dogs").
_TEXT_VERBS = "mentions?|says?|has|have|contains?|includes?"
_IN_TITLE = re.compile(
    r"\b(?:in|on) (?:the|its|their|a) titles?\b|\btitled\b|\bin (?:the|its|their) names?\b"
    # "bombcasts whose names mention hot dogs", "the one whose title says rockets"; not
    # a person's name ("a guest whose name is tim").
    rf"|\bwhose titles?\b|\bwhose names? (?:{_TEXT_VERBS})\b"
    # "con guía en el título", "com guia no título", "titulado".
    r"|\b(?:en el|en su|no|en los|nos) titulos?\b|\b(?:titulado|titulada|intitulado)\b"
)
# "whose title" and the verb after it say nothing of the title ("whose names mention hot
# dogs").
_WHOSE_TITLE_VERB = re.compile(rf"\bwhose (?:titles?|names?) ({_TEXT_VERBS}|reads?)\b")
_TITLE_WORDS = frozenset(
    "title titles titled titulo titulos titulado titulada intitulado name names".split()
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
# What a subject is said after (a cue of a topic, "on", or a guest's "with"): words after
# it are what an episode is about, never the asker's description of the podcast.
_SUBJECT_CUE = re.compile(rf"{_TOPIC_CUE.pattern}|\b(?:on|with|con|com)\b")
# Letters and digits of any script: Greek, Arabic, Hebrew and CJK questions are words too.
_WORD = re.compile(r"[^\W_]+")
_DIGIT = re.compile(r"\d")
_ASKING = frozenset(
    "episode episodes ep one ones show shows podcast podcasts anything something find "
    "recommend episodio episodios programa algo".split()
)
# Words that address the bot: "you", or the bot itself ("is this a bot or a person").
_YOU = frozenset("you your yourself u ya tu usted voce bot".split())
# Words that address the room, not the bot ("anyone around"), wherever they stand; the
# words for all of it only beside "you" or a greeting ("you guys", "evening all"): "the
# bad guys" is a film.
_ROOM = frozenset("anyone anybody everyone everybody yall".split())
_GREETINGS = SALUTATIONS | frozenset("morning evening afternoon night yo sup".split())
# The words that address the bot or the room: no subject of the question.
_ADDRESSING = _YOU | INTERJECTIONS | _ROOM | EVERYONE | _GREETINGS
NO_MATCH = "No episode matches that question."
# A version of a language, product or standard ("go 1.22", "python 3.13", "bun 1.0"): one
# episode's subject that the search, reading two numbers, cannot tell from another's.
_VERSION = re.compile(r"(?<![\w.,])([0-9]{1,2}\.[0-9]{1,2})(?![0-9]|\.[0-9])")
# ... as notes say it: "Go1.22", "v1.0", "3.13.1" (a release of 3.13).
_VERSION_SAID = re.compile(r"(?<![0-9.])([0-9]{1,2}\.[0-9]{1,2})(?![0-9])")
VERSION_CHECKS = 20  # the answers read for the version they say
VERSION_TITLES = 2  # the most titles of a podcast a version asked about may name
# The readings of a list of details tried, each one question per detail (``_ask_each``).
CONJUNCT_READINGS = 6
HELP_MESSAGE = (
    'Ask me about an episode: a guest ("episodes with Beatriz Magaloni"), a topic '
    '("anything on Venezuela?"), a podcast ("latest Talk Python") or a number ("episode 370").'
)


def _bm25_leads(eid: int, bm25: dict[int, float]) -> bool:
    """Whether ``eid`` is bm25's first candidate by a clear margin: the next one's score
    at most (1 - BM25_MARGIN) of its own (bm25 scores are negative, lower is better)."""
    mine = bm25.get(eid, 0.0)
    others = [b for e, b in bm25.items() if e != eid]
    if mine >= 0.0 or not others:
        return False
    return min(others) >= mine * (1.0 - BM25_MARGIN)


def _lead_supported(
    hits: set[str],
    title_hits: set[str],
    weights: dict[str, float],
    subjects: Sequence[set[str]] = (),
) -> bool:
    """Whether a clear leader that lacks some of a long question's words holds enough of
    it to be the answer. Words in its title (not a bare number, which any title may carry)
    are what an episode is about, so they vouch for it. Found only in its notes, it must
    hold two things the question names and more than half of the question's weight: a
    near miss ("<neighbouring country> trade deal") finds its common words in some notes
    too, but seldom most of the question, where a chatty question about a real episode
    does. The words of one named subject (``subjects``: "puerto rico") are one thing.
    """
    if any(not t.isdigit() for t in title_hits):
        return True
    total = sum(weights.values()) or 1.0
    words = {t for t in hits if not t.isdigit()}
    things = len(words)
    for subject in subjects:
        inside = len(words & subject)
        if inside > 1:
            things -= inside - 1
    return things >= 2 and sum(weights[t] for t in words) > NOTES_LEAD_SHARE * total


def _in_passing(
    hits: set[str], subjects: Sequence[tuple[str, set[str]]], weights: dict[str, float]
) -> bool:
    """Whether the words an episode's notes hold are all one subject of the question (a
    catalogue topic) that the episode names less than CENTRAL_WEIGHT times."""
    return bool(hits) and any(
        hits <= words and weights.get(name, 0.0) < CENTRAL_WEIGHT for name, words in subjects
    )


def _scattered(
    hits: set[str], subjects: Sequence[tuple[str, set[str]]], weights: dict[str, float]
) -> bool:
    """Whether an episode's notes hold every word of a subject of the question named in
    two words or more (a catalogue topic's name or alias) without being about that
    topic: the words are there, apart, not the name."""
    for name, words in subjects:
        content = {w for w in words if w not in STOP_WORDS}
        if len(content) >= 2 and content <= hits and name not in weights:
            return True
    return False


def _weigh_everyday(
    weights: dict[str, float], languages: tuple[str, ...], least: float, *, lexical: bool
) -> None:
    """Caps the weight (IDF) of each word at least ``least`` common in everyday speech of
    ``languages`` (Zipf scale) by how common it is there, when another word of the
    question is no everyday word at all: when every word is everyday, names are too
    ("el ministerio del tiempo con goya"), and none is conversation for sure. A word the
    lexicon translates keeps its weight unless ``lexical``."""
    words = [t for t in weights if not t.isdigit()]
    if all(everyday(t, languages) >= EVERYDAY_MIN_ZIPF for t in words):
        return
    for t in words:
        zipf = everyday(t, languages)
        if zipf >= least and (lexical or not _translations(t)):
            weights[t] = min(weights[t], EVERYDAY_WEIGHT + EVERYDAY_SLOPE * (EVERYDAY_TOP - zipf))


def _title_holds_most(
    title_hits: set[str],
    terms: list[str],
    weights: dict[str, float],
    subjects: Sequence[set[str]] = (),
    guessed: set[str] | frozenset[str] = frozenset(),
) -> bool:
    """Whether a title holds all of a question's words but one, two things at least (the
    words of one named subject, "puerto rico", are one thing), and most of its weight,
    the rarest word among them: a title is what an episode is about, and one missing
    common word there is more often a word of the asker's ("na pandemia") than another
    subject, where a missing rarest word ("<politician> resigns") is what was asked."""
    words = [t for t in terms if not t.isdigit()]
    held = {t for t in words if t in title_hits}
    if not held:
        return False
    total = sum(weights[t] for t in words) or 1.0
    # A word the archive had to guess ("resigns" read as "designs") is still a word of
    # the asker's that nothing holds: as rare as a word can be.
    rarest = max(math.inf if t in guessed else weights[t] for t in words)
    if max(weights[t] for t in held) < rarest:
        return False
    things = len(held)
    for subject in subjects:
        inside = len(held & subject)
        if inside > 1:
            things -= inside - 1
    return (
        things >= 2
        and len(held) >= len(words) - 1
        and sum(weights[t] for t in held) > TITLE_MOST_SHARE * total
    )


_MONTHS = frozenset(
    "january february march april may june july august september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec enero febrero marzo abril mayo junio "
    "julio agosto septiembre setiembre octubre noviembre diciembre janeiro fevereiro marco "
    "maio junho julho setembro outubro novembro dezembro".split()
)


# The particles of surnames a question may join to the word after them ("odwyer",
# "vanrossum", "dicaprio").
_NAME_PARTICLES = frozenset("o d de di da du le la mc st van von del der den ten ter el".split())


# A question asking for a mention, not for an episode about the words.
# A web address said aloud: "dot" before its ending.
_SPOKEN_DOT = re.compile(r"\b(\w+) dot (com|org|net|io|fm|tv|co)\b")
# Small words of Spanish or Portuguese that are subjects in English ("back from dice",
# "the sin of pride", "the iran contra affair"): searched in an English question.
_ENGLISH_TOO = frozenset("dice era sin son con contra pro".split())
_MENTION = frozenset(
    "mention mentions mentioned mentioning menciona mencionan mencionaron mencionou "
    "mencionar mencionam mencionado mencionada".split()
)
# "the last ep that namechecks svelte", "which tp most recently name-drops django", "the
# most recent lex that touches on chess", "que cita o inovabra": said of what notes name.
_MENTION_SAID = re.compile(
    r"\b(?:name ?(?:drops?|dropped|dropping|checks?|checked|checking)|namedrops?|"
    r"namechecks?|touch(?:es|ed)? on|references?|referenced|referencing|"
    r"shout ?outs?|cites?|cited|cita|citan|citou|citam|citar|citaron)\b"
)
# "last year's", "the last of us": "last" that says when or names a thing, not the newest
# ("last week's no agenda" is its newest, as "last night's" is).
_LAST_OF_TIME = frozenset("of year years month months day days".split())


# A question's words for a podcast's first episode, when they are all it says.
_EARLIEST = frozenset(
    "first oldest earliest primer primera primero primeiro primeira antiguo antigua "
    "antigo antiga".split()
)

# "the fifth go time episode", "el segundo capítulo de ...": which of a podcast's episodes,
# counted from its first, up to this many (the first has its own words, ``_EARLIEST``).
NTH_EPISODE_MAX = 10

# A question's words for a podcast's trailer (folded: "tráiler" is "trailer").
_TRAILER_WORDS = frozenset({"trailer", "trailers", "teaser", "teasers", "promo", "promos"})


def _inflection(word: str, other: str) -> bool:
    """Whether two words differ in their endings alone (the last two letters at most)."""
    pairs = enumerate(zip(word, other, strict=False))
    shared = next((i for i, (a, b) in pairs if a != b), min(len(word), len(other)))
    return shared >= max(INFLECTION_STEM_CHARS, len(word) - 2, len(other) - 2)


def _spoken(word: str) -> bool:
    """Whether a word is everyday Spanish or Portuguese, and no everyday English."""
    return (
        everyday(word, ("es", "pt")) >= EVERYDAY_MIN_ZIPF
        and everyday(word, ("en",)) < EVERYDAY_MIN_ZIPF
    )


def _without_once(words: list[str], named: set[str], pervasive: set[str]) -> list[str]:
    """``words`` less one occurrence of each word of ``named`` (a podcast's name, said
    once), and every occurrence of the ``pervasive`` ones: "js party: sites that work with
    js off" keeps its second "js"."""
    left = set(named)
    kept = []
    for w in words:
        if w in pervasive:
            continue
        if w in left:
            left.discard(w)
        else:
            kept.append(w)
    return kept


def _last_of_podcast(said: list[str], podcast_words: set[str]) -> bool:
    """Whether "last" stands right after a podcast's name (or its possessive "'s"),
    right before it, or opens the question: "hibt's last", "the last lex", "last
    frontend feud on js party"."""
    opening = said[1:] if said[:1] == ["the"] else said
    if opening[:1] == ["last"] and opening[1:2] and opening[1] not in _LAST_OF_TIME:
        # "last frontend feud on js party": "last" that opens a question about a named
        # podcast asks for its newest, as "latest" does.
        return True
    for i, word in enumerate(said):
        if word != "last":
            continue
        before = said[i - 1] if i else ""
        if before == "s" and i >= 2:
            before = said[i - 2]
        after = said[i + 1] if i + 1 < len(said) else ""
        if before in podcast_words or after in podcast_words:
            return True
    return False


_CENSORED = re.compile(r"[^\W_]+\*+[^\W_]*")


def _uncensored(title: str, forms: dict[str, list[str]]) -> set[str]:
    """The terms one of whose ``forms`` a word of the title censors with asterisks: each
    letter shown is the form's letter there ("sh*tty" is "shitty")."""
    out = set()
    for m in _CENSORED.finditer(fold(title)):
        shown = m.group()
        for term, said in forms.items():
            if any(
                len(f) == len(shown) and all(c in ("*", x) for c, x in zip(shown, f, strict=True))
                for f in said
            ):
                out.add(term)
    return out


# Words that say the number after them is one ("door number 40", "puerta número 40").
_NUMBER_SIGNS = frozenset("number numero num nr nro".split())


def _number_pairs(words: Sequence[str]) -> set[str]:
    """Each number of the words with the word before it: "deno 2", "3 13" (of "3.13");
    and with the word before its sign: "puerta numero 40" is "puerta 40" too."""
    pairs = {f"{a} {b}" for a, b in itertools.pairwise(words) if b.isdigit()}
    for a, sign, b in zip(words, words[1:], words[2:], strict=False):
        if sign in _NUMBER_SIGNS and b.isdigit():
            pairs.add(f"{a} {b}")
    return pairs


def _versions(norm: str, podcast_words: set[str] | frozenset[str] = frozenset()) -> dict[str, str]:
    """The numbers of a question that follow a word of it, mapped to that word: "deno 2",
    "go 1.21" ("1": "go"). A number after a small word ("in 2016", "the 1619 project"),
    after a podcast's name (its episode number), a month (a date) or another number, or
    opening the question, stands on its own; so does a year."""
    said = _WORD.findall(norm)
    # "door number 40" is door 40's number (see _number_pairs).
    said = [
        w
        for at, w in enumerate(said)
        if not (w in _NUMBER_SIGNS and 0 < at < len(said) - 1 and said[at + 1].isdigit())
    ]
    out: dict[str, str] = {}
    for a, b in itertools.pairwise(said):
        if (
            b.isdigit()
            and b not in out
            and not a.isdigit()
            and a not in STOP_WORDS
            and a not in podcast_words
            and a not in _MONTHS
            and len(a) > 1
            # A year after a word is when, not which ("goty 2016", "election 2024").
            and not (len(b) == 4 and 1900 <= int(b) <= 2099)
        ):
            out[b] = a
    return out


_VOWELS = re.compile(r"[aeiouy]")


@functools.lru_cache(maxsize=8192)
def _slip_of(word: str, other: str) -> bool:
    """Whether ``word`` may be a slip for ``other``: both long enough, not numbers, and one
    edit apart with the first letter kept (a swap is one edit), or the same letters in
    another order ("grate", "great")."""
    if len(word) == 3 and len(other) == 4 and word[0] == other[0] and other.isalpha():
        # A letter left out of a short word ("duk" for "duck"): only a word the archive
        # lacks is looked at this way (see the caller).
        return any(other[:i] + other[i + 1 :] == word for i in range(1, 4))
    if (
        word == other
        or len(word) < TITLE_TYPO_MIN_CHARS
        or len(other) < TITLE_TYPO_MIN_CHARS
        or abs(len(word) - len(other)) > 1
        or word.isdigit()
        or other.isdigit()
    ):
        return False
    if word[0] == other[0] and OSA.distance(word, other, score_cutoff=1) <= 1:
        return True
    return len(word) >= 5 and sorted(word) == sorted(other)


_SOUND_RULES = (
    (re.compile(r"^wh"), "h"),
    (re.compile(r"^wr"), "r"),
    (re.compile(r"^kn"), "n"),
    (re.compile(r"igh"), "i"),
    (re.compile(r"ght"), "t"),
    (re.compile(r"ph"), "f"),
    (re.compile(r"ck"), "k"),
    (re.compile(r"c(?=[eiy])"), "s"),
    (re.compile(r"c"), "k"),
    (re.compile(r"z"), "s"),
    (re.compile(r"(?<=[^aeiou])(?:ey|ie|y)(?=s?$)"), "i"),  # "monkies", "monkeys"
    (re.compile(r"(?<=.)e$"), ""),  # a silent final e: "brite", "whole"
    (re.compile(r"(.)\1+"), r"\1"),
)


# Words for what someone does or is to the asker, not what an episode is about.
_ROLES = frozenset(
    """
    founder founders cofounder cofounders creator creators ceo boss frontman frontwoman
    singer inventor maker owner guy guys dude lady woman man person fella
    fundador fundadora fundadores fundadoras cofundador cofundadora cofundadores
    creador creadora creadores criador criadora criadores dueno duena dono dona
    inventora cantante cantora
    """.split()
)
# Laughter and its abbreviations, typed beside a question ("... lol"): no subject.
_LAUGHTER = frozenset("lol lool lolol lmao lmfao rofl roflmao haha hahaha hehe xd kkkk".split())
# Words for who someone is to another ("his mom charo", "su hermano"): beside a person's
# name, that person (see Answerer._answer).
_KIN = frozenset(
    """
    mom mum mother dad father wife husband brother sister son daughter
    mama madre papa padre esposa esposo hermano hermana hijo hija mae pai irmao irma filho
    filha
    """.split()
)
_KIN_OF = frozenset("of de del do da".split())  # "the mom of ...", "la mamá de ..."

# What someone did, in the past tense an asker tells it in: the notes say it otherwise.
# Not a form that is as often a subject's word ("the lost city", "the left", "led").
_NARRATIVE = frozenset(
    """
    ran brought wrote made sent took went came got told said built started founded
    created invented won quit joined sold bought gave met began
    fundo creo invento vendio compro empezo fundou criou inventou vendeu comprou comecou
    """.split()
)

# How an asker says what an episode does with its subject ("going over the psf survey",
# "digging into remix", "arguing about butter"): the notes name the subject, seldom the act.
# Not a form as often a subject's word ("break", "chat", "walk", "review").
_TELLING = frozenset(
    """
    going goes walking walks digging digs diving dives breaking breaks chatting chats
    chatted ranting rants ranted nerding unpacking unpacks unpacked explaining explains
    explained arguing argues argued debating debated reacting reacts reacted weighing
    weighs weighed saying recapping recaps recapped gushing gushed musing pondering
    reviewing come comes appear appears appeared guesting guested
    visits visiting visited drops sits stops swings
    hablando habla hablan hablaron charlando charlan platicando platica conversando
    conversan explicando explica explican opinando opina comentando comenta comentan
    discutiendo discuten analizando analiza repasando repasa resenando criticando
    brings bring brought mentions mentioned mentioning menciona mencionan mencionam cita
    citan citam put puts released release posted post dropped uploaded published
    falando fala falam conversa explicam comentam discutindo discutem analisando
    """.split()
)

# A run of capitalised words, small words allowed inside ("Game of the Year").
_CAPITALISED = re.compile(
    r"[A-ZÀ-Þ][^\W\d_]*(?:(?:[-\s]+(?:of|the|and|de|del|la|el|y|do|da|e))*[-\s]+[A-ZÀ-Þ][^\W\d_]*)+"
)
_RUN_WORD = re.compile(r"[^\W\d_]+")


@functools.lru_cache(maxsize=4096)
def _title_initials(title: str) -> frozenset[str]:
    """The initials of each run of capitalised words in a title, and of each part of it of
    three words or more: "Game of the Year" gives "goty", "Sam Bankman-Fried" "sbf"."""
    out: set[str] = set()
    for run in _CAPITALISED.findall(title):
        words = _RUN_WORD.findall(run)
        letters = fold("".join(w[0] for w in words))
        # Each part starts and ends at a capitalised word: "goty", not "got" of "Game of
        # the".
        caps = [i for i, w in enumerate(words) if w[0].isupper()]
        for a in caps:
            for b in caps:
                if 3 <= b - a + 1 <= INITIALS_MAX:
                    out.add(letters[a : b + 1])
    return frozenset(out)


def _spelled_out(title: str, initials: str) -> set[str]:
    """The words of a title whose initials are ``initials`` (see :func:`_title_initials`),
    folded: "goty" of "Game of the Year" -> {"game", "of", "the", "year"}."""
    out: set[str] = set()
    for run in _CAPITALISED.findall(title):
        words = _RUN_WORD.findall(run)
        letters = fold("".join(w[0] for w in words))
        at = letters.find(initials)
        while at >= 0:
            out.update(fold(w).lower() for w in words[at : at + len(initials)])
            at = letters.find(initials, at + 1)
    return out


@functools.lru_cache(maxsize=1 << 16)  # titles' words recur: one sound each
def _sound(word: str) -> str:
    """A rough English sound of a word, for slips of the ear in titles: "brite" and
    "bright", "whole" and "hole", "fone" and "phone" sound alike. Its vowels are kept:
    without them too many words would ("sailor", "solar")."""
    for pattern, repl in _SOUND_RULES:
        word = pattern.sub(repl, word)
    return word


_SOFT_C = re.compile(r"c(?=[eiy])")


def _name_sound(word: str) -> str:
    """A name's consonants as heard: its first letter, then its consonants without "h"
    and without doubling ("beauchamp" and "bochamp", "saad" and "sad", "hohmann" and
    "homann" sound alike); a hard "c" or "q" is a "k", "ph" an "f" ("cooperman" and
    "kuperman", "philip" and "filip")."""
    word = _SOFT_C.sub("s", word).replace("ph", "f").replace("c", "k").replace("q", "k")
    rest = re.sub(r"[aeiouyh]", "", word[1:])
    return word[:1] + re.sub(r"(.)\1+", r"\1", rest)


def _is_reaction(parsed: _Parsed) -> bool:
    """Whether the question is a reaction to the show with no subject ("great episode
    this week"); one that names its subject ("great episode on cuba!") asks about it."""
    return bool(_REACTION.search(parsed.norm)) and not _SUBJECT_CUE.search(parsed.norm)


def _year_of(stamp: float) -> int:
    """The year of a stored timestamp; a feed's date past what Python can hold (year
    9999) is the last year it can."""
    try:
        return datetime.datetime.fromtimestamp(stamp, datetime.UTC).year
    except (ValueError, OverflowError, OSError):
        return datetime.MAXYEAR if stamp > 0 else datetime.MINYEAR


@functools.lru_cache(maxsize=4096)
def _title_days(title: str) -> tuple[datetime.date, ...]:
    """The calendar days a title writes with its year ("Giant Bombcast 06/21/2016"),
    every reading of an ambiguous one; none for a title without such a date."""
    found = question_dates(fold(title))
    return tuple(found[0]) if found else ()


def _fts_term(term: str) -> Term:
    """The full-text term for one known word: its plural forms, and for long words any
    longer word it starts ("feminist" finds "feministas"). Short prefixes expand to too
    many words to be worth their cost."""
    stem = _stem(term)
    other = _y_plural(term)
    if other:
        # "tories" and "tory": their common root, as a prefix when it is long enough
        # ("technolog": "technology", "technologies", "technological").
        root = term[:-3] if term.endswith("ies") else term[:-1]
        if len(root) >= PREFIX_MIN_CHARS:
            return Term((root,), prefix=True)
    if len(stem) >= PREFIX_MIN_CHARS:
        return Term((stem,), prefix=True)
    forms = (term, stem, stem + "s", stem + "es", *((other,) if other else ()))
    return Term(tuple(dict.fromkeys(forms)))


def _translations(word: str) -> frozenset[str]:
    """The word's counterparts in the other languages (bot/lexicon.py), or its stem's
    ("guerras": "war")."""
    return translations(word) | translations(_stem(word))


def _y_plural(word: str) -> str | None:
    """The other number of an English word whose plural ends in "-ies" ("tories":
    "tory", "policy": "policies"), which a plural's "s" alone does not reach."""
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("y") and word[-2] not in "aeiouy":
        return word[:-1] + "ies"
    return None


def _another_of_the_name(
    said: list[tuple[str, str]], found: set[str], people: Sequence[str]
) -> bool:
    """Whether the episode's person of a surname the question found is someone else than
    the question names: "david velez" is not Alejandro Velez. A given name spelt another
    way ("jeremy" for Jeremi, "tobi" for Tobias) starts with the same letter; so does
    most of a short form, and the others are known ("bill" is William)."""
    for given, surname in said:
        if surname not in found:
            continue
        of_surname = [key.split() for key in people if key.split()[-1] == surname]
        if of_surname and not any(
            given in words or words[0][0] == given[0] or words[0] in full_names(given)
            for words in of_surname
        ):
            return True
    return False


def _holds_all_but_who(
    hits: set[str], terms: list[str], laughing: frozenset[str] = frozenset()
) -> bool:
    """Whether notes hold all of a short question but the word for who the asker means
    ("the pilosa guy"), which notes seldom say as the asker does, and its laughter."""
    return all(t in hits or _is_role(t) or t in laughing for t in terms)


# Words that follow "the formula one" as its noun, not after a pronoun "one".
_NOT_AFTER_PRONOUN = frozenset(
    "episode episodes ep eps epi epis podcast podcasts show shows in".split()
)


def _pronoun_one(tokens: list[str], i: int) -> bool:
    """Whether ``tokens[i + 1]`` is "one" that stands for an episode, not a number: "the
    fugu one", "that wasm one and ...", where it ends the question or a stop word follows
    ("the fugu one about ..."); "the formula one season" is a number."""
    after = tokens[i + 2] if i + 2 < len(tokens) else None
    return (
        tokens[i + 1] == "one"
        and i > 0
        and tokens[i - 1] in {"the", "that", "this"}
        and (after is None or (after in STOP_WORDS and after not in _NOT_AFTER_PRONOUN))
    )


def _filler_word(word: str) -> bool:
    """A small word, a word for what an episode does ("gets into", "talk") or for an
    episode itself ("pod"): no subject to look for in notes."""
    return (
        word in STOP_WORDS
        or word in _NUMBER_FILLERS
        or _is_role(word)
        or (word.endswith("s") and word[:-1] in STOP_WORDS)
    )


def _mention_asked(norm: str) -> bool:
    """Whether the question asks for what notes mention ("that mentions", "bringing
    up"), not what an episode is about or who is on it."""
    return (
        not _MENTION.isdisjoint(norm.split())
        or bool(_BRINGS_UP.search(norm))
        or bool(_MENTION_SAID.search(norm))
    )


def _is_role(word: str) -> bool:
    """A word for who someone is ("frontman") or what they did, as an asker tells it
    ("the guy who ran shadowcrew", "who brought melina along"), or for what the episode
    does with its subject ("going over", "arguing about")."""
    return word in _ROLES or word in _NARRATIVE or word in _TELLING


def _consonants(word: str) -> str:
    """A word without its vowels ("y" one too): what a cognate keeps ("syndrome": "sndrm")."""
    return re.sub(r"[aeiouy]", "", word)


# Words that ask what a numbered episode is about, not what it holds.
_ITS_SUBJECT = frozenset("topic topics subject theme tema temas assunto".split())
# "whatever podcast has an episode 87": any podcast's episode of that number is asked for.
_ANY_PODCAST = frozenset("whatever whichever any".split())
# What is asked of a numbered episode beside its number: its subject, its title.
_OF_NUMBERED = _ITS_SUBJECT | frozenset(
    "title titulo name called summary recap description notes resumen resumo descripcion".split()
)
# A word made with "cast" ("taverncast", "podcasting", "bombcast"): listeners write its
# initials as two letters.
_CAST_WORD = re.compile(r"[a-z]{3,}cast(?:ing|s)?")


def _romance_singular(word: str) -> str | None:
    """The singular of a Spanish plural in "-es" after a consonant ("errores": "error",
    "leyes": "ley"), which the shared stemmer leaves as "errore"; ``None`` for another
    word."""
    if len(word) >= ROMANCE_PLURAL_MIN_CHARS and word.endswith("es") and word[-3] in "rlndjy":
        return word[:-2]
    if len(word) >= ROMANCE_IES_MIN_CHARS and word.endswith(("ies", "ues")):
        # A word stressed on its last "i" or "u" takes "-es" too ("israelies": "israeli",
        # "hindues": "hindu"); the English stemmer reads "-ies" as a "-y" plural.
        return word[:-2]
    return None


def _inflections(word: str) -> tuple[str, ...]:
    """A translation's forms that notes write: plurals, and an English verb's ("hire":
    "hiring", "hired"), since the lexicon gives the bare word."""
    if len(word) < INFLECTED_MIN_CHARS or not word.isalpha():
        return word, word + "s", word + "es"
    if word.endswith("ism"):
        # A doctrine and its followers are one subject: "racismo" is said of a title that
        # calls a police force "racist", as "feminism" of "feminists".
        return word, word + "s", word[:-1] + "t", word[:-1] + "ts"
    if word.endswith("e"):
        return word, word + "s", word[:-1] + "ing", word + "d", word + "r", word + "rs"
    return word, word + "s", word + "es", word + "ing", word + "ed", word + "er", word + "ers"


def _synonyms(word: str) -> frozenset[str]:
    """An English word's synonyms (bot/lexicon.py), and those of its root in their own
    forms when the word is an inflection the lexicon does not list: the lexicon gives a
    meaning's bare words ("relaunch launch"), an asker says "relaunching"."""
    if same := synonyms(word):
        return same
    m = _INFLECTED.fullmatch(word) or _SHORT_INFLECTED.fullmatch(word)
    if m is None:
        return frozenset()
    root = m.group(1)
    for base in (root, root + "e"):
        if same := synonyms(base):
            return frozenset(form for w in same for form in _inflections(w))
    return frozenset()


def _title_names(topic: str, words: Iterable[str]) -> list[str]:
    """What a title that names a topic says: the topic's name, or a word of the question
    that named it (folded, each once, the name first)."""
    return list(dict.fromkeys([normalize(topic), *(w for w in words if w not in STOP_WORDS)]))


def _spaced(start: str) -> str | None:
    """``start`` after a space, for :func:`_starts_a_word`, when it is one word (no white
    space in it); else None."""
    return f" {start}" if start and start.split() == [start] else None


def _starts_a_word(text: str, start: str, spaced: str | None) -> bool:
    """Whether a word of ``text`` starts with ``start`` (``spaced``: :func:`_spaced` of
    it), as ``any(w.startswith(start) for w in text.split())`` tells, mostly without the
    split: one word starts a word of the text where the text starts with it or a space
    precedes it, and nowhere if the text does not hold it."""
    if spaced is not None:
        if text.startswith(start) or spaced in text:
            return True
        if start not in text:
            return False
    return any(w.startswith(start) for w in text.split())


def _stem(word: str) -> str:
    """A light plural stemmer shared by English and Spanish: prisons -> prison."""
    if len(word) > 4 and word.endswith("es") and word[-3] in "sxz":
        return word[:-2]
    if len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


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
    number: str | None = None  # the episode number asked for ("370", "S2E5"), when found

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
            translated=sorted({tr for w in self.words for tr in _translations(w)}),
            number=self.number,
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


# A part of a series, as a question asks for it ("part one", "pt 2", "the first part",
# "primera parte", "la tercera entrega") and as a title says it ("Pt.1", "Part Two",
# "(Part 1 of 2)", "capítulo 2"); and a day of an event the same way ("the second day of
# e3", "el quinto día": "Day Five").
_PART_NUMBERS = {
    **{str(n): n for n in range(1, 13)},
    **dict.fromkeys(("one", "uno", "una", "um", "uma", "i"), 1),
    **dict.fromkeys(("two", "dos", "dois", "ii"), 2),
    **dict.fromkeys(("three", "tres", "iii"), 3),
    **dict.fromkeys(("four", "cuatro", "quatro", "iv"), 4),
    **dict.fromkeys(("five", "cinco"), 5),
    **dict.fromkeys(("six", "seis"), 6),
}
_PART_ORDINALS = {
    **dict.fromkeys(("first", "1st", "primera", "primer", "primeira", "primeiro"), 1),
    **dict.fromkeys(("second", "2nd", "segunda", "segundo"), 2),
    **dict.fromkeys(("third", "3rd", "tercera", "tercer", "terceira", "terceiro"), 3),
    **dict.fromkeys(("fourth", "4th", "cuarta", "cuarto", "quarta", "quarto"), 4),
    **dict.fromkeys(("fifth", "5th", "quinta", "quinto"), 5),
    **dict.fromkeys(("sixth", "6th", "sexta", "sexto"), 6),
}
# Each kind of sequence: the words a question names it by (an ordinal may come before
# "episodio" or "entrega", a number only after the title's words), and a title's.
_SEQUENCE_WORDS = {
    "part": (r"part|pt|parte|chapter|capitulo|entrega|episodio", r"part|pt|parte|chapter|capitulo"),
    "day": (r"day|dia", r"day|dia"),
}
# A title's "part i" or "parte una" is seldom a number: only the question's is read so.
_TITLE_PART_NUMBERS = [n for n in _PART_NUMBERS if n not in ("i", "um", "una", "uma")]
_SEQUENCE_ASKED = {
    kind: re.compile(
        rf"\b(?:(?:la|a|the|el|o)\s+)?(?:(?:{title})\s*({'|'.join(_PART_NUMBERS)})"
        rf"(?:\s+(?:of|de)\s+\d)?|({'|'.join(_PART_ORDINALS)})\s+(?:{asked}))\b"
    )
    for kind, (asked, title) in _SEQUENCE_WORDS.items()
}
_SEQUENCE_TITLED = {
    kind: re.compile(rf"\b(?:{title})\.?\s*(0?\d|{'|'.join(_TITLE_PART_NUMBERS)})\b")
    for kind, (_, title) in _SEQUENCE_WORDS.items()
}
_PART_IN_BRACKETS = re.compile(r"\((i{1,3}|iv|[1-9])\)")
# "the sequel", "la continuación": the second part.
# (Not the Spanish "a continuación", "next".)
_SEQUEL = re.compile(r"\b(?:the\s+)?sequel\b|\bla\s+continuacion\b|\ba\s+continuacao\b")
_SEQUENCE_WORD = re.compile("|".join(asked for asked, _ in _SEQUENCE_WORDS.values()))
PART_POOL = 20  # answers looked at for the part a question asks for


def _part_asked(norm: str) -> tuple[str, int, str] | None:
    """The part of a series (or day of an event) the question asks for, and the question
    without those words: "se radio xp part one" -> ("part", 1, "se radio xp"); ``None``
    when it asks for none."""
    sequel = _SEQUEL.search(norm)
    if sequel is not None:
        return "part", 2, _cut(norm, sequel)
    for kind, pattern in _SEQUENCE_ASKED.items():
        m = pattern.search(norm)
        if m is not None:
            number = _PART_NUMBERS[m.group(1)] if m.group(1) else _PART_ORDINALS[m.group(2)]
            return kind, number, _cut(norm, m)
    return None


def _cut(text: str, m: re.Match[str]) -> str:
    """``text`` without what ``m`` matched."""
    return " ".join((text[: m.start()] + " " + text[m.end() :]).split())


def _title_besides(title: str, named: list[str]) -> int:
    """How many words a title says besides ``named``, its number and its part: small
    words, podcast leads ("Episode") and numbers aside."""
    said = {_stem(w) for w in named}
    return sum(
        1
        for w in normalize(title).split()
        if w not in STOP_WORDS
        and not w.isdigit()
        and w not in _PART_NUMBERS
        and not _SEQUENCE_WORD.fullmatch(w)
        and _stem(w) not in said
    )


def _title_part(title: str, kind: str = "part") -> int | None:
    """The part of a series (or day of an event) a title says it is ("Architecture
    Pt.3": 3, "Game of the Year 2016: Day Five": 5 of kind "day"), or ``None``."""
    folded = fold(title).lower()
    m = _SEQUENCE_TITLED[kind].search(folded)
    if m is None and kind == "part":
        # "Esparta y el Paso de las Termópilas (II)": a part's numeral in brackets.
        m = _PART_IN_BRACKETS.search(folded)
    if m is None:
        return None
    said = m.group(1)
    return int(said) if said.isdigit() else _PART_NUMBERS[said]  # "Day 03" is day 3


# Portuguese "aí" (there), as typed: folded, it is "ai".
_THERE = re.compile(r"\baí(?!\w)", re.IGNORECASE)


@dataclass(slots=True)
class _Parsed:
    raw: str
    text: str  # the question cleaned and cut to MAX_QUESTION_CHARS
    norm: str
    words: list[str]  # content words, in order, before correction
    latest: bool
    guest_cue: bool
    topic_cue: bool
    languages: frozenset[str] = frozenset()  # the language tags the answers are asked in
    english: bool = True  # no Spanish or Portuguese stop word: asked in English
    # More Spanish or Portuguese stop words than English ones: asked in those languages
    # ("the south sea bubble" has the Spanish "sea", but is English).
    iberian: bool = False
    # The episode number asked with its cue ("episode 370", "#203"): (season, number, text).
    number: tuple[int | None, int, str] | None = None
    # Several numbers asked at once ("eps 9 and 12"): (numbers, text, cued).
    numbers: tuple[list[int], str, bool] | None = None
    titled: bool = False  # "with switch in the title": the words are a title's
    nth: int | None = None  # "the second time": which of a person's episodes, from the first
    skip: int = 0  # "the second newest": how many of the newest come before the one asked
    skip_said: str = ""  # ... and the words that said so


def _languages(words: list[str]) -> tuple[bool, bool]:
    """Whether the words are English (no Spanish or Portuguese stop word among them) and
    whether they are Spanish or Portuguese (more of those stop words than English ones):
    ``_Parsed.english`` and ``_Parsed.iberian``."""
    iberian = sum(w in IBERIAN_STOP_WORDS for w in words)
    return not iberian, iberian > sum(w in ENGLISH_STOP_WORDS for w in words)


def _reads_english(words: list[str]) -> bool:
    """Whether words whose only Spanish or Portuguese small words are English subjects
    too ("jeff and ryan back from dice") are English: an English small word says so."""
    iberian = [w for w in words if w in IBERIAN_STOP_WORDS]
    return (
        bool(iberian)
        and all(w in _ENGLISH_TOO for w in iberian)
        and any(w in ENGLISH_STOP_WORDS and w not in IBERIAN_STOP_WORDS for w in words)
    )


def _asked_weekday(norm: str) -> tuple[list[str], int] | None:
    """The day of the week a question asks its episode was published on, said as any
    such day ("from a saturday"): the words that say it and its number (Monday 0)."""
    for found in _ON_A_WEEKDAY.finditer(norm):
        word = norm[found.end() :].split(" ", 1)[0]
        if word in _WEEKDAY_NUMBERS:
            return [*found.group().split(), word], _WEEKDAY_NUMBERS[word]
    return None


def _parse(question: str) -> _Parsed:
    text = strip_invisible(question)[:MAX_QUESTION_CHARS]
    # "cornfights dot com" is the title's "CornFights.com", which the text keeps as the
    # two words around the dot.
    norm = _SPOKEN_DOT.sub(
        lambda m: m[0] if m[1] in STOP_WORDS else f"{m[1]} {m[2]}", normalize(text)
    )
    if not _languages(norm.split())[0]:
        # Spanish or Portuguese: its sayings are read in English ("desde cero").
        norm = english_sayings(norm)
    said = _WORD.findall(norm)
    asked_in = language_request(said)
    languages = requested_languages(said, asked_in)
    said = [w for at, w in enumerate(said) if at not in asked_in]
    kept = without_salutations(said)
    if _ASKING.isdisjoint(kept) and not _TOPIC_CUE.search(norm) and not _LATEST.search(norm):
        # Thanks around words that ask for nothing ("thx, that helped") stay: they are
        # not searched apart from the thanks.
        kept = said
    english, iberian = _languages(norm.split())
    if not english and _reads_english(norm.split()):
        english, iberian = True, False
    words = [
        w
        for w in kept
        if (w not in STOP_WORDS or (english and w in _ENGLISH_TOO))
        and (len(w) > 1 or w.isdigit() or not w.isascii())
    ]
    if _THERE.search(text):
        # Portuguese "aí" (there: "o que tem de novo aí?") folds to "ai": it is no AI.
        words = [w for w in words if w != "ai"]
    latest = bool(_LATEST.search(norm))
    if latest:
        cue_words = set(_WORD.findall(" ".join(m.group() for m in _LATEST.finditer(norm))))
        # "the most recent thing no agenda put out": how it came out is no subject.
        cue_words |= set(_WORD.findall(" ".join(_PUT_OUT.findall(norm))))
        words = [w for w in words if w not in cue_words]
    reaction = _REACTION.search(norm)
    if reaction:
        # "great episode on cuba": the praise is no subject (alone, see _is_reaction).
        praise = set(reaction.group().split())
        words = [w for w in words if w not in praise]
    before_newest = _BEFORE_NEWEST.search(norm)
    skip = 0
    if before_newest:
        latest = True
        said_before = set(before_newest.group().split())
        words = [w for w in words if w not in said_before]
        nth = before_newest.group("nth")
        skip = (ordinal(nth) or 2) - 1 if nth else 1  # "penultimate" steps over one
    asked_of_it = _ASKED_OF_IT.match(norm)
    if asked_of_it:
        words = [w for w in words if w not in asked_of_it.group().split()]
    brought_up = {
        w
        for m in (*_BRINGS_UP.finditer(norm), *_MENTION_SAID.finditer(norm))
        for w in m.group().split()
    }
    if brought_up:
        words = [w for w in words if w not in brought_up]
    nth_time = _NTH_TIME.search(norm)
    if nth_time:
        said_nth = set(nth_time.group().split())
        words = [w for w in words if w not in said_nth]
    titled = bool(_IN_TITLE.search(norm))
    if titled:
        verb = _WHOSE_TITLE_VERB.search(norm)
        said = {"whose", verb[1]} if verb else {"whose"}
        words = [w for w in words if w not in _TITLE_WORDS and w not in said]
    return _Parsed(
        raw=question,
        text=text,
        norm=norm,
        words=words,
        latest=latest,
        guest_cue=bool(_GUEST_CUE.search(norm)),
        topic_cue=bool(_TOPIC_CUE.search(norm)),
        languages=languages,
        english=english,
        iberian=iberian,
        number=question_number(fold(text)),
        numbers=question_numbers(fold(text)),
        titled=titled and bool(words),
        nth=_NTH_VALUES[(nth_time.group("en") or nth_time.group("ib"))] if nth_time else None,
        skip=skip,
        skip_said=before_newest.group() if before_newest else "",
    )


def _heaviest_typed(
    terms: list[str], guessed: set[str], weights: dict[str, float], df: Mapping[str, int]
) -> str | None:
    """The question's heaviest word that the archive holds as typed (no guess)."""
    typed = [t for t in terms if t not in guessed and t in df]
    return max(typed, key=weights.__getitem__) if typed else None


_VERB_ENDINGS = ("ar", "er", "ir", "ando", "endo", "indo")  # infinitives, gerunds
_VERB_MIN_CHARS = 5


def _english_verb_forms(verb: str) -> tuple[str, ...]:
    """An English verb's "-ing" and "-ed" forms, as regular verbs make them ("introduce":
    "introducing", "introduced"); candidates, the caller keeps those its archive holds."""
    stem = verb[:-1] if verb.endswith("e") and not verb.endswith("ee") else verb
    return (stem + "ing", stem + "ed")


class Answerer:
    """Answers questions from the store, with an in-memory index refreshed after ingests."""

    def __init__(self, store: Store, index: Index, catalog: TopicCatalog | None = None) -> None:
        self.store = store
        self.index = index
        self.catalog = catalog or default_catalog()
        self._forms_cache: tuple[Index, dict[str, set[int]]] | None = None
        self._initials_cache: tuple[Index, dict[str, set[int]]] | None = None
        self._cognates_memo: tuple[Index | None, dict[str, frozenset[str]]] = (None, {})
        self._years_cache: tuple[Index | None, range] = (None, range(0))
        self._sizes_cache: tuple[Index | None, Counter[int]] = (None, Counter())
        self._numbered_cache: tuple[Index | None, tuple[set[int], set[int]]] = (
            None,
            (set(), set()),
        )
        self._pairs_cache: tuple[Index, frozenset[str]] | None = None
        # Each feed's hosts, by how many of its episodes they host, for one index.
        self._hosts_cache: tuple[Index | None, dict[int, Counter[str]]] = (None, {})
        # The feeds each language asked for is spoken in, for one index.
        self._language_feeds: tuple[Index | None, dict[str, set[int]]] = (None, {})
        self._derived_memo: tuple[Index | None, dict[str, frozenset[str]]] = (None, {})
        self._joined_cache: tuple[Index | None, dict[str, str]] = (None, {})

    @classmethod
    async def create(cls, store: Store, catalog: TopicCatalog | None = None) -> Answerer:
        """An answerer ready at once: the index saved at the last build, when current."""
        return cls(store, await Index.load(store), catalog)

    async def warm_up(self) -> None:
        """Load, off the event loop, what the first questions would otherwise load on it
        (the everyday word frequencies, about 0.1 s): for a long-running bot."""
        await asyncio.to_thread(load_everyday)

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
        self,
        words: list[str],
        feeds: set[int] | None = None,
        *,
        name_only: bool = False,
        keep: set[str] | frozenset[str] = frozenset(),
    ) -> tuple[PersonEntry, set[str], float] | None:
        """The person the words name (full name, or a distinctive surname), the words
        used, and how sure the match is (0..100, the one threshold applies).

        A word is corrected towards a name only when it is not itself a known word, so
        "border" never becomes "Borger" while "Magalony" becomes "Magaloni"; of several
        names it may be, the one the question's other words also name wins ("Yuavl Harari"
        is Yuval Noah Harari). A podcast's own host, when the podcast is asked about, is
        the podcast, not a guest. Words in ``keep`` name a known subject exactly (a
        catalogue topic: "Trinidad") and are never corrected into a name ("Trindade").
        """
        idx = self.index
        options: list[tuple[str, list[str]]] = []  # (question word, name tokens it may be)
        for word in words:
            if word in idx.name_tokens:
                options.append((word, [word]))
            elif word in keep:
                continue
            elif (part := self._joined_names().get(word)) is not None:
                # "odwyer": O'Dwyer, whose name is folded to two words.
                options.append((word, [part]))
            elif idx.vocab.df.get(word, 0) <= 1 or name_only:
                options.append((word, idx.name_vocab.candidates(word)[:8]))
        exact_keys: dict[str, set[str]] = defaultdict(set)
        for word, tokens in options:
            if tokens and tokens[0] == word:
                for key in idx.name_tokens.get(word, ()):
                    exact_keys[key].add(word)
        # The people named by a name word said right, and those words; with none, by a
        # slip of one name only ("nathaly cabroll": Cabrol) and that slip.
        anchors: dict[str, set[str]] = exact_keys
        anchor_words = {w for used in exact_keys.values() for w in used}
        if not exact_keys:
            anchors = defaultdict(set)
            for word, tokens in options:
                if len(tokens) == 1 and len(word) >= ANCHOR_SLIP_CHARS:
                    for key in idx.name_tokens.get(tokens[0], ()):
                        anchors[key].add(tokens[0])
                        anchor_words.add(word)
        if anchors and len(anchors) <= SUPPORT_KEYS:
            # A name word the question spells right ("Roman") vouches for a looser fix of
            # the other ("Pilcher", two edits from "Pichler"): among that person's own
            # name words, a typo of two edits is far less likely to be another word.
            # A short word ("dod" for "Dodd"), too short for the vocabulary's typo fixes,
            # is that person's word a single edit away.
            # A word of the archive ("sad") may be such a slip too ("gad sad": Gad Saad),
            # and so is a word that sounds like the name ("bochamp": Beauchamp).
            listed = {word for word, _ in options}
            options += [
                (word, [])
                for word in words
                if word not in listed and word not in keep and word not in STOP_WORDS
            ]
            # A name is said in one piece: the slip stands beside a word of the name said
            # right ("tim urban", not "team won the darpa urban").
            beside = {
                b if a in anchor_words else a
                for a, b in itertools.pairwise(words)
                if a in anchor_words or b in anchor_words
            }
            said = set(words)
            for i, (word, tokens) in enumerate(options):
                if len(word) < 3 or word not in beside:
                    continue
                if (
                    tokens
                    and tokens[0] == word
                    and any(
                        len(said.intersection(key.split())) > 1 for key in idx.name_tokens[word]
                    )
                ):
                    # A name word said right for a person the question names whole. One
                    # that names nobody the other words name may be a slip of theirs
                    # ("jason ruben": Jason Rubin, though "Ruben" is someone's given name).
                    continue
                edits = 2 if len(word) >= 5 else 1
                sound = _name_sound(word)
                near = sorted(
                    {
                        token
                        for key, words_used in anchors.items()
                        for token in key.split()
                        if token not in words_used
                        and (
                            (
                                len(token) >= (5 if edits == 2 else len(word))
                                and OSA.distance(word, token, score_cutoff=edits) <= edits
                            )
                            or _name_sound(token) == sound
                            # "jeff de luca": the particle the question said apart
                            # (a stop word, gone from the words) joined in the name.
                            or (token.endswith(word) and token[: -len(word)] in _NAME_PARTICLES)
                        )
                    },
                    key=lambda token: (OSA.distance(word, token), token),
                )
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
            # (Another word's person: "sullivan" said beside "leah" vouches for Leah
            # Solivan, not for the Sullivans it names alone.)
            supported = [
                t
                for t in tokens
                if any(exact_keys.get(k, set()) - {word} for k in idx.name_tokens.get(t, ()))
            ]
            if supported:
                # Of names the other words support, the nearest ("luke homann": Hohmann,
                # one letter away, not Hoban, two).
                nearest = min(OSA.distance(word, t) for t in supported)
                supported = [t for t in supported if OSA.distance(word, t) == nearest]
            for token in supported or tokens[:1]:
                for key in idx.name_tokens.get(token, ()):
                    matched[key].add(word)
                    fixed[key] += 1
        # A short form of a given name ("ben" for Benjamin) is that name's word for a
        # person whose other name words the question says ("ben wittes").
        shortened: dict[str, int] = defaultdict(int)  # person key -> short forms used
        for word in words:
            for full in full_names(word):
                for key in idx.name_tokens.get(full, ()):
                    if key in matched and word not in matched[key] and key.split()[0] == full:
                        matched[key].add(word)
                        shortened[key] += 1
        for key, used in matched.items():
            # Given names said by their initials ("jp" for Juha-Pekka) are said.
            initials = "".join(t[0] for t in key.split()[:-1])
            if len(initials) >= 2 and initials in words and used - {initials}:
                used.add(initials)
        hosts: set[str] = set()
        for fid in feeds or ():
            hosts |= idx.feed_hosts.get(fid, set())
        best: (
            tuple[tuple[float, int, int, bool, bool, int], PersonEntry, set[str], float] | None
        ) = None
        # In key order: the people come from sets, whose order changes from one process
        # to the next, and the first of equals wins.
        for key, used in sorted(matched.items()):
            person = idx.people[key]
            if key in hosts and len(matched) > 1:
                continue
            tokens = key.split()
            covered = min(1.0, len(used) / len(tokens))
            if covered < 1.0 and (
                not self._surname_suffices(person, tokens, used)
                or self._other_given_name(tokens, used, words)
            ):
                continue
            # Full names beat surnames, a name as spelled one said by a short form ("don
            # hoffman" is Don Hoffman before Donald Hoffman), guests beat hosts (a host's
            # name is in the feed's title, "Tom Segura En Español"; "<host> interviewing
            # <guest>"), then the better-known person.
            rank = (
                covered,
                len(used),
                -shortened[key],
                "guest" in person.roles,
                "host" not in person.roles,
                len(person.episode_ids),
            )
            if best is None or rank > best[0]:
                sure = 100.0 if covered >= 1.0 or len(used) >= 2 else 60.0
                if fixed[key] and fixed[key] >= len(used):
                    sure -= 15.0  # every word of the name was corrected
                best = (rank, person, used, sure)
        return (best[1], best[2], best[3]) if best else None

    def _stop_word_given_name(
        self, parsed: _Parsed, feeds: set[int], keep: set[str]
    ) -> tuple[PersonEntry, set[str], float] | None:
        """A person whose given name is a stop word ("Will", "May") named with the word
        after it ("will storr"): found when that name and that word are both theirs."""
        idx = self.index
        said = parsed.norm.split()
        for a, b in itertools.pairwise(said):
            if a not in STOP_WORDS or a not in idx.name_tokens or b not in parsed.words:
                continue
            # Cheap first: someone of that given name has a name word like the next one.
            if not any(
                key.startswith(a + " ")
                and any(OSA.distance(b, t, score_cutoff=2) <= 2 for t in key.split()[1:])
                for key in idx.name_tokens[a]
            ):
                continue
            hit = self.find_person([a, *parsed.words], feeds, keep=keep)
            if hit is not None and {a, b} <= hit[1] and a in hit[0].key.split()[:1]:
                hit[1].discard(a)
                return hit
        return None

    def _episodes_of(self, person: PersonEntry) -> list[int]:
        """A person's episodes, newest first: those they are on, and those a title names
        them in (a topic of the archive: "Nicola Sturgeon's resignation" is about her)."""
        idx = self.index
        name = f" {person.key} "
        titled = [
            eid
            for eid in idx.topic_about.get(person.key, ())[:TITLED_SCAN]
            if name in f" {idx.episodes[eid].title_norm} "
        ]
        twins = self._initialled_twins(person)
        if not titled and not twins:
            return list(person.episode_ids)
        order = idx.order
        ids = set(person.episode_ids).union(titled, *(t.episode_ids for t in twins))
        return sorted(ids, key=order.__getitem__)

    def _initialled_twins(self, person: PersonEntry) -> list[PersonEntry]:
        """The people whose name is this person's with a middle initial more or less
        ("Bart D. Ehrman", "Bart Ehrman"): one person, whom feeds write both ways."""
        words = person.key.split()
        if len(words) < 2:
            return []
        idx = self.index
        bare = [w for w in words[1:-1] if len(w) > 1]
        return [
            idx.people[key]
            for key in idx.name_tokens.get(words[0], set()) & idx.name_tokens.get(words[-1], set())
            if key != person.key
            and (other := key.split())[0] == words[0]
            and other[-1] == words[-1]
            and [w for w in other[1:-1] if len(w) > 1] == bare
            # One of the two writes no initial ("Bart D." and "Bart E." may be two).
            and min(len(other), len(words)) == len(bare) + 2
        ]

    async def _as_guest_first(self, person: PersonEntry, ids: list[int]) -> list[int]:
        """A person's episodes, those whose title names them before any colon (their own
        interview, "#252 – Elon Musk: SpaceX") first, then those naming them later in the
        title, then episodes about them they are not on ("Will Elon Musk regret buying
        Twitter?"), then the rest (notes that mention them); newest first within each,
        but for the rest: those whose notes name them soonest first ("Kelsey Hightower
        joins us" before a panel's list of names)."""
        surname = person.key.split()[-1]
        episodes = self.index.episodes
        own = set(person.episode_ids)

        def place(eid: int) -> int:
            if eid not in own:
                return 2
            title = episodes[eid].title
            folded = normalize(title.split(":")[0]).split()
            if surname in folded:
                return 0
            return 1 if surname in episodes[eid].title_norm.split() else 3

        places = {eid: place(eid) for eid in ids}
        # Only the rest's notes are read, the newest few of them.
        rest = [eid for eid in ids if places[eid] == 3][:PROMINENCE_TRIES]
        said_at = await self.store.first_mentions(rest, surname) if len(rest) > 1 else {}

        def key(eid: int) -> tuple[int, int]:
            at = places[eid]
            if at != 3 or not said_at:
                return at, 0
            # Not named in the notes as folded (an accent), or past the few read: after
            # those that are, newest first as before.
            return at, said_at.get(eid) or sys.maxsize

        return sorted(ids, key=key)

    def _other_given_name(self, tokens: list[str], used: set[str], words: list[str]) -> bool:
        """Whether the question names someone else of that surname: the word before it is
        a name of the archive's people ("Pedro Castillo" is not "Ricardo Castillo") but
        not one of this person's."""
        names = self.index.name_tokens
        for before, word in itertools.pairwise(words):
            if word in used and before not in used and before not in tokens and before in names:
                return True
        return False

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
            if score < 100.0 and self._slip_for_another_word(name, words[start:end]):
                continue
            found.append((name, set(words[start:end]), score))
        if not found:
            # Keywords from feeds (not in the catalogue) are topics too.
            joined = " ".join(parsed.words)
            if joined in self.index.topic_episodes:
                found.append((self.index.topic_names[joined], set(parsed.words), 100.0))
        return found

    def _slip_for_another_word(self, name: str, said: list[str]) -> bool:
        """Whether the words that near-named a topic are each a slip for a known word of
        another meaning ("migranes" is "migraines", not "migration")."""
        topic_words = set(normalize(name).split())
        vocab = self.index.vocab
        fixes = [w if w in vocab.df else vocab.correct(w) for w in said if w not in STOP_WORDS]
        return bool(fixes) and all(
            f is not None and f not in topic_words and _stem(f) not in topic_words for f in fixes
        )

    # --- answering ------------------------------------------------------------------

    def corrected(
        self, words: list[str], *, keep: set[str] | None = None, english: bool = True
    ) -> list[str]:
        """The question's words as the search reads them (:meth:`_read`)."""
        return list(dict.fromkeys(self._read(word, keep, english) for word in words))

    def _read(self, word: str, keep: set[str] | None, english: bool) -> str:
        """The term the search looks for when ``word`` is typed: the word itself when the
        archive holds it, or in another language, or it names a known subject (``keep``)
        or someone's role; else its nearest known word, its singular or its other number
        ("tories": "tory"); else the word as typed."""
        df = self.index.vocab.df
        if (keep and word in keep) or _is_role(word):
            # A known subject, or a word for someone's role ("frontman"), is searched as
            # typed: never "corrected" into another word ("frontal").
            return word
        if word not in df and (self._translated(word) or (not english and self._cognates(word))):
            # A word the archive holds only in another language ("sniper" in notes that
            # say "francotirador") is searched as typed, not "corrected" into an
            # unrelated word of this language ("finnish" is not "finish").
            return word
        known = word if word in df else self._correct(word)
        if (
            known is not None
            and known != word
            and everyday(word, ("en",) if english else ("es", "pt", "en")) >= EVERYDAY_MIN_ZIPF
            and not _inflection(word, known)
            and _consonants(word) != _consonants(known)
        ):
            # A word everyday speech of the question's language uses is what the asker
            # wrote, no slip for the archive's nearest word: "cane toad" is no "cane
            # road", a "doncella" no "Donnell". Another ending of the word ("defended":
            # "defender"), another spelling ("impostor") or a cognate ("librerias":
            # "libraries") is still the word the notes hold.
            return word
        if (
            known is not None
            and known != word
            and not english
            and _spoken(word)
            and everyday(known, ("es", "pt")) < EVERYDAY_MIN_ZIPF
            and everyday(known, ("en",)) >= EVERYDAY_MIN_ZIPF
            and _consonants(word) != _consonants(known)
        ):
            # In a question asked in Spanish or Portuguese, an everyday word of theirs
            # ("despiden") is what the asker meant, no slip for an English word with other
            # consonants ("despite"); a cognate differs by its vowels ("sindrome").
            return word
        if (
            known is not None
            and known != word
            and OSA.distance(word, known, score_cutoff=1) > 1
            and self._compound(word)
        ):
            # Two words of the archive written as one ("gamepass": "game pass") are found
            # as the two, not "corrected" two slips away into a third word ("gympass");
            # one slip away is a typo ("ecosistemas": "ecossistemas").
            return word
        if known is None and not english and (singular := _romance_singular(word)) in df:
            known = singular  # "israelies" of notes that say "Israeli"
        if known is None and _stem(word) in df:
            known = _stem(word)
        if known is None and (other := _y_plural(word)) in df:
            known = other  # "tories" of an archive that says "Tory"
        return known or word

    def _correct(self, word: str, *, known: bool = False) -> str | None:
        """The nearest known word for a word the archive lacks (bot/index.py), when the
        edits look like slips: of two letters replaced, each must be one. ``known``: the
        archive holds the word, seldom (see _archived_slip): only an everyday English word
        far more common than it will do."""
        vocab = self.index.vocab
        df = vocab.df
        found = vocab.neighbours(word) if known else vocab.candidates(word)
        for cand in found[:CORRECTION_TRIES]:
            if known and (
                df.get(cand, 0) < ARCHIVED_SLIP_RATIO * df.get(word, 1)
                or everyday(cand, ("en",)) < EVERYDAY_EN_MIN_ZIPF
            ):
                continue
            if OSA.distance(word, cand, score_cutoff=1) <= 1 or plausible_double_typo(word, cand):
                return cand
        return None

    def _archived_slip(self, word: str) -> bool:
        """Whether a word the archive holds may be a slip all the same: held once or
        twice, no English word, and no name's."""
        idx = self.index
        return (
            idx.vocab.df.get(word, 0) <= ARCHIVED_SLIP_DF
            and word.isalpha()
            and word not in idx.name_tokens
            and everyday(word, ("en",)) == 0.0
        )

    def find_podcast(self, parsed: _Parsed) -> tuple[set[int], set[str]]:
        """The podcasts the question names (feed ids) and the words that named them."""
        idx = self.index
        forms = self._podcast_forms()
        # "all the bombcasts from july 2008": a "-cast" name said in the plural is the
        # podcast's episodes.
        said = parsed.norm.split()
        words = [
            w[:-1] if w.endswith("casts") and w not in forms and w[:-1] in forms else w
            for w in said
        ]
        spans = find_spans(words, forms, max(idx.feed_form_words, 1))
        # "Lex Fridman with Sam Harris": after a podcast, a name that follows "with" is a
        # guest asked for, even when it is also another show's host (or title).
        spans = spans[:1] + [
            (start, end) for start, end in spans[1:] if not _WITH.fullmatch(words[start - 1])
        ]
        spans = [
            (start, end)
            for start, end in spans
            if end - start > 1 or not self._in_another_name(words, start)
        ]
        feeds: set[int] = set()
        used: set[str] = set()
        for start, end in spans:
            feeds |= forms[" ".join(words[start:end])]
            used.update(words[start:end])
            used.update(said[start:end])
        return feeds, used

    def _in_another_name(self, words: list[str], at: int) -> bool:
        """Whether the word at ``at``, a host's first or last name, is there part of
        another person's name: "sam altman", "sam sethi" (a name word after a first
        name), "rich harris" (one before a surname); but "sam + douglas murray" is Sam's
        show with Douglas Murray, the name word starting a name of its own."""
        people, name_words = self.index.people, self.index.name_vocab.df
        word = words[at]
        for hosts in self.index.feed_hosts.values():
            for parts in (h.split() for h in hosts):
                if len(parts) < 2:
                    continue
                if word == parts[0] and at + 1 < len(words) and words[at + 1] != parts[1]:
                    after = words[at + 1]
                    if f"{word} {after}" in people or (
                        after in name_words and " ".join(words[at + 1 : at + 3]) not in people
                    ):
                        return True
                if word == parts[-1] and at > 0 and words[at - 1] != parts[-2]:
                    before = words[at - 1]
                    if f"{before} {word}" in people or (
                        before in name_words and " ".join(words[max(at - 2, 0) : at]) not in people
                    ):
                        return True
        return False

    def _with_others(self, words: list[str], ids: list[int]) -> list[int]:
        """Those of ``ids`` that have on them someone each of ``words`` names (a word
        of their name), when every word does so for one of them; none otherwise."""
        if not words:
            return []
        wanted = set(words)
        eps = self.index.episodes
        out = []
        for eid in ids:
            if eid in eps and wanted <= {w for key in eps[eid].people for w in key.split()}:
                out.append(eid)
        return out

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
        # Counted per title when the index was built (a walk over every title).
        pairs = frozenset(
            p for p, n in idx.title_pairs.items() if n >= 2 and len(p.split()[1]) >= PAIR_MIN_CHARS
        )
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

    async def _saying_versions(
        self, ranked: list[tuple[int, float]], versions: set[str]
    ) -> list[tuple[int, float]]:
        """Of ``ranked``, the episodes whose title, notes or podcast's name say each version
        the question asks about ("bun 1.0", "python 3.13"): an episode on Bun or on
        Python 3.11 is not the one asked for, and the search reads "1.0" as two common
        numbers. Only the first VERSION_CHECKS are read; the rest are dropped."""
        ids = [eid for eid, _ in ranked[:VERSION_CHECKS]]
        saying = set()
        for e in await self.store.episodes_by_ids(ids):
            text = " ".join((e.title, e.summary, e.description, e.feed_title))
            said = set(_VERSION_SAID.findall(text))
            if versions <= said:
                saying.add(e.id)
        return [p for p in ranked if p[0] in saying]

    async def _titled_versions(
        self, norm: str, versions: set[str], feeds: set[int], podcast_words: set[str]
    ) -> list[int]:
        """The episodes of ``feeds`` whose title says every one of ``versions`` (not one
        the podcast's own name says: "podcasting 2.0") and the word before each, what has
        the version ("go 1.19"; none for "bun 1.0" and "Redwood goes 1.0"), unless that
        word is the podcast's name ("go time's 1.19 preview"), when at most VERSION_TITLES
        do; else none (a version many titles say tells none apart)."""
        asked = [v for v in versions if not set(v.split(".")) <= podcast_words]
        if not asked:
            return []
        terms = [Term((v.replace(".", " "),)) for v in asked]
        found = [
            e
            for e in await self._title_match(terms, LATEST_TITLE_SCAN)
            if self.index.episodes[e].feed_id in feeds
        ]
        tokens = norm.split()
        for v in asked:
            pair = tuple(v.split("."))
            at = next((i for i, p in enumerate(itertools.pairwise(tokens)) if p == pair), None)
            if at is None:
                continue
            # The word before, past small words and a possessive's "s" ("go time's 1.19":
            # "time", "go on the 1.19 preview": "go").
            before = next((w for w in reversed(tokens[:at]) if w not in STOP_WORDS), None)
            if before is not None and before not in podcast_words:
                found = self._titled([before], found)
        return found if len(found) <= VERSION_TITLES else []

    def _numbered_initials(self, parsed: _Parsed) -> list[str]:
        """The short forms a titled archive uses for a word and a number the question
        spells out: "formula one" is "f1" where the archive's titles say "f1". Only a
        letter and a digit: an initialism of plain words ("rc") is too often another
        thing, where a word's initial before its number seldom is."""
        tokens = _WORD.findall(parsed.norm)
        out = []
        for i, (a, b) in enumerate(itertools.pairwise(tokens)):
            if len(a) < 3 or not a.isalpha() or a in STOP_WORDS or a not in parsed.words:
                continue
            if _pronoun_one(tokens, i):
                continue
            if a in _DATE_FILLERS or a in _MONTHS:
                # "the friday one", "march one": a day, not "f1".
                continue
            if b in IBERIAN_STOP_WORDS:
                # "fazendo um papo", "sistemas dos bancos": an article or "of the" in
                # Spanish or Portuguese, not the number it also spells.
                continue
            # Only a number spelled out: "deno 3" written with its digit is a version,
            # not "d3".
            digits = [d for d in translations(b) if d.isdigit()]
            for d in digits:
                short = a[0] + d
                if short not in parsed.words and short in self.index.title_initials:
                    out.append(short)
        return out

    def _joined_numbers(self, parsed: _Parsed) -> list[str]:
        """The question's words with a word and the number after it written as one where
        titles write them so: "php 8" is a title's "PHP8", "pax 08" its "PAX08" (the
        tokenizer keeps such a title word whole, so neither half would find it)."""
        words = parsed.words
        tokens = _WORD.findall(parsed.norm)
        joined = {
            (a, b)
            for a, b in itertools.pairwise(tokens)
            if len(a) >= 2
            and a.isalpha()
            and b.isdigit()
            and a in words
            and b in words
            and a + b in self.index.title_initials
        }
        if not joined:
            return words
        first = {a: a + b for a, b in joined}
        second = {b for _, b in joined}
        return [first.get(w, w) for w in words if w not in second]

    async def _joined_words(self, parsed: _Parsed) -> list[str]:
        """The question's words with two or three in a row written as one where a title
        holds the joined word and the archive not one of the parts: "boom chicka pop" is
        a title's "BOOMCHICKAPOP". A part no episode says is no word of the archive's,
        and the asker more likely split a word than wrote one nobody ever said. A title's,
        not the notes': these join a name and its handle ("andrew yng", "@andrewyng")."""
        tokens = _WORD.findall(parsed.norm)
        df = self.index.vocab.df
        words = list(parsed.words)
        for size in (3, 2):
            for at in range(len(tokens) - size + 1):
                parts = tokens[at : at + size]
                joined = "".join(parts)
                if (
                    all(p.isalpha() and p not in STOP_WORDS for p in parts)
                    and any(p not in df for p in parts)
                    and len(joined) >= COMPOUND_MIN_CHARS
                    and joined in df
                    and joined not in words
                    and await self._titles_holding([joined], set())
                ):
                    spot = next((i for i, w in enumerate(words) if w in parts), len(words))
                    words = [w for w in words if w not in parts]
                    words.insert(min(spot, len(words)), joined)
        return words

    def _said_by_initials(self, initials: str, words: list[str]) -> bool:
        """Whether ``initials`` say a name of the person the words name ("jp tolvanen":
        Juha-Pekka; "jp iberti"), not a podcast's."""
        hit = self.find_person(words)
        return hit is not None and initials in hit[1] and len(hit[1]) >= 2

    def _initialled_podcast(self, parsed: _Parsed) -> tuple[set[int], set[str]]:
        """A podcast named by the initials of its title's first words beside an episode
        number ("ms #228": Making Sense, "tp ep 44": Talk Python To Me, "p2.0 ep 13") or
        as the owner of episodes ("tp's latest"): its feed and the word. Only there:
        alone, two letters are as often anything."""
        forms = self._initials_forms()
        said = parsed.norm.split()
        # "tp's most recent on academia": initials said as the owner of episodes (where
        # "tp about testing" may be about anything).
        for word, after in itertools.pairwise(said):
            if after == "s" and word in forms and word not in STOP_WORDS and len(word) >= 2:
                return set(forms[word]), {word}
        # "tp on fastapi", "newest tp on fastapi": initials that open a question (after
        # the small words and "latest"), when they are no word of the archive or of
        # everyday speech ("la", "se", "hi", "ms" are), name the podcast.
        opening = next((w for w in said if w not in STOP_WORDS and not _LATEST.fullmatch(w)), None)
        if (
            opening is not None
            and opening in forms
            and opening not in CHITCHAT
            and self.index.vocab.df.get(opening, 0) <= OPENING_INITIALS_DF
            and max(everyday(opening, ("en",)), everyday(opening)) < OPENING_INITIALS_ZIPF
            and any(w != opening for w in parsed.words)
            and not self._said_by_initials(opening, parsed.words)
        ):
            return set(forms[opening]), {opening}
        cued = parsed.number
        if cued is None:
            # "tp 171": a number of three digits or more beside two letters and nothing
            # else needs no cue ("ms 13" is a gang, "g 7" a summit).
            digits = [w for w in parsed.words if w.isdigit()]
            if len(parsed.words) != 2 or len(digits) != 1 or len(digits[0]) < 3:
                return set(), set()
            cued = None, int(digits[0]), digits[0]
        # The word just before the number and its cue ("ms #228", "p2.0 ep 13": a digit
        # of the name may stand between), or just after the number.
        words = said
        at = next((i for i, w in enumerate(words) if w == str(cued[1])), None)
        if at is None:
            return set(), set()
        start = at
        while start > 0 and (words[start - 1] in _TITLE_LEAD or words[start - 1].isdigit()):
            start -= 1
        beside = [words[start - 1]] if start > 0 else []
        beside += words[at + 1 : at + 2]
        for word in beside:
            if (
                word in forms
                and word not in STOP_WORDS
                and word not in CHITCHAT
                # Nothing else asked: "typescript ts episode 5" is about TypeScript.
                # ("pc 2.0 ep 36 topic": what it is about is asked of the episode).
                and all(
                    w == word or w.isdigit() or w in _TITLE_LEAD or w in _ITS_SUBJECT
                    for w in parsed.words
                )
            ):
                return set(forms[word]), {word}
        return set(), set()

    def _initials_forms(self) -> dict[str, set[int]]:
        """The initials of each podcast's title's first words (two or more), those no
        two podcasts share: worked out once per index."""
        idx = self.index
        cached = self._initials_cache
        if cached is None or cached[0] is not idx:
            owners: dict[str, set[int]] = defaultdict(set)
            for fid, title in idx.feed_titles.items():
                words = normalize(title).split()
                if words[:1] == ["the"]:
                    words = words[1:]
                # A word made with "cast" gives one initial or two ("tc" for Taverncast,
                # "pc 2.0" for Podcasting 2.0, "gb" and "gbc" for Giant Bombcast), the
                # two alone too.
                letters = [
                    (w[0], w[0] + "c") if _CAST_WORD.fullmatch(w) else (w[0],) for w in words
                ]
                for k in range(1, min(len(words), PODCAST_INITIALS_MAX) + 1):
                    for spelt in itertools.product(*letters[:k]):
                        if k > 1 or len(spelt[0]) == 2:
                            owners["".join(spelt)].add(fid)
            # Initials two podcasts share name neither.
            cached = self._initials_cache = (
                idx,
                {form: fids for form, fids in owners.items() if len(fids) == 1},
            )
        return cached[1]

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
                if (
                    len(word) >= 4
                    and word not in STOP_WORDS
                    and word not in LANGUAGE_NAMES
                    and word not in idx.feed_forms
                ):
                    candidates[word].add(fid)
        # Each feed's titles that hold each word, counted when the index was built (a
        # one-word podcast name: in every podcast's titles).
        titled = idx.feed_word_titles
        per_feed = Counter(idx.episodes.feed_ids)
        # A one-word name that other podcasts' titles use as well is an ordinary word
        # ("making", "party", "since"): alone, it names no podcast ("making microchips").
        forms = {
            form: fids
            for form, fids in idx.feed_forms.items()
            if " " in form
            or sum(n for f, n in titled.get(form, {}).items() if f not in fids) < ORDINARY_TITLES
        }
        for word, fids in candidates.items():
            df = idx.vocab.df.get(word, 0)
            for fid in fids:
                mine = titled.get(word, {}).get(fid, 0)
                if mine >= BRAND_SHARE * per_feed[fid] and mine >= BRAND_SHARE * df:
                    forms.setdefault(word, set()).add(fid)
        # "Sam" for "Making Sense with Sam Harris", "Fridman" for "Lex Fridman Podcast":
        # the first or last name of a host the podcast's title names, when it is no
        # everyday word ("guy" of "... with Guy Raz" is) and the archive seldom says it
        # beyond that podcast (else it is another's too: "mike").
        for fid, hosts in idx.feed_hosts.items():
            title = f" {normalize(idx.feed_titles.get(fid, ''))} "
            for host in hosts:
                parts = host.split()
                for name in {parts[0], parts[-1]} if len(parts) > 1 else ():
                    if (
                        f" {host} " in title
                        and name not in forms
                        and everyday(name, ("en",)) < HOST_NAME_MAX_ZIPF
                        and idx.vocab.df.get(name, 0) <= HOST_NAME_SHARE * per_feed[fid]
                    ):
                        forms[name] = {fid}
        self._forms_cache = (idx, forms)
        return forms

    def _number_ids(
        self, parsed: _Parsed, feeds: set[int]
    ) -> tuple[list[int], set[str], str | None]:
        """Episodes with the number the question asks for ("episode 370", "s2e5"), the
        words that asked for it, and the number as an answer shows it ("370", "S2E5")."""
        asked = parsed.number
        # "hibt 507 topic", "bombcast 600 title": what is asked of the episode is no
        # subject beside its number.
        rest = [w for w in parsed.words if w not in _NUMBER_FILLERS and w not in _OF_NUMBERED]
        alone = _ORDINAL.fullmatch(rest[0]) if len(rest) == 1 else None
        if asked is None and feeds and alone:
            # "hibt 517", "lex 300", "the 303rd lex": a podcast's name and a number, nothing
            # else, ask for that episode of it (a number beside other words may be a
            # version or a year).
            asked = None, int(alone.group(1)), rest[0]
        if (asked is None or not _DIGIT.search(asked[2])) and feeds:
            # "lex one sixty seven", "taverncast's twenty-first episode": a podcast's name
            # and a number said in words, nothing else.
            named = self._feeds_title_words(feeds)
            # "valientes, el último capítulo, el sexto": "the last" beside the number
            # only says which that is, as the number does.
            newest = set(_WORD.findall(" ".join(m.group() for m in _LATEST.finditer(parsed.norm))))
            if parsed.skip:  # "the third newest no agenda": the ordinal counts the newest
                newest |= set(_WORD.findall(parsed.skip_said))
            said = [
                w
                for w in _WORD.findall(parsed.norm)
                if w not in named and w not in _SPOKEN_FILLERS and w not in newest
            ]
            value = spoken_number(said)
            if value is not None:
                asked = None, value, " ".join(said)
        if asked is None:
            return [], set(), None
        season, number, text = asked
        idx = self.index
        if not _DIGIT.search(text):
            # A number in words is one where little else is asked: "lex episode three
            # hundred", "recap of lex fridman episode three hundred"; in "episode ten
            # years of go" it is part of the subject.
            said = set(_WORD.findall(normalize(text)))
            named = self._feeds_title_words(feeds)
            rest = set(parsed.words) - said - named - _SPOKEN_FILLERS
            # "dos", "um" alone are as often articles ("qual episodio dos hipsters sobre
            # kubernetes"): a number only where nothing else is asked, or where no noun
            # follows it, as one follows an article ("... valientes, capítulo dos").
            article = bool(said & NUMBER_ARTICLES) and not parsed.norm.endswith(normalize(text))
            most = 0 if article else SPELLED_NUMBER_REST
            titled = None if feeds or article else self._feed_titled_by(rest, idx.feed_titles)
            if titled is not None:
                # "podcast 2.0 episode four": the other words are a podcast's title's.
                feeds = {titled}
            if rest and not (feeds and len(rest) <= most):
                return [], set(), None
        if season is not None:
            ids = idx.season_numbers.get((season, number), [])
        else:
            ids = idx.numbers.get(number, [])
        used = set(_WORD.findall(normalize(text)))
        if feeds:
            ids = [i for i in ids if idx.episodes[i].feed_id in feeds]
        elif ids:
            # "pc 2.0 ep #12": of the podcasts with that number, the one whose title says
            # the question's other words ("2.0" of "Podcasting 2.0").
            rest = set(parsed.words) - used - _NUMBER_FILLERS
            owners = {idx.episodes[i].feed_id for i in ids}
            titled = self._feed_titled_by(rest, owners) if len(owners) > 1 else None
            if titled is not None:
                ids = [i for i in ids if idx.episodes[i].feed_id == titled]
                used |= rest & idx.feed_title_words(titled)
        return list(ids), used, str(number) if season is None else f"S{season}E{number}"

    def _feed_titled_by(self, words: set[str], feeds: Iterable[int]) -> int | None:
        """The one podcast of ``feeds`` whose title holds all of ``words`` but at most
        one, and more of them than any other's does; None when there is no such one."""
        if not words:
            return None
        held = sorted(
            ((len(words & self.index.feed_title_words(f)), f) for f in feeds), reverse=True
        )
        if not held or held[0][0] == 0 or len(words) - held[0][0] > 1:
            return None
        if len(held) > 1 and held[1][0] == held[0][0]:
            return None
        return held[0][1]

    def _feeds_title_words(self, feeds: set[int]) -> set[str]:
        """The words of the named podcasts' titles."""
        return set().union(*(self.index.feed_title_words(f) for f in feeds))

    def _nth_of_unnumbered(self, parsed: _Parsed, feeds: set[int], named: set[str]) -> int | None:
        """The episode "the fifth go time episode" asks for: of one podcast that numbers
        few of its episodes, the one that many from its oldest, when an ordinal is all
        the question says beside the podcast's name. (A podcast that numbers most of them
        answers by its numbers.)"""
        if len(feeds) != 1 or parsed.latest:
            return None
        rest = [w for w in parsed.words if w not in named and w not in _NUMBER_FILLERS]
        count = ordinal(rest[0]) if len(rest) == 1 else None
        if count is None or not 2 <= count <= NTH_EPISODE_MAX or feeds & self._numbered_feeds():
            return None
        (feed,) = feeds
        table = self.index.episodes
        # ``latest`` is newest first: counted from its end, as far as that episode only.
        own = (e for e in reversed(self.index.latest) if table[e].feed_id == feed)
        return next(itertools.islice(own, count - 1, None), None)

    def _numbered_feeds(self) -> set[int]:
        """The podcasts that number most of their episodes."""
        return self._numbering()[0]

    def _partly_numbered_feeds(self) -> set[int]:
        """The podcasts that number some of their episodes but not most: they may name
        the others in words ("Episode five: ...")."""
        return self._numbering()[1]

    def _podcast_host(self, feeds: set[int]) -> PersonEntry | None:
        """The person on most of the named podcasts' episodes as their host (the hosts
        of the archive found once per index), or None when no one hosts a good share of
        them (``HOST_SHARE``): a guest the notes once call a host is no answer."""
        idx = self.index
        if self._hosts_cache[0] is not idx:
            counts: dict[int, Counter[str]] = defaultdict(Counter)
            episodes = idx.episodes
            for person in idx.people.values():
                if "host" in person.roles:
                    for e in person.episode_ids:
                        counts[episodes[e].feed_id][person.key] += 1
            self._hosts_cache = (idx, counts)
        total: Counter[str] = Counter()
        for fid in feeds:
            total.update(self._hosts_cache[1].get(fid, {}))
        size = sum(self._feed_sizes()[f] for f in feeds)
        if total:
            key, hosted = total.most_common(1)[0]
            if hosted >= 2 and hosted >= HOST_SHARE * size:
                return idx.people.get(key)
        # The one person its feed names as author ("Sam Harris"), when its notes name no
        # host often enough.
        authors = {h for f in feeds for h in idx.feed_hosts.get(f, ())}
        if len(authors) != 1:
            return None
        (name,) = authors
        return idx.people.get(name) or PersonEntry(key=name, name=name.title(), note=None)

    def _numbering(self) -> tuple[set[int], set[int]]:
        """The podcasts that number most of their episodes, and those that number some
        but not most (kept with the index they are of)."""
        idx = self.index
        if self._numbered_cache[0] is not idx:
            episodes = idx.episodes
            numbered = Counter(
                episodes[i].feed_id for i in {i for ids in idx.numbers.values() for i in ids}
            )
            sizes = self._feed_sizes()
            most = {f for f, n in numbered.items() if n >= sizes[f] / 2}
            self._numbered_cache = (idx, (most, set(numbered) - most))
        return self._numbered_cache[1]

    def _archive_years(self) -> range:
        """The years the archive's dated episodes span (kept with the index they are of)."""
        idx = self.index
        if self._years_cache[0] is idx:
            return self._years_cache[1]
        stamps = idx.episodes.sort_ts
        dated = bisect.bisect_left(stamps, 0.0, key=_negated)  # newest first; undated last
        years = range(0)
        if dated:
            first, last = (_year_of(stamps[at]) for at in (dated - 1, 0))
            # A feed's date in the far future is a mistake: a day without its year is
            # looked for up to next year.
            last = min(last, datetime.datetime.now(datetime.UTC).year + 1)
            years = range(first, last + 1)
        self._years_cache = (idx, years)
        return years

    def _nth_first(self, parsed: _Parsed, person: PersonEntry, ids: list[int]) -> list[int]:
        """``ids`` with the person's nth own episode first, counted from their first, when
        the question asks for it ("lex with vitalik, the first time", "la tercera vez que
        charo va"); as they are otherwise."""
        if not parsed.nth or parsed.latest:
            return ids
        own_ids = set(person.episode_ids)
        own = sorted((e for e in ids if e in own_ids), key=self.index.order.__getitem__)
        own.reverse()  # oldest first
        if len(own) < parsed.nth:
            return ids
        pick = own[parsed.nth - 1]
        return [pick, *(e for e in ids if e != pick)]

    async def _several_numbered(self, parsed: _Parsed, feeds: set[int]) -> list[int]:
        """The episodes of several numbers asked at once ("no agenda shows 1380 through
        1383", "hipsters on the road eps 9 and 12"), in the order asked; none unless two of
        the numbers have an episode. Without a podcast's name a range needs its cue ("from
        7 to 9" may be ages), and the podcast numbering most of them is the one asked."""
        if parsed.numbers is None:
            return []
        values, text, cued = parsed.numbers
        if not cued and not feeds:
            return []
        idx = self.index
        by_number = {
            v: [i for i in idx.numbers.get(v, ()) if not feeds or idx.episodes[i].feed_id in feeds]
            for v in values
        }
        if not feeds:
            counts = Counter(
                f for ids in by_number.values() for f in {idx.episodes[i].feed_id for i in ids}
            )
            most = max(counts.values(), default=0)
            keep = {f for f, c in counts.items() if c == most}
            by_number = {
                v: [i for i in ids if idx.episodes[i].feed_id in keep]
                for v, ids in by_number.items()
            }
        if sum(1 for ids in by_number.values() if ids) < 2:
            return []
        said = set(_WORD.findall(normalize(text)))
        named = self._feeds_title_words(feeds)
        rest = [
            w for w in parsed.words if w not in said and w not in named and w not in _NUMBER_FILLERS
        ]
        if bare_number_list(text):
            # With no cue the list says nothing but the podcast's name ("no agenda 1365
            # and 1367") and at most a series of its titles ("hipsters on the road 48 e
            # 49": the listed episodes whose titles hold "road"); "talk python on python 2
            # and 3" asks for versions (the name's word said again, beside the numbers).
            besides = Counter(
                w for w in _WORD.findall(parsed.norm) if w not in said and w not in STOP_WORDS
            )
            besides.subtract(named)
            series = [w for w, n in besides.items() if n > 0]
            if len(series) > SERIES_WORDS or any(w in named or w.isdigit() for w in series):
                return []
            if series:
                by_number = {v: self._titled(series, ids) for v, ids in by_number.items()}
                if sum(1 for ids in by_number.values() if ids) < 2:
                    return []
        found: list[int] = []
        for ids in by_number.values():
            saying: list[int] = []
            if len(ids) > 1 and rest:
                # "hipsters on the road eps 9 and 12": of each number's episodes, those
                # that say the other words, when some do.
                ranked = await self.search(
                    rest, limit=len(ids), only=set(ids), english=parsed.english
                )
                saying = [e for e, sc in ranked if sc >= THRESHOLD]
            found.extend(saying or ids)
        return list(dict.fromkeys(found))

    async def _trailers(self, parsed: _Parsed, feeds: set[int]) -> list[int]:
        """The trailers a question asks for ("the go time trailer", "o trailer do go
        time"): the episodes the feed itself calls one (itunes:episodeType), the named
        podcasts', those the question's other words find first, else newest first. Asked
        of no podcast in particular, only those the other words find."""
        if _TRAILER_WORDS.isdisjoint(parsed.words):
            return []
        ids = await self.store.typed_ids("trailer", sorted(feeds))
        rest = [w for w in parsed.words if w not in _TRAILER_WORDS]
        if not ids or not (rest or feeds):
            return []
        found: list[int] = []
        if rest:
            ranked = await self.search(rest, limit=len(ids), only=set(ids), english=parsed.english)
            found = [e for e, sc in ranked if sc >= THRESHOLD]
        if not feeds:
            return found
        # "the hibt trailer from 2016": of a podcast's trailers, that year's first.
        years = {int(w) for w in rest if len(w) == 4 and w.isdigit()}
        table = self.index.episodes
        dated = [e for e in ids if e in table and _year_of(table[e].sort_ts) in years]
        return list(dict.fromkeys(found + dated + ids))

    def _pervasive(self, words: set[str], feeds: set[int]) -> set[str]:
        """The words the archive holds in as many episodes as these podcasts have: "go"
        of Go Time, "python" of Talk Python say nothing of an episode of theirs ("js",
        in 70% as many as JS Party has, may)."""
        size = sum(self._feed_sizes()[f] for f in feeds)
        return {w for w in words if self.index.vocab.df.get(w, 0) >= size}

    def _feed_sizes(self) -> Counter[int]:
        """How many episodes each feed has (kept with the index they are of)."""
        idx = self.index
        if self._sizes_cache[0] is not idx:
            self._sizes_cache = (idx, Counter(idx.episodes.feed_ids))
        return self._sizes_cache[1]

    def _dated_ids(self, parsed: _Parsed, feeds: set[int]) -> tuple[list[int], set[str]]:
        """The episodes (of ``feeds``, when named) published on the day the question
        names, those of that day in UTC first, and the words that named the day.

        The feed's own time zone is not kept, so an episode up to 14 hours before or 12
        after the UTC day (UTC-12 to UTC+14) may be of it: "1 December 2015" finds an
        episode dated "01 Dec 2015 16:55 PST"."""
        table = self.index.episodes
        stamps, ids = table.sort_ts, table.ids
        asked = question_dates(fold(parsed.text), self._archive_years())
        if asked is None:
            return [], set()
        days, text = asked
        exact: list[int] = []
        near: list[tuple[float, int]] = []
        for day in days:
            start = datetime.datetime.combine(day, datetime.time(), datetime.UTC).timestamp()
            end = start + DAY_SECONDS
            # ``stamps`` is newest first: its negation is in ascending order.
            first = bisect.bisect_left(stamps, -(end + DAY_AFTER), key=_negated)
            stop = bisect.bisect_left(stamps, -(start - DAY_BEFORE), key=_negated)
            for at in range(first, stop):
                eid, ts = ids[at], stamps[at]
                if ts <= 0 or (feeds and table.feed_ids[at] not in feeds):
                    continue
                if start <= ts < end:
                    exact.append(eid)
                else:
                    near.append((min(abs(ts - start), abs(ts - end)), eid))
        found = list(dict.fromkeys(exact + [eid for _, eid in sorted(near)]))
        # A title that writes the asked day names it more surely than a time stamp near
        # it: "giant bombcast 06/21/2016" is the episode so titled, published the next day
        # (UTC), not another of the 21st's evening.
        wanted = set(days)
        titled = [e for e in found if wanted & set(_title_days(table[e].title))]
        if titled:
            found = list(dict.fromkeys(titled + found))
        return found, set(_WORD.findall(normalize(text)))

    async def _describes_podcast(self, words: list[str], feeds: set[int], english: bool) -> bool:
        """Whether ``words`` (at most DATE_DESCRIBED_REST, each everyday in English,
        Spanish or Portuguese) are held, in any form, by no episode of ``feeds``: they
        describe the podcast in the asker's words ("dw slow news bulletin"), they cannot
        tell its episodes apart. A rare word ("palworld") is a subject it lacks."""
        return (
            len(words) <= DATE_DESCRIBED_REST
            and all(everyday(w, ("en", "es", "pt")) >= EVERYDAY_MIN_ZIPF for w in words)
            and not await self.search(words, limit=1, feeds=feeds, english=english)
        )

    def _month_ids(self, year: int, month: int, feeds: set[int]) -> list[int]:
        """The episodes of ``feeds`` published in that month (UTC), newest first."""
        table = self.index.episodes
        stamps, ids = table.sort_ts, table.ids
        start = datetime.datetime(year, month, 1, tzinfo=datetime.UTC)
        after = datetime.datetime(year + month // 12, month % 12 + 1, 1, tzinfo=datetime.UTC)
        # ``stamps`` is newest first: its negation is in ascending order.
        end = after.timestamp()
        first = bisect.bisect_left(stamps, -end, key=_negated)
        stop = bisect.bisect_left(stamps, -start.timestamp(), key=_negated)
        return [
            ids[at]
            for at in range(first, stop)
            if 0 < stamps[at] < end and table.feed_ids[at] in feeds
        ]

    async def ask(self, question: str, limit: int = 5) -> Answer:
        answer = await self._ask_one(question, limit)
        if answer.message == NO_MATCH:
            several = await self._ask_each(question, limit)
            if several is not None:
                return several
        return answer

    async def _ask_one(self, question: str, limit: int) -> Answer:
        parsed = _parse(question)
        part = _part_asked(parsed.norm)
        if part is None:
            return await self._ask(question, parsed, limit)
        return await self._ask_part(question, parsed, part, limit)

    async def _ask_each(self, question: str, limit: int) -> Answer | None:
        """The answer to a question that lists episodes by their own details and that
        nothing answers whole ("taverncast 6 and taverncast 12", "the tamerlan and galdos
        pasajes"): each detail asked with the words around the list, the first reading of
        the list (``conjunct_splits``) whose every detail has an answer of its own, each a
        different episode of the same podcast; None when no reading does. A reading that
        cuts the podcast's name ("podcasting | 2.0 and youtube") is none."""
        _, named = self.find_podcast(_parse(question))
        asked: dict[str, Answer] = {}
        readings = conjunct_splits(question[:MAX_QUESTION_CHARS])[:CONJUNCT_READINGS]
        for parts, details in readings:
            held = [set(normalize(d).split()) for d in details]
            if any(not all(w in h for h in held) and any(w in h for h in held) for w in named):
                continue
            answers = []
            for part in parts:
                if part not in asked:  # readings share parts
                    asked[part] = await self._ask_one(part, 1)
                answered = asked[part]
                if not answered.episodes:
                    break
                answers.append(answered)
            else:
                tops = [a.episodes[0] for a in answers]
                # Details of one podcast's episodes: a list of subjects that each land in
                # another podcast ("cusco and the sacred valley") is one subject no
                # episode covers, and a reading where one part asks for the newest and
                # another does not cut the details unevenly.
                newest = [a.intent == "latest" for a in answers]
                if (
                    len({e.id for e in tops}) == len(tops)
                    and len({e.feed_id for e in tops}) == 1
                    and (all(newest) or not any(newest))
                ):
                    return Answer(
                        question=question,
                        intent="episode",
                        episodes=tops[:limit],
                        scores=[a.scores[0] for a in answers][:limit],
                        words=list(dict.fromkeys(w for a in answers for w in a.words)),
                    )
        return None

    async def _ask_part(
        self, question: str, parsed: _Parsed, part: tuple[str, int, str], limit: int
    ) -> Answer:
        """The answer to a question that asks for a part of a series ("se radio xp part
        one", "primera parte") or a day of an event: the episodes whose title says that
        part, of what the question answers and of what the rest of it answers ("part
        three" alone finds any "Pt.3"), those both find first; none: the answer as it is
        ("part" may be no series')."""
        kind, number, rest = part
        pool = max(limit, PART_POOL)
        answer = await self._ask(question, parsed, pool)
        whole = self._of_part(answer, kind, number)
        besides: list[tuple[Episode, float]] = []
        rest_parsed = _parse(rest)
        if rest_parsed.words:
            answered = await self._ask(rest, rest_parsed, pool)
            besides = self._of_part(answered, kind, number)
            if not whole and besides:
                answer = answered
                answer.question = question
        if not whole and not besides:
            answer.episodes, answer.scores = answer.episodes[:limit], answer.scores[:limit]
            return answer
        found = {e.id for e, _ in besides}
        ranked: list[tuple[Episode, float]] = []
        seen: set[int] = set()
        for e, sc in [p for p in whole if p[0].id in found] + whole + besides:
            if e.id not in seen:
                seen.add(e.id)
                ranked.append((e, sc))
        # The series the rest names in the title first ("architecture part three":
        # "Architecture Pt.3" before "Concurrency Pt.3"); of those (but for "latest", the
        # newest first) the title that says least besides ("Architecture Pt. 1" before
        # "Service Oriented Architecture Pt.1").
        named = self._series_words(rest_parsed)

        def held(p: tuple[Episode, float]) -> int:
            return sum(bool(self._titled([w], [p[0].id])) for w in named)

        if parsed.latest:
            ranked.sort(key=lambda p: -held(p))
        else:
            ranked.sort(key=lambda p: (-held(p), _title_besides(p[0].title, named)))
        answer.episodes = [e for e, _ in ranked[:limit]]
        answer.scores = [sc for _, sc in ranked[:limit]]
        return answer

    def _series_words(self, parsed: _Parsed) -> list[str]:
        """The words of a question (less the part it asks for) that may name the series
        in a title: not the podcast's name."""
        _, podcast_words = self.find_podcast(parsed)
        return [w for w in parsed.words if w not in podcast_words]

    @staticmethod
    def _of_part(answer: Answer, kind: str, number: int) -> list[tuple[Episode, float]]:
        """The episodes of ``answer`` (with their scores) whose title says that part (or
        day)."""
        return [
            (e, sc)
            for e, sc in zip(answer.episodes, answer.scores, strict=True)
            if _title_part(e.title, kind) == number
        ]

    async def _ask(self, question: str, parsed: _Parsed, limit: int) -> Answer:
        if not parsed.languages:
            return await self._answer(parsed, limit)
        # "anything in spanish on Venezuela": the podcasts with episodes in that language
        # are searched (as if named), and of what qualifies, the episodes in it first.
        # When nothing there answers, every podcast is searched: a member who asked in
        # Spanish still wants the episode in English.
        speaking: set[int] = set()
        for tag in parsed.languages:
            speaking |= await self._feeds_in_language(tag)
        wide = max(limit, LANGUAGE_POOL)
        answer = await self._answer(parsed, wide, speaking) if speaking else None
        if answer is None or not answer.episodes:
            answer = await self._answer(_parse(question), wide)
        order = sorted(
            range(len(answer.episodes)),
            key=lambda i: not speaks(answer.episodes[i].language, parsed.languages),
        )
        answer.episodes = [answer.episodes[i] for i in order[:limit]]
        answer.scores = [answer.scores[i] for i in order[:limit]]
        return answer

    async def _in_language(
        self, ids: list[int], languages: frozenset[str], limit: int
    ) -> list[int]:
        """The first ``limit`` of ``ids`` in one of ``languages``, of the first
        LANGUAGE_SCAN; none: ``ids`` as they are."""
        found: list[int] = []
        for start in range(0, min(len(ids), LANGUAGE_SCAN), LANGUAGE_CHUNK):
            chunk = ids[start : start + LANGUAGE_CHUNK]
            tags = await self.store.languages_of(chunk)
            found += [i for i in chunk if speaks(tags.get(i), languages)]
            if len(found) >= limit:
                break
        return found or ids

    async def _in_other_language(self, feeds: set[int] | None) -> bool:
        """Whether the podcasts a question in Spanish or Portuguese names speak neither
        (their notes are in English): its words are found only through translations."""
        if not feeds:
            return False
        for tag in ("es", "pt"):
            if not feeds.isdisjoint(await self._feeds_in_language(tag)):
                return False
        return True

    def _joined_names(self) -> dict[str, str]:
        """A name's particle and the word after it written as one ("odwyer" for "o
        dwyer", "dicaprio"), to that word; once per index."""
        cached = self._joined_cache
        if cached[0] is not self.index:
            joined: dict[str, str] = {}
            for key in self.index.people:
                for a, b in itertools.pairwise(key.split()):
                    if a in _NAME_PARTICLES and len(b) >= 3:
                        joined.setdefault(a + b, b)
            cached = self._joined_cache = (self.index, joined)
        return cached[1]

    async def _feeds_in_language(self, tag: str) -> set[int]:
        """The feeds with episodes in language ``tag``, once per index (a scan of every
        episode's language)."""
        cached = self._language_feeds
        if cached[0] is not self.index:
            cached = self._language_feeds = (self.index, {})
        if tag not in cached[1]:
            cached[1][tag] = await self.store.feeds_in_language(tag)
        return cached[1][tag]

    async def _answer(
        self, parsed: _Parsed, limit: int, speaking: set[int] | frozenset[int] = frozenset()
    ) -> Answer:
        """The answer to a parsed question; ``speaking``: the feeds a language asked for
        is spoken in, searched when the question names no podcast."""
        question = parsed.raw
        answer = Answer(
            question=question,
            intent="none",
            words=self.corrected(parsed.words, english=parsed.english),
        )
        if not parsed.norm:
            answer.message = "Ask about an episode, a guest or a topic."
            return answer
        if (
            is_chitchat(parsed.norm.split())
            or _ABOUT_THE_BOT.match(parsed.norm)
            or _HELP_ASKED.match(parsed.norm)
            or _is_reaction(parsed)
        ):
            answer.message = HELP_MESSAGE
            return answer
        idx = self.index
        feeds, podcast_words = self.find_podcast(parsed)
        if not feeds:
            feeds, podcast_words = self._initialled_podcast(parsed)
        if not feeds:
            feeds = set(speaking)
        if podcast_words:
            # The podcast's name is where to look, not what an episode mentions; a word of
            # it said again is ("js party: sites that work with js off").
            # Unless most of its episodes hold it anyway ("go time ... go").
            pervasive = self._pervasive(podcast_words, feeds)
            parsed.words = _without_once(parsed.words, podcast_words, pervasive)
            answer.words = _without_once(answer.words, podcast_words, pervasive)
            # Nor is it the question's language: "se radio on ...", "pasajes de la
            # historia on ..." are asked in English.
            said = [w for w in parsed.norm.split() if w not in podcast_words]
            parsed.english, parsed.iberian = _languages(said)
            if not parsed.latest and _last_of_podcast(parsed.norm.split(), podcast_words):
                # "taverncast's last <series>", "the last lex": "last" beside a podcast's
                # name is its newest, not a word to search.
                parsed.latest = True
                parsed.words = [w for w in parsed.words if w != "last"]
            elif not parsed.latest and parsed.words and set(parsed.words) <= _NEW_ALONE:
                # "the new lex episode", "new making sense ep?", "o novo do hipsters": "new"
                # is all that is said of a named podcast's episode, its newest.
                parsed.latest = True
                parsed.words = []
                answer.words = [w for w in answer.words if w not in _NEW_ALONE]
        host_asked = (
            feeds
            and parsed.words
            and set(parsed.words) <= _HOST_ASKED
            and _WHO_HOSTS.search(parsed.norm)
        )
        if host_asked and parsed.latest:
            parsed.words = []  # "who hosted the latest go time": the newest shows who
        elif host_asked:
            # "who hosts go time?": its host, with their newest episodes of it.
            host = self._podcast_host(feeds)
            if host is not None:
                answer.person = host
                answer.intent = "guest"
                answer.words = []
                ids = [e for e in host.episode_ids if idx.episodes[e].feed_id in feeds]
                if not ids:  # the feed's author, named on none of its episodes
                    table = idx.episodes
                    own = (e for e in idx.latest if table[e].feed_id in feeds)
                    ids = list(itertools.islice(own, limit))
                ids = ids[:limit]
                return await self._fill(answer, ids, [100.0] * len(ids))
        counted = {
            m.group(1)
            for m in _COUNTED.finditer(parsed.norm)
            if set(m.group("gap").split()) <= podcast_words | {"s"}
        }
        if counted:
            # "the two go time eps on hiring": how many episodes, not a word of them.
            parsed.words = [w for w in parsed.words if w not in counted]
            answer.words = [w for w in answer.words if w not in counted]
        parsed.words = self._with_title_pairs(parsed)
        parsed.words += self._numbered_initials(parsed)
        parsed.words = self._joined_numbers(parsed)
        parsed.words = await self._joined_words(parsed)

        several = await self._several_numbered(parsed, feeds)
        if several:
            answer.intent = "episode"
            ids = several[:limit]
            return await self._fill(answer, ids, [100.0] * len(ids))

        number_ids, number_words, number_said = self._number_ids(parsed, feeds)
        named = self._feeds_title_words(feeds)
        nth = self._nth_of_unnumbered(parsed, feeds, named) if not number_ids else None
        if nth is not None:
            answer.intent = "episode"
            return await self._fill(answer, [nth], [100.0])
        marked = any(not w.isdecimal() for w in number_words)  # "capítulo 7", not "lex 7"
        if (
            marked
            and not number_ids
            and set(parsed.words) <= number_words | named
            and not feeds & self._partly_numbered_feeds()
        ):
            # "tiempo de valientes capítulo 7": the podcast has no episode of that number;
            # its other episodes are not what was asked for.
            answer.message = NO_MATCH
            return answer
        # "hipsters #600" of a podcast that numbers some titles: its words are searched,
        # but a number its cue asks for is an episode's number, found in its title only
        # (notes that say "600 people" are no episode 600).
        title_number: set[str] = set()  # the forms a title may write the number in
        if (
            parsed.number is not None
            and not number_ids
            and number_words
            and set(parsed.words) <= number_words | named
        ):
            # "5", "05", "005", "five", "cinco".
            value = str(parsed.number[1])
            title_number = {value, value.zfill(2), value.zfill(3)} | translations(value)
        rest = [w for w in parsed.words if w not in number_words]
        numbered = number_ids
        # What is asked beside the number besides the episode itself ("the title of
        # episode 3", "episode 12 recap" ask for nothing else).
        besides = [
            w
            for w in rest
            if w not in _NUMBER_FILLERS and w not in _OF_NUMBERED and w not in _ANY_PODCAST
        ]
        if rest and len(numbered) > 1:
            # "episode 370 frenkel": the numbered episodes that also hold the words.
            ranked = await self.search(
                rest, limit=len(numbered), only=set(numbered), english=parsed.english
            )
            better = [e for e, sc in ranked if sc >= THRESHOLD]
            if not better and not feeds and besides:
                # "coffee #3 today": the episodes of that number (several podcasts'),
                # none of them holding the other words, are no answer to them; the words
                # are read as any question's.
                numbered = []
            numbered = better + [i for i in numbered if i not in better]
        if numbered:
            answer.intent = "episode"
            answer.number = number_said
            # What the snippet shows: the words beside the number, not the number's
            # own nor the podcast's (its name, as the search read it, was dropped above
            # as typed: "lantern hour" read as "lanterns hour").
            answer.words = self.corrected(rest, english=parsed.english) if rest else []
            ids = numbered[:limit]
            return await self._fill(answer, ids, [100.0] * len(ids))

        if parsed.titled:
            # "the newest bombcast with switch in the title": the titles that hold the
            # words, newest first when the newest is asked for.
            ids = await self._titles_holding(parsed.words, feeds)
            if not ids:
                ids = await self._titles_holding(parsed.words, feeds, starts=True)
            if ids:
                answer.intent = "latest" if parsed.latest else "episode"
                if parsed.latest:
                    ids.sort(key=idx.order.__getitem__)
                ids = ids[:limit]
                return await self._fill(answer, ids, [100.0] * len(ids))

        trailer_ids = await self._trailers(parsed, feeds)
        if trailer_ids:
            answer.intent = "episode"
            ids = trailer_ids[:limit]
            return await self._fill(answer, ids, [100.0] * len(ids))

        day_ids, day_words = self._dated_ids(parsed, feeds)
        day_rest = [w for w in parsed.words if w not in day_words and w not in _DATE_FILLERS]
        if day_ids and day_rest and not feeds:
            # "notícias lentas da dw de 18 de fevereiro": a word of one podcast's full
            # title ("dw") names that podcast's episode of the day; the other words
            # describe the podcast, in the asker's words.
            owners = {idx.episodes[e].feed_id for e in day_ids}
            titled = {f for f in owners if not idx.feed_title_words(f).isdisjoint(day_rest)}
            spoken = requested_languages(day_rest, set(range(len(day_rest))))
            if not titled and len(spoken) == 1:
                # "slow german news from 9 march 2022": a language's name names the one
                # podcast of that day that speaks it.
                (tag,) = spoken
                titled = owners & await self._feeds_in_language(tag)
            if len(titled) == 1:
                day_ids = [e for e in day_ids if idx.episodes[e].feed_id in titled]
                day_rest = []
                feeds = set(titled)
        if day_ids and (day_rest or not feeds):
            # "nachrichten vom 1. februar 2022", "ukraine 24.02.2022": the episodes of
            # that day that say each other word (their title, notes' start or podcast's
            # name); beside a podcast's name, one word may also be found as any answer's
            # is ("talk python 2 june 2023 fastapi" needs FastAPI in that episode).
            # Without a podcast's name or another word, a day's episodes of every podcast
            # answer nothing in particular, and a date beside words no episode of that
            # day says is as often what an episode is about ("the world ends on december
            # 21 2012"): the search reads it as words.
            said = await self._saying_all(day_ids[:DATE_SCAN], day_rest) if day_rest else []
            found: list[int] = []
            if feeds and 0 < len(day_rest) <= DATE_REST:
                ranked = await self.search(
                    day_rest, limit=len(day_ids), only=set(day_ids), english=parsed.english
                )
                # The words choose; the day orders (the asked day's own episode before
                # the next day's that says the words more).
                chosen = {e for e, sc in ranked if sc >= THRESHOLD}
                found = [e for e in day_ids if e in chosen]
            if (
                feeds
                and not found
                and not said
                and day_rest
                and await self._describes_podcast(day_rest, feeds, parsed.english)
            ):
                # "las noticias de la deutsche welle del 26 de enero": everyday words no
                # episode of the podcast holds, in any form, cannot tell its episodes
                # apart; they describe the podcast in the asker's words, and the day says
                # which. (A rare word, "palworld", is a subject the podcast lacks.)
                found = [e for e in day_ids if idx.episodes[e].feed_id in feeds]
            day_ids = list(dict.fromkeys(found + said))
        if day_ids:
            answer.intent = "episode"
            ids = day_ids[:limit]
            return await self._fill(answer, ids, [100.0] * len(ids))

        month = question_month(fold(parsed.text))
        described = False
        if month is not None and not feeds:
            # "slow german news from february 2022": a language's name names the one
            # podcast that speaks it and has episodes that month (as beside a day); the
            # other words describe it.
            spoken = requested_languages(parsed.words, set(range(len(parsed.words))))
            owners: set[int] = set()
            if len(spoken) == 1:
                (tag,) = spoken
                speakers = await self._feeds_in_language(tag)
                in_month = self._month_ids(month[0], month[1], speakers) if speakers else []
                owners = {idx.episodes[e].feed_id for e in in_month}
            if len(owners) == 1:
                feeds, described = owners, True
                parsed.words = [w for w in parsed.words if not requested_languages([w], {0})]
            else:
                month = None
        if month is not None:
            # "every bombcast from march 2012": the podcast's episodes of that month,
            # newest first as a podcast's episodes are listed; other words choose among
            # them, and when none says them the question is read as words.
            month_ids = self._month_ids(month[0], month[1], feeds)
            said = set(_WORD.findall(normalize(month[2])))
            month_rest = [w for w in parsed.words if w not in said and w not in _DATE_FILLERS]
            if month_rest and set(month_rest) <= _EARLIEST:
                # "the first bombcast of march 2012"
                month_ids, month_rest = month_ids[::-1], []
            if month_ids and month_rest:
                ranked = await self.search(
                    month_rest, limit=len(month_ids), only=set(month_ids), english=parsed.english
                )
                chosen = {e for e, sc in ranked if sc >= THRESHOLD}
                if chosen or not (
                    described and await self._describes_podcast(month_rest, feeds, parsed.english)
                ):
                    # Everyday words no episode of the podcast holds describe it (as
                    # beside a day); others choose among the month's episodes.
                    month_ids = [e for e in month_ids if e in chosen]
            if month_ids:
                answer.intent = "latest" if parsed.latest else "episode"
                ids = month_ids[:limit]
                return await self._fill(answer, ids, [100.0] * len(ids))

        if podcast_words and not parsed.latest:
            # "javascript in latin america": another podcast's title said whole (or a
            # letter astray), whose words name a podcast too ("Latin America Today").
            said_whole = self._title_exactly(parsed.norm, set())
            if said_whole is None:
                said_whole = self._title_near(parsed, set())
            if said_whole is not None and idx.episodes[said_whole].feed_id not in feeds:
                answer.intent = "episode"
                return await self._fill(answer, [said_whole], [100.0])

        near = self._title_near(parsed, feeds)
        if near is not None:
            # A whole title said, a letter astray, before the topics its words name ("go
            # is for every one" is no question about Go).
            answer.intent = "episode"
            return await self._fill(answer, [near], [100.0])

        if parsed.latest and feeds and _mention_asked(parsed.norm):
            # "the latest go time where generics come up": the newest episode of the
            # podcast whose notes (title, people or topics) say the words, however little
            # it is about them: the date orders, not how much the notes say them.
            mentioning, looked = await self._newest_mentioning(parsed.words, feeds, limit)
            if mentioning:
                answer.intent = "latest"
                answer.words = looked
                return await self._fill(answer, mentioning, [100.0] * len(mentioning))

        absent: set[str] = set()
        found_topics = self.find_topics(parsed, absent)
        subjects = {w for _, words, score in found_topics if score >= 100.0 for w in words}
        person_hit = self._stop_word_given_name(
            parsed, feeds, subjects | absent
        ) or self.find_person(parsed.words, feeds, keep=subjects | absent)
        # "Latin America Today on Argentina": the podcast's name names no topic.
        # A topic named by the person's own words ("Elon Musk") is the person, not more.
        person_words = person_hit[1] if person_hit else set()
        topics = [
            t
            for t in found_topics
            if not t[1] <= podcast_words and not (person_words and t[1] <= person_words)
        ]
        used: set[str] = set()
        if person_hit:
            used |= person_hit[1]
        for _, words, _ in topics:
            used |= words
        rest = [w for w in parsed.words if w not in used]

        def scoped(ids: list[int]) -> list[int]:
            return [i for i in ids if idx.episodes[i].feed_id in feeds] if feeds else list(ids)

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
        # "emma and adam with una kravets", "jerod with una kravets": the other words are
        # the names of others on some of the person's episodes (their hosts, by given
        # name), which the notes need not say: those episodes.
        person_ids = (
            scoped(self._episodes_of(person_hit[0])) if person_hit and rest and not topics else None
        )
        together = self._with_others(rest, person_ids) if person_ids else []
        if person_hit and (parsed.guest_cue or not rest or len(person_hit[1]) >= 2 or together):
            person, person_score = person_hit[0], person_hit[2]
            answer.person = person
            # "Latest with X" is X's newest episode; otherwise their own interviews first.
            mine_ids = person_ids if person_ids is not None else scoped(self._episodes_of(person))
            if not parsed.latest:
                mine_ids = await self._as_guest_first(person, mine_ids)
            elif not parsed.topic_cue or parsed.guest_cue or _WITH.search(parsed.norm):
                # "Latest with X": the newest episode X is on, before those about X;
                # "latest about X" is the newest about them, whoever is on it.
                own = set(person.episode_ids)
                mine_ids.sort(key=lambda e: e not in own)
            # "The latest that mentions X" is the newest whose notes name X, on it or not.
            mentioned = parsed.latest and _mention_asked(parsed.norm)
            if not rest and not topics and mine_ids and not mentioned:
                answer.intent = "latest" if parsed.latest else "guest"
                ids = self._nth_first(parsed, person, mine_ids)[:limit]
                return await self._fill(answer, ids, [person_score] * len(ids))
            with_cue = parsed.guest_cue or bool(_WITH.search(parsed.norm))
            if feeds and with_cue and not rest and not topics and not mine_ids:
                # "Making Sense with Noam Chomsky": a known guest who was never on the
                # named podcast; an episode that only talks about them is not the answer.
                answer.person = None
                answer.message = NO_MATCH
                return answer
            # The person and more ("Randy Shoup hiring", "Petro paz total"): search with
            # every word, favouring the person's episodes.
            mine = set(mine_ids)
            held: dict[int, set[str]] = {}
            ranked = await self.search(
                parsed.words,
                # "Latest": every episode that qualifies is ordered by date, not the
                # best few by their words.
                limit=WIDE_CANDIDATES if parsed.latest else max(limit, 10),
                boost=mine,
                feeds=feeds,
                wide=parsed.latest,
                found=held,
                english=parsed.english,
                iberian=parsed.iberian,
            )
            # The person is the question's evidence only as far as the other words are
            # not more specific than the name: "Peterson on Jungian archetypes" lacking
            # both rare words is not a Peterson answer, "Randy Shoup hiring" may be.
            rest_terms = self.corrected(rest, english=parsed.english)
            name_weight = sum(idx.idf(w) for w in person_hit[1])

            # A word for who the person is ("his mom charo", "the founder") says nothing
            # the name does not: the notes seldom say it so. After a possessive it is
            # someone else ("bukele's brother"), as a kin word before "of" is ("la mamá
            # de charo").
            said = parsed.norm.split()
            theirs = {w for at, a in enumerate(said) if a == "s" for w in said[at + 1 : at + 3]}
            theirs |= {a for a, b in itertools.pairwise(said) if a in _KIN and b in _KIN_OF}
            who = {t for t in rest_terms if (_is_role(t) or t in _KIN) and t not in theirs}

            with_them = set(together)

            def missing(eid: int | None) -> float:
                have = held.get(eid, set()) if eid is not None else set()
                if eid in with_them:
                    have = have | set(rest_terms)  # the others named are on it
                return sum(idx.idf(t) for t in rest_terms if t not in have and t not in who)

            ranked = [
                (e, min(sc, 100.0))
                for e, sc in ranked
                if sc >= THRESHOLD
                and missing(e) < name_weight
                # A mention is of the whole name ("Duke Nukem" is not "Duke Nukem Forever").
                and (not mentioned or person_hit[1] <= held.get(e, set()))
            ]
            if not ranked and person_score >= THRESHOLD and missing(None) < name_weight:
                # The other words are not found: the person's episodes, at the person's
                # own confidence, not more.
                ranked = [(e, person_score) for e in mine_ids]
            elif not ranked and person_score >= THRESHOLD and together:
                ranked = [(e, person_score) for e in together]
            elif together:
                # Those with the others named on them first, as the search ranks them.
                ranked.sort(key=lambda p: p[0] not in with_them)
            if not ranked:
                answer.person = None
                answer.message = NO_MATCH
                return answer
            if parsed.latest:
                answer.intent = "latest"
                ranked.sort(key=lambda p: idx.order[p[0]])
            else:
                scores = dict(ranked)
                order = self._nth_first(parsed, person, [e for e, _ in ranked])
                ranked = [(e, scores[e]) for e in order]
                answer.intent = "guest" if ranked[0][0] in mine else "episode"
            if answer.intent == "episode":
                answer.person = None
            ranked = ranked[:limit]
            return await self._fill(answer, [e for e, _ in ranked], [sc for _, sc in ranked])

        if topics and not rest:
            topic, topic_score = topics[0][0], topics[0][2]
            answer.topic = topic
            # The same topic named twice ("Peru's Shining Path") is one topic, by its
            # name and an alias.
            also = list(dict.fromkeys(t for t, _, _ in topics[1:] if t != topic))
            alias = set().union(*(self._alias_words(topic, w) for t, w, _ in topics if t == topic))
            if parsed.latest and not also:
                # "Latest on Ukraine": the newest episode whose title names the topic,
                # when there is one, before those a feed's keyword merely tags with it
                # (the search path orders "latest" the same way).
                about = scoped(
                    self._topic_ranked(topic, [], about=True, limit=None if feeds else TITLED_SCAN)
                )
                titled = self._newest_titled(topic, topics[0][1], about, limit)
                # A title that names the topic is about it, whether or not the feed's
                # keywords tag the episode with it ("Meditation in an Emergency"): the
                # newest titles (of the podcasts named) are looked at too, a bounded few.
                if feeds:
                    newest = scoped(idx.latest)
                    untagged = self._newest_titled(topic, topics[0][1], newest, limit, TITLED_SCAN)
                else:
                    names = _title_names(topic, topics[0][1])
                    untagged = idx.episodes.newest_naming(names, TITLED_SCAN, limit)
                ids = sorted(set(titled) | set(untagged), key=idx.order.__getitem__) or about
                ids = ids[: TOPIC_WINDOW * limit]
            elif not parsed.latest and not also:
                # Of the episodes the topic weighs the same in (a feed's keyword tags
                # dozens alike), those whose title names it first, however far down.
                ranked_ids = self._topic_ranked(
                    topic, [], limit=None if feeds else TOPIC_WINDOW * limit + 1
                )
                window = TOPIC_WINDOW * limit
                ids = await self._ties_included(topic, scoped(ranked_ids), window, feeds, limit)
                ids = self._titled_first(topic, ids)
            elif feeds:
                ranked_ids = self._topic_ranked(topic, also, about=parsed.latest)
                ids = scoped(ranked_ids)[: TOPIC_WINDOW * limit]
            else:
                ids = self._topic_ranked(
                    topic, also, about=parsed.latest, limit=TOPIC_WINDOW * limit
                )
            if alias and ids and not also:
                # "Panama Papers" names Corruption, but an episode about corruption that
                # never says it is not about them: the alias is the question's evidence.
                ids = await self._saying(ids[: TOPIC_WINDOW * limit], alias)
            ids = ids[:limit]
            if (
                ids
                and topic_score >= THRESHOLD
                and self._central(ids[0], topics)
                and (parsed.latest or also or await self._no_title_names(topic, ids[0], feeds))
            ):
                answer.intent = "latest" if parsed.latest else "topic"
                return await self._fill(answer, ids, [topic_score] * len(ids))
            answer.topic = None

        if parsed.words and set(parsed.words) <= _EARLIEST and not parsed.latest:
            # "the first go time episode", "oldest lex", "o primeiro episódio": the
            # oldest episodes (of the podcasts named), oldest first.
            answer.intent = "episode"
            newest = scoped(idx.latest) if feeds else idx.latest[-limit:]
            ids = list(reversed(newest))[:limit]
            return await self._fill(answer, ids, [100.0] * len(ids))

        if not parsed.words and (parsed.latest or feeds):
            # "latest episode", "newest How I Built This", "latest Lex".
            answer.intent = "latest"
            ids = scoped(idx.latest) if feeds else list(idx.latest[: limit + parsed.skip])
            ids = ids[parsed.skip :]
            if parsed.languages:
                # "latest in portuguese": the newest in that language of the podcasts
                # that speak it, read a few at a time (a podcast of several languages).
                ids = await self._in_language(ids, parsed.languages, limit)
            ids = ids[:limit]
            return await self._fill(answer, ids, [100.0] * len(ids))

        weekday = _asked_weekday(parsed.norm) if parsed.latest and feeds else None
        if weekday is not None:
            # "neueste dw nachrichten von einem samstag": the podcast's newest episodes
            # published on that day of the week (UTC), among a bounded few of its newest;
            # other words choose among them.
            said_day, number = weekday
            table = idx.episodes
            ids = [
                e
                for e in scoped(idx.latest)[:WEEKDAY_SCAN]
                if table[e].sort_ts > 0
                and datetime.datetime.fromtimestamp(table[e].sort_ts, datetime.UTC).weekday()
                == number
            ]
            rest = [w for w in parsed.words if w not in said_day and w not in _DATE_FILLERS]
            if ids and rest:
                ranked = await self.search(
                    rest, limit=len(ids), only=set(ids), english=parsed.english
                )
                chosen = {e for e, sc in ranked if sc >= THRESHOLD}
                ids = [e for e in ids if e in chosen]
            if ids:
                answer.intent = "latest"
                ids = ids[:limit]
                return await self._fill(answer, ids, [100.0] * len(ids))

        if (
            parsed.latest
            and feeds
            and not _SUBJECT_CUE.search(parsed.norm)
            and await self._describes_podcast(parsed.words, feeds, parsed.english)
        ):
            # "the latest dw slow news bulletin": everyday words no episode of the podcast
            # holds, in any form, describe the podcast in the asker's words (as beside a
            # day): its newest episode. (A rare word, "palworld", is a subject it lacks;
            # so is any word said after "about" or "on": "latest talk python about mojo".)
            answer.intent = "latest"
            ids = scoped(idx.latest)[:limit]
            return await self._fill(answer, ids, [100.0] * len(ids))

        if not parsed.words or (
            not feeds
            and not topics
            and not person_hit
            and self._to_the_bot(parsed)
            and not await self._a_title_said(parsed)
        ):
            answer.message = HELP_MESSAGE
            return answer

        lacking: dict[int, set[str]] = {}
        ranked = await self.search(
            parsed.words,
            limit=WIDE_CANDIDATES if parsed.latest else max(limit, 10),
            feeds=feeds,
            wide=parsed.latest,
            lacking=lacking,
            keep=absent,
            # A feed's keyword (not a catalogue topic) that is the whole question names
            # what the episodes tagged with it are about; another podcast's notes that
            # say it once in a list of things talked of ("the bombcast about earthquakes")
            # are the answer there, not a mention in passing.
            subjects=[
                (normalize(name), words)
                for name, words, _ in found_topics
                if self.catalog.get(name) is not None
            ],
            versions=_versions(parsed.norm, podcast_words),
            english=parsed.english,
            podcast_named=bool(podcast_words),
            iberian=parsed.iberian,
        )
        if topics:
            # The topic orders what the words found; it never makes an answer of a
            # question whose rare words are missing ("belize gangs" is not "gangs",
            # "bukele's brother" is not El Salvador) unless the topic is itself the
            # missing evidence: a word the notes lack but the episode's topic names, as
            # a translation does ("authoritarianism" for a Spanish "autoritarismo").
            # A topic the episode names only in passing (once, in a list of countries)
            # is no evidence that it is what the episode is about: it lifts nothing.
            # The topic stands in for the words it names, never for the question's
            # rarest word besides them ("<a drug lord>'s hippos" is not about drugs).
            searched = self.corrected(parsed.words, keep=absent, english=parsed.english)
            rarest = max(searched, key=idx.idf) if searched else ""

            # The topics' folded names, once, not for each episode.
            folded_topics = [(normalize(t), words) for t, words, _ in topics]

            def lifts(eid: int) -> bool:
                mine = self._topics_of(eid)
                central = {t for t, w in mine.items() if w >= CENTRAL_WEIGHT}
                if eid not in lacking:
                    return any(t in central for t, _ in folded_topics)
                return any(
                    t in central
                    and not words & lacking[eid]
                    and (rarest in lacking[eid] or rarest in words)
                    for t, words in folded_topics
                )

            boosted = [(eid, score + (8.0 if lifts(eid) else 0.0)) for eid, score in ranked]
            ranked = sorted(boosted, key=lambda p: -p[1])
        # The search fetched as many as it may: more episodes may qualify than it saw.
        capped = len(ranked) >= WIDE_CANDIDATES
        series = False  # "latest" of a series the asker names in a word of their own
        if title_number:
            ranked = [
                p
                for p in ranked
                if not title_number.isdisjoint(idx.episodes[p[0]].title_norm.split())
            ]
        said = self._title_said_whole(parsed, ranked)
        if said is None:
            # The question is a title, word for word, the search may not have fetched
            # ("it's time to talk about testing": every word of it is common).
            said = self._title_exactly(parsed.norm, feeds)
            if said is None:
                said = await self._title_said_typed(parsed, feeds)
            if said is not None and said not in dict(ranked):
                ranked = [(said, 100.0), *ranked]
        if said is not None:
            ranked = [(said, max(THRESHOLD, dict(ranked)[said]))] + [
                p for p in ranked if p[0] != said
            ]
        ranked = [(eid, min(score, 100.0)) for eid, score in ranked if score >= THRESHOLD]
        if not ranked:
            # A podcast named scopes the segments' answer too.
            ranked = scoped_pairs(await segment_first(self.store, parsed.words))
        versions = set(_VERSION.findall(parsed.text))
        if versions and ranked:
            ranked = await self._saying_versions(ranked, versions)
        if versions and not ranked and feeds:
            # "go time's 1.19 preview": the named podcast's one or two titles that say
            # the version are the episode on it, whatever the asker calls it.
            titled = await self._titled_versions(parsed.norm, versions, feeds, podcast_words)
            ranked = [(e, THRESHOLD) for e in titled]
        if not ranked and parsed.latest and feeds:
            # "the latest bombcast on dance central": notes too short for the search's
            # measure, but a podcast's episodes that say the words as one phrase, as the
            # asker does, are about it; the newest of them is asked for.
            mentioning, looked = await self._newest_mentioning(
                parsed.words, feeds, limit, phrase=True
            )
            if mentioning:
                answer.intent = "latest"
                answer.words = looked
                return await self._fill(answer, mentioning, [THRESHOLD] * len(mentioning))
        if not ranked:
            answer.message = NO_MATCH
            return answer
        if parsed.latest:
            # Newest first among the episodes about the words (named in the title), when
            # there are any, not those that merely mention them, unless a mention is
            # what was asked for ("the latest that mentions lightning").
            named = parsed.words
            mention = _mention_asked(parsed.norm)
            about = set() if mention else set(self._titled(named, [e for e, _ in ranked]))
            if not about and not mention and len(named) >= 2:
                # "the newest in the <series> series": the first title holds all the
                # words but one (the asker's own word for it): those words name it.
                held = [w for w in named if self._titled([w], [ranked[0][0]])]
                if len(held) == len(named) - 1:
                    named = held
                    about = set(self._titled(named, [e for e, _ in ranked]))
                    # The asker's own word is in no title of the series, and the search
                    # scored its episodes by it: any title naming the rest qualifies.
                    series = True
            if about:
                ranked = [p for p in ranked if p[0] in about]
                # The search fetched the best few by their words; every title that names
                # them all qualifies as well (a series of 69 "How I Built Resilience"
                # episodes), so the newest of them all is looked for by title.
                if capped or series:
                    ranked += await self._titled_newest(named, ranked, feeds)
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

    @staticmethod
    def _alias_words(topic: str, said: set[str]) -> set[str]:
        """The words that named a topic when they are another name for it ("shining
        path" for Peru), not its own name in another form or language ("venezuelan",
        "corrupcion"): none of them shares the start of a word of the name."""
        name = [w for w in normalize(topic).split() if w not in STOP_WORDS]
        words = {w for w in said if w not in STOP_WORDS and not w.isdigit()}

        def like(a: str, b: str) -> bool:
            n = min(len(a), len(b), ALIAS_PREFIX)
            return a[:n] == b[:n] if n >= 4 else a == b

        if not words or any(like(w, n) for w in words for n in name):
            return set()
        return words

    async def _saying(self, ids: list[int], words: set[str]) -> list[int]:
        """The episodes whose words (title, notes' start, people) hold each of ``words``,
        as itself, a longer form or a translation."""
        texts = await self._candidate_words(ids)
        forms = {w: {_stem(w)} | {_stem(t) for t in _translations(w)} for w in words}
        out = []
        for eid in ids:
            said = texts.get(eid, set())
            if all(any(t.startswith(f) for f in forms[w] for t in said) for w in words):
                out.append(eid)
        return out

    def _central(self, eid: int, topics: list[tuple[str, set[str], float]]) -> bool:
        """Whether each asked topic is more than a passing mention in the episode: named
        twice or more (or in its title). One mention ("Tegucigalpa" in a list of cities)
        is not what the episode is about; the full-text search then decides."""
        weights = self.index.episodes[eid].weights
        return all(weights.get(normalize(t), 0.0) >= CENTRAL_WEIGHT for t, _, _ in topics)

    async def _no_title_names(self, topic: str, first: int, feeds: set[int]) -> bool:
        """Whether a topic answer about the podcasts asked about (``feeds``) that starts
        with ``first`` misses no title: ``first``'s title names the topic, or no title of
        those podcasts does that the topic leaves out. A feed's keyword may tag a few
        episodes with a subject whose own episodes it leaves untagged ("Psychedelics &
        Mortality"); the full-text search then answers."""
        folded = normalize(topic)
        if not feeds or f" {folded} " in f" {self.index.episodes[first].title_norm} ":
            return True
        tagged = self.index.topic_set(folded)
        return all(e in tagged for e in await self._titles_naming(folded, feeds))

    async def _titles_naming(self, folded: str, feeds: set[int]) -> list[int]:
        """Of the newest TOPIC_TITLE_PROBE titles holding a topic's words, the episodes (of
        ``feeds``, when named) whose title names the topic."""
        terms = [_fts_term(w) for w in folded.split() if w not in STOP_WORDS]
        if not terms:
            return []
        episodes = self.index.episodes
        name = f" {folded} "
        return [
            e
            for e in await self._title_match(terms, TOPIC_TITLE_PROBE)
            if (not feeds or episodes[e].feed_id in feeds) and name in f" {episodes[e].title_norm} "
        ]

    async def _ties_included(
        self, topic: str, ids: list[int], window: int, feeds: set[int], want: int
    ) -> list[int]:
        """The first ``window`` of ``ids`` (by the topic's weight, highest first) and, when
        the topic weighs as much in those after them as in the last and fewer than ``want``
        of the window's titles name it, those of them whose title names it
        (TOPIC_TITLE_PROBE titles, newest first, looked at)."""
        if len(ids) <= window:
            return list(ids)
        folded = normalize(topic)
        episodes = self.index.episodes
        last = episodes[ids[window - 1]].weights.get(folded, 0.0)
        if episodes[ids[window]].weights.get(folded) != last:
            return list(ids[:window])
        name = f" {folded} "
        if sum(name in f" {episodes[e].title_norm} " for e in ids[:window]) >= want:
            return list(ids[:window])  # titles enough already: none need be looked for
        out = list(ids[:window])
        seen = set(out)
        named = await self._titles_naming(folded, feeds)
        tagged = self.index.topic_set(folded) if named else frozenset()
        for eid in named:
            if eid not in seen and eid in tagged and episodes[eid].weights.get(folded) == last:
                out.append(eid)
        return out

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

    def _newest_titled(
        self, topic: str, words: set[str], ids: list[int], limit: int, scan: int = 2000
    ) -> list[int]:
        """Of ``ids`` (newest first), the first ``limit`` whose title names the topic, by
        its name or by the question's words that named it; at most ``scan`` looked at."""
        # Up to 2,000 titles a question, so each costs little: read by slot off the table
        # (no entry object), each name looked for once (the topic's name is often the
        # word that named it), the first in a plain test.
        first, *rest = (f" {name} " for name in _title_names(topic, words))
        table = self.index.episodes
        slot_of, norm_of = table.slots.get, table.title_norm
        out = []
        for eid in ids[:scan]:
            title = f" {norm_of(slot_of(eid))} "
            if first in title or (rest and any(map(title.__contains__, rest))):
                out.append(eid)
                if len(out) >= limit:
                    break
        return out

    def _titled(self, words: list[str], ids: list[int]) -> list[int]:
        """The episodes whose title holds each of the words (or a word it starts)."""
        stems = [(w, s, _spaced(s)) for w in words for s in (_stem(w),)]
        table = self.index.episodes
        slot_of, norm_of = table.slots.get, table.title_norm
        out = []
        for eid in ids:
            norm = norm_of(slot_of(eid))
            missed = [w for w, s, spaced in stems if not _starts_a_word(norm, s, spaced)]
            # A word that spells the initials of a name in the title names it too ("goty":
            # "Game of the Year"), when it is such a word: short, and rare as written.
            if not missed or all(
                self._may_be_initials(w) and w in _title_initials(table[eid].title) for w in missed
            ):
                out.append(eid)
        return out

    async def _newest_mentioning(
        self, words: list[str], feeds: set[int], limit: int, *, phrase: bool = False
    ) -> tuple[list[int], list[str]]:
        """The newest episodes of ``feeds`` whose indexed text holds the question's words
        (as one phrase when it holds them so: "rock band network"), when there are a few
        such words and each is in the archive, as typed or corrected; none otherwise (the
        search answers). Small words and words for what an episode does ("gets into") are
        not looked for. ``phrase``: only two words or more, as one phrase. Also the
        words looked for."""
        wanted = [w for w in dict.fromkeys(words) if not _filler_word(w)]
        if not wanted or len(wanted) > MENTION_WORDS:
            return [], []
        df = self.index.vocab.df
        terms = [w if w in df else self._correct(w) for w in wanted]
        if any(t is None or t not in df for t in terms):
            return [], []
        found = [t for t in terms if t is not None]
        if phrase and len(found) < 2:
            return [], []
        if min(df[t] for t in found) > FTS_FULL_MAX:
            # Only very common words: their postings would cost the whole archive.
            return [], []
        ordered = sorted(feeds)
        ids: list[int] = []
        if len(found) > 1:
            together = Term((" ".join(found),))
            ids = await self.store.newest_holding([together], ordered, limit)
        if not ids and not phrase:
            terms = [self.index.lean_term(_fts_term(t)) for t in found]
            ids = await self.store.newest_holding(terms, ordered, limit)
        if not ids and not phrase and len(found) > 2:
            # "the latest where the 38 studios mess comes up": two words said together
            # that the notes also say together name the thing; the third is the asker's
            # word for it ("mess"), not the notes'.
            for pair in itertools.pairwise(found):
                ids = await self.store.newest_holding([Term((" ".join(pair),))], ordered, limit)
                if ids:
                    found = list(pair)
                    break
        return [i for i in ids if i in self.index.episodes], found

    async def _saying_all(self, ids: list[int], words: list[str]) -> list[int]:
        """Those of ``ids`` whose title, notes' start or podcast's title hold each of the
        words (as typed, its singular, or, for a long word, the start of a longer one:
        "gesprochen" is said by "gesprochene")."""
        texts = await self._candidate_words(ids)
        idx = self.index
        out = []
        for eid in ids:
            said = texts.get(eid, set()) | idx.feed_title_words(idx.episodes[eid].feed_id)
            if all(
                w in said
                or _stem(w) in said
                or (len(w) >= PREFIX_MIN_CHARS and any(s.startswith(w) for s in said))
                for w in words
            ):
                out.append(eid)
        return out

    async def _titles_holding(
        self, words: list[str], feeds: set[int], *, starts: bool = False
    ) -> list[int]:
        """The episodes (of ``feeds``, when named) whose title holds every one of the
        words, the newest rows first (at most LATEST_TITLE_SCAN of them). ``starts``:
        when none does, those whose title has words they start ("trans in its name":
        "TRANSNOODLE"), for words of TITLE_START_MIN_CHARS or more."""
        if starts:
            wanted = list(dict.fromkeys(words))
            if not all(len(w) >= TITLE_START_MIN_CHARS for w in wanted):
                return []
            terms = [Term((w,), prefix=True) for w in wanted]
        else:
            terms = [_fts_term(w) for w in dict.fromkeys(words) if w in self.index.vocab.df]
        if not terms or len(terms) < len(set(words)):
            return []
        episodes = self.index.episodes
        found = await self._title_match(terms, LATEST_TITLE_SCAN)
        if feeds:
            found = [e for e in found if episodes[e].feed_id in feeds]
        # One look at the titles for all of them (each word's stem taken once).
        return self._titled(words, found)

    async def _titled_newest(
        self, words: list[str], ranked: list[tuple[int, float]], feeds: set[int]
    ) -> list[tuple[int, float]]:
        """The episodes (of ``feeds``, when named) whose title holds every one of the
        words that are not in ``ranked`` yet, at the best score of ``ranked``: a title
        that names the words qualifies as the titles found did."""
        if not ranked:
            return []
        have = {e for e, _ in ranked}
        best = max(s for _, s in ranked)
        return [(e, best) for e in await self._titles_holding(words, feeds) if e not in have]

    async def _fill(self, answer: Answer, ids: list[int], scores: list[float]) -> Answer:
        episodes = await self.store.episodes_by_ids(ids)
        by_id = {e.id: e for e in episodes}
        pairs = [(by_id[i], s) for i, s in zip(ids, scores, strict=False) if i in by_id]
        answer.episodes = [e for e, _ in pairs]
        answer.scores = [s for _, s in pairs]
        await attach_moments(self.store, answer.episodes, _parse(answer.question).words)
        if not answer.episodes:
            answer.intent = "none"
            answer.message = answer.message or NO_MATCH
        return answer

    def _topics_of(self, eid: int) -> dict[str, float]:
        """The episode's topics (folded) and their weights (mentions; a title or keyword
        counts ABOUT_WEIGHT)."""
        entry = self.index.episodes.get(eid)
        return dict(entry.weights) if entry else {}

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
            return list(ids[:limit] if limit else ids)
        ranked = idx.topic_ranked.get(folded, [])
        extra = {normalize(t) for t in also} - {folded}
        if not extra:
            return list(ranked[:limit] if limit else ranked)
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
        subjects: Sequence[tuple[str, set[str]]] = (),
        versions: dict[str, str] | None = None,
        english: bool = True,
        podcast_named: bool = False,
        iberian: bool = False,
    ) -> list[tuple[int, float]]:
        """Full-text candidates for the words, re-scored 0..100 (see the module docstring).

        Episodes in ``boost`` (a named person's) get a fixed bonus; ``feeds`` keeps to
        those podcasts; ``wide`` looks at more candidates (a "latest" question orders
        everything that qualifies by date); ``only`` scores just those episodes; the
        episodes that lack the question's rare words (and so are not answers on their own)
        are added to ``lacking``, with the words they do hold; ``found`` gets the words
        (as searched) each candidate holds. Words in ``keep`` name a known subject (a
        catalogue topic) and are searched as typed, never "corrected" into another word:
        "Suriname" is not "surname". ``subjects`` are the topics the question names
        (folded name, words), each one thing however many words it takes ("puerto rico").
        ``versions`` maps a number of the question to the word it follows there ("deno 2":
        "2" -> "deno"): such a number is found only after that word, as a version or a
        sequel is; alone, "2" is in any text. ``english``: the question is in English,
        whose everyday words the archive all holds, so a word it lacks is a subject
        (else its words are also read as Spanish or Portuguese: their English cognates).
        ``podcast_named``: the question names the podcasts in ``feeds`` (not a language
        it asks for).
        """
        idx = self.index
        # "the <podcast> they did in robot voices lol": laughter beside a podcast named is
        # no subject the notes could hold, and weighs as a word for who does (below).
        # Without a podcast it is small talk's, and weighs as any word: "haha true" asks
        # for no episode.
        laughing = _LAUGHTER if podcast_named else frozenset()
        terms: list[str] = []
        typed: dict[str, set[str]] = defaultdict(set)  # a term -> the words typed for it
        for word in dict.fromkeys(words):
            typed[word].add(word)
            term = word if word in laughing else self._read(word, keep, english)
            terms.append(term)
            typed[term].add(word)
        terms = list(dict.fromkeys(terms))
        df = idx.vocab.df
        # Terms that are a correction of what was typed, not the word itself.
        guessed = {t for t, said in typed.items() if t not in said}
        # A word known only through its translations weighs as its rarest translation,
        # is fetched by them, and counts that many postings.
        # A question in Spanish or Portuguese finds English notes by its words' English
        # cognates too ("estática": "static"); an English question's words are not
        # respelled ("maria" is no "mary").
        cognate = (
            {t: self._cognates(t) for t in terms if not _translations(t)} if not english else {}
        )
        via = {t: self._translated(t) | cognate.get(t, frozenset()) for t in terms if t not in df}
        via = {t: forms for t, forms in via.items() if forms}
        for t in terms if not english else ():
            if t not in df and t not in via and (pair := self._romance_compound(t)):
                # A Spanish or Portuguese word no episode writes whole ("antirracismo") is
                # fetched and weighed by its English word ("racism"); matched() wants both
                # parts. Not an English one: unheard, it must be found (see below).
                via[t] = frozenset({pair[1]})
        # A known word is fetched in its other languages too ("slang": "jerga").
        also = {t: self._translated(t) for t in terms if t in df}
        if english:
            # An English word's synonyms ("quit": "left") are fetched as translations are,
            # and its other spelling ("archeology": "archaeology") too.
            for t in terms:
                if same := frozenset(w for w in _synonyms(t) | spelling_variants(t) if w in df):
                    also[t] = also.get(t, frozenset()) | same
        also = {t: forms for t, forms in also.items() if forms}
        if english:
            # A slip the archive holds once or twice, in notes as careless as the asker
            # ("freinds", "maintainance"): the word it may misspell, far more common, is
            # fetched too, for the titles' slips to be judged (see _slips).
            for t in terms:
                if t in df and self._archived_slip(t) and (fix := self._correct(t, known=True)):
                    also[t] = also.get(t, frozenset()) | {fix}
        weights = {t: max(map(idx.idf, via[t])) if t in via else idx.idf(t) for t in terms}
        for t in terms:
            # A version is as specific as what it versions: "deno 2" is no "deno".
            if versions and t in versions and versions[t] in weights:
                weights[t] = max(weights[t], weights[versions[t]])
        # Everyday words weigh as common as they are in everyday speech, beside a word
        # that is none ("cloudflare", "kedro"): rare in an archive, conversation ("fazendo",
        # "pessoal"; "obsessing", "basically") would otherwise outweigh the subject.
        if iberian:
            # Spanish and Portuguese, asked of an archive mostly in English. Not a word the
            # lexicon knows: those are a subject's ("francesa", "tecnologia").
            _weigh_everyday(weights, ("es", "pt"), EVERYDAY_MIN_ZIPF, lexical=False)
        elif english and len(terms) > EVERYDAY_EN_WORDS:
            _weigh_everyday(weights, ("en",), EVERYDAY_EN_MIN_ZIPF, lexical=True)

        # A word for who or how ("guy", "unpacking") weighs no more than the lightest word
        # of what is asked: rare in an archive, it is still no subject.
        def _said_for_who(t: str) -> bool:
            return _is_role(t) or t in laughing

        subject_weights = [weights[t] for t in terms if not _said_for_who(t)]
        if subject_weights:
            lightest = min(subject_weights)
            for t in terms:
                if t in _MENTION:
                    # "the latest mentioning galak-z" asks what the notes say, in a word
                    # they seldom say themselves: next to no evidence either way.
                    weights[t] = min(weights[t], MENTION_SHARE * lightest)
                elif _said_for_who(t):
                    weights[t] = min(weights[t], lightest)
        postings_of = {t: sum(df[f] for f in via[t]) if t in via else df.get(t, 0) for t in terms}
        for t, forms in also.items():
            postings_of[t] += sum(df[f] for f in forms)
        known_terms = sorted((t for t in terms if t in df or t in via), key=postings_of.__getitem__)
        if not known_terms:
            return []
        # A word no episode holds in any form (not a slip of a known word, not a word
        # known in another language) is the rarest thing the question names ("axum",
        # "hippos"): no episode can be a confident answer without it.
        # In Spanish or Portuguese such a word is as often an everyday word the lexicon
        # lacks ("avisan", "huir"), and in a long question as often conversation: there,
        # the rarest words judge as below. A word with longer forms in the archive is heard.
        unheard = {
            t
            for t in terms
            if t not in df
            and t not in via
            and not t.isdigit()
            and len(t) >= 4
            and not _said_for_who(t)  # "the imagine dragons frontman": who, not what
            and not idx.vocab.with_prefix(_stem(t), 1)
        }
        # Two words in a row, joined: a title may write them as one ("truckshame").
        joined = {
            a + b: (a, b)
            for a, b in itertools.pairwise(terms)
            if a.isalpha()
            and b.isalpha()
            and (
                min(len(a), len(b)) >= JOINED_MIN_CHARS
                # "da vinci", "cockroach db": a two-letter part beside a long one.
                or (min(len(a), len(b)) == 2 and max(len(a), len(b)) >= JOINED_LONG_PART)
            )
        }
        # Words that may be the initials of a name ("goty", "sbf"): a word few episodes
        # hold, looked for in titles.
        initialisms = {t for t in terms if self._may_be_initials(t)}
        if not english or len(terms) > UNHEARD_TERMS:
            unheard = set()
        # A wide look reads less of each episode's notes, so it costs about the same.
        chars = WIDE_TEXT_CHARS if wide else CANDIDATE_TEXT_CHARS
        notes: dict[int, str] | None = None  # the candidates' texts, read with them
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
            candidates, notes = await self.store.fts_search_with_texts(
                [self._fetch_term(t, via, also) for t in fetching],
                limit=WIDE_CANDIDATES if wide else CANDIDATES,
                feed_ids=sorted(feeds or ()),
                newest=idx.fts_window(postings),
                chars=chars,
            )
        if not candidates:
            return []
        texts = await self._candidate_words(
            [eid for eid, _ in candidates], chars, notes, pairs=bool(versions)
        )
        # A question in Spanish or Portuguese about a podcast in English.
        foreign = iberian and podcast_named and await self._in_other_language(feeds)
        # Its everyday words the lexicon cannot put in English ("critica", "creadora"):
        # its notes cannot hold them.
        unheld = (
            {t for t in terms if t not in via and t not in also and _spoken(t)}
            if foreign
            else set()
        )
        heard = [weights[t] for t in terms if t not in unheld]
        if unheld and heard:
            # They weigh no more than the lightest word the notes can hold.
            lightest_heard = min(heard)
            for t in unheld:
                weights[t] = min(weights[t], lightest_heard)
        total = sum(weights.values())
        # The question's rarest words must be found: without them a near miss (a
        # neighbouring country, a related technology) would be answered on its common
        # words. A short question needs each of its rare words; a long, chatty one (whose
        # rare words are often conversation, "snitch", "blowing") two of its three rarest.
        by_rarity = sorted(terms, key=lambda t: (-weights[t], t))
        # A word for someone's role ("frontman", "boss", "creator") says who the episode
        # is with, by what the asker knows of them; the notes seldom say it so: it is
        # not one of the words an answer must hold, unless it is all there is.
        by_rarity = [t for t in by_rarity if not _said_for_who(t)] + [
            t for t in by_rarity if _said_for_who(t)
        ]
        rarest = by_rarity[0]
        top = weights[rarest]
        if len(terms) <= SHORT_QUESTION:
            must = [
                t
                for t in by_rarity
                if weights[t] >= RARE_SHARE * top and (not _said_for_who(t) or t == rarest)
            ]
            if foreign:
                # The everyday words of the asker's language that the lexicon cannot put
                # in the podcast's ("contratar", "rabia"): its notes cannot hold them.
                # They still weigh in the score. A name ("bukele") is no everyday word,
                # and a question with nothing else keeps them all.
                spoken = unheld.intersection(must)
                if len(spoken) < len(must):
                    must = [t for t in must if t not in spoken]
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
            if other := _y_plural(t):
                exact[t].add(other)
            if not english and (singular := _romance_singular(t)):
                exact[t].add(singular)
            # A small number is written padded, or not: "day 3" is a title's "Day 03".
            numbers = (
                {t, t.lstrip("0") or "0", t.zfill(2), t.zfill(3)}
                if t.isdigit() and len(t) <= 3
                else {t}
            )
            exact[t] |= numbers
            if english:
                # The other spelling is the same word ("colour", "color").
                exact[t] |= spelling_variants(t)
            longer[t] = set()
            if len(stem) >= 4:
                longer[t] = set(idx.vocab.with_prefix(stem, 40)) - exact[t]
                if len(stem) < SHORT_PREFIX_CHARS:
                    # A short word starts many unrelated words ("meta": "metal"): only
                    # its inflections count ("rank": "ranking").
                    longer[t] = {w for w in longer[t] if w[len(stem) :] in _INFLECTIONS}
            longer[t] |= (self._vowel_endings(t) | self._kin(t)) - exact[t]
            if english:
                longer[t] |= self._derived(t) - exact[t]
            else:
                longer[t] |= self._romance_kin(t) - exact[t]
            # The same word in another language ("war": "guerra"), at a discount: a
            # translation is weaker evidence than the word itself.
            across[t] = (
                {form for w in _translations(t) for form in _inflections(w)}
                | cognate.get(t, frozenset())
                | (_synonyms(t) if english else frozenset())
            ) - exact[t]
            if versions and t in versions:
                # "deno 2" is found as the pair, not as a "2" anywhere.
                exact[t] = {f"{versions[t]} {n}" for n in numbers}
                longer[t], across[t] = set(), set()

        # A word written as one that notes write as two ("cofounder": "co-founder",
        # "multitool": "multi-tool"): both parts found are the word; a word no episode
        # writes whole is found, at a discount, by its last part ("tool").
        parts = {t: p for t in terms if (p := self._compound(t)) is not None}

        def matched(
            doc: frozenset[str] | set[str], entry: EpisodeEntry | None = None
        ) -> tuple[float, set[str]]:
            found = 0.0
            hits: set[str] = set()
            translated = 0.0  # weight found only in another language
            for t, w in weights.items():
                if not exact[t].isdisjoint(doc):
                    found += w
                    hits.add(t)
                elif longer[t] and not longer[t].isdisjoint(doc):
                    found += PREFIX_CREDIT * w
                    hits.add(t)
                elif t in parts and parts[t][0] in doc and parts[t][1] in doc:
                    found += w
                    hits.add(t)
                elif t in parts and t in unheard and parts[t][1] in doc:
                    found += PREFIX_CREDIT * w
                    hits.add(t)
                elif (
                    across[t]
                    and not across[t].isdisjoint(doc)
                    # A word of someone's name is no translation: "cantante" is not
                    # Peter Singer.
                    and not (
                        entry is not None
                        and across[t] & doc <= {w for key in entry.people for w in key.split()}
                    )
                ):
                    translated += w
                    hits.add(t)
            if found or len(hits) < MIN_TRANSLATED:
                # Beside words found as typed, a translation is weaker evidence; but in
                # a question in Spanish or Portuguese about a podcast it names, the
                # translation is how its words can be found at all.
                return found + (
                    TRANSLATION_CREDIT if english or not podcast_named else 1.0
                ) * translated, hits
            # Every word found only in the other language: the question is asked in
            # another language than the notes are written in ("¿... la reunión de la ONU
            # sobre drogas?" of English notes), and a translation is all it could find.
            return translated, hits

        phrase = " ".join(words)
        asked = set(words)
        # "david velez": a given name before a surname asks for that person, not for
        # another of the surname ("Alejandro Velez").
        said_names = self._given_and_surname(terms)
        # What each term was typed as, looked at for slips against candidates' titles.
        # A word of three letters the archive lacks ("duk") may be a slip too: a letter
        # left out of a title's word ("duck"), see _slip_of.
        slip_forms = {
            t: [
                f
                for f in typed[t] | {t}
                if not f.isdigit()
                and (len(f) >= TITLE_TYPO_MIN_CHARS or (len(f) == 3 and f not in df))
            ]
            for t in terms
        }
        subject_words = [w for _, w in subjects]
        scored = []
        lookalikes: set[int] = set()  # capped as a guessed word's lookalike (see below)
        heaviest = _heaviest_typed(terms, guessed, weights, df) if guessed else None
        evidence: dict[int, tuple[set[str], set[str]]] = {}  # eid -> (hits, title hits)
        for eid, _ in candidates:
            entry = idx.episodes.get(eid)
            if entry is None:
                continue
            title_words = set(entry.title_norm.split())
            if versions:
                title_words |= _number_pairs(entry.title_norm.split())
            doc = texts.get(eid, set())
            if "*" in entry.title:
                # A word a title censors ("Sh*tty") is the word the question spells out.
                uncensored = _uncensored(entry.title, slip_forms)
                title_words |= uncensored
                doc = doc | uncensored
            in_doc, hits = matched(doc, entry)
            in_title, title_hits = matched(title_words, entry)
            # A word the archive knows as written may still be a slip for a word of this
            # title ("the grate derangement", "josiah carlsen"), when the title also holds
            # another of the question's words as written: the rest of the question led to
            # this title, and the slip completes it.
            slipped = [t for t in terms if t not in title_hits and slip_forms[t]]
            # Only where the slips could make an answer: at best, each such word found.
            best = TITLE_TYPO_CREDIT * sum(weights[t] for t in slipped)
            slips = (
                self._slips(slipped, slip_forms, title_words)
                if any(not t.isdigit() for t in title_hits)
                and 100 * (0.6 * (in_doc + best) + 0.4 * (in_title + best)) >= THRESHOLD * total
                else set()
            )
            if slips:
                extra = TITLE_TYPO_CREDIT * sum(weights[t] for t in slips)
                in_title += extra
                in_doc += extra if slips.isdisjoint(hits) else 0.0
                title_hits = title_hits | slips
                hits = hits | slips
            # "truck shame" of "Truckshame", "loop hole" of "Loophole": two words the
            # question writes apart that the title writes as one.
            by_title = {t for w in title_words if w in joined for t in joined[w]} - title_hits
            if initialisms:
                # "goty" of "Game of the Year", "sbf" of "Sam Bankman-Fried": a word that
                # spells the initials of a name in the title is that name; "ama 6" of "Ask
                # Me Anything 6": the number after them is the title's number after it.
                spelled = {
                    i
                    for i in (initialisms - title_hits) & _title_initials(entry.title)
                    # "the apl language" is no "A Pattern Language": a word the
                    # initials stand for is said beside them.
                    if _spelled_out(entry.title, i).isdisjoint(terms)
                }
                by_title |= spelled | {
                    n
                    for n, v in (versions or {}).items()
                    if v in spelled and n in weights and n not in title_hits and n in title_words
                }
            if by_title:
                in_title += sum(weights[t] for t in by_title)
                in_doc += sum(weights[t] for t in by_title - hits)
                title_hits = title_hits | by_title
                hits = hits | by_title
            # Names are corrected against names: a word a slip away from a word of a
            # person the episode names, beside another word of theirs said right ("eric
            # simmons" for Eric Simons), is that person's word.
            unfound = [t for t in terms if t not in hits and t not in title_hits and slip_forms[t]]
            # The people's words are read only when a word is left to find among them.
            named = {w for key in entry.people for w in key.split()} if unfound else set()
            if unfound and not named.isdisjoint(asked):
                name_slips = self._slips(unfound, slip_forms, named)
                if name_slips:
                    in_doc += TITLE_TYPO_CREDIT * sum(weights[t] for t in name_slips)
                    hits = hits | name_slips
            covered, titled = in_doc / total, in_title / total
            # Title words count extra, but notes alone can make a confident answer when
            # they hold nearly all of the question.
            score = 100 * max(0.6 * covered + 0.4 * titled, NOTES_WEIGHT * covered)
            ratio = fuzz.token_set_ratio(phrase, entry.title_norm)
            # A near-exact title, unless it is a short title inside a longer question.
            if ratio >= 90 and len(asked & title_words) >= 0.75 * len(asked):
                score = max(score, ratio)
            raw = score
            evidence[eid] = (hits, title_hits)
            if found is not None:
                found[eid] = hits | title_hits
            # A title that holds only a guessed word ("runes" read as "rubes") beside
            # notes without the question's heaviest word typed right ("svelte"), and
            # holding less of the other typed words than it weighs: the lookalike's
            # episode, not the one asked about, however far it leads.
            lookalike = (
                bool(guessed)
                and bool(title_hits)
                and title_hits <= guessed
                and heaviest is not None
                and heaviest not in hits
                and sum(weights[t] for t in hits - guessed) < weights[heaviest]
            )
            if boost and eid in boost:
                # The named person is the rare evidence ("Gustavo Petro paz total"): with
                # a person named, the other words only order the candidates.
                score += PERSON_BOOST
            elif boost is None and (
                not unheard <= hits | title_hits
                or (
                    sum(t in hits or t in title_hits for t in must) < need
                    and not _title_holds_most(title_hits, terms, weights, subject_words, guessed)
                    and not self._title_named_whole(entry, title_hits, terms, hits, via)
                )
                or (not title_hits and self._by_chance(hits))
                # Only words the search guessed ("runes" read as "rubes") found, none of
                # those typed that the archive knows ("svelte"): a slip's lookalike.
                or (
                    bool(guessed)
                    and (hits | title_hits) <= guessed
                    and any(t not in guessed and t in df for t in terms)
                )
                or lookalike
                # Another person of the surname the question says after a given name.
                or (
                    bool(said_names)
                    and _another_of_the_name(said_names, hits | title_hits, entry.people)
                )
                # Notes alone answer a short question only when they hold all of it:
                # "dominican republic election" is no answer from notes that merely
                # mention the country (the title, stronger evidence, is judged above).
                or (
                    not title_hits
                    and len(terms) <= SHORT_QUESTION
                    # The asker's everyday words the podcast's language lacks (``unheld``)
                    # are no more in its notes than in its titles: not asked of them.
                    and not _holds_all_but_who(
                        hits, [t for t in terms if t not in unheld], laughing
                    )
                )
                # Notes that name the question's one subject only in passing (a country
                # once, in a list) are not about it: no confident answer.
                or (not title_hits and _in_passing(hits, subjects, entry.weights))
                # Notes that hold the words of a name of several ("remain in mexico")
                # apart, never the name (the episode's topics would have it): they
                # hold other things that share its words.
                or (not title_hits and _scattered(hits, subjects, entry.weights))
            ):
                score = min(score, THRESHOLD - 1.0)
                if lookalike:
                    lookalikes.add(eid)
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
        years = self._archive_years()
        # A long, chatty question ("the one where the deno guy introduces fresh") seldom
        # has all its words in one episode; one that clearly leads every other is the
        # answer all the same: by its score, or (ahead by its score too) by bm25's margin.
        # Of a question asked in another language than the podcast's notes, a clear
        # leader answers from three words: the asker's words the lexicon cannot
        # translate are missing from every episode alike.
        if (
            len(terms) >= (FOREIGN_LEAD_TERMS if foreign else LONG_QUESTION)
            and not boost
            and scored
            and scored[0][0] not in lookalikes
            and unheard <= set().union(*evidence[scored[0][0]])
            and scored[0][1] < THRESHOLD
            and scored[0][2] >= LEAD_MIN
            and (
                len(scored) == 1
                or scored[0][2] >= LEAD_RATIO * scored[1][2]
                or (scored[0][2] > scored[1][2] and _bm25_leads(scored[0][0], bm25))
            )
            and _lead_supported(*evidence[scored[0][0]], weights, subject_words)
            # Of three words asked in another language, the words English notes could
            # hold (English words the asker used, "bad bunny") must be the leader's.
            and (
                len(terms) >= LONG_QUESTION
                or all(
                    t in evidence[scored[0][0]][0] or t in evidence[scored[0][0]][1]
                    for t in terms
                    if everyday(t, ("en",)) >= EVERYDAY_MIN_ZIPF
                )
            )
            # A number the question names ("pep 703", "london 1858") is as specific as
            # a word can be: a leader without it is another episode. (A round number is
            # as often a rough count, "100+ times", and a year of the archive the
            # episode's date, "that 2022 one where ...".)
            and all(
                t in evidence[scored[0][0]][0] or t in evidence[scored[0][0]][1]
                for t in terms
                if t.isdigit() and len(t) >= 3 and not t.endswith("0") and int(t) not in years
            )
        ):
            scored[0] = (scored[0][0], THRESHOLD, scored[0][2])
        rank(1)
        return [(eid, score) for eid, score, _ in scored[:limit]]

    def _given_and_surname(self, terms: list[str]) -> list[tuple[str, str]]:
        """The question's word pairs that are a given name of someone in the archive
        followed by a surname of someone ("david velez"), as said."""
        tokens = self.index.name_tokens
        return [
            (a, b)
            for a, b in itertools.pairwise(terms)
            if a in tokens
            and b in tokens
            and a != b
            and not _is_role(a)  # "the jiu jitsu guy danaher"
            and any(key.split()[-1] == b for key in tokens[b])
            and any(key.split()[0] == a for key in tokens[a])
        ]

    def _title_named_whole(
        self,
        entry: EpisodeEntry,
        title_hits: set[str],
        terms: list[str],
        hits: set[str],
        via: dict[str, frozenset[str]],
    ) -> bool:
        """Whether the question names every word of the episode's own title (two at
        least; not its podcast's name, a number or a stop word: "Julio César") and each
        other word of it is one the archive lacks in any form: a title named whole is
        what was asked about, and a word no episode holds cannot point elsewhere."""
        idx = self.index
        show = idx.feed_title_words(entry.feed_id)
        content = {
            w
            for w in entry.title_norm.split()
            if len(w) > 1 and not w.isdigit() and w not in STOP_WORDS and w not in show
        }
        if len(content) < 2:
            return False
        held = {w for w in content if w in title_hits or _stem(w) in title_hits}
        if held != content:
            return False
        df = idx.vocab.df
        return all(t in title_hits or t in hits or (t not in df and t not in via) for t in terms)

    def _vowel_endings(self, word: str) -> set[str]:
        """The archive's words that are ``word`` with another vowel ending, as Spanish and
        Portuguese inflect: "sovieticos" ~ "sovietica", "finlandes" ~ "finlandia". Only
        long roots: a short one ends many unrelated words."""
        m = _VOWEL_ENDING.fullmatch(word)
        if m is None or len(m.group(1)) < ROMANCE_ROOT_CHARS:
            return set()
        root = m.group(1)
        return {
            w
            for w in self.index.vocab.with_prefix(root, 40)
            if w != word
            and _VOWEL_ENDING.fullmatch(w)
            and w[: len(root)] == root
            and _ENDING.fullmatch(w[len(root) :])
        }

    def _compound(self, word: str) -> tuple[str, str] | None:
        """The two words of the archive that ``word`` joins ("co" + "founder"), the
        longest second part first; None when it is no such pair.

        A word the archive holds as written is split only after a two-letter prefix that
        is no stop word ("co-founder", not "pas" + "sword" for "password" nor "under" +
        "stand" for "understand"): any longer split of a real word is mostly chance."""
        df = self.index.vocab.df
        if len(word) < COMPOUND_MIN_CHARS or not word.isalpha():
            return None
        known = word in df
        for i in range(2, len(word) - COMPOUND_LAST_CHARS + 1):
            if known and i > 2:
                break
            first, last = word[:i], word[i:]
            if i == 2 and first in STOP_WORDS:
                continue
            if first in df and last in df and last not in STOP_WORDS:
                return first, last
        return self._romance_compound(word)

    def _romance_compound(self, word: str) -> tuple[str, str] | None:
        """A Spanish or Portuguese word made of a prefix and a word, as the archive's
        English writes the two ("antirracismo": "anti" + "racism"); an "r" after the
        prefix is doubled in Spanish ("anti-r" is "antirr")."""
        df = self.index.vocab.df
        prefix = next((p for p in ROMANCE_PREFIXES if word.startswith(p)), None)
        if prefix is None or prefix not in df or self._translated(word) or self._cognates(word):
            return None  # a word the archive has in English whole ("prediccion") is no pair
        rest = word[len(prefix) :]
        if rest.startswith("rr"):
            rest = rest[1:]
        if len(rest) < COMPOUND_LAST_CHARS:
            return None
        forms = self._translated(rest) | self._cognates(rest)
        # The shortest is the word, the others its plurals ("racism", "racisms").
        return (prefix, min(forms, key=lambda f: (len(f), f))) if forms else None

    @staticmethod
    def _slips(missing: list[str], forms: dict[str, list[str]], title_words: set[str]) -> set[str]:
        """The ``missing`` terms that one of their ``forms`` is a slip for a title word
        (see :func:`_slip_of`); the cheap tests of length and first letter first."""
        out: set[str] = set()
        if not missing:
            return out
        flat = [(t, f, len(f), f[0]) for t in missing for f in forms[t]]
        for w in title_words:
            size = len(w)
            if size < TITLE_TYPO_MIN_CHARS:
                continue
            for t, f, f_size, first in flat:
                if (
                    t not in out
                    and -1 <= size - f_size <= 1
                    and (w[0] == first or (size == f_size >= 5))
                    and _slip_of(f, w)
                ):
                    out.add(t)
        # A title's word written without its vowels ("AWSM" for "awesome", "PDCST"):
        # the first letter kept, and the consonants after it in order.
        for w in title_words:
            if len(w) >= TITLE_TYPO_MIN_CHARS and w.isalpha() and not _VOWELS.search(w[1:]):
                for t, f, f_size, first in flat:
                    if (
                        t not in out
                        and first == w[0]
                        and f_size > len(w)
                        and first + _VOWELS.sub("", f[1:]) == w
                    ):
                        out.add(t)
        # A slip of the ear: a word that sounds like a title's ("kens alpha hare" for
        # "Ken's Alpha Hair"), said by a member who heard the title, not read it.
        # Two short words sound alike too often by chance ("mine", "moon"): one of the
        # two must be longer.
        sounds = {
            _sound(f): (t, f_size)
            for t, f, f_size, _ in flat
            if t not in out and f_size >= TITLE_TYPO_MIN_CHARS and f.isalpha()
        }
        if sounds:
            for w in title_words:
                if len(w) >= TITLE_TYPO_MIN_CHARS and w.isalpha():
                    t, f_size = sounds.get(_sound(w), ("", 0))
                    if t and max(f_size, len(w)) > TITLE_TYPO_MIN_CHARS and w not in forms[t]:
                        out.add(t)
        return out

    def _fetch_term(
        self, t: str, via: dict[str, frozenset[str]], also: dict[str, frozenset[str]]
    ) -> Term:
        """The full-text term for one word: its forms, or its translations, or both
        (with the same matches and scores for less work: :meth:`Index.lean_term`)."""
        if t in via:
            return self.index.lean_term(Term(tuple(sorted(via[t]))))
        if t in also:
            stem = _stem(t)
            own = (t, stem, stem + "s", stem + "es")
            return self.index.lean_term(Term(tuple(dict.fromkeys(own + tuple(sorted(also[t]))))))
        return self.index.lean_term(_fts_term(t))

    def _may_be_initials(self, word: str) -> bool:
        """Whether a word may spell the initials of a name ("goty", "sbf"): short, all
        letters, and few episodes hold it as it is."""
        return (
            word.isalpha()
            and 3 <= len(word) <= INITIALS_MAX
            and self.index.vocab.df.get(word, 0) <= INITIALS_DF
        )

    def _kin(self, word: str) -> frozenset[str]:
        """The archive's words of the same English root as ``word``: the root after an
        ending of inflection ("visit" of "visiting", "stabb" of "stabbed"), with another
        such ending ("visit", "stabbing"). Only long roots: a short one starts unrelated
        words, but for a root of four letters before "-ing" or "-ed" that is no everyday
        verb ("warn" of "warning": "warns")."""
        kin = self._same_root(word, _INFLECTED, _KIN_ENDINGS)
        m = None if kin else _SHORT_INFLECTED.fullmatch(word)
        if m is None or max(everyday(m[1], ("en",)), everyday(m[1] + "e", ("en",))) >= (
            SHORT_ROOT_MAX_ZIPF
        ):
            # An everyday verb of four letters ("work", "play", "pick") is said in more
            # senses than the asker's, and in many notes: its forms are no evidence.
            return kin
        return self._same_root(word, _SHORT_INFLECTED, _SHORT_KIN_ENDINGS)

    def _derived(self, word: str) -> frozenset[str]:
        """The archive's English words of ``word``'s family: its root with another ending
        of derivation, or a plural of one ("diverse" ~ "diversity", "retire" ~
        "retirements"); remembered per index, a bounded number."""

        def family(word: str) -> frozenset[str]:
            roots = {word} if len(word) >= DERIVED_ROOT_CHARS else set()
            # A verb's inflection is of the family of its root's nouns: "criminalised" ~
            # "criminalisation", "invented" ~ "invention".
            if (m := _INFLECTED.fullmatch(word)) is not None:
                roots.add(m.group(1))
            for ending in _DERIVATION_ENDINGS:
                if word.endswith(ending) and len(word) - len(ending) >= DERIVED_ROOT_CHARS:
                    roots.add(word[: -len(ending)])
            return frozenset(
                w
                for root in roots
                for w in self.index.vocab.with_prefix(root, 40)
                if w != word and w[len(root) :].removesuffix("s") in _DERIVATION_ENDINGS
            )

        return self._memo("_derived_memo", word, family)

    def _memo(self, name: str, word: str, work: Callable[[str], frozenset[str]]) -> frozenset[str]:
        """``work(word)``, remembered in the attribute ``name`` for the current index, a
        bounded number of words."""
        memo = getattr(self, name)
        if memo[0] is not self.index or len(memo[1]) >= COGNATES_MEMO:
            memo = (self.index, {})
            setattr(self, name, memo)
        found = memo[1].get(word)
        if found is None:
            found = memo[1][word] = work(word)
        return found

    def _romance_kin(self, word: str) -> frozenset[str]:
        """The archive's words of the same Spanish or Portuguese root as ``word``: a
        verb's forms and the nouns made of it ("voltando" ~ "volta", "distribuir" ~
        "distribuicao", "explicando" ~ "explicacao")."""
        return self._same_root(word, _ROMANCE_INFLECTED, _ROMANCE_KIN_ENDINGS)

    def _same_root(
        self, word: str, inflected: re.Pattern[str], endings: frozenset[str]
    ) -> frozenset[str]:
        """The archive's words that are ``word``'s root (what ``inflected`` leaves of it
        before an ending) with another of ``endings``."""
        m = inflected.fullmatch(word)
        if m is None:
            return frozenset()
        root = m.group(1)
        return frozenset(
            w
            for w in self.index.vocab.with_prefix(root, 40)
            if w != word and w[len(root) :] in endings
        )

    def _cognates(self, word: str) -> frozenset[str]:
        """The English cognates of a Spanish or Portuguese word (bot/lexicon.py) that the
        archive holds, with their plurals; remembered per index, a bounded number."""

        def held(word: str) -> frozenset[str]:
            df = self.index.vocab.df
            return frozenset(
                form for w in cognates(word) for form in (w, w + "s", w + "es") if form in df
            )

        return self._memo("_cognates_memo", word, held)

    def _translated(self, word: str) -> frozenset[str]:
        """The word's translations (bot/lexicon.py) that the archive holds, in any of
        their plural forms."""
        df = self.index.vocab.df
        found = _translations(word)
        forms = {form for w in found for form in (w, w + "s", w + "es")}
        if word.endswith(_VERB_ENDINGS) and len(word) >= _VERB_MIN_CHARS:
            # A Spanish or Portuguese verb is as often said by an English title's gerund
            # ("presentar": "Introducing your team to Go") or past ("launched").
            forms |= {form for w in found for form in _english_verb_forms(w)}
        return frozenset(form for form in forms if form in df)

    def _to_the_bot(self, parsed: _Parsed) -> bool:
        """Whether the question is said to the bot ("are you a real person", "who made
        you") rather than asked about an episode: addressed to "you", asking for no
        episode ("the one", "anything on", "episodes about"), with no word rare enough to
        single out an episode (each in BOT_COMMON_SHARE of the archive or more). The words
        that address the bot ("bot") and interjections ("omg") are no subject."""
        said = parsed.norm.split()
        # The room is addressed as the bot is: "anyone around", "you guys", "evening all".
        greets_all = len(said) > 1 and said[0] in _GREETINGS and said[1] in EVERYONE
        # Said to the room ("what's everyone eating"), or laughed ("dead in here lol"):
        # small talk in the words of every day, however seldom the archive says them.
        chatting = not (_ROOM.isdisjoint(said) and _LAUGHTER.isdisjoint(said))
        if (
            (_YOU.isdisjoint(said) and not chatting and not greets_all)
            or parsed.topic_cue
            or not _ASKING.isdisjoint(said)
        ):
            return False
        idx = self.index
        common = BOT_COMMON_SHARE * max(idx.count, 1)
        return all(
            idx.vocab.df.get(w, 0) >= common
            or (chatting and everyday(w, ("en",)) >= SMALL_TALK_ZIPF)
            for w in parsed.words
            if w not in _ADDRESSING and w not in _LAUGHTER
        )

    def _title_said_whole(
        self, parsed: _Parsed, ranked: list[tuple[int, float]], tries: int = TITLE_WHOLE_TRIES
    ) -> int | None:
        """The candidate whose title the question says whole, a letter or two astray ("we
        got the cat by the tale", "enuff string to hang yourself"): its small words, which
        the search drops, are said too, and a title said whole is a surer answer than a
        confident one on the words alone ("why can't we be freinds" is no "Friendship").
        The podcast's name and the number that lead a title are not part of what is
        said."""
        if len(parsed.norm) < TITLE_WHOLE_CHARS:
            return None
        idx = self.index
        asked = parsed.norm.split()
        for eid, _ in ranked[:tries]:
            entry = idx.episodes[eid]
            show = idx.feed_title_words(entry.feed_id)
            words = entry.title_norm.split()
            while words and (words[0] in show or words[0].isdigit() or words[0] in _TITLE_LEAD):
                words = words[1:]
            title = " ".join(words)
            # The podcast named before the title ("bombcast e3 2010 day two") is not said
            # of the title either.
            said = asked
            while said and said[0] in show:
                said = said[1:]
            rest = " ".join(said)
            if fuzz.ratio(parsed.norm, title) >= TITLE_WHOLE_RATIO or (
                said is not asked
                and len(rest) >= TITLE_WHOLE_CHARS
                and fuzz.ratio(rest, title) >= TITLE_WHOLE_RATIO
            ):
                return eid
        return None

    async def _title_said_typed(self, parsed: _Parsed, feeds: set[int]) -> int | None:
        """The episode whose title the question says whole with a word mistyped, which the
        search did not fetch: its words are common ("web developement in go"), and the
        rarest of them singled out other episodes. Only a question with a word read as
        another looks, at the titles holding every word as read."""
        if len(parsed.norm) < TITLE_WHOLE_CHARS:
            return None
        read = self.corrected(parsed.words, english=parsed.english)
        df = self.index.vocab.df
        if set(read) <= set(parsed.words) or not all(w in df for w in read):
            return None
        found = await self._title_match([_fts_term(w) for w in read], TITLE_TYPED_TRIES)
        episodes = self.index.episodes
        found = [e for e in found if not feeds or episodes[e].feed_id in feeds]
        return self._title_said_whole(parsed, [(e, 0.0) for e in found], len(found))

    def _title_near(self, parsed: _Parsed, feeds: set[int]) -> int | None:
        """The episode whose whole title the question is, a letter or a space astray
        ("it is go tme", "go is for every one"), of the titles that open as the question
        does (a slip is seldom in the first letters); the same numbers in both. None when
        the newest is asked for ("the latest episode" says no title) or when a title is
        said exactly."""
        norm = parsed.norm
        if parsed.latest or len(norm) < TITLE_WHOLE_CHARS:
            return None
        titles = self.index.sorted_titles
        table = self.index.episodes
        prefix = norm[:TITLE_NEAR_PREFIX]
        numbers = sorted(_DIGITS.findall(norm))
        # A ratio of at least r (2m / (a + b), m matched) needs the shorter at least
        # r / (2 - r) of the longer's length.
        share = TITLE_NEAR_RATIO / (200 - TITLE_NEAR_RATIO)
        low, high = len(norm) * share, len(norm) / share
        start = bisect.bisect_left(titles, (prefix,))
        best: tuple[float, int] | None = None
        for at in range(start, min(len(titles), start + TITLE_NEAR_TRIES)):
            title, eid = titles[at]
            if not title.startswith(prefix):
                break
            if not low <= len(title) <= high or (feeds and table[eid].feed_id not in feeds):
                continue
            if title == norm:
                # A title said exactly is the search's: it answers it first and the other
                # episodes whose titles hold its words after it.
                return None
            ratio = fuzz.ratio(norm, title, score_cutoff=TITLE_NEAR_RATIO)
            if (
                ratio
                and (best is None or ratio > best[0])
                and sorted(_DIGITS.findall(title)) == numbers
            ):
                best = (ratio, eid)
        return best[1] if best else None

    def _title_exactly(self, norm: str, feeds: set[int]) -> int | None:
        """The newest episode (of ``feeds``, when named) whose folded title is the
        question's, word for word."""
        if len(norm) < TITLE_WHOLE_CHARS:
            return None
        titles = self.index.sorted_titles
        start = bisect.bisect_left(titles, (norm,))
        same = [eid for title, eid in titles[start : start + TITLE_EXACT_TRIES] if title == norm]
        table = self.index.episodes
        same = [e for e in same if not feeds or table[e].feed_id in feeds]
        return min(same, key=self.index.order.__getitem__) if same else None

    async def _a_title_said(self, parsed: _Parsed) -> bool:
        """Whether the question is an episode's title, near enough, however it reads: "a
        file system if u can keep it" is a title, not a question to the bot."""
        ranked = await self.search(parsed.words, limit=1, english=parsed.english)
        if not ranked or ranked[0][1] < THRESHOLD:
            return False
        title = self.index.episodes[ranked[0][0]].title_norm
        return fuzz.token_set_ratio(parsed.norm, title) >= TITLE_SAID

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
        show = idx.feed_title_words(entry.feed_id)
        title = entry.title_norm.split()
        content = [
            w
            for w in title
            if len(w) > 1 and not w.isdigit() and w not in STOP_WORDS and w not in show
        ] or title
        named = sum(w in asked or w in weights for w in content) / max(len(content), 1)
        return -round(named, 2)

    async def _candidate_words(
        self,
        ids: list[int],
        chars: int = CANDIDATE_TEXT_CHARS,
        texts: dict[int, str] | None = None,
        *,
        pairs: bool = False,
    ) -> dict[int, set[str]]:
        """Each episode's words (title, people, topics, the start of the notes: ``texts``
        when they were read with the episodes); with ``pairs``, also each number with the
        word before it ("deno 2")."""
        # The start of long show notes is enough: the rest is links, sponsors, timestamps.
        if texts is None:
            texts = await self.store.indexed_texts(ids, chars)
        out = {}
        for eid, text in texts.items():
            # The same words as _WORD finds in the folded text; an ASCII text (nearly all)
            # is split at what is not a letter or digit, twice as fast as the pattern.
            said = normalized_words(text) if text.isascii() else _WORD.findall(fold(text))
            out[eid] = set(said) | _number_pairs(said) if pairs else set(said)
        return out

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
            return list(idx.latest[:limit])
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


def _negated(value: float) -> float:
    return -value
