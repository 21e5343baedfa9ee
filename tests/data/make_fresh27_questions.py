"""Write issue 11's twenty-seventh fresh held-out set: ``questions_fresh27.jsonl``.

Run from the repository root with the shared feeds beside it::

    python tests/data/make_fresh27_questions.py [FEEDS_DIR]

It follows the twenty-sixth set (``questions_fresh26.jsonl``) as the held-out set kept for the
round after. Its questions were written from the feeds alone (titles, notes, guests, dates,
episode numbers), never from the answering code or from what the bot answers, and the bot was
not run on them. They are worded by hand. No question is near one of the thirty earlier sets
(the four first ones and fresh to fresh26, ``questions_fresh26.jsonl`` among them).

What is new in this set: after the twenty-sixth set no episode of any feed is left that no
earlier set expects (the twenty-sixth took the last 47 Giant Bombcast shows). So every
answerable question here must expect episodes an earlier set already expects, and the share
that may expect only earlier-set episodes (``MAX_REUSED_SHARE``) is 1: it cannot be lower
while the set has answerable questions at all. That limit no longer guards anything; the rule
of novelty is the whole guard, and it holds for every answerable question here: a question
that expects an episode an earlier set expects must ask about it through other details than
every earlier question expecting that episode. ``same_details`` checks it: the question's
content words (folded; the stop words the sets under the rule share,
``fresh_sets.NOVELTY_STOP_WORDS``, dropped; a final "s" dropped) may share at most one word
with each earlier question that expects one of the same episodes, the twenty-sixth set's
among them. So the questions were written from details of the notes earlier questions did
not use.

The other limits are the twenty-sixth set's: at least 15 of each kind, 95 near misses, 110
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

OUT = HERE / "questions_fresh27.jsonl"
EARLIER = earlier_sets(27, fresh.EARLIER)
HEADER = (
    "Issue 11 twenty-seventh fresh held-out set (written by "
    "tests/data/make_fresh27_questions.py from the feeds; succeeds questions_fresh26.jsonl as "
    "the held-out set; never tune on it)"
)

# The least each kind must count, the least number of near misses and of unanswerable
# questions, the least size of the set, the largest share of the answerable questions one
# podcast may take, and the largest share that may expect only earlier-set episodes: all of
# them, since after the twenty-sixth set every episode of every feed was expected before (the
# novelty rule below is what keeps the questions new).
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

WOLA_PIERCE = "Piercing the Propaganda Bubble in El Salvador"
SE_DRUID = (
    "SE-Radio Episode 233: Fangjin Yang on OLAP and the Druid Real-Time Analytical Data Store"
)

NOTES: Labelled = [
    (
        "bombcast where ryan reinvents the remix and they get into socks and pillows",
        ["Giant Bombcast 07-19-2011"],
        ["reinvents the remix"],
    ),
    (
        "gb pod on brad's honorable ancestry and soooo many air horns",
        ["Giant Bombcast 07-07-2009"],
        ["honorable ancestry"],
    ),
    (
        "the bombcast where dota 2 somehow ends up in a liquor store heist",
        ["Giant Bombcast 09-10-2013"],
        ["liquor store heist"],
    ),
    (
        "bombcast about sony's vr plans plus profoundly terrible listener mail",
        ["Giant Bombcast 03/25/2014"],
        ["profoundly terrible"],
    ),
    (
        "which bombcast talks norm macdonald's career and the new majora's mask",
        ["Giant Bombcast 01/27/2015"],
        ["f:bomb", "norm macdonald"],
    ),
    (
        "bombcast reopening fable iii wounds and mortal kombat fiction",
        ["Giant Bombcast 05-03-2011"],
        ["mortal kombat fiction"],
    ),
    (
        "tp about the stack behind the training site, like 15-20 tb a month of data",
        ["#215: The software powering Talk Python courses and podcast"],
        ["15-20 tb"],
    ),
    (
        "lex w/ the thiel capital md who named the intellectual dark web",
        ["Eric Weinstein: Revolutionary Ideas in Science, Math, and Society"],
        ["f:lex", "thiel capital", "intellectual dark web"],
    ),
    (
        "making sense w/ jason fried about institutions surrendering to activism",
        ["#253 — Corporate Courage"],
        ["f:ms", "jason fried"],
    ),
    (
        "se radio where geert bevin explains continuations in rife",
        ["Episode 22: Feedback"],
        ["f:se", "geert bevin"],
    ),
    (
        "go time w/ carl from spotlight pa and wayne from godaddy",
        ["go:embed"],
        ["spotlight pa"],
    ),
    (
        "js party with george mandis, ten years maintaining his silly library",
        ["The story of Konami-JS"],
        ["george mandis"],
    ),
    (
        "hibt where guy talks to the slack cofounder and the springfree trampoline guy",
        ["How I Built Resilience: Live with Stewart Butterfield and Steve Holmes"],
        ["springfree trampoline", "12 million customers"],
    ),
    (
        "tif about lambeth and camden schools shutting down as pupils leave",
        ["Why are London’s schools disappearing?"],
        ["lambeth"],
    ),
    (
        "pc 2.0 where adam and dave review the ambies",
        ["Episode 38: Don't Feed The Monkeys"],
        ["review of the ambies"],
    ),
    (
        "taverncast where they go to a graveyard at night with a paranormal researcher",
        ["Taverncast Halloweekend 2010: Ghostcast"],
        ["matt laura"],
    ),
    (
        "mike & tim on how life phases change the begin and end markers of a year",
        ["Years"],
        ["end markers"],
    ),
]

LOOSE: Labelled = [
    (
        "that gb e3 episode with mega64, naughty dog and double fine, 4+ hours of it",
        ["Giant Bombcast E3 2011 Day One"],
        ["rawest, realest"],
    ),
    (
        "the bombcast where vinny returns as a new father and they talk fez",
        ["Giant Bombcast 04-17-2012"],
        ["new father vinny"],
    ),
    (
        "bombcast xxl edition with jeff green filling in for vinny",
        ["Giant Bombcast 08-17-2010"],
        ["none other than jeff green"],
    ),
    (
        "the bombcast with telltale's richard iggo",
        ["Giant Bombcast The Walking Dead"],
        ["richard iggo"],
    ),
    (
        "gb pod going in depth on witcher 3 and puzzle and dragons",
        ["Giant Bombcast 05/19/2015"],
        ["puzzle & dragons", "witcher 3"],
    ),
    (
        "the bombcast where dan ryckert can't cook and drew is a ghostship snowpiercer",
        ["Giant Bombcast 07/22/2014"],
        ["snowpiercer"],
    ),
    (
        "lex w/ the director of platoon and jfk",
        ["#286 – Oliver Stone: Vladimir Putin and War in Ukraine"],
        ["f:lex", "platoon"],
    ),
    (
        "making sense about the problem of orthodoxy and polarization in the us",
        ["#204 — A Conversation with Jonathan Haidt"],
        ["problem of orthodoxy"],
    ),
    (
        "tp where rod senra's team works with a sports drink lab",
        ["#324: Gatorade-powered Python APIs"],
        ["rod senra"],
    ),
    (
        "hibt with the yuga labs cofounders who met at a miami bar on spring break",
        ["HIBT Lab! Bored Ape Yacht Club: Greg Solano and Wylie Aronow"],
        ["yuga labs"],
    ),
    (
        "tif w/ andrew roth reporting from moscow on the kremlin threats",
        ["Is Vladimir Putin really prepared to use nuclear weapons? – podcast"],
        ["andrew roth reports from moscow"],
    ),
    (
        "se radio about building systems out of plugins instead of modules",
        ["Episode 104: Plugin Architectures"],
        ["systems out of plugins"],
    ),
    (
        "go time with brad fitzpatrick on getting people into bug triage",
        ["Go4 and Contributing to Go"],
        ["bug triage"],
    ),
    (
        "js party with amelia wattenberger about her state of js line graph",
        ["Fullstack D3"],
        ["wattenberger", "state of js 2019"],
    ),
    (
        "the tc where aric gushes about fx's the shield",
        ["Taverncast: The Screen - X3: The Last Stand"],
        ["the shield"],
    ),
    (
        "the pc 2.0 with dave the namespace slayer",
        ["Episode 12: Breaking Code"],
        ["namespace slayer"],
    ),
    (
        "bombcast kicking off goty with dave's eastern bloc award",
        ["Giant Bombcast Giant Bomb's GOTY 2011 Deliberations: Day One"],
        ["eastern bloc", "t:2011"],
    ),
]

# (question, expected titles, evidence, misspelled?)
GUEST: list[tuple[str, list[str], list[str], bool]] = [
    ("ives van horne", ["Come play in the CodeSandbox"], ["ives van hoorne"], True),
    ("nader dabbitt web3", ["The decentralized future"], ["nader dabit"], True),
    (
        "frank bushman patterns",
        ["Episode 54: Interview Frank Buschmann"],
        ["t:interview frank buschmann"],
        True,
    ),
    (
        "georg von krog",
        ["Episode 192: Open Source Development: Perspectives From Management Science"],
        ["von krogh"],
        True,
    ),
    (
        "fangjin yong",
        [SE_DRUID],
        ["fangjin yang"],
        True,
    ),
    (
        "john sonmes",
        ["SE Radio Episode 245: John Sonmez on Marketing Yourself and Managing Your Career"],
        ["sonmez"],
        True,
    ),
    ("donald hofman", ["#178 — The Reality Illusion"], ["f:ms", "donald hoffman"], True),
    ("frank wilcek physicist", ["#238 — How to Build a Universe"], ["f:ms", "wilczek"], True),
    ("robert waldinger", ["#308 — The Long Game"], ["waldinger"], False),
    (
        "siddhartha mukerjee",
        ["#98 — Into the Dark Land"],
        ["f:ms", "mukherjee", "emperor of all maladies"],
        True,
    ),
    (
        "anna frebel",
        ["#378 – Anna Frebel: Origin and Evolution of the Universe, Galaxies, and Stars"],
        ["frebel"],
        False,
    ),
    (
        "grant sandersen 3b1b",
        ["#118 – Grant Sanderson: Math, Manim, Neural Networks & Teaching with 3Blue1Brown"],
        ["grant sanderson", "manim"],
        True,
    ),
    (
        "dan kokotov",
        ["#151 – Dan Kokotov: Speech Recognition with AI and Humans"],
        ["kokotov"],
        False,
    ),
    (
        "sinek start with why",
        ["How I Built Resilience: Live with Simon Sinek"],
        ["f:hibt", "simon sinek"],
        False,
    ),
    ("inbal coen agile", ["Stay agile out there"], ["inbal cohen"], True),
    ("luis vila lawyer", ["Who owns our code?"], ["luis villa", "t:who owns our code\\?$"], True),
]

HOST_GUEST: Labelled = [
    (
        "guy raz w/ sandra oh lin",
        ["How I Built Resilience: Sandra Oh Lin of KiwiCo"],
        ["sandra oh lin"],
    ),
    ("guy and matt mullenweg", ["WordPress & Automattic: Matt Mullenweg"], ["f:hibt", "mullenweg"]),
    (
        "guy raz talking with kevin systrom and mike krieger",
        ["Instagram: Kevin Systrom & Mike Krieger (2017)"],
        ["t:instagram: kevin systrom & mike krieger \\(2017\\)"],
    ),
    ("sam harris and will macaskill", ["#228 — Doing Good"], ["macaskill", "t:#228"]),
    (
        "lex and nick lane",
        ["#318 – Nick Lane: Origin of Life, Evolution, Aliens, Biology, and Consciousness"],
        ["f:lex", "nick lane"],
    ),
    (
        "lex with tim dillon",
        ["#156 – Tim Dillon: Comedy, Power, Conspiracy Theories, and Freedom"],
        ["f:lex", "t:tim dillon"],
    ),
    (
        "michael kennedy and corey schafer",
        ["#169: Becoming a Python content creator"],
        ["f:tp", "corey schafer"],
    ),
    (
        "michael with bob belderbos and julian sequeira looking back",
        ["#224: 12 lessons from 100 days of web"],
        ["f:tp", "belderbos", "t:lessons"],
    ),
    ("jerod and co with jeff lembeck", ["npm is made of people. PEOPLE!"], ["lembeck", "t:npm"]),
    (
        "mikeal and chris with fred k. schott on esm",
        ["Migrating to ES Modules"],
        ["t:migrating to es modules"],
    ),
    (
        "johnny, mat and jaana with stevenson jean-pierre",
        ["Serverless and Go"],
        ["t:serverless and go"],
    ),
    (
        "carmen, mat and jon with steve francia and julie qiu",
        ["Grokking Go.dev"],
        ["t:grokking go"],
    ),
    (
        "michael and markus on the r&d manager job",
        ["Episode 147: Software Development Manager"],
        ["r&d manager"],
    ),
    (
        "adam and dave with todd and rob from new media show",
        ["Episode 6: Name Your Space"],
        ["new media show", "t:name your space"],
    ),
    (
        "aric, bryce, bill and michelle like old times",
        ["Taverncast 52: Superheroic Doomsday"],
        ["like old times"],
    ),
    (
        "mike and dr tim about tim's youtube habits",
        ["Guilty Pleasures"],
        ["youtube viewing habits"],
    ),
]

# (question, expected titles, the real title fragment as a pattern over folded titles)
TITLE_TYPO: list[tuple[str, list[str], str]] = [
    ("grokking go.dve", ["Grokking Go.dev"], "grokking go\\.dev"),
    ("go time ep quack like a whaaa", ["Quack like a wha-?"], "quack like a wha"),
    ("js party refactorin script soop", ["Refactoring script soup"], "refactoring script soup"),
    (
        "buidler pattern (for ur career) js party",
        ["The Builder Pattern (for your career)"],
        "the builder pattern",
    ),
    ("bugz r in the air go time ep", ["Bugs are in the air"], "bugs are in the air"),
    ("bitz of go we avoid (n why)", ["The bits of Go we avoid (and why)"], "bits of go we avoid"),
    ("we're wiht the band", ["Episode 15: We're with the Band!"], "we're with the band"),
    ("grope lyne", ["1372: Grope Line"], "grope line"),
    ("vacine poverty", ["1365: Vaccine Poverty"], "vaccine poverty"),
    ("digital begginings", ["Digital Beginnings"], "digital beginnings"),
    ("the realty illusion", ["#178 — The Reality Illusion"], "the reality illusion"),
    (
        "becoming a python content creater",
        ["#169: Becoming a Python content creator"],
        "becoming a python content creator",
    ),
    ("the long gmae", ["#308 — The Long Game"], "the long game"),
    ("into the drak land", ["#98 — Into the Dark Land"], "into the dark land"),
    ("on comunity and safety", ["On community and safety"], "on community and safety"),
    ("cafezino hipster", ["Cafézinho Hipster – Hipsters #33"], "cafezinho hipster"),
]

PODCAST: list[tuple[str, str, str]] = [
    ("hibt eps with stacy's pita chips", "hibt", r"pita chips"),
    ("both tp shows on pypy", "tp", r"\bpypy\b"),
    ("se radio's roles in software engineering parts i and ii", "se", r"roles in software"),
    ("tif's three-parter on the leaked uber papers", "tif", r"uber files"),
    ("pasajes con leonardo en el título", "pas", r"leonardo"),
    ("no agenda eps with jab in the title", "na", r"jab"),
    ("the pc 2.0 eps with noded / nodes in the name", "p20", r"\bnode"),
    ("taverncast's lost shows of 2007 specials", "tav", r"lost shows"),
    ("dw langsam nachrichten vom 4. und 5. februar", "dw", r"^0[45]\.02\.2022"),
    ("tom segura en español with the chilean comic or with ramos", "tom", r"copano|ramos"),
    ("the two making sense episodes with ai in the title", "ms", r"\bai\b"),
    ("go time's generics / go 2 episodes", "go", r"\bgo 2\b|generics"),
    ("the expo warm-up shows gb did right before la in 2011 and 2012", "bomb", r"pre-e3"),
    ("lex's eps with kasparov or magnus carlsen in the name", "lex", r"kasparov|carlsen"),
    ("mike neumann show ep called back in something", "mike", r"^back"),
    ("os hipsters on the road com segurança no título", "hip", r"seguranca.*on the road"),
]

NUMBER: list[tuple[str, str | None, int, int | None]] = [
    ("tp ep 287 pls", "tp", 287, None),
    ("talkpython no. 244", "tp", 244, None),
    ("what's on talk python #373", "tp", 373, None),
    ("lex #86?", "lex", 86, None),
    ("who was on lex 156", "lex", 156, None),
    ("lexfridman ep 267", "lex", 267, None),
    ("sam harris ep89", "ms", 89, None),
    ("making sense no. 285", "ms", 285, None),
    ("se radio ep. 93", "se", 93, None),
    ("se-radio number 51", "se", 51, None),
    ("hibt #402", "hibt", 402, None),
    ("how i built this ep 119?", "hibt", 119, None),
    ("hipsters numero 338", "hip", 338, None),
    ("mike neumann ep 49", "mike", 49, None),
    ("pc 2.0 #44", "p20", 44, None),
    ("tom segura nro 7 quien es el invitado", "tom", 7, None),
    ("tc ep #15 anyone", "tav", 15, None),
]

LATEST: list[tuple[str, str | None, list[str]]] = [
    ("newest bombcast that brings up dota", "bomb", ["\\bdota\\b"]),
    ("what's the newest bombcast where kickstarter came up", "bomb", ["\\bkickstarter\\b"]),
    ("most recent gb pod mentioning fez", "bomb", ["\\bfez\\b"]),
    ("latest bombcast where pax comes up", "bomb", ["\\bpax\\b"]),
    ("latest tp that mentions pydantic", "tp", ["\\bpydantic\\b"]),
    ("most recent tp bringing up mongodb", "tp", ["\\bmongodb\\b"]),
    ("newest lex where a nobel prize comes up", "lex", ["nobel prize"]),
    ("ms newest one where sam gets into meditation practice", "ms", ["\\bmeditation\\b"]),
    ("hibt: the last one in the covid-era resilience run", "hibt", ["t:how i built resilience"]),
    ("most recent se radio about tdd", "se", ["\\btdd\\b"]),
    ("newest go time ep w/ generics talk", "go", ["\\bgenerics\\b"]),
    ("newest js party mentioning jeopardy", "js", ["\\bjeopardy\\b"]),
    ("most recent tif covering china", "tif", ["\\bchina\\b"]),
    ("el pasaje más reciente sobre cartago y los cartagineses", "pas", ["cartag|punic"]),
    ("qual o último hipsters que fala de devops", "hip", ["\\bdevops\\b"]),
    ("newest pc 2.0 mentioning ipfs", "p20", ["\\bipfs\\b"]),
    ("latest taverncast halloweekend", "tav", ["halloweekend"]),
    ("most recent mike neumann ep that brings up spacex", "mike", ["\\bspacex\\b"]),
]

SPANISH: Labelled = [
    (
        "¿el pasaje sobre la trayectoria y aportaciones de galileo?",
        ["Galileo Galilei"],
        ["aportaciones de galileo"],
    ),
    (
        "¿qué pasaje pusieron en el quinto aniversario de la muerte de cebrián?",
        ["Pasajes de la historia: Alfred Nobel vs Gösta Mittag-Leffler"],
        ["quinto aniversario"],
    ),
    (
        "¿hay un pasaje de la independencia de las trece colonias?",
        ["Revolución Norteamericana"],
        ["t:revolucion norteamericana"],
    ),
    (
        "¿el pasaje del hombre adelantado a su tiempo, el de la gioconda?",
        ["Pasajes de la historia: Leonardo Da Vinci"],
        ["adelantado a su tiempo"],
    ),
    (
        "¿el relato de la aventura de asdrúbal?",
        ["Pasajes de la historia: Asdrúbal y Cartago"],
        ["t:asdrubal"],
    ),
    (
        "¿el tom segura donde le enseñan jerga de venezuela?",
        ["Ep. 02 Mamaguevo - Tom Segura En Español"],
        ["jerga venezolana", "t:mamaguevo"],
    ),
    (
        "¿cuál es el primer tom segura, el que presenta el podcast en castellano?",
        ["Intro - Tom Segura en Español!", "Ep. 01 | Tom Segura En Español"],
        ["f:tom", "bienvenido a tom segura"],
    ),
    (
        "¿en qué entrega julián tiene que irse del campamento sin decir por qué?",
        ["El Ministerio del Tiempo - Tiempo de valientes: capítulo 5"],
        ["marcharme del campamento"],
    ),
    (
        "¿wola habló de las víctimas de detenciones arbitrarias del régimen de bukele?",
        [WOLA_PIERCE],
        ["arbitrary detentions"],
    ),
    (
        "¿el bombcast donde lara croft da consejos de supervivencia?",
        ["Giant Bombcast 12/01/2015"],
        ["lara croft's prepping"],
    ),
    (
        "¿el bombcast con airsoft y cosas del garaje?",
        ["Giant Bombcast 11/24/2015"],
        ["airsoft"],
    ),
    (
        "¿el today in focus sobre las inundaciones en pakistán?",
        ["The human cost of Pakistan’s devastating floods"],
        ["floods in pakistan"],
    ),
    (
        "¿el lex con el director de los nih que dirigió el proyecto del genoma?",
        ["#238 – Francis Collins: National Institutes of Health (NIH)"],
        ["f:lex", "t:francis collins"],
    ),
    (
        "¿el hibt de la app de citas que lanzó videollamadas en la pandemia?",
        ["How I Built Resilience: Whitney Wolfe Herd of Bumble"],
        ["video chat feature"],
    ),
    (
        "¿el se radio sobre computación cuántica?",
        ["Episode 176: Quantum Computing with Martin Laforest"],
        ["f:se", "t:quantum computing"],
    ),
    (
        "¿el go time sobre json con daniel marti?",
        ['{"encoding":"json"}'],
        ["f:go", "t:encoding.*json"],
    ),
]

PORTUGUESE: Labelled = [
    (
        "o hipsters sobre virologia e os testes do coronavírus",
        ["Coronavírus, sequenciamento genético e bioinformática – Hipsters #192"],
        ["virologia"],
    ),
    (
        "o tech guide de fundamentos de nuvem do hipsters",
        ["TechGuide: Fundamentos Cloud – Hipsters Ponto Tech #348"],
        ["t:techguide: fundamentos cloud"],
    ),
    (
        "hipsters sobre spa, aquele marcado pelo desconhecimento",
        ["Single Page Applications – Hipsters #16"],
        ["marcado pelo desconheci"],
    ),
    (
        "o hipsters que tenta fazer o tcc parecer a parte mais legal do curso",
        ["TCC, monografias e iniciações – Hipsters Ponto Tech #338"],
        ["parte mais legal do curso"],
    ),
    (
        "o hipsters com o time da telefônica sobre devops",
        ["Escalando DevOps na Vivo – Hipsters Ponto Tech #324"],
        ["telefonica brasil"],
    ),
    (
        "o bombcast com o will smith ajudando a tapar os vazamentos da e3",
        ["Giant Bombcast 532: Hard Onboard"],
        ["will smith is here"],
    ),
    (
        "o bombcast com o ben australiano falando da feira estadual e corndogs",
        ["Giant Bombcast 491: Just a Bowl of Dough"],
        ["corndogs", "t:491"],
    ),
    (
        "o bombcast do jeff contando a judges' week",
        ["Giant Bombcast 485: The E3 2017 Sealed Envelope"],
        ["judges. week", "t:485"],
    ),
    (
        "aquele bombcast com heart of the swarm e água de coco",
        ["Giant Bombcast 06-12-2012"],
        ["f:bomb", "coconut water"],
    ),
    (
        "o bombcast com convidados da capcom, grin, gamasutra e jellyvision",
        ["Giant Bombcast E3 2009 Day Two"],
        ["jellyvision"],
    ),
    (
        "o lex com o professor de toronto sobre a crise de sentido",
        ["#317 – John Vervaeke: Meaning Crisis, Atheism, Religion & the Search for Wisdom"],
        ["f:lex", "vervaeke"],
    ),
    (
        "o making sense que fala de ficção como janela pra mente e de bullshitting",
        ["#317 — What Do We Know About Our Minds?"],
        ["bullshitting vs lying"],
    ),
    (
        "o sam harris com o balaji sobre o declínio americano",
        ["#259 — The Reckoning to Come"],
        ["f:ms", "balaji"],
    ),
    (
        "o se radio sobre requisitos com o casal do atlantic systems guild",
        ["Episode 188: Requirements in Agile Projects"],
        ["atlantic systems guild"],
    ),
    (
        "notícias da dw em alemão lento de 18 de janeiro",
        ["18.01.2022 – Langsam gesprochene Nachrichten"],
        ["t:18\\.01\\.2022"],
    ),
    (
        "o podcasting 2.0 da primeira reunião do conselho",
        ["Episode 3: First Board Meeting"],
        ["t:first board meeting"],
    ),
    (
        "o js party com a emma wedekind de mc e a eve porcello",
        ["LIVE at ReactJS Girls"],
        ["wedekind", "t:reactjs girls"],
    ),
]

# (question, patterns that must be absent from every title and notes)
# Near misses: neighbouring countries and events, technologies, games, guests and news that
# no episode of any feed covers.
NONE: list[tuple[str, tuple[str, ...]]] = [
    ("wola ep on the dominican republic deporting haitians", ("dominican republic",)),
    ("anything from wola about uruguay's cannabis pharmacies", ("cannabis pharmac",)),
    ("wola on panama's darién gap migrants", ("darien",)),
    ("¿wola hizo algo sobre el tren maya?", ("tren maya",)),
    ("wola episode on the ayotzinapa 43 students", ("ayotzinapa",)),
    ("¿wola tiene un episodio sobre milei y la motosierra?", ("milei",)),
    (
        "wola on the cuban july 11 protests",
        (
            "11j",
            "july 11",
        ),
    ),
    ("latin america today on the puerto rico debt oversight board", ("promesa",)),
    ("wola on the auc paramilitary boss salvatore mancuso", ("salvatore mancuso",)),
    ("¿wola habló de la crisis del agua en montevideo?", ("montevideo",)),
    (
        "wola on chile's mapuche conflict in araucanía",
        (
            "mapuche",
            "araucania",
        ),
    ),
    ("the gb podcast about elden ring", ("elden ring",)),
    (
        "bombcast where they rank every sonic the hedgehog cartoon",
        (
            "sonic cartoon",
            "hedgehog cartoon",
        ),
    ),
    ("gb pod about the pokemon snap sequel", ("pokemon snap",)),
    ("bombcast w/ a long disco elysium discussion", ("disco elysium",)),
    ("the bombcast about the tgs 2019 show floor", ("tgs 2019",)),
    ("bombcast going over baldur's gate 3", ("baldur's gate 3",)),
    ("tp episode on the marimo notebooks", ("marimo",)),
    ("tp with the litestar framework folks", ("litestar",)),
    ("js party chatting with the biome linter people", ("\\bbiome\\b",)),
    ("js party on the jsr registry from deno", ("\\bjsr\\b",)),
    ("se radio about zanzibar-style authorization", ("zanzibar",)),
    ("lex fridman with the ocean explorer robert ballard", ("ballard",)),
    ("lex fridman with the freestyle rapper harry mack", ("harry mack",)),
    ("making sense with the poker player annie duke", ("annie duke",)),
    (
        "no agenda rant about the world economic forum's great reset bugs diet",
        (
            "eat bugs",
            "insect protein",
        ),
    ),
    ("pc 2.0 on the podcast:chat tag for irc rooms", ("podcast:chat",)),
    ("podcasting 2.0 where they talk up the castamatic app", ("castamatic",)),
    ("taverncast doing a tasting of sierra nevada celebration ale", ("celebration ale",)),
    ("mike and dr tim at the austin barton springs pool", ("barton springs",)),
    ("tom segura en español con la mamá en la cocina haciendo tamales", ("tamales",)),
    ("¿el ministerio del tiempo tiene un capítulo en la batalla de bailén?", ("bailen",)),
    (
        "¿en tiempo de valientes aparece el capitán salvador?",
        (
            "salvador martí",
            "capitan salvador",
        ),
    ),
    ("¿pasajes tiene algo de la armada invencible?", ("armada invencible",)),
    (
        "¿hay un pasaje sobre moctezuma y tenochtitlan?",
        (
            "tenochtitlan",
            "moctezuma",
        ),
    ),
    ("¿algún pasaje sobre los mayas y chichén itzá?", ("chichen",)),
    ("¿pasajes cuenta la guerra de sucesión española?", ("guerra de sucesion",)),
    ("¿pasajes tiene un episodio de la batalla de lepanto?", ("lepanto",)),
    ("¿un pasaje de los incas y atahualpa?", ("atahualpa",)),
    ("¿pasajes sobre el general espartero?", ("espartero",)),
    ("¿algún episodio sobre la peste negra en europa?", ("peste negra",)),
    ("¿hay un pasaje del motín de aranjuez?", ("motin de aranjuez",)),
    ("¿un pasaje del rey alfonso x el sabio?", ("alfonso x",)),
    ("hipsters sobre o sistema de pagamentos via whatsapp pay", ("whatsapp pay",)),
    ("dw nachrichten zur inflation in der türkei", ("turkei",)),
    ("anything about the cottingley fairies hoax", ("cottingley",)),
    ("that episode about operation mincemeat", ("mincemeat",)),
    ("anything about the phantom time hypothesis", ("phantom time",)),
    ("anything about the kentucky meat shower", ("meat shower",)),
    ("something about the lindbergh baby kidnapping", ("lindbergh",)),
    ("the one about the great stink of 1858", ("great stink",)),
    ("that one about the history of the theremin", ("theremin",)),
    ("ep about the etch a sketch", ("etch a sketch",)),
    ("anything on how the frisbee was invented", ("frisbee",)),
    ("something on the history of the jukebox", ("jukebox",)),
    ("ep about the furby panic at the nsa", ("furby",)),
    ("ep about the glowing bacteria in the milky seas", ("milky sea",)),
    ("se radio on apl and array languages", ("\\bapl\\b",)),
    ("making sense with the climber tommy caldwell", ("caldwell",)),
    ("bombcast on the microsoft kin phone flop", ("microsoft kin",)),
    ("lex with the guy who built the largest lego set", ("largest lego",)),
    ("the guardian daily on the clapham common vigil", ("clapham",)),
    (
        "tp on the django ninja api library",
        (
            "django ninja",
            "django-ninja",
        ),
    ),
    ("lex and the neuroscientist who studies octopus arms", ("octopus arm",)),
    ("wola on the colombia venezuela border reopening at cúcuta", ("cucuta",)),
    ("wola on bolivia's 2019 sacaba massacre", ("sacaba",)),
    ("wola about guatemala's arévalo inauguration", ("arevalo",)),
    ("¿wola habló de la tragedia de ciudad juárez en el centro migratorio?", ("ciudad juarez",)),
    ("wola ep on mexico's judicial reform election of judges", ("judicial reform",)),
    (
        "my uncle swears there was a pod about the 1957 windscale reactor fire, which one",
        ("windscale",),
    ),
    ("did anyone cover the 1983 soviet false alarm, stanislav petrov?", ("petrov",)),
    ("looking for something on the kowloon walled city", ("kowloon",)),
    ("was there a history ep on the children's crusade of 1212", ("children.s crusade",)),
    ("anything on sweden switching to driving on the right in 67 (dagen h)", ("dagen h",)),
    ("ep about the swiss guard and the sack of rome", ("swiss guard",)),
    ("an episode on zheng he's treasure fleet?", ("zheng he",)),
    ("ep on the irish potato famine pls", ("potato famine",)),
    ("history pod on the boxer rebellion", ("boxer rebellion",)),
    ("anything about timbuktu's manuscripts being smuggled out", ("timbuktu",)),
    ("ep about the lewis chessmen", ("lewis chessmen",)),
    ("did someone do the sutton hoo ship burial", ("sutton hoo",)),
    ("ep about the bayeux tapestry", ("bayeux",)),
    ("pod on the lost colony of vinland and the vikings in newfoundland", ("vinland",)),
    (
        "anything on the 1967 six-day war",
        (
            "six-day war",
            "six day war",
        ),
    ),
    ("wola on the 1969 soccer war, honduras v el salvador", ("soccer war",)),
    ("wola on the guna people relocating off the islands in panama", ("\\bguna\\b",)),
    ("wola covering the bolsonaro coup plot trial", ("bolsonaro",)),
    ("¿wola habló de las elecciones en paraguay con santiago peña?", ("santiago pena",)),
    ("wola on the chilean estallido social of 2019", ("estallido",)),
    ("wola podcast about ecuador's crisis after fito escaped", ("\\bfito\\b",)),
    ("wola on the zapatistas 30 years later", ("zapatista",)),
    ("bombcast talking the sega genesis mini", ("genesis mini",)),
    ("tp with the lead of the pyoxidizer project", ("pyoxidizer",)),
    ("talk python on the scalene profiler", ("scalene",)),
    ("go time with the temporal sdk team", ("temporal sdk",)),
    ("js party about the remix vs next.js benchmark drama", ("benchmark drama",)),
    ("se radio on the log4shell incident response", ("log4shell",)),
    ("se radio with the authors of accelerate about dora metrics", ("dora metrics",)),
    ("lex w/ the pianist who does 10 hour livestreams", ("pianist",)),
    ("lex fridman and the sommelier", ("sommelier",)),
    ("hibt with the girl scout cookies bakery folks", ("girl scout",)),
    ("guy raz with the guy who made the hot pockets", ("hot pockets",)),
    ("tif on the southport attack riots", ("southport",)),
    ("no agenda where adam goes off about the 15-minute cities", ("15-minute cit",)),
    ("no agenda about the smartmatic voting machines", ("smartmatic",)),
    ("pc 2.0 on the lightning address split for boosts to bands on wavlake", ("wavlake",)),
    ("taverncast with a guild raid on naxxramas", ("naxxramas",)),
    ("mike and dr tim on the tesla cybertruck", ("cybertruck",)),
    ("¿tom segura con la comediante anjelah johnson?", ("anjelah",)),
    ("¿en tiempo de valientes julián viaja a la guerra de marruecos?", ("marruecos",)),
    ("¿hay un pasaje sobre el marqués de la ensenada?", ("ensenada",)),
    ("¿pasajes tiene la historia de la monja alférez?", ("monja alferez",)),
    ("¿algún pasaje de la reina isabel de farnesio?", ("farnesio",)),
    ("¿un pasaje sobre el bandolero curro jiménez?", ("curro jimenez",)),
    ("¿pasajes sobre la toma de granada en 1492?", ("toma de granada",)),
    ("¿hay pasaje del cardenal cisneros?", ("cisneros",)),
    ("dw langsam über das tempolimit auf der autobahn", ("tempolimit",)),
    ("pod about the circus elephant topsy", ("topsy",)),
    ("ep on the pepsi navy submarines myth", ("pepsi navy",)),
    ("anything about the mad gasser of mattoon", ("mattoon",)),
    ("an ep on the hinterkaifeck murders", ("hinterkaifeck",)),
    ("ep about the cardiff giant fake", ("cardiff giant",)),
    ("anything about the lake nyos gas cloud", ("nyos",)),
    ("ep about pneumatic tube mail in paris", ("pneumatic",)),
    ("the history of the pez dispenser, was that a thing here", ("\\bpez\\b",)),
    ("ep on who invented the crossword puzzle", ("crossword",)),
    ("ep on the history of the ouija board", ("ouija",)),
]

CHAT: list[str] = [
    "gm gm everybody",
    "whos around rn",
    "hola gente, qué tal el día",
    "sorry for spamming the channel earlier",
    "i should really go to sleep lol",
    "does anyone want to start a book club",
    "my neighbours are drilling again smh",
    "good evening from melbourne",
    "made pancakes, feeling accomplished",
    "greetings from the night shift",
    "congrats on the new server look mods",
    "brb grabbing a snack",
    "buenas noches a todos, me voy",
    "anyone else's power out right now",
    "the heat today is unreal",
    "appreciate this community honestly",
    "hello hello, long time lurker first time poster",
    "my plants are finally growing",
    "lol my coworker just fell asleep in a meeting",
    "tgif people",
    "sending good vibes to whoever needs them",
    "nice, thanks for the answer",
    "just finished a 10k, legs are jelly",
    "oi gente, cheguei agora",
    "bom dia pra quem é de bom dia",
    "hey all, what a week",
    "hope everyone's staying warm",
    "my toddler just drew on the wall, pray for me",
    "alright heading out, take care y'all",
    "someone make more coffee pls",
    "yo what's up chat",
    "my flight got delayed again lmao",
    "back from vacation, what did i miss",
    "shoutout to the mods for keeping this place chill",
    "whew, finally weekend",
    "gracias a todos por la ayuda de hoy",
    "what a beautiful sunset tonight",
    "i'm so sleepy today ugh",
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
