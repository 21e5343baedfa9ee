"""A catalogue word inside a person's name is the name's, not a topic (issue 12: where the
names stand is looked for only when the text holds such a word; the answers are the same)."""

from __future__ import annotations

import random

from bot import topics
from bot.topics import default_catalog


def test_a_word_inside_a_name_is_the_names_with_or_without_other_catalogue_words() -> None:
    catalog = default_catalog()
    text = "Mark Cuban talks about the Cuban economy and drought."
    # "Cuban" of "Mark Cuban" is not a mention of Cuba; the second "Cuban" is.
    assert catalog.weighted("", text, names=["Mark Cuban"]) == [("Cuba", 1.0), ("Economy", 1.0)]
    assert catalog.weighted("", text) == [("Cuba", 2.0), ("Economy", 1.0)]
    # No catalogue word in the text: the names change nothing.
    assert catalog.weighted("", "Mark Cuban talks about Havana.", names=["Mark Cuban"]) == [
        ("Cuba", 1.0)
    ]


def test_names_give_what_an_eager_search_of_the_names_gives() -> None:
    catalog = default_catalog()
    rng = random.Random(12)
    words = ["Mark", "Cuban", "cuban", "Cuba", "drought", "Havana", "migration", "economy"]
    words += ["Ana", "Ruiz", "Petro", "Gustavo", "prisons", "talks", "about", "the", "and"]
    names = ["Mark Cuban", "Gustavo Petro", "Ana Ruiz", "Ruiz Migration"]
    for _ in range(300):
        text = " ".join(rng.choice(words) for _ in range(rng.randint(1, 12)))
        chosen = rng.sample(names, rng.randint(0, 2))
        got = list(catalog._mentions(text, _masks(catalog, chosen)))
        # The eager reference: where the names stand, always looked for.
        eager = _eager_mentions(catalog, text, _masks(catalog, chosen))
        assert got == eager, (text, chosen)


def _masks(catalog: topics.TopicCatalog, names: list[str]) -> list[str]:
    return [
        m
        for m in {" ".join(topics._text_words(n)) for n in names}
        if " " in m and m not in catalog._text_topics
    ]


def _eager_mentions(
    catalog: topics.TopicCatalog, raw: str, masks: list[str]
) -> list[tuple[int, int]]:
    """``_mentions`` of plain words as it was, with ``_inside`` computed up front."""
    words = topics._text_words(raw)
    forms, _ = catalog._scan(words)
    inside = topics._inside(" ".join(words), masks) if masks and forms else {}
    out: list[tuple[int, int]] = []
    last_end: dict[int, int] = {}
    masked_until = -1
    for form, start in forms:
        end = start + len(form)
        if start < masked_until:
            continue
        if inside and form in catalog._word_forms and end <= inside.get(start, -1):
            continue
        ids = catalog._text_topics[form]
        if not ids:
            masked_until = end
            continue
        for i in ids:
            if start < last_end.get(i, -1):
                continue
            last_end[i] = end
            out.append((i, start))
    return out
