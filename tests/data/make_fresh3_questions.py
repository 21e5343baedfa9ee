"""Write issue 11's third fresh held-out set: ``questions_fresh3.jsonl``.

Run from the repository root with the shared feeds beside it::

    python tests/data/make_fresh3_questions.py [FEEDS_DIR]

``questions_fresh2.jsonl`` has been looked at by the people tuning the answerer, so it is not
held out any more; this set is its successor. Its questions were written from the feeds alone
(titles, notes, guests, dates, episode numbers), never from the answering code or from what
the bot answers, and the bot was not run on them. No question is near one of the six earlier
sets, and most expect episodes no earlier set expects.

The checks are those of ``make_fresh_questions.py``, run unchanged over this set's lists with
the six earlier sets, and on top of those the checks of the size of the set: each kind, the
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

OUT = HERE / "questions_fresh3.jsonl"
EARLIER = (*fresh.EARLIER, "questions_fresh.jsonl", "questions_fresh2.jsonl")
HEADER = (
    "Issue 11 third fresh held-out set (written by tests/data/make_fresh3_questions.py "
    "from the feeds; succeeds questions_fresh2.jsonl as the held-out set; never tune on it)"
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
        "where they watched deliverance from canoes",
        ["Alamo Drafthouse Cinema: Tim and Karrie League"],
        ["deliverance in canoes"],
    ),
    (
        "guy who sold suits out of his dorm in amsterdam",
        ["Suitsupply: Fokke de Jong"],
        ["dorm room in amsterdam"],
    ),
    (
        "the designer behind the yo quiero taco bell chihuahua",
        ["Sun Bum: Tom Rinks"],
        ["taco bell"],
    ),
    (
        "record for the world's largest chicken nugget",
        ["HIBT Lab! Osmo Salt: Nick DiGiovanni"],
        ["largest chicken nugget"],
    ),
    (
        "he was fed up checking if a resort in mexico matched its brochure",
        ["Tripadvisor: Steve Kaufer"],
        ["resort in mexico"],
    ),
    (
        "brewers who won best recipe at punkin chunkin",
        ["Dogfish Head Craft Brewery: Sam and Mariah Calagione"],
        ["punkin chunkin"],
    ),
    (
        "ex nasa pair launching cheap satellites out of a garage",
        ["Planet: Will Marshall and Robbie Schingler"],
        ["inexpensive satellites"],
    ),
    ("pasta from einkorn, a prehistoric wheat", ["Jovial Foods: Carla Bartolucci"], ["einkorn"]),
    (
        "shampoo maker who sold to anita roddick before the body shop fell out",
        ["Lush Cosmetics: Mark Constantine"],
        ["anita roddick"],
    ),
    (
        "kid strapped a battery to his mountain bike for a 16 mile slog to school",
        ["Rad Power Bikes: Mike Radenbaugh"],
        ["16 mile slog"],
    ),
    ("corporate sabotage war against zico", ["Vita Coco: Michael Kirban"], ["zico"]),
    (
        "founder of junglekeepers surrounded by black caiman",
        ["#369 – Paul Rosolie: Amazon Jungle, Uncontacted Tribes, Anacondas, and Ayahuasca"],
        ["junglekeepers"],
    ),
    (
        "xenu, the sea org and david miscavige",
        ["#361 – Aaron Smith-Levin: Scientology"],
        ["miscavige"],
    ),
    (
        "the lex one where a game designer reminisces about daggerfall and arena",
        ["#342 – Todd Howard: Skyrim, Elder Scrolls 6, Fallout, and Starfield"],
        ["f:lex", "daggerfall"],
    ),
    (
        "how she met anthony strangis",
        ["#288 – Sarma Melngailis: Bad Vegan"],
        ["anthony strangis"],
    ),
    (
        "kabuki strength and deadlifting 1000 lbs for reps",
        ["#207 – Chris Duffin: The Mad Scientist of Strength"],
        ["kabuki strength"],
    ),
    (
        "bubble wrap music box and truckla",
        ["#372 – Simone Giertz: Queen of Sh*tty Robots, Innovative Engineering, and Design"],
        ["truckla"],
    ),
    (
        "rem sleep behavior disorder and bedtime restriction",
        ["#267 — The Kingdom of Sleep"],
        ["rem-sleep behavior disorder"],
    ),
    (
        "the one where they agree bears are dangerous",
        ["#239 — Yet Another Call from Ricky Gervais"],
        ["bears are dangerous"],
    ),
    (
        "sally satel on fentanyl and the opiate epidemic",
        ["#149 — The Problem of Addiction"],
        ["sally satel"],
    ),
    (
        "roadrunner, a php application server written in go",
        ["Go and PHP sitting in a tree..."],
        ["roadrunner"],
    ),
    (
        "creator of aprenda go on teaching gophers outside english",
        ["Go in other spoken languages"],
        ["f:go", "aprenda go"],
    ),
    (
        "salma says we're drunk on javascript",
        ["JavaScript will kill you in the Apocalypse"],
        ["drunk on javascript"],
    ),
    (
        "progressive bundling with native es modules",
        ["Somebody somewhere is generating JS from Fortran"],
        ["progressive bundling"],
    ),
    (
        "sim and test software at richard childress's nascar team",
        ["#281: Python in Car Racing"],
        ["richard childress"],
    ),
    (
        "the single level store concept",
        ["Episode 177: IBM i (OS/400) Operating System with Steve Will"],
        ["single level store"],
    ),
    (
        "neighbours in a sleepy suburb of slovenia's capital",
        ["The ‘nice, ordinary’ family suspected of being Russian spies"],
        ["slovenia"],
    ),
    (
        "belgian police seizing wads of banknotes",
        ["The bribery scandal rocking the EU parliament"],
        ["wads of banknotes"],
    ),
    (
        "butter on poptarts and dead goats",
        ["Giant Bombcast 553: Hot Dogs and Helmut Kruger"],
        ["butter on poptarts"],
    ),
    (
        "the one with blazblue cross tag battle and pubg lawsuits",
        ["Giant Bombcast 534: Forklift Academy"],
        ["pubg lawsuits"],
    ),
    (
        "todd cochrane from blubrry drops by",
        ["Episode 21: Hooray for Hollywood"],
        ["todd cochrane"],
    ),
    (
        "breakfast chat about the leaked scotus draft on abortion",
        ["Supreme Leak"],
        ["scotus majority opinion"],
    ),
    (
        "legrangian points and the 2022 sls mission",
        ["Lagrange was here"],
        ["legrangian points"],
    ),
    (
        "the one about the tsa, weight loss and prank phone calls",
        ["Taverncast 47: Your Papers Please"],
        ["prank phone calls"],
    ),
    (
        "bill playing with warhammer toys",
        ["Taverncast 44: Apocalyptic Role-playing"],
        ["warhammer toys"],
    ),
    (
        "pale ale tasting then chatting about what makes a great bar",
        ["Taverncast: On Tap 9 - Founders Pale Ale"],
        ["makes for a great bar"],
    ),
    (
        "wola's andes director on gustavo petro's flagship plan faltering",
        [WOLA_COL],
        ["director for the andes"],
    ),
    (
        "the man who closes github issues faster than any human being",
        ["Episode 39: License to Kill"],
        ["closes github issues faster"],
    ),
    (
        "alternative punk rock on a rainy friday night",
        ["Letters"],
        ["rainy friday night"],
    ),
    (
        "former kickboxer from luton arrested for trafficking",
        ["The arrest of Andrew Tate: the ‘king of toxic masculinity’"],
        ["kickboxer from luton"],
    ),
    (
        "alexa ray corriea trying to sell everyone on anime",
        ["Giant Bombcast 444: Cricket Mouthfeel"],
        ["sell us on anime"],
    ),
]

LOOSE: Labelled = [
    (
        "that hibt where a guy leased an abandoned movie theater and served dinner during films",
        ["Alamo Drafthouse Cinema: Tim and Karrie League"],
        ["abandoned movie theater"],
    ),
    (
        "the one about the mall store for skater and surfer teens",
        ["Zumiez: Tom Campion"],
        ["action sports"],
    ),
    (
        "ep with the stroller founder who used to work on the reebok pump",
        ["UPPAbaby: Bob and Lauren Monahan"],
        ["reebok"],
    ),
    (
        "lex w/ the youtuber who builds deliberately bad robots",
        ["#372 – Simone Giertz: Queen of Sh*tty Robots, Innovative Engineering, and Design"],
        ["t:queen of sh"],
    ),
    (
        "the lex ep where the amazon explorer talks about getting eaten alive by an anaconda",
        ["#369 – Paul Rosolie: Amazon Jungle, Uncontacted Tribes, Anacondas, and Ayahuasca"],
        ["eaten alive"],
    ),
    (
        "lex talking to the fallout and elder scrolls guy",
        ["#342 – Todd Howard: Skyrim, Elder Scrolls 6, Fallout, and Starfield"],
        ["f:lex", "t:fallout"],
    ),
    (
        "sam recalling where he was when the towers got hit",
        ["#260 — The Second Plane"],
        ["f:ms", "september 11th, 2001"],
    ),
    (
        "making sense where the good food institute folks link meat to pandemics",
        ["#244 — Food, Climate, and Pandemic Risk"],
        ["good food institute"],
    ),
    (
        "go time on sandboxed programs running inside the linux kernel",
        ["eBPF and Go"],
        ["run code inside the linux kernel"],
    ),
    (
        "that go time about the configure unify execute language",
        ["CUE: Configuration superpowers for everyone"],
        ["t:^cue"],
    ),
    (
        "the js party where they say tauri might beat electron",
        ["Tauri brings Rust to the JS Party"],
        ["tauri project"],
    ),
    (
        "talk python where they plug python into a car's data streams",
        ["#255: Talking to cars with Python"],
        ["t:talking to cars"],
    ),
    (
        "michael kennedy on learning python by playing a game that doesn't treat you with"
        " kid gloves",
        ["#249: Capture the Staff of Pythonic Knowledge in TwilioQuest"],
        ["kid-gloves"],
    ),
    (
        "the se radio where the scala creator gives the 2 minute overview",
        ["Episode 62: Martin Odersky on Scala"],
        ["two-minute overview"],
    ),
    (
        "se radio on what was coming in c++ before it was called c++11",
        ["Episode 159: C++0X with Scott Meyers"],
        ["t:c\\+\\+0x"],
    ),
    (
        "today in focus about headteachers revolting over school inspections",
        ["Why headteachers are fighting back against Ofsted inspections"],
        ["f:tif", "ofsted"],
    ),
    (
        "the guardian one on rap lyrics used as evidence in court",
        ["Lyrics on trial: how US rappers have their music used against them in court"],
        ["t:lyrics on trial"],
    ),
    (
        "that bombcast with apple arcade, link's awakening and borderlands 3",
        ["Giant Bombcast 602: Easy Chicken"],
        ["link's awakening", "borderlands 3"],
    ),
    (
        "mike and dr tim comparing boeing with spacex",
        ["Resilience"],
        ["comparing boeing and spacex"],
    ),
    (
        "taverncast where they chat about how the media covered libya and the japan tsunami",
        ["Taverncast 50: Media Tsunami"],
        ["libya"],
    ),
    (
        "mike and tim over plates of migas talking elon's big visions",
        ["Elon's Grand Plan"],
        ["plates of migas"],
    ),
    (
        "se radio w/ the microsoft guy whose team built an experimental research os",
        ["Episode 88: The Singularity Research OS with Galen Hunt"],
        ["microsoft's os research group"],
    ),
    (
        "go time where vitor de mario talks hacking genetics",
        ["GopherCon Brazil & Genetics"],
        ["vitor de mario"],
    ),
    (
        "the bombcast where jeff's back from la with destiny 2 thoughts and creepy rabbids",
        ["Giant Bombcast 482: Mega Duck Hunt"],
        ["disturbing rabbids"],
    ),
    (
        "the taverncast where they nerd out on star wars for hours",
        ["Taverncast 59 - Star Wars Megacast"],
        ["t:star wars megacast"],
    ),
    (
        "sam harris with the author of unveiled about leaving conservative islam",
        ["#175 — Leaving the Faith", "#298 — Leaving the Faith (Rebroadcast)"],
        ["f:ms", "unveiled"],
    ),
    (
        "hibt with the two guys who met brazilian women in a bar and sold coconut water",
        ["Vita Coco: Michael Kirban"],
        ["f:hibt", "coconut water"],
    ),
]

# (question, expected titles, evidence, misspelled?)
GUEST: list[tuple[str, list[str], list[str], bool]] = [
    (
        "paul rosolie",
        ["#369 – Paul Rosolie: Amazon Jungle, Uncontacted Tribes, Anacondas, and Ayahuasca"],
        ["paul rosolie"],
        False,
    ),
    ("aaron smith levin", ["#361 – Aaron Smith-Levin: Scientology"], ["smith-levin"], False),
    (
        "simone girtz",
        ["#372 – Simone Giertz: Queen of Sh*tty Robots, Innovative Engineering, and Design"],
        ["giertz"],
        True,
    ),
    ("sarma melngalis", ["#288 – Sarma Melngailis: Bad Vegan"], ["melngailis"], True),
    ("chris dufin", ["#207 – Chris Duffin: The Mad Scientist of Strength"], ["chris duffin"], True),
    ("tom rinks", ["Sun Bum: Tom Rinks"], ["tom rinks"], False),
    ("fokke de jong", ["Suitsupply: Fokke de Jong"], ["fokke"], False),
    ("nick digiovani", ["HIBT Lab! Osmo Salt: Nick DiGiovanni"], ["digiovanni"], True),
    ("steve kaufer", ["Tripadvisor: Steve Kaufer"], ["kaufer"], False),
    ("mike radenbough", ["Rad Power Bikes: Mike Radenbaugh"], ["radenbaugh"], True),
    ("michael kirben", ["Vita Coco: Michael Kirban"], ["kirban"], True),
    ("carla bartolucci", ["Jovial Foods: Carla Bartolucci"], ["bartolucci"], False),
    ("will stor", ["#294 — Status Games"], ["will storr"], True),
    ("sally satell", ["#149 — The Problem of Addiction"], ["sally satel"], True),
    ("salma alam naylor", ["JavaScript will kill you in the Apocalypse"], ["alam-naylor"], False),
    (
        "scott myers on c++",
        ["Episode 159: C++0X with Scott Meyers"],
        ["scott meyers", "t:c\\+\\+"],
        True,
    ),
    (
        "galen hunt",
        ["Episode 88: The Singularity Research OS with Galen Hunt"],
        ["galen hunt"],
        False,
    ),
    ("kane replogle", ["#281: Python in Car Racing"], ["replogle"], False),
    (
        "ben robert smith",
        [
            "Ben Roberts-Smith v the media, part one: reputation",
            "War hero or war criminal? Australia’s defamation trial of the century",
        ],
        ["roberts-smith"],
        True,
    ),
    (
        "michelle sheehy headteacher",
        ["Why headteachers are fighting back against Ofsted inspections"],
        ["michelle sheehy"],
        False,
    ),
    (
        "andrew strominger",
        ["#359 – Andrew Strominger: Black Holes, Quantum Gravity, and Theoretical Physics"],
        ["strominger"],
        False,
    ),
]

HOST_GUEST: Labelled = [
    ("sam harris with matthew walker", ["#267 — The Kingdom of Sleep"], ["f:ms", "matthew walker"]),
    (
        "sam harris x yasmine mohammed",
        [
            "#175 — Leaving the Faith",
            "#298 — Leaving the Faith (Rebroadcast)",
            "Making Sense of Belief and Unbelief | Episode 6 of The Essential Sam Harris",
        ],
        ["f:ms", "yasmine mohammed"],
    ),
    (
        "guy raz with tim league",
        ["Alamo Drafthouse Cinema: Tim and Karrie League"],
        ["f:hibt", "tim league"],
    ),
    (
        "guy raz and mark constantine",
        ["Lush Cosmetics: Mark Constantine"],
        ["f:hibt", "mark constantine"],
    ),
    ("guy raz w/ tom campion", ["Zumiez: Tom Campion"], ["f:hibt", "tom campion"]),
    (
        "lex fridman and tom brands",
        ["#245 – Tom Brands: Iowa Wrestling"],
        ["f:lex", "t:tom brands"],
    ),
    (
        "lex with ginni rometty",
        ["#362 – Ginni Rometty: IBM CEO on Leadership, Power, and Adversity"],
        ["f:lex", "rometty"],
    ),
    (
        "michael kennedy and bentz tozer",
        ["#319: Typosquatting and Supply Chains Vulnerabilities"],
        ["f:tp", "bentz tozer"],
    ),
    (
        "mat ryer interviewing ron evans about tinygo",
        ["Hardware hacking with TinyGo and Gopherbot"],
        ["f:go", "ron evans", "mat ryer hosts"],
    ),
    (
        "divya and nick with feross",
        ["Feross takes us to security school"],
        ["f:js", "t:feross"],
    ),
    (
        "robert blumen with brendan gregg",
        ["Episode 225: Brendan Gregg on Systems Performance"],
        ["f:se", "brendan gregg"],
    ),
    (
        "adam curry and dave jones with mike dell",
        ["Episode 21: Hooray for Hollywood"],
        ["f:p20", "mike dell"],
    ),
    ("mike and dr tim talking sports", ["Sports"], ["f:mike", "t:^sports$"]),
    (
        "tom segura con facundo herrera",
        ["Ep. 14 con Facundo Herrera | Tom Segura En Español"],
        ["f:tom", "facundo herrera"],
    ),
    (
        "ghaith abdul-ahad and james meek on today in focus",
        ["The accidental journalist who covered the war in Iraq"],
        ["f:tif", "james meek"],
    ),
]

# (question, expected titles, the real title fragment as a pattern over folded titles)
TITLE_TYPO: list[tuple[str, list[str], str]] = [
    (
        "queen of shitty robots",
        ["#372 – Simone Giertz: Queen of Sh*tty Robots, Innovative Engineering, and Design"],
        r"queen of sh",
    ),
    (
        "amazon jungle, uncontacted tribs and anacondas",
        ["#369 – Paul Rosolie: Amazon Jungle, Uncontacted Tribes, Anacondas, and Ayahuasca"],
        r"uncontacted tribes",
    ),
    (
        "reality is an ilusion how evolution hid the truth",
        ["#293 – Donald Hoffman: Reality is an Illusion – How Evolution Hid the Truth"],
        r"reality is an illusion",
    ),
    (
        "the case against social meda",
        ["#291 – Jonathan Haidt: The Case Against Social Media"],
        r"case against social media",
    ),
    (
        "the power of introvers and lonelyness",
        ["#298 – Susan Cain: The Power of Introverts and Loneliness"],
        r"power of introverts",
    ),
    (
        "mad scientist of strenght",
        ["#207 – Chris Duffin: The Mad Scientist of Strength"],
        r"mad scientist of strength",
    ),
    ("the kingdom of slep", ["#267 — The Kingdom of Sleep"], r"kingdom of sleep"),
    ("status gaems", ["#294 — Status Games"], r"status games"),
    ("where is hapiness", ["#291 — Where is Happiness?"], r"where is happiness"),
    ("a tale of cancelation", ["#300 — A Tale of Cancellation"], r"tale of cancellation"),
    ("go and php siting in a tree", ["Go and PHP sitting in a tree..."], r"go and php sitting"),
    (
        "the litle known team that keeps go going",
        ["The little known team that keeps Go going"],
        r"little known team",
    ),
    (
        "javascript will kill you in the apocalpyse",
        ["JavaScript will kill you in the Apocalypse"],
        r"kill you in the apocalypse",
    ),
    (
        "somebody somewhere is generating js from fotran",
        ["Somebody somewhere is generating JS from Fortran"],
        r"generating js from fortran",
    ),
    (
        "python on windows is ok actualy",
        ["#243: Python on Windows is OK, actually"],
        r"python on windows is ok",
    ),
    (
        "unlock the mysteris of time",
        ["#271: Unlock the mysteries of time, Python's datetime that is!"],
        r"mysteries of time",
    ),
    (
        "the crypto colapse inside the crazy world of ftx",
        ["The crypto-collapse: inside the crazy world of FTX"],
        r"crazy world of ftx",
    ),
    (
        "lyrics on trail how us rappers have their music used against them",
        ["Lyrics on trial: how US rappers have their music used against them in court"],
        r"lyrics on trial",
    ),
    ("cricket mouth feel", ["Giant Bombcast 444: Cricket Mouthfeel"], r"cricket mouthfeel"),
    ("mega duk hunt", ["Giant Bombcast 482: Mega Duck Hunt"], r"mega duck hunt"),
    (
        "piranha plant did nothing wrogn",
        ["Giant Bombcast 557: Piranha Plant Did Nothing Wrong"],
        r"piranha plant",
    ),
    ("when rap atacks", ["Taverncast 56 - When Rap Attacks!"], r"when rap attacks"),
    ("certifyng the universe", ["Episode 27: Certifying the Universe"], r"certifying the universe"),
    ("lagrange was hear", ["Lagrange was here"], r"lagrange was here"),
    ("clipers n whittlers", ['1387: "Clippers \'n Whittlers"'], r"clippers 'n whittlers"),
    ("pingdemik", ["1366: Pingdemic"], r"pingdemic"),
]

# (question, podcast key, subject pattern over folded titles)
PODCAST: list[tuple[str, str, str]] = [
    ("lex on scientology", "lex", r"scientology"),
    ("lex fridman fighter jets", "lex", r"fighter jets"),
    ("how i built this e-bike episode", "hibt", r"rad power"),
    ("hibt about luggage", "hibt", r"luggage"),
    ("making sense calls from ricky gervais", "ms", r"gervais"),
    ("talk python on the new flask releases", "tp", r"flask goes 1\.0|flask 2\.0"),
    ("go time ebpf", "go", r"ebpf"),
    ("js party tauri", "js", r"tauri"),
    ("se radio on kafka", "se", r"kafka"),
    ("today in focus andrew tate", "tif", r"andrew tate"),
    ("today in focus on ofsted", "tif", r"ofsted"),
    ("bombcast piranha plant", "bomb", r"piranha plant"),
    ("hipsters ponto tech sobre quarkus", "hip", r"quarkus"),
    ("pasajes de la historia sobre miguel servet", "pas", r"servet"),
    ("taverncast halloweekend 2010 shows", "tav", r"halloweekend 2010"),
    ("no agenda covid roulette", "na", r"covid roulette"),
    ("podcasting 2.0 hollywood episode", "p20", r"hollywood"),
    ("dw langsam gesprochene nachrichten 15.03.2022", "dw", r"15\.03\.2022"),
    ("slow german news from 9 march 2022", "dw", r"09\.03\.2022"),
    ("nachrichten vom 1. februar 2022", "dw", r"01\.02\.2022"),
    ("mike neumann show about rockets", "mike", r"rocket"),
]

# (question, podcast key or None, number, season or None)
NUMBER: list[tuple[str, str | None, int, int | None]] = [
    ("lex #372", "lex", 372, None),
    ("ep 369 of lex", "lex", 369, None),
    ("talk python #393", "tp", 393, None),
    ("talk python to me episode 281", "tp", 281, None),
    ("hibt #518", "hibt", 518, None),
    ("how i built this episode 433", "hibt", 433, None),
    ("se radio ep. 225", "se", 225, None),
    ("episode 159 of se radio", "se", 159, None),
    ("bombcast #553", "bomb", 553, None),
    ("giant bomb 444", "bomb", 444, None),
    ("no agenda #1387", "na", 1387, None),
    ("na 1377", "na", 1377, None),
    ("taverncast ep 47", "tav", 47, None),
    ("podcasting 2.0 ep. 42", "p20", 42, None),
    ("mike neumann episode 41", "mike", 41, None),
    ("s1 e20 mike neumann", "mike", 20, 1),
    ("taverncast 56", "tav", 56, None),
    ("tom segura episodio 14", "tom", 14, None),
    ("hipsters #346", "hip", 346, None),
    ("episodio 306 de hipsters", "hip", 306, None),
    ("making sense 294", "ms", 294, None),
    ("sam harris ep 267", "ms", 267, None),
    ("episode 1365", None, 1365, None),
]

# (question, podcast key or None, patterns over folded title+notes; "t:" = title only)
LATEST: list[tuple[str, str | None, tuple[str, ...]]] = [
    ("newest essential sam harris episode", "ms", ("t:essential sam harris",)),
    ("latest lex about bitcoin", "lex", ("t:bitcoin",)),
    ("most recent how i built resilience", "hibt", ("t:how i built resilience",)),
    ("latest talk python on data science", "tp", ("t:data science",)),
    ("newest go time about generics", "go", ("t:generic",)),
    ("latest js party about react", "js", ("t:react",)),
    ("newest se radio about devops", "se", ("t:devops",)),
    ("latest today in focus about covid", "tif", ("t:covid",)),
    ("most recent giant bomb at nite", "bomb", ("t:nite",)),
    ("latest hipsters deep dive", "hip", ("t:deep dive",)),
    ("newest taverncast on tap", "tav", ("t:on tap",)),
    ("newest mike neumann ep about spacex", "mike", ("spacex",)),
    ("latest tom segura with charo", "tom", ("t:charo",)),
    ("most recent lex with michael malice", "lex", ("t:michael malice",)),
    ("newest today in focus about the royals", "tif", (r"t:\bking|queen|royal|crown",)),
    ("last time sam had paul bloom on", "ms", ("paul bloom",)),
    ("the latest hibt with sam altman", "hibt", ("t:sam altman",)),
    ("hipsters: qual o techguide mais recente?", "hip", ("t:techguide",)),
    ("taverncast's last geekistry", "tav", ("t:geekistry",)),
]

SPANISH: Labelled = [
    (
        "el escritor británico que dejó la religión por el espiritismo",
        ["Arthur Conan Doyle"],
        ["espiritismo"],
    ),
    ("el autor del quijote", ["Miguel de Cervantes"], ["f:pas", "quijote"]),
    (
        "el teólogo que describió la circulación pulmonar",
        ["Miguel Servet"],
        ["circulacion pulmonar"],
    ),
    (
        "la guerra de franceses, ingleses e indios de 1775 a 1784",
        ["Revolución Norteamericana"],
        ["1775 hasta el 14 de enero de 1784"],
    ),
    ("el asedio de el álamo en texas", ["Pasajes de la historia: El Álamo"], ["f:pas", "t:alamo"]),
    (
        "el autor de la isla del tesoro",
        ["Pasajes de la historia: Robert Louis Balfour Stevenson"],
        ["isla del tesoro"],
    ),
    ("julio césar y el rubicón", ["Julio César"], ["f:pas", "t:^julio cesar"]),
    (
        "pasajes sobre leonardo da vinci",
        [
            "Pasajes de la historia: Leonardo Da Vinci",
            "Leonardo da Vinci contra Miguel Ángel Buonarroti",
        ],
        ["f:pas", "t:leonardo da vinci"],
    ),
    (
        "tom segura con la comediante karen goro",
        ['Ep. 18 con Karen "KG" Goro | Tom Segura En Español'],
        ["f:tom", "t:goro"],
    ),
    (
        "el de today in focus sobre el ataque de la ultraderecha a la democracia de brasil",
        ["How a far right assault on Brazil’s democracy failed"],
        ["t:brazil.s democracy"],
    ),
    (
        "el de lex con el explorador que vive en la selva amazónica",
        ["#369 – Paul Rosolie: Amazon Jungle, Uncontacted Tribes, Anacondas, and Ayahuasca"],
        ["f:lex", "t:amazon jungle"],
    ),
    (
        "¿hay un episodio de how i built this sobre agua de coco?",
        ["Vita Coco: Michael Kirban"],
        ["f:hibt", "t:vita coco"],
    ),
    (
        "el de talk python con el equipo de nascar",
        ["#281: Python in Car Racing"],
        ["f:tp", "nascar"],
    ),
    (
        "busco el de sam harris sobre la adicción y el fentanilo",
        ["#149 — The Problem of Addiction"],
        ["f:ms", "fentanyl"],
    ),
    (
        "cuál era el de wola sobre la represión en el salvador y las cuotas de arrestos",
        [WOLA_GRIM],
        ["arrest quotas"],
    ),
    (
        "el capítulo en que julián llega a la cuba de 1898 por la puerta 40",
        ["El Ministerio del Tiempo - Tiempo de valientes: capítulo 1"],
        ["puerta numero 40"],
    ),
    (
        "cuando julián recuerda su infancia y a sus compañeros de la patrulla",
        ["El Ministerio del Tiempo - Tiempo de valientes: capítulo 3"],
        ["companeros de la patrulla"],
    ),
]

PORTUGUESE: Labelled = [
    (
        "o ep com o daniel fink, diretor de relacionamento do icann",
        ["Internet, Domínios e ICANN – Hipsters Ponto Tech #346"],
        ["daniel fink"],
    ),
    (
        "analytics de produto",
        ["Product Analytics – Hipsters Ponto Tech #340"],
        ["t:product analytics"],
    ),
    (
        "o que as empresas fazem depois de contratar pra pessoa dev não ficar perdida",
        ["Onboarding de devs – Hipsters Ponto Tech #336"],
        ["nao deixar as pessoas contratadas perdidas"],
    ),
    (
        "aquele sobre a bolha dev no twitter com o sibelius",
        ["BolhaDev e Comunidade – Hipsters Ponto Tech #331"],
        ["sibelius seraphini"],
    ),
    (
        "engenharia e linhagem de dados",
        ["Engenharia e Linhagem de dados – Hipsters Ponto Tech #327"],
        ["t:linhagem de dados"],
    ),
    (
        "resultados da pesquisa anual do stack overflow",
        ["Pesquisa com Devs da Stackoverflow 2022 – Hipsters Ponto Tech #317"],
        ["t:stackoverflow 2022"],
    ),
    (
        "cloud e microsserviços no banco pan",
        ["Case Banco PAN: Cloud e Microsserviços – Hipsters Ponto Tech #306"],
        ["t:banco pan"],
    ),
    (
        "ux e ui no android com jetpack compose",
        ["Android Jetpack – Hipsters Ponto Tech #303"],
        ["t:jetpack"],
    ),
    (
        "falta de profissionais de tecnologia no mercado",
        [
            "Escassez de Profissionais de Tecnologia e um Manifesto para o Mercado – "
            "Hipsters Ponto Tech #293"
        ],
        ["t:escassez"],
    ),
    (
        "matrix: as máquinas vão ganhar?",
        ["Matrix: as máquinas vão vencer? – Hipsters Ponto Tech #283"],
        ["t:matrix"],
    ),
    (
        "carreira na área de dados",
        ["Carreira em Dados – Hipsters Ponto Tech #273"],
        ["t:carreira em dados"],
    ),
    (
        "aquele que pergunta se um dia você vai poder comprar o episódio",
        ["NFTs- Hipsters Ponto Tech #259"],
        ["comprar esse episodio"],
    ),
    (
        "qual foi o ep sobre a carteira digital de trânsito?",
        ["Flutter e Java no Serpro – Hipsters On The Road #59"],
        ["carteira digital de transito"],
    ),
    (
        "o do app de entrega de bebidas que bombou na pandemia",
        ["Python, GraphQL e Serverless no Zé Delivery – Hipsters On The Road #53"],
        ["entrega de bebidas"],
    ),
    (
        "testes e infraestrutura num dos bancos mais jovens do brasil",
        ["Testes sintéticos no C6 Bank – Hipsters On The Road #40"],
        ["bancos mais jovens do brasil"],
    ),
    (
        "tem algum com o diretor jurídico do google brasil?",
        ["LGPD: Lei Geral de Proteção de Dados – Hipsters #174"],
        ["diretor juridico do google brasil"],
    ),
    (
        "tem algum episódio do lex com o ex-cientologista?",
        ["#361 – Aaron Smith-Levin: Scientology"],
        ["f:lex", "former scientologist"],
    ),
    (
        "o how i built this da marca de protetor solar com o gorila",
        ["Sun Bum: Tom Rinks"],
        ["stone-faced gorilla"],
    ),
]

# (question, patterns that must be absent from every title and notes)
NONE: list[tuple[str, tuple[str, ...]]] = [
    # Latin America: places, people and events next to what WOLA covers
    ("honduras and the 2009 coup against zelaya", (r"zelaya",)),
    ("curaçao and the dutch caribbean", (r"curacao",)),
    ("chinese fishing fleets off the galápagos", (r"galapagos",)),
    ("the mapuche land conflict in southern chile", (r"mapuche",)),
    ("subcomandante marcos", (r"subcomandante",)),
    ("gang violence in tegucigalpa", (r"tegucigalpa",)),
    ("the el mozote massacre trial", (r"mozote",)),
    ("saint oscar romero, the archbishop", (r"oscar romero", r"monsenor")),
    ("peru pardoning alberto fujimori", (r"fujimori",)),
    ("the 1985 palace of justice siege in bogotá", (r"palace of justice", r"palacio de justicia")),
    ("rise and fall of the cali cartel", (r"cali cartel",)),
    ("guatemala's pacto de corruptos", (r"pacto de corruptos",)),
    ("narco subs carrying cocaine across the pacific", (r"narco.?sub", r"semi.submersible")),
    ("migrants stuck in tapachula", (r"tapachula",)),
    ("the chivo wallet flop", (r"chivo",)),
    ("riding la bestia north through mexico", (r"la bestia",)),
    ("marielle franco's murder in rio", (r"marielle",)),
    ("evo morales and the 2019 crisis", (r"evo morales",)),
    ("keiko fujimori's campaigns", (r"keiko",)),
    ("berta cáceres and the lenca dam fight", (r"berta caceres", r"lenca")),
    ("the falklands / malvinas war", (r"malvinas", r"falklands")),
    ("los somoza en nicaragua", (r"somoza",)),
    ("manuel noriega and the 1989 invasion", (r"noriega",)),
    ("trujillo's dictatorship in the dominican republic", (r"trujillo",)),
    ("stroessner's paraguay", (r"stroessner",)),
    ("allende and the 1973 coup", (r"allende", r"pinochet")),
    ("the bay of pigs", (r"bay of pigs",)),
    ("ecuador's president noboa declaring internal armed conflict", (r"noboa",)),
    ("odebrecht bribes across latin america", (r"odebrecht", r"lava jato")),
    ("amlo's mañaneras", (r"amlo", r"lopez obrador", r"mananera")),
    ("the 33 chilean miners trapped at copiapó", (r"copiapo", r"chilean miners")),
    ("el salar de uyuni en bolivia", (r"uyuni",)),
    ("ciudad juárez femicides", (r"juarez",)),
    (
        "barbados, mia mottley and the bridgetown initiative",
        (r"barbados", r"mottley", r"bridgetown"),
    ),
    ("itaipu dam between brazil and paraguay", (r"itaipu",)),
    ("the belo monte dam", (r"belo monte",)),
    ("kirchner corruption case in argentina", (r"kirchner",)),
    ("gabriel boric's government in chile", (r"boric",)),
    ("remesas que mandan los migrantes a guatemala", (r"remesas",)),
    ("el huachicol en méxico", (r"huachicol",)),
    # technologies next to the ones the shows cover
    ("litestar vs fastapi", (r"litestar",)),
    ("sqlc for type-safe go queries", (r"sqlc",)),
    ("templ components in go", (r"\btempl\b",)),
    ("the elm architecture", (r"\belm\b",)),
    ("google's lit element web components", (r"lit.element",)),
    ("ocaml 5 multicore effects", (r"ocaml 5",)),
    ("clickhouse for analytics", (r"clickhouse",)),
    ("tigerbeetle the financial database", (r"tigerbeetle",)),
    ("making games with the bevy engine in rust", (r"\bbevy\b",)),
    ("unreal engine 5 nanite", (r"unreal engine 5", r"nanite")),
    # people next to real guests, or guests of no show here
    ("lex with tim davis, chris lattner's modular cofounder", (r"tim davis",)),
    ("guy raz with reed hastings of netflix", (r"reed hastings",)),
    ("how i built this with the crocs founders", (r"\bcrocs\b",)),
    ("hibt on liquid death canned water", (r"liquid death",)),
    ("guy raz with oatly's ceo", (r"oatly",)),
    ("gymshark founder ben francis", (r"gymshark",)),
    ("lex fridman and satya nadella", (r"satya nadella",)),
    ("lex with larry page", (r"larry page",)),
    ("sam harris and steve wozniak", (r"steve wozniak", r"wozniak")),
    ("se radio with john ousterhout on a philosophy of software design", (r"ousterhout",)),
    ("talk python episode about ada lovelace", (r"ada lovelace",)),
    ("the one with margaret hamilton and the apollo code", (r"margaret hamilton",)),
    ("alan kay on smalltalk", (r"alan kay",)),
    ("tom segura en español con sebastián wainraich", (r"wainraich",)),
    # named podcasts with subjects they never covered
    ("bombcast on hi-fi rush", (r"hi-fi rush",)),
    ("giant bombcast on tears of the kingdom", (r"tears of the kingdom",)),
    ("bombcast talking helldivers 2", (r"helldivers",)),
    ("bombcast on cyberpunk 2077's launch", (r"cyberpunk 2077",)),
    ("disco elysium on the bombcast", (r"disco elysium",)),
    ("vampire survivors addiction ep", (r"vampire survivors",)),
    ("taverncast on the dragonflight expansion", (r"dragonflight",)),
    ("podcasting 2.0 on the podroll tag", (r"podroll",)),
    ("pasajes sobre hatshepsut la faraona", (r"hatshepsut",)),
    ("la batalla de ayacucho", (r"ayacucho",)),
    ("la peste negra en europa", (r"peste negra",)),
    ("el ministerio del tiempo con goya", (r"goya",)),
    ("dw nachrichten über die fußball-europameisterschaft", (r"europameisterschaft",)),
    ("today in focus on the greensill lobbying affair", (r"greensill",)),
    ("today in focus about hs2 being cut", (r"\bhs2\b",)),
    ("the ulez expansion row", (r"ulez",)),
    ("angela rayner's tax affairs", (r"angela rayner",)),
    ("the scottish deposit return scheme", (r"deposit return",)),
    ("the sinking of the moskva cruiser", (r"moskva",)),
    ("migrant boats reaching lampedusa", (r"lampedusa",)),
    ("the lionesses winning the euros", (r"lionesses",)),
    ("glastonbury festival lineup", (r"glastonbury",)),
    ("wimbledon final", (r"wimbledon",)),
    ("roger federer retiring", (r"roger federer", r"federer")),
    ("lebron breaking the scoring record", (r"lebron",)),
]

CHAT: list[str] = [
    "heyyy 👋 anyone home",
    "ty bot 🙏",
    "muchas gracias, crack",
    "valeu mesmo!",
    "mornin ☕",
    "gn all, see ya tomorrow",
    "omg you're fast",
    "is this thing a human or a bot",
    "bye bot",
    "buenas noches!",
    "wassup",
    "lmao",
    "tchau pessoal",
    "danke schön",
    "ok cool cool",
    "how's your day going?",
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
