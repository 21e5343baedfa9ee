"""Issue 11, round 33.

Each test states a rule a maintainer would write without seeing any labelled question, and
checks it with questions and feeds written for the test (never copied from a question set).
"""

from __future__ import annotations

from pathlib import Path

from bot.answer import Answerer
from bot.store import Store
from tests.test_answer_round27 import _feed

# Enough episodes that a word one episode says is rare in the archive.
_FILLERS = 300


async def _answerer(store: Store, tmp_path: Path) -> Answerer:
    await _feed(
        store,
        tmp_path,
        "Orchard Hours",
        [
            (
                "Orchard Hours 301",
                "Thanks everyone for the letters! We cook dinner from the windfall apples.",
            ),
            ("Orchard Hours 300", "Hungry bees, quiet hives and a tired beekeeper, lol."),
            *(
                (f"Orchard Hours {n}", f"Pruning row {n} of the pear trees, plot {n}.")
                for n in range(_FILLERS, 0, -1)
            ),
        ],
    )
    return await Answerer.create(store)


async def _first(answerer: Answerer, question: str) -> str | None:
    found = (await answerer.ask(question)).episodes
    return found[0].title if found else None


async def test_small_talk_to_the_room_in_everyday_words_asks_for_no_episode(
    store: Store, tmp_path: Path
) -> None:
    # Said to the room ("everyone") or laughed ("lol"), everyday words are small talk,
    # however seldom the archive says them; notes that hold them are no answer.
    answerer = await _answerer(store, tmp_path)
    assert await _first(answerer, "what's everyone cooking for dinner") is None
    assert await _first(answerer, "so hungry and tired lol") is None
    # A subject that is no everyday word is still asked about.
    assert await _first(answerer, "anyone know about beekeeper hives") == "Orchard Hours 300"
