"""Write issue 11's fifteenth fresh held-out set: ``questions_fresh15.jsonl``.

Run from the repository root with the shared feeds beside it::

    python tests/data/make_fresh15_questions.py [FEEDS_DIR]

It follows the fourteenth set (``questions_fresh14.jsonl``) as the held-out set kept for the
round after. Its questions were written from the feeds alone (titles, notes, guests, dates,
episode numbers), never from the answering code or from what the bot answers, and the bot was
not run on them. They are worded by hand, in shapes and on episodes the earlier sets leave
out: the Giant Bombcast's dated shows of 2015 and 2016; Making Sense's first conversations of
2014-2018 and Paul Bloom's of 2020; How I Built This's Resilience shows of 2020-2021, its Lab
and its Fellows; Talk Python's #4-#345; Go Time's panels of 2016-2022; JS Party's 2017-2023
shows; SE Radio's 2006-2009 episodes; Today in Focus's 2022-2023 news; Hipsters' 2016-2022
episodes and its On The Road series; Taverncast's After Hours and bulletins; the DW news of
early 2022. A latest question asks only where the newest match is the same by title and by
notes. Every episode of the Lex Fridman Podcast, the bundled feed, No Agenda, the Mike
Neumann Show, Podcasting 2.0, Tiempo de valientes, Tom Segura En Español and Pasajes de la
Historia was expected before, so those get a few questions each, worded anew. No question is
near one of the eighteen earlier sets (the four first ones and fresh to fresh14,
``questions_fresh12.jsonl``, ``questions_fresh13.jsonl`` and ``questions_fresh14.jsonl``
among them).

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
from fresh_sets import FreshSet, earlier_sets  # noqa: E402

OUT = HERE / "questions_fresh15.jsonl"
EARLIER = earlier_sets(15, fresh.EARLIER)
HEADER = (
    "Issue 11 fifteenth fresh held-out set (written by tests/data/make_fresh15_questions.py "
    "from the feeds; succeeds questions_fresh14.jsonl as the held-out set; never tune on it)"
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
    ("the bombcast right after iwata died", ["Giant Bombcast 07/14/2015"], ["satoru iwata"]),
    (
        "bombcast where they talk way too much about pepper spray",
        ["Giant Bombcast 451: 5.3 Million Scovilles"],
        ["pepper spray"],
    ),
    (
        "which bombcast opens with a special report on dmx getting arrested",
        ["Giant Bombcast 04/07/2015"],
        ["\\bdmx\\b"],
    ),
    (
        "bombcast mourning the end of ouya and the busted street fighter 5 beta",
        ["Giant Bombcast 07/28/2015"],
        ["end of ouya"],
    ),
    (
        "the holiday bombcast with mary kish from gamespot",
        ["Giant Bombcast 12/15/2015"],
        ["mary kish"],
    ),
    (
        "bombcast ranking the 10 hottest spots in lisbon lol",
        ["Giant Bombcast 10/13/2015"],
        ["hottest spots in lisbon"],
    ),
    (
        "the one where they argue ihop vs waffle house",
        ["Giant Bombcast 11/03/2015"],
        ["waffle house"],
    ),
    (
        "bombcast with way too many emails about synthetic weed",
        ["Giant Bombcast 11/24/2015"],
        ["synthetic weed"],
    ),
    (
        "bombcast on the weird coleco chameleon saga",
        ["Giant Bombcast 03/08/2016"],
        ["coleco chameleon"],
    ),
    (
        "bombcast about hellblade handling psychosis",
        ["Giant Bombcast 493: Boosh! It's a Mess"],
        ["psychosis"],
    ),
    (
        "bombcast that gets into disc rot and the wii u dying",
        ["Giant Bombcast 454: Where the Mold Grows"],
        ["disc rot"],
    ),
    (
        "bombcast w/ star fox zero impressions and vape flavor talk",
        ["Giant Bombcast 04/12/2016"],
        ["vape flavors"],
    ),
    ("giant bomb talking about the kirby curse", ["Giant Bombcast 55/2015"], ["kirby curse"]),
    (
        "bombcast where jeff explores the chinese internet and they play grow home",
        ["Giant Bombcast 02/10/2015"],
        ["chinese internet"],
    ),
    (
        "the bombcast with the long overdue mattress update",
        ["Giant Bombcast 06/09/2015"],
        ["mattress update"],
    ),
    (
        "bombcast saying goodbye to letterman",
        ["Giant Bombcast 05/05/2015"],
        ["letterman"],
    ),
    (
        "bombcast about valve's paid mods disaster and silent hills getting cancelled",
        ["Giant Bombcast 04/28/2015"],
        ["paid-mod"],
    ),
    (
        "sam harris talking race and identity politics with coleman hughes",
        ["#134 — Beyond the Politics of Race"],
        ["coleman hughes"],
    ),
    (
        "sam harris vs jordan peterson arguing about truth",
        ["#62 — What is True?"],
        ["jordan b\\. peterson"],
    ),
    (
        "sam with maajid nawaz about islamic exceptionalism and the splc",
        ["#59 — Friend & Foe"],
        ["islamic exceptionalism"],
    ),
    (
        "sam harris with james kirchick just before trump's inauguration",
        ["#54 — Trumping The World"],
        ["kirchick"],
    ),
    (
        "sam harris and peter singer discussing eating happy cows",
        ["#48 — What Is Moral Progress?"],
        ["happy cows"],
    ),
    (
        "sam harris ama mentioning dawkins getting deplatformed",
        ["#27 — Ask Me Anything 3"],
        ["de-platforming of richard dawkins"],
    ),
    (
        "sam harris podcast weighing bloomberg's and bernie's campaign chances",
        ["#188 — A Conversation with Paul Bloom"],
        ["f:ms", "campaign prospects of bloomberg"],
    ),
    (
        "sam harris episode on trump derangement syndrome and whether money buys happiness",
        ["#185 — A Conversation with Paul Bloom"],
        ["f:ms", "trump derangement"],
    ),
    (
        "the firefighter paramedic who ended up building 911 call systems",
        ["PODS & Red Rover: Pete Warhurst"],
        ["911 call systems"],
    ),
    (
        "the founder who tried bobsledding before selling diapers online",
        ["Diapers.com & Jet.com: Marc Lore"],
        ["bobsledding"],
    ),
    (
        "hibt with the guy who became a monk in an ashram in india",
        ["Live Episode! Wellness Coach and Podcaster: Jay Shetty"],
        ["ashram"],
    ),
    (
        "author who talked to over 200 doctors on why we can't concentrate",
        ["HIBT Lab! Stolen Focus: Johann Hari"],
        ["more than 200 doctors"],
    ),
    (
        "taiwanese restaurant owner in LA who pivoted to a breakfast pop-up",
        ["How I Built Resilience: Vivian Ku, Restaurateur"],
        ["breakfast pop-up"],
    ),
    (
        "rancher couple whose cattle ranch went carbon positive",
        ["How I Built Resilience: Loren and Lisa Poncia of Stemple Creek Ranch"],
        ["carbon positive"],
    ),
    (
        "the priest who runs the biggest gang rehab program in los angeles",
        ["How I Built Resilience: Father Gregory Boyle of Homeboy Industries"],
        ["gang-intervention"],
    ),
    (
        "nut butter founder who started by grinding peanuts in his home blender",
        ["How I Built Resilience: Justin Gold of Justin's"],
        ["pulverizing peanuts"],
    ),
    (
        "hibt with the host of the anxious achiever podcast",
        ["How I Built Resilience: Morra Aarons-Mele of Women Online"],
        ["anxious achiever"],
    ),
    (
        "go time with the creator of boltdb on sql vs nosql",
        ["The Go Standard Library"],
        ["creator of boltdb"],
    ),
    (
        "go time about chris siebenmann's post saying go is google's language",
        ["Go 💚 open source"],
        ["siebenmann"],
    ),
    (
        "go time with wally quevedo processing millions of msgs per second",
        ["Distributed Messaging and Network Clients"],
        ["wally quevedo"],
    ),
    (
        "go time w/ ed muller and the heroku buildpack",
        ["State of Go Survey and Go at Heroku"],
        ["heroku go buildpack"],
    ),
    (
        "js party talking to the babel maintainer henry zhu",
        ["When in doubt, log an issue"],
        ["henry zhu"],
    ),
    (
        "js party about porting a c++ game engine to wasm with a react ui",
        ["React + WebAssembly = ❤️"],
        ["florian rival"],
    ),
    (
        "js party playing technical jeopardy for interview season",
        ["Do you want JavaScript again or more JavaScript?"],
        ["technical jeopardy"],
    ),
    (
        "js party about the js foundation and node foundation merging",
        ["LIVE from Node + JS Interactive"],
        ["proposed merger"],
    ),
    (
        "se radio with the book author of generative programming",
        ["Episode 96: Interview Krzysztof Czarnecki"],
        ["generative programming"],
    ),
    (
        "se radio talking about new c# 3.0 features",
        ["Episode 14: Interview Ted Neward"],
        ["c# 3\\.0"],
    ),
    (
        "se radio on active object, monitor object and futures",
        ["Episode 19: Concurrency Pt. 2"],
        ["monitor object"],
    ),
    (
        "tif reporting from mosul on civilian deaths from uk bombing",
        ["Exposing the myth of Britain’s ‘perfect’ war against Islamic State"],
        ["emma graham-harrison reports from mosul"],
    ),
    (
        "tif where jeremy hunt undoes basically everything truss planned",
        ["Who’s running Britain?"],
        ["jeremy hunt has only"],
    ),
    (
        "tif on oil companies making record profits with jasper jolly",
        ["The UK’s energy bill crisis"],
        ["jasper jolly"],
    ),
    (
        "tif on partygate and tractorgate",
        ["Walls, ‘gates’ and Britain’s local elections"],
        ["tractorgate"],
    ),
    (
        "taverncast where they go over what changed in patch 1.11",
        ["Taverncast: Special Bulletin - 06/21/2006"],
        ["patch 1\\.11"],
    ),
    (
        "lex with the navy pilot who saw the tic tac ufo",
        ["#122 – David Fravor: UFOs, Aliens, Fighter Jets, and Aerospace Engineering"],
        ["navy pilot of 18 years"],
    ),
    (
        "lex with the mit prof who is one of the most cited researchers in history",
        ["#105 – Robert Langer: Edison of Medicine"],
        ["most cited researchers"],
    ),
    (
        "lex with the bjj black belt who runs broadway jiu jitsu",
        ["#143 – John Clarke: The Art of Fighting and the Pursuit of Excellence"],
        ["broadway jiu jitsu"],
    ),
    (
        "talk python where adit explains his illustrated algorithms book",
        ["#82: Grokking Algorithms in Python"],
        ["meet adit"],
    ),
]

LOOSE: Labelled = [
    (
        "go time fireside chat ep",
        ["A special New Year's fireside chat", "The fireside edition 🔥"],
        ["f:go", "t:fireside"],
    ),
    (
        "go time for people just starting with go",
        ["Go for beginners", "Go for beginners ♻️"],
        ["t:go for beginners"],
    ),
    (
        "go time on what to expect at your first gophercon",
        ["If you've never been to GopherCon..."],
        ["t:never been to gophercon"],
    ),
    (
        "go time: what even is infra / devops / sre",
        ["All about that infra(structure)"],
        ["t:infra\\(structure"],
    ),
    (
        "go time look back at gophercon 2017",
        ["GopherCon 2017: A Retrospective"],
        ["t:gophercon 2017"],
    ),
    ("go time the first week learning go", ["Your first week with Go"], ["t:first week"]),
    (
        "js party frontend feud at react advanced london",
        ["Frontend Feud: React Advanced Edition"],
        ["t:react advanced"],
    ),
    (
        "js party highlights from the first 100 eps",
        ["Best of the fest! Volume 1"],
        ["t:best of the fest"],
    ),
    (
        "js party going over the state of css and state of js surveys",
        ["Breaking down the State of CSS/JS"],
        ["t:state of css/js"],
    ),
    (
        "js party how to build a tech course",
        ['"I do, we do, you do"'],
        ["t:i do, we do"],
    ),
    (
        "js party about the big frontend framework wars",
        ["You fought in the framework wars?"],
        ["t:framework wars"],
    ),
    (
        "js party dev strengths & weaknesses",
        ["Developer strengths and weaknesses 🏋️\u200d♂️"],
        ["t:strengths and weaknesses"],
    ),
    (
        "js party trying out new segment ideas before jsconf",
        ["Experimenting with some new ideas 🔬"],
        ["t:experimenting with some new ideas"],
    ),
    (
        "js party asking if pwas will eat the world",
        ["PWAs to eat the world. Or maybe not. News at 11!"],
        ["t:pwas to eat"],
    ),
    (
        "talk python ten tips for dev productivity",
        ["#345: 10 Tips and Tools for Developer Productivity"],
        ["t:10 tips and tools"],
    ),
    (
        "talk python on python for oil rigs and lettuce supply chains",
        ["#270: Python in supply chains: oil rigs, rockets, and lettuce"],
        ["t:supply chains: oil"],
    ),
    (
        "tp state of packaging in 2020",
        ["#245: Python packaging landscape in 2020"],
        ["t:packaging landscape"],
    ),
    (
        "talk python bug hunting and tech startups",
        ["#228: Hunting bugs and tech startups with Python"],
        ["t:hunting bugs"],
    ),
    ("talk python about teaching django", ["#190: Teaching Django"], ["t:teaching django"]),
    (
        "talk python async web framework sanic",
        ["#188: Async for the Pythonic web with Sanic"],
        ["t:sanic"],
    ),
    (
        "tp on how facebook moved to python 3",
        ["#185: Creating a Python 3 Culture at Facebook"],
        ["t:python 3 culture"],
    ),
    (
        "talk python neuroscience at the allen institute",
        ["#164: Python in Brain Research at the Allen Institute"],
        ["t:allen institute"],
    ),
    (
        "talk python on the relaunch of pypi",
        ["#159: Inside the new PyPI launch"],
        ["t:new pypi launch"],
    ),
    (
        "se radio intro to config management",
        ["Episode 135: Introduction to Software Configuration Management with Petri Ahonen"],
        ["t:configuration management"],
    ),
    (
        "se radio ep on ui usability",
        ["Episode 127: Usability with Joachim Machate"],
        ["t:usability"],
    ),
    (
        "se radio on analysing an architecture",
        ["Episode 115: Architecture Analysis"],
        ["t:architecture analysis"],
    ),
    (
        "se radio going through their listener survey",
        ["Episode 71: Survey Results"],
        ["f:se", "t:survey results"],
    ),
    (
        "se radio xp part one",
        ["Episode 37: eXtreme Programming Pt.1"],
        ["t:extreme programming pt\\.1"],
    ),
    (
        "tif on the hunt for where covid came from",
        ["‘It’s way beyond just science’: untangling the hunt for Covid’s origins"],
        ["t:hunt for covid"],
    ),
    (
        "tif about uk women travelling far for abortions",
        ["Why are women in Britain having to travel hundreds of miles to get an abortion? podcast"],
        ["t:travel hundreds of miles"],
    ),
    (
        "tif on whether trump gets charged over jan 6",
        ["Will Donald Trump finally face criminal charges for January 6?"],
        ["t:criminal charges"],
    ),
    (
        "tif culture picks for 2023",
        ["Culture 2023: our picks for film, TV, music and art"],
        ["t:culture 2023"],
    ),
    (
        "tif asking if putin would actually go nuclear",
        ["Is Vladimir Putin really prepared to use nuclear weapons? – podcast"],
        ["t:prepared to use nuclear"],
    ),
    (
        "tif on russia cutting europe's gas",
        ["What happens if Russia turns off Europe’s gas?"],
        ["t:turns off europe"],
    ),
    (
        "hibt preview for the sam bankman-fried spellcaster show",
        ["Listen Now: Spellcaster: The Fall of Sam Bankman-Fried"],
        ["t:spellcaster"],
    ),
    (
        "the hibt episodes introducing the fellows",
        [
            "Meet The HIBT Fellows: Dinesh Tadepalli & Jennifer Zeitler",
            "Meet The HIBT Fellows: Kaitlin McGreyes & Nicole Argüelles",
            "Meet The HIBT Fellows: Mark Atlan & Zach Correa",
            "Meet The HIBT Fellows: Katie Mitchell & Celena Gill",
            "Meet The HIBT Fellows: Pierre Paul & Toby Egbuna",
        ],
        ["t:meet the hibt fellows"],
    ),
    (
        "the first taverncast after hours, the unplugged one",
        ["Taverncast: After Hours 1 - Unplugged"],
        ["t:after hours 1 - unplugged"],
    ),
    ("mike neumann when they almost made it to space", ["Almost to Space"], ["t:almost to space"]),
    (
        "the podcasting 2.0 ep where they're crawling their life away",
        ["Episode 36: Crawling Our Life Away"],
        ["f:p20", "t:crawling"],
    ),
]

GUEST: list[tuple[str, list[str], list[str], bool]] = [
    ("pete warhurts", ["PODS & Red Rover: Pete Warhurst"], ["t:pete warhurst"], True),
    (
        "marc lorre",
        ["Diapers.com & Jet.com: Marc Lore", "HIBT Lab! Wonder: Marc Lore"],
        ["t:marc lore"],
        True,
    ),
    (
        "jay shettey",
        ["Live Episode! Wellness Coach and Podcaster: Jay Shetty"],
        ["t:jay shetty"],
        True,
    ),
    ("johan hari", ["HIBT Lab! Stolen Focus: Johann Hari"], ["t:johann hari"], True),
    ("kara golden", ["How I Built Resilience: Kara Goldin of Hint"], ["t:kara goldin"], True),
    (
        "varshini prakesh",
        ["How I Built Resilience: Varshini Prakash of Sunrise Movement"],
        ["t:varshini prakash"],
        True,
    ),
    (
        "father greg boyle",
        ["How I Built Resilience: Father Gregory Boyle of Homeboy Industries"],
        ["t:gregory boyle"],
        False,
    ),
    ("colman hughes", ["#134 — Beyond the Politics of Race"], ["coleman hughes"], True),
    ("james kirchik", ["#54 — Trumping The World"], ["kirchick"], True),
    (
        "joseph goldstien",
        ["#4 — The Path and the Goal", "#15 — Questions Along the Path", "#63 — Why Meditate?"],
        ["f:ms", "joseph goldstein"],
        True,
    ),
    ("cassandra salisbery", ["Supporting the Go community"], ["cassandra salisbury"], True),
    ("tess rinerson", ["Open Sourcing Chain's Developer Platform"], ["tess rinearson"], True),
    (
        "laurie vos",
        [
            "Playing it close to the Vest",
            "The future of the web is npm, but maybe not JavaScript",
            "Web development's lost decade",
        ],
        ["laurie voss"],
        True,
    ),
    (
        "krzysztof czarnecky",
        ["Episode 96: Interview Krzysztof Czarnecki"],
        ["t:czarnecki"],
        True,
    ),
    (
        "jurgen hoeler",
        ["Episode 82: Organization of Large Code Bases with Juergen Hoeller"],
        ["t:juergen hoeller"],
        True,
    ),
    ("ted newerd", ["Episode 14: Interview Ted Neward"], ["t:ted neward"], True),
    ("michael stall", ["Episode 20: Interview Michael Stal"], ["t:michael stal"], True),
    ("dan carlen", ["#136 – Dan Carlin: Hardcore History"], ["t:dan carlin"], True),
    (
        "michael meena",
        [
            "#146 – Michael Mina: Rapid Testing, Viruses, and the Engineering Mindset",
            "#235 – Michael Mina: Rapid COVID Testing",
        ],
        ["t:michael mina"],
        True,
    ),
    (
        "ian hutchison",
        ["#112 – Ian Hutchinson: Nuclear Fusion, Plasma Physics, and Religion"],
        ["t:ian hutchinson"],
        True,
    ),
    (
        "sara seagar",
        ["#116 – Sara Seager: Search for Planets and Life Outside Our Solar System"],
        ["t:sara seager"],
        True,
    ),
]

HOST_GUEST: Labelled = [
    (
        "guy raz with youtubers colin and samir",
        [
            "HIBT Lab! Colin and Samir: Colin Rosenblum and Samir Chaudry",
            "ICYMI... HIBT Lab! Colin and Samir: Colin Rosenblum and Samir Chaudry",
        ],
        ["t:colin rosenblum"],
    ),
    (
        "guy raz w/ lindsay peoples wagner",
        ["How I Built Resilience: Lindsay Peoples Wagner of The Cut"],
        ["t:lindsay peoples wagner"],
    ),
    (
        "guy and elisa villanueva beard from teach for america",
        ["How I Built Resilience: Elisa Villanueva Beard of Teach For America"],
        ["t:villanueva beard"],
    ),
    (
        "guy raz and cheryl contee",
        ["How I Built Resilience: Cheryl Contee of Do Big Things"],
        ["t:cheryl contee"],
    ),
    (
        "guy raz talking to the january ventures cofounder",
        ["How I Built Resilience: Jennifer Neundorfer of January Ventures"],
        ["t:january ventures"],
    ),
    (
        "guy raz with daniela corrente",
        ["How I Built Resilience: Daniela Corrente of Reel"],
        ["t:daniela corrente"],
    ),
    (
        "guy raz with the headspace founders and alli webb",
        ["How I Built Resilience: Live with Alli Webb and Andy Puddicombe & Rich Pierson"],
        ["t:alli webb and andy"],
    ),
    (
        "sam harris and andrew sullivan on the 2016 race",
        ["#49 — The Lesser Evil"],
        ["t:lesser evil"],
    ),
    (
        "sam harris with stuart russell back in 2016",
        ["#53 — The Dawn of Artificial Intelligence"],
        ["t:dawn of artificial"],
    ),
    (
        "sam and eric weinstein, the faith one",
        ["#41 — Faith in Reason"],
        ["f:ms", "t:faith in reason"],
    ),
    (
        "mat ryer guesting on js party with jerod, kball and nick",
        ["We really needed new jingles"],
        ["f:js", "mat ryer joins"],
    ),
    (
        "natalie and angelica's gophercon panel with linus lee",
        ["Go beyond work"],
        ["linus lee"],
    ),
    (
        "jerod and divya with npm's cto ahmad nassri",
        ["Modular software architecture"],
        ["t:modular software architecture"],
    ),
    (
        "go time, carlisia and jaana dogan on hardware stuff",
        ["Go work groups and hardware projects"],
        ["t:hardware projects"],
    ),
    (
        "eberhard and markus on model driven development part 1",
        ["Episode 5: Model-Driven Software Development Pt. 1"],
        ["t:model-driven software development pt\\. 1"],
    ),
    (
        "arno and alex on dev processes",
        ["Episode 24: Development Processes Pt.1"],
        ["t:development processes"],
    ),
    (
        "nosheen iqbal in westminster as sunak takes over",
        ["Is the UK ready for Rishi Sunak?"],
        ["nosheen iqbal heads to westminster"],
    ),
    (
        "lex with james gosling, the java guy",
        ["#126 – James Gosling: Java, JVM, Emacs, and the Early Days of Computing"],
        ["t:james gosling"],
    ),
    (
        "lex and sheldon solomon talking about death",
        ["#117 – Sheldon Solomon: Death and Meaning"],
        ["t:sheldon solomon"],
    ),
    (
        "tom segura con el comediante chileno fabrizio copano",
        ["Ep. 04 con Fabrizio Copano - Tom Segura En Español"],
        ["t:fabrizio copano"],
    ),
    (
        "jeff and the crew with will smith talking buying gunpowder",
        ["Giant Bombcast 07/05/2016"],
        ["buying gunpowder"],
    ),
]

TITLE_TYPO: list[tuple[str, list[str], str]] = [
    (
        "10 tipps every django developer should know",
        ["#277: 10 tips every Django developer should know"],
        r"every django developer",
    ),
    ("a pythn mentorship story", ["#254: A Python mentorship story"], r"mentorship story"),
    (
        "solo maintaner of open source in academia",
        ["#247: Solo maintainer of open-source in academia"],
        r"solo maintainer",
    ),
    (
        "top 10 real pyton articles of 2019",
        ["#244: Top 10 Real Python Articles of 2019"],
        r"real python articles",
    ),
    (
        "opal full stack helth care apps",
        ["#241: Opal: Full stack health care apps"],
        r"health care apps",
    ),
    ("a gut feelin about python", ["#237: A gut feeling about Python"], r"gut feeling"),
    (
        "awsome python applications",
        ["#234: Awesome Python Applications"],
        r"awesome python applications",
    ),
    (
        "maintainable data sceince tips for non developers",
        ["#227: Maintainable data science: Tips for non-developers"],
        r"maintainable data science: tips",
    ),
    (
        "building flask apis for data scientits",
        ["#226: Building Flask APIs for data scientists"],
        r"flask apis",
    ),
    (
        "empowering developers by embeding python",
        ["#221: Empowering developers by embedding Python"],
        r"embedding python",
    ),
    (
        "staticframe like pandas but safter",
        ["#204: StaticFrame, like Pandas but safer"],
        r"staticframe",
    ),
    ("remember poeple are human", ["Remember, people are human"], r"people are human"),
    (
        "the future of the web is npm but mabye not javascript",
        ["The future of the web is npm, but maybe not JavaScript"],
        r"future of the web is npm",
    ),
    (
        "do what every developper does, blame other people",
        ["Do what every developer does: blame other people"],
        r"blame other people",
    ),
    ("evolving along side js", ["Evolving alongside JS"], r"evolving alongside"),
    (
        "distributed messaging and netwrok clients",
        ["Distributed Messaging and Network Clients"],
        r"network clients",
    ),
    ("its time to talk about testting", ["It's time to talk about testing"], r"talk about testing"),
    ("supporting the go comunity", ["Supporting the Go community"], r"supporting the go community"),
    (
        "organisation of large code bases",
        ["Episode 82: Organization of Large Code Bases with Juergen Hoeller"],
        r"organization of large code",
    ),
    (
        "the future of enterprize java",
        ["Episode 15: The Future of Enterprise Java"],
        r"future of enterprise java",
    ),
    (
        "boris johnson clings on againt the odds",
        ["Boris Johnson clings on against the odds"],
        r"clings on",
    ),
    (
        "do the democrats have a bidden problem",
        ["Do the Democrats have a Biden problem?"],
        r"biden problem",
    ),
    (
        "martial arts and the philosophy of violance",
        ["#125 – Ryan Hall: Martial Arts and the Philosophy of Violence, Power, and Grace"],
        r"martial arts and the philosophy",
    ),
    (
        "computational complexity and consciusness",
        ["#130 – Scott Aaronson: Computational Complexity and Consciousness"],
        r"complexity and consciousness",
    ),
    ("beyond the politcs of race", ["#134 — Beyond the Politics of Race"], r"politics of race"),
    (
        "a board certified medicle podcast",
        ["Giant Bombcast 452: A Board-Certified Medical Podcast"],
        r"board-certified medical",
    ),
    (
        "programacao criatva",
        ["Programação criativa – Hipsters Ponto Tech #266"],
        r"programacao criativa",
    ),
    ("liz truss's atack on nature", ["Liz Truss’s attack on nature"], r"attack on nature"),
]

# (question, podcast key, subject pattern over folded titles)
PODCAST: list[tuple[str, str, str]] = [
    ("talk python pyvideo", "tp", r"pyvideo"),
    ("talk python about checkio", "tp", r"checkio"),
    ("tp sagemath ep", "tp", r"sagemath"),
    ("talk python on opbeat", "tp", r"opbeat"),
    ("talk python turbogears", "tp", r"turbogears"),
    ("talk python zalando", "tp", r"zalando"),
    ("js party about amp pages", "js", r"\bamp\b"),
    ("js party electron", "js", r"electron"),
    ("se radio soa episodes", "se", r"service oriented architecture"),
    ("se radio on mdsd", "se", r"mdsd|model-driven"),
    ("hipsters monolitos", "hip", r"monolitos"),
    ("hipsters no itaú", "hip", r"itau"),
    ("hipsters porto seguro", "hip", r"porto seguro"),
    ("hipsters wine.com.br", "hip", r"wine"),
    ("bombcast pax 08", "bomb", r"pax08"),
    ("giant bombcast gdc 2010", "bomb", r"gdc 2010"),
    ("bombcast microcast", "bomb", r"microcast"),
    ("tif on sri lanka", "tif", r"sri lanka"),
    ("dw langsam gesprochene nachrichten 10.02.2022", "dw", r"10\.02\.2022"),
    ("dw news 28.01.2022", "dw", r"28\.01\.2022"),
    ("go time on heroku", "go", r"heroku"),
]

# (question, podcast key or None, episode number, season)
NUMBER: list[tuple[str, str | None, int, int | None]] = [
    ("talk python 322", "tp", 322, None),
    ("tp ep 298", "tp", 298, None),
    ("talk python #161?", "tp", 161, None),
    ("what's talk python episode 88 about", "tp", 88, None),
    ("talk python number 27", "tp", 27, None),
    ("se radio 113", "se", 113, None),
    ("se radio episode 38", "se", 38, None),
    ("software engineering radio ep. 46", "se", 46, None),
    ("hipsters 268", "hip", 268, None),
    ("hipsters #200", "hip", 200, None),
    ("hipsters episódio 122", "hip", 122, None),
    ("bombcast 559", "bomb", 559, None),
    ("giant bombcast #462", "bomb", 462, None),
    ("lex ep 104", "lex", 104, None),
    ("making sense #243", "ms", 243, None),
    ("hibt #457", "hibt", 457, None),
    ("hipsters #64 pls", "hip", 64, None),
    ("se radio 50", "se", 50, None),
    ("giant bombcast 541", "bomb", 541, None),
    ("making sense 15", "ms", 15, None),
]

# (question, podcast key or None, patterns the episode must match)
LATEST: list[tuple[str, str | None, list[str]]] = [
    ("hipsters mais recente sobre open source", "hip", ["t:open source"]),
    ("o último hipsters sobre aprendizagem", "hip", ["t:\\baprendizagem\\b"]),
    ("hipsters mais novo sobre educação", "hip", ["t:\\beducacao\\b"]),
    ("o hipsters mais recente falando de nfts", "hip", ["t:\\bnfts\\b"]),
    ("latest hipsters with totvs", "hip", ["t:\\btotvs\\b"]),
    ("latest hibt with lisa price from carol's daughter", "hibt", ["t:carol's daughter"]),
    ("newest hibt episode with colin and samir", "hibt", ["t:\\bsamir\\b"]),
    ("most recent hibt w/ alli webb", "hibt", ["t:\\bwebb\\b"]),
    ("latest talk python on developer productivity", "tp", ["t:\\bproductivity\\b"]),
    ("tp's newest landscape episode", "tp", ["t:\\blandscape\\b"]),
    ("tif's latest 'counting the cost' ep", "tif", ["t:counting the cost"]),
    ("tif's most recent exposing-the-myth type story", "tif", ["t:\\bexposing\\b"]),
    ("newest lex with manolis kellis", "lex", ["t:\\bkellis\\b"]),
    ("latest no agenda about covid", "na", ["t:\\bcovid\\b"]),
    ("the most recent of guy raz's resilience series", "hibt", ["t:\\bresilience\\b"]),
    (
        "which game of the year deliberation did giant bomb put out last",
        "bomb",
        ["t:game of the year"],
    ),
]

SPANISH: Labelled = [
    (
        "pasajes de la historia, el episodio de inés suárez",
        ["Inés Suárez"],
        ["f:pas", "t:ines suarez"],
    ),
    (
        "tiempo de valientes, el capítulo donde julián le escribe una carta de despedida a manuel",
        ["El Ministerio del Tiempo - Tiempo de valientes: capítulo 5"],
        ["carta de despedida"],
    ),
    (
        "wola y la comisión de estupefacientes de la onu, donde los países por fin hablan claro",
        [fresh.WOLA_DRUG],
        ["t:global drug policy"],
    ),
    (
        "tom segura en español, el de kg goro",
        ['Ep. 18 con Karen "KG" Goro | Tom Segura En Español'],
        ["t:goro"],
    ),
    (
        "lex con brian kernighan sobre unix y awk",
        ["#109 – Brian Kernighan: UNIX, C, AWK, AMPL, and Go Programming"],
        ["t:kernighan"],
    ),
    (
        "talk python sobre ciencia de datos desde cero",
        ["#56: Data Science from Scratch"],
        ["t:data science from scratch"],
    ),
    (
        "talk python sobre conseguir tu primer trabajo de programador, la parte 1",
        ["#39: Getting your first dev job as a Python developer (part 1)"],
        ["t:first dev job.*part 1"],
    ),
    (
        "talk python sobre pypy corriendo en el navegador",
        ["#32: PyPy.js - PyPy Python in Your Browser"],
        ["t:pypy\\.js"],
    ),
    ("el de go time sobre las apis", ["All about APIs!"], ["t:all about apis"]),
    (
        "go time sobre las herramientas de go",
        ["Go tooling ♻️", "Go tooling"],
        ["f:go", "t:^go tooling"],
    ),
    (
        "js party sobre machine learning con javascript",
        ["ML in JS... well... yes?"],
        ["t:ml in js"],
    ),
    (
        "js party sobre flujo de control asíncrono y las amenazas a la web abierta",
        ["Async control flow and threats to the open web"],
        ["t:async control flow"],
    ),
    (
        "se radio sobre arquitectura, tercera parte",
        ["Episode 30: Architecture Pt.3"],
        ["t:architecture pt\\.3"],
    ),
    (
        "la entrevista de se radio a james noble",
        ["Episode 38: Interview James Noble"],
        ["t:james noble"],
    ),
    (
        "today in focus sobre la crisis de las facturas de la luz en reino unido",
        ["The UK’s energy bill crisis"],
        ["t:energy bill crisis"],
    ),
    (
        "today in focus sobre el costo de una guerra larga en ucrania",
        ["Ukraine: counting the cost of a long war"],
        ["t:long war"],
    ),
    (
        "el giant bombcast del segundo día del e3 2011",
        ["Giant Bombcast E3 2011 Day Two"],
        ["t:e3 2011 day two"],
    ),
    (
        "taverncast sobre la verdad de kargluvr",
        ["Taverncast VIP: The Truth About KargLuVR"],
        ["t:kargluvr"],
    ),
    (
        "¿hay un dw de noticias lentas del 26 de febrero de 2022?",
        ["26.02.2022 – Langsam gesprochene Nachrichten"],
        ["t:26\\.02\\.2022"],
    ),
]

PORTUGUESE: Labelled = [
    (
        "hipsters sobre programação funcional e clojure",
        ["Programação Funcional (e (clojure)) – Hipsters #158"],
        ["f:hip", "t:clojure"],
    ),
    (
        "hipsters sobre produto mínimo viável",
        ["MVP: Produto Mínimo Viável – Hipsters #49"],
        ["t:produto minimo viavel"],
    ),
    (
        "hipsters sobre scrum do zero ao sprint",
        ["Scrum: do zero ao Sprint – Hipsters #54"],
        ["t:do zero ao sprint"],
    ),
    (
        "hipsters sobre a vez do ruby on rails",
        ["A vez do Ruby on Rails – Hipsters #52"],
        ["t:a vez do ruby"],
    ),
    (
        "hipsters sobre testes automatizados",
        ["Testes Automatizados – Hipsters #51"],
        ["t:testes automatizados"],
    ),
    (
        "hipsters sobre geolocalização e logística",
        ["Geolocalização e Logística – Hipsters #53"],
        ["t:geolocalizacao"],
    ),
    (
        "hipsters falando de internet das coisas e até cerveja",
        ["Internet das Coisas, Android e até Cerveja – Hipsters #43"],
        ["t:ate cerveja"],
    ),
    (
        "o hipsters sobre tecnologias na netflix",
        ["Tecnologias na Netflix – Hipsters #41"],
        ["t:tecnologias na netflix"],
    ),
    (
        "hipsters sobre pagamentos digitais e o paypal",
        ["Pagamentos Digitais e o Paypal – Hipsters #29"],
        ["f:hip", "t:paypal"],
    ),
    (
        "hipsters sobre o futuro do .net",
        ["Presente e Futuro do .NET – Hipsters #26"],
        ["t:futuro do \\.net"],
    ),
    ("o hipsters de indie games", ["Indie Games – Hipsters #24"], ["t:indie games"]),
    (
        "hipsters sobre web components",
        ["Web Components – Hipsters #06"],
        ["f:hip", "t:web components"],
    ),
    ("hipsters sobre vida de agência", ["Vida de Agência – Hipsters #02"], ["t:vida de agencia"]),
    (
        "hipsters sobre monitoramento pra não acordar de madrugada",
        ["Monitoramento: não receba mais telefonemas de madrugada! – Hipsters #12"],
        ["t:madrugada"],
    ),
    ("hipsters: o que um cto faz?", ["O que faz um CTO? – Hipsters #68"], ["t:o que faz um cto"]),
    (
        "hipsters sobre crianças e jovens aprendendo programação",
        ["Crianças, jovens e programação – Hipsters #65"],
        ["t:criancas, jovens"],
    ),
    (
        "hipsters sobre o que tem por trás do wordpress",
        ["Por trás do WordPress – Hipsters #72"],
        ["f:hip", "t:wordpress"],
    ),
    (
        "hipsters designers vs programadores",
        ["Designers e Programadores – Hipsters #71"],
        ["t:designers e programadores"],
    ),
    (
        "hipsters on the road no stack overflow falando de .net core",
        [".NET Core no Stack Overflow – Hipsters On The Road #20"],
        ["f:hip", "t:stack overflow"],
    ),
    (
        "o hipsters sobre python e rails no governo americano",
        ["Governo americano, Python e Rails – Hipsters On The Road #19"],
        ["t:governo americano"],
    ),
]

NONE: list[tuple[str, tuple[str, ...]]] = [
    # Places, events, technologies and people near what the shows cover, and subjects
    # named with a podcast that never covered them; each pattern is in no title or notes.
    ("tif on the killing of mp david amess", ("amess",)),
    ("go time about the loong64 port", ("loong",)),
    ("hipsters sobre o ataque hacker ao ministério da saúde", ("ministerio da saude",)),
    ("anything about lula's amazon fund", ("amazon fund", "fundo amazonia")),
    ("the guna yala islands sinking in panama", ("guna yala", "gardi sugdub")),
    ("lake maracaibo oil spills", ("maracaibo",)),
    ("dominica's citizenship by investment", ("dominica\\b", "citizenship by investment")),
    ("the st. lucia jazz festival", ("st\\.? lucia",)),
    ("lex with the chef eric ripert", ("ripert",)),
    ("lex with the novelist cormac mccarthy", ("cormac",)),
    ("bombcast on the ps5 pro", ("ps5 pro",)),
    (
        "any ep on the tarahumara runners of copper canyon",
        ("tarahumara", "raramuri", "copper canyon"),
    ),
    ("brazil's favela pacification police", ("pacification", "\\bupp\\b")),
    ("chile's copper mines at chuquicamata", ("chuquicamata",)),
    ("bolivia's cholita wrestlers", ("cholita",)),
    ("colombia's vallenato music", ("vallenato",)),
    ("se radio about the therac-25 accidents", ("therac",)),
    ("lex with the poker player phil ivey", ("ivey",)),
    ("lex with the tennis player rafael nadal", ("nadal",)),
    ("making sense with the novelist kazuo ishiguro", ("ishiguro",)),
    ("bombcast about animal well", ("animal well",)),
    ("dw über die energiepreisbremse", ("preisbremse",)),
    ("dw über die bauernproteste", ("bauernprotest",)),
    ("¿algún episodio del volcán popocatépetl?", ("popocatepetl",)),
    ("¿algo sobre el metro de santiago?", ("metro de santiago",)),
    ("¿hay algo sobre violeta parra?", ("violeta parra",)),
    ("¿algo sobre el cóndor andino?", ("condor",)),
    ("tem algo sobre o sertão nordestino?", ("sertao",)),
    ("alguém falou do chorinho?", ("chorinho", "\\bchoro\\b")),
    ("tem algo sobre bossa nova?", ("bossa nova",)),
    ("galápagos' tortoise lonesome george", ("lonesome george",)),
    ("the mexican wrestling lucha libre scene", ("lucha libre",)),
    ("cusco's inti raymi festival", ("inti raymi",)),
    ("the carnival in barranquilla", ("barranquilla",)),
    ("bolivia's la paz cable car network", ("mi teleferico", "cable car")),
    ("se radio on the year 2038 problem", ("2038",)),
    ("making sense with the psychologist steven hayes on act", ("steven hayes",)),
    ("dw über die fußball-em 2024", ("em 2024", "euro 2024")),
    ("hibt with nubank's david vélez", ("david velez",)),
    ("lex with the diver alexey molchanov", ("molchanov", "freediv")),
    ("lex with the linguist daniel everett", ("daniel everett", "piraha")),
    ("how i built this with the founder of the hydro flask", ("hydro flask",)),
    ("talk python about brython in the browser", ("brython",)),
    ("talk python on the nicegui library", ("nicegui",)),
    ("go time about asynq task queues", ("asynq",)),
    ("go time about the ent orm from facebook", ("entgo", "\\bent orm")),
    ("js party on the ladybird browser", ("ladybird",)),
    ("se radio on the mars climate orbiter units mixup", ("climate orbiter",)),
    ("se radio on the knight capital trading glitch", ("knight capital",)),
    ("hipsters sobre o app do sus", ("conecte sus", "app do sus")),
    ("bombcast about balatro", ("balatro",)),
    ("bombcast about the sega saturn's 30th birthday", ("30th anniversary of the saturn",)),
    ("dw über den abschied von angela merkel", ("merkel",)),
    ("dw über die wahl in sachsen", ("sachsen",)),
    ("¿algún episodio sobre la cumbia villera?", ("cumbia",)),
    ("¿hay algo de los mayas y el juego de pelota?", ("juego de pelota",)),
    ("¿algo sobre el canal del dique?", ("canal del dique",)),
    ("¿algo sobre los niños héroes de chapultepec?", ("chapultepec",)),
    ("¿algún episodio sobre el tren de las nubes en salta?", ("tren de las nubes",)),
    ("¿hay algo sobre la puna argentina?", ("\\bpuna\\b",)),
    ("¿hay algún podcast sobre la isla de chiloé?", ("chiloe",)),
    ("tem algo sobre o carnaval de olinda?", ("olinda",)),
    ("tem episódio sobre o círio de nazaré?", ("cirio",)),
    ("alguém falou sobre a zona franca de manaus?", ("zona franca",)),
    ("tem algo sobre o bumba meu boi?", ("bumba",)),
    ("panama's omar torrijos", ("torrijos",)),
    ("the war of the pacific between chile and peru", ("war of the pacific",)),
    ("the tenancingo trafficking ring in tlaxcala", ("tenancingo", "tlaxcala")),
    ("machu picchu's rival choquequirao", ("choquequirao",)),
    ("nicaragua's bluefields creole coast", ("bluefields",)),
    ("peru's amazon river city iquitos", ("iquitos",)),
    ("trinidad's carnival j'ouvert", ("j'ouvert", "jouvert")),
    ("se radio on the boeing 737 max mcas software", ("\\bmcas\\b", "737 max")),
    ("tif on the rochdale grooming gangs", ("rochdale",)),
    ("bombcast on the stop killing games campaign", ("stop killing games",)),
    ("tem algo sobre os lençóis maranhenses?", ("lencois",)),
    ("making sense with the poet ocean vuong", ("ocean vuong",)),
    ("hibt with the founders of the chilean startup notco", ("notco",)),
    ("tem algo sobre o museu nacional que pegou fogo?", ("museu nacional",)),
    ("¿algo sobre la biblioteca de alejandría?", ("alejandria", "alexandria")),
    ("se radio on the patriot missile clock drift bug", ("patriot missile",)),
    ("lex with the skier mikaela shiffrin", ("shiffrin",)),
    ("how i built this w/ carlos garcía of kavak, the used car startup", ("kavak",)),
    (
        "¿algún episodio sobre el cerro de la silla en monterrey?",
        ("monterrey", "cerro de la silla"),
    ),
]

CHAT: list[str] = [
    "boa noite, galera",
    "danke dir, bot!",
    "ayy tysm",
    "alright heading out, later",
    "just lurking, carry on",
    "bonjour tout le monde",
    "beep boop",
    "valeu, salvou meu dia",
    "buenas, ¿cómo va todo por acá?",
    "pog, thanks",
    "kk ty",
    "hmm ok never mind then",
    "lmaooo nice",
    "ok that's it from me",
    "goodnight chat 🌙",
    "hola de nuevo",
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
