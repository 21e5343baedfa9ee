"""Write issue 11's fourteenth fresh held-out set: ``questions_fresh14.jsonl``.

Run from the repository root with the shared feeds beside it::

    python tests/data/make_fresh14_questions.py [FEEDS_DIR]

It follows the thirteenth set (``questions_fresh13.jsonl``) as the held-out set kept for the
round after. Its questions were written from the feeds alone (titles, notes, guests, dates,
episode numbers), never from the answering code or from what the bot answers, and the bot was
not run on them. They are worded by hand, in shapes and on episodes the earlier sets leave
out: Lex Fridman's last unasked guests; Making Sense's 2017-2023 conversations and the rest of
its Paul Bloom series; How I Built This's Resilience conversations of 2020, summit shows and
re-releases; Talk Python's #2-#396; Go Time's panels of 2016-2022; JS Party's 2017-2023
shows; SE Radio's 2006-2013 episodes; Today in Focus's 2022-2023 news; Hipsters' 2018-2023
episodes and its On The Road series; the Giant Bombcast's numbered shows; Taverncast's After
Hours and bulletins; the DW news of early 2022. A latest question asks only where the newest
match is the same by title and by notes. The podcasts whose every episode an earlier set
expects (the bundled feed, No Agenda, the Mike Neumann Show, Podcasting 2.0, Tiempo de
valientes, Tom Segura En Español and Pasajes de la Historia) get one question each. No
question is near one of the seventeen earlier sets (the four first ones and fresh to
fresh13, ``questions_fresh11.jsonl``, ``questions_fresh12.jsonl`` and
``questions_fresh13.jsonl`` among them).

The checks are those of ``make_fresh_questions.py``, run unchanged over this set's lists with
the earlier sets, and on top of those the checks of the size of the set: each kind, the near
misses, and the share of each podcast. ``fresh_sets.py`` runs them and says what they are;
its functions are bound at the end of this script. The file is written only when every check
passes.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import make_fresh_questions as fresh  # noqa: E402
from fresh_sets import FreshSet, earlier_sets  # noqa: E402

OUT = HERE / "questions_fresh14.jsonl"
EARLIER = earlier_sets(14, fresh.EARLIER)
HEADER = (
    "Issue 11 fourteenth fresh held-out set (written by tests/data/make_fresh14_questions.py "
    "from the feeds; succeeds questions_fresh13.jsonl as the held-out set; never tune on it)"
)

# The least each kind must count, the least number of near misses and of unanswerable
# questions, the least size of the set, and the largest share of the answerable questions
# one podcast may take.
MIN_PER_KIND = 15
MIN_NONE = 80
MIN_UNANSWERABLE = 94
MIN_TOTAL = 340
MAX_FEED_SHARE = 0.15

Labelled = fresh.Labelled

NOTES: Labelled = [
    (
        "lex with the wait but why blog guy",
        [
            "#264 – Tim Urban: Elon Musk, Neuralink, AI, Aliens, and the Future of Humanity",
            "#360 – Tim Urban: Tribalism, Marxism, Liberalism, Social Justice, and Politics",
        ],
        ["f:lex", "wait but why"],
    ),
    (
        "lex and the nobel physicist who wrote ten keys to reality",
        ["#187 – Frank Wilczek: Physics of Quarks, Dark Matter, Complexity, Life & Aliens"],
        ["ten keys to reality"],
    ),
    (
        "lex talking to the berkeley astronomy prof",
        ["#137 – Alex Filippenko: Supernovae, Dark Energy, Aliens & the Expanding Universe"],
        ["f:lex", "professor of astronomy at berkeley"],
    ),
    (
        "lex with the guy who runs brain research over at deepmind",
        ["#106 – Matt Botvinick: Neuroscience, Psychology, and AI at DeepMind"],
        ["director of neuroscience research"],
    ),
    (
        "lex with the princeton prof behind associative memory nets",
        ["#76 – John Hopfield: Physics View of the Mind and Neurobiology"],
        ["associate neural networks"],
    ),
    (
        "lex with the berkeley prof who mentored andrew ng and bengio",
        ["#74 – Michael I. Jordan: Machine Learning, Recommender Systems, and the Future of AI"],
        ["andrew ng, zoubin"],
    ),
    (
        "lex with the guy whose team won the darpa urban challenge",
        ["Chris Urmson: Self-Driving Cars at Aurora, Google, CMU, and DARPA"],
        ["f:lex", "winner of the darpa urban challenge"],
    ),
    (
        "lex and the evolutionary psych professor from ut austin",
        ["#282 – David Buss: Sex, Dating, Relationships, and Sex Differences"],
        ["evolutionary psychologist at ut austin"],
    ),
    (
        "lex with the author of the madness of crowds",
        ["#296 – Douglas Murray: Racism, Marxism, and the War on the West"],
        ["madness of crowds"],
    ),
    (
        "lex with the streamer who brought melina along",
        ["#337 – Destiny: Politics, Free Speech, Controversy, Sex, War, and Relationships"],
        ["melina"],
    ),
    (
        "sam harris with stuart russell and gary marcus together",
        ["#312 — The Trouble with AI"],
        ["f:ms", "stuart russell and gary marcus"],
    ),
    (
        "sam and balaji about america declining and india rising",
        ["#259 — The Reckoning to Come"],
        ["f:ms", "balaji srinivasan"],
    ),
    (
        "sam harris talking to amesh adalja right when covid started",
        ["#191 — Early Thoughts on a Pandemic"],
        ["amesh adalja"],
    ),
    (
        "sam harris podcast about eugenics and the ethics of loyalty",
        ["#187 — A Conversation with Paul Bloom"],
        ["f:ms", "ethics of loyalty"],
    ),
    (
        "sam harris and fareed zakaria on the clash of civilizations",
        ["#83 — The Politics of Emergency"],
        ["fareed zakaria"],
    ),
    (
        "sam harris and harari on religion as a vr game",
        ["#68 — Reality and the Imagination"],
        ["religion as a virtual reality"],
    ),
    (
        "sam harris with kate darling, the mit robot ethics researcher",
        ["#66 — Living with Robots"],
        ["f:ms", "kate darling"],
    ),
    (
        "the one where a belgian neuroscientist interviews sam about meditation",
        ["#227 — Knowing the Mind"],
        ["stephen laureys"],
    ),
    (
        "the toy company that started with a wooden fuzzy puzzle",
        [
            "Melissa & Doug: Melissa And Doug Bernstein (2016)",
            "Melissa & Doug: Melissa And Doug Bernstein",
        ],
        ["fuzzy puzzle"],
    ),
    (
        "she went door to door in columbus signing people up for contractor reviews",
        ["Angie's List: Angie Hicks (2016)", "Angie's List: Angie Hicks"],
        ["f:hibt", "angie hicks spent"],
    ),
    (
        "guy who sent an email prank in 2001 that went everywhere",
        ["Live Episode! BuzzFeed: Jonah Peretti"],
        ["email prank"],
    ),
    (
        "soap company that switched all its lines to hand sanitizer",
        ["How I Built Resilience: Live with Susan Griffin-Black"],
        ["hand sanitizer and hand soap"],
    ),
    (
        "monthly science and art project boxes for kids during lockdown",
        ["How I Built Resilience: Sandra Oh Lin of KiwiCo"],
        ["science and arts projects"],
    ),
    (
        "taverncast minisode where bryce goes through an earthquake",
        ["Taverncast Special: Lost Shows of 2007 - Part 2"],
        ["f:tav", "earthquake"],
    ),
    (
        "taverncast where they cover arathi basin and fishing in stranglethorn",
        ["Taverncast 4: Animal Crackers"],
        ["stranglethorn fishing"],
    ),
    (
        "taverncast talking about the bp oil spill",
        ["Taverncast 41: Reborn (Extended Edition)"],
        ["bp oil spill"],
    ),
    (
        "go time where russ cox talks vgo",
        ["Dependencies and the future of Go"],
        ["f:go", "russ cox joins"],
    ),
    ("the go time guest who plays a keytar", ["Bringing Kubernetes to Azure"], ["keytar"]),
    (
        "gophercon eu talk about tracking go malware",
        ["Using Go in unusual ways"],
        ["go in malware"],
    ),
    (
        "js party where feross explains socket",
        ["Making moves on supply chain security"],
        ["socket, what it is"],
    ),
    (
        "js party reacting to dan abramov saying npm audit is broken by design",
        ["Much ado before coding"],
        ["npm audit is broken"],
    ),
    ("se radio with obie fernandez", ["Episode 52: DSL Development in Ruby"], ["obie fernandez"]),
    (
        "guardian pod with daniel lavelle about being homeless himself",
        ["Surviving Britain’s homelessness crisis"],
        ["daniel lavelle"],
    ),
    (
        "tif with gwyn topham on the rail walkouts",
        ["Is Britain facing a summer of strikes?"],
        ["gwyn topham"],
    ),
    (
        "bombcast opening the e3 sealed envelope with doom eternal and wolfenstein youngblood",
        ["Giant Bombcast 587: Tac-Yak"],
        ["f:bomb", "doom eternal, wolfenstein youngblood"],
    ),
    (
        "the bombcast when sony dropped next playstation details and there was a horizon leak",
        ["Giant Bombcast 579: BATS NOT BALLS"],
        ["horizon leak"],
    ),
    (
        "bombcast about reading poetry in devil may cry 5",
        ["Giant Bombcast 574: DST Is DTF"],
        ["reading poetry"],
    ),
    (
        "bombcast with scoops klepek on the black ops reveal and electric scooters",
        ["Giant Bombcast 533: We've Got the Truck Stick!"],
        ["electric sidewalk scooters"],
    ),
    ("the bombcast debating the right way to eat a pb&j", ["Giant Bombcast 528: Boy!"], ["pb&j"]),
    (
        "bombcast about atari's cryptocurrency",
        ["Giant Bombcast 520: Nice Meme, Jeff"],
        ["atari's cryptocurrency"],
    ),
    (
        "bombcast ringing in the year with apple ii games and trumpet winsock",
        ["Giant Bombcast 513: 2018 Stick"],
        ["trumpet winsock"],
    ),
    (
        "the halloween bombcast where greg miller joins",
        ["Giant Bombcast 505: Put the Suit Jacket On, It's Time!"],
        ["greg chiller"],
    ),
    (
        "bombcast arguing about butter on sandwiches",
        ["Giant Bombcast 496: SiN Is My Half-Life"],
        ["butter on sandwiches"],
    ),
    (
        "bombcast with gary whitta recapping the expo",
        ["Giant Bombcast 486: The Episode After E3"],
        ["f:bomb", "gary whitta joins"],
    ),
    (
        "bombcast with gamespot's peter brown and justin haywald",
        ["Giant Bombcast 475: Hey, What's Parappening?"],
        ["justin haywald"],
    ),
    ("bombcast with supergiant's greg kasavin", ['Giant Bombcast 474: "Fun!"'], ["stellar cast"]),
    (
        "bombcast with noclip's danny o'dwyer after the switch unveiling",
        ["Giant Bombcast 464: Season of the Switch"],
        ["noclip's danny", "forthcoming portable"],
    ),
    (
        "bombcast where will smith gives everybody a hitman lesson",
        ["Giant Bombcast 457: Everyone's a Robot"],
        ["hitman lesson"],
    ),
    (
        "bombcast with a list of exciting hedgehog facts",
        ["Giant Bombcast 469: Meme Money, Meme Problems"],
        ["hedgehog facts"],
    ),
]

LOOSE: Labelled = [
    (
        "wola one about queer migrants being targeted",
        [fresh.WOLA_BRIG],
        ["t:migrants in the crosshairs"],
    ),
    ("mike neumann show, the swimming episode", ["Swimming"], ["f:mike", "t:^swimming$"]),
    (
        "go time ep on how gophercon gets put together each year",
        ["Inside GopherCon"],
        ["t:inside gophercon"],
    ),
    (
        "the two part go time on pull requests",
        ["The art of the PR: Part 2", "The art of the PR: Part 1"],
        ["t:art of the pr"],
    ),
    (
        "go time about legacy code sneaking in",
        ["How can we prevent legacy from creeping in?"],
        ["t:legacy from creeping"],
    ),
    ("go time about being a manager", ["Just about managing"], ["t:just about managing"]),
    (
        "go time: do engineers even need PMs",
        ["Do devs need a product manager?"],
        ["t:need a product manager"],
    ),
    (
        "go time about running good workshops",
        ["What makes wonderful workshops?"],
        ["t:wonderful workshops"],
    ),
    (
        "go time, is golang good for a startup",
        ["Building startups with Go"],
        ["t:building startups with go"],
    ),
    ("go time about dev newsletters", ["Stop the presses"], ["t:stop the presses"]),
    (
        "js party all about professional networking",
        ["I'd like to add you to my professional network"],
        ["t:professional network"],
    ),
    ("js party's wtfjs segment", ["WTF, JS?"], ["t:wtf, js"]),
    (
        "js party on swyx's third age of javascript idea",
        ["The third year of the third age of JS"],
        ["t:third age of js"],
    ),
    (
        "js party frontend feud with shoptalk and syntax",
        ["Frontend Feud: ShopTalk vs Syntax"],
        ["t:shoptalk vs syntax"],
    ),
    (
        "js party about designing an api well",
        ["How to design a great API"],
        ["t:design a great api"],
    ),
    (
        "js party the graphql bacon one",
        ['"GraphQL is the bacon that\'ll make everything better"'],
        ["f:js", "t:bacon"],
    ),
    (
        "js party: should sites work with js turned off",
        ["Should websites work without JS?"],
        ["t:work without js"],
    ),
    (
        "tp about making mac apps, textinator",
        ["#383: Textinator and Building macOS Apps with Python"],
        ["t:textinator"],
    ),
    ("talk python going over the psf survey", ["#374: PSF Survey in Review"], ["t:psf survey"]),
    ("talk python about the robust python book", ["#332: Robust Python"], ["t:robust python"]),
    (
        "talk python omnilib and asyncio",
        ["#304: asyncio all the things with Omnilib"],
        ["t:omnilib"],
    ),
    (
        "tp on deploying django in 2021",
        ["#301: Deploying and running Django web apps in 2021"],
        ["t:deploying and running django"],
    ),
    ("talk python authorization with oso", ["#294: oso authorizes Python"], ["t:oso authorizes"]),
    (
        "talk python on mocking and testing w/o dependencies",
        ["#287: Testing without dependencies, mocking in Python"],
        ["t:testing without dependencies"],
    ),
    (
        "talk python with code combat for teaching kids",
        ["#278: Teach kids Python with real programming and fun games at Code Combat"],
        ["t:code combat"],
    ),
    (
        "tp radio astronomy on a supercomputer",
        ["#257: Exploring the galaxy with the fastest supercomputer, Python, and radio astronomy"],
        ["t:supercomputer"],
    ),
    (
        "se radio fowler and sadalage agile databases",
        ["Episode 186: Martin Fowler and Pramod Sadalage on Agile Database Development"],
        ["t:agile database"],
    ),
    (
        "se radio on tdd with lasse koskela",
        ["Episode 155: Johannes Link & Lasse Koskela on TDD"],
        ["t:koskela"],
    ),
    (
        "se radio intentional software ep",
        ["Episode 151: Intentional Software with Shane Clifford"],
        ["t:intentional software"],
    ),
    (
        "se radio on the spring framework in 2009",
        ["Episode 145: Spring in 2009 with Eberhard Wolff"],
        ["t:spring in 2009"],
    ),
    (
        "se radio, continuous integration with chris read",
        ["Episode 133: Continuous Integration with Chris Read"],
        ["t:chris read"],
    ),
    (
        "tif trump v desantis",
        ["Trump v DeSantis: how ex-president’s fan could be his biggest rival"],
        ["t:desantis"],
    ),
    (
        "tif can twitter survive musk",
        ["Can Twitter survive Elon Musk? (And can Musk survive Twitter?)"],
        ["t:can twitter survive"],
    ),
    (
        "today in focus on truss's energy plan for winter",
        ["Will Liz Truss’s energy plan keep Britain warm this winter?"],
        ["t:energy plan"],
    ),
    (
        "tif about the missing nhs dentists",
        ["Toothaches and waiting lists: where did the NHS dentists go?"],
        ["t:nhs dentists"],
    ),
    (
        "tif climate and australian politics",
        ["How the climate crisis upturned Australian politics"],
        ["t:australian politics"],
    ),
    (
        "tif on the stop the boats slogan",
        ["Is ‘Stop the boats’ a slogan without a solution?"],
        ["t:stop the boats"],
    ),
    (
        "tif about india's democracy and the court case",
        ["The court case pushing Indian democracy to the brink – podcast"],
        ["t:indian democracy"],
    ),
    (
        "tif on western tanks for ukraine",
        ["Could western tanks be decisive in Ukraine?"],
        ["t:western tanks"],
    ),
]

GUEST: list[tuple[str, list[str], list[str], bool]] = [
    (
        "tim urbahn",
        [
            "#264 – Tim Urban: Elon Musk, Neuralink, AI, Aliens, and the Future of Humanity",
            "#360 – Tim Urban: Tribalism, Marxism, Liberalism, Social Justice, and Politics",
        ],
        ["t:tim urban"],
        True,
    ),
    (
        "frank wilzcek",
        ["#187 – Frank Wilczek: Physics of Quarks, Dark Matter, Complexity, Life & Aliens"],
        ["t:wilczek"],
        True,
    ),
    (
        "alex filipenko",
        ["#137 – Alex Filippenko: Supernovae, Dark Energy, Aliens & the Expanding Universe"],
        ["t:filippenko"],
        True,
    ),
    (
        "matt botvinik",
        ["#106 – Matt Botvinick: Neuroscience, Psychology, and AI at DeepMind"],
        ["t:botvinick"],
        True,
    ),
    (
        "john hopfeild",
        ["#76 – John Hopfield: Physics View of the Mind and Neurobiology"],
        ["t:hopfield"],
        True,
    ),
    (
        "douglas murrey",
        ["#296 – Douglas Murray: Racism, Marxism, and the War on the West"],
        ["t:douglas murray"],
        True,
    ),
    (
        "david bus",
        ["#282 – David Buss: Sex, Dating, Relationships, and Sex Differences"],
        ["t:david buss"],
        True,
    ),
    (
        "sean kelley",
        ["#227 – Sean Kelly: Existentialism, Nihilism, and the Search for Meaning"],
        ["t:sean kelly"],
        True,
    ),
    (
        "chris urmsen",
        ["Chris Urmson: Self-Driving Cars at Aurora, Google, CMU, and DARPA"],
        ["t:urmson"],
        True,
    ),
    ("jonah perreti", ["Live Episode! BuzzFeed: Jonah Peretti"], ["t:jonah peretti"], True),
    (
        "chip wilsen",
        ["Lululemon Athletica: Chip Wilson (2018)", "Lululemon Athletica: Chip Wilson"],
        ["t:chip wilson"],
        True,
    ),
    (
        "morgan debawn",
        ["How I Built Resilience: Live with Morgan DeBaun"],
        ["t:morgan debaun"],
        True,
    ),
    (
        "sharon chooter",
        ["How I Built Resilience: Live with Sharon Chuter"],
        ["t:sharon chuter"],
        True,
    ),
    (
        "samantha bee",
        ["How I Built Resilience: Samantha Bee of Full Frontal with Samantha Bee"],
        ["t:samantha bee"],
        False,
    ),
    ("ahmad awais", ["Automate all the things with Node.js"], ["ahmad awais"], False),
    (
        "gleb bahmutov",
        ["The doctor is in (again)", "Thank you, Dr. Bahmutov!"],
        ["gleb bahmutov"],
        False,
    ),
    (
        "eberhard wolf",
        [
            "Episode 145: Spring in 2009 with Eberhard Wolff",
            "Episode 224: Sven Johann and Eberhard Wolff on Technical Debt",
        ],
        ["t:eberhard wolff"],
        True,
    ),
    (
        "klaus marquardt",
        [
            "Episode 104: Plugin Architectures",
            "Episode 142: Sustainable Architecture with Kevlin Henney and Klaus Marquardt",
        ],
        ["klaus marquardt"],
        False,
    ),
    (
        "ellen gottesdiener",
        ["Episode 195: Ellen Gottensdiener and Mary Gorman"],
        ["t:gottensdiener"],
        True,
    ),
]

HOST_GUEST: Labelled = [
    (
        "lex fridman with elon, the second time",
        ["Elon Musk: Neuralink, AI, Autopilot, and the Pale Blue Dot"],
        ["f:lex", "t:elon musk: neuralink"],
    ),
    (
        "lex and steven pinker on ai",
        ["Steven Pinker: AI in the Age of Reason"],
        ["f:lex", "t:pinker: ai"],
    ),
    (
        "lex w/ michael jordan (the berkeley one, not the basketball one)",
        ["#74 – Michael I. Jordan: Machine Learning, Recommender Systems, and the Future of AI"],
        ["t:michael i\\. jordan"],
    ),
    (
        "sam harris w/ thomas metzinger",
        [
            "#96 — The Nature of Consciousness",
            "Making Sense of Consciousness | Episode 2 of The Essential Sam Harris",
        ],
        ["f:ms", "thomas metzinger"],
    ),
    (
        "sam with pizarro and tamler sommers",
        [
            "#92 — The Limits of Persuasion",
            "#126 — In Defense of Honor",
            "Making Sense of Encounters With Violence | Episode 4 of The Essential Sam Harris",
        ],
        ["f:ms", "tamler sommers"],
    ),
    (
        "sam harris with dyson, gopnik and stuart russell",
        [
            "#153 — Possible Minds",
            "Making Sense of Artificial Intelligence | Episode 1 of The Essential Sam Harris",
        ],
        ["f:ms", "alison gopnik"],
    ),
    (
        "guy raz with jeremy zimmer",
        ["How I Built Resilience: Jeremy Zimmer of United Talent Agency"],
        ["f:hibt", "t:jeremy zimmer"],
    ),
    ("guy raz and taha bawa", ["How I Built Resilience: Taha Bawa of Goodwall"], ["t:taha bawa"]),
    (
        "guy raz w/ the dreambox ceo",
        ["How I Built Resilience: Jessie Woolley-Wilson of DreamBox"],
        ["t:dreambox"],
    ),
    (
        "guy raz with reese witherspoon's hello sunshine people",
        ["How I Built Resilience: Sarah Harden and Lauren Neustadter of Hello Sunshine"],
        ["t:hello sunshine"],
    ),
    (
        "guy raz and the two rinse founders",
        ["How I Built Resilience: Ajay Prakash and James Joun of Rinse"],
        ["t:of rinse"],
    ),
    (
        "stacey vanek smith interviewing guy raz about his book",
        ["How I Built Resilience (Special Edition): Guy Raz"],
        ["stacey vanek smith"],
    ),
    (
        "johnny and jon with denise from github",
        ["On community and safety"],
        ["t:community and safety"],
    ),
    ("go time with bryan liles", ["Enterprise Go?"], ["f:go", "bryan liles joins"]),
    (
        "go time with peter bourgon",
        ["Go Kit, Dependency Management, Microservices"],
        ["f:go", "peter bourgon joined"],
    ),
    (
        "jerod and nick about jsnation in amsterdam",
        ["Ahoy hoy, JSNation & React Summit!"],
        ["t:jsnation"],
    ),
    (
        "michael and markus on roles in software engineering",
        [
            "Episode 112: Roles in Software Engineering II",
            "Episode 110: Roles in Software Engineering I",
        ],
        ["t:roles in software engineering"],
    ),
    ("heather stewart on truss vs sunak", ["Liz Truss v Rishi Sunak"], ["t:liz truss v rishi"]),
    (
        "tom y el comediante jaime ferraro",
        ["Ep. 17 con Jaime Ferraro | Tom Segura En Español"],
        ["f:tom", "t:jaime ferraro"],
    ),
]

TITLE_TYPO: list[tuple[str, list[str], str]] = [
    ("mongo in the kongo", ["Episode 47: Mongo in the Congo"], r"mongo in the congo"),
    (
        "pythn perf specializing adaptive interpreter",
        ["#381: Python Perf: Specializing, Adaptive Interpreter"],
        r"specializing, adaptive",
    ),
    ("python langauge summit 2022", ["#375: Python Language Summit 2022"], r"language summit 2022"),
    (
        "machine lerning ethics and laws panel",
        ["#351: Machine Learning Ethics and Laws Panel"],
        r"ethics and laws",
    ),
    (
        "10 tips every flask developper should know",
        ["#264: 10 tips every Flask developer should know"],
        r"every flask developer",
    ),
    (
        "become a robot develeper with python",
        ["#232: Become a robot developer with Python"],
        r"robot developer",
    ),
    (
        "interactive graphs with bokheh",
        ["#222: Interactive graphs with Bokeh and Python"],
        r"graphs with bokeh",
    ),
    (
        "serverless python funtions in azure",
        ["#218: Serverless Python functions in Azure"],
        r"functions in azure",
    ),
    (
        "catching up with the anaconda distrubution",
        ["#198: Catching up with the Anaconda distribution"],
        r"anaconda distribution",
    ),
    ("our frist decade with go", ["Our first decade with Go"], r"first decade with go"),
    ("maintainance in the open", ["Maintenance in the open"], r"maintenance in the open"),
    (
        "the importance of representaton",
        ["The importance of representation"],
        r"importance of representation",
    ),
    (
        "challanges of distributed messaging systems",
        ["Challenges of distributed messaging systems"],
        r"challenges of distributed messaging",
    ),
    ("sweet setups for easyer dev", ["Sweet setups for easier dev"], r"sweet setups"),
    (
        "work enviroments & happiness",
        ["Work environments & happiness"],
        r"work environments & happiness",
    ),
    (
        "stories of personal javascript failiures",
        ["Stories of personal JavaScript failures"],
        r"personal javascript failures",
    ),
    (
        "living architectures with john wiegant",
        ["Episode 166: Living Architectures with John Wiegand"],
        r"living architectures",
    ),
    (
        "how to feed the world without destorying it",
        ["How to feed the world without destroying it"],
        r"feed the world",
    ),
    (
        "micro frontend na conta azul",
        ["Micro Frontends na Conta Azul – Hipsters On The Road #26"],
        r"conta azul",
    ),
    (
        "earthworm jim = duke nukum",
        ["Giant Bombcast 566: Earthworm Jim = Duke Nukem"],
        r"earthworm jim = duke nukem",
    ),
    (
        "sega flare vs virtua hogan",
        ["Giant Bombcast 483: Sega Flair Vs. Virtua Hogan"],
        r"sega flair",
    ),
    ("tasteful but stupd", ["Giant Bombcast 497: Tasteful but Stupid"], r"tasteful but stupid"),
    (
        "meme money meme problems",
        ["Giant Bombcast 469: Meme Money, Meme Problems"],
        r"meme money, meme problems",
    ),
    (
        "xfinity heavy industires",
        ["Giant Bombcast 508: Xfinity Heavy Industries"],
        r"xfinity heavy industries",
    ),
    (
        "we should make a lu bo game",
        ["Giant Bombcast 536: We Should Make a Lu Bu Game"],
        r"lu bu game",
    ),
    (
        "jim davis get payed dot biz",
        ["Giant Bombcast 519: Jim Davis Get Paid Dot Biz"],
        r"jim davis get paid",
    ),
]

# (question, podcast key, subject pattern over folded titles)
PODCAST: list[tuple[str, str, str]] = [
    ("talk python about trio", "tp", r"\btrio\b"),
    ("talk python qt for python", "tp", r"qt for python"),
    ("tp about the journal of open source software", "tp", r"journal of open source"),
    ("talk python rethinkdb", "tp", r"rethinkdb"),
    ("go time on exercism", "go", r"exercism"),
    ("go time test2doc", "go", r"test2doc"),
    ("go time on monorepos", "go", r"monorepos"),
    ("js party on dojo", "js", r"dojo"),
    ("js party about sheetsee", "js", r"sheetsee"),
    ("se radio about fault tolerance", "se", r"fault tolerance"),
    ("se radio on dsl development in ruby", "se", r"dsl development in ruby"),
    ("tif on the crimea bridge", "tif", r"crimea bridge"),
    ("today in focus on the classified documents", "tif", r"classified documents"),
    ("hipsters on nextjs", "hip", r"nextjs"),
    ("hipsters sobre telemedicina", "hip", r"telemedicina"),
    ("hipsters on the road na localiza", "hip", r"na localiza\b"),
    ("hipsters sobre open banking", "hip", r"open banking"),
    ("bombcast eve online edition", "bomb", r"eve online edition"),
    ("giant bombcast ed boon edition", "bomb", r"ed boon"),
    ("dw slow news 04.03.2022", "dw", r"04\.03\.2022"),
    ("langsam gesprochene nachrichten 21.02.2022", "dw", r"21\.02\.2022"),
    ("dw nachrichten vom 13.01.2022", "dw", r"13\.01\.2022"),
]

# (question, podcast key or None, episode number, season)
NUMBER: list[tuple[str, str | None, int, int | None]] = [
    ("talk python 383", "tp", 383, None),
    ("tp #351", "tp", 351, None),
    ("talk python ep 199 what was it about", "tp", 199, None),
    ("talk python episode 24", "tp", 24, None),
    ("se radio ep 186", "se", 186, None),
    ("se radio no. 55", "se", 55, None),
    ("software engineering radio #138", "se", 138, None),
    ("hipsters #187", "hip", 187, None),
    ("hipsters episódio 229", "hip", 229, None),
    ("hipsters ponto tech 318", "hip", 318, None),
    ("bombcast 568", "bomb", 568, None),
    ("giant bombcast episode 494", "bomb", 494, None),
    ("taverncast 41", "tav", 41, None),
    ("lex 337", "lex", 337, None),
    ("making sense 266", "ms", 266, None),
    ("sam harris #96", "ms", 96, None),
    ("hibt ep 264", "hibt", 264, None),
    ("how i built this number 110", "hibt", 110, None),
    ("no agenda 1381", "na", 1381, None),
]

# (question, podcast key or None, patterns the episode must match)
LATEST: list[tuple[str, str | None, list[str]]] = [
    ("today in focus, the latest one on artificial intelligence", "tif", ["t:\\bartificial\\b"]),
    ("newest tif about israel", "tif", ["t:\\bisrael\\b"]),
    ("tif's latest on biden", "tif", ["t:\\bbiden\\b"]),
    ("most recent tif on the us midterms", "tif", ["t:\\bmidterms\\b"]),
    ("tif's latest with elon musk in it", "tif", ["t:\\bmusk\\b"]),
    ("talk python's latest crossover episode", "tp", ["t:\\bcrossover\\b"]),
    ("newest talk python language summit episode", "tp", ["t:\\bsummit\\b"]),
    ("latest talk python about serverless", "tp", ["t:\\bserverless\\b"]),
    ("tp's most recent on academia", "tp", ["t:\\bacademia\\b"]),
    ("latest talk python about robots", "tp", ["t:\\brobot\\b"]),
    ("js party's newest glitch episode", "js", ["t:\\bglitch\\b"]),
    ("hipsters mais recente sobre modelos multimodais", "hip", ["t:\\bmultimodais\\b"]),
    ("o último hipsters sobre débito técnico", "hip", ["t:\\bdebito\\b"]),
    ("hipsters mais recente sobre vacinas", "hip", ["t:\\bvacinas\\b"]),
    ("o hipsters mais novo sobre agilidade", "hip", ["t:\\bagilidade\\b"]),
    ("latest arrow pointing down podcast", "bomb", ["t:\\bpointing\\b"]),
    ("newest hibt with jeni britton bauer", "hibt", ["t:\\bjeni\\b"]),
]

SPANISH: Labelled = [
    (
        "ministerio del tiempo valientes, capítulo dos",
        ["El Ministerio del Tiempo - Tiempo de valientes: capítulo 2"],
        ["f:rtve", "t:capitulo 2"],
    ),
    ("pasajes de la historia, el de viriato", ["Viriato contra Roma"], ["t:viriato"]),
    (
        "el de lex con el astrofísico de berkeley sobre la energía oscura",
        ["#137 – Alex Filippenko: Supernovae, Dark Energy, Aliens & the Expanding Universe"],
        ["f:lex", "t:dark energy"],
    ),
    (
        "¿sam harris habló del coronavirus con paul bloom?",
        ["#192 — A Conversation with Paul Bloom"],
        ["f:ms", "coronavirus", "paul bloom"],
    ),
    (
        "el de how i built this sobre los juguetes de melissa & doug",
        [
            "Melissa & Doug: Melissa And Doug Bernstein (2016)",
            "Melissa & Doug: Melissa And Doug Bernstein",
        ],
        ["t:melissa & doug"],
    ),
    (
        "el episodio de go time sobre seguridad e infosec",
        ["Infosec research and app security"],
        ["t:infosec research"],
    ),
    (
        "go time con ashley mcnamara dibujando gophers",
        ["Getting Better, Mentoring, Drawing Gophers"],
        ["t:drawing gophers"],
    ),
    (
        "js party sobre la web audio api",
        ["Web Audio API and TypeScript is Turing Complete"],
        ["t:web audio api"],
    ),
    (
        "el de talk python sobre python en biología y genómica",
        ["#154: Python in Biology and Genomics"],
        ["t:genomics"],
    ),
    (
        "talk python sobre el ast de python",
        ["#152: Understanding and using Python's AST"],
        ["t:python's ast"],
    ),
    (
        "el episodio de talk python cuando guido dejó de ser bdfl",
        ["#170: Guido van Rossum steps down"],
        ["t:guido van rossum steps down"],
    ),
    (
        "talk python sobre diez agujeros de seguridad en python",
        ["#168: 10 Python security holes and how to plug them"],
        ["t:security holes"],
    ),
    (
        "talk python sobre machine learning en el gran colisionador de hadrones",
        ["#144: Machine Learning at the Large Hadron Collider"],
        ["f:tp", "t:machine learning at the large hadron"],
    ),
    (
        "se radio sobre concurrencia, primera parte",
        ["Episode 12: Concurrency Pt. 1"],
        ["t:concurrency pt\\. 1"],
    ),
    (
        "el de today in focus sobre las protestas contra el covid cero en china",
        ["How far could China’s ‘zero Covid’ protests go?"],
        ["t:zero covid"],
    ),
    (
        "today in focus sobre si escocia puede tener otro referéndum",
        ["Is a second referendum on Scotland’s independence further away than ever?"],
        ["t:second referendum"],
    ),
    (
        "taverncast, el detrás de cámaras de cómo se hace el show",
        ["Taverncast VIP: The Making of TC"],
        ["t:making of tc"],
    ),
    (
        "¿hay un dw de noticias lentas del 9 de febrero de 2022?",
        ["09.02.2022 – Langsam gesprochene Nachrichten"],
        ["t:09\\.02\\.2022"],
    ),
]

PORTUGUESE: Labelled = [
    (
        "o hipsters só sobre site reliability engineering",
        ["SRE: Site Reliability Engineering – Hipsters #187"],
        ["t:site reliability"],
    ),
    (
        "hipsters falando de python fluente",
        ["Python Fluente – Hipsters Ponto Tech #179"],
        ["t:python fluente"],
    ),
    (
        "o hipsters sobre investimento anjo e venture capital",
        [
            "Startups, Investimento Anjo e Venture Capital – Hipsters #175",
            "Startups, Venture Capital e Investimentos – Hipsters #45",
        ],
        ["f:hip", "t:venture capital"],
    ),
    (
        "hipsters sobre pagamento instantâneo",
        [
            "Open Banking e Pagamento Instantâneo – Hipsters #172",
            "Implementação do Pix – Hipsters Deep Dive #001",
        ],
        ["f:hip", "pagamentos? instantaneos?"],
    ),
    (
        "o hipsters de mlops",
        [
            "Machine Learning e o MLOps – Hipsters #171",
            "Ops em Machine Learning Revisitado – Hipsters Ponto Tech #333",
        ],
        ["f:hip", "t:mlops|ops em machine learning"],
    ),
    (
        "hipsters sobre cartórios e blockchain",
        ["Blockchain, cartórios e imobiliárias – Hipsters On The Road #16"],
        ["t:cartorios"],
    ),
    ("o hipsters games e garotas", ["Games e Garotas – Hipsters #160"], ["t:games e garotas"]),
    (
        "hipsters sobre gestão de pessoas",
        [
            "Gestão de Pessoas – Hipsters #157",
            "Gestão de pessoas na Gupy – Hipsters On The Road #14",
        ],
        ["t:gestao de pessoas"],
    ),
    (
        "o hipsters on the road na natura",
        ["Negócios e Inovação Digital na Natura – Hipsters #155"],
        ["t:na natura"],
    ),
    ("hipsters sobre design thinking", ["Design Thinking – Hipsters #139"], ["t:design thinking"]),
    (
        "hipsters com o pessoal do banco btg",
        ["Tecnologias no Banco BTG – Hipsters #136"],
        ["t:banco btg"],
    ),
    (
        "tem hipsters sobre chatbots?",
        [
            "Chatbots e jornada do usuário – Hipsters #130",
            "Inteligência Artificial, Chatbots e Microsoft – Hipsters #37",
        ],
        ["f:hip", "t:chatbots"],
    ),
    (
        "hipsters sobre ios com swift",
        ["Desenvolvimento iOS com Swift – Hipsters #120"],
        ["t:ios com swift"],
    ),
    ("hipsters sobre java ee e jakarta", ["Java EE e Jakarta EE – Hipsters #119"], ["t:jakarta"]),
    (
        "hipsters sobre super apps, o caso rapiddo",
        ["As Super Apps: o caso da Rapiddo – Hipsters #104"],
        ["t:rapiddo"],
    ),
    ("hipsters sobre mitos de ux", ["Mitos de UX – Hipsters #93"], ["t:mitos de ux"]),
    (
        "hipsters sobre gpus da nvidia e deep learning",
        ["Nvidia, GPUs, Games e Deep Learning – Hipsters #204"],
        ["t:nvidia"],
    ),
    (
        "o hipsters da #quarentenadados",
        ["Cultura de Dados e a #QuarentenaDados – Hipsters Ponto Tech #196"],
        ["t:quarentenadados"],
    ),
    ("hipsters sobre martech", ["Martech – Hipsters Ponto Tech #216"], ["t:martech"]),
    (
        "o episódio sobre débito técnico na quero educação",
        ["Débito Técnico na Quero Educação – Hipsters On The Road #27"],
        ["t:quero educacao"],
    ),
]

NONE: list[tuple[str, tuple[str, ...]]] = [
    # Places, events, technologies and people near what the shows cover, and subjects
    # named with a podcast that never covered them; each pattern is in no title or notes.
    ("wola on bernardo arévalo's win in guatemala", ("arevalo",)),
    ("the panama canal running low on water", ("panama canal",)),
    ("the essequibo dispute between guyana and venezuela", ("essequibo",)),
    ("honduras's zede charter cities", ("\\bzede", "prospera")),
    ("el salvador's bitcoin volcano bonds", ("volcano bond", "bitcoin city")),
    ("the tren maya through the yucatan jungle", ("tren maya", "mayan train")),
    ("the galápagos islands", ("galapagos",)),
    ("ciudad perdida in colombia's sierra nevada", ("ciudad perdida",)),
    ("trinidad's steelpan bands", ("steelpan", "steel pan")),
    ("the san andrés islands dispute with nicaragua", ("san andres",)),
    ("ecuador's huaorani and oil in yasuní", ("yasuni", "huaorani", "waorani")),
    ("the quilotoa crater lake in ecuador", ("quilotoa",)),
    ("lake titicaca's floating islands", ("titicaca",)),
    ("the monarch butterflies' winter forests", ("monarch butterfl",)),
    ("dilma rousseff's impeachment", ("dilma", "rousseff")),
    ("the cuban doctors sent abroad", ("cuban doctors",)),
    ("the caracazo riots of 1989", ("caracazo",)),
    ("bogotá's transmilenio buses", ("transmilenio",)),
    ("patagonia's torres del paine", ("torres del paine",)),
    ("driving argentina's ruta 40", ("ruta 40",)),
    ("the sacred valley of the incas", ("sacred valley", "incas")),
    ("guatemala's mayan ruins at tikal", ("tikal",)),
    ("the salt cathedral of zipaquirá", ("zipaquira",)),
    ("colombia's coffee growers' federation", ("coffee growers",)),
    ("se radio on the rust borrow checker", ("borrow checker",)),
    ("se radio about the openssl heartbleed bug", ("heartbleed",)),
    ("se radio about the y2k bug", ("y2k",)),
    ("js party about the popover api", ("popover",)),
    ("js party on the bun runtime 1.0", ("bun 1\\.0",)),
    ("lex interviewing taylor swift", ("taylor swift",)),
    ("lex with the boxer canelo alvarez", ("canelo",)),
    ("lex with novak djokovic", ("djokovic",)),
    ("lex with the f1 driver lewis hamilton", ("lewis hamilton",)),
    ("lex with the free solo climber tommy caldwell", ("caldwell",)),
    ("lex with the cyclist lance armstrong", ("lance armstrong",)),
    ("lex with the drummer dave grohl", ("grohl",)),
    ("lex with the chef gordon ramsay", ("ramsay",)),
    ("lex with the economist mariana mazzucato", ("mazzucato",)),
    ("lex with the filmmaker christopher nolan", ("christopher nolan",)),
    ("making sense with the novelist ian mcewan", ("mcewan",)),
    ("making sense with the primatologist frans de waal", ("de waal",)),
    ("making sense with the writer zadie smith", ("zadie",)),
    ("hibt on rappi, the colombian delivery app", ("rappi\\b",)),
    ("hibt on the crocs shoe company", ("\\bcrocs\\b",)),
    ("hibt with the founder of liquid death", ("liquid death",)),
    ("hibt on the skims brand", ("skims",)),
    ("hibt with the people behind oxxo stores", ("oxxo",)),
    ("bombcast talking lethal company", ("lethal company",)),
    ("taverncast on the mists of pandaria expansion", ("pandaria",)),
    ("taverncast on the wow token", ("wow token",)),
    ("tif about the maui wildfires", ("maui",)),
    ("tif on the liverpool fc ownership sale", ("fenway",)),
    ("tif about the ulez expansion", ("ulez",)),
    ("tif on the chagos islands handover", ("chagos",)),
    ("tif about the manchester arena inquiry", ("manchester arena",)),
    ("dw über die legalisierung von cannabis in deutschland", ("cannabis",)),
    ("dw über die wärmepumpen", ("warmepumpe",)),
    ("no agenda on the balloon over montana", ("spy balloon", "chinese balloon")),
    ("¿algo sobre fidel y el yate granma?", ("granma",)),
    ("¿hay algo sobre machu picchu?", ("machu picchu",)),
    ("¿algo sobre el terremoto de valdivia de 1960?", ("valdivia",)),
    ("¿hay algo sobre la masacre de tlatelolco?", ("tlatelolco",)),
    ("¿algo sobre la guerra cristera?", ("cristero", "cristera")),
    ("¿hay algo sobre la noche de los lápices?", ("noche de los lapices",)),
    ("¿hay algo sobre el canal de nicaragua de wang jing?", ("wang jing",)),
    ("¿hay algo sobre el imperio azteca y tenochtitlan?", ("azteca", "aztec", "tenochtitlan")),
    ("¿algo sobre la independencia de méxico y el grito de dolores?", ("grito de dolores",)),
    ("¿hay algo sobre san martín cruzando los andes?", ("san martin",)),
    ("¿algo sobre la guerra de las malvinas?", ("malvinas", "falklands")),
    ("¿hay algo sobre hernán cortés y la malinche?", ("malinche", "hernan cortes")),
    ("¿algo sobre la guerra civil de el salvador y el mozote?", ("el mozote",)),
    ("¿hay algún episodio sobre los chasquis del imperio inca?", ("chasqui",)),
    ("¿algo sobre sor juana inés de la cruz?", ("sor juana",)),
    ("tem algo sobre o plano real de 1994?", ("plano real",)),
    ("tem algo sobre getúlio vargas?", ("getulio",)),
    ("tem episódio sobre chico mendes?", ("chico mendes",)),
    ("alguém falou sobre o apagão do amapá?", ("amapa",)),
    ("tem algo sobre a semana de arte moderna de 1922?", ("arte moderna",)),
    ("tem algo sobre a cabanagem no pará?", ("cabanagem",)),
    ("¿hay algo sobre la batalla de puebla de 1862?", ("batalla de puebla",)),
    ("lex with the surfer kelly slater", ("kelly slater",)),
    ("hibt with the founders of the mexican airline volaris", ("volaris",)),
    ("tif on the greek train crash at tempi", ("\\btempi\\b",)),
]

CHAT: list[str] = [
    "moin moin",
    "lol ok",
    "hello? anyone home?",
    "ciao a tutti",
    "valeu demais, robô!",
    "thx a bunch, legend",
    "morning all ☀️",
    "hasta luego, cuídense",
    "buenas, bot, ¿qué onda?",
    "ok ty, that helps",
    "obrigado, falou!",
    "hallo zusammen, wie geht's?",
    "welp, back to work",
    "de nada jaja",
    "haha gracias maquina",
    "cool beans",
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
