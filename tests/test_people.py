"""bot.people: hosts and guests from titles, show notes, podcast:person tags and corrections.

The feed tests read the real feeds in ``../shared/feeds`` (see SOURCES.md there) and are
skipped when that folder is missing. ``pytest -s`` shows the measured recall and
precision; the extraction speed is measured by ``python -m benchmarks.enrich``.
"""

from __future__ import annotations

import json
import re
from functools import cache

import pytest

from bot.people import (
    DEFAULT_CORRECTIONS,
    Corrections,
    Mention,
    clean_name,
    extract_people,
    hosts_in_title,
    merge_mentions,
    normalize_role,
    person_key,
)
from bot.text import fold
from tests.conftest import FEEDS_DIR as FEEDS

needs_feeds = pytest.mark.skipif(
    not FEEDS.is_dir(), reason=f"the real feeds are not there: {FEEDS} is missing"
)


def names(mentions: list[Mention]) -> list[str]:
    return [m.name for m in mentions]


def guests(mentions: list[Mention]) -> list[str]:
    return [m.name for m in mentions if m.role == "guest"]


def by_name(mentions: list[Mention]) -> dict[str, Mention]:
    return {m.name: m for m in mentions}


# --- the WOLA seed page --------------------------------------------------------------------


def test_speaks_with_gives_the_guest_and_the_note_never_the_host():
    text = (
        "In this WOLA Podcast episode, Adam Isacson speaks with Beatriz Magaloni ( / ), "
        "a political scientist at Stanford..."
    )
    found = extract_people(
        "The Grim Side of El Salvador’s “Security Model”", text, hosts=["Adam Isacson"]
    )
    assert guests(found) == ["Beatriz Magaloni"]
    assert by_name(found)["Beatriz Magaloni"].note.startswith("a political scientist at Stanford")
    assert by_name(found)["Adam Isacson"].role == "host"


def test_full_page_text_keeps_the_affiliation_not_the_link_labels():
    text = (
        "In this WOLA Podcast episode, Adam Isacson speaks with Beatriz Magaloni (personal site "
        "/ Stanford site), a political scientist at Stanford University and co-author (with "
        "Alberto Díaz-Cayeros) of a Foreign Affairs article."
    )
    found = extract_people("x", text, hosts=["Adam Isacson"])
    assert guests(found) == ["Beatriz Magaloni"]  # the co-author in parentheses is no guest
    assert by_name(found)["Beatriz Magaloni"].note.startswith(
        "a political scientist at Stanford University"
    )


def test_we_sit_down_with():
    text = (
        "We sit down with Brigitte Baltazar Lujano, a trans woman who herself experienced "
        "deportation and now leads critical advocacy and service work for LGBTQ+ migrants."
    )
    found = extract_people("x", text)
    assert guests(found) == ["Brigitte Baltazar Lujano"]
    assert by_name(found)["Brigitte Baltazar Lujano"].note == "a trans woman"


def test_title_a_critical_conversation_with():
    title = (
        "LGBTQ+ Migrants in the Crosshairs: A Critical Conversation with Brigitte Baltazar Lujano"
    )
    assert guests(extract_people(title, "")) == ["Brigitte Baltazar Lujano"]


def test_spanish_conversamos_con_and_nuestra_invitada_are_one_person():
    text = (
        "En nuestro último episodio, conversamos con Ruth López, directora del programa de "
        "anticorrupción en Cristosal, sobre su trabajo en la lucha contra la corrupción. "
        "Nuestra invitada Ruth López es abogada, defensora de los derechos humanos."
    )
    found = extract_people("Mujeres contra la corrupción y el autoritarismo", text)
    assert guests(found) == ["Ruth López"]
    assert found[0].note == "directora del programa de anticorrupción en Cristosal"


def test_a_surname_alone_is_not_a_guest():
    text = (
        "In this conversation, , assistant professor of public relations in the Department "
        "of Communications at California State University, Fullerton, explains why the "
        "current popularity rests on a fragile foundation. Dr. Valencia, a former journalist "
        "in El..."
    )
    assert extract_people("Piercing the Propaganda Bubble in El Salvador", text) == []


def test_names_the_page_lost_are_not_invented():
    text = (
        "In this WOLA Podcast episode, Adam Isacson speaks with , Director for Venezuela, and "
        ", Director for Drug Policy and the Andes, about the shockwaves from this escalation."
    )
    found = extract_people("U.S. drug policy takes a “radical” turn", text, hosts=["Adam Isacson"])
    assert guests(found) == []
    assert names(found) == ["Adam Isacson"]


def test_president_is_an_honorific_and_no_trigger_no_name():
    assert guests(extract_people("x", "Adam Isacson speaks with President Gustavo Petro.")) == [
        "Gustavo Petro"
    ]
    # Named, but nothing says they are in the episode.
    text = "Nearly three years into President Gustavo Petro’s term, Total Peace is faltering."
    assert extract_people("x", text) == []


# --- titles ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("#381 – Chris Lattner: Future of Programming and AI", ["Chris Lattner"]),
        (
            "#178 – Michael Malice and Yaron Brook: Ayn Rand, Human Nature",
            ["Michael Malice", "Yaron Brook"],
        ),
        ("#322 – Rana el Kaliouby: Emotion AI, Social Robots", ["Rana el Kaliouby"]),
        ("Ep. 25 con Charo | Tom Segura En Español", ["Charo"]),
        ("Ep. 24 con Carmela Lynch | Tom Segura En Español", ["Carmela Lynch"]),
        ('Ep. 18 con Karen "KG" Goro | Tom Segura En Español', ["Karen Goro"]),
        ("SE-Radio Episode 248: Axel Rauschmayer on JavaScript", ["Axel Rauschmayer"]),
        ("Alienware: Frank Azor and Nelson Gonzalez", ["Frank Azor", "Nelson Gonzalez"]),
        ("Hinge: Justin McLeod (2021)", ["Justin McLeod"]),
        ("Interview with Jane Doe", ["Jane Doe"]),
        # Not people: an episode's own title after its number, topics after a colon.
        ("Giant Bombcast 602: Easy Chicken", []),
        ("#320 — Constructing Self and World", []),
        ("#418: How To Keep A Secret in Python Apps", []),
    ],
)
def test_titles(title, expected):
    assert guests(extract_people(title, "")) == expected


@pytest.mark.parametrize(
    ("title", "notes", "expected"),
    [
        # A numbered title's head that the notes never name, before names they do name,
        # is the subject (Lex Fridman's debates), not a guest.
        (
            "#279 – Alien Debate: Sara Walker and Lee Cronin",
            "Sara Walker is an astrobiologist and Lee Cronin is a chemist.",
            ["Sara Walker", "Lee Cronin"],
        ),
        (
            "#256 – Nationalism Debate: Yaron Brook and Yoram Hazony",
            "Yaron Brook and Yoram Hazony debate nationalism.",
            ["Yaron Brook", "Yoram Hazony"],
        ),
        # A head the notes name is the guest, whatever follows the colon.
        (
            "#335 – Fiona Hill: Vladimir Putin and Donald Trump",
            "Fiona Hill is an expert on Russia. She talks about Vladimir Putin.",
            ["Fiona Hill"],
        ),
        # Notes that name neither: the head, as before.
        ("#290 – Dan Reynolds: Imagine Dragons", "A conversation.", ["Dan Reynolds"]),
    ],
)
def test_numbered_titles_with_names_after_the_colon(title, notes, expected):
    assert guests(extract_people(title, notes))[: len(expected)] == expected


def test_a_name_before_a_colon_needs_the_notes_to_name_it():
    title = "Ian Goodfellow: Generative Adversarial Networks (GANs)"
    assert guests(
        extract_people(title, "Ian Goodfellow is an author of the Deep Learning textbook.")
    ) == ["Ian Goodfellow"]
    title = "Mielle Organics: Monique Rodriguez"
    text = "For Monique Rodriguez, hair care was a hobby. Mielle Organics grew..."
    assert guests(extract_people(title, text)) == ["Monique Rodriguez"]


# --- phrases in the notes ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Mat Ryer is joined by Johnny Boursiquot and Kris Brandow.",
            ["Johnny Boursiquot", "Kris Brandow"],
        ),
        (
            "Return guests Ben Johnson & Chris James join Mat & Kris to talk about folders.",
            ["Ben Johnson", "Chris James"],
        ),
        (
            "Nishant Roy, Engineering Manager at Pinterest Ads, joins Johnny & Jon to talk.",
            ["Nishant Roy"],
        ),
        (
            "Baruch Sadogursky (Chief Sticker Officer at JFrog) joins Natalie & Johnny.",
            ["Baruch Sadogursky"],
        ),
        (
            "In this episode we talk with Jane Doe, Richard Roe and Mary Major about testing.",
            ["Jane Doe", "Richard Roe", "Mary Major"],
        ),
        (
            "We are joined by three wonderful guests Jeff Hernandez, Sarah Duncan, and Natasha "
            "Dykes.",
            ["Jeff Hernandez", "Sarah Duncan", "Natasha Dykes"],
        ),
        (
            "This episode features Johnny Boursiquot (Go Time panelist) with guests Edward Muller "
            "and Rishabh Wason.",
            ["Johnny Boursiquot", "Edward Muller", "Rishabh Wason"],
        ),
        ("My guest is Jane Doe, author of Testing in Python.", ["Jane Doe"]),
        ("We have Glyph Lefkowitz on the show to share his security fable.", ["Glyph Lefkowitz"]),
        ("We have ChatGPT, we have Stable Diffusion.", []),
        ("Johnny is joined by Marty Schoch, creator of Bleve, to talk search.", ["Marty Schoch"]),
        ("In this episode we talk with Wails creator Lea Anthony about builds.", ["Lea Anthony"]),
        (
            "Mat is joined by Dr. Jane Smith, a researcher at MIT, and Prof. John Doe.",
            ["Jane Smith", "John Doe"],
        ),
        ("Entrevista a María José Pérez, periodista de El Faro.", ["María José Pérez"]),
        ("Nuestro invitado es Juan Carlos Rodríguez, economista.", ["Juan Carlos Rodríguez"]),
        (
            "Mi invitada hoy es Cristina Sanchez, una comediante de Puerto Rico.",
            ["Cristina Sanchez"],
        ),
        (
            "Neste episódio, um papo com Maria Silva e João Souza sobre dados.",
            ["Maria Silva", "João Souza"],
        ),
        (
            "In this show we chatted with Erik St. Martin, who was there from the start.",
            ["Erik St. Martin"],
        ),
        (
            "Adam Isacson speaks with Juan Pablo Guerrero, J. R. Smith and Sarah O'Brien-Díaz.",
            ["Juan Pablo Guerrero", "J. R. Smith", "Sarah O'Brien-Díaz"],
        ),
        ("We sit down with April Wensel and Theresa May.", ["April Wensel", "Theresa May"]),
        ("Bert Kreischer is a comedian, actor, and podcaster.", ["Bert Kreischer"]),
    ],
)
def test_phrases(text, expected):
    assert guests(extract_people("x", text)) == expected


@pytest.mark.parametrize(
    "text",
    [
        "This week we're joined by Stanford University to talk.",
        "A conversation with Latin America experts.",
        "This episode, featuring The Machine soundtrack.",
        "Our guest is Human Rights Watch.",
        "Conversamos con El Salvador en la mira.",
        "Barack Obama and Angela Merkel met in Berlin.",
        "A chat with the team on Monday Night Football and September Sessions.",
        "This Episode is joined by June 5 attendees.",
        "We partnered with Red Hat to promote Command Line Heroes.",
        "Raygun – With Raygun Error and Performance Monitoring you have all you need.",
        "Jeff spent some time with Apple Arcade, E3 2020 gets influential, Billy Mitchell too.",
    ],
)
def test_not_people(text):
    assert extract_people("x", text) == []


def test_hosts_are_marked_never_guests_and_compared_folded():
    text = "Adam Isacsón speaks with Beatriz Magaloni. Adam Isacson and Ruth López discuss it."
    found = extract_people("x", text, hosts=["adam  isacson"])
    assert guests(found) == ["Beatriz Magaloni", "Ruth López"]
    assert [(m.name, m.role) for m in found if person_key(m.name) == "adam isacson"] == [
        ("Adam Isacsón", "host")
    ]


def test_each_person_once_by_folded_name():
    found = extract_people("x", "We speak with Ruth López. Later, Ruth Lopez explains the law.")
    assert names(found) == ["Ruth López"]


def test_roster_lines_and_prose_cut_at_show_notes():
    text = (
        "Ben Johnson & Chris James join Mat to talk about folders.\n\n"
        "Sponsors:\n\nRaygun – With Raygun Error and Performance Monitoring you win.\n\n"
        "Featuring:\n\nBen Johnson – Twitter, GitHub, Website\n\nKitze – Twitter\n\n"
        "sam boyer – Twitter, GitHub\n\nMat Ryer – Twitter, GitHub\n\n"
        "Show Notes:\n\nThe Changelog #152: TypeScript with Anders Hejlsberg\n"
    )
    found = extract_people("x", text, hosts=["Mat Ryer"])
    assert names(found) == ["Ben Johnson", "Chris James", "sam boyer", "Mat Ryer"]
    assert by_name(found)["Mat Ryer"].role == "host"
    assert by_name(found)["Ben Johnson"].note is None  # a link list is not an affiliation


def test_a_heading_between_long_paragraphs_still_ends_the_prose():
    prose = "In this episode Adam Isacson speaks with Beatriz Magaloni about prisons. " * 4
    ad = "Our sponsor this week is a mattress company, and John Smith joins us to say so. " * 3
    for heading in ("Sponsors:", "Sponsors" + " " * 120 + ":"):  # spaced out by a template
        found = extract_people("x", f"{prose}\n{heading}\n{ad}", hosts=["Adam Isacson"])
        assert names(found) == ["Adam Isacson", "Beatriz Magaloni"], heading


def test_empty_and_odd_input():
    assert extract_people("", "") == []
    assert extract_people("İstanbul", "İİİ with İlker Başbuğ and Çağla Öz") == [
        Mention("İlker Başbuğ"),
        Mention("Çağla Öz"),
    ]
    assert extract_people("x", "with " * 5000) == []


def test_clean_name():
    assert clean_name("President Nayib Bukele") == "Nayib Bukele"
    assert clean_name("Karen Goro de Argentina") == "Karen Goro"
    assert clean_name("Marcel van Lohuizen") == "Marcel van Lohuizen"
    assert clean_name("Dr. Valencia") is None
    assert clean_name("GitHub Actions") is None
    assert clean_name("Technical Product Manager") is None
    assert clean_name("Kat McGuire") == "Kat McGuire"


# --- keys, roles, merging ----------------------------------------------------------------


def test_person_key():
    assert person_key("Ruth López") == person_key("Ruth Lopez") == person_key("ruth  lopez")
    assert person_key("Ruth López") == "ruth lopez"
    assert person_key("Erik St. Martin") == "erik st martin"
    assert person_key("Jean-Pierre O’Neil") == person_key("jean pierre o'neil")
    assert person_key(" ") == ""


def test_normalize_role():
    assert normalize_role("Host") == "host"
    assert normalize_role("co-host") == normalize_role("cohost") == "host"
    assert normalize_role("guest") == normalize_role(None) == "guest"
    assert normalize_role("producer") is None


class Tag:
    def __init__(self, name, role="guest", href=None, img=None):
        self.name, self.role, self.href, self.img = name, role, href, img


def test_tags_win_and_text_fills_in_only_without_guest_tags():
    extracted = [
        Mention("Beatriz Magaloni", "guest", "a political scientist"),
        Mention("Somebody Else", "guest"),
    ]
    tagged = [
        Tag("Adam Isacson", "host", "https://a"),
        Tag("Beatriz Magaloni", "Guest", None, "https://img"),
    ]
    merged = merge_mentions(tagged, extracted, ["Adam Isacson"])
    assert [(m.name, m.role, m.source) for m in merged] == [
        ("Adam Isacson", "host", "tag"),
        ("Beatriz Magaloni", "guest", "tag"),
    ]
    assert merged[0].href == "https://a"
    assert merged[1].img == "https://img"
    assert merged[1].note == "a political scientist"  # the text still lends its note

    only_hosts = merge_mentions([Tag("Adam Isacson", "host")], extracted, [])
    assert [(m.name, m.role, m.source) for m in only_hosts] == [
        ("Adam Isacson", "host", "tag"),
        ("Beatriz Magaloni", "guest", "text"),
        ("Somebody Else", "guest", "text"),
    ]


def test_merge_maps_roles_drops_crew_and_marks_hosts():
    tagged = [Tag("Pat Producer", "producer"), Tag("Mat Ryer", "cohost"), Tag("Jon Calhoun")]
    merged = merge_mentions(tagged, [Mention("Kris Brandow")], ["Jon Calhoun"])
    assert [(m.name, m.role) for m in merged] == [
        ("Mat Ryer", "host"),
        ("Jon Calhoun", "host"),
        ("Kris Brandow", "guest"),
    ]
    assert merge_mentions([], [Mention("Mat Ryer", "guest")], ["mat ryer"])[0].role == "host"


# --- corrections -------------------------------------------------------------------------


def test_bundled_corrections_file():
    data = json.loads(DEFAULT_CORRECTIONS.read_text(encoding="utf-8"))
    assert "_comment" in data
    corrections = Corrections.load()
    assert corrections.hosts_for("Latin America Today") == ["Adam Isacson"]
    assert corrections.hosts_for("latin america  today") == ["Adam Isacson"]
    found = extract_people(
        "x",
        "Adam Isacson speaks with , Director for Venezuela.",
        hosts=corrections.hosts_for("Latin America Today"),
    )
    people = corrections.apply("Latin America Today", "x", None, found)
    assert [(m.name, m.role) for m in people] == [("Adam Isacson", "host")]


def test_hosts_named_by_the_show_title():
    assert hosts_in_title("How I Built This with Guy Raz") == ["Guy Raz"]
    assert hosts_in_title("Making Sense with Sam Harris") == ["Sam Harris"]
    assert hosts_in_title("Go Time: Golang, Software Engineering") == []
    assert Corrections().hosts_for("Making Sense with Sam Harris") == ["Sam Harris"]


def test_corrections_apply(tmp_path):
    path = tmp_path / "people.json"
    path.write_text(
        json.dumps(
            {
                "_comment": "test",
                "feeds": {"Show": {"hosts": ["Ana Host"]}, "*": {"hosts": ["Every Host"]}},
                "add": [
                    {"feed": "show", "episode": "guid-1", "name": "Added Guest", "note": "n"},
                    {
                        "feed": "Show",
                        "episode": "Pilot",
                        "name": "Ruth Lopez",
                        "role": "guest",
                        "note": "directora",
                    },
                    {"feed": "*", "name": "Everywhere Person", "role": "host"},
                    {"feed": "Show"},
                ],
                "drop": [{"feed": "Show", "episode": "pilot", "name": "wrong  name"}],
                "aliases": {"Ruth Lopez": "Ruth López"},
            }
        ),
        encoding="utf-8",
    )
    corrections = Corrections.load(path)
    assert corrections.hosts_for("Show") == ["Ana Host", "Every Host"]
    mentions = [Mention("Wrong Name"), Mention("ruth lopez"), Mention("Ana Host", "guest")]
    out = corrections.apply("Show", "The Pilot (part 1)", "guid-9", mentions)
    assert [(m.name, m.role, m.note, m.source) for m in out] == [
        ("Ruth López", "guest", "directora", "manual"),
        ("Ana Host", "host", None, "text"),
        ("Everywhere Person", "host", None, "manual"),
    ]
    out = corrections.apply("Other", "Episode 2", "guid-1", [Mention("Wrong Name")])
    assert [m.name for m in out] == ["Wrong Name", "Everywhere Person"]
    out = corrections.apply("Show", "Episode 2", "guid-1", [])
    assert [(m.name, m.note) for m in out] == [("Added Guest", "n"), ("Everywhere Person", None)]


def test_corrections_errors(tmp_path):
    with pytest.raises(ValueError):
        Corrections.from_dict({"add": [{"feed": "*", "name": "X Y", "role": "producer"}]})
    with pytest.raises(ValueError):
        Corrections.from_dict([])  # type: ignore[arg-type]
    assert isinstance(Corrections.load(), Corrections)
    with pytest.raises(FileNotFoundError):
        Corrections.load(tmp_path / "missing.json")


# --- the real feeds ------------------------------------------------------------------------


@cache
def feed(name: str):
    from bot.feeds import parse_feed

    return parse_feed((FEEDS / name).read_bytes())


def measure(names_: tuple[str, ...], body) -> tuple[int, int, int, int]:
    """Recall on tagged guests named in the text, precision against all tagged people.

    The podcast:person tags are only the answer key: extraction sees the title and
    ``body(episode)`` and nothing else.
    """
    guests_named = guests_found = extracted = correct = 0
    for name in names_:
        for ep in feed(name).episodes:
            text = body(ep)
            got = {person_key(m.name) for m in extract_people(ep.title, text)}
            tagged = {person_key(p.name) for p in ep.persons}
            folded = fold(f"{ep.title}\n{text}")
            named = [p for p in ep.persons if p.role == "guest" and fold(p.name) in folded]
            guests_named += len(named)
            guests_found += sum(1 for p in named if person_key(p.name) in got)
            extracted += len(got)
            correct += len(got & tagged)
    return guests_found, guests_named, correct, extracted


@needs_feeds
@pytest.mark.parametrize(
    ("label", "body"),
    [
        ("title + description", lambda ep: ep.description),
        # The prose alone, without the "Featuring:" roster of the full notes.
        ("title + summary", lambda ep: ep.summary),
    ],
)
def test_quality_against_podcast_person_tags(label, body):
    found, named, correct, extracted = measure(("go-time.xml", "js-party.xml"), body)
    recall, precision = found / named, correct / extracted
    print(
        f"\npeople, Go Time + JS Party, {label}: recall {recall:.1%} ({found}/{named} tagged "
        f"guests named in the text), precision {precision:.1%} ({correct}/{extracted})"
    )
    assert named > 300
    assert recall >= 0.85
    assert precision >= 0.85


@needs_feeds
def test_lex_fridman_titles():
    total = hits = 0
    for ep in feed("lex-fridman-podcast.xml").episodes:
        m = re.match(r"#\d+ – ([^:]+):", ep.title)
        if not m:
            continue
        expected = [n for n in re.split(r",? (?:and|&) ", m.group(1)) if len(n.split()) > 1]
        got = {person_key(x.name) for x in extract_people(ep.title, ep.description)}
        total += len(expected)
        hits += sum(1 for n in expected if person_key(n) in got)
    print(f"\npeople, Lex Fridman '#N – Name:' titles: {hits}/{total}")
    assert total > 250
    assert hits / total >= 0.95
    first = {ep.title: ep for ep in feed("lex-fridman-podcast.xml").episodes}
    ep = first["#381 – Chris Lattner: Future of Programming and AI"]
    assert guests(extract_people(ep.title, ep.description, hosts=["Lex Fridman"]))[0] == (
        "Chris Lattner"
    )


@needs_feeds
def test_tom_segura_con_titles():
    episodes = feed("tom-segura-en-espanol.xml").episodes
    total = hits = 0
    for ep in episodes:
        m = re.match(r"Ep\. \d+ con ([^|]+?) \|", ep.title)
        if not m:
            continue
        expected = person_key(re.sub(r'"[^"]*" ', "", m.group(1)))
        got = [
            person_key(x.name)
            for x in extract_people(ep.title, ep.description, hosts=["Tom Segura"])
        ]
        total += 1
        hits += expected in got
    assert total >= 20
    assert hits / total >= 0.95
    charo = next(ep for ep in episodes if ep.title.startswith("Ep. 25 con Charo"))
    found = extract_people(charo.title, charo.description, hosts=["Tom Segura"])
    assert guests(found)[0] == "Charo"
    assert "Tom Segura" not in guests(found)


@needs_feeds
def test_every_item_of_every_feed():
    files = sorted(FEEDS.glob("*.xml"))
    assert len(files) == 18
    items = people = 0
    for path in files:
        parsed = feed(path.name)
        hosts = [p.name for p in parsed.persons if p.role == "host"]
        for ep in parsed.episodes:
            found = extract_people(ep.title, ep.description or ep.summary, hosts=hosts)
            merged = merge_mentions(ep.persons, found, hosts)
            items += 1
            people += len(merged)
            for m in merged:
                assert m.role in ("host", "guest")
                assert m.name.strip() and person_key(m.name)
                assert m.note is None or 0 < len(m.note) <= 121
    print(f"\npeople, all feeds: {items} items, {people} people")
    assert items > 4000


SHOW_FEED = b"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Pixel Bombcast</title>
<item><title>Pixel Bombcast 03-11-2008</title><guid>p-1</guid>
<pubDate>Tue, 11 Mar 2008 10:00:00 GMT</pubDate>
<description>In our inaugural episode of the Pixel Bombcast, Ryan and Jeff discuss energy
drinks. We are joined by Alice Walker.</description></item>
<item><title>Pixel Bombcast 06-03-2008</title><guid>p-2</guid>
<pubDate>Tue, 03 Jun 2008 10:00:00 GMT</pubDate>
<description>The Pixel Bombcast welcomes Dave Snider in this exciting episode.</description>
</item>
</channel></rss>
"""


def test_the_show_itself_is_no_person() -> None:
    """Notes that name the show as they would a person ("The Pixel Bombcast welcomes...")
    give no guest or host of that name (issue 11: podcast names are not people)."""
    from bot.feeds import parse_feed
    from bot.ingest import Enricher

    feed = parse_feed(SHOW_FEED)
    people = [[p.name for p in e.people] for e in Enricher().enrich(feed, 0.0)]
    assert people == [["Alice Walker"], ["Dave Snider"]]


def test_a_roster_run_together_on_one_line() -> None:
    """A bulleted roster whose items the feed ran together ("...em UX* Talita Pagani,
    consultora ... * Rafaela de Souza, ...", Hipsters Ponto Tech) gives every person."""
    notes = (
        "Vamos conversar com especialistas em UX!\n\nParticipantes:\n\n"
        "* Paulo Silveira, o host que já desenvolveu muita coisa sem pensar em UX* Talita "
        "Pagani, consultora de acessibilidade na Utilizza * Rafaela de Souza, ux researcher "
        "no Banco Original\n\nLinks:\n\n* Curso de UX Research"
    )
    people = extract_people("UX Research – Hipsters #185", notes)
    assert [(p.name, p.role) for p in people] == [
        ("Paulo Silveira", "host"),
        ("Talita Pagani", "guest"),
        ("Rafaela de Souza", "guest"),
    ]
    # A star inside an entry is no bullet.
    single = extract_people("x", "Participantes:\n\n* Jane Doe, fundadora da 5 * 3 Labs\n")
    assert [p.name for p in single] == ["Jane Doe"]


def test_i_speak_to_my_friend() -> None:
    """A one-host show's first person: "I speak to my friend Cecil Philip" names the guest,
    as "talk to" does."""
    notes = "In this episode, I speak to my friend Cecil Philip who does Python and .NET."
    assert [p.name for p in extract_people("#363: Python for .NET developers", notes)] == [
        "Cecil Philip"
    ]
