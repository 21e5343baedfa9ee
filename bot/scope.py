"""What narrows a question before its words are searched: a podcast's name, an episode
number, or no question at all (a greeting, thanks).

Pure functions over folded text (``bot.text.normalize``); the answer index calls them.
"""

from __future__ import annotations

import datetime
import itertools
import re
from collections.abc import Iterable

from bot.question_words import STOP_WORDS
from bot.text import normalize

# Words that end a feed title's short form: "Making Sense with Sam Harris" -> "making
# sense", "Go Time: Golang, ..." -> "go time", "Lex Fridman Podcast" -> "lex fridman".
_TITLE_CUT = re.compile(r"\s*(?:[:|(\[–—]|\s-\s|\bwith\b|\bcon\b|\bfeat\b).*$", re.IGNORECASE)
_TRAILING = {"podcast", "the podcast", "show", "radio show", "pod", "en espanol"}
# A language's name in a podcast's title ("Tom Segura En Español") names the language the
# question asks in or for ("algo en español sobre Venezuela"), not the podcast.
LANGUAGE_NAMES = frozenset(
    "english ingles espanol castellano portugues deutsch aleman alemao francais frances "
    "italiano".split()
)
_LEADING = ("the ",)
# An author entry that is an organisation, not the host.
_ORG_WORDS = frozenset(
    "llc inc ltd media studios studio team network radio press company corp group wondery "
    "npr guardian bomb deutsche welle productions podcasts".split()
)
_ORG_SUFFIXES = frozenset(
    "llc inc ltd media studios studio team network press company corp".split()
)
_AUTHOR_SPLIT = re.compile(r"\s*(?:[|,&/;]|\band\b|\by\b)\s*")
_HANDLE = re.compile(r"\([^)]*\)|@\S+")
# An author written as a web address ("DW.COM", "Relay.fm"): the site's name.
_DOMAIN = re.compile(r"^\s*(?:www\.)?([a-z0-9-]+)\.(?:com|org|net|fm|tv|de|es|br|co)\s*$", re.I)

# A greeting, thanks or goodbye that opens or closes a question is said to the bot, not
# searched: "thanks! anything on Venezuela?" asks about Venezuela.
SALUTATIONS = frozenset(
    """
    hi hello hey heya hiya howdy thanks thank thx ty tysm bye goodbye cya hola gracias
    saludos chao adios oi ola obrigado obrigada valeu tchau danke hallo merci bonjour salut
    ciao grazie mornin evenin gm ta moin servus
    """.split()
)

# Chat slang, reactions and catch-ups ("brb", "jajaja", "oi sumido"): small talk by
# themselves, each enough to make a question small talk.
_SLANG = frozenset(
    """
    brb afk np nvm nevermind congrats congratulations rofl lmfao xd jaja jajaja jeje kkkk
    rsrs salve eae eai sumido sumida bruh anytime kk
    """.split()
)
# Greetings, thanks and small talk: every word of the question is one of these.
CHITCHAT = _SLANG | frozenset(
    """
    hi hello hey heya hiya yo sup howdy greetings morning evening afternoon night good
    thanks thank thx ty tysm cheers appreciated appreciate great awesome cool nice ok okay
    lol lmao haha hehe bye goodbye see later cya welcome there all everyone guys folks bot
    you u how are doing going well fine test testing ping hola buenas buenos dias tardes
    noches gracias muchas saludos whats what up wassup chao adios que tal como estas
    muy bien vale perfecto
    oi ola obrigado obrigada tchau danke hallo merci bonjour salut ciao grazie much so very
    really again nice it is this that a the to for and
    gente pessoal chicos tudo bem beleza vai hasta luego pronto today tonight valeu
    mornin evenin gm
    bom boa noite tarde noches love perfect server channel community discord thats
    ta gg buen dia got wrong sorry legal
    chat yall fam peeps gang crew bad worked works yep yeah yup nope sure kk same agreed exactly
    worries back 123 amigo amiga amigos amigas anyone anybody home beans work moin servus
    galera goodnight gnight nite gn
    """.split()
)
# Interjections: a reaction, not a subject ("omg", "wow"). Beside words said to the bot
# they ask for nothing ("wow you're quick").
INTERJECTIONS = frozenset(
    """
    omg wow lol lmao haha hehe wtf hmm hmmm yay whoa woah oh ah ahh ugh damn dang gosh
    jeez oops ooh nice cool neat sweet welp
    """.split()
)
CHITCHAT = CHITCHAT | INTERJECTIONS
# A word that makes a question small talk: a salutation, or one of these.
_CHITCHAT_NEEDS = (
    SALUTATIONS
    | _SLANG
    | frozenset(
        """
    yo sup greetings morning evening afternoon cheers appreciated appreciate lol lmao haha
    hehe ok okay cool nice awesome great test testing ping buenas buenos omg wow wtf hmm
    hmmm yay whoa woah oops noite noches perfect gg buen sorry welp goodnight gnight gn
    """.split()
    )
)

# "episode 370", "#203", "ep. 12", "episodio 40", "no. 7", "s2e5", "season 2 episode 5".
_SEASON_EP = re.compile(
    r"\b(?:s|season|temporada)\s*(\d{1,3})\s*(?:e|ep|episode|episodio|x)\s*(\d{1,4})\b"
)
_EP_NUMBER = re.compile(
    r"(?:\b(?:episode|episodio|ep|eps|epi|no|number|numbered|numero|numerado|numerada|nr|cap|capitulo|chapter|entrega)\.?\s*"
    r"(?:number|numero|no|nr)?\.?\s*"
    r"|#\s*)(\d{1,4})\b"
)
# A number a title gives itself: "#370 – Edward Frenkel", "370: OpenBB", "Episode 12: ...".
_TITLE_NUMBER = re.compile(
    r"^\s*(?:#|no\.?\s*|episode\s+|episodio\s+|ep\.?\s*)?(\d{1,4})\s*[:.–—|]|"
    r"#(\d{1,4})\b|\b(?:episode|episodio|ep\.|cap[ií]tulo|chapter)\s*#?(\d{1,4})\b",
    re.IGNORECASE,
)


def without_salutations(words: list[str]) -> list[str]:
    """The question's words without the greetings and thanks that open or close it
    (when anything is left)."""
    # Stop words around them ("hey there", "thank you") go with them. A greeting opens
    # the question only as its first word: in "episodes about hello world" or "any
    # episode on hey jude" it is a subject.
    said = [w in SALUTATIONS or w in STOP_WORDS for w in words]
    if all(said):
        return words
    start, end = 0, len(words)
    while said[end - 1]:
        end -= 1
    opening = words[0] in SALUTATIONS
    introduced = _introduction_end(words)
    if not opening and not introduced and not any(w in SALUTATIONS for w in words[end:]):
        return words
    while True:
        # "hi, first time posting, anything on cuba?": a greeting and an introduction.
        while opening and start < end and said[start]:
            start += 1
        skip = _introduction_end(words[start:end])
        if not skip or start + skip >= end:
            break
        start += skip
        opening = True
    return words[start:end]


# How a newcomer introduces a question ("first time posting", "long time listener"):
# small talk when it opens one.
_INTRODUCTIONS = frozenset(
    tuple(p.split())
    for p in """
    first time posting|first time poster|first post|first time here|long time listener|
    longtime listener|new here|just joined
    """.replace("\n", " ").split("|")
)


def _introduction_end(words: list[str]) -> int:
    """How many words an introduction that opens ``words`` takes (0: none opens them)."""
    for size in (3, 2):
        if tuple(words[:size]) in _INTRODUCTIONS:
            return size
    return 0


# The language tag (ISO 639-1, as feeds write it: "es", "pt-BR") each language's name
# stands for.
_LANGUAGE_CODES = {
    **dict.fromkeys(("english", "ingles"), "en"),
    **dict.fromkeys(("spanish", "espanol", "castellano"), "es"),
    **dict.fromkeys(("portuguese", "portugues"), "pt"),
    **dict.fromkeys(("german", "deutsch", "aleman", "alemao"), "de"),
    **dict.fromkeys(("french", "francais", "frances"), "fr"),
    **dict.fromkeys(("italian", "italiano"), "it"),
}
# "in spanish", "en español", "em português", "auf deutsch": the language an answer is
# wanted in, not a word to search for.
_LANGUAGE_WORDS = frozenset(_LANGUAGE_CODES)


# What may follow a language asked for: the question's end, or what it is about.
_AFTER_LANGUAGE = frozenset("about on sobre de do da por please pls plz".split())


def language_request(words: list[str]) -> set[int]:
    """The places of the words that ask for a language ("anything in spanish on
    Venezuela"); a language before a noun is the subject's ("racism in english
    football")."""
    return {
        at
        for i, (a, b) in enumerate(itertools.pairwise(words))
        if a in ("in", "en", "em", "auf")
        and b in _LANGUAGE_WORDS
        and (i + 2 == len(words) or words[i + 2] in _AFTER_LANGUAGE)
        for at in (i, i + 1)
    }


def requested_languages(words: list[str], places: set[int] | None = None) -> frozenset[str]:
    """The language tags a question asks its answers in ("anything in spanish on
    Venezuela": "es"); ``places``: :func:`language_request` of the words, when known."""
    if places is None:
        places = language_request(words)
    return frozenset(_LANGUAGE_CODES[words[at]] for at in places if words[at] in _LANGUAGE_CODES)


def speaks(tag: str | None, languages: frozenset[str]) -> bool:
    """Whether a stored language tag ("pt-BR", "es") is one of ``languages``."""
    return bool(tag) and tag.lower().replace("_", "-").split("-")[0] in languages


# Where the bot is: "server" is said to in small talk only beside another word of it.
_PLACES = frozenset(("server", "community", "channel", "discord")) | STOP_WORDS

# "night all", "morning everyone": a time of day said to everyone is a greeting too.
EVERYONE = frozenset("all everyone everybody folks guys gente pessoal".split())

# "good morning", "good night": a greeting of the time of day, as "hello" is.
_TIMES_OF_DAY = frozenset("morning afternoon evening night day".split())


# Sayings of chat made of words that are each a subject elsewhere ("no way", "makes
# sense", "take care"): said whole, and nothing else, they ask for nothing.
_CHAT_PHRASES = frozenset(
    tuple(phrase.split())
    for phrase in """
    no way|fr fr|for real|sounds good|makes sense|got it|fair enough|all good|no worries|
    no problem|sure thing|peace out|take care|wait what|new here|just joined|
    glad to be here|have a good one|so true|lets go|let s go|a lot|that s wild|e ai|
    tudo bem|que tal todo|que tal|que tal banda|hola banda|shoutout to the mods|
    shout out to the mods|shoutout to the admins|thanks mods|ty mods|de nada|you re welcome|
    will do|on it|stay safe|see ya|see you|
    love it|what a time to be alive|merry christmas|happy new year|happy holidays|
    feliz navidad|feliz ano nuevo|feliz natal|feliz ano novo|happy friday|happy monday|
    happy weekend|good weekend|buen finde|bom fim de semana|de nuevo|otra vez|de novo|
    outra vez|sweet dreams|night night|por ai|por aqui|first time posting|first time poster|
    first post|first time here|long time listener|longtime listener|wanted to say|
    what d i miss|what did i miss|did i miss anything|new folks|new people|newcomers|
    new members|new faces
    """.replace("\n", " ").split("|")
)
_CHAT_PHRASE_WORDS = max(len(p) for p in _CHAT_PHRASES)


def _without_chat_phrases(words: list[str]) -> tuple[list[str], bool]:
    """The words less the sayings of chat among them, and whether there was one."""
    out: list[str] = []
    found = False
    at = 0
    while at < len(words):
        for size in range(min(_CHAT_PHRASE_WORDS, len(words) - at), 1, -1):
            if tuple(words[at : at + size]) in _CHAT_PHRASES:
                at += size
                found = True
                break
        else:
            out.append(words[at])
            at += 1
    return out, found


def is_chitchat(words: list[str]) -> bool:
    """Whether the question's words (all of them, folded) are only a greeting, thanks or
    a goodbye. Beside the greeting itself, only small talk and stop words: "that's all
    for now, bye" asks for nothing, where "bye, anything on Cuba?" names a subject."""
    words, said = _without_chat_phrases(words)
    if said and all(w in CHITCHAT or w in STOP_WORDS for w in words):
        return True
    greeted = any(
        (a == "good" and b in _TIMES_OF_DAY)
        or (a in _TIMES_OF_DAY and b in EVERYONE)
        or (a == "my" and b == "bad")  # an apology, where "the bad guys" is a film
        or (a in ("s", "whats") and b == "up" and words[0] in ("what", "whats"))  # "what's up"
        for a, b in itertools.pairwise(words)
    )
    return (
        bool(words)
        and all(w in CHITCHAT or w in STOP_WORDS or (greeted and w in _TIMES_OF_DAY) for w in words)
        and (
            greeted
            or any(w in _CHITCHAT_NEEDS or w == "bot" for w in words)
            # "love this server", "great server": the server alone is a subject.
            or ("server" in words and any(w in CHITCHAT and w not in _PLACES for w in words))
        )
    )


def title_forms(title: str) -> set[str]:
    """The names a feed is called by: its folded title and the title's leading name."""
    forms = set()
    full = normalize(title)
    if full:
        forms.add(full)
    short = normalize(_TITLE_CUT.sub("", title))
    for lead in _LEADING:
        if short.startswith(lead):
            short = short[len(lead) :]
    changed = True
    while changed:
        changed = False
        for tail in _TRAILING:
            if short.endswith(" " + tail):
                short = short[: -len(tail) - 1]
                changed = True
    if short:
        forms.add(short)
    # "Talk Python To Me" is "Talk Python": the first two words of a longer title, when
    # neither is a small word.
    words = short.split()
    if len(words) >= 3 and all(len(w) >= 3 for w in words[:2]):
        forms.add(" ".join(words[:2]))
        forms.add("".join(words[:2]))  # "talkpython"
        # "se radio" for "software engineering radio"
        forms.add("".join(w[0] for w in words[:-1]) + " " + words[-1])
    if len(words) == 2:
        forms.add("".join(words))
    if len(words) >= 4:
        forms.add("".join(w[0] for w in words))  # "hibt"
    return forms


def title_initials(title: str) -> str | None:
    """The initials of a three-word title's leading name ("tif" for "Today in Focus"):
    a name only where the archive has no such word (see the index)."""
    words = normalize(_TITLE_CUT.sub("", title)).split()
    if len(words) == 3 and words[0] not in ("the", "a", "an"):
        return "".join(w[0] for w in words)
    return None


def author_forms(author: str | None) -> set[str]:
    """Names an organisation author gives its feed: "SE-Radio Team" -> "se radio"."""
    forms = set()
    for part in _AUTHOR_SPLIT.split(_HANDLE.sub(" ", author or "")):
        words = [w for w in normalize(part).split() if w not in _ORG_SUFFIXES]
        if words and len(words) <= 3:
            forms.add(" ".join(words))
    return forms


def domain_name(author: str | None) -> str | None:
    """The site name of an author part written as a web address ("DW.COM | Deutsche
    Welle" -> "dw"): listeners call the podcast by it ("the dw slow news")."""
    for part in _AUTHOR_SPLIT.split(author or ""):
        found = _DOMAIN.match(part)
        if found:
            return normalize(found.group(1)) or None
    return None


def host_names(author: str | None) -> list[str]:
    """People named as a feed's author ("Guy Raz | Wondery" -> ["guy raz"]), folded."""
    if not author:
        return []
    names = []
    for part in _AUTHOR_SPLIT.split(_HANDLE.sub(" ", author)):
        words = normalize(part).split()
        if 2 <= len(words) <= 3 and not _ORG_WORDS.intersection(words):
            names.append(" ".join(words))
    return names


def find_spans(norm_words: list[str], forms: Iterable[str], longest: int) -> list[tuple[int, int]]:
    """Where the phrases ``forms`` (a set of folded phrases) occur in the words, longest
    first, not overlapping: (start, end) spans."""
    forms_set = forms if isinstance(forms, set | frozenset | dict) else set(forms)
    spans: list[tuple[int, int]] = []
    taken = [False] * len(norm_words)
    for size in range(min(longest, len(norm_words)), 0, -1):
        for start in range(len(norm_words) - size + 1):
            if any(taken[start : start + size]):
                continue
            if " ".join(norm_words[start : start + size]) in forms_set:
                spans.append((start, start + size))
                for i in range(start, start + size):
                    taken[i] = True
    return sorted(spans)


# Numbers written as words, in English, Spanish and Portuguese ("episode fifty six",
# "episodio doce", "capitulo trinta e dois"): their values.
_NUMBER_WORDS = {
    word: value
    for value, words in (
        (0, "zero cero"),
        (1, "one uno um uma una"),
        (2, "two dos dois duas"),
        (3, "three tres"),
        (4, "four cuatro quatro"),
        (5, "five cinco"),
        (6, "six seis"),
        (7, "seven siete sete"),
        (8, "eight ocho oito"),
        (9, "nine nueve nove"),
        (10, "ten diez dez"),
        (11, "eleven once onze"),
        (12, "twelve doce doze"),
        (13, "thirteen trece treze"),
        (14, "fourteen catorce catorze quatorze"),
        (15, "fifteen quince quinze"),
        (16, "sixteen dieciseis dezesseis"),
        (17, "seventeen diecisiete dezessete"),
        (18, "eighteen dieciocho dezoito"),
        (19, "nineteen diecinueve dezenove"),
        (20, "twenty veinte vinte"),
        (21, "veintiuno veintiun"),
        (22, "veintidos"),
        (23, "veintitres"),
        (24, "veinticuatro"),
        (25, "veinticinco"),
        (26, "veintiseis"),
        (27, "veintisiete"),
        (28, "veintiocho"),
        (29, "veintinueve"),
        (30, "thirty treinta trinta"),
        (40, "forty cuarenta quarenta"),
        (50, "fifty cincuenta cinquenta"),
        (60, "sixty sesenta sessenta"),
        (70, "seventy setenta"),
        (80, "eighty ochenta oitenta"),
        (90, "ninety noventa"),
        (100, "cien ciento cem cento"),
        (200, "doscientos duzentos"),
        (300, "trescientos trezentos"),
        (400, "cuatrocientos quatrocentos"),
        (500, "quinientos quinhentos"),
        (600, "seiscientos seiscentos"),
        (700, "setecientos setecentos"),
        (800, "ochocientos oitocentos"),
        (900, "novecientos novecentos"),
    )
    for word in words.split()
}
_SCALES = {"hundred": 100, "thousand": 1000, "mil": 1000}
# Number words that are articles too ("um episodio dos hipsters"): a number only alone
# ("capitulo dos") or after "e"/"y" inside one ("trinta e um", "treinta y dos").
NUMBER_ARTICLES = frozenset("um uma una dos".split())
_NUMBER_WORD = "|".join(sorted([*_NUMBER_WORDS, *_SCALES], key=len, reverse=True))
# A number in words right after an episode's cue ("no one" is nobody: "no" is no cue here).
_EP_NUMBER_WORDS = re.compile(
    r"\b(?:episode|episodio|ep|epi|capitulo|chapter|entrega)\.?\s+(?:(?:number|numero)\s+)?"
    rf"((?:{_NUMBER_WORD})(?:(?:\s+|-)(?:(?:and|y|e)\s+)?(?:{_NUMBER_WORD}))*)\b"
    # "episode one of the founders" is one of them, not episode 1.
    r"(?!\s+of\b)"
)


# What may follow each part of a number in words: "fifty six", "one hundred and five",
# not "six fifty" nor "twenty twelve".
_NUMBER_NEXT = {
    "": {"unit", "tens", "hundreds"},
    "unit": set(),
    "tens": {"digit"},
    "hundreds": {"unit", "tens"},
    "thousands": {"unit", "tens", "hundreds"},
    "and": {"unit", "tens"},
}


def _number_from_words(text: str) -> int | None:
    """The value of a number in words ("three hundred" 300, "fifty six" 56, "trinta e
    dois" 32), or None for words that are no one number: "one and two" is two numbers,
    "nineteen eighty four" a year."""
    total = current = 0
    last = ""  # the previous part: "", "unit", "tens", "hundreds", "thousands", "and"
    words = re.split(r"[\s-]+", text)
    for word in words:
        if word in NUMBER_ARTICLES and last != "and" and len(words) > 1:
            return None
        if word in ("and", "y", "e"):
            if last not in ("tens", "hundreds", "thousands"):
                return None
            last = "and"
        elif word in _SCALES:
            if last not in ("unit", "tens") and not (last == "" or current == 0):
                return None
            if word == "hundred":
                if current >= 100:
                    return None
                current, last = max(current, 1) * 100, "hundreds"
            else:
                total, current, last = total + max(current, 1) * _SCALES[word], 0, "thousands"
        else:
            value = _NUMBER_WORDS[word]
            kind = (
                "hundreds"
                if value >= 100
                else "tens"
                if value >= 20 and value % 10 == 0
                else "unit"
            )
            step = "digit" if kind == "unit" and value < 10 else kind
            if kind not in _NUMBER_NEXT[last] and step not in _NUMBER_NEXT[last]:
                return None
            current += value
            last = kind
    return None if last == "and" else total + current


# Ordinals in words, as the number they are ("twenty-first": "twenty one").
_ORDINAL_WORDS = {
    "first": "one", "second": "two", "third": "three", "fourth": "four", "fifth": "five",
    "sixth": "six", "seventh": "seven", "eighth": "eight", "ninth": "nine", "tenth": "ten",
    "eleventh": "eleven", "twelfth": "twelve", "thirteenth": "thirteen",
    "fourteenth": "fourteen", "fifteenth": "fifteen", "sixteenth": "sixteen",
    "seventeenth": "seventeen", "eighteenth": "eighteen", "nineteenth": "nineteen",
    "twentieth": "twenty", "thirtieth": "thirty", "fortieth": "forty", "fiftieth": "fifty",
    "sixtieth": "sixty", "seventieth": "seventy", "eightieth": "eighty",
    "ninetieth": "ninety", "hundredth": "hundred",
    # Spanish and Portuguese, in both genders: "el cuarto capítulo", "a terceira parte".
    "primero": "one", "primer": "one", "primera": "one", "primeiro": "one", "primeira": "one",
    "segundo": "two", "segunda": "two", "tercero": "three", "tercer": "three",
    "tercera": "three", "terceiro": "three", "terceira": "three", "cuarto": "four",
    "cuarta": "four", "quarto": "four", "quarta": "four", "quinto": "five", "quinta": "five",
    "sexto": "six", "sexta": "six", "septimo": "seven", "septima": "seven",
    "setimo": "seven", "setima": "seven", "octavo": "eight", "octava": "eight",
    "oitavo": "eight", "oitava": "eight", "noveno": "nine", "novena": "nine", "nono": "nine",
    "nona": "nine", "decimo": "ten", "decima": "ten",
}  # fmt: skip


# An ordinal in digits: "5th", "2nd".
_DIGIT_ORDINAL = re.compile(r"(\d{1,4})(?:st|nd|rd|th)")


def ordinal(word: str) -> int | None:
    """The number an ordinal says ("fifth", "quinta", "5th"); None for any other word."""
    if word in _ORDINAL_WORDS:
        return spoken_number([word])
    found = _DIGIT_ORDINAL.fullmatch(word)
    return int(found.group(1)) if found else None


def spoken_number(words: list[str]) -> int | None:
    """The number some words say, the way people say episode numbers: "two hundred",
    "twenty-first" (21), "one twenty five" (125: the hundreds as a digit, then the rest);
    None when they are not all one number."""
    if not words:
        return None
    words = [*words[:-1], _ORDINAL_WORDS.get(words[-1], words[-1])]
    if not all(w in _NUMBER_WORDS or w in _SCALES or w in ("and", "y", "e") for w in words):
        return None
    value = _number_from_words(" ".join(words))
    if value is not None:
        return value
    head = _NUMBER_WORDS.get(words[0])
    rest = _number_from_words(" ".join(words[1:])) if len(words) > 1 else None
    if head is not None and 1 <= head <= 9 and rest is not None and 10 <= rest <= 99:
        return head * 100 + rest
    return None


def question_number(folded: str) -> tuple[int | None, int, str] | None:
    """An episode number asked for: (season or None, number, the matched text)."""
    m = _SEASON_EP.search(folded)
    if m:
        return int(m.group(1)), int(m.group(2)), m.group(0)
    m = _EP_NUMBER.search(folded)
    if m:
        return None, int(m.group(1)), m.group(0)
    m = _EP_NUMBER_WORDS.search(folded)
    if m:
        value = _number_from_words(m.group(1))
        if value is not None:
            return None, value, m.group(0)
    return None


# Several episodes asked for by number: a range ("no agenda shows 1380 through 1383",
# "from fifty to fifty-two", "episodios del 3 al 5") or a list after a plural cue ("eps 9
# and 12", "#100 and #101"). A number is digits or words without "and" in it ("fifty two"),
# so that "one and two" are two numbers.
_SEVERAL_CUE = (
    r"(?:episodes|episode|eps|ep|shows|numbers|nos|episodios|capitulos|entregas|"
    r"programas|edicoes|episodes?\s+numbers?)\.?"
)
_ONE_NUMBER = rf"(?:\d{{1,4}}|(?:{_NUMBER_WORD})(?:[\s-]+(?:{_NUMBER_WORD}))*)(?:st|nd|rd|th)?"
_RANGE_WORD = r"(?:through|thru|to|till|until|al|a|hasta|ao|ate|bis|-|–|—)"
_NUMBER_RANGE = re.compile(
    rf"(?:\b(?P<from>from|del|de|desde|do|da|von)\s+|\b{_SEVERAL_CUE}\s*|(?=\d+\s*(?:through|thru)\b))"
    rf"(?:#\s*)?(?P<a>{_ONE_NUMBER})\s*{_RANGE_WORD}\s*(?:#\s*)?(?P<b>{_ONE_NUMBER})\b"
)
_NUMBER_LIST = re.compile(
    rf"(?:\b{_SEVERAL_CUE}\s*|#\s*)(?P<list>{_ONE_NUMBER}"
    rf"(?:\s*,\s*#?\s*{_ONE_NUMBER})*\s*,?\s*(?:and|&|y|e|,)\s*#?\s*{_ONE_NUMBER})\b"
)
# The same list with no cue ("no agenda 1365 and 1367"): episodes' only beside a podcast's
# name (the answerer checks), so the caller is told it had no cue.
_BARE_NUMBER_LIST = re.compile(
    rf"(?<![\w.#])(?P<list>{_ONE_NUMBER}(?:\s*,\s*{_ONE_NUMBER})*\s*,?\s*(?:and|&|y|e)\s*"
    rf"{_ONE_NUMBER})(?![\w.])"
)
_LIST_PARTS = re.compile(rf"#?\s*({_ONE_NUMBER})")
# The most episodes a range may ask for: "episodes 1 to 500" asks for no list.
SEVERAL_MOST = 20


def _number_value(text: str) -> int | None:
    """The number that digits or number words say ("1380", "fifty-two", "7th")."""
    text = re.sub(r"(?<=\d)(?:st|nd|rd|th)$", "", text.strip())
    if text.isdigit():
        return int(text)
    return spoken_number(re.split(r"[\s-]+", text))


def _years(values: list[int]) -> bool:
    return all(1950 <= v <= 2099 for v in values)


def bare_number_list(text: str) -> bool:
    """Whether ``text`` (of :func:`question_numbers`) is a list of numbers with no cue
    ("1365 and 1367"), not a range or a cued list."""
    return bool(_BARE_NUMBER_LIST.fullmatch(text))


def question_numbers(folded: str) -> tuple[list[int], str, bool] | None:
    """Several episode numbers asked for at once, in order, the text that asks, and
    whether a cue says they are episodes' ("eps 9 and 12", "1380 through 1383"; not "from
    7 to 9"); None when the question asks for one number or none ("from 2019 to 2021" are
    years)."""
    m = _NUMBER_RANGE.search(folded)
    if m:
        a, b = _number_value(m.group("a")), _number_value(m.group("b"))
        if a is not None and b is not None and 0 < b - a <= SEVERAL_MOST and not _years([a, b]):
            return list(range(a, b + 1)), m.group(0), not m.group("from")
    for pattern, cued in ((_NUMBER_LIST, True), (_BARE_NUMBER_LIST, False)):
        m = pattern.search(folded)
        if m:
            if not cued and spoken_number(re.split(r"[\s-]+", m.group("list"))) is not None:
                continue  # "two hundred and one" is one number
            values = [_number_value(part) for part in _LIST_PARTS.findall(m.group("list"))]
            found = list(dict.fromkeys(v for v in values if v is not None))
            if len(found) == len(values) >= 2 and not _years(found):
                return found[:SEVERAL_MOST], m.group(0), cued
    return None


# Several episodes asked for in one question by their own details ("taverncast 6 and
# taverncast 12", "the tamerlan and galdos pasajes", "aug 2nd, 9th and 16th"): the words
# that join the details, and the most details a question may list.
_COORDINATORS = frozenset({"and", "&", "y", "e", "und", "et", "plus"})
CONJUNCTS_MOST = 5
# The most words a detail at the end of the list may take where nothing marks its length
# (the readings try one to three), and the longest question read as a list (longer ones
# describe one episode: "... comes back and answers ...").
_CONJUNCT_WORDS = 3
_LIST_QUESTION_WORDS = 12
_LIST_TOKEN = re.compile(r"[^\s,;]+|[,;]")


def conjunct_splits(question: str) -> list[tuple[list[str], list[str]]]:
    """The ways to read ``question`` as a list of details joined by one "and", each as a
    question of its own: the words before the list and after it are shared ("the dec 16
    and dec 23 2008 bombcasts": "the dec 16 2008 bombcasts" and "the dec 23 2008
    bombcasts"). Where the list starts and ends is not written, so each likely reading is
    given, the likeliest first: the second detail starting with the word the first one
    starts with ("dec ... and dec ..."), details as long as those between commas, or the
    list ending the question where both end with one word ("the wasm one and the fugu
    one"), then details of one to three words. Each reading: its questions, and the
    details alone. No reading for a question without exactly one joining word."""
    tokens = _LIST_TOKEN.findall(question)
    while tokens and tokens[-1] in {",", ";"}:
        tokens.pop()
    if len(tokens) > _LIST_QUESTION_WORDS:
        return []
    joins = [i for i, t in enumerate(tokens) if t.lower() in _COORDINATORS]
    if len(joins) != 1:
        return []
    join = joins[0]
    # The details between commas before the "and" ("2nd, 9th and 16th").
    if join > 0 and tokens[join - 1] in {",", ";"}:
        # An Oxford comma ("a, b, and c"): the "and" ends the last but one detail.
        del tokens[join - 1]
        join -= 1
    cut = [i for i, t in enumerate(tokens[:join]) if t in {",", ";"}]
    first_end = cut[0] if cut else join
    middles = [tokens[a + 1 : b] for a, b in itertools.pairwise([*cut, join])] if cut else []
    if any(not m for m in middles):
        return []
    head, tail = tokens[:first_end], tokens[join + 1 :]
    if not head or not tail or len(middles) + 2 > CONJUNCTS_MOST:
        return []
    sizes: list[tuple[int, int]] = []
    lead = tail[0].lower()
    repeated = [i for i, t in enumerate(head) if t.lower() == lead]
    if repeated and lead not in STOP_WORDS:
        k = len(head) - repeated[-1]
        sizes.append((k, k))
    if middles:
        k = len(middles[0])
        sizes.append((k, k))
    if len(tail) <= _CONJUNCT_WORDS and tail[-1].lower() == head[-1].lower():
        # "the wasm one and the fugu one": both details end with the same word, the list
        # ends the question.
        sizes += [(k, len(tail)) for k in (2, 1, len(tail), 3)]
    sizes += [(1, 1), (2, 2), (1, 2), (2, 1), (3, 3), (1, 3), (3, 1), (2, 3), (3, 2)]
    splits: list[tuple[list[str], list[str]]] = []
    for a, b in dict.fromkeys(sizes):
        if a > len(head) or b > len(tail):
            continue
        before, after = head[: len(head) - a], tail[b:]
        details = [head[len(head) - a :], *middles, tail[:b]]
        if any(all(t.lower() in STOP_WORDS for t in d) for d in details):
            continue  # a detail of small words only ("la"): no detail
        parts = [" ".join([*before, *d, *after]) for d in details]
        if len(set(parts)) == len(parts):
            splits.append((parts, [" ".join(d) for d in details]))
    return splits


# "Giant Bombcast 514: Carpe Light Gun", "Taverncast 56 - When Rap Attacks!": a name, then
# the number, then a colon or a dash. The name must be the podcast's (see
# ``named_title_number``): "Top 10: ..." or "Python 3: ..." number nothing.
_NAMED_TITLE_NUMBER = re.compile(r"^([^\W\d_][^\d:|#]{0,40}?)\s(\d{1,4})(?:\s*:|\s+[-–—]\s)")


def title_number(title: str) -> int | None:
    """The number a title gives its episode, if any."""
    m = _TITLE_NUMBER.search(title)
    if not m:
        return None
    value = next(g for g in m.groups() if g)
    return int(value)


def named_title_number(title: str, feed_title: str) -> int | None:
    """The number after the podcast's own name (the start of its title) at the start of
    an episode's title ("Giant Bombcast 514: ..." in Giant Bombcast), if it starts so."""
    m = _NAMED_TITLE_NUMBER.match(title)
    if not m:
        return None
    name = normalize(m.group(1))
    podcast = normalize(feed_title)
    # "The 10: ..." in "The ... Show" is a list, not an episode number.
    named = any(w not in STOP_WORDS for w in name.split())
    starts = named and (podcast == name or podcast.startswith(name + " "))
    return int(m.group(2)) if starts else None


# Month names in English, Spanish, Portuguese and German (folded), and their short forms.
_MONTH_NUMBERS = {
    name: number
    for number, names in enumerate(
        (
            "january jan enero janeiro januar",
            "february feb febrero fevereiro fev februar",
            "march mar marzo marco marz maerz",
            "april apr abril abr",
            "may mayo maio mai",
            "june jun junio junho juni",
            "july jul julio julho juli",
            "august aug agosto ago",
            "september sep sept septiembre setiembre setembro set",
            "october oct octubre outubro out oktober okt",
            "november nov noviembre novembro",
            "december dec diciembre dezembro dez dezember",
        ),
        start=1,
    )
    for name in names.split()
}
_MONTH = "|".join(sorted(_MONTH_NUMBERS, key=len, reverse=True))
_DATE_FORMS = (
    # 24.02.2022, 24/02/2022, 24-02-2022 (day first, as most of the world writes it)
    (re.compile(r"\b(\d{1,2})[./-](\d{1,2})[./-](\d{4})\b"), "dmy"),
    # 2022-02-24
    (re.compile(r"\b(\d{4})-(\d{1,2})-(\d{1,2})\b"), "ymd"),
    # 3 march 2022, 3 de marzo de 2022, 3rd of march, 2022, 3. märz 2022
    (
        re.compile(
            rf"\b(\d{{1,2}})(?:st|nd|rd|th|\.)?\s+(?:de\s+|of\s+)?({_MONTH})\s*,?\s+(?:de\s+)?"
            r"(\d{4})\b"
        ),
        "dMy",
    ),
    # march 3 2022, march 3rd, 2022
    (re.compile(rf"\b({_MONTH})\s+(\d{{1,2}})(?:st|nd|rd|th)?\s*,?\s+(\d{{4}})\b"), "Mdy"),
)
# A day without its year ("the 14th of march", "17 march", "march 14th"): only a month's
# full name says so, or a short form that is no word ("feb"), not a short form that is
# also one ("3 out of 5", "2 set").
_SHORT_MONTHS_NO_WORD = frozenset("jan feb apr jun jul aug sep oct nov dec fev abr dez okt".split())
_FULL_MONTH = "|".join(sorted((m for m in _MONTH_NUMBERS if len(m) >= 4), key=len, reverse=True))
# The month of a day without its year: a full name or a short form that is no word.
_DAY_MONTH = "|".join(
    sorted(
        (m for m in _MONTH_NUMBERS if len(m) >= 4 or m in _SHORT_MONTHS_NO_WORD),
        key=len,
        reverse=True,
    )
)
# "may" and "mai" are words too: a day of May without its year is an ordinal beside it
# ("the 1st of may", "may 5th") or "5 of may".
_MAY = r"(may|mai)"
_YEARLESS_FORMS = (
    (re.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th|\s+of|\s+de)\s+(?:of\s+)?{_MAY}\b"), "dM"),
    (re.compile(rf"\b{_MAY}\s+(?:the\s+)?(\d{{1,2}})(?:st|nd|rd|th)\b"), "Md"),
    (re.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th|\.)?\s+(?:de\s+|of\s+)?({_DAY_MONTH})\b"), "dM"),
    (re.compile(rf"\b({_DAY_MONTH})\s+(?:the\s+)?(\d{{1,2}})(?:st|nd|rd|th)?\b(?!\s*\d)"), "Md"),
)


# Two days of one month: "17. und 24. januar", "3rd and 10th of march 2022", "el 5 y el 12
# de mayo" (a month's full name).
_DAY_LIST = re.compile(
    r"\b(\d{1,2})(?:st|nd|rd|th|\.)?\s*(?:,|and|und|y|e|&)\s*(?:(?:el|the|o)\s+)?"
    r"(\d{1,2})(?:st|nd|rd|th|\.)?\s+(?:de\s+|of\s+)?"
    rf"({_DAY_MONTH})(?:\s*,?\s+(?:de\s+)?(\d{{4}}))?\b"
)


# "march 2012", "marzo de 2012", "in may of 2021": a month of a year, no day before it
# (that is a date: ``question_dates``). A short form that is also a word ("set", "out")
# is no month here.
_MONTH_OF_YEAR = re.compile(
    rf"(?<![\d.])(?<!\d\s)\b({_FULL_MONTH}|may|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)"
    r"\s*,?\s+(?:of\s+|de\s+|del\s+)?((?:19|20)\d\d)\b(?![./-]\d)"
)


def question_month(folded: str) -> tuple[int, int, str] | None:
    """The month of a year the question names ("bombcast from march 2012"): the year,
    the month and the matched text; None for none, or for a day of it ("9 march 2022")."""
    m = _MONTH_OF_YEAR.search(folded)
    if not m or question_dates(folded) is not None:
        return None
    return int(m.group(2)), _MONTH_NUMBERS[m.group(1)], m.group(0)


def question_dates(
    folded: str, years: Iterable[int] = ()
) -> tuple[list[datetime.date], str] | None:
    """A calendar day the question names ("24.02.2022", "3 march 2022", "2022-03-03"):
    the days it may be (a day-first date that reads as month-first too is either), and
    the matched text. A day without its year ("14th of march") is that day in each of
    ``years``, newest first."""
    listed = _DAY_LIST.search(folded)
    if listed:
        # "17. und 24. januar", "the 3rd and 10th of march 2022": each day asked, in
        # the order asked (of each year, newest first, when none is said).
        first, second, month, year = listed.groups()
        asked_years = [int(year)] if year else sorted(set(years), reverse=True)
        days = []
        for y in asked_years:
            for d in (first, second):
                try:
                    when = datetime.date(y, _MONTH_NUMBERS[month], int(d))
                except ValueError:
                    continue
                if when not in days:
                    days.append(when)
        if days:
            return days, listed.group(0)
    for pattern, order in _DATE_FORMS:
        m = pattern.search(folded)
        if not m:
            continue
        a, b, c = m.groups()
        if order == "dmy":
            readings = [(int(c), int(b), int(a)), (int(c), int(a), int(b))]
        elif order == "ymd":
            readings = [(int(a), int(b), int(c))]
        elif order == "dMy":
            readings = [(int(c), _MONTH_NUMBERS[b], int(a))]
        else:
            readings = [(int(c), _MONTH_NUMBERS[a], int(b))]
        days = []
        for year, month, day in readings:
            try:
                when = datetime.date(year, month, day)
            except ValueError:
                continue
            if when not in days:
                days.append(when)
        if days:
            return days, m.group(0)
    for pattern, order in _YEARLESS_FORMS:
        m = pattern.search(folded)
        if not m:
            continue
        a, b = m.groups()
        day, month = (int(a), _MONTH_NUMBERS[b]) if order == "dM" else (int(b), _MONTH_NUMBERS[a])
        days = []
        for year in sorted(set(years), reverse=True):
            try:
                days.append(datetime.date(year, month, day))
            except ValueError:
                continue
        if days:
            return days, m.group(0)
    return None
