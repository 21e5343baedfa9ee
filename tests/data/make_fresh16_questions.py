"""Write issue 11's sixteenth fresh held-out set: ``questions_fresh16.jsonl``.

Run from the repository root with the shared feeds beside it::

    python tests/data/make_fresh16_questions.py [FEEDS_DIR]

It follows the fifteenth set (``questions_fresh15.jsonl``) as the held-out set kept for the
round after. Its questions were written from the feeds alone (titles, notes, guests, dates,
episode numbers), never from the answering code or from what the bot answers, and the bot was
not run on them. They are worded by hand, on episodes the earlier sets leave out where there
are any: the Giant Bombcast's dated shows of 2008-2016 and its numbered shows; Talk Python's
early and middle numbers; Go Time's and JS Party's first years; SE Radio's first episodes;
Hipsters' numbered shows and On The Road; Today in Focus's 2022 news and series; How I Built
This's Resilience shows; Taverncast's After Hours and Geekistry. Every episode of the Lex
Fridman Podcast, the bundled feed, No Agenda, the Mike Neumann Show, Podcasting 2.0, Tiempo de
valientes, Tom Segura En Español and Pasajes de la Historia was expected before, so those get
a question or two each, worded anew. No question is near one of the nineteen earlier sets
(the four first ones and fresh to fresh15, ``questions_fresh15.jsonl`` among them).

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

OUT = HERE / "questions_fresh16.jsonl"
EARLIER = earlier_sets(16, fresh.EARLIER)
HEADER = (
    "Issue 11 sixteenth fresh held-out set (written by tests/data/make_fresh16_questions.py "
    "from the feeds; succeeds questions_fresh15.jsonl as the held-out set; never tune on it)"
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
        "bombcast where drew visits an aircraft carrier",
        ["Giant Bombcast 07-30-2013"],
        ["aircraft carrier"],
    ),
    (
        "the bombcast where matt rorie talks wrestling while dan is at summerslam",
        ["Giant Bombcast 08/19/2014"],
        ["summerslam"],
    ),
    (
        "which bombcast had the california extreme arcade trip",
        ["Giant Bombcast 07-20-2010"],
        ["california extreme 2010"],
    ),
    (
        "bombcast where they talk playstation vue and dan with fireworks",
        ["Giant Bombcast 06/30/2015"],
        ["playstation vue"],
    ),
    (
        "bombcast with drunk santas and james cameron's avatar",
        ["Giant Bombcast 12-15-2009"],
        ["drunk santas"],
    ),
    (
        "the one where jeff hosts bc ryan is benched",
        ["Giant Bombcast 01-25-2011"],
        ["planted firmly on the bench"],
    ),
    (
        "bombcast about video game nudity and pirates",
        ["Giant Bombcast 10/29/2013"],
        ["video game nudity"],
    ),
    (
        "bombcast with the monster hunter world beta and slurpees",
        ["Giant Bombcast 511: Baby in a Jar"],
        ["slurpee", "monster hunter world beta"],
    ),
    (
        "bombcast w/ brad back from the international 4",
        ["Giant Bombcast 07/22/2014"],
        ["international 4"],
    ),
    (
        "the bombcast about the fate of 38 studios",
        ["Giant Bombcast 05-15-2012"],
        ["fate of 38 studios"],
    ),
    ("bombcast where jared rea sits in", ["Giant Bombcast 11-03-2009"], ["jared rea sits in"]),
    ("bombcast with bleszinski vs bieber lol", ["Giant Bombcast 04-13-2010"], ["bieber"]),
    (
        "bombcast with dave snider talking mechs",
        ["Giant Bombcast 02-28-2012"],
        ["dave snider joins us to talk mechs"],
    ),
    (
        "bombcast analysing super bowl commercials and off-brand zelda",
        ["Giant Bombcast 02-07-2012"],
        ["off-brand zelda"],
    ),
    ("bombcast about meat mountain and videoball", ["Giant Bombcast 07/12/2016"], ["videoball"]),
    (
        "bombcast where they mention bam margera and scrum master",
        ["Giant Bombcast 03-09-2010"],
        ["scrum master", "bam margera"],
    ),
    (
        "bombcast with fried chicken and operation anchorage",
        ["Giant Bombcast 01-27-2009"],
        ["operation: anchorage"],
    ),
    (
        "bombcast where the boys talk ps4 firmware 4.5 and nioh",
        ["Giant Bombcast 467: X-Plane 11 Is..."],
        ["firmware 4\\.5"],
    ),
    (
        "go time with kelsey hightower on pokemon go running on gcp",
        ["Kubernetes, Containers, Go"],
        ["bringing pokemon go to life"],
    ),
    (
        "go time where cory lanou's first pr got reviewed by dave cheney",
        ["Go Community Discussions"],
        ["cory lanou is our guest"],
    ),
    (
        "go time ep with luna duclos",
        ["Game Development and Rebuilding Microservices"],
        ["luna duclos joined the show to talk about rebuilding"],
    ),
    (
        "go time about go in 5 minutes screencasts",
        ["Go in 5 Minutes & design patterns"],
        ["screencasts"],
    ),
    (
        "talk python with adrian rosebrock",
        ["#11: PyImageSearch and Computer Vision"],
        ["rosebrock"],
    ),
    (
        "talk python where andrew godwin explains his async project",
        ["#98: Adding concurrency to Django with Django Channels"],
        ["andrew godwin"],
    ),
    (
        "tp with stuart farmer about custom chains",
        ["#165: Python and the blockchain"],
        ["stuart farmer"],
    ),
    (
        "talk python with matthew makai on getting your app online",
        ["#26: Deploying Python Web Applications (Updated)"],
        ["matthew makai"],
    ),
    (
        "tp where kenneth reitz talks about pycon",
        ["#208: Packaging, Making the most of PyCon, and more"],
        ["kenneth retiz"],
    ),
    ("talk python with lynn root", ["#15: Python at Spotify, PSF, and PyLadies"], ["lynn root"]),
    (
        "js party where rachel white and mikeal talk sha-1 being broken",
        ["Security on the web, Node async/await, AR.js"],
        ["sha-1"],
    ),
    (
        "js party where kball and nick go over the 2018 results and ryan dahl's talk",
        ["Node's survey, Ry's regrets, Microsoft's GitHub"],
        ["2018 node\\.js user survey"],
    ),
    (
        "js party with wes bos and mike taylor",
        ["Web Standards, ECMAScript Modules in Browsers, and Learning JS"],
        ["wes bos and mike taylor"],
    ),
    (
        "js party about old weird html tags",
        ["Cool, depending on your definition of cool"],
        ["weird html tags"],
    ),
    ("js party ep about the js13kgames winner", ["And... the website is down 😱"], ["js13kgames"]),
    (
        "tif about prosecutor jason williams' civil rights division",
        [
            "The Division: New Orleans – part three",
            "Revisited: The Division: New Orleans – part three",
        ],
        ["city elects jason williams"],
    ),
    (
        "today in focus with hannah devlin on the virus evolving",
        ["How Covid keeps surprising us and confounding the experts"],
        ["virus continues to evolve"],
    ),
    (
        "tif where rafael behr talks about truss holding the party together",
        ["Is Liz Truss already fighting to save her premiership?"],
        ["rafael behr"],
    ),
    (
        "hibt with the ex soccer player beverly leon",
        ["How I Built Resilience: Beverly Leon of Local Civics"],
        ["retiring from professional soccer"],
    ),
    ("se radio with prashant jain", ["Episode 18: Resource Management"], ["prashant jain"]),
    (
        "taverncast where karg returns",
        ["Taverncast:Special Bulletin - 05/30/2006"],
        ["karg returns", "new races in wow"],
    ),
    (
        "geekistry with dc vs marvel and t2",
        ["Geekistry: Lowatus of Borg (extended version)", "Geekistry: You Can See the Strings"],
        ["dc vs marvel", "geekiversry of t2"],
    ),
]

LOOSE: Labelled = [
    (
        "bombcast with ridiculous fishing and phil fish",
        ["Giant Bombcast 07-30-2013"],
        ["ridiculous fishing"],
    ),
    (
        "bombcast discussing gta iv with alex navarro in 2008",
        ["Giant Bombcast 03-25-2008"],
        ["greater", "alex navarro", "t:03-25-2008"],
    ),
    (
        "bombcast gdc 2011 first one with adam",
        ["Giant Bombcast 03-02-2011 (GDC 2011)"],
        ["t:gdc 2011", "adam sess"],
    ),
    (
        "the sealed envelope e3 2016 bombcast",
        ["Giant Bombcast The Giant Bombcast E3 2016 Sealed Envelope Spectacular"],
        ["t:e3 2016 sealed envelope"],
    ),
    (
        "bombcast on modern warfare 3 and saints row",
        ["Giant Bombcast 11-08-2011"],
        ["modern warfare 3", "saints r"],
    ),
    ("bombcast with minit and ni no kuni 2", ["Giant Bombcast 526: Ultra Mario"], ["ni no kuni 2"]),
    (
        "go time about go 1.18 features that aren't generics or fuzzing",
        ["The *other* features in Go 1.18"],
        ["matloob"],
    ),
    ("go time cloud native explained to mat and jon", ["Cloud Native Go"], ["t:^cloud native go$"]),
    (
        "go time with sam boyer on dependency management",
        ["Dependency Management, Semver, Community Consensus"],
        ["sam boyer joined the show to talk about dependency"],
    ),
    ("go time q&a on when init is ok", ["Community Q&A"], ["when is it okay to use init"]),
    (
        "go time gophers say at gophercon 2021",
        ["Gophers Say! GopherCon Edition"],
        ["t:gophers say! gophercon edition"],
    ),
    ("talk python datalore notebooks", ["#196: Datalore: Hosted smart notebooks"], ["datalore"]),
    ("talk python anvil", ["#138: Anvil: All web, all Python"], ["t:anvil"]),
    ("talk python about code reviews", ["#102: Effective Code Reviews"], ["t:code reviews"]),
    (
        "talk python al sweigart inventing games",
        ["#106: Invent your own computer games with Python"],
        ["t:invent your own"],
    ),
    (
        "talk python standard library cookbook",
        ["#197: Modern Python Standard Library Cookbook"],
        ["standard library cookbook"],
    ),
    (
        "js party frontend feud at halfstack",
        ["Frontend Feud: HalfStack Edition"],
        ["t:frontend feud: halfstack"],
    ),
    (
        "js party about moisture sensors",
        ["What kind of moisture sensors do you use?"],
        ["t:moisture"],
    ),
    ("js party meet alex sexton episode", ["Meet Alex Sexton"], ["t:meet alex sexton"]),
    (
        "js party lightning chats at all things open",
        ["11 awesome lightning chats ⚡️"],
        ["t:lightning chats"],
    ),
    (
        "today in focus undercover cop david taylor",
        ["What does it take to be an undercover police officer?– podcast"],
        ["david taylor"],
    ),
    (
        "tif on the tory leadership race after boris resigned",
        ["The race for Tory leadership"],
        ["t:race for tory"],
    ),
    ("hibt sonia gil fluenz", ["How I Built Resilience: Sonia Gil of Fluenz"], ["t:fluenz"]),
    (
        "se radio guardian.co.uk redesign",
        ["Episode 95: The New Guardian.co.uk website with Matt Wall and Erik DoernenBurg"],
        ["guardian\\.co\\.uk"],
    ),
    ("making sense ask me anything 1", ["#8 — Ask Me Anything 1"], ["t:ask me anything 1$"]),
    (
        "taverncast after hours battlestar galactica",
        ["Taverncast: After Hours 2 - Battlestar Bill"],
        ["t:battlestar bill"],
    ),
    (
        "js party where emma and chris explain things like we're five",
        ["You don’t have to dress up"],
        ["explain some things to each other like we.re five"],
    ),
    (
        "js party ama from the slack channel about basic attention token",
        ["AMA — BasicAttentionToken, Robotics, IDE's and Stuff"],
        ["basicattentiontoken"],
    ),
    (
        "js party graphql pros and cons from code-ish",
        ["GraphQL's benefits and costs"],
        ["code-ish", "hasura"],
    ),
    (
        "tif on florida drifting right in the midterms",
        ["Culture wars, abortion and conspiracy theories: what the midterms tell us about the US"],
        ["florida used to be seen as a swing state"],
    ),
    (
        "se radio first part of the software architecture series",
        ["Episode 23: Architecture Pt. 1"],
        ["first of a series of episodes on software architecture"],
    ),
    (
        "se radio on the posa 1 architectural styles",
        ["Episode 41: Architecture Patterns (Architecture Pt. 4)"],
        ["posa 1", "t:architecture patterns"],
    ),
    (
        "go time behind the scenes of running gophercon",
        ["#GoVirCon"],
        ["behind the scenes to find out what it takes"],
    ),
    (
        "hibt summit 2019 with jeni talking about columbus ohio",
        ["Live From The HIBT Summit: Jeni Britton Bauer of Jeni's Splendid Ice Creams"],
        ["columbus, ohio", "t:summit"],
    ),
]

GUEST: list[tuple[str, list[str], list[str], bool]] = [
    ("adrian rosebroc", ["#11: PyImageSearch and Computer Vision"], ["rosebrock"], True),
    (
        "kelsey hightowr",
        ["Kubernetes, Containers, Go"],
        ["kelsey hightower joined the show to talk about the work"],
        True,
    ),
    (
        "luna duklos",
        ["Game Development and Rebuilding Microservices"],
        ["luna duclos joined the show to talk about rebuilding"],
        True,
    ),
    ("cory lanoo", ["Go Community Discussions"], ["cory lanou is our guest"], True),
    (
        "sam boyer",
        ["Dependency Management, Semver, Community Consensus"],
        ["sam boyer joined the show to talk about dependency"],
        False,
    ),
    (
        "aaron schlesinger go in 5",
        ["Go in 5 Minutes & design patterns"],
        ["go in 5 minutes series"],
        False,
    ),
    ("stuart farmr", ["#165: Python and the blockchain"], ["stuart farmer"], True),
    ("prashant jein", ["Episode 18: Resource Management"], ["prashant jain"], True),
    (
        "matt wall guardian",
        ["Episode 95: The New Guardian.co.uk website with Matt Wall and Erik DoernenBurg"],
        ["t:matt wall"],
        False,
    ),
    (
        "beverly leone",
        ["How I Built Resilience: Beverly Leon of Local Civics"],
        ["beverly leon"],
        True,
    ),
    ("sonia gill fluenz", ["How I Built Resilience: Sonia Gil of Fluenz"], ["sonia gil"], True),
    (
        "david tayler undercover",
        ["What does it take to be an undercover police officer?– podcast"],
        ["david taylor"],
        True,
    ),
    (
        "hannah devlyn",
        ["How Covid keeps surprising us and confounding the experts"],
        ["virus continues to evolve"],
        True,
    ),
    ("matt rorie wrestling", ["Giant Bombcast 08/19/2014"], ["matt rorie joins us to"], False),
    (
        "jared rhea bombcast",
        ["Giant Bombcast 08-11-2009", "Giant Bombcast 11-03-2009"],
        ["jared rea"],
        True,
    ),
    (
        "dave snyder bombcast",
        ["Giant Bombcast 02-28-2012"],
        ["dave snider joins us to talk mechs"],
        True,
    ),
]

HOST_GUEST: Labelled = [
    (
        "was kelsey hightower ever on go time talking kubernetes",
        ["Kubernetes, Containers, Go"],
        ["kelsey hightower joined the show to talk about the work"],
    ),
    (
        "did andrew godwin come on talk python",
        ["#98: Adding concurrency to Django with Django Channels"],
        ["andrew godwin"],
    ),
    (
        "has lynn root been on talk python",
        ["#15: Python at Spotify, PSF, and PyLadies"],
        ["lynn root"],
    ),
    (
        "did matthew makai ever guest on talk python about deploying",
        ["#26: Deploying Python Web Applications (Updated)"],
        ["matthew makai"],
    ),
    (
        "was adrian rosebrock on talk python?",
        ["#11: PyImageSearch and Computer Vision"],
        ["rosebrock"],
    ),
    (
        "has wes bos been on js party",
        ["Web Standards, ECMAScript Modules in Browsers, and Learning JS"],
        ["wes bos and mike taylor"],
    ),
    (
        "did luna duclos guest on go time",
        ["Game Development and Rebuilding Microservices"],
        ["luna duclos joined the show to talk about rebuilding"],
    ),
    (
        "was sam boyer on go time",
        ["Dependency Management, Semver, Community Consensus"],
        ["sam boyer joined the show to talk about dependency"],
    ),
    ("did prashant jain ever do se radio", ["Episode 18: Resource Management"], ["prashant jain"]),
    (
        "was erik doernenburg on se radio",
        ["Episode 95: The New Guardian.co.uk website with Matt Wall and Erik DoernenBurg"],
        ["doernenburg"],
    ),
    (
        "did guy raz talk to beverly leon",
        ["How I Built Resilience: Beverly Leon of Local Civics"],
        ["beverly leon"],
    ),
    (
        "has sonia gil been on how i built this",
        ["How I Built Resilience: Sonia Gil of Fluenz"],
        ["sonia gil"],
    ),
    (
        "did matt rorie sit in on a bombcast about wrestling",
        ["Giant Bombcast 08/19/2014"],
        ["matt rorie joins us to"],
    ),
    (
        "was jared rea ever on the bombcast",
        ["Giant Bombcast 08-11-2009", "Giant Bombcast 11-03-2009"],
        ["jared rea"],
    ),
    (
        "has stuart farmer been on talk python",
        ["#165: Python and the blockchain"],
        ["stuart farmer"],
    ),
    (
        "did hannah devlin come on today in focus about covid",
        ["How Covid keeps surprising us and confounding the experts"],
        ["virus continues to evolve"],
    ),
    (
        "did lex ever have alex garland on",
        ["#77 – Alex Garland: Ex Machina, Devs, Annihilation, and the Poetry of Science"],
        ["t:alex garland"],
    ),
    (
        "was liv boeree on lex fridman",
        ["#314 – Liv Boeree: Poker, Game Theory, AI, Simulation, Aliens & Existential Risk"],
        ["t:liv boeree"],
    ),
]

TITLE_TYPO: list[tuple[str, list[str], str]] = [
    (
        "datalore hosted smrt notebooks",
        ["#196: Datalore: Hosted smart notebooks"],
        r"hosted smart notebooks",
    ),
    ("anvil all web all pyhton", ["#138: Anvil: All web, all Python"], r"all web, all python"),
    ("efective code reviews", ["#102: Effective Code Reviews"], r"effective code reviews"),
    (
        "fun and easy 2d gmaes with python",
        ["#223: Fun and Easy 2D Games with Python"],
        r"2d games with python",
    ),
    (
        "gradual typeing of production applications",
        ["#151: Gradual Typing of Production Applications"],
        r"gradual typing of production",
    ),
    (
        "faster python programs mesure don't guess",
        ["#66: Faster Python Programs: Measure, Don't Guess"],
        r"faster python programs",
    ),
    ("cloud natve go", ["Cloud Native Go"], r"^cloud native go$"),
    ("mastring go", ["Mastering Go"], r"^mastering go$"),
    (
        "game developement and rebuilding microservices",
        ["Game Development and Rebuilding Microservices"],
        r"rebuilding microservices",
    ),
    (
        "frontend feud halfstak edition",
        ["Frontend Feud: HalfStack Edition"],
        r"feud: halfstack edition",
    ),
    ("creatng javascript", ["Creating JavaScript"], r"^creating javascript$"),
    ("we're dependant. see?", ["We're dependent. See?"], r"we're dependent"),
    (
        "the case against donald trupm",
        ["The case against Donald Trump"],
        r"^the case against donald trump$",
    ),
    (
        "the race for tory leadrship",
        ["The race for Tory leadership"],
        r"^the race for tory leadership$",
    ),
    (
        "episode 18 resource managment",
        ["Episode 18: Resource Management"],
        r"episode 18: resource management",
    ),
    (
        "in search of sporegar",
        ["Taverncast: After Hours 5 - In Search of... Sporeggar?"],
        r"sporeggar",
    ),
]

PODCAST: list[tuple[str, str, str]] = [
    ("talk python pyimagesearch", "tp", r"pyimagesearch"),
    ("talk python django channels", "tp", r"django channels"),
    ("js party web assembly higher education", "js", r"higher education"),
    ("js party new year's party", "js", r"new year's party"),
    ("go time govircon", "go", r"govircon"),
    ("se radio architecture pt 2", "se", r"architecture pt\. 2"),
    ("se radio roadmap", "se", r"episode 35: roadmap"),
    ("hipsters design systems", "hip", r"design systems – hipsters #170"),
    ("hipsters heurísticas de ux", "hip", r"heuristicas e buzzwords"),
    ("hipsters no elo7", "hip", r"elo7"),
    ("hipsters vindi", "hip", r"vindi"),
    ("hipsters justa play framework", "hip", r"justa"),
    ("bombcast gdc 09 day two", "bomb", r"gdc 09 day two"),
    ("bombcast arrow pointing down 02-24-2008", "bomb", r"arrow pointing down podcast 02-24-2008"),
    ("tif can i tell you a secret episode four", "tif", r"can i tell you a secret\? episode four"),
    ("tif new orleans division part two", "tif", r"^the division: new orleans – part two"),
    ("dw nachrichten 17.02.2022", "dw", r"17\.02\.2022"),
    ("dw langsam gesprochen 24.01.2022", "dw", r"24\.01\.2022"),
    ("hibt summit jeni britton bauer", "hibt", r"summit: jeni britton"),
    ("wola on the lgbtiq rights six voices thing", "wola", r"six voices"),
    ("mike neumann show lagrange was here", "mike", r"lagrange"),
    ("that no agenda ep called transnoodle, which number is it", "na", r"transnoodle"),
    ("pasajes de la historia austerlitz", "pas", r"austerlitz"),
    ("el ministerio del tiempo podcast, el tercer capítulo (3)", "rtve", r"capitulo 3$"),
    ("tom segura en español con charo", "tom", r"con charo"),
    ("tom segura ep con richard villa", "tom", r"richard villa"),
    ("js party meet rachel white", "js", r"meet rachel white"),
    ("js party pwas service workers glitch", "js", r"service workers, time, glitch"),
    ("js party what up docs", "js", r"what up, docs"),
    ("tif culture this autumn", "tif", r"culture this autumn"),
    ("tif can rishi sunak pull the tories back together", "tif", r"rishi sunak pull"),
    ("tif labour route out of rolling crises", "tif", r"rolling crises"),
    ("se radio feedback and roadmap ep", "se", r"feedback and roadmap"),
    ("go time mastering go book ep", "go", r"^mastering go$"),
    ("how i built this live jeni's ice creams", "hibt", r"live episode! jeni"),
    ("dw nachrichten 29.01.2022", "dw", r"29\.01\.2022"),
    ("dw 11.02.2022 nachrichten", "dw", r"11\.02\.2022"),
    ("tif midterms culture wars abortion", "tif", r"what the midterms tell"),
    ("se radio architecture pt 1", "se", r"architecture pt\. 1$"),
    ("se radio dependencies ep 2", "se", r"episode 2: dependencies"),
    ("go time community q&a special", "go", r"^community q&a$"),
    ("making sense ama 1", "ms", r"ask me anything 1$"),
    ("taverncast after hours 5", "tav", r"after hours 5"),
    ("did vitalik buterin come on lex", "lex", r"vitalik buterin: ethereum 2\.0"),
    ("lex and the arm wrestler devon larratt", "lex", r"larratt"),
    ("lex with mark normand", "lex", r"mark normand"),
    ("lex fridman chamath", "lex", r"chamath"),
    ("the lex ep with the qualcomm ceo", "lex", r"qualcomm"),
]

NUMBER: list[tuple[str, str | None, int, int | None]] = [
    ("talk python 91", "tp", 91, None),
    ("talk python #62??", "tp", 62, None),
    ("whats tp 25 about", "tp", 25, None),
    ("se radio 23", "se", 23, None),
    ("se radio ep 41", "se", 41, None),
    ("software engineering radio #2", "se", 2, None),
    ("hipsters 89", "hip", 89, None),
    ("hipsters #225", "hip", 225, None),
    ("hipsters ep 147", "hip", 147, None),
    ("hipsters episódio 14", "hip", 14, None),
    ("bombcast 526", "bomb", 526, None),
    ("giant bombcast #511", "bomb", 511, None),
    ("hibt 318", "hibt", 318, None),
    ("how i built this #288", "hibt", 288, None),
    ("making sense 8", "ms", 8, None),
    ("lex fridman number 187", "lex", 187, None),
    ("hipsters 121 pls", "hip", 121, None),
    ("hipsters on the road 28", "hip", 28, None),
    ("hipsters 199", "hip", 199, None),
    ("hipsters ep 188", "hip", 188, None),
    ("hipsters número 212", "hip", 212, None),
    ("se radio #25?", "se", 25, None),
    ("software engineering radio 17", "se", 17, None),
    ("se radio ep 95 pls", "se", 95, None),
    ("lex #176", "lex", 176, None),
    ("lex fridman podcast episode 115", "lex", 115, None),
    ("whats lex 280 about", "lex", 280, None),
    ("lex ep 254?", "lex", 254, None),
]

LATEST: list[tuple[str, str | None, list[str]]] = [
    ("o hipsters mais recente sobre carreira", "hip", ["t:\\bcarreira\\b"]),
    ("latest hipsters w/ github in the title", "hip", ["t:\\bgithub\\b"]),
    ("último hipsters sobre trabalho remoto", "hip", ["t:\\bremoto\\b"]),
    ("hipsters mais novo sobre ux", "hip", ["t:\\bux\\b"]),
    ("latest talk python on a data science career", "tp", ["t:\\bcareer\\b"]),
    ("latest js party about all things open", "js", ["t:all things open"]),
    ("whats the newest go time episode w/ a kubernetes title", "go", ["t:kubernetes"]),
    ("talk python newest on web app performance", "tp", ["t:\\bperformance\\b"]),
    ("tp latest on monitoring", "tp", ["t:\\bmonitoring\\b"]),
    ("most recent talk python with war stories in the title", "tp", ["t:\\bstories\\b"]),
    ("most recent lex with elon musk", "lex", ["t:elon musk"]),
    ("latest podcasting 2.0 episode about value4value", "p20", ["value4value|value for value"]),
    ("taverncast most recent after hours", "tav", ["t:after hours"]),
    ("hipsters mais novo com guia no título", "hip", ["t:\\bguia\\b"]),
    ("newest js party new year's party", "js", ["t:new year's party"]),
    ("most recent tif episode about labour", "tif", ["t:\\blabour\\b"]),
]

SPANISH: Labelled = [
    (
        "¿hay un bombcast sobre el portaaviones que visitó drew?",
        ["Giant Bombcast 07-30-2013"],
        ["aircraft carrier"],
    ),
    (
        "¿qué episodio de talk python habla de visión por computadora con opencv?",
        ["#11: PyImageSearch and Computer Vision"],
        ["t:pyimagesearch"],
    ),
    (
        "¿algún episodio de go time con kelsey hightower sobre kubernetes?",
        ["Kubernetes, Containers, Go"],
        ["kelsey hightower joined the show to talk about the work"],
    ),
    ("¿dónde hablan de cloud native en go time?", ["Cloud Native Go"], ["t:^cloud native go$"]),
    (
        "busco el talk python sobre revisiones de código",
        ["#102: Effective Code Reviews"],
        ["t:code reviews"],
    ),
    (
        "¿hay algo sobre el fiscal jason williams de nueva orleans?",
        [
            "The Division: New Orleans – part three",
            "Revisited: The Division: New Orleans – part three",
        ],
        ["city elects jason williams"],
    ),
    (
        "episodio de today in focus sobre un policía encubierto",
        ["What does it take to be an undercover police officer?– podcast"],
        ["t:undercover police"],
    ),
    (
        "¿algún episodio sobre la fundadora de fluenz?",
        ["How I Built Resilience: Sonia Gil of Fluenz"],
        ["t:fluenz"],
    ),
    (
        "¿qué episodio de se radio trata la gestión de recursos?",
        ["Episode 18: Resource Management"],
        ["t:resource management"],
    ),
    (
        "¿hay un js party con wes bos?",
        ["Web Standards, ECMAScript Modules in Browsers, and Learning JS"],
        ["wes bos and mike taylor"],
    ),
    (
        "el talk python de juegos 2d fáciles",
        ["#223: Fun and Easy 2D Games with Python"],
        ["t:2d games"],
    ),
    (
        "¿hay algún tif sobre el juicio contra trump por el capitolio?",
        ["The case against Donald Trump"],
        ["lawrence douglas"],
    ),
    (
        "¿qué bombcast habló del cierre de 38 studios?",
        ["Giant Bombcast 05-15-2012"],
        ["fate of 38 studios"],
    ),
    (
        "¿algún go time sobre las novedades de go 1.18 que no son genéricos?",
        ["The *other* features in Go 1.18"],
        ["t:other\\* features"],
    ),
    (
        "¿hay un talk python sobre la biblioteca estándar moderna?",
        ["#197: Modern Python Standard Library Cookbook"],
        ["t:standard library cookbook"],
    ),
    (
        "¿hay un episodio de se radio sobre el rediseño del sitio del guardian?",
        ["Episode 95: The New Guardian.co.uk website with Matt Wall and Erik DoernenBurg"],
        ["guardian\\.co\\.uk"],
    ),
]

PORTUGUESE: Labelled = [
    (
        "tem episódio do hipsters sobre mulheres na computação?",
        ["Mulheres na Tecnologia – Hipsters #34"],
        ["t:mulheres na tecnologia"],
    ),
    (
        "hipsters falando de bitcoin e blockchain",
        ["Startups, Blockchain e Bitcoins – Hipsters #40"],
        ["t:blockchain e bitcoins"],
    ),
    (
        "qual hipsters fala da vtex e ecommerce?",
        ["Startups, Ecommerce e Deploys – Hipsters #60"],
        ["vtex"],
    ),
    (
        "hipsters sobre o caso do nubank nas redes sociais",
        ["Mídias sociais e o caso do Nubank – Hipsters #32"],
        ["t:caso do nubank"],
    ),
    ("tem hipsters sobre a qcon?", ["QCon – Hipsters On The Road #03"], ["t:qcon"]),
    (
        "episódio sobre o liquid studio da accenture",
        ["MVPs e Inovaçao na Accenture – Hipsters On The Road #28"],
        ["liquid studio"],
    ),
    (
        "hipsters com o grupo movile e ifood",
        ["Como é trabalhar na iFood, Wavy, Sympla e grupo Movile? – Hipsters On The Road #05"],
        ["t:movile"],
    ),
    (
        "hipsters sobre pesquisa em engenharia de software com o gerosa",
        ["Pesquisa em Engenharia de Software – Hipsters #84"],
        ["gerosa"],
    ),
    (
        "tem hipsters sobre product discovery?",
        ["Product Discovery – Hipsters #188"],
        ["t:product discovery"],
    ),
    (
        "hipsters sobre inovação e disrupção",
        ["Inovação e Disrupção – Hipsters #167"],
        ["t:disrupcao"],
    ),
    (
        "episódio de natal do hipsters sobre começo de carreira",
        ["Começo de carreira – Hipsters #128"],
        ["t:comeco de carreira – hipsters #128"],
    ),
    (
        "hipsters sobre o caminho do front end até o react",
        ["Do Front End ao React – Hipsters Ponto Tech #258"],
        ["t:front end ao react"],
    ),
    (
        "hipsters sobre a nuvem da microsoft",
        ["Tecnologia e Cloud da Microsoft – Hipsters Ponto Tech #212"],
        ["t:cloud da microsoft"],
    ),
    (
        "hipsters com a mosaico do buscapé",
        ["Tecnologia na Mosaico, Buscapé e Zoom – Hipsters Ponto Tech #328"],
        ["t:mosaico"],
    ),
    (
        "hipsters deep dive sobre transações bancárias de 100 anos atrás",
        ["Uma jornada Para o Cloud – Hipsters Deep Dive #005"],
        ["transacoes bancarias"],
    ),
    (
        "tem hipsters sobre organizar eventos de tecnologia?",
        ["Eventos de Tecnologia – Hipsters #121"],
        ["t:eventos de tecnologia – hipsters #121"],
    ),
    (
        "hipsters fora de controle sobre intimidade artificial",
        [
            "Ajuda entre IAs, limitação de tokens, intimidade artificial, e mais – "
            "Hipsters: Fora de Controle #03"
        ],
        ["intimidade artificial"],
    ),
    ("tem algum go time sobre o livro mastering go?", ["Mastering Go"], ["t:^mastering go$"]),
    (
        "qual hipsters fala de business agility?",
        ["Business Agility – Hipsters #147"],
        ["t:business agility"],
    ),
]

NONE: list[tuple[str, tuple[str, ...]]] = [
    ("bombcast where they review the pokemon snap sequel", ("new pokemon snap",)),
    ("talk python episode on the beeware toga widgets for android", ("toga widgets",)),
    ("go time about tailscale's netstack", ("netstack",)),
    ("lex chatting with the jazz pianist herbie hancock", ("herbie hancock",)),
    ("making sense featuring the poet mary oliver", ("mary oliver",)),
    ("tif on the post office sub-postmasters scandal", ("sub-postmaster", "subpostmaster")),
    ("no agenda on the lindbergh kidnapping", ("lindbergh",)),
    ("mike neumann talking about his fantasy football league", ("fantasy football",)),
    ("tom segura sobre tacos al pastor", ("al pastor",)),
    ("tiempo de valientes sobre el duque de alba en flandes", ("flandes",)),
    ("any episode about the year without a summer 1816", ("1816",)),
    ("something about the radium girls", ("radium girls",)),
    ("se radio on the 1990 at&t long distance outage", ("long distance",)),
    ("bombcast on the game pentiment", ("pentiment",)),
    ("sam harris talking to the chef anthony bourdain", ("bourdain",)),
    ("tif on the greensill capital affair", ("greensill",)),
    ("¿hay episodio sobre el cerro rico de potosí?", ("potosi",)),
    ("tem algum papo sobre a revolta da chibata?", ("chibata",)),
    ("did anyone talk about the gimli glider plane", ("gimli",)),
    ("is there anything on the piltdown man hoax", ("piltdown",)),
    ("js party about the remix to react router merge", ("react router 7",)),
    ("bombcast about the vectrex", ("vectrex",)),
    ("lex with the sculptor", ("sculptor",)),
    (
        "making sense with the cosmologist sean carroll on the multiverse in 2012",
        ("sean carroll.*2012",),
    ),
    ("hipsters sobre a linguagem clojure no nubank em 2023", ("clojure.*2023",)),
    ("taverncast on the hellgate london launch", ("hellgate",)),
    ("podcasting 2.0 about the podcast:podroll in fountain 2019", ("podroll.*2019",)),
    ("talk python on the pyodide internals with hood chatham", ("hood chatham",)),
    ("se radio about the northeast blackout of 2003", ("northeast blackout",)),
    ("lex with the magician penn jillette", ("jillette",)),
    ("¿algún episodio sobre el motín de aranjuez?", ("aranjuez",)),
    ("¿hay algo sobre la isla de pascua?", ("isla de pascua", "rapa nui")),
    ("tem episódio sobre a fordlândia?", ("fordlandia",)),
    ("se radio about the morris worm of 1988", ("morris worm",)),
    ("lex with the pianist", ("pianist",)),
    ("making sense with the surgeon atul gawande", ("gawande",)),
    ("something about the london beer flood", ("beer flood",)),
    ("¿hay un capítulo sobre el desastre del 98?", ("desastre del 98",)),
    ("tem episódio sobre a conjuração baiana?", ("conjuracao baiana",)),
    ("taverncast about the wow burning crusade flying mounts", ("flying mount",)),
    ("bombcast about the nintendo virtual boy museum", ("virtual boy museum",)),
    ("talk python on the pyweek game jam", ("pyweek",)),
    ("tif about the montserrat volcano", ("montserrat",)),
    ("taverncast about everquest 2 raids", ("everquest 2", "everquest ii")),
    ("no agenda on the hindenburg", ("hindenburg",)),
    ("¿algo sobre los incas y machu picchu?", ("machu picchu",)),
    ("episode about the voynich manuscript", ("voynich",)),
    ("making sense with the mathematician terence tao", ("terence tao",)),
    ("mike neumann show about curling", ("curling",)),
    ("¿episodio sobre el terremoto de lisboa de 1755?", ("1755",)),
    ("tem episódio sobre o plano real?", ("plano real",)),
    ("go time about the go vulnerability database govulncheck", ("govulncheck",)),
    ("js party on the bun 1.0 launch", ("bun 1\\.0",)),
    ("lex with the physicist kip thorne", ("kip thorne",)),
    ("no agenda about the panama papers", ("panama papers",)),
    ("podcasting 2.0 about the podcast index on nostr zaps", ("zaps",)),
    ("¿algún capítulo sobre el virreinato del río de la plata?", ("virreinato",)),
    ("bombcast about the game disco elysium", ("disco elysium",)),
    ("lex with the tennis player roger federer", ("federer",)),
    ("wola episode about the darien gap", ("darien",)),
    ("¿episodio sobre la expedición de magallanes?", ("magallanes",)),
    ("tem algo sobre o pantanal pegando fogo?", ("pantanal",)),
    ("episode about the antikythera mechanism", ("antikythera",)),
    ("mike neumann about the dodgers", ("dodgers",)),
    ("lex with the cellist yo-yo ma", ("yo-yo ma",)),
    ("tif on the collapse of thames water", ("thames water",)),
    ("go time about the gio ui toolkit", ("gioui", "gio ui")),
    ("bombcast about katamari reroll", ("reroll",)),
    ("¿algo sobre la noche triste de hernán cortés?", ("noche triste",)),
    ("¿hay algún capítulo sobre los mayas de tikal?", ("tikal",)),
    ("se radio about toyota's unintended acceleration firmware", ("unintended acceleration",)),
    ("bombcast about 3d pinball space cadet", ("space cadet",)),
    ("no agenda on the gulf of tonkin", ("tonkin",)),
    ("mike neumann show about pickleball", ("pickleball",)),
    ("tom segura hablando de boxeo", ("boxeo",)),
    ("wola on nicaragua's interoceanic canal", ("interoceanic", "interoceanico")),
    ("anything about the defenestration of prague", ("defenestration",)),
    ("episode on dutch tulip mania", ("tulip",)),
    ("tif about the lucy letby trial", ("letby",)),
    ("any ep about the svalbard seed vault", ("seed vault",)),
    ("lex with the luthier who builds violins", ("luthier",)),
    ("hibt with the founder of the yeti coolers", ("yeti",)),
    ("tif about the hinkley point nuclear plant", ("hinkley",)),
    ("hipsters sobre o metaverso da meta em 2024", ("metaverso.*2024",)),
]

CHAT: list[str] = [
    "ayooo anyone around",
    "merci beaucoup",
    "ty ty ty",
    "grazie mille amico",
    "my bad, wrong server",
    "🙏🙏",
    "oh wait found it, ignore me",
    "qué onda banda, saludos a todos desde el chat",
    "falou, até amanhã",
    "heya fam",
    "ok cya tomorrow",
    "thx m8",
    "just testing, ignore",
    "wait what",
    "cheers for that",
    "tudo bem por aí?",
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
