"""Issue 11, round 31: Spanish and Portuguese questions of podcasts whose notes are in
English.

Each test states a rule a maintainer would write without seeing any labelled question, and
checks it with questions and feeds written for the test (never copied from a question set).
"""

from __future__ import annotations

from pathlib import Path

from bot.answer import Answerer
from bot.store import Store
from tests.test_answer_round27 import _feed


async def _arcade(store: Store, tmp_path: Path) -> Answerer:
    """An English podcast whose notes say what each episode is about."""
    await _feed(
        store,
        tmp_path,
        "Arcade Hour",
        [
            ("Arcade Hour 05-29", "The Pixelmoor crew are here: pinball and speedruns."),
            *(
                (f"Arcade Hour 04-{n:02}", f"Mailbag {n}: racing games, pinball and handhelds.")
                for n in range(1, 301)
            ),
        ],
    )
    return await Answerer.create(store)


async def test_notes_need_not_hold_the_askers_words_their_language_lacks(
    store: Store, tmp_path: Path
) -> None:
    answerer = await _arcade(store, tmp_path)
    # A short question in Spanish of English notes: the name it asks about is in the
    # notes; "llegan" (they arrive), which English notes cannot hold, is not asked of them.
    found = (await answerer.ask("arcade hour: llegan los de pixelmoor")).episodes
    assert found and found[0].title == "Arcade Hour 05-29"
    # A name no episode holds is still no answer.
    assert not (await answerer.ask("arcade hour: llegan los de konamix")).episodes


async def _world_desk(store: Store, tmp_path: Path) -> Answerer:
    await _feed(
        store,
        tmp_path,
        "World Desk",
        [
            ("Life in the West Bank", "Israeli settlers and the villages beside them."),
            ("What the election did for Britain", "Voters, a new government and the pound."),
            ("A week in New York", "The subway, the rent and the mayor."),
            ("Farmers in Kenya", "Drought, maize and the price of seed."),
            ("Festival season in Varanasi", "Hindu pilgrims on the river steps."),
            ("The banks of the Rhine", "Barges, bridges and the west of Germany."),
            *((f"World Desk bulletin {n}", f"News in brief, number {n}.") for n in range(1, 41)),
        ],
    )
    return await Answerer.create(store)


async def test_a_spanish_plural_in_ies_is_found_as_its_singular(
    store: Store, tmp_path: Path
) -> None:
    answerer = await _world_desk(store, tmp_path)
    # "hindúes" is the plural of "hindú", "israelíes" of "israelí": English notes say
    # "Hindu" and "Israeli", not the "-y" an English "-ies" plural would drop.
    found = (await answerer.ask("world desk sobre los hindúes")).episodes
    assert found and found[0].title == "Festival season in Varanasi"
    found = (await answerer.ask("world desk sobre los israelíes")).episodes
    assert found and found[0].title == "Life in the West Bank"


async def test_place_names_of_two_words_are_found_in_english(store: Store, tmp_path: Path) -> None:
    answerer = await _world_desk(store, tmp_path)

    async def first(question: str) -> str | None:
        found = (await answerer.ask(question)).episodes
        return found[0].title if found else None

    # Cisjordania is the West Bank, Gran Bretaña (Grã-Bretanha) Britain, Nueva York
    # (Nova York) New York: not a west, a bank, a new or a york of their own.
    assert await first("world desk sobre cisjordania") == "Life in the West Bank"
    assert await first("world desk sobre las elecciones en gran bretaña") == (
        "What the election did for Britain"
    )
    assert await first("o world desk sobre a eleição na grã-bretanha") == (
        "What the election did for Britain"
    )
    assert await first("world desk: una semana en nueva york") == "A week in New York"
    assert await first("world desk: uma semana em nova york") == "A week in New York"


async def test_settlers_are_colonos(store: Store, tmp_path: Path) -> None:
    answerer = await _world_desk(store, tmp_path)
    # "colono" is Spanish and Portuguese for a settler (a colony's "colonia" is listed).
    found = (await answerer.ask("world desk sobre los colonos")).episodes
    assert found and found[0].title == "Life in the West Bank"


async def test_everyday_food_words_are_found_across_languages(store: Store, tmp_path: Path) -> None:
    await _feed(
        store,
        tmp_path,
        "Snack Shack",
        [
            ("Snack Shack 12", "We bake cookies and argue about the best pancake."),
            ("Snack Shack 11", "Movie night: which popcorn is the most disgusting?"),
            ("Snack Shack 10", "Grape soda and bubble gum, reviewed."),
            *((f"Snack Shack {n}", f"Crisps and dips, tasting {n}.") for n in range(9, 0, -1)),
        ],
    )
    answerer = await Answerer.create(store)

    async def first(question: str) -> str | None:
        found = (await answerer.ask(question)).episodes
        return found[0].title if found else None

    # Common nouns of food, asked in Spanish or Portuguese of English notes.
    assert await first("el snack shack de las galletas y el panqueque") == "Snack Shack 12"
    assert await first("o snack shack das bolachas e da panqueca") == "Snack Shack 12"
    assert await first("o snack shack da pipoca mais nojenta") == "Snack Shack 11"
    assert await first("el snack shack del refresco y el chicle") == "Snack Shack 10"


async def test_an_everyday_spanish_word_is_no_slip_for_an_english_one(
    store: Store, tmp_path: Path
) -> None:
    await _feed(
        store,
        tmp_path,
        "Pixel Pub",
        [
            ("Farewell to Zentronic", "The studio that made our childhood closes its doors."),
            ("Pixel Pub 40", "Despite the storm we recorded: racing games and pinball."),
            ("Pixel Pub 39", "A new racing game, despite the rumours."),
            ("Pixel Pub 38", "Impostor syndrome, and how the crew deals with it."),
            *((f"Pixel Pub {n}", f"Mailbag {n}: pinball and handhelds.") for n in range(37, 0, -1)),
        ],
    )
    answerer = await Answerer.create(store)

    async def first(question: str) -> str | None:
        found = (await answerer.ask(question)).episodes
        return found[0].title if found else None

    # "despiden" (they say goodbye) is everyday Spanish: the asker meant it, not the
    # English "despite", other consonants and all, that only other episodes' notes hold.
    assert await first("pixel pub: se despiden de zentronic") == "Farewell to Zentronic"
    # A cognate differs by its vowels: "síndrome" is still read as "syndrome".
    assert await first("pixel pub sobre el síndrome del impostor") == "Pixel Pub 38"
