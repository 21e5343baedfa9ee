"""Issue 11, round 37: a day a title writes, and a thing named in two words beside the
asker's own word for it.

Each test states a rule a maintainer would write without seeing any labelled question, and
checks it with questions and feeds written for the test (never copied from a question set).
"""

from __future__ import annotations

from pathlib import Path

from bot.answer import HELP_MESSAGE, Answerer
from bot.ingest import ingest_source
from bot.lexicon import translations
from bot.store import Store
from tests.test_answer_round27 import _feed


async def _dated_feed(
    store: Store, tmp_path: Path, items: list[tuple[str, str]], name: str = "Pixel Hour"
) -> None:
    """A podcast of these (title, pubDate) episodes."""
    body = "".join(
        f"<item><title>{title}</title><guid>g-{n}</guid><pubDate>{date}</pubDate>"
        f"<description>Notes of {title}.</description></item>"
        for n, (title, date) in enumerate(items)
    )
    path = tmp_path / f"{name}.xml"
    path.write_text(
        '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel>'
        f"<title>{name}</title><link>https://example.org/</link>{body}</channel></rss>"
    )
    assert (await ingest_source(store, str(path))).ok


async def test_a_title_that_writes_the_asked_day_comes_before_a_stamp_of_that_day(
    tmp_path: Path,
) -> None:
    store = await Store.open(tmp_path / "a.db")
    try:
        await _dated_feed(
            store,
            tmp_path,
            [
                # Published the evening of the 21st in California: the 22nd in UTC.
                ("Pixel Hour 06/21/2016", "Wed, 22 Jun 2016 01:15:00 +0000"),
                # A live special of the same evening, stamped nearer the 21st.
                ("Pixel Hour Live at the Expo 2016: Day 3", "Wed, 22 Jun 2016 00:16:00 +0000"),
                # Stamped on the 11th of December (UTC): a day-first "11/12/2013".
                ("Pixel Hour 12/10/2013", "Wed, 11 Dec 2013 00:30:00 +0000"),
                ("Pixel Hour 11/12/2013", "Wed, 13 Nov 2013 04:15:00 +0000"),
            ],
        )
        answerer = await Answerer.create(store)
        for question, title in (
            ("pixel hour 06/21/2016", "Pixel Hour 06/21/2016"),
            ("pixl hour 06/21/2016", "Pixel Hour 06/21/2016"),
            # Month-first or day-first, the title that writes it is the episode.
            ("pixel hour 11/12/2013", "Pixel Hour 11/12/2013"),
            ("pixel hour 12/10/2013", "Pixel Hour 12/10/2013"),
        ):
            answer = await answerer.ask(question)
            assert [e.title for e in answer.episodes][:1] == [title], question
        # Without a date in any title, the stamp still finds the day's episode.
        answer = await answerer.ask("pixel hour 22 june 2016")
        assert answer.episodes
        assert answer.episodes[0].title.startswith("Pixel Hour")
    finally:
        await store.close()


async def test_the_latest_mention_of_two_words_said_together_beside_the_askers_word(
    tmp_path: Path,
) -> None:
    store = await Store.open(tmp_path / "a.db")
    try:
        await _feed(
            store,
            tmp_path,
            "Quarry Cast",
            [
                ("Week 40", "Mailbag, a new controller, and snacks."),
                ("Week 39", "The Bellwether Works layoffs, and what comes next for them."),
                ("Week 38", "Rumours about Bellwether Works and a racing game."),
                ("Week 37", "A bell rang at the works party."),
                ("Week 36", "Storm damage at the office: quite a mess."),
            ],
        )
        answerer = await Answerer.create(store)
        # "mess" is the asker's word for it; the notes say "Bellwether Works".
        answer = await answerer.ask("latest quarry cast where the bellwether works mess comes up")
        assert [e.title for e in answer.episodes][:1] == ["Week 39"]
        # Words the notes say only apart ("a bell rang at the works") name nothing.
        for question in (
            "latest quarry cast where the works bell mess comes up",
            "latest quarry cast where the racing controller drama comes up",
        ):
            assert (await answerer.ask(question)).episodes == [], question
    finally:
        await store.close()


async def test_asking_what_is_new_from_a_podcast_asks_for_its_latest(tmp_path: Path) -> None:
    store = await Store.open(tmp_path / "a.db")
    try:
        await _feed(
            store,
            tmp_path,
            "Widget Weekly",
            [
                ("Gears and levers", "Simple machines in a modern workshop."),
                ("Springs", "Coil springs, leaf springs and a new kind of clip."),
                ("Paint drops", "Why paint drops run, and the upload of our shop manual."),
                ("What's new in Widgets 2.0", "The release notes, read aloud."),
                ("Something new under the sun", "Old tools nobody remembers."),
            ],
        )
        # Another podcast whose newest episode is newer than any of Widget Weekly's.
        await _dated_feed(
            store, tmp_path, [("Fresh out", "Mon, 05 Jun 2000 10:00:00 +0000")], "Other Radio"
        )
        answerer = await Answerer.create(store)
        for question in (
            "anything new from widget weekly?",
            "has widget weekly posted anything new",
            "what's new on widget weekly",
            "what did widget weekly put out last",
            "latest drop from widget weekly",
            "¿algo nuevo de widget weekly?",
            "tem alguma novidade do widget weekly?",
        ):
            answer = await answerer.ask(question)
            assert answer.intent == "latest", question
            assert [e.title for e in answer.episodes][:1] == ["Gears and levers"], question
        answer = await answerer.ask("what are the last 3 episodes of widget weekly")
        newest = ["Gears and levers", "Springs", "Paint drops"]
        assert [e.title for e in answer.episodes][:3] == newest
        # "what's new in ..." names a subject; so does "something new" in a title.
        answer = await answerer.ask("what's new in widgets 2.0")
        assert [e.title for e in answer.episodes][:1] == ["What's new in Widgets 2.0"]
        answer = await answerer.ask("newest episode overall")
        assert [e.title for e in answer.episodes][:1] == ["Fresh out"]
    finally:
        await store.close()


async def test_what_is_asked_of_the_latest_is_no_subject_of_it(tmp_path: Path) -> None:
    store = await Store.open(tmp_path / "a.db")
    try:
        await _feed(
            store,
            tmp_path,
            "Widget Weekly",
            [
                ("Gears and levers", "Simple machines in a modern workshop."),
                ("Long cables", "How long a cable may run; a link to the chart."),
                ("Come out and play", "A day at the workshop's open house."),
            ],
        )
        answerer = await Answerer.create(store)
        for question in (
            "when did the latest widget weekly come out",
            "how long is the newest widget weekly episode",
            "link to the newest widget weekly",
        ):
            answer = await answerer.ask(question)
            assert [e.title for e in answer.episodes][:1] == ["Gears and levers"], question
    finally:
        await store.close()


async def test_asking_for_help_gets_the_help_not_an_episode(tmp_path: Path) -> None:
    store = await Store.open(tmp_path / "a.db")
    try:
        await _feed(
            store,
            tmp_path,
            "Widget Weekly",
            [
                ("Help!", "When a widget breaks, who can you call for help?"),
                ("Podcasts we know", "The shows we listen to, and what you can do with them."),
            ],
        )
        answerer = await Answerer.create(store)
        for question in ("help", "help me", "what can you do?", "what podcasts do you know?"):
            answer = await answerer.ask(question)
            assert answer.episodes == [], question
            assert answer.message == HELP_MESSAGE, question
        # Help with a subject is a question about it.
        answer = await answerer.ask("widget weekly episode about help")
        assert [e.title for e in answer.episodes][:1] == ["Help!"]
    finally:
        await store.close()


async def test_an_ancient_place_named_in_english_finds_spanish_notes(tmp_path: Path) -> None:
    assert "esparta" in translations("sparta")
    assert "carthage" in translations("cartago")
    store = await Store.open(tmp_path / "a.db")
    try:
        await _feed(
            store,
            tmp_path,
            "Historias",
            [
                ("Los espartanos", "Esparta y su ejército en la antigua Grecia."),
                ("Roma y Cartago", "Las guerras púnicas entre Roma y Cartago."),
            ],
        )
        answerer = await Answerer.create(store)
        answer = await answerer.ask("is there an episode about sparta")
        assert [e.title for e in answer.episodes][:1] == ["Los espartanos"]
        answer = await answerer.ask("anything on carthage?")
        assert [e.title for e in answer.episodes][:1] == ["Roma y Cartago"]
    finally:
        await store.close()


async def test_an_ordinal_beside_an_unnumbered_podcast_counts_from_its_first(
    tmp_path: Path,
) -> None:
    store = await Store.open(tmp_path / "a.db")
    try:
        # Newest first: "Gears" is the podcast's first episode, "Bolts" its second.
        titles = ["Lathes", "Drills", "Saws", "Clamps", "Nuts", "Bolts", "Gears"]
        await _feed(
            store, tmp_path, "Widget Weekly", [(t, f"All about {t.lower()}.") for t in titles]
        )
        answerer = await Answerer.create(store)
        for question, title in (
            ("the second episode of widget weekly", "Bolts"),
            ("the 3rd widget weekly episode", "Nuts"),
            ("el quinto episodio de widget weekly", "Saws"),
            ("widget weekly's seventh episode", "Lathes"),
        ):
            answer = await answerer.ask(question)
            assert [e.title for e in answer.episodes] == [title], question
        # More than it has: no episode is that one.
        answer = await answerer.ask("the tenth episode of widget weekly")
        assert answer.episodes == []
    finally:
        await store.close()


async def test_a_subject_the_podcast_lacks_is_no_description_of_it(tmp_path: Path) -> None:
    store = await Store.open(tmp_path / "a.db")
    try:
        await _feed(
            store,
            tmp_path,
            "Widget Weekly",
            [
                ("Gears and levers", "Simple machines in a modern workshop."),
                ("Springs", "Coil springs and leaf springs."),
                ("Paint", "Why paint runs."),
            ],
        )
        # Another podcast says the words: they are the archive's, but not Widget Weekly's.
        await _feed(store, tmp_path, "Garden Hour", [("Roses", "Pruning roses in the spring.")])
        answerer = await Answerer.create(store)
        for question in (
            "latest widget weekly about roses",
            "has widget weekly posted anything new on pruning",
            "newest widget weekly with a gardener",
        ):
            answer = await answerer.ask(question)
            assert answer.episodes == [], question
        # Everyday words said of the podcast itself still describe it.
        answer = await answerer.ask("the latest widget weekly show")
        assert [e.title for e in answer.episodes][:1] == ["Gears and levers"]
        for question in ("the last 2 widget weekly episodes", "what's new"):
            answer = await answerer.ask(question)
            assert answer.intent == "latest", question
        answer = await answerer.ask("the last 2 widget weekly episodes")
        assert [e.title for e in answer.episodes][:2] == ["Gears and levers", "Springs"]
    finally:
        await store.close()


async def test_a_request_to_recommend_or_look_for_asks_for_its_subject(tmp_path: Path) -> None:
    store = await Store.open(tmp_path / "a.db")
    try:
        await _feed(
            store,
            tmp_path,
            "Widget Weekly",
            [
                ("Gears and levers", "Simple machines in a modern workshop."),
                ("Springs", "Coil springs and leaf springs."),
            ],
        )
        answerer = await Answerer.create(store)
        for question in (
            "i'm looking for an episode about springs",
            "could you recommend an episode on springs",
            "suggest something about springs",
            "¿me recomiendas un episodio sobre springs?",
            "quero ouvir sobre springs",
            "estou procurando um episódio sobre springs",
        ):
            answer = await answerer.ask(question)
            assert [e.title for e in answer.episodes][:1] == ["Springs"], question
    finally:
        await store.close()
