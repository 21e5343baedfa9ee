"""Write issue 11's twenty-sixth fresh held-out set: ``questions_fresh26.jsonl``.

Run from the repository root with the shared feeds beside it::

    python tests/data/make_fresh26_questions.py [FEEDS_DIR]

It follows the twenty-fifth set (``questions_fresh25.jsonl``) as the held-out set kept for the
round after. Its questions were written from the feeds alone (titles, notes, guests, dates,
episode numbers), never from the answering code or from what the bot answers, and the bot was
not run on them. They are worded by hand. After the twenty-fifth set the only episodes no
earlier set expects are still the Giant Bombcast's (47 dated shows of 2008-2016); every
episode of every other podcast was expected before. No question is near one of the
twenty-nine earlier sets (the four first ones and fresh to fresh25,
``questions_fresh25.jsonl`` among them).

The limits are the twenty-fifth set's. A podcast may take 25% of the answerable questions
(``MAX_FEED_SHARE``). Every question that expects a new episode expects a Bombcast one, so
at most 25% of the answerable questions can be on new episodes, and the share that may
expect only episodes an earlier set expects (``MAX_REUSED_SHARE``) is 3/4, the least the 25%
cap allows: so every Bombcast question here expects only new episodes, and they are exactly
a quarter of the answerable questions (44 of 176, the twenty-fifth set's size). The 47 new
shows are just enough for that: the 44 Bombcast questions expect all 47 of them (three
`podcast` questions expect two shows each), so no limit and no size is changed, and after
this set no episode of any feed is left that no set expects. The rule of novelty holds for
reused episodes: a question that expects an episode an earlier set expects must ask about it
through other details than every earlier question expecting that episode. ``same_details``
checks it: the question's content words (folded; the stop words the sets under the rule
share, ``fresh_sets.NOVELTY_STOP_WORDS``, dropped; a final "s" dropped) may share at most one
word with each earlier question that expects one of the same episodes, the twenty-fifth set's
among them.

The checks are those of ``make_fresh_questions.py``, run unchanged over this set's lists with
the earlier sets, and on top of those the checks of the size of the set: each kind, the near
misses, the share of each podcast and of earlier-set episodes (``fresh_sets.py`` runs them and
says what they are), and last the novelty rule above. Its functions are bound at the end of
this script. The file is written only when every check passes.
"""

from __future__ import annotations

import sys
from fractions import Fraction
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import make_fresh_questions as fresh  # noqa: E402
from fresh_sets import NOVELTY_STOP_WORDS, NovelSet, earlier_sets  # noqa: E402

OUT = HERE / "questions_fresh26.jsonl"
EARLIER = earlier_sets(26, fresh.EARLIER)
HEADER = (
    "Issue 11 twenty-sixth fresh held-out set (written by tests/data/make_fresh26_questions.py "
    "from the feeds; succeeds questions_fresh25.jsonl as the held-out set; never tune on it)"
)

# The least each kind must count, the least number of near misses and of unanswerable
# questions, the least size of the set, the largest share of the answerable questions one
# podcast may take, and the largest share that may expect only earlier-set episodes.
MIN_PER_KIND = 15
MIN_NONE = 95
MIN_UNANSWERABLE = 110
MIN_TOTAL = 320
MAX_FEED_SHARE = 0.25
MAX_REUSED_SHARE = Fraction(3, 4)
# The novelty rule: the most content words a question on an earlier-set episode may share
# with each earlier question expecting that episode.
MAX_SHARED_WORDS = 1

# Words that say nothing of an episode: stop words, the podcasts' names and their hosts'
# (the list every set under the novelty rule shares, kept in fresh_sets).
STOP_WORDS = NOVELTY_STOP_WORDS

Labelled = fresh.Labelled

WOLA_VEN = "U.S. drug policy takes a “radical” and “chilling” turn. Is Venezuela in the crosshairs?"
WOLA_DRUG = "Global Drug Policy: “Countries are being freed up to actually speak their minds”"
WOLA_GRIM = "The Grim Side of El Salvador’s “Security Model”"

NOTES: Labelled = [
    (
        "bombcast that gets into nathan drake's chain wallet and a screechy announcer",
        ["Giant Bombcast 12-02-2008"],
        ["chain wallet"],
    ),
    (
        "the gb podcast about fallout 3's cultural sensitivity and the used game scourge",
        ["Giant Bombcast 11-11-2008"],
        ["used-game scourge"],
    ),
    (
        "bombcast with bees, strict nats and hawaiian juice",
        ["Giant Bombcast 09-16-2008"],
        ["hawaiian juice"],
    ),
    (
        "which bombcast talks about nolan bushnell's boogie nights",
        ["Giant Bombcast 06-10-2008"],
        ["boogie nights"],
    ),
    (
        "gb pod w/ dr dre kart racing and a treatise on card sharks",
        ["Giant Bombcast 05-06-2008"],
        ["dr\\. dre kart"],
    ),
    (
        "bombcast that kicks off with pickles, daggerfall and warhammers",
        ["Giant Bombcast 09-06-2011"],
        ["pickles, daggerfall"],
    ),
    (
        "the bombcast that barely escaped the pax firefall booth",
        ["Giant Bombcast 08-30-2011"],
        ["firefall booth"],
    ),
    (
        "bombcast asking who's the duck and who's wearing the powdered wig",
        ["Giant Bombcast 01-26-2010"],
        ["powdered wig"],
    ),
    (
        "no agenda where somebody got knighted sir greg of the surprise headlocks",
        ['1389: "Wigglesworth"'],
        ["surprise headlocks"],
    ),
    (
        "the tp that opens with cannot find vcvarsall.bat",
        ["#94: Guarenteed packages via Conda and Conda-Forge"],
        ["vcvarsall"],
    ),
    (
        "lex w/ the ai pioneer cited 139,000 times",
        ["Yoshua Bengio: Deep Learning"],
        ["139,000"],
    ),
    (
        "making sense on the usaid program hunting pandemic viruses and publishing genomes",
        ["Special Episode: Recipes for Future Plagues"],
        ["deep vzn"],
    ),
    (
        "the newsletter guys who sold a majority stake to business insider",
        ["How I Built Resilience: Alex Lieberman and Austin Rief of Morning Brew"],
        ["f:hibt", "business insider"],
    ),
    (
        "go time where ben talks about his secret lives of data visualizations",
        ["The Go Standard Library"],
        ["secret lives of data"],
    ),
    (
        "js party with the maintainer who hosts maintainers anonymous and hope in source",
        ["When in doubt, log an issue"],
        ["hope in source"],
    ),
    (
        "se radio where ibm watson's jeopardy win comes up",
        ["Episode 214: Grant Ingersoll on his book, Taming Text"],
        ["f:se", "jeopardy"],
    ),
    (
        "pc 2.0 where they argue podcast vs netcast",
        ["Episode 42: All a Flutter"],
        ["netcast"],
    ),
    (
        "today in focus with the london driver abdurzak hadi",
        ["The Uber Files: the drivers (part 3)"],
        ["abdurzak hadi"],
    ),
]

LOOSE: Labelled = [
    (
        "that wola ep about the biggest navy show of force in the caribbean in decades",
        [WOLA_VEN],
        ["largest naval display"],
    ),
    (
        "the nearly three hour bombcast about skyrim, skyward sword and the halo remake",
        ["Giant Bombcast 11-15-2011"],
        ["skyward sword"],
    ),
    (
        "bombcast where they play skyrim on ps3 and start star wars the old republic",
        ["Giant Bombcast 12-20-2011"],
        ["first days with star wars"],
    ),
    (
        "the one after the 4th of july weekend, galaga legions and journey",
        ["Giant Bombcast 07-05-2011"],
        ["galaga legions"],
    ),
    (
        "bombcast where they got their shiny new 3ds, plus prey 2",
        ["Giant Bombcast 03-15-2011"],
        ["shiny new nintendo 3ds"],
    ),
    (
        "last regular bombcast before e3 2010 with kid rock and ice-t",
        ["Giant Bombcast 06-08-2010"],
        ["kid rock"],
    ),
    (
        "that gb pod with the first dj hero hands-on and jeff loving video pinball",
        ["Giant Bombcast 09-29-2009"],
        ["dj hero"],
    ),
    (
        "bombcast w/ way too much gi joe talk and the madworld controversy",
        ["Giant Bombcast 03-17-2009"],
        ["madworld"],
    ),
    (
        "bombcast right after they got back to the usa, saints row 2 and socom",
        ["Giant Bombcast 10-21-2008"],
        ["saints row 2"],
    ),
    (
        "the one venting about mercenaries 2 and viva pinata",
        ["Giant Bombcast 09-02-2008"],
        ["viva pinata"],
    ),
    (
        "the tom segura where his mom complains he swears too much",
        ["Ep. 25 con Charo | Tom Segura En Español"],
        ["profanity"],
    ),
    (
        "mike and tim finally finishing the eleven travel questions",
        ["On the Road Again"],
        ["travel-related questions"],
    ),
    (
        "taverncast where mike shows up late and bill abuses the voicemail",
        ["Taverncast 51: Cars, Beards and Drinking Games..."],
        ["abuses our voicemail"],
    ),
    (
        "the podcasting 2.0 where dave had gooey possum cleanup duty",
        ["Episode 40: Miami or Bust!"],
        ["gooey possum"],
    ),
    (
        "the lex where elon sings",
        ["#252 – Elon Musk: SpaceX, Mars, Tesla Autopilot, Self-Driving, Robotics, and AI"],
        ["elon singing"],
    ),
    (
        "the hibt founder who ran an indian dance company on the side",
        ["ClassPass: Payal Kadakia"],
        ["indian dance"],
    ),
    (
        "tif on why distress calls from a sinking dinghy might've been ignored",
        ["Did distress calls go unanswered in the run-up to a fatal Channel disaster?"],
        ["effectively ignored"],
    ),
    (
        "the talk python where the flask creator says rust is worth a look",
        ["#13: Flask web framework and much, much more"],
        ["rust is an amazing"],
    ),
]

# (question, expected titles, evidence, misspelled?)
GUEST: list[tuple[str, list[str], list[str], bool]] = [
    (
        "coffezilla",
        ["#345 – Coffeezilla: SBF, FTX, Fraud, Scams, Fake Gurus, Money, Fame, and Power"],
        ["coffeezilla"],
        True,
    ),
    (
        "russ tedrak",
        ["#114 – Russ Tedrake: Underactuated Robotics, Control, Dynamics and Touch"],
        ["tedrake"],
        True,
    ),
    (
        "david kiping astronomer",
        ["#355 – David Kipping: Alien Civilizations and Habitable Worlds"],
        ["kipping"],
        True,
    ),
    ("steph corey away suitcases", ["Away: Jen Rubio"], ["steph korey"], True),
    (
        "lisa bard nwsl",
        ["How I Built Resilience: Lisa Baird of National Women's Soccer League"],
        ["lisa baird"],
        True,
    ),
    (
        "elissa shevinski",
        ["#228: Hunting bugs and tech startups with Python"],
        ["shevinsky"],
        True,
    ),
    ("sanyam butani", ["#322: A path into data science"], ["bhutani"], True),
    ("david krakaur", ["#40 — Complexity & Stupidity"], ["krakauer"], True),
    ("deeya khan filmmaker", ["#144 — Conquering Hate"], ["deeyah khan"], True),
    ("sebastian spenk", ["Go beyond work"], ["sebastian spank"], True),
    ("tiago queiroz", ["Debugging Go"], ["tiago queiroz"], False),
    ("nate finch", ["Juju, Jujucharms, Gorram"], ["nate finch"], False),
    ("sebastien lorbeer", ["Docusaurus 2 is a pretty big deal"], ["sebastien lorber"], True),
    ("dustin shau gatsby", ["Catching up with Gatsby"], ["dustin schau"], True),
    (
        "linda northrup",
        ["Episode 45: Round Table on Ultra Large Scale Systems"],
        ["linda northrop"],
        True,
    ),
    (
        "jeff mcafer eclipse",
        ["Episode 113: Building Platforms with Jeff McAffer"],
        ["mcaffer"],
        True,
    ),
    ("matthew stein survival author", ["Taverncast 38: Survive!"], ["matthew stein"], False),
    (
        "alessio alionko pipefy",
        [
            "Kanban e o fluxo de trabalho – Hipsters #74",
            "Startups, Processos e Mercado Global – Hipsters #55",
        ],
        ["alionco"],
        True,
    ),
]

HOST_GUEST: Labelled = [
    (
        "jeff back from prehistory while brad daggers devils and dan defends twilight princess",
        ["Giant Bombcast 02/23/2016"],
        ["far cry primal"],
    ),
    (
        "vinny talking brad off the ledge after a bad dota weekend",
        ["Giant Bombcast 09-17-2013"],
        ["off the ledge"],
    ),
    (
        "brad back from his exile and the crew catches him up rip van winkle style",
        ["Giant Bombcast 04-05-2011"],
        ["self-imposed exile"],
    ),
    (
        "ryan hosting with a bad immune system and fighting off jeff's ningenda",
        ["Giant Bombcast 02-01-2011"],
        ["compromised immune"],
    ),
    (
        "the one where chicago's favorite son stops by after extra life",
        ["Giant Bombcast 11/10/2015"],
        ["favorite son"],
    ),
    (
        "brad telling everyone about his quakecon trip",
        ["Giant Bombcast 08-18-2009"],
        ["quakecon"],
    ),
    (
        "lex and brian keating",
        ["#257 – Brian Keating: Cosmology, Astrophysics, Aliens & Losing the Nobel Prize"],
        ["f:lex", "brian keating"],
    ),
    (
        "guy raz and jeni britton bauer in columbus",
        ["Live Episode! Jeni's Splendid Ice Creams: Jeni Britton Bauer"],
        ["recorded live in columbus"],
    ),
    (
        "sam harris with james fadiman",
        ["#242 — Psychedelics and the Self"],
        ["f:ms", "fadiman"],
    ),
    (
        "michael kennedy with chris white from prefect",
        ["#365: Solving Negative Engineering Problems with Prefect"],
        ["f:tp", "chris white"],
    ),
    (
        "se radio with peter kriens and bj hargrave",
        ["Episode 80: OSGi with Peter Kriens and BJ Hargrave"],
        ["hargrave"],
    ),
    (
        "johnny and marty schoch on building search",
        ["Building search tools in Go"],
        ["f:go", "marty schoch"],
    ),
    (
        "feross talking to mathias buus about dat",
        ["Decentralizing the web with Beaker"],
        ["mathias buus"],
    ),
    (
        "today in focus with tess mcclure on jacinda ardern",
        ["What was behind Jacinda-mania – and why did it end so suddenly?"],
        ["tess mcclure"],
    ),
    (
        "mike and dr tim at breakfast on tim's birthday",
        ["Happy Birthday"],
        ["f:mike", "tim.s birthday"],
    ),
    (
        "taverncast with brewmaster brad sancho at original gravity",
        ["Taverncast: On Tap 6 - Bell's Third Coast Old Ale"],
        ["brad sancho"],
    ),
    (
        "o hipsters com o felipe facchini do paypal",
        ["Pagamentos Digitais e o Paypal – Hipsters #29"],
        ["facchini"],
    ),
]

# (question, expected titles, the real title fragment as a pattern over folded titles)
TITLE_TYPO: list[tuple[str, list[str], str]] = [
    ("giant bombcsat 07-16-2013", ["Giant Bombcast 07-16-2013"], "07-16-2013"),
    ("gaint bombcast 11/12/2013", ["Giant Bombcast 11/12/2013"], "11/12/2013"),
    ("giant bombast 11/26/2013", ["Giant Bombcast 11/26/2013"], "11/26/2013"),
    ("giant bombcats 12/09/2014", ["Giant Bombcast 12/09/2014"], "12/09/2014"),
    ("gaint bomcast 03/29/2016", ["Giant Bombcast 03/29/2016"], "03/29/2016"),
    (
        "secure all the thigns with hubblestak",
        ["#187: Secure all the things with HubbleStack"],
        "secure all the things",
    ),
    (
        "the free exchange of ideas on collage campuses",
        ["#172 – Ryan Schiller: Librex and the Free Exchange of Ideas on College Campuses"],
        "free exchange of ideas",
    ),
    (
        "understandng humans in the wild",
        ["#158 — Understanding Humans in the Wild"],
        "understanding humans in the wild",
    ),
    ("aol steve cace", ["AOL: Steve Case"], "aol: steve case"),
    (
        "ionic e o desenvolvimeto mobile",
        ["Ionic e o Desenvolvimento Mobile – Hipsters #56"],
        "ionic e o desenvolvimento mobile",
    ),
    (
        "lean sofware development",
        ["Episode 190: Lean (Software) Development"],
        "lean \\(software\\)",
    ),
    ("bulding for etherium in go", ["Building for Ethereum in Go"], "building for ethereum"),
    ("of spiders and monkies", ["Of spiders and monkeys"], "of spiders and monkeys"),
    ("rememberng grenfell", ["Remembering Grenfell"], "remembering grenfell"),
    (
        "who is humza yusaf and how will he change scotland",
        ["Who is Humza Yousaf and how will he change Scotland?"],
        "humza yousaf",
    ),
    ("freindship", ["Friendship"], "^friendship$"),
    ("no hugs for yuo", ['1390: "No Hugs For You!"'], "no hugs for you"),
    ("moving to millis", ["Episode 23: Moving to Milli's"], "moving to milli"),
]

PODCAST: list[tuple[str, str, str]] = [
    ("the bombcasts from june 4 and june 18 2013", "bomb", r"06-(04|18)-2013$"),
    ("giant bombcasts of may 29 and june 9 2009", "bomb", r"(05-29|06-09)-2009$"),
    ("bombcasts 09-07-2010 and 09-14-2010", "bomb", r"09-(07|14)-2010$"),
    ("dw nachrichten 12.03 und 14.03", "dw", r"^1[24]\.03\.2022"),
    ("no agenda r9x and shetard", "na", r"r9x|shetard"),
    ("today in focus eps with nhs in the title", "tif", r"\bnhs\b"),
    ("hibt's health-ade episodes", "hibt", r"health-ade"),
    ("all the js party meet-the-panelist shows", "js", r"^meet "),
    ("every go time survey game show episode", "go", r"gophers say"),
    ("se radio's two-parter with sven apel", "se", r"feature-oriented"),
    ("talk python episodes with pycon in the name", "tp", r"\bpycon\b"),
    ("lex's john danaher episodes", "lex", r"john danaher"),
    ("making sense episodes with islam in the title", "ms", r"\bislam"),
    ("pasajes con napoleón en el título", "pas", r"napoleon"),
    ("todos os hipsters sobre o nubank", "hip", r"nubank"),
    ("mike neumann show eps called we have something", "mike", r"^we have"),
]

NUMBER: list[tuple[str, str | None, int, int | None]] = [
    ("talk python episode 17", "tp", 17, None),
    ("tp #6 who was on", "tp", 6, None),
    ("lex fridman 79", "lex", 79, None),
    ("lex ep #85", "lex", 85, None),
    ("lex number 81?", "lex", 81, None),
    ("making sense episode 10", "ms", 10, None),
    ("sam harris #6", "ms", 6, None),
    ("se radio episode 3", "se", 3, None),
    ("software engineering radio 13", "se", 13, None),
    ("how i built this episode 5", "hibt", 5, None),
    ("hibt ep 6", "hibt", 6, None),
    ("hipsters #165", "hip", 165, None),
    ("hipsters episódio 206", "hip", 206, None),
    ("mike neumann show 12", "mike", 12, None),
    ("podcasting 2.0 number 14", "p20", 14, None),
    ("taverncast ep 4", "tav", 4, None),
    ("tom segura en español ep 1", "tom", 1, None),
    ("no agenda 1366", "na", 1366, None),
]

LATEST: list[tuple[str, str | None, list[str]]] = [
    ("newest bombcast that talks grand theft auto v", "bomb", ["grand theft auto v\\b"]),
    ("latest gb pod where the 38 studios mess comes up", "bomb", ["38 studios"]),
    ("most recent bombcast mentioning bad company 2", "bomb", ["bad company 2"]),
    ("last bombcast where somebody's back from vacation", "bomb", ["\\bvacation\\b"]),
    ("latest bombcast with tecmo drama", "bomb", ["\\btecmo\\b"]),
    ("newest bombcast talking uncharted 2", "bomb", ["uncharted 2\\b"]),
    ("most recent talk python that mentions celery", "tp", ["\\bcelery\\b"]),
    ("newest lex where dostoevsky comes up", "lex", ["\\bdostoevsky\\b"]),
    ("latest making sense that brings up the stoics", "ms", ["\\bstoic"]),
    ("most recent hibt where surfing comes up", "hibt", ["\\bsurf(ing|er|ers|board)?\\b"]),
    ("hipsters mais novo que fala de blockchain", "hip", ["\\bblockchain\\b"]),
    ("latest se radio that mentions scala", "se", ["\\bscala\\b"]),
    ("most recent go time bringing up kubernetes", "go", ["\\bkubernetes\\b"]),
    ("newest js party that mentions webpack", "js", ["\\bwebpack\\b"]),
    ("latest today in focus about germany", "tif", ["\\bgermany\\b"]),
    ("el pasaje más nuevo que habla de los persas", "pas", ["\\bpersas?\\b"]),
    ("last pc 2.0 that mentions podping", "p20", ["\\bpodping\\b"]),
    ("last taverncast that mentions vampires", "tav", ["\\bvampires?\\b"]),
]

SPANISH: Labelled = [
    (
        "¿el bombcast de watch dogs, driveclub y la mudanza?",
        ["Giant Bombcast 05/27/2014"],
        ["packing and moving"],
    ),
    (
        "¿cuál bombcast habla de pikmin y de enseñarle el oculus rift a gente nueva?",
        ["Giant Bombcast 08-13-2013"],
        ["pikmin"],
    ),
    (
        "el bombcast tranquilo después de pax east y la gdc, con bioshock infinite sin spoilers",
        ["Giant Bombcast 04/02/2013"],
        ["spoiler-free bioshock"],
    ),
    (
        "¿el bombcast de año nuevo con llamadas por skype y la muerte de dick clark?",
        ["Giant Bombcast 01-01-2013"],
        ["dick clark"],
    ),
    (
        "¿qué le pasó a julián después de dejar el ministerio en el capítulo 9 de la serie?",
        ["El Ministerio del Tiempo - Tiempo de valientes: capítulo 1"],
        ["despues de abandonar el ministerio"],
    ),
    (
        "¿la entrega donde el patrullero todavía se considera funcionario del ministerio?",
        ["El Ministerio del Tiempo - Tiempo de valientes: capítulo 6"],
        ["sigo siendo funcionario"],
    ),
    (
        "¿el tom segura con el guionista filántropo vecino de san isidro?",
        ["Ep. 17 con Jaime Ferraro | Tom Segura En Español"],
        ["san isidro"],
    ),
    (
        "el tom segura del sabor loco",
        ["Ep. 12 con Joey Coco Diaz | Tom Segura En Español"],
        ["sabor loco"],
    ),
    (
        "¿el pasaje que habla de licurgo y la constitución espartana?",
        ["Esparta y el Paso de las Termópilas (I)"],
        ["licurgo"],
    ),
    ("pasajes donde salen platón y jenofonte", ["Sócrates"], ["jenofonte"]),
    (
        "¿hay un pasaje sobre el final de la dinastía ptolemaica?",
        ["Cleopatra"],
        ["dinastia ptolemaica"],
    ),
    (
        "¿el pasaje con maría pacheco y juan padilla?",
        ["Guerra de las Comunidades (Los Comuneros)"],
        ["maria pacheco"],
    ),
    (
        "¿wola sobre cuando la cita anual de drogas de viena dejó de ser aburrida?",
        [WOLA_DRUG],
        ["uneventful, consensus-driven"],
    ),
    (
        "¿el wola donde dicen que a la gente la encarcelan por ser pobre?",
        [WOLA_GRIM],
        ["our crime is to be poor"],
    ),
    ("¿el lex con el que creó c++?", ["Bjarne Stroustrup: C++"], ["f:lex", "t:stroustrup"]),
    (
        "¿el today in focus sobre la sanidad privada en el reino unido?",
        ["Why are more people in the UK turning to private healthcare?"],
        ["t:private healthcare"],
    ),
    (
        "¿el how i built this de la diseñadora que trabajaba en una aerolínea?",
        ["Norma Kamali: Norma Kamali"],
        ["airline clerk"],
    ),
    (
        "¿el go time sobre ssa y el nuevo compilador?",
        ["The Go Compiler and Go 1.8"],
        ["gain from ssa"],
    ),
]

PORTUGUESE: Labelled = [
    (
        "o bombcast do oregon trail no espaço e do borderlands 2",
        ["Giant Bombcast 09-18-2012"],
        ["oregon trail in space"],
    ),
    (
        "o bombcast sobre too human e os pais de jogadores profissionais de guitar hero",
        ["Giant Bombcast 08-19-2008"],
        ["too human"],
    ),
    (
        "o bombcast dos cavanhaques e do esquema de pirâmide da blizzard",
        ["Giant Bombcast 08-12-2008"],
        ["pyramid scheme"],
    ),
    (
        "o hipsters com a galera da mendelics sobre dna",
        ["DNA, Vacinas e Data Science – Hipsters Ponto Tech #238"],
        ["f:hip", "mendelics"],
    ),
    (
        "o hipsters com o time da alvin sobre data lineage",
        ["Engenharia e Linhagem de dados – Hipsters Ponto Tech #327"],
        ["time da alvin"],
    ),
    (
        "o hipsters on the road onde o áudio tem interferência no minuto 04:05",
        ["Ciência de dados, seguros e sinistro na Porto Seguro – Hipsters On The Road #45"],
        ["f:hip", "04:05"],
    ),
    (
        "o hipsters com o pessoal da creditas sobre um framework mvc tradicional",
        ["Javascript: Ember.js – Hipsters #78"],
        ["creditas", "t:ember"],
    ),
    (
        "hipsters com a diretora de supply chain da totvs",
        ["ERPs, Arquiteturas e TOTVS – Hipsters Ponto Tech #141"],
        ["angela gheller"],
    ),
    (
        "o hipsters com o pessoal da bxblue",
        ["Monolitos – Hipsters Ponto Tech #277"],
        ["bxblue"],
    ),
    (
        "aquele hipsters da natura onde o paulo teve que andar muito pra chegar",
        ["Negócios e Inovação Digital na Natura – Hipsters #155"],
        ["andar muito"],
    ),
    (
        "o hipsters com o cto da resultados digitais sobre trabalhar de casa na quarentena",
        ["Guia do Home Office – Hipsters #194"],
        ["thompson marzagao"],
    ),
    (
        "notícias lentas da dw de 17 de fevereiro",
        ["17.02.2022 – Langsam gesprochene Nachrichten"],
        ["t:17\\.02\\.2022"],
    ),
    (
        "o making sense sobre o livro starry messenger",
        ["#302 — Science & Civilization"],
        ["starry messenger"],
    ),
    (
        "o talk python sobre programar o google home e a alexa",
        ["#146: Building Alexa Skills with Python and Flask"],
        ["f:tp", "google home"],
    ),
    (
        "o js party onde o kent conta por que largou a carreira de professor independente",
        ["Remix helps bridge the network chasm"],
        ["lucrative independent teaching"],
    ),
    (
        "o se radio com o professor de eindhoven sobre workflow",
        ["Episode 198: Wil van der Aalst on Workflow Management Systems"],
        ["f:se", "eindhoven"],
    ),
    (
        "o taverncast em que o aric assiste donnie darko",
        ["Taverncast: The Screen - The Omen"],
        ["donnie darko"],
    ),
]

# (question, patterns that must be absent from every title and notes)
# Near misses: neighbouring countries and events, technologies, games, guests and news that
# no episode of any feed covers.
NONE: list[tuple[str, tuple[str, ...]]] = [
    ("did wola ever do ecuador's noboa and the prison gangs", ("noboa",)),
    ("¿wola habló del litio en bolivia y el salar de uyuni?", ("uyuni",)),
    ("wola on costa rica's crime wave", ("costa rica",)),
    ("anything from wola on the sinaloa cartel war in culiacán", ("culiacan",)),
    ("wola on the los chapitos extraditions", ("chapitos",)),
    ("¿wola tiene algo sobre la frontera de tapachula?", ("tapachula",)),
    ("wola episode about peru's boluarte protests", ("boluarte",)),
    ("¿algo de wola sobre el acuerdo de escazú?", ("escazu",)),
    ("wola on the amazon summit in belém", ("belem",)),
    ("wola on cartels using drones on the border", ("cartel drones?",)),
    ("se radio episode about zig", ("\\bzig\\b",)),
    ("making sense with christopher nolan about oppenheimer", ("christopher nolan",)),
    ("the guardian pod on raac concrete in schools", ("\\braac\\b",)),
    ("bombcast ranking the resident evil 4 remake", ("resident evil 4 remake",)),
    ("anything on the roanoke colony vanishing", ("roanoke",)),
    ("the ep about the 1966 palomares nuclear bombs", ("palomares",)),
    ("the ep about the kamikaze winds that sank the mongol fleet", ("kamikaze",)),
    ("anything on easter island's moai", ("\\bmoai\\b", "easter island")),
    ("the ep on the great train robbery of 1963", ("great train robbery",)),
    ("ep about the isabella stewart gardner museum heist", ("gardner museum",)),
    ("¿algún episodio sobre la alhambra de granada?", ("alhambra",)),
    ("¿hay algo del motín de esquilache?", ("esquilache",)),
    ("tem episódio sobre a coluna prestes?", ("coluna prestes",)),
    ("tem algum hipsters sobre o talkback no android?", ("talkback",)),
    ("go time on the xz backdoor", ("\\bxz\\b",)),
    ("lex fridman with alex honnold", ("honnold",)),
    ("the one about competitive cheese rolling", ("cheese rolling",)),
    ("ep about the history of the fortune cookie", ("fortune cookie",)),
    ("anything on the invention of velcro", ("velcro",)),
    ("that ep about who invented the shipping container", ("shipping container",)),
    ("that one about how barcodes were invented", ("barcode",)),
    ("anything on the challenger disaster o-rings", ("o-ring",)),
    ("go time on wireguard written in go", ("wireguard",)),
    ("anything on who invented the qr code", ("qr code",)),
    ("bombcast about the nintendo virtual console shutting down", ("virtual console",)),
    ("the bombcast about the wii balance board", ("balance board",)),
    ("that gb pod where they play katamari forever", ("katamari",)),
    ("bombcast interviewing the rock band drum kit designers", ("drum kit",)),
    ("anything on the gamecube's wavebird controller", ("wavebird",)),
    ("ep where they go deep on the n-gage taco phone", ("n-gage",)),
    ("¿pasajes cuenta lo de isabel ii y la gloriosa?", ("la gloriosa",)),
    ("did wola look at the lithium fights in jujuy province", ("jujuy",)),
    ("anything from latin america today on the nicaragua church crackdown", ("nicaragua",)),
    ("wola covering the guayaquil tv station takeover", ("guayaquil",)),
    ("wola on the yasuní oil referendum", ("yasuni",)),
    ("wola on the mexican marines in the tamaulipas gap", ("tamaulipas",)),
    ("the wola one about the chiquita banana trial in florida", ("chiquita",)),
    ("wola podcast about the cuban doctors sent abroad", ("cuban doctors", "medicos cubanos")),
    ("wola on the kirchner assassination attempt", ("kirchner",)),
    ("wola ep about colombia's coffee growers and la roya fungus", ("la roya", "coffee rust")),
    ("tp on taipy for data apps", ("taipy",)),
    ("guy raz with the people behind the yeti cooler", ("yeti",)),
    ("gb podcast on the dreamcast's vmu little screen", ("\\bvmu\\b",)),
    ("the bombcast about shenmue 3's kickstarter", ("shenmue",)),
    ("bombcast going over the virtual boy's red headaches", ("virtual boy",)),
    ("giant bombcast about the power glove", ("power glove",)),
    ("ep about the people who live on tristan da cunha", ("tristan da cunha",)),
    ("was there something on the 1883 krakatoa eruption", ("krakatoa",)),
    ("the ep on the wow! signal from 1977", ("wow! signal", "wow signal")),
    ("anything on the mpemba effect", ("mpemba",)),
    ("ep about the coelacanth being rediscovered", ("coelacanth",)),
    ("that ep about the longest-running lab experiment, the pitch drop", ("pitch drop",)),
    ("the one about the toxic lake in karachay", ("karachay",)),
    ("ep about the halley's comet panic of 1910", ("halley",)),
    ("something about the 1904 brazilian rubber boom in manaus", ("manaus",)),
    ("¿pasajes cuenta la vida de blas de lezo?", ("blas de lezo",)),
    ("¿algo en pasajes sobre los tercios en flandes?", ("flandes",)),
    ("¿hay un episodio sobre la expedición balmis?", ("balmis",)),
    ("¿pasajes tiene a juan sebastián elcano?", ("elcano",)),
    ("¿algún pasaje sobre la batalla del ebro?", ("batalla del ebro",)),
    ("¿el ministerio del tiempo tiene un capítulo con velázquez?", ("velazquez",)),
    ("o hipsters sobre a lei do software livre no brasil?", ("software livre",)),
    ("alguém sabe de um episódio sobre santos dumont?", ("santos dumont", "santos-dumont")),
    ("dw nachrichten zur bahnstreik der gdl im märz", ("bahnstreik",)),
    (
        "taverncast reviewing the lord of the rings online beta",
        ("lotro", "lord of the rings online"),
    ),
    ("no agenda where they rant about the fluoride in water", ("fluoride",)),
    ("which wola episode dealt with the san andrés island ruling", ("san andres",)),
    ("wola on bolivia's arce and evo fighting over the mas party", ("\\barce\\b",)),
    (
        "latin america today on chile's new constitution vote failing twice",
        ("new constitution", "plebiscit"),
    ),
    (
        "wola podcast on the honduran ex-president hernández convicted in new york",
        ("juan orlando", "hernandez convicted"),
    ),
    ("¿wola sobre los falsos positivos y la jep?", ("falsos positivos", "\\bjep\\b")),
    ("wola on venezuela's essequibo claim against guyana", ("essequibo", "guyana")),
    ("the wola one about femicide marches in mexico city on march 8", ("femicid", "feminicid")),
    (
        "¿latin america today tiene algo de la operación car wash, lava jato?",
        ("lava jato", "car wash"),
    ),
    ("wola ep about the salvadoran bitcoin atms", ("bitcoin atm", "chivo")),
    ("talk python on the python 3.12 f-string grammar change", ("3\\.12",)),
    ("go time on the new math/rand/v2", ("rand/v2",)),
    ("js party on the array grouping proposal", ("array grouping", "object\\.groupby")),
    ("se radio interview about the chaos engineering game days at a bank", ("game days?",)),
    ("go time on the gotip command", ("gotip",)),
    ("lex interview with the blue whale researcher", ("blue whale",)),
    ("guy raz chatting with the stanley cup tumbler people", ("tumbler",)),
    ("sam harris in conversation with mary roach", ("mary roach",)),
    ("how i built this with the lego serious play guy", ("serious play",)),
    ("lex with the free diver who holds the depth record", ("free diver", "freediv")),
    ("bombcast where they play the simpsons hit and run", ("hit and run",)),
    ("gb pod on the wii's homebrew channel", ("homebrew channel",)),
    ("bombcast reviewing the game boy camera printer", ("game boy camera", "game boy printer")),
    ("giant bombcast doing a whole hour on frogger", ("frogger",)),
    ("anything about the pigeon that carried messages in ww1, cher ami", ("cher ami",)),
    ("was there an episode on the great fire of smyrna", ("smyrna",)),
    ("the ep on the tay bridge disaster", ("tay bridge",)),
    ("ep on mansa musa's pilgrimage", ("mansa musa",)),
    ("something on the taiping rebellion", ("taiping",)),
    ("anything about the johnstown flood", ("johnstown",)),
    ("ep about the 1924 paris olympics chariots of fire runners", ("chariots of fire",)),
    ("anything on the glass harmonica ben franklin made", ("harmonica",)),
    ("ep on the crystal palace exhibition of 1851", ("crystal palace",)),
    ("¿pasajes tiene un episodio de agustina de aragón?", ("agustina",)),
    ("¿algún capítulo sobre la reina juana la loca?", ("juana la loca",)),
    ("¿hay un episodio sobre simón bolívar cruzando los andes?", ("bolivar",)),
    ("¿tom segura habla de su viaje a cusco?", ("cusco", "cuzco")),
    ("¿en tiempo de valientes sale el general martínez campos?", ("martinez campos",)),
    ("alguma coisa sobre o descobrimento do pré-sal?", ("pre-sal",)),
    ("taverncast reviewing the movie 300", ("\\b300\\b movie", "movie 300")),
    ("tp with the author of the requests-html library", ("requests-html",)),
    ("tp on pandas 2.0 and the arrow backend", ("pandas 2",)),
    ("js party on the htmx vs react debate with the htmx author", ("carson gross",)),
    ("hipsters sobre o drex e tokenização", ("tokeniza",)),
    ("wola on the caravan from honduras in 2018", ("caravan",)),
    ("¿wola sobre la reforma de pensiones en chile?", ("pensiones", "pension reform")),
    ("wola on the peruvian congress removing vizcarra", ("vizcarra",)),
    ("wola ep about the mexican army's role in the huachicol fuel theft", ("huachicol",)),
    ("gb pod about the nintendo 3ds streetpass plaza", ("streetpass",)),
    ("giant bombcast on the atari jaguar ct", ("jaguar ct",)),
    ("bombcast episode about the neo geo x handheld", ("neo geo x",)),
    ("anything about the guy who flew a lawn chair with balloons", ("lawn chair",)),
    ("anything on the great stork migration tracking", ("stork",)),
    ("was there one on the 1938 war of the worlds radio panic", ("war of the worlds",)),
    ("ep on the kitty genovese case", ("genovese",)),
    ("ep about the battle of los angeles 1942", ("battle of los angeles",)),
    ("something on the great smog of 1952", ("great smog",)),
    ("ep about the lost cosmonauts conspiracy", ("cosmonaut",)),
    ("ep about the history of the slinky toy", ("slinky",)),
    ("that ep about how the post-it note was invented", ("post-it",)),
    ("¿pasajes habla de la batalla de san quintín?", ("san quintin",)),
    ("¿algo sobre los comuneros de paraguay?", ("comuneros de paraguay",)),
    ("¿algún pasaje sobre la gesta de los últimos de filipinas?", ("ultimos de filipinas",)),
    ("dw nachrichten zum ende der maskenpflicht", ("maskenpflicht",)),
    ("no agenda where john rants about the metric system", ("metric system",)),
]

CHAT: list[str] = [
    "morning folks, coffee's brewing",
    "is it friday yet",
    "hello from lisbon",
    "anyone up at this hour?",
    "goodnight and thanks for the recs",
    "thanks bot, much appreciated",
    "weather's finally nice here",
    "just joined, hi all",
    "cheers everyone",
    "omg my cat just knocked over my mic",
    "my internet keeps dropping ugh",
    "happy new year folks",
    "late night crew checking in",
    "lunch break finally",
    "wow my commute took two hours today",
    "finally got my new keyboard, clacky af",
    "whoever set up this bot, you rock",
    "happy thanksgiving to the americans here",
    "the snow is insane where i am",
    "my kid says hi to everyone",
    "that's hilarious lmao",
    "oof rough day at work",
    "coffee number three, send help",
    "this chat is so chill tonight",
    "oi oi, alguém aí?",
    "feliz finde a todos",
    "boa noite, vou dormir",
    "my dog ate my earbuds lol",
    "back after a long break, missed you all",
    "brb my pasta is boiling over",
    "ok i'm off, peace",
    "train wifi is garbage",
]
# The shared machinery (fresh_sets.py), bound to this set's lists and limits.


_SET = NovelSet(globals(), fresh)
content_words = _SET.content_words
same_details = _SET.same_details
earlier_sets = _SET.earlier_sets
near_earlier = _SET.near_earlier
reused = _SET.reused
feed_shares = _SET.feed_shares
size_problems = _SET.size_problems
build = _SET.build
main = _SET.main


if __name__ == "__main__":
    main()
