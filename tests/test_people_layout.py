"""bot.people split by job, and the one phrase matcher that people and topics share.

The readers' answers are pinned by tests/test_people.py and tests/test_topics.py (equality
over the real feeds); these tests pin the layout: where each job lives, that the package
still answers every old ``from bot.people import ...``, and what ``trie_pattern`` matches.
"""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

import bot.people
from bot import text
from bot.people import corrections, extract, names, words
from bot.phrases import trie_pattern

# Every name other modules and tests imported from the single-module bot.people.
OLD_PUBLIC_NAMES = (
    "DEFAULT_CORRECTIONS",
    "GUEST",
    "HONORIFICS",
    "HOST",
    "MAX_NOTE_CHARS",
    "MAX_TEXT_CHARS",
    "ROLE_MAP",
    "STOP_WORDS",
    "Corrections",
    "Mention",
    "PersonLike",
    "clean_name",
    "extract_people",
    "hosts_in_title",
    "merge_mentions",
    "normalize_role",
    "person_key",
)


def test_the_package_still_exports_every_public_name() -> None:
    for name in OLD_PUBLIC_NAMES:
        assert hasattr(bot.people, name), name
    assert sorted(bot.people.__all__) == sorted(OLD_PUBLIC_NAMES)


def test_each_job_has_its_module() -> None:
    assert bot.people.clean_name is names.clean_name
    assert bot.people.normalize_role is names.normalize_role
    assert bot.people.extract_people is extract.extract_people
    assert bot.people.merge_mentions is extract.merge_mentions
    assert bot.people.hosts_in_title is extract.hosts_in_title
    assert bot.people.Mention is extract.Mention
    assert bot.people.Corrections is corrections.Corrections
    assert bot.people.STOP_WORDS is words.STOP_WORDS
    # person_key sits beside fold, so that every module keys people the same way.
    assert bot.people.person_key is text.person_key
    assert text.person_key("Ruth López") == text.person_key("ruth  lopez") == "ruth lopez"


def test_the_vocabulary_is_data() -> None:
    """words.py holds lists, not logic: every public name is a set, a dict or a role."""
    public = {k: v for k, v in vars(words).items() if k.isupper()}
    assert {"TRIGGERS", "STOP_WORDS", "HONORIFICS", "ROLE_MAP"} <= set(public)
    for name, value in public.items():
        assert isinstance(value, (frozenset, dict, str)), name
    assert words.TRIGGERS["speaks with"] == (words.HOST, words.GUEST)


def test_people_and_topics_build_their_matchers_with_the_shared_helper() -> None:
    from bot.topics import default_catalog

    catalog = default_catalog()
    # Topics: the acronyms scanned in every episode, and the reference scan of the aliases.
    assert catalog._acronym_re.pattern == rf"({trie_pattern(catalog._acronyms)})(?!\w)"
    text_re = getattr(catalog, "_text_re", None)
    if text_re is not None:
        assert text_re.pattern == r"\b(?=(" + trie_pattern(catalog._text_topics) + r")\b)"
    # People: the trigger phrases ("speaks with", "joined by") read in every show note.
    assert extract._TRIGGER_RE.pattern == (
        r"\b" + trie_pattern(words.TRIGGERS, {" ": r"\s+", "'": "['’]"}) + r"(?![\w-])"
    )


def _flat(phrases: list[str]) -> re.Pattern[str]:
    """The slow reference: a flat alternation, longest phrase first."""
    ordered = sorted(set(phrases), key=lambda p: (-len(p), p))
    return re.compile("|".join(re.escape(p) for p in ordered))


def test_trie_pattern_prefers_the_longest_phrase() -> None:
    pattern = re.compile(trie_pattern(["join", "joins", "joined", "joined by", "a.b"]))
    assert [m.group() for m in pattern.finditer("joined by x, joins, join, a.b, axb")] == [
        "joined by",
        "joins",
        "join",
        "a.b",
    ]
    assert trie_pattern([]) == ""


def test_trie_pattern_spellings() -> None:
    pattern = re.compile(trie_pattern(["today's guest", "with"], {" ": r"\s+", "'": "['’]"}))
    assert pattern.fullmatch("today’s \n guest")
    assert pattern.fullmatch("with")
    assert not pattern.fullmatch("todays guest")


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.text(alphabet="ab .-'", min_size=1, max_size=5), min_size=1, max_size=12),
    st.text(alphabet="ab .-'x", max_size=40),
)
def test_trie_pattern_finds_what_a_flat_alternation_finds(phrases: list[str], text: str) -> None:
    trie = re.compile(trie_pattern(phrases))
    flat = _flat(phrases)
    assert [m.span() for m in trie.finditer(text)] == [m.span() for m in flat.finditer(text)]
