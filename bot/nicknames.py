"""Short forms of given names: a member asks for "Ben Wittes" where the notes say Benjamin
Wittes, "Mike" for Michael, "Pepe" for José.

Each line is one full given name, folded (lower case, no accents), and its usual short
forms in English, Spanish or Portuguese. Only the forms people use for a name, never a
surname. The answerer reads a short form as the full name only for a person of the archive
whose other name words the question also says (see ``Answerer.find_person``).

Nothing here imports discord.
"""

from __future__ import annotations

import functools

_LINES = """
abraham abe
albert al bert
alexander alex xander sasha
alexandra alex sasha lexi
alfred alf fred
andrew andy drew
anthony tony
antonio toni tono
barbara barb
benjamin ben benji
bernard bernie
catherine kate cathy cat
charles charlie chuck chas
christina chris tina
christine chris
christopher chris topher
cynthia cindy
daniel dan danny
david dave davey
deborah deb debbie
donald don donnie
douglas doug
edward ed eddie ted ned
elizabeth liz beth lizzie betty eliza
emily em
eugene gene
francis frank
francisco paco pancho fran cisco
frederick fred freddie
gabriel gabe gabi
gabriela gabi gaby
gerald gerry jerry
gregory greg
guadalupe lupe
guillermo memo guille
harold harry hal
henry hank harry
ignacio nacho
jacob jake
james jim jimmy jamie
jeffrey jeff
jennifer jen jenny
jessica jess jessie
jonathan jon jonny
joseph joe joey
jose pepe
joshua josh
katherine kate kathy katie kat
kenneth ken kenny
lawrence larry
leonard leo len lenny
manuel manu manolo
margaret maggie meg peggy
matthew matt
michael mike mikey mick
nathaniel nate nat
nicholas nick nico
patricia pat patty trish
patrick pat paddy
peter pete
philip phil
rebecca becky becca
richard rick dick rich ricky
robert rob bob bobby robbie bert
roberto beto
ronald ron ronnie
samantha sam
samuel sam sammy
stephen steve
steven steve
susan sue suzy
theodore ted teddy theo
thomas tom tommy
timothy tim timmy
victoria vicky tori
william will bill billy liam
zachary zach zack
"""


@functools.cache
def _table() -> dict[str, frozenset[str]]:
    out: dict[str, set[str]] = {}
    for line in _LINES.strip().splitlines():
        full, *short = line.split()
        for s in short:
            out.setdefault(s, set()).add(full)
    return {s: frozenset(fulls) for s, fulls in out.items()}


def full_names(short: str) -> frozenset[str]:
    """The given names ``short`` (folded) is a usual short form of: "ben" -> {"benjamin"}."""
    return _table().get(short, frozenset())
