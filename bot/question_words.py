"""The words a question is read with: stop words in English, Spanish and Portuguese, the
words of company names, and what counts as a typing slip rather than another word.

Shared by the answerer (bot/answer.py) and its index (bot/index.py).
"""

from __future__ import annotations

_STOP_EN = """
a about above after again against all am an and any anything are aren as at be because been
before being below between both but by can could did didn do does doing don down during each
episode episodes ep few find for from further get give had has have having he her here hers
herself him himself his how i if in into is isn it its itself just know let lets like listen
me more most my myself need no nor not now of off on once one only or other our ours
ourselves out over own please podcast podcasts same say said says show shows she should so
some something such talk talked talking talks tell than that the their theirs them
themselves then there these they this those through to too under until up very want was we
were what when where which while who whom why will with would you your yours yourself
yourselves any anyone someone somebody there s t d ll m re ve y is was hear heard discuss
discussed discussing discusses mention mentioned mentions cover covered covers covering
interview interviewed guest guests featuring feat featured near nearly across along around
behind beyond within without upon via per among toward towards also even still yet ever never
really much many every whether though although however thing things stuff lot lots
whats wheres whos hows thats theres heres im ive youre isnt wasnt dont doesnt didnt
pls plz thru tho altho
interviewing interviewer
eps epi epis ones parts
looking recommend suggest recommendation recommendations suggestion suggestions recs
"""
_STOP_ES = """
a al algo alguien algun alguna alguno algunos ante como con contra cual cuales cuando de del
desde donde dos el ella ellas ellos en entre era eres es esa ese eso esta estaba estan este
esto estos fue fueron ha habia han hay hablo hablan hablaron hablar la las le les lo los mas
me mi mis mucho muy nada ni no nos nosotros o os otra otro para pero poco por porque que
quien quienes se sea ser si sin sobre son su sus tambien te tema temas tengo ti tiene tienen
todo todos tu tus un una uno unos y ya yo episodio episodios programa podcast invitado
invitada invitados entrevista dime dame busco buscar hay algun acerca habla hablo
cuenta cuentan contaron conto contar dice dicen dijo dijeron decir menciona mencionan
mencionaron intenta intentan intento intentaron casi ninguna ninguno nadie nunca siempre
tambien todavia aun cada cosa cosas sabe saber quiero quisiera recuerdo escuche oi
debo deberia necesito elegir elijo escoger
hablando platicando conversando charlando comentando discutiendo
hacia hasta segun tras durante mediante aquel aquella aquellos aquellas nuestro nuestra
nuestros nuestras cuyo cuya pues entonces asi aqui alli ahi sido
recomiendas recomienda recomiendame recomendar sugieres sugiere sugerir buscando escuchar estoy
capitulo capitulos viene vienen
"""
_STOP_PT = """
aquele aquela aqueles aquelas esse essa isso este esta isto um uma uns umas do da dos das
no na nos nas com sem sobre que quem qual onde quando como episodio programa falou falam
fala ele ela eles elas foi era sao tem teve ao aos pelo pela pelos pelas ou mas
conta contam contaram contou diz dizem disse disseram menciona mencionam tenta tentou
tentaram quase nenhum nenhuma ninguem nunca sempre tambem ainda cada coisa coisas lembro
ouvi quero devo deveria preciso escolher escolho
algum alguma alguns algumas alguem muito muita muitos muitas pouco outro outra outros outras
toda todas meu minha seu sua voce voces eu mim lhe tudo aqui entao pois apos mais
falando conversando comentando discutindo
em num numa nuns numas dum duma duns dumas neste nesta nesse nessa nisso nisto naquele
naquela pra pro pras pros estao estava estavam dele dela deles delas nosso nossa nossos
nossas seus suas vc vcs
recomenda recomendar indica indicar procurando procuro ouvir escutar estou
"""
STOP_WORDS = frozenset((_STOP_EN + _STOP_ES + _STOP_PT).split())
# The stop words of Spanish and Portuguese that English does not share: a question with one
# is written in one of those languages.
IBERIAN_STOP_WORDS = frozenset((_STOP_ES + _STOP_PT).split()) - frozenset(_STOP_EN.split())
# ... and those of English that neither of them shares.
ENGLISH_STOP_WORDS = frozenset(_STOP_EN.split()) - frozenset((_STOP_ES + _STOP_PT).split())

# Typing slips: a letter swapped for a neighbouring key, a vowel for a vowel, a sound for
# the same sound. A short word changed any other way is more likely another word.
_KEYBOARD_ROWS = ("qwertyuiop", "asdfghjkl", "zxcvbnm")
_NEAR_KEYS: set[tuple[str, str]] = set()
for _r, _row in enumerate(_KEYBOARD_ROWS):
    for _i, _ch in enumerate(_row):
        for _other in _row[_i - 1 : _i] + _row[_i + 1 : _i + 2]:
            _NEAR_KEYS.add((_ch, _other))
        for _rr in (_r - 1, _r + 1):
            if 0 <= _rr < len(_KEYBOARD_ROWS):
                for _j in (_i - 1, _i, _i + 1):
                    if 0 <= _j < len(_KEYBOARD_ROWS[_rr]):
                        _NEAR_KEYS.add((_ch, _KEYBOARD_ROWS[_rr][_j]))
_VOWELS = set("aeiouy")
_SOUNDS = {
    ("c", "k"),
    ("k", "c"),
    ("s", "z"),
    ("z", "s"),
    ("c", "s"),
    ("s", "c"),
    ("i", "y"),
    ("y", "i"),
    ("v", "b"),
    ("b", "v"),
    ("j", "g"),
    ("g", "j"),
    ("f", "v"),
    ("v", "f"),
}
COMPANY_WORDS = frozenset(
    "bar inc llc ltd corp corporation company co foods labs records studios media group "
    "brewing brands industries technologies systems partners ventures capital holdings".split()
)


def _slip(a: str, b: str) -> bool:
    """Whether two different letters are a likely slip of the finger or of the ear."""
    return (
        (a, b) in _NEAR_KEYS
        or (a in _VOWELS and b in _VOWELS)
        or (a, b) in _SOUNDS
        or not (a.isascii() and b.isascii())
    )


def plausible_typo(word: str, cand: str, *, strict: bool = False) -> bool:
    """One edit from ``word`` to ``cand`` that looks like a typo: a swap, a letter dropped
    (or, for names, added), a substitution by a near key (for names, a like sound too).

    ``strict`` is for ordinary words, where a short word changed by a vowel or an extra
    letter is more often another word ("snitch", "runes") than a slip."""
    if len(word) < len(cand):  # a letter left out
        return word[0] == cand[0] or len(word) >= 6
    if len(word) > len(cand):  # a letter added: for words, only a doubled one
        if not strict:
            return word[0] == cand[0] or len(word) >= 6
        return any(
            word[i] == word[i - 1] and word[:i] + word[i + 1 :] == cand for i in range(1, len(word))
        )
    diffs = [i for i in range(len(word)) if word[i] != cand[i]]
    if len(diffs) == 2 and diffs[1] == diffs[0] + 1:
        return True  # a swap of neighbours
    if len(diffs) != 1:
        return False
    a, b = word[diffs[0]], cand[diffs[0]]
    return (a, b) in _NEAR_KEYS if strict else _slip(a, b)


def plausible_double_typo(word: str, cand: str) -> bool:
    """Two edits from ``word`` to a long ``cand`` that may both be slips: two letters
    replaced must each be a slip ("palworld" is no typo of "madworld"); a letter added or
    dropped as well keeps the first letter."""
    if len(word) != len(cand):
        return word[:1] == cand[:1]
    diffs = [i for i in range(len(word)) if word[i] != cand[i]]
    if len(diffs) != 2:
        return True  # a swap and a replacement: the swap is a slip
    return all(_slip(word[i], cand[i]) for i in diffs)
