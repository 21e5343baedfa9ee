"""Common words in English, Spanish and Portuguese: a question in one language finds the
notes written in another ("war" finds "guerra", "drogas" finds "drug"), and a number
written as a word finds its digits ("fourteen": "14").

Only everyday vocabulary, the words people use when they ask about history, politics,
society and technology: never a name, a title or a place. Each line is one meaning, its
words folded (lower case, no accents) as the index stores them; plurals are handled by
the answerer's stemmer, so only the singular is listed.

Nothing here imports discord.
"""

from __future__ import annotations

import functools

_GROUPS = """
war guerra
battle batalla
army ejercito exercito
soldier soldado
sniper francotirador
weapon arma
emperor emperador imperador
empire imperio
king rey rei
queen reina rainha
prince principe
princess princesa
president presidente
government gobierno governo
election eleccion eleicao
vote voto
democracy democracia
dictator dictador ditador
dictatorship dictadura ditadura
revolution revolucion revolucao
independence independencia
coup golpe
peace paz
violence violencia
crime crimen
murder asesinato assassinato
prison prision carcel prisao
police policia
court tribunal
law ley lei
drug droga
policy politica
politic politica
world mundo mundial
global mundial
economy economia
money dinero dinheiro
poverty pobreza
work trabajo trabalho
worker trabajador trabalhador
strike huelga greve
migrant migrante
migration migracion migracao
immigrant inmigrante imigrante
border frontera fronteira
refugee refugiado
asylum asilo
woman mujer mulher
women mujeres mulheres
man hombre homem
child nino crianca
children ninos criancas
family familia
mother madre mae
father padre pai
son hijo filho
daughter hija filha
brother hermano irmao
sister hermana irma
wife esposa
husband esposo marido
friend amigo
death muerte morte
dead muerto morto
born nacio nacido nacida nasceu nascido
birth nacimiento nascimento
life vida
love amor
history historia
story historia
author autor autora escritor escritora
writer escritor escritora
poet poeta
poem poema
book libro livro
novel novela romance
painter pintor
artist artista
music musica
song cancion
film pelicula filme
science ciencia
scientist cientifico
discovery descubrimiento descoberta
inventor inventor
invention invento invencao
technology tecnologia
language idioma lenguaje linguagem lengua lingua
programming programacion programacao
software software
health salud saude
disease enfermedad doenca
doctor medico
hospital hospital
climate clima
water agua
food comida
land tierra terra
sea mar
river rio
island isla ilha
city ciudad cidade
country pais
church iglesia igreja
religion religion religiao
god dios deus
saint santo
pope papa
conquest conquista
conqueror conquistador
explorer explorador
discoverer descubridor
ship barco navio
pirate pirata
slave esclavo escravo
slavery esclavitud escravidao
freedom libertad liberdade
rights derechos direitos
protest protesta
corruption corrupcion corrupcao
security seguridad seguranca
gang pandilla
cartel cartel
journalist periodista jornalista
press prensa imprensa
school escuela escola
university universidad universidade
student estudiante estudante
teacher maestro profesor professor
young joven jovem
old viejo velho
new nuevo novo
first primero primer primeiro 1
second segundo 2
third tercero tercer terceiro 3
last ultimo
great gran grande
death muerte
fire fuego fogo
earthquake terremoto
flood inundacion inundacao
dam presa represa
spanish espanol espanola espanhol espanhola
english ingles inglesa
french frances francesa
german aleman alemana alemao alema
italian italiano italiana
russian ruso rusa russo russa
finnish finlandes finlandesa
chinese chino china chines chinesa
japanese japones japonesa
american americano americana
mexican mexicano mexicana
british britanico britanica
roman romano romana
greek griego griega grego grega
venezuelan venezolano venezolana venezuelano venezuelana
colombian colombiano colombiana
argentine argentino argentina
chilean chileno chilena
peruvian peruano peruana
cuban cubano cubana
brazilian brasileno brasilena brasileiro brasileira
knight caballero cavaleiro
castle castillo castelo
crown corona coroa
throne trono
hero heroe heroi
legend leyenda lenda
fight lucha luta
rebel rebelde
rebellion rebelion rebeliao
siege asedio sitio cerco
invasion invasion invasao
victory victoria vitoria
defeat derrota
treason traicion traicao
execution ejecucion execucao
mom mama mae
dad papa pai
slang jerga giria
learn aprender aprende aprendeu
teach ensenar ensinar
diary diario
chapter capitulo
agent agente
ministry ministerio
minister ministro
spy espia espiao
secret secreto segredo
one uno um 1
two dos dois 2
three tres 3
four cuatro quatro 4
five cinco 5
six seis 6
seven siete sete 7
eight ocho oito 8
nine nueve nove 9
ten diez dez 10
eleven once onze 11
twelve doce doze 12
thirteen trece treze 13
fourteen catorce quatorze 14
fifteen quince quinze 15
sixteen dieciseis dezesseis 16
seventeen diecisiete dezessete 17
eighteen dieciocho dezoito 18
nineteen diecinueve dezenove 19
twenty veinte vinte 20
hundred cien cientos cem 100
thousand mil 1000
year ano
day dia
night noche noite
winter invierno inverno
summer verano verao
norwegian noruego noruegues norueguesa
swedish sueco sueca
danish danes danesa dinamarques
dutch holandes holandesa
polish polaco polaca polones polonesa
portuguese portugues portuguesa
irish irlandes irlandesa
scottish escoces escocesa
egyptian egipcio egipcia
persian persa
arab arabe
turkish turco turca
african africano africana
european europeo europea europeu europeia
north norte
south sur sul
west oeste
pole polo
expedition expedicion expedicao
civilian civil
boat lancha barco
evidence prueba prova
cocaine cocaina
meeting reunion reuniao
block bloquear bloqueio bloqueo
agency agencia
"""


@functools.cache
def _table() -> dict[str, frozenset[str]]:
    table: dict[str, set[str]] = {}
    for line in _GROUPS.strip().splitlines():
        words = line.split()
        for w in words:
            table.setdefault(w, set()).update(x for x in words if x != w)
    return {w: frozenset(others) for w, others in table.items()}


def translations(word: str) -> frozenset[str]:
    """The word's counterparts in the other two languages (folded), or nothing."""
    return _table().get(word, frozenset())
