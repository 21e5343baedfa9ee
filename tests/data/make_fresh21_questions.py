"""Write issue 11's twenty-first fresh held-out set: ``questions_fresh21.jsonl``.

Run from the repository root with the shared feeds beside it::

    python tests/data/make_fresh21_questions.py [FEEDS_DIR]

It follows the twentieth set (``questions_fresh20.jsonl``) as the held-out set kept for the
round after. Its questions were written from the feeds alone (titles, notes, guests, dates,
episode numbers), never from the answering code or from what the bot answers, and the bot was
not run on them. They are worded by hand. After the twentieth set the only episodes no
earlier set expects are still the Giant Bombcast's (288: dated shows of 2008-2016 and the
Game of the Year days of 2009-2015); every episode of every other podcast was expected
before. No question is near one of the twenty-four earlier sets (the four first ones and
fresh to fresh20, ``questions_fresh20.jsonl`` among them).

The limits are the twentieth set's. A podcast may take 25% of the answerable questions
(``MAX_FEED_SHARE``). Every question that expects a new episode expects a Bombcast one, so
at most 25% of the answerable questions can be on new episodes, and the share that may
expect only episodes an earlier set expects (``MAX_REUSED_SHARE``) is 3/4, the least the 25%
cap allows: so every Bombcast question here expects a new episode. The rule of novelty
holds for reused episodes: a question that expects an episode an earlier set expects must
ask about it through other details than every earlier question expecting that episode.
``same_details`` checks it: the question's content words (folded; stop words of English,
Spanish, Portuguese and German, the podcasts' names, their hosts' names and words like
"episode" dropped; a final "s" dropped) may share at most one word with each earlier
question that expects one of the same episodes, the twentieth set's among them.

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

OUT = HERE / "questions_fresh21.jsonl"
EARLIER = earlier_sets(21, fresh.EARLIER)
HEADER = (
    "Issue 11 twenty-first fresh held-out set (written by tests/data/make_fresh21_questions.py "
    "from the feeds; succeeds questions_fresh20.jsonl as the held-out set; never tune on it)"
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

WOLA_LGBT_EN = fresh.WOLA_LGBT_EN

NOTES: Labelled = [
    (
        "bombcast where they debate if drew should get a wii u and pick 2015's best emoji",
        ["Giant Bombcast 09/15/2015"],
        ["should drew buy a wii u"],
    ),
    (
        "the gb one where dan shares how he makes chicken in a bathtub",
        ["Giant Bombcast 09/09/2014"],
        ["bathtub chicken"],
    ),
    (
        "bombcast that gets into eating bugs and a frasier pinball table",
        ["Giant Bombcast 09/02/2014"],
        ["frasier pinball"],
    ),
    (
        "the one about the curse of historic barkerville and the riddle of dan ryckert",
        ["Giant Bombcast 08/05/2014"],
        ["barkerville"],
    ),
    (
        "giant bomb pod where jeff goldblum and barkley shut up and jam gaiden come up",
        ["Giant Bombcast 01-08-2013"],
        ["barkley shut up and jam"],
    ),
    (
        "bombcast where jeff brad and drew spin a yarn about surfing and don mattrick",
        ["Giant Bombcast 07-02-2013"],
        ["don mattrick", "surfing"],
    ),
    (
        "the gb podcast about skull vodka and will wright's stupid fun club",
        ["Giant Bombcast 04-14-2009"],
        ["stupid fun club"],
    ),
    (
        "bombcast with jolly rancher soda and bikini protocols at coney island",
        ["Giant Bombcast 02-10-2009"],
        ["coney island"],
    ),
    (
        "talk python where a dsp engineer tests against a rack of bespoke servers",
        ["#405: Testing in Radio Astronomy with Python and pytest"],
        ["bespoke servers"],
    ),
    (
        "tp where we meet the new maintainers, alex earl and benedikt eggers",
        ["#74: Past, Present, and Future of IronPython"],
        ["benedikt eggers"],
    ),
    (
        "lex with a mathematician who's also a farmer and co-founded ethereum",
        ["#192 – Charles Hoskinson: Cardano"],
        ["co-founder of ethereum.{0,40}farmer"],
    ),
    (
        "making sense that gets into the jeffrey toobin affair and extreme stereotypes",
        ["#248 — Order & Freedom"],
        ["jeffrey toobin"],
    ),
    (
        "sam harris getting into ranked choice voting, open primaries and the forward party",
        ["#262 — The Future of American Democracy"],
        ["forward party"],
    ),
    (
        "hibt about the berkeley grads growing mushrooms in an oakland warehouse",
        ["Back to the Roots: Nikhil Arora and Alejandro Velez"],
        ["oakland warehouse"],
    ),
    (
        "guardian daily where larry elliott says jeremy hunt's plan will fail like osborne's",
        ["Autumn statement 2022: it’s going to hurt but will it work?"],
        ["jeremy hunt.s crucial"],
    ),
    (
        "go time about scaling with go at pivotal",
        ["Loggregator, gRPC, Diodes"],
        ["scaling with go at pivotal"],
    ),
    (
        "se radio on the trec box ibm bolts onto shipping containers",
        ["Episode 56: Sensor Networks"],
        ["trec device"],
    ),
    (
        "the podcasting 2.0 for boostagram week, right before phase 4 of the namespace",
        ["Episode 51: Preserve, Protect and Extend"],
        ["boostagram week"],
    ),
]

LOOSE: Labelled = [
    (
        "the bombcast they had to record from some emergency backup shelter",
        ["Giant Bombcast 05/26/2015"],
        ["emergency backup recording shelter"],
    ),
    (
        "that gb podcast where a couple of juggalo clowns show up lmao",
        ["Giant Bombcast 12/16/2014"],
        ["dark carnival"],
    ),
    (
        "the bombcast where they bring back the drink council for a taste test",
        ["Giant Bombcast 11/25/2014"],
        ["drink council"],
    ),
    (
        "the one after e3 2014 where danny's got some irish plague",
        ["Giant Bombcast 06/17/2014"],
        ["irish plague"],
    ),
    (
        "bombcast right after extra life 2014 about how to stay up all night",
        ["Giant Bombcast 10/28/2014"],
        ["stayin. up all night"],
    ),
    (
        "the bombcast where they just keep yelling pushmo world",
        ["Giant Bombcast 06/03/2014"],
        ["pushmo world"],
    ),
    (
        "gb pod where vinny finds out babies and daylight saving time don't mix",
        ["Giant Bombcast 11-06-2012"],
        ["daylight savings"],
    ),
    (
        "js party where swyx teaches ali and nick about his new dx job",
        ["Temporal is like React for the backend"],
        ["swyx", "temporal io"],
    ),
    (
        "the go time taped at gophercon europe with the post-quantum crypto talk",
        ["Using Go in unusual ways"],
        ["quantum-resistant"],
    ),
    (
        "the lex where the oscar nominated doc maker talks about his film on refugees at sea",
        ["#278 – Skye Fitzgerald: Hunger, War, and Human Suffering"],
        ["lifeboatdocumentary"],
    ),
    (
        "that making sense where the stanford neuroscientist talks about his baboons",
        ["#91 — The Biology of Good and Evil"],
        ["baboons"],
    ),
    (
        "the how i built this where the aerobics teacher forgot his tape and winged it",
        [
            "Zumba: Beto Perez & Alberto Perlman (January, 2017)",
            "Zumba: Beto Perez & Alberto Perlman",
        ],
        ["wrong music"],
    ),
    (
        "that guardian one where supporters say the manchester case was fatally flawed",
        ["After 17 years in prison, will Andrew Malkinson finally clear his name?"],
        ["fatally flawed"],
    ),
    (
        "se radio where michael and alexander cover scoped locking",
        ["Episode 19: Concurrency Pt. 2"],
        ["scoped locking"],
    ),
    (
        "se radio with the software security guy whose book is about cheating in mmos",
        ["Episode 66: Gary McGraw on Security"],
        ["exploiting online games"],
    ),
    (
        "the taverncast xmas show where bill breaks the time barrier",
        ["Taverncast 30: 2006 Christmas Special"],
        ["time barrier"],
    ),
    (
        "mike and dr tim going back and forth on individualism vs collectivism",
        ["July"],
        ["individualism and collectivism"],
    ),
    (
        "the podcasting 2.0 where apple goes to war with ad trackers",
        ["Episode 56: Rocket in your Pocket"],
        ["war with trackers"],
    ),
]

# (question, expected titles, evidence, misspelled?)
GUEST: list[tuple[str, list[str], list[str], bool]] = [
    (
        "dany odwyer",
        [
            "Giant Bombcast 598: The Tank, the Healer, and the Damage-Dealer",
            "Giant Bombcast 473: I’ve Always Cared About Science",
            "Giant Bombcast 464: Season of the Switch",
            "Giant Bombcast 10/13/2015",
            "Giant Bombcast 02/03/2015",
            "Giant Bombcast 05/13/2014",
            "Giant Bombcast 09/23/2014",
        ],
        ["danny o.dwyer"],
        True,
    ),
    ("jon t drake sony", ["Giant Bombcast 08/05/2014"], ["john t\\. drake"], True),
    ("jason ruben", ["Giant Bombcast 06-12-2012"], ["jason rubin"], True),
    ("ben gortzel", ["#103 – Ben Goertzel: Artificial General Intelligence"], ["goertzel"], True),
    ("ayan hirsi ali", ["#50 — The Borders of Tolerance"], ["hirsi ali"], True),
    (
        "shazi visram",
        ["Happy Family Organics: Shazi Visram (2020)", "Happy Family Organics: Shazi Visram"],
        ["shazi visram"],
        False,
    ),
    (
        "dan grosman",
        ["Episode 68: Dan Grossman on Garbage Collection and Transactional Memory"],
        ["dan grossman"],
        True,
    ),
    ("ela krief", ["Just about managing"], ["ela krief"], False),
    ("matt jaffe", ["Building a distributed index with Go"], ["matt jaffee"], True),
    ("abenezer abebe", ["Frontend Feud"], ["abenezer abebe"], False),
    (
        "yvonne robberts",
        ["England’s new strangulation law – and why it’s needed"],
        ["yvonne roberts"],
        True,
    ),
    (
        "felipe adorno",
        ["Microsserviços na Monkey Exchange – Hipsters On The Road #12"],
        ["felipe adorno"],
        False,
    ),
    ("lucas bering", ["Inbound marketing – Hipsters #127"], ["lucas bhering"], True),
    ("jason hays composer", ["Taverncast 30: 2006 Christmas Special"], ["jason hayes"], True),
    ("koen vosen", ["#416: Open Source Sports Analytics with PySport"], ["koen vossen"], True),
]

HOST_GUEST: Labelled = [
    (
        "jeff and matthew taking listener questions over the holidays",
        ["Giant Bombcast 12/23/2014"],
        ["jeff and matthew sit down"],
    ),
    (
        "jeff dan drew and jason while brad's out",
        ["Giant Bombcast 07/21/2015"],
        ["when brad.s away"],
    ),
    (
        "ryan jeff and brad minus vinny, on guitarfreaks and razor callahan",
        ["Giant Bombcast 06-24-2008"],
        ["razor callahan"],
    ),
    (
        "drew and jeff with two guests about table flipping arcade cabinets",
        ["Giant Bombcast 06/24/2014"],
        ["table flipping"],
    ),
    (
        "michael kennedy and brett slatkin replaying his path through pycon",
        ["#116: 10 top talks of PyCon 2017 reviewed"],
        ["brett slatkin", "pycon"],
    ),
    (
        "jerod and suz with chris coyier on the great divide",
        ["The great divide reprise"],
        ["chris coyier", "great divide"],
    ),
    (
        "angelica hill and dominic st-pierre",
        ["How can we prevent legacy from creeping in?"],
        ["angelica hill.{0,200}dominic st-pierre"],
    ),
    (
        "sam harris and his wife annaka about her book",
        ["#159 — Conscious"],
        ["his wife, annaka"],
    ),
    (
        "paulo silveira and fernão guerra from google",
        ["Martech – Hipsters Ponto Tech #216"],
        ["fernao guerra"],
    ),
    (
        "gabs ferreira with coo bruno oliveira",
        ["Microsserviços na Monkey Exchange – Hipsters On The Road #12"],
        ["bruno oliveira, coo"],
    ),
    (
        "mike and dr tim on spacex and elon just doing things",
        ["Fanboys"],
        ["just doing things"],
    ),
    (
        "adam and dave joined by aric to show off the new site",
        ["Episode 45: Pressin' The Flesh and Kissin' Babies"],
        ["joined by aric"],
    ),
    (
        "natalie and mat with preslav rachev on digital art",
        ["Using Go in unusual ways"],
        ["preslav rachev", "gophercon europe"],
    ),
    (
        "guy raz with nikhil arora and alejandro velez",
        ["Back to the Roots: Nikhil Arora and Alejandro Velez"],
        ["alejandro velez"],
    ),
    (
        "jerod with the postgres.js author",
        ["Postgres.js"],
        ["rasmus porsager"],
    ),
]

TITLE_TYPO: list[tuple[str, list[str], str]] = [
    (
        "game of the yaer 2015 day four",
        ["Giant Bombcast Giant Bomb's Game of the Year 2015: Day Four"],
        "game of the year 2015: day four",
    ),
    (
        "bombcast 11/05/2013 thats a tuesady",
        ["Giant Bombcast 11/05/2013: That's a Tuesday!"],
        "that.s a tuesday",
    ),
    ("bombcast e3 2010 day tow", ["Giant Bombcast E3 2010 Day Two"], "e3 2010 day two"),
    (
        "game of teh year 2009 day five",
        ["Giant Bombcast Game of the Year 2009, Day Five"],
        "game of the year 2009, day five",
    ),
    ("ponyorm the most pythonc orm", ["#87: PonyORM: The most Pythonic ORM yet?"], "ponyorm"),
    ("how pyhton evolves", ["#153: How Python Evolves"], "how python evolves"),
    (
        "bulding a distributed index with go",
        ["Building a distributed index with Go"],
        "building a distributed index",
    ),
    (
        "distributed scrm rini",
        ["Episode 181: Distributed Scrum with Rini van Solingen"],
        "distributed scrum",
    ),
    (
        "agile prodcut management",
        ["Episode 161: Agile Product Management with Roman Pichler"],
        "agile product management",
    ),
    ("mais produtivdade hipsters", ["Mais produtividade – Hipsters #125"], "mais produtividade"),
    ("um pouco de compilodores", ["Um pouco de compiladores – Hipsters #105"], "compiladores"),
    (
        "startups marketplaces e desapgo",
        ["Startups, Marketplaces e Desapego – Hipsters #30"],
        "marketplaces e desapego",
    ),
    (
        "a week of rage and rampge",
        ["Israel and the West Bank: a week of rage and rampage"],
        "rage and rampage",
    ),
    (
        "el esplendor de los omeya",
        ["Abderrahman I y el explendor de los Omeya"],
        "explendor de los omeya",
    ),
    ("postgress.js", ["Postgres.js"], "^postgres\\.js$"),
    ("loggregator grpc diods", ["Loggregator, gRPC, Diodes"], "grpc, diodes"),
]

PODCAST: list[tuple[str, str, str]] = [
    ("giant bomb goty 2013 days one and two", "bomb", r"game of the year 2013: day (one|two)$"),
    (
        "the goty 2010 bombcasts, days three four and five",
        "bomb",
        r"game of the year 2010: day (three|four|five)$",
    ),
    ("giant bomb game of the year 2014 day one and day three", "bomb", r"2014: day (one|three)$"),
    (
        "goty 2012 bombcast day four and day five",
        "bomb",
        r"game of the year 2012: day (four|five)$",
    ),
    ("se radio's three piece series on threads and locking", "se", r"concurrency pt"),
    ("hipsters on the road eps 9 and 12", "hip", r"on the road #(09|12)$"),
    ("lex's crypto guests: hoskinson, micali and vitalik", "lex", r"cardano|ethereum"),
    (
        "the four part guardian series on sex trafficking with julia and marta",
        "tif",
        r"^trafficked:",
    ),
    (
        "sam's audiobook style run through his 2004 debut, all three parts",
        "ms",
        r"end of faith sessions",
    ),
    (
        "talk python on flask's big version bumps, one oh and two oh",
        "tp",
        r"flask goes 1\.0|flask 2\.0",
    ),
    ("all the hibt zumba eps", "hibt", r"zumba"),
    ("js party's on-stage recordings at jsconf", "js", r"^live from jsconf"),
    ("no agenda shows 1380 through 1383", "na", r"^138[0-3]:"),
    ("dw nachrichten from the 7th, 8th and 9th", "dw", r"^0[7-9]\.03\.2022"),
    ("the podcasting 2.0 run from fifty to fifty-two", "p20", r"^episode 5[0-2]:"),
]

NUMBER: list[tuple[str, str | None, int, int | None]] = [
    ("tp 241, what was that one", "tp", 241, None),
    ("talk python episode #114", "tp", 114, None),
    ("talkpython no. 275", "tp", 275, None),
    ("lex 302", "lex", 302, None),
    ("lex fridman ep 103 who", "lex", 103, None),
    ("making sense #262", "ms", 262, None),
    ("sam harris 110 what was it", "ms", 110, None),
    ("se radio 181", "se", 181, None),
    ("se radio episode no 161", "se", 161, None),
    ("how i built this #155", "hibt", 155, None),
    ("mike neumann show ep 47", "mike", 47, None),
    ("podcasting 2.0 ep 45", "p20", 45, None),
    ("what was no agenda show 1384 called", "na", 1384, None),
    ("taverncast #14", "tav", 14, None),
    ("hipsters #105", "hip", 105, None),
    ("hipsters ponto tech 216", "hip", 216, None),
    ("ministerio del tiempo podcast, entrega 2", "rtve", 2, None),
]

LATEST: list[tuple[str, str | None, list[str]]] = [
    ("latest bombcast that brings up durango rumors", "bomb", ["durango"]),
    ("newest bombcast where twin peaks comes up", "bomb", ["twin peaks"]),
    ("most recent bombcast talking sunset overdrive", "bomb", ["sunset overdrive"]),
    ("latest bombcast mentioning galak-z", "bomb", ["galak-z"]),
    ("newest bombcast that talks peggle", "bomb", ["peggle"]),
    ("most recent lex with a turing award winner", "lex", ["turing award"]),
    ("newest making sense that mentions the child tax credit", "ms", ["child tax credit"]),
    ("latest hibt with someone who sold on qvc", "hibt", ["qvc"]),
    ("newest go time hosted by angelica hill", "go", ["angelica hill"]),
    ("latest js party with swyx on it", "js", ["swyx"]),
    ("most recent se radio about scrum", "se", ["scrum"]),
    ("newest today in focus reported by bethan mckernan", "tif", ["bethan mckernan"]),
    ("latest talk python on sports data", "tp", ["sports"]),
    ("last hipsters with roberta arcoverde", "hip", ["roberta arcoverde"]),
    ("most recent of the taverncast beer tasting shows", "tav", ["t:on tap"]),
    ("latest pasajes about a writer", "pas", ["escritor"]),
]

SPANISH: Labelled = [
    (
        "¿el bombcast de después de la carrera bay to breakers?",
        ["Giant Bombcast 05/19/2015"],
        ["bay to breakers"],
    ),
    (
        "¿en qué bombcast hablan de lo raro que es el dinero canadiense?",
        ["Giant Bombcast 10/27/2015"],
        ["canadian money"],
    ),
    (
        "el de giant bomb donde celebran el aniversario de la game boy",
        ["Giant Bombcast 04/22/2014"],
        ["anniversary of the game boy"],
    ),
    (
        "¿el de wola con la dra. valencia, la que era periodista?",
        ["Piercing the Propaganda Bubble in El Salvador"],
        ["dr\\. valencia"],
    ),
    (
        "tom segura con la artista plástica miguel ángel belinchón",
        ["Ep. 21 con Belin | Tom Segura En Español"],
        ["belinchon"],
    ),
    (
        "tom segura con las dos que conducen un podcast bilingüe",
        [
            'Ep. 18 con Karen "KG" Goro | Tom Segura En Español',
            "Ep. 16 con Christina Ochoa | Tom Segura En Español",
        ],
        ["spanglish"],
    ),
    (
        "tiempo de valientes: escúcheme con atención, no tenemos mucho tiempo",
        ["El Ministerio del Tiempo - Tiempo de valientes: capítulo 4"],
        ["escucheme con atencion"],
    ),
    (
        "¿lex habló con el jefe de pfizer sobre las dosis de refuerzo?",
        ["#249 – Albert Bourla: Pfizer CEO"],
        ["bourla", "booster shots"],
    ),
    (
        "el talk python con la astrofísica de oxford que estudia galaxias",
        ["#303: Python for Astronomy with Dr. Becky"],
        ["astrophysicist at oxford"],
    ),
    (
        "la fundadora que vendía puré de bebé orgánico congelado en vez de en frasco",
        ["Happy Family Organics: Shazi Visram (2020)", "Happy Family Organics: Shazi Visram"],
        ["pureed baby food"],
    ),
    (
        "el making sense sobre culturas estrictas y relajadas",
        ["#248 — Order & Freedom"],
        ["tight and loose cultures"],
    ),
    (
        "el go time sobre cómo ser buen jefe y manejar conflictos",
        ["Just about managing"],
        ["dealing with conflict"],
    ),
    (
        "el se radio del libro release it y la planificación de capacidad",
        ["Episode 134: Release It with Michael Nygard"],
        ["capacity planning"],
    ),
    (
        "el today in focus sobre los colonos israelíes en cisjordania",
        ["Israel and the West Bank: a week of rage and rampage"],
        ["israeli settlers"],
    ),
    ("pasajes sobre el autor de doña perfecta", ["Benito Peréz Galdós"], ["dona perfecta"]),
    (
        "pasajes: el único superviviente de su linaje que fundó un emirato",
        ["Abderrahman I y el explendor de los Omeya"],
        ["unico superviviente"],
    ),
    (
        "pasajes sobre el del erasmismo científico",
        ["Pasaje de la historia: Miguel Servet"],
        ["erasmismo"],
    ),
    (
        "el js party del juego con los hypertext assassins contra los dsl destroyers",
        ["Frontend Feud"],
        ["hypertext assassins"],
    ),
]

PORTUGUESE: Labelled = [
    (
        "o bombcast que fala de tatuagem de videogame e doping no esports",
        ["Giant Bombcast 08/18/2015"],
        ["video game tattoos"],
    ),
    (
        "aquele giant bomb do vale do silício com dicas pra economizar água",
        ["Giant Bombcast 07/29/2014"],
        ["water usage"],
    ),
    (
        "o bombcast das barras de chocolate fritas e do nintendo playstation",
        ["Giant Bombcast 07/07/2015"],
        ["deep-fried candy bars"],
    ),
    (
        "o talk python sobre o orm que usa geradores e lambdas",
        ["#87: PonyORM: The most Pythonic ORM yet?"],
        ["generators and lambdas"],
    ),
    (
        "o lex com o cientista-chefe da empresa que criou a robô sophia",
        ["#103 – Ben Goertzel: Artificial General Intelligence"],
        ["sophia robot"],
    ),
    (
        "o how i built this com o fundador da belkin",
        ["Belkin International: Chet Pipkin"],
        ["t:belkin"],
    ),
    (
        "o making sense sobre fofoca, poliamor e genealogia",
        ["#110 — The Change Artist"],
        ["gossip, polyamory"],
    ),
    (
        "o hipsters onde o silvio meira dá a visão dele do futuro da tecnologia no país",
        ["Silvio Meira – Hipsters Ponto Tech #264"],
        ["silvio meira"],
    ),
    (
        "hipsters com o pothix sobre metas pro ano que vem",
        ["Mais produtividade – Hipsters #125"],
        ["pothix", "metas"],
    ),
    (
        "o se radio sobre scrum com times espalhados",
        ["Episode 181: Distributed Scrum with Rini van Solingen"],
        ["distributed settings"],
    ),
    (
        "o go time com os dez valores de engenharia do dave cheney",
        ["The Zen of Go"],
        ["ten engineering values"],
    ),
    (
        "o tif sobre os artistas ucranianos que usam a arte como arma",
        ["The artists defying Putin’s war on Ukrainian culture"],
        ["weapon of resistance"],
    ),
    (
        "o js party com dicas de produtividade e técnica pomodoro",
        ["When (and how) to say NO"],
        ["pomodoro"],
    ),
    (
        "o podcasting 2.0 com o fundador da voltage",
        ["Episode 56: Rocket in your Pocket"],
        ["graham krizek"],
    ),
    (
        "o taverncast especial sobre a blizzcon 2009",
        ["Taverncast Special: Cataclysm"],
        ["blizzcon 2009"],
    ),
    (
        "o mike neumann com a música bônus da ainsley costello",
        ["Rite of Passage"],
        ["ainsley costello"],
    ),
]

# (question, patterns that must be absent from every title and notes)
# Near misses: neighbouring countries and events, technologies, games, guests and news that
# no episode of any feed covers.
NONE: list[tuple[str, tuple[str, ...]]] = [
    ("wola on costa rica's president rodrigo chaves", ("rodrigo chaves",)),
    ("did they ever cover guatemala swearing in bernardo arévalo", ("arevalo",)),
    ("an episode on nicaragua stripping exiles of citizenship", ("nicaragua",)),
    ("wola about panama's copper mine protests", ("first quantum", "cobre panama")),
    ("latin america today on argentina's chainsaw budget cuts", ("milei", "motosierra")),
    ("wola on venezuela's referendum to annex part of guyana", ("essequibo",)),
    ("the ep about ecuador's candidate villavicencio getting shot", ("villavicencio",)),
    (
        "mexico's searching mothers digging for the disappeared",
        ("madres buscadoras", "searching mothers"),
    ),
    ("wola on the sinaloa cartel infighting after el mayo's arrest", ("zambada", "el mayo")),
    ("is there one about colombia's clan del golfo", ("clan del golfo",)),
    ("costa rica turning into a cocaine transit hub, any episode?", ("costa rica",)),
    ("the honduras prison massacre in támara", ("tamara",)),
    ("an episode about evo morales and the mas split", ("evo morales",)),
    ("wola covering paraguay's peña government", ("paraguay",)),
    ("anything on belize and the sarstoon river", ("belize", "sarstoon")),
    ("go time about the toolchain directive in go.mod", ("toolchain directive",)),
    ("js party about deno's jsr registry", ("\\bjsr\\b",)),
    ("se radio covering the opentofu fork", ("opentofu",)),
    ("se radio about the ebpf verifier", ("ebpf verifier",)),
    ("hipsters sobre as runes do svelte 5", ("runes", "svelte 5")),
    ("how i built this with the liquid death canned water guys", ("liquid death",)),
    ("today in focus from glastonbury festival", ("glastonbury",)),
    ("guardian pod on the election of pope leo", ("pope leo",)),
    ("giant bomb on the death stranding 2 trailer", ("death stranding 2",)),
    ("bombcast going over the silent hill 2 remake", ("silent hill 2 remake",)),
    ("bombcast where they're hooked on balatro", ("balatro",)),
    ("giant bomb on final fantasy xvi", ("final fantasy xvi", "ff16")),
    ("bombcast about the wii u eshop closing down", ("eshop clos",)),
    ("taverncast talking legion class halls", ("class hall",)),
    ("taverncast about hardcore classic realms", ("hardcore realm",)),
    ("¿pasajes sobre la batalla de pavía y francisco i?", ("pavia",)),
    ("¿hay un pasaje sobre la malinche?", ("malinche",)),
    ("¿pasajes tiene algo de sor juana inés de la cruz?", ("sor juana",)),
    ("¿algo sobre la expedición balmis y la vacuna de la viruela?", ("balmis",)),
    ("tiempo de valientes con alonso de entrerríos", ("entrerrios",)),
    ("¿tom segura en español contó de su gira en méxico?", ("gira en mexico",)),
    ("dw nachrichten zur fußball em 2024", ("em 2024", "europameisterschaft")),
    ("dw langsam gesprochen über den lokführerstreik", ("lokfuhrer", "\\bgdl\\b")),
    ("mike neumann show on the artemis ii crew", ("artemis ii", "artemis 2")),
    ("that one on the tunguska blast in siberia", ("tunguska",)),
    ("the ep about the 1977 wow signal", ("wow!? signal",)),
    ("an ep on the tacoma narrows bridge wobbling apart", ("tacoma narrows",)),
    ("is there a podcast on london's great stink of 1858", ("great stink",)),
    ("which one covered the dancing plague of 1518", ("dancing plague",)),
    ("the pope putting a corpse on trial, cadaver synod ep?", ("cadaver synod",)),
    ("episode on the radium girls", ("radium girls",)),
    ("podcast about bog bodies like tollund man", ("bog bod", "tollund")),
    ("did anyone cover the toba supervolcano", ("toba supervolcano", "toba eruption")),
    ("an episode on the siege of leningrad", ("leningrad",)),
    ("anything on halley's comet", ("halley",)),
    ("the chernobyl elephant's foot episode", ("elephant.s foot",)),
    ("ep about lab grown diamonds", ("lab.grown diamond",)),
    ("which episode talks about axolotls", ("axolotl",)),
    ("monarch butterfly migration ep?", ("monarch butterfl",)),
    ("an episode about tardigrades surviving space", ("tardigrade",)),
    ("any ep on the 1956 suez crisis", ("suez crisis",)),
    ("was there one on the falklands war", ("falklands", "malvinas")),
    ("the chilean miners trapped underground in 2010", ("chilean miners", "33 miners")),
    ("anything on elizabeth holmes and theranos", ("theranos",)),
    ("that ep on lego nearly going bankrupt in 2003", ("lego.{0,40}bankrupt",)),
    ("hibt about the peloton tread recall", ("tread recall",)),
    ("js party on the tc39 signals proposal", ("signals proposal",)),
    ("js party about node 22 require(esm)", ("require\\(esm\\)",)),
    ("se radio with martin kleppmann on data intensive apps", ("kleppmann",)),
    (
        "sam harris on the trump rally shooting in butler",
        ("butler, pennsylvania", "assassination attempt"),
    ),
    ("hipsters sobre o golpe do pix", ("golpe do pix",)),
    ("episódio sobre a tragédia de brumadinho", ("brumadinho",)),
    ("algum episódio sobre o incêndio do museu nacional?", ("museu nacional",)),
    ("tem episódio sobre o 7 a 1 da copa de 2014?", ("7 a 1", "7x1")),
    ("¿hay episodio sobre el terremoto de 2017 en méxico?", ("terremoto",)),
    ("¿algo sobre la dana de valencia?", ("inundaciones de valencia", "dana de valencia")),
    ("¿hay un episodio sobre el apagón en españa?", ("apagon",)),
    ("lex with the fields medalist terence tao", ("terence tao",)),
    ("today in focus on the bbc huw edwards story", ("huw edwards",)),
    ("guardian daily about the scottish independence referendum rerun", ("indyref",)),
    ("taverncast on the siege of orgrimmar raid", ("siege of orgrimmar",)),
    ("podcasting 2.0 about youtube adding rss ingestion", ("rss ingestion",)),
    ("talk python covering narwhals dataframes", ("narwhals",)),
    ("se radio on the colorado privacy law", ("colorado privacy",)),
    ("se radio about the c++ successor carbon", ("carbon language",)),
    ("lex with the ai researcher fei-fei li", ("fei-fei",)),
    ("lex fridman and the historian dan carlin's rival, mike duncan", ("mike duncan",)),
    ("¿cebrián habló de la batalla de bailén?", ("bailen",)),
    ("pasajes sobre la reconquista de menorca", ("menorca",)),
    ("¿algún pasaje sobre el galeón de manila?", ("galeon de manila",)),
    ("¿hay algo sobre la hidrovía del paraná?", ("hidrovia",)),
    ("¿wola habló del muro fronterizo de tamaulipas?", ("tamaulipas",)),
    ("episódio sobre as queimadas no pantanal", ("pantanal",)),
    ("tem episódio sobre o caso das joias sauditas?", ("joias",)),
    ("hipsters sobre o whatsapp pay", ("whatsapp pay",)),
    ("dw über die hochwasser im ahrtal", ("ahrtal",)),
    ("anything about the 2004 indian ocean tsunami", ("indian ocean tsunami",)),
    ("podcast about the hindenburg disaster", ("hindenburg",)),
    ("guy raz with the founder of warby parker's rival, zenni", ("zenni",)),
    ("bombcast on the mario wonder elephant", ("mario wonder", "super mario bros\\. wonder")),
    ("giant bomb on the lies of p soulslike", ("lies of p",)),
    ("bombcast breaking down alan wake 2", ("alan wake 2", "alan wake ii")),
    ("no agenda on the maui land grab theory", ("land grab",)),
    ("js party on the vinxi server toolkit", ("vinxi",)),
    ("se radio on the colorado ai act", ("colorado ai act",)),
    ("¿cebrián contó lo de la batalla de covadonga?", ("covadonga",)),
    ("¿hay algo sobre la ruta del tren de la costa en ecuador?", ("tren de la costa",)),
    ("tem hipsters sobre o drex do banco central?", ("drex",)),
    ("hipsters sobre o golpe do falso advogado", ("falso advogado",)),
    ("dw über die cannabis legalisierung", ("cannabis",)),
    ("anything about the pompeii graffiti", ("pompeii",)),
    ("an ep about the emu... the kakapo parrot", ("kakapo",)),
    ("the one about the boston tea party", ("boston tea party",)),
    ("anything on the berlin wall tunnels", ("berlin wall",)),
    (
        "is there one about the war of the bucket, modena vs bologna",
        ("war of the bucket", "modena"),
    ),
    ("anything about the sokal hoax", ("sokal",)),
    ("ep on the stanford marshmallow test", ("marshmallow test",)),
    ("wola on the salvadoran bitcoin chivo wallet flop", ("chivo",)),
    ("latin america today on the montevideo... no, asunción water protests", ("asuncion",)),
    ("wola on the mennonite farms clearing the chaco forest", ("mennonite",)),
    ("any wola ep on the kidnapped missionaries in haiti, 400 mawozo", ("mawozo",)),
    ("wola about guatemala's attorney general consuelo porras", ("consuelo porras", "porras")),
    ("the wola episode on honduras extraditing juan orlando hernández", ("juan orlando",)),
    ("wola about the remittances tax in the big bill", ("remittance tax",)),
    ("latin america today on the tariff war with mexico over avocados", ("avocado",)),
    ("wola ep about mexico's lithium nationalization, sonora", ("sonora",)),
    ("how i built this with the oatly oat milk swedes", ("oatly",)),
    ("guy raz interviewing the cirque du soleil founder", ("laliberte",)),
    ("tif on the uk's ulez car charge fight", ("ulez",)),
    (
        "today in focus on the post office sub-postmasters' compensation",
        ("sub-postmaster", "subpostmaster"),
    ),
    ("guardian daily on the rishi sunak flight ban rwanda bill", ("safety of rwanda",)),
    ("tif on the scottish ferries fiasco", ("ferries fiasco", "ferguson marine")),
    ("the guardian one about the bradford city of culture", ("bradford",)),
    ("bombcast on the pentiment murder mystery", ("pentiment",)),
    ("gb podcast arguing about cocoon the puzzle game", ("cocoon",)),
    ("bombcast where they play vampire the masquerade bloodlines 2", ("bloodlines 2",)),
    ("bombcast breaking down the armored core vi release", ("armored core vi", "armored core 6")),
    ("taverncast covering the darkmoon faire deck turn-ins", ("darkmoon",)),
    ("podcasting 2.0 about pocket casts going open source", ("pocket casts",)),
    ("mike neumann show on the blue origin new glenn launch", ("new glenn",)),
    ("tp covering msgspec serialization", ("msgspec",)),
    ("sam harris with the octopus researcher peter godfrey-smith", ("godfrey-smith",)),
    ("¿pasajes sobre el cerco de zamora?", ("zamora",)),
    ("pasajes del terremoto de lisboa de 1755", ("lisboa",)),
    ("tom segura en español con la actriz mexicana kate del castillo", ("del castillo",)),
    ("¿hay un episodio sobre el volcán de fuego en guatemala?", ("volcan de fuego",)),
    ("tem hipsters sobre o vazamento de dados do ministério da saúde?", ("ministerio da saude",)),
    ("dw über den rücktritt von christine lambrecht", ("lambrecht",)),
    ("that podcast about the lost colony of roanoke", ("roanoke",)),
    ("an episode on the zimbardo prison experiment", ("zimbardo",)),
    (
        "ep about the carnation revolution in portugal",
        ("carnation revolution", "revolucao dos cravos"),
    ),
]

CHAT: list[str] = [
    "back from lunch, what's the vibe in here",
    "anyone else's wifi dying rn",
    "ok bot you're kinda cute ngl",
    "brb refilling my tea",
    "this server is extra chill today",
    "shoutout to whoever set this bot up",
    "hola hola, ¿alguien despierto?",
    "¿qué tal el finde, gente?",
    "bom dia pessoal, café na mão",
    "alguém aí? tá tudo quieto hoje",
    "lmaooo i'm crying",
    "first time posting here, hi everyone",
    "how's everyone's week going",
    "ok logging off, cya tomorrow",
    "man i love this community",
    "ok im heading out, later y'all",
    "e ai pessoal, tudo tranquilo?",
    "wie geht's euch heute",
    "yo the new emoji in here slaps",
    "good evening folks, anything fun happening",
    "omg the bot answered so fast lol",
    "hi all, long time lurker",
    "obrigadão, vocês são demais",
    "alright i'm off to bed, peace",
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
