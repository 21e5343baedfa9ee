"""Write issue 11's twenty-ninth fresh held-out set: ``questions_fresh29.jsonl``.

Run from the repository root with the shared feeds beside it::

    python tests/data/make_fresh29_questions.py [FEEDS_DIR]

It follows the twenty-eighth set (``questions_fresh28.jsonl``) as the held-out set kept for
the round after. Its questions were written from the feeds alone (titles, notes, guests,
dates, episode numbers), never from the answering code or from what the bot answers, and the
bot was not run on them. They are worded by hand. No question is near one of the thirty-two
earlier sets (the four first ones and fresh to fresh28, ``questions_fresh28.jsonl`` among
them).

As for the twenty-eighth set, no episode of any feed is left that no earlier set expects, so
every answerable question here expects episodes an earlier set already expects, and the share
that may expect only earlier-set episodes (``MAX_REUSED_SHARE``) is 1. The rule of novelty is
the whole guard, and it holds for every answerable question here: a question that expects an
episode an earlier set expects must ask about it through other details than every earlier
question expecting that episode, the twenty-eighth set's among them. ``same_details`` checks
it: the question's content words (folded; the stop words the sets under the rule share,
``fresh_sets.NOVELTY_STOP_WORDS``, dropped; a final "s" dropped) may share at most one word
with each earlier question that expects one of the same episodes. So the questions were
written from details of the notes earlier questions did not use.

The other limits are the twenty-eighth set's: at least 15 of each kind, 95 near misses, 110
unanswerable questions and 320 in all, and a podcast may take 25% of the answerable questions
(``MAX_FEED_SHARE``). The checks are those of ``make_fresh_questions.py``, run unchanged over
this set's lists with the earlier sets, and on top of those the checks of the size of the
set: each kind, the near misses, the share of each podcast and of earlier-set episodes
(``fresh_sets.py`` runs them and says what they are), and last the novelty rule above. Its
functions are bound at the end of this script. The file is written only when every check
passes.
"""

from __future__ import annotations

import sys
from fractions import Fraction
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import make_fresh_questions as fresh  # noqa: E402
from fresh_sets import NOVELTY_STOP_WORDS, NovelSet, earlier_sets  # noqa: E402

OUT = HERE / "questions_fresh29.jsonl"
EARLIER = earlier_sets(29, fresh.EARLIER)
HEADER = (
    "Issue 11 twenty-ninth fresh held-out set (written by "
    "tests/data/make_fresh29_questions.py from the feeds; succeeds questions_fresh28.jsonl as "
    "the held-out set; never tune on it)"
)

# The least each kind must count, the least number of near misses and of unanswerable
# questions, the least size of the set, the largest share of the answerable questions one
# podcast may take, and the largest share that may expect only earlier-set episodes: all of
# them, since every episode of every feed was expected before (the novelty rule below is what
# keeps the questions new).
MIN_PER_KIND = 15
MIN_NONE = 95
MIN_UNANSWERABLE = 110
MIN_TOTAL = 320
MAX_FEED_SHARE = 0.25
MAX_REUSED_SHARE = Fraction(1, 1)
# The novelty rule: the most content words a question on an earlier-set episode may share
# with each earlier question expecting that episode.
MAX_SHARED_WORDS = 1

# Words that say nothing of an episode: stop words, the podcasts' names and their hosts'
# (the list every set under the novelty rule shares, kept in fresh_sets).
STOP_WORDS = NOVELTY_STOP_WORDS

Labelled = fresh.Labelled

WOLA_VEN = "U.S. drug policy takes a “radical” and “chilling” turn. Is Venezuela in the crosshairs?"
WOLA_MUJ = "Mujeres contra la corrupción y el autoritarismo: aprendiendo de El Salvador"
RTVE_2 = "El Ministerio del Tiempo - Tiempo de valientes: capítulo 2"
DYSON = ["Dyson: James Dyson (2018)", "Dyson: James Dyson"]

NOTES: Labelled = [
    (
        "bombcast w/ the great pizza exposition and jaguar greatest hits",
        ["Giant Bombcast 07/05/2016"],
        ["great pizza exposition"],
    ),
    (
        "the gb one about office dental care and disney infinity shutting down",
        ["Giant Bombcast 05/17/2016"],
        ["office dental care"],
    ),
    (
        "bombcast where navarro helps make sense of mortal kombat gold?",
        ["Giant Bombcast 535: Our Crazy Apocalypse"],
        ["mortal kombat gold"],
    ),
    (
        "gb pod w/ billy mitchell's mame saga and bootleg burger king",
        ["Giant Bombcast 519: Jim Davis Get Paid Dot Biz"],
        ["bootleg burger king"],
    ),
    (
        "the bombcast with swedish cowboys and fluid dynamics",
        ["Giant Bombcast 12-15-2009"],
        ["swedish cowboys"],
    ),
    (
        "bombcast on the musical mystery behind killer instinct 3",
        ["Giant Bombcast 09-09-2008"],
        ["musical mystery"],
    ),
    (
        "gb ep that gets into dr dre albums and time magazine covers",
        ["Giant Bombcast 08/11/2015"],
        ["dr\\. dre albums"],
    ),
    (
        "tp with the snorkel ai person on hiring for ml",
        ["#298: Building ML teams and finding ML jobs"],
        ["snorkel ai"],
    ),
    (
        "tp where you could program a solar charging backpack",
        ["#108: MicroPython and Open Source Hardware at Adafruit"],
        ["solar charging backpack"],
    ),
    (
        "lex w/ the guy who cofounded the centre for the study of existential risk",
        ["#305 – Martin Rees: Black Holes, Alien Life, Dark Matter, and the Big Bang"],
        ["centre for the study of existential risk"],
    ),
    (
        "making sense on chosen suffering and kahneman's well-being research",
        ["#266 — The Limits of Pleasure"],
        ["chosen suffering"],
    ),
    (
        "se radio where michael interviews one of their own regular listeners",
        ["Episode 135: Introduction to Software Configuration Management with Petri Ahonen"],
        ["one of our regular listeners"],
    ),
    (
        "go time with peter bourgon and ben johnson on trade-offs and common mistakes",
        ["On application design"],
        ["peter bourgon, kat zien, and ben johnson"],
    ),
    (
        "js party demystifying the space toggle trick",
        ["Amal joins the party 🎉"],
        ["space toggle"],
    ),
    (
        "tif on the israeli contractors who say they swung 30 elections",
        ["The secret world of disinformation for hire"],
        ["israeli contractors"],
    ),
    (
        "taverncast premiere beer from a brewery in battle creek",
        ["Taverncast: On Tap 1 - Arcadia ESB"],
        ["battle creek"],
    ),
]

LOOSE: Labelled = [
    (
        "bombcast hoping for the glorious return of avatars",
        ["Giant Bombcast 486: The Episode After E3"],
        ["glorious return of"],
    ),
    (
        "gb ep dazzling brad with the cancellation of mega man universe and the agency",
        ["Giant Bombcast 04-05-2011"],
        ["mega man universe"],
    ),
    (
        "tp on textbook samples that run right in a browser",
        ["#20: Interactive Python and Teaching Python: Beyond Text Books"],
        ["brad miller"],
    ),
    (
        "lex with the uchicago prof who studies why groups fight",
        ["#273 – Chris Blattman: War and Violence"],
        ["professor at the university of chicago studying"],
    ),
    (
        "lex talking to the former ibm boss",
        ["#362 – Ginni Rometty: IBM CEO on Leadership, Power, and Adversity"],
        ["t:ginni rometty"],
    ),
    (
        "sam's conversation w/ the numenta guy about cortical columns",
        ["#255 — The Future of Intelligence"],
        ["cortical columns"],
    ),
    (
        "sam + yuval about putin misjudging divisions in america and the eu",
        ["#276 — Defending the Global Order"],
        ["putin.s miscalculation"],
    ),
    (
        "se radio with the ibm mainframe fellow jeff frey",
        ["Episode 184: The Mainframe with Jeff Frey"],
        ["jeff frey"],
    ),
    (
        "se radio on why reading unfamiliar undocumented code is a skill",
        ["Episode 148: Software Archaeology with Dave Thomas"],
        ["undocumented source code"],
    ),
    (
        "go time on whether deferred functions run when a process terminates",
        ["When Go programs end"],
        ["deferred functions"],
    ),
    (
        "js party where the angularjs creator pitches a fundamental rethink of web apps",
        ["Qwik is a new kind of web framework"],
        ["fundamental rethinking"],
    ),
    (
        "tif on the met report that says discrimination is baked in",
        [
            "Britain’s biggest police force is racist, sexist, and homophobic - can it change? "
            "– podcast"
        ],
        ["landmark report into the metropolitan police"],
    ),
    (
        "hibt live show with the tofu turkey guy",
        ["Live Episode! Tofurky: Seth Tibbott", "Live Episode! Tofurky: Seth Tibbott (2019)"],
        ["t:tofurky"],
    ),
    (
        "pc2.0 where the alabama guy controls the podcast climate",
        ["Episode 25: Can't Drive 55"],
        ["controls the podcast climate"],
    ),
    (
        "mike and tim on the impact of writing letters",
        ["Letters"],
        ["impact of writing letters"],
    ),
    (
        "the guardian pod where a columnist regrets his log burner",
        ["The true cost of wood-burning stoves"],
        ["mea culpa"],
    ),
    (
        "wola where isacson and colleagues discuss a sunk speedboat near the venezuelan coast",
        [WOLA_VEN],
        ["sank a small boat"],
    ),
]

# (question, expected titles, evidence, misspelled?)
GUEST: list[tuple[str, list[str], list[str], bool]] = [
    ("chip huyen", ["#298: Building ML teams and finding ML jobs"], ["chip huyen"], False),
    (
        "tony dicola adafruit",
        ["#108: MicroPython and Open Source Hardware at Adafruit"],
        ["tony dicola"],
        False,
    ),
    (
        "jonathon morgan data",
        ["#89: A conversation with the Chief Data Scientist of the United States"],
        ["jonathon morgan", "t:chief data"],
        False,
    ),
    (
        "karl fristen",
        ["#99 – Karl Friston: Neuroscience and the Free Energy Principle"],
        ["t:karl friston"],
        True,
    ),
    (
        "neil gershenfield mit",
        ["#380 – Neil Gershenfeld: Self-Replicating Robots and the Future of Fabrication"],
        ["t:gershenfeld"],
        True,
    ),
    (
        "rebecca goldstien",
        ["#120 — What Is and What Matters"],
        ["rebecca goldstein"],
        True,
    ),
    (
        "chris grindstaf",
        ["Episode 125: Performance Engineering with Chris Grindstaff"],
        ["grindstaff"],
        True,
    ),
    (
        "ramnivas ladad aop",
        ["Episode 160: AspectJ and Spring AOP with Ramnivas Laddad"],
        ["laddad"],
        True,
    ),
    ("damian griski", ["Performance, fuzzing & magic"], ["damian gryski", "perfbook"], True),
    (
        "bret comnes",
        ["Making moves on supply chain security"],
        ["bret comnes", "t:supply chain"],
        False,
    ),
    (
        "curt richardsen",
        ["Live Episode! OtterBox: Curt Richardson"],
        ["curt richardson"],
        True,
    ),
    (
        "lucy james gamespot",
        ["Giant Bombcast 597: Watering a Plastic Succulent"],
        ["lucy james", "coming to america"],
        False,
    ),
    (
        "casey hudson",
        ["Giant Bombcast Mass Effect 2 Edition"],
        ["casey hudson", "t:mass effect 2"],
        False,
    ),
    ("jim hendler", ["Episode 116: The Semantic Web with Jim Hendler"], ["t:jim hendler"], False),
    ("michael knyszek go team", ["When Go programs end"], ["knyszek", "t:programs end"], False),
    (
        "petri ahonnen",
        ["Episode 135: Introduction to Software Configuration Management with Petri Ahonen"],
        ["petri ahonen"],
        True,
    ),
    (
        "jeffrey shainlin nist",
        ["#225 – Jeffrey Shainline: Neuromorphic Computing and Optoelectronic Intelligence"],
        ["t:shainline"],
        True,
    ),
]

HOST_GUEST: Labelled = [
    ("sam harris with robert wright", ["#102 — Is Buddhism True?"], ["f:ms", "robert wright"]),
    (
        "josh long and cedric champeau",
        ["SE-Radio Episode 240: The Groovy Language with Cédric Champeau"],
        ["f:se", "champeau"],
    ),
    (
        "markus voelter & michael kircher part one",
        ["Episode 53: Product Line Engineering Pt. 1"],
        ["michael kircher", "t:pt\\. 1"],
    ),
    ("natalie and bill kennedy, writing go books", ["Books that teach Go"], ["sau sheong chang"]),
    (
        "natalie w/ ole bulbuk and sandor szucs",
        ["Long-term code maintenance"],
        ["ole bulbuk", "sandor szucs"],
    ),
    (
        "chris and nick w/ feross, bret and mik",
        ["Making moves on supply chain security"],
        ["mik lysenko"],
    ),
    (
        "emma and adam with una kravets",
        ["CSS! Everyone's favorite programming language"],
        ["una kravets", "t:favorite programming"],
    ),
    ("guy raz and james dyson", DYSON, ["t:james dyson"]),
    (
        "guy raz and seth tibbott",
        ["Live Episode! Tofurky: Seth Tibbott", "Live Episode! Tofurky: Seth Tibbott (2019)"],
        ["t:seth tibbott"],
    ),
    (
        "lex and michio kaku",
        ["Michio Kaku: Future of Humans, Aliens, Space Travel & Physics"],
        ["f:lex", "t:michio kaku"],
    ),
    (
        "lex moderating yoram hazony and an objectivist",
        ["#256 – Nationalism Debate: Yaron Brook and Yoram Hazony"],
        ["f:lex", "hazony"],
    ),
    (
        "michael kennedy with mike driscoll on wxpython",
        ["#326: Building Desktop Apps with wxPython"],
        ["f:tp", "t:wxpython", "mike driscoll"],
    ),
    (
        "sam harris talking with paul bloom about hedonism",
        ["#266 — The Limits of Pleasure"],
        ["f:ms", "hedonism", "paul bloom"],
    ),
    (
        "the gb crew with new york's alex navarro before e3",
        ["Giant Bombcast 535: Our Crazy Apocalypse"],
        ["alex navarro swoops in"],
    ),
    (
        "adam and dave previewing bitcoin 2021",
        ["Episode 40: Miami or Bust!"],
        ["f:p20", "bitcoin 2021 preview"],
    ),
    (
        "martin talking with chris grindstaff",
        ["Episode 125: Performance Engineering with Chris Grindstaff"],
        ["f:se", "t:grindstaff"],
    ),
    (
        "paulo silveira com o guilherme rambo sobre swift",
        ["Desenvolvimento iOS com Swift – Hipsters #120"],
        ["guilherme rambo", "t:swift"],
    ),
]

# (question, expected titles, the real title fragment as a pattern over folded titles)
TITLE_TYPO: list[tuple[str, list[str], str]] = [
    ("the limts of pleasure", ["#266 — The Limits of Pleasure"], "the limits of pleasure"),
    ("in serch of reality", ["#124 — In Search of Reality"], "in search of reality"),
    ("what is and waht matters", ["#120 — What Is and What Matters"], "what is and what matters"),
    ("defending the gloabl order", ["#276 — Defending the Global Order"], "defending the global"),
    (
        "invent ur own computer gmaes",
        ["#106: Invent your own computer games with Python"],
        "invent your own computer games",
    ),
    ("bayesian fundations", ["#239: Bayesian foundations"], "bayesian foundations"),
    (
        "beyond text boooks",
        ["#20: Interactive Python and Teaching Python: Beyond Text Books"],
        "beyond text books",
    ),
    (
        "flyng cars autonomus vehicles",
        ["Sebastian Thrun: Flying Cars, Autonomous Vehicles, and Education"],
        "flying cars, autonomous",
    ),
    ("fearles change", ["Episode 139: Fearless Change with Linda Rising"], "fearless change"),
    (
        "software archeology",
        ["Episode 148: Software Archaeology with Dave Thomas"],
        "software archaeology",
    ),
    ("hello gopher whos there", ["Hellogopher, whosthere?"], "hellogopher"),
    ("east meats west", ["Giant Bombcast 458: East Meets West"], "east meets west"),
    ("whos runing britain", ["Who’s running Britain?"], "running britain"),
    ("high strangness", ["Taverncast 36: High Strangeness"], "taverncast 36: high strangeness"),
    (
        "developer experiance relations e advocate",
        ["Developer Experience, Relations e Advocate – Hipsters Ponto Tech #270"],
        "developer experience, relations",
    ),
    ("maimi or bust", ["Episode 40: Miami or Bust!"], "miami or bust"),
    (
        "roald amundsen y la conquista de los poloz",
        ["Roald Amundsen y la conquista de los Polos"],
        "conquista de los polos",
    ),
]

PODCAST: list[tuple[str, str, str]] = [
    ("bombcasts whose names mention hot dogs", "bomb", r"hot dog"),
    ("bombcasts with potato in the title", "bomb", r"potato"),
    ("tp micropython eps", "tp", r"micropython"),
    ("the talk pythons on streamlit", "tp", r"streamlit"),
    ("lex eps w/ kanye in the title", "lex", r"kanye"),
    ("lex eps with nuclear in the name", "lex", r"nuclear"),
    ("sam harris eps on free will", "ms", r"free will"),
    ("se radio on dsls, all of them", "se", r"dsl|domain specific"),
    ("hibt tate's bake shop versions", "hibt", r"tate.s bake shop"),
    ("hibt both dyson ones", "hibt", r"dyson"),
    ("go time fuzzing eps", "go", r"fuzz"),
    ("go time eps about teaching and learning", "go", r"teaching"),
    ("tif eps about the nhs", "tif", r"\bnhs\b"),
    ("os hipsters que contam biografias de figuras famosas", "hip", r"vida e obra"),
    ("taverncast oktoberfest ones", "tav", r"oktoberfest|octavernfest"),
    ("pasajes on napoleón", "pas", r"napoleon"),
    ("js party jamstack ones", "js", r"jamstack"),
]

NUMBER: list[tuple[str, str | None, int, int | None]] = [
    ("tp 326 whats that", "tp", 326, None),
    ("talk python no. 110?", "tp", 110, None),
    ("lex 191 who", "lex", 191, None),
    ("lex #94 who's on it", "lex", 94, None),
    ("making sense 230 pls", "ms", 230, None),
    ("ms no 137?", "ms", 137, None),
    ("se radio 184 topic", "se", 184, None),
    ("hibt 375 who's that", "hibt", 375, None),
    ("how i built this #158?", "hibt", 158, None),
    ("hipsters 178 é sobre o quê", "hip", 178, None),
    ("hipsters ponto tech 256 tema", "hip", 256, None),
    ("bombcast 495 name?", "bomb", 495, None),
    ("gb 519 what's it called", "bomb", 519, None),
    ("taverncast 36 pls", "tav", 36, None),
    ("tc number 50", "tav", 50, None),
    ("pc 2.0 ep 36 topic", "p20", 36, None),
    ("mike neumann 46 which one", "mike", 46, None),
    ("na 1371 title?", "na", 1371, None),
]

LATEST: list[tuple[str, str | None, list[str]]] = [
    ("latest bombcast bringing up dota", "bomb", ["\\bdota\\b"]),
    ("most recent gb pod mentioning pax", "bomb", ["\\bpax\\b"]),
    ("newest tp about jupyter", "tp", ["jupyter"]),
    ("latest talk python on flask", "tp", ["\\bflask\\b"]),
    ("newest lex with a neuroscientist", "lex", ["neuroscientist"]),
    ("most recent making sense touching on meditation", "ms", ["meditation"]),
    ("newest se radio that brings up erlang", "se", ["\\berlang\\b"]),
    ("newest hibt about coffee", "hibt", ["\\bcoffee\\b"]),
    ("go time most recent that mentions generics", "go", ["generics"]),
    ("latest js party mentioning deno", "js", ["\\bdeno\\b"]),
    ("most recent tif mentioning nurses", "tif", ["\\bnurses?\\b"]),
    ("hipsters, o último a citar rust", "hip", ["\\brust\\b"]),
    ("newest taverncast that mentions blood elves", "tav", ["blood elves"]),
    ("newest podcasting 2.0 about lightning", "p20", ["lightning"]),
    ("mike neumann most recent mentioning christmas", "mike", ["christmas"]),
    ("¿el pasaje más nuevo sobre napoleón?", "pas", ["napoleon"]),
    ("most recent no agenda w/ trans in its name", "na", ["t:trans"]),
    ("dw langsam, die neueste dienstagsausgabe", "dw", ["von dienstag"]),
]

SPANISH: Labelled = [
    (
        "¿el pasaje del poeta de la generación del 27?",
        ["Miguel Hernández"],
        ["generacion del 27"],
    ),
    (
        "¿el pasaje de la escritora gallega?",
        ["Pasajes de la historia: Rosalía de Castro"],
        ["escritora gallega"],
    ),
    (
        "¿algo del aniversario 75 de la muerte de lovecraft?",
        ["H.P Lovecraft"],
        ["75 aniversario"],
    ),
    (
        "¿el del general que amplió las conquistas de su padre en la península?",
        ["Aníbal y las Guerras Púnicas"],
        ["conquistas que hizo su padre"],
    ),
    (
        "¿el del mariscal de campo de la wehrmacht?",
        ["Erwin Rommel, el Zorro del Desierto"],
        ["wehrmacht"],
    ),
    (
        "¿el pasaje del gladiador tracio de linaje regio?",
        ["Espartaco y su lucha por la Libertad"],
        ["linaje regio"],
    ),
    (
        "¿el pasaje del rey persa que clavó en una lanza al espartano?",
        ["Leónidas, Rey de Esparta, contra Jerjes I"],
        ["clavo en una lanza"],
    ),
    (
        "¿el de los dos millones de hombres en el frente ruso?",
        ["Pasaje de la historia: La batalla de Stalingrado"],
        ["dos millones de hombres"],
    ),
    (
        "¿el audio de la primavera del 98 cuando el patrullero cuenta su nuevo encargo en la isla?",
        [RTVE_2],
        ["primavera de 1898"],
    ),
    (
        "¿el de wola con la abogada salvadoreña en el mes de marzo?",
        [WOLA_MUJ],
        ["mes de la mujer"],
    ),
    (
        "¿el de tom cuando da su dirección electrónico?",
        ["Ep. 03 Culo Culo Culo - Tom Segura En Español"],
        ["direccion electronico"],
    ),
    (
        "¿el lex con el filósofo del auge y la caída de las sociedades?",
        ["#191 – Daniel Schmachtenberger: Steering Civilization Away from Self-Destruction"],
        ["rise and fall of societies"],
    ),
    (
        "¿el go time sobre la encuesta a desarrolladores de 2016?",
        ["Go Developer Survey"],
        ["2016 go developer survey"],
    ),
    (
        "¿el hibt de la que vendía galletas a los 11 años en la granja?",
        ["Tate's Bake Shop: Kathleen King (2019)", "Tate's Bake Shop: Kathleen King"],
        ["11 years old when she started baking"],
    ),
    (
        "¿el tif sobre subir la edad de jubilación y las protestas contra macron?",
        ["How raising the retirement age set France on fire"],
        ["state pension age"],
    ),
    (
        "¿el making sense de los dos malentendidos del asalto al capitolio?",
        ["#230 — An Insurrection of Lies"],
        ["siege of the capitol"],
    ),
    (
        "¿el talk python que repasa los paquetes que recomiendan los invitados al final?",
        ["#346: 20 Recommended Packages in Review"],
        ["notable pypi package"],
    ),
]

PORTUGUESE: Labelled = [
    (
        "o hipsters que fala do concurso aberto pra trabalhar nos sistemas do governo",
        ["Tecnologia no Serpro – Hipsters Ponto Tech #358"],
        ["concurso", "t:tecnologia no serpro"],
    ),
    (
        "o hipsters sobre um dos criadores do doom",
        ["Vida e Obra: John Carmack – Hipsters Ponto Tech #156"],
        ["criadores de doom"],
    ),
    (
        "o hipsters que mapeia o mercado global com os dados da stack",
        ["Pesquisa com Devs da Stackoverflow 2022 – Hipsters Ponto Tech #317"],
        ["mapear o mercado de tecnologia global"],
    ),
    (
        "o hipsters sobre os times que organizam a casa",
        ["Platform teams – Hipsters Ponto Tech #256"],
        ["organizar a casa"],
    ),
    (
        "o hipsters com 4 pessoas que moram fora falando de salário",
        ["Vida, Carreira e Perrengues no Exterior – Hipsters #138"],
        ["moram fora"],
    ),
    (
        "o episódio em que o balboa virou host por um dia",
        ["Por trás do Hipsters: Caelum, Alura e Casa do Código – Hipsters #100"],
        ["host por um dia"],
    ),
    (
        "o hipsters com a líder de recrutamento do nubank",
        ["Seleção e Contratação de Times de Tecnologia – Hipsters #94"],
        ["recrutamento no nubank"],
    ),
    (
        "o hipsters em que o host admite não saber nada de programação funcional",
        ["Linguagens Funcionais – Hipsters #91"],
        ["nao sabe nada sobre programacao funcional"],
    ),
    (
        "o hipsters sobre a escassez de gente de ux e cibersegurança no brasil",
        [
            "Escassez de Profissionais de Tecnologia e um Manifesto para o Mercado – "
            "Hipsters Ponto Tech #293"
        ],
        ["ciberseguranca"],
    ),
    (
        "o hipsters de big data com casos de uso do spark",
        ["Big Data e Apache Spark – Hipsters Ponto Tech #341"],
        ["apache stark"],
    ),
    (
        "o hipsters sobre o que é ser subatômico e supersônico",
        ["Quarkus – Hipsters #230"],
        ["subatomico"],
    ),
    (
        "o hipsters sobre dar os primeiros passos com ciência de dados na quarentena",
        ["Cultura de Dados e a #QuarentenaDados – Hipsters Ponto Tech #196"],
        ["primeros passos com data science"],
    ),
    (
        "o lex com o físico que trabalha no nist",
        ["#225 – Jeffrey Shainline: Neuromorphic Computing and Optoelectronic Intelligence"],
        ["f:lex", "physicist at nist"],
    ),
    (
        "o bombcast onde o vinny tenta consolar o brad depois de um fim de semana ruim de dota",
        ["Giant Bombcast 09-17-2013"],
        ["dismal dota 2 weekend"],
    ),
    (
        "o making sense sobre pânicos morais nos campus",
        ["#137 — Safe Space"],
        ["moral panics on campus"],
    ),
    (
        "o tif sobre a lista de carteiros a paramédicos em greve",
        ["Why are so many workers going on strike?"],
        ["posties to paramedics"],
    ),
]

# (question, patterns that must be absent from every title and notes)
# Near misses: neighbouring countries and events, technologies, games, guests and news that
# no episode of any feed covers.
NONE: list[tuple[str, tuple[str, ...]]] = [
    (
        "wola on the lithium triangle and mining in bolivia's salt flats",
        ("uyuni", "lithium triangle"),
    ),
    ("wola about the belize-guatemala border case at the icj", ("belize",)),
    ("did wola discuss the mennonite colonies clearing forest in paraguay", ("mennonite",)),
    ("wola on the darién gap crossings by haitians", ("darien",)),
    ("¿wola habló de las madres de plaza de mayo?", ("plaza de mayo",)),
    ("wola on suriname's gold mining in the interior", ("suriname",)),
    ("¿wola sobre la guerrilla de las farc disidentes en el catatumbo?", ("catatumbo",)),
    ("wola on the sandinista crackdown on the catholic church", ("sandinista",)),
    ("bombcast about the palworld pokémon lawsuit", ("palworld",)),
    ("gb pod with a deep dive on vampire survivors", ("vampire survivors",)),
    ("did the gb crew ever cover baldur's gate 3", ("baldur.s gate 3",)),
    ("bombcast talking about the ps5 pro price", ("ps5 pro",)),
    ("se radio with the creator of zig", ("\\bzig\\b",)),
    ("tif on the uk riots after the southport stabbing", ("southport",)),
    ("taverncast sampling a westvleteren 12", ("westvleteren",)),
    ("podcasting 2.0 with the spotify ceo", ("spotify ceo",)),
    ("¿hay pasaje de la peste negra?", ("peste negra",)),
    ("¿tom segura invitó a gabriel iglesias?", ("iglesias",)),
    ("dw langsam über die bundestagswahl 2025", ("bundestagswahl",)),
    ("the story of phineas gage", ("phineas gage",)),
    ("the lady with the lamp, florence nightingale", ("nightingale",)),
    ("ep on the terracotta army", ("terracotta",)),
    ("the story of the phantom of heilbronn", ("heilbronn",)),
    ("history of the rubik's cube", ("rubik",)),
    ("the history of the barcode", ("barcode",)),
    ("the invention of velcro", ("velcro",)),
    ("anything about narwhal tusks", ("narwhal",)),
    ("ep about naked mole rats", ("mole rat",)),
    ("anything on the platypus", ("platypus",)),
    ("gb pod about the virtual boy's headaches", ("virtual boy",)),
    ("tp on the great python 2 sunset party", ("sunset party",)),
    ("se radio on the y2k bug remediation", ("y2k",)),
    ("lex with the jeopardy champ ken jennings", ("ken jennings",)),
    ("wola on the pacific alliance trade bloc", ("pacific alliance",)),
    ("¿tiene wola algo sobre el canal interoceánico de nicaragua?", ("interoceanico",)),
    ("¿wola sobre los disidentes de las farc en el catatumbo?", ("catatumbo",)),
    ("lex w/ the freediver who held her breath 11 minutes", ("freediv",)),
    ("se radio on the sqlite virtual machine bytecode", ("sqlite virtual machine",)),
    ("se radio about the creator of the elm language", ("\\belm\\b",)),
    ("go time about the go 1.23 iterators", ("1\\.23",)),
    ("taverncast tasting a pliny the elder", ("pliny",)),
    ("mike and dr tim on the crew dragon splashdown", ("splashdown",)),
    ("¿un pasaje sobre blas de lezo en cartagena?", ("blas de lezo",)),
    ("¿tom segura con el comediante sebastián marcelo wainraich?", ("wainraich",)),
    ("¿julián se encuentra con el general weyler?", ("weyler",)),
    ("ep on the great boston fire of 1872", ("boston fire",)),
    ("the cadaver of jeremy bentham on display", ("bentham",)),
    ("the gef the talking mongoose story", ("mongoose",)),
    ("anything on the isdal woman in norway", ("isdal",)),
    ("the tamam shud somerton man case", ("somerton", "tamam shud")),
    ("ep about the villisca axe murders", ("villisca",)),
    ("the pied piper of hamelin origins", ("hamelin",)),
    ("the toledo war between ohio and michigan", ("toledo war",)),
    ("the great stork migration mystery of 1822", ("pfeilstorch", "stork")),
    ("the sokal affair hoax paper", ("sokal",)),
    ("the great wine blight phylloxera", ("phylloxera",)),
    ("the history of the paperclip", ("paperclip",)),
    ("who invented the stapler", ("stapler",)),
    ("history of the ballpoint pen", ("ballpoint",)),
    ("the invention of the escalator", ("escalator",)),
    ("how the slinky was invented", ("slinky",)),
    ("ep about the okapi forest giraffe", ("okapi",)),
    ("the lyrebird that mimics chainsaws", ("lyrebird",)),
    ("the coconut crab", ("coconut crab",)),
    ("anything on the blobfish", ("blobfish",)),
    ("the hagfish slime ep", ("hagfish",)),
    ("gb pod about the sega nomad handheld", ("sega nomad",)),
    ("bombcast on the nintendo 64dd", ("64dd",)),
    ("yo did the bombcast crew ever rank every tony hawk soundtrack song", ("soundtrack song",)),
    ("giant bomb chatting about the tiger electronics r-zone", ("r-zone",)),
    ("the bombcast where they played the nintendo power glove live", ("power glove",)),
    ("talk python guest from the ctypes maintainers?", ("ctypes maintainer",)),
    ("tp episode on brython in the browser", ("brython",)),
    ("talk python with the zulip chat folks", ("zulip",)),
    ("lex and the explorer who rowed across the atlantic solo", ("rowed across",)),
    ("sam harris talking to the magician penn jillette", ("penn jillette",)),
    ("making sense interview with the ornithologist", ("ornithologist",)),
    ("se radio on cobol modernization with ai translation tools", ("cobol moderniz",)),
    ("se radio on the erlang beam scheduler", ("beam scheduler",)),
    ("hibt with the founder of the crumbl cookie chain", ("crumbl",)),
    ("hibt with the stanley cup tumbler folks", ("tumbler",)),
    ("js party covering the pnpm workspaces thing", ("pnpm",)),
    ("tif covering the channel 4 privatisation fight", ("channel 4",)),
    ("tif on the strictly come dancing bullying row", ("strictly come",)),
    ("podcasting 2.0 on the apple podcasts transcripts rollout", ("apple podcasts transcripts",)),
    ("no agenda with the jan 6 pipe bomb theories", ("pipe bomb",)),
    ("¿hay un pasaje de la reina juana la loca?", ("juana la loca",)),
    ("¿pasajes sobre los almogávares y el rey jaime?", ("jaime i\\b",)),
    ("¿tom segura habló con su tía de lima?", ("tia de lima",)),
    ("¿julián habla con un médico mambí?", ("mambi",)),
    ("dw langsam gesprochen zum tankrabatt", ("tankrabatt",)),
    ("that ep about the lighthouse keepers who vanished on flannan isles", ("flannan",)),
    ("the devil's footprints in devon 1855", ("devil.s footprints",)),
    ("anything about the kinderhook plates", ("kinderhook",)),
    ("the pony express riders", ("pony express",)),
    ("the zong slave ship massacre", ("zong",)),
    ("history of the jacquard loom", ("jacquard",)),
    ("the first vending of coca cola in pharmacies", ("coca.cola", "pharmacies")),
    ("who came up with the crossword puzzle", ("crossword",)),
    ("the history of traffic cones", ("traffic cone",)),
    ("the story of the hula hoop craze", ("hula hoop",)),
    ("how the frisbee got its name", ("frisbee",)),
    ("the history of the tea bag", ("tea bag",)),
    ("the invention of the can opener", ("can opener",)),
    ("ep about leafcutter ant farms", ("leafcutter",)),
    ("the sloth that grows algae", ("sloth",)),
    ("the electric eel hunting in packs", ("electric eel",)),
    ("the mimic octopus", ("mimic octopus",)),
    ("the aye-aye lemur", ("aye-aye",)),
    ("the saiga antelope die-off", ("saiga",)),
    ("the glass frog ep", ("glass frog",)),
    (
        "wola about the nicaraguan political prisoners stripped of citizenship",
        ("stripped of citizenship",),
    ),
    ("¿wola sobre el fentanilo en sinaloa y los chapitos?", ("chapitos",)),
    ("¿wola habló del litio en jujuy y las protestas?", ("jujuy",)),
    ("the bombcast about the virtual on twin sticks controller", ("twin sticks",)),
    ("bombcast segment on pinball fx tables", ("pinball fx",)),
]

CHAT: list[str] = [
    "gm gm, sun's barely up",
    "qué tal banda",
    "lol posted that in the wrong server",
    "anyone into board games",
    "my neighbour is mowing at 7am smh",
    "greetings from rainy lisbon",
    "spilled coffee on my keyboard",
    "who's still awake lol",
    "love the server banner",
    "brb grabbing food",
    "wifi keeps dropping ugh",
    "snow in april, unbelievable",
    "this community rocks fr",
    "first post, been reading for months",
    "cat just knocked my mug over",
    "weekend plans anyone?",
    "nice nice, thx a ton",
    "legs are jelly after leg day",
    "anyone else's dog scared of the vacuum",
    "vou nessa, até amanhã",
    "stay cool out there folks",
    "kids finally asleep",
    "alright catch ya later",
    "tea time",
    "yo yo",
    "back from vacation, miss me?",
    "shoutout to the mods",
    "evening all, long day",
    "buenas noches gente, ¿cómo les fue hoy?",
    "logging off, nite",
    "me voy a dormir, chau",
    "monday again huh",
    "just fixed my bike chain, hands all greasy",
    "thunderstorm here, lights flickering",
    "made banana bread today",
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
