"""The bot's own words in English and Spanish, and the translator for command descriptions.

Episode content (titles, summaries, names) is never translated: it stays as published.
Command and option *names* are the same in every language (they are the interface people
type and the contract other code relies on); only descriptions are localized.

Spanish speakers on Discord use ``es-ES`` (Spain) or ``es-419`` (Latin America). Both get
the ``"es"`` texts; the few words that differ between the two are overridden under
``"es-419"``.
"""

from __future__ import annotations

from typing import Any

import discord
from discord import app_commands

EN, ES, ES_419 = "en", "es", "es-419"
# One letter per language, for custom ids (Discord allows 100 characters).
LANG_CODES = {EN: "e", ES: "s", ES_419: "l"}
CODE_LANGS = {code: lang for lang, code in LANG_CODES.items()}

# key -> language -> text. ``{name}`` fields are filled by :func:`t`. Keys ending in ``.one``
# / ``.other`` are the singular and plural forms chosen by a ``count`` argument.
TEXTS: dict[str, dict[str, str]] = {
    # --- command and option descriptions (at most 100 characters each) ---------------
    "cmd.ask": {
        EN: "Ask anything about the podcast's episodes, guests or topics",
        ES: "Pregunta lo que quieras sobre los episodios, invitados o temas del pódcast",
        ES_419: "Pregunta lo que quieras sobre los episodios, invitados o temas del podcast",
    },
    "opt.ask.question": {
        EN: "Your question, e.g. “which episode had Ruth López?”",
        ES: "Tu pregunta, p. ej. «¿en qué episodio estuvo Ruth López?»",
    },
    "cmd.episode": {EN: "Show one episode", ES: "Muestra un episodio"},
    "opt.episode.title": {
        EN: "The episode's title (pick from the list or type words from it)",
        ES: "El título del episodio (elígelo de la lista o escribe palabras del título)",
    },
    "cmd.guest": {
        EN: "A guest and the episodes they were on",
        ES: "Un invitado y los episodios en los que participó",
    },
    "opt.guest.name": {EN: "The guest's name", ES: "El nombre del invitado"},
    "cmd.topic": {EN: "Episodes on a topic", ES: "Episodios sobre un tema"},
    "opt.topic.name": {EN: "The topic", ES: "El tema"},
    "cmd.latest": {
        EN: "The newest episode, optionally on a topic",
        ES: "El episodio más reciente, opcionalmente sobre un tema",
    },
    "opt.latest.topic": {
        EN: "Only episodes on this topic",
        ES: "Solo episodios sobre este tema",
    },
    "cmd.search": {
        EN: "Search the episodes: a ranked list of matches",
        ES: "Busca en los episodios: una lista de resultados por relevancia",
    },
    "opt.search.query": {EN: "Words to look for", ES: "Palabras que buscar"},
    "cmd.about": {
        EN: "What this bot knows: podcasts, episodes, guests, last update",
        ES: "Lo que sabe este bot: pódcasts, episodios, invitados, última actualización",
        ES_419: "Lo que sabe este bot: podcasts, episodios, invitados, última actualización",
    },
    # --- episode embeds --------------------------------------------------------------
    "label.released": {EN: "Released", ES: "Publicado"},
    "label.duration": {EN: "Duration", ES: "Duración"},
    "label.guests": {EN: "Guests", ES: "Invitados"},
    "label.hosts": {EN: "Hosts", ES: "Presentadores"},
    "label.topics": {EN: "Topics", ES: "Temas"},
    "label.moments": {EN: "Moments", ES: "Momentos"},
    "label.chapters": {EN: "Chapters", ES: "Capítulos"},
    "label.more_chapters": {EN: "+{count} more", ES: "+{count} más"},
    "reason.guest": {EN: "Guest", ES: "Invitado"},
    "reason.host": {EN: "Host", ES: "Presentador"},
    "reason.topic": {EN: "Topic", ES: "Tema"},
    "reason.mentions": {EN: "Mentions", ES: "Menciona"},
    "reason.title": {EN: "Title", ES: "Título"},
    "reason.number": {EN: "Episode number", ES: "Número de episodio"},
    "reason.latest": {EN: "Newest episode", ES: "Episodio más reciente"},
    "label.season_number": {
        EN: "Season {season} · Episode {number}",
        ES: "Temporada {season} · Episodio {number}",
    },
    "label.number": {EN: "Episode {number}", ES: "Episodio {number}"},
    "button.listen": {EN: "Listen", ES: "Escuchar"},
    "button.page": {EN: "Episode page", ES: "Página del episodio"},
    "button.previous": {EN: "Previous", ES: "Anterior"},
    "button.next": {EN: "Next", ES: "Siguiente"},
    "select.other": {EN: "Other matches", ES: "Otras coincidencias"},
    "select.open": {EN: "Show one of these episodes", ES: "Ver uno de estos episodios"},
    # --- lists -----------------------------------------------------------------------
    "list.topic": {EN: "Episodes on {topic}", ES: "Episodios sobre {topic}"},
    "list.search": {EN: "Results for “{query}”", ES: "Resultados para «{query}»"},
    "list.episodes.one": {EN: "{count} episode", ES: "{count} episodio"},
    "list.episodes.other": {EN: "{count} episodes", ES: "{count} episodios"},
    "list.newest_first": {EN: "newest first", ES: "los más recientes primero"},
    "list.footer": {EN: "Page {page} of {pages}", ES: "Página {page} de {pages}"},
    "list.episode_page": {EN: "Episode page", ES: "Página del episodio"},
    # --- messages --------------------------------------------------------------------
    "ask.none": {
        EN: "I couldn't find an episode for “{question}”.",
        ES: "No encontré ningún episodio para «{question}».",
    },
    "episode.none": {
        EN: "No episode matches “{title}”.",
        ES: "Ningún episodio coincide con «{title}».",
    },
    "guest.none": {
        EN: "I don't know a guest called “{name}”.",
        ES: "No conozco a ningún invitado llamado «{name}».",
    },
    "topic.none": {
        EN: "There are no episodes on “{topic}” yet.",
        ES: "Todavía no hay episodios sobre «{topic}».",
    },
    "search.none": {
        EN: "Nothing matches “{query}”.",
        ES: "Nada coincide con «{query}».",
    },
    "latest.none": {EN: "There are no episodes yet.", ES: "Todavía no hay episodios."},
    "suggest.both": {
        EN: "Try a guest such as {people}, or a topic such as {topics}.",
        ES: "Prueba con un invitado como {people} o con un tema como {topics}.",
    },
    "suggest.people": {
        EN: "Try a guest such as {people}.",
        ES: "Prueba con un invitado como {people}.",
    },
    "suggest.topics": {
        EN: "Try a topic such as {topics}.",
        ES: "Prueba con un tema como {topics}.",
    },
    "suggest.commands": {
        EN: "`/search` and `/latest` are good places to start.",
        ES: "`/search` y `/latest` son un buen punto de partida.",
    },
    "or": {EN: "or", ES: "o"},
    "expired": {
        EN: "This list has expired: run the command again to get a fresh one.",
        ES: "Esta lista ha caducado: vuelve a usar el comando para obtener una nueva.",
    },
    "error.generic": {
        EN: "Sorry, something went wrong on my side. Please try again in a moment.",
        ES: "Lo siento, algo ha fallado por mi parte. Inténtalo de nuevo en un momento.",
        ES_419: "Lo siento, algo falló de mi lado. Vuelve a intentarlo en un momento.",
    },
    "error.cooldown": {
        EN: "Slow down a little: try again in {seconds} s.",
        ES: "Más despacio: vuelve a intentarlo en {seconds} s.",
    },
    "error.check": {
        EN: "You can't use this command here.",
        ES: "No puedes usar este comando aquí.",
    },
    "error.bad_input": {
        EN: "I couldn't read that option: {detail}",
        ES: "No pude leer esa opción: {detail}",
    },
    # --- /about ----------------------------------------------------------------------
    "about.title": {EN: "About this bot", ES: "Acerca de este bot"},
    "about.description": {
        EN: "I answer questions about podcast episodes: who was on, what was discussed, "
        "what's new. Try `/ask`, `/guest`, `/topic`, `/latest` or `/search`.",
        ES: "Respondo preguntas sobre episodios de pódcast: quién participó, de qué se "
        "habló, qué hay de nuevo. Prueba `/ask`, `/guest`, `/topic`, `/latest` o `/search`.",
        ES_419: "Respondo preguntas sobre episodios de podcast: quién participó, de qué se "
        "habló, qué hay de nuevo. Prueba `/ask`, `/guest`, `/topic`, `/latest` o `/search`.",
    },
    "about.podcasts": {EN: "Podcasts", ES: "Pódcasts", ES_419: "Podcasts"},
    "about.episodes": {EN: "Episodes", ES: "Episodios"},
    "about.guests": {EN: "Guests", ES: "Invitados"},
    "about.updated": {EN: "Last update", ES: "Última actualización"},
    "about.version": {EN: "Version", ES: "Versión"},
    "about.none": {EN: "none yet", ES: "ninguno todavía"},
    "about.never": {EN: "never", ES: "nunca"},
    # --- announcements (/announce) -------------------------------------------------
    "cmd.announce": {
        EN: "New-episode announcements in this server",
        ES: "Anuncios de episodios nuevos en este servidor",
    },
    "cmd.announce.set": {
        EN: "Announce new episodes in a channel, optionally mentioning a role",
        ES: "Anuncia los episodios nuevos en un canal, opcionalmente mencionando un rol",
    },
    "opt.announce.set.channel": {
        EN: "The text, announcement or forum channel to post in",
        ES: "El canal de texto, de anuncios o foro donde publicar",
    },
    "opt.announce.set.thread": {
        EN: "Open a discussion thread on each announcement (forums always make a post)",
        ES: "Abre un hilo de conversación en cada anuncio (un foro siempre crea una publicación)",
    },
    "opt.announce.set.role": {
        EN: "A role to mention in each announcement",
        ES: "Un rol que mencionar en cada anuncio",
    },
    "cmd.announce.stop": {
        EN: "Stop announcing new episodes in this server",
        ES: "Deja de anunciar episodios nuevos en este servidor",
    },
    "cmd.announce.status": {
        EN: "Where announcements go and how each feed is doing",
        ES: "Dónde se publican los anuncios y cómo va cada feed",
    },
    "cmd.announce.test": {
        EN: "Post the latest episode to the announcement channel now, as a test",
        ES: "Publica ahora el último episodio en el canal de anuncios, como prueba",
    },
    "announce.guild_only": {
        EN: "This command only works in a server.",
        ES: "Este comando solo funciona en un servidor.",
    },
    "announce.not_manager": {
        EN: "You need the Manage Server permission to change or test announcements.",
        ES: "Necesitas el permiso Gestionar servidor para cambiar o probar los anuncios.",
    },
    "announce.missing": {
        EN: "I can't announce in {channel}: I need these permissions there: {permissions}.",
        ES: "No puedo anunciar en {channel}: necesito estos permisos en ese canal: {permissions}.",
    },
    "announce.perm.view_channel": {EN: "View Channel", ES: "Ver canal"},
    "announce.perm.send_messages": {EN: "Send Messages", ES: "Enviar mensajes"},
    "announce.perm.embed_links": {EN: "Embed Links", ES: "Insertar enlaces"},
    "announce.perm.create_public_threads": {
        EN: "Create Public Threads",
        ES: "Crear hilos públicos",
    },
    "announce.perm.send_messages_in_threads": {
        EN: "Send Messages in Threads",
        ES: "Enviar mensajes en hilos",
    },
    "announce.perm.create_posts": {EN: "Create Posts", ES: "Crear publicaciones"},
    "announce.everyone": {
        EN: "Pick a role other than @everyone: I never ping the whole server.",
        ES: "Elige un rol distinto de @everyone: nunca menciono a todo el servidor.",
    },
    "announce.set.done": {
        EN: "New episodes will be announced in {channel}.",
        ES: "Los episodios nuevos se anunciarán en {channel}.",
    },
    "announce.set.role": {
        EN: "Each announcement mentions {role}.",
        ES: "Cada anuncio menciona a {role}.",
    },
    "announce.set.forum": {
        EN: "Each episode becomes a post in this forum, with the forum's tags that match its "
        "topics.",
        ES: "Cada episodio será una publicación en este foro, con las etiquetas del foro que "
        "coincidan con sus temas.",
    },
    "announce.set.thread": {
        EN: "Each announcement gets its own discussion thread.",
        ES: "Cada anuncio tendrá su propio hilo de conversación.",
    },
    "announce.set.no_role": {
        EN: "No role is mentioned.",
        ES: "No se menciona a ningún rol.",
    },
    "announce.set.unmentionable": {
        EN: "Note: {role} can't be mentioned by everyone and I lack the Mention All Roles "
        "permission, so its members won't be notified.",
        ES: "Nota: {role} no es mencionable y no tengo el permiso Mencionar todos los roles, "
        "así que sus miembros no recibirán notificación.",
    },
    "announce.set.news": {
        EN: "It's an announcement channel: each announcement is also published to the "
        "servers that follow it.",
        ES: "Es un canal de anuncios: cada anuncio se publica también en los servidores que "
        "lo siguen.",
    },
    "announce.set.resumed": {
        EN: "Announcements were paused ({reason}); they resume now.",
        ES: "Los anuncios estaban en pausa ({reason}); se reanudan ahora.",
    },
    "announce.stop.done": {
        EN: "Announcements stopped: no more new episodes will be posted in this server.",
        ES: "Anuncios detenidos: no se publicarán más episodios nuevos en este servidor.",
    },
    "announce.stop.none": {
        EN: "Announcements were not set up in this server.",
        ES: "Los anuncios no estaban configurados en este servidor.",
    },
    "announce.none": {
        EN: "Announcements are not set up in this server: use `/announce set`.",
        ES: "Los anuncios no están configurados en este servidor: usa `/announce set`.",
    },
    "announce.status.title": {EN: "Announcements", ES: "Anuncios"},
    "announce.status.channel": {EN: "Channel", ES: "Canal"},
    "announce.status.role": {EN: "Role", ES: "Rol"},
    "announce.status.no_role": {EN: "none (no ping)", ES: "ninguno (sin mención)"},
    "announce.status.state": {EN: "State", ES: "Estado"},
    "announce.status.active": {EN: "active since {since}", ES: "activos desde {since}"},
    "announce.status.broken": {
        EN: "⚠️ paused since {since}: {reason}. Fix it, then run `/announce set` again.",
        ES: "⚠️ en pausa desde {since}: {reason}. Corrígelo y vuelve a usar `/announce set`.",
    },
    "announce.status.thread": {
        EN: "A discussion thread is opened on each announcement.",
        ES: "Se abre un hilo de conversación en cada anuncio.",
    },
    "announce.status.sent": {EN: "Episodes announced", ES: "Episodios anunciados"},
    "announce.status.last_check": {
        EN: "Last check: {when} ({result})",
        ES: "Última comprobación: {when} ({result})",
    },
    "announce.status.result.ok": {EN: "read", ES: "leído"},
    "announce.status.result.not_modified": {EN: "unchanged", ES: "sin cambios"},
    "announce.status.result.error": {EN: "failed", ES: "falló"},
    "announce.status.last_new": {
        EN: "Last new episode: {when}",
        ES: "Último episodio nuevo: {when}",
    },
    "announce.status.last_error": {
        EN: "Last error: {error} ({failures} in a row)",
        ES: "Último error: {error} ({failures} seguidos)",
    },
    "announce.status.next_check": {
        EN: "Next check: {when}",
        ES: "Próxima comprobación: {when}",
    },
    "announce.status.never": {EN: "never", ES: "nunca"},
    "announce.status.soon": {EN: "as soon as possible", ES: "lo antes posible"},
    "announce.status.no_feeds": {
        EN: "No feeds are configured (FEED_URLS).",
        ES: "No hay feeds configurados (FEED_URLS).",
    },
    "announce.status.more_feeds": {EN: "…and {count} more", ES: "…y {count} más"},
    "announce.reason.channel_deleted": {
        EN: "the channel was deleted",
        ES: "se eliminó el canal",
    },
    "announce.reason.no_access": {
        EN: "I lost access to the channel",
        ES: "perdí el acceso al canal",
    },
    "announce.reason.missing_permissions": {
        EN: "Discord refused my message: a permission is missing in the channel",
        ES: "Discord rechazó mi mensaje: falta un permiso en el canal",
    },
    "announce.reason.missing": {
        EN: "I lack {permissions} in the channel",
        ES: "me falta {permissions} en el canal",
    },
    "announce.test.marker": {
        EN: "🧪 **Test announcement**: new episodes will be posted like this.",
        ES: "🧪 **Anuncio de prueba**: los episodios nuevos se publicarán así.",
    },
    "announce.test.done": {
        EN: "Test announcement posted in {channel}: {link}",
        ES: "Anuncio de prueba publicado en {channel}: {link}",
    },
    "announce.test.failed": {
        EN: "I couldn't post the test in {channel}: {reason}.",
        ES: "No pude publicar la prueba en {channel}: {reason}.",
    },
}


def lang_for(locale: discord.Locale | str | None) -> str:
    """The language for a Discord locale: ``"es"``, ``"es-419"`` or ``"en"`` (the default)."""
    value = locale.value if isinstance(locale, discord.Locale) else str(locale or "")
    if value == "es-419":
        return ES_419
    if value.startswith("es"):
        return ES
    return EN


def text(key: str, lang: str) -> str:
    """The raw text for ``key`` in ``lang``: es-419 falls back to es, everything to English."""
    entry = TEXTS[key]
    if lang == ES_419:
        return entry.get(ES_419) or entry.get(ES) or entry[EN]
    return entry.get(lang) or entry[EN]


def t(key: str, lang: str, /, **values: Any) -> str:
    """The text for ``key`` in ``lang`` with ``values`` filled in.

    With a ``count`` value and no text under ``key`` itself, ``key.one`` or ``key.other``
    is used.
    """
    if key not in TEXTS and "count" in values:
        key = f"{key}.one" if values["count"] == 1 else f"{key}.other"
    return text(key, lang).format(**values)


def join_or(items: list[str], lang: str) -> str:
    """Join ``items`` as "a, b or c" in ``lang``."""
    if len(items) <= 1:
        return "".join(items)
    return f"{', '.join(items[:-1])} {t('or', lang)} {items[-1]}"


def describe(key: str) -> app_commands.locale_str:
    """A command or option description: English text, with the key the translator uses."""
    return app_commands.locale_str(TEXTS[key][EN], key=key)


_SPANISH_LOCALES = {
    discord.Locale.spain_spanish: ES,
    discord.Locale.latin_american_spanish: ES_419,
}

# Only these are localized; names stay as they are in every language.
_TRANSLATED = {
    app_commands.TranslationContextLocation.command_description,
    app_commands.TranslationContextLocation.group_description,
    app_commands.TranslationContextLocation.parameter_description,
    app_commands.TranslationContextLocation.choice_name,
}


class BotTranslator(app_commands.Translator):
    """Spanish (es-ES, es-419) descriptions for the slash commands; names are never touched."""

    async def translate(
        self,
        string: app_commands.locale_str,
        locale: discord.Locale,
        context: app_commands.TranslationContext[Any, Any],
    ) -> str | None:
        lang = _SPANISH_LOCALES.get(locale)
        if lang is None or context.location not in _TRANSLATED:
            return None
        key = string.extras.get("key")
        if key not in TEXTS:
            return None
        return text(key, lang)


# The community features' texts (issue 13) are kept in their own module, which adds them to
# TEXTS when imported.
import bot.discord.community_texts  # noqa: E402, F401
