"""Write issue 11's fresh held-out set: ``questions_fresh.jsonl``.

Run from the repository root with the shared feeds beside it::

    python tests/data/make_fresh_questions.py [FEEDS_DIR]

``questions_tune.jsonl`` and ``questions_holdout.jsonl`` were both looked at while the
answerer was tuned, so neither is held out any more. This set replaces the held-out half. Its
questions were written from the feeds themselves (titles, notes, guests, dates), never from
what the bot answers, and the bot was never run on them while they were written. They are
new: no question is near one of the four earlier sets (checked below), and most expect
episodes no earlier set expects.

Every expectation is checked against the data, and some are computed from it (the rules of
``make_questions.py``, whose functions are reused):

- number: every episode of the named podcast (of all podcasts if none is named) whose
  ``itunes:episode``/``podcast:episode`` is N (and season S when one is asked), or whose
  title carries N as its episode number.
- latest: among the episodes that qualify (the podcast's, and those matching the topic or
  guest pattern), the ones with the newest ``pubDate``.
- podcast: the named podcast's episodes whose title matches the subject pattern (1 to 4).

The other kinds are hand-labelled, and each label carries evidence patterns over the folded
title and notes (``t:`` = title only, ``f:KEY`` = only that podcast's episodes) that must
pick out exactly the expected episodes. For `notes` the evidence must be absent from the
expected titles, and so must two thirds of the question's words; a misspelled `guest` name
must occur in no title or notes; a `title_typo` question must not be a fragment of any title
as written, yet be close to each expected one.
Near-miss (`none`) questions carry patterns that occur in no title and no notes of any feed.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from make_questions import (  # noqa: E402
    Ep,
    by_number,
    fold,
    load,
    newest,
    write,
)
from rapidfuzz import fuzz  # noqa: E402

OUT = HERE / "questions_fresh.jsonl"
EARLIER = (
    "questions.jsonl",
    "questions_bundled.jsonl",
    "questions_tune.jsonl",
    "questions_holdout.jsonl",
)
HEADER = (
    "Issue 11 fresh held-out set (written by tests/data/make_fresh_questions.py from the "
    "feeds; replaces questions_holdout.jsonl as the held-out half; never tune on it)"
)

WOLA_GRIM = "The Grim Side of El Salvador’s “Security Model”"
WOLA_PIERCE = "Piercing the Propaganda Bubble in El Salvador"
WOLA_VEN = "U.S. drug policy takes a “radical” and “chilling” turn. Is Venezuela in the crosshairs?"
WOLA_FAM = "“We Are in the Middle of a New Family Separation Crisis”"
WOLA_COL = (
    "“Simultaneously juggling nine processes at once”: Colombia’s “Total Peace” plan and "
    "mounting security challenges"
)
WOLA_LGBT_ES = "Derechos y resistencia LGBTIQ+ en Latinoamérica: seis voces de la región"
WOLA_LGBT_EN = "LGBTIQ+ Rights and Resistance in Latin America: Six Voices from the Region"
WOLA_BRIG = (
    "LGBTQ+ Migrants in the Crosshairs: A Critical Conversation with Brigitte Baltazar Lujano"
)
WOLA_DRUG = "Global Drug Policy: “Countries are being freed up to actually speak their minds”"
WOLA_MUJ = "Mujeres contra la corrupción y el autoritarismo: aprendiendo de El Salvador"
HEALTHCARE = ["How Go helped save HealthCare.gov ♻️", "How Go helped save HealthCare.gov"]
FAMOUS_DAVE = ["Famous Dave's: Dave Anderson (2020)", "Famous Dave's: Dave Anderson"]

# (question, expected titles, evidence patterns)
Labelled = list[tuple[str, list[str], list[str]]]

NOTES: Labelled = [
    (
        "the one about el chapo and narco cults",
        ["#346 – Ed Calderon: Mexican Drug Cartels"],
        ["el chapo", "narco cults"],
    ),
    (
        "fbi agent who arrested sabu from lulzsec",
        ["#340 – Chris Tarbell: FBI Agent Who Took Down Silk Road"],
        ["sabu", "lulzsec"],
    ),
    (
        "the cia guy who talked about sexpionage",
        ["#310 – Andrew Bustamante: CIA Spy"],
        ["sexpionage"],
    ),
    (
        "the arm wrestler who talked about his match against the mountain",
        ["#265 – Devon Larratt: Arm Wrestling"],
        ["vs the mountain"],
    ),
    (
        "ultra runner explaining the maf 180 formula",
        ["#205 – Zach Bitter: Ultramarathon Running"],
        ["maf 180"],
    ),
    (
        "french founder whose app sells leftover food in surprise bags",
        ["HIBT Lab! Too Good To Go: Lucie Basch"],
        ["surprise bags"],
    ),
    (
        "the startup building the overture, a concorde successor",
        ["HIBT Lab! Boom Supersonic: Blake Scholl"],
        ["overture", "concorde"],
    ),
    (
        "turkish immigrant who bought an abandoned yogurt factory he saw in junk mail",
        ["Chobani: Hamdi Ulukaya"],
        ["junk mail", "yogurt factory"],
    ),
    (
        "couldnt get his home oven hot enough for neapolitan crust",
        ["Ooni Pizza Ovens: Darina Garland and Kristian Tapaninaho"],
        ["neapolitan"],
    ),
    (
        "chicken fingers founder who worked on an alaskan fishing boat to raise money",
        ["Raising Cane's: Todd Graves"],
        ["alaskan fishing boat"],
    ),
    ("butterburgers and frozen custard", ["Culver's: Craig Culver"], ["butterburgers"]),
    ("the guy who invented replaytv before tivo won", ["Roku: Anthony Wood"], ["replaytv"]),
    (
        "founders from san luis obispo who lived in a van handing out samples",
        ["Guayakí Yerba Mate: David Karr and Chris Mann"],
        ["san luis obispo"],
    ),
    (
        "lawrence livermore lab hitting ignition",
        ["#403: Fusion Ignition Breakthrough and Python"],
        ["lawrence livermore"],
    ),
    (
        "how yelp moved millions of lines from python 2 to python 3",
        ["#401: Migrating 3.8 Million Lines of Python"],
        ["yelp", "python 2 to python 3"],
    ),
    (
        "chaos monkey knocking over netflix servers, the python one",
        ["#16: Python at Netflix"],
        ["chaos monkey", "netflix servers"],
    ),
    ("obamas trauma team rescue", HEALTHCARE, ["trauma team"]),
    ("learning to code with a screen reader", ["Coding Go in the blind"], ["screen reader"]),
    (
        "synthetic biology package called poly",
        ["Go in medicine & biology"],
        ["synthetic biology", "called poly"],
    ),
    (
        "jerry lawson and the first cartridge console",
        ["The engineer who changed the game"],
        ["jerry lawson"],
    ),
    (
        "interactive essay grid world for the html review",
        ["Making web art the hard way"],
        ["grid world"],
    ),
    (
        "the one with the asml guy about making microchips",
        ["Episode 174: Chip Manufacturing and Waferscanners"],
        ["asml"],
    ),
    (
        "fortress language meant to replace fortran",
        ["Episode 36: Interview Guy Steele"],
        ["fortress", "fortran"],
    ),
    (
        "matteo messina denaro arrested in sicily",
        ["The code of omertà: how a mafia kingpin evaded police for 30 years"],
        ["messina denaro"],
    ),
    (
        "the horniman museum giving back the bronzes",
        ["The Benin bronzes and why their return to Nigeria matters"],
        ["horniman"],
    ),
    (
        "crime reporter margarito martinez killed in tijuana",
        ["Why are so many journalists being killed in Mexico?"],
        ["margarito martinez"],
    ),
    (
        "bukele's emergency decrees renewed over forty times",
        [WOLA_GRIM],
        ["emergency decrees", "renewed 42 times"],
    ),
    (
        "salvadoran police with monthly arrest quotas and $300 bounties",
        [WOLA_GRIM],
        ["arrest quotas"],
    ),
    (
        "governments approved an independent expert commission on the drug control system",
        [WOLA_DRUG],
        ["independent expert commission"],
    ),
    (
        "farming cotton in western oklahoma in the 50s",
        ["Farmer Tim"],
        ["farming cotton", "oklahoma"],
    ),
    (
        "his first job at schlumberger moving well site data from analog to digital",
        ["Digital Beginnings"],
        ["schlumberger"],
    ),
    (
        "taverncast where they hate on the twilight movies",
        ["Taverncast 42: Vuvuzela"],
        ["twilight movies"],
    ),
    (
        "nintendo labo and playstation shoes",
        ["Giant Bombcast 516: God-Damn ROMs"],
        ["nintendo labo", "playstation shoes"],
    ),
]

LOOSE: Labelled = [
    (
        "that episode where the fbi agent explained how they caught the silk road guy",
        ["#340 – Chris Tarbell: FBI Agent Who Took Down Silk Road"],
        ["ross ulbricht"],
    ),
    (
        "the one where a former cia officer talks disguises and spy tricks",
        ["#310 – Andrew Bustamante: CIA Spy"],
        ["undercover disguises"],
    ),
    (
        "the lex ep with the ultra runner who did 100 miles on a treadmill",
        ["#205 – Zach Bitter: Ultramarathon Running"],
        ["100-mile treadmill"],
    ),
    (
        "that how i built this about the bbq guy who opened in a tiny wisconsin town",
        FAMOUS_DAVE,
        ["hayward, wisconsin"],
    ),
    (
        "the one about the electric truck startup nobody believed could build cars",
        ["Rivian: RJ Scaringe"],
        ["rivian"],
    ),
    (
        "that talk python where formula one teams use python",
        ["#296: Python in F1 racing"],
        ["f1 racing"],
    ),
    (
        "episode about the python community that lives on a discord server",
        ["#305: Python community at Python Discord"],
        ["discord server"],
    ),
    (
        "the talk python where the physicist explains how python helped find the higgs",
        ["#29: Python at the Large Hadron Collider and CERN"],
        ["higgs boson", "python"],
    ),
    (
        "that go time about how the berlin meetup went from php to go",
        ["Berlin's transition to Go"],
        ["berlin tech ecosystem"],
    ),
    (
        "the js party where they explain thunks like we're five",
        ["You might want to read up on PAW Patrol"],
        ["thunks"],
    ),
    (
        "the se radio chat with the guy who created erlang",
        ["Episode 89: Joe Armstrong on Erlang"],
        ["t:erlang", "joe armstrong"],
    ),
    (
        "today in focus about the lake in the us west drying up and showing what was under it",
        ["The secrets of Lake Mead and the drought exposing them"],
        ["lake mead"],
    ),
    (
        "the guardian one about liverpool fans getting crushed outside the stadium",
        ["How the Champions League final nearly ended in disaster"],
        ["liverpool fans"],
    ),
    (
        "that episode asking whether bird flu could jump to humans",
        ["Avian flu is decimating wild birds, but could it become a global pandemic?"],
        ["bird flu"],
    ),
    (
        "the one about who sabotaged the gas pipelines under the baltic",
        ["Who blew up the Nord Stream gas pipelines?"],
        ["nord stream"],
    ),
    (
        "the wola one where a comms professor says bukele's popularity is more fragile"
        " than it looks",
        [WOLA_PIERCE],
        ["fragile foundation"],
    ),
    (
        "that wola pride episode where activists from honduras, mexico and colombia"
        " tell their stories",
        [WOLA_LGBT_ES, WOLA_LGBT_EN],
        ["honduras"],
    ),
    (
        "the bombcast where they talk about playing the avengers game and control",
        ["Giant Bombcast 599: Podcasts Are for Vampires"],
        ["avengers game"],
    ),
    (
        "that taverncast where they wonder if the world ends on december 21 2012",
        ["Taverncast 57 - High Strangeness 2: Doomsday 2012?"],
        ["ancient prophecies"],
    ),
    (
        "the pasajes one about the norwegian who got to the south pole first",
        ["Roald Amundsen y la conquista de los Polos"],
        ["polo sur"],
    ),
    (
        "the podcasting 2.0 episode celebrating a year of the show",
        ["Episode 52: Celebrating Our First Anniversary"],
        ["first anniversary"],
    ),
    (
        "mike and dr tim talking about the third starship flight",
        ["Reentry"],
        ["3rd spacex starship flight"],
    ),
    (
        "the sam harris one asking if covid came out of a lab",
        ["#311 — Did SARS-CoV-2 Escape from a Lab?"],
        ["escape from a lab"],
    ),
    (
        "the guy raz interview with the finnish guy who kickstarted a wood fired pizza oven",
        ["Ooni Pizza Ovens: Darina Garland and Kristian Tapaninaho"],
        ["kristian tapaninaho", "kickstarter"],
    ),
]

# (question, expected titles, evidence, misspelled?)
GUEST: list[tuple[str, list[str], list[str], bool]] = [
    ("ed calderon", ["#346 – Ed Calderon: Mexican Drug Cartels"], ["ed calderon"], False),
    (
        "chris tarbel",
        ["#340 – Chris Tarbell: FBI Agent Who Took Down Silk Road"],
        ["tarbell"],
        True,
    ),
    ("andrew bustamente", ["#310 – Andrew Bustamante: CIA Spy"], ["bustamante"], True),
    ("devon larat arm wrestler", ["#265 – Devon Larratt: Arm Wrestling"], ["larratt"], True),
    (
        "magatte wade",
        ["#311 – Magatte Wade: Africa, Capitalism, Communism, and the Future of Humanity"],
        ["magatte wade"],
        False,
    ),
    (
        "jeremy suri historian",
        ["#354 – Jeremi Suri: American Civil War", "#180 – Jeremi Suri: History of American Power"],
        ["jeremi suri"],
        True,
    ),
    (
        "betul kacar",
        ["#350 – Betül Kaçar: Origin of Life, Ancient DNA, Panspermia, and Aliens"],
        ["kacar"],
        False,
    ),
    ("lucie basch", ["HIBT Lab! Too Good To Go: Lucie Basch"], ["lucie basch"], False),
    ("blake schol", ["HIBT Lab! Boom Supersonic: Blake Scholl"], ["blake scholl"], True),
    (
        "kristian tapaninaho",
        ["Ooni Pizza Ovens: Darina Garland and Kristian Tapaninaho"],
        ["tapaninaho"],
        False,
    ),
    ("rj scaringe", ["Rivian: RJ Scaringe"], ["scaringe"], False),
    ("nuseir yasin", ["HIBT Lab! Nas Company: Nuseir Yassin"], ["nuseir"], True),
    ("pinky cole", ["HIBT Lab! Slutty Vegan: Pinky Cole"], ["pinky cole"], False),
    ("kyle cranmar", ["#29: Python at the Large Hadron Collider and CERN"], ["kyle cranmer"], True),
    ("roy rapoport", ["#16: Python at Netflix"], ["roy rapoport"], False),
    ("tim stiles", ["Go in medicine & biology"], ["tim stiles"], False),
    (
        "juan pablo buritca",
        ["Interviews from JSConf", "JavaScript in Latin America"],
        ["buritica"],
        True,
    ),
    ("josiah carlsen", ["Episode 209: Josiah Carlson on Redis"], ["josiah carlson"], True),
    (
        "wilbert albers",
        ["Episode 174: Chip Manufacturing and Waferscanners"],
        ["wilbert albers"],
        False,
    ),
    (
        "martin lafforest",
        ["Episode 176: Quantum Computing with Martin Laforest"],
        ["martin laforest"],
        True,
    ),
    (
        "victor ehikamenor",
        ["The Benin bronzes and why their return to Nigeria matters"],
        ["ehikhamenor"],
        True,
    ),
    (
        "david conn",
        ["How the Champions League final nearly ended in disaster"],
        ["david conn"],
        False,
    ),
    ("jesus trejo", ["Ep. 6 con Jesus Trejo | Tom Segura En Español"], ["jesus trejo"], False),
    ("silvio mera", ["Silvio Meira – Hipsters Ponto Tech #264"], ["silvio meira"], True),
]

HOST_GUEST: Labelled = [
    ("guy raz with hamdi ulukaya", ["Chobani: Hamdi Ulukaya"], ["f:hibt", "ulukaya"]),
    ("guy raz and todd graves", ["Raising Cane's: Todd Graves"], ["f:hibt", "todd graves"]),
    ("lex with chris voss", ["#364 – Chris Voss: FBI Hostage Negotiator"], ["f:lex", "chris voss"]),
    (
        "sam harris and graeme wood",
        [
            "#283 — Gun Violence in America",
            "#278 — The Man Who Will Be King",
            "#216 — A Conversation with Graeme Wood",
            "#82 — The End of the World According to ISIS",
        ],
        ["f:ms", "graeme wood"],
    ),
    (
        "sam harris with siddhartha mukherjee",
        [
            "#214 — A Conversation with Siddhartha Mukherjee",
            "#98 — Into the Dark Land",
            "#77 — The Moral Complexity of Genetics",
        ],
        ["f:ms", "mukherjee"],
    ),
    (
        "michael kennedy with ben bariteau",
        ["#401: Migrating 3.8 Million Lines of Python"],
        ["f:tp", "bariteau"],
    ),
    (
        "michael kennedy and jay salmonson",
        ["#403: Fusion Ignition Breakthrough and Python"],
        ["f:tp", "salmonson"],
    ),
    (
        "adam curry and dave jones with mitch downey",
        ["Episode 30: Digital Abolitionists"],
        ["f:p20", "mitch downey"],
    ),
    (
        "tom segura con franco escamilla",
        ["Ep. 10 con Franco Escamilla | Tom Segura En Español"],
        ["f:tom", "franco escamilla"],
    ),
    (
        "tom segura and fabrizio copano",
        ["Ep. 04 con Fabrizio Copano - Tom Segura En Español"],
        ["f:tom", "copano"],
    ),
    (
        "jerod and amelia with alex miller",
        ["Making web art the hard way"],
        ["f:js", "alex miller"],
    ),
    (
        "johnny and jon with nishant roy from pinterest",
        ["How Pinterest delivers software at scale"],
        ["f:go", "nishant roy"],
    ),
    (
        "mike neumann and dr tim on swimming",
        ["Swimming"],
        ["f:mike", "t:swimming"],
    ),
    (
        "adam isacson with the wola directors for venezuela and drug policy",
        [WOLA_VEN],
        ["f:wola", "director for venezuela"],
    ),
]

# (question, expected titles, the real title fragment as a pattern over folded titles)
TITLE_TYPO: list[tuple[str, list[str], str]] = [
    (
        "test driven prompt enginering",
        ["#417: Test-Driven Prompt Engineering for LLMs with Promptimize"],
        r"test-driven prompt engineering",
    ),
    (
        "things i wish someone had explaned to me sooner",
        ["#411: Things I Wish Someone Had Explained To Me Sooner About Python"],
        r"explained to me sooner",
    ),
    ("monorepos in pyhton", ["#399: Monorepos in Python"], r"monorepos in python"),
    (
        "18 awsome asyncio packages",
        ["#389: 18 awesome asyncio packages in Python"],
        r"awesome asyncio",
    ),
    (
        "removing pythons dead baterries",
        ["#360: Removing Python's Dead Batteries (in just 5 years)"],
        r"dead batteries",
    ),
    ("symbolic math with sympi", ["#364: Symbolic Math with Python using SymPy"], r"sympy"),
    ("the grate derangement", ["#315 — The Great Derangement"], r"great derangement"),
    (
        "self defense reality and fantacy",
        ["#316 — Self-Defense: Reality and Fantasy"],
        r"self-defense",
    ),
    (
        "the paradox of psychedlics",
        ["#286 — The Paradox of Psychedelics"],
        r"paradox of psychedelics",
    ),
    ("corporate cowardise", ["#251 — Corporate Cowardice"], r"corporate cowardice"),
    ("the bits of go we aviod", ["The bits of Go we avoid (and why)"], r"bits of go we avoid"),
    ("might go actualy be oop", ["Might Go actually be OOP?"], r"might go actually"),
    (
        "migrations without migranes",
        ["Migrations without migraines"],
        r"migrations without migraines",
    ),
    ("docusaurus 2 is a prety big deal", ["Docusaurus 2 is a pretty big deal"], r"docusaurus 2"),
    ("the tailwind beneath my wigns", ["The Tailwind beneath my wings"], r"tailwind beneath"),
    (
        "lesser known things browers can do",
        ["Lesser known things browsers can do in 2020"],
        r"lesser known things browsers",
    ),
    ("sophistcated cornhole", ["Sophisticated Cornhole"], r"sophisticated cornhole"),
    (
        "ice cube is our cowroker",
        ["Giant Bombcast 590: Ice Cube Is Our Coworker"],
        r"ice cube is our coworker",
    ),
    (
        "how a killing on the new york subwya exposed a broken system",
        ["How a killing on New York subway exposed a broken system – podcast"],
        r"killing on new york subway",
    ),
    (
        "is the uk in the grip of greedflaton",
        ["Is the UK in the grip of ‘greedflation’?"],
        r"greedflation",
    ),
    (
        "the rehabiltation of mohammed bin salman",
        ["The rehabilitation of Mohammed bin Salman"],
        r"rehabilitation of mohammed bin salman",
    ),
    (
        "cultivating a creative comunity",
        ["Cultivating a creative community with Tina Roth-Eisenberg of CreativeMornings"],
        r"cultivating a creative community",
    ),
    (
        "leonardo da vinci contra miguel angel buonaroti",
        ["Leonardo da Vinci contra Miguel Ángel Buonarroti"],
        r"da vinci contra miguel angel",
    ),
    (
        "xadres em xeque dados e trapaças",
        ["Xadrez em xeque: dados e trapaças – Hipsters Ponto Tech #326"],
        r"xadrez em xeque",
    ),
    (
        "geekistry siri level my tune for me",
        ["Geekistry: Siri, Level My Toon for Me"],
        r"level my toon",
    ),
]

# (question, podcast key, subject pattern over folded titles)
PODCAST: list[tuple[str, str, str]] = [
    ("talk python on pytest", "tp", r"pytest"),
    ("lex fridman about jiu jitsu", "lex", r"jiu jitsu"),
    ("making sense on psychedelics", "ms", r"psychedelic"),
    ("how i built this kombucha", "hibt", r"kombucha"),
    ("hibt pizza episode", "hibt", r"pizza"),
    ("go time about fuzzing", "go", r"fuzzing|fuzz"),
    ("js party on vite", "js", r"\bvite\b"),
    ("se radio about erlang", "se", r"erlang"),
    ("se radio microservices", "se", r"microservices"),
    ("today in focus on nicola sturgeon", "tif", r"sturgeon"),
    ("the guardian daily podcast about prince harry", "tif", r"prince harry"),
    ("bombcast e3 2019", "bomb", r"e3 2019"),
    ("hipsters sobre kotlin", "hip", r"kotlin"),
    ("hipsters ponto tech pix", "hip", r"\bpix\b"),
    ("pasajes de la historia vikingos", "pas", r"vikingos"),
    ("taverncast harry potter", "tav", r"harry potter"),
    ("taverncast on tap arcadia", "tav", r"arcadia"),
    ("podcasting 2.0 board meeting", "p20", r"board meeting"),
    ("no agenda afghaniscam", "na", r"afghaniscam"),
    ("mike neumann show about travel", "mike", r"travel"),
    ("latin america today on el salvador", "wola", r"el salvador"),
    ("wola podcast episodes on migrants", "wola", r"migrant|separation"),
    ("lex fridman on nuclear fusion", "lex", r"fusion"),
]

# (question, podcast key or None, number, season or None)
NUMBER: list[tuple[str, str | None, int, int | None]] = [
    ("talk python episode 389", "tp", 389, None),
    ("talk python #224", "tp", 224, None),
    ("lex fridman #346", "lex", 346, None),
    ("lex ep 265", "lex", 265, None),
    ("hibt episode 464", "hibt", 464, None),
    ("how i built this #404", "hibt", 404, None),
    ("making sense episode 311", "ms", 311, None),
    ("sam harris #277", "ms", 277, None),
    ("bombcast 562", "bomb", 562, None),
    ("giant bombcast ep 599", "bomb", 599, None),
    ("se radio episode 213", "se", 213, None),
    ("software engineering radio #89", "se", 89, None),
    ("no agenda episode 1385", "na", 1385, None),
    ("podcasting 2.0 ep 47", "p20", 47, None),
    ("mike neumann s1e40", "mike", 40, 1),
    ("taverncast 42", "tav", 42, None),
    ("tom segura ep. 22", "tom", 22, None),
    ("hibt ep. 521", "hibt", 521, None),
    ("hipsters ponto tech #247", "hip", 247, None),
    ("episode 236", None, 236, None),
    ("#352", None, 352, None),
]

# (question, podcast key or None, patterns over folded title+notes; "t:" = title only)
LATEST: list[tuple[str, str | None, tuple[str, ...]]] = [
    ("newest episode about python on any podcast", None, (r"t:python",)),
    ("latest pasajes de la historia", "pas", ()),
    ("newest langsam gesprochene nachrichten", "dw", ()),
    ("latest tiempo de valientes", "rtve", ()),
    ("most recent hibt lab episode", "hibt", (r"t:hibt lab",)),
    ("latest lex episode about aliens", "lex", (r"t:alien",)),
    ("newest talk python about pytest", "tp", (r"t:pytest",)),
    ("latest today in focus on ukraine", "tif", (r"t:ukrain",)),
    ("newest go time about wasm", "go", (r"t:\bwasm\b",)),
    ("latest episode with guido van rossum", None, (r"t:guido",)),
    ("latest hipsters fora de controle", "hip", (r"t:fora de controle",)),
    ("newest se radio about agile", "se", (r"t:agile",)),
    ("latest bombcast game of the year", "bomb", (r"t:game of the year",)),
    ("most recent making sense ask me anything", "ms", (r"t:ask me anything|\bama\b",)),
]

SPANISH: Labelled = [
    (
        "¿hay algo de wola sobre cómo vaciaron las agencias que supervisan a ice?",
        [WOLA_FAM],
        ["oversight agencies"],
    ),
    (
        "once civiles muertos en una lancha y ninguna prueba de que llevara cocaína",
        [WOLA_VEN],
        ["eleven civilians", "no evidence"],
    ),
    (
        "¿en qué episodio cuentan que eeuu intentó bloquear casi todo en la reunión de la onu"
        " sobre drogas?",
        [WOLA_DRUG],
        ["block nearly everything"],
    ),
    (
        "el caballero templario y mercenario asesinado a traición",
        ["Roger de Flor"],
        ["caballero templario", "traicion"],
    ),
    ("pasajes de la historia sobre sócrates", ["Sócrates"], ["t:^socrates$"]),
    ("la vida de marie curie", ["Marie Curie"], ["t:marie curie"]),
    (
        "el cid campeador rodrigo díaz de vivar",
        ["Pasaje de la Historia: Rodrigo Díaz de Vivar, el Cid Campeador"],
        ["t:cid campeador"],
    ),
    ("la conquista de chile por inés suárez", ["Inés Suárez"], ["conquista de chile"]),
    ("pancho villa y la revolución mexicana", ["Pancho Villa"], ["revolucion mexicana"]),
    (
        "la batalla de stalingrado",
        ["Pasaje de la historia: La batalla de Stalingrado"],
        ["t:stalingrado"],
    ),
    ("juana de arco", ["Pasajes de la historia: Juana de Arco"], ["t:juana de arco"]),
    (
        "el gladiador que lideró la rebelión de esclavos contra roma",
        ["Espartaco y su lucha por la Libertad"],
        ["rebelion de esclavos"],
    ),
    (
        "tom segura con la comediante de puerto rico",
        ["Ep. 22 con Cristina Sanchez | Tom Segura En Español"],
        ["puerto rico"],
    ),
    (
        "el episodio donde tom aprende que se dice arroba",
        ["Ep. 03 Culo Culo Culo - Tom Segura En Español"],
        ["arroba"],
    ),
    (
        "la carta de despedida de julián a su amigo manuel",
        ["El Ministerio del Tiempo - Tiempo de valientes: capítulo 5"],
        ["querido manuel"],
    ),
    (
        "cuando un chaval de 5 años muere en brazos de julián",
        ["El Ministerio del Tiempo - Tiempo de valientes: capítulo 2"],
        ["chaval de 5 anos"],
    ),
    (
        "historia de los vikingos y su llegada a américa",
        ["Historia de los Vikingos"],
        ["t:vikingos"],
    ),
]

PORTUGUESE: Labelled = [
    (
        "episódio sobre o mercado de tecnologia em angola",
        ["Mercado de Tecnologia em Angola – Hipsters Ponto Tech #235"],
        ["t:angola"],
    ),
    (
        "o deep dive com o pessoal do banco do brasil sobre o pix",
        [
            "Implementação do Pix – Hipsters Deep Dive #001",
            "Consumindo uma API de PIX – Hipsters Deep Dive #002",
        ],
        ["banco do brasil", "t:pix"],
    ),
    (
        "como funciona o cartola fc por dentro",
        ["Tecnologia no Cartola FC – Hipsters Ponto Tech #232"],
        ["t:cartola"],
    ),
    (
        "ciência de dados na operação serenata de amor",
        ["Data Science e Política na Operação Serenata de Amor – Hipsters #62"],
        ["t:serenata de amor"],
    ),
    ("morar e trabalhar na irlanda", ["Trabalhando na Irlanda – Hipsters #124"], ["t:irlanda"]),
    (
        "respiradores e arduino na pandemia",
        ["Respiradores, Protótipos e Arduino – Hipsters Ponto Tech #237"],
        ["t:respiradores"],
    ),
    (
        "react native ou flutter qual escolher",
        ["React Native vs Flutter – Hipsters Ponto Tech #267"],
        ["t:react native vs flutter"],
    ),
    (
        "programação funcional e mônadas",
        ["Functions, Mônadas e Programação Funcional – Hipsters #190"],
        ["t:monadas"],
    ),
    ("vue.js na wirecard", ["Vue.js na Wirecard – Hipsters On The Road #09"], ["t:wirecard"]),
    (
        "episódio sobre tabela de hash",
        ["Tabela de Hash – Hipsters Ponto Tech #222"],
        ["t:tabela de hash"],
    ),
    (
        "a localização de the last of us 2",
        ["The Last of Us 2 e Localização – Hipsters Ponto Tech #214"],
        ["t:last of us"],
    ),
    (
        "trabalhar com tecnologia no setor público",
        ["Trabalho em Tecnologia no Setor Público – Hipsters Ponto Tech #342"],
        ["t:setor publico"],
    ),
]

# (question, patterns that must be absent from every title and notes)
NONE: list[tuple[str, tuple[str, ...]]] = [
    # Latin America: neighbours and subjects the WOLA episodes never cover
    ("wola on guatemala's president arevalo", (r"guatemal", r"arevalo")),
    ("anything about the panama canal drought", (r"panama canal",)),
    ("migrants crossing the darien gap", (r"darien",)),
    ("episode on jamaica", (r"jamaica",)),
    ("honduras president xiomara castro", (r"xiomara",)),
    ("wola on mexico's judicial reform", (r"judicial reform", r"reforma judicial")),
    ("sheinbaum first months in office", (r"sheinbaum",)),
    ("the ayotzinapa 43 students", (r"ayotzinapa",)),
    ("title 42 expulsions at the border", (r"title 42",)),
    ("fumigación de coca con glifosato en colombia", (r"glifosato", r"glyphosate")),
    ("episodio sobre el tren maya", (r"tren maya",)),
    ("chile's 2019 estallido social protests", (r"estallido", r"chile.{0,40}protest")),
    ("wola podcast about the cartagena drug summit", (r"cartagena",)),
    ("episodio sobre la guerrilla del eln", (r"\beln\b",)),
    ("los apagones en cuba", (r"apagon", r"cuba.{0,80}blackout")),
    (
        "dominican republic and haiti border wall",
        (r"dominican republic", r"republica dominicana.{0,80}haiti"),
    ),
    ("trinidad and tobago state of emergency", (r"trinidad and tobago", r"tobago")),
    ("puerto rico debt crisis and promesa", (r"promesa", r"puerto rico.{0,60}debt")),
    # technologies next to the ones the shows cover
    ("rust in the linux kernel", (r"rust for linux", r"rust in the linux kernel")),
    ("deno 2 release", (r"deno 2",)),
    ("swiftui layout", (r"swiftui",)),
    ("kotlin coroutines flow", (r"coroutines flow", r"kotlin coroutines")),
    ("pydantic logfire observability", (r"logfire",)),
    # real people who were guests of other shows, or of no show here
    ("how i built this with phil knight of nike", (r"phil knight",)),
    ("talk python with raymond hettinger", (r"hettinger",)),
    ("guy raz with sara blakely's husband jesse itzler", (r"itzler",)),
    ("lex with jensen huang from nvidia", (r"jensen huang",)),
    ("go time with ken thompson", (r"ken thompson",)),
    ("tom segura en español con gabriel iglesias", (r"iglesias",)),
    # podcasts named with a subject they never covered
    ("today in focus about the paris olympics", (r"paris olympics", r"paris 2024")),
    ("giant bombcast on hollow knight silksong", (r"silksong",)),
    ("podcasting 2.0 on youtube podcasts rss", (r"youtube podcasts",)),
    ("pasajes sobre la batalla de lepanto", (r"lepanto",)),
    ("ministerio del tiempo con lope de vega", (r"lope de vega",)),
    ("dw nachrichten über die bundestagswahl", (r"bundestagswahl",)),
    ("lex fridman on the ozone layer", (r"ozone",)),
    ("uruguay's president yamandú orsi", (r"yamandu",)),
    ("talk python on free threading in python 3.13", (r"free.threading", r"3\.13")),
    ("profile guided optimization in go 1.21", (r"profile.guided", r"go 1\.21")),
    ("the react compiler", (r"react compiler",)),
    ("hipsters sobre o drex, o real digital", (r"\bdrex\b",)),
    ("guy raz with daniel ek of spotify", (r"daniel ek\b",)),
    ("giant bombcast on palworld", (r"palworld",)),
    ("bombcast nintendo switch 2 reveal", (r"switch 2\b",)),
    ("sam harris on the october 7 hamas attack", (r"hamas", r"october 7")),
    ("lex fridman with pope francis", (r"pope francis",)),
    ("today in focus on the southport riots", (r"southport",)),
    (
        "today in focus about the post office horizon scandal",
        (r"horizon scandal", r"post office scandal"),
    ),
    ("pasajes sobre la batalla de trafalgar", (r"trafalgar",)),
    ("pasajes de la historia sobre isabel la católica", (r"isabel la catolica",)),
    ("los mayas de chichén itzá", (r"chichen itza",)),
    ("anything about the titanic wreck", (r"titanic",)),
    ("argentina's dirty war and the desaparecidos", (r"desaparecidos", r"dirty war")),
    ("venezuela's oil company pdvsa", (r"pdvsa",)),
    ("monterrey water crisis", (r"monterrey",)),
    ("mercosur trade deal with the eu", (r"mercosur",)),
    ("bogotá's new metro line", (r"bogota",)),
    ("machu picchu tourism limits", (r"machu picchu",)),
    ("podcasting 2.0 on spotify video podcasts", (r"spotify video",)),
    ("chile's lithium nationalization", (r"lithium",)),
    ("colombia's ex president uribe on trial", (r"uribe",)),
    ("peru's pedro castillo and his self coup", (r"pedro castillo", r"autogolpe")),
    ("el salvador lifting its metal mining ban", (r"mining ban", r"mineria")),
]

CHAT: list[str] = [
    "hey",
    "thank you so much!",
    "yo whats good",
    "hola!",
    "obrigado",
    "nice one bot",
    "who made you?",
    "good night all",
    "lol",
    "how are you doing today",
    "buenas tardes a todos",
    "cool thx",
]


def _matcher(pats: list[str]) -> tuple[str | None, list[tuple[re.Pattern[str], bool]]]:
    """Split evidence into a podcast key ("f:KEY") and (regex, title-only) pairs."""
    feed = None
    rx: list[tuple[re.Pattern[str], bool]] = []
    for p in pats:
        if p.startswith("f:"):
            feed = p[2:]
        elif p.startswith("t:"):
            rx.append((re.compile(p[2:]), True))
        else:
            rx.append((re.compile(p), False))
    return feed, rx


def _picks(eps: list[Ep], pats: list[str]) -> set[str]:
    feed, rx = _matcher(pats)
    return {
        e.title
        for e in eps
        if (feed is None or e.feed == feed)
        and all(r.search(e.ftitle if t else e.text) for r, t in rx)
    }


def earlier_sets() -> list[tuple[str, set[str]]]:
    """Each question of the four earlier sets, folded, with the titles it expects."""
    rows: list[tuple[str, set[str]]] = []
    for name in EARLIER:
        for line in (HERE / name).read_text(encoding="utf-8").splitlines():
            if line.strip() and not line.startswith("#"):
                row = json.loads(line)
                rows.append((fold(row["q"]), set(row["expect"])))
    return rows


def near_earlier(q: str, expect: list[str], earlier: list[tuple[str, set[str]]]) -> str | None:
    """An earlier question this one copies or paraphrases, if any.

    Close wording counts only with the same answer (both unanswerable, or a shared
    expected episode): "talk python #224" is worded like "talk python #203" by design.
    """
    fq = fold(q)
    for o, o_expect in earlier:
        if fq == o:
            return o
        close = fuzz.ratio(fq, o) >= 80 or fuzz.token_sort_ratio(fq, o) >= 85
        if close and ((not expect and not o_expect) or o_expect & set(expect)):
            return o
    return None


def build(feeds_dir: Path) -> list[dict]:
    """Every question with its kind and checked expectation, in a fixed order."""
    eps = load(feeds_dir)
    titles = {e.title for e in eps}
    out: list[dict] = []
    problems: list[str] = []

    def add(kind: str, q: str, expect: list[str]) -> None:
        for t in expect:
            if t not in titles:
                problems.append(f"{kind} {q!r}: no episode titled {t!r}")
        out.append({"q": q, "expect": expect, "kind": kind})

    def evidence(kind: str, q: str, expect: list[str], pats: list[str]) -> None:
        hits = _picks(eps, pats)
        if hits != set(expect):
            problems.append(f"{kind} {q!r}: evidence {pats} picks {sorted(hits)}")

    for q, expect, pats in NOTES:
        evidence("notes", q, expect, pats)
        _, rx = _matcher(pats)
        for e in eps:
            if e.title in expect and any(r.search(e.ftitle) for r, _ in rx):
                problems.append(f"notes {q!r}: evidence is in the title {e.title!r}")
        # The answer is in the notes: most of the question's words are not in the titles.
        words = {w for w in re.findall(r"[a-z0-9]+", fold(q)) if len(w) >= 4}
        in_titles = set(re.findall(r"[a-z0-9]+", " ".join(fold(t) for t in expect)))
        if 3 * len(words & in_titles) > len(words):
            problems.append(f"notes {q!r}: most of its words are in the title")
        add("notes", q, expect)
    for q, expect, pats in LOOSE:
        evidence("loose", q, expect, pats)
        add("loose", q, expect)
    for q, expect, pats, misspelled in GUEST:
        evidence("guest", q, expect, pats)
        written = re.compile(rf"\b{re.escape(fold(q))}\b")
        if misspelled and any(written.search(e.text) for e in eps):
            problems.append(f"guest {q!r} is marked misspelled but occurs as written")
        add("guest", q, expect)
    for q, expect, pats in HOST_GUEST:
        evidence("host_guest", q, expect, pats)
        add("host_guest", q, expect)
    for q, expect, pat in TITLE_TYPO:
        evidence("title_typo", q, expect, [f"t:{pat}"])
        fq = fold(q)
        if any(fq in e.ftitle for e in eps):
            problems.append(f"title_typo {q!r} is a title fragment as written")
        for e in eps:
            if e.title in expect and fuzz.partial_ratio(fq, e.ftitle) < 80:
                problems.append(f"title_typo {q!r} is not close to {e.title!r}")
        add("title_typo", q, expect)
    for q, feed, pat in PODCAST:
        rx = re.compile(pat)
        expect = [e.title for e in eps if e.feed == feed and rx.search(e.ftitle)]
        if not 1 <= len(expect) <= 4:
            problems.append(f"podcast {q!r}: {len(expect)} matches")
        add("podcast", q, expect)
    for q, feed, n, season in NUMBER:
        expect = by_number(eps, feed, n, season)
        if not expect:
            problems.append(f"number {q!r}: no such episode")
        add("number", q, expect)
    for q, feed, pats in LATEST:
        expect = newest(eps, feed, *pats)
        if not expect:
            problems.append(f"latest {q!r}: nothing qualifies")
        add("latest", q, expect)
    for q, expect, pats in SPANISH:
        evidence("spanish", q, expect, pats)
        add("spanish", q, expect)
    for q, expect, pats in PORTUGUESE:
        evidence("portuguese", q, expect, pats)
        add("portuguese", q, expect)
    for q, pats in NONE:
        for p in pats:
            rx = re.compile(p)
            found = [e.title for e in eps if rx.search(e.text)]
            if found:
                problems.append(f"none {q!r}: {p!r} occurs in {found[:3]}")
        add("none", q, [])
    for q in CHAT:
        add("chat", q, [])

    earlier = earlier_sets()
    seen: set[str] = set()
    for row in out:
        q = fold(row["q"])
        near = near_earlier(row["q"], row["expect"], earlier)
        if near:
            problems.append(f"{row['q']!r} is near {near!r} of an earlier set")
        if q in seen:
            problems.append(f"duplicate question {row['q']!r}")
        seen.add(q)
    if problems:
        raise SystemExit("\n".join(problems))
    return out


def reused(rows: list[dict]) -> int:
    """How many answerable questions expect only episodes an earlier set also expects."""
    old_titles = set().union(*(t for _, t in earlier_sets()))
    return sum(1 for r in rows if r["expect"] and set(r["expect"]) <= old_titles)


def main() -> None:
    feeds_dir = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE.parents[2] / "shared" / "feeds"
    rows = build(feeds_dir)
    write(OUT, rows, HEADER)
    kinds: dict[str, int] = {}
    for r in rows:
        kinds[r["kind"]] = kinds.get(r["kind"], 0) + 1
    answerable = sum(1 for r in rows if r["expect"])
    print(f"{len(rows)} questions: " + ", ".join(f"{k} {n}" for k, n in kinds.items()))
    print(f"{reused(rows)} of {answerable} answerable questions expect only earlier-set episodes")


if __name__ == "__main__":
    main()
