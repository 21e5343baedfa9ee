"""Write issue 11's twenty-fifth fresh held-out set: ``questions_fresh25.jsonl``.

Run from the repository root with the shared feeds beside it::

    python tests/data/make_fresh25_questions.py [FEEDS_DIR]

It follows the twenty-fourth set (``questions_fresh24.jsonl``) as the held-out set kept for the
round after. Its questions were written from the feeds alone (titles, notes, guests, dates,
episode numbers), never from the answering code or from what the bot answers, and the bot was
not run on them. They are worded by hand. After the twenty-fourth set the only episodes no
earlier set expects are still the Giant Bombcast's (91 dated shows of 2008-2016); every
episode of every other podcast was expected before. No question is near one of the
twenty-eight earlier sets (the four first ones and fresh to fresh24,
``questions_fresh24.jsonl`` among them).

The limits are the twenty-fourth set's. A podcast may take 25% of the answerable questions
(``MAX_FEED_SHARE``). Every question that expects a new episode expects a Bombcast one, so
at most 25% of the answerable questions can be on new episodes, and the share that may
expect only episodes an earlier set expects (``MAX_REUSED_SHARE``) is 3/4, the least the 25%
cap allows: so every Bombcast question here expects only new episodes, and they are exactly
a quarter of the answerable questions. The 91 new shows are enough for that, so no limit
is changed. The rule of novelty holds for reused episodes: a question that expects an
episode an earlier set expects must ask about it through other details than every earlier
question expecting that episode. ``same_details`` checks it: the question's content words
(folded; the stop words the sets under the rule share, ``fresh_sets.NOVELTY_STOP_WORDS``,
dropped; a final "s" dropped) may share at most one word with each earlier question that
expects one of the same episodes, the twenty-fourth set's among them.

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

OUT = HERE / "questions_fresh25.jsonl"
EARLIER = earlier_sets(25, fresh.EARLIER)
HEADER = (
    "Issue 11 twenty-fifth fresh held-out set (written by tests/data/make_fresh25_questions.py "
    "from the feeds; succeeds questions_fresh24.jsonl as the held-out set; never tune on it)"
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

NOTES: Labelled = [
    (
        "bombcast where they go off on hall and oates plus oculus preorders",
        ["Giant Bombcast 01/05/2016"],
        ["hall & oates"],
    ),
    (
        "the gb pod about konami spying on its own staff and rare's 30 game bundle",
        ["Giant Bombcast 08/04/2015"],
        ["konami surveillance"],
    ),
    (
        "bombcast w/ the glut of dumb cop show games and joe montana",
        ["Giant Bombcast 03/17/2015"],
        ["joe montana"],
    ),
    (
        "the one where jeff went to the dice summit and they talk laundromat arcades",
        ["Giant Bombcast 02/11/2014"],
        ["dice summit"],
    ),
    (
        "gb podcast on the diablo 3 real money auction house and microsoft surface",
        ["Giant Bombcast 06-19-2012"],
        ["real money auction"],
    ),
    (
        "which bombcast has jeff craving texas toast",
        ["Giant Bombcast 12-06-2011"],
        ["f:bomb", "texas toast"],
    ),
    (
        "that bombcast about riccitiello's hair suit",
        ["Giant Bombcast 08-03-2010"],
        ["hair-suit"],
    ),
    (
        "bombcast on the most delicious pokemon and modern monocles",
        ["Giant Bombcast 02-09-2010"],
        ["monocles"],
    ),
    (
        "the tp that says space science can spark wonder in almost anyone",
        ["#393: Space Science with Python"],
        ["spark wonder"],
    ),
    (
        "talk python with brett slatkin about bottling up expert wisdom",
        ["#25: Effective Python"],
        ["bottle up all the wisdom"],
    ),
    (
        "making sense on the dunning-kruger effect and conspiracy thinking",
        ["#108 — Defending the Experts"],
        ["dunning-kruger"],
    ),
    (
        "sam on radically extending human life and why cities matter",
        ["#86 — From Cells to Cities"],
        ["radically extending human life"],
    ),
    (
        "hibt about the two math guys and their no-commission app",
        ["Robinhood: Vlad Tenev"],
        ["two mathematicians"],
    ),
    (
        "se radio where the dlr's hans-joachim popp reviews unmanned flight accidents",
        ["Episode 100: Software in Space"],
        ["hans-joachim popp"],
    ),
    (
        "go time with stevenson jean-pierre and carlisia on debugging",
        ["When distributed systems Go wrong"],
        ["stevenson jean-pierre", "monitoring and debugging"],
    ),
    (
        "js party about the node+js interactive talk from nearform's technical director",
        ["You're probably using streams"],
        ["nearform", "node\\+js interactive"],
    ),
    (
        "andrew roth's meeting with pavel filatyev",
        ["The Russian soldier exposing what life is really like in Putin’s invading army"],
        ["filatyev"],
    ),
    (
        "the taverncast where bill flies his own airline and they do a burning crusade roundtable",
        ["Taverncast 28: Attack Me from Behind"],
        ["taverncast air"],
    ),
]

LOOSE: Labelled = [
    (
        "the one right after e3 where vr made somebody incontinent lol",
        ["Giant Bombcast 06/23/2015"],
        ["incontinent"],
    ),
    (
        "gb pod going on about celebrity governors and car chases",
        ["Giant Bombcast 04/21/2015"],
        ["celebrity governors"],
    ),
    (
        "bombcast that treats horseshoes as an important game",
        ["Giant Bombcast 07/08/2014"],
        ["horseshoes"],
    ),
    (
        "the bombcast where amy hennig gets a star wars gig and amazon makes a tv box",
        ["Giant Bombcast 04/08/2014"],
        ["hennig.s new star wars"],
    ),
    (
        "bombcast where brad finally beat mass effect 3 and they spend an hour on the ending",
        ["Giant Bombcast 12-11-2012"],
        ["finally finished mass effect 3"],
    ),
    (
        "the gb podcast with globetrotters and spencer's gifts",
        ["Giant Bombcast 06-26-2012"],
        ["spencer.s gifts"],
    ),
    (
        "bombcast about prepping for earthquakes and grilling at a townhouse",
        ["Giant Bombcast 01-03-2012"],
        ["townhouse"],
    ),
    (
        "the one with russian bears from mars",
        ["Giant Bombcast 10-18-2011"],
        ["russian martian bears"],
    ),
    (
        "bombcast where somebody's stealing redboxes and the milk is bad",
        ["Giant Bombcast 06-21-2011"],
        ["stealing redboxes"],
    ),
    (
        "lex with the guy who bankrolled the dark knight movies and plays in ghost hounds",
        ["#259 – Thomas Tull: From Batman Dark Knight Trilogy to AI and the Rolling Stones"],
        ["ghost hounds"],
    ),
    (
        "sam on what the crypto exchange blowup means for effective altruism",
        ["#303 — The Fall of Sam Bankman-Fried"],
        ["future of effective altruism"],
    ),
    (
        "hibt with the salesman who advised native american tribes before doing ribs",
        ["Famous Dave's: Dave Anderson (2020)", "Famous Dave's: Dave Anderson"],
        ["business advisor to native american"],
    ),
    (
        "that tp about coding after you retire, minus the meetings and reports",
        ["#112: Geeking out in the golden years"],
        ["without the meetings and reports"],
    ),
    (
        "se radio where arno and morgan deters go through every compiler step",
        ["Episode 61: Internals of GCC"],
        ["morgan deters"],
    ),
    (
        "go time with an nyt engineering manager on hiring gotchas",
        ["Engineering interview tips & tricks"],
        ["emma draper"],
    ),
    (
        "js party where they review tone.js for a listener",
        ["An ode to jQuery"],
        ["tone\\.js"],
    ),
    (
        "tif where nesrine malik explains the army power struggle despite a truce",
        ["Sudan’s warring generals"],
        ["nesrine malik", "truce"],
    ),
    (
        "the wola pod about izalco and mariona prisons",
        ["The Grim Side of El Salvador’s “Security Model”"],
        ["izalco"],
    ),
]

# (question, expected titles, evidence, misspelled?)
GUEST: list[tuple[str, list[str], list[str], bool]] = [
    (
        "gilbert strang",
        ["Gilbert Strang: Linear Algebra, Deep Learning, Teaching, and MIT OpenCourseWare"],
        ["gilbert strang"],
        False,
    ),
    (
        "todd haward",
        ["#342 – Todd Howard: Skyrim, Elder Scrolls 6, Fallout, and Starfield"],
        ["f:lex", "todd howard"],
        True,
    ),
    (
        "chris masen",
        ["#283 – Chris Mason: Space Travel, Colonization, and Long-Term Survival in Space"],
        ["chris mason"],
        True,
    ),
    (
        "brett jonson",
        ["#272 – Brett Johnson: US Most Wanted Cybercriminal"],
        ["t:brett johnson"],
        True,
    ),
    (
        "shannon cury",
        ["#366 – Shannon Curry: Johnny Depp & Amber Heard Trial, Marriage, Dating & Love"],
        ["shannon curry"],
        True,
    ),
    ("keoki jackson", ["Keoki Jackson: Lockheed Martin"], ["keoki"], False),
    (
        "susan tynnan",
        ["Framebridge: Susan Tynan", "Framebridge: Susan Tynan (2017)"],
        ["susan tynan"],
        True,
    ),
    ("jim meltn", ["Episode 137: SQL with Jim Melton"], ["jim melton"], True),
    ("vijay kummar", ["Vijay Kumar: Flying Robots"], ["vijay kumar"], True),
    ("rohit parsad", ["Rohit Prasad: Amazon Alexa and Conversational AI"], ["rohit prasad"], True),
    (
        "brian muraresku",
        ["#211 – Brian Muraresku: The Secret History of Psychedelics"],
        ["muraresku"],
        False,
    ),
    ("apoorva metha", ["Instacart: Apoorva Mehta"], ["apoorva mehta"], True),
    (
        "randy hettrick",
        ["TRX: Randy Hetrick", "TRX: Randy Hetrick (2018)"],
        ["randy hetrick"],
        True,
    ),
    ("ryan shreiber", ["Pitchfork: Ryan Schreiber"], ["ryan schreiber"], True),
    (
        "rod canyon",
        ["Compaq Computers: Rod Canion", "Compaq Computers: Rod Canion (2019)"],
        ["rod canion"],
        True,
    ),
    (
        "randy shoupe",
        [
            "Episode 109: eBay’s Architecture Principles with Randy Shoup",
            "Episode 208: Randy Shoup on Hiring in the Software Industry",
            "Episode 212: Randy Shoup on Company Culture",
        ],
        ["randy shoup"],
        True,
    ),
    (
        "mora aarons-mele",
        ["How I Built Resilience: Morra Aarons-Mele of Women Online"],
        ["aarons-mele"],
        True,
    ),
    ("cristos goodrow", ["Cristos Goodrow: YouTube Algorithm"], ["goodrow"], False),
]

HOST_GUEST: Labelled = [
    (
        "brad in chinatown, ryan going rabbid and vinny back a changed man",
        ["Giant Bombcast 11-10-2009"],
        ["ryan gets rabbid"],
    ),
    (
        "jeff hosting because ryan's out of commission",
        ["Giant Bombcast 10-16-2012"],
        ["ryan out of commission"],
    ),
    (
        "the one where ryan's out and they get johnny on the phone",
        ["Giant Bombcast 04-24-2012"],
        ["johnny on the phone"],
    ),
    (
        "the dota heavy one while brad shoemaker's on vacation",
        ["Giant Bombcast 09/24/2013"],
        ["pesky brad shoemaker"],
    ),
    (
        "vinny jeff drew and brad with castle doctrine, strider and a moba addiction",
        ["Giant Bombcast 01/28/2014"],
        ["castle doctrine"],
    ),
    (
        "jeff vinny brad and ryan on vince vaughn and trash panic",
        ["Giant Bombcast 06-16-2009"],
        ["trash panic"],
    ),
    (
        "mat and johnny with bjorn rabenstein on observability",
        ["Instrumentation for gophers"],
        ["rabenstein", "observability"],
    ),
    (
        "js party chatting with kahlil about finding a mentor",
        ["Mentor-ship 🛳️"],
        ["kahlil lechelt", "mentorship"],
    ),
    (
        "sam harris talking with antonio garcia-martinez about getting fired by apple",
        ["#251 — Corporate Cowardice"],
        ["garcia-martinez"],
    ),
    (
        "sam and caitlin flanagan on what covid exposed about schools",
        ["#197 — A Conversation with Caitlin Flanagan"],
        ["t:caitlin flanagan", "education system"],
    ),
    (
        "se radio with gregor hohpe on enterprise messaging",
        ["Episode 42: Interview Gregor Hohpe"],
        ["t:gregor hohpe"],
    ),
    (
        "arno bernd and markus with jutta on agile in big teams",
        ["Episode 26: Interview Jutta Eckstein"],
        ["t:jutta eckstein"],
    ),
    (
        "guy raz live with jon stein on starting betterment after 2008",
        ["How I Built Resilience: Live with Tobias Lütke and Jon Stein"],
        ["betterment in the wake"],
    ),
    (
        "lex fridman and michael levin on embryogenesis",
        ["#325 – Michael Levin: Biology, Life, Aliens, Evolution, Embryogenesis & Xenobots"],
        ["t:michael levin"],
    ),
    (
        "michael kennedy and chris moffitt on where to begin with dataviz",
        ["#384: Python Data Visualization - Where To Start?"],
        ["chris moffitt", "t:visualization"],
    ),
    (
        "mike and dr tim on tim's trips out of small town oklahoma",
        ["Early Travels"],
        ["small town oklahoma"],
    ),
    (
        "katharine viner looking back on 2022",
        ["How the Guardian covered 2022"],
        ["f:tif", "katharine viner"],
    ),
]

TITLE_TYPO: list[tuple[str, list[str], str]] = [
    ("giant bomcast 09-11-2012", ["Giant Bombcast 09-11-2012"], "09-11-2012"),
    ("giant bommbcast 06/21/2016", ["Giant Bombcast 06/21/2016"], "06/21/2016"),
    ("gian bombcast 12/22/2015", ["Giant Bombcast 12/22/2015"], "12/22/2015"),
    ("giant bombacst 12/17/2013", ["Giant Bombcast 12/17/2013"], "12/17/2013"),
    ("giant bonbcast 12-21-2010", ["Giant Bombcast 12-21-2010"], "12-21-2010"),
    (
        "quantum computng and python",
        ["#158: Quantum Computing and Python"],
        "quantum computing and python",
    ),
    ("pythonic netwroks with napalm", ["#128: Pythonic Networks with NAPALM"], "pythonic networks"),
    (
        "kubernets for pythonistas",
        ["#126: Kubernetes for Pythonistas"],
        "kubernetes for pythonistas",
    ),
    (
        "thriving in a remote develper environment",
        ["#258: Thriving in a remote developer environment"],
        "remote developer environment",
    ),
    ("the failure of meritocrasy", ["#205 — The Failure of Meritocracy"], "failure of meritocracy"),
    ("forbiden knowledge", ["#73 — Forbidden Knowledge"], "forbidden knowledge"),
    ("a contagion of bad idaes", ["#256 — A Contagion of Bad Ideas"], "contagion of bad ideas"),
    (
        "jumping off the edge into chromiun",
        ["Jumping off the Edge into Chromium"],
        "edge into chromium",
    ),
    ("bulding a startup on go", ["Building a startup on Go"], "startup on go"),
    ("discussing impostor syndrome", ["Discussing Imposter Syndrome"], "imposter syndrome"),
    ("soudans warring genrals", ["Sudan’s warring generals"], "warring generals"),
    (
        "is italy heading for its first far-rigth leader since musolini",
        ["Is Italy heading for its first far-right leader since Mussolini? – podcast"],
        "far-right leader since mussolini",
    ),
    (
        "evolution of protiens, viruses, life and ai",
        ["#153 – Dmitry Korkin: Evolution of Proteins, Viruses, Life, and AI"],
        "evolution of proteins",
    ),
]

PODCAST: list[tuple[str, str, str]] = [
    ("the bombcasts from may 20 and may 27 2008", "bomb", r"05-(20|27)-2008$"),
    ("bombcasts 03-23-2010 and 03-30-2010", "bomb", r"03-(23|30)-2010$"),
    ("the first two gb podcasts of september 2009", "bomb", r"09-0[18]-2009$"),
    ("giant bombcasts from january 7 and 28, 2014", "bomb", r"01/(07|28)/2014$"),
    ("js party's wtfjs and coffee talk eps", "js", r"wtf, js|coffee talk"),
    ("talk python's architecture eps, the building ones", "tp", r"architecture"),
    ("mike neumann show vacation and abstractish", "mike", r"^(vacation|abstractish)$"),
    ("no agenda 1379 and 1380", "na", r"^13(79|80):"),
    ("podcasting 2.0 eps 27 and 31", "p20", r"^episode (27|31):"),
    ("taverncast 27 and 28", "tav", r"^taverncast 2[78]:"),
    ("tom segura en español 22 y 23", "tom", r"^ep\. 2[23] con"),
    (
        "dw langsam gesprochene nachrichten from the 28th of january and the 1st of march",
        "dw",
        r"^(28\.01|01\.03)\.2022",
    ),
    ("the pasajes about leónidas and gettysburg", "pas", r"leonidas|gettysburg"),
    ("the today in focus eps whose titles start with is the uk", "tif", r"^is the uk"),
    ("se radio eps 11 and 48", "se", r"^episode (11|48):"),
    ("hibt's chesapeake bay candle episodes", "hibt", r"chesapeake"),
]

NUMBER: list[tuple[str, str | None, int, int | None]] = [
    ("tp 323?", "tp", 323, None),
    ("talk python number 278", "tp", 278, None),
    ("lex episode 166", "lex", 166, None),
    ("lex fridman #306 who's the guest", "lex", 306, None),
    ("making sense 273", "ms", 273, None),
    ("sam harris ep #257", "ms", 257, None),
    ("se radio 180", "se", 180, None),
    ("software engineering radio episode 211", "se", 211, None),
    ("hibt #430", "hibt", 430, None),
    ("how i built this ep 151", "hibt", 151, None),
    ("hipsters #353 é sobre o que?", "hip", 353, None),
    ("hipsters episódio 140", "hip", 140, None),
    ("mike neumann show episode 26", "mike", 26, None),
    ("no agenda 1392", "na", 1392, None),
    ("podcasting 2.0 #18", "p20", 18, None),
    ("taverncast 45", "tav", 45, None),
    ("tom segura en español número 9", "tom", 9, None),
    ("js party episode 200", "js", 200, None),
]

LATEST: list[tuple[str, str | None, list[str]]] = [
    ("newest bombcast that brings up peter molyneux", "bomb", ["\\bpeter molyneux\\b"]),
    ("most recent gb pod mentioning blizzard", "bomb", ["\\bblizzard\\b"]),
    ("last bombcast where zombies came up", "bomb", ["\\bzombies\\b"]),
    ("latest bombcast about achievements", "bomb", ["\\bachievements\\b"]),
    ("newest bombcast talking assassin's creed ii", "bomb", ["assassin.s creed ii\\b"]),
    ("most recent bombcast with dsiware talk", "bomb", ["\\bdsiware\\b"]),
    ("most recent tp where flask comes up", "tp", ["\\bflask\\b"]),
    ("newest lex that brings up chess", "lex", ["\\bchess\\b"]),
    ("most recent today in focus about strikes", "tif", ["\\bstrikes?\\b"]),
    ("last taverncast about warcraft", "tav", ["\\bwarcraft\\b"]),
    ("mike neumann's newest one on rockets", "mike", ["\\brockets?\\b"]),
    ("el tom segura más reciente que menciona méxico", "tom", ["\\bmexico\\b"]),
    ("latest se radio that mentions erlang", "se", ["\\berlang\\b"]),
    ("hipsters mais novo falando de rust", "hip", ["\\brust\\b"]),
    ("latest go time where grpc comes up", "go", ["\\bgrpc\\b"]),
    ("most recent js party that mentions vue", "js", ["\\bvue\\b"]),
    ("newest making sense on buddhism", "ms", ["\\bbuddhism\\b"]),
    ("newest hibt where wine comes up", "hibt", ["\\bwine\\b"]),
]

SPANISH: Labelled = [
    (
        "¿el bombcast donde hablan de jugar doom en un avión?",
        ["Giant Bombcast 09-08-2009"],
        ["doom on a plane"],
    ),
    ("¿cuál bombcast habla de wesley snipes?", ["Giant Bombcast 12-07-2010"], ["wesley snipes"]),
    (
        "el bombcast de la cata de bebidas británicas el día de la investidura",
        ["Giant Bombcast 01-20-2009"],
        ["uk drink taste-test"],
    ),
    (
        "¿en cuál capítulo de valientes dice que su misión es salvar vidas?",
        ["El Ministerio del Tiempo - Tiempo de valientes: capítulo 2"],
        ["salvar vidas"],
    ),
    ("¿el pasaje de la universidad volante clandestina?", ["Marie Curie"], ["universidad volante"]),
    ("¿el pasaje sobre la perfección de la legión romana?", ["Julio César"], ["legion romana"]),
    (
        "¿hay un pasaje del papa urbano ii convocando a los cristianos?",
        ["Las cruzadas y la Guerra Santa"],
        ["urbano ii"],
    ),
    (
        "¿el pasaje del caudillo mercenario de la corona de aragón?",
        ["Roger de Flor"],
        ["corona de aragon"],
    ),
    (
        "¿el tom segura con la boricua del podcast yo esperaba más de ti?",
        ["Ep. 22 con Cristina Sanchez | Tom Segura En Español"],
        ["yo esperaba mas de ti"],
    ),
    (
        "¿el de wola sobre el papel catalizador de colombia en la onu?",
        ["Global Drug Policy: “Countries are being freed up to actually speak their minds”"],
        ["catalytic role"],
    ),
    ("¿el lex con la desertora norcoreana?", ["#196 – Yeonmi Park: North Korea"], ["defector"]),
    (
        "¿el talk python sobre el gil y los subintérpretes?",
        ["#225: Can subinterpreters free us from Python's GIL?"],
        ["t:subinterpreters"],
    ),
    (
        "¿el making sense donde reflexiona sobre su conversación fallida con chomsky?",
        ["#9 — Final Thoughts On Chomsky"],
        ["f:ms", "t:chomsky"],
    ),
    (
        "¿el hibt de las bolsas reutilizables para el almuerzo de los niños?",
        ["Stasher and Modern Twist: Kat Nouri"],
        ["single-use plastic"],
    ),
    (
        "¿el primerísimo de se radio, el que no tiene contenido real?",
        ["Episode 0: About"],
        ["episode zero"],
    ),
    (
        "¿el go time con trucos de desarrollo guiado por pruebas?",
        ["Giving TDD a Go"],
        ["f:go", "t:tdd", "tips and tricks"],
    ),
    (
        "¿el today in focus del acuerdo de pérdidas y daños en egipto?",
        ["Cop27: another blow to 1.5C?"],
        ["loss and damage"],
    ),
    (
        "¿el js party sobre mocha con boneskull?",
        ["A hot cup of Mocha ☕"],
        ["boneskull", "t:mocha"],
    ),
]

PORTUGUESE: Labelled = [
    (
        "o bombcast do filme da chun-li e de saskatoon",
        ["Giant Bombcast 03-03-2009"],
        ["saskatoon"],
    ),
    (
        "o bombcast sobre o atari jaguar e o próximo jogo do jason bourne",
        ["Giant Bombcast 02-03-2009"],
        ["jason bourne"],
    ),
    (
        "o bombcast das tatuagens no gears of war 2 e das fitas do richard pryor",
        ["Giant Bombcast 05-20-2008"],
        ["f:bomb", "richard pryor"],
    ),
    (
        "o hipsters que explica o wordpress, a história e pra onde vai",
        ["Por trás do WordPress – Hipsters #72"],
        ["f:hip", "t:wordpress"],
    ),
    (
        "o hipsters sobre o botão verde que vende mais que o vermelho",
        ["Testes A/B – Hipsters #59"],
        ["botao verde"],
    ),
    (
        "o hipsters com engenheiros da netflix e arquivos .jar de 10 giga",
        ["Tecnologias na Netflix – Hipsters #41"],
        ["\\.jar de 10 gigabytes"],
    ),
    (
        "o episódio sobre cobol e mainframe raiz",
        ["Mainframe e desenvolvimento raiz – Hipsters #118"],
        ["f:hip", "t:mainframe"],
    ),
    (
        "hipsters sobre como manter o time motivado e feliz com os líderes",
        ["Gestão de Pessoas – Hipsters #157"],
        ["motivadas"],
    ),
    (
        "o hipsters sobre o php ter evoluído a partir da versão 5.3",
        ["PHP não é coisa de sobrinho! – Hipsters #36"],
        ["partir do 5\\.3"],
    ),
    (
        "o hipsters com o pessoal da flux games",
        ["Desenvolvimento de Jogos Indie – Hipsters #96"],
        ["flux games"],
    ),
    (
        "o hipsters de tecnologia contra o coronavírus",
        ["Tecnologia e computação no combate ao vírus – Hipsters Ponto Tech #195"],
        ["t:combate ao virus"],
    ),
    (
        "o today in focus sobre o xi ganhando um terceiro mandato",
        ["The all-powerful Xi Jinping"],
        ["third term"],
    ),
    ("o lex com o fundador da irobot", ["Colin Angle: iRobot"], ["t:irobot"]),
    (
        "o hibt da fundadora do canva",
        ["Canva: Melanie Perkins", "Canva: Melanie Perkins (2019)"],
        ["t:canva"],
    ),
    (
        "o making sense com a maryam namazie sobre fogo amigo entre secularistas",
        ["#29 — Throw Open the Gates"],
        ["friendly fire among secularists"],
    ),
    (
        "o talk python com o pessoal do pycharm",
        ["#36: Python IDEs with the PyCharm team"],
        ["t:pycharm team"],
    ),
    (
        "as notícias lentas da dw de 19 de janeiro",
        ["19.01.2022 – Langsam gesprochene Nachrichten"],
        ["t:19\\.01\\.2022"],
    ),
]

# (question, patterns that must be absent from every title and notes)
# Near misses: neighbouring countries and events, technologies, games, guests and news that
# no episode of any feed covers.
NONE: list[tuple[str, tuple[str, ...]]] = [
    ("wola episode on the haiti gang federation g9", ("\\bg9\\b", "g-9")),
    ("did wola cover the bolivian lithium triangle", ("lithium triangle",)),
    ("wola podcast about guatemala's arevalo being blocked by prosecutors", ("arevalo",)),
    ("¿wola habló del muro fronterizo de boyas en el río bravo?", ("boyas", "buoy")),
    ("dw slow news on the gdl train drivers walking out", ("\\bgdl\\b", "lokfuhrer")),
    ("bombcast where they review baldur's gate 3", ("baldur.s gate 3",)),
    ("giant bomb pod on the virtual boy's red screen headaches", ("virtual boy",)),
    ("bombcast griping about the sega nomad's battery life", ("sega nomad",)),
    ("bombcast ranking every crash bandicoot kart game", ("crash team racing", "crash nitro")),
    ("mike and dr tim on the soviet buran shuttle", ("buran",)),
    ("talk python digging into hatchling build backends", ("hatchling",)),
    ("tp guest showing python inside excel cells", ("python in excel",)),
    ("js party on the lit framework's signals rfc", ("signals rfc",)),
    ("js party about the left-pad incident anniversary", ("left-pad",)),
    ("lex chatting with the nyt crossword editor", ("crossword",)),
    (
        "lex and the swimmer who crossed the english channel four times nonstop",
        ("english channel",),
    ),
    ("making sense on the gaza pier", ("gaza pier", "floating pier")),
    ("guy raz on the crumbl cookie chain", ("crumbl",)),
    ("did guy raz ever talk to the people who made furbies", ("furby",)),
    ("¿en tiempo de valientes aparece el general weyler?", ("weyler",)),
    ("¿tom segura habla del día de los muertos?", ("dia de (los )?muertos",)),
    ("the one about archerfish spitting at bugs", ("archerfish",)),
    ("ep on pistol shrimp snapping so hard they make light", ("pistol shrimp",)),
    ("the immortal jellyfish one, where was it", ("immortal jellyfish", "turritopsis")),
    ("anything on the bat-eared foxes of the kalahari", ("kalahari",)),
    ("anything on the transputer chips", ("transputer",)),
    ("anything on the sinclair zx spectrum", ("zx spectrum",)),
    ("anything on the neo geo pocket color", ("neo geo pocket",)),
    ("ep on the sega game gear eating batteries", ("game gear",)),
    ("anything about the nintendo 64dd", ("64dd",)),
    ("ep on the vectrex console", ("vectrex",)),
    ("anything on palm pilots and graffiti handwriting", ("graffiti",)),
    ("the ep about the aswan high dam", ("aswan",)),
    ("anything on the 2017 puebla quake", ("puebla",)),
    ("the ep about the arecibo dish collapsing", ("arecibo",)),
    ("¿se habla del golpe de 1973 en chile?", ("pinochet", "allende")),
    ("¿algo sobre la guerra del pacífico entre perú y chile?", ("guerra del pacifico",)),
    ("anything about building the hoover dam", ("hoover dam",)),
    ("ep on the panama canal expansion", ("panama canal",)),
    ("anything on maglev trains in shanghai", ("maglev",)),
    ("the ep on the tenerife airport disaster", ("tenerife",)),
    ("anything about the r101 airship", ("r101",)),
    ("was there a bombcast on the dreamcast microphone", ("dreamcast mic",)),
    ("o hipsters sobre o cadúnico e os dados sociais", ("cadunico",)),
    ("js party arguing about the web environment integrity proposal", ("environment integrity",)),
    ("did anyone ever cover the tulip mania", ("tulip",)),
    ("go time on the loopvar semantics change", ("loopvar",)),
    ("js party on import maps landing in safari", ("import maps",)),
    ("making sense on the surfside condo collapse", ("surfside",)),
    ("podcasting 2.0 when the podcast index api went down for a day", ("index outage",)),
    ("wola on bukele's bitcoin city volcano bonds", ("volcano bond", "bitcoin city")),
    ("¿hay algo del corredor interoceánico de tehuantepec?", ("tehuantepec",)),
    ("¿tiempo de valientes cuenta la batalla de santiago de cuba?", ("santiago de cuba",)),
    ("bombcast on the zelda tears of the kingdom ultrahand", ("ultrahand",)),
    ("gb pod about the analogue pocket", ("analogue pocket",)),
    ("anything on the eve online monument in reykjavik", ("reykjavik",)),
    (
        "lex with the jpl engineer who flew the little mars helicopter",
        ("mars helicopter", "ingenuity helicopter"),
    ),
    ("lex w/ ken thompson of unix fame", ("ken thompson",)),
    ("tif episode on the post office horizon scandal", ("horizon scandal", "post office")),
    ("the guardian pod about the elgin marbles", ("elgin", "parthenon")),
    ("hipsters ponto tech sobre o login do gov.br", ("gov\\.br",)),
    ("js party about deno 2 finally loving npm", ("deno 2",)),
    ("taverncast on the onyxia 40-man raid wipe", ("onyxia",)),
    ("taverncast interviewing the corrupted blood plague survivors", ("corrupted blood",)),
    ("mike and tim on skylab falling on australia", ("skylab",)),
    ("episódio sobre a greve geral de 1917 em são paulo?", ("greve geral",)),
    (
        "¿algún pódcast cuenta la historia del cártel del golfo?",
        ("cartel del golfo", "gulf cartel"),
    ),
    ("was there one on the mary celeste", ("mary celeste",)),
    ("which episode did the codex seraphinianus", ("seraphinianus",)),
    ("the ep about lake nyos and the gas cloud", ("nyos",)),
    ("any episode on the great attractor", ("great attractor",)),
    ("which one covers the pioneer plaque", ("pioneer plaque",)),
    ("ep about the apollo 13 co2 scrubber fix", ("apollo 13", "scrubber")),
    ("anything on 1816, the year without a summer", ("year without a summer",)),
    ("the ep about the chaotic 1904 olympic marathon", ("olympic marathon",)),
    ("anything about the great stink of london", ("great stink",)),
    ("was there one on the emu war in australia", ("emu war",)),
    ("ep about the pastry war between france and mexico", ("pastry war", "guerra de los pasteles")),
    ("anything on the aroostook war over the maine border", ("aroostook",)),
    ("ep on the wreck of the edmund fitzgerald", ("edmund fitzgerald",)),
    ("anything about operation fortitude and the fake army", ("fortitude",)),
    ("the ep about the windtalkers of ww2", ("windtalker",)),
    ("any ep on the soviet dogs in space like laika", ("laika",)),
    ("the ep about the halifax explosion", ("halifax",)),
    ("anything on the general slocum disaster", ("slocum",)),
    ("which ep did the st. francis dam collapse", ("st\\. francis dam", "saint francis dam")),
    ("anything on the great chicago fire and the cow", ("chicago fire",)),
    ("ep about the thylacine sightings in tasmania", ("thylacine",)),
    ("anything about p.t. barnum's feejee mermaid", ("feejee", "fiji mermaid")),
    ("the ep about the spiritualist fox sisters and their knocking", ("fox sisters",)),
    ("ep on the mechanical turk chess automaton", ("mechanical turk",)),
    ("ep about the baobab trees of madagascar", ("baobab",)),
    ("anything on the hanging temple in china", ("hanging temple",)),
    ("the ep about the catacombs of paris", ("catacomb",)),
    ("anything on the aguas blancas massacre", ("aguas blancas",)),
    ("the ep on the mexican revolution's adelitas", ("adelita",)),
    ("¿algo sobre el sitio de sarajevo?", ("sarajevo",)),
    ("alguma coisa sobre a sabinada na bahia?", ("sabinada",)),
    ("anything on the 1987 black monday crash", ("black monday",)),
    ("the ep about the mt. gox hack", ("mt\\. ?gox",)),
    ("the ep about bogosort", ("bogosort",)),
    ("ep about quines, programs that print their own source", ("\\bquines?\\b",)),
    ("the ep on the four color theorem", ("four color", "four colour")),
    ("anything about the traveling salesman problem", ("salesman problem",)),
    ("ep on the banach-tarski paradox", ("banach",)),
    ("the ep about the prisoner's dilemma tournaments", ("axelrod",)),
    ("anything on simpson's paradox", ("simpson.s paradox",)),
    (
        "i could've sworn a talk python guest ran micropython on a graphing calculator",
        ("graphing calculator",),
    ),
    ("didn't some go time guest write a chip-8 interpreter", ("chip-8",)),
    ("se radio interview about bloom filters in cassandra?", ("bloom filter",)),
    ("the lex one where he goes on a silent retreat in the desert", ("silent retreat",)),
    ("hibt with whoever invented the fidget spinner", ("fidget spinner",)),
    ("hipsters falando sobre libras e acessibilidade nos apps", ("libras",)),
    ("o hipsters on the road gravado dentro do porto digital no recife", ("porto digital",)),
    ("the podcasting 2.0 where they argued about a podcast:ai tag", ("podcast:ai",)),
    ("mike and dr tim talking about the austin city limits festival", ("city limits",)),
    ("wola episode about the yanomami gold miners in brazil", ("yanomami",)),
    ("¿wola tiene un episodio sobre los desaparecidos de ayotzinapa?", ("ayotzinapa",)),
    ("¿pasajes tiene algo de la batalla de covadonga?", ("covadonga",)),
    ("bombcast where the crew live-plays the entire pentiment", ("pentiment",)),
    ("the giant bomb pod about the wii u gamepad's battery life", ("gamepad.s battery",)),
    ("bombcast where jeff builds a racing sim rig in his closet", ("sim rig",)),
    ("a bombcast about the playstation vita's memory card prices lol", ("memory card prices",)),
    ("giant bomb podcast interviewing the hotline miami 3 devs", ("hotline miami 3",)),
    ("which ep explains how undersea internet cables get laid", ("undersea",)),
    ("saw somebody mention an episode on why keyboards are qwerty", ("qwerty",)),
    ("podcast ep about why airplane food tastes bland at altitude", ("airplane food",)),
    ("the one on the people who wind big ben's clock", ("big ben",)),
    ("an ep about competitive speed cubing", ("speedcub", "speed cub")),
    ("the pod on professional bridge players cheating with coughs", ("bridge players",)),
    ("ep where they talk about how the caesar salad was invented in tijuana", ("caesar salad",)),
    ("anything on the history of the eisenhower matrix", ("eisenhower matrix",)),
    ("the ep about kids speedrunning super mario 64 blindfolded", ("blindfold",)),
    ("ep about hanko stamps holding up japanese paperwork", ("hanko",)),
    ("any episode on who invented the pallet jack", ("pallet jack",)),
    ("ep explaining why golf balls have dimples", ("dimples",)),
    ("wasn't there one about the first vending machine in ancient egypt", ("vending machine",)),
    ("talk about the thai cave boys rescue anywhere?", ("thai cave",)),
    ("¿un episodio sobre los niños de morelia?", ("morelia",)),
    ("¿algún episodio habla de las minas de mercurio de almadén?", ("almaden",)),
    ("tem algum sobre a construção de brasília pelo juscelino?", ("juscelino",)),
    ("se radio on mainframe cics transaction stories", ("\\bcics\\b",)),
]

CHAT: list[str] = [
    "evening everybody, long day",
    "happy weekend to all of you",
    "the rain here is ridiculous today",
    "did anybody catch the match last night?",
    "appreciate all the suggestions yesterday",
    "oops that was meant for another server",
    "grabbing a coffee, back in 5",
    "take care everyone",
    "this month has been wild huh",
    "buenas noches a todos por aquí",
    "opa, boa tarde povo",
    "wassup folks",
    "you all are the best server",
    "back from my trip, jetlagged af",
    "my headphones just broke mid listen ugh",
    "shoutout to whoever posted the playlist",
    "off to walk the dog, cya",
    "dead chat today lol",
    "what's everyone having for dinner",
    "henlo frens",
    "greetings from berlin",
    "can't sleep again, insomnia gang",
    "how is it already march",
    "un saludo desde argentina",
    "e aí pessoal, sumido mas voltei",
    "gonna grab some water brb",
    "tea or coffee people, go",
    "train delayed again, of course",
    "tuesdays feel like mondays tbh",
    "love the new emoji someone added",
    "anyone else folding laundry with a pod on",
    "congrats to everyone who finished exams this week",
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
