"""Write issue 11's twenty-second fresh held-out set: ``questions_fresh22.jsonl``.

Run from the repository root with the shared feeds beside it::

    python tests/data/make_fresh22_questions.py [FEEDS_DIR]

It follows the twenty-first set (``questions_fresh21.jsonl``) as the held-out set kept for the
round after. Its questions were written from the feeds alone (titles, notes, guests, dates,
episode numbers), never from the answering code or from what the bot answers, and the bot was
not run on them. They are worded by hand. After the twenty-first set the only episodes no
earlier set expects are still the Giant Bombcast's (242: dated shows of 2008-2016 and the
Game of the Year days of 2009-2015); every episode of every other podcast was expected
before. No question is near one of the twenty-five earlier sets (the four first ones and
fresh to fresh21, ``questions_fresh21.jsonl`` among them).

The limits are the twenty-first set's. A podcast may take 25% of the answerable questions
(``MAX_FEED_SHARE``). Every question that expects a new episode expects a Bombcast one, so
at most 25% of the answerable questions can be on new episodes, and the share that may
expect only episodes an earlier set expects (``MAX_REUSED_SHARE``) is 3/4, the least the 25%
cap allows: so every Bombcast question here expects only new episodes, and they are exactly
a quarter of the answerable questions. The rule of novelty holds for reused episodes: a
question that expects an episode an earlier set expects must ask about it through other
details than every earlier question expecting that episode. ``same_details`` checks it: the
question's content words (folded; the stop words the sets under the rule share,
``fresh_sets.NOVELTY_STOP_WORDS``, dropped; a final "s" dropped) may share at most one word
with each earlier question that expects one of the same episodes, the twenty-first set's
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

OUT = HERE / "questions_fresh22.jsonl"
EARLIER = earlier_sets(22, fresh.EARLIER)
HEADER = (
    "Issue 11 twenty-second fresh held-out set (written by tests/data/make_fresh22_questions.py "
    "from the feeds; succeeds questions_fresh21.jsonl as the held-out set; never tune on it)"
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

GOTY = "Giant Bombcast Giant Bomb Game of the Year"

NOTES: Labelled = [
    (
        "the bombcast where ryan loses it over the mickey rourke whopper",
        ["Giant Bombcast 05-04-2010"],
        ["mickey rourke whopper"],
    ),
    (
        "gb pod that mourns the great petaluma pizza drought",
        ["Giant Bombcast 01-10-2012"],
        ["petaluma pizza drought"],
    ),
    (
        "which bombcast has jeff trying to buy the rbi baseball rights",
        ["Giant Bombcast 02-22-2011"],
        ["rbi baseball"],
    ),
    (
        "bombcast about 50 cent and the dead sea scrolls?? what",
        ["Giant Bombcast 05-19-2009"],
        ["dead sea scrolls"],
    ),
    (
        "the giant bomb one with pagan christmas tree rituals",
        ["Giant Bombcast 12-08-2009"],
        ["pagan christmas tree"],
    ),
    (
        "bombcast where they wonder if you can take a 3ds into north korea",
        ["Giant Bombcast 03/10/2015"],
        ["3ds into north korea"],
    ),
    (
        "the one that gets into corbin bernsen's career as a director",
        ["Giant Bombcast 11/18/2014"],
        ["corbin bernsen"],
    ),
    (
        "bombcast where shark punching and hair security come up",
        ["Giant Bombcast 11-29-2011"],
        ["shark punching"],
    ),
    (
        "talk python about quitting internal business apps with your two best friends to launch",
        ["#42: Python in Startups and Investing"],
        ["two best friends"],
    ),
    (
        "se radio on fitting a quart of data into a pint pot",
        ["Episode 79: Small Memory Software with Weir and Noble"],
        ["quart of data"],
    ),
    (
        "go time where they quiz an llm that's really natalie wearing a special hat",
        ["The biggest job interview of GPT-4's life"],
        ["special hat"],
    ),
    (
        "making sense on darwinian feminism and the google memo",
        ["#135 — Navigating Sex and Gender"],
        ["darwinian feminism"],
    ),
    (
        "hibt where she had already sold an online cosmetics store for 110 million",
        ["Minted: Mariam Naficy (2018)", "Minted: Mariam Naficy"],
        ["eve\\.com"],
    ),
    (
        "js party where kball and juri explain how nx keeps things fast",
        ["The magic of monorepos"],
        ["nx helps"],
    ),
    (
        "guardian daily about the country's biggest solar plant getting nasty in rural indiana",
        ["Cop27: the future is solar, but it won’t be simple"],
        ["rural indiana"],
    ),
    (
        "podcasting 2.0 where paul itoi and evan feenstra join the board meeting",
        ["Episode 28: We got the cat by the tail"],
        ["paul itoi"],
    ),
    (
        "mike and dr tim at breakfast when the diner was super hectic",
        ["Busy Day"],
        ["lot going on at the diner"],
    ),
]

LOOSE: Labelled = [
    (
        "that bombcast where jeff admits he's scared of myst lol",
        ["Giant Bombcast 02-16-2010"],
        ["fear of myst"],
    ),
    (
        "the gb pod recorded right after the giants won it all and sf was rioting",
        ["Giant Bombcast 11-02-2010"],
        ["san francisco giant"],
    ),
    (
        "bombcast where vinny tells what flying with a baby is like",
        ["Giant Bombcast 10-09-2012"],
        ["air-travel with a six-month old"],
    ),
    (
        "the one where they just chant domo for like a minute straight",
        ["Giant Bombcast 10-20-2009"],
        ["domo domo domo"],
    ),
    (
        "the bombcast they had to redo after tech problems and jeff played the music himself",
        ["Giant Bombcast 12-09-2008"],
        ["one-man house band"],
    ),
    (
        "bombcast where some mystery guest with a raspy voice sits in",
        ["Giant Bombcast 02-23-2010"],
        ["smokey-voiced stranger"],
    ),
    (
        "the gb pod where everyone's hungover from halloween candy",
        ["Giant Bombcast 11-01-2011"],
        ["fun-size halloween"],
    ),
    (
        "the talk python about code that smells funny and how to wash it out",
        ["#150: Technical Lessons Learned from Pythonic Refactoring"],
        ["f:tp", "code smells"],
    ),
    (
        "se radio where that term from car racing gets applied to writing fast programs",
        ["Episode 201: Martin Thompson on Mechanical Sympathy"],
        ["derived from auto racing"],
    ),
    (
        "the go time with the new york times pm",
        ["Do devs need a product manager?"],
        ["f:go", "new york times", "product manager"],
    ),
    (
        "the making sense about the remembered self vs the experiencing self",
        ["#196 — The Science of Happiness"],
        ["experiencing self vs the remembered self"],
    ),
    (
        "hibt where the two founders got set up over lunch by a fitness instructor",
        [
            "SoulCycle: Julie Rice & Elizabeth Cutler",
            "SoulCycle: Julie Rice & Elizabeth Cutler (2019)",
        ],
        ["introduced them over lunch"],
    ),
    (
        "that js party debate where divya and feross argue nope",
        ["Are web apps fundamentally different than web sites?"],
        ["debate format returns"],
    ),
    (
        "guardian pod on why flogging off council houses 40 years ago wrecked housing",
        ["How right to buy fuelled the UK housing crisis"],
        ["council houses"],
    ),
    (
        "the podcasting 2.0 where the pirates from captivate show up",
        ["Episode 34: All Hands on Deck"],
        ["pirates of podcast hosting"],
    ),
    (
        "the taverncast where michelle leaves the guys alone and it's all meat and bikinis",
        ["Taverncast 37: Endless Summer"],
        ["flirtinis"],
    ),
    (
        "that pasajes ep about the very first big kingdom in iberia, the lost el dorado",
        ["el reino de Tartessos y sus enigmas"],
        ["ultimo .el dorado"],
    ),
    (
        "the wola one where researchers went in late july and early august to hear from deportees",
        [fresh.WOLA_FAM],
        ["late july and early august"],
    ),
]

# (question, expected titles, evidence, misspelled?)
GUEST: list[tuple[str, list[str], list[str], bool]] = [
    (
        "chris cashmen",
        ["Giant Bombcast 03/10/2015", "Giant Bombcast 06-30-2009"],
        ["chris cashman"],
        True,
    ),
    ("richard belzer", ["Giant Bombcast 08-23-2011"], ["belzer"], False),
    ("brad nicholsen", ["Giant Bombcast 08-31-2010"], ["brad nicholson"], True),
    ("will smith from tested", ["Giant Bombcast 11-22-2011"], ["tested.com.s will smith"], False),
    ("cecil phillips", ["#363: Python for .NET and C# developers"], ["cecil philip"], True),
    (
        "nathan mars",
        ["Episode 222: Nathan Marz on Real-Time Processing with Apache Storm"],
        ["nathan marz"],
        True,
    ),
    (
        "florian patan",
        ["GoLand IDE and managing Gopher Slack", "Bringing Kubernetes to Azure"],
        ["florin patan"],
        True,
    ),
    (
        "zeynep tufekchi",
        [
            "#233 — The Groves of Misinformation",
            "#78 — Persuasion and Control",
            "Making Sense of Social Media and the Information Landscape | Episode 8 of The "
            "Essential Sam Harris",
        ],
        ["zeynep tufekci"],
        True,
    ),
    ("scott reits", ["#25 — Behind the Gun"], ["scott reitz"], True),
    (
        "ishan mishra",
        ["#206 – Ishan Misra: Self-Supervised Deep Learning in Computer Vision"],
        ["ishan misra"],
        True,
    ),
    (
        "cathy hughs",
        [
            "Radio One: Cathy Hughes",
            "Radio One: Cathy Hughes (2017)",
            "How I Built Resilience: Live with Cathy Hughes",
        ],
        ["cathy hughes"],
        True,
    ),
    (
        "dylan schieman",
        ["Dojo 2.0", 'We hear Dojo 7 is "better than React"'],
        ["dylan schiemann"],
        True,
    ),
    ("jon cooperman", ["What Cloudflare is up to"], ["jon kuperman"], True),
    (
        "taslima begum",
        ["Bangladesh’s catastrophic flooding: the climate crisis frontline"],
        ["thaslima begum"],
        True,
    ),
    (
        "lenka reifirova",
        ["Poliglotas, Aprendizado de Línguas e Tecnologia – Hipsters #88"],
        ["lenka rejfirova"],
        True,
    ),
    ("talitha pagani", ["UX Research – Hipsters #185"], ["talita pagani"], True),
]

HOST_GUEST: Labelled = [
    (
        "ryan vinny and brad on their own, three of them",
        ["Giant Bombcast 05-18-2010"],
        ["ryan, vinny, and brad shed"],
    ),
    (
        "ryan vinny patrick and brad while jeff's off in vegas",
        ["Giant Bombcast 09-27-2011"],
        ["with jeff in vegas"],
    ),
    (
        "jeff and brad back from the microsoft showcase with vinny and alex",
        ["Giant Bombcast 03-01-2011"],
        ["microsoft showcase"],
    ),
    (
        "jason sitting in while drew's on the other side of the world",
        ["Giant Bombcast 10/21/2014"],
        ["jason.s back to keep"],
    ),
    (
        "michael kennedy w/ vince knight and geraint palmer",
        ["#372: Applied mathematics with Python"],
        ["geraint palmer"],
    ),
    (
        "tobias kaatz with kixeye's former cto",
        ["Episode 208: Randy Shoup on Hiring in the Software Industry"],
        ["tobias kaatz", "kixeye", "t:hiring"],
    ),
    (
        "mat natalie and johnny with carlos alexandro becker",
        ["Releasing with (and without) GoReleaser"],
        ["carlos alexandro becker"],
    ),
    (
        "sam and chris fussell on how the capitol police behaved",
        ["#231 — Crossing the Abyss"],
        ["chris fussell", "capitol police"],
    ),
    (
        "lex with alexandra and andrea, the chess streamers",
        ["#319 – Botez Sisters: Chess, Streaming, and Fame"],
        ["alexandra and andrea botez"],
    ),
    (
        "guy raz with bruce pavitt and jonathan poneman",
        ["Sub Pop Records: Bruce Pavitt and Jonathan Poneman"],
        ["jonathan poneman"],
    ),
    (
        "kball interviewing tpw about redwood",
        ["A JS framework for startups: Redwood goes 1.0"],
        ["kball interviews tpw"],
    ),
    (
        "guardian critics laura snapes, lucy knight and kate abbott",
        ["Culture this autumn: what to watch, read and listen to"],
        ["laura snapes"],
    ),
    (
        "paulo silveira com o cto do magalu andré fatala",
        ["Histórias de Black Friday 3 – Hipsters #228"],
        ["andre fatala", "t:black friday"],
    ),
    (
        "adam and dave with dan benjamin from fireside",
        ["Episode 13: Fire in the Hole"],
        ["dan benjamin", "fireside\\.fm joins"],
    ),
    (
        "mike and dr tim, mike pitching local programming and tim on art",
        ["Community"],
        ["local programming"],
    ),
    (
        "bryce and bill getting sucked back into wow for cataclysm",
        ["TC1337: The End Begins"],
        ["bryce and bill are sucked back"],
    ),
]

TITLE_TYPO: list[tuple[str, list[str], str]] = [
    (
        "giant bomb game of the yaer 2014 day fuor",
        ["Giant Bombcast Giant Bomb Game of the Year 2014: Day Four"],
        "game of the year 2014: day four",
    ),
    (
        "game of the year 2012 day thre",
        [f"{GOTY} 2012: Day Three"],
        "game of the year 2012: day three",
    ),
    (
        "gmae of the year 2010 day two",
        [f"{GOTY} 2010: Day Two"],
        "game of the year 2010: day two",
    ),
    (
        "giant bomb game of teh year 2012, day one",
        [f"{GOTY} 2012: Day One"],
        "game of the year 2012: day one",
    ),
    (
        "talkin to cars with pyhton",
        ["#255: Talking to cars with Python"],
        "talking to cars",
    ),
    (
        "open source bussiness models dirk riehle",
        ["Episode 94: Open Source Business Models with Dirk Riehle"],
        "open source business models",
    ),
    ("go battlesnak go", ["Go Battlesnake Go!"], "battlesnake"),
    ("the unquite mind", ["#179 — The Unquiet Mind"], "the unquiet mind"),
    (
        "cyc and the quest to solve comon sense reasoning",
        ["#221 – Douglas Lenat: Cyc and the Quest to Solve Common Sense Reasoning in AI"],
        "quest to solve common sense",
    ),
    ("politico & axois: jim vandehei", ["Politico & Axios: Jim VandeHei"], "politico & axios"),
    ("accidently testable", ["Accidentally testable"], "accidentally testable"),
    (
        "the dawn of the fuor-day week",
        ["The dawn of the four-day week"],
        "dawn of the four-day week",
    ),
    (
        "maratona de progamação",
        ["Maratona de Programação – Hipsters #90"],
        "maratona de programacao",
    ),
    ("manning battlestaions", ["Episode 26: Manning Battlestations"], "manning battlestations"),
    ("at thsi hour", ['1375: "At This Hour"'], "at this hour"),
    ("iron cheff taverncast", ["Taverncast 18: Iron Chef Taverncast"], "iron chef"),
    ("rosalía de catsro", ["Pasajes de la historia: Rosalía de Castro"], "rosalia de castro"),
]

PODCAST: list[tuple[str, str, str]] = [
    (
        "the goty 2015 bombcasts from the first three days",
        "bomb",
        r"game of the year 2015: day (one|two|three)$",
    ),
    (
        "giant bomb's 2009 goty, day three plus day four",
        "bomb",
        r"game of the year 2009, day (three|four)$",
    ),
    ("every bombcast from march 2012", "bomb", r"03-\d\d-2012$"),
    (
        "2013 game of the year bombcasts, the last three days",
        "bomb",
        r"game of the year 2013: day (three|four|five)$",
    ),
    (
        "the tp pair on hypothesis-style property tests and on mutants that check your tests",
        "tp",
        r"property-based testing|mutation testing",
    ),
    ("se radio refactoring parts one and two", "se", r": refactoring pt\. [12]$"),
    ("the two go time eps on hiring people", "go", r"^hiring"),
    ("making sense ask me anything two and three", "ms", r"ask me anything [23]$"),
    ("the two françois chollet lex interviews", "lex", r"chollet"),
    ("both barre3 hibt eps", "hibt", r"^barre3"),
    ("both of js party's js danger quiz rounds", "js", r"^js danger:"),
    ("both halves of wagatha christie on today in focus", "tif", r"^the wagatha christie case"),
    ("hipsters on the road 48 e 49", "hip", r"on the road #(48|49)$"),
    ("podcasting 2.0 twenty-four and twenty-five", "p20", r"^episode (24|25):"),
    ("no agenda 1365 and 1367", "na", r"^136[57]:"),
    ("dw nachrichten vom dritten und vierten märz", "dw", r"^0[34]\.03\.2022"),
]

NUMBER: list[tuple[str, str | None, int, int | None]] = [
    ("tp number 246?", "tp", 246, None),
    ("talk python 82 which one", "tp", 82, None),
    ("lex 297 who was on", "lex", 297, None),
    ("lex fridman no. 358", "lex", 358, None),
    ("making sense ep. 62", "ms", 62, None),
    ("what's sam harris number 80", "ms", 80, None),
    ("se radio number 130 pls", "se", 130, None),
    ("software engineering radio no. 105", "se", 105, None),
    ("how i built this no. 172", "hibt", 172, None),
    ("hibt #304 who", "hibt", 304, None),
    ("hipsters ponto tech 249", "hip", 249, None),
    ("hipsters #231 qual é", "hip", 231, None),
    ("mike neumann show #24", "mike", 24, None),
    ("no agenda show 1378", "na", 1378, None),
    ("pc2.0 ep9", "p20", 9, None),
    ("taverncast #61 which one", "tav", 61, None),
    ("tom segura en español número 15", "tom", 15, None),
]

LATEST: list[tuple[str, str | None, list[str]]] = [
    ("latest bombcast that mentions duke nukem forever", "bomb", ["duke nukem forever"]),
    ("newest bombcast bringing up mass effect 3", "bomb", ["mass effect 3"]),
    ("most recent bombcast with quantum break talk", "bomb", ["quantum break"]),
    ("last bombcast with left 4 dead 2 chatter", "bomb", ["left 4 dead 2"]),
    ("latest giant bomb pod about modern warfare 2", "bomb", ["modern warfare 2"]),
    ("newest tp with will vincent", "tp", ["will vincent"]),
    ("newest se radio jeff meyerson hosted", "se", ["jeff meyerson"]),
    ("newest go time where carmen andoh is on", "go", ["carmen andoh"]),
    ("newest making sense that mentions ufos", "ms", ["ufo"]),
    ("most recent lex that brings up the olympics", "lex", ["olympi"]),
    ("latest hibt that brings up crowdfunding", "hibt", ["crowdfund"]),
    ("newest js party where tailwind comes up", "js", ["tailwind"]),
    ("latest today in focus with jim waterson", "tif", ["jim waterson"]),
    ("hipsters mais novo com mario souto", "hip", ["mario souto"]),
    ("most recent mike neumann show that mentions sayre oklahoma", "mike", ["sayre"]),
    ("el pasaje más nuevo sobre una batalla", "pas", ["t:batalla"]),
    ("dw langsam gesprochen, die letzte ausgabe von einem mittwoch", "dw", ["mittwoch"]),
]

SPANISH: Labelled = [
    (
        "¿cuál bombcast habla de la liga de lucha libre de icp y de los que abandonan enojados?",
        ["Giant Bombcast 05-26-2009"],
        ["icp.s wrestling"],
    ),
    (
        "el de giant bomb donde se despiden de lucasarts",
        ["Giant Bombcast 04-09-2013"],
        ["passing of lucasarts"],
    ),
    (
        "¿qué bombcast tiene pasteles de home run y el lanzamiento de la wii u?",
        ["Giant Bombcast 11-20-2012"],
        ["home run pies"],
    ),
    (
        "el talk python con la jefa técnica de la comisión electoral federal de eeuu",
        ["#317: Python at the US Federal Election Commission"],
        ["federal election commission"],
    ),
    (
        "¿el se radio con la cto de thoughtworks sobre arquitectura evolutiva?",
        ["SE-Radio Episode 236: Rebecca Parsons on Evolutionary Architecture"],
        ["chief technology officer at thoughtworks"],
    ),
    (
        "¿el go time con el creador de wails para apps de escritorio?",
        ["Building desktop apps with Go + web tech"],
        ["wails", "t:desktop apps"],
    ),
    (
        "¿el how i built this de sandy lerner y len bosack?",
        [
            "Cisco Systems & Urban Decay: Sandy Lerner",
            "Cisco Systems & Urban Decay: Sandy Lerner (2018)",
        ],
        ["len bosack"],
    ),
    (
        "¿el js party con la creadora de front-end foxes?",
        ["Web development for beginners"],
        ["front-end foxes"],
    ),
    (
        "el today in focus sobre la invasión masiva de fincas en devon por el derecho a pasear",
        ["The fight for the right to roam in the English countryside"],
        ["mass trespass"],
    ),
    (
        "¿el pasaje del que domó a bucéfalo con 9 años?",
        ["Alejandro III de Macedonia, Alejandro Magno"],
        ["bucefalo"],
    ),
    (
        "pasajes del filósofo hijo de un escultor y una comadrona",
        ["Sócrates"],
        ["comadrona"],
    ),
    (
        "pasajes sobre el militar mexicano josé doroteo arango",
        ["Pancho Villa"],
        ["doroteo arango"],
    ),
    (
        "¿hay un pasaje sobre cuando ingleses, neerlandeses y alemanes derrotan a bonaparte?",
        ["Batalla de Waterloo"],
        ["tropas neerlandesas"],
    ),
    (
        "¿tom segura con la fundadora de un club de comedia en medellín?",
        ["Ep. 20 con Pamela Ospina | Tom Segura En Español"],
        ["probando probando"],
    ),
    (
        "¿en cuál tom llama a su primo en perú?",
        ["Ep. 03 Culo Culo Culo - Tom Segura En Español"],
        ["primo en peru"],
    ),
    (
        "tiempo de valientes, cuando recuerda a su familia y un suceso importante de españa",
        ["El Ministerio del Tiempo - Tiempo de valientes: capítulo 3"],
        ["suceso muy importante"],
    ),
    (
        "tiempo de valientes donde busca una vía de escape mirando hacia adelante",
        ["El Ministerio del Tiempo - Tiempo de valientes: capítulo 6"],
        ["via de escapar"],
    ),
    (
        "¿el de wola sobre la sesión 68 en viena?",
        [fresh.WOLA_DRUG],
        ["68th session"],
    ),
]

PORTUGUESE: Labelled = [
    (
        "o bombcast que fala de corte de cabelo masculino antes da e3",
        ["Giant Bombcast 05-31-2011"],
        ["men.s haircuts"],
    ),
    (
        "o bombcast em que o jeff conta que ama tempestades",
        ["Giant Bombcast 10/01/2013"],
        ["love of thunderstorms"],
    ),
    (
        "o giant bomb dos doces suecos nojentos e do neopets",
        ["Giant Bombcast 06-03-2008"],
        ["disgusting swedish treats"],
    ),
    (
        "o talk python sobre criar sua própria api raspando sites com scrapinghub",
        ["#50: Web scraping at scale with Scrapy and ScrapingHub"],
        ["own api", "scrapy"],
    ),
    (
        "o se radio com o cara da iona que manja de corba",
        ["Episode 39: Interview Steve Vinoski"],
        ["corba", "chief engineer for iona"],
    ),
    (
        "o go time com o paul jolly e o marcos nils",
        ["Play with Go"],
        ["marcos nils"],
    ),
    (
        "o making sense em que o scott adams discute o trump",
        ["#87 — Triggered"],
        ["scott adams", "t:triggered"],
    ),
    (
        "o lex com a astrobióloga sobre a origem da vida",
        ["#198 – Sara Walker: The Origin of Life on Earth and Alien Worlds"],
        ["astrobiologist", "t:origin of life on earth"],
    ),
    (
        "o how i built this do cara que corria ouvindo fitas cassete",
        ["Audible: Don Katz"],
        ["clunky cassettes"],
    ),
    (
        "o js party das resoluções de 2021",
        ["New Year's Party 🥳"],
        ["2021 resolutions"],
    ),
    (
        "o today in focus sobre o que os apps de namoro fizeram com a nossa cabeça",
        ["Tinder turns 10: what have we learned from a decade of dating apps?"],
        ["f:tif", "psyche"],
    ),
    (
        "o hipsters que o paulo gravou de capacete e armadura",
        ["Angular vs React – Hipsters #142"],
        ["capacete e armadura"],
    ),
    (
        "hipsters com as duas brasileiras do studio pixel punk",
        ["Ecossistema GameDev Indie – Hipsters Ponto Tech #315"],
        ["pixel punk"],
    ),
    (
        "o hipsters com a lidice xavier da idwall",
        ["LGPD: Lei Geral de Proteção de Dados – Hipsters #174"],
        ["lidice xavier"],
    ),
    (
        "o podcasting 2.0 em que o dave aprende 64 línguas por 16 dólares",
        ["Episode 22: This Train is Rolling"],
        ["64 new languages"],
    ),
    (
        "o taverncast de natal com cerveja francesa frutada",
        ["Taverncast 48: 2010 Christmas Special"],
        ["fruity french beer"],
    ),
]

# (question, patterns that must be absent from every title and notes)
# Near misses: neighbouring countries and events, technologies, games, guests and news that
# no episode of any feed covers.
NONE: list[tuple[str, tuple[str, ...]]] = [
    ("did wola cover cuba's national grid collapse", ("grid collapse",)),
    ("dw über den anschlag in magdeburg", ("magdeburg",)),
    ("tiempo de valientes con amelia folch", ("amelia folch",)),
    ("ep about cuttlefish camouflage", ("cuttlefish",)),
    ("episode on the mantis shrimp punch", ("mantis shrimp",)),
    ("which ep talked about naked mole rats", ("mole rat",)),
    ("ep about the immortal jellyfish", ("jellyfish",)),
    ("ep on the ariane 5 rocket blowing up from an overflow", ("ariane 5",)),
    ("tem algo sobre o leilão do 5g?", ("leilao",)),
    ("hipsters sobre o bloqueio do x no brasil", ("bloqueio do x", "alexandre de moraes")),
    ("¿hay episodio sobre la independencia catalana?", ("catalan independence", "cataluna")),
    ("¿algo sobre la erupción del volcán de la palma?", ("cumbre vieja", "volcan de la palma")),
    ("¿algún episodio sobre el terremoto del maule en chile?", ("maule",)),
    ("dw über die hitzewelle in griechenland", ("hitzewelle",)),
    ("making sense with the historian timothy garton ash", ("garton ash",)),
    ("podcasting 2.0 about youtube music taking podcasts", ("youtube music",)),
    ("wola on the trial of guatemala's ex-president otto pérez molina", ("perez molina",)),
    (
        "latin america today on edmundo gonzález and the venezuelan vote count",
        ("edmundo gonzalez",),
    ),
    ("go time about profile guided optimization in go", ("profile-guided", "\\bpgo\\b")),
    ("js party on the interop 2024 effort", ("interop 20",)),
    ("talk python on pep 723 inline script metadata", ("pep 723",)),
    ("hipsters sobre o mercado pago", ("mercado pago",)),
    ("lex with the ultrarunner courtney dauwalter", ("dauwalter",)),
    ("tif on the spycops inquiry", ("spycops", "undercover policing")),
    ("bombcast on the sega saturn mini", ("saturn mini",)),
    ("bombcast on the teen who beat tetris", ("beat tetris", "tetris world championship")),
    ("mike and tim on the perseverance rover", ("perseverance rover",)),
    ("no agenda on 15 minute cities", ("15 minute cit", "15-minute cit")),
    ("dw über den streik bei der lufthansa", ("lufthansa",)),
    ("¿pasajes sobre bernardo de gálvez?", ("bernardo de galvez",)),
    ("¿tiempo de valientes con irene larra?", ("irene larra",)),
    ("tem episódio sobre o acidente da chapecoense?", ("chapecoense",)),
    ("¿hay algún episodio sobre la tomatina de buñol?", ("tomatina",)),
    ("dw über die gorch fock", ("gorch fock",)),
    ("anything on the tsar bomba test", ("tsar bomba",)),
    ("episode about ball lightning", ("ball lightning",)),
    ("ep about slime molds solving mazes", ("slime mold",)),
    ("anything on the miracle on ice", ("miracle on ice",)),
    ("anything on the mt gox collapse", ("mt\\.? ?gox",)),
    ("ep on the pentium fdiv bug", ("fdiv",)),
    ("anything on gitlab deleting its production database", ("gitlab.{0,60}(deleted|deletion)",)),
    ("ep on the aws s3 typo outage", ("s3 outage",)),
    ("the episode on the cloudbleed leak", ("cloudbleed",)),
    ("anything about the stuxnet worm", ("stuxnet",)),
    ("hipsters sobre o golpe do pix no whatsapp clonado", ("whatsapp clonado",)),
    ("the radium tonic radithor that killed eben byers", ("radithor",)),
    ("the great moon hoax of 1835 in the new york sun", ("moon hoax",)),
    ("the pioneer anomaly", ("pioneer anomaly",)),
    ("the hessdalen lights in norway", ("hessdalen",)),
    ("eels migrating to the sargasso sea", ("sargasso",)),
    ("lyrebirds imitating chainsaws", ("lyrebird",)),
    ("the bombardier beetle's boiling spray", ("bombardier beetle",)),
    ("bringing back the tasmanian tiger", ("thylacine", "tasmanian tiger")),
    ("the coelacanth turning up alive", ("coelacanth",)),
    ("the champawat tigress", ("champawat",)),
    ("the man-eaters of tsavo", ("tsavo",)),
    ("iceland's laki eruption of 1783", ("laki",)),
    ("the cahokia mounds", ("cahokia",)),
    ("mansa musa's hajj and the gold crash", ("mansa musa",)),
    ("the great siege of malta", ("siege of malta",)),
    ("the ping of death", ("ping of death",)),
    ("the melissa virus of 1999", ("melissa virus",)),
    ("the iloveyou worm", ("iloveyou", "i love you worm")),
    ("sony's bmg rootkit scandal", ("rootkit",)),
    ("the dao hack on ethereum", ("dao hack", "the dao\\b")),
    ("the colonial pipeline ransomware attack", ("colonial pipeline",)),
    ("the equifax breach", ("equifax",)),
    ("the ashley madison leak", ("ashley madison",)),
    ("facebook's 2021 bgp outage", ("\\bbgp\\b",)),
    ("go time on gccgo", ("gccgo",)),
    ("js party on speculation rules", ("speculation rules",)),
    ("js party on css anchor positioning", ("anchor positioning",)),
    ("se radio on brooks's law", ("brooks.s law",)),
    ("hipsters sobre a cnh digital", ("cnh digital",)),
    ("lex with the astronaut peggy whitson", ("whitson",)),
    ("lex with usain bolt", ("usain",)),
    ("lex with the violinist hilary hahn", ("hilary hahn",)),
    ("hibt with the scrub daddy sponge guy", ("scrub daddy",)),
    ("tif on the strep a outbreak", ("strep a",)),
    ("bombcast on fall guys", ("fall guys",)),
    ("taverncast on legion artifact weapons", ("artifact weapon",)),
    ("taverncast on the mage tower challenge", ("mage tower",)),
    ("mike neumann on the osiris-rex sample", ("osiris",)),
    ("no agenda on havana syndrome", ("havana syndrome",)),
    ("dw nachrichten über die cum-ex-affäre", ("cum-ex",)),
    ("¿hay un pasaje sobre el empecinado?", ("empecinado",)),
    ("¿pasajes sobre la papisa juana?", ("papisa",)),
    ("wola on the cuban balseros of 1994", ("balsero",)),
    ("wola on colombia's jep transitional court", ("\\bjep\\b",)),
    ("wola on amlo's hugs not bullets", ("abrazos", "hugs not bullets")),
    ("episódio sobre a tragédia da boate kiss", ("boate kiss",)),
    ("episódio sobre o maracanaço de 1950", ("maracana",)),
    ("¿hay algo sobre el 23-f y tejero?", ("tejero",)),
    ("¿hay un episodio del chavo del ocho?", ("chavo del ocho",)),
    ("¿episodio sobre la mano de dios de maradona?", ("maradona",)),
    ("dw nachrichten zur reichsbürger-razzia", ("reichsburger",)),
    ("did js party ever get into the web serial api for arduinos", ("web serial",)),
    ("algum podcast sobre o escândalo do mensalão?", ("mensalao",)),
    ("¿hablan de la movida madrileña de los 80 en algún lado?", ("movida",)),
    ("¿tom segura trajo alguna vez a jo koy?", ("jo koy",)),
    ("taverncast talking about building your garrison", ("garrison",)),
    ("socotra's dragon blood trees", ("socotra",)),
    ("ep on the kola superdeep borehole", ("kola superdeep", "superdeep")),
    ("the crooked forest in poland", ("crooked forest",)),
    ("anything on turkmenistan's door to hell crater", ("turkmenistan", "door to hell")),
    ("the eye of the sahara, the richat structure", ("richat",)),
    ("the flying dutchman ghost ship legend", ("flying dutchman",)),
    ("that one on the hanging coffins of sagada", ("sagada",)),
    ("ep about north sentinel island", ("sentinel island", "sentinelese")),
    ("zheng he's treasure fleet", ("zheng he",)),
    ("the 1900 galveston hurricane", ("galveston",)),
    ("the great alaska earthquake of 1964", ("alaska earthquake",)),
    ("the banqiao dam failure", ("banqiao",)),
    ("ep on the lake peigneur drilling accident", ("peigneur",)),
    ("anything on the centralia mine fire", ("centralia",)),
    ("se radio on tandem nonstop computers", ("tandem nonstop", "nonstop computer")),
    ("se radio on the ada language at the dod", ("ada language", "ada programming")),
    ("talk python with the spyder ide team", ("spyder",)),
    ("hipsters sobre o acordo mercosul e união europeia", ("mercosul",)),
    ("hipsters sobre o pl 2630 das fake news", ("2630",)),
    ("hipsters sobre o gaules e a twitch brasil", ("gaules",)),
    ("lex with the explorer ranulph fiennes", ("fiennes",)),
    ("making sense with rabbi jonathan sacks", ("jonathan sacks",)),
    ("guy raz with the duck tape company", ("duck tape",)),
    ("guardian daily on the hillsborough law", ("hillsborough",)),
    ("bombcast on metroid dread", ("metroid dread",)),
    ("mike neumann on the chandrayaan-3 landing", ("chandrayaan",)),
    ("mike and dr tim on hayabusa2", ("hayabusa",)),
    ("¿pasajes sobre los amantes de teruel?", ("teruel",)),
    ("¿hay un pasaje sobre el capitán alatriste?", ("alatriste",)),
    (
        "wola about colombia's truth commission report",
        ("truth commission", "comision de la verdad"),
    ),
    ("tem episódio sobre o caso richthofen?", ("richthofen",)),
    ("episódio sobre a ponte rio-niterói", ("niteroi",)),
    (
        "¿hay algo sobre la sociedad de la nieve y el vuelo 571?",
        ("sociedad de la nieve", "vuelo 571"),
    ),
    ("hibt with the founder of the sodastream", ("sodastream",)),
    ("the ep about the great wall being visible from space myth", ("visible from space",)),
    ("anything on the rosetta comet lander philae", ("philae",)),
    ("the max headroom tv signal hijacking", ("max headroom",)),
    ("whatever happened to d.b. cooper", ("d\\.? ?b\\.? cooper",)),
    ("how loud krakatoa was", ("krakatoa",)),
    ("mount pelée wiping out saint-pierre", ("pelee",)),
    ("hibt on the stanley tumbler craze", ("stanley tumbler", "stanley cup")),
]

CHAT: list[str] = [
    "who's up for a watch party friday?",
    "sry my cat stepped on the keyboard lmao",
    "gm gm, coffee's brewing",
    "lol this channel moves fast",
    "can someone pin the rules msg",
    "bueno gente, a mimir",
    "jajaja qué buena esa",
    "alguém mais com sono hoje?",
    "kkkkk muito bom",
    "valeu galera, até amanhã",
    "guten abend zusammen",
    "closing discord before i doomscroll any more",
    "sorry for the double post",
    "rip my sleep schedule",
    "anyone tried the new pizza place downtown",
    "tgif everybody, made it through the week",
    "just got back from the gym, dead",
    "mods are asleep post memes",
    "ngl the bot's been helpful today",
    "thx for the help earlier!",
    "qué calor hace hoy, madre mía",
    "feliz cumple a quien sea que cumpla hoy",
    "boa noite, fui",
    "lurking for a sec, carry on",
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
