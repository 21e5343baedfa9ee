"""Write issue 11's eighteenth fresh held-out set: ``questions_fresh18.jsonl``.

Run from the repository root with the shared feeds beside it::

    python tests/data/make_fresh18_questions.py [FEEDS_DIR]

It follows the seventeenth set (``questions_fresh17.jsonl``) as the held-out set kept for the
round after. Its questions were written from the feeds alone (titles, notes, guests, dates,
episode numbers), never from the answering code or from what the bot answers, and the bot was
not run on them. They are worded by hand. The only episodes no earlier set expects are now the
Giant Bombcast's (about 431: dated shows of 2012-2016, Game of the Year deliberations, E3
nights and a few numbered shows), Talk Python's (53, from #8 to #279) and the Hipsters' (59,
from #04 to #286, with a few On The Road and one Deep Dive). Every other podcast had each of its
episodes expected before, so those are asked about in new words, never near an earlier
question. No question is near one of the twenty-one earlier sets (the four first ones and
fresh to fresh17, ``questions_fresh17.jsonl`` among them).

Under the limits of the earlier sets (15% of the answerable questions per podcast, one in ten
on earlier-set episodes) no eighteenth set is possible: three podcasts at 15% leave 45% of the
set for episodes asked about before. So from this set on a podcast may take 25% of the
answerable questions (``MAX_FEED_SHARE``) and 30% of them may expect only episodes an earlier
set expects (``MAX_REUSED_SHARE``); the near-duplicate checks are unchanged.

The checks are those of ``make_fresh_questions.py``, run unchanged over this set's lists with
the earlier sets, and on top of those the checks of the size of the set: each kind, the near
misses, the share of each podcast and of earlier-set episodes. ``fresh_sets.py`` runs them and
says what they are; its functions are bound at the end of this script. The file is written
only when every check passes.
"""

from __future__ import annotations

import sys
from fractions import Fraction
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import make_fresh_questions as fresh  # noqa: E402
from fresh_sets import FreshSet, earlier_sets  # noqa: E402

OUT = HERE / "questions_fresh18.jsonl"
EARLIER = earlier_sets(18, fresh.EARLIER)
HEADER = (
    "Issue 11 eighteenth fresh held-out set (written by tests/data/make_fresh18_questions.py "
    "from the feeds; succeeds questions_fresh17.jsonl as the held-out set; never tune on it)"
)

# The least each kind must count, the least number of near misses and of unanswerable
# questions, the least size of the set, the largest share of the answerable questions one
# podcast may take, and the largest share that may expect only earlier-set episodes.
MIN_PER_KIND = 15
MIN_NONE = 95
MIN_UNANSWERABLE = 110
MIN_TOTAL = 320
MAX_FEED_SHARE = 0.25
MAX_REUSED_SHARE = Fraction(3, 10)

Labelled = fresh.Labelled

WOLA_VEN = fresh.WOLA_VEN
COMING_INTO = [
    "#173: Coming into Python from another Industry (part 1)",
    "#174: Coming into Python from another Industry (part 2)",
]
E3_2016 = [
    "Giant Bombcast Giant Bomb LIVE! at E3 2016: Day 01: The Podcast",
    "Giant Bombcast Giant Bomb LIVE! at E3 2016: Day 02: The Podcast",
]

NOTES: Labelled = [
    (
        "bombcast with the cisco on cisco on sisqo bit before the 4th of july",
        ["Giant Bombcast 07-03-2012"],
        ["cisco on cisco"],
    ),
    (
        "tp where the test pyramid gets turned into something else",
        ["#45: The Python Testing Column, Now a Thing"],
        ["f:tp", "test pyramid"],
    ),
    (
        "hipsters with the gusmao brothers from an investing startup",
        ["Startups, investimentos e corretoras – Hipsters #70"],
        ["tito gusmao"],
    ),
    (
        "bombcast where jeff daydreams about owning a coke freestyle machine",
        ["Giant Bombcast 04-16-2013"],
        ["coke freestyle"],
    ),
    (
        "the giant bomb pod where ryan thought bob hoskins had died",
        ["Giant Bombcast 05-07-2013"],
        ["bob hoskins"],
    ),
    (
        "which bombcast had jim bakker end times food buckets and chemtrails",
        ["Giant Bombcast 07-17-2012"],
        ["jim-bakker"],
    ),
    (
        "that one with yelling lessons from sam kinison before pax",
        ["Giant Bombcast 08-28-2012"],
        ["sam kinison"],
    ),
    (
        "gb podcast about people digging up old games from a landfill",
        ["Giant Bombcast 04/29/2014"],
        ["landfill diving"],
    ),
    (
        "the bombcast pretending to be an australian fashion show with thong talk",
        ["Giant Bombcast 03/04/2014"],
        ["thong talk"],
    ),
    (
        "the bombcast where drew wrecks a jet ski",
        ["Giant Bombcast 09-10-2013"],
        ["crashes a jetski"],
    ),
    (
        "tif on microsoft and google racing each other on ai",
        ["Are chatbots coming for your job?"],
        ["high-stakes race for supremacy"],
    ),
    (
        "bombcast where they mourn ustream and eat crappy buffet pizza",
        ["Giant Bombcast 6/28/2016"],
        ["ustream"],
    ),
    (
        "tp ep saying 5 core devs are at microsoft and most python dev happens on windows",
        ["#191: Python's journey at Microsoft"],
        ["5 core developers work there"],
    ),
    (
        "the talk python where youtube's frontend servers in python get run on go",
        ["#95: Grumpy: Running Python on Go"],
        ["front-end server that drives youtube"],
    ),
    (
        "tp about australia making coding compulsory for high schoolers",
        ["#8: Teaching Python at Grok Learning and Classrooms"],
        ["high school students"],
    ),
    (
        "michael kennedy goes over the psf jetbrains survey results",
        ["#176: The Python Community by the Numbers"],
        ["jetbrains python survey"],
    ),
    (
        "talk python about battleship grey apps from the 90s vs good looking ones",
        ["#137: Design concepts and tips for developers"],
        ["battleship grey"],
    ),
    (
        "tp where someone uses tensorflow to help grow more food",
        ["#73: Machine learning at the new Microsoft"],
        ["growing more food"],
    ),
    (
        "hipsters where they visit the itau and redpoint coworking space",
        ["Startups, Cubos e Coworking – Hipsters #15"],
        ["redpoint", "itau para criar"],
    ),
    (
        "hipsters talking to the ceo and cto of getninjas",
        ["Startups, Ninjas e Marketplaces – Hipsters #10"],
        ["getninjas", "marketplace de servicos"],
    ),
    (
        "hipsters with the gym chain smartfit",
        ["Startups, fitness e o dilema do inovador – Hipsters #50"],
        ["smartfit"],
    ),
    (
        "the hipsters with pipefy, run from curitiba with a foot in sf",
        ["Startups, Processos e Mercado Global – Hipsters #55"],
        ["pipefy", "curitiba"],
    ),
    (
        "hipsters about google duplex being demoed",
        ["Android P, Inteligência Artificial e Google I/O – Hipsters #101"],
        ["google duplex"],
    ),
    (
        "hipsters where someone has a scorpion in the pocket over cloud bills",
        ["Histórias do Cloud – Hipsters #04"],
        ["escorpiao no bolso"],
    ),
    (
        "hipsters with a professor from ime usp on computer degrees",
        ["Faculdades: Ciência da Computação e Sistemas de Informação – Hipsters #47"],
        ["ime - usp"],
    ),
    (
        "lex with the stanford professor who studies material from ufo encounters",
        ["#262 – Garry Nolan: UFOs and Aliens"],
        ["ufo artifacts"],
    ),
    (
        "mike and dr tim chewing on a leaked scotus draft at breakfast",
        ["Supreme Leak"],
        ["draft scotus"],
    ),
]

LOOSE: Labelled = [
    (
        "giant bomb pod right after microsoft revealed the xbox one, also star trek and spiders",
        ["Giant Bombcast 05-21-2013"],
        ["xbox one reveal event"],
    ),
    (
        "that tp about the hidden genius project",
        ["#114: Empowering developers at the Hidden Genius project"],
        ["t:hidden genius"],
    ),
    (
        "hipsters at the company that built labor, a timesheet system, lots of react",
        ["React e React Native na Novatics – Hipsters On The Road #23"],
        ["sistema de controle de horas"],
    ),
    (
        "the wola one about a us warship flotilla off venezuela",
        [WOLA_VEN],
        ["flotilla"],
    ),
    (
        "bombcast where dan and jason run a fighting school and there are gross toilet emails",
        ["Giant Bombcast 05/24/2016"],
        ["fighting school"],
    ),
    (
        "the gb one where they hit their 300th show",
        ["Giant Bombcast 07-24-2012"],
        ["300th podcast"],
    ),
    (
        "bombcast with sessler as an unemployment enthusiast talking hot tubs",
        ["Giant Bombcast 05-08-2012"],
        ["unemployment enthusiast"],
    ),
    (
        "se radio about rebuilding the guardian's site with a thoughtworks guy",
        ["Episode 95: The New Guardian.co.uk website with Matt Wall and Erik DoernenBurg"],
        ["erik doernenburg"],
    ),
    (
        "guy raz with the people who made booking a doctor online easy",
        ["Zocdoc: Oliver Kharraz"],
        ["t:zocdoc"],
    ),
    (
        "the gb show with the big fruit argument and more vapefacts",
        ["Giant Bombcast 05/03/2016"],
        ["great fruit debate"],
    ),
    (
        "that bombcast sad about super bowl city going away lol",
        ["Giant Bombcast 02/09/2016"],
        ["super bowl city"],
    ),
    (
        "bombcast where vinny voices toys and fights gophers",
        ["Giant Bombcast 05-28-2013"],
        ["grapples with gophers"],
    ),
    (
        "the one where they wonder where kevin mccallister is now, plus apex",
        ["Giant Bombcast 570: EA's Got a Fortnite!"],
        ["kevin mccallister"],
    ),
    (
        "giant bomb after gdc 2014 talking about arrowhead's gauntlet reboot",
        ["Giant Bombcast 03/25/2014"],
        ["arrowhead's new gauntlet"],
    ),
    (
        "the tp where the paypal donate button gets called a failure for funding oss",
        ["#202: Building a software business"],
        ["paypal donate button"],
    ),
    (
        "talk python about finally shipping your gui app to people, pyside and so on",
        ["#127: Shipping software to users"],
        ["togo or pyside"],
    ),
    (
        "tp on writing native python apps for tvos and watchos",
        ["#79: Beeware Python Tools"],
        ["watchos"],
    ),
    (
        "the tp crossover with the partially derivative guys about data science news",
        ["#40: Top 10 Data Science Stories from 2015"],
        ["partially derivative"],
    ),
    (
        "that talk python visualizing cpython on a website",
        ["#22: CPython Internals and Learning Python with pythontutor.com"],
        ["t:pythontutor"],
    ),
    (
        "the tp where they say everyone googles errors and lands on so",
        ["#86: Python at StackOverflow"],
        ["f:tp", "t:stackoverflow"],
    ),
    (
        "the hipsters that kicked off 2022 guessing what's next for frontend",
        ["Tendências no Front-end 2022 – Hipsters Ponto Tech #286"],
        ["t:front-end 2022"],
    ),
    (
        "hipsters about interns with the guy who made wall jobs",
        ["Vida de Estagiário – Hipsters #85"],
        ["wall jobs"],
    ),
    (
        "that hipsters where paulo says he records 5 podcasts a week and answers 21 emails a day",
        ["Mais produtividade – Hipsters #125"],
        ["21,5 e-mails"],
    ),
    (
        "hipsters on caelum moving its classroom courses online during covid",
        ["O desafio de Cursos e Escolas Online – Hipsters #197"],
        ["caelum teve que adaptar"],
    ),
    (
        "the hipsters on the road at globo's media tech lab",
        ["Pesquisa e Inovação na Globo – Hipsters On The Road #32"],
        ["mediatechlab"],
    ),
    (
        "hipsters episode where they launched the free quarantine coding course",
        ["#QuarentenaDev: Aprenda a Programar – Hipsters #193"],
        ["t:quarentenadev"],
    ),
    (
        "that wola one saying salvador has locked up nearly 2 percent of its people",
        [fresh.WOLA_GRIM],
        ["2 percent"],
    ),
    (
        "js party where the panel joins shoptalk and syntax for a game show",
        ["Frontend Feud: ShopTalk vs Syntax"],
        ["t:shoptalk vs syntax"],
    ),
    (
        "sam harris talking to andrew sullivan about trump vs hillary",
        ["#49 — The Lesser Evil"],
        ["andrew sullivan about the 2016"],
    ),
    (
        "taverncast on tap where they ask if you cellar your beers",
        ["Taverncast: On Tap 8 - ABC's Jackhammer Old Ale"],
        ["beer cellar"],
    ),
    (
        "guardian daily pod on why the shops ran out of tomatoes",
        ["What the salad crisis says about Britain"],
        ["turnips over tomatoes"],
    ),
]

# (question, expected titles, evidence, misspelled?)
GUEST: list[tuple[str, list[str], list[str], bool]] = [
    (
        "max temkin cards against humanity",
        ["Giant Bombcast E3 2012 Day One"],
        ["max temkin"],
        False,
    ),
    (
        "katharine jarmull",
        ["#148: Python Book Authors' Panel Discussion"],
        ["katharine jarmul"],
        True,
    ),
    (
        "renato mefy",
        [
            "Tudo sobre Kafka – Hipsters On The Road #14",
            "Microsserviços autônomos na Usabilla – Hipsters On The Road #10",
        ],
        ["renato mefi"],
        True,
    ),
    ("wally quevado go", ["Distributed Messaging and Network Clients"], ["wally quevedo"], True),
    ("samantha kalmen", ["Giant Bombcast 07/15/2014"], ["samantha kalman"], True),
    (
        "drew scanlon numbers stations ham radio",
        ["Giant Bombcast 07-10-2012"],
        ["drew scanlon joins"],
        False,
    ),
    ("peter dinklidge", ["Giant Bombcast 05-22-2012"], ["peter dinklage"], True),
    (
        "john drake drummer",
        ["Giant Bombcast 03/11/2014"],
        ["drummer, professional traveler"],
        False,
    ),
    ("ewa jodlovska", ["#176: The Python Community by the Numbers"], ["ewa jodlowska"], True),
    (
        "yenny chung",
        ["#150: Technical Lessons Learned from Pythonic Refactoring"],
        ["yenny cheung"],
        True,
    ),
    (
        "don jayamane vscode",
        ["#101: Adding a full featured Python environment to Visual Studio Code"],
        ["don jayamanne"],
        True,
    ),
    (
        "james curren grok",
        ["#8: Teaching Python at Grok Learning and Classrooms"],
        ["james curran"],
        True,
    ),
    (
        "davis silverman profiling",
        ["#28: Making Python Fast: Profiling Python Code"],
        ["davis silverman"],
        False,
    ),
    ("jim fulton", ["#105: A Pythonic Database Tour"], ["jim fulton"], False),
    ("tiago peczenyi", ["Small Data, Big Data, Open Data – Hipsters #42"], ["peczenyj"], True),
    (
        "leo baltar",
        ["Evolução e Especificação do JavaScript Moderno – Hipsters #58"],
        ["leo balter"],
        True,
    ),
    (
        "christiano milfont react",
        ["React: o framework onipresente – Hipsters #66"],
        ["christiano milfont"],
        False,
    ),
    ("igor borjes nubank", ["Flutter – Hipsters #183"], ["igor borges"], True),
    (
        "philipp gof durham philosopher",
        ["#261 – Philip Goff: Consciousness, Panpsychism, and the Philosophy of Mind"],
        ["philip goff"],
        True,
    ),
    ("iain mcgilcrist", ["#234 — The Divided Mind"], ["mcgilchrist", "t:divided mind"], True),
    ("chris stokel walker", ["Are chatbots coming for your job?"], ["stokel-walker"], True),
]

HOST_GUEST: Labelled = [
    (
        "did michael kennedy ever talk to dr curran from sydney uni",
        ["#8: Teaching Python at Grok Learning and Classrooms"],
        ["dr\\. curran"],
    ),
    (
        "did will smith and dave snider both show up on one bombcast",
        ["Giant Bombcast 02/04/2014"],
        ["will smith and dave snider"],
    ),
    (
        "was phil spencer a guest at giant bomb's live e3 2016 show",
        ["Giant Bombcast Giant Bomb LIVE! at E3 2016: Day 02: The Podcast"],
        ["phil spencer, tim schafer"],
    ),
    (
        "did the 8-4 crew sit in with giant bomb for gdc 2016",
        ["Giant Bombcast 03/15/2016"],
        ["compatriots from 8-4"],
    ),
    (
        "did jeff and the gang have new york's alex navarro on right before e3 2016",
        ["Giant Bombcast 06/07/2016"],
        ["new york's alex navarro"],
    ),
    (
        "did michael have anthony shaw back to cover python 3.7",
        ["#180: What's new in Python 3.7 and beyond"],
        ["anthony shaw back"],
    ),
    (
        "was david crook of microsoft ever on talk python",
        ["#73: Machine learning at the new Microsoft"],
        ["david crook"],
    ),
    (
        "talk python with bruce eckel on a panel, does that exist",
        ["#148: Python Book Authors' Panel Discussion"],
        ["bruce eckel"],
    ),
    (
        "has kennedy interviewed jim fulton about databases",
        ["#105: A Pythonic Database Tour"],
        ["jim fulton"],
    ),
    (
        "did gabs ferreira do a hipsters with the bexs folks",
        ["Go e transações financeiras no Bexs – Hipsters On The Road #46"],
        ["t:bexs"],
    ),
    (
        "paulo silveira with igor borges talking flutter?",
        ["Flutter – Hipsters #183"],
        ["igor borges"],
    ),
    (
        "did the hipsters ever have zeno rocha on for open source",
        ["OpenSource – Hipsters #205"],
        ["zeno rocha", "t:opensource"],
    ),
    (
        "has paulo had danilo sato from thoughtworks to explain devops",
        ["Primeiros passos com Devops – Hipsters #81"],
        ["danilo sato", "t:devops"],
    ),
    (
        "did lex ever talk to the boss of qualcomm",
        ["#280 – Cristiano Amon: Qualcomm CEO"],
        ["t:qualcomm ceo"],
    ),
    (
        "did wola have brigitte baltazar lujano on",
        [fresh.WOLA_BRIG],
        ["t:brigitte baltazar lujano"],
    ),
    (
        "has se radio talked with the omg's andrew watson",
        ["Episode 107: Andrew Watson on the OMG"],
        ["andrew watson"],
    ),
    (
        "¿tom segura tuvo de invitada a su mamá charo?",
        ["Ep. 5 con Charo | Tom Segura En Español"],
        ["t:ep\\. 5 con charo"],
    ),
    (
        "taverncast with infernal bill doing all his voices in the booth",
        ["Taverncast VIP: In the Recording Booth with Bill's Many Voices"],
        ["t:bill's many voices"],
    ),
]

TITLE_TYPO: list[tuple[str, list[str], str]] = [
    (
        "tiempo de valientes capitlo 5",
        ["El Ministerio del Tiempo - Tiempo de valientes: capítulo 5"],
        r"capitulo 5$",
    ),
    (
        "giant bombcast its 4:20 somwhere",
        ["Giant Bombcast 582: It's 4:20 Somewhere!"],
        r"it's 4:20 somewhere",
    ),
    (
        "giant bombcast 570 eas got a fortnit",
        ["Giant Bombcast 570: EA's Got a Fortnite!"],
        r"ea's got a fortnite",
    ),
    ("giant bombcast skeleton crue", ["Giant Bombcast 465: Skeleton Crew"], r"skeleton crew"),
    ("and baby makes tree", ["Giant Bombcast 471: And Baby Makes Three"], r"and baby makes three"),
    (
        "grumpy runing python on go",
        ["#95: Grumpy: Running Python on Go"],
        r"grumpy: running python",
    ),
    (
        "morepath super powerd python web framework",
        ["#99: Morepath: Super Powered Python Web Framework"],
        r"morepath",
    ),
    ("exploring awsome python", ["#96: Exploring Awesome Python"], r"exploring awesome python"),
    ("beeware pyhton tools", ["#79: Beeware Python Tools"], r"beeware python tools"),
    (
        "automate the borring stuff with python",
        ["#19: Automate the Boring Stuff with Python"],
        r"automate the boring stuff",
    ),
    ("historias do clould", ["Histórias do Cloud – Hipsters #04"], r"historias do cloud"),
    ("fluxo unficado hipsters", ["Fluxo Unificado – Hipsters Ponto Tech #255"], r"fluxo unificado"),
    ("vida de estagiaro", ["Vida de Estagiário – Hipsters #85"], r"vida de estagiario"),
    (
        "produt marketing manager hipsters",
        ["Product Marketing Manager – Hipsters Ponto Tech #282"],
        r"product marketing manager",
    ),
    ("1371 bald nanci", ["1371: Bald Nancy"], r"bald nancy"),
    (
        "frontend fued shoptalk vs syntax",
        ["Frontend Feud: ShopTalk vs Syntax"],
        r"shoptalk vs syntax",
    ),
    ("the divded mind", ["#234 — The Divided Mind"], r"the divided mind"),
]

PODCAST: list[tuple[str, str, str]] = [
    ("giant bomb goty 2018 deliberations", "bomb", r"^game of the year 2018: day (one|two)"),
    ("the giant bomb at nite shows from e3 2017", "bomb", r"at nite"),
    ("bombcast seasons greetings message", "bomb", r"seasons greetings"),
    ("bombcast fun at the movies", "bomb", r"fun at the movies"),
    ("talk python, python in geoscience", "tp", r"geoscience"),
    ("tp beginners and experts panel", "tp", r"beginners and experts panel"),
    ("the coming into python from another industry eps of talk python", "tp", r"another industry"),
    ("talk python 100daysofcode challenge", "tp", r"100daysofcode"),
    ("hipsters ponto tech erps and totvs", "hip", r"totvs"),
    ("hipsters dev líquido a chegada", "hip", r"dev liquido"),
    ("hipsters egov governo digital", "hip", r"egov"),
    ("dw langsam gesprochene nachrichten 11.02.2022", "dw", r"^11\.02\.2022"),
    ("go time, the pachyderm one", "go", r"pachyderm"),
    ("the mike neumann show's so that happened episode", "mike", r"so that happened"),
    ("no agenda code red episode", "na", r"code red"),
    ("podcasting 2.0 chapter 8 ep", "p20", r"chapter 8"),
]

NUMBER: list[tuple[str, str | None, int, int | None]] = [
    ("talk python ep 45", "tp", 45, None),
    ("giant bombcast 582", "bomb", 582, None),
    ("bombcast ep. 450 what's it about", "bomb", 450, None),
    ("gb podcast #488", "bomb", 488, None),
    ("which bombcast is 465", "bomb", 465, None),
    ("talk python 279??", "tp", 279, None),
    ("tp no 210", "tp", 210, None),
    ("what was on talk python episode 123", "tp", 123, None),
    ("talkpython #61", "tp", 61, None),
    ("hipsters número 86", "hip", 86, None),
    ("hipsters #137 sobre o que é", "hip", 137, None),
    ("hipsters ponto tech 282", "hip", 282, None),
    ("lex pod number 280", "lex", 280, None),
    ("hibt #323", "hibt", 323, None),
    ("making sense 84, who was the guest", "ms", 84, None),
    ("mike neumann show number 11", "mike", 11, None),
    ("which one is no agenda episode 1384", "na", 1384, None),
    ("software engineering radio #95", "se", 95, None),
    ("p2.0 show no. 43, what was it", "p20", 43, None),
]

LATEST: list[tuple[str, str | None, list[str]]] = [
    ("final day of the goty 2017 deliberations on giant bomb", "bomb", ["t:game of the year 2017"]),
    ("most recent bombcast that brings up ustream", "bomb", ["ustream"]),
    ("newest bombcast with fruit talk", "bomb", ["fruit"]),
    (
        "tp's most recent coming into python from another industry part",
        "tp",
        ["t:another industry"],
    ),
    (
        "most recent tp that mentions the partially derivative podcast",
        "tp",
        ["partially derivative"],
    ),
    ("newest talk python with don jayamanne", "tp", ["don jayamanne"]),
    ("o hipsters mais recente com o leo balter", "hip", ["leo balter"]),
    ("último hipsters que cita o inovabra", "hip", ["inovabra"]),
    ("qual o hipsters mais novo com startups, no começo do título", "hip", ["t:^startups,"]),
    ("latest lex fridman about ufos", "lex", ["t:ufo"]),
    ("most recent making sense with nick bostrom", "ms", ["nick bostrom"]),
    ("newest tif about colombia", "tif", ["t:colombia"]),
    ("latest se radio on scala", "se", ["t:scala"]),
    ("most recent js party with brian leroux", "js", ["brian leroux"]),
    ("the last taverncast vip they put out", "tav", ["t:vip"]),
]

SPANISH: Labelled = [
    (
        "el bombcast que pasa media hora hablando de yelp",
        ["Giant Bombcast 01-22-2013"],
        ["half-hour talking about yelp"],
    ),
    (
        "¿hay un hipsters sobre trabajo remoto?",
        ["Trabalho Remoto – Hipsters #111"],
        ["t:^trabalho remoto", "carreira\\.tech"],
    ),
    (
        "¿hay un bombcast donde hablen de que facebook compró oculus?",
        ["Giant Bombcast 04/01/2014"],
        ["facebook's purchase of the oculus rift"],
    ),
    (
        "el bombcast con la noticia de la nueva playstation 4 y el juego de supergiant",
        ["Giant Bombcast 04/19/2016"],
        ["new playstation 4"],
    ),
    (
        "el bombcast de fin de año grabado frente a una webcam",
        ["Giant Bombcast 12/31/2013"],
        ["live in front of a webcam"],
    ),
    (
        "¿cuál bombcast tenía las predicciones antes del e3 2014?",
        ["Giant Bombcast 06/10/2014: E3 Preview and Predictions!"],
        ["t:e3 preview and predictions"],
    ),
    (
        "¿hay un talk python sobre kubernetes?",
        ["#126: Kubernetes for Pythonistas"],
        ["f:tp", "t:kubernetes"],
    ),
    (
        "el talk python de las 20 librerías que no estás usando",
        ["#77: 20 Python Libraries You Aren't Using (But Should)"],
        ["t:20 python libraries"],
    ),
    (
        "el talk python del tipo que hizo un videojuego entero en python",
        ["#78: How I built an entire game and toolchain 100% in Python"],
        ["t:entire game"],
    ),
    (
        "talk python sobre python en la investigación de ia",
        ["#124: Python for AI research"],
        ["t:python for ai research"],
    ),
    (
        "¿hay un hipsters sobre el inovabra de bradesco?",
        ["Ecossistemas de Startups no Inovabra – Hipsters Ponto Tech #153"],
        ["t:inovabra"],
    ),
    (
        "el hipsters con cuatro programadoras contando su día a día",
        ["Vida de Programadora – Hipsters #86"],
        ["t:vida de programadora"],
    ),
    (
        "hipsters sobre startups y música",
        ["Startups, Música e Educação – Hipsters #25"],
        ["t:startups, musica"],
    ),
    (
        "¿pasajes de la historia sobre el zorro del desierto?",
        ["Erwin Rommel, el Zorro del Desierto"],
        ["t:zorro del desierto"],
    ),
    (
        "el pasaje de la maldición de la momia y howard carter",
        ["Tutankamón"],
        ["maldicion de la momia"],
    ),
    (
        "el pasaje del escritor de sherlock que se metió en el espiritismo",
        ["Arthur Conan Doyle"],
        ["espiritismo"],
    ),
    (
        "¿en qué capítulo julián llega a cuba por la puerta 40?",
        ["El Ministerio del Tiempo - Tiempo de valientes: capítulo 1"],
        ["puerta numero 40"],
    ),
    (
        "tom segura charlando con un comediante de uruguay",
        ["Ep. 19 con El Bananero | Tom Segura En Español"],
        ["de uruguay"],
    ),
    (
        "¿qué js party dice que typescript es turing completo?",
        ["Web Audio API and TypeScript is Turing Complete"],
        ["turing complete", "t:typescript"],
    ),
    (
        "¿today in focus sobre la huelga de los profes en reino unido?",
        ["What is the teachers strike really about?"],
        ["t:teachers strike"],
    ),
    (
        "noticias lentas de la dw del miércoles 2 de febrero",
        ["02.02.2022 – Langsam gesprochene Nachrichten"],
        ["t:02\\.02\\.2022"],
    ),
]

PORTUGUESE: Labelled = [
    (
        "o bombcast dos relógios inteligentes e da guerra contra os ciborgues",
        ["Giant Bombcast 03-19-2013"],
        ["cyborg wars"],
    ),
    (
        "hipsters com as organizadoras de eventos de tecnologia",
        ["Eventos de Tecnologia da Comunidade – Hipsters #191"],
        ["t:eventos de tecnologia", "organizadoras"],
    ),
    (
        "notícias lentas da dw do sábado 5 de março de 2022",
        ["05.03.2022 – Langsam gesprochene Nachrichten"],
        ["t:05\\.03\\.2022"],
    ),
    (
        "hipsters sobre rh que aprende tecnologia pra contratar dev",
        ["Contratação e RH técnico na Vulpi – Hipsters On The Road #36"],
        ["treinando profissionais de rh"],
    ),
    (
        "aquele hipsters de testes de software e ia",
        ["Testes de Software e Inteligência Artificial – Hipsters #154"],
        ["t:testes de software e inteligencia"],
    ),
    (
        "qual hipsters fala de android p e do google i/o?",
        ["Android P, Inteligência Artificial e Google I/O – Hipsters #101"],
        ["t:android p"],
    ),
    (
        "hipsters discutindo academia vs mercado",
        ["Academia e Universidade VS Mercado e Indústria – Hipsters Ponto Tech #249"],
        ["t:academia e universidade"],
    ),
    (
        "episódio sobre java, oracle e nuvem",
        ["Java, Oracle e Cloud – Hipsters Ponto Tech #279"],
        ["t:java, oracle e cloud"],
    ),
    (
        "hipsters sobre o full stack, aquela criatura quase mitológica",
        ["Desenvolvedor Full Stack – Hipsters Ponto Tech #182"],
        ["mitologica"],
    ),
    (
        "o deep dive sobre foco no cliente",
        ["Foco no Cliente – Hipsters Deep Dive #007"],
        ["t:foco no cliente"],
    ),
    (
        "hipsters sobre devops na caelum",
        ["Cultura DevOps na Caelum – Hipsters On The Road #24"],
        ["t:cultura devops"],
    ),
    (
        "tem talk python sobre microsserviços?",
        ["#121: Microservices in Python"],
        ["t:microservices in python"],
    ),
    (
        "talk python com a retrospectiva de 2017",
        ["#145: 2017 Python Year in Review"],
        ["t:2017 python year in review"],
    ),
    (
        "talk python sobre dados bagunçados e sujos",
        ["#90: Data Wrangling with Python"],
        ["t:data wrangling"],
    ),
    (
        "o bombcast do lançamento do street fighter v",
        ["Giant Bombcast 02/16/2016"],
        ["launch of street fighter v"],
    ),
    (
        "o bombcast sobre o xbox one sem kinect",
        ["Giant Bombcast 05/20/2014"],
        ["kinectless"],
    ),
    (
        "o pasajes sobre o amundsen",
        ["Roald Amundsen y la conquista de los Polos"],
        ["t:amundsen"],
    ),
    (
        "tiempo de valientes, o capítulo em que julián precisa fugir outra vez",
        ["El Ministerio del Tiempo - Tiempo de valientes: capítulo 4"],
        ["volver a huir"],
    ),
    (
        "tem how i built this com o cara que viajou pela europa com dois dólares por dia?",
        ["Rick Steves' Europe: Rick Steves"],
        ["two dollars a day"],
    ),
]

# (question, patterns that must be absent from every title and notes)
NONE: list[tuple[str, tuple[str, ...]]] = [
    # Latin America beside what WOLA covers: neighbouring countries and other crises
    ("wola ep on the guyana essequibo dispute with venezuela", ("essequibo",)),
    ("did wola cover french guiana at all", ("french guiana", "guyane")),
    ("wola and the belo monte dam in the amazon", ("belo monte",)),
    ("did wola cover the munduruku and the gold miners", ("munduruku",)),
    ("wola on the galápagos debt-for-nature swap", ("debt-for-nature", "galapagos")),
    ("the ecuadorian gang los choneros", ("choneros",)),
    ("wola on roatán's próspera project", ("roatan", "prospera zede")),
    ("anything on the cuban medical brigades abroad", ("medical brigade", "brigadas medicas")),
    ("wola about the caravan leaving tapachula", ("tapachula",)),
    ("nicaragua's canal project with the chinese investor", ("nicaragua canal", "wang jing")),
    ("wola on brazil's marielle franco murder case", ("marielle",)),
    ("peru's amazon oil spills from petroperu", ("petroperu",)),
    ("bolivia's coca growers in the chapare", ("chapare",)),
    ("a wola pod on the jamaican lottery scam call centers", ("lottery scam",)),
    # a named podcast with a technology next to the ones it covers
    ("tp on the reflex full-stack framework", ("reflex\\.dev", "reflex framework")),
    ("tp episode about narwhals, the dataframe compatibility layer", ("narwhals",)),
    ("talk python about hatchling as a build backend", ("hatchling",)),
    ("go time on the ko container image builder", ("\\bko build", "ko-build", "google/ko")),
    ("js party about the unpoly library", ("unpoly",)),
    ("js party on bun 1.0", ("bun 1\\.0",)),
    ("se radio talking about the gleam language on the beam vm", ("gleam",)),
    ("hipsters sobre o kotlin multiplatform", ("kotlin multiplatform",)),
    ("hipsters falando da engine defold", ("defold",)),
    ("tp on the codon python compiler from mit", ("codon",)),
    (
        "se radio on the pony language and its reference capabilities",
        ("pony lang", "reference capabilities"),
    ),
    ("go time about the encore backend framework", ("encore\\.dev", "encore framework")),
    # guests who never came
    ("lex sitting down with a sumo yokozuna like hakuho", ("hakuho",)),
    ("lex chatting with yo-yo ma about the bach cello suites", ("yo-yo ma",)),
    ("guy raz interviewing the brothers behind the traeger pellet grill", ("traeger",)),
    ("guy raz with the liquid death canned water founder", ("liquid death",)),
    ("talk python with the hypothesis-jsonschema maintainer", ("hypothesis-jsonschema",)),
    ("go time guest on the inferno operating system", ("inferno os", "inferno operating")),
    ("making sense with yuval noah harari on sapiens", ("sapiens",)),
    ("sam harris and the novelist cormac mccarthy", ("cormac",)),
    ("tom segura con el cómico argentino pichu straneo", ("straneo",)),
    ("bombcast with hideo kojima in studio", ("kojima in studio", "hideo kojima joins")),
    ("hipsters com o yukihiro matsumoto do ruby", ("yukihiro",)),
    ("se radio interview with niklaus wirth", ("niklaus wirth",)),
    ("js party about the enhance html-first framework", ("enhance\\.dev", "enhance framework")),
    ("mike neumann and dr tim with chris hadfield", ("hadfield",)),
    # podcasts with a subject they never covered
    ("bombcast about the baldur's gate 3 launch", ("baldur's gate 3", "baldur's gate iii")),
    ("giant bombcast on lies of p", ("lies of p",)),
    ("did the bombcast ever cover the analogue pocket", ("analogue pocket",)),
    ("giant bomb talking about stardew valley's 1.6 update", ("stardew valley 1\\.6",)),
    ("bombcast e3 2019 keanu reeves cyberpunk moment", ("keanu",)),
    ("taverncast about season of discovery", ("season of discovery",)),
    ("taverncast on the cataclysm classic launch", ("cataclysm classic",)),
    ("today in focus about the tory leadership race won by kemi badenoch", ("badenoch",)),
    ("tif on the scottish ferry fiasco at ferguson marine", ("ferguson marine",)),
    ("today in focus about the grenfell inquiry report", ("grenfell inquiry",)),
    (
        "today in focus about the nottingham attacks inquiry",
        ("nottingham attacks", "valdo calocane"),
    ),
    (
        "podcasting 2.0 on apple's transcripts in podcasts app",
        ("apple transcripts", "apple podcasts transcripts"),
    ),
    ("no agenda episode about the titan submersible", ("titan submersible", "oceangate")),
    ("dw langsam gesprochene nachrichten über die fußball em 2024", ("em 2024",)),
    ("dw nachrichten über den lokführerstreik der gdl", ("\\bgdl\\b", "lokfuhrerstreik")),
    ("hibt with the founder of the ember smart mug", ("ember mug", "clay alexander")),
    ("hibt on the company behind the stanley quencher tumbler craze", ("quencher",)),
    ("the mike neumann show on the haven-1 station", ("haven-1",)),
    ("lex podcast on the europa clipper launch", ("europa clipper",)),
    ("making sense on the archegos blowup", ("archegos",)),
    # asked in Spanish
    ("¿hay algún pasajes sobre hernán cortés y la noche triste?", ("noche triste",)),
    ("pasajes sobre la batalla de ayacucho y sucre", ("ayacucho",)),
    (
        "¿un pasaje sobre el galeón san josé hundido frente a cartagena?",
        ("galeon san jose", "san jose galleon"),
    ),
    ("pasajes sobre simón bolívar en la batalla de boyacá", ("boyaca",)),
    ("¿tiempo de valientes tiene un capítulo en filipinas?", ("filipinas",)),
    ("¿el ministerio del tiempo con goya y los fusilamientos?", ("fusilamientos",)),
    ("¿tom segura en español habló de los tacos al pastor?", ("al pastor",)),
    ("¿hay algo sobre la guerra del chaco entre bolivia y paraguay?", ("guerra del chaco",)),
    ("¿algún episodio de la crisis del agua en bogotá con racionamiento?", ("racionamiento",)),
    ("¿episodio sobre el narcoestado en guinea-bisáu?", ("guinea-bissau", "bisau")),
    ("¿wola habló de los falsos positivos del ejército colombiano?", ("falsos positivos",)),
    ("¿hubo episodio sobre el halconazo de 1971?", ("halconazo",)),
    ("¿el bombcast habló de la switch oled?", ("switch oled",)),
    # asked in Portuguese
    ("hipsters sobre o pix parcelado", ("pix parcelado",)),
    ("algum hipsters sobre o sisu e as notas de corte?", ("notas de corte",)),
    ("hipsters sobre a lgpd na prática com o dpo", ("\\bdpo\\b",)),
    ("tem algo sobre o cadastro positivo?", ("cadastro positivo",)),
    ("hipsters falando do chatgpt no enem", ("\\benem\\b",)),
    ("tem podcast sobre o desastre de brumadinho?", ("brumadinho",)),
    ("the mystery of the mignonette shipwreck and cannibalism case", ("mignonette",)),
    ("hipsters sobre o caso americanas e a fraude contábil", ("fraude contabil",)),
    (
        "hipsters com a galera do ifood falando de drones de entrega",
        ("drones de entrega", "entrega por drone"),
    ),
    ("talk python em português sobre o django ninja", ("django ninja",)),
    # events, places and things nobody here covers
    ("the history of the mary celeste ghost ship", ("mary celeste",)),
    ("episode about the chernobyl exclusion zone wolves", ("exclusion zone",)),
    ("something on the solar superstorm of 1859", ("solar superstorm",)),
    ("a pod on the tunguska blast", ("tunguska",)),
    ("the legend of the beast of gévaudan", ("gevaudan",)),
    ("the disappearance of the eilean mor keepers", ("eilean mor",)),
    ("any episode on the franklin expedition in the arctic", ("franklin expedition",)),
    ("the 1919 black sox scandal", ("black sox",)),
    ("the 1950 brink's robbery in boston", ("brink's robbery", "brinks robbery")),
    ("anything on the tulip mania bubble", ("tulip mania", "tulipmania")),
    ("that episode about the baghdad battery artifact", ("baghdad battery",)),
    ("the radium girls and their lawsuit", ("radium girls",)),
    ("an episode on gobekli tepe", ("gobekli",)),
    ("who built the coral castle in florida", ("coral castle",)),
    ("bombcast on the playdate crank handheld", ("playdate",)),
    ("the story of phineas gage and the iron rod", ("phineas gage",)),
]

CHAT: list[str] = [
    "yo good morning folks, coffee in hand",
    "heya all 👋",
    "nice, bookmarking that",
    "tyvm bot",
    "ok that's enough internet for me today",
    "anyone else's coffee gone cold already",
    "oof mondays",
    "brb dog needs a walk",
    "hello hello is this thing on",
    "gracias crack 🙏",
    "buen finde, gente",
    "obrigadão, era isso mesmo",
    "boa noite pra quem fica",
    "gute nacht zusammen",
    "good shout, ta",
    "happy friday everyone 🎉",
    "wrong channel my bad 😅",
    "heh that's a deep cut",
    "perfecto, mil gracias",
]

# The shared machinery (fresh_sets.py), bound to this set's lists and limits.
_SET = FreshSet(globals(), fresh)
earlier_sets = _SET.earlier_sets
near_earlier = _SET.near_earlier
reused = _SET.reused
feed_shares = _SET.feed_shares
size_problems = _SET.size_problems
build = _SET.build
main = _SET.main


if __name__ == "__main__":
    main()
