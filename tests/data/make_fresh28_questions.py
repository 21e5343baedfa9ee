"""Write issue 11's twenty-eighth fresh held-out set: ``questions_fresh28.jsonl``.

Run from the repository root with the shared feeds beside it::

    python tests/data/make_fresh28_questions.py [FEEDS_DIR]

It follows the twenty-seventh set (``questions_fresh27.jsonl``) as the held-out set kept for
the round after. Its questions were written from the feeds alone (titles, notes, guests,
dates, episode numbers), never from the answering code or from what the bot answers, and the
bot was not run on them. They are worded by hand. No question is near one of the thirty-one
earlier sets (the four first ones and fresh to fresh27, ``questions_fresh27.jsonl`` among
them).

As for the twenty-seventh set, no episode of any feed is left that no earlier set expects, so
every answerable question here expects episodes an earlier set already expects, and the share
that may expect only earlier-set episodes (``MAX_REUSED_SHARE``) is 1. The rule of novelty is
the whole guard, and it holds for every answerable question here: a question that expects an
episode an earlier set expects must ask about it through other details than every earlier
question expecting that episode, the twenty-seventh set's among them. ``same_details`` checks
it: the question's content words (folded; the stop words the sets under the rule share,
``fresh_sets.NOVELTY_STOP_WORDS``, dropped; a final "s" dropped) may share at most one word
with each earlier question that expects one of the same episodes. So the questions were
written from details of the notes earlier questions did not use.

The other limits are the twenty-seventh set's: at least 15 of each kind, 95 near misses, 110
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

OUT = HERE / "questions_fresh28.jsonl"
EARLIER = earlier_sets(28, fresh.EARLIER)
HEADER = (
    "Issue 11 twenty-eighth fresh held-out set (written by "
    "tests/data/make_fresh28_questions.py from the feeds; succeeds questions_fresh27.jsonl as "
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

WOLA_LGBT_ES = "Derechos y resistencia LGBTIQ+ en Latinoamérica: seis voces de la región"
WOLA_LGBT_EN = "LGBTIQ+ Rights and Resistance in Latin America: Six Voices from the Region"
RTVE_1 = "El Ministerio del Tiempo - Tiempo de valientes: capítulo 1"

NOTES: Labelled = [
    (
        "bombcast w/ the rec room and rez infinite chat plus forza horizon 3",
        ["Giant Bombcast 448: A Chance Encounter With Methed-Up Billy Idol"],
        ["rez infinite", "rec room"],
    ),
    (
        "gb pod with steam dev days tidbits and eyeball massages",
        ["Giant Bombcast 452: A Board-Certified Medical Podcast"],
        ["eyeball massages"],
    ),
    (
        "the one where they get into the ugly truth about how old mario is",
        ["Giant Bombcast 453: Big Beautiful Baked Potato"],
        ["mario.s age"],
    ),
    (
        "bombcast w/ gamespot's peter brown and life on the flea market circuit",
        ["Giant Bombcast 441: Mr. Eyeballs' Booger Sugar"],
        ["flea market circuit"],
    ),
    (
        "the gb show with baby shampoo taste testing",
        ["Giant Bombcast 508: Xfinity Heavy Industries"],
        ["baby shampoo"],
    ),
    (
        "bombcast where they argue about pigs in blankets",
        ["Giant Bombcast 592: Extra Ribcage Edition"],
        ["pigs in blankets"],
    ),
    (
        "that bombcast saying goodbye to the ouya and eating decade old buffalo sauce",
        ["Giant Bombcast 585: The Hentai Highway"],
        ["buffalo sauce"],
    ),
    (
        "bombcast about never ever washing your jeans",
        ["Giant Bombcast 551: Digital Didgeridudes"],
        ["washing your jeans"],
    ),
    (
        "tp visiting the founders on pycon's startup row",
        ["#414: A Stroll Down Startup Lane"],
        ["startup row"],
    ),
    (
        "se radio w/ the turing award winner who also made latex",
        ["Episode 203: Leslie Lamport on Distributed Systems"],
        ["f:se", "designed the document preparation tool latex"],
    ),
    (
        "making sense on darwin's embarrassing thoughts about marriage",
        ["#299 — Steps in the Right Direction"],
        ["darwin.s embarrassing"],
    ),
    (
        "lex with the cofounder of belcampo",
        ["#203 – Anya Fernald: Regenerative Farming and the Art of Cooking Meat"],
        ["f:lex", "co-founder of belcampo"],
    ),
    (
        "hibt about texas a&m housemates playing hockey in their living room",
        ["Dude Perfect: Cory Cotton and Tyler Toney"],
        ["playing hockey in the living room"],
    ),
    (
        "js party on why microsoft forked puppeteer",
        ["All about Playwright"],
        ["fork puppeteer"],
    ),
    (
        "tif on whether the bubble of eye watering art prices is about to burst",
        ["Inside Frieze: what can it tell us about art, money and power in 2022?"],
        ["eye-watering prices"],
    ),
    (
        "taverncast with ridley scott's prometheus and star wars on bluray",
        ["Geekistry: Flannel Was Cool"],
        ["ridley scott and prometheus"],
    ),
    (
        "hipsters where code gets mixed with art, history and playful stuff",
        ["Programação criativa – Hipsters Ponto Tech #266"],
        ["coisas ludicas"],
    ),
]

LOOSE: Labelled = [
    (
        "wola episode about building more inclusive societies, with voices from venezuela",
        [WOLA_LGBT_ES, WOLA_LGBT_EN],
        ["inclusive societies"],
    ),
    (
        "the bombcast that gets into cheap foreign insulin and the no man's sky refunds",
        ["Giant Bombcast 445: Irish Tax Loophole"],
        ["foreign insulin"],
    ),
    (
        "gb ep with a fall out boy field report",
        ["Giant Bombcast 549: Reboot the Pearl!"],
        ["fall out boy"],
    ),
    (
        "bombcast where mike mahardy drops by with skrillex whereabouts",
        ["Giant Bombcast 552: Uncle of the Year"],
        ["skrillex", "mahardy"],
    ),
    (
        "the gb pod about kinects in casinos and mario embracing the bourgeoisie",
        ["Giant Bombcast 498: Cat Spanker's Alley"],
        ["bourgeoisie"],
    ),
    (
        "bombcast with more than one weird concert report and rebel galaxy outlaw",
        ["Giant Bombcast 596: Math Amphetamine"],
        ["rebel galaxy outlaw"],
    ),
    (
        "tp with the guy from sketch who adds conversational ai to pandas",
        ["#410: The Intersection of Tabular Data and Generative AI"],
        ["justin waugh"],
    ),
    (
        "the tp about a bloomberg terminal alternative",
        ["#370: OpenBB: Python's Open-source Investment Platform"],
        ["bloomberg terminal"],
    ),
    (
        "lex with the caltech astrophysicist hunting a ninth planet",
        ["#201 – Konstantin Batygin: Planet 9 and the Edge of Our Solar System"],
        ["f:lex", "planetary astrophysicist"],
    ),
    (
        "sam harris on saudi arabia's crown prince and the khashoggi murder",
        ["#278 — The Man Who Will Be King"],
        ["f:ms", "khashoggi"],
    ),
    (
        "hibt with the indigenous chef who grew up on a south dakota reservation",
        ["HIBT Lab! The Sioux Chef: Sean Sherman"],
        ["reservation in south dakota"],
    ),
    (
        "se radio about the go cd and hp firmware delivery stories",
        ["Episode 221: Jez Humble on Continuous Delivery"],
        ["hp firmware"],
    ),
    (
        "go time, the one where they first try discussing the news",
        ["Going through the news"],
        ["trying something new this week: discussing the news"],
    ),
    (
        "js party teaching sre and slo jargon and opentelemetry",
        ["Making sense of production"],
        ["opentelemetry", "t:production"],
    ),
    (
        "the guardian episode where two young ukrainians answered the call to fight",
        ["100 days of war in Ukraine"],
        ["volodymyr ksienich"],
    ),
    (
        "mike & dr tim's very first recording at their favorite austin breakfast spot",
        ["Hello World"],
        ["favorite local austin breakfast spot"],
    ),
    (
        "podcasting 2.0 where the boy wonder of boosting shows up",
        ["Episode 30: Digital Abolitionists"],
        ["boy wonder of boosting"],
    ),
]

# (question, expected titles, evidence, misspelled?)
GUEST: list[tuple[str, list[str], list[str], bool]] = [
    (
        "adrian cockroft cloud",
        ["Episode 216: Adrian Cockcroft on the Modern Cloud-based Platform"],
        ["t:adrian cockcroft"],
        True,
    ),
    (
        "bruce powell douglas",
        ["Episode 73: Real Time Systems with Bruce Powel Douglass"],
        ["t:bruce powel douglass"],
        True,
    ),
    (
        "jonathan aldrich cmu",
        ["Episode 59: Static Code Analysis"],
        ["jonathan aldrich"],
        False,
    ),
    (
        "craig jones bjj",
        ["#363 – B-Team Jiu Jitsu: Craig Jones, Nicky Rod, and Nicky Ryan"],
        ["f:lex", "craig jones"],
        False,
    ),
    ("josh collinsworth react", ["The spicy React debate show 🌶️"], ["collinsworth"], False),
    ("matt thorton", ["#316 — Self-Defense: Reality and Fantasy"], ["matt thornton"], True),
    ("erik hoel", ["#305 — Moral Knowledge"], ["f:ms", "erik hoel"], False),
    ("toby langel open source", ["What's in your package.json?"], ["tobie langel"], True),
    ("peter sterios", ["Manduka: Peter Sterios"], ["peter sterios"], False),
    ("alex lofton", ["HIBT Lab! Landed: Alex Lofton"], ["alex lofton"], False),
    (
        "jennifer fitzgerald insurance",
        ["Policygenius: Jennifer Fitzgerald"],
        ["jennifer fitzgerald"],
        False,
    ),
    (
        "nayana shety lego",
        ["Observability in the wild: strategies that work"],
        ["nayana shetty"],
        True,
    ),
    ("stephen haberman", ["The ORMazing show"], ["haberman"], False),
    ("kevin powel css", ["Learning CSS in 2023"], ["kevin powell"], True),
    ("carmen linch", ["Ep. 24 con Carmela Lynch | Tom Segura En Español"], ["carmen lynch"], True),
    ("mitch downy podverse", ["Episode 30: Digital Abolitionists"], ["mitch downey"], True),
    (
        "andrej karpathi",
        ["#333 – Andrej Karpathy: Tesla AI, Self-Driving, Optimus, Aliens, and AGI"],
        ["t:andrej karpathy"],
        True,
    ),
]

HOST_GUEST: Labelled = [
    (
        "johannes thones and barry o'reilly",
        ["SE-Radio Episode 234: Barry O’Reilly on Lean Enterprise"],
        ["f:se", "t:barry o.reilly"],
    ),
    (
        "johannes thönes talking to jez humble",
        ["Episode 221: Jez Humble on Continuous Delivery"],
        ["f:se", "t:jez humble"],
    ),
    ("sam harris and cal newport", ["#304 — Why I Left Twitter"], ["f:ms", "cal newport"]),
    ("sam w/ tim urban", ["#315 — The Great Derangement"], ["f:ms", "tim urban"]),
    (
        "sam harris and david buss",
        ["#254 — The Mating Strategies of Earthlings"],
        ["f:ms", "david buss"],
    ),
    (
        "lex with mrbeast",
        ["#351 – MrBeast: Future of YouTube, Twitter, TikTok, and Instagram"],
        ["f:lex", "t:mrbeast"],
    ),
    (
        "lex and balaji srinivasan",
        ["#331 – Balaji Srinivasan: How to Fix Government, Twitter, Science, and the FDA"],
        ["f:lex", "t:balaji"],
    ),
    ("guy raz and sean sherman", ["HIBT Lab! The Sioux Chef: Sean Sherman"], ["sean sherman"]),
    (
        "guy raz w/ cory cotton and tyler toney",
        ["Dude Perfect: Cory Cotton and Tyler Toney"],
        ["tyler toney"],
    ),
    (
        "mat and jon with bryan boreham and jordan lewis",
        ["Don't forget about memory management"],
        ["bryan boreham"],
    ),
    (
        "natalie, kris and ian going over the headlines",
        ["Going through the news"],
        ["t:going through the news"],
    ),
    (
        "michael kennedy with justin waugh",
        ["#410: The Intersection of Tabular Data and Generative AI"],
        ["f:tp", "justin waugh"],
    ),
    (
        "michael kennedy + jason mcdonald",
        ["#411: Things I Wish Someone Had Explained To Me Sooner About Python"],
        ["f:tp", "jason c\\. mcdonald"],
    ),
    ("amal and nick with debbie from microsoft", ["All about Playwright"], ["debbie o.brien"]),
    ("kball and kevin powell", ["Learning CSS in 2023"], ["f:js", "kevin powell"]),
    (
        "michael safi and the ukrainian volunteers",
        ["100 days of war in Ukraine"],
        ["michael safi talks to volodymyr"],
    ),
    (
        "tom y carlos, el actor de república dominicana",
        ["Ep. 15 con Carlos Sánchez | Tom Segura En Español"],
        ["t:carlos sanchez"],
    ),
]

# (question, expected titles, the real title fragment as a pattern over folded titles)
TITLE_TYPO: list[tuple[str, list[str], str]] = [
    (
        "extra ribcage editon",
        ["Giant Bombcast 592: Extra Ribcage Edition"],
        "extra ribcage edition",
    ),
    ("wolf merlyn wolf", ["Giant Bombcast 591: WOLF MERLIN WOLF"], "wolf merlin wolf"),
    (
        "would u like fries with that",
        ["Giant Bombcast 455: Would You Like Fries With That?"],
        "would you like fries",
    ),
    (
        "5.3 milion scovilles",
        ["Giant Bombcast 451: 5.3 Million Scovilles"],
        "5\\.3 million scovilles",
    ),
    ("where the mould grows", ["Giant Bombcast 454: Where the Mold Grows"], "where the mold grows"),
    (
        "real tiem systems with bruce",
        ["Episode 73: Real Time Systems with Bruce Powel Douglass"],
        "real time systems",
    ),
    (
        "interveiw brian goetz and david holmes",
        ["Episode 44: Interview Brian Goetz and David Holmes"],
        "interview brian goetz",
    ),
    (
        "openbb pythons open source investmint platform",
        ["#370: OpenBB: Python's Open-source Investment Platform"],
        "investment platform",
    ),
    (
        "do excel thigns, get notebook python code w/ mito",
        ["#343: Do Excel things, get notebook Python code with Mito"],
        "do excel things",
    ),
    (
        "ben shaprio politics kanye",
        ["#336 – Ben Shapiro: Politics, Kanye, Trump, Biden, Hitler, Extremism, and War"],
        "ben shapiro",
    ),
    ("the man who wil be king", ["#278 — The Man Who Will Be King"], "the man who will be king"),
    ("why welth matters", ["#287 — Why Wealth Matters"], "why wealth matters"),
    ("earnign to give", ["#271 — Earning to Give"], "earning to give"),
    (
        "inside freize what can it tell us about art money and power",
        ["Inside Frieze: what can it tell us about art, money and power in 2022?"],
        "inside frieze",
    ),
    (
        "why has the spare gone rouge",
        ["Prince Harry’s memoir: why has the ‘Spare’ gone rogue?"],
        "gone rogue",
    ),
    ("forth quarter", ["Episode 16: Fourth Quarter"], "fourth quarter"),
    ("ajendaless", ["Agendaless"], "^agendaless$"),
]

PODCAST: list[tuple[str, str, str]] = [
    ("the bombcasts with chocolate in the name", "bomb", r"chocolate"),
    ("gb episodes named after merlin", "bomb", r"merlin"),
    ("tp eps on academia", "tp", r"academia"),
    ("the talk python automation ones", "tp", r"automation"),
    ("lex's two chats w/ barrett the emotions researcher", "lex", r"feldman barrett"),
    ("lex with the caltech physicist carroll, every time", "lex", r"sean carroll"),
    ("the sam & ricky gervais mental seasons", "ms", r"absolutely mental"),
    ("ms eps with cosmos in the name", "ms", r"cosmos"),
    ("se radio error handling parts", "se", r"error handling"),
    ("se radio remoting pt 1 and 2", "se", r"remoting"),
    ("hibt with jim koch from sam adams, both versions", "hibt", r"samuel adams"),
    ("hibt with the pong guy who did atari and chuck e cheese", "hibt", r"nolan bushnell"),
    ("go time's risqué proposals pair, part 1 and 2", "go", r"indecent"),
    ("js party astro eps", "js", r"\bastro\b"),
    ("tif on monkeypox", "tif", r"monkeypox"),
    ("tif about the 2022 tournament in the gulf state", "tif", r"qatar"),
    ("os dois hipsters com chatbots no título", "hip", r"chatbots"),
    ("the halloweekend 05 minisodes from blizzcon on tc", "tav", r"blizzcon"),
    ("the two mike & dr tim eps titled rockets", "mike", r"rockets"),
]

NUMBER: list[tuple[str, str | None, int, int | None]] = [
    ("whats talk python ep 399 about", "tp", 399, None),
    ("who's the guest on talk python 364", "tp", 364, None),
    ("lex number 201 who was that", "lex", 201, None),
    ("what was lex episode 203 on", "lex", 203, None),
    ("making sense episode number 299 pls", "ms", 299, None),
    ("what is ms ep 316 about", "ms", 316, None),
    ("se radio show 49 what was it", "se", 49, None),
    ("se radio ep number 87", "se", 87, None),
    ("hibt episode 510 who", "hibt", 510, None),
    ("how i built this number 487", "hibt", 487, None),
    ("hipsters ep 266 sobre o que era", "hip", 266, None),
    ("hipsters número 34", "hip", 34, None),
    ("mike neumann show number 13", "mike", 13, None),
    ("podcasting 2.0 episode 30?", "p20", 30, None),
    ("gb podcast ep 498", "bomb", 498, None),
    ("what was bombcast number 453 called", "bomb", 453, None),
    ("taverncast episode 49", "tav", 49, None),
]

LATEST: list[tuple[str, str | None, list[str]]] = [
    ("latest bombcast that talks red dead", "bomb", ["red dead"]),
    ("most recent gb pod w/ titanfall chat", "bomb", ["\\btitanfall\\b"]),
    ("what's the latest talk python to bring up fastapi", "tp", ["\\bfastapi\\b"]),
    ("which tp most recently name-drops django", "tp", ["\\bdjango\\b"]),
    ("most recent lex that touches on chess", "lex", ["\\bchess\\b"]),
    ("latest making sense mentioning stoicism", "ms", ["\\bstoic"]),
    ("newest se radio w/ scala", "se", ["\\bscala\\b"]),
    ("most recent hibt about a vegan company", "hibt", ["\\bvegan\\b"]),
    ("latest go time about webassembly", "go", ["webassembly|\\bwasm\\b"]),
    ("js party, the last ep that namechecks svelte", "js", ["\\bsvelte\\b"]),
    ("most recent tif where rishi sunak comes up", "tif", ["rishi sunak"]),
    ("hipsters: o último ep que cita kotlin", "hip", ["\\bkotlin\\b"]),
    ("newest pc 2.0 that brings up transcripts", "p20", ["\\btranscript"]),
    ("newest taverncast where minecraft comes up", "tav", ["\\bminecraft\\b"]),
    ("most recent mike neumann that mentions starship", "mike", ["\\bstarship\\b"]),
    ("¿el pasaje más reciente sobre roma?", "pas", ["\\broma\\b"]),
    ("most recent no agenda where texas comes up", "na", ["\\btexas\\b"]),
]

SPANISH: Labelled = [
    (
        "¿el audio donde el funcionario lleva tres días en la isla?",
        [RTVE_1],
        ["hace tres dias que llegue"],
    ),
    (
        "¿el pasaje del primer europeo en ver el océano pacífico?",
        ["Vasco Núñez de Balboa"],
        ["f:pas", "primer europeo en avistar"],
    ),
    (
        "¿el de las guerras religiosas entre cristianos y musulmanes?",
        ["Las cruzadas y la Guerra Santa"],
        ["guerras religiosas entre cristianos y musulmanes"],
    ),
    (
        "¿el de los saqueadores escandinavos que asolaron inglaterra e irlanda?",
        ["Historia de los Vikingos"],
        ["temibles saqueadores"],
    ),
    (
        "¿el del hijo del rey filipo ii?",
        ["Alejandro III de Macedonia, Alejandro Magno"],
        ["filipo ii"],
    ),
    (
        "¿el del científico español metido en la reforma protestante?",
        ["Miguel Servet", "Pasaje de la historia: Miguel Servet"],
        ["f:pas", "t:servet"],
    ),
    (
        "¿el pasaje de la mujer de juan de médici?",
        ["Caterina Sforza"],
        ["juan de medici"],
    ),
    (
        "¿el pasaje del joven del oeste de estados unidos que se volvió leyenda?",
        ["Billy el Niño"],
        ["oeste de estados unidos"],
    ),
    (
        "¿el tom segura con el de no hay pedo y tacos con todo?",
        ["Ep. 6 con Jesus Trejo | Tom Segura En Español"],
        ["no hay pedo"],
    ),
    (
        "¿tom con su artista favorita del mundo?",
        ["Ep. 21 con Belin | Tom Segura En Español"],
        ["artista favorita"],
    ),
    (
        "¿el tom segura con la cómica de españa, el del patrocinio de zelle?",
        ["Ep. 24 con Carmela Lynch | Tom Segura En Español"],
        ["zelle", "comediante de espana"],
    ),
    (
        "¿el bombcast con soulcalibur vi y obra dinn?",
        ["Giant Bombcast 555: Super Mario Bros. Review"],
        ["obra dinn", "soulcalibur vi"],
    ),
    (
        "¿el lex con el ingeniero de microprocesadores de tenstorrent?",
        ["#162 – Jim Keller: The Future of Computing, AI, Life, and Consciousness"],
        ["tenstorrent"],
    ),
    (
        "¿el making sense sobre ser rico contra ser adinerado?",
        ["#287 — Why Wealth Matters"],
        ["rich vs being wealthy"],
    ),
    (
        "¿el hibt de la marca de ropa de tallas grandes?",
        ["HIBT Lab! Universal Standard: Polina Veksler"],
        ["plus-size"],
    ),
    (
        "¿el go time sobre la api de linux v4l2 para capturar video?",
        ["Go on hardware: TinyGo in the wild"],
        ["v4l2"],
    ),
    (
        "¿el tif de las condiciones del centro para gente que cruzó el canal en botes?",
        ["What the scandal at Manston asylum centre says about our migration system"],
        ["small boats", "t:manston"],
    ),
]

PORTUGUESE: Labelled = [
    (
        "o hipsters que pergunta por que a procura por computação tá caindo entre elas",
        ["Mulheres na Tecnologia – Hipsters #34"],
        ["em queda entre as mulheres"],
    ),
    (
        "o hipsters sobre o que oracle, mysql e postgre não fazem",
        ["NoSQL: por quê? – Hipsters #22"],
        ["o que o oracle"],
    ),
    (
        "hipsters sobre virar especialista técnico ou ir pra gestão de pessoas",
        ["Liderança em Tecnologia: DevLeaders – Hipsters Ponto Tech #318"],
        ["especialista tecnico ou para gestao"],
    ),
    (
        "o fora de controle com stacking de ferramentas de ia",
        ["Stacking de IAs, experimentos em games e IA reflexiva – Hipsters: Fora de Controle #02"],
        ["stacking de ferramentas"],
    ),
    (
        "o fora de controle sobre o preenchimento generativo da versão beta do photoshop",
        [
            "Preenchimento generativo de imagem, data science com plugins, lidando com margens "
            "de erro – Hipsters: Fora de Controle #07"
        ],
        ["versao beta do photos"],
    ),
    (
        "o fora de controle sobre extração de pensamentos",
        [
            "IAs multimodais, extração de pensamentos e vantagens do open source – Hipsters: "
            "Fora de Controle #04"
        ],
        ["extracao de pensamentos"],
    ),
    (
        "o bombcast com o drive-thru de shooters e o ps4 pro",
        ["Giant Bombcast 455: Would You Like Fries With That?"],
        ["ps4 pro", "drive-through"],
    ),
    (
        "o bombcast sobre a política de reviews da bethesda e hábitos de higiene",
        ["Giant Bombcast 454: Where the Mold Grows"],
        ["hygiene habits"],
    ),
    (
        "o lex com o cofundador do coursera e do google brain",
        ["#73 – Andrew Ng: Deep Learning, Education, and Real-World AI"],
        ["f:lex", "co-founded coursera"],
    ),
    (
        "o making sense com a renee diresta sobre confiança nas instituições",
        ["#310 — Social Media & Public Trust"],
        ["f:ms", "renee diresta", "twitter files"],
    ),
    (
        "o sam harris com o andreessen sobre as três fases da web",
        ["#290 — What Went Wrong?"],
        ["three stages of the web"],
    ),
    (
        "o talk python sobre testar templates jinja e css de ponta a ponta",
        ["#368: End-to-End Web Testing with Playwright"],
        ["f:tp", "jinja for example"],
    ),
    (
        "o talk python que cita as 368 mil packages do pypi",
        ["#360: Removing Python's Dead Batteries (in just 5 years)"],
        ["368,000 packages"],
    ),
    (
        "o se radio com o chair do grupo http da ietf",
        ["Episode 232: Mark Nottingham on HTTP/2"],
        ["f:se", "ietf"],
    ),
    (
        "o how i built this do cara que começou yoga por causa do pescoço",
        ["Manduka: Peter Sterios"],
        ["neck strain"],
    ),
    (
        "o pasajes sobre o herói que lutou contra a ocupação inglesa",
        ["William Wallace, el guardián de Escocia"],
        ["ocupacion inglesa"],
    ),
    (
        "as notícias lentas da dw da quinta, dia dezessete de março",
        ["17.03.2022 – Langsam gesprochene Nachrichten"],
        ["t:17\\.03\\.2022"],
    ),
]

# (question, patterns that must be absent from every title and notes)
# Near misses: neighbouring countries and events, technologies, games, guests and news that
# no episode of any feed covers.
NONE: list[tuple[str, tuple[str, ...]]] = [
    (
        "wola on the mexican navy taking over customs at the ports",
        ("customs at the ports", "aduanas"),
    ),
    ("wola about the san andrés islands ruling with nicaragua", ("san andres",)),
    ("wola on ecuador's galápagos debt swap", ("galapagos",)),
    ("wola on shining path remnants in the vraem", ("vraem", "shining path", "sendero luminoso")),
    ("wola ep on the cerrejón coal mine in la guajira", ("cerrejon", "guajira")),
    ("¿wola sobre los feminicidios en ciudad de méxico?", ("feminicid",)),
    ("wola about the extradition of juan orlando hernández", ("orlando hernandez",)),
    ("wola about the el mozote massacre case", ("mozote",)),
    ("wola on cuba's family code referendum", ("family code", "codigo de las familias")),
    ("¿wola habló de pinochet y el golpe del 73?", ("pinochet",)),
    ("wola on drug violence in limón, costa rica", ("limon",)),
    ("gb pod on the lethal company craze", ("lethal company",)),
    ("gb pod about astro bot", ("astro bot",)),
    ("talk python about the reflex web framework", ("\\breflex\\b",)),
    ("se radio about opentofu and the terraform license change", ("opentofu",)),
    ("today in focus on the hs2 rail cancellation", ("\\bhs2\\b",)),
    ("taverncast sampling a chimay blue", ("chimay",)),
    ("¿hay pasaje del levantamiento del dos de mayo?", ("dos de mayo", "2 de mayo")),
    ("ep about the great exhibition of 1851", ("great exhibition",)),
    ("ep about the lindow man bog body", ("lindow", "bog body")),
    ("ep about the man in the iron mask", ("iron mask",)),
    ("the gunpowder plot and guy fawkes", ("fawkes",)),
    ("the one on the south sea bubble", ("south sea bubble",)),
    ("anything on the 1966 aberfan disaster", ("aberfan",)),
    ("ep about the lost dutchman's gold mine", ("lost dutchman",)),
    ("ep on the aroostook war", ("aroostook",)),
    ("something about the winchester mystery house", ("winchester",)),
    ("that one on the lost army of cambyses", ("cambyses",)),
    ("anything on the toxic lady gloria ramirez", ("gloria ramirez",)),
    ("ep on the 1962 escape from alcatraz", ("alcatraz",)),
    ("the one about d.b. cooper", ("d\\.b\\. cooper", "db cooper")),
    ("ep about the taos hum", ("\\btaos\\b",)),
    ("ep about operation paperclip", ("operation paperclip",)),
    ("the history of the vending machine", ("vending machine",)),
    ("ep on who invented the traffic light", ("traffic light",)),
    ("the microwave oven invented by accident", ("microwave oven",)),
    ("the invention of the shopping cart", ("shopping cart",)),
    ("history of the typewriter", ("typewriter",)),
    ("history of the lava lamp", ("lava lamp",)),
    ("ep about the kashmir earthquake of 2005", ("kashmir",)),
    ("anything about the 1899 cholera riots", ("cholera riot",)),
    ("a history pod on the hanseatic league", ("hanseatic",)),
    ("anything on the voyages of ibn battuta", ("battuta",)),
    ("ep on the silk road caravans of samarkand", ("samarkand",)),
    ("ep about the easter island moai", ("easter island", "moai", "rapa nui")),
    ("anything about the bay of pigs", ("bay of pigs",)),
    ("the one about the chicken little meteor panic", ("chicken little",)),
    ("ep about the tasaday hoax", ("tasaday",)),
    ("anything on the cherry sisters vaudeville act", ("cherry sisters",)),
    ("gb pod about the sega dreamcast's final days", ("dreamcast's final", "dreamcast.s final")),
    ("bombcast about the wii u virtual console closing", ("virtual console clos",)),
    ("se radio on formal verification with dafny", ("dafny",)),
    ("taverncast doing a halloween reading of the raven", ("the raven",)),
    ("¿tom segura con el comediante carlos ballarta?", ("ballarta",)),
    ("¿pasaje de fernando de magallanes y elcano?", ("magallanes", "elcano")),
    (
        "is there anything on the venezuelan prison gang tren de aragua spreading to chile",
        ("tren de aragua",),
    ),
    (
        "did wola ever cover the protests that shut panama's big copper mine",
        ("copper mine", "first quantum"),
    ),
    ("someone said bombcast did balatro, the poker roguelike? doubt it", ("balatro",)),
    ("any gb talk on helldivers 2 and its galactic war", ("helldivers",)),
    ("gb crew ever play pizza tower? need their take", ("pizza tower",)),
    ("tp covering pep 701, the f-string grammar rewrite", ("pep 701",)),
    ("go time w/ the templ folks, the html component thing for go", ("\\btempl\\b",)),
    ("js party chat on the view transitions api for page animations", ("view transition",)),
    ("podcasting 2.0 where they propose the podcast:txt tag for verification", ("podcast:txt",)),
    ("lex w/ chris hadfield the guitar playing astronaut", ("hadfield",)),
    ("sam harris talking to ian mcewan about his novels", ("mcewan",)),
    ("tif doing the lucy letby verdict", ("letby",)),
    ("el conde duque de olivares en pasajes, ¿hay algo?", ("olivares",)),
    ("agustina de aragón defendiendo zaragoza, ¿algún pasaje?", ("agustina",)),
    ("¿tom segura invitó alguna vez a la cantante gaby moreno?", ("gaby moreno",)),
    ("dw langsam über die energiepreise und heizkosten im winter", ("energiepreise", "heizkosten")),
    ("hipsters explicando o pix automático do banco central", ("pix automatico",)),
    ("the year of the four emperors in rome, 69 ad, anybody cover it", ("four emperors",)),
    ("bermuda triangle disappearances, any pod?", ("bermuda",)),
    ("ancient peru geoglyphs, the nazca lines, any ep", ("nazca",)),
    ("hanging gardens of babylon, did they even exist, was there an ep", ("hanging gardens",)),
    (
        "chicago white sox throwing the 1919 world series, any episode",
        ("black sox", "1919 world series"),
    ),
    ("anyone know an ep about the green kids that showed up in woolpit", ("woolpit",)),
    ("pope formosus put on trial as a corpse, any ep", ("formosus", "cadaver synod")),
    (
        "the air raid over la in 1942 that shot at nothing, any podcast",
        ("battle of los angeles", "air raid"),
    ),
    ("that clay jar people call the baghdad battery, is there an episode", ("baghdad battery",)),
    (
        "the 1962 laughing epidemic in tanganyika schools, any ep",
        ("laughter epidemic", "laughing epidemic", "tanganyika"),
    ),
    ("that mysterious underwater noise nicknamed the bloop", ("\\bbloop\\b",)),
    ("zimbardo's prison study at stanford, ep?", ("zimbardo", "prison experiment")),
    ("the fake chess robot with a guy hidden inside, the mechanical turk", ("mechanical turk",)),
    ("st pierre wiped out by mount pelée in 1902, ep?", ("pelee",)),
    ("bhopal union carbide gas leak in 84, ep?", ("bhopal", "union carbide")),
    ("mansa musa crashing gold prices in cairo ep", ("mansa musa",)),
    ("that ship that sank in lake superior in 1975", ("edmund fitzgerald", "lake superior")),
    ("no agenda guys on havana syndrome and the sonic weapon theory", ("havana syndrome",)),
    ("pc 2.0 on the socialinteract tag to pull in comments", ("socialinteract",)),
    ("frans de waal on primate empathy on making sense?", ("de waal",)),
    ("dw zum 9-euro-ticket im sommer", ("9-euro", "neun-euro")),
    ("o marco civil da internet apareceu no hipsters?", ("marco civil",)),
    ("¿julián se cruza con el empecinado en la guerra?", ("empecinado",)),
    ("pod about mencken's bathtub hoax", ("mencken",)),
    ("anything on the hollow earth theory", ("hollow earth",)),
    ("ep about the amber room that vanished in ww2", ("amber room",)),
    ("ep on the orient express", ("orient express",)),
    ("ep on the spanish flu of 1918", ("spanish flu",)),
    ("history of the trans-siberian railway", ("trans-siberian",)),
    ("that ep about thylacines, the tasmanian tiger", ("thylacine", "tasmanian tiger")),
    ("ep about the monarch butterfly migration", ("monarch butterfl",)),
    ("anything on axolotls in xochimilco", ("axolotl", "xochimilco")),
    ("anything on tardigrades surviving space", ("tardigrade",)),
    ("the pistol shrimp ep", ("pistol shrimp",)),
    ("bombcast on the ps vita tv box", ("vita tv",)),
    ("gb pod about the nokia n-gage taco phone", ("n-gage",)),
    ("tp on jupyterlite running in the browser", ("jupyterlite",)),
    ("se radio on the rete algorithm in rule engines", ("\\brete\\b",)),
    ("making sense with the climate scientist michael mann", ("michael mann",)),
    ("taverncast tasting a duvel", ("duvel",)),
    ("¿hay un pasaje sobre la inquisición y torquemada?", ("torquemada",)),
    ("dw über den streik der lokführer", ("lokfuhrer",)),
    ("hipsters sobre o apagão do whatsapp", ("apagao do whatsapp",)),
    ("wola on the mexican army using pegasus spyware", ("pegasus",)),
    ("wola on the guatemalan journalist josé rubén zamora", ("zamora",)),
    ("wola on venezuela's barbados agreement for elections", ("barbados",)),
    (
        "did wola ever talk about the caracas ceasefire talks with the eln guerrillas",
        ("\\beln\\b",),
    ),
    ("wola on the indigenous guard in cauca", ("cauca",)),
]

CHAT: list[str] = [
    "morning crew, first coffee in hand",
    "buenas buenas, qué onda",
    "posted in the wrong spot my bad",
    "any tabletop rpg people here",
    "the leaf blowers outside are killing me",
    "hello from a foggy porto",
    "burnt the toast again lol",
    "night shift gang where u at",
    "the new channel icons look slick",
    "stepping away for a bit",
    "internet is being flaky tonight",
    "hail in july?? wild",
    "this place always cheers me up",
    "finally saying hi after lurking forever",
    "dog stole my sandwich",
    "what's everyone doing saturday",
    "neat, cheers",
    "did a 5k this morning, dead now",
    "oi oi, como vcs estão",
    "fui dormir, tchau pessoal",
    "drink water everyone, it's hot",
    "house is quiet for once",
    "ok peace out",
    "kettle's on",
    "hey hey",
    "just landed, jetlag is real",
    "big thanks to whoever set this up",
    "evening crew, whats cooking",
    "buenas a todos, ¿cómo va la semana?",
    "ok im heading to bed, later",
    "mañana nos leemos, gente",
    "sunday scaries already",
    "the power just flickered lol",
    "just made a smoothie, 10/10",
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
