# ruff: noqa: F811 - pytest passes the fixtures imported below in by name
"""A podcast asked "with" a name that is also another show's host: the name is a guest.

Sam Harris hosts Making Sense, so his name alone names that podcast; after "Lex Fridman
with" it asks for his interviews on Lex's show, not for the newest episode of both shows.
"""

from __future__ import annotations

from bot.answer import Answerer

# The answerer over all the real feeds, shared with test_answer.
from tests.test_answer import all_db, everything  # noqa: F401


async def test_a_host_after_with_is_a_guest_of_the_named_podcast(everything: Answerer) -> None:
    answer = await everything.ask("lex fridman with sam harris")
    assert answer.intent != "latest"
    titles = [e.title for e in answer.episodes]
    assert titles
    assert all(t.startswith("#") and "Sam Harris" in t for t in titles), titles
    feeds = {e.feed_id for e in answer.episodes}
    assert len(feeds) == 1


async def test_a_host_never_on_the_named_podcast_gets_nothing(everything: Answerer) -> None:
    # Lex Fridman was never a guest of Making Sense.
    answer = await everything.ask("making sense with lex fridman")
    assert answer.episodes == []


async def test_two_podcasts_named_without_with_still_name_both(everything: Answerer) -> None:
    answer = await everything.ask("lex fridman and making sense")
    assert len({e.feed_id for e in answer.episodes}) == 2
