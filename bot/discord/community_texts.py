"""The words of the community features (issue 13: routes, the bot anywhere, follows), in
English and Spanish, merged into :data:`bot.discord.i18n.TEXTS` (which imports this
module); they live here so that table is not edited by every feature."""

from __future__ import annotations

from bot.discord.i18n import EN, ES, TEXTS

COMMUNITY_TEXTS: dict[str, dict[str, str]] = {
    # --- /announce add, remove ------------------------------------------------------------
    "cmd.announce.add": {
        EN: "Add a route: episodes of a topic, guest or podcast to a channel",
        ES: "Añade una ruta: episodios de un tema, invitado o pódcast a un canal",
    },
    "opt.announce.add.channel": {
        EN: "Where the matching episodes are announced (text, announcement or forum)",
        ES: "Dónde se anuncian los episodios que coinciden (texto, anuncios o foro)",
    },
    "opt.announce.add.role": {
        EN: "A role to ping with each announcement (optional)",
        ES: "Un rol a mencionar con cada anuncio (opcional)",
    },
    "opt.announce.add.topic": {
        EN: "Only episodes about this topic",
        ES: "Solo episodios sobre este tema",
    },
    "opt.announce.add.guest": {
        EN: "Only episodes with this guest",
        ES: "Solo episodios con este invitado",
    },
    "opt.announce.add.podcast": {
        EN: "Only episodes of this podcast",
        ES: "Solo episodios de este pódcast",
    },
    "opt.announce.add.thread": {
        EN: "Open a discussion thread on each announcement (text channels)",
        ES: "Abre un hilo de conversación en cada anuncio (canales de texto)",
    },
    "cmd.announce.remove": {
        EN: "Remove an announcement route",
        ES: "Quita una ruta de anuncios",
    },
    "opt.announce.remove.route": {
        EN: "The route to remove (see /announce status)",
        ES: "La ruta que quitar (ver /announce status)",
    },
    "announce.add.done": {
        EN: "Route {route} added: {filters} will be announced in {channel}.",
        ES: "Ruta {route} añadida: {filters} se anunciarán en {channel}.",
    },
    "announce.add.updated": {
        EN: "Route {route} updated: {filters} will be announced in {channel}.",
        ES: "Ruta {route} actualizada: {filters} se anunciarán en {channel}.",
    },
    "announce.add.limit": {
        EN: "This server has {limit} routes, the most allowed: remove one with "
        "`/announce remove` first.",
        ES: "Este servidor tiene {limit} rutas, el máximo: quita una con `/announce remove` antes.",
    },
    "announce.add.unknown_topic": {
        EN: "No episode has the topic “{value}”: pick one from the list.",
        ES: "Ningún episodio tiene el tema «{value}»: elige uno de la lista.",
    },
    "announce.add.unknown_guest": {
        EN: "No guest is called “{value}”: pick one from the list.",
        ES: "Ningún invitado se llama «{value}»: elige uno de la lista.",
    },
    "announce.add.unknown_podcast": {
        EN: "No podcast “{value}” is followed: pick one from the list.",
        ES: "No se sigue ningún pódcast «{value}»: elige uno de la lista.",
    },
    "announce.remove.done": {
        EN: "Route {route} removed: nothing more is announced through it.",
        ES: "Ruta {route} quitada: ya no se anuncia nada por ella.",
    },
    "announce.remove.none": {
        EN: "There is no such route: pick one from the list (`/announce status` lists them).",
        ES: "No existe esa ruta: elige una de la lista (`/announce status` las muestra).",
    },
    "announce.route.every": {EN: "all new episodes", ES: "todos los episodios nuevos"},
    "announce.route.filtered": {
        EN: "new episodes ({filters})",
        ES: "los episodios nuevos ({filters})",
    },
    "announce.route.topic": {EN: "topic {value}", ES: "tema {value}"},
    "announce.route.guest": {EN: "guest {value}", ES: "invitado {value}"},
    "announce.route.podcast": {EN: "podcast {value}", ES: "pódcast {value}"},
    "announce.route.default": {EN: "default", ES: "predeterminada"},
    "announce.route.sent": {EN: "{count} sent", ES: "{count} enviados"},
    "announce.route.active": {EN: "active", ES: "activa"},
    "announce.route.paused": {EN: "⚠️ paused: {reason}", ES: "⚠️ en pausa: {reason}"},
    "announce.route.thread": {EN: "thread on each", ES: "hilo en cada uno"},
    "announce.routes.title": {
        EN: "**Routes** ({count}/{limit})",
        ES: "**Rutas** ({count}/{limit})",
    },
    "announce.routes.no_default": {
        EN: "No default route (`/announce set`): only the routes below announce.",
        ES: "Sin ruta predeterminada (`/announce set`): solo anuncian las rutas de abajo.",
    },
}

TEXTS.update(COMMUNITY_TEXTS)

# --- the bot anywhere ----------------------------------------------------------------------
TEXTS.update(
    {
        "menu.find": {EN: "Find episodes about this", ES: "Buscar episodios sobre esto"},
        "menu.find.empty": {
            EN: "That message has no text to look for.",
            ES: "Ese mensaje no tiene texto que buscar.",
        },
        "mention.empty": {
            EN: "Ask me about an episode, e.g. “@{bot} which episode had Ruth López?”",
            ES: "Pregúntame por un episodio, p. ej. «@{bot} ¿en qué episodio estuvo Ruth López?»",
        },
    }
)
import bot.discord.follow.texts  # noqa: E402, F401 - the follow commands' words
