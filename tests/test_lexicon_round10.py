# ruff: noqa: F811 - pytest passes the fixtures imported below in by name
"""Issue 11, round 10: the lexicon (bot/lexicon.py) holds everyday words, one meaning a
line, and no Spanish or Portuguese form that is a common English word of another meaning.

The English oracle is the real English feeds' own notes: a word they write in lower case
(not a name) at least ENGLISH_MIN times, and more often than the Spanish and Portuguese
feeds write it at all, is English, and may stand on a line only as its English word.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import cache

from bot.answer import Answerer
from bot.feeds import parse_feed
from bot.lexicon import groups, place_words, translations
from bot.question_words import STOP_WORDS
from bot.text import fold, normalize
from bot.topics import DEFAULT_PATH, TopicCatalog

# The answerer over all the real feeds, shared with test_answer.
from tests.conftest import FEEDS_DIR, needs_feeds
from tests.test_answer import all_db, everything  # noqa: F401

ENGLISH_MIN = 3
_WORD = re.compile(r"[^\W\d_]+")

# Words the rule must always refuse, whatever the feeds say: English words of another
# meaning that are also Spanish or Portuguese words.
FALSE_FRIENDS = {"red", "tempo", "real", "pie", "once", "sale", "come", "done", "pasta", "actual"}

# Forms the oracle calls English that stand on their line knowingly: the same word with
# the same meaning in both languages, or an English use too rare to matter.
SAME_MEANING = {
    "professor": "the Portuguese and English word for the same teacher",
    "civil": "civilian, in both languages",
    "site": "a website, in Portuguese as in English",
    "auto": "a car, in Spanish as in English",
    "droga": "only in Spanish quotations in English notes",
    "robo": "only in 'robo' compounds in English notes (robocall)",
    "alma": "only in 'alma mater' in English notes",
    "reunion": "the everyday Spanish 'meeting'; rare in English notes",
    # English synonyms, on their meaning's line on purpose (round 10).
    "kid": "child, in everyday English",
    "kids": "children, in everyday English",
    "vanish": "disappear, in English",
    "mum": "mother, in British English",
    "grandpa": "grandfather, in English",
    "grandma": "grandmother, in English",
    "granny": "grandmother, in English",
    "tv": "television, in English",
    "film": "a movie, in English",
    # Shorthand English writes for the word (round 15).
    "docs": "documentation, in English",
    "repo": "a repository, in English",
}

# Words on two lines of different meanings, on purpose: one word, two senses, each of
# which a question may mean ("historia": history and story).
HOMONYMS = {
    "arma", "carcel", "politica", "mundial", "economia", "nino", "mae", "padre", "pai",
    "historia", "escritor", "escritora", "pelicula", "filme", "enfermedad", "doenca",
    "clima", "tierra", "terra", "cidade", "papa", "barco", "1", "2", "3", "grande", "prueba",
    "cielo", "ceu", "tiempo", "robo", "pueblo", "casa", "viaje", "viagem", "sueno", "futbol",
    "futebol", "carrera", "imagen", "imagem", "casamento", "avo", "matematicas", "matematica",
    "vivo",
    # Round 28: work and a job; a problem and trouble; a siege and a (web) site.
    "trabajo", "trabalho", "problema", "sitio",
    # Round 36: a critic (or criticism) and "criticizes".
    "critica",
    # Round 39: a poll and a survey.
    "encuesta",
}  # fmt: skip


@cache
def _feed_words() -> tuple[Counter[str], Counter[str]]:
    """Lower-case words of the English feeds' notes, and all words of the Spanish and
    Portuguese feeds' notes, folded, with their counts."""
    english: Counter[str] = Counter()
    romance: Counter[str] = Counter()
    for path in sorted(FEEDS_DIR.glob("*.xml")):
        feed = parse_feed(path.read_bytes())
        language = (feed.language or "").lower()[:2]
        for e in feed.episodes:
            for token in _WORD.findall(f"{e.title} {e.description}"):
                if language == "en" and token.islower():
                    english[fold(token)] += 1
                elif language in ("es", "pt"):
                    romance[fold(token).lower()] += 1
    return english, romance


def _is_english(word: str) -> bool:
    english, romance = _feed_words()
    return english[word] >= ENGLISH_MIN and english[word] > romance[word]


def test_every_word_is_folded_and_written_once_a_line() -> None:
    for line in groups():
        assert len(line) >= 2, line
        assert len(set(line)) == len(line), line
        for word in line:
            assert word == normalize(word) == fold(word).lower(), (line, word)
            assert word.isalnum(), (line, word)


def test_a_word_on_two_lines_is_a_known_homonym() -> None:
    meanings: dict[str, set[str]] = {}
    for line in groups():
        for word in line:
            meanings.setdefault(word, set()).add(line[0])
    shared = {w for w, heads in meanings.items() if len(heads) > 1}
    assert shared <= HOMONYMS, sorted(shared - HOMONYMS)


# Stop words on lines written before round 10: numbers ("uno", "dos"), and words that are
# a stop word in one language only ("son", "sea").
STOP_WORDS_KEPT = {"son", "sea", "one", "uno", "um", "dos", "interview", "entrevista", "buscar"}
STOP_WORDS_KEPT |= {"find", "hablar"}
# "capítulo" is an episode in a Spanish question (round 38), as "entrevista" is an
# interview; "chapter" in an English one still finds the Spanish titles that say it.
STOP_WORDS_KEPT |= {"capitulo"}


def test_no_word_of_conversation_is_a_translation() -> None:
    # A stop word is conversation in a question ("cuenta", "conto": tells); as a
    # translation it would be a word the answer must find.
    said = {w for line in groups() for w in line if w in STOP_WORDS}
    assert said <= STOP_WORDS_KEPT, sorted(said - STOP_WORDS_KEPT)


def test_no_false_friend_stands_for_another_language() -> None:
    for line in groups():
        assert FALSE_FRIENDS.isdisjoint(line[1:]), line


@needs_feeds
def test_no_other_language_form_is_a_common_english_word() -> None:
    english, _ = _feed_words()
    assert english["the"] > 10_000 and english["disappearing"]  # the oracle read the notes
    offenders = [
        (line[0], w)
        for line in groups()
        for w in line[1:]
        if not w.isdigit() and w not in SAME_MEANING and _is_english(w)
    ]
    assert not offenders, offenders
    # The oracle knows the false friends the module names.
    assert {w for w in ("once", "real", "red", "sale", "come") if _is_english(w)} == {
        "once",
        "real",
        "red",
        "sale",
        "come",
    }


@needs_feeds
def test_an_english_plural_is_never_read_as_a_spanish_one() -> None:
    # The Spanish and Portuguese plurals the stemmer leaves unlike their singular are
    # found by it...
    assert "song" in translations("canciones")
    assert "voice" in translations("voces")
    assert "mattress" in translations("colchoes")
    assert "newspaper" in translations("jornais")
    assert "city" in translations("ciudades")
    # ...and no English word of the English feeds is taken for one ("sales" is no
    # plural of "sal", salt; "planes" none of "plan").
    english, _ = _feed_words()
    table_words = {w for line in groups() for w in line}
    misread = sorted(
        w for w in english if w not in table_words and w[:-1] not in table_words and translations(w)
    )
    assert not misread, misread
    assert not translations("sales") and "venta" in translations("sale")
    assert not translations("wares") and "avion" in translations("plane")


def test_places_of_the_topic_catalogue_are_not_written_twice() -> None:
    # The catalogue owns its places and their names in other languages ("Brasil",
    # "México"); a word of a longer name ("Port of Spain") is no place of its own.
    catalogue = {
        normalize(alias)
        for topic in TopicCatalog.load(DEFAULT_PATH).topics
        for alias in (topic.name, *topic.aliases, *topic.question_only)
    }
    assert place_words() and place_words().isdisjoint(catalogue), sorted(place_words() & catalogue)
    assert translations("ucrania") == {"ukraine"} and "london" in translations("londres")


@needs_feeds
async def test_spanish_and_portuguese_questions_find_english_episodes(
    everything: Answerer,
) -> None:
    # Spanish: "colchones" (a plural found by its singular, "colchon") is "mattresses".
    answer = await everything.ask("how i built this sobre colchones")
    assert answer.episodes and answer.episodes[0].title.startswith("Casper"), answer.episodes[:1]
    # Portuguese: "moradia" is "housing".
    answer = await everything.ask("today in focus sobre a crise da moradia")
    assert answer.episodes, answer.message
    assert answer.episodes[0].title == "How right to buy fuelled the UK housing crisis"
    # Spanish adjectives, listed in both genders ("cuántica").
    answer = await everything.ask("talk python sobre computación cuántica")
    assert answer.episodes and answer.episodes[0].title.startswith("#158: Quantum Computing")
