"""Write issue 11's thirty-first fresh held-out set: ``questions_fresh31.jsonl``.

Run from the repository root with the shared feeds beside it::

    python tests/data/make_fresh31_questions.py [FEEDS_DIR]

It follows the thirtieth set (``questions_fresh30.jsonl``) as the held-out set kept for
the round after. Its questions were written from the feeds alone (titles, notes, guests,
dates, episode numbers), never from the answering code or from what the bot answers, and the
bot was not run on them. They are worded by hand. No question is near one of the thirty-four
earlier sets (the four first ones and fresh to fresh30, ``questions_fresh30.jsonl`` among
them).

As for the thirtieth set, no episode of any feed is left that no earlier set expects, so
every answerable question here expects episodes an earlier set already expects, and the share
that may expect only earlier-set episodes (``MAX_REUSED_SHARE``) is 1. The rule of novelty is
the whole guard, and it holds for every answerable question here: a question that expects an
episode an earlier set expects must ask about it through other details than every earlier
question expecting that episode, the thirtieth set's among them. ``same_details`` checks
it: the question's content words (folded; the stop words the sets under the rule share,
``fresh_sets.NOVELTY_STOP_WORDS``, dropped; a final "s" dropped) may share at most one word
with each earlier question that expects one of the same episodes. So the questions were
written from details of the notes earlier questions did not use.

The other limits are the thirtieth set's: at least 15 of each kind, 95 near misses, 110
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

OUT = HERE / "questions_fresh31.jsonl"
EARLIER = earlier_sets(31, fresh.EARLIER)
HEADER = (
    "Issue 11 thirty-first fresh held-out set (written by "
    "tests/data/make_fresh31_questions.py from the feeds; succeeds questions_fresh30.jsonl as "
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

WOLA_COL = (
    "“Simultaneously juggling nine processes at once”: Colombia’s “Total Peace” plan and "
    "mounting security challenges"
)
WOLA_DRUG = "Global Drug Policy: “Countries are being freed up to actually speak their minds”"
RTVE_3 = "El Ministerio del Tiempo - Tiempo de valientes: capítulo 3"

NOTES: Labelled = [
    (
        "tp about getting deps onto qa servers and shipping to non-dev end users",
        ["#406: Reimagining Python's Packaging Workflows"],
        ["qa servers"],
    ),
    (
        "tp on the 17x speedup from redoing the internals of that validation lib",
        ["#376: Pydantic v2 - The Plan"],
        ["17x performance"],
    ),
    (
        "tp asking if terminals really are the lowest common denominator",
        ["#380: 7 lessons from building a modern TUI framework"],
        ["lowest common denominator"],
    ),
    (
        "lex w/ the author of bittersweet, on sorrow and longing",
        ["#298 – Susan Cain: The Power of Introverts and Loneliness"],
        ["sorrow and longing"],
    ),
    (
        "lex with the dude who founded armadillo aerospace",
        ["#309 – John Carmack: Doom, Quake, VR, AGI, Programming, Video Games, and Rockets"],
        ["armadillo aerospace"],
    ),
    (
        "making sense on telic vs atelic activities",
        ["#295 — Philosophy and the Good Life"],
        ["atelic"],
    ),
    (
        "sam harris getting into the strange case of linus pauling",
        ["#291 — Where is Happiness?"],
        ["linus pauling"],
    ),
    (
        "se radio about reproducible, portable dev environments",
        ["Episode 207: Mitchell Hashimoto on the Vagrant Project"],
        ["reproducible, and portable"],
    ),
    (
        "se radio on the discover to deliver book",
        ["Episode 195: Ellen Gottensdiener and Mary Gorman"],
        ["discover to deliver"],
    ),
    (
        "go time with the chief sticker officer from jfrog",
        ["The pain of dependency management"],
        ["chief sticker officer"],
    ),
    (
        "go time w/ the technion phd student researching meta programming",
        ["Analyzing static analysis"],
        ["technion"],
    ),
    (
        "js party on the html capture attribute til",
        ["Smile! HTML can access your camera"],
        ["capture attribute"],
    ),
    (
        "hibt where the first restaurant in a small wisconsin town had 3 cars in the lot",
        ["Culver's: Craig Culver"],
        ["small wisconsin town"],
    ),
    (
        "hibt with the guy whose dvr was a game changer before the streaming box",
        ["Roku: Anthony Wood"],
        ["dvr was a game-changer"],
    ),
    (
        "tif on kaamil ahmed looking at stories a slain reporter never got to file",
        ["The killing of Shireen Abu Akleh – and another ordinary day in the West Bank"],
        ["kaamil ahmed"],
    ),
    (
        "gb discussing steven tyler's knife and cartridge fetishism",
        ["Giant Bombcast 581: Six on the Face"],
        ["cartridge fetishism"],
    ),
    (
        "taverncast where bryce has customer service issues and mike buys a dog",
        ["Taverncast 62 - Temporal Anomaly"],
        ["mike buys a dog"],
    ),
]

LOOSE: Labelled = [
    (
        "gb ep with mordhau medieval combat and loot box laws",
        ['Giant Bombcast 583: "Under the Top!"'],
        ["mordhau"],
    ),
    (
        "bombcast w/ the flying crab mystery and steamworld quest",
        ["Giant Bombcast 580: Where Is Kidd Thunder?"],
        ["flying crab"],
    ),
    (
        "tp about homebrew style installs for python command line tools",
        ["#371: pipx - Installable, Isolated Python Applications"],
        ["homebrew", "t:pipx"],
    ),
    (
        "tp on python in the web frontend, the anaconda project",
        ["#367: Say Hello to PyScript (WebAssembly Python)"],
        ["fabio pliger"],
    ),
    (
        "lex w/ one of the greatest card players ever",
        ["#324 – Daniel Negreanu: Poker"],
        ["greatest poker players"],
    ),
    (
        "lex with the coinbase ceo about regulation",
        ["#307 – Brian Armstrong: Coinbase, Cryptocurrency, and Government Regulation"],
        ["f:lex", "t:coinbase"],
    ),
    (
        "making sense w/ the comedy director on why jokes age badly",
        ["#284 — The Funny Business"],
        ["ages badly"],
    ),
    (
        "sam harris after the uvalde shooting",
        ["#283 — Gun Violence in America"],
        ["uvalde"],
    ),
    (
        "se radio on splitting the write model from the read side",
        ["Episode 218: Udi Dahan on CQRS (Command Query Responsibility Segregation)"],
        ["write model"],
    ),
    (
        "se radio on supervised vs unsupervised and similarity metrics",
        ["Episode 193: Apache Mahout"],
        ["similarity metrics"],
    ),
    (
        "go time asking whether go counts as object oriented",
        ["Might Go actually be OOP?"],
        ["object oriented programming language"],
    ),
    (
        "go time on dev speed vs software quality tension",
        ["Thoughts on velocity"],
        ["development speed and software quality"],
    ),
    (
        "js party covering cloudflare turnstile and penpot",
        ["7 pounds of news in a 5 pound bag"],
        ["turnstile"],
    ),
    (
        "hibt with the makers of pcs for gamers out of florida",
        ["Alienware: Frank Azor and Nelson Gonzalez"],
        ["t:alienware"],
    ),
    (
        "tif on the ex pm blaming the military for his arrest",
        ["Can Imran Khan really take on the Pakistani army and win?"],
        ["powerful military"],
    ),
    (
        "mike and tim on advertising and manipulation",
        ["Community"],
        ["f:mike", "advertising"],
    ),
]

# (question, expected titles, evidence, misspelled?)
GUEST: list[tuple[str, list[str], list[str], bool]] = [
    (
        "magate wade africa entrepreneur",
        ["#311 – Magatte Wade: Africa, Capitalism, Communism, and the Future of Humanity"],
        ["t:magatte wade"],
        True,
    ),
    (
        "ray kurzwiel",
        ["#321 – Ray Kurzweil: Singularity, Superintelligence, and Immortality"],
        ["t:kurzweil"],
        True,
    ),
    (
        "christopher capozola",
        ["#320 – Christopher Capozzola: World War I, Ideology, Propaganda, and Politics"],
        ["t:capozzola"],
        True,
    ),
    (
        "will saso comedian",
        ["#323 – Will Sasso: Comedy, MADtv, AI, Friendship, Madness, and Pro Wrestling"],
        ["t:will sasso"],
        True,
    ),
    (
        "susan kane introverts",
        ["#298 – Susan Cain: The Power of Introverts and Loneliness"],
        ["t:susan cain"],
        True,
    ),
    (
        "jonah goldberg on american politics",
        ["#296 — Repairing Our Country"],
        ["jonah goldberg"],
        False,
    ),
    (
        "kieran setiya philosopher",
        ["#295 — Philosophy and the Good Life"],
        ["kieran setiya"],
        False,
    ),
    (
        "mitchell hashimoto vagrant",
        ["Episode 207: Mitchell Hashimoto on the Vagrant Project"],
        ["t:mitchell hashimoto"],
        False,
    ),
    ("baruch sadogurski", ["The pain of dependency management"], ["baruch sadogursky"], True),
    ("ronna steinburg", ["Might Go actually be OOP?"], ["ronna steinberg", "t:oop"], True),
    ("austin gill html til", ["Smile! HTML can access your camera"], ["austin gil\\b"], True),
    (
        "marla beck",
        ["Bluemercury: Marla and Barry Beck"],
        ["t:marla and barry beck"],
        False,
    ),
    ("anthony wood roku", ["Roku: Anthony Wood"], ["t:anthony wood"], False),
    (
        "nelson gonzales",
        ["Alienware: Frank Azor and Nelson Gonzalez"],
        ["t:nelson gonzalez"],
        True,
    ),
    (
        "shivani siroyya lending startup",
        ["HIBT Lab! Tala: Shivani Siroya"],
        ["t:shivani siroya"],
        True,
    ),
    ("luca casonatto", ["Deno's Fresh new web framework"], ["luca casonato"], True),
    (
        "stefan tilkow micro services",
        ["Episode 210: Stefan Tilkov on Architecture and Micro Services"],
        ["t:tilkov", "t:micro services"],
        True,
    ),
]

HOST_GUEST: Labelled = [
    (
        "neil maiden with ellen and mary from ebg",
        ["Episode 195: Ellen Gottensdiener and Mary Gorman"],
        ["neil maiden", "mary gorman"],
    ),
    (
        "jeff with andrew gerrand",
        ["Episode 202: Andrew Gerrand on Go"],
        ["f:se", "andrew gerrand"],
    ),
    (
        "charles anderson and mitchell h",
        ["Episode 207: Mitchell Hashimoto on the Vagrant Project"],
        ["charles anderson", "t:hashimoto"],
    ),
    (
        "natalie & mat w/ matan peled",
        ["Analyzing static analysis"],
        ["matan peled"],
    ),
    (
        "jon and mat with mark sandstrom and ben kraft",
        ["Going with GraphQL"],
        ["mark sandstrom", "ben kraft"],
    ),
    (
        "go time hosts with erik st martin",
        ["Inside GopherCon"],
        ["erik st\\. martin", "t:inside gophercon"],
    ),
    (
        "jerod & kball w/ tejas on react suspense",
        ["Bringing the vibe"],
        ["tejas kumar"],
    ),
    (
        "jerod and feross w/ luca from deno",
        ["Deno's Fresh new web framework"],
        ["feross", "luca casonato"],
    ),
    (
        "sam harris with arthur c brooks",
        ["#291 — Where is Happiness?"],
        ["arthur c\\. brooks"],
    ),
    (
        "sam harris and will storr",
        ["#294 — Status Games"],
        ["will storr"],
    ),
    (
        "lex and john carmack",
        ["#309 – John Carmack: Doom, Quake, VR, AGI, Programming, Video Games, and Rockets"],
        ["f:lex", "t:john carmack"],
    ),
    (
        "lex & jonathan haidt",
        ["#291 – Jonathan Haidt: The Case Against Social Media"],
        ["f:lex", "t:jonathan haidt"],
    ),
    (
        "lex w/ bobby lee",
        ["#287 – Bobby Lee: Comedy, Skyrim, Sex Robots, Love, Fame, and Power"],
        ["t:bobby lee"],
    ),
    (
        "lex and glenn loury",
        ["#285 – Glenn Loury: Race, Racism, Identity Politics, and Cancel Culture"],
        ["t:glenn loury"],
    ),
    ("guy raz w/ craig culver", ["Culver's: Craig Culver"], ["t:craig culver"]),
    ("guy raz with kyle vogt", ["HIBT Lab! Cruise: Kyle Vogt"], ["t:hibt lab! cruise"]),
    (
        "guy raz and cassey ho",
        ["HIBT Lab! Blogilates: Cassey Ho", "ICYMI... HIBT Lab! Blogilates: Cassey Ho"],
        ["t:cassey ho"],
    ),
    (
        "paulo silveira com giordanni paiva e marcelo pita",
        ["Tecnologia no Serpro – Hipsters Ponto Tech #358"],
        ["giordanni paiva", "marcelo pita"],
    ),
]

# (question, expected titles, the real title fragment as a pattern over folded titles)
TITLE_TYPO: list[tuple[str, list[str], str]] = [
    (
        "philosphy and the good life",
        ["#295 — Philosophy and the Good Life"],
        "philosophy and the good life",
    ),
    ("the funy business", ["#284 — The Funny Business"], "the funny business"),
    ("repairing our contry", ["#296 — Repairing Our Country"], "repairing our country"),
    ("gun violance in america", ["#283 — Gun Violence in America"], "gun violence in america"),
    ("mastadon for python devs", ["#390: Mastodon for Python Devs"], "mastodon for python devs"),
    (
        "python 3.11 is here and its fasst",
        ["#388: Python 3.11 is here and it's fast"],
        "python 3\\.11 is here and it.s fast",
    ),
    (
        "getting lazy with python imprts",
        ["#369: Getting Lazy with Python Imports and PEP 690"],
        "getting lazy with python imports",
    ),
    (
        "reimagning pythons packaging workflows",
        ["#406: Reimagining Python's Packaging Workflows"],
        "reimagining python.s packaging workflows",
    ),
    ("berlins transision to go", ["Berlin's transition to Go"], "berlin.s transition to go"),
    (
        "the pain of dependancy management",
        ["The pain of dependency management"],
        "the pain of dependency management",
    ),
    (
        "realtime web apps and dashbords",
        ["#386: Realtime Web Apps and Dashboards with H2O Wave"],
        "realtime web apps and dashboards",
    ),
    ("psf survay in review", ["#374: PSF Survey in Review"], "psf survey in review"),
    (
        "7 lessons from bulding a modern tui framework",
        ["#380: 7 lessons from building a modern TUI framework"],
        "7 lessons from building a modern tui framework",
    ),
    (
        "flet: fluter apps in python",
        ["#378: Flet: Flutter apps in Python"],
        "flet: flutter apps in python",
    ),
    (
        "has ukraines spring ofensive begun",
        ["Has Ukraine’s spring offensive begun?"],
        "spring offensive begun",
    ),
    (
        "national conservatisim tory fringe",
        ["National Conservatism: a Tory fringe or the party’s future?"],
        "national conservatism: a tory fringe",
    ),
]

PODCAST: list[tuple[str, str, str]] = [
    ("tp eps on flet or flutter", "tp", r"flutter"),
    ("lex eps on coinbase", "lex", r"coinbase"),
    ("se radio ones on mahout or solr", "se", r"mahout|solr"),
    ("hibt yerba mate eps", "hibt", r"yerba mate"),
    ("graphql on go time, which ones", "go", r"graphql"),
    ("js party eps on eslint", "js", r"eslint"),
    ("tif eurovision ones", "tif", r"eurovision"),
    ("taverncast randomosity eps", "tav", r"randomosity"),
    ("pasajes de tolosa", "pas", r"tolosa"),
    ("tom's spanish show, the pamela and christina ones", "tom", r"ospina|ochoa"),
    ("no agenda ones with hugs in the title", "na", r"\bhugs\b"),
    ("hipsters eps sobre o serpro", "hip", r"serpro"),
    ("mike & tim's communication interrupt one", "mike", r"communication interrupt"),
    ("dw langsam from the 11th and 12th of march '22", "dw", r"1[12]\.03\.2022"),
    ("making sense eps about happiness", "ms", r"happiness"),
    ("bombcast eps titled with blevins or kidd", "bomb", r"blevins|kidd thunder"),
]

NUMBER: list[tuple[str, str | None, int, int | None]] = [
    ("what was tp 376 on", "tp", 376, None),
    ("talk python episode 374?", "tp", 374, None),
    ("lex ep number 309", "lex", 309, None),
    ("lex 298 who was on", "lex", 298, None),
    ("making sense 295?", "ms", 295, None),
    ("ms no. 291", "ms", 291, None),
    ("se radio 218 guest", "se", 218, None),
    ("software engineering radio #210", "se", 210, None),
    ("hibt #475", "hibt", 475, None),
    ("how i built this 468 who", "hibt", 468, None),
    ("bombcast #587", "bomb", 587, None),
    ("gb 584 ep name", "bomb", 584, None),
    ("taverncast #62", "tav", 62, None),
    ("podcasting 2.0 ep 11", "p20", 11, None),
    ("mike n ep 48", "mike", 48, None),
    ("which no agenda was 1386", "na", 1386, None),
    ("hipsters #354", "hip", 354, None),
]

LATEST: list[tuple[str, str | None, list[str]]] = [
    ("newest bombcast that brings up mordhau", "bomb", ["mordhau"]),
    ("latest tp covering pep 690", "tp", ["pep 690"]),
    ("most recent lex with poker in the title", "lex", ["t:poker"]),
    ("latest making sense w/ jonah goldberg", "ms", ["jonah goldberg"]),
    ("se radio, newest one about docker", "se", ["t:docker"]),
    ("latest hibt about yerba mate", "hibt", ["yerba mate"]),
    ("most recent go time with erik st martin", "go", ["erik st\\. martin"]),
    ("latest js party that mentions react brussels", "js", ["react brussels"]),
    ("hipsters mais recente sobre microsserviços", "hip", ["microsservico"]),
    ("latest taverncast on time travel", "tav", ["time travel"]),
    ("newest podcasting 2.0 that mentions breez", "p20", ["breez"]),
    ("mike & tim, latest one about space travel", "mike", ["space travel"]),
    ("¿el pasaje más nuevo de vikingos?", "pas", ["vikingo"]),
    ("latest no agenda with clown in the title", "na", ["t:clown"]),
    ("most recent dw langsam from a wednesday", "dw", ["von mittwoch"]),
    ("most recent tif with maeve mcclenaghan reporting", "tif", ["maeve mcclenaghan"]),
    ("newest tom segura with the zelle sponsor read", "tom", ["zelle"]),
]

SPANISH: Labelled = [
    (
        "¿el del jefe de los baltingos?",
        ["Alarico y la epopeya Visigoda"],
        ["baltingos"],
    ),
    (
        "¿hay uno del dictador cayo?",
        ["Julio César"],
        ["dictador romano cayo"],
    ),
    (
        "¿el de saavedra, poeta y dramaturgo?",
        ["Miguel de Cervantes"],
        ["cervantes saavedra"],
    ),
    (
        "¿el del general alemán de la segunda guerra mundial?",
        ["Erwin Rommel, el Zorro del Desierto"],
        ["t:rommel"],
    ),
    (
        "¿el del escritor irlandés y la decadencia de un siglo?",
        ["Oscar Wilde"],
        ["decadencia de un siglo"],
    ),
    (
        "¿el del explorador noruego que llegó a la antártida?",
        ["Roald Amundsen y la conquista de los Polos"],
        ["explorador noruego"],
    ),
    (
        "¿el que arranca con carlos martel frenando a los musulmanes en poitiers?",
        ["La Batalla de Roncesvalles"],
        ["poitiers"],
    ),
    (
        "¿el capítulo donde julián vuelve a leer una frase de mosqueteros?",
        [RTVE_3],
        ["hacia mucho que no leia esta frase"],
    ),
    (
        "¿en cuál le dicen por teléfono que ya no pueden hacer más por él?",
        ["El Ministerio del Tiempo - Tiempo de valientes: capítulo 4"],
        ["yo ya no puedo hacer mas por usted"],
    ),
    (
        "¿el de tom donde responde las preguntas que le mandan?",
        ["Ep. 01 | Tom Segura En Español", "Intro - Tom Segura en Español!"],
        ["responder a las preguntas"],
    ),
    (
        "¿el de wola con el panorama amplio de la realidad colombiana?",
        [WOLA_COL],
        ["sweeping overview"],
    ),
    (
        "¿el de wola sobre una arquitectura que casi no cambió desde los sesenta?",
        [WOLA_DRUG],
        ["early 1960s"],
    ),
    (
        "¿el de lex con el obispo católico?",
        ["#304 – Bishop Robert Barron: Christianity and the Catholic Church"],
        ["t:bishop robert barron"],
    ),
    (
        "¿el hibt de la comida que tiran los restaurantes?",
        ["HIBT Lab! Goodr: Jasmine Crowe-Houston"],
        ["t:goodr:"],
    ),
    (
        "¿el tif que calcula la riqueza del rey carlos?",
        ["Cost of the crown part 4: calculating the king’s wealth"],
        ["king charles iii", "t:part 4"],
    ),
    (
        "¿el js party con el doctor gleb sobre cypress?",
        ["The doctor is in (again)"],
        ["cypress", "t:doctor is in"],
    ),
    (
        "¿el go time sobre qué hacer con el código común entre proyectos?",
        ["Go code organization best practices"],
        ["common code", "t:organization"],
    ),
]

PORTUGUESE: Labelled = [
    (
        "o hipsters sobre redes neurais e transformers",
        ["ChatGPT, Transformers e Redes Neurais – Hipsters Ponto Tech #352"],
        ["t:transformers e redes neurais"],
    ),
    (
        "o hipsters que foi ver as tendências no sxsw",
        ["Tendências e modas em tecnologia no SXSW 2023 – Hipsters Ponto Tech #351"],
        ["t:sxsw 2023"],
    ),
    (
        "o hipsters sobre monolitos e como começar a estudar",
        ["TechGuide: Microsserviços – Hipsters Ponto Tech #349"],
        ["monolitos", "t:#349"],
    ),
    (
        "o hipsters com a wanusia braga",
        ["Programas de inclusão em empresas: Caso Grupo Boticário – Hipsters Ponto Tech #345"],
        ["wanusia braga"],
    ),
    (
        "o hipsters com dicas pro momento inicial da carreira",
        ["Primeira vaga em tech – Hipsters Ponto Tech #344"],
        ["momento inicial da carreira"],
    ),
    (
        "o hipsters sobre escolha de stack no governo",
        ["Trabalho em Tecnologia no Setor Público – Hipsters Ponto Tech #342"],
        ["escolha de stack"],
    ),
    (
        "o hipsters gravado na product camp",
        ["Product Analytics – Hipsters Ponto Tech #340"],
        ["product camp", "t:analytics"],
    ),
    (
        "o terceiro do formato especial do hipsters com as reflexões do ano",
        ["Imersão, tecnologia e aprendizagem 3 – Hipsters Ponto Tech #337"],
        ["terceiro episodio de um formato especial"],
    ),
    (
        "o hipsters de ia que estreou a série",
        ["Inteligência Artificial aplicada – Hipsters: Fora de Controle #01"],
        ["primeiro episodio da serie"],
    ),
    (
        "o hipsters de ia sobre lidar com margens de erro",
        [
            "Preenchimento generativo de imagem, data science com plugins, lidando com margens "
            "de erro – Hipsters: Fora de Controle #07"
        ],
        ["t:margens de erro"],
    ),
    (
        "o hipsters sobre os ciclos da ia e o paradigma tecnoeconômico",
        [
            "Ajuda com pesquisas, os ciclos da IA, e novo paradigma tecnoeconômico – "
            "Hipsters: Fora de Controle #08"
        ],
        ["t:tecnoeconomico"],
    ),
    (
        "o tp sobre mastodon pra devs python",
        ["#390: Mastodon for Python Devs"],
        ["f:tp", "t:mastodon"],
    ),
    (
        "o lex com o cantor dan reynolds",
        ["#290 – Dan Reynolds: Imagine Dragons"],
        ["t:dan reynolds"],
    ),
    (
        "o hibt da loja de cosméticos bluemercury",
        ["Bluemercury: Marla and Barry Beck"],
        ["t:bluemercury"],
    ),
    (
        "o se radio sobre docker",
        ["Episode 217: James Turnbull on Docker"],
        ["t:turnbull"],
    ),
    (
        "o tif sobre reparações pela escravidão",
        ["Cotton Capital: the Guardian and reparations"],
        ["t:and reparations"],
    ),
    (
        "o making sense onde ele responde a uma polêmica sobre viés da mídia",
        ["#293 — What I Really Think About Trump and Media Bias"],
        ["t:media bias"],
    ),
]

# (question, patterns that must be absent from every title and notes)
# Near misses: neighbouring countries and events, technologies, games, guests and news that
# no episode of any feed covers.
NONE: list[tuple[str, tuple[str, ...]]] = [
    ("wola on the miskito communities on nicaragua's caribbean coast", ("miskito",)),
    ("¿wola habló de la salida de uruguay del mercosur?", ("mercosur",)),
    ("¿wola habló del muro fronterizo entre república dominicana y haití?", ("muro fronterizo",)),
    ("¿wola sobre las pandillas en puerto príncipe?", ("puerto principe",)),
    ("¿wola tiene algo del caso ayotzinapa?", ("ayotzinapa",)),
    ("wola on the guatemalan election with arévalo", ("arevalo",)),
    ("¿wola habló de la reforma judicial de amlo?", ("amlo",)),
    ("¿wola sobre las comunidades quilombolas?", ("quilombo",)),
    ("wola on the falklands oil drilling spat", ("falkland",)),
    ("wola about the tupac amaru hostage crisis in lima", ("tupac amaru",)),
    ("bombcast where they gush over the tunic fox game", ("tunic",)),
    ("did the bombcast talk about the nintendo switch 2", ("switch 2",)),
    ("bombcast ep about the disco elysium dev drama", ("disco elysium",)),
    ("gb crew ranking every kirby air ride track", ("air ride",)),
    (
        "my cousin swears tom segura did a bit on the mexican lottery cards, la lotería?",
        ("loteria",),
    ),
    ("talk python w/ the pyodide maintainers on micropip", ("micropip",)),
    ("lex with an olympic curling skip", ("curling",)),
    ("lex w/ the guy who free soloed el capitan", ("free solo", "el capitan")),
    ("lex with a deep sea submarine pilot", ("submarine pilot",)),
    ("making sense with a tibetan sand mandala monk", ("mandala",)),
    ("sam harris talking to a hostage rescue negotiator from scotland yard", ("scotland yard",)),
    ("se radio on erlang otp supervision trees", ("supervision tree",)),
    ("se radio w/ the inventor of the pijul vcs", ("pijul",)),
    ("did wola ever do the guarani aquifer water rights thing", ("guarani aquifer",)),
    ("go time dissecting the gocui terminal lib", ("gocui",)),
    ("js party w/ the astro db team", ("astro db",)),
    ("js party arguing about the tailwind v4 rust engine", ("tailwind v4",)),
    ("mike and dr tim on the ingenuity helicopter's last flight", ("ingenuity helicopter",)),
    ("go time digging into the go vulncheck tool", ("vulncheck",)),
    ("tif on the rwanda asylum bill ping pong in the lords", ("ping pong",)),
    ("tif covering the nottingham attacks inquiry", ("nottingham attack",)),
    ("tif on the raac concrete in schools", ("\\braac\\b",)),
    ("taverncast on the skunk ape of florida", ("skunk ape",)),
    ("taverncast about the dover demon", ("dover demon",)),
    ("taverncast reviewing a trappist westvleteren", ("westvleteren",)),
    ("podcasting 2.0 on the truefans app", ("truefans",)),
    ("podcasting 2.0 with the castamatic dev", ("castamatic",)),
    ("js party on the popover api landing in browsers", ("popover",)),
    ("no agenda on the hawaiian wildfire in lahaina", ("lahaina",)),
    ("¿hay un pasaje de la rendición de breda?", ("breda",)),
    ("¿pasajes del asedio de zaragoza por los franceses?", ("asedio de zaragoza",)),
    ("the one about the zebra mussels clogging the great lakes", ("zebra mussel",)),
    ("¿julián se topa con el general martínez campos?", ("martinez campos",)),
    ("¿tom segura habla de luis miguel?", ("luis miguel",)),
    ("¿tom segura en español con la india yuridia?", ("yuridia",)),
    ("dw langsam über die bundesgartenschau", ("bundesgartenschau",)),
    ("dw langsam meldung zur zugspitzbahn", ("zugspitz",)),
    ("o hipsters sobre o gov.br e o login único", ("login unico",)),
    ("o hipsters com o pessoal do quintoandar", ("quintoandar",)),
    ("the clipper ships racing home with tea from fuzhou", ("fuzhou",)),
    ("the radium girls painting watch dials", ("radium",)),
    ("ep about the emu war in australia", ("emu war",)),
    ("the ep about the toxic lady of riverside hospital", ("riverside hospital",)),
    ("the mystery of the somerton man", ("somerton",)),
    ("the stolen head of the haydn composer", ("haydn",)),
    ("what happened to the franklin expedition", ("franklin expedition",)),
    ("who came up with the paperclip", ("paperclip", "paper clip")),
    ("the history of the safety pin", ("safety pin",)),
    ("who made the first vending machine", ("vending machine",)),
    ("how the post-it note happened", ("post-it",)),
    ("the origin of the frisbee", ("frisbee",)),
    ("the axolotl that regrows limbs", ("axolotl",)),
    ("the naked mole rat that never ages", ("mole rat",)),
    ("the platypus and its venom spur", ("platypus",)),
    ("the okapi, forest giraffe thing", ("okapi",)),
    ("the kakapo parrot", ("kakapo",)),
    ("the narwhal tusk", ("narwhal",)),
    ("the dung beetle navigating by the milky way", ("dung beetle",)),
    ("komodo dragon saliva myth", ("komodo",)),
    ("the hoatzin bird with claws on its wings", ("hoatzin",)),
    ("¿wola habló de la mina de cobre en panamá?", ("cobre",)),
    ("¿wola sobre los desaparecidos en jalisco?", ("jalisco",)),
    ("bombcast arguing about the concord flop", ("concord flop",)),
    ("lex with a mongolian throat singer", ("throat sing",)),
    ("hibt with the hims and hers telehealth guy", ("\\bhims\\b",)),
    ("hibt where the carpigiani gelato machine family talks", ("carpigiani",)),
    ("the quagga extinct half-zebra", ("quagga",)),
    ("taverncast with an ipa from tree house", ("tree house",)),
    ("dw langsam über die deutschlandticket einführung", ("deutschlandticket",)),
    ("the cardiff giant fake fossil", ("cardiff giant",)),
    ("the cadaver synod, pope on trial", ("cadaver synod",)),
    ("the st. elmo's fire sailors saw", ("elmo.s fire",)),
    ("go time about the conc structured concurrency package", ("\\bconc\\b",)),
    ("the bloody assizes after monmouth", ("assizes",)),
    ("the zinoviev letter forgery", ("zinoviev",)),
    ("the tulip mania bubble", ("tulip",)),
    ("the boston tea party reenactors", ("tea party reenact",)),
    ("se radio interview about the hyperloglog sketch", ("hyperloglog",)),
    ("the terracotta army discovery", ("terracotta",)),
    ("the moai of rapa nui walking theory", ("rapa nui",)),
    ("the sea of stars bioluminescent beach in the maldives", ("maldives",)),
    ("the bird that fakes a broken wing, the killdeer", ("killdeer",)),
    ("the honeyguide bird that teams up with humans", ("honeyguide",)),
    ("the arctic tern migration", ("arctic tern",)),
    ("the blobfish ugliest animal vote", ("blobfish",)),
    ("the tardigrade-adjacent rotifers frozen 24000 years", ("rotifer",)),
    ("the pink fairy armadillo", ("fairy armadillo",)),
    ("tif looking at the hillsborough law campaign", ("hillsborough",)),
    ("wola on the ecuadorian prison massacres in guayaquil", ("guayaquil",)),
    ("¿wola sobre los garimpeiros en territorio yanomami?", ("yanomami",)),
    ("bombcast on the xbox handheld rumours of 2025", ("xbox handheld",)),
    ("gb ep where they play a round of jackbox", ("jackbox",)),
    ("tp interview about the pixi conda manager", ("\\bpixi\\b",)),
    ("talk python on kivy for android apps", ("\\bkivy\\b",)),
    ("lex with a professional sommelier", ("sommelier",)),
    ("sam harris with a hospice chaplain", ("chaplain",)),
    ("se radio on the ceph storage cluster", ("\\bceph\\b",)),
    ("anything on the baghdad battery, the ancient one", ("baghdad battery",)),
    ("go time talking about the sqlboiler orm", ("sqlboiler",)),
    ("whats the one about the gustloff ship, or the cap arcona", ("cap arcona", "gustloff")),
    ("the spitting cobra with perfect aim", ("spitting cobra",)),
    ("tif on councils issuing section 114 notices", ("section 114",)),
    ("taverncast on the jersey devil", ("jersey devil",)),
    ("podcasting 2.0 on the podverse android release", ("podverse android",)),
    ("the one on the bermuda triangle flight 19", ("flight 19",)),
    ("¿el pasaje del gran duque de alba en flandes?", ("duque de alba",)),
    ("¿algún pasaje con el almirante cervera en santiago?", ("cervera",)),
    ("dw langsam meldung zum wolf in brandenburg", ("wolf in brandenburg",)),
    ("o hipsters sobre a stone e maquininhas", ("maquininha",)),
    ("¿wola habló de los apagones en cuba en 2024?", ("apagon",)),
    ("wola covering the surinamese elections", ("surinam",)),
    ("bombcast on the hollow knight voice acting", ("hollow knight",)),
    ("lex with a competitive yo-yo champion", ("yo-yo",)),
    ("lex w/ the guy who swam the english channel twice", ("english channel",)),
    ("no agenda on the chinese police stations in nyc", ("police station",)),
    ("the beer-powered canal boat", ("canal boat",)),
    ("dw langsam zur pkw-maut", ("maut",)),
    ("the kangaroo cull in canberra", ("kangaroo cull",)),
]

CHAT: list[str] = [
    "rise and shine nerds",
    "back from a 10k, legs gone",
    "café wifi is a potato today",
    "waves from drizzly cork",
    "the cat knocked my mug off the desk again",
    "3am and wide awake, classic",
    "whoever made the new emotes, chef's kiss",
    "food's here, back in a bit",
    "battery died mid sentence, back now",
    "it's snowing in april what is this",
    "you all made my day tbh",
    "first post here, be gentle",
    "toddler is banging pots again",
    "anything fun happening saturday?",
    "cheers mate, much appreciated",
    "can't climb stairs after squats",
    "obrigadão pessoal, até mais",
    "remember to stretch folks",
    "both kids down for the night finally",
    "catch you all tomorrow",
    "on my fourth tea already",
    "rain finally stopped, walking the dog brb",
    "got stung by a wasp today ugh",
    "big thanks to the mods for keeping it chill",
    "long day at work, hi all",
    "bueno raza, me retiro, que descansen",
    "logging off, take care",
    "why is monday so long",
    "finally fixed the leaky tap",
    "saludos desde quito, aquí lloviendo",
    "boa tarde galera, tudo certo?",
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
