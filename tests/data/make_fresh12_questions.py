"""Write issue 11's twelfth fresh held-out set: ``questions_fresh12.jsonl``.

Run from the repository root with the shared feeds beside it::

    python tests/data/make_fresh12_questions.py [FEEDS_DIR]

It follows the eleventh set (``questions_fresh11.jsonl``) as the held-out set kept for the
round after. Its questions were written from the feeds alone (titles, notes, guests, dates,
episode numbers), never from the answering code or from what the bot answers, and the bot was
not run on them. They are worded by hand, in shapes and on episodes the earlier sets leave
out: How I Built This's 2016-2019 first runs and their re-releases, its 2022-2023 Lab shows
and the 2021 Fellows; Lex Fridman's 2018-2023 guests named by what they do; Making Sense's
2016-2023 conversations; Talk Python's #211-#412; Go Time's 2016-2018 interviews and
2019-2023 panels; JS Party's 2017-2023 shows; SE Radio's 2006-2014 episodes; Today in
Focus's 2022-2023 news; the Giant Bombcast's numbered 2017-2019 shows and 2008-2012
specials; Hipsters' 2016-2023 episodes; Taverncast's specials. The podcasts whose every
episode an earlier set expects (the bundled feed, No Agenda, the Mike Neumann Show,
Podcasting 2.0, Tiempo de valientes, Tom Segura En Español and Pasajes de la Historia) get one
question each. No question is near one of the fifteen earlier sets (the four first ones and
fresh to fresh11, ``questions_fresh9.jsonl``, ``questions_fresh10.jsonl`` and
``questions_fresh11.jsonl`` among them).

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

OUT = HERE / "questions_fresh12.jsonl"
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
)
HEADER = (
    "Issue 11 twelfth fresh held-out set (written by tests/data/make_fresh12_questions.py "
    "from the feeds; succeeds questions_fresh11.jsonl as the held-out set; never tune on it)"
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
        "the startup that helps teachers and nurses cover the down payment on a house",
        ["HIBT Lab! Landed: Alex Lofton"],
        ["down payment"],
    ),
    (
        "guy who took up yoga for his stiff neck in college and ended up selling mats",
        ["Manduka: Peter Sterios"],
        ["neck strain"],
    ),
    (
        "meat sticks company that started because their steaks weren't selling",
        ["Chomps: Pete Maldonado and Rashid Ali"],
        ["steaks don"],
    ),
    (
        "engineering prof who made a solar panel thing that pulls drinking water out of the air",
        ["HIBT Lab! SOURCE Global: Cody Friesen"],
        ["solar-powered device"],
    ),
    (
        "her water bottle idea came on a hike in tucson with her mom",
        ["S'well: Sarah Kauss (2020)", "S'well: Sarah Kauss"],
        ["tucson"],
    ),
    (
        "designer who did apple's first computer mouse and took steve jobs' calls at night",
        ["HIBT Lab! IDEO: David Kelley"],
        ["computer mouse"],
    ),
    (
        "his parents heated their brooklyn apartment with the oven, now he retrofits buildings",
        ["HIBT Lab! BlocPower: Donnel Baird"],
        ["oven to heat"],
    ),
    (
        "bonobos founder opening up about bipolar disorder",
        ["HIBT Lab! Burn Rate: Andy Dunn"],
        ["bipolar"],
    ),
    (
        "the exec who spent 26 years at adidas before going green",
        ["HIBT Lab! UNLESS Collective: Eric Liedtke"],
        ["adidas"],
    ),
    (
        "newspaper ad guy who started making surgical masks in 2020",
        ["HIBT Lab! Armbrust American: Lloyd Armbrust"],
        ["surgical masks"],
    ),
    (
        "she got charged $1600 to frame four posters so she started a mail order framing company",
        ["Framebridge: Susan Tynan (2017)"],
        ["four posters"],
    ),
    (
        "lex with the comedian who hosts the good for you podcast",
        ["Whitney Cummings: Comedy, Robotics, Neurology, and Love"],
        ["good for you"],
    ),
    (
        "lex with the lawyer who defended harvey weinstein",
        ["#170 – Ronald Sullivan: The Ideal of Justice in the Face of Controversy and Evil"],
        ["harvey weinstein"],
    ),
    (
        "lex and the blackstone ceo",
        ["#96 – Stephen Schwarzman: Going Big in Business, Investing, and AI"],
        ["blackstone"],
    ),
    (
        "fridman with the coursera cofounder who now runs insitro",
        ["#93 – Daphne Koller: Biomedicine and Machine Learning"],
        ["insitro"],
    ),
    (
        "lex and the ucsd physicist who hosts into the impossible",
        ["#257 – Brian Keating: Cosmology, Astrophysics, Aliens & Losing the Nobel Prize"],
        ["into the impossible"],
    ),
    (
        "lex talking to the guy who founded maps, the psychedelic research nonprofit",
        ["#202 – Rick Doblin: Psychedelics"],
        ["multidisciplinary association"],
    ),
    (
        "lex with the oslo freedom forum strategy guy",
        ["#231 – Alex Gladstein: Bitcoin, Authoritarianism, and Human Rights"],
        ["oslo freedom forum"],
    ),
    (
        "lex with a catch wrestler and mma fighter on violence",
        ["#165 – Josh Barnett: Philosophy of Violence, Power, and the Martial Arts"],
        ["catch wrestler"],
    ),
    (
        "sam harris on the twitter files with bari weiss and shellenberger",
        ["#310 — Social Media & Public Trust"],
        ["f:ms", "twitter files"],
    ),
    (
        "sam talking to martha nussbaum",
        ["#309 — Vulnerability, Politics, and Moral Worth"],
        ["f:ms", "nussbaum"],
    ),
    (
        "sam harris and andrew yang on the humiliations of campaigning",
        ["#262 — The Future of American Democracy"],
        ["humiliations of campaigning"],
    ),
    (
        "sam and jeff hawkins about how the neocortex builds models",
        ["#255 — The Future of Intelligence"],
        ["f:ms", "neocortex"],
    ),
    (
        "sam harris with nina schick on deep fakes",
        ["#220 - The Information Apocalypse"],
        ["nina schick", "growing epidemic of misinformation"],
    ),
    (
        "the making sense ep on dna and behavioral genetics with plomin",
        ["#211 — The Nature of Human Nature"],
        ["plomin"],
    ),
    (
        "general mcchrystal on making sense about the early covid pandemic",
        ["#195 — Social Cohesion is Everything"],
        ["f:ms", "mcchrystal", "covid-19 pandemic"],
    ),
    (
        "sam with the filmmaker who made jihad and white right",
        ["#144 — Conquering Hate"],
        ["deeyah khan"],
    ),
    (
        "sam harris and matt taibbi on journalism",
        ["#140 — Burning Down the Fourth Estate"],
        ["taibbi"],
    ),
    (
        "sam and sean carroll about many worlds",
        ["#124 — In Search of Reality"],
        ["many worlds"],
    ),
    (
        "the anti-natalism one with david benatar",
        ["#107 — Is Life Actually Worth Living?"],
        ["anti-natalism"],
    ),
    (
        "sam harris and zeynep tufekci about surveillance capitalism",
        ["#78 — Persuasion and Control"],
        ["surveillance capitalism"],
    ),
    (
        "the today in focus where jonathan liew asks if man city are playing fair",
        ["Is Manchester City’s dominance of English football fair?"],
        ["jonathan liew", "playing fair"],
    ),
    (
        "guardian daily on cot death and a study that might explain it",
        ["Sudden infant death syndrome: will parents finally get answers?"],
        ["cot death"],
    ),
    (
        "the one on people in 80 countries still criminalised for having hiv",
        ["Imprisoned for being HIV positive"],
        ["more than 80 countries"],
    ),
    (
        "se radio with the neo4j developer",
        ["Episode 194: Michael Hunger on Graph Databases"],
        ["f:se", "neo4j"],
    ),
    (
        "se radio about the online games hacking book",
        ["Episode 66: Gary McGraw on Security"],
        ["exploiting online games"],
    ),
    (
        "talk python about shipping cpython itself as prebuilt binary wheels",
        ["#412: PEP 711 - Distributing Python Binaries"],
        ["prebuilt binary"],
    ),
    (
        "talk python on python and the australian electricity market",
        ["#320: Python in the Electrical Energy Sector"],
        ["electrical markets"],
    ),
    (
        "rong lu and katherine kampf from microsoft on talk python",
        ["#217: Notebooks vs data science-enabled scripts"],
        ["rong lu"],
    ),
    (
        "go time with the pilosa guy",
        ["Building a distributed index with Go"],
        ["pilosa"],
    ),
    (
        "go time with cindy sridharan about being an ops generalist",
        ["Presenting a Pragmatic Perspective"],
        ["cindy sridharan"],
    ),
    (
        "go time where david chase answers compiler questions",
        ["All About The Go Compiler"],
        ["david chase"],
    ),
    (
        "the one with the fresno city college go instructor",
        ["Teaching and Learning Go"],
        ["fresno city"],
    ),
    (
        "go time with the grafana labs and cockroach labs guys on memory",
        ["Don't forget about memory management"],
        ["bryan boreham"],
    ),
    (
        "js party where nick fitzgerald explains running js on webassembly",
        ["JS on Wasm"],
        ["nick fitzgerald"],
    ),
    (
        "js party with the author of grokking simplicity",
        ["JS is an occasionally functional language"],
        ["grokking simplicity"],
    ),
    (
        "js party with john resig on graphql at khan academy",
        ["REST easy, GraphQL is here"],
        ["john resig", "khan academy"],
    ),
    (
        "js party with shelley vohr and jeremy apthorp about electron",
        ["JavaScript eating the world, desktop edition"],
        ["shelley vohr"],
    ),
    (
        "bombcast with gamespot's lucy james on red dead 2",
        ["Giant Bombcast 556: The Experience of Going Viral"],
        ["lucy james", "red dead redemption 2"],
    ),
    (
        "bombcast where ben pack joins as the new guy",
        ["Giant Bombcast 479: McCree Overlord"],
        ["ben pack"],
    ),
    (
        "giant bomb with mark macdonald and john ricciardi about japanese games",
        ["Giant Bombcast 524: Rez 2"],
        ["mark macdonald and john ricciardi"],
    ),
]

LOOSE: Labelled = [
    (
        "the hibt with those two youtubers who do diy stuff, the sorry girls",
        [
            "HIBT Lab! The Sorry Girls: Kelsey MacDermaid and Becky Wright",
            "ICYMI... HIBT Lab! The Sorry Girls: Kelsey MacDermaid and Becky Wright",
        ],
        ["t:sorry girls"],
    ),
    (
        "marc lore's food delivery thing on hibt lab",
        ["HIBT Lab! Wonder: Marc Lore"],
        ["t:wonder: marc lore"],
    ),
    (
        "one of those hibt fellows intros, the sign language app guy",
        ["Meet The HIBT Fellows: Pierre Paul & Toby Egbuna"],
        ["sign language"],
    ),
    (
        "the hibt trailer before the show even launched in 2016",
        ["Coming Soon: How I Built This"],
        ["t:coming soon"],
    ),
    (
        "hibt tribute when the southwest airlines founder died",
        ["Remembering Herb Kelleher"],
        ["t:remembering herb kelleher"],
    ),
    (
        "lex explaining why he renamed the ai podcast",
        ["New Name: Lex Fridman Podcast"],
        ["t:new name"],
    ),
    (
        "lex with the instagram cofounder",
        ["#243 – Kevin Systrom: Instagram"],
        ["f:lex", "t:systrom"],
    ),
    (
        "the first elon musk lex ep about autopilot",
        ["Elon Musk: Tesla Autopilot"],
        ["t:^elon musk: tesla autopilot"],
    ),
    (
        "sam's thoughts heading into 2021",
        ["#229 — A Few Thoughts for a New Year"],
        ["t:thoughts for a new year"],
    ),
    (
        "sam on the 2020 protests and police violence",
        ["#207 — Can We Pull Back From The Brink?"],
        ["police violence", "civil unrest"],
    ),
    (
        "sam admitting what topics he skipped that annoyed listeners",
        ["#272 — On Disappointing My Audience"],
        ["t:disappointing my audience"],
    ),
    (
        "talk python going back over the 20 packages guests recommended",
        ["#346: 20 Recommended Packages in Review"],
        ["t:recommended packages"],
    ),
    (
        "talk python pandas functions nobody knows about",
        ["#341: 25 Pandas Functions You Didn’t Know Existed"],
        ["t:pandas functions"],
    ),
    (
        "talk python tools for making your readme nice",
        ["#395: Tools for README.md Creation and Maintenance"],
        ["t:readme"],
    ),
    (
        "go time interviewing chatgpt for a job",
        ["The biggest job interview of GPT-4's life"],
        ["f:go", "t:gpt-4"],
    ),
    (
        "go time about the new go logo and branding",
        ["New Go branding strategy"],
        ["t:branding"],
    ),
    (
        "go time with tips for submitting conference talk proposals",
        ["How to ace that CFP"],
        ["t:ace that cfp"],
    ),
    (
        "js party digging into state of js 2022 plus headlies",
        ["How do you define joy?"],
        ["state of js 2022", "headlies"],
    ),
    (
        "js party on browser stuff that's gone stale",
        ["All the stale things"],
        ["t:stale things"],
    ),
    (
        "se radio joining ieee software",
        ["Episode 183: SE Radio becomes part of IEEE Software"],
        ["t:ieee software"],
    ),
    (
        "the se radio about their own new website in 2007",
        ["Episode 75: The New Website"],
        ["t:the new website"],
    ),
    (
        "guardian pod about guardian australia turning ten",
        ["A spying scandal and lots of coffee: how Guardian Australia launched 10 years ago"],
        ["t:guardian australia"],
    ),
    (
        "first part of that new orleans police series on today in focus",
        ["The Division: New Orleans – part one", "Revisited: The Division: New Orleans – part one"],
        ["t:new orleans – part one"],
    ),
    (
        "taverncast where bill does all his voices",
        ["Taverncast VIP: In the Recording Booth with Bill's Many Voices"],
        ["t:many voices"],
    ),
    (
        "taverncast thanksgiving mini episode",
        ["Taverncast 12.5: Thanksgiving"],
        ["t:thanksgiving"],
    ),
    (
        "hipsters deep dive on bank apps",
        ["Mobile Banking – Hipsters Deep Dive #003"],
        ["t:mobile banking"],
    ),
    (
        "bombcast e3 sealed envelope from 2012",
        ["Giant Bombcast Pre-E3 2012: The Sealed Envelope"],
        ["t:pre-e3 2012: the sealed envelope"],
    ),
    (
        "the wola one on el salvador's bukele propaganda",
        ["Piercing the Propaganda Bubble in El Salvador"],
        ["t:propaganda bubble"],
    ),
    (
        "podcasting 2.0 first anniversary show",
        ["Episode 52: Celebrating Our First Anniversary"],
        ["t:first anniversary"],
    ),
]
GUEST: list[tuple[str, list[str], list[str], bool]] = [
    ("shivani sirorya", ["HIBT Lab! Tala: Shivani Siroya"], ["t:shivani siroya"], True),
    (
        "jasmine crowe huston",
        ["HIBT Lab! Goodr: Jasmine Crowe-Houston"],
        ["t:jasmine crowe"],
        True,
    ),
    ("noam soloman", ["HIBT Lab! Immunai: Noam Solomon"], ["t:noam solomon"], True),
    ("polina vexler", ["HIBT Lab! Universal Standard: Polina Veksler"], ["t:veksler"], True),
    ("donnel bard", ["HIBT Lab! BlocPower: Donnel Baird"], ["t:donnel baird"], True),
    ("kat nuri", ["Stasher and Modern Twist: Kat Nouri"], ["t:kat nouri"], True),
    (
        "nikhil aurora",
        ["Back to the Roots: Nikhil Arora and Alejandro Velez"],
        ["t:nikhil arora"],
        True,
    ),
    (
        "amanda hessler",
        ["Food52: Amanda Hesser (2021)", "Food52: Amanda Hesser"],
        ["t:hesser"],
        True,
    ),
    (
        "paul conte",
        ["#357 – Paul Conti: Narcissism, Sociopathy, Envy, and the Nature of Good and Evil"],
        ["t:paul conti"],
        True,
    ),
    (
        "chamath palihapitya",
        ["#338 – Chamath Palihapitiya: Money, Success, Startups, Energy, Poker & Happiness"],
        ["t:palihapitiya"],
        True,
    ),
    ("chris blatman", ["#273 – Chris Blattman: War and Violence"], ["t:blattman"], True),
    (
        "silvio michali",
        ["#168 – Silvio Micali: Cryptocurrency, Blockchain, Algorand, Bitcoin, and Ethereum"],
        ["t:silvio micali"],
        True,
    ),
    (
        "dmitry korkine",
        [
            "#153 – Dmitry Korkin: Evolution of Proteins, Viruses, Life, and AI",
            "#90 – Dmitry Korkin: Computational Biology of Coronavirus",
        ],
        ["t:korkin"],
        True,
    ),
    (
        "daphne kohler",
        ["#93 – Daphne Koller: Biomedicine and Machine Learning"],
        ["t:daphne koller"],
        True,
    ),
    ("kieran setya", ["#295 — Philosophy and the Good Life"], ["kieran setiya"], True),
    ("robert plowmin", ["#211 — The Nature of Human Nature"], ["robert plomin"], True),
    (
        "wil van der alst",
        ["Episode 198: Wil van der Aalst on Workflow Management Systems"],
        ["t:van der aalst"],
        True,
    ),
    ("lisa crispen", ["Episode 164: Agile Testing with Lisa Crispin"], ["lisa crispin"], True),
    (
        "rini van soligen",
        ["Episode 181: Distributed Scrum with Rini van Solingen"],
        ["van solingen"],
        True,
    ),
    ("cindy sridaran", ["Presenting a Pragmatic Perspective"], ["sridharan"], True),
    (
        "una kravitz",
        [
            "CSS! Everyone's favorite programming language",
            "Frontend Feud: CSS Podcast vs @keyframers",
            "Frontend Feud: ShopTalk vs CSS Podcast",
            "This is JS Party!",
        ],
        ["f:js", "una kravets"],
        True,
    ),
    ("justin searles", ["Double your testing trouble"], ["justin searls"], True),
    ("quincy larsen", ["We got confs on lockdown"], ["quincy larson"], True),
]

HOST_GUEST: Labelled = [
    (
        "guy raz with marcia kilgore",
        [
            "How I Built Resilience: Live with Tony Xu and Marcia Kilgore",
            "Live From The HIBT Summit: Marcia Kilgore",
            "Serial Entrepreneur: Marcia Kilgore (2018)",
            "Serial Entrepreneur: Marcia Kilgore",
        ],
        ["f:hibt", "t:marcia kilgore"],
    ),
    (
        "every guy raz chat with christina tosi",
        [
            "How I Built Resilience: Live with Christina Tosi and Gary Erickson & Kit Crawford",
            "Live Episode! Milk Bar: Christina Tosi (2019)",
            "Live Episode! Milk Bar: Christina Tosi",
        ],
        ["f:hibt", "t:christina tosi"],
    ),
    (
        "guy raz & tariq farid",
        [
            "Edible Arrangements: Tariq Farid",
            "Live From The HIBT Summit: Tariq Farid Of Edible Arrangements",
        ],
        ["f:hibt", "t:tariq farid"],
    ),
    (
        "guy raz interviewing jenn hyman",
        [
            "How I Built Resilience: Live with Jenn Hyman",
            "Rent The Runway's Jenn Hyman At The HIBT Summit",
            "Rent The Runway: Jenn Hyman (2018)",
            "Rent The Runway: Jenn Hyman",
        ],
        ["f:hibt", "t:jenn hyman"],
    ),
    (
        "lex fridman w david eagleman",
        ["#119 – David Eagleman: Neuroplasticity and the Livewired Brain"],
        ["f:lex", "t:eagleman"],
    ),
    (
        "lex and brian greene",
        ["#232 – Brian Greene: Quantum Gravity, Big Bang, Aliens, Life, Death, and Meaning"],
        ["f:lex", "t:brian greene"],
    ),
    (
        "lex's talks with michael littman",
        [
            "#144 – Michael Littman: Reinforcement Learning and the Future of AI",
            "#148 – Charles Isbell and Michael Littman: Machine Learning and Education",
        ],
        ["f:lex", "t:michael littman"],
    ),
    (
        "lex sitting down with judea pearl",
        ["Judea Pearl: Causal Reasoning, Counterfactuals, Bayesian Networks, and the Path to AGI"],
        ["f:lex", "t:judea pearl"],
    ),
    (
        "sam harris + nicholas christakis",
        [
            "#100 — Facing the Crowd",
            "#156 — The Evolution of Culture",
            "#190 — How Should We Respond to Coronavirus?",
            "#222 — A Pandemic of Incompetence",
            "#270 — What Have We Learned from the Pandemic?",
        ],
        ["f:ms", "nicholas christakis"],
    ),
    (
        "sam harris with anil seth",
        [
            "#113 — Consciousness and the Self",
            "#264 — Consciousness and Self (Rebroadcast)",
            "Making Sense of Consciousness | Episode 2 of The Essential Sam Harris",
        ],
        ["f:ms", "anil seth"],
    ),
    (
        "michael kennedy and richard campbell geeking out",
        [
            "#253: Moon base geekout",
            "#276: Geekout: Life in the solar system and beyond",
            "#329: Geekout: Renewable Energy",
        ],
        ["f:tp", "richard campbell", "t:geekout"],
    ),
    (
        "mat ryer and john graham-cumming",
        ["Go at Cloudflare"],
        ["f:go", "t:cloudflare"],
    ),
    (
        "natalie with inbal cohen on go time",
        ["Stay agile out there"],
        ["f:go", "inbal cohen"],
    ),
    (
        "carlisia talking with bill kennedy",
        ["Learning and teaching Go"],
        ["f:go", "bill kennedy joined the show and talked with carlisia"],
    ),
    (
        "jerod and nick with fred schott",
        ["Bundle because you want to, not because you need to"],
        ["f:js", "main brain behind pika"],
    ),
    (
        "kball and nick with ujjwal sharma",
        ["How to get into OSS"],
        ["f:js", "ujjwal sharma"],
    ),
    (
        "jerod with adam wathan on tailwind-ish css",
        ["Building rapid UI with utility-first CSS"],
        ["f:js", "t:utility-first"],
    ),
]

# (question, expected titles, title pattern)
TITLE_TYPO: list[tuple[str, list[str], str]] = [
    ("the shush shush ladd", ["Giant Bombcast 548: The Shush-Shush Lad"], r"shush-shush lad"),
    ("realistic wad of flsh", ["Giant Bombcast 523: Realistic Wad of Flesh"], r"wad of flesh"),
    ("nectar from hecter", ["Giant Bombcast 512: Nectar From Hector"], r"nectar from hector"),
    ("sludge trugin", ["Giant Bombcast 495: Sludge Trudgin'"], r"sludge trudgin"),
    ("sauce shamming", ["Giant Bombcast 550: Sauce Shaming"], r"sauce shaming"),
    (
        "smash bros tournement hygiene",
        ["Giant Bombcast 547: Smash Bros. Tournament Hygiene"],
        r"tournament hygiene",
    ),
    ("dirty dusted grampa", ["Giant Bombcast 484: Dirty Dusted Grandpa"], r"dusted grandpa"),
    ("the chocolate mistery", ["Giant Bombcast 525: The Chocolate Mystery"], r"chocolate mystery"),
    (
        "weird looking space peple",
        ["Giant Bombcast 472: Weird-Looking Space People"],
        r"space people",
    ),
    (
        "javascript eating the world desktop editon",
        ["JavaScript eating the world, desktop edition"],
        r"desktop edition",
    ),
    (
        "bundle becuase you want to",
        ["Bundle because you want to, not because you need to"],
        r"bundle because",
    ),
    ("npm is made of poeple", ["npm is made of people. PEOPLE!"], r"made of people"),
    (
        "what to expect when your not expecting",
        ["What to expect when you’re NOT expecting"],
        r"not expecting",
    ),
    (
        "building actualy maintainable software",
        ["Building actually maintainable software"],
        r"actually maintainable",
    ),
    (
        "dive into cpython 3.8 and beyound",
        ["#214: Dive into CPython 3.8 and beyond"],
        r"cpython 3\.8 and beyond",
    ),
    ("classic cs problems in pyhton", ["#211: Classic CS problems in Python"], r"classic cs"),
    (
        "learning how to lern as a developer",
        ["#293: Learning how to learn as a developer"],
        r"learning how to learn",
    ),
    ("the illusory slef", ["#181 — The Illusory Self"], r"illusory self"),
    (
        "anti-semitism and it's discontents",
        ["#173 — Anti-Semitism and Its Discontents"],
        r"anti-semitism and its discontents",
    ),
    (
        "top 10 architechture mistakes",
        ["Episode 132: Top 10 Architecture Mistakes with Eoin Woods"],
        r"architecture mistakes",
    ),
    (
        "the secret world of disinfomation for hire",
        ["The secret world of disinformation for hire"],
        r"disinformation for hire",
    ),
    (
        "steering civilisation away from self-destruction",
        ["#191 – Daniel Schmachtenberger: Steering Civilization Away from Self-Destruction"],
        r"steering civilization",
    ),
    (
        "programacao pragmatica e apaxionada",
        ["Programação pragmática e apaixonada – Hipsters Ponto Tech #245"],
        r"pragmatica e apaixonada",
    ),
    ("why cant we be freinds", ["Taverncast 19: Why Can't We Be Friends?"], r"be friends"),
]

# (question, podcast key, subject pattern over folded titles)
PODCAST: list[tuple[str, str, str]] = [
    ("hibt on the confess project", "hibt", r"confess project"),
    ("guy raz did policygenius?", "hibt", r"policygenius"),
    ("the chez panisse episode of how i built this", "hibt", r"chez panisse"),
    ("lex on the hard problem of consciousness", "lex", r"hard problem of consciousness"),
    ("lex podcast on rapid covid testing", "lex", r"rapid testing"),
    ("lex about the large hadron collider", "lex", r"large hadron"),
    ("making sense on the intellectual dark web", "ms", r"intellectual dark web"),
    ("making sense, the essential sam harris on morality", "ms", r"foundations of morality"),
    ("talk python codecarbon ep", "tp", r"codecarbon"),
    ("talk python on skulpt", "tp", r"skulpt"),
    ("the masonite framework on talk python", "tp", r"masonite"),
    ("talk python about binder notebooks", "tp", r"binder"),
    ("go time gophercises", "go", r"gophercises"),
    ("go time on periph.io drivers", "go", r"periph"),
    ("go time about juju", "go", r"juju"),
    ("js party on divops", "js", r"divops"),
    ("js party about tc39", "js", r"tc39"),
    ("js party at reactjs girls", "js", r"reactjs girls"),
    ("se radio on graph databases", "se", r"graph databases"),
    ("se radio jetbrains mps", "se", r"jetbrains mps"),
    ("today in focus on the manston asylum centre", "tif", r"manston"),
    ("tif on the depp heard trial", "tif", r"depp-heard"),
    ("today in focus about the snp investigation", "tif", r"\bsnp\b"),
    ("hipsters sobre php moderno", "hip", r"php moderno"),
    ("hipsters on the road na gupy", "hip", r"gupy"),
    ("taverncast after hours political suicide", "tav", r"political suicide"),
    ("taverncast on tap jw lee's harvest ale", "tav", r"jw lee"),
    ("bombcast pax edition", "bomb", r"pax edition"),
    ("that giant bomb spoiler snakecast", "bomb", r"snakecast"),
    ("dw langsam gesprochene nachrichten vom 14.02.2022", "dw", r"14\.02\.2022"),
    ("the mike neumann show about the ooda loop", "mike", r"ooda loop"),
]

# (question, podcast key or None, episode number, season)
NUMBER: list[tuple[str, str | None, int, int | None]] = [
    ("hibt #486 who's on it", "hibt", 486, None),
    ("how i built this ep 431", "hibt", 431, None),
    ("lex episode 357", "lex", 357, None),
    ("lex fridman #231 guest?", "lex", 231, None),
    ("lex ep 119, what was it about", "lex", 119, None),
    ("making sense 309", "ms", 309, None),
    ("sam harris podcast #174", "ms", 174, None),
    ("talk python episode 412", "tp", 412, None),
    ("tp #380?", "tp", 380, None),
    ("talk python to me 233 link pls", "tp", 233, None),
    ("se radio episode 216", "se", 216, None),
    ("software engineering radio #102", "se", 102, None),
    ("bombcast 592", "bomb", 592, None),
    ("giant bomb podcast episode 550", "bomb", 550, None),
    ("hipsters ponto tech #356", "hip", 356, None),
    ("hipsters episódio 246", "hip", 246, None),
    ("taverncast 26?", "tav", 26, None),
    ("taverncast episode 12", "tav", 12, None),
    ("tom segura en español ep 14", "tom", 14, None),
]
# (question, podcast key or None, patterns the episode must match)
LATEST: list[tuple[str, str | None, list[str]]] = [
    ("go time's latest fireside chat", "go", ["t:fireside"]),
    ("go time's latest on event-driven or distributed systems", "go", ["t:systems"]),
    ("newest hipsters about data science", "hip", ["t:data science"]),
    ("most recent hipsters episode about javascript", "hip", ["t:javascript"]),
    ("hipsters, o mais recente sobre devops", "hip", ["t:devops"]),
    ("latest hipsters about testes", "hip", ["t:testes"]),
    ("lex's most recent on adversarial machine learning", "lex", ["t:adversarial"]),
    ("newest lex ep on reinforcement learning", "lex", ["t:reinforcement"]),
    ("latest lex about human-robot interaction", "lex", ["t:human-robot"]),
    ("the last making sense with dawkins in the title", "ms", ["t:dawkins"]),
    ("the latest making sense about tolerance", "ms", ["t:tolerance"]),
    ("se radio's most recent concurrency part", "se", ["t:concurrency"]),
    ("latest se radio listener feedback show", "se", ["t:feedback"]),
    ("talk python newest on profiling code", "tp", ["t:profiling"]),
    ("talk python's latest for data scientists", "tp", ["t:scientists"]),
    ("tif's newest on suella braverman", "tif", ["t:braverman"]),
    ("latest today in focus about the far right", "tif", ["t:far right"]),
    ("latest taverncast extended version", "tav", ["t:extended"]),
    ("the newest bombcast with switch in the title", "bomb", ["t:switch"]),
    ("most recent hibt with the instagram founders", "hibt", ["t:instagram"]),
    ("js party's most recent headlines show", "js", ["t:headlines"]),
    ("most recent thing no agenda put out", "na", []),
]

SPANISH: Labelled = [
    (
        "el de guy raz con la de rent the runway, lo de alquilar vestidos de diseñador",
        [
            "How I Built Resilience: Live with Jenn Hyman",
            "Rent The Runway's Jenn Hyman At The HIBT Summit",
            "Rent The Runway: Jenn Hyman (2018)",
            "Rent The Runway: Jenn Hyman",
        ],
        ["f:hibt", "rent the runway"],
    ),
    (
        "el de la app de citas hinge en how i built this",
        ["Hinge: Justin McLeod (2021)", "Hinge: Justin McLeod"],
        ["t:hinge"],
    ),
    (
        "lex con el psiquiatra, lo del narcisismo y la sociopatía",
        ["#357 – Paul Conti: Narcissism, Sociopathy, Envy, and the Nature of Good and Evil"],
        ["t:narcissism"],
    ),
    (
        "lex fridman hablando de marxismo y comunismo con richard wolff",
        ["#295 – Richard Wolff: Marxism and Communism"],
        ["t:richard wolff"],
    ),
    (
        "sam harris con yuval noah harari sobre la pandemia",
        ["#201 — A Conversation with Yuval Noah Harari"],
        ["f:ms", "t:harari", "covid"],
    ),
    (
        "sam harris y el cambio climático con joseph romm",
        ["#95 — What You Need to Know About Climate Change"],
        ["joseph romm"],
    ),
    (
        "talk python sobre código limpio en python",
        ["#404: Clean Code in Python"],
        ["f:tp", "t:clean code"],
    ),
    ("talk python: ¿por qué python es lento?", ["#265: Why is Python slow?"], ["t:python slow"]),
    (
        "go time sobre los sistemas dirigidos por eventos",
        ["Event-driven systems"],
        ["t:event-driven"],
    ),
    (
        "js party: ¿las apps web son distintas a los sitios web?",
        ["Are web apps fundamentally different than web sites?"],
        ["t:fundamentally different"],
    ),
    (
        "se radio sobre la ingeniería de rendimiento",
        ["Episode 125: Performance Engineering with Chris Grindstaff"],
        ["t:performance engineering"],
    ),
    (
        "today in focus sobre la rabia en turquía tras los terremotos",
        ["Why anger is growing in Turkey a week after catastrophic earthquakes"],
        ["t:catastrophic earthquakes"],
    ),
    (
        "today in focus sobre la compra de viviendas sociales y la crisis de vivienda",
        ["How right to buy fuelled the UK housing crisis"],
        ["t:right to buy"],
    ),
    (
        "¿hipsters tiene un episodio sobre criptomonedas?",
        ["Ecossistema Crypto – Hipsters Ponto Tech #298"],
        ["t:ecossistema crypto"],
    ),
    (
        "giant bomb en el e3 de 2009, el primer día",
        ["Giant Bombcast E3 2009 Day One"],
        ["t:e3 2009 day one"],
    ),
    (
        "el especial de halloween de taverncast de 2005",
        ["Taverncast Halloweekend 2005 - Event Teaser"],
        ["t:halloweekend 2005 - event teaser"],
    ),
    (
        "el cuarto capítulo de tiempo de valientes",
        ["El Ministerio del Tiempo - Tiempo de valientes: capítulo 4"],
        ["t:capitulo 4"],
    ),
    (
        "pasajes de la historia sobre stalingrado",
        ["Pasaje de la historia: La batalla de Stalingrado"],
        ["t:stalingrado"],
    ),
]

PORTUGUESE: Labelled = [
    (
        "hipsters sobre tcc e monografia",
        ["TCC, monografias e iniciações – Hipsters Ponto Tech #338"],
        ["t:tcc, monografias"],
    ),
    (
        "o episódio do hipsters sobre streaming e buffering na globo",
        ["Streaming e Buffering na Globo – Hipsters Ponto Tech #319"],
        ["t:buffering"],
    ),
    (
        "hipsters falando de soft skills",
        ["Soft Skills em Tech – Hipsters Ponto Tech #302"],
        ["f:hip", "t:soft skills"],
    ),
    (
        "hipsters sobre processamento de linguagem natural",
        ["Processamento de Linguagem Natural – Hipsters Ponto Tech #291"],
        ["t:processamento de linguagem natural"],
    ),
    (
        "tem hipsters sobre seo moderno?",
        ["SEO moderno – Hipsters Ponto Tech #289"],
        ["t:seo moderno"],
    ),
    (
        "hipsters sobre astronomia",
        ["Astronomia e tecnologia – Hipsters Ponto Tech #231"],
        ["t:astronomia"],
    ),
    (
        "hipsters sobre concurso público na área de ti",
        ["Concurso e Carreira Pública em Tecnologia – Hipsters #163"],
        ["t:concurso"],
    ),
    (
        "o hipsters de automação residencial",
        ["Automação residencial – Hipsters #140"],
        ["t:automacao residencial"],
    ),
    (
        "hipsters sobre música e tecnologia",
        ["Música e tecnologia – Hipsters #126"],
        ["t:musica e tecnologia"],
    ),
    (
        "hipsters sobre padrões de projeto, design patterns",
        [
            "Design Patterns – Hipsters #206",
            "TechGuide: Design Patterns – Hipsters Ponto Tech #347",
        ],
        ["f:hip", "t:design patterns"],
    ),
    (
        "lex com o brian greene sobre gravidade quântica",
        ["#232 – Brian Greene: Quantum Gravity, Big Bang, Aliens, Life, Death, and Meaning"],
        ["t:brian greene", "t:quantum gravity"],
    ),
    (
        "sam harris com o richard dawkins",
        [
            "#105 — Richard Dawkins, Sam Harris, and Matt Dillahunty",
            "#174 — Life & Mind",
            "#57 — An Evening with Richard Dawkins and Sam Harris (1)",
            "#60 — An Evening with Richard Dawkins and Sam Harris (2)",
        ],
        ["f:ms", "(speaks with|conversation between) richard dawkins"],
    ),
    (
        "talk python sobre docker pra devs python",
        ["#308: Docker for Python Developers (2021 Edition)"],
        ["t:docker for python"],
    ),
    (
        "go time sobre por que escrever é importante",
        ["Why writing is important"],
        ["t:writing is important"],
    ),
    (
        "how i built this com os fundadores do instagram",
        [
            "Instagram: Kevin Systrom & Mike Krieger (2017)",
            "Instagram: Kevin Systrom & Mike Krieger",
            "Live From The HIBT Summit: Kevin Systrom & Mike Krieger Of Instagram",
        ],
        ["f:hibt", "t:instagram"],
    ),
    (
        "today in focus sobre a onda de covid na china",
        ["China’s deadly coronavirus wave"],
        ["t:coronavirus wave"],
    ),
    (
        "o giant bombcast do jogo do ano de 2008",
        ["Giant Bombcast Game of the Year 2008 Edition"],
        ["t:game of the year 2008"],
    ),
]

NONE: list[tuple[str, tuple[str, ...]]] = [
    # Places, events, technologies and people near what the shows cover, and subjects
    # named with a podcast that never covered them; each pattern is in no title or notes.
    ("wola on the paraguay stroessner dictatorship", ("stroessner",)),
    ("anything about the falklands war from the argentine side", ("falkland", "malvinas")),
    ("the 2019 bolivia crisis when evo morales resigned", ("evo morales",)),
    ("honduras and the zede charter cities like prospera", ("prospera", "\\bzede\\b")),
    ("the maya train in the yucatan peninsula", ("tren maya", "maya train")),
    ("the belo monte dam on the xingu river", ("belo monte", "xingu")),
    ("the 1932 matanza massacre in el salvador", ("matanza",)),
    ("guatemala's efrain rios montt genocide trial", ("rios montt",)),
    ("jamaica's reggae and rastafari history", ("rastafari",)),
    ("barbados dropping the queen as head of state", ("barbados",)),
    ("fujimori's sterilization campaign in peru", ("fujimori",)),
    ("argentina's dirty war and the mothers of the plaza de mayo", ("plaza de mayo",)),
    ("the garifuna people of the honduran coast", ("garifuna",)),
    ("suriname's maroon communities", ("maroon",)),
    ("the trinidad carnival and steelpan", ("steelpan",)),
    ("the 1994 tequila crisis in mexico", ("tequila crisis",)),
    ("the rubber boom in manaus", ("rubber boom",)),
    ("nicaragua's ortega shutting down universities", ("ortega",)),
    ("lake titicaca shrinking", ("titicaca",)),
    ("colombia's coffee axis and the eje cafetero", ("eje cafetero",)),
    ("the atrato river given legal rights", ("atrato",)),
    ("the inca road system qhapaq nan", ("qhapaq",)),
    ("the soccer war between el salvador and honduras in 1969", ("soccer war", "football war")),
    ("guyana's oil boom offshore", ("guyana",)),
    ("the chiquitania forest fires in bolivia", ("chiquitania",)),
    ("the mapuche land conflict in araucania", ("mapuche", "araucania")),
    ("the jesuit priests murdered at the uca in 1989", ("\\buca\\b", "jesuit priests")),
    ("the wayuu children dying in la guajira", ("wayuu", "guajira")),
    ("the nazi hunters who found eichmann in argentina", ("eichmann",)),
    ("the colonia dignidad cult in chile", ("colonia dignidad",)),
    ("cuba's 2021 july 11 protests", ("\\b11j\\b", "july 11 protests")),
    ("curaçao's oil refinery", ("curacao",)),
    ("tegucigalpa's gang taxes on bus drivers", ("tegucigalpa",)),
    ("the bay of pigs invasion", ("bay of pigs",)),
    ("the galapagos tortoise conservation", ("galapagos",)),
    ("the tikal maya ruins", ("tikal",)),
    ("the morenci copper mine in arizona", ("morenci",)),
    ("go time about the river job queue", ("riverqueue", "job queue for go")),
    ("go time on the gomponents html library", ("gomponents",)),
    ("go time about the pocketbase backend", ("pocketbase",)),
    ("js party about alpine.js", ("alpine\\.js", "alpinejs")),
    ("se radio about opentofu", ("opentofu",)),
    ("se radio on the io_uring linux interface", ("io_uring",)),
    ("lex with the astronaut chris hadfield", ("hadfield",)),
    ("lex fridman with cixin liu about the three body problem", ("cixin",)),
    ("lex with the historian mary beard", ("mary beard",)),
    ("lex with the mountaineer reinhold messner", ("messner",)),
    ("lex with the architect bjarke ingels", ("bjarke",)),
    ("lex with the tennis player novak djokovic", ("djokovic",)),
    ("sam harris with thich nhat hanh", ("nhat hanh",)),
    ("making sense on the sokal hoax", ("sokal",)),
    ("how i built this on the yeti cooler", ("\\byeti\\b",)),
    ("today in focus on the salisbury novichok poisoning", ("novichok",)),
    ("tif about the channel tunnel", ("channel tunnel", "eurotunnel")),
    ("today in focus on the thames water debt", ("thames water",)),
    ("tif on the hs2 rail line", ("\\bhs2\\b",)),
    ("bombcast about the steam deck", ("steam deck",)),
    ("bombcast about the gamecube's wavebird", ("wavebird",)),
    ("taverncast discussing the gnomeregan raid", ("gnomeregan",)),
    ("taverncast on the hearthstone card game", ("hearthstone",)),
    ("taverncast on the burning crusade arena season", ("arena season",)),
    ("taverncast on the ahn'qiraj gates opening", ("ahn'qiraj", "ahnqiraj")),
    ("taverncast talking about the vanilla hakkar blood plague", ("hakkar",)),
    ("podcasting 2.0 on bluesky and the at protocol", ("bluesky",)),
    ("no agenda on the balloon shot down over south carolina", ("spy balloon", "chinese balloon")),
    ("dw nachrichten zum deutschlandticket", ("deutschlandticket",)),
    ("tom segura en español con luis j gomez", ("luis j",)),
    ("pasajes sobre el descubrimiento de las cuevas de altamira", ("altamira",)),
    ("¿tiempo de valientes tiene un capítulo sobre la armada invencible?", ("armada invencible",)),
    (
        "¿tiempo de valientes tiene algo de la guerra de cuba con los mambises?",
        ("mambis",),
    ),
    ("¿hay algún episodio sobre la revolución sandinista?", ("sandinista",)),
    ("¿alguien habló del canal de panamá y la sequía?", ("canal de panama", "panama canal")),
    ("¿guy raz habló con el fundador de despegar?", ("despegar",)),
    ("¿hay algún episodio sobre los 33 mineros de chile?", ("mineros", "33 miners", "copiapo")),
    ("¿algo sobre la independencia de brasil y dom pedro?", ("dom pedro",)),
    ("¿alguien cubrió el golpe de pinochet de 1973?", ("pinochet",)),
    ("¿lex habló con el cantante bad bunny?", ("bad bunny",)),
    ("¿algo sobre los charrúas del uruguay?", ("charrua",)),
    ("¿algún episodio sobre la isla de pascua y los moáis?", ("moai", "isla de pascua")),
    ("¿hay algo sobre el muralismo mexicano de diego rivera?", ("diego rivera",)),
    ("¿alguien habló de la guerra cristera?", ("cristera", "cristero")),
    ("¿algún podcast sobre el festival de viña del mar?", ("vina del mar",)),
    ("¿hay episodio sobre el terremoto de valdivia?", ("valdivia",)),
    ("tem episódio sobre a usina de itaipu?", ("itaipu",)),
    ("tem episódio sobre a greve dos caminhoneiros de 2018?", ("caminhoneiro",)),
    ("tem podcast sobre o rompimento da barragem de brumadinho?", ("brumadinho",)),
    ("tem episódio sobre o plano real e a inflação dos anos 90?", ("plano real",)),
    ("algum podcast sobre a ditadura militar brasileira de 1964?", ("ditadura",)),
    ("hipsters sobre o jogo free fire da garena?", ("garena", "free fire")),
    ("hipsters sobre o app da caixa pro auxílio emergencial?", ("auxilio emergencial",)),
    ("tem episódio sobre a guerra do paraguai?", ("guerra do paraguai",)),
    ("algum episódio sobre a floresta de araucárias?", ("araucaria",)),
    ("tem podcast sobre o marco temporal indígena?", ("marco temporal",)),
]

CHAT: list[str] = [
    "morning crew 🌅",
    "qué buena, gracias parcero",
    "valeu, era esse mesmo",
    "ahh perfect ty ty",
    "all good, cheers",
    "nice one, that's it",
    "sorry wrong thread lol",
    "hallo bot, wie geht's?",
    "anybody around tonight?",
    "buenas, ¿alguien por acá?",
    "boa tarde, gente",
    "back from lunch 🍜",
    "oops typo, ignore that",
    "you're a lifesaver",
    "k thanks, signing off",
    "lol this bot knows everything",
    "saludos desde bogotá",
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
