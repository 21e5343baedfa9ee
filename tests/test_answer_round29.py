"""Issue 11, round 29.

Each test states a rule a maintainer would write without seeing any labelled question, and
checks it with questions written for the test (never copied from a question set).
"""

from __future__ import annotations

from pathlib import Path

from bot.answer import Answerer
from bot.store import Store
from tests.test_answer_round27 import _feed


async def _answerer(store: Store, tmp_path: Path) -> Answerer:
    await _feed(
        store,
        tmp_path,
        "Snack Shack",
        [
            ("Live from the fair: Zippityzoom popcorn", "The makers of a kettle corn brand."),
            ("Zoom calls and crisps", "Eating on camera, and which crisps crunch the least."),
            ("Pretzel knots", "How a bakery twists ten thousand pretzels a day."),
            ("Rice cakes", "The puffed snack that nobody asks for."),
        ],
    )
    return await Answerer.create(store)


async def test_words_split_apart_find_the_title_word_they_join(
    store: Store, tmp_path: Path
) -> None:
    answerer = await _answerer(store, tmp_path)

    async def first(q: str) -> str | None:
        found = (await answerer.ask(q)).episodes
        return found[0].title if found else None

    # "zippity" is no word of the archive's: the asker split the title's one word.
    assert await first("zippity zoom popcorn") == "Live from the fair: Zippityzoom popcorn"
    assert await first("the zippity zoom one") == "Live from the fair: Zippityzoom popcorn"
    # Words the archive holds apart stay apart.
    assert await first("zoom calls") == "Zoom calls and crisps"


async def test_a_title_word_written_without_vowels_is_the_word_asked(
    store: Store, tmp_path: Path
) -> None:
    await _feed(
        store,
        tmp_path,
        "Byte Club",
        [
            ("Compilers in the kernel", "Compilers for drivers, and what maintainers think."),
            ("Compilers", "More compilers: toolchains and compilers old and new."),
            ("Why compilers are WNDRFL, with a guest from a toolchain team", "A systems language."),
            ("Debuggers", "Stepping through code, one line at a time."),
        ],
    )
    answerer = await Answerer.create(store)
    found = (await answerer.ask("compilers are wonderful")).episodes
    # "WNDRFL" is "wonderful" with its vowels dropped, as a title writes a word for effect.
    assert found and found[0].title.startswith("Why compilers are WNDRFL")
