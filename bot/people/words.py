"""The vocabulary the people readers use: roles, name particles, honorifics, stop words,
trigger phrases and the small word lists of the list reader.

These are data, kept as Python rather than as a JSON file: each list carries the comment
that says why it exists and what it must not contain, the trigger phrases are grouped by
the roles they give, and nothing has to be parsed or shipped as package data. They are not
operator settings (those are ``data/people.json`` and ``data/topics.json``): changing one is
a change to the readers, checked by ``tests/test_people.py`` against the real feeds.

Every list is a frozenset (or a dict) built once at import; the readers look words up in
them with ``str.lower()``.
"""

from __future__ import annotations

from bot.text import collapse_spaces, fold

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


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# --- names ------------------------------------------------------------------------------

# Lower-case particles inside a name: "Oscar de la Hoya", "Ludwig van Beethoven".
PARTICLES = _words("de del della da das do dos di du van von der den ter te la le bin ibn al el")
FROM_PARTICLES = _words("de del da das do dos di")  # also mean "from": "Goro de Argentina"
# Prefixes after which a word may have a second capital: "McGuire", "LaNou", "DeShawn".
CAMEL_OK = _words("mc mac la le de di da du van von o' d' o’ d’")

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
# Companies whose name opens their products' names: "Nintendo Switch", "Google Chrome",
# "Sony Walkman" are products, never a person. Only the first word is looked at, since
# some of these are surnames ("Nikola Tesla" would be lost as a stop word).
BRANDS = _words(
    """
    nintendo sony microsoft google samsung xbox playstation sega atari capcom ubisoft
    activision blizzard nvidia intel amd ibm oracle adobe netflix spotify youtube facebook
    instagram whatsapp twitter tiktok amazon iphone ipad macbook android windows huawei
    xiaomi motorola nokia toyota honda volkswagen
    """
)
NAME_MONTHS = _words("april may june july august abril mayo junio julio agosto maio junho julho")


# --- trigger phrases --------------------------------------------------------------------

# phrase -> (role of the names just before it, role of the names just after it); None: the
# names on that side are not read.
TRIGGERS: dict[str, tuple[str | None, str | None]] = {}


def _add(phrases: str, before: str | None, after: str | None) -> None:
    for line in phrases.strip().split("\n"):
        phrase = collapse_spaces(line)
        if phrase:
            TRIGGERS[phrase] = (before, after)


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
    speak to
    speak with
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
BARE_PREPOSITIONS = _words("with con com")
# "we have Glyph Lefkowitz on the show", but not "we have Stable Diffusion".
WEAK_TRIGGERS = frozenset(("we have",))


# --- reading a list of names ------------------------------------------------------------

# Words allowed between a trigger and the first name: "joined by three wonderful guests".
FILLER = _words(
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
# Words that end a description before a name: "one of the creators" is not a name ahead.
DESCRIPTOR_STOP = _words("of about on in for to at from by who which that is are was were")
# Last words of an organisation in a note: "from the TypeScript team".
ORG_TAILS = _words("team project community group podcast show fame")
# Link lists are not affiliations: "Ben Johnson – Twitter, GitHub, Website".
LINK_WORDS = _words(
    "twitter github gitlab linkedin website site blog mastodon instagram youtube facebook x "
    "tiktok bluesky threads homepage web email newsletter substack"
)
# Articles of a stage name in a title: "Ep. 19 con El Bananero".
ARTICLES = _words("el la the los las o a")
