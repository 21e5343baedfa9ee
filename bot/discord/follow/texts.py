"""The words of follows (issue 13, deliverable 3), in English and Spanish, merged into
:data:`bot.discord.i18n.TEXTS` (:mod:`bot.discord.community_texts` imports this module)."""

from __future__ import annotations

from bot.discord.i18n import EN, ES, TEXTS

FOLLOW_TEXTS: dict[str, dict[str, str]] = {
    "cmd.follow": {
        EN: "Get a DM when a new episode has a guest, topic or podcast you follow",
        ES: "Recibe un MD cuando un episodio nuevo tenga un invitado, tema o pódcast que sigues",
    },
    "cmd.follow.guest": {EN: "Follow a guest", ES: "Sigue a un invitado"},
    "cmd.follow.topic": {EN: "Follow a topic", ES: "Sigue un tema"},
    "cmd.follow.podcast": {EN: "Follow a podcast", ES: "Sigue un pódcast"},
    "cmd.follow.clear": {
        EN: "Delete all your follows (nothing else about you is kept)",
        ES: "Borra todo lo que sigues (no se guarda nada más sobre ti)",
    },
    "cmd.follow.resume": {
        EN: "Resume your follows after opening your DMs",
        ES: "Reanuda lo que sigues tras abrir tus MD",
    },
    "opt.follow.guest.name": {EN: "The guest", ES: "El invitado"},
    "opt.follow.topic.name": {EN: "The topic", ES: "El tema"},
    "opt.follow.podcast.name": {EN: "The podcast", ES: "El pódcast"},
    "cmd.unfollow": {EN: "Stop following a guest, topic or podcast", ES: "Deja de seguir algo"},
    "opt.unfollow.follow": {EN: "What to stop following", ES: "Qué dejar de seguir"},
    "cmd.following": {EN: "What you follow", ES: "Lo que sigues"},
    "follow.kind.guest": {EN: "guest {value}", ES: "invitado {value}"},
    "follow.kind.topic": {EN: "topic {value}", ES: "tema {value}"},
    "follow.kind.podcast": {EN: "podcast {value}", ES: "pódcast {value}"},
    "follow.done": {
        EN: "Following {what}: I'll DM you when a new episode has it.",
        ES: "Sigues {what}: te escribiré por MD cuando un episodio nuevo lo tenga.",
    },
    "follow.already": {
        EN: "You already follow {what}.",
        ES: "Ya sigues {what}.",
    },
    "follow.resumed": {
        EN: "Your follows are active again: keep your DMs open to me.",
        ES: "Lo que sigues vuelve a estar activo: mantén tus MD abiertos para mí.",
    },
    "follow.not_paused": {
        EN: "Your follows are not paused.",
        ES: "Lo que sigues no está en pausa.",
    },
    "follow.limit": {
        EN: "You follow {limit} things, the most allowed: `/unfollow` one first.",
        ES: "Sigues {limit} cosas, el máximo: deja de seguir una con `/unfollow` primero.",
    },
    "follow.unknown": {
        EN: "Nothing to follow by “{value}”: pick one from the list.",
        ES: "No hay nada que seguir llamado «{value}»: elige uno de la lista.",
    },
    "follow.unfollowed": {EN: "You no longer follow {what}.", ES: "Ya no sigues {what}."},
    "follow.not_following": {
        EN: "You don't follow that: see `/following`.",
        ES: "No sigues eso: mira `/following`.",
    },
    "follow.cleared": {
        EN: "Deleted your {count} follow(s): I keep nothing about you now.",
        ES: "Borré lo que seguías ({count}): ya no guardo nada sobre ti.",
    },
    "follow.none": {
        EN: "You follow nothing yet: try `/follow guest`, `/follow topic` or `/follow podcast`.",
        ES: "Aún no sigues nada: prueba `/follow guest`, `/follow topic` o `/follow podcast`.",
    },
    "follow.list": {
        EN: "You follow ({count}/{limit}):",
        ES: "Sigues ({count}/{limit}):",
    },
    "follow.paused": {
        EN: "⚠️ Paused: Discord refused my DM to you (your DMs are closed to me). Allow DMs "
        "from this server's members or from apps, then run `/follow resume`.",
        ES: "⚠️ En pausa: Discord rechazó mi MD (tienes los MD cerrados para mí). Permite MD "
        "de los miembros de este servidor o de las apps y luego usa `/follow resume`.",
    },
    "follow.dm.intro": {
        EN: "A new episode for what you follow. `/following` to see or change it.",
        ES: "Un episodio nuevo de lo que sigues. `/following` para verlo o cambiarlo.",
    },
    "follow.button": {
        EN: "Notify me about this guest/topic",
        ES: "Avísame de este invitado/tema",
    },
    "follow.pick": {
        EN: "Pick the guests and topics to follow",
        ES: "Elige los invitados y temas a seguir",
    },
    "follow.pick.prompt": {
        EN: "Which of this episode's guests and topics should I DM you about?",
        ES: "¿De qué invitados y temas de este episodio quieres un MD?",
    },
    "follow.nothing_to_follow": {
        EN: "This episode has no guest or topic to follow.",
        ES: "Este episodio no tiene invitados ni temas que seguir.",
    },
}

TEXTS.update(FOLLOW_TEXTS)
