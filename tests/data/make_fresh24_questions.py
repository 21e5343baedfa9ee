"""Write issue 11's twenty-fourth fresh held-out set: ``questions_fresh24.jsonl``.

Run from the repository root with the shared feeds beside it::

    python tests/data/make_fresh24_questions.py [FEEDS_DIR]

It follows the twenty-third set (``questions_fresh23.jsonl``) as the held-out set kept for the
round after. Its questions were written from the feeds alone (titles, notes, guests, dates,
episode numbers), never from the answering code or from what the bot answers, and the bot was
not run on them. They are worded by hand. After the twenty-third set the only episodes no
earlier set expects are still the Giant Bombcast's (139 dated shows of 2008-2016); every
episode of every other podcast was expected before. No question is near one of the
twenty-seven earlier sets (the four first ones and fresh to fresh23,
``questions_fresh23.jsonl`` among them).

The limits are the twenty-third set's. A podcast may take 25% of the answerable questions
(``MAX_FEED_SHARE``). Every question that expects a new episode expects a Bombcast one, so
at most 25% of the answerable questions can be on new episodes, and the share that may
expect only episodes an earlier set expects (``MAX_REUSED_SHARE``) is 3/4, the least the 25%
cap allows: so every Bombcast question here expects only new episodes, and they are exactly
a quarter of the answerable questions. The rule of novelty holds for reused episodes: a
question that expects an episode an earlier set expects must ask about it through other
details than every earlier question expecting that episode. ``same_details`` checks it: the
question's content words (folded; the stop words the sets under the rule share,
``fresh_sets.NOVELTY_STOP_WORDS``, dropped; a final "s" dropped) may share at most one word
with each earlier question that expects one of the same episodes, the twenty-third set's
among them.

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

OUT = HERE / "questions_fresh24.jsonl"
EARLIER = earlier_sets(24, fresh.EARLIER)
HEADER = (
    "Issue 11 twenty-fourth fresh held-out set (written by tests/data/make_fresh24_questions.py "
    "from the feeds; succeeds questions_fresh23.jsonl as the held-out set; never tune on it)"
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
        "the bombcast where they argue about what the x in that tom clancy jet game means",
        ["Giant Bombcast 04-08-2008"],
        ["what the x in tom clancy"],
    ),
    (
        "gb episode with the jenny mccarthy virus and ice-t's myspace",
        ["Giant Bombcast 09-23-2008"],
        ["jenny mccarthy virus"],
    ),
    (
        "bombcast where they wrap up the tokyo trip with gross swedish candy and capsule toys",
        ["Giant Bombcast 10-12-2008"],
        ["capsule toys"],
    ),
    (
        "the one where they plead for sega to put sonic down for good",
        ["Giant Bombcast 12-23-2008"],
        ["euthanize sonic"],
    ),
    (
        "bombcast with dave snider's fun facts about washington dc",
        ["Giant Bombcast 01-06-2009"],
        ["fun facts about washington"],
    ),
    (
        "giant bomb pod on ubisoft, canada and cheese and nsfw flash games",
        ["Giant Bombcast 02-24-2009"],
        ["nsfw flash games"],
    ),
    (
        "that bombcast debating necklaceness versus necklessness lol",
        ["Giant Bombcast 06-23-2009"],
        ["necklessness"],
    ),
    (
        "bombcast about snuggies for golems and slow motion breakdancing",
        ["Giant Bombcast 01-12-2010"],
        ["snuggies for golems"],
    ),
    (
        "tp where michael goes waaay lower than the interpreter, down to the silicon",
        ["#113: Dedicated AI chips and running old Python faster at Intel"],
        ["waaaaay lower"],
    ),
    (
        "hibt with the pomplamoose musician whose itunes money dried up",
        ["Patreon: Jack Conte and Sam Yam"],
        ["pomplamoose"],
    ),
    (
        "lex with the turing award guy behind risc chips and raid",
        ["#104 – David Patterson: Computer Architecture and Data Storage"],
        ["raid storage"],
    ),
    (
        "sam and the oxford philosopher on turnkey totalitarianism",
        ["#151 — Will We Destroy the Future?"],
        ["turnkey totalitarianism"],
    ),
    (
        "go time halloween ep where mat tells his $1k nightmare",
        ["Spooky stories to scare devs 👻"],
        ["\\$1k nightmare"],
    ),
    (
        "js party on the total cost of owning software and build vs buy",
        ["Let's replace your kidney with React"],
        ["total cost of software ownership"],
    ),
    (
        "tif where tom phillips reports on the president's verbal attacks on reporters",
        ["Why are so many journalists being killed in Mexico?"],
        ["verbal attacks on the press"],
    ),
    (
        "se radio with wolfgang keller, alex hosting",
        ["Episode 74: Enterprise Architecture II"],
        ["wolfgang keller"],
    ),
    (
        "taverncast covering oysters and bill's mojo in under 22 minutes",
        ["Taverncast: After Hours 8 - President Putin Saves the World"],
        ["oysters"],
    ),
    (
        "podcasting 2.0 where dave parses xml faster than json",
        ["Episode 8: Chapter 8"],
        ["parses xml faster than json"],
    ),
]

LOOSE: Labelled = [
    (
        "that bombcast where rza's mocap rights come up",
        ["Giant Bombcast 04-27-2010"],
        ["rza's mocap"],
    ),
    (
        "the gb pod where they lure alex navarro out of his van with candy",
        ["Giant Bombcast 11-09-2010"],
        ["out of his van"],
    ),
    (
        "bombcast where jeff's training for go karts and they talk earthquakes and crank calls",
        ["Giant Bombcast 01-11-2011"],
        ["go-kart training"],
    ),
    (
        "the one where they get into public pools and gas station bathrooms",
        ["Giant Bombcast 07-19-2011"],
        ["gas station bathrooms"],
    ),
    (
        "bombcast after the big live show where they're all hyped on joust",
        ["Giant Bombcast 09-13-2011"],
        ["johann sebastian joust"],
    ),
    (
        "the one where nobody on the crew knows what a cog even is",
        ["Giant Bombcast 09-20-2011"],
        ["what a cog actually is"],
    ),
    (
        "giant bomb podcast with valentines day stab wounds and the double fine kickstarter thing",
        ["Giant Bombcast 02-14-2012"],
        ["stab wounds"],
    ),
    (
        "bombcast comparing hoarders to storage wars and laugh-in to hee haw",
        ["Giant Bombcast 02-21-2012"],
        ["hoarders vs\\. storage wars"],
    ),
    (
        "the bombcast where brad's windows phone and ryan's parade come up before e3",
        ["Giant Bombcast 05-24-2011"],
        ["goes to a parade"],
    ),
    (
        "guy raz with the woman who built a cabin in maine and helped a hermit beekeeper",
        ["Burt's Bees: Roxanne Quimby", "Burt's Bees: Roxanne Quimby (2019)"],
        ["recluse beekeeper"],
    ),
    (
        "talk python with dr james curran, there's a text-based mud game in it",
        ["#8: Teaching Python at Grok Learning and Classrooms"],
        ["text-based mud game"],
    ),
    (
        "lex with one of the greatest wrestling coaches ever",
        ["#152 – Dan Gable: Olympic Wrestling, Mental Toughness & the Making of Champions"],
        ["wrestling coaches"],
    ),
    (
        "sam on vetting refugees and a post-values, post-competence america",
        ["#215 — A Conversation with David Miliband"],
        ["post-competence"],
    ),
    (
        "go time about dbs where data never gets changed",
        ["Why immutable databases?"],
        ["t:immutable databases"],
    ),
    (
        "js party on an electron-ish thing minus chromium",
        ["Performant Node desktop apps with NodeGui"],
        ["without the chromium dependency"],
    ),
    (
        "guardian daily on the dictator who got shunned for a decade and now isn't",
        ["Bashar al-Assad’s dark return to the world stage"],
        ["shunned"],
    ),
    (
        "mike and tim sharing old christmas memories",
        ["Merry Christmases Past"],
        ["f:mike", "christmas eve"],
    ),
    (
        "the wola one where oversight agencies got hollowed out",
        ["“We Are in the Middle of a New Family Separation Crisis”"],
        ["hollowed out"],
    ),
]

# (question, expected titles, evidence, misspelled?)
GUEST: list[tuple[str, list[str], list[str], bool]] = [
    ("pamela ospin", ["Ep. 20 con Pamela Ospina | Tom Segura En Español"], ["pamela ospina"], True),
    (
        "jo malone",
        ["Jo Loves: Jo Malone CBE", "Jo Loves: Jo Malone CBE (2020)"],
        ["jo malone"],
        False,
    ),
    (
        "kevlin heney",
        [
            "Episode 142: Sustainable Architecture with Kevlin Henney and Klaus Marquardt",
            "Episode 63: A Pattern Language for Distributed Systems with Henney and Buschmann",
            "Episode 91: Kevlin Henney on C++",
        ],
        ["f:se", "henney"],
        True,
    ),
    ("obie fernandes", ["Episode 52: DSL Development in Ruby"], ["obie fernandez"], True),
    ("nicholas tollervy", ["#184: Teaching Python with BBC micro:bit"], ["tollervey"], True),
    (
        "boyan soubachov",
        ["Hits of the Summer", "The future of Testify"],
        ["boyan soubachov"],
        False,
    ),
    (
        "tristan haris",
        [
            "#218 — Welcome to the Cult Factory",
            "#71 — What Is Technology Doing to Us?",
            (
                "Making Sense of Social Media and the Information Landscape | "
                "Episode 8 of The Essential Sam Harris"
            ),
        ],
        ["tristan harris"],
        True,
    ),
    ("micheal nygaard", ["Episode 134: Release It with Michael Nygard"], ["t:nygard"], True),
    (
        "roger gracy",
        ["#343 – Roger Gracie: Greatest Jiu Jitsu Competitor of All Time"],
        ["t:roger gracie"],
        True,
    ),
    ("nancy twine", ["Briogeo: Nancy Twine"], ["nancy twine"], False),
    (
        "brian scudamor",
        ["1-800-GOT-JUNK?: Brian Scudamore (2018)", "1-800-GOT-JUNK?: Brian Scudamore"],
        ["scudamore"],
        True,
    ),
    (
        "andrew brownsord",
        ["Episode 175: Game Development with Andrew Brownsword"],
        ["andrew brownsword"],
        True,
    ),
    ("jay creps", ["Episode 162: Project Voldemort with Jay Kreps"], ["jay kreps"], True),
    (
        "travis stevns",
        ["#223 – Travis Stevens: Judo, Olympics, and Mental Toughness"],
        ["t:travis stevens"],
        True,
    ),
    (
        "peter woit",
        ["#246 – Peter Woit: Theories of Everything and Why String Theory is Not Even Wrong"],
        ["peter woit"],
        False,
    ),
    (
        "richard partingtn",
        ["Is the UK in the grip of ‘greedflation’?", "Is the UK heading for a recession?"],
        ["richard partington"],
        True,
    ),
    (
        "chuck conell",
        [
            "Episode 149: Difference between Software Engineering and Computer Science "
            "with Chuck Connell"
        ],
        ["chuck connell"],
        True,
    ),
    (
        "marina hyde",
        ["Three prime ministers and a funeral: Marina Hyde’s political year"],
        ["marina hyde"],
        False,
    ),
]

HOST_GUEST: Labelled = [
    (
        "jeff and ryan plus their mystery guest talking mkvdc",
        ["Giant Bombcast 04-22-2008"],
        ["mkvdc"],
    ),
    (
        "ryan and vinny holding the fort at gdc time while jeff has punch-out turmoil",
        ["Giant Bombcast 03-31-2009"],
        ["inner turmoil"],
    ),
    (
        "drew brad vinny and patrick with jeff out of town talking beyond two souls",
        ["Giant Bombcast 10/22/2013"],
        ["with jeff out of town"],
    ),
    (
        "eastside alex navarro visits for cold weather and trampolines",
        ["Giant Bombcast 12/03/2013"],
        ["f:bomb", "trampolines"],
    ),
    (
        "jeff vinny brad and patrick on crysis 3 and a body full of foreign objects",
        ["Giant Bombcast 02/26/2013"],
        ["foreign objects"],
    ),
    (
        "the crew with special guest star dave snider feeling old",
        ["Giant Bombcast 02-19-2013"],
        ["special guest star dave snider"],
    ),
    (
        "michael kennedy with michael herman on his fastapi awesome list",
        ["#315: Awesome FastAPI extensions and add ons"],
        ["michael herman", "t:fastapi"],
    ),
    (
        "jerod and kball with adam argyle from google",
        ["VisBug is like DevTools for designers"],
        ["adam argyle", "t:visbug"],
    ),
    (
        "nick and tanner on react-query and react table",
        ["Building on the TanStack"],
        ["t:tanstack"],
    ),
    (
        "go time with brian scott on buffalo and golang flow",
        ["Golang Flow, FaaS, and Buffalo"],
        ["brian scott"],
    ),
    (
        "diomidis spinellis interviewing markus volter for the 200th",
        ["Episode 200: Markus Völter on Language Design and Domain Specific Languages"],
        ["spinellis interviews markus"],
    ),
    (
        "sam harris with singal, the jk rowling stuff and whether he should try psychedelics",
        ["#250 — Broken Conversations"],
        ["whether jesse should try psychedelics"],
    ),
    (
        "guy raz catching up with cuban about nfts and his pharmacy",
        ["HIBT Lab! Mark Cuban Cost Plus Drug Company: Mark Cuban"],
        ["t:cost plus drug"],
    ),
    (
        "gabs ferreira with the salaryfits ceo",
        ["Pagamentos, consignação e Flutter – Hipsters On The Road #47"],
        ["salaryfits"],
    ),
    (
        "adam and dave welcome the castopod co-founder",
        ["Episode 29: The Castaways"],
        ["benjamin bellamy"],
    ),
    (
        "mikeal and alex sexton with their colombian guest on latam js meetups",
        ["JavaScript in Latin America"],
        ["t:javascript in latin america"],
    ),
    (
        "bethan mckernan on itamar ben-gvir",
        ["The far-right radical in Israel’s new government"],
        ["ben-gvir"],
    ),
]

TITLE_TYPO: list[tuple[str, list[str], str]] = [
    ("giant bombast 04-28-2009", ["Giant Bombcast 04-28-2009"], "04-28-2009"),
    ("gaint bombcast 12/08/2015", ["Giant Bombcast 12/08/2015"], "12/08/2015"),
    ("giant bombcats 09-28-2010", ["Giant Bombcast 09-28-2010"], "09-28-2010"),
    ("giant bobmcast 01-24-2012", ["Giant Bombcast 01-24-2012"], "01-24-2012"),
    ("giant bombcst 08/25/2015", ["Giant Bombcast 08/25/2015"], "08/25/2015"),
    (
        "awsome fastapi extentions and add ons",
        ["#315: Awesome FastAPI extensions and add ons"],
        "awesome fastapi extensions",
    ),
    (
        "tecnical lessons lerned from pythonic refactoring",
        ["#150: Technical Lessons Learned from Pythonic Refactoring"],
        "lessons learned from pythonic",
    ),
    (
        "dedicated ai chps and running old python faster",
        ["#113: Dedicated AI chips and running old Python faster at Intel"],
        "dedicated ai chips",
    ),
    (
        "the myth of incremetal progress",
        ["The myth of incremental progress"],
        "myth of incremental progress",
    ),
    ("waht's new in go 1.19", ["What's new in Go 1.19"], "new in go 1\\.19"),
    (
        "frontend fued shoptalk vs css podcast",
        ["Frontend Feud: ShopTalk vs CSS Podcast"],
        "shoptalk vs css",
    ),
    ("visbug is like devtols for designers", ["VisBug is like DevTools for designers"], "visbug"),
    (
        "physics veiw of the mind and neurobiology",
        ["#76 – John Hopfield: Physics View of the Mind and Neurobiology"],
        "physics view of the mind",
    ),
    ("broken converstions", ["#250 — Broken Conversations"], "broken conversations"),
    ("deep in the webrtc deap end", ["Deep in the WebRTC deep end"], "webrtc deep end"),
    (
        "poliglotas, aprendisado de linguas e tecnologia",
        ["Poliglotas, Aprendizado de Línguas e Tecnologia – Hipsters #88"],
        "poliglotas",
    ),
    (
        "erdogan survives but will turkish democrasy",
        ["Erdoğan survives, but will Turkish democracy?"],
        "turkish democracy",
    ),
    (
        "is a second referendum on scotlands independance further away",
        ["Is a second referendum on Scotland’s independence further away than ever?"],
        "second referendum on scotland",
    ),
]

PODCAST: list[tuple[str, str, str]] = [
    ("every bombcast from february 2013", "bomb", r"02[-/]\d\d[-/]2013$"),
    ("bombcasts from aug 2nd, 9th and 16th 2011", "bomb", r"08-(02|09|16)-2011$"),
    ("the dec 16 and dec 23 2008 bombcasts", "bomb", r"12-(16|23)-2008$"),
    ("giant bombcasts 11-23-2010 and 11-30-2010", "bomb", r"11-(23|30)-2010$"),
    ("hibt's patreon and audible episodes", "hibt", r"^(patreon|audible):"),
    ("go time's 1.19 preview and the testify one", "go", r"new in go 1\.19|future of testify"),
    (
        "mike neumann show eps reentry and interaction redux",
        "mike",
        r"^(reentry|interaction redux)$",
    ),
    ("no agenda 1383 and 1384", "na", r"^138[34]:"),
    ("podcasting 2.0 eps 7 and 8", "p20", r"^episode [78]:"),
    ("rtve audio drama chapters three and six", "rtve", r"capitulo [36]$"),
    ("tom segura en español 6 y 7", "tom", r"^ep\. [67] con"),
    ("taverncast 6 and taverncast 12", "tav", r"^taverncast (6|12):"),
    ("se radio's enterprise architecture episodes", "se", r"enterprise architecture"),
    ("the slow german news from the 14th and 16th of feb", "dw", r"^1[46]\.02\.2022"),
    ("the tamerlan and galdos pasajes", "pas", r"timur lang|galdos"),
    ("the wola lgbtiq episodes in english and spanish", "wola", r"lgbtiq\+"),
]

NUMBER: list[tuple[str, str | None, int, int | None]] = [
    ("talk python episode 295", "tp", 295, None),
    ("tp #161 whats that one", "tp", 161, None),
    ("lex 377?", "lex", 377, None),
    ("who was on lex ep 187", "lex", 187, None),
    ("making sense #41", "ms", 41, None),
    ("sam harris podcast number 250", "ms", 250, None),
    ("se radio episode 209", "se", 209, None),
    ("software engineering radio 52", "se", 52, None),
    ("hibt episode 308", "hibt", 308, None),
    ("how i built this #228", "hibt", 228, None),
    ("hipsters #162 é sobre o que", "hip", 162, None),
    ("hipsters ponto tech 332", "hip", 332, None),
    ("mike neumann show 38", "mike", 38, None),
    ("na 1387 title?", "na", 1387, None),
    ("podcasting 2.0 episode 26", "p20", 26, None),
    ("taverncast 18", "tav", 18, None),
    ("tom segura español #3", "tom", 3, None),
    ("valientes episodio 4 de rtve", "rtve", 4, None),
]

LATEST: list[tuple[str, str | None, list[str]]] = [
    ("latest bombcast that brings up konami", "bomb", ["konami"]),
    ("newest bombcast mentioning nathan drake", "bomb", ["nathan drake"]),
    ("most recent bombcast with lego talk", "bomb", ["lego"]),
    ("last bombcast that mentions pac-man", "bomb", ["pac-man"]),
    ("latest giant bomb pod mentioning littlebigplanet", "bomb", ["littlebigplanet"]),
    ("newest bombcast about pax east", "bomb", ["pax east"]),
    ("newest talk python mentioning django", "tp", ["django"]),
    ("latest lex about physics", "lex", ["physics"]),
    ("latest making sense where refugees come up", "ms", ["refugee"]),
    ("most recent se radio about redis", "se", ["redis"]),
    ("newest go time where testing comes up", "go", ["testing"]),
    ("latest js party where typescript comes up", "js", ["typescript"]),
    ("latest hibt about shoes", "hibt", ["shoe"]),
    ("hipsters mais recente sobre flutter", "hip", ["flutter"]),
    ("latest today in focus where inflation comes up", "tif", ["inflation"]),
    ("newest podcasting 2.0 mentioning castopod", "p20", ["castopod"]),
    ("latest taverncast about beer", "tav", ["beer"]),
    ("último pasaje sobre una batalla", "pas", ["t:batalla"]),
]

SPANISH: Labelled = [
    (
        "¿qué bombcast habla de dinosaurios contra osos grizzly?",
        ["Giant Bombcast 04-21-2009"],
        ["grizzly bears"],
    ),
    (
        "el bombcast de los cinco en un cuarto hablando de iracing",
        ["Giant Bombcast 08-06-2013"],
        ["iracing"],
    ),
    (
        "¿el de giant bomb con las galletas de la abuela?",
        ["Giant Bombcast 04-19-2011"],
        ["grandma's cookies"],
    ),
    (
        "¿el pasaje de uno de los autores más importantes de la literatura española?",
        ["Benito Peréz Galdós"],
        ["autores mas importantes de la literatura espanola"],
    ),
    (
        "¿el pasaje de una de las gestas más asombrosas del periplo americano?",
        ["Inés Suárez"],
        ["periplo americano"],
    ),
    (
        "¿el pasaje de los dos genios que no pudieron trabajar juntos en roma?",
        ["Leonardo da Vinci contra Miguel Ángel Buonarroti"],
        ["no pudieron trabajar juntos"],
    ),
    (
        "¿el capítulo de la llamada que le dice que salga de ahí inmediatamente?",
        ["El Ministerio del Tiempo - Tiempo de valientes: capítulo 4"],
        ["salir de ahi inmediatamente"],
    ),
    (
        "¿el capítulo de 'todos para uno y uno para todos'?",
        ["El Ministerio del Tiempo - Tiempo de valientes: capítulo 3"],
        ["todos para uno"],
    ),
    (
        "¿tom segura con la co-presentadora de subtitulos en spanglish?",
        ['Ep. 18 con Karen "KG" Goro | Tom Segura En Español'],
        ["spanglish", "t:goro"],
    ),
    (
        "¿el de tom segura donde llaman a su mamá?",
        ["Ep. 8 con Charo | Tom Segura En Español"],
        ["llamamos a su madre"],
    ),
    (
        "¿el wola en español que amplifica voces feministas?",
        ["Mujeres contra la corrupción y el autoritarismo: aprendiendo de El Salvador"],
        ["voces feministas"],
    ),
    (
        "¿el wola sobre la tasa de encarcelamiento más alta del mundo?",
        ["The Grim Side of El Salvador’s “Security Model”"],
        ["highest incarceration rate"],
    ),
    (
        "¿el hibt de la dj de radio que fundó mitú?",
        ["HIBT Lab! mitú and SUMA Wealth: Beatriz Acevedo"],
        ["t:mitu"],
    ),
    (
        "¿el lex con el cofundador de cruise y de twitch?",
        ["Kyle Vogt: Cruise Automation"],
        ["cruise and twitch"],
    ),
    (
        "¿el making sense de por qué cuesta tanto conversar de temas importantes?",
        ["#41 — Faith in Reason"],
        ["conversations on important topics so difficult"],
    ),
    ("¿el go time sobre cómo clever se pasó a go?", ["Go at Clever"], ["t:go at clever"]),
    (
        "¿el primer js party, el de sha-1 roto?",
        ["Security on the web, Node async/await, AR.js"],
        ["sha-1 is broken"],
    ),
    (
        "¿el today in focus de los whatsapp filtrados del que manejó la pandemia?",
        ["What have we learned from Matt Hancock’s WhatsApp messages?"],
        ["former health secretary"],
    ),
]

PORTUGUESE: Labelled = [
    (
        "o bombcast sobre as demissões da zynga e ética no jornalismo de games",
        ["Giant Bombcast 10-30-2012"],
        ["zynga layoffs"],
    ),
    (
        "o giant bomb com a equipe toda falando de hipoteca e casa própria",
        ["Giant Bombcast 12/02/2014"],
        ["f:bomb", "mortgage"],
    ),
    (
        "o bombcast de submarinos, design de banheiro e poeira",
        ["Giant Bombcast 08/27/2013"],
        ["bathroom design"],
    ),
    (
        "o hipsters com a dubladora da protagonista de the last of us 2",
        ["The Last of Us 2 e Localização – Hipsters Ponto Tech #214"],
        ["luiza caspary"],
    ),
    (
        "hipsters sobre tecnologia em escritório de advocacia",
        ["Tecnologia no jurídico – Hipsters #208"],
        ["silva lopes advogados"],
    ),
    (
        "o hipsters sobre os picos de acesso na plataforma da alura em novembro",
        ["Histórias de Black Friday: Alura – Hipsters Ponto Tech #332"],
        ["picos na plataforma"],
    ),
    (
        "hipsters sobre tirar o modelo do jupyter e pôr em produção",
        ["Engenharia de machine learning – Hipsters Ponto Tech #248"],
        ["jupyter notebooks para sistemas em producao"],
    ),
    (
        "o hipsters do javascript que deixou de ser patinho feio",
        ["O Reino encantado do JavaScript – Hipsters #38"],
        ["patinho feio"],
    ),
    ("o talk python sobre mapas e geografia", ["#295: GIS + Python"], ["t:gis \\+ python"]),
    (
        "o lex sobre diagnóstico de câncer com deep learning",
        ["Regina Barzilay: Deep Learning for Cancer Diagnosis and Treatment"],
        ["early diagnosis"],
    ),
    (
        "o making sense em que ele conta como o 11 de setembro mudou a vida dele",
        ["#45 — Ask Me Anything 5"],
        ["how 9/11 changed his life"],
    ),
    (
        "o se radio que virou parte da ieee software",
        ["Episode 183: SE Radio becomes part of IEEE Software"],
        ["t:ieee software"],
    ),
    (
        "o go time de perguntas e respostas sobre compiladores",
        ["All About The Go Compiler"],
        ["david chase"],
    ),
    (
        "o today in focus sobre o que o brexit fez pela grã-bretanha",
        ["What has Brexit done for Britain?"],
        ["t:brexit done"],
    ),
    ("o no agenda especial de 14 anos", ['1393: "Space Wake"'], ["14th anniversary"]),
    (
        "o podcasting 2.0 com o resumo da bitcoin2021",
        ["Episode 41: We are the Super Spreaders"],
        ["bitcoin2021"],
    ),
    (
        "o hibt do jornalista que queria vender audiolivro pela internet",
        ["Audible: Don Katz"],
        ["t:^audible"],
    ),
]

# (question, patterns that must be absent from every title and notes)
# Near misses: neighbouring countries and events, technologies, games, guests and news that
# no episode of any feed covers.
NONE: list[tuple[str, tuple[str, ...]]] = [
    ("did wola do anything on the darien gap crossings", ("darien",)),
    ("wola podcast about peru's pedro castillo impeachment", ("pedro castillo",)),
    ("wola about the blackouts in cuba", ("cuba.{0,40}blackout",)),
    ("¿wola tiene algo sobre el sargazo en el caribe?", ("sargazo", "sargassum")),
    ("dw news about the 9 euro ticket", ("9-euro", "neun-euro")),
    ("bombcast where they review cyberpunk 2077", ("cyberpunk 2077",)),
    ("giant bomb pod on the wii fit balance board", ("balance board",)),
    ("bombcast about the dreamcast vmu", ("\\bvmu\\b",)),
    ("mike neumann show on blue origin's new shepard", ("new shepard",)),
    ("talk python on the free-threaded 3.13 build", ("free-threaded",)),
    ("js party on bun 1.0 from jarred sumner", ("jarred sumner", "bun 1\\.0")),
    ("js party about css nesting landing in browsers", ("css nesting",)),
    ("lex fridman with jensen huang", ("jensen huang",)),
    ("making sense on the oceangate titan sub", ("oceangate", "titan submersible")),
    ("hibt about the crocs shoe guys", ("crocs",)),
    ("¿tiempo de valientes con el capitán alatriste?", ("alatriste",)),
    ("¿tom segura habla de la lucha libre?", ("lucha libre",)),
    ("the one about mantis shrimp eyes", ("mantis shrimp",)),
    ("ep on naked mole rats not getting cancer", ("mole rat",)),
    ("the ep about corvids recognising faces", ("corvid",)),
    ("anything on the old lisp machine companies", ("lisp machine",)),
    ("ep about the sega saturn surprise launch", ("sega saturn",)),
    ("anything on the 3do console", ("\\b3do\\b",)),
    ("anything on the nes power glove", ("power glove",)),
    ("ep on the famicom disk system", ("disk system",)),
    ("ep on the apple bandai pippin", ("pippin",)),
    ("anything on the zune hd", ("zune hd",)),
    ("ep about the three gorges dam", ("three gorges",)),
    ("anything about the 1960 valdivia earthquake", ("valdivia",)),
    ("the ep about the guarani aquifer", ("guarani",)),
    ("¿se habla del estallido social en chile?", ("estallido",)),
    ("¿algo sobre el niño costero en perú?", ("nino costero",)),
    ("anything about building the sydney opera house", ("opera house",)),
    ("ep on the channel tunnel construction", ("eurotunnel", "channel tunnel")),
    ("anything on the hyperloop", ("hyperloop",)),
    ("the ep on the concorde crash in 2000", ("gonesse", "concorde crash")),
    ("anything about the hindenburg", ("hindenburg",)),
    ("was there a bombcast on the ps2 network adapter", ("network adapter",)),
    ("the hipsters about the brazilian urna eletrônica", ("urna eletronica",)),
    ("js party on the bfcache", ("bfcache",)),
    ("did anyone ever cover the 1997 asian financial crisis", ("asian financial crisis",)),
    ("go time ep on gomobile bindings for ios", ("gomobile",)),
    ("js party on the temporal api finally shipping", ("temporal api",)),
    ("making sense on the maui wildfires", ("maui",)),
    ("podcasting 2.0 when podping went down", ("podping.{0,20}outage",)),
    (
        "wola on ortega stripping exiles of citizenship",
        ("stripped.{0,20}citizenship", "desnacionaliz"),
    ),
    ("¿hay algo del tren maya?", ("tren maya",)),
    ("¿tiempo de valientes cuenta el hundimiento de un acorazado?", ("hundimiento", "acorazado")),
    ("bombcast on donkey kong bananza", ("bananza",)),
    ("gb pod about the steam deck oled", ("steam deck",)),
    ("anything on the eve online bloodbath of b-r5rb", ("b-r5rb", "bloodbath")),
    ("lex with the cave diver from the thai rescue", ("tham luang", "cave rescue")),
    ("lex w/ tim berners-lee", ("berners-lee",)),
    ("tif episode on the bibby stockholm barge", ("bibby",)),
    ("the guardian pod about the stone of scone", ("stone of scone", "stone of destiny")),
    ("hipsters ponto tech sobre o conecte sus", ("conecte sus",)),
    ("js party about jquery 4 shipping", ("jquery 4",)),
    ("taverncast on the wrathgate cinematic", ("wrathgate",)),
    ("taverncast interviewing the leeroy jenkins guy", ("leeroy",)),
    ("mike and tim on the apollo 1 fire", ("apollo 1\\b",)),
    ("episódio sobre o plano real e a hiperinflação?", ("plano real",)),
    ("¿hay un episodio sobre el cártel de cali?", ("cartel de cali", "cali cartel")),
    ("was there one on the flannan isles lighthouse keepers", ("flannan",)),
    ("which episode did the lighthouse of alexandria", ("lighthouse of alexandria",)),
    ("the ep about the georgia guidestones", ("guidestones",)),
    ("any episode on the taos hum", ("taos",)),
    ("which one covers the cassini grand finale", ("cassini",)),
    ("ep about the hubble mirror flaw", ("hubble.{0,40}mirror",)),
    ("anything on chernobyl's elephant's foot", ("elephant.s foot",)),
    ("the ep about the demon core accidents", ("demon core",)),
    ("anything about the radium girls lawsuit", ("radium girls",)),
    ("was there one on the cod wars with iceland", ("cod war",)),
    ("ep about the pig war in the san juan islands", ("pig war",)),
    ("anything on the christmas truce of 1914", ("christmas truce",)),
    ("ep on operation mincemeat", ("mincemeat",)),
    ("anything about the ghost army and its inflatable tanks", ("ghost army",)),
    ("the ep about the navajo code talkers", ("code talker",)),
    ("any ep on the soviet night witches", ("night witches",)),
    ("the ep about the ss eastland capsizing", ("eastland",)),
    ("anything on the sultana steamboat", ("sultana",)),
    ("which ep did the johnstown flood", ("johnstown",)),
    ("anything on the peshtigo fire", ("peshtigo",)),
    ("ep about the cadaver synod", ("cadaver synod",)),
    ("anything about the cardiff giant", ("cardiff giant",)),
    ("the ep about the great moon hoax of 1835", ("moon hoax",)),
    ("ep on clever hans the counting horse", ("clever hans",)),
    ("ep about the dragon blood trees of socotra", ("socotra",)),
    ("anything on the kowloon walled city", ("kowloon",)),
    ("the ep about the derinkuyu underground city", ("derinkuyu",)),
    ("anything on the tlatelolco massacre", ("tlatelolco",)),
    ("the ep on mexico's cristero war", ("cristero",)),
    ("¿algo sobre el cerco de leningrado?", ("leningrado",)),
    ("alguma coisa sobre a cabanagem?", ("cabanagem",)),
    ("anything on the 2010 flash crash", ("flash crash",)),
    ("the ep about bitcoin pizza day", ("bitcoin pizza", "pizza day")),
    ("the ep about sleep sort", ("sleep sort",)),
    ("ep about busy beaver numbers", ("busy beaver",)),
    ("the ep on the collatz conjecture", ("collatz",)),
    ("anything about the monty hall problem", ("monty hall",)),
    ("ep on benford's law in fraud detection", ("benford",)),
    ("the ep about the birthday paradox", ("birthday paradox",)),
    ("anything on zipf's law", ("zipf",)),
    (
        "i swear there was a talk python where they benchmarked granian against uvicorn",
        ("granian",),
    ),
    (
        "wasn't there a go time where someone walked through writing a gameboy emulator in go",
        ("gameboy emulator", "game boy emulator"),
    ),
    ("se radio interview about bazel remote caching at scale?", ("remote cach",)),
    ("the lex one where he spends a week living with reindeer herders", ("reindeer",)),
    (
        "hibt with the two sisters who started a hot sauce empire out of their kitchen",
        ("hot sauce empire",),
    ),
    ("hipsters falando sobre acessibilidade em jogos de celular", ("acessibilidade em jogos",)),
    ("o hipsters on the road gravado dentro de um hackathon da nasa", ("space apps",)),
    ("the podcasting 2.0 where they argued about video chapters for shorts", ("video chapters",)),
    ("mike and dr tim talking about the texas state fair corny dogs", ("corny dog",)),
    ("wola episode about the paraguay soy farmers and the chaco deforestation", ("chaco",)),
    ("¿wola tiene un episodio sobre los garífunas expulsados en honduras?", ("garifuna",)),
    ("¿pasajes tiene uno sobre la dama de elche?", ("dama de elche",)),
    ("bombcast where the crew plays through all of shenmue 3 live", ("shenmue",)),
    ("the giant bomb pod about the ouya's second controller revision", ("second controller",)),
    ("bombcast where vinny builds a pinball cabinet in his garage", ("pinball cabinet",)),
    ("a bombcast about the ps2 eyetoy lol", ("eyetoy",)),
    ("gb podcast with the dev of katamari talking about the sequel", ("katamari",)),
    ("which ep explains how submarine cables get repaired at sea", ("submarine cable",)),
    ("someone mentioned an ep about the history of the barcode scanner", ("barcode",)),
    ("podcast ep about why hospital beeps are all in c major", ("c major",)),
    ("the one on lighthouse keepers' logbooks from the 1800s", ("logbook",)),
    ("an ep about competitive yo-yo championships", ("yo-yo",)),
    ("the pod on professional mattress testers", ("mattress tester",)),
    (
        "ep where they talk about how fortune cookies were invented in california",
        ("fortune cookie",),
    ),
    ("anything on the history of the rubber duck debugging idea", ("rubber duck",)),
    ("the ep about tetris world championship kids rolling the controller", ("tetris world",)),
    ("ep about ham radio operators bouncing signals off the moon", ("moonbounce", "off the moon")),
    ("any episode on shipping container standardisation by malcom mclean", ("mclean",)),
    ("ep that explains the fosbury flop in high jump", ("fosbury",)),
    ("wasn't there one about the guinness book's origin in a pub argument", ("guinness book",)),
    (
        "talk about the chilean miners trapped in 2010 anywhere?",
        ("chilean miners", "san jose mine"),
    ),
    ("¿un episodio sobre los niños de la guerra enviados a la urss?", ("urss",)),
    ("¿algún podcast habla de la fiebre del caucho en el amazonas?", ("caucho",)),
    ("tem algum sobre a vinda da família real portuguesa pro rio em 1808?", ("1808",)),
    ("se radio on punch card era fortran debugging stories", ("punch card",)),
]

CHAT: list[str] = [
    "hey everyone, just joined",
    "happy friday folks",
    "omg this weather today",
    "anyone watching the game tonight?",
    "thanks all for the recs earlier",
    "sorry, wrong channel lol",
    "brb getting snacks",
    "cheers all",
    "what a week huh",
    "hola gente, ¿cómo va?",
    "valeu pessoal, até mais",
    "mornin y'all",
    "love this little community",
    "first day back from vacation, send help",
    "laptop died mid-episode, rip",
    "whoever recommended that last one, thank you",
    "heading out for a run, later",
    "quiet in here today",
    "lunch break, what's everyone eating",
    "hi hi hi",
    "good morning from australia",
    "it's 3am and i'm still up, oops",
    "can't believe it's already december",
    "saludos desde méxico",
    "tô de volta, saudades",
    "stretching break, brb",
    "morning coffee crew checking in",
    "wifi on this train is awful",
    "ugh mondays",
    "the new profile pics in here are great lol",
    "anyone else listening while doing dishes rn",
    "sending good vibes to whoever's moving this week",
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
