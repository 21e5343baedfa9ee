"""Thread and forum-post policy without Discord (issue 13, deliverable 1), and the loopback
Discord refusing thread payloads the way Discord does."""

from __future__ import annotations

import aiohttp

from bot.announce import THREAD_NAME_CHARS, matching_tags, thread_name
from tests.discord_fake import FakeChannel, FakeDiscord, FakeGuild, forum_channel


def test_thread_names_are_one_line_within_discords_limit_and_never_empty() -> None:
    assert thread_name("  Venezuela\nafter   the vote ") == "Venezuela after the vote"
    long = thread_name("word " * 60)
    assert len(long) == THREAD_NAME_CHARS and long.endswith("…")
    assert thread_name("   ") == "Episode"


def test_tags_match_topics_ignoring_case_and_accents_at_most_five() -> None:
    tags = [(1, "México"), (2, "Music"), (3, "Venezuela")]
    assert matching_tags(tags, ["venezuela", "mexico"]) == [1, 3]  # the forum's order
    assert matching_tags(tags, ["Economy"]) == []
    many = [(i, f"t{i}") for i in range(8)]
    assert matching_tags(many, [f"T{i}" for i in range(8)]) == [0, 1, 2, 3, 4]


async def test_the_fake_refuses_bad_forum_posts_and_second_threads() -> None:
    text = FakeChannel(name="episodes")
    forum = forum_channel("talk", ["Music"])
    async with FakeDiscord(guilds=[FakeGuild(channels=[text, forum])]) as fake:
        base = fake.rest_base
        async with aiohttp.ClientSession() as http:
            # A forum post needs its first message, and only the forum's own tags.
            async with http.post(f"{base}/channels/{forum.id}/threads", json={"name": "x"}) as r:
                assert r.status == 400 and (await r.json())["code"] == 50035
            body = {"name": "x", "message": {"content": "hi"}, "applied_tags": ["123"]}
            async with http.post(f"{base}/channels/{forum.id}/threads", json=body) as r:
                assert r.status == 400 and "applied_tags" in (await r.json())["errors"]
            body["applied_tags"] = [forum.extra["available_tags"][0]["id"]]
            async with http.post(f"{base}/channels/{forum.id}/threads", json=body) as r:
                post = await r.json()
                assert r.status == 200 and post["message"]["id"] == post["id"]
            # Plain messages in a text channel; one thread per message.
            async with http.post(
                f"{base}/channels/{text.id}/messages", json={"content": "episode"}
            ) as r:
                message = await r.json()
            url = f"{base}/channels/{text.id}/messages/{message['id']}/threads"
            async with http.post(url, json={"name": "talk"}) as r:
                assert r.status == 200 and (await r.json())["id"] == message["id"]
            async with http.post(url, json={"name": "talk"}) as r:
                assert r.status == 400 and (await r.json())["code"] == 160004
            async with http.get(f"{base}/guilds/{fake.guilds[0].id}/threads/active") as r:
                assert len((await r.json())["threads"]) == 2
