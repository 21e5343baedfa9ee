"""Who is in an episode: hosts and guests, from ``podcast:person`` tags or from the text.

Feeds that publish ``podcast:person`` tags say who took part, and the tags win. For the
rest, :func:`extract_people` reads the title and the show notes (English, Spanish, some
Portuguese) and keeps the names that a phrase introduces: "X speaks with Y", "joined by
Y", "a conversation with Y", "conversamos con Y", "#381 – Y: …", a "Featuring:" roster and
so on. A capitalised phrase is never taken for a name on its own, without such a phrase:
that keeps the index precise.

Manual corrections live in ``data/people.json`` (see :class:`Corrections`) and are applied
at ingest, after the tags and the names from the text have been merged.

Nothing here imports discord. Ingest runs this on every episode of every feed, so every
pattern is compiled once at import, the text is scanned with a few precompiled regexes,
and the work per name is small.
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any, Protocol

from bot.data_files import PEOPLE_NAME, bundled, people_file
from bot.text import collapse_spaces, fold

log = logging.getLogger(__name__)

DEFAULT_CORRECTIONS = bundled(PEOPLE_NAME)

# Only this much of the show notes is read: guests are named near the top, and the tail of
# long notes is links, sponsors and timestamps.
MAX_TEXT_CHARS = 8000
MAX_NOTE_CHARS = 120

HOST, GUEST = "host", "guest"

# podcast:person roles (Podcasting 2.0 taxonomy, lower-cased) mapped onto the two roles the
# store keeps. Roles not listed (producer, editor, sound engineer...) are crew: not indexed.
ROLE_MAP = {
    "host": HOST,
    "co-host": HOST,
    "cohost": HOST,
    "guest host": HOST,
    "panelist": HOST,
    "panellist": HOST,
    "presenter": HOST,
    "moderator": HOST,
    "anchor": HOST,
    "guest": GUEST,
    "special guest": GUEST,
    "interviewee": GUEST,
    "guest panelist": GUEST,
    "announcer": GUEST,
    "narrator": GUEST,
    "voice actor": GUEST,
    "reporter": GUEST,
    "correspondent": GUEST,
}


@dataclass(slots=True)
class Mention:
    """One person in one episode."""

    name: str
    role: str = GUEST  # "host" or "guest"
    note: str | None = None  # affiliation as written: "a political scientist at Stanford"
    href: str | None = None
    img: str | None = None
    source: str = "text"  # where it comes from: "tag", "text" or "manual"


class PersonLike(Protocol):
    """What :func:`merge_mentions` reads from a tag; ``bot.feeds.Person`` fits."""

    name: str
    role: str
    href: str | None
    img: str | None


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# --- keys and roles ---------------------------------------------------------------------

_KEY_DROP = re.compile(r"[^\w\s]+")
_KEY_SPACES = re.compile(r"[\s_]+")


@lru_cache(maxsize=16384)
def person_key(name: str) -> str:
    """The key a person is known by: folded, punctuation dropped, spaces collapsed.

    "Ruth López", "Ruth Lopez" and "ruth  lopez" share the key "ruth lopez"; hyphens and
    apostrophes become spaces ("Jean-Pierre" -> "jean pierre") and dots go ("Erik St.
    Martin" -> "erik st martin").
    """
    folded = fold(name).replace("-", " ").replace("'", " ").replace("’", " ")
    return _KEY_SPACES.sub(" ", _KEY_DROP.sub("", folded)).strip()


def normalize_role(role: str | None) -> str | None:
    """Map a ``podcast:person`` role onto "host" or "guest"; ``None`` for crew roles."""
    return ROLE_MAP.get(collapse_spaces((role or GUEST).lower()))


# --- what a name looks like -------------------------------------------------------------

_UPPER = "".join(c for c in map(chr, range(0x41, 0x250)) if c.isupper())
_LOWER = "".join(c for c in map(chr, range(0x61, 0x250)) if c.islower())
_SP = r"[ \t\u00a0]+"  # a name never runs across a line break

# A capitalised word: "Ryer", "McGuire", "O'Brien", "Guerrero-Saade", "Płotka", "St-Pierre".
_WORD = (
    rf"(?:[{_UPPER}][{_LOWER}]+(?:[A-Z][{_LOWER}]+)?|[{_UPPER}]['’][{_UPPER}][{_LOWER}]+)"
    rf"(?:-[{_UPPER}]?[{_LOWER}]+)*(?![\w-])"
)
_INITIALS = rf"[{_UPPER}]\.(?:[ ]?[{_UPPER}]\.)*(?!\w)"  # "J.", "J.R.", "J. R."
_BARE = r"[B-DF-HJ-NP-TV-XZ](?=[ \t\u00a0][A-Z])"  # "V Körbes", "Manish R Jain"
_PARTICLE = r"(?:de|del|della|da|das|do|dos|di|du|van|von|der|den|ter|te|la|le|bin|ibn|al|el)"
# Abbreviations inside a name: honorifics (dropped later), "St. Martin", "Jr.".
_ABBREV = (
    r"(?:Dr|Dra|Mr|Mrs|Ms|Mx|Prof|Sen|Rep|Gov|Gen|Gral|Sr|Sra|Srta|Lic|Ing|Rev|Capt|Col|Sgt|"
    r"Hon|Pres|Jr|St)\."
)
_TOKEN = rf"(?:{_ABBREV}|{_WORD}|{_INITIALS}|{_BARE})"
# A nickname between the names: Karen "KG" Goro, Matias “Patak” Capeletto, Rodrigo 'Caffo'
# Franco.
_NICK = r"""(?:[ \t]+(?:["“][^"“”\n]{1,24}["”]|'[^'\n]{1,24}'(?=[ \t])))?"""
_NAME_SRC = rf"{_TOKEN}(?:{_NICK}{_SP}(?:{_PARTICLE}{_SP}){{0,2}}{_TOKEN}){{0,6}}"
_NAME = re.compile(_NAME_SRC)
_QUOTED = re.compile(r"""["“][^"“”]*["”]|(?<!\S)'[^'\n]*'(?!\S)""")

_PARTICLES = _words("de del della da das do dos di du van von der den ter te la le bin ibn al el")
_FROM_PARTICLES = _words("de del da das do dos di")  # also mean "from": "Goro de Argentina"
# Prefixes after which a word may have a second capital: "McGuire", "LaNou", "DeShawn".
_CAMEL_OK = _words("mc mac la le de di da du van von o' d' o’ d’")

# Words that open a name but are not part of it: "President Nayib Bukele" -> "Nayib Bukele".
HONORIFICS = _words(
    """
    mr mrs ms mx miss sir dame lord lady dr doctor doctora dra prof professor profesor
    profesora president presidente presidenta vice senator sen senador senadora rep
    representative congressman congresswoman congressmember governor gov gobernador
    gobernadora mayor alcalde alcaldesa minister ministro ministra secretary secretario
    secretaria ambassador embajador embajadora judge juez jueza justice general gen gral
    colonel col coronel captain capt capitan capitán commander comandante admiral almirante
    sgt sergeant rev reverend father padre pastor rabbi imam bishop obispo cardinal cardenal
    pope papa sr sra srta doña dona señor señora senhor senhora lic licenciado licenciada
    ing ingeniero ingeniera chancellor premier king queen prince princess rey reina principe
    príncipe princesa saint san santa st diputado diputada deputy councilman councilwoman
    commissioner comisionado comisionada chief tech lawyer attorney abogado abogada author
    autor autora journalist periodista reporter writer escritor escritora comedian
    comediante host hosts guest guests panelist panelists special fellow returning return
    """
)

# Words that are not part of a person's name: function words, calendar words, places,
# nationalities, organisations, media, tech and job words. A capitalised phrase with one of
# them ("Stanford University", "Technical Product Manager") is not a name.
_STOP_TEXT = """
the a an this that these those there here it its our my your his her their we you they he
she i me us them who what when where why how which whose whom and or but nor so yet for of
in on at to from by with without about after before into over under up down out off as is
are was were be been being has have had do does did would can could should might must not
no yes all any some each every both few more most other such only own same than too very
just also now then today tonight tomorrow yesterday week weekend month year live
episode episodes ep part season series show shows podcast podcasts pod bonus trailer
special edition interview interviews conversation conversations chat talk talks panel team
crew guest guests host hosts cohost co-host news update updates recap review reviews
preview intro outro introduction welcome hello hi hey thanks thank please join joined
joining featuring feat new old first second third last next final best top great good big
little inside behind beyond unpopular opinion opinions question questions answer answers
ask listen listener listeners subscribe sponsor sponsors sponsored support patreon members
member changelog gotime jsparty party time go golang javascript typescript js css html
python rust java ruby php swift kotlin elixir react vue angular svelte node deno bun web api
apis app apps cloud data database software hardware code coding dev devs developer
developers engineering engineer engineers manager managers director directors directora
founder founders cofounder co-founder ceo cto coo cfo vp head chief officer senior
principal staff lead leader architect advocate evangelist expert experts author authors
professor researcher researchers scientist scientists analyst analista gerente
superintendente instrutor instrutora desenvolvedor desenvolvedora coordenador coordenadora
copywriter designer consultant consultor consultora editor editora producer productor
productora presentador presentadora apresentador apresentadora periodista journalist
correspondent reporter comedian comediante actor actress actriz artist artista
university universidad universidade college school institute instituto institution
foundation fundación fundação center centre centro company inc corp corporation llc ltd
group grupo labs lab laboratory association asociación council committee commission
comisión department departamento ministry ministerio office agency bank fund party partido
times post journal press magazine radio tv television network media club academy hospital
army force forces court congress senate parliament house union federation league
conference summit project projects services systems technologies technology studio studios
records entertainment games game gaming government gobierno state states city county
republic república kingdom united nations national international global world america
americas europe european asia asian africa african latin latina latino latinoamérica
northern southern eastern western central middle
january february march september october november december monday tuesday wednesday
thursday friday saturday sunday enero febrero marzo septiembre setiembre octubre noviembre
diciembre lunes martes miércoles jueves viernes sábado domingo janeiro fevereiro
setembro outubro novembro dezembro segunda terça quarta quinta sexta
technical product products enablement platform platforms performance monitoring error
errors security policy content user users survey experience learning library libraries
module modules micro frontend frontends front-end backend back-end full-stack stack open
source feud during pro tip tips hat heroes command line language languages server servers
protocol semantic version versions help wanted book books design patterns guide handbook
meetup conf camp days night nights hour hours minute minutes happy story stories chapter
volume privacy notice terms rights altruism voices voice people women men kids family
one two three four five six seven eight nine ten eleven twelve twenty hundred thousand
dozen uno dos tres cuatro cinco seis siete ocho nueve diez cien mil voces voz mujeres
hombres gente três quatro seis sete oito nove dez vozes mulheres
el la los las lo un unos unas y o e en con sin por para sobre entre desde hasta nuestro
nuestra nuestros nuestras mi mis su sus tu este esta estos estas ese esa hoy episodio
episodios capítulo programa invitado invitada invitados invitadas entrevista especial
semana bienvenidos bienvenida bienvenido patrocinador
os as um uma no na nos nas com sem pelo pela episódio nesta neste nesse nessa hoje vem ver
quem papo der die das ein eine und mit von zu im
usa us uk eu un nato fbi cia nasa mit ai ml llm llms gpt chatgpt openai google apple
microsoft amazon meta facebook twitter github gitlab linkedin youtube instagram tiktok
mastodon website blog netflix spotify stanford harvard oxford cambridge yale princeton
mexico méxico brazil brasil colombia venezuela argentina chile peru perú ecuador bolivia
uruguay paraguay cuba haiti honduras guatemala nicaragua panama panamá salvador costa rica
dominican dominicana puerto españa spain france germany italy portugal russia ukraine
china japan india canada israel iran iraq syria gaza palestine britain england scotland
ireland australia
spanish español española portuguese português francés alemán italian chinese japanese
korean arab arabic american mexican mexicano mexicana chileno chilena argentino colombiano
colombiana venezolano venezolana peruano peruana cubano cubana brasileño brasileña
brasileiro brasileira salvadoreño salvadoreña guatemalteco guatemalteca hondureño
hondureña nicaragüense dominicano puertorriqueño puertorriqueña uruguayo uruguaya paraguayo
paraguaya boliviano boliviana ecuatoriano ecuatoriana british scottish canadian
australian russian ukrainian israeli palestinian iranian indian
"""
# Looked up with str.lower(), so each word is listed as written and folded.
STOP_WORDS = _words(_STOP_TEXT) | _words(fold(_STOP_TEXT))
# Months that are also names ("April Wensel", "Theresa May"): a name with one of them is
# refused only when a number follows it, as in a date.
_NAME_MONTHS = _words("april may june july august abril mayo junio julio agosto maio junho julho")


def _is_word(tok: str) -> bool:
    """A word of a name, not an initial ("J.") or an abbreviation ("St.")."""
    return len(tok) > 1 and not tok.endswith(".")


def _camel_ok(tok: str) -> bool:
    """Refuse "GitHub" or "OpenAi" but keep "McGuire", "LaNou", "O'Brien"."""
    caps = [i for i, ch in enumerate(tok) if ch.isupper() and i > 0 and tok[i - 1] not in "-'’"]
    return not caps or (len(caps) == 1 and tok[: caps[0]].lower() in _CAMEL_OK)


def _lone_ok(word: str) -> bool:
    """Whether a single word may be a first name ("Charo", "Kitze")."""
    return len(word) > 1 and word.lower() not in STOP_WORDS and _camel_ok(word)


@lru_cache(maxsize=8192)
def clean_name(raw: str) -> str | None:
    """Check a capitalised phrase and return it as a name, or ``None`` when it is not one.

    Leading honorifics are dropped ("President Nayib Bukele" -> "Nayib Bukele"), as are a
    quoted nickname ('Karen "KG" Goro' -> "Karen Goro") and a "de <place>" after a full
    name ("Karen Goro de Argentina" -> "Karen Goro"). What is left must be two to five
    words (at most four of them more than an initial), none a stop word, ending on a word.
    """
    toks = _QUOTED.sub(" ", raw).split()
    while toks and toks[0].lower().rstrip(".") in HONORIFICS:
        toks.pop(0)
    while toks and toks[0].lower() in _PARTICLES:
        toks.pop(0)
    for i, tok in enumerate(toks):
        if tok in _FROM_PARTICLES and sum(1 for t in toks[:i] if t not in _PARTICLES) >= 2:
            toks = toks[:i]
            break
    for tok in toks:
        if tok.lower() in _PARTICLES:
            continue
        # "Technical Product Manager", "Raygun Error and Performance Monitoring", "CEO".
        acronym = len(tok) > 2 and tok.isupper() and "." not in tok
        if acronym or tok.lower().rstrip(".") in STOP_WORDS:
            return None
    while toks and toks[-1].lower() in _PARTICLES:
        toks.pop()
    words = [t for t in toks if t.lower() not in _PARTICLES]
    full = [t for t in words if _is_word(t)]
    if not 2 <= len(words) <= 5 or not 1 <= len(full) <= 4:
        return None
    if not _is_word(words[-1]) and words[-1] not in ("Jr.", "Sr."):
        return None
    if not all(_camel_ok(t) for t in full):
        return None
    return " ".join(toks)


# --- trigger phrases --------------------------------------------------------------------

# phrase -> (role of the names just before it, role of the names just after it); None: the
# names on that side are not read.
_TRIGGERS: dict[str, tuple[str | None, str | None]] = {}


def _add(phrases: str, before: str | None, after: str | None) -> None:
    for line in phrases.strip().split("\n"):
        phrase = collapse_spaces(line)
        if phrase:
            _TRIGGERS[phrase] = (before, after)


# The host talks to the guest: "Adam Isacson speaks with Beatriz Magaloni".
_add(
    """
    speaks with
    speaks to
    spoke with
    spoke to
    talks with
    talks to
    talked with
    talked to
    talk with
    chats with
    chatted with
    interview
    interviews
    interviewed
    catches up with
    caught up with
    catch up with
    is joined by
    are joined by
    was joined by
    were joined by
    welcomes
    welcome
    welcomed
    invites
    invited
    sync up with
    conversa con
    conversó con
    habla con
    habló con
    entrevista a
    entrevistó a
    recibe a
    conversa com
    entrevista
    recebe
    """,
    HOST,
    GUEST,
)
# The guest comes to the hosts: "Egon Elbre and Roger Peppe join Mat".
_add(
    """
    joins
    join
    joined
    returns
    return
    stops by
    drops by
    se une a
    se suma a
    nos acompaña
    """,
    GUEST,
    HOST,
)
# Both sides: "Matthew Boyle sits down with Jon & Mat", "We sit down with Brigitte ...".
_add(
    """
    sits down with
    sit down with
    sat down with
    sitting down with
    """,
    GUEST,
    GUEST,
)
# The subject of these verbs is someone heard in the episode.
_add(
    """
    discuss
    discusses
    talk about
    talks about
    reports
    report
    explains
    explain
    tells
    tell
    shares
    share
    describes
    walks us through
    takes us
    breaks down
    recaps
    recap
    is our guest
    is our special guest
    are our guests
    is here
    es nuestro invitado
    es nuestra invitada
    nos cuenta
    explica
    """,
    GUEST,
    None,
)
# Only the names after the phrase.
_add(
    """
    joined by
    joining us is
    joining us are
    featuring
    features
    feat.
    with guest
    with guests
    with special guest
    with special guests
    special guest
    special guests
    guest panelist
    guest panelists
    return guest
    return guests
    returning guest
    panel of
    panel with
    conversation with
    conversations with
    in conversation with
    interview with
    interview of
    interviewing
    my guest is
    my guest today is
    my guests are
    my guests today are
    our guest is
    our guest today is
    our guests are
    our guests today are
    today's guest is
    this week's guest is
    we talk with
    we talk to
    we speak with
    we speak to
    we chat with
    we meet
    we have
    we hear from
    hear from
    talk to
    chat with
    with
    conversamos con
    hablamos con
    charlamos con
    platicamos con
    entrevistamos a
    entrevista con
    nuestra invitada
    nuestro invitado
    nuestras invitadas
    nuestros invitados
    nuestra invitada es
    nuestro invitado es
    mi invitada
    mi invitado
    mi invitada es
    mi invitado es
    mi invitada hoy es
    mi invitado hoy es
    invitada
    invitado
    invitados
    con
    conversamos com
    entrevistamos
    bate-papo com
    papo com
    com
    """,
    None,
    GUEST,
)
_add(
    """
    hosted by
    presented by
    with hosts
    with host
    panelists
    conducido por
    presentado por
    apresentado por
    """,
    None,
    HOST,
)


# A bare "with"/"con"/"com" must be followed by the name itself, not by a description.
_BARE_PREPOSITIONS = _words("with con com")
# "we have Glyph Lefkowitz on the show", but not "we have Stable Diffusion".
_WEAK_TRIGGERS = frozenset(("we have",))
_ON_SHOW = re.compile(r"[ \t]*(?:on|here|with us|back|joining|in the studio|to )", re.I)


def _trie_pattern(phrases: Iterable[str]) -> str:
    """One regex for many lower-case phrases, shared prefixes merged ("join|joins|joined").

    A flat alternation of a hundred phrases is tried phrase by phrase at every position;
    the trie fails after a character or two, which makes the scan several times faster.
    """
    trie: dict[str, dict] = {}
    for phrase in phrases:
        node = trie
        for ch in phrase:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict[str, dict]) -> str:
        alts = []
        for ch in sorted(k for k in node if k):
            head = r"\s+" if ch == " " else ("['’]" if ch == "'" else re.escape(ch))
            alts.append(head + emit(node[ch]))
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if "" in node else body

    return emit(trie)


# Matched against the lower-cased text (see _lower): case-insensitive matching is slower.
_TRIGGER_RE = re.compile(r"\b" + _trie_pattern(_TRIGGERS) + r"(?![\w-])")
_WS = re.compile(r"\s+")


# --- reading a list of names ------------------------------------------------------------

# Words allowed between a trigger and the first name: "joined by three wonderful guests".
_FILLER = _words(
    """
    the a an our my their his her its this two three four five six several some both fellow
    friend friends longtime long-time old dear own very wonderful awesome amazing great
    brilliant incredible legendary special returning return repeat frequent first-time
    guest guests panelist panelists host hosts co-host co-hosts cohost cohosts tech lawyer
    engineer author journalist founder creator creators expert experts reporter
    correspondent colleague colleagues none other than one and only al la el los las un una
    nuestro nuestra nuestros nuestras mi mis su sus invitado invitada invitados invitadas o
    os um uma nosso nossa convidado convidada convidados hoy today
    """
)
_FILLER_WORD = re.compile(r"[ \t]*([\w'’-]+)[ \t]+")
# Describing words before a name: "Wails creator Lea Anthony", "Dojo’s Matt Gadd".
_DESCRIPTOR = re.compile(r"[ \t]*(?:[^\s,;:.!?()\[\]{}\"“”]+|[–—])[,:]?[ \t]+")
_DESCRIPTOR_STOP = _words("of about on in for to at from by who which that is are was were")
_CAP_AHEAD = re.compile(rf"[^\n.!?;]*?[{_UPPER}]")

_SEP = re.compile(
    r"[ \t]*(?:,[ \t]*(?:(?:and|&|y|e|et|und)[ \t]+)?|&[ \t]*"
    r"|[ \t]+(?:and|y|e|et|und|as well as)[ \t]+)"
)
_ITEM_END = re.compile(r"[ \t]*(?:[,&.;:!?)]|$|(?:and|y|e)[ \t])")
_DIGIT_NEXT = re.compile(r"[ \t]*\d")

# Notes: "(Chief Sticker Officer at JFrog)", ", a political scientist at Stanford", "of X".
_PAREN = re.compile(r"[ \t]*\(([^()\n]{0,160})\)")
_LINKISH = re.compile(r"/|\b(?:site|website|twitter|linkedin|github|blog|web)\b", re.I)
_APPOSITIVE = re.compile(
    r",[ \t]+(?!(?:and|&|y|e|et|und|or|o|as well as|who|whom|whose|which|where|when|while|"
    r"that|we|he|she|they|it|i|you|but|then|so|because|as|after|before|since|if|though|"
    r"although|plus|also|quien|quienes|que|donde|cuando|pero|ele|ela|eles)\b)"
    r"([^,;:.()\n]{2,200}?)(?=[ \t]*(?:[,;:()\n]|[.!?…]+(?:\s|$)|$))"
)
_ORG_WORD = rf"(?:[{_UPPER}\d][\w&'’+-]*(?:\.\w+)*|[a-z][\w-]*\.(?:js|io|com|org|dev))"
_ORG_TAILS = _words("team project community group podcast show fame")
_FROM_ORG = re.compile(
    rf"[ \t]+((?:from|of|at|de|da|do|del)[ \t]+(?:the[ \t]+|la[ \t]+|el[ \t]+)?"
    rf"{_ORG_WORD}(?:[ \t]+(?:{_ORG_WORD}|of|for|de|del|&))*"
    rf"(?:[ \t]+(?:core[ \t]+)?(?:{'|'.join(sorted(_ORG_TAILS))}))?)(?![\w-])"
)
_NOTE_END = re.compile(
    r"\s+(?:who|which|where|that|about|to discuss|to talk|quien|que|sobre|para)\s"
)
# Link lists are not affiliations: "Ben Johnson – Twitter, GitHub, Website".
_LINK_WORDS = _words(
    "twitter github gitlab linkedin website site blog mastodon instagram youtube facebook x "
    "tiktok bluesky threads homepage web email newsletter substack"
)

# The list before a trigger lies in the trigger's sentence; a sentence ends after a word,
# not after an initial ("Erik St. Martin").
_SENTENCE_END = re.compile(r"(?<=[a-z0-9\u00df-\u024f)”\"])[.!?]+[\"”’)]*\s+")
_STARTS = re.compile(rf"(?<![\w.'’-])(?:{_WORD}|{_INITIALS})")


@dataclass(slots=True)
class _Found:
    names: list[tuple[str, str | None]] = field(default_factory=list)  # (name, note)
    end: int = 0  # where the list stops
    lone: int = 0  # lone first names read and left out: "Natalie, Johnny & Mat Ryer"


def _tidy_note(note: str) -> str | None:
    note = collapse_spaces(note).strip(" ,;:-–—")
    cut = _NOTE_END.search(note)
    if cut:
        note = note[: cut.start()]
    if len(note) > MAX_NOTE_CHARS:
        note = note[:MAX_NOTE_CHARS].rsplit(" ", 1)[0] + "…"
    if not note or {p.strip().lower() for p in note.split(",")} <= _LINK_WORDS:
        return None
    return note


def _name_at(text: str, pos: int, stop: int) -> tuple[str | None, int] | None:
    """The capitalised phrase at ``pos``: its name (``None`` if it is not one) and end."""
    m = _NAME.match(text, pos, stop)
    if not m:
        return None
    name = clean_name(m.group())
    if (
        name
        and _DIGIT_NEXT.match(text, m.end(), stop)
        and any(t.lower() in _NAME_MONTHS for t in name.split())
    ):
        name = None  # "June 5", "Mayo 2024": a date
    return name, m.end()


def _list_item_at(text: str, pos: int, stop: int) -> bool:
    """Whether a list goes on at ``pos``: a name, or a lone first name ("Kitze, Michel...")."""
    m = _NAME.match(text, pos, stop)
    if not m:
        return False
    if clean_name(m.group()):
        return True
    return " " not in m.group() and bool(_ITEM_END.match(text, m.end(), stop))


def _note_at(text: str, pos: int, stop: int) -> tuple[str | None, int]:
    """Read an affiliation after a name; return it (or ``None``) and the position after it.

    A parenthesis, an appositive (", a political scientist at Stanford,") or "from/of/at
    <Organisation>"; the next name of a list is not an appositive.
    """
    if pos >= stop or text[pos] not in " \t,(":
        return None, pos
    paren = None
    m = _PAREN.match(text, pos, stop)
    if m:
        inner = collapse_spaces(m.group(1))
        pos = m.end()
        # "( / )" or "(personal site / Stanford site)" are what is left of links.
        if any(ch.isalpha() for ch in inner) and not _LINKISH.search(inner):
            paren = inner
    m = _APPOSITIVE.match(text, pos, stop)
    if m and not _list_item_at(text, m.start(1), stop):
        return _tidy_note(m.group(1)), m.end()
    if paren:
        return _tidy_note(paren), pos
    parts = []
    for _ in range(2):  # "from the TypeScript team at Microsoft"
        m = _FROM_ORG.match(text, pos, stop)
        if not m:
            break
        parts.append(m.group(1))
        pos = m.end()
    return (_tidy_note(" ".join(parts)) if parts else None), pos


def _skip_fillers(text: str, pos: int, stop: int) -> int:
    """Step over "the awesome", "three wonderful guests:", "nuestra invitada" before a name."""
    for _ in range(4):
        m = _FILLER_WORD.match(text, pos, stop)
        if not m or m.group(1).lower() not in _FILLER:
            break
        pos = m.end()
    while pos < stop and text[pos] in ":, \t":
        pos += 1
    return pos


def _skip_descriptors(text: str, pos: int, stop: int, limit: int) -> int:
    """Step over "Wails creator", "npm CTO", "its creators," to the name they describe.

    Returns ``pos`` unchanged when no name comes within ``limit`` words.
    """
    if not _CAP_AHEAD.match(text, pos, min(stop, pos + 120)):
        return pos  # no capital letter ahead in this clause: no name to reach
    at = pos
    for _ in range(limit + 1):
        m = _NAME.match(text, at, stop)
        if m:
            if clean_name(m.group()):
                return at
            if " " not in m.group() and _ITEM_END.match(text, m.end(), stop):
                return at  # "Mat & Kris", "Kitze, Michel Weststrate": a list starts here
        d = _DESCRIPTOR.match(text, at, stop)
        if not d or d.group().strip(" \t,:").lower() in _DESCRIPTOR_STOP:
            break
        at = d.end()
    return pos


def _read_list(text: str, pos: int, stop: int, *, lead: int = 0) -> _Found:
    """Read "Y", "Y, Z and W", "Y (note) & Z, a note," from ``pos`` (not past ``stop``).

    With ``lead``, up to that many describing words may come before the first name.
    """
    found = _Found(end=pos)
    first = True
    while True:
        if pos < stop and not text[pos].isupper():
            pos = _skip_fillers(text, pos, stop)
        if first and lead:
            pos = _skip_descriptors(text, pos, stop, lead)
        first = False
        got = _name_at(text, pos, stop)
        if got is None:
            break
        name, end = got
        if name:
            note, pos = _note_at(text, end, stop)
            found.names.append((name, note))
        elif " " in text[pos:end].strip() or not _lone_ok(text[pos:end]):
            break  # "Apple Arcade", "The Social Dilemma": not people, and the list ends
        else:
            pos = end
            found.lone += 1
        found.end = pos
        sep = _SEP.match(text, pos, stop)
        if not sep:
            break
        pos = sep.end()
    return found


def _read_list_before(text: str, end: int, line_start: int) -> list[tuple[str, str | None]]:
    """The names whose list ends right before ``end`` ("Ben Johnson & Chris James join")."""
    head = text[max(line_start, end - 40) : end].rstrip()
    if not head:
        return []
    if head[-1] not in "),":
        word = head.rsplit(None, 1)[-1]
        if not (word[0].isupper() or word in _ORG_TAILS):
            return []  # "to discuss", "Join today!": no name, parenthesis or comma before
    start = max(line_start, end - 250)
    for cut in _SENTENCE_END.finditer(text, start, end):
        start = cut.end()
    for m in _STARTS.finditer(text, start, end):  # the longest list wins: leftmost first
        found = _read_list(text, m.start(), end)
        if found.names and not text[found.end : end].strip(" \t,"):
            return found.names
    return []


class _Collector:
    """The mentions found so far, in order, one per person key."""

    __slots__ = ("by_key", "host_keys", "out")

    def __init__(self, hosts: Iterable[str]) -> None:
        self.host_keys = {person_key(h) for h in hosts if h}
        self.out: list[Mention] = []
        self.by_key: dict[str, Mention] = {}

    def add(self, name: str, role: str, note: str | None) -> None:
        key = person_key(name)
        if not key:
            return
        seen = self.by_key.get(key)
        if seen is not None:
            if seen.note is None and note:
                seen.note = note
            return
        mention = Mention(name, HOST if key in self.host_keys else role, note)
        self.by_key[key] = mention
        self.out.append(mention)


# --- titles -----------------------------------------------------------------------------

# "Ep. 25 con Charo | Tom Segura En Español", "Episode 12 with Jane Doe".
_TITLE_NUMBERED = re.compile(
    r"^\s*(?:[Ee]p(?:isode|isodio|isódio)?\.?|EP\.?|#|No\.)?\s*\d+\s*[–—:|.-]?\s*"
    rf"(?:[Cc]on|[Ww]ith|[Cc]om){_SP}({_NAME_SRC})"
)
_ARTICLES = _words("el la the los las o a")
# Lex Fridman: "#381 – Chris Lattner: Future of Programming and AI".
_TITLE_LEAD = re.compile(r"^\s*#\d+\s*[–—-]\s*")
# "SE-Radio Episode 248: Axel Rauschmayer on JavaScript", "Kelsey Hightower on Kubernetes".
_TITLE_ON = re.compile(rf"(?:^|:\s+|[–—|]\s+)({_NAME_SRC}){_SP}on{_SP}")
# "Giant Bombcast 602: Easy Chicken": what follows a number is the episode's own title.
_NUMBER_END = re.compile(r"\d\W*$")
_TITLE_END = re.compile(r"\s*(?:\(\d{4}\))?\s*$")  # "Hinge: Justin McLeod (2021)"
_NOT_FOUND = 1 << 30


def _first_at(text: str, names: list[tuple[str, str | None]]) -> int:
    return min((i for i in (text.find(n) for n, _ in names) if i >= 0), default=_NOT_FOUND)


def _from_title(title: str, text: str, got: _Collector) -> None:
    m = _TITLE_NUMBERED.match(title)
    if m:
        words = _QUOTED.sub(" ", m.group(1)).split()
        name = clean_name(m.group(1))
        if name:
            got.add(name, GUEST, None)
        elif len(words) == 2 and words[0].lower() in _ARTICLES and _lone_ok(words[1]):
            got.add(" ".join(words), GUEST, None)  # "Ep. 19 con El Bananero": a stage name
        elif len(words) == 1 and _lone_ok(words[0]):
            got.add(words[0], GUEST, None)  # "Ep. 25 con Charo": a first name is all there is
        return
    lead = _TITLE_LEAD.match(title)
    if lead:
        found = _read_list(title, lead.end(), len(title))
        if found.names and title[found.end :].lstrip().startswith(":"):
            for name, note in found.names:
                got.add(name, GUEST, note)
            return
    m = _TITLE_ON.search(title)
    if m:
        name = clean_name(m.group(1))
        if name and name == collapse_spaces(m.group(1)):
            got.add(name, GUEST, None)
    colon = title.rfind(": ")
    if colon <= 0:
        return
    # "Alienware: Frank Azor and Nelson Gonzalez" names the guests after the colon,
    # "Ian Goodfellow: Generative Adversarial Networks" before it.
    tail = head = None
    if not _NUMBER_END.search(title, 0, colon + 1):
        found = _read_list(title, colon + 2, len(title))
        if found.names and not found.lone and _TITLE_END.match(title, found.end):
            tail = found.names
    found = _read_list(title, 0, colon)
    if found.names and not found.lone and found.end == colon:
        head = found.names
    if head and tail and {person_key(n) for n, _ in head} == {person_key(n) for n, _ in tail}:
        head = None  # "Kenneth Cole: Kenneth Cole"
    if head and tail:
        # Both read as names ("Mielle Organics: Monique Rodriguez"): the one the notes
        # name first is the person.
        first_head, first_tail = _first_at(text, head), _first_at(text, tail)
        if first_head == first_tail:
            return
        head, tail = (head, None) if first_head < first_tail else (None, tail)
    if head and _first_at(text, head) == _NOT_FOUND:
        head = None  # a name before the colon counts only when the notes name it too
    for name, note in head or tail or ():
        got.add(name, GUEST, note)


# --- show notes -------------------------------------------------------------------------

# "Bert Kreischer is a comedian...": notes that open on who the guest is.
_OPENING = re.compile(
    rf"^\s*({_NAME_SRC})(?:\s*\([^()\n]{{1,80}}\))?{_SP}(?:is|was|es|é){_SP}"
    r"(?:a|an|the|one|un|una|el|la|uno|o|um|uma)\b"
)
# "Estelle Weyl has been building the web since 1999": notes that open on a name and a
# verb of appearing are about that person.
_OPENING_VERB = re.compile(
    r"[ \t,]*(?:(?:also|recently|now|once again|first|finally)[ \t]+)?"
    r"(?:has been|have been|returns?|joins?|joined|shares?|tells?|"
    r"explains?|discuss(?:es)?|describes?|walks|takes|gives?|breaks|stops|drops|comes?|"
    r"came|sits?|teaches|shows?|demos|introduces?|brings?|answers?|reflects?|recounts?|"
    r"reveals?|lays|digs?|dives?|opens? up)\b"
)

# Headings on a line of their own, found in one pass over the lower-cased text: rosters
# (one person a line below: "Ben Johnson – Twitter, GitHub") and the end of the prose
# (below "Sponsors:", "Show Notes:"... come ads and links whose names are not the
# episode's people: "The Changelog #152: ... with Anders Hejlsberg").
_HEADING = re.compile(
    r"^[ \t]*(?:(?P<roster>(?:featuring|guests?|hosts?|panel(?:ists?)?|with|cast|"
    r"invitad[oa]s?|convidad[oa]s?|participantes|apresentação|presentan)[ \t]*:|"
    r"vem ver quem (?:acompanha a gente|participou|participa)[^\n]{0,40}|"
    r"(?:in|on) this episode[ \t]*:)"
    r"|(?P<end>(?:sponsors?|sponsored by|show notes|notes|links?|episode links|"
    r"links from the show|resources|references|mentioned|timestamps|chapters|outline|"
    r"transcript|credits|patrocinador(?:es)?|enlaces|referencias|links do episódio|🔗 links|"
    r"interesting go projects and news|news|picks)[ \t]*:?))[ \t]*$",
    re.MULTILINE,
)
_ROSTER_LINE = re.compile(
    r"[ \t]*(?:[-*•·][ \t]+)?([^\W\d_][^\n–—:,(|]{0,60}?)[ \t]*(?:$|[–—:,(|]|-[ \t])",
    re.MULTILINE,
)
_HOST_NOTE = re.compile(
    r"^(?:(?:the|o|a|el|la)\s+)?(?:co-?)?(?:host|apresentador|presentador)\b", re.I
)


def _headings(low: str) -> Iterator[re.Match[str]]:
    """``_HEADING`` in ``low``; notes written as long paragraphs have none, and are not scanned
    (a heading line has at most about 25 words)."""
    words = _HEADING_MAX_WORDS
    if any(0 < len(line.split(maxsplit=words)) <= words for line in low.split("\n")):
        yield from _HEADING.finditer(low)


_HEADING_MAX_WORDS = 50


def _lower(text: str) -> str:
    """``text`` lower-cased one character for one, so that offsets stay valid."""
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(ch if len(ch.lower()) != 1 else ch.lower() for ch in text)


def _from_text(text: str, got: _Collector, *, low: str, opening: bool = True) -> None:
    stop = len(text)
    for trig in _TRIGGER_RE.finditer(low):
        if trig.start() and low[trig.start() - 1] in "'’(":
            continue  # "(with Alberto Díaz-Cayeros)" is an aside
        phrase = _WS.sub(" ", trig.group()).replace("’", "'")
        before, after = _TRIGGERS[phrase]
        if before is not None:
            line_start = text.rfind("\n", 0, trig.start()) + 1
            for name, note in _read_list_before(text, trig.start(), line_start):
                got.add(name, before, note)
        if after is not None:
            pos = trig.end()
            while pos < stop and text[pos] in " \t:":
                pos += 1
            line_end = text.find("\n", pos)
            lead = 0 if phrase in _BARE_PREPOSITIONS else 6
            found = _read_list(text, pos, stop if line_end < 0 else line_end, lead=lead)
            if phrase in _WEAK_TRIGGERS and not _ON_SHOW.match(text, found.end):
                continue
            for name, note in found.names:
                got.add(name, after, note)
    if not opening:
        return
    m = _OPENING.match(text)
    if m:
        name = clean_name(m.group(1))
        if name and name == collapse_spaces(m.group(1)):
            got.add(name, GUEST, None)
    start = len(text) - len(text.lstrip())
    found = _read_list(text, start, min(len(text), start + 300))
    if found.names and _OPENING_VERB.match(text, found.end):
        for name, note in found.names:
            got.add(name, GUEST, note)


def _from_roster(text: str, head: re.Match[str], got: _Collector) -> None:
    """Read the people listed one a line under a roster heading."""
    role = HOST if head.group("roster").lstrip().startswith("host") else GUEST
    pos = head.end() + 1
    while pos < len(text):
        line_end = text.find("\n", pos)
        if line_end < 0:
            line_end = len(text)
        if not text[pos:line_end].strip():  # blank lines between entries
            pos = line_end + 1
            continue
        m = _ROSTER_LINE.match(text, pos, line_end)
        if not m:
            break
        raw = m.group(1).strip()
        rest = text[m.end(1) : line_end].strip(" \t–—:,|-")
        note = _tidy_note(rest.strip("()")) if rest else None
        # Followed by its links ("sam boyer – Twitter, GitHub"), a line names a person even
        # when it is not written with capitals.
        linked = bool(rest) and note is None
        if _NAME.fullmatch(raw):
            name = clean_name(raw)
        else:
            name = collapse_spaces(raw) if linked and clean_name(raw.title()) else None
        if name is None:
            if linked:  # "Kitze – Twitter, GitHub": still a roster line
                pos = line_end + 1
                continue
            break
        got.add(name, HOST if note and _HOST_NOTE.match(note) else role, note)
        pos = line_end + 1


def extract_people(title: str, text: str, *, hosts: Iterable[str] = ()) -> list[Mention]:
    """The people an episode's title and show notes name, in the order found.

    Names come from the title ("#381 – Chris Lattner: …", "Ep. 25 con Charo", "Hinge:
    Justin McLeod"), from phrases in the notes ("Adam Isacson speaks with Beatriz
    Magaloni, a political scientist at Stanford" gives the host Adam Isacson and the guest
    Beatriz Magaloni with that note) and from rosters ("Featuring:" and one name a line).
    ``hosts`` are the show's hosts: when named they come back with the role "host", never
    as guests. Each person (by :func:`person_key`) is returned once.
    """
    got = _Collector(hosts)
    title = title or ""
    text = (text or "")[:MAX_TEXT_CHARS]
    if title:
        _from_title(title, text, got)
        _from_text(title, got, low=_lower(title), opening=False)
    if text:
        low = _lower(text)
        prose_end = len(text)
        rosters = []
        for head in _headings(low):
            if head.group("roster"):
                rosters.append(head)
            elif prose_end == len(text):
                prose_end = head.start()
        _from_text(text[:prose_end], got, low=low[:prose_end])
        for head in rosters:
            _from_roster(text, head, got)
    return got.out


# --- merging tags and text --------------------------------------------------------------


def merge_mentions(
    tagged: Sequence[PersonLike], extracted: Iterable[Mention], hosts: Iterable[str] = ()
) -> list[Mention]:
    """Combine an item's ``podcast:person`` tags with the names found in its text.

    Tags win: their role (mapped onto "host"/"guest"; crew such as producers are left
    out), href and img are kept, and a note found in the text is added to them. People
    found only in the text are added when the item has no guest tag at all. Names in
    ``hosts`` get the role "host".
    """
    host_keys = {person_key(h) for h in hosts if h}
    out: list[Mention] = []
    seen: dict[str, Mention] = {}
    has_guest_tag = False
    for person in tagged:
        role = normalize_role(person.role)
        key = person_key(person.name)
        if role is None or not key:
            continue
        if key in host_keys:
            role = HOST
        has_guest_tag = has_guest_tag or role == GUEST
        if key in seen:
            if role == GUEST:  # tagged twice, as host and as guest: a guest this time
                seen[key].role = GUEST
            continue
        mention = Mention(
            collapse_spaces(person.name), role, None, person.href or None, person.img or None
        )
        mention.source = "tag"
        seen[key] = mention
        out.append(mention)
    for mention in extracted:
        key = person_key(mention.name)
        if not key:
            continue
        if key in seen:
            if seen[key].note is None and mention.note:
                seen[key].note = mention.note
            continue
        if has_guest_tag:
            continue
        role = HOST if key in host_keys else (normalize_role(mention.role) or GUEST)
        copy = Mention(mention.name, role, mention.note, mention.href, mention.img)
        copy.source = mention.source
        seen[key] = copy
        out.append(copy)
    return out


# --- manual corrections -----------------------------------------------------------------

_FEED_TITLE_HOST = re.compile(rf"(?:^|[ \t])(?:with|con|com|w/)[ \t]+({_NAME_SRC})[ \t]*$")


def hosts_in_title(feed_title: str) -> list[str]:
    """The host a show's title names: "Making Sense with Sam Harris" -> ["Sam Harris"]."""
    m = _FEED_TITLE_HOST.search(collapse_spaces(feed_title or ""))
    name = clean_name(m.group(1)) if m else None
    return [name] if name else []


def _matches_feed(pattern: str, feed_title: str) -> bool:
    pattern = collapse_spaces(pattern)
    return pattern == "*" or fold(pattern) == fold(collapse_spaces(feed_title))


def _matches_episode(pattern: str | None, title: str, guid: str | None) -> bool:
    pattern = collapse_spaces(pattern or "")
    if pattern in ("", "*") or (guid and pattern == guid.strip()):
        return True
    return fold(pattern) in fold(collapse_spaces(title))


def _entries(data: dict[str, Any], kind: str) -> list[dict[str, Any]]:
    """The well-formed entries of the "add" or "drop" list; the others are logged."""
    out = []
    for entry in data.get(kind) or []:
        if isinstance(entry, dict) and str(entry.get("name", "")).strip() and entry.get("feed"):
            out.append(dict(entry, name=collapse_spaces(str(entry["name"]))))
        else:
            log.warning("people corrections: %s entry ignored (no feed or name): %r", kind, entry)
    return out


@dataclass(slots=True)
class Corrections:
    """Hand-made fixes to the people index, read from ``data/people.json``.

    The format (every key optional; ``feed`` is a feed title, case and accents ignored, or
    ``"*"`` for every feed; ``episode`` is an item's GUID or a case- and
    accent-insensitive substring of its title, missing or ``"*"`` for every item)::

        {
          "_comment": "...",
          "feeds": {"Latin America Today": {"hosts": ["Adam Isacson"]}},
          "add": [{"feed": "...", "episode": "...", "name": "...", "role": "guest",
                   "note": "..."}],
          "drop": [{"feed": "...", "episode": "...", "name": "..."}],
          "aliases": {"Ruth Lopez": "Ruth López"}
        }

    ``aliases`` map other spellings (compared by :func:`person_key`) to the canonical name.
    """

    hosts: dict[str, list[str]] = field(default_factory=dict)  # feed title or "*" -> names
    add: list[dict[str, Any]] = field(default_factory=list)
    drop: list[dict[str, Any]] = field(default_factory=list)
    aliases: dict[str, str] = field(default_factory=dict)  # person key -> canonical name
    _hosts_cache: dict[str, list[str]] = field(default_factory=dict, repr=False, compare=False)

    @classmethod
    def load(cls, path: str | Path | None = None) -> Corrections:
        """Read a corrections file; without ``path``, ``PEOPLE_FILE`` or else the bundled
        ``data/people.json`` if it exists."""
        file = Path(path) if path is not None else people_file()
        if path is None and not file.exists():
            return cls()
        return cls.from_dict(json.loads(file.read_text(encoding="utf-8")))

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Corrections:
        """Build corrections from the parsed JSON; ``ValueError`` when it is malformed."""
        if not isinstance(data, dict):
            raise ValueError("people corrections must be a JSON object")
        hosts: dict[str, list[str]] = {}
        for feed, conf in (data.get("feeds") or {}).items():
            listed = (conf or {}).get("hosts") or []
            if isinstance(listed, str):
                listed = [listed]
            hosts[feed] = [collapse_spaces(str(n)) for n in listed if str(n).strip()]
        add = _entries(data, "add")
        for entry in add:
            role = normalize_role(entry.get("role") or GUEST)
            if role is None:
                raise ValueError(f"people corrections: unknown role {entry.get('role')!r}")
            entry["role"] = role
        aliases = {
            person_key(str(k)): collapse_spaces(str(v))
            for k, v in (data.get("aliases") or {}).items()
            if str(k).strip() and str(v).strip()
        }
        return cls(hosts=hosts, add=add, drop=_entries(data, "drop"), aliases=aliases)

    def canonical(self, name: str) -> str:
        """The canonical spelling of ``name`` when an alias names it, else ``name``."""
        return self.aliases.get(person_key(name), name)

    def hosts_for(self, feed_title: str) -> list[str]:
        """A feed's hosts: those listed for it and for ``"*"``, then the one its title
        names ("How I Built This with Guy Raz"); canonical names, each once."""
        cached = self._hosts_cache.get(feed_title)
        if cached is None:
            names = [
                self.canonical(name)
                for feed, listed in self.hosts.items()
                if _matches_feed(feed, feed_title)
                for name in listed
            ]
            names += [self.canonical(n) for n in hosts_in_title(feed_title)]
            unique: dict[str, str] = {}
            for name in names:
                unique.setdefault(person_key(name), name)
            cached = self._hosts_cache[feed_title] = list(unique.values())
        return list(cached)

    def apply(
        self,
        feed_title: str,
        episode_title: str,
        episode_guid: str | None,
        mentions: Iterable[Mention],
    ) -> list[Mention]:
        """One episode's people with the corrections applied.

        Aliases are resolved to canonical names (merging duplicates), the feed's hosts get
        the role "host", then "drop" entries remove people and "add" entries add them (or
        set the role and note of one already there).
        """
        host_keys = {person_key(h) for h in self.hosts_for(feed_title)}
        out: list[Mention] = []
        by_key: dict[str, Mention] = {}
        for mention in mentions:
            name = self.canonical(mention.name)
            key = person_key(name)
            if not key:
                continue
            if key in by_key:
                if by_key[key].note is None and mention.note:
                    by_key[key].note = mention.note
                continue
            role = HOST if key in host_keys else mention.role
            copy = Mention(name, role, mention.note, mention.href, mention.img, mention.source)
            by_key[key] = copy
            out.append(copy)
        for entry in self.drop:
            if _matches_feed(entry["feed"], feed_title) and _matches_episode(
                entry.get("episode"), episode_title, episode_guid
            ):
                dropped = by_key.pop(person_key(self.canonical(entry["name"])), None)
                if dropped is not None:
                    out.remove(dropped)
        for entry in self.add:
            if not (
                _matches_feed(entry["feed"], feed_title)
                and _matches_episode(entry.get("episode"), episode_title, episode_guid)
            ):
                continue
            name = self.canonical(entry["name"])
            key = person_key(name)
            existing = by_key.get(key)
            if existing is not None:
                existing.role = entry["role"]
                existing.note = entry.get("note") or existing.note
                existing.source = "manual"
                continue
            mention = Mention(name, entry["role"], entry.get("note") or None, source="manual")
            by_key[key] = mention
            out.append(mention)
        return out
