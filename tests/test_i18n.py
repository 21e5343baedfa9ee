"""The bot's words in English and Spanish, and the translator for command descriptions."""

from __future__ import annotations

import string
from typing import Any

import discord
import pytest
from discord import app_commands

from bot.discord.i18n import (
    EN,
    ES,
    ES_419,
    TEXTS,
    BotTranslator,
    describe,
    join_or,
    lang_for,
    t,
    text,
)

Location = app_commands.TranslationContextLocation


def placeholders(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


@pytest.mark.parametrize("key", sorted(TEXTS))
def test_every_text_has_english_and_spanish_with_the_same_placeholders(key: str) -> None:
    entry = TEXTS[key]
    assert set(entry) <= {EN, ES, ES_419} and EN in entry and ES in entry
    assert {lang: placeholders(v) for lang, v in entry.items()} == {
        lang: placeholders(entry[EN]) for lang in entry
    }


@pytest.mark.parametrize("key", sorted(k for k in TEXTS if k.startswith(("cmd.", "opt."))))
def test_command_descriptions_fit_discord_s_100_characters(key: str) -> None:
    for lang in (EN, ES, ES_419):
        assert 1 <= len(text(key, lang)) <= 100


@pytest.mark.parametrize(
    ("locale", "lang"),
    [
        (discord.Locale.spain_spanish, ES),
        (discord.Locale.latin_american_spanish, ES_419),
        ("es-ES", ES),
        ("es-419", ES_419),
        (discord.Locale.american_english, EN),
        (discord.Locale.french, EN),
        (None, EN),
    ],
)
def test_locale_picks_the_language(locale: Any, lang: str) -> None:
    assert lang_for(locale) == lang


def test_plurals_fallbacks_and_lists() -> None:
    assert t("list.episodes", EN, count=1) == "1 episode"
    assert t("list.episodes", ES, count=3) == "3 episodios"
    assert text("label.guests", ES_419) == "Invitados"  # es-419 falls back to es
    assert text("about.podcasts", ES) == "Pódcasts" and text("about.podcasts", ES_419) == "Podcasts"
    assert join_or(["a", "b", "c"], EN) == "a, b or c"
    assert join_or(["a", "b"], ES) == "a o b"
    assert join_or(["a"], ES) == "a"


def context(location: Location) -> app_commands.TranslationContext[Any, Any]:
    return app_commands.TranslationContext(location, None)


async def test_translator_localizes_descriptions_only() -> None:
    translator = BotTranslator()
    desc = describe("cmd.guest")
    assert desc.message == TEXTS["cmd.guest"][EN]
    spanish = await translator.translate(
        desc, discord.Locale.spain_spanish, context(Location.command_description)
    )
    assert spanish == TEXTS["cmd.guest"][ES]
    latam = await translator.translate(
        describe("cmd.ask"),
        discord.Locale.latin_american_spanish,
        context(Location.command_description),
    )
    assert latam == TEXTS["cmd.ask"][ES_419]
    # Names are the contract; other languages keep Discord's default (English).
    name = app_commands.locale_str("guest", key="cmd.guest")
    for location in (Location.command_name, Location.parameter_name):
        assert (
            await translator.translate(name, discord.Locale.spain_spanish, context(location))
            is None
        )
    assert (
        await translator.translate(
            desc, discord.Locale.french, context(Location.command_description)
        )
        is None
    )
    unknown = app_commands.locale_str("no key")
    assert (
        await translator.translate(
            unknown, discord.Locale.spain_spanish, context(Location.parameter_description)
        )
        is None
    )
