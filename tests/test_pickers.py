"""The names members pick in /announce add and /follow (bot/discord/pickers.py)."""

from __future__ import annotations

import logging
from types import SimpleNamespace

import pytest

from bot.answer import Answerer
from bot.discord.errors import UserError
from bot.discord.pickers import (
    guest_choices,
    guest_named,
    podcast_choices,
    podcast_named,
    topic_choices,
    topic_named,
)
from bot.ingest import ensure_bundled
from bot.store import Store


class _Broken:
    def __getattr__(self, name: str) -> object:
        def fail(*args: object, **kwargs: object) -> object:
            raise RuntimeError("the index went away")

        return fail


@pytest.fixture
async def bot(tmp_path):
    store = await Store.open(tmp_path / "bot.db")
    await ensure_bundled(store)
    answerer = await Answerer.create(store)
    yield SimpleNamespace(store=store, answerer=answerer)
    await store.close()


async def test_names_resolve_to_keys_and_unknown_names_raise_the_commands_own_error(bot):
    assert topic_named(bot, "venezuela", "follow.unknown") == "Venezuela"
    [feed] = await bot.store.feeds()
    assert await podcast_named(bot, str(feed.id), "announce.add.unknown_podcast") == feed.id
    typed = feed.title.upper()  # a title typed by hand, in any case
    assert await podcast_named(bot, typed, "announce.add.unknown_podcast") == feed.id
    with pytest.raises(UserError) as raised:
        guest_named(bot, "Nobody Atlantis-Smith", "announce.add.unknown_guest")
    assert raised.value.key == "announce.add.unknown_guest"
    with pytest.raises(UserError) as raised:
        await podcast_named(bot, "x" * 500, "follow.unknown")
    assert raised.value.key == "follow.unknown"
    assert len(raised.value.values["value"]) == 100  # what is echoed back stays short


async def test_choices_come_from_the_archive(bot):
    assert any(c.value == "Venezuela" for c in topic_choices(bot, "venez"))
    podcasts = await podcast_choices(bot, "")
    assert [c.value for c in podcasts] == [str(f.id) for f in await bot.store.feeds()]
    guests = guest_choices(bot, "a")
    assert guests and all(len(c.name) <= 100 and c.value for c in guests)


async def test_a_failing_source_gives_no_choices_and_logs_it(bot, caplog):
    broken = SimpleNamespace(store=_Broken(), answerer=_Broken())
    with caplog.at_level(logging.ERROR, logger="bot.discord.pickers"):
        assert guest_choices(broken, "ruth") == []
        assert topic_choices(broken, "ven") == []
        assert await podcast_choices(broken, "wola") == []
    assert [r.getMessage() for r in caplog.records] == [
        "guest autocomplete failed",
        "topic autocomplete failed",
        "podcast autocomplete failed",
    ]
