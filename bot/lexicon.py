"""Common words in English, Spanish and Portuguese: a question in one language finds the
notes written in another ("war" finds "guerra", "drogas" finds "drug"), and a number
written as a word finds its digits ("fourteen": "14").

Only everyday vocabulary, the words people use when they ask about history, politics,
society and technology, and the common nouns, verbs and adjectives of any subject (nature,
business, the body, sport, media, work, science, the mind, food, film, music, games): never
a name or a title, and never a word that is also an English word of another meaning ("red",
"tempo", "real", "once"; "reunion" is the one kept: it is the everyday Spanish "meeting",
and rare in English notes). Each line is one meaning, its words folded (lower case, no
accents) as the index stores them; plurals are handled by the answerer's stemmer (and the
Spanish and Portuguese plurals it leaves unlike their singular, "canciones", "colchoes",
by :func:`translations`), so only the singular is listed. A line holds
one English word, or a few that everyday English uses for the same thing ("child", "kid";
"disappear", "vanish"): the English forms of a line are found as each other's translations, so a
verb's "-ed" or "-ing" form, which notes are written in ("applied", "disappearing"), has a
line of its own beside the other languages' participles ("aplicada", "sumindo"). A word
whose other-language form is as common as it is ("project": "projeto", "use": "usar") is
left out: the answerer fetches a known word's translations too, and such a word would
crowd the other language's episodes into every question that says it. So is a word that
questions say as conversation ("hoy", "bom", "conhecer", "convidado", "decisiones"): the
answerer drops its stop words (bot/question_words.py), but a word it knows in another
language is one the answer must find.

Places: the topic catalogue (data/topics.json, bot/topics.py) owns the places the bot
classifies episodes by (Latin America, its countries and cities), each with its Spanish
and Portuguese names as aliases, so no name of them is written here (tests check it). Other places
are no topics: making them topics would tag every episode that names them in passing and
turn "episodes about Russia" into a topic answer. Their names in other languages are then
only words, and words across languages are this module's: ``_PLACES`` holds the exonyms of
major countries and cities whose Spanish or Portuguese name differs from the English
("Ucrania": "Ukraine", "Londres": "London"); a name the same in every language needs none.

Nothing here imports discord.
"""

from __future__ import annotations

import functools
import math
import re

from bot.text import fold

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
incarceration encarcelamiento encarceramento
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
child kid nino crianca
children kids ninos criancas
family familia
mother mum madre mae
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
novel novela
painter pintor
artist artista
music musica
song cancion cancao
science ciencia
scientist cientifico cientista
discovery descubrimiento descoberta
inventor inventora
invention invento invencao
technology tecnologia
language idioma lenguaje linguagem lengua lingua
programming programacion programacao
health salud saude
disease enfermedad doenca
doctor medico
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
religion religiao
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
protest protesta protesto
corruption corrupcion corrupcao
security seguridad seguranca
gang pandilla gangue
journalist periodista jornalista
press prensa imprensa
school escuela escola
university universidad universidade
student estudiante estudante aluno
teacher maestro profesor professor prof profe
young joven jovem
old viejo velho
new nuevo novo
first primero primer primeiro 1 1st
second segundo 2 2nd
third tercero tercer terceiro 3 3rd
fourth 4th
fifth 5th
sixth sexto 6th
seventh septimo setimo 7th
eighth octavo oitavo 8th
ninth noveno nono 9th
tenth decimo 10th
last ultimo
great gran grande
death muerte
fire fuego fogo
earthquake terremoto sismo
flood inundacion inundacao enchente
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
invasion invasao
victory victoria vitoria
defeat derrota
treason betrayal traicion traicao
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
eleven onze 11
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
cost costo coste custo
store tienda loja
factory fabrica
industry industria
job empleo emprego trabajo trabalho
consultant consultor consultora
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
jungle selva jungla
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
fish pez peixe pescado
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
oil petroleo oleo
electricity electricidad eletricidade
bomb bomba
attack ataque
terrorist terrorista
terrorism terrorismo
kill matar mato
killer asesino assassino
victim victima vitima
thief ladron ladrao
robbery theft robo roubo
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
movie film pelicula filme
actor ator
actress actriz atriz
director diretor
theater teatro
comedy comedia
comedian comediante humorista
joke chiste piada
television tv televisao
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
# "The trouble with X": English says a problem either way.
trouble problema
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
grandfather grandpa abuelo avo
grandmother grandma granny abuela avo
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
settler colono
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
website site sitio
app aplicacion aplicativo
data datos dados
cloud nube nuvem
security seguridad seguranca
privacy privacidad privacidade
robot robo
intelligence inteligencia
machine maquina
learning aprendizaje aprendizado aprendizagem
code codigo
developer dev desarrollador desenvolvedor
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
salary wage salario
hiring contratacion contratacao
remote remoto
office oficina escritorio
meeting reunion reuniao
manager gerente gestor
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
black negro preto negra
white blanco branco blanca branca
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
live vivir vive vivio viver vivo
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
search buscar busqueda busca
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
farmer campesino agricultor fazendeiro
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
performance perf rendimiento desempenho
rocket cohete foguete
# Makers of things: who made, founded or wrote it.
creator creador creadora criador criadora
cofounder cofundador cofundadora
pioneer pionero pionera pioneiro pioneira
producer productor productora produtor produtora
translator traductor traductora tradutor tradutora
researcher investigador investigadora pesquisador pesquisadora
expert experto experta especialista
programmer programador programadora
sculptor escultor escultora
novelist novelista
musician musico
singer cantante cantora
dancer bailarin bailarina
athlete atleta
listener oyente ouvinte
follower seguidor seguidora
winner ganador ganadora vencedor vencedora
loser perdedor perdedora
survivor sobreviviente superviviente sobrevivente
witness testigo testemunha
suspect sospechoso sospechosa suspeito suspeita
hostage rehen refem
prisoner preso prisionero prisionera prisioneiro prisioneira
veteran veterano veterana
executive ejecutivo ejecutiva executivo executiva
employee empleado empleada empregado empregada funcionario funcionaria
billionaire multimillonario multimillonaria bilionario bilionaria
millionaire millonario millonaria milionario milionaria
hunter cazador cazadora cacador
fisherman pescador
activist activista ativista
citizen ciudadano ciudadana cidadao cidada
philosopher filosofo filosofa
psychologist psicologo psicologa
psychiatrist psiquiatra
therapist terapeuta
physicist fisico
chemist quimico
biologist biologo biologa
mathematician matematico
astronomer astronomo astronoma
astronaut astronauta
archaeologist arqueologo arqueologa
surgeon cirujano cirujana cirurgiao
architect arquitecto arquiteta arquiteto
clown payaso palhaco
# Made, done, changed: verbs, and their participles beside the English -ed and -ing forms
# that notes are written in (one English word a line: English forms on one line would be
# found as each other's translations).
apply aplicar aplica
applied aplicado aplicada
created creado creada criado criada criou
invented inventado inventada inventou
founded fundado fundada fundou
built construido construida construiu
design disenar
designed disenado disenada
develop desarrollar desenvolver
developed desarrollado desarrollada desenvolvido desenvolvida
written escrito
wrote escribio escreveu
publish publicar
published publicado publicada publicou
launch lanzar lanzamiento lancar lancamento
launched lanzado lanzada lancado lancada lancou
disappear vanish desaparecer desaparece sumir
disappeared desaparecido desaparecida sumiu sumido sumida
disappearing desapareciendo desaparecendo sumindo
disappearance desaparicion desaparecimento sumico
closed cerrado cerrada fechado fechada
closure cierre fechamento
open abierto abierta aberto aberta abrir
simplify simplificar simplifica
simplified simplificado simplificada
automate automatizar automatiza
automated automatizado automatizada
automation automatizacion automacao
learned aprendido aprendida aprendimos aprendemos aprendi
lost perdido perdida perdeu
saved salvado salvada salvou
destroyed destruido destruida destruiu
changed cambiado cambiada mudou
stop parar detener
fail fallar falhar
failed fracasado fracasada fallido fallida falhou
sold vendido vendida vendeu
bought comprado comprada comprou
explain explicar explica
explained explicado explicada
ask preguntar perguntar
imagine imaginar
hate odiar odio
trust confianza confianca confiar
hope esperanza esperanca
wish deseo desejo
stolen robado robada roubado roubada
marry casarse
married casado casada
growing creciendo
living viviendo vivendo
dying muriendo morrendo
fighting luchando lutando
playing jugando jogando
thinking pensando
discovered descubierto descubierta descoberto
killed asesinado asesinada matado
# Software and technology.
unit unitario unitaria unidad unidade
development desarrollo desenvolvimento
source fuente fonte
device dispositivo
screen pantalla
keyboard teclado
archive archivo arquivo
password contrasena senha
message mensaje mensagem
browser navegador
algorithm algoritmo
model modelo
error erro
system sistema
version versao
update actualizacion atualizacao
platform plataforma
feature funcionalidad funcionalidade
scalability escalabilidad escalabilidade
architecture arquitectura arquitetura
infrastructure infraestructura infraestrutura
container contenedor conteiner
microservice microservicio microsservico
service servicio servico
mobile movil
phone celular
camera camara
conversation conversacion
deep profundo profunda
computing computacion computacao
calculus calculo
equation ecuacion equacao
number numero
geometry geometria
probability probabilidad probabilidade
statistic estadistica estatistica
analysis analisis analise
method metodo
technique tecnica
process proceso processo
structure estructura estrutura
pattern padrao
function funcion funcao
type tipo
distributed distribuido distribuida
parallel paralelo paralela
storage almacenamiento armazenamento
query consulta
index indice
graph grafo
list lista
queue fila
stack pila pilha
compiler compilador
syntax sintaxis sintaxe
documentation docs documentacion documentacao
contribution contribucion contribuicao
agile agil
agility agilidad agilidade
deploy desplegar implantar
deployment despliegue implantacao
cryptocurrency criptomoneda criptomoeda
currency moneda moeda
payment pagamento
game videojuego videogame
console consola
level nivel
puzzle rompecabezas quebracabeca
board tablero tabuleiro
chess ajedrez xadrez
# Science, the mind, medicine and health.
universe universo
galaxy galaxia
gravity gravedad gravidade
quantum cuantico cuantica quantico quantica
atom atomo
particle particula
cell celula
genetic genetico genetica
evolution evolucion evolucao
species especie
dinosaur dinosaurio dinossauro
fossil fosil
nature naturaleza natureza
pollution contaminacion poluicao
plastic plastico
recycling reciclaje reciclagem
astronomy astronomia
archaeology arqueologia
consciousness conciencia consciencia
conscious consciente
continuity continuidad continuidade
identity identidad identidade
reality realidad realidade
existence existencia
meaning significado
mean significa significar
purpose proposito
ethics etica
morality moralidad moralidade
meditation meditacion meditacao
emotion emocion emocao
feeling sentimiento sentimento
thought pensamiento pensamento
memory memoria
suffering sufrimiento sofrimento
paradox paradoja paradoxo
reason razon razao
logic logica
argument argumento
atheism ateismo
atheist ateo atea ateu ateia
therapy terapia
depression depresion depressao
anxiety ansiedad ansiedade
stress estres estresse
autism autismo
disorder trastorno transtorno
neuroscience neurociencia
psychedelic psicodelico psicodelica
diet dieta
nutrition nutricion nutricao
exercise ejercicio exercicio
obesity obesidad obesidade
muscle musculo
bone hueso osso
skin piel pele
tooth diente dente
lung pulmon pulmao
surgery cirugia cirurgia
infection infeccion infeccao
epidemic epidemia
aging envejecimiento envelhecimento
longevity longevidad longevidade
age edad idade
youth juventud juventude
childhood infancia
hunger hambre fome
famine hambruna
suicide suicidio
grief luto
care cuidado
pregnancy embarazo gravidez
# Business, startups and products.
cofounded cofundo
entrepreneurship empreendedorismo
layoff despido demissao
unemployment desempleo desemprego
profit ganancia lucro
income ingreso renda
sale venta venda
retail minorista varejo
advertising publicidad publicidade
consumer consumidor consumidora
contract contrato
partner socio socia
shareholder accionista acionista
funding financiamiento financiamento
wealth riqueza
fortune fortuna
luxury lujo luxo
fashion moda
clothing ropa roupa
makeup maquillaje maquiagem
sponge esponja
cosmetic cosmetico cosmetica
hair cabello cabelo
shoe zapato sapato
jewel joya joia
toy juguete brinquedo
furniture mueble
mattress colchon colchao
innovation innovacion inovacao
innovative innovador innovadora inovador inovadora
creative creativo creativa criativo criativa
competition competencia competicao
competitor competidor competidora concorrente
supplier proveedor fornecedor
delivery entrega
shipping envio
# Food and drink.
juice jugo suco
cheese queso queijo
egg huevo ovo
milk leche leite
rice arroz
fruit fruta
vegetable verdura
burger hamburguesa hamburguer
chicken pollo frango
pig cerdo porco
cow vaca
recipe receta receita
flavor sabor
spicy picante
sweet dulce
drink bebida
cookie galleta bolacha biscoito
popcorn palomitas pipoca
pancake panqueque panqueca
soda refresco refrigerante
gum chicle chiclete
disgusting asqueroso asquerosa nojento nojenta
# Culture, film, music, games, sport and comedy.
band banda
concert concierto
guitar guitarra
lyric letra
painting pintura
drawing dibujo desenho
writing escritura
reading lectura leitura
teaching ensenanza ensino
cinema cine
script guion roteiro
scene escena
character personaje personagem
villain villano vilao
animation animacion animacao
documentary documental documentario
review resena resenar revision revisao
critic critico critica
prize premio
basketball baloncesto basquete basquetbol
baseball beisbol
tennis tenis
boxing boxeo boxe
fighter luchador lutador
goal gol
stadium estadio
marathon maraton maratona
medal medalla medalha
cycling ciclismo
swimming natacion natacao
climber escalador escaladora alpinista
funny gracioso graciosa engracado engracada divertido divertida
laugh risa riso
# Daily life.
apartment apartamento
shopping compras
traveler viajero viajante
sketch boceto esboco
presentation presentacion apresentacao
maiden doncella donzela
room habitacion
bed cama
window ventana janela
garden jardin jardim
neighborhood barrio bairro
rent alquiler aluguel
mortgage hipoteca
clock reloj relogio
gift regalo
celebration fiesta festa celebracion celebracao
christmas navidad
birthday cumpleanos
anniversary aniversario
bicycle bicicleta
bus autobus onibus
traffic trafico transito
accident accidente acidente
pet mascota
hot caliente quente
couple pareja casal
boyfriend novio namorado
girlfriend novia namorada
sex sexo
relationship relacion relacionamento
loneliness soledad solidao
friendship amistad amizade
# History, politics, society and the news.
colonization colonizacion colonizacao
fascism fascismo
fascist fascista
communism comunismo
communist comunista
socialism socialismo
socialist socialista
capitalism capitalismo
capitalist capitalista
conservative conservador conservadora
populism populismo
populist populista
holocaust holocausto
genocide genocidio
massacre masacre
atomic atomico atomica
sword espada
warrior guerrero guerreiro
viking vikingo
mummy momia mumia
plague peste
crusade cruzada
inquisition inquisicion inquisicao
biography biografia
document documento
political politico
opposition oposicion oposicao
activism activismo ativismo
movement movimiento movimento
union sindicato
reform reforma
constitution constitucion constituicao
public publico publica
private privado privada
nationalism nacionalismo
ideology ideologia
censorship censura
surveillance vigilancia
housing vivienda moradia
recession recesion recessao
pension pensao
retirement jubilacion aposentadoria
report informe relatorio
scandal escandalo
investigation investigacao
leak filtracion vazamento
whistleblower denunciante
headline manchete
misinformation desinformacion desinformacao
conspiracy conspiracion conspiracao
# Common adjectives.
important importante
interesting interesante interessante
difficult dificil
easy facil
possible posible possivel
impossible imposible impossivel
best mejor melhor
worst peor pior
beautiful hermoso hermosa lindo
ugly feo fea feio feia
happy feliz
sad triste
crazy loco loca louco louca
serious serio
simple sencillo sencilla
complex complejo compleja complexo complexa
complicated complicado complicada
clean limpio limpia limpo
dirty sucio sucia sujo suja
hidden oculto oculta escondido escondida
forgotten olvidado olvidada esquecido esquecida
unknown desconocido desconocida desconhecido desconhecida
successful exitoso exitosa
human humano humana
national nacional
international internacional
economic economico economica
historical historico historica
classic clasico clasica classico classica
traditional tradicional
religious religioso religiosa
spiritual espiritual
illegal ilegal
full lleno llena cheio cheia
empty vacio vacia vazio vazia
alone sozinho sozinha
current atual
huge enorme
broken roto quebrado quebrada
alive vivo
sick enfermo enferma doente
healthy saludable saudavel
heavy pesado pesada
light luz
smart inteligente
stupid estupido estupida
wise sabio
brave valiente valente
independent independiente
unique unico unica
common comun comum
rare raro
different diferente
correct correcto correcta correto correta
perfect perfecto perfecta perfeito perfeita
special especial
complete completo completa
silence silencio
# News, disasters and emergencies.
resignation renuncia
resign renunciar
arrest arresto detencion
arrested detenido detenida
elected elegido elegida eleito eleita
accused acusado acusada
accusation acusacion acusacao
sentenced condenado condenada
poll encuesta sondeo
survey encuesta
panic panico
package paquete pacote
million millon milhao
misunderstanding malentendido
assault asalto
cyberattack ciberataque
cybersecurity ciberseguridad ciberseguranca
shooting tiroteo tiroteio
explosion explosao
fire incendio
drought sequia
hurricane huracan furacao
volcano volcan vulcao
disaster desastre
rescue rescate resgate
emergency emergencia
ambulance ambulancia
lockdown confinamiento confinamento
quarantine cuarentena quarentena
symptom sintoma
treatment tratamiento tratamento
pill pastilla pilula pildora
overdose sobredosis
tobacco tabaco
cigarette cigarrillo
marijuana marihuana maconha
# More science, technology and media.
satellite satelite
telescope telescopio
laboratory laboratorio
microscope microscopio
battery bateria
electric electrico electrica eletrico eletrica
vehicle vehiculo veiculo
truck camion caminhao
submarine submarino
drone dron
subscription suscripcion assinatura
subscriber suscriptor suscriptora assinante
newsletter boletin
# More of the mind.
jealousy celos ciume
shame verguenza vergonha
guilt culpa
courage coraje coragem
joy alegria
boredom aburrimiento tedio
curiosity curiosidad curiosidade
creativity creatividad criatividade
habit habito
motivation motivacion motivacao
attention atencion atencao
focus enfoque foco
productivity productividad produtividade
procrastination procrastinacion procrastinacao
risk riesgo risco
luck suerte sorte
# More history and culture.
civilization civilizacion civilizacao
dynasty dinastia
tower torre
wall muro muralla muralha
ruin ruina
treasure tesoro tesouro
silver plata prata
navigator navegante
museum museo museu
photography fotografia
photographer fotografo fotografa
poetry poesia
literature literatura
comic historieta quadrinho
superhero superheroe superheroi
fantasy fantasia
fiction ficcion ficcao
tale cuento
# More of the day.
breakfast desayuno
lunch almuerzo almoco
dinner jantar
cheap barato barata
expensive caro
morning manha
afternoon tarde
vacation vacacion ferias
# What was done to someone or something: participles as adjectives.
banned prohibido prohibida proibido proibida
leaked filtrado filtrada vazado vazada
abandoned abandonado abandonada
kidnapped secuestrado secuestrada sequestrado sequestrada
exiled exiliado exiliada exilado exilada
exile exilio
jailed encarcelado encarcelada
injured herido herida ferido ferida
rescued rescatado rescatada resgatado resgatada
infected infectado infectada
vaccinated vacunado vacunada vacinado vacinada
retired jubilado jubilada aposentado aposentada
unemployed desempleado desempleada desempregado desempregada
poisoned envenenado envenenada
drowned ahogado ahogada afogado afogada
buried enterrado enterrada
burned quemado quemada queimado queimada
frozen congelado congelada
cursed maldito maldita
haunted embrujado embrujada assombrado assombrada
addicted adicto adicta viciado viciada
obsessed obsesionado obsesionada obcecado obcecada
inspired inspirado inspirada
forecast pronostico previsao
print imprimir
printing impresion impressao
printer impresora impressora
airline aerolinea
handling manejo
dr dra
functional funcional
painful doloroso dolorosa
abyss abismo
proposal propuesta proposta
flaw falla falha
avoid evitar
domain dominio
camp campamento acampamento
camping acampar
retreat retirada retirar
criticize criticar critica criticou
manage gestionar gerenciar manejar
reflection reflexion reflexao
skill habilidad habilidade
management gestion gestao gerenciamento
hire contratar
reader lector leitor
soap jabon sabao
vacuum aspiradora aspirador
fan torcedor hincha
won gano ganhou
tournament torneo torneio
door puerta porta
firefighter bombero bombeiro
bee abeja abelha
gorilla gorila
seed semilla semente
farm granja fazenda
harvest cosecha colheita
nephew sobrino sobrinho
speech discurso
journalism periodismo jornalismo
shield escudo
sailor marinero marinheiro
iron hierro ferro
blackout apagon apagao
smuggling contrabando
bribe soborno suborno
page pagina
warming calentamiento aquecimento
waste basura lixo residuos
eviction desalojo despejo
governor gobernador governador
arrival llegada chegada
patrol patrulla patrulha
farewell despedida
ventilator respirador
lineage linaje linhagem
wallet cartera carteira
bubble burbuja bolha
mesh malla malha
stain mancha
mutiny motin motim
augmented aumentada
revolt revuelta revolta
sealed sellado lacrado
distribute distribuir
effective eficaz efetivo
historian historiador
progressive progresista progressista
accessibility accesibilidad acessibilidade
concurrency concurrencia concorrencia
parallelism paralelismo
generator generador gerador
entertainment entretenimiento entretenimento
telephony telefonia
prophecy profecia
tolerance tolerancia
humanism humanismo
rivalry rivalidad rivalidade
pride orgullo orgulho
monitoring monitoreo monitoramento
collective colectivo coletivo
tyranny tirania
mercenary mercenario
gladiator gladiador
usability usabilidad usabilidade
deliberation deliberacion deliberacao
tip consejo dica
visualization viz visualizacion visualizacao
kubernetes k8s
repository repo repositorio
coronavirus covid
finance finanzas financas
crypto cripto
event evento
bill factura fatura
defense defensa defesa
zero cero
conference conferencia
sample muestra amostra
united unido unida
ban prohibicion proibicao
prohibit prohibir proibir prohibe proibe
ai ia
static estatico estatica
hole agujero buraco
collider colisionador
astrophysicist astrofisico astrofisica
scientology cientologia
scientologist cientologo cientologista
dependency dependencia
component componente
wave onda
enterprise empresarial
guide guia
beginner principiante iniciante
resource recurso
capitol capitolio
redesign rediseno redesenho
undercover encubierto
visit visitar visita
abuser abusador abusadora
unpopular impopular
bilingual bilingue
jar frasco pote
relaxed relajado relajada relaxado relaxada
tattoo tatuaje tatuagem
fried frito frita
massive masivo masiva massivo massiva
session sesion sessao
male masculino masculina
tape cinta fita
cassette casete cassete
dating namoro
glasses gafas oculos
dollar dolar
burnout agotamiento esgotamento
audiobook audiolibro audiolivro
tasting cata degustacion degustacao
catalyst catalizador catalisador
inauguration investidura
rate tasa
defector desertor desertora
bag bolsa sacola
reusable reutilizable reutilizavel
content contenido conteudo
trick truco truque
damage dano
evolved evolucionado evolucionada evoluido evoluida
"""

_PLACES = """
ukraine ucrania
ukrainian ucraniano ucraniana
russia rusia
germany alemania alemanha
england inglaterra
scotland escocia
ireland irlanda
france francia franca
spain espana espanha
italy italia
holland holanda
belgium belgica
switzerland suiza suica
sweden suecia
norway noruega
denmark dinamarca
finland finlandia
poland polonia
greece grecia
turkey turquia
egypt egipto egito
morocco marruecos marrocos
syria siria
iraq irak
japan japon japao
korea corea coreia
korean coreano coreana
afghanistan afganistan afeganistao
thailand tailandia
europe europa
soviet sovietico sovietica
canadian canadiense canadense
australian australiano australiana
belgian belga
austrian austriaco austriaca
hungarian hungaro hungara
czech checo checa tcheco tcheca
london londres
rome roma
moscow moscu moscou
lisbon lisboa
athens atenas
beijing pekin pequim
tokyo tokio toquio
jerusalem jerusalen
istanbul estambul istambul
munich munique
vienna viena
prague praga
warsaw varsovia
brussels bruselas bruxelas
geneva ginebra genebra
edinburgh edimburgo
florence florencia florenca
venice venecia veneza
naples napoles
copenhagen copenhague
stockholm estocolmo
seville sevilla
philadelphia filadelfia
sparta esparta
spartan espartano espartana
carthage cartago
carthaginian cartagines
troy troya troia
thermopylae termopilas
constantinople constantinopla
byzantium bizancio
babylon babilonia
normandy normandia
stalingrad stalingrado
prussia prusia
bavaria baviera
"""


# A Spanish or Portuguese plural the answerer's stemmer, which takes off only an "s",
# leaves unlike its singular: "es" after a consonant ("canciones", "ciudades"), "z" made
# "ces" ("voces"), and Portuguese "-oes", "-ais", "-eis" ("colchoes", "jornais", "papeis"):
# its singular is found here. Not after a three-letter root, whose "es" plural is as often
# an English word ("sales" is no "sal", "wares" no "war").
_PLURAL = re.compile(r"(?:(.{3,}[nrldjy])es|(.{2,})ces|(.{2,})oes|(.{2,})ais|(.{2,})eis)")


def _singular(m: re.Match[str]) -> str:
    es, ces, oes, ais, eis = m.groups()
    for root, ending in ((es, ""), (ces, "z"), (oes, "ao"), (ais, "al"), (eis, "el")):
        if root:
            return root + ending
    return ""


@functools.cache
def _table() -> dict[str, frozenset[str]]:
    return _same_meaning(_GROUPS + _PLACES)


def _same_meaning(lines: str) -> dict[str, frozenset[str]]:
    """Each word of the lines (one meaning a line) and the other words of its line."""
    table: dict[str, set[str]] = {}
    for line in lines.strip().splitlines():
        words = line.split()
        if not words or words[0].startswith("#"):
            continue  # a heading of the list
        for w in words:
            table.setdefault(w, set()).update(x for x in words if x != w)
    return {w: frozenset(others) for w, others in table.items()}


# Sayings of Spanish and Portuguese whose words say something else one by one ("desde
# cero" is "from scratch", not "zero"): the question is read with the English words.
_SAYINGS = """
desde cero|do zero|de cero: scratch
codigo abierto|codigo aberto: open source
sin conductor|sem motorista: driverless
reino unido: uk
gran bretana|gra bretanha: britain
cisjordania: west bank
nueva york|nova york|nova iorque: new york
nueva orleans|nova orleans: new orleans
ultraderecha|extrema derecha|extrema direita: far right
portaaviones|porta avioes: aircraft carrier
detras de camaras|detras de escena|por tras das cameras: behind the scenes
juego del ano|jogo do ano: game of the year
habilidades blandas|habilidad blanda: soft skills
base de datos|bases de datos|banco de dados|bancos de dados|base de dados|bases de dados: database
sitio web|sitios web|pagina web|paginas web: website
aprendizaje automatico|aprendizaje de maquinas|aprendizaje de maquina: machine learning
aprendizado de maquina|aprendizado automatico: machine learning
corte suprema|suprema corte|tribunal supremo|supremo tribunal: supreme court
lucha libre|luta livre: wrestling
tratamento de erros|tratamiento de errores: error handling
liberdade de expressao|libertad de expresion: free speech
carros autonomos|carro autonomo|coches autonomos|coche autonomo: self driving
"""


@functools.cache
def _sayings() -> tuple[tuple[re.Pattern[str], str], ...]:
    out = []
    for line in _SAYINGS.strip().splitlines():
        said, english = line.split(":")
        pattern = "|".join(re.escape(p.strip()) for p in said.split("|"))
        out.append((re.compile(rf"\b(?:{pattern})\b"), english.strip()))
    return tuple(out)


def english_sayings(norm: str) -> str:
    """A folded question with the sayings of Spanish and Portuguese it holds put in
    English ("ciencia de datos desde cero" -> "ciencia de datos scratch")."""
    for pattern, english in _sayings():
        norm = pattern.sub(english, norm)
    return norm


def groups() -> list[list[str]]:
    """Every meaning's words, one list a line, as written (for tests and tools)."""
    return [
        line.split()
        for line in (_GROUPS + _PLACES).strip().splitlines()
        if line.split() and not line.startswith("#")
    ]


def place_words() -> frozenset[str]:
    """The words of the places' lines (their English name, and the others)."""
    return frozenset(w for line in _PLACES.strip().splitlines() for w in line.split())


def translations(word: str) -> frozenset[str]:
    """The word's counterparts in the other two languages (folded), or nothing."""
    table = _table()
    found = table.get(word)
    if found is not None:
        return found
    for ending in ("a", "os", "as"):
        # An adjective's other gender and number, where the lines list its masculine
        # ("nueva": "nuevo"); only of the adjectives listed, as "-a" of a noun in "-o" is
        # as often another noun ("banca" is no "banco", "foto" no "fota").
        if word.endswith(ending) and (masculine := word[: -len(ending)] + "o") in _GENDERED:
            return table.get(masculine, frozenset())
    for ending, others in _VERB_FORMS:
        # A verb's gerund, where the lines list its infinitive ("retirando": "retirar"),
        # or a participle, where they list another gender or number ("inspiradas": "inspirada").
        if word.endswith(ending) and len(word) - len(ending) >= _VERB_ROOT_CHARS:
            root = word[: -len(ending)]
            found = frozenset().union(*(table.get(root + o, frozenset()) for o in others))
            if found:
                return found
            break
    m = _PLURAL.fullmatch(word)
    if m is None or word[:-1] in table:
        # An English plural ("planes") is the answerer's to stem, not a Spanish one.
        return frozenset()
    return table.get(_singular(m), frozenset())


# Spanish and Portuguese verb forms, and the forms of the same verb a line may list.
_VERB_FORMS = (
    # A gerund is its verb: the infinitive only ("tratando" is no "tratado", a treaty).
    ("ando", ("ar",)),
    ("iendo", ("er", "ir")),
    ("endo", ("er", "ir")),
    ("indo", ("ir",)),
    # A participle is its other gender and number only: as often a noun of its own
    # ("parada" is a parade, not "parar", to stop).
    ("ados", ("ado", "ada")),
    ("adas", ("ado", "ada")),
    ("ado", ("ada",)),
    ("ada", ("ado",)),
    ("idos", ("ido", "ida")),
    ("idas", ("ido", "ida")),
    ("ido", ("ida",)),
    ("ida", ("ido",)),
    ("aban", ("ar",)),
    ("aba", ("ar",)),
)
_VERB_ROOT_CHARS = 3
# Adjectives whose feminine and plural mean what the masculine does ("nueva", "largas").
# Not those whose other form is a word of its own: "novo" ("nova" is English too), "serio"
# ("seria", would be), "lindo" (Linda), "sabio" ("sabia", knew), "politico" ("politica",
# politics), "vivo" ("viva"), "rico" (Costa Rica); nor an ordinal, which may ask for an
# episode by its number.
_GENDERED = frozenset(
    """
    nuevo viejo velho largo longo corto curto alto bajo baixo lento oscuro escuro rojo
    vermelho amarillo amarelo pequeno falso secreto moderno antiguo antigo extrano
    estranho raro frio muerto morto gratuito remoto verdadero verdadeiro peligroso perigoso
    idoso
    """.split()
)
# Words whose English look-alike means another thing ("realizar" is to carry out, not to
# realize; "fábrica" a factory, not fabric): no cognate is spelled for them.
_FALSE_FRIENDS = frozenset(
    """
    realizar realiza realizado realizada asistir asiste asistencia contestar contesta
    decepcion decepcionado decepcionada grabar grabado grabacion fabrica fabricas recordar
    recorde embarazada embarazado actual actuales actualmente carpeta exito exitos libreria
    molestar molesto sensible sensibles constipado largo larga introducir pretender
    soportar soporta advertir atender discutir discusion colegio compromiso desgracia
    educado educada eventual eventualmente lectura parientes preservativo suceso sucesos
    oficina asignatura balde billon casualidad casual conferencia estrellar
    """.split()
)


# --- cognates -----------------------------------------------------------------------
# Most of the learned words of Spanish and Portuguese are English words with another
# ending and a plainer spelling: "constitución" is "constitution", "estática" is
# "static", "arquitetura" is "architecture", "dependencias" is "dependencies". The lexicon
# cannot list them all, so :func:`cognates` spells a word's English forms by rule: the
# ending first (these endings are Romance, seldom English), then the spellings English
# keeps from Greek and Latin ("ph", "th", "ch", "y", double consonants). The answerer keeps
# only the forms its archive holds, so a rule that spells a word English lacks costs
# nothing. Ordered longest first: the first ending that matches is the word's.
_COGNATE_ENDINGS = (
    ("cionales", ("tional",)),
    ("cional", ("tional",)),
    ("izaciones", ("izations",)),
    ("izacoes", ("izations",)),
    ("izacion", ("ization",)),
    ("izacao", ("ization",)),
    ("ciones", ("tions",)),
    ("siones", ("sions",)),
    ("iones", ("ions",)),  # "opiniones": "opinions", as "religiones", "regiones"
    ("ioes", ("ions",)),  # Portuguese "opinioes", "regioes"
    ("iao", ("ion",)),  # Portuguese "opiniao", "religiao"
    ("coes", ("tions",)),
    ("soes", ("sions",)),
    ("cion", ("tion",)),
    ("sion", ("sion",)),
    ("cao", ("tion",)),
    ("sao", ("sion",)),
    ("dades", ("ties",)),
    ("dad", ("ty",)),
    ("dade", ("ty",)),
    ("ticos", ("tic", "tical", "tics")),
    ("ticas", ("tic", "tical", "tics")),
    ("tico", ("tic", "tical")),
    ("tica", ("tic", "tical", "tics")),
    ("icos", ("ic", "ical", "ics")),
    ("icas", ("ic", "ical", "ics")),
    ("ico", ("ic", "ical")),
    ("ica", ("ic", "ical", "ics")),
    # A doctrine and its followers are one subject ("racismo": "racist").
    ("ismos", ("isms", "ists")),
    ("ismo", ("ism", "ist", "ists")),
    ("istas", ("ists", "ism")),
    ("ista", ("ist", "ism")),
    ("ivos", ("ive", "ives")),
    ("ivas", ("ive", "ives")),
    ("ivo", ("ive",)),
    ("iva", ("ive",)),
    ("osos", ("ous",)),
    ("osas", ("ous",)),
    ("oso", ("ous",)),
    ("osa", ("ous",)),
    # An adverb: "finalmente" is "finally", "rapidamente" "rapidly", "posiblemente"
    # "possibly".
    ("blemente", ("bly",)),
    ("amente", ("ly",)),
    ("mente", ("ly",)),
    ("encias", ("ences", "encies")),
    ("ancias", ("ances", "ancies")),
    ("encia", ("ence", "ency")),
    ("ancia", ("ance", "ancy")),
    ("entes", ("ents",)),
    ("antes", ("ants",)),
    ("ente", ("ent",)),
    ("ante", ("ant",)),
    # "-cto" is "-ct": "estricto", "conflictos", "directo", "perfecto", "arquitecto".
    ("ctos", ("cts", "ct")),
    ("ctas", ("ct",)),
    ("cto", ("ct",)),
    ("cta", ("ct",)),
    # An adjective in "-ar" said in the plural ("populares", "similares", "nucleares"):
    # not the infinitive "-ar" below, which no plural ends in.
    ("ares", ("ar", "ars")),
    ("orios", ("ories",)),
    ("orio", ("ory",)),
    ("arios", ("aries",)),
    ("ario", ("ary",)),
    # A doer is "-ator" or "-er": "moderador" is "moderator", "programador" "programmer".
    ("adores", ("ators", "ers")),
    ("adoras", ("ators", "ers")),
    ("adora", ("ator", "er")),
    ("ador", ("ator", "er")),
    ("uras", ("ures",)),
    ("ura", ("ure",)),
    ("izar", ("ize",)),
    ("emas", ("ems",)),
    ("ema", ("em",)),
    ("lisis", ("lysis",)),
    ("lise", ("lysis",)),
    ("ias", ("ies",)),
    ("ia", ("y",)),
    # Verbs: the infinitive ("programar": "program", "comparar": "compare", "migrar":
    # "migrate"), the gerund ("testando": "testing") and the participle ("baseado":
    # "based", "revisitado": "revisited").
    ("ando", ("ing", "ating")),
    ("iendo", ("ing",)),
    ("endo", ("ing",)),
    ("ados", ("ed", "ated")),
    ("adas", ("ed", "ated")),
    ("ado", ("ed", "ated")),
    ("ada", ("ed", "ated")),
    ("idos", ("ed",)),
    ("ido", ("ed",)),
    ("ar", ("", "e", "ate")),
    ("ir", ("", "e")),
)
# A Romance spelling, and the English ones it may stand for (at most two changes a word).
_COGNATE_SPELLINGS = (
    ("f", "ph"),
    ("t", "th"),
    ("c", "ch"),
    ("qu", "ch"),
    ("i", "y"),
    ("rr", "r"),
    ("ss", "s"),
)
_COGNATE_MIN_CHARS = 6
_COGNATE_MAX_CHARS = 24  # longer is no word: its spellings would grow with its square
_COGNATE_PAIRS_SITES = 10  # places to respell past which only one change is tried
_COGNATE_ROOT_CHARS = 4
_DOUBLED = frozenset("bcdfglmnprst")


def _respellings(word: str) -> set[str]:
    """``word`` with up to two of its letters spelled the English way ("arquitecture":
    "architecture"; "filosofy": "philosophy"; "comunity": "community")."""
    changes: list[tuple[int, int, str]] = []  # (start, end, replacement)
    for roman, english in _COGNATE_SPELLINGS:
        start = word.find(roman)
        while start != -1:
            changes.append((start, start + len(roman), english))
            start = word.find(roman, start + 1)
    for i, ch in enumerate(word[1:-1], 1):
        if ch in _DOUBLED and word[i - 1] != ch and word[i + 1] != ch:
            changes.append((i, i + 1, ch + ch))
    changes.sort()
    pairs = len(changes) <= _COGNATE_PAIRS_SITES
    out = {word}
    for one, (a, b, rep) in enumerate(changes):
        out.add(word[:a] + rep + word[b:])
        for c, d, rep2 in changes[one + 1 :] if pairs else ():
            if c >= b:  # the later change, applied first, leaves the earlier one's place
                out.add(word[:a] + rep + word[b:c] + rep2 + word[d:])
    return out


@functools.lru_cache(maxsize=512)  # questions' words: bounded (the answerer keeps what it found)
def cognates(word: str) -> frozenset[str]:
    """The English words a Spanish or Portuguese ``word`` (folded) may be, by its ending
    and spelling ("estaticos": "static", "statics", ...): candidates, most of them no
    English word; the caller keeps those its archive holds. Nothing for a short word or
    one with no Romance ending."""
    if (
        not _COGNATE_MIN_CHARS <= len(word) <= _COGNATE_MAX_CHARS
        or not word.isalpha()
        or word in _FALSE_FRIENDS
    ):
        return frozenset()
    for ending, english in _COGNATE_ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= _COGNATE_ROOT_CHARS:
            root = word[: -len(ending)]
            # "base" + "ed" is "based".
            endings = [e[1:] if root.endswith("e") and e.startswith("e") else e for e in english]
            break
    else:
        return frozenset()
    # Spanish and Portuguese put an "e" before an "s" and a consonant ("estático").
    roots = [root]
    if root.startswith("es") and root[2] not in "aeiou":
        roots.append(root[1:])
    out: set[str] = set()
    for r in roots:
        for e in endings:
            out |= _respellings(r + e)
    out.discard(word)
    return frozenset(out)


EVERYDAY_MIN_ZIPF = 3.0  # a word rarer than this in everyday speech may be anything


def everyday(word: str, languages: tuple[str, ...] = ("es", "pt")) -> float:
    """How common ``word`` (folded) is in everyday speech of these languages (the most
    common), on the Zipf scale (wordfreq: 6 is a word of every sentence, 3 one of a book's
    pages), 0.0 for a word none of them uses."""
    frequency = max(_everyday_table(lang).get(word, 0.0) for lang in languages)
    return math.log10(frequency) + 9.0 if frequency > 0.0 else 0.0


@functools.cache
def _everyday_table(lang: str) -> dict[str, float]:
    """wordfreq's word frequencies of a language (its small list, about 30,000 words),
    by folded word, as the answerer's words are: "tecnología" is "tecnologia"."""
    from wordfreq import get_frequency_dict

    table: dict[str, float] = {}
    for word, frequency in get_frequency_dict(lang, wordlist="small").items():
        key = fold(word)
        if frequency > table.get(key, 0.0):
            table[key] = frequency
    return table


# British and American spellings of one word ("archaeology", "archeology"; "colour",
# "color"; "organise", "organize"): an asker writes one, the notes the other. Stems that
# differ inside the word, then whole words, each as (British, American). Not a pair whose
# British spellings are two words: "program" (code) is no "programme" (a show, a scheme),
# a "meter" no "metre".
_SPELLING_STEMS = (
    ("archaeo", "archeo"), ("palaeo", "paleo"), ("paediatr", "pediatr"),
    ("encyclopaed", "encycloped"), ("anaem", "anem"), ("anaesth", "anesth"),
    ("haemo", "hemo"), ("mediaev", "mediev"), ("orthopaed", "orthoped"),
    ("manoeuv", "maneuv"), ("oesoph", "esoph"), ("foetus", "fetus"),
)  # fmt: skip
_SPELLING_WORDS = {
    "grey": "gray",
    "catalogue": "catalog", "dialogue": "dialog", "analogue": "analog",
    "defence": "defense", "licence": "license", "offence": "offense",
    "aluminium": "aluminum", "sceptic": "skeptic", "sceptical": "skeptical",
    "judgement": "judgment", "ageing": "aging", "jewellery": "jewelry",
    "pyjamas": "pajamas", "moustache": "mustache", "plough": "plow",
    "centre": "center", "centres": "centers", "theatre": "theater", "theatres": "theaters",
    "fibre": "fiber", "litre": "liter",
    "calibre": "caliber", "spectre": "specter", "sombre": "somber", "meagre": "meager",
}  # fmt: skip
_SPELLING_BRITISH = {a: b for b, a in _SPELLING_WORDS.items()}
# "colour"/"color", "behaviour"/"behavior", "honoured"/"honored": after these letters only
# ("four", "hour", "tour" are no "for", "hor", "tor").
_OUR = re.compile(r"^([a-z]{2,}[lvmnbpdi])(our|or)(s|ed|ing|ite|ites|able|ful)?$")
# "organise"/"organize", "realisation"/"realization", "analyse"/"analyze".
_ISE = re.compile(r"^([a-z]{4,})(is|iz|ys|yz)(e|es|ed|ing|er|ers|ation|ations)$")


def spelling_variants(word: str) -> frozenset[str]:
    """The word in the other of British and American spelling, where the two differ by
    a rule above ("archeology": "archaeology"); nothing for another word. Candidates
    only: the caller keeps those its archive holds."""
    out: set[str] = set()
    if other := _SPELLING_WORDS.get(word) or _SPELLING_BRITISH.get(word):
        out.add(other)
    for british, american in _SPELLING_STEMS:
        if british in word:
            out.add(word.replace(british, american))
        elif american in word:
            out.add(word.replace(american, british, 1))
    if (m := _OUR.match(word)) and not word.startswith("labo"):
        # Not "labor": "Labour" is also the British party, which no "labor union" is.
        stem, mid, end = m.group(1), m.group(2), m.group(3) or ""
        out.add(stem + ("or" if mid == "our" else "our") + end)
    if m := _ISE.match(word):
        stem, mid, end = m.group(1), m.group(2), m.group(3)
        swap = {"is": "iz", "iz": "is", "ys": "yz", "yz": "ys"}[mid]
        out.add(stem + swap + end)
    out.discard(word)
    return frozenset(out)


def load_everyday() -> None:
    """Loads the word frequencies :func:`everyday` reads (about 0.1 s, once a process):
    run on a thread at start-up, the first question does not wait for them."""
    everyday("the", ("en", "es", "pt"))


# English words an asker uses for what notes and titles say otherwise, each line one
# meaning ("quit" for "Why I Left Twitter", "bloopers" for "Outtakes"): found at the
# discount of a translation, in English questions only. A word cut short in speech
# ("psych", "exec", "docs") is the word it is cut from.
_SYNONYMS = """
beginner beginners newbie newbies novice novices newcomer newcomers
quit quitting left leaving
died death dies dead passing
bloopers blooper outtakes outtake
trailer teaser preview
rerun reruns replay rebroadcast encore
mistakes mistake regrets regret
prediction predictions forecast forecasts
hologram holograms avatar avatars
relaunch launch relaunched launched
scandal scandals controversy
movie movies film films
scared afraid fear fears frightened terrified
halves part parts installment installments instalment instalments
kid kids children child
tips advice
anniversary anniversaries birthday birthdays
back return returns returned returning
intro intros introduction introductions
docs documentation
exec execs executive executives
psych psychology psychologist psychologists psychological
econ economics economist economists
stats statistics
"""


@functools.cache
def _synonym_table() -> dict[str, frozenset[str]]:
    return _same_meaning(_SYNONYMS)


def synonyms(word: str) -> frozenset[str]:
    """English words of the same meaning as ``word`` (see _SYNONYMS), or nothing."""
    return _synonym_table().get(word, frozenset())
