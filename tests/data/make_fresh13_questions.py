"""Write issue 11's thirteenth fresh held-out set: ``questions_fresh13.jsonl``.

Run from the repository root with the shared feeds beside it::

    python tests/data/make_fresh13_questions.py [FEEDS_DIR]

It follows the twelfth set (``questions_fresh12.jsonl``) as the held-out set kept for the
round after. Its questions were written from the feeds alone (titles, notes, guests, dates,
episode numbers), never from the answering code or from what the bot answers, and the bot was
not run on them. They are worded by hand, in shapes and on episodes the earlier sets leave
out: How I Built This's 2016-2021 first runs, re-releases and Resilience conversations; Lex
Fridman's 2018-2022 guests named by what they do or by a misspelled name; Making Sense's
2014-2023 conversations and its Paul Bloom series; Talk Python's #43-#354; Go Time's 2016-2023
interviews and panels; JS Party's 2017-2023 shows; SE Radio's 2006-2014 episodes; Today in
Focus's 2022-2023 news; the Giant Bombcast's 2008-2019 shows; Hipsters' 2016-2023 episodes;
Taverncast's early shows. A latest question asks only where the newest match is the same by
title and by notes. The podcasts whose every episode an earlier set expects (the bundled feed,
No Agenda, the Mike Neumann Show, Podcasting 2.0, Tiempo de valientes, Tom Segura En Español
and Pasajes de la Historia) get one question each. No question is near one of the sixteen
earlier sets (the four first ones and fresh to fresh12, ``questions_fresh11.jsonl`` and
``questions_fresh12.jsonl`` among them).

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
from fresh_sets import FreshSet  # noqa: E402

OUT = HERE / "questions_fresh13.jsonl"
EARLIER = (
    *fresh.EARLIER,
    "questions_fresh.jsonl",
    "questions_fresh2.jsonl",
    "questions_fresh3.jsonl",
    "questions_fresh4.jsonl",
    "questions_fresh5.jsonl",
    "questions_fresh6.jsonl",
    "questions_fresh7.jsonl",
    "questions_fresh8.jsonl",
    "questions_fresh9.jsonl",
    "questions_fresh10.jsonl",
    "questions_fresh11.jsonl",
    "questions_fresh12.jsonl",
)
HEADER = (
    "Issue 11 thirteenth fresh held-out set (written by tests/data/make_fresh13_questions.py "
    "from the feeds; succeeds questions_fresh12.jsonl as the held-out set; never tune on it)"
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
        "founder whose weird online game flopped so he turned the tech into a photo site",
        ["Slack & Flickr: Stewart Butterfield"],
        ["f:hibt", "massively multiplayer"],
    ),
    (
        "the guy who pitched bill gates on letting people book their own trips",
        ["Expedia & Zillow: Rich Barton"],
        ["pitching bill gates"],
    ),
    (
        "ceo brought in to clean up the mavs after that sports illustrated story",
        ["How I Built Resilience: Cynt Marshall of Dallas Mavericks"],
        ["sports illustrated article"],
    ),
    (
        "her friend had twins and no time to cook for them so she started a baby food brand",
        ["Happy Family Organics: Shazi Visram (2020)", "Happy Family Organics: Shazi Visram"],
        ["mother of twins"],
    ),
    (
        "she sold homemade moisturizer at a church flea market",
        ["Carol's Daughter: Lisa Price (2018)", "Carol's Daughter: Lisa Price"],
        ["church flea market"],
    ),
    (
        "woke up after his first shave covered in razor bumps",
        [
            "Live Episode! Walker & Company: Tristan Walker (2019)",
            "Live Episode! Walker & Company: Tristan Walker",
        ],
        ["razor bumps"],
    ),
    (
        "the grocery guy whose first health food store was called safer way",
        ["Whole Foods Market: John Mackey (2018)", "Whole Foods Market: John Mackey"],
        ["safer way"],
    ),
    (
        "perfumer who learned face creams tagging along to her mum's skin clinic",
        ["Jo Loves: Jo Malone CBE (2020)", "Jo Loves: Jo Malone CBE"],
        ["skin care clinic"],
    ),
    (
        "designer who sold shoes out of a forty foot truck in midtown",
        ["Kenneth Cole: Kenneth Cole"],
        ["forty-foot truck"],
    ),
    (
        "the handbag idea that came from a chat at a mexican restaurant in 1991",
        [
            "Remembering Kate Spade",
            "Kate Spade: Kate & Andy Spade (2017)",
            "Kate Spade: Kate & Andy Spade",
        ],
        ["mexican restaurant"],
    ),
    (
        "lex with the economist who hosts conversations with tyler",
        ["#174 – Tyler Cowen: Economic Growth and the Fight Against Conformity and Mediocrity"],
        ["conversations with tyler"],
    ),
    (
        "lex with the guy who cofounded twitch and then did self driving",
        ["Kyle Vogt: Cruise Automation"],
        ["cruise and twitch"],
    ),
    (
        "both lex episodes with the guy who made keras",
        [
            "#120 – François Chollet: Measures of Intelligence",
            "François Chollet: Keras, Deep Learning, and the Progress of AI",
        ],
        ["creator of keras"],
    ),
    (
        "lex and the singularitynet founder",
        ["#103 – Ben Goertzel: Artificial General Intelligence"],
        ["singularitynet"],
    ),
    (
        "lex with the doctor who wrote the unseen body",
        ["#297 – Jonathan Reisman: The Human Body – From Sex & Sperm to Hands & Heart"],
        ["the unseen body"],
    ),
    (
        "lex with the cofounder of vicarious who used to be at numenta",
        ["#115 – Dileep George: Brain-Inspired AI"],
        ["vicarious", "numenta"],
    ),
    (
        "lex with the guy behind the adobe research lab, photoshop and all that",
        ["Gavin Miller: Adobe Research"],
        ["f:lex", "photoshop"],
    ),
    (
        "sam harris with charles murray about the bell curve controversy",
        ["#73 — Forbidden Knowledge"],
        ["f:ms", "bell curve"],
    ),
    (
        "sam and paul bloom talking about kobe bryant dying",
        ["#183 — A Conversation with Paul Bloom"],
        ["f:ms", "kobe bryant"],
    ),
    (
        "sam harris and paul bloom on westworld and empathy",
        ["#56 — Abusing Dolores"],
        ["f:ms", "westworld"],
    ),
    (
        "sam with lawrence wright about al qaeda and scientology",
        ["#61 — The Power of Belief"],
        ["f:ms", "scientology"],
    ),
    (
        "sam and david brooks about the road to character",
        ["#89 — On Becoming a Better Person"],
        ["the road to character"],
    ),
    (
        "sam harris with cass sunstein on choice architecture",
        ["#101 — Defending the Republic"],
        ["choice architecture"],
    ),
    (
        "sam harris guesting on rob reid's show",
        ['The "After On" Interview'],
        ["f:ms", "after on podcast"],
    ),
    (
        "the guardian pod where jessica glenza reports on women dying after roe",
        ["The women’s lives in danger in a post-Roe America"],
        ["jessica glenza", "supreme court ruling"],
    ),
    (
        "today in focus on putin's victory day speech",
        ["Putin’s dilemma: what is his next move in Ukraine?"],
        ["victory day speech"],
    ),
    (
        "talk python crossover with tobias macey's podcast",
        ["#68: Crossing the streams with Podcast.__init__"],
        ["tobias macey"],
    ),
    (
        "go time with blake mizerany coming over from ruby",
        ["Building a startup on Go"],
        ["blake mizerany"],
    ),
    (
        "go time where jeff lindsay talks workflow automation",
        ["Building Blocks"],
        ["workflow automation"],
    ),
    (
        "js party with paul bakaus from google web creators",
        ["For a more dope web!"],
        ["paul bakaus from google web creators"],
    ),
    (
        "js party taped in carlsbad with nick, suz, feross and kball",
        ["LIVE from JSConf!"],
        ["carlsbad"],
    ),
    (
        "the bombcast about the matrix online dying and sierra's history",
        ["Giant Bombcast 08-04-2009"],
        ["matrix online"],
    ),
    (
        "bombcast where will smith from tested sits in",
        ["Giant Bombcast 08-14-2012"],
        ["will smith from tested"],
    ),
    (
        "hipsters sobre o cine belas artes indo pro streaming",
        ["Streaming, Cinema e Produto – Hipsters Ponto Tech #218"],
        ["cine belas artes"],
    ),
]

LOOSE: Labelled = [
    (
        "wola pod on petro's total peace thing not working",
        [
            "“Simultaneously juggling nine processes at once”: Colombia’s “Total Peace” plan and "
            "mounting security challenges"
        ],
        ["t:total peace"],
    ),
    ("mike and dr tim, the farmer tim one", ["Farmer Tim"], ["f:mike", "t:farmer tim"]),
    (
        "that hibt with the rapper logic and his manager",
        ["Logic: Logic & Chris Zarou (2018)", "Logic: Logic & Chris Zarou"],
        ["t:chris zarou"],
    ),
    (
        "guy raz talking to the twitch streamer pokimane",
        ["How I Built Resilience: Pokimane"],
        ["t:pokimane"],
    ),
    (
        "the soulcycle founders on hibt",
        [
            "SoulCycle: Julie Rice & Elizabeth Cutler (2019)",
            "SoulCycle: Julie Rice & Elizabeth Cutler",
        ],
        ["t:soulcycle"],
    ),
    (
        "lex with the roomba company ceo",
        ["Colin Angle: iRobot"],
        ["t:colin angle"],
    ),
    (
        "lex and the amazon alexa scientist",
        ["Rohit Prasad: Amazon Alexa and Conversational AI"],
        ["t:amazon alexa"],
    ),
    (
        "lex's chat with the microsoft cto",
        ["Kevin Scott: Microsoft CTO"],
        ["t:microsoft cto"],
    ),
    (
        "sam's short one after the paris attacks",
        [
            "#20 — Still Sleepwalking Toward Armageddon",
            "#5 — After Charlie Hebdo and Other Thoughts",
        ],
        ["f:ms", "terrorist attacks in paris"],
    ),
    (
        "sam harris reflecting on his failed chomsky exchange",
        ["#9 — Final Thoughts On Chomsky"],
        ["f:ms", "t:chomsky"],
    ),
    (
        "sam reading the first chapter of waking up",
        ["#3 — WAKING UP — Chapter One"],
        ["t:waking up — chapter"],
    ),
    (
        "talk python's 2018 year in review",
        [
            "#192: Python Year in Review 2018 Edition",
            "#193: Data Science Year in Review 2018 Edition",
        ],
        ["t:year in review 2018"],
    ),
    (
        "talk python where they look back at pycon 2017's best talks",
        ["#116: 10 top talks of PyCon 2017 reviewed"],
        ["t:pycon 2017"],
    ),
    (
        "talk python about python devs in their retirement years",
        ["#112: Geeking out in the golden years"],
        ["t:golden years"],
    ),
    (
        "go time with the go developer survey results from 2016",
        ["Go Developer Survey"],
        ["t:go developer survey"],
    ),
    (
        "go time with ramya rao about vs code",
        ["Adventures in VS Code", "Code editors and language servers"],
        ["f:go", "vs code", "ramya"],
    ),
    (
        "go time on conferences not being diverse enough",
        ["Diversity at conferences"],
        ["t:diversity at conferences"],
    ),
    (
        "go time about when go projects grow into a mess",
        ["What to do when projects get big and messy"],
        ["t:big and messy"],
    ),
    (
        "when js party finally launched their family feud ripoff game show",
        ["Frontend Feud"],
        ["family feud"],
    ),
    (
        "js party about saying no to people",
        ["When (and how) to say NO"],
        ["t:say no"],
    ),
    (
        "js party on whether the js tooling is too much now",
        ["Is modern JS tooling too complicated?"],
        ["t:tooling too complicated"],
    ),
    (
        "se radio's 2008 about us show",
        ["Episode 111: About Us 2008"],
        ["t:about us 2008"],
    ),
    (
        "the se radio intro to embedded systems",
        ["Episode 65: Introduction to Embedded Systems"],
        ["t:embedded systems"],
    ),
    (
        "today in focus on the uk heading into recession in 2022",
        ["Is the UK heading for a recession?"],
        ["t:heading for a recession"],
    ),
    (
        "tif on the homes for ukraine refugee scheme",
        ["Is Britain’s Homes for Ukraine scheme working?"],
        ["t:homes for ukraine"],
    ),
    (
        "the guardian one about the 100 day mark of the ukraine war",
        ["100 days of war in Ukraine"],
        ["t:100 days of war"],
    ),
    (
        "tif on the fox news defamation lawsuit and murdoch",
        ["Rupert Murdoch and the lawsuit blowing open Fox News"],
        ["t:lawsuit blowing open"],
    ),
    (
        "tif on the nurses billed for leaving the nhs",
        ["The nurses getting huge bills for quitting the NHS"],
        ["t:huge bills"],
    ),
    (
        "guardian podcast on abuse of models",
        ["Abuse in the modelling industry"],
        ["t:modelling industry"],
    ),
    (
        "tif on people dying from drinking during lockdown",
        ["The deadly consequences of Britain’s lockdown drinking"],
        ["t:lockdown drinking"],
    ),
    (
        "today in focus about rowdy theatre audiences",
        ["Why are British audiences suddenly so out of control?"],
        ["t:british audiences"],
    ),
    (
        "tif on young people leaving the universal church",
        ["The young people speaking out against the Universal Church of the Kingdom of God"],
        ["t:universal church"],
    ),
    (
        "se radio's episode about the patterns journal",
        ["Episode 76: Special Episode on the Patterns Journal"],
        ["t:patterns journal"],
    ),
    (
        "se radio on agile documentation",
        ["Episode 31: Agile Documentation"],
        ["t:agile documentation"],
    ),
    (
        "se radio continuous delivery on windows",
        ["Episode 211: Continuous Delivery on Windows with Rachel Laycock and Max Lincoln"],
        ["t:continuous delivery on windows"],
    ),
    (
        "se radio looking back on ten years of agile",
        ["Episode 103: 10 years of Agile Experiences"],
        ["t:10 years of agile"],
    ),
    (
        "go time on go 2 and where go is headed",
        ["Go 2 and the future of Go"],
        ["t:go 2 and the future"],
    ),
    (
        "go time about hiring and job interviews",
        ["Hiring and job interviews"],
        ["t:hiring and job interviews"],
    ),
    (
        "go time on how to organise go code",
        ["Go code organization best practices"],
        ["t:code organization"],
    ),
    (
        "js party asking for clips for the 200th episode",
        ["Help make episode 200 extra special!"],
        ["f:js", "t:episode 200"],
    ),
    (
        "js party coffee talk with nick and kball",
        ['Nick & KBall\'s "Coffee Talk"'],
        ["t:coffee talk"],
    ),
    (
        "talk python with the steering council looking back on 2021",
        ["#350: Python Steering Council 2021 Retrospective"],
        ["t:steering council 2021"],
    ),
    (
        "talk python about scaling python to thousands of cores",
        ["#60: Scaling Python to 1000's of cores with Ufora"],
        ["t:ufora"],
    ),
    (
        "the bombcast where jared rea visits to talk about evo",
        ["Giant Bombcast 08-11-2009"],
        ["jared rea", "evo"],
    ),
]

# (question, expected titles, evidence, misspelled?)
GUEST: list[tuple[str, list[str], list[str], bool]] = [
    (
        "franco escamila",
        ["Ep. 10 con Franco Escamilla | Tom Segura En Español"],
        ["t:franco escamilla"],
        True,
    ),
    (
        "stewart butterfeild",
        [
            "How I Built Resilience: Live with Stewart Butterfield and Steve Holmes",
            "Live From The HIBT Summit: Stewart Butterfield",
            "Slack & Flickr: Stewart Butterfield",
        ],
        ["f:hibt", "t:butterfield"],
        True,
    ),
    ("alexa von tobal", ["LearnVest: Alexa von Tobel"], ["t:von tobel"], True),
    (
        "eileen fischer",
        ["Eileen Fisher: Eileen Fisher", "Eileen Fisher: Eileen Fisher (2017)"],
        ["t:eileen fisher"],
        True,
    ),
    (
        "troy cartor",
        [
            "How I Built Resilience: Live with Troy Carter",
            "How I Built Resilience: Troy Carter of Q&A (June, 2020)",
            "Lady Gaga & Atom Factory: Troy Carter",
            "Lady Gaga & Atom Factory: Troy Carter (2018)",
            "Live From The HIBT Summit: Troy Carter",
        ],
        ["f:hibt", "t:troy carter"],
        True,
    ),
    (
        "jeremy stopelman yelp",
        ["How I Built Resilience: Jeremy Stoppelman of Yelp", "Yelp: Jeremy Stoppelman"],
        ["t:stoppelman"],
        True,
    ),
    (
        "simon sineck",
        [
            "#82 – Simon Sinek: Leadership, Hard Work, Optimism and the Infinite Game",
            "How I Built Resilience: Live with Simon Sinek",
        ],
        ["t:simon sinek"],
        True,
    ),
    (
        "juergen schmidhueber",
        ["Juergen Schmidhuber: Godel Machines, Meta-Learning, and LSTMs"],
        ["t:schmidhuber"],
        True,
    ),
    (
        "paola arlota",
        ["Paola Arlotta: Brain Development from Stem Cell to Organoid"],
        ["t:arlotta"],
        True,
    ),
    (
        "regina barzilai",
        ["Regina Barzilay: Deep Learning for Cancer Diagnosis and Treatment"],
        ["t:barzilay"],
        True,
    ),
    ("cristof koch", ["Christof Koch: Consciousness"], ["f:lex", "t:christof koch"], True),
    (
        "marcus huter",
        ["#75 – Marcus Hutter: Universal Artificial Intelligence, AIXI, and AGI"],
        ["t:marcus hutter"],
        True,
    ),
    (
        "michael kearnes",
        ["Michael Kearns: Algorithmic Fairness, Bias, Privacy, and Ethics in Machine Learning"],
        ["t:michael kearns"],
        True,
    ),
    (
        "jay mcclellan",
        ["#222 – Jay McClelland: Neural Networks and the Emergence of Cognition"],
        ["t:mcclelland"],
        True,
    ),
    ("martie hasselton", ["#135 — Navigating Sex and Gender"], ["martie haselton"], True),
    (
        "juliette kayem",
        ["#36 — What Makes Us Safer?", "#76 — The Path to Impeachment"],
        ["kayyem"],
        True,
    ),
    ("dragos manolescu", ["Episode 48: Interview Dragos Manolescua"], ["f:se", "manolescu"], False),
    (
        "jeff de luca feature driven",
        ["Episode 83: Jeff DeLuca on Feature Driven Development"],
        ["f:se", "jeff deluca"],
        True,
    ),
]

HOST_GUEST: Labelled = [
    (
        "guy raz with kevin hart",
        ["How I Built Resilience: Live with Kevin Hart"],
        ["f:hibt", "t:kevin hart"],
    ),
    (
        "guy raz and governor deval patrick",
        ["How I Built Resilience: Live with Deval Patrick"],
        ["f:hibt", "t:deval patrick"],
    ),
    (
        "guy raz w/ m. night shyamalan",
        ["How I Built Resilience: M. Night Shyamalan"],
        ["f:hibt", "t:shyamalan"],
    ),
    (
        "guy raz talking with samin nosrat",
        ["How I Built Resilience: Live with Samin Nosrat and Alice Waters & Fanny Singer"],
        ["f:hibt", "t:samin nosrat"],
    ),
    (
        "guy raz & julia hartz",
        ["Eventbrite: Julia Hartz", "How I Built Resilience: Live with Julia Hartz"],
        ["f:hibt", "t:julia hartz"],
    ),
    (
        "lex fridman and daniel kahneman",
        ["Daniel Kahneman: Thinking Fast and Slow, Deep Learning, and AI"],
        ["f:lex", "t:kahneman"],
    ),
    (
        "lex with peter norvig",
        ["Peter Norvig: Artificial Intelligence: A Modern Approach"],
        ["f:lex", "t:norvig"],
    ),
    (
        "lex fridman & gary marcus",
        ["Gary Marcus: Toward a Hybrid of Deep Learning and Symbolic AI"],
        ["f:lex", "t:gary marcus"],
    ),
    (
        "lex and stephen kotkin",
        [
            "#289 – Stephen Kotkin: Putin, Zelenskyy, and War in Ukraine",
            "Stephen Kotkin: Stalin, Putin, and the Nature of Power",
        ],
        ["f:lex", "t:kotkin"],
    ),
    (
        "sam harris and peter attia",
        ["The Drive Interview with Peter Attia"],
        ["f:ms", "peter attia"],
    ),
    (
        "sam harris w/ ian bremmer",
        [
            "#133 — Globalism on the Brink",
            "#277 — How Does the War in Ukraine End?",
            "#288 — The End of Global Order",
        ],
        ["f:ms", "ian bremmer"],
    ),
    (
        "sam harris & scott galloway",
        [
            "#189 — Wealth & Happiness",
            "Making Sense of Death | Episode 9 of The Essential Sam Harris",
        ],
        ["f:ms", "scott galloway"],
    ),
    (
        "sam and jerry coyne",
        [
            "#10 — Faith vs. Fact",
            "Making Sense of Free Will | Episode 5 of The Essential Sam Harris",
        ],
        ["f:ms", "jerry coyne"],
    ),
    (
        "sam harris talking with shadi hamid",
        ["#55 — Islamism vs Secularism"],
        ["f:ms", "speaks with shadi hamid"],
    ),
    ("mat ryer with kemal akkoyun", ["Making Go more efficient"], ["f:go", "kemal akkoyun"]),
    (
        "adam and jerod catching up with suz at oscon",
        ["Behind the party with Suz at OSCON"],
        ["f:js", "t:suz at oscon"],
    ),
    (
        "michael kennedy with william stein",
        ["#273: CoCalc: A fully colloborative notebook development environment"],
        ["f:tp", "william stein"],
    ),
    (
        "markus with juha-pekka tolvanen",
        ["Episode 119: DSLs in Practice with JP Tolvanen"],
        ["f:se", "juha-pekka tolvanen"],
    ),
]

# (question, expected titles, title pattern)
TITLE_TYPO: list[tuple[str, list[str], str]] = [
    ("fully taged and noded", ["Episode 53: Fully Tagged and Noded"], r"fully tagged and noded"),
    (
        "crossing the streems",
        ["#68: Crossing the streams with Podcast.__init__"],
        r"crossing the streams",
    ),
    (
        "pythonic identitiy",
        ["#292: Pythonic identity (auth in Python ecosystem)"],
        r"pythonic identity",
    ),
    (
        "30 amazing pyhton projects",
        ["#181: 30 amazing Python projects"],
        r"30 amazing python projects",
    ),
    (
        "your education will be livestreamed",
        ["#242: Your education will be live-streamed"],
        r"education will be live-streamed",
    ),
    (
        "what scientfic computing can learn from cs",
        ["#252: What scientific computing can learn from CS"],
        r"scientific computing can learn",
    ),
    ("bugs are in teh air", ["Bugs are in the air"], r"bugs are in the air"),
    (
        "to build or to buy thats the question",
        ["To build, or to buy, that is the question"],
        r"to build, or to buy",
    ),
    (
        "answering questions for the go curious",
        ["Answering questions for the Go-curious"],
        r"go-curious",
    ),
    (
        "serverless we dont need no stinking servers",
        ["Serverless? We don’t need no stinkin’ SERVERS"],
        r"stinkin",
    ),
    ("ohh caching", ["Ohhh! Caching!!"], r"ohhh! caching"),
    ("refactoring scrip soup", ["Refactoring script soup"], r"script soup"),
    ("contents is queen", ["Content is QUEEN 👑"], r"content is queen"),
    (
        "still sleepwalking towards armageddon",
        ["#20 — Still Sleepwalking Toward Armageddon"],
        r"sleepwalking toward armageddon",
    ),
    ("amongst the deplorables", ["#172 — Among the Deplorables"], r"among the deplorables"),
    ("the revenge of histroy", ["#160 — The Revenge of History"], r"revenge of history"),
    ("globalism on the brinck", ["#133 — Globalism on the Brink"], r"globalism on the brink"),
    (
        "the fight agianst conformity and mediocrity",
        ["#174 – Tyler Cowen: Economic Growth and the Fight Against Conformity and Mediocrity"],
        r"fight against conformity",
    ),
    (
        "godel machines meta learning and lstms",
        ["Juergen Schmidhuber: Godel Machines, Meta-Learning, and LSTMs"],
        r"godel machines",
    ),
    (
        "the carbon bombs set to blow up climate pledges",
        ["The ‘carbon bombs’ set to blow up the world’s climate pledges"],
        r"carbon bombs",
    ),
    (
        "who you gonna call edition",
        ["Giant Bombcast Who You Gonna Call? Edition"],
        r"who you gonna call",
    ),
    ("the huge dudez", ["Giant Bombcast 499: The Huge Dudes"], r"the huge dudes"),
    ("cornfights dot com", ["Giant Bombcast 506: CornFights.com"], r"cornfights"),
    ("six on the fase", ["Giant Bombcast 581: Six on the Face"], r"six on the face"),
    (
        "vida carreira e perengues no exterior",
        ["Vida, Carreira e Perrengues no Exterior – Hipsters #138"],
        r"perrengues no exterior",
    ),
    ("police use nunchucks", ["Giant Bombcast 529: POLICE USE NUNCHAKU"], r"police use nunchaku"),
    (
        "twelve deaths a year mostly by heatstroke",
        ["Giant Bombcast 478: Twelve Deaths a Year, Mostly by Heat Stroke"],
        r"mostly by heat stroke",
    ),
    ("enter kirnkatere", ["Taverncast 2: Enter Kirnkaterre"], r"kirnkaterre"),
]

# (question, podcast key, subject pattern over folded titles)
PODCAST: list[tuple[str, str, str]] = [
    ("hibt on impossible foods", "hibt", r"impossible foods"),
    ("how i built this dollar shave club", "hibt", r"dollar shave"),
    ("guy raz on morning brew", "hibt", r"morning brew"),
    ("lex fridman on waymo", "lex", r"waymo"),
    ("lex on algorithmic fairness", "lex", r"algorithmic fairness"),
    ("lex ep on ai: a modern approach", "lex", r"modern approach"),
    ("making sense on #metoo", "ms", r"#metoo"),
    ("sam harris podcast on islamism", "ms", r"islamism"),
    ("talk python on curio", "tp", r"curio"),
    ("talk python mongodb design patterns", "tp", r"mongodb applied"),
    ("talk python climate science", "tp", r"climate science"),
    ("talk python on myst and sphinx docs", "tp", r"\bmyst\b"),
    ("talk python quantum computing", "tp", r"quantum computing"),
    ("go time on gopherize.me", "go", r"gopherize"),
    ("go time about goland", "go", r"goland"),
    ("go time about loggregator", "go", r"loggregator"),
    ("js party on n-api", "js", r"n-api"),
    ("js party on the esm loader", "js", r"esm loader"),
    ("se radio on product line engineering", "se", r"product line engineering"),
    ("se radio on remoting", "se", r"remoting"),
    ("today in focus on dominic raab", "tif", r"raab"),
    ("tif on voter id laws", "tif", r"voter id"),
    ("today in focus about long covid", "tif", r"long covid"),
    ("hipsters sobre microfrontends", "hip", r"microfrontends"),
    ("hipsters on growth hacking", "hip", r"growth hacking"),
    ("taverncast on the dark portal", "tav", r"dark portal"),
    ("giant bomb's day 3 live broadcast from e3 2015", "bomb", r"e3 2015: giant bomb's day 3"),
    ("dw langsam gesprochene nachrichten 18.01.2022", "dw", r"18\.01\.2022"),
    ("slow german news from 7 feb 2022", "dw", r"07\.02\.2022"),
]

# (question, podcast key or None, episode number, season)
NUMBER: list[tuple[str, str | None, int, int | None]] = [
    ("how i built this episode 9", "hibt", 9, None),
    ("hibt #24 who was that", "hibt", 24, None),
    ("guy raz ep 31", "hibt", 31, None),
    ("lex #222", "lex", 222, None),
    ("lex fridman episode 171 pls", "lex", 171, None),
    ("lex pod 75", "lex", 75, None),
    ("making sense #40", "ms", 40, None),
    ("sam harris ep 172", "ms", 172, None),
    ("talk python #54", "tp", 54, None),
    ("talk python episode 166 link", "tp", 166, None),
    ("tp 195?", "tp", 195, None),
    ("se radio #147", "se", 147, None),
    ("software engineering radio episode 163", "se", 163, None),
    ("hipsters #145", "hip", 145, None),
    ("hipsters ponto tech episódio 322", "hip", 322, None),
    ("taverncast episode 32", "tav", 32, None),
    ("taverncast ep 25 what was it", "tav", 25, None),
    ("no agenda ep 1393, the anniversary one", "na", 1393, None),
    ("giant bombcast 542", "bomb", 542, None),
    ("bombcast ep 458", "bomb", 458, None),
]

# (question, podcast key or None, patterns the episode must match)
LATEST: list[tuple[str, str | None, list[str]]] = [
    ("latest how i built resilience episode", "hibt", ["t:resilience"]),
    ("go time's newest on wasm", "go", ["t:wasm"]),
    ("newest today in focus about the labour party", "tif", ["t:labour"]),
    ("sam harris's newest ask me anything", "ms", ["t:ask me anything"]),
    ("latest talk python on async", "tp", ["t:async"]),
    ("newest tp on fastapi", "tp", ["t:fastapi"]),
    ("talk python latest on machine learning", "tp", ["t:machine learning"]),
    ("today in focus most recent on covid", "tif", ["t:covid"]),
    ("tif's latest about china", "tif", ["t:china"]),
    ("newest hipsters on kotlin", "hip", ["t:kotlin"]),
    ("se radio's latest architecture part", "se", ["t:architecture"]),
    ("hipsters mais recente sobre games", "hip", ["t:games"]),
    ("tif's latest about putin", "tif", ["t:putin"]),
    ("hipsters mais recente sobre carreira", "hip", ["t:carreira"]),
    ("o hipsters deep dive mais recente", "hip", ["t:deep dive"]),
    ("newest bombcast game of the year deliberations", "bomb", ["t:deliberations"]),
    ("taverncast's most recent lost shows", "tav", ["t:lost shows"]),
]

SPANISH: Labelled = [
    (
        "el capítulo de tiempo de valientes donde julián llega a la cuba del 98",
        ["El Ministerio del Tiempo - Tiempo de valientes: capítulo 1"],
        ["f:rtve", "cuba del"],
    ),
    ("pasajes de la historia sobre caterina sforza", ["Caterina Sforza"], ["t:sforza"]),
    (
        "el de how i built this con el fundador de starbucks",
        ["Live Episode! Starbucks: Howard Schultz"],
        ["f:hibt", "t:starbucks"],
    ),
    (
        "how i built this sobre toms, los zapatos que regalan un par",
        ["TOMS: Blake Mycoskie", "TOMS: Blake Mycoskie (2019)"],
        ["t:toms"],
    ),
    (
        "el episodio de guy raz sobre reddit",
        ["Live Episode! Reddit: Alexis Ohanian & Steve Huffman"],
        ["f:hibt", "t:reddit"],
    ),
    (
        "lex sobre la búsqueda de vida en otros planetas con sara seager",
        ["#116 – Sara Seager: Search for Planets and Life Outside Our Solar System"],
        ["t:sara seager"],
    ),
    (
        "lex con el luchador de jiu jitsu ryan hall",
        [
            "#125 – Ryan Hall: Martial Arts and the Philosophy of Violence, Power, and Grace",
            "#169 – Ryan Hall: Solving Martial Arts from First Principles",
        ],
        ["t:ryan hall"],
    ),
    (
        "sam harris hablando de la muerte con frank ostaseski",
        [
            "#104 — The Lessons of Death",
            "Making Sense of Death | Episode 9 of The Essential Sam Harris",
        ],
        ["f:ms", "ostaseski"],
    ),
    (
        "la meditación guiada de 26 minutos de sam harris",
        ["Looking for the Self (26 Minutes)"],
        ["t:26 minutes"],
    ),
    (
        "talk python sobre python en las finanzas",
        ["#120: Python in Finance"],
        ["t:python in finance"],
    ),
    (
        "talk python sobre enseñar python a ingenieros de redes",
        ["#175: Teaching Python to network engineers"],
        ["t:network engineers"],
    ),
    (
        "go time sobre contratar desarrolladores junior",
        ["Hiring and nurturing junior developers"],
        ["t:junior developers"],
    ),
    ("go time sobre desarrollo web con go", ["Web development in Go"], ["t:web development in go"]),
    (
        "js party sobre la ia generativa para programadores",
        ["Generative AI for devs"],
        ["t:generative ai for devs"],
    ),
    (
        "se radio sobre arquitectura empresarial",
        ["Episode 34: Enterprise Architecture", "Episode 74: Enterprise Architecture II"],
        ["t:enterprise architecture"],
    ),
    (
        "today in focus sobre la industria de las armas en estados unidos",
        ["Inside the US gun industry"],
        ["t:gun industry"],
    ),
    (
        "today in focus sobre el jubileo de platino de la reina",
        ["The Queen’s platinum jubilee and the future of the monarchy"],
        ["t:platinum jubilee"],
    ),
    (
        "el bombcast del tokyo game show de 2008",
        ["Giant Bombcast 10-09-2008", "Giant Bombcast 10-10-2008"],
        ["f:bomb", "2008 tokyo game show"],
    ),
]

PORTUGUESE: Labelled = [
    (
        "hipsters sobre single page applications",
        ["Single Page Applications – Hipsters #16"],
        ["t:single page"],
    ),
    (
        "hipsters sobre back-end for front-end",
        ["Back-end for Front-end – Hipsters #202"],
        ["t:back-end for front-end"],
    ),
    (
        "o hipsters das histórias de black friday",
        [
            "Histórias de Black Friday 3 – Hipsters #228",
            "Histórias de Black Friday 4 – Hipsters Ponto Tech #280",
            "Histórias de Black Friday – Hipsters #123",
            "Histórias de Black Friday, featuring JovemNerd, Azaghal e Guga – Hipsters #176",
            "Histórias de Black Friday: Alura – Hipsters Ponto Tech #332",
        ],
        ["t:historias de black friday"],
    ),
    (
        "hipsters sobre investimentos com inteligência artificial",
        ["Investimentos e inteligência artificial – Hipsters Ponto Tech #251"],
        ["t:investimentos e inteligencia"],
    ),
    (
        "hipsters sobre práticas de orientação a objetos",
        [
            "Práticas de Orientação a Objetos – Hipsters #129",
            "TechGuide: Orientação a Objetos – Hipsters Ponto Tech #350",
        ],
        ["t:orientacao a objetos"],
    ),
    (
        "hipsters sobre as tecnologias do mercadolivre",
        ["Tecnologias no MercadoLivre – Hipsters Ponto Tech #145"],
        ["t:mercadolivre"],
    ),
    (
        "hipsters sobre segurança da informação",
        [
            "Segurança da Informação – Hipsters Ponto Tech #262",
            "Segurança da Informação: muito além do Telegram – Hipsters #159",
        ],
        ["t:seguranca da informacao"],
    ),
    (
        "hipsters sobre assistentes de voz e futuro sem telas",
        ["Assistentes de voz: Futuro sem telas? – Hipsters Ponto Tech #146"],
        ["t:assistentes de voz"],
    ),
    (
        "hipsters sobre big data, pra que serve afinal",
        ["Big Data e Data Science: pra quê afinal? – Hipsters #73"],
        ["t:big data e data science"],
    ),
    (
        "hipsters sobre pesquisa com o usuário em ux",
        ["UX: Pesquisa com o Usuário – Hipsters #44"],
        ["t:pesquisa com o usuario"],
    ),
    (
        "hipsters fora de controle sobre plugins no chatgpt",
        [
            "Plugins no ChatGPT, IA constitucional e machine learning ético – "
            "Hipsters: Fora de Controle #06"
        ],
        ["t:plugins no chatgpt"],
    ),
    (
        "o hipsters do dia do programador com o techguide",
        ["Techguide e Dev em T – Hipsters Ponto Tech #322"],
        ["t:dev em t"],
    ),
    (
        "hipsters on the road no grupo zap",
        ["Data Science, Engenharia, Design e Produto no Grupo Zap – Hipsters On The Road #08"],
        ["t:grupo zap"],
    ),
    (
        "lex com o andrew huberman sobre desempenho",
        ["#139 – Andrew Huberman: Neuroscience of Optimal Performance"],
        ["f:lex", "t:optimal performance"],
    ),
    (
        "talk python sobre machine learning na astronomia",
        ["#81: Python and Machine Learning in Astronomy"],
        ["t:machine learning in astronomy"],
    ),
    (
        "today in focus sobre a queda das criptomoedas",
        ["Understanding the cryptocurrency crash"],
        ["t:cryptocurrency crash"],
    ),
    (
        "sam harris conversando com o jonathan haidt",
        [
            "#137 — Safe Space",
            "#204 — A Conversation with Jonathan Haidt",
            "#31 — Evolving Minds",
            "Making Sense of Foundations of Morality | Episode 3 of The Essential Sam Harris",
            "Making Sense of Social Media and the Information Landscape | Episode 8 of The "
            "Essential Sam Harris",
        ],
        ["f:ms", "jonathan haidt"],
    ),
]

NONE: list[tuple[str, tuple[str, ...]]] = [
    # Places, events, technologies and people near what the shows cover, and subjects
    # named with a podcast that never covered them; each pattern is in no title or notes.
    ("wola on haiti's gang boss cherizier", ("cherizier",)),
    ("anything on the prison massacres in guayaquil, ecuador", ("guayaquil",)),
    ("bolivia and argentina's lithium triangle", ("lithium triangle",)),
    ("peru's pedro castillo trying to dissolve congress", ("pedro castillo",)),
    ("milei and his chainsaw plan for argentina", ("milei",)),
    ("the chinese plan for a nicaragua canal", ("nicaragua canal",)),
    ("belize's barrier reef", ("belize",)),
    ("deforestation in paraguay's gran chaco", ("gran chaco",)),
    ("brazil's lava jato petrobras scandal", ("lava jato", "petrobras")),
    ("the tupac amaru rebellion", ("tupac amaru",)),
    ("the los zetas cartel in tamaulipas", ("zetas", "tamaulipas")),
    ("reviving the nahuatl language", ("nahuatl",)),
    ("lula's bolsa familia program", ("bolsa familia",)),
    ("the atacama desert telescopes in chile", ("atacama desert", "telescopes in chile")),
    ("the wixarika peyote pilgrimage", ("wixarika", "huichol")),
    ("malbec vineyards in mendoza", ("mendoza", "malbec")),
    ("the southern patagonian ice field", ("ice field", "campo de hielo")),
    ("se radio about the zig programming language", ("\\bzig\\b",)),
    ("lex with the footballer lionel messi", ("messi\\b",)),
    ("lex with carlo rovelli about loop quantum gravity", ("rovelli",)),
    ("lex interviewing dua lipa", ("dua lipa",)),
    ("making sense with naval ravikant", ("naval ravikant",)),
    ("today in focus on the titan submersible implosion", ("titan submersible", "oceangate")),
    ("bombcast talking elden ring", ("elden ring",)),
    ("taverncast on warlords of draenor", ("draenor",)),
    ("taverncast on the icecrown citadel raid", ("icecrown",)),
    ("¿hay episodio sobre la dictadura de trujillo?", ("trujillo",)),
    ("¿algo sobre el bogotazo de 1948?", ("bogotazo",)),
    ("¿alguien habló de la guerra del pacífico entre chile y perú?", ("guerra del pacifico",)),
    ("tem episódio sobre o massacre do carandiru?", ("carandiru",)),
    ("tem podcast sobre a copa de 2014 e o 7 a 1?", ("copa de 2014", "7 a 1\\b")),
    ("alguém falou do ai-5 na ditadura?", ("ai-5",)),
    ("tem episódio sobre santos dumont e o 14-bis?", ("santos dumont", "14-bis")),
    ("¿hay algo sobre los colectivos chavistas?", ("colectivos",)),
    ("¿algo sobre la frontera de cúcuta y los migrantes?", ("cucuta",)),
    ("tif about the hong kong security law", ("hong kong",)),
    ("hibt with the oatly oat milk people", ("oatly",)),
    ("the paraguayan harp and guarania music", ("paraguayan harp", "guarania")),
    ("the sandino rebellion against the us marines", ("sandino",)),
    ("puerto rico's hurricane maria aftermath", ("hurricane maria",)),
    ("js party about the biome linter", ("\\bbiome\\b",)),
    ("lex with the climber alex honnold", ("honnold",)),
    ("lex with the chef anthony bourdain", ("bourdain",)),
    ("taverncast about the scourge invasion event", ("scourge invasion",)),
    ("mike and dr tim on the total eclipse in texas", ("total eclipse",)),
    ("¿hay algo sobre la revolución de los claveles?", ("claveles",)),
    ("tem episódio sobre a revolta da vacina?", ("revolta da vacina",)),
    ("the resplendent quetzal bird of guatemala", ("quetzal",)),
    ("the nazca lines in the desert", ("nazca",)),
    ("bolivia's salar de uyuni salt flats", ("uyuni",)),
    ("medellin's metrocable gondolas", ("metrocable",)),
    ("the mennonite colonies in paraguay's chaco", ("mennonite",)),
    ("quilombo communities in brazil", ("quilombo",)),
    ("the yanomami health emergency", ("yanomami",)),
    ("the cenotes of the yucatan", ("cenote",)),
    ("allende's cybersyn project", ("cybersyn",)),
    ("mexico's huachicol fuel theft", ("huachicol",)),
    ("rio's samba schools at carnaval", ("samba school", "escola de samba")),
    ("lake atitlan in guatemala", ("atitlan",)),
    ("venezuela's orinoco mining arc", ("arco minero", "orinoco")),
    ("toussaint louverture and the haitian revolution", ("toussaint",)),
    ("people crossing the darién jungle on foot", ("darien",)),
    ("the sinking of the general belgrano", ("belgrano",)),
    ("the banana massacre in colombia, 1928", ("banana massacre", "masacre de las bananeras")),
    ("the lima oil spill by repsol", ("repsol",)),
    ("se radio on the crowdstrike outage", ("crowdstrike",)),
    ("se radio about the xz backdoor", ("xz utils", "xz backdoor")),
    ("go time on the wazero webassembly runtime", ("wazero",)),
    ("js party on the oxc toolchain", ("\\boxc\\b",)),
    ("lex with thomas piketty on inequality", ("piketty",)),
    ("lex with the chess champion judit polgar", ("polgar",)),
    ("hibt with the founder of mercadolibre, marcos galperin", ("galperin",)),
    ("bombcast on the palworld craze", ("palworld",)),
    ("taverncast on the ulduar raid", ("ulduar",)),
    ("taverncast on the zul'gurub troll raid", ("zul'gurub", "zulgurub")),
    ("podcasting 2.0 on youtube shutting down its podcast app", ("youtube podcasts",)),
    ("dw nachrichten über das heizungsgesetz", ("heizungsgesetz",)),
    ("¿tom segura habló con chumel torres?", ("chumel",)),
    ("¿hay episodio sobre la guerra de los mil días?", ("mil dias",)),
    ("¿algo sobre la conquista del desierto en argentina?", ("conquista del desierto",)),
    ("¿hay algo de los tupamaros?", ("tupamaros",)),
    ("¿alguien habló de diego de landa quemando los códices mayas?", ("diego de landa", "codices")),
    ("¿hay algo sobre la operación cóndor?", ("operacion condor", "operation condor")),
    ("tem podcast sobre lampião e o cangaço?", ("lampiao", "cangaco")),
    ("tem algo sobre a inconfidência mineira e tiradentes?", ("inconfidencia", "tiradentes")),
]

CHAT: list[str] = [
    "hola robotito",
    "howdy folks",
    "cheers mate, spot on",
    "brilliant thx",
    "perfecto, muchas gracias amigo",
    "afk a sec, dog needs walking",
    "my bad, meant to post in general",
    "hehe nice",
    "guten morgen leute",
    "que tal, todo bien por aquí?",
    "e aí pessoal, beleza?",
    "servus zusammen",
    "thank u kindly",
    "haha you're the best bot",
    "ok that's all for today, night",
    "saludos desde lima 👋",
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
