"""Write issue 11's fifth fresh held-out set: ``questions_fresh5.jsonl``.

Run from the repository root with the shared feeds beside it::

    python tests/data/make_fresh5_questions.py [FEEDS_DIR]

``questions_fresh4.jsonl`` has been looked at by the people tuning the answerer, so it is not
held out any more; this set is its successor. Its questions were written from the feeds alone
(titles, notes, guests, dates, episode numbers), never from the answering code or from what
the bot answers, and the bot was not run on them. No question is near one of the eight earlier
sets, and most expect episodes no earlier set expects.

The checks are those of ``make_fresh_questions.py``, run unchanged over this set's lists with
the eight earlier sets, and on top of those the checks of the size of the set: each kind, the
near misses, and the share of each podcast. ``fresh_sets.py`` runs them and says what they are;
its functions are bound at the end of this script. The file is written only when every check
passes.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import make_fresh_questions as fresh  # noqa: E402
from fresh_sets import FreshSet  # noqa: E402

OUT = HERE / "questions_fresh5.jsonl"
EARLIER = (
    *fresh.EARLIER,
    "questions_fresh.jsonl",
    "questions_fresh2.jsonl",
    "questions_fresh3.jsonl",
    "questions_fresh4.jsonl",
)
HEADER = (
    "Issue 11 fifth fresh held-out set (written by tests/data/make_fresh5_questions.py "
    "from the feeds; succeeds questions_fresh4.jsonl as the held-out set; never tune on it)"
)

# The least each kind must count, the least number of near misses and of unanswerable
# questions, the least size of the set, and the largest share of the answerable questions
# one podcast may take.
MIN_PER_KIND = 14
MIN_NONE = 75
MIN_UNANSWERABLE = 90
MIN_TOTAL = 320
MAX_FEED_SHARE = 0.15

WOLA_GRIM = fresh.WOLA_GRIM
WOLA_PIERCE = fresh.WOLA_PIERCE
WOLA_VEN = fresh.WOLA_VEN
WOLA_FAM = fresh.WOLA_FAM
WOLA_COL = fresh.WOLA_COL
WOLA_BRIG = fresh.WOLA_BRIG
WOLA_DRUG = fresh.WOLA_DRUG
WOLA_MUJ = fresh.WOLA_MUJ

Labelled = fresh.Labelled

NOTES: Labelled = [
    (
        "navy seal stuck in a warehouse who threw an old jujitsu belt over a door for pull ups",
        ["TRX: Randy Hetrick (2018)", "TRX: Randy Hetrick"],
        ["jujitsu belt"],
    ),
    (
        "she paid like 1600 dollars to frame four cheap posters and got mad about it",
        ["Framebridge: Susan Tynan"],
        ["four cheap posters"],
    ),
    (
        "cable industry lobbyist in 1979 who pitched a channel for black audiences",
        ["Live Episode! Black Entertainment Television: Robert Johnson"],
        ["lobbyist for the burgeoning cable"],
    ),
    (
        "swiss chef who dropped out at 14 to be a pro cyclist",
        ["Eleven Madison Park: Daniel Humm"],
        ["competitive cyclist"],
    ),
    (
        "a farmer handed him grass fed beef in a trash bag in a parking lot",
        ["ButcherBox: Mike Salguero"],
        ["trash bag"],
    ),
    (
        "grain free paleo muffin mixes out of an atlanta kitchen",
        ["Simple Mills: Katlin Smith"],
        ["paleo-friendly muffin"],
    ),
    (
        "founder whose first company astro ape was a mobile games studio in an attic",
        ["Boxed: Chieh Huang"],
        ["astro ape"],
    ),
    (
        "girl who started posting domino trick videos at age ten",
        ["HIBT Lab! Hevesh5: Lily Hevesh"],
        ["domino tricks"],
    ),
    (
        "bought a $700 pickup and painted his phone number on it to pay for college",
        ["1-800-GOT-JUNK?: Brian Scudamore", "1-800-GOT-JUNK?: Brian Scudamore (2018)"],
        ["\\$700 pickup"],
    ),
    (
        "asked his mom for a cookie without butter sugar or oil",
        ["Clif Bar: Gary Erickson", "Clif Bar: Gary Erickson (2018)"],
        ["without butter, sugar or oil"],
    ),
    (
        "co-author of the great barrington declaration on lex",
        ["#254 – Jay Bhattacharya: The Case Against Lockdowns"],
        ["great barrington"],
    ),
    (
        "the woman who runs mit's space exploration initiative",
        ["#271 – Ariel Ekblaw: Space Colonization and Self-Assembling Space Megastructures"],
        ["space exploration initiative"],
    ),
    (
        "co-creator of the midnight gospel",
        ["#312 – Duncan Trussell: Comedy, Sentient Robots, Suffering, Love & Burning Man"],
        ["midnight gospel"],
    ),
    (
        "harvard family doctor who wrote the book sickening",
        ["#263 – John Abramson: Big Pharma"],
        ["sickening"],
    ),
    (
        "stanford immunologist who looks at materials from alleged ufo crashes",
        ["#262 – Garry Nolan: UFOs and Aliens"],
        ["ufo artifacts"],
    ),
    (
        "jesse singal on bad incentives in journalism",
        ["#250 — Broken Conversations"],
        ["jesse singal"],
    ),
    (
        "peter zeihan and ian bremmer on deglobalization",
        ["#288 — The End of Global Order"],
        ["zeihan"],
    ),
    (
        "david french and his years as a jag officer in iraq",
        ["#285 — American Division"],
        ["jag officer"],
    ),
    (
        "the python dev at watttime fighting fossil fuel power",
        ["#76: Renewable Python"],
        ["watttime"],
    ),
    (
        "jim hugunin who made jython and the .net version",
        ["#74: Past, Present, and Future of IronPython"],
        ["hugunin"],
    ),
    (
        "gophercon moving to chicago and google ddosing sourcehut",
        ["Going through the news"],
        ["sourcehut"],
    ),
    (
        "ron evans being the only go dev left alive on earth",
        ["2053: A Go Odyssey"],
        ["only go programmer still alive"],
    ),
    (
        "adam woodbeck the network programming book author",
        ["TCP & UDP"],
        ["woodbeck"],
    ),
    (
        "a lawyer from tidelift on ai pair programmers",
        ["We ask a lawyer about GitHub Copilot"],
        ["luis villa", "pair programmer"],
    ),
    (
        "yulia startsev from mozilla",
        ["Of spiders and monkeys"],
        ["yulia startsev", "spidermonkey"],
    ),
    (
        "erich gamma, ralph johnson and richard helm twenty years on",
        ["Episode 215: Gang of Four – 20 Years Later"],
        ["richard helm"],
    ),
    (
        "grant ingersoll explaining machine learning basics",
        ["Episode 193: Apache Mahout"],
        ["founder of the mahout project"],
    ),
    (
        "the train that derailed and spewed toxic smoke over a small american town",
        ["What’s in the air in East Palestine, Ohio?"],
        ["train derailed"],
    ),
    (
        "the missing mortgage adviser and all the tiktok detectives",
        ["Why did the search for Nicola Bulley turn so toxic?"],
        ["tiktok detectives"],
    ),
    (
        "verra's offsets that didn't stop deforestation",
        ["Exposing rainforest carbon credits: why offsetting isn’t working"],
        ["verified by the company verra"],
    ),
    (
        "secretive centres in somalia for wayward western kids",
        ["Why are British teenagers being locked up in ‘re-education camps’?"],
        ["somalia", "wayward"],
    ),
    (
        "an artificial pancreas for people with type 1",
        ["How a new treatment for diabetes offers hope for millions"],
        ["artificial pancreas"],
    ),
    (
        "brad's altoids habit and jeff hooked on skylanders",
        ["Giant Bombcast 10-25-2011"],
        ["altoids"],
    ),
    (
        "patrick's first california extreme and jeff hating applebee's",
        ["Giant Bombcast 07-12-2011"],
        ["applebee", "california extreme"],
    ),
    (
        "turkeys stuffed with toothpaste and the pros and cons of fresno",
        ["Giant Bombcast 11-24-2009"],
        ["turkeys full of toothpaste"],
    ),
    (
        "when roxi finally hit level 85",
        ["TC1337: Questing the Cataclysm"],
        ["roxi makes level 85"],
    ),
    (
        "mike and tim chatting about the fourth starship launch",
        ["Back in Space"],
        ["4th starship"],
    ),
]

LOOSE: Labelled = [
    (
        "that hibt with the cisco cofounder who later did a makeup brand",
        [
            "Cisco Systems & Urban Decay: Sandy Lerner (2018)",
            "Cisco Systems & Urban Decay: Sandy Lerner",
        ],
        ["t:cisco systems"],
    ),
    (
        "the guy who pivoted justin.tv into the video game streaming site",
        ["Twitch: Emmett Shear"],
        ["t:twitch"],
    ),
    (
        "the gaming pc brand that started as a tiny custom shop in miami",
        ["Alienware: Frank Azor and Nelson Gonzalez"],
        ["t:alienware"],
    ),
    (
        "the hibt on the sock company, the boring sector they wanted to shake up",
        ["Bombas: David Heath and Randy Goldberg"],
        ["t:bombas"],
    ),
    (
        "lex with the legendary doom and quake programmer",
        ["#309 – John Carmack: Doom, Quake, VR, AGI, Programming, Video Games, and Rockets"],
        ["f:lex", "t:carmack"],
    ),
    (
        "lex with the ufc champ gsp about the science of fighting",
        ["#179 – Georges St-Pierre: The Science of Fighting"],
        ["t:st-pierre: the science"],
    ),
    (
        "lex and the physicist who co-invented loop quantum gravity",
        ["#79 – Lee Smolin: Quantum Gravity and Einstein’s Unfinished Revolution"],
        ["co-inventor of loop quantum gravity"],
    ),
    (
        "sam harris on the ftx collapse and sbf",
        ["#303 — The Fall of Sam Bankman-Fried"],
        ["f:ms", "t:#303"],
    ),
    (
        "the 4 hour special where rob reid warns about a man made pandemic",
        ["Special Episode: Engineering the Apocalypse"],
        ["t:engineering the apocalypse"],
    ),
    (
        "sam on the two misconceptions about the storming of the capitol",
        ["#230 — An Insurrection of Lies"],
        ["siege of the capitol"],
    ),
    (
        "talk python about building fancy terminal uis with rich",
        ["#336: Terminal magic with Rich and Textual"],
        ["t:textual"],
    ),
    (
        "talk python walking through the c code behind python",
        ["#240: A guided tour of the CPython source code"],
        ["t:cpython source"],
    ),
    (
        "talk python on making echo voice apps in flask",
        ["#146: Building Alexa Skills with Python and Flask"],
        ["t:alexa skills"],
    ),
    (
        "go time halloween episode with scary dev stories",
        ["Spooky stories to scare devs 👻"],
        ["t:spooky"],
    ),
    (
        "go time on what landed in go 1.19",
        ["What's new in Go 1.19"],
        ["t:go 1\\.19"],
    ),
    (
        "go time about job interviews for engineers, red flags and horror stories",
        ["Engineering interview tips & tricks"],
        ["t:interview tips"],
    ),
    (
        "js party where the typescript team talks about types in plain js",
        ["The Type Annotations proposal"],
        ["t:type annotations"],
    ),
    (
        "se radio where kent beck goes over the history of junit",
        ["Episode 167: The History of JUnit and the Future of Testing with Kent Beck"],
        ["t:junit"],
    ),
    (
        "se radio on hadoop with the guy from cloudera",
        ["Episode 157: Hadoop with Philip Zeyliger"],
        ["t:hadoop with"],
    ),
    (
        "today in focus about the top secret pentagon files posted on a gaming chat app",
        ["The Pentagon leaks: how did US security files end up on Discord? – podcast"],
        ["t:pentagon leaks"],
    ),
    (
        "the guardian one on the big quake in turkey and syria",
        ["A deadly earthquake in Syria and Turkey"],
        ["t:earthquake in syria"],
    ),
    (
        "today in focus on the two generals fighting in sudan",
        ["Sudan’s warring generals"],
        ["t:sudan"],
    ),
    (
        "guardian daily where the godfather of ai says he's scared now",
        ["Why ‘godfather of AI’ Geoffrey Hinton thinks humanity at crossroads"],
        ["t:hinton"],
    ),
    (
        "bombcast where they go over all the vr headsets they tried at gdc",
        ["Giant Bombcast 03/22/2016"],
        ["headsets and games we tried at gdc"],
    ),
    (
        "taverncast special on the night burning crusade came out",
        ["Taverncast Special: Burning Crusade"],
        ["t:special: burning crusade"],
    ),
    (
        "taverncast movie review of the third x-men",
        ["Taverncast: The Screen - X3: The Last Stand"],
        ["t:x3"],
    ),
]

# (question, expected titles, evidence, misspelled?)
GUEST: list[tuple[str, list[str], list[str], bool]] = [
    ("emmett sheer", ["Twitch: Emmett Shear"], ["emmett shear"], True),
    ("tope awotona", ["Calendly: Tope Awotona"], ["awotona"], False),
    ("issa rae", ["HOORAE: Issa Rae"], ["issa rae"], False),
    (
        "chieh hwang",
        [
            "Boxed: Chieh Huang",
            (
                "Live From The HIBT Summit: Cynt Marshall, Chieh Huang, and Sadie Lincoln on "
                "Leadership"
            ),
        ],
        ["chieh huang"],
        True,
    ),
    ("rea ann silva", ["Beautyblender: Rea Ann Silva"], ["rea ann silva"], False),
    ("lily hevish", ["HIBT Lab! Hevesh5: Lily Hevesh"], ["lily hevesh"], True),
    (
        "jay battacharya",
        ["#254 – Jay Bhattacharya: The Case Against Lockdowns"],
        ["t:bhattacharya"],
        True,
    ),
    (
        "ariel ekblaw",
        ["#271 – Ariel Ekblaw: Space Colonization and Self-Assembling Space Megastructures"],
        ["ekblaw"],
        False,
    ),
    (
        "po shen loh",
        ["#183 – Po-Shen Loh: Mathematics, Math Olympiad, Combinatorics & Contact Tracing"],
        ["po-shen loh"],
        False,
    ),
    (
        "duncan trusell",
        ["#312 – Duncan Trussell: Comedy, Sentient Robots, Suffering, Love & Burning Man"],
        ["duncan trussell"],
        True,
    ),
    (
        "tim dylan the comedian",
        ["#156 – Tim Dillon: Comedy, Power, Conspiracy Theories, and Freedom"],
        ["t:tim dillon"],
        True,
    ),
    ("tim maudlin", ["#318 — Physics & Philosophy"], ["maudlin"], False),
    ("jonah goldburg", ["#296 — Repairing Our Country"], ["jonah goldberg"], True),
    ("jack goldstone", ["#232 — Inequality and Revolution"], ["goldstone"], False),
    ("eugene yan", ["#309: What ML Can Teach Us About Life: 7 Lessons"], ["eugene yan"], False),
    ("sau sheong chang", ["Books that teach Go"], ["sau sheong"], False),
    ("tejas kumar", ["Bringing the vibe"], ["tejas kumar"], False),
    (
        "udi dahan",
        ["Episode 218: Udi Dahan on CQRS (Command Query Responsibility Segregation)"],
        ["t:udi dahan"],
        False,
    ),
    (
        "stefan tilkov",
        [
            "Episode 210: Stefan Tilkov on Architecture and Micro Services",
            "Episode 98: Stefan Tilkov on REST",
        ],
        ["t:stefan tilkov"],
        False,
    ),
    ("lars vogle", ["Episode 197: Lars Vogel on Android"], ["lars vogel"], True),
    (
        "hugo lowel",
        ["The FBI raid of Donald Trump’s home", "The indictment of Donald Trump"],
        ["hugo lowell"],
        True,
    ),
    ("katlin smith", ["Simple Mills: Katlin Smith"], ["katlin smith"], False),
]

HOST_GUEST: Labelled = [
    (
        "guy raz and jimmy fallon",
        ["The Tonight Show & Electric Hot Dog: Jimmy Fallon"],
        ["f:hibt", "fallon"],
    ),
    (
        "guy raz with gary vee",
        ["Live From The HIBT Summit: Gary Vaynerchuk", "Serial Entrepreneur: Gary Vaynerchuk"],
        ["f:hibt", "vaynerchuk"],
    ),
    (
        "guy raz talking to nolan bushnell",
        [
            "Atari & Chuck E. Cheese's: Nolan Bushnell",
            "Atari & Chuck E. Cheese's: Nolan Bushnell (2017)",
        ],
        ["f:hibt", "bushnell"],
    ),
    (
        "lex fridman with oliver stone",
        ["#286 – Oliver Stone: Vladimir Putin and War in Ukraine"],
        ["f:lex", "t:oliver stone"],
    ),
    (
        "lex fridman sitting down with cal newport",
        ["#166 – Cal Newport: Deep Work, Focus, Productivity, Email, and Social Media"],
        ["f:lex", "t:cal newport"],
    ),
    (
        "sam harris with russ roberts",
        ["#299 — Steps in the Right Direction"],
        ["f:ms", "russ roberts"],
    ),
    (
        "sam harris and eric schmidt",
        [
            "#280 — The Future of Artificial Intelligence",
            "Making Sense of Artificial Intelligence | Episode 1 of The Essential Sam Harris",
        ],
        ["f:ms", "eric schmidt"],
    ),
    ("sam talking to jonas kaplan", ["#261 — Belief & Identity"], ["f:ms", "jonas kaplan"]),
    (
        "sam harris w/ michael sandel",
        ["#221 — Success, Failure, & the Common Good"],
        ["f:ms", "sandel"],
    ),
    (
        "michael kennedy with anna-lena popkes",
        ["#186: 100 Days of Python in a Magical Universe"],
        ["f:tp", "popkes"],
    ),
    ("mat ryer and ed welch about logs", ["Bob Logblaw Log Blog"], ["f:go", "ed welch"]),
    (
        "amal and divya with maggie johnson-pint",
        ["Making sense of production"],
        ["f:js", "johnson-pint"],
    ),
    (
        "kball and boneskull with paloma oliveira",
        ["Gremlins in the water"],
        ["f:js", "paloma oliveira"],
    ),
    (
        "robert blumen talking nosql with dwight merriman",
        [
            "Episode 165: NoSQL and MongoDB with Dwight Merriman",
            "Episode 185: Dwight Merriman on Replication",
        ],
        ["f:se", "dwight merriman"],
    ),
    (
        "johannes thones and ken collier",
        ["Episode 206: Ken Collier on Agile Analytics"],
        ["f:se", "ken collier"],
    ),
    ("mike and dr tim on vacation", ["Vacation"], ["f:mike", "t:^vacation$"]),
    (
        "jerod and nick with doug martin about nestjs",
        ["Building GraphQL backends with NestJS"],
        ["f:js", "doug martin"],
    ),
    (
        "eberhard wolff interviewing eric evans",
        ["Episode 226: Eric Evans on Domain-Driven Design at 10 Years"],
        ["f:se", "t:eric evans", "eberhard wolff"],
    ),
]

# (question, expected titles, title pattern)
TITLE_TYPO: list[tuple[str, list[str], str]] = [
    ("questing the cataclysim", ["TC1337: Questing the Cataclysm"], r"questing the cataclysm"),
    ("bob loblaw log blog", ["Bob Logblaw Log Blog"], r"logblaw"),
    ("2053 a go odysey", ["2053: A Go Odyssey"], r"go odyssey"),
    ("the art of readng the docs", ["The art of reading the docs"], r"art of reading the docs"),
    ("analysing static analysis", ["Analyzing static analysis"], r"analyzing static analysis"),
    ("x gon state it to ya", ["X gon' State it to ya"], r"x gon. state"),
    ("seth godin is the new mark twian", ["Seth Godin is the new Mark Twain"], r"mark twain"),
    ("headlines? more like head lies", ["Headlines? More like HeadLIES!"], r"more like headlies"),
    ("gremlins in teh water", ["Gremlins in the water"], r"gremlins in the water"),
    ("7 pound of news in a 5 pound bag", ["7 pounds of news in a 5 pound bag"], r"pounds of news"),
    (
        "the limits of self knowlege",
        ["#268 — The Limits of Self-Knowledge"],
        r"limits of self-knowledge",
    ),
    ("the worst epedemic", ["#213 — The Worst Epidemic"], r"worst epidemic"),
    ("how to bulid a universe", ["#238 — How to Build a Universe"], r"how to build a universe"),
    (
        "mouldy flats and biding wars",
        ["Mouldy flats and bidding wars: how did the UK rental crisis get so bad?"],
        r"mouldy flats",
    ),
    ("embracing a child free life", ["Embracing a childfree life"], r"childfree life"),
    ("chrome ass gamecube", ["Giant Bombcast 578: Chrome-Ass GameCube"], r"chrome-ass"),
    ("the bionic beavor", ["Giant Bombcast 515: The Bionic Beaver"], r"bionic beaver"),
    (
        "two arms holdin it open",
        ["Giant Bombcast 567: Two Arms Holding It Open"],
        r"two arms holding",
    ),
    ("we got the cat by the tale", ["Episode 28: We got the cat by the tail"], r"cat by the tail"),
    ("lightning in a botle", ["Episode 32: Lightning in a Bottle"], r"lightning in a bottle"),
    ("dont feed the monkies", ["Episode 38: Don't Feed The Monkeys"], r"feed the monkeys"),
    ("bunny trials", ["Bunny Trails"], r"bunny trails"),
    ("wigglesworh", ['1389: "Wigglesworth"'], r"wigglesworth"),
    (
        "of vegemite and vampyres",
        ["Taverncast 43: Of Vegemite and Vampires"],
        r"vegemite and vampires",
    ),
]

# (question, podcast key, title pattern)
PODCAST: list[tuple[str, str, str]] = [
    ("guy raz atlassian", "hibt", r"atlassian"),
    ("how i built this honest tea", "hibt", r"honest tea"),
    ("lex fridman ray dalio", "lex", r"ray dalio"),
    ("lex on big pharma", "lex", r"big pharma"),
    ("sam harris on the russian war", "ms", r"russian war"),
    ("talk python apache airflow", "tp", r"airflow"),
    ("talk python and pydantic", "tp", r"pydantic"),
    ("go time tdd", "go", r"\btdd\b"),
    ("go time go:embed ep", "go", r"go:embed"),
    ("js party about astro", "js", r"astro"),
    ("js party rescript", "js", r"rescript"),
    ("se radio android", "se", r"android"),
    ("today in focus cbi", "tif", r"\bcbi\b"),
    ("today in focus on haiti", "tif", r"haiti"),
    ("bombcast e3 2016 day 3", "bomb", r"e3 2016: day 03"),
    ("hipsters mongodb", "hip", r"mongodb"),
    ("taverncast on tap 8", "tav", r"on tap 8"),
    ("podcasting 2.0 value economics", "p20", r"value economics"),
    ("no agenda dead puppies", "na", r"dead puppies"),
    ("dw nachrichten 16 märz 2022", "dw", r"16\.03\.2022"),
    ("mike neumann fanboys", "mike", r"fanboys"),
]

# (question, podcast key or None, episode number, season)
NUMBER: list[tuple[str, str | None, int, int | None]] = [
    ("hibt episode 452", "hibt", 452, None),
    ("how i built this #339", "hibt", 339, None),
    ("lex ep 271", "lex", 271, None),
    ("lex fridman podcast number 183", "lex", 183, None),
    ("making sense 288", "ms", 288, None),
    ("sam harris episode #250", "ms", 250, None),
    ("talk python 336", "tp", 336, None),
    ("talk python to me #76", "tp", 76, None),
    ("se radio ep 215", "se", 215, None),
    ("software engineering radio #189", "se", 189, None),
    ("number 583 of giant bombcast", "bomb", 583, None),
    ("bombcast ep. 455", "bomb", 455, None),
    ("hipsters #305", "hip", 305, None),
    ("hipsters ponto tech episódio 287", "hip", 287, None),
    ("taverncast 52", "tav", 52, None),
    ("taverncast ep 28", "tav", 28, None),
    ("no agenda 1389", "na", 1389, None),
    ("na episode 1376", "na", 1376, None),
    ("podcasting 2.0 ep 32", "p20", 32, None),
    ("pc 2.0 ep #12", "p20", 12, None),
    ("mike neumann show s1e31", "mike", 31, 1),
    ("episodio 24 de tom segura", "tom", 24, None),
    ("tiempo de valientes cap. 2", "rtve", 2, None),
    ("what is episode 1374", None, 1374, None),
]

# (question, podcast key or None, patterns the episode must match)
LATEST: list[tuple[str, str | None, list[str]]] = [
    ("most recent hibt live episode", "hibt", ["t:live episode"]),
    ("lex's newest ep that gets into ufos", "lex", ["t:ufo"]),
    ("lex's most recent one about ukraine", "lex", ["t:ukrain"]),
    ("newest sam harris special episode", "ms", ["t:special episode"]),
    ("talk python latest about pandas", "tp", ["t:pandas"]),
    ("go time's most recent what's new in go 1.x show", "go", ["t:go 1\\."]),
    ("most recent js party new year's show", "js", ["t:new year"]),
    ("latest js party with amal hussein", "js", ["amal hussein"]),
    ("latest se radio eberhard wolff hosted", "se", ["eberhard wolff"]),
    ("latest today in focus on the nhs", "tif", ["t:nhs"]),
    ("latest tif where luke harding reports", "tif", ["luke harding"]),
    ("newest bombcast from gdc week", "bomb", ["t:gdc"]),
    ("o hipsters mais recente sobre dados", "hip", ["t:dados"]),
    ("last tif about trump", "tif", ["t:trump"]),
    ("latest taverncast after hours", "tav", ["t:after hours"]),
    ("whats the newest no agenda ep", "na", []),
    ("newest podcasting 2.0", "p20", []),
    ("latest mike & dr tim breakfast chat", "mike", []),
    ("neueste dw nachrichten von einem samstag", "dw", ["samstag"]),
]

SPANISH: Labelled = [
    (
        "el de leonardo contra miguel ángel",
        ["Leonardo da Vinci contra Miguel Ángel Buonarroti"],
        ["t:contra miguel angel"],
    ),
    ("pasajes sobre la última reina de egipto", ["Cleopatra"], ["t:^cleopatra$"]),
    ("el creador de sherlock holmes en pasajes", ["Arthur Conan Doyle"], ["t:conan doyle"]),
    ("la científica que ganó dos premios nobel", ["Marie Curie"], ["t:marie curie"]),
    (
        "el episodio 10 de tom segura, el del comediante mexicano",
        ["Ep. 10 con Franco Escamilla | Tom Segura En Español"],
        ["t:franco escamilla"],
    ),
    (
        "el de tom segura con joey diaz",
        ["Ep. 12 con Joey Coco Diaz | Tom Segura En Español"],
        ["t:joey coco diaz"],
    ),
    (
        "wola sobre la paz total de petro y tantos procesos a la vez",
        [WOLA_COL],
        ["t:total peace"],
    ),
    (
        "how i built this con el fundador de twitch",
        ["Twitch: Emmett Shear"],
        ["t:twitch"],
    ),
    (
        "lex fridman con el creador de keras",
        ["François Chollet: Keras, Deep Learning, and the Progress of AI"],
        ["t:keras"],
    ),
    (
        "sam harris hablando con kasparov sobre la guerra en ucrania",
        ["#275 — The Russian War in Ukraine"],
        ["f:ms", "t:russian war in ukraine"],
    ),
    ("go time sobre tcp y udp", ["TCP & UDP"], ["t:tcp & udp"]),
    (
        "el bombcast del goty 2018 día tres",
        ["Game of the Year 2018: Day Three Deliberations"],
        ["t:2018: day three"],
    ),
    (
        "today in focus sobre los 100 días de sunak",
        ["Strikes, seatbelts and sleaze: Rishi Sunak’s first 100 days as PM"],
        ["t:first 100 days"],
    ),
    (
        "js party sobre xstate y máquinas de estado",
        ["X gon' State it to ya"],
        ["t:x gon"],
    ),
    (
        "talk python sobre matemáticas aplicadas",
        ["#372: Applied mathematics with Python"],
        ["t:applied mathematics"],
    ),
    (
        "se radio con kent beck sobre pruebas unitarias",
        ["Episode 167: The History of JUnit and the Future of Testing with Kent Beck"],
        ["f:se", "t:kent beck"],
    ),
    (
        "how i built this con la fundadora de drybar",
        ["Drybar: Alli Webb", "Drybar: Alli Webb (2017)"],
        ["t:drybar"],
    ),
    (
        "el diario de julián donde dice que no le llegan noticias de 2016 y sigue huyendo",
        ["El Ministerio del Tiempo - Tiempo de valientes: capítulo 6"],
        ["no me han llegado noticias"],
    ),
    (
        "el pasaje de atila y los hunos",
        ["Atila, Rey de los Hunos"],
        ["t:atila"],
    ),
]

PORTUGUESE: Labelled = [
    ("hipsters sobre redes neurais", ["Redes Neurais – Hipsters #165"], ["t:^redes neurais"]),
    (
        "ferramentas de observabilidade e monitoramento",
        ["Ferramentas de Monitoramento e Observabilidade – Hipsters Ponto Tech #281"],
        ["t:ferramentas de monitoramento"],
    ),
    ("rpg no carnaval do hipsters", ["RPG hipster – Hipsters #83"], ["t:rpg hipster"]),
    (
        "o ecossistema do flutter",
        ["Ecossistema Flutter – Hipsters Ponto Tech #287"],
        ["t:ecossistema flutter"],
    ),
    (
        "kubernetes simplifica ou complica?",
        ["Kubernetes – Hipsters #177"],
        ["t:^kubernetes .{0,3}hipsters"],
    ),
    (
        "de volta ao nubank três anos depois",
        ["Tecnologias no Nubank: 3 anos depois – Hipsters #150"],
        ["t:3 anos depois"],
    ),
    ("design sprint do google", ["Design Sprint – Hipsters #23"], ["t:design sprint"]),
    (
        "tecnologia nos planos de saúde",
        ["Planos de saúde e tecnologia – Hipsters Ponto Tech #329"],
        ["t:planos de saude"],
    ),
    (
        "gamedev com financiamento coletivo, a lenda do herói 2",
        ["Gamedev e crowdfunding: A Lenda do Heroi 2 – Hipsters Ponto Tech #323"],
        ["t:lenda do heroi"],
    ),
    (
        "o primeiro episódio do fora de controle",
        ["Inteligência Artificial aplicada – Hipsters: Fora de Controle #01"],
        ["t:fora de controle #01"],
    ),
    (
        "código bom e bonito com solid",
        ["SOLID: Código bom e bonito – Hipsters Ponto Tech #219"],
        ["t:^solid:"],
    ),
    ("overengineering no hipsters", ["Overengineering – Hipsters #152"], ["t:overengineering"]),
    (
        "o papo no estúdio da cbn sobre jornalismo",
        ["Podcasts, Jornalismo e CBN – Hipsters #133"],
        ["t:cbn"],
    ),
    (
        "how i built this com a criadora da esponja beautyblender",
        ["Beautyblender: Rea Ann Silva"],
        ["t:beautyblender"],
    ),
    (
        "sam harris falando sobre a morte e a continuidade da consciência",
        ["#263 — The Paradox of Death"],
        ["t:paradox of death"],
    ),
    (
        "talk python sobre o prefect e engenharia negativa",
        ["#365: Solving Negative Engineering Problems with Prefect"],
        ["t:prefect"],
    ),
    (
        "lex com o cara da bridgewater, o ray dalio, sobre o colapso dos impérios",
        ["#251 – Ray Dalio: Money, Power, and the Collapse of Empires"],
        ["t:collapse of empires"],
    ),
    (
        "today in focus sobre as escolas de londres que estão sumindo",
        ["Why are London’s schools disappearing?"],
        ["t:london.s schools"],
    ),
]

# (question, patterns that must be absent from every title and notes)
NONE: list[tuple[str, tuple[str, ...]]] = [
    # Latin America: neighbours and subjects no episode covers
    ("paraguay under stroessner", (r"stroessner",)),
    ("evo morales trying to come back in bolivia", (r"evo morales",)),
    ("the falklands war", (r"falkland", r"malvinas")),
    ("darwin and the galápagos", (r"galapagos",)),
    ("belize border dispute", (r"belize",)),
    ("venezuela claiming the essequibo", (r"essequibo",)),
    ("ecuador's president noboa and the prison gangs", (r"noboa",)),
    ("costa rica abolishing its army", (r"costa rica",)),
    ("cjng the jalisco cartel", (r"cjng", r"jalisco")),
    ("pinochet and the 1988 plebiscite", (r"pinochet", r"plebiscit")),
    ("the panama papers leak", (r"panama papers",)),
    ("nicaragua's ortega jailing priests", (r"ortega.{0,40}priest", r"murillo")),
    ("gold mining in the peruvian amazon", (r"madre de dios",)),
    ("soy farming in the brazilian cerrado", (r"cerrado",)),
    ("oaxaca's guelaguetza festival", (r"oaxaca", r"guelaguetza")),
    ("cartel violence in ciudad juárez", (r"juarez",)),
    ("spring breakers in cancún", (r"cancun",)),
    ("havana's vintage cars", (r"havana",)),
    ("capoeira", (r"capoeira",)),
    ("ceviche and peruvian food", (r"ceviche",)),
    ("arepas in venezuela", (r"arepa",)),
    ("mezcal from oaxaca", (r"mezcal",)),
    ("salvadoran pupusas", (r"pupusa",)),
    ("bolivian quinoa farmers", (r"quinoa",)),
    ("iguazú falls", (r"iguazu",)),
    ("the pantanal wetlands fires", (r"pantanal",)),
    ("cusco and the sacred valley", (r"cusco", r"sacred valley")),
    ("potosí silver mines", (r"potosi",)),
    ("managua protests in 2018", (r"managua",)),
    ("yucatán cenotes", (r"cenote", r"yucatan")),
    ("the bahamas after hurricane dorian", (r"bahamas", r"dorian")),
    ("montevideo's legal weed pharmacies", (r"montevideo",)),
    ("the paraguay river running dry", (r"paraguay river",)),
    # technologies next to the ones the shows cover
    ("the bun javascript runtime", (r"bun runtime", r"bun\.sh")),
    ("go time on the zig language", (r"\bzig\b",)),
    ("talk python on pep 703 and removing the gil", (r"pep 703", r"nogil")),
    ("marimo notebooks", (r"marimo",)),
    ("hipsters sobre o nubank ultravioleta", (r"ultravioleta",)),
    ("podcasting 2.0 about the podcast:socialinteract tag", (r"socialinteract",)),
    ("apache pulsar vs kafka", (r"pulsar",)),
    ("the gleam language on the beam", (r"\bgleam\b",)),
    ("the julia language for science", (r"julia language", r"julialang")),
    ("js party on biome the linter", (r"\bbiome\b",)),
    ("hipsters sobre o vale do silício brasileiro em florianópolis", (r"florianopolis",)),
    # people near real guests, or on no show here
    ("guy raz with the founder of arc'teryx", (r"arc.teryx",)),
    ("hibt with the founder of crocs", (r"\bcrocs\b",)),
    ("guy raz with the founders of skims", (r"\bskims\b",)),
    ("hibt on the red bull guy", (r"red bull",)),
    ("talk python with the jupyter founder fernando perez", (r"fernando perez",)),
    ("tom segura con el comediante alex fernández", (r"alex fernandez",)),
    ("hibt with the krispy kreme guy", (r"krispy kreme",)),
    # podcasts named with a subject they never covered
    ("pasajes sobre hernán cortés", (r"hernan cortes",)),
    ("pasajes sobre atahualpa y los incas", (r"atahualpa",)),
    ("pasajes sobre simón bolívar", (r"bolivar",)),
    ("pasajes sobre el imperio azteca", (r"azteca",)),
    ("tiempo de valientes en la guerra de flandes", (r"flandes",)),
    ("tiempo de valientes y la batalla de bailén", (r"bailen",)),
    ("taverncast on wow classic hardcore", (r"classic hardcore",)),
    ("taverncast on the wrath of the lich king", (r"lich king",)),
    ("taverncast about mists of pandaria", (r"pandaria",)),
    ("bombcast on animal crossing new horizons", (r"new horizons",)),
    ("no agenda on the maui fires", (r"maui",)),
    ("the guardian daily on the wagner mutiny", (r"mutiny",)),
    ("today in focus on the ulez expansion", (r"ulez",)),
    ("today in focus on the coronation concert", (r"coronation concert",)),
    ("today in focus on the lucy letby trial", (r"letby",)),
    ("the guardian on huw edwards", (r"huw edwards",)),
    ("guardian daily on the nhs nurses' pay deal", (r"nurses.{0,20}pay",)),
    ("dw nachrichten über die fußball-wm in katar", (r"katar",)),
    ("dw über das deutschlandticket", (r"deutschlandticket",)),
    ("dw nachrichten über die ahrtal-flut", (r"ahrtal",)),
    ("dw nachrichten zur wahl in frankreich", (r"frankreich",)),
    ("hipsters sobre o apagão do crowdstrike", (r"crowdstrike",)),
    # subjects nobody here covered
    ("tulip mania in holland", (r"tulip",)),
    ("the library of alexandria burning", (r"library of alexandria",)),
    ("göbekli tepe", (r"gobekli",)),
    ("china's terracotta army", (r"terracotta",)),
    ("the great molasses flood", (r"molasses",)),
    ("the voyage of the kon-tiki", (r"kon-tiki", r"heyerdahl")),
    ("the halifax explosion of 1917", (r"halifax explosion",)),
    ("the taiping rebellion", (r"taiping",)),
    ("the cadaver synod", (r"cadaver synod",)),
    ("the dancing plague of 1518", (r"dancing plague",)),
    ("the radium girls", (r"radium girls",)),
    ("the bhopal gas disaster", (r"bhopal",)),
    ("the great stink of london 1858", (r"great stink",)),
    ("the 1918 spanish flu", (r"spanish flu", r"1918 flu")),
    ("the johnstown flood", (r"johnstown",)),
    ("the year without a summer, 1816", (r"without a summer",)),
    ("the krakatoa eruption", (r"krakatoa",)),
    ("pompeii and vesuvius", (r"pompeii", r"vesuvius")),
    ("the children's crusade", (r"children.s crusade",)),
    ("the ghost army of ww2", (r"ghost army",)),
    ("the bone wars between fossil hunters", (r"bone wars",)),
]

CHAT: list[str] = [
    "gooood morning ☕☕",
    "ok thx, bye",
    "you rock bot",
    "boa noite pessoal",
    "buenas noches gente",
    "sup everyone",
    "testing testing 123",
    "brb",
    "perfect, that's the one",
    "love this server",
    "wait r u sentient 😳",
    "how do i use this bot",
    "muchas gracias!!",
    "valeu mano",
    "kkkkkkk",
    "nice, ty",
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
