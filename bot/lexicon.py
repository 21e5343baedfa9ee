"""Common words in English, Spanish and Portuguese: a question in one language finds the
notes written in another ("war" finds "guerra", "drogas" finds "drug"), and a number
written as a word finds its digits ("fourteen": "14").

Only everyday vocabulary, the words people use when they ask about history, politics,
society and technology, and the common nouns, verbs and adjectives of any subject (nature,
business, the body, sport, media, work): never a name, a title or a place, and never a
word that is also an English word of another meaning ("red", "tempo", "real"). Each line
is one meaning, its words folded (lower case, no accents) as the index stores them;
plurals are handled by the answerer's stemmer, so only the singular is listed.

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
team equipo equipe
company empresa companhia
business negocio negocios
brand marca
product producto produto
customer cliente
market mercado
price precio preco
store tienda loja
factory fabrica
industry industria
job empleo emprego
boss jefe chefe
founder fundador fundadora
owner dueno propietario dono
startup emprendimiento
entrepreneur emprendedor empreendedor
investor inversor inversionista investidor
investment inversion investimento
bank banco
debt deuda divida
tax impuesto imposto
trade comercio
growth crecimiento crescimento
crisis crise
success exito sucesso
failure fracaso fracasso
idea ideia
jungle selva
forest bosque floresta
mountain montana montanha
desert desierto deserto
lake lago
beach playa praia
ocean oceano
coast costa
valley valle
tree arbol arvore
plant planta
flower flor
bird pajaro passaro
fish pez peixe
dog perro cachorro
cat gato
horse caballo cavalo
snake serpiente cobra
shark tiburon tubarao
whale ballena baleia
bear oso urso
wolf lobo
insect insecto inseto
sky cielo ceu
sun sol
moon luna lua
star estrella estrela
planet planeta
space espacio espaco
earth tierra terra
weather tiempo clima
rain lluvia chuva
snow nieve neve
wind viento vento
storm tormenta tempestade
heat calor
cold frio
energy energia
oil petroleo
electricity electricidad eletricidade
bomb bomba
attack ataque
terrorist terrorista
terrorism terrorismo
kill matar mato
killer asesino assassino
victim victima vitima
thief ladron ladrao
robbery robo roubo
kidnapping secuestro sequestro
trial juicio julgamento
judge juez juiz
lawyer abogado advogado
jail carcel cadeia
sentence condena sentenca
justice justicia justica
party partido
leader lider
mayor alcalde prefeito
senator senador
congress congreso congresso
parliament parlamento
state estado
nation nacion nacao
people pueblo povo gente
society sociedad sociedade
community comunidad comunidade
culture cultura
tradition tradicion tradicao
indigenous indigena
tribe tribu tribo
village aldea pueblo aldeia
town pueblo cidade
street calle rua
house casa
home hogar casa lar
building edificio predio
bridge puente ponte
road carretera camino estrada
car coche carro auto
train tren trem
plane avion aviao
airport aeropuerto aeroporto
travel viaje viagem
trip viaje viagem
journey viaje jornada
tourist turista
map mapa
body cuerpo corpo
head cabeza cabeca
heart corazon coracao
brain cerebro
blood sangre sangue
hand mano mao
eye ojo olho
mind mente
sleep sueno sono
dream sueno sonho
fear miedo medo
happiness felicidad felicidade
sadness tristeza
anger ira raiva
pain dolor dor
illness enfermedad doenca
medicine medicina remedio
vaccine vacuna vacina
pandemic pandemia
nurse enfermera enfermeira
patient paciente
addiction adiccion adicao vicio
alcohol alcool
beer cerveza cerveja
wine vino vinho
coffee cafe
bread pao
meat carne
sugar azucar acucar
salt sal
restaurant restaurante
chef cocinero cozinheiro
cook cocinar cozinhar
kitchen cocina cozinha
game juego jogo
player jugador jogador
sport deporte esporte
football futbol futebol
soccer futbol futebol
ball pelota bola
coach entrenador treinador
race carrera corrida
champion campeon campeao
championship campeonato
olympics olimpiadas olimpicos
movie pelicula filme
actor ator
actress actriz atriz
director diretor
theater teatro
comedy comedia
comedian comediante humorista
joke chiste piada
television televisao
newspaper periodico jornal
news noticias noticia
article articulo artigo
magazine revista
photo foto
picture imagen imagem
image imagen imagem
voice voz
word palabra palavra
letter carta
name nombre nome
question pregunta pergunta
answer respuesta resposta
truth verdad verdade
lie mentira
secret secreto segredo
mystery misterio
problem problema
solution solucion solucao
change cambio mudanca
future futuro
past pasado passado
present presente
century siglo seculo
decade decada
week semana
month mes
hour hora
minute minuto
time tiempo
beginning comienzo inicio
end fin fim
rise auge ascenso ascensao
fall caida queda
collapse colapso
power poder
control controle
freedom libertad liberdade
equality igualdad igualdade
inequality desigualdad desigualdade
racism racismo
discrimination discriminacion discriminacao
feminism feminismo
abortion aborto
marriage matrimonio casamento
divorce divorcio
wedding boda casamento
baby bebe
girl chica menina
boy nino chico menino
teenager adolescente
adult adulto
elderly anciano idoso
grandfather abuelo avo
grandmother abuela avo
uncle tio
aunt tia
cousin primo prima
neighbor vecino vizinho
enemy enemigo inimigo
ally aliado
army ejercito exercito
navy armada marinha
officer oficial
guard guardia guarda
military militar
missile misil missil
gun pistola arma
tank tanque
spy espia espiao
colony colonia
independence independencia
republic republica
kingdom reino
monarchy monarquia
queen reina rainha
emperor emperador imperador
pharaoh faraon farao
pyramid piramide
temple templo
tomb tumba tumulo
ancient antiguo antigo
modern moderno
computer computadora ordenador computador
phone telefono telefone
network rede
website site
app aplicacion aplicativo
data datos dados
cloud nube nuvem
security seguridad seguranca
privacy privacidad privacidade
robot robo
intelligence inteligencia
machine maquina
learning aprendizaje aprendizado
code codigo
developer desarrollador desenvolvedor
engineer ingeniero engenheiro
engineering ingenieria engenharia
design diseno
designer disenador
test prueba teste
tool herramienta ferramenta
library biblioteca
language lenguaje linguagem
server servidor
user usuario
interface interfaz
career carrera carreira
interview entrevista
salary salario
hiring contratacion contratacao
remote remoto
office oficina escritorio
meeting reunion reuniao
manager gerente
leadership liderazgo lideranca
strategy estrategia
plan plano
research investigacion pesquisa
study estudio estudo
experiment experimento
theory teoria
physics fisica
chemistry quimica
biology biologia
mathematics matematicas matematica
math matematicas matematica
philosophy filosofia
psychology psicologia
economics economia
education educacion educacao
class clase aula
lesson leccion licao
exam examen exame
knowledge conocimiento conhecimento
wisdom sabiduria sabedoria
belief creencia crenca
faith fe
soul alma
spirit espiritu espirito
ghost fantasma
monster monstruo monstro
magic magia
witch bruja bruxa
devil diablo diabo
heaven cielo ceu
hell infierno inferno
angel anjo
prophet profeta
monk monje monge
priest sacerdote cura padre
nun monja freira
bishop obispo bispo
cathedral catedral
saint santo
rich rico
poor pobre
big grande
small pequeno
long largo longo
short corto curto
high alto
low bajo baixo
fast rapido
slow lento
strong fuerte forte
weak debil fraco
dark oscuro escuro
black negro preto
white blanco branco
red rojo vermelho
green verde
blue azul
yellow amarillo amarelo
free gratis libre gratuito livre
dangerous peligroso perigoso
secret secreto
famous famoso
strange extrano estranho
true verdadero verdadeiro
false falso
live vivir vive vivio viver
die morir muere murio morrer
save salvar
build construir construye construyo constroi
create crear cria criar
destroy destruir
discover descubrir descobrir
explore explorar
win ganar ganhar
lose perder
buy comprar
sell vender
pay pagar
steal robar roubar
escape escapar fuga
flee huir fugir
hide esconder
search buscar
find encontrar
travel viajar
arrive llegar llega chegar
leave salir sair
return volver regresar voltar
fight luchar lutar
sing cantar
dance bailar dancar baile danca
write escribir escrever
read leer ler
speak hablar falar
think pensar
believe creer acreditar
remember recordar lembrar
forget olvidar esquecer
work trabajar trabalhar
play jugar jogar
eat comer
drink beber
sleep dormir
walk caminar caminhar
run correr
swim nadar
fly volar voar
grow crecer crescer
change cambiar mudar
help ayudar ajudar
invent inventar
invade invadir
conquer conquistar
betray traicionar trair
inflation inflacion inflacao
deportation deportacion deportacao
farmer campesino agricultor
mining mineria mineracao
gold oro ouro
agreement acuerdo acordo
negotiation negociacion negociacao
treaty tratado
sanction sancion sancao
embassy embajada embaixada
ambassador embajador embaixador
senate senado
campaign campana campanha
candidate candidato
fraud fraude
loan prestamo emprestimo
export exportacion exportacao
import importacion importacao
tariff arancel tarifa
budget presupuesto orcamento
introduce introducir presentar apresentar
myth mito
abroad extranjero
mapping mapeo mapeamento
object objeto
relational relacional
speed velocidad velocidade
performance rendimiento desempenho
rocket cohete foguete
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
