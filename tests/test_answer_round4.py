# ruff: noqa: F811 - pytest passes the fixtures imported below in by name
"""Issue 11, round 4: mechanisms for questions nobody tuned for, on the real feeds.

A word of the question found in the notes in another language (bot/lexicon.py), and a
short question answered from an episode's notes only when the notes hold every one of its
words.
"""

from __future__ import annotations

from bot.answer import Answerer
from bot.lexicon import translations

# The answerer over all the real feeds, shared with test_answer.
from tests.test_answer import all_db, everything  # noqa: F401


def test_the_lexicon_goes_both_ways_and_holds_no_names() -> None:
    assert "guerra" in translations("war")
    assert "war" in translations("guerra")
    assert "eleicao" in translations("eleccion")
    assert translations("napoleon") == frozenset()


async def test_a_word_is_found_in_another_language(everything: Answerer) -> None:
    # The Spanish notes say "el autor nació ... en Orihuela": "author" and "born" are
    # there in Spanish, so all three words of the English question are found.
    found: dict[int, set[str]] = {}
    ranked = await everything.search(["author", "born", "orihuela"], found=found)
    assert ranked
    best = ranked[0][0]
    assert everything.index.episodes[best].title_norm == "miguel hernandez"
    assert {"author", "born", "orihuela"} <= found[best]
    answer = await everything.ask("the author born in orihuela")
    assert answer.episodes
    assert answer.episodes[0].title == "Miguel Hernández"


async def test_a_short_question_needs_every_word_in_notes_only_evidence(
    everything: Answerer,
) -> None:
    # One episode's notes mention the Dominican Republic in passing; nothing in them is
    # about its music or its economy, so the two rare words alone answer nothing.
    for question in ("dominican republic music", "dominican republic economy"):
        answer = await everything.ask(question)
        assert answer.episodes == [], (question, [e.title for e in answer.episodes])


async def test_a_word_only_in_another_language_is_searched_through_it(
    everything: Answerer,
) -> None:
    # No notes say "sniper"; the Spanish ones say "francotirador". The word is neither
    # dropped nor "corrected", and "finnish" is not "finish".
    assert "sniper" not in everything.index.vocab.df
    found: dict[int, set[str]] = {}
    ranked = await everything.search(["sniper", "winter", "war"], found=found)
    assert ranked
    best = ranked[0][0]
    assert everything.index.episodes[best].title_norm.startswith("simo hayha")
    assert "sniper" in found[best]
    assert everything.corrected(["finnish", "sniper"]) == ["finnish", "sniper"]


async def test_a_short_word_finds_its_inflections_not_any_longer_word(
    everything: Answerer,
) -> None:
    # "meta" starts "metal" ("get closer to the metal"), which is no mention of it; "rank"
    # is in "ranking".
    idx = everything.index
    title = "live from nodeconf colombia"
    metal = [eid for eid, e in idx.episodes.items() if e.title_norm == title]
    assert len(metal) == 1
    found: dict[int, set[str]] = {}
    await everything.search(["threads", "meta"], only=set(metal), found=found)
    assert "meta" not in found[metal[0]]
    answer = await everything.ask("episode about threads from meta")
    assert answer.episodes == []
    ranked = [eid for eid, e in idx.episodes.items() if "ranking" in e.title_norm.split()]
    assert ranked
    found = {}
    await everything.search(["rank"], only={ranked[0]}, found=found)
    assert "rank" in found[ranked[0]]


async def test_a_podcast_with_a_guest_never_on_it_is_no_answer(everything: Answerer) -> None:
    # Elon Musk is a guest of other podcasts; Making Sense only talks about him. "Making
    # Sense with Elon Musk" asks for an appearance there, and there is none.
    answer = await everything.ask("making sense with elon musk")
    assert answer.episodes == [], [e.title for e in answer.episodes]
    # A guest who was on it is still found.
    answer = await everything.ask("making sense with jordan peterson")
    assert answer.episodes
    assert answer.intent == "guest"


def test_a_denied_conversation_names_no_guest() -> None:
    from bot.people import extract_people

    said = "Ana Reyes reflects on her failure to have a productive conversation with Tomas Lind."
    assert "Tomas Lind" not in [m.name for m in extract_people("#9 - Final thoughts", said)]
    said = "Ana Reyes has a productive conversation with Tomas Lind."
    assert "Tomas Lind" in [m.name for m in extract_people("#9 - Final thoughts", said)]


async def test_a_stop_word_the_titles_pair_with_the_word_before_is_kept(
    everything: Answerer,
) -> None:
    from bot.answer import _parse

    # "will" alone says nothing, but titles say "free will" again and again.
    assert "will" in everything._with_title_pairs(_parse("episodes on free will"))
    assert "will" not in everything._with_title_pairs(_parse("what will happen to venezuela"))
    answer = await everything.ask("episodes on free will")
    assert answer.episodes
    assert "free will" in answer.episodes[0].title.lower()


async def test_a_number_written_as_a_word_finds_its_digits(everything: Answerer) -> None:
    assert "14" in translations("fourteen")
    assert "14" in translations("catorce")
    idx = everything.index
    jailed = [
        eid for eid, e in idx.episodes.items() if e.title_norm == "jailed for life for stealing 14"
    ]
    assert len(jailed) == 1
    found: dict[int, set[str]] = {}
    await everything.search(["stealing", "fourteen"], only=set(jailed), found=found)
    assert "fourteen" in found[jailed[0]]


async def test_a_host_name_scopes_to_the_show_the_guest_was_on(everything: Answerer) -> None:
    # "Adam Curry" is a host name of No Agenda, but he hosts Podcasting 2.0 too, where
    # this guest was: the host's name does not hide the guest's episode.
    fid = await _feed_id(everything, "Podcasting 2.0")
    answer = await everything.ask("adam curry with benjamin bellamy")
    assert answer.episodes
    assert answer.episodes[0].feed_id == fid
    # A podcast named by its title still scopes ("Making Sense with Elon Musk" above).


async def _feed_id(answerer: Answerer, title: str) -> int:
    ids = [fid for fid, t in answerer.index.feed_titles.items() if t.startswith(title)]
    assert len(ids) == 1, ids
    return ids[0]


async def test_a_known_word_also_fetches_its_translations(everything: Answerer) -> None:
    # "slang" and "venezuelan" are each in one English episode, which is not this one:
    # the Spanish notes say "jerga Venezolana", and are found through the translations.
    assert "slang" in everything.index.vocab.df
    found: dict[int, set[str]] = {}
    ranked = await everything.search(["venezuelan", "slang"], limit=24, found=found)
    titles = {everything.index.episodes[e].title_norm: e for e, _ in ranked}
    mine = [t for t in titles if t.startswith("ep 02 mamaguevo")]
    assert mine, sorted(titles)
    assert {"venezuelan", "slang"} <= found[titles[mine[0]]]
