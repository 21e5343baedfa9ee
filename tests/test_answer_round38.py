"""Issue 11, round 38: the newest asked for in more ways, and the one before it.

Each test states a rule a maintainer would write without seeing any labelled question, and
checks it with questions and feeds written for the test (never copied from a question set).
"""

from __future__ import annotations

from pathlib import Path

from bot.answer import HELP_MESSAGE, Answerer
from bot.ingest import ingest_source
from bot.store import Store
from tests.test_answer_round27 import _feed

# Newest first, a day apart; no title or notes hold a word of the questions.
_LANTERN = [
    ("Episode 40: Night Ferries", "Crossing the strait after dark with the crew."),
    ("Episode 39: Salt Roads", "Caravans, markets and the price of salt."),
    ("Episode 38: Paper Kites", "Folding, gluing and flying them over dunes."),
    ("Episode 37: Clockmakers", "Springs, gears and a workshop in the hills."),
]
_MORTAR = [
    ("Bricks and mortar", "A mason on lime, sand and patience."),
    ("Roof tiles", "Clay, kilns and the colour of old towns."),
]


async def _answerer(store: Store, tmp_path: Path) -> Answerer:
    await _feed(store, tmp_path, "Lantern Hour", _LANTERN)
    await _feed(store, tmp_path, "Mortar Talk", _MORTAR)
    return await Answerer.create(store)


async def _first(answerer: Answerer, question: str) -> tuple[str, str | None]:
    answer = await answerer.ask(question)
    return answer.intent, answer.episodes[0].title if answer.episodes else None


async def test_the_one_before_the_newest_steps_over_the_newest(
    store: Store, tmp_path: Path
) -> None:
    answerer = await _answerer(store, tmp_path)
    for question, title in (
        ("the second newest lantern hour", "Episode 39: Salt Roads"),
        ("2nd latest lantern hour episode", "Episode 39: Salt Roads"),
        ("the one before the latest lantern hour", "Episode 39: Salt Roads"),
        ("penultimate lantern hour ep", "Episode 39: Salt Roads"),
        ("el penúltimo episodio de lantern hour", "Episode 39: Salt Roads"),
        # An ordinal before "newest" counts the newest: it is no episode number.
        ("third newest lantern hour", "Episode 38: Paper Kites"),
        ("the second to last episode of mortar talk", "Roof tiles"),
    ):
        assert await _first(answerer, question) == ("latest", title), question
    # Without the ordinal, the newest itself.
    assert await _first(answerer, "newest lantern hour") == (
        "latest",
        "Episode 40: Night Ferries",
    )


async def test_more_ways_of_asking_for_the_newest(store: Store, tmp_path: Path) -> None:
    answerer = await _answerer(store, tmp_path)
    for question in (
        "whats the freshest lantern hour",
        "what was the last thing lantern hour released",
        "any new lantern hour eps",
        "did lantern hour drop something today",
        "the latest two episodes of lantern hour",
    ):
        assert await _first(answerer, question) == (
            "latest",
            "Episode 40: Night Ferries",
        ), question


async def test_a_reaction_to_the_show_gets_the_help_and_praise_is_no_subject(
    store: Store, tmp_path: Path
) -> None:
    await _feed(
        store,
        tmp_path,
        "Lantern Hour",
        [
            ("Great Lakes shipping", "Freighters, locks and the winter season."),
            ("Looking forward", "Planning the next decade of the harbour."),
            ("Night ferries", "Crossing the strait after dark with the crew."),
        ],
    )
    answerer = await Answerer.create(store)
    # Said to the show, asking nothing: the help, not an episode with a word of it.
    for question in (
        "great episode this week!",
        "looking forward to the next one",
        "any suggestions?",
        "me encantó el episodio de hoy",
        "adorei o episódio",
    ):
        answer = await answerer.ask(question)
        assert (answer.intent, answer.episodes) == ("none", []), question
        assert answer.message == HELP_MESSAGE, question
    # With a subject, the praise is dropped and the subject asked about.
    assert await _first(answerer, "great episode on ferries after dark") == (
        "episode",
        "Night ferries",
    )


async def test_new_and_recent_said_of_a_podcast_ask_for_its_newest(
    store: Store, tmp_path: Path
) -> None:
    answerer = await _answerer(store, tmp_path)
    for question in (
        "has lantern hour posted lately",
        "what came out this week on lantern hour",
        "last week's lantern hour",
        "yesterday's lantern hour",
        "the new lantern hour episode",
        "new lantern hour ep?",
        "the current episode of lantern hour",
        "el más nuevo de lantern hour",
        "¿qué hay de nuevo en lantern hour?",
        "o que saiu de novo no lantern hour",
    ):
        assert await _first(answerer, question) == (
            "latest",
            "Episode 40: Night Ferries",
        ), question
    # "new" beside a subject is the subject's word: no newest without a cue.
    assert await _first(answerer, "the new crew of the night ferries") == (
        "episode",
        "Episode 40: Night Ferries",
    )


async def test_a_number_in_the_episode_links_numbers_a_podcast_that_writes_none(
    store: Store, tmp_path: Path
) -> None:
    # Its site numbers the episodes ("/gotime/279"), the feed and titles do not; one
    # bonus episode has a page of its own.
    harbor = ["Bonus: the crew answers", "Tugboats at dawn", "Cargo and cranes"]
    harbor += ["Lighthouse lenses", "Pilots of the channel"]
    await _feed(
        store,
        tmp_path,
        "Harbor Time",
        [(title, f"Notes of {title}.") for title in harbor],
        links=[
            "https://example.org/harbor/bonus-crew",
            "https://example.org/harbor/12/",
            "https://example.org/harbor/11",
            "https://example.org/harbor/10",
            "https://example.org/harbor/9",
        ],
    )
    # Post ids of a blog: far apart, no count of its episodes.
    await _feed(
        store,
        tmp_path,
        "Dune Radio",
        [("Sand seas", "Dunes."), ("Camel trains", "Caravans."), ("Oasis towns", "Wells.")],
        links=[f"https://example.org/dune/{post}" for post in (48213, 47002, 45120)],
    )
    # A title that writes its number: that one first when no podcast is named.
    await _feed(store, tmp_path, "Mortar Talk", [("Episode 11: Roof tiles", "Clay.")])
    answerer = await Answerer.create(store)
    for question, title in (
        ("harbor time episode 11", "Cargo and cranes"),
        ("harbor time #9", "Pilots of the channel"),
        ("episode 11", "Episode 11: Roof tiles"),
    ):
        assert await _first(answerer, question) == ("episode", title), question
    assert (await answerer.ask("episode 11", limit=3)).episodes[1].title == ("Cargo and cranes")
    # Dune Radio's post ids number nothing.
    answer = await answerer.ask("dune radio episode 47002")
    assert "Camel trains" not in [e.title for e in answer.episodes]


async def test_who_hosts_a_podcast_is_its_host(store: Store, tmp_path: Path) -> None:
    await _feed(
        store,
        tmp_path,
        "Harbor Time",
        [
            ("Tugboats", "Ada Brook speaks with Tom Vale, a tugboat captain, on tides."),
            ("Cranes", "Ada Brook speaks with Rita Holm, a crane operator, on cargo."),
            ("Pilots", "Ada Brook speaks with Omar Said, a harbour pilot, on fog."),
        ],
    )
    # Its author is a person, named as host in none of its notes.
    path = tmp_path / "dune.xml"
    path.write_text(
        '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" '
        'xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd"><channel>'
        "<title>Dune Radio</title><itunes:author>Lena Park</itunes:author>"
        "<item><title>Sand seas</title><guid>d1</guid>"
        "<pubDate>Thu, 01 Jun 2000 10:00:00 GMT</pubDate>"
        "<description>Dunes that sing.</description></item></channel></rss>"
    )
    assert (await ingest_source(store, str(path))).ok
    answerer = await Answerer.create(store)
    for question, host in (
        ("who hosts harbor time?", "Ada Brook"),
        ("who is the host of harbor time", "Ada Brook"),
        ("¿quién presenta harbor time?", "Ada Brook"),
        ("quem apresenta o harbor time?", "Ada Brook"),
        ("who hosts dune radio", "Lena Park"),
    ):
        answer = await answerer.ask(question)
        assert answer.person is not None, question
        assert (answer.intent, answer.person.name) == ("guest", host), question
        assert answer.episodes, question
    # A guest is no host, and the newest episode answers who hosted it.
    assert await _first(answerer, "who hosted the latest harbor time") == (
        "latest",
        "Tugboats",
    )


async def test_a_title_said_whole_beats_the_podcast_its_words_name(
    store: Store, tmp_path: Path
) -> None:
    # "harbor time" names the podcast, and is the title of another's episode.
    await _feed(store, tmp_path, "Harbor Time Today", [("Tugboats", "Tides and ropes.")])
    await _feed(
        store,
        tmp_path,
        "Code Chat",
        [("Python in Harbor Time", "Scheduling ferries in code."), ("Rust", "Crabs.")],
    )
    answerer = await Answerer.create(store)
    for question in ("python in harbor time", "python in harbor tiem"):
        assert await _first(answerer, question) == (
            "episode",
            "Python in Harbor Time",
        ), question
    # The podcast's name with other words still scopes to it.
    assert await _first(answerer, "harbor time on tugboats") == ("episode", "Tugboats")


async def test_a_lot_is_no_subject(store: Store, tmp_path: Path) -> None:
    await _feed(
        store,
        tmp_path,
        "Harbor Time",
        [
            ("Cranes", "Rita Holm, a crane operator, lifts containers all day."),
            ("Tugboats", "Tom Vale on tides and ropes."),
        ],
    )
    answerer = await Answerer.create(store)
    for question in ("the crane operator who lifts a lot", "lots of crane lifts"):
        assert await _first(answerer, question) == ("episode", "Cranes"), question


async def test_how_the_newest_came_out_in_spanish_and_portuguese_is_no_subject(
    store: Store, tmp_path: Path
) -> None:
    # "Saiu" and "salió" are in the notes of older episodes, not the newest.
    await _feed(
        store,
        tmp_path,
        "Lantern Hour",
        [
            ("Night ferries", "Crossing the strait after dark."),
            ("Salt roads", "O sal saiu das minas; la sal salió de las minas."),
        ],
    )
    answerer = await Answerer.create(store)
    for question in (
        "qual foi o último episódio que saiu",
        "¿cuál fue el último episodio que salió?",
    ):
        assert await _first(answerer, question) == ("latest", "Night ferries"), question


async def test_chapter_is_an_episode_and_what_it_is_about_is_no_subject(
    store: Store, tmp_path: Path
) -> None:
    await _feed(
        store,
        tmp_path,
        "Pasajes Breves",
        [
            ("Cleopatra", "La última reina de Egipto."),
            ("Viriato", "El pastor que se enfrentó a Roma. Se trata de un héroe."),
        ],
    )
    answerer = await Answerer.create(store)
    for question, intent, title in (
        ("¿algún capítulo sobre cleopatra?", "episode", "Cleopatra"),
        ("capítulos sobre viriato", "episode", "Viriato"),
        ("¿de qué trata el último episodio?", "latest", "Cleopatra"),
        ("do que se trata o último do pasajes breves?", "latest", "Cleopatra"),
    ):
        assert await _first(answerer, question) == (intent, title), question


async def test_more_ways_of_asking_what_notes_name_and_what_titles_hold(
    store: Store, tmp_path: Path
) -> None:
    await _feed(
        store,
        tmp_path,
        "Lantern Hour",
        [
            ("Night ferries", "Crossing the strait; a nod to the old lighthouse."),
            ("Lighthouse keepers", "Three keepers on storms and lamps."),
            ("Salt roads", "Caravans and markets; the lighthouse of Alexandria."),
            ("Ropes and knots", "Sailors' knots, from the bowline to the hitch."),
        ],
    )
    answerer = await Answerer.create(store)
    # The newest whose notes name it, however little it is about it.
    for question in (
        "the last ep that namechecks the lighthouse",
        "which lantern hour most recently name-drops the lighthouse",
        "the most recent lantern hour that touches on the lighthouse",
        "o último lantern hour que cita o lighthouse",
    ):
        assert await _first(answerer, question) == ("latest", "Night ferries"), question
    # "in the name" is in the title.
    assert await _first(answerer, "lantern hour eps with knots in the name") == (
        "episode",
        "Ropes and knots",
    )


async def test_ones_and_parts_ask_for_episodes_and_vc_is_you(store: Store, tmp_path: Path) -> None:
    await _feed(
        store,
        tmp_path,
        "Lantern Hour",
        [
            ("Knots Pt. 2", "More knots."),
            ("Knots Pt. 1", "Bowlines and hitches."),
            ("Sails", "Canvas and wind."),
        ],
    )
    answerer = await Answerer.create(store)
    for question in ("the lantern hour knots ones", "lantern hour knots parts"):
        answer = await answerer.ask(question)
        assert {e.title for e in answer.episodes[:2]} == {"Knots Pt. 1", "Knots Pt. 2"}
    answer = await answerer.ask("oi oi, como vcs estão")
    assert (answer.intent, answer.episodes) == ("none", []), answer.intent
