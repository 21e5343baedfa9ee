"""Write issue 11's thirtieth fresh held-out set: ``questions_fresh30.jsonl``.

Run from the repository root with the shared feeds beside it::

    python tests/data/make_fresh30_questions.py [FEEDS_DIR]

It follows the twenty-ninth set (``questions_fresh29.jsonl``) as the held-out set kept for
the round after. Its questions were written from the feeds alone (titles, notes, guests,
dates, episode numbers), never from the answering code or from what the bot answers, and the
bot was not run on them. They are worded by hand. No question is near one of the thirty-three
earlier sets (the four first ones and fresh to fresh29, ``questions_fresh29.jsonl`` among
them).

As for the twenty-ninth set, no episode of any feed is left that no earlier set expects, so
every answerable question here expects episodes an earlier set already expects, and the share
that may expect only earlier-set episodes (``MAX_REUSED_SHARE``) is 1. The rule of novelty is
the whole guard, and it holds for every answerable question here: a question that expects an
episode an earlier set expects must ask about it through other details than every earlier
question expecting that episode, the twenty-ninth set's among them. ``same_details`` checks
it: the question's content words (folded; the stop words the sets under the rule share,
``fresh_sets.NOVELTY_STOP_WORDS``, dropped; a final "s" dropped) may share at most one word
with each earlier question that expects one of the same episodes. So the questions were
written from details of the notes earlier questions did not use.

The other limits are the twenty-ninth set's: at least 15 of each kind, 95 near misses, 110
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

OUT = HERE / "questions_fresh30.jsonl"
EARLIER = earlier_sets(30, fresh.EARLIER)
HEADER = (
    "Issue 11 thirtieth fresh held-out set (written by "
    "tests/data/make_fresh30_questions.py from the feeds; succeeds questions_fresh29.jsonl as "
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

WOLA_FAM = "“We Are in the Middle of a New Family Separation Crisis”"
WOLA_LGBT = [
    "Derechos y resistencia LGBTIQ+ en Latinoamérica: seis voces de la región",
    "LGBTIQ+ Rights and Resistance in Latin America: Six Voices from the Region",
]
HEALTHCARE = ["How Go helped save HealthCare.gov ♻️", "How Go helped save HealthCare.gov"]
RTVE_1 = "El Ministerio del Tiempo - Tiempo de valientes: capítulo 1"
RTVE_5 = "El Ministerio del Tiempo - Tiempo de valientes: capítulo 5"
LGBT_MIGRANTS = (
    "LGBTQ+ Migrants in the Crosshairs: A Critical Conversation with Brigitte Baltazar Lujano"
)

NOTES: Labelled = [
    (
        "bombcast w/ the qvc promotions inside scoop and open source car hacking",
        ["Giant Bombcast 601: Chief Daedra Officer"],
        ["qvc promotions"],
    ),
    (
        "gb ep comparing chicken/waffle setups plus barenaked pinball",
        ["Giant Bombcast 590: Ice Cube Is Our Coworker"],
        ["barenaked pinball"],
    ),
    (
        "the gb pod gushing about cadence of hyrule and baffled by automatic chess",
        ["Giant Bombcast 588: Tingle Gave Me His Dowser!"],
        ["cadence of hyrule"],
    ),
    (
        "tp on the probabilistic nature making llm apps hard to check",
        ["#417: Test-Driven Prompt Engineering for LLMs with Promptimize"],
        ["probabilistic nature"],
    ),
    (
        "tp where ned batchelder brings tools for keeping a change log",
        ["#395: Tools for README.md Creation and Maintenance"],
        ["ned batchelder", "change log"],
    ),
    (
        "lex w/ the harvard law prof about a troublesome word",
        ["#379 – Randall Kennedy: The N-Word – History of Race, Law, Politics, and Power"],
        ["troublesome word"],
    ),
    (
        "lex with the astrobiologist running the carl sagan center",
        ["#348 – Nathalie Cabrol: Search for Alien Life"],
        ["carl sagan center"],
    ),
    (
        "making sense getting into presentism vs eternalism",
        ["#318 — Physics & Philosophy"],
        ["presentism"],
    ),
    (
        "sam's chat with the ex firefighter whose jihad rehab doc got pulled",
        ["#300 — A Tale of Cancellation"],
        ["jihad rehab"],
    ),
    (
        "se radio where the show editor interviews all the active hosts",
        ["SE-Radio Episode 237: Go Behind the Scenes and Meet the Team"],
        ["all of the active hosts"],
    ),
    (
        "se radio about isomorphic javascript and the api economy",
        ["Episode 230: Shubhra Kar on NodeJS"],
        ["api economy"],
    ),
    (
        "go time asking whether the holy grail of layout exists",
        ["The files & folders of Go projects"],
        ["holy grail"],
    ),
    (
        "go time about rescuing the us health insurance website",
        HEALTHCARE,
        ["trauma team"],
    ),
    (
        "js party where the socket team wraps the cli of the ubiquitous package manager",
        ['Making "safe npm"'],
        ["bradly farias"],
    ),
    (
        "tif on the homeless michael jackson impersonator",
        ["How a killing on New York subway exposed a broken system – podcast"],
        ["michael jackson impersonator"],
    ),
    (
        "hibt about testing wastewater for covid spikes",
        ["HIBT Lab! Biobot Analytics: Mariana Matus and Newsha Ghaeli"],
        ["biomarkers in our wastewater"],
    ),
    (
        "taverncast christmas party with an egg nog super taste test",
        ["Taverncast 58B - PLAY IF THE WORLD HAS NOT ENDED"],
        ["egg nog"],
    ),
]

LOOSE: Labelled = [
    (
        "gb ep asking if valve has to let ppl resell stuff they bought",
        ["Giant Bombcast 602: Easy Chicken"],
        ["resell your games"],
    ),
    (
        "bombcast with kallie plagge and michael higham",
        ["Giant Bombcast 595: It's Always the Cute Monks"],
        ["kallie plagge and michael higham"],
    ),
    (
        "tp with ofek lev going deeper on hatch",
        ["#408: Hatch: A Modern Python Workflow"],
        ["ofek lev", "t:hatch"],
    ),
    (
        "lex talking to the never split the difference author",
        ["#364 – Chris Voss: FBI Hostage Negotiator"],
        ["never split the difference"],
    ),
    (
        "lex with the imam from the yaqeen institute",
        ["#352 – Omar Suleiman: Islam"],
        ["yaqeen"],
    ),
    (
        "making sense on prophecies in the book of revelation",
        ["#313 — Apocalypse"],
        ["book of revelation", "prophecies"],
    ),
    (
        "making sense about that witch trials series",
        ["#314 — The Cancellation of J.K. Rowling"],
        ["witch trials"],
    ),
    (
        "se radio with the pivotal guy on lattice, kubernetes and mesos",
        ["SE-Radio Episode 239: Andrew Clay Shafer on Modern Platform-as-a-Service"],
        ["mesos", "lattice"],
    ),
    (
        "se radio on why you shouldn't rewrite an old system",
        ["SE-Radio Episode 242: Dave Thomas on Innovating Legacy Systems"],
        ["rewrite an old system"],
    ),
    (
        "go time sequel on ip worries with ai generated stuff",
        ["Who owns our code? Part 2"],
        ["luis villa returns"],
    ),
    (
        "go time with the chatbot-written docs skit and the singing code monkey",
        ["This will blow your docs off"],
        ["singing code monkey"],
    ),
    (
        "js party on the serverless adapter for next.js",
        ["SST and OpenNext"],
        ["server less adapter"],
    ),
    (
        "js party where nick covers typescript 5 during a bathroom break",
        ["See you later, humans!"],
        ["bathroom break"],
    ),
    (
        "tif on who takes over rupert's media empire",
        ["The Murdochs' real-life succession drama | Podcast"],
        ["media empire"],
    ),
    (
        "hibt with the backpack maker from santa cruz",
        ["Osprey Packs: Mike Pfotenhauer"],
        ["santa cruz", "backpack"],
    ),
    (
        "mike and dr tim breakfast chat about musk",
        ["Elon's Grand Plan"],
        ["elon musk", "f:mike", "t:elon"],
    ),
]

# (question, expected titles, evidence, misspelled?)
GUEST: list[tuple[str, list[str], list[str], bool]] = [
    ("david auerbach", ["#319 — The Digital Multiverse"], ["david auerbach"], False),
    ("tim maudlin physics", ["#318 — Physics & Philosophy"], ["tim maudlin"], False),
    (
        "roland grifiths",
        ["#306 — Psychedelics & Mortality"],
        ["roland griffiths", "t:mortality"],
        True,
    ),
    (
        "nathaly cabroll astrobiology",
        ["#348 – Nathalie Cabrol: Search for Alien Life"],
        ["t:cabrol"],
        True,
    ),
    (
        "randall kenedy harvard law",
        ["#379 – Randall Kennedy: The N-Word – History of Race, Law, Politics, and Power"],
        ["t:randall kennedy"],
        True,
    ),
    ("fiona hil", ["#335 – Fiona Hill: Vladimir Putin and Donald Trump"], ["t:fiona hill"], True),
    ("omar suleman", ["#352 – Omar Suleiman: Islam"], ["t:omar suleiman"], True),
    ("bart ehrmann", ["#313 — Apocalypse"], ["bart d\\. ehrman"], True),
    (
        "flavio junquiera",
        ["Episode 229: Flavio Junqueira on Distributed Coordination with Apache ZooKeeper"],
        ["junqueira"],
        True,
    ),
    (
        "joram barez",
        ["Episode 223: Joram Barrez on the Activiti Business Process Management Platform"],
        ["joram barrez"],
        True,
    ),
    ("jun rao", ["Episode 219: Apache Kafka with Jun Rao"], ["t:jun rao"], False),
    ("carl johnson go 1.20", ["What's new in Go 1.20"], ["carl johnson", "t:1\\.20"], False),
    ("estelle weil", ["A very !important lesson"], ["estelle weyl"], True),
    (
        "newsha gaheli biobot",
        ["HIBT Lab! Biobot Analytics: Mariana Matus and Newsha Ghaeli"],
        ["t:newsha ghaeli"],
        True,
    ),
    ("jeroen jansens", ["#392: Data Science from the Command Line"], ["jeroen janssens"], True),
    (
        "thomas keler chef",
        ["Chef and Restaurateur: Thomas Keller"],
        ["t:thomas keller"],
        True,
    ),
    (
        "paddy manning",
        ["The Murdochs' real-life succession drama | Podcast"],
        ["paddy manning"],
        False,
    ),
]

HOST_GUEST: Labelled = [
    (
        "sven johann w/ dave thomas on legacy",
        ["SE-Radio Episode 242: Dave Thomas on Innovating Legacy Systems"],
        ["sven johann", "t:innovating legacy"],
    ),
    (
        "josh long and joram barrez",
        ["Episode 223: Joram Barrez on the Activiti Business Process Management Platform"],
        ["josh long", "joram barrez"],
    ),
    (
        "jeff meyerson talking to jun rao",
        ["Episode 219: Apache Kafka with Jun Rao"],
        ["jeff meyerson", "t:jun rao"],
    ),
    (
        "mat and kris w/ ben johnson and chris james",
        ["The files & folders of Go projects"],
        ["chris james", "ben johnson", "t:files & folders"],
    ),
    ("mat ryer with roger pepe", ["Avoiding bloat"], ["roger peppe", "t:bloat"]),
    (
        "jerod and nick with dan abramov and joe savona",
        ["The future of React"],
        ["joe savona"],
    ),
    ("jerod & chris with bradly farias", ['Making "safe npm"'], ["bradly farias"]),
    ("sam harris and david auerbach", ["#319 — The Digital Multiverse"], ["f:ms", "auerbach"]),
    (
        "sam harris with bj miller and shoshana berger",
        ["#297 — Preparing for the End"],
        ["shoshana berger"],
    ),
    ("sam harris w/ meg smaker", ["#300 — A Tale of Cancellation"], ["meg smaker"]),
    (
        "lex and sam altman",
        ["#367 – Sam Altman: OpenAI CEO on GPT-4, ChatGPT, and the Future of AI"],
        ["f:lex", "t:sam altman"],
    ),
    (
        "lex with eliezer yudkowsky",
        ["#368 – Eliezer Yudkowsky: Dangers of AI and the End of Human Civilization"],
        ["t:yudkowsky"],
    ),
    (
        "lex and david pakman",
        ["#375 – David Pakman: Politics of Trump, Biden, Bernie, AOC, Socialism & Wokeism"],
        ["t:pakman"],
    ),
    ("guy raz with michael kors", ["Michael Kors: Michael Kors"], ["t:michael kors"]),
    (
        "guy raz and lorenzo lewis",
        ["HIBT Lab! The Confess Project: Lorenzo Lewis"],
        ["t:lorenzo lewis"],
    ),
    ("adam and dave with max hillebrand", ["Episode 50: Max Boost Time"], ["max hillebrand"]),
    (
        "bridie jabour with the guardian australia founders",
        ["A spying scandal and lots of coffee: how Guardian Australia launched 10 years ago"],
        ["bridie jabour"],
    ),
    (
        "paulo silveira e roberta arcoverde sobre sql",
        ["TechGuide: SQL – Hipsters Ponto Tech #356"],
        ["roberta arcoverde", "t:sql"],
    ),
]

# (question, expected titles, the real title fragment as a pattern over folded titles)
TITLE_TYPO: list[tuple[str, list[str], str]] = [
    (
        "speeding towards a goverment exit",
        ["Is Suella Braverman speeding towards a government exit?"],
        "speeding towards a government exit",
    ),
    ("physics & philosphy", ["#318 — Physics & Philosophy"], "physics & philosophy"),
    (
        "critics guide to a sumer of music",
        ["Our critics’ guide to a summer of music, movies and culture"],
        "guide to a summer of music",
    ),
    ("preparing for teh end", ["#297 — Preparing for the End"], "preparing for the end"),
    ("clean cod in python", ["#404: Clean Code in Python"], "clean code in python"),
    (
        "evaluating new open source tech pannel",
        ["#397: Evaluating New Open Source Tech Panel"],
        "evaluating new open source tech panel",
    ),
    (
        "data sciense from the command line",
        ["#392: Data Science from the Command Line"],
        "data science from the command line",
    ),
    (
        "folders of go projetcs",
        ["The files & folders of Go projects"],
        "files & folders of go projects",
    ),
    ("psychedelics & mortaliy", ["#306 — Psychedelics & Mortality"], "psychedelics & mortality"),
    ("is htmlx the way to go", ["Is htmx the way to Go?"], "is htmx the way"),
    ("avoding bloat", ["Avoiding bloat"], "avoiding bloat"),
    ("how do you defin joy", ["How do you define joy?"], "how do you define joy"),
    (
        "murdochs real-life succesion drama",
        ["The Murdochs' real-life succession drama | Podcast"],
        "real-life succession drama",
    ),
    (
        "sofas smiles and scandal",
        ["Sofas, smiles – and scandal: what’s going on at ITV’s This Morning?"],
        "sofas, smiles",
    ),
    ("easy chiken", ["Giant Bombcast 602: Easy Chicken"], "easy chicken"),
    ("now entering phase too", ["Episode 10: Now Entering Phase Two"], "now entering phase two"),
    ("poppin da beans", ["Episode 17: Poppin' da Bean"], "poppin. da bean"),
]

PODCAST: list[tuple[str, str, str]] = [
    ("gb @ nite live eps, the three from june '19", "bomb", r"nite.*e3 2019"),
    ("tp eps on jupyterhub or jupyter notebooks", "tp", r"jupyterhub|jupyter notebooks"),
    ("lex eps with black holes in the name", "lex", r"black hole"),
    ("sam harris eps titled cancellation", "ms", r"cancellation"),
    ("every se radio ep with zookeeper in its name", "se", r"zookeeper"),
    ("hibt eps with thomas keller", "hibt", r"keller"),
    ("go time htmx eps", "go", r"htmx"),
    ("all the tif braverman ones", "tif", r"braverman"),
    ("taverncast high strangeness eps", "tav", r"high strangeness"),
    ("no agenda ones with covid in the title", "na", r"covid"),
    ("pasajes del cid", "pas", r"\bcid\b"),
    ("dw langsam eps 23 thru 26 feb '22", "dw", r"2[3-6]\.02\.2022"),
    ("tom segura ones w/ nacho or facundo", "tom", r"nacho redondo|facundo herrera"),
    ("podcasting 2.0 boost eps", "p20", r"boost"),
    ("js party eps about react's future", "js", r"future of react"),
    (
        "hipsters fora de controle sobre o google",
        "hip",
        r"fora de controle.*google|google.*fora de controle",
    ),
]

NUMBER: list[tuple[str, str | None, int, int | None]] = [
    ("tp 417 topic?", "tp", 417, None),
    ("talk python nr 404", "tp", 404, None),
    ("lex 379 guest?", "lex", 379, None),
    ("lex no. 348", "lex", 348, None),
    ("making sense #313 about?", "ms", 313, None),
    ("ms 306 whats it", "ms", 306, None),
    ("se radio 229 who", "se", 229, None),
    ("se radio ep 242 pls", "se", 242, None),
    ("hibt 507 topic", "hibt", 507, None),
    ("how i built this number 492", "hibt", 492, None),
    ("bombcast 600 title", "bomb", 600, None),
    ("gb #589?", "bomb", 589, None),
    ("taverncast 57 about", "tav", 57, None),
    ("podcasting 2.0 #17", "p20", 17, None),
    ("mike neumann ep 2", "mike", 2, None),
    ("na #1373 title pls", "na", 1373, None),
    ("hipsters 357 qual é", "hip", 357, None),
]

LATEST: list[tuple[str, str | None, list[str]]] = [
    ("newest bombcast bringing up borderlands", "bomb", ["borderlands"]),
    ("latest tp mentioning poetry", "tp", ["\\bpoetry\\b"]),
    ("most recent lex w/ someone from harvard", "lex", ["harvard"]),
    ("latest making sense on psychedelics", "ms", ["psychedelic"]),
    ("newest se radio mentioning kafka", "se", ["kafka"]),
    ("latest hibt lab ep", "hibt", ["t:hibt lab"]),
    ("most recent go time w/ ben johnson", "go", ["ben johnson"]),
    ("last js party that got into css", "js", ["\\bcss\\b"]),
    ("hipsters mais recente sobre figma", "hip", ["figma"]),
    ("latest geekistry", "tav", ["t:geekistry"]),
    ("podcasting 2.0, newest one w/ the podcast movement crowd", "p20", ["podcast movement"]),
    ("mike & tim newest ep bringing up boeing", "mike", ["boeing"]),
    ("¿el pasaje más reciente sobre templarios?", "pas", ["templario"]),
    ("newest no agenda ep pls", "na", []),
    ("newest ministerio del tiempo valientes upload", "rtve", []),
    ("dw langsam, die letzte freitagsausgabe", "dw", ["von freitag"]),
    ("last tif mentioning sunak", "tif", ["sunak"]),
]

SPANISH: Labelled = [
    (
        "¿el pasaje del que reconquistó reinos cristianos en el siglo xi?",
        ["Pasaje de la Historia: Rodrigo Díaz de Vivar, el Cid Campeador"],
        ["reconquista de los reinos"],
    ),
    (
        "¿el del artífice de los tercios?",
        ["Gonzalo Fernández de Córdoba, 'El Gran Capitán'"],
        ["tercios espanoles"],
    ),
    (
        "¿hay uno de la doncella de orleans, juana?",
        ["Pasajes de la historia: Juana de Arco"],
        ["t:juana de arco"],
    ),
    (
        "¿el del caballero de origen italiano, catalán o aragonés?",
        ["Roger de Flor"],
        ["italiano, catalan o aragones"],
    ),
    (
        "¿el pasaje de la escritora de la generación del 28?",
        ["Emilia Pardo Bazán"],
        ["generacion del 28"],
    ),
    (
        "¿la segunda parte de las termópilas?",
        ["Esparta y el Paso de las Termópilas (II)"],
        ["t:termopilas \\(ii\\)"],
    ),
    (
        "¿el capítulo donde no le puede contar los motivos a su amigo?",
        [RTVE_5],
        ["no te puedo contar los motivos"],
    ),
    (
        "¿el que cuenta qué pasó tras abandonar el ministerio en el capítulo 9?",
        [RTVE_1],
        ["abandonar el ministerio"],
    ),
    (
        "¿el de tom con el comediante venezolano?",
        ["Ep. 02 Mamaguevo - Tom Segura En Español"],
        ["comediante francisco ramos de venezuela"],
    ),
    (
        "¿el ep de tom donde viene nacho?",
        ["Ep. 13 con Nacho Redondo | Tom Segura En Español"],
        ["t:nacho redondo"],
    ),
    (
        "¿el de wola sobre qué significa el pride en contextos hostiles?",
        WOLA_LGBT,
        ["what pride means"],
    ),
    (
        "¿el de wola sobre el acceso restringido a los centros de ice?",
        [WOLA_FAM],
        ["ice\\) facilities"],
    ),
    (
        "¿el lex con la asesora presidencial experta en rusia?",
        ["#335 – Fiona Hill: Vladimir Putin and Donald Trump"],
        ["presidential advisor"],
    ),
    (
        "¿el hibt del chef que batió su primera salsa holandesa?",
        ["Chef and Restaurateur: Thomas Keller"],
        ["hollandaise"],
    ),
    (
        "¿el tif del alcalde de londres con asma?",
        ["From pollution to policing – can Sadiq Khan clean up London?"],
        ["asthma"],
    ),
    (
        "¿el go time sobre por qué los binarios engordan por grpc?",
        ["gRPC & protocol buffers"],
        ["history of protocol buffers"],
    ),
    (
        "¿el de wola con la mujer trans deportada?",
        [LGBT_MIGRANTS],
        ["brigitte baltazar"],
    ),
]

PORTUGUESE: Labelled = [
    (
        "o hipsters sobre não se perder no começo com a ferramenta de design",
        ["TechGuide: Figma – Hipsters Ponto Tech #357"],
        ["nao se perder no comeco"],
    ),
    (
        "o hipsters com a notícia do altman visitando o brasil",
        [
            "Plugins no ChatGPT, IA constitucional e machine learning ético – "
            "Hipsters: Fora de Controle #06"
        ],
        ["visita de sam altman"],
    ),
    (
        "o fora de controle sobre o evento anual do google",
        [
            "Google I/O, desenvolvimento responsável e modelos multimodais – "
            "Hipsters: Fora de Controle #05"
        ],
        ["t:google i/o", "t:fora de controle"],
    ),
    (
        "o techguide sobre single-page applications",
        ["TechGuide: SPA e frameworks JavaScript – Hipsters Ponto Tech #355"],
        ["single-page applications"],
    ),
    (
        "o hipsters de ia sobre limitação de tokens",
        [
            "Ajuda entre IAs, limitação de tokens, intimidade artificial, e mais – "
            "Hipsters: Fora de Controle #03"
        ],
        ["t:limitacao de tokens"],
    ),
    (
        "o js party sobre networking profissional",
        ["I'd like to add you to my professional network"],
        ["professional networking"],
    ),
    (
        "o tp sobre ferramentas pro readme",
        ["#395: Tools for README.md Creation and Maintenance"],
        ["t:readme"],
    ),
    (
        "o lex com o cara do chatgpt",
        ["#367 – Sam Altman: OpenAI CEO on GPT-4, ChatGPT, and the Future of AI"],
        ["t:openai ceo"],
    ),
    (
        "o making sense sobre o musk e a liberdade de expressão absoluta",
        ["#307 — Twitter, Elon, & Free Speech"],
        ["free-speech absolutism"],
    ),
    (
        "o hibt do cara que postou um vídeo por dia durante mil dias",
        ["HIBT Lab! Nas Company: Nuseir Yassin"],
        ["1,000 days"],
    ),
    (
        "o hibt sobre queijo sem vacas leiteiras",
        ["HIBT Lab! New Culture: Matt Gibson and Inja Radman"],
        ["dairy cows"],
    ),
    (
        "o hibt dos carros autônomos que buscam compras",
        ["HIBT Lab! Nuro: Dave Ferguson"],
        ["t:nuro"],
    ),
    (
        "o tif sobre uma semana assistindo a gb news",
        ["Conspiracy theories and chaos: a week watching GB News"],
        ["heather stewart", "t:gb news"],
    ),
    (
        "o bombcast com o drew scanlon viajante",
        ["Giant Bombcast 594: Tea Leads to Intimacy"],
        ["drew scanlon lands"],
    ),
    (
        "o se radio sobre esboços de arquitetura em vez de uml",
        ["Episode 228: Software Architecture Sketches with Simon Brown"],
        ["more useful than uml"],
    ),
    (
        "o go time sobre mandar bem na apresentação depois de passar no cfp",
        ["How to ace that talk"],
        ["aced that cfp"],
    ),
    (
        "o taverncast do universo alternativo com o beerbot",
        ["Taverncast 58A - PLAY IF THE WORLD HAS ENDED"],
        ["beerbot", "t:58a"],
    ),
]

# (question, patterns that must be absent from every title and notes)
# Near misses: neighbouring countries and events, technologies, games, guests and news that
# no episode of any feed covers.
NONE: list[tuple[str, tuple[str, ...]]] = [
    ("wola on the garifuna land fights on honduras's coast", ("garifuna",)),
    ("¿wola habló del glaciar y las mineras en san juan argentina?", ("glaciar",)),
    ("did wola ever cover the chilean constitutional plebiscite", ("plebiscit",)),
    ("¿wola sobre las maras en tegucigalpa?", ("tegucigalpa",)),
    ("wola about the cocalero unions in the chapare", ("chapare",)),
    ("¿wola sobre la crisis energética de ecuador y los apagones?", ("apagones",)),
    ("¿wola tiene algo del acuerdo de escazú?", ("escazu",)),
    ("bombcast about the balatro poker roguelike", ("balatro",)),
    ("gb crew playing helldivers 2", ("helldivers",)),
    ("did the bombcast ever talk about the steam deck oled", ("steam deck",)),
    ("tp about the python free threading pep 703", ("pep 703", "free.threading")),
    ("lex w/ the spacex starship test pilot", ("test pilot",)),
    ("se radio about the log4shell mess, anyone?", ("log4shell",)),
    ("go time w/ someone from the sqlc project", ("sqlc",)),
    ("js party on the great lodash deprecation debate", ("lodash deprecat",)),
    ("taverncast tasting a heady topper", ("heady topper",)),
    ("taverncast about the mayan calendar crystal skulls", ("crystal skull",)),
    ("podcasting 2.0 about the fountain app payouts", ("fountain app",)),
    ("mike and dr tim on the artemis ii crew", ("artemis ii", "artemis 2")),
    ("¿julián se cruza con josé martí?", ("jose marti",)),
    ("dw langsam über die wahl in thüringen", ("thuringen",)),
    ("o hipsters falou do drex", ("\\bdrex\\b",)),
    ("the great molasses wave that hit boston's north end", ("molasses",)),
    ("who made the first lava lamps, anyone know an ep", ("lava lamp",)),
    ("anything about tardigrades", ("tardigrade",)),
    ("the cassowary ep", ("cassowary",)),
    ("the shoebill stork", ("shoebill",)),
    ("the pangolin scales trade", ("pangolin",)),
    ("the vaquita porpoise", ("vaquita",)),
    ("gb pod about the atari jaguar cd", ("jaguar cd",)),
    ("gb ep about the wii balance board", ("balance board",)),
    ("se radio on the mumps language", ("\\bmumps\\b",)),
    ("se radio on ada spark formal proofs", ("ada spark", "spark ada")),
    ("¿tom segura y el chavo del ocho?", ("chavo del ocho",)),
    ("¿julián visita la habana vieja con un tabaquero?", ("tabaquero",)),
    ("dw langsam zur cannabis legalisierung", ("cannabis",)),
    ("that ep about the dyatlov pass", ("dyatlov",)),
    ("the boy in the box philadelphia", ("boy in the box",)),
    ("how the etch a sketch was made", ("etch a sketch",)),
    ("the story of the first parking meter", ("parking meter",)),
    ("the honey badger", ("honey badger",)),
    ("the star-nosed mole", ("star-nosed",)),
    ("the wolverine ep (the animal)", ("wolverine",)),
    ("the portuguese man o' war", ("man o. war",)),
    ("¿wola habló de la represión en cuba tras el 11j?", ("\\b11j\\b",)),
    ("¿wola sobre el golpe en bolivia de 2019?", ("golpe",)),
    ("wola and the amazon fund deforestation money from norway", ("amazon fund",)),
    ("¿wola habló del paro nacional en colombia 2021?", ("paro nacional",)),
    ("¿wola tiene episodio sobre los mapuche en chile?", ("mapuche",)),
    ("wola covering the haiti kenyan police mission", ("kenyan police",)),
    ("wola on paraguay's stroessner archives of terror", ("stroessner",)),
    ("bombcast where jeff reviews the playdate crank handheld", ("playdate",)),
    ("did the gb crew argue about astro bot winning goty", ("astro bot",)),
    ("bombcast chat on the silksong delays lol", ("silksong",)),
    ("gb pod about the lost ark korean mmo", ("lost ark",)),
    ("tp with the folks behind marimo notebooks", ("marimo",)),
    ("talk python on python in excel from microsoft", ("python in excel",)),
    ("lex with the chef from the bear tv show", ("the bear",)),
    ("se radio w/ the htmx creator carson gross", ("carson gross",)),
    ("go time w/ the charm bubbletea folks", ("bubbletea",)),
    ("hibt with the patagonia provisions food line", ("provisions",)),
    ("hibt with the guy behind the squishmallows plush", ("squishmallow",)),
    ("tif covering the rwanda flights ruling", ("rwanda flights",)),
    ("taverncast reviewing a founders kbs stout", ("\\bkbs\\b",)),
    ("taverncast on the chupacabra sightings", ("chupacabra",)),
    ("podcasting 2.0 on the wavlake music app", ("wavlake",)),
    ("¿hay un pasaje del rey don pelayo y covadonga?", ("covadonga",)),
    ("dw langsam nachrichten zum heizungsgesetz", ("heizungsgesetz",)),
    ("wola talking about the tapón del darién ferry idea between colombia and panama", ("ferry",)),
    ("wola about belize's sugar cane workers", ("sugar cane",)),
    ("¿wola tiene algo de los wayuu en la guajira?", ("wayuu",)),
    ("¿algún wola sobre los desplazados por el volcán de fuego?", ("volcan de fuego",)),
    ("wola re: soy farming and deforestation in the paraguayan chaco", ("chaco",)),
    ("bombcast where they rank every katamari soundtrack banger", ("katamari",)),
    ("the gb ep about that hi-fi rush shadow drop", ("hi-fi rush",)),
    ("bombcast covering the unicorn overlord launch", ("unicorn overlord",)),
    ("lex w/ that speedrunner who beat mario 64 blindfolded", ("blindfold",)),
    ("lex with an antarctic ice core scientist", ("ice core",)),
    ("sam harris talking with a falconer", ("falconer",)),
    ("making sense on lab grown meat regulation", ("lab grown",)),
    ("se radio interview about the sorbet type checker at stripe", ("sorbet",)),
    ("go time episode on the gleam language", ("gleam",)),
    ("js party w/ the solidstart 1.0 announcement", ("solidstart",)),
    ("hibt with the hydro flask bottle people", ("hydro flask",)),
    ("tif on the scottish gender recognition bill veto", ("gender recognition",)),
    ("taverncast with a sour beer gose tasting", ("\\bgose\\b",)),
    ("taverncast on the mothman of point pleasant", ("mothman",)),
    ("no agenda on the hunter biden laptop hearing", ("laptop hearing",)),
    ("¿pasajes del gran capitán en ceriñola?", ("cerinola",)),
    ("¿un pasaje sobre la reina isabel ii y el exilio?", ("isabel ii",)),
    ("¿el pasaje de la batalla de bailén?", ("bailen",)),
    ("dw langsam meldung zum bahnstreik der gdl", ("\\bgdl\\b",)),
    ("o hipsters com um dev da globo falando do bbb", ("\\bbbb\\b",)),
    ("the cave of crystals in naica mexico", ("naica",)),
    ("the eruption of tambora", ("tambora",)),
    ("the mignonette cannibalism case", ("mignonette",)),
    ("the great emu hatchery scam", ("hatchery",)),
    ("who came up with the shopping cart", ("shopping cart",)),
    ("history of the hot air balloon", ("hot air balloon",)),
    ("the origin of the fortune cookie", ("fortune cookie",)),
    ("the invention of the ferris wheel", ("ferris wheel",)),
    ("the story behind the lego minifigure", ("minifig",)),
    ("the history of the typewriter qwerty layout", ("qwerty",)),
    ("the mudskipper that walks on land", ("mudskipper",)),
    ("ep about the blue whale heart size", ("blue whale",)),
    ("the tasmanian tiger sightings", ("tasmanian tiger",)),
    ("the bowerbird decorating its nest", ("bowerbird",)),
    ("the giant isopod", ("isopod",)),
    ("the leafy seadragon", ("seadragon",)),
    ("the cane toad invasion in australia", ("cane toad",)),
    ("talk python w/ the beeware briefcase folks", ("briefcase",)),
    ("lex with the dog whisperer cesar millan", ("cesar millan",)),
    ("se radio about the apl language and its symbols", ("\\bapl\\b",)),
    ("wola on the nicaraguan canal concession being cancelled", ("concession",)),
    ("¿wola habló de las caravanas desde tapachula?", ("tapachula",)),
    ("bombcast on the tetris world championship kid", ("tetris world",)),
    ("gb pod covering the pikmin 4 launch", ("pikmin 4",)),
    ("tp on the pydantic logfire launch", ("logfire",)),
    ("lex w/ the guy who ran across the sahara", ("sahara",)),
    ("se radio on the pony language actors", ("pony language",)),
    ("hibt with the founder of the popsockets grip", ("popsocket",)),
    ("tif on the junior doctors' strike in scotland", ("scotland.s junior",)),
    ("¿hay pasaje sobre la batalla de pavía?", ("pavia",)),
    ("dw langsam über den hitzesommer in spanien", ("hitzesommer",)),
    ("the great flood of paris 1910", ("flood of paris",)),
    ("the origin of the smiley face", ("smiley face",)),
    ("the secret life of the ocean sunfish", ("sunfish",)),
]

CHAT: list[str] = [
    "hey hey, happy friday",
    "anyone else watching the match rn",
    "my upstairs neighbour is drilling again",
    "hello from cold helsinki",
    "dropped my phone in the sink lol",
    "night owls unite",
    "new emoji pack is great",
    "afk 10 min",
    "power cut here, on mobile now",
    "hailstones the size of peas out there",
    "y'all are lovely",
    "lurked for a year, finally saying hi",
    "my cat sat on the keyboard sorry",
    "any plans for the long weekend?",
    "ty ty appreciate it",
    "sore from the gym",
    "valeu, falou!",
    "hydrate folks",
    "baby finally napping",
    "see ya in the morning",
    "coffee #3 today",
    "sup sup",
    "sunburnt after the beach, ouch",
    "props to whoever set up this server",
    "evening everyone, rough week",
    "hasta mañana gente",
    "signing off, peace",
    "this week is dragging",
    "finally assembled that ikea shelf",
    "saludos desde monterrey, qué calorón hoy",
    "oi oi, alguém acordado aí?",
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
