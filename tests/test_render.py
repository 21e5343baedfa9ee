"""Rendering: every text is cut to Discord's limits, links are checked, markdown escaped."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import discord
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.discord import render
from bot.discord.render import (
    AUTHOR_NAME,
    BUTTON_URL,
    CHOICE_NAME,
    CHOICE_VALUE,
    EMBED_DESCRIPTION,
    EMBED_FIELDS,
    EMBED_TITLE,
    EMBED_TOTAL,
    FIELD_NAME,
    FIELD_VALUE,
    FOOTER_TEXT,
    OPTION_DESCRIPTION,
    OPTION_LABEL,
    Stats,
    about_embed,
    choice,
    discord_date,
    episode_embed,
    fit_embed,
    format_duration,
    link_buttons,
    list_embed,
    select_option,
    web_url,
)
from bot.store import Episode, EpisodePerson


def make_episode(**overrides: Any) -> Episode:
    values: dict[str, Any] = {
        "id": 7,
        "feed_id": 1,
        "feed_title": "The Show",
        "key": "k7",
        "guid": "g7",
        "title": "Seven",
        "published": datetime(2024, 5, 6, 7, 8, tzinfo=UTC),
        "sort_ts": 0.0,
        "summary": "A summary. With two sentences.",
        "description": "A longer description.",
        "link": "https://show.example/7",
        "audio_url": "https://cdn.show.example/7.mp3",
        "duration": 3723,
        "image": "https://show.example/7.png",
        "season": None,
        "number": 7,
        "language": "en",
        "position": 0,
        "feed_link": "https://show.example/",
        "feed_image": "https://show.example/art.png",
        "people": [EpisodePerson("Ana Torres", "guest"), EpisodePerson("Host", "host")],
        "topics": ["Bridges", "Engineering"],
    }
    values.update(overrides)
    return Episode(**values)


def total_length(embed: discord.Embed) -> int:
    return len(embed)  # discord.py counts exactly what Discord counts


def assert_within_limits(embed: discord.Embed) -> None:
    assert len(embed.title or "") <= EMBED_TITLE
    assert len(embed.description or "") <= EMBED_DESCRIPTION
    assert len(embed.fields) <= EMBED_FIELDS
    for f in embed.fields:
        assert 0 < len(f.name or "") <= FIELD_NAME
        assert 0 < len(f.value or "") <= FIELD_VALUE
    assert len(embed.footer.text or "") <= FOOTER_TEXT
    assert len(embed.author.name or "") <= AUTHOR_NAME
    assert total_length(embed) <= EMBED_TOTAL


# --- fit_embed at and past each limit ------------------------------------------------------


def test_text_exactly_at_each_limit_is_kept_whole() -> None:
    embed = discord.Embed(title="t" * EMBED_TITLE, description="d" * 2000)
    embed.add_field(name="n" * FIELD_NAME, value="v" * FIELD_VALUE)
    embed.set_footer(text="f" * 1000)
    embed.set_author(name="a" * AUTHOR_NAME)
    fit_embed(embed)
    assert embed.title == "t" * EMBED_TITLE
    assert embed.fields[0].name == "n" * FIELD_NAME
    assert embed.fields[0].value == "v" * FIELD_VALUE
    assert embed.author.name == "a" * AUTHOR_NAME
    assert embed.footer.text == "f" * 1000
    assert total_length(embed) <= EMBED_TOTAL


def test_text_one_past_each_limit_is_cut_with_an_ellipsis() -> None:
    embed = discord.Embed(title="t" * (EMBED_TITLE + 1), description="d" * (EMBED_DESCRIPTION + 1))
    embed.add_field(name="n" * (FIELD_NAME + 1), value="v" * (FIELD_VALUE + 1))
    embed.set_footer(text="f" * (FOOTER_TEXT + 1))
    embed.set_author(name="a" * (AUTHOR_NAME + 1))
    fit_embed(embed)
    assert embed.title is not None and len(embed.title) == EMBED_TITLE
    assert embed.title.endswith("…")
    assert embed.fields[0].name is not None and embed.fields[0].name.endswith("…")
    assert embed.author.name is not None and len(embed.author.name) == AUTHOR_NAME
    assert_within_limits(embed)


def test_more_than_25_fields_keeps_the_first_25() -> None:
    embed = discord.Embed(title="many")
    for i in range(40):
        embed.add_field(name=f"field {i}", value="x")
    fit_embed(embed)
    assert [f.name for f in embed.fields] == [f"field {i}" for i in range(EMBED_FIELDS)]


def test_the_6000_total_shortens_the_description_first() -> None:
    embed = discord.Embed(title="t", description="Sentence here. " * 270)  # 4050 characters
    for i in range(5):
        embed.add_field(name=f"f{i}", value="v" * 1000)
    fit_embed(embed)
    assert total_length(embed) <= EMBED_TOTAL
    assert [len(f.value or "") for f in embed.fields] == [1000] * 5
    assert embed.description is not None and embed.description.endswith(".")


def test_empty_field_names_and_values_are_replaced() -> None:
    embed = discord.Embed()
    embed.add_field(name="", value="")
    fit_embed(embed)
    assert embed.fields[0].name == render.BLANK and embed.fields[0].value == render.BLANK


@settings(max_examples=60, deadline=None)
@given(
    title=st.text(max_size=400),
    description=st.text(max_size=5000),
    fields=st.lists(st.tuples(st.text(max_size=300), st.text(max_size=1500)), max_size=30),
    footer=st.text(max_size=2500),
    author=st.text(max_size=300),
)
def test_any_embed_fits_after_fit_embed(
    title: str, description: str, fields: list[tuple[str, str]], footer: str, author: str
) -> None:
    embed = discord.Embed(title=title or None, description=description or None)
    for name, value in fields:
        embed.add_field(name=name, value=value)
    if footer:
        embed.set_footer(text=footer)
    if author:
        embed.set_author(name=author)
    assert_within_limits(fit_embed(embed))


# --- episodes ------------------------------------------------------------------------------


def test_episode_embed_shows_every_part() -> None:
    ep = make_episode()
    embed = episode_embed(ep, "en")
    assert embed.title == "Seven" and embed.url == ep.link
    assert embed.description == ep.summary
    assert embed.author.name == "The Show" and embed.author.icon_url == ep.feed_image
    assert embed.thumbnail.url == ep.image
    assert embed.footer.text == "Episode 7"
    assert {f.name: f.value for f in embed.fields} == {
        "Released": f"<t:{int(ep.published.timestamp())}:D>",  # type: ignore[union-attr]
        "Duration": "1 h 02 min",
        "Guests": "Ana Torres",
        "Topics": "Bridges, Engineering",
    }


def test_episode_without_optional_data_has_no_empty_parts() -> None:
    ep = make_episode(
        published=None,
        duration=None,
        people=[],
        topics=[],
        link=None,
        audio_url=None,
        image=None,
        feed_image=None,
        number=None,
        summary="",
        description="",
    )
    embed = episode_embed(ep, "en")
    assert embed.fields == [] and embed.url is None and embed.description is None
    assert not embed.thumbnail and not embed.footer.text
    assert link_buttons(ep, "en") == []


def test_feed_markdown_is_escaped_and_limits_hold_for_huge_text() -> None:
    ep = make_episode(
        title="**Bold** _claim_ " + "x" * 10_000,
        summary="Some *stars* and `code`. " * 1000,
        people=[EpisodePerson("N" * 2000, "guest") for _ in range(50)],
        topics=[f"T{i} " * 100 for i in range(50)],
        feed_title="P" * 1000,
    )
    embed = episode_embed(ep, "en")
    assert embed.title is not None and embed.title.startswith(r"\*\*Bold\*\* \_claim\_")
    assert embed.description is not None and r"\*stars\*" in embed.description
    assert_within_limits(embed)


def test_only_real_web_links_become_urls_and_buttons() -> None:
    assert web_url("https://a.example/x") == "https://a.example/x"
    for bad in (None, "", "javascript:alert(1)", "ftp://a.example/x", "https://", "http://a b"):
        assert web_url(bad) is None
    assert web_url("https://a.example/" + "p" * 3000) is None
    ep = make_episode(audio_url="https://a.example/" + "a" * BUTTON_URL, link="mailto:x@y")
    assert link_buttons(ep, "en") == []
    labels = [b.label for b in link_buttons(make_episode(), "es")]
    assert labels == ["Escuchar", "Página del episodio"]


def test_choices_and_select_options_fit() -> None:
    c = choice("Title\nwith a line break " + "y" * 300, "9" * 300)
    assert len(c.name) <= CHOICE_NAME and "\n" not in c.name and c.name.endswith("…")
    assert len(c.value) == CHOICE_VALUE
    option = select_option(make_episode(title="z" * 500, feed_title="f" * 500), default=True)
    assert len(option.label) <= OPTION_LABEL and option.value == "7" and option.default
    assert option.description is not None and len(option.description) <= OPTION_DESCRIPTION


def test_durations_and_dates() -> None:
    assert format_duration(None) is None and format_duration(0) is None
    assert format_duration(45) == "45 s"
    assert format_duration(42 * 60 + 10) == "42 min"
    assert format_duration(3723) == "1 h 02 min"
    assert discord_date(datetime(2024, 1, 1, tzinfo=UTC)) == "<t:1704067200:D>"
    assert discord_date(None) is None


def test_list_and_about_pages() -> None:
    episodes = [make_episode(id=i, title=f"Episode {i}") for i in range(1, 6)]
    embed = list_embed(
        "Ana Torres", "5 episodes", episodes, page=1, pages=3, first_number=6, lang="en"
    )
    assert [f.name for f in embed.fields] == [f"{n}. Episode {n - 5}" for n in range(6, 11)]
    assert embed.footer.text == "Page 2 of 3"
    assert "[Episode page](https://show.example/7)" in (embed.fields[0].value or "")
    stats = Stats(podcasts=[("The Show", 12)], episodes=12, guests=3, updated=None, version="1")
    about = about_embed(stats, "es")
    assert about.title == "Acerca de este bot"
    assert {f.name: f.value for f in about.fields}["Última actualización"] == "nunca"
