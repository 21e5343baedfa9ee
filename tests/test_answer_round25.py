"""Issue 11, round 25.

Each test states a rule a maintainer would write without seeing any labelled question, and
checks it with questions written for the test (never copied from a question set).
"""

from __future__ import annotations

from pathlib import Path

from bot.answer import Answerer
from bot.ingest import ingest_source
from bot.scope import question_numbers
from bot.store import Store
from bot.text import fold
from tests.test_answer_round24 import _answerer, _ingested


def test_a_bare_list_of_numbers_is_read_but_not_a_versions() -> None:
    def read(q: str) -> tuple[list[int], str, bool | None] | None:
        return question_numbers(fold(q))

    # Without a cue the list is read, marked as bare (False): only a podcast's name
    # before it makes it episodes' numbers.
    assert read("crab chat 3 and 5") == ([3, 5], "3 and 5", False)
    assert read("crab chat nine, ten and eleven") == ([9, 10, 11], "nine, ten and eleven", False)
    # One number said in words with "and" in it is no list; nor are parts of versions or
    # decimals, nor years.
    assert read("crab chat two hundred and one") is None
    assert read("crab chat on nets 1.21 and 1.22") is None
    assert read("crabs in 2019 and 2021") is None


async def test_a_bare_list_right_after_a_podcasts_name_asks_for_those_episodes(
    store: Store, tmp_path: Path
) -> None:
    answerer = await _answerer(store, tmp_path)

    async def titles(q: str) -> list[str]:
        return [e.title for e in (await answerer.ask(q)).episodes]

    assert await titles("crab chat 3 and 5") == ["#3: Crabs of Dakar", "#5: Crabs of Perth"]
    assert await titles("lobster talk 4 and 3") == ["#4: Crabs of Hanoi", "#3: Crabs of Dakar"]
    # Elsewhere in the question a bare pair of numbers is a version's or a count's.
    listed = ["#9: Crabs of Malmo", "#2: Crabs of Quito"]
    assert await titles("crab chat eps 9 and 2") == listed
    assert await titles("crab chat on nets 9 and 2") != listed


async def test_brings_up_asks_for_a_mention_as_mentions_does(store: Store, tmp_path: Path) -> None:
    # The older episode is about hailstorms (its title says so); the newest only brings
    # them up in its notes. "The latest that brings up X" asks for the newest mention, as
    # "the latest that mentions X" does.
    filler = [(f"Crabs of bay {n}", f"Crabs, nets and tides of bay {n}.") for n in range(1, 9)]
    episodes = [
        ("Hailstorms at sea", "Why hailstorms wreck the crab pots, and how to dodge them."),
        *filler,
        ("Pots and ropes", "New ropes for the pots; the hailstorms of May came up briefly."),
        ("Boats", "Repainting the boats before the season."),
    ]
    answerer = await _ingested(store, tmp_path, "Crab Chat", episodes)

    async def first(q: str) -> str:
        found = (await answerer.ask(q)).episodes
        return found[0].title if found else ""

    assert await first("latest crab chat that mentions hailstorms") == "Pots and ropes"
    assert await first("latest crab chat that brings up hailstorms") == "Pots and ropes"
    assert await first("newest crab chat where hailstorms come up") == "Pots and ropes"
    assert await first("the crab chat episode where hailstorms came up") == "Hailstorms at sea"


async def test_a_number_after_its_sign_is_the_number_of_the_word_before(
    store: Store, tmp_path: Path
) -> None:
    # "Gate 12" asks for a gate's number, found only after "gate": notes that write "gate
    # number 12" (or "puerta número 12") say it as well.
    filler = [(f"Crabs of bay {n}", f"Crabs, nets and tides of bay {n}.") for n in range(1, 9)]
    episodes = [
        ("Dawn crossing", "The trawler sails through gate number 12 at dawn with its crabs."),
        *filler,
        ("Waiting", "The trawler waits by the gate at dawn; 12 crabs escape the pots."),
    ]
    answerer = await _ingested(store, tmp_path, "Crab Chat", episodes)

    async def first(q: str) -> str:
        found = (await answerer.ask(q)).episodes
        return found[0].title if found else ""

    assert await first("the trawler through gate 12 at dawn") == "Dawn crossing"
    assert await first("the trawler through gate number 12 at dawn") == "Dawn crossing"


async def test_the_newest_beside_a_number_in_words_is_that_number(
    store: Store, tmp_path: Path
) -> None:
    # "The newest, the fifth": the number says which episode; "newest" only agrees.
    answerer = await _answerer(store, tmp_path)

    async def first(q: str) -> str:
        found = (await answerer.ask(q)).episodes
        return found[0].title if found else ""

    assert await first("crab chat, the fifth episode") == "#5: Crabs of Perth"
    assert await first("crab chat, the newest episode, the fifth") == "#5: Crabs of Perth"
    assert await first("crab chat, el último capítulo, el quinto") == "#5: Crabs of Perth"
    # The newest alone is still the newest.
    assert await first("crab chat, the newest episode") == "#12: Crabs of Oslo"


async def test_a_kin_word_beside_a_name_is_that_person_not_more(
    store: Store, tmp_path: Path
) -> None:
    # "His mom Quintana" asks for Quintana, whom the notes never call anyone's mom; but
    # "Quintana's mom" is someone else, whom no episode has.
    filler = [(f"Crabs of bay {n}", f"Crabs, nets and tides of bay {n}.") for n in range(1, 9)]
    episodes = [
        *filler,
        ("Ep. 9 with Marisol Quintana", "Marisol Quintana talks crabs and nets."),
        ("Ep. 10: Tides", "Tides and nets of the bay."),
    ]
    answerer = await _ingested(store, tmp_path, "Crab Chat", episodes)

    async def titles(q: str) -> list[str]:
        return [e.title for e in (await answerer.ask(q)).episodes]

    guest = ["Ep. 9 with Marisol Quintana"]
    assert (await titles("crab chat episode with his mom quintana"))[:1] == guest
    assert (await titles("crab chat con su mamá quintana"))[:1] == guest
    assert (await titles("crab chat episode with quintana's mom"))[:1] != guest
    assert (await titles("crab chat con la mamá de quintana"))[:1] != guest


async def test_a_bare_list_after_a_podcasts_name_and_its_series_is_of_that_series(
    store: Store, tmp_path: Path
) -> None:
    # Crab Chat numbers its own episodes and its "On The Reef" series apart: "crab chat
    # on the reef 2 and 3" are the series' #2 and #3.
    episodes = [
        ("#1: Crabs", "Crabs of the bay."),
        ("#2: Nets", "Nets of the bay."),
        ("#3: Tides", "Tides of the bay."),
        ("On The Reef #1: Oslo", "Crabs of Oslo's reef."),
        ("On The Reef #2: Lima", "Crabs of Lima's reef."),
        ("On The Reef #3: Quito", "Crabs of Quito's reef."),
    ]
    answerer = await _ingested(store, tmp_path, "Crab Chat", episodes)

    async def titles(q: str) -> list[str]:
        return [e.title for e in (await answerer.ask(q)).episodes]

    reef = ["On The Reef #2: Lima", "On The Reef #3: Quito"]
    assert await titles("crab chat on the reef 2 and 3") == reef
    assert await titles("crab chat on the reef 3 e 2") == reef[::-1]
    # A word no listed title holds is no series of them.
    assert await titles("crab chat on storms 2 and 3") != reef


async def test_everyday_words_no_episode_of_the_podcast_holds_leave_the_day_to_choose(
    store: Store, tmp_path: Path
) -> None:
    # A daily podcast whose notes never say "news": "the crab chat news from 5 January
    # 2000" is that day's episode, the asker's word for the show saying nothing of which.
    episodes = [(f"Day {n}", f"Crabs, nets and tides of bay {n}.") for n in range(1, 11)]
    answerer = await _ingested(store, tmp_path, "Crab Chat", episodes)

    async def titles(q: str) -> list[str]:
        return [e.title for e in (await answerer.ask(q)).episodes]

    assert (await titles("the crab chat news from 5 january 2000"))[:1] == ["Day 4"]
    assert (await titles("las noticias de crab chat del 5 de enero de 2000"))[:1] == ["Day 4"]
    # A rare word no episode holds is a subject the podcast lacks: no answer.
    assert await titles("crab chat on zorblaxes from 5 january 2000") == []


async def test_a_languages_name_beside_a_day_names_the_podcast_that_speaks_it(
    store: Store, tmp_path: Path
) -> None:
    # Two podcasts publish on 5 January 2000, one in German: "the german news of that
    # day" is its episode, though its title says neither word.
    for name, language, title in (
        ("Krabben heute", "de", "Krabben am Mittwoch"),
        ("Crab Chat", "en", "Crabs on Wednesday"),
    ):
        path = tmp_path / f"{language}.xml"
        path.write_text(
            '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel>'
            f"<title>{name}</title><link>https://example.org/</link>"
            f"<language>{language}</language>"
            f"<item><title>{title}</title><guid>{language}1</guid>"
            "<pubDate>Wed, 05 Jan 2000 10:00:00 GMT</pubDate>"
            "<description>Krabben, Netze und Gezeiten.</description></item>"
            "</channel></rss>"
        )
        assert (await ingest_source(store, str(path))).ok
    answerer = await Answerer.create(store)

    async def titles(q: str) -> list[str]:
        return [e.title for e in (await answerer.ask(q)).episodes]

    assert await titles("the german news from 5 january 2000") == ["Krabben am Mittwoch"]
    assert await titles("the english news from 5 january 2000") == ["Crabs on Wednesday"]
