# ruff: noqa: F811 - pytest passes the fixtures imported below in by name
"""Issue 11, round 20 (tuned on fresh17 and the earlier sets after its measurement).

Each test states a rule a maintainer would write without seeing any labelled question, and
checks it with questions written for the test (never copied from a question set).
"""

from __future__ import annotations

from pathlib import Path

from bot.answer import Answerer, _is_role, _spoken, _without_once
from bot.feeds import parse_feed
from bot.ingest import ingest_source
from bot.scope import question_number
from bot.store import Store

# The answerer over all the real feeds, shared with test_answer.
from tests.test_answer import all_db, everything  # noqa: F401


def _feed(items: str) -> bytes:
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd">
<channel><title>Typed Cast</title><link>https://example.org/</link>
{items}
</channel></rss>""".encode()


_TYPED = "".join(
    f"<item><title>{title}</title><guid>g{n}</guid>"
    f"<pubDate>Mon, 0{n} Jan 2024 10:00:00 GMT</pubDate>{tag}"
    "<description>Notes of the episode.</description></item>"
    for n, (title, tag) in enumerate(
        [
            ("Welcome to Typed Cast", "<itunes:episodeType>trailer</itunes:episodeType>"),
            ("A bonus chat", "<itunes:episodeType>Bonus</itunes:episodeType>"),
            ("Episode one", "<itunes:episodeType>full</itunes:episodeType>"),
            ("Episode two", "<itunes:episodeType>sneak peek</itunes:episodeType>"),
            ("Episode three", ""),
        ],
        start=1,
    )
)


def test_the_feeds_episode_type_is_kept_when_it_is_no_full_episode() -> None:
    episodes = parse_feed(_feed(_TYPED)).episodes
    assert [e.episode_type for e in episodes] == ["trailer", "bonus", None, None, None]
    # A full episode's digest is the one it had before the type was read: upgrading
    # changes nothing of it.
    full = episodes[2]
    assert (
        full.content_hash()
        == parse_feed(_feed(_TYPED.replace("full", ""))).episodes[2].content_hash()
    )


async def test_trailers_are_stored_and_found_again_after_an_upgrade(
    store: Store, tmp_path: Path
) -> None:
    feed = tmp_path / "typed.xml"
    feed.write_bytes(_feed(_TYPED))
    result = await ingest_source(store, str(feed))
    assert result.ok and result.added == 5
    assert [e.title for e in await store.episodes_by_ids(await store.typed_ids("trailer"))] == [
        "Welcome to Typed Cast"
    ]
    assert len(await store.typed_ids("bonus")) == 1
    # A database written before the type was kept: the next ingest fills it in.
    await store.conn.execute("UPDATE episodes SET episode_type = NULL, content_hash = 'old'")
    await store.conn.execute("UPDATE episodes SET item_hash = ''")
    await store.conn.execute("UPDATE feeds SET content_hash = NULL")
    await store.conn.commit()
    assert await store.typed_ids("trailer") == []
    await ingest_source(store, str(feed))
    assert len(await store.typed_ids("trailer")) == 1


async def test_a_podcasts_trailer_is_the_one_its_feed_calls_so(everything: Answerer) -> None:
    # Making Sense, JS Party and Go Time mark their trailers; the word "trailer" is in
    # few of those notes.
    cases = {
        "is there a trailer for making sense": "Making Sense with Sam Harris",
        "js party teaser": "This is JS Party!",
        "qual é o trailer do go time?": "It is Go Time!",
        "how i built this trailer from 2016": "Coming Soon: How I Built This",
    }
    for question, title in cases.items():
        answer = await everything.ask(question)
        assert answer.episodes, question
        assert answer.episodes[0].title == title, question


async def test_numbered_asks_for_an_episodes_number(everything: Answerer) -> None:
    assert question_number("the bombcast numbered 528") is not None
    answer = await everything.ask("the bombcast numbered 528")
    assert answer.episodes and answer.episodes[0].title == "Giant Bombcast 528: Boy!"


def test_a_podcasts_name_said_again_is_asked_about() -> None:
    words = ["js", "party", "websites", "js"]
    assert _without_once(words, {"js", "party"}, set()) == ["websites", "js"]
    # A word nearly every episode of the podcast holds says nothing, however often said.
    assert _without_once(["go", "testing", "go"], {"go"}, {"go"}) == ["testing"]


async def test_the_repeated_name_word_finds_the_episode(everything: Answerer) -> None:
    # The second "js" is asked about: the title that says "JS frameworks" comes first.
    answer = await everything.ask("js party where they debate js frameworks")
    assert answer.episodes and answer.episodes[0].title == "The rise & fall of JS frameworks"


async def test_a_spanish_verb_for_what_the_episode_does_need_not_be_found(
    everything: Answerer,
) -> None:
    # "opinando", "explicando": the asker's words for what the episode does, as "going
    # over" is in English; an English podcast's notes cannot hold them.
    assert all(_is_role(w) for w in ("opinando", "explicando", "falando", "comentando"))
    # So are the words for a mention ("brings up", "cita").
    assert all(_is_role(w) for w in ("brings", "mentions", "cita", "menciona"))
    plain = await everything.ask("js party sobre deno")
    assert plain.episodes and "Deno" in plain.episodes[0].title
    answer = await everything.ask("js party opinando sobre deno")
    assert answer.episodes and answer.episodes[0].id == plain.episodes[0].id


def test_everyday_spanish_is_told_from_english() -> None:
    # Such a word, asked of a podcast in English, weighs no more than the lightest word
    # its notes can hold.
    assert _spoken("critica") and _spoken("nueva")
    assert not _spoken("deno") and not _spoken("science") and not _spoken("video")


def test_a_word_no_speech_uses_is_a_slip_of_a_like_sound() -> None:
    from bot.index import _Vocabulary

    vocab = _Vocabulary({"borges": 3, "runs": 50, "rubes": 1, "switch": 40}, strict=True)
    # "borjes" is no word of everyday speech: "j" for "g" is a slip of the ear.
    assert vocab.candidates("borjes") == ["borges"]
    # A letter added keeps the strict rule; a word speech uses is not respelt.
    assert "runs" not in vocab.candidates("runes")
    assert vocab.candidates("snitch") == []


async def test_a_misspelt_surname_finds_its_guest(everything: Answerer) -> None:
    # Their names are in the notes only (no person was found in them).
    cases = {
        "quevado nats": "Distributed Messaging and Network Clients",
        "renato mefe kafka": "Tudo sobre Kafka – Hipsters On The Road #14",
    }
    for question, title in cases.items():
        answer = await everything.ask(question)
        assert answer.episodes, question
        assert answer.episodes[0].title == title, question


async def test_a_title_said_word_for_word_is_found_however_common_its_words(
    everything: Answerer,
) -> None:
    # Every word of this Go Time title is in hundreds of episodes: the search's candidates
    # need not hold it, the titles do.
    answer = await everything.ask("It's time to talk about testing")
    assert answer.episodes and answer.episodes[0].title == "It's time to talk about testing"


async def test_of_a_regulars_episodes_those_whose_notes_name_them_soonest_first(
    everything: Answerer,
) -> None:
    # Peter Bourgon is on several Go Time panels; the notes that open with him are the
    # show he was the guest of.
    answer = await everything.ask("episodes with peter bourgon")
    assert answer.intent == "guest"
    assert answer.episodes[0].title == "Go Kit, Dependency Management, Microservices"
    # A title that names someone still comes first.
    named = await everything.ask("kelsey hightower on go time")
    assert named.episodes[0].title == "Cloudy with a chance of Kelsey Hightower"


async def test_words_for_publishing_tell_when_not_what(everything: Answerer) -> None:
    # "they put out", "posted", "released": how an episode came out, never its subject.
    assert all(_is_role(w) for w in ("put", "posted", "released", "dropped"))
    answer = await everything.ask("the last taverncast vip they posted")
    assert answer.intent == "latest"
    assert answer.episodes and answer.episodes[0].title.startswith("Taverncast VIP")


async def test_the_weekday_one_is_a_day_not_initials(everything: Answerer) -> None:
    # "the friday one": a day of the week, never "f1" (a title initialism here).
    answer = await everything.ask(
        "langsam gesprochene nachrichten, the friday one from february 25"
    )
    assert answer.episodes
    assert answer.episodes[0].title == "25.02.2022 – Langsam gesprochene Nachrichten"


async def test_the_first_episode_of_a_podcast_is_its_oldest(everything: Answerer) -> None:
    for question, title in {
        "oldest lex episode": "Max Tegmark: Life 3.0",
        "the very first hipsters": "Tecnologias no Nubank – Hipsters #01",
        "el episodio más antiguo de pasajes": "Pasajes de la historia: Asdrúbal y Cartago",
    }.items():
        answer = await everything.ask(question)
        assert answer.episodes, question
        assert answer.episodes[0].title.startswith(title), question
    # Of no podcast in particular: the archive's oldest.
    oldest = await everything.ask("what was the first episode?")
    assert oldest.episodes[0].title == "Taverncast 1: Welcome to the Bar"
    # "first" beside other words is no such question.
    other = await everything.ask("go time on the first decade with go")
    assert other.episodes and other.episodes[0].title == "Our first decade with Go"


def test_game_of_the_year_is_a_saying() -> None:
    from bot.lexicon import english_sayings

    assert english_sayings("o jogo do ano de 2012") == "o game of the year de 2012"
    assert english_sayings("el juego del ano") == "el game of the year"
