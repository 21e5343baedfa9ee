"""The topic catalogue: assignment at ingest, lookups and topic mentions in questions."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from bot.phrases import trie_pattern
from bot.text import normalize
from bot.topics import DEFAULT_PATH, KINDS, TopicCatalog, default_catalog
from tests.conftest import FEEDS_DIR as FEEDS

# Texts from the Latin America Today episode page (shared/seed), as the page gives them.
GRIM_TITLE = "The Grim Side of El Salvador’s “Security Model”"
GRIM_TEXT = (
    "A special episode as part of WOLA’s 2025 Human Rights Awards Month President Nayib "
    "Bukele’s government has jailed nearly 2 percent of El Salvador’s entire population—the "
    "highest incarceration rate in the world. Still, because violence has dropped sharply, "
    "political figures across Latin America speak about emulating Bukele’s “security model.” "
    "But behind the videos of mega-prisons and tweets about plunging homicide rates lies a "
    "darker, less sustainable reality."
)
DRUG_TITLE = (
    "U.S. drug policy takes a “radical” and “chilling” turn. Is Venezuela in the crosshairs?"
)
DRUG_TEXT = (
    "Since late August, the Trump administration has sent a flotilla of U.S. warships to the "
    "southern Caribbean, in the largest naval display in the region in decades. On September "
    "2, a U.S. drone strike sank a small boat near the Venezuelan coast, killing as many as "
    "eleven civilians. Administration officials allege the vessel carried cocaine, but have "
    "presented no evidence. In this WOLA Podcast episode, Adam Isacson speaks with , Director "
    "for Venezuela, and , Director for Drug Policy and the Andes, about the shockwaves from "
    "this escalation, both region-wide and especially in Venezuela. An Extreme..."
)
FAMILY_TITLE = "“We Are in the Middle of a New Family Separation Crisis”"
FAMILY_TEXT = (
    "Since January, the United States’ migrant detention and deportation system, which was "
    "already troubled, has become increasingly opaque. Access to Immigration and Customs "
    "Enforcement (ICE) facilities is restricted, internal oversight agencies have been "
    "hollowed out, and credible information about conditions inside is scarce."
)
PEACE_TITLE = (
    "“Simultaneously juggling nine processes at once”: Colombia’s “Total Peace” plan and "
    "mounting security challenges"
)
PEACE_TEXT = (
    "Nearly three years into President Gustavo Petro’s term, his flagship “Total Peace” "
    "initiative is faltering. On this episode of the WOLA Podcast, , WOLA’s Director for the "
    "Andes, provides a sweeping overview of Colombia’s peace and security reality."
)
MUJERES_TITLE = "Mujeres contra la corrupción y el autoritarismo: aprendiendo de El Salvador"
MUJERES_TEXT = (
    "**This podcast is in Spanish. Stay tuned for an English summary! Este Mes de la Mujer, "
    "en WOLA lanzamos una serie especial de nuestro podcast para amplificar voces feministas "
    "que luchan por los derechos humanos en América Latina. En nuestro último episodio, "
    "conversamos con Ruth López, directora del programa de anticorrupción en Cristosal, sobre "
    "su trabajo en la lucha contra la corrupción y el autoritarismo en El Salvador."
)
LGBT_ES_TITLE = "Derechos y resistencia LGBTIQ+ en Latinoamérica: seis voces de la región"
LGBT_TEXT = (
    "This special Pride Month episode brings together the voices of six LGBTIQ+ activists "
    "from across Latin America—Mexico, Honduras, Colombia, Venezuela, and El Salvador—who "
    "share their experiences as leaders in the fight for equality and justice."
)
MIGRANTS_TITLE = (
    "LGBTQ+ Migrants in the Crosshairs: A Critical Conversation with Brigitte Baltazar Lujano"
)
MIGRANTS_TEXT = (
    "In the wake of escalating immigration enforcement targeting vulnerable migrant "
    "communities, this Pride Month episode brings essential perspective from the frontlines. "
    "We sit down with Brigitte Baltazar Lujano, a trans woman who herself experienced "
    "deportation and now leads critical advocacy and service work for LGBTQ+ migrants at the "
    "U.S.-Mexico border with the Tijuana and San Diego-based organization Al Otro Lado."
)

# Every country and territory of Latin America and the Caribbean must be in the catalogue.
COUNTRIES = [
    "Mexico", "Guatemala", "Belize", "Honduras", "El Salvador", "Nicaragua", "Costa Rica",
    "Panama", "Colombia", "Venezuela", "Ecuador", "Peru", "Bolivia", "Chile", "Argentina",
    "Uruguay", "Paraguay", "Brazil", "Guyana", "Suriname", "French Guiana", "Falkland Islands",
    "Cuba", "Haiti", "Dominican Republic", "Puerto Rico", "Jamaica", "Trinidad and Tobago",
    "Barbados", "Bahamas", "Dominica", "Grenada", "Saint Lucia",
    "Saint Vincent and the Grenadines", "Saint Kitts and Nevis", "Antigua and Barbuda",
    "Aruba", "Curaçao", "Caribbean Netherlands", "Saint Martin", "Saint Barthélemy",
    "Guadeloupe", "Martinique", "Cayman Islands", "Turks and Caicos Islands",
    "British Virgin Islands", "U.S. Virgin Islands", "Anguilla", "Montserrat",
]  # fmt: skip
REGIONS = [
    "Latin America", "Central America", "Caribbean", "South America", "Andes",
    "Northern Triangle", "Amazon", "U.S.-Mexico border", "Darién Gap",
]  # fmt: skip
THEMES = [
    "Migration", "Drug policy", "Security", "Human rights", "Corruption", "Democracy",
    "LGBTIQ+ rights", "U.S. policy", "Peace processes", "Prisons", "Women's rights", "Gender",
    "Indigenous rights", "Environment", "Economy", "Justice and impunity", "Press freedom",
    "Military",
]  # fmt: skip

# Demonyms and names in English, Spanish and Portuguese, with and without accents.
DEMONYMS = {
    "venezuelan": "Venezuela", "venezuelans": "Venezuela", "venezolano": "Venezuela",
    "venezolana": "Venezuela", "venezolanos": "Venezuela", "venezolanas": "Venezuela",
    "méxico": "Mexico", "mexican": "Mexico", "mexicano": "Mexico", "mexicanas": "Mexico",
    "salvadoran": "El Salvador", "salvadoreño": "El Salvador", "salvadoreños": "El Salvador",
    "salvadorenas": "El Salvador", "colombian": "Colombia", "colombiano": "Colombia",
    "colombianos": "Colombia", "dominican": "Dominican Republic",
    "dominicanos": "Dominican Republic", "república dominicana": "Dominican Republic",
    "dominica": "Dominica", "haitian": "Haiti", "haitianos": "Haiti", "cubano": "Cuba",
    "cubans": "Cuba", "brasileiro": "Brazil", "brasileños": "Brazil", "brasil": "Brazil",
    "puertorriqueño": "Puerto Rico", "guatemalteco": "Guatemala", "hondureños": "Honduras",
    "nicaragüense": "Nicaragua", "nicaraguenses": "Nicaragua", "panameño": "Panama",
    "costarricense": "Costa Rica", "ecuatoriano": "Ecuador", "peruano": "Peru", "perú": "Peru",
    "boliviano": "Bolivia", "chileno": "Chile", "chilean": "Chile", "argentino": "Argentina",
    "argentines": "Argentina", "uruguayo": "Uruguay", "paraguaya": "Paraguay",
    "jamaican": "Jamaica", "trinidadian": "Trinidad and Tobago", "guyanese": "Guyana",
    "surinamese": "Suriname", "bahamian": "Bahamas", "barbadian": "Barbados",
    "belizean": "Belize", "latinoamericanos": "Latin America", "latin american": "Latin America",
    "centroamericanos": "Central America", "caribeños": "Caribbean", "andean": "Andes",
}  # fmt: skip


@pytest.fixture(scope="module")
def catalog() -> TopicCatalog:
    return TopicCatalog.load()


# --- the catalogue file ---------------------------------------------------------------


def test_file_documents_its_format() -> None:
    data = json.loads(DEFAULT_PATH.read_text(encoding="utf-8"))
    assert data["_comment"]
    assert isinstance(data["topics"], list)
    for entry in data["topics"]:
        assert set(entry) <= {"name", "kind", "aliases", "question_only"}
        assert entry["kind"] in KINDS
        assert entry["aliases"]


def test_covers_the_region_and_the_themes(catalog: TopicCatalog) -> None:
    for names, kind in ((COUNTRIES, "country"), (REGIONS, "region"), (THEMES, "theme")):
        for name in names:
            topic = catalog.get(name)
            assert topic is not None, name
            assert topic.kind == kind, name
    assert len(set(catalog.names)) == len(catalog.names)


def test_get_ignores_case_and_accents(catalog: TopicCatalog) -> None:
    assert catalog.get("venezuela").name == "Venezuela"  # type: ignore[union-attr]
    assert catalog.get("DARIEN GAP").name == "Darién Gap"  # type: ignore[union-attr]
    assert catalog.get("curacao").name == "Curaçao"  # type: ignore[union-attr]
    assert catalog.get("Narnia") is None


def test_no_alias_names_two_countries(catalog: TopicCatalog) -> None:
    countries = {name for name in catalog.names if catalog.get(name).kind == "country"}  # type: ignore[union-attr]
    for topic in catalog:
        for alias in (topic.name, *topic.aliases):
            hits = {name for name, score in catalog.lookup(alias) if score == 100}
            assert len(hits & countries) <= 1, (alias, hits)


def test_default_catalog_is_loaded_once() -> None:
    assert default_catalog() is default_catalog()
    assert "Venezuela" in default_catalog().names


def test_load_checks_the_file(tmp_path: Path) -> None:
    path = tmp_path / "topics.json"
    topics = [{"name": "Narnia", "kind": "country", "aliases": ["narnian", "ICE"]}]
    path.write_text(json.dumps({"_comment": "x", "topics": topics}), encoding="utf-8")
    small = TopicCatalog.load(path)
    assert small.names == ["Narnia"]
    assert small.assign("Narnian tales", "") == ["Narnia"]
    assert small.lookup("narnians") == [("Narnia", 100.0)]

    path.write_text(json.dumps(topics), encoding="utf-8")  # a bare list is accepted
    assert TopicCatalog.load(path).names == ["Narnia"]

    for bad in (
        [{"name": "Narnia", "kind": "planet", "aliases": []}],
        [{"name": "Narnia", "kind": "country", "alias": ["narnian"]}],
        [{"name": "", "kind": "country", "aliases": []}],
        [{"name": "Narnia", "kind": "country", "aliases": "narnian"}],
        [{"name": "Narnia", "kind": "country"}, {"name": "narnia", "kind": "region"}],
    ):
        path.write_text(json.dumps({"topics": bad}), encoding="utf-8")
        with pytest.raises(ValueError):
            TopicCatalog.load(path)
    path.write_text("{not json", encoding="utf-8")
    with pytest.raises(ValueError):
        TopicCatalog.load(path)


# --- assignment -----------------------------------------------------------------------


def test_assigns_the_seed_episodes(catalog: TopicCatalog) -> None:
    grim = catalog.assign(GRIM_TITLE, GRIM_TEXT)
    assert grim[:2] == ["El Salvador", "Security"]  # both named in the title
    assert {"Prisons", "Human rights", "Latin America"} <= set(grim)

    drug = catalog.assign(DRUG_TITLE, DRUG_TEXT)
    assert set(drug[:3]) == {"U.S. policy", "Drug policy", "Venezuela"}
    assert {"Caribbean", "Andes", "Military"} <= set(drug)

    assert catalog.assign(FAMILY_TITLE, FAMILY_TEXT) == ["Migration"]

    peace = catalog.assign(PEACE_TITLE, PEACE_TEXT)
    assert set(peace[:3]) == {"Colombia", "Peace processes", "Security"}
    assert "Andes" in peace

    migrants = catalog.assign(MIGRANTS_TITLE, MIGRANTS_TEXT)
    assert migrants[:2] == ["Migration", "LGBTIQ+ rights"]
    assert {"U.S.-Mexico border", "Mexico"} <= set(migrants)


def test_assigns_spanish_episodes(catalog: TopicCatalog) -> None:
    mujeres = catalog.assign(MUJERES_TITLE, MUJERES_TEXT)
    assert set(mujeres[:4]) == {"Women's rights", "Corruption", "Democracy", "El Salvador"}
    assert {"Human rights", "Latin America"} <= set(mujeres)

    lgbt = catalog.assign(LGBT_ES_TITLE, LGBT_TEXT)
    assert lgbt[:2] == ["LGBTIQ+ rights", "Latin America"]
    assert {"Mexico", "Honduras", "Colombia", "Venezuela", "El Salvador"} <= set(lgbt)

    text = (
        "Miles de venezolanos y venezolanas cruzan el Darién; los migrantes salvadoreños "
        "denuncian las cárceles y la violencia de las pandillas."
    )
    assert set(catalog.assign("", text)) == {
        "Venezuela",
        "Darién Gap",
        "Migration",
        "El Salvador",
        "Prisons",
        "Security",
    }


@pytest.mark.parametrize(("word", "topic"), sorted(DEMONYMS.items()))
def test_demonyms_and_names(catalog: TopicCatalog, word: str, topic: str) -> None:
    assert catalog.assign("", f"Una charla con {word} en el podcast.") == [topic]
    assert catalog.lookup(word)[0] == (topic, 100.0)


def test_title_topics_come_first_then_by_count(catalog: TopicCatalog) -> None:
    assert catalog.assign("Cuba", "Venezuela, Venezuela and Venezuela.") == ["Cuba", "Venezuela"]
    assert catalog.assign("Cuba and Haiti", "Haiti, Haiti. Cuba.") == ["Haiti", "Cuba"]
    assert catalog.assign("", "Peru. Chile, Chile.") == ["Chile", "Peru"]
    assert catalog.assign("", "Peru. Chile.") == ["Peru", "Chile"]  # a tie: first named


def test_plurals_and_multiword_aliases(catalog: TopicCatalog) -> None:
    assert catalog.assign("", "drug policies of the region") == ["Drug policy"]
    assert catalog.assign("", "las elecciones y las cárceles") == ["Democracy", "Prisons"]
    assert catalog.assign("", "asylum seekers") == ["Migration"]
    assert catalog.assign("", "Anti-corruption work") == ["Corruption"]
    assert catalog.assign("", "U.S.-Mexico border") == ["U.S.-Mexico border", "Mexico"]


@pytest.mark.parametrize(
    "text",
    [
        "We had ice cream and chili at the trans-Atlantic party in Georgia.",
        "ICE CREAM SOCIAL",
        "(00:58) - ICE BREAKERS\n(12:00) - Mat avoids new()",
        "Transparency and transport in Guinea and Columbia, South Carolina",
        "A Coca-Cola at the drug store, the Gang of Four and the prisoner's dilemma",
        "Climbing Ben Nevis with Amazon Web Services and the Amazon warehouse team",
        "A database migration, our security policy and a new development environment",
        "Help support our independent journalism at theguardian.com",
        "Heroines of the Marvel universe; chiles en nogada",
        "A Dominican friar? No: the Dominican Republic.",
    ],
)
def test_no_false_topics(catalog: TopicCatalog, text: str) -> None:
    found = catalog.assign("", text)
    assert found in ([], ["Dominican Republic"]), found
    assert "Dominica" not in found


def test_dominica_is_not_the_dominican_republic(catalog: TopicCatalog) -> None:
    assert catalog.assign("", "Hurricane season in Dominica") == ["Dominica"]
    assert catalog.assign("", "La República Dominicana y los dominicanos") == ["Dominican Republic"]
    assert catalog.assign("", "Nevis and Saint Kitts") == ["Saint Kitts and Nevis"]


def test_acronyms_match_only_in_capitals(catalog: TopicCatalog) -> None:
    assert catalog.assign("", "ICE, CBP and DHS raids") == ["Migration"]
    assert catalog.assign("", "ice on the road") == []
    assert catalog.assign("ICE agents", "") == ["Migration"]


def test_keywords_and_categories_map_to_topics(catalog: TopicCatalog) -> None:
    found = catalog.assign(
        "Episode 12", "", keywords=["Venezuela", "cooking", "ICE"], categories=["Politics"]
    )
    assert found == ["Venezuela", "Migration"]
    assert catalog.assign("Episode 12", "", keywords=["ice"], categories=["Food"]) == []


def test_question_only_aliases_do_not_tag_episodes(catalog: TopicCatalog) -> None:
    assert catalog.assign("Security at the border", "Washington and the Amazon") == []
    assert catalog.lookup("security") == [("Security", 100.0)]
    assert catalog.lookup("border") == [("U.S.-Mexico border", 100.0)]


# --- lookups --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("query", "topic"),
    [
        ("venezuela", "Venezuela"),
        ("Venezuela", "Venezuela"),
        ("venezolanos", "Venezuela"),
        ("migracion", "Migration"),
        ("Migración", "Migration"),
        ("migration", "Migration"),
        ("drug policy", "Drug policy"),
        ("Drug Policy", "Drug policy"),
        ("lgbt", "LGBTIQ+ rights"),
        ("LGBTQ+", "LGBTIQ+ rights"),
        ("corrupción", "Corruption"),
        ("autoritarismo", "Democracy"),
        ("Total Peace", "Peace processes"),
        ("paz total", "Peace processes"),
        ("mega-prisons", "Prisons"),
        ("ICE", "Migration"),
        ("Darien", "Darién Gap"),
        ("amazon", "Amazon"),
    ],
)
def test_lookup_exact(catalog: TopicCatalog, query: str, topic: str) -> None:
    assert catalog.lookup(query)[0] == (topic, 100.0)


@pytest.mark.parametrize(
    ("query", "topic"),
    [
        ("Venezula", "Venezuela"),
        ("venezuelaa", "Venezuela"),
        ("Guatamala", "Guatemala"),
        ("Hondura", "Honduras"),
        ("migrasion", "Migration"),
        ("drug polcy", "Drug policy"),
        ("corupcion", "Corruption"),
    ],
)
def test_lookup_tolerates_typos(catalog: TopicCatalog, query: str, topic: str) -> None:
    name, score = catalog.lookup(query)[0]
    assert name == topic
    assert 85 <= score < 100


@pytest.mark.parametrize(
    "query", ["ice", "chili", "child", "Georgia", "Olivia", "cub", "pace", "the", "", "  "]
)
def test_lookup_without_topic(catalog: TopicCatalog, query: str) -> None:
    assert catalog.lookup(query) == []


def test_lookup_of_a_phrase_naming_topics(catalog: TopicCatalog) -> None:
    found = dict(catalog.lookup("corrupcion autoritarismo"))
    assert set(found) == {"Corruption", "Democracy"}
    assert all(score < 100 for score in found.values())  # only a whole alias scores 100
    assert [t for t, _ in catalog.lookup("virgin islands")] == [
        "British Virgin Islands",
        "U.S. Virgin Islands",
    ]


# --- questions ------------------------------------------------------------------------


def _spans_ok(question: str, found: list[tuple[str, float, tuple[int, int]]]) -> bool:
    words = normalize(question).split()
    return all(0 <= s < e <= len(words) for _, _, (s, e) in found)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("anything on Venezuela?", [("Venezuela", (2, 3))]),
        ("episodes about migration", [("Migration", (2, 3))]),
        ("corrupcion autoritarismo", [("Corruption", (0, 1)), ("Democracy", (1, 2))]),
        ("¿Qué episodios hablan de los venezolanos?", [("Venezuela", (5, 6))]),
        ("latest on the US-Mexico border", [("U.S.-Mexico border", (3, 6))]),
        ("what about ICE raids", [("Migration", (2, 4))]),
        ("what about ICE?", [("Migration", (2, 3))]),
        ("drug policy in the Andes", [("Drug policy", (0, 2)), ("Andes", (3, 5))]),
        (
            "LGBTIQ+ rights in Latinoamérica",
            [("LGBTIQ+ rights", (0, 2)), ("Latin America", (3, 4))],
        ),
    ],
)
def test_find_in_question(
    catalog: TopicCatalog, question: str, expected: list[tuple[str, tuple[int, int]]]
) -> None:
    found = catalog.find_in_question(question)
    assert [(name, span) for name, _, span in found] == expected
    assert all(score == 100 for _, score, _ in found)
    assert _spans_ok(question, found)


@pytest.mark.parametrize(
    ("question", "topic"),
    [
        ("anything on Venezula?", "Venezuela"),
        ("episodes about migracoin", "Migration"),
        ("drug polcy please", "Drug policy"),
        ("Guatamala episodes", "Guatemala"),
    ],
)
def test_find_in_question_forgives_one_typo(
    catalog: TopicCatalog, question: str, topic: str
) -> None:
    found = catalog.find_in_question(question)
    assert [name for name, _, _ in found] == [topic]
    assert 88 <= found[0][1] < 100
    assert _spans_ok(question, found)


@pytest.mark.parametrize(
    "question",
    [
        "ice cream episodes",
        "chili recipes for a child",
        "is there any place to start?",
        "what is the prime number episode?",
        "quite a good one with the queen",
        "the right episode about trains",
        "peace of mind",
        "Georgia on my mind",
    ],
)
def test_find_in_question_ignores_ordinary_words(catalog: TopicCatalog, question: str) -> None:
    # Short real words one letter away from an alias score too low to count (< 85).
    assert [f for f in catalog.find_in_question(question) if f[1] >= 85] == []


def test_find_in_question_typos_only_in_long_words(catalog: TopicCatalog) -> None:
    assert catalog.find_in_question("Cubq") == []  # 4 letters: exact only
    assert catalog.find_in_question("Cuba") == [("Cuba", 100.0, (0, 1))]


@pytest.mark.skipif(not FEEDS.is_dir(), reason=f"the shared real feeds are not here ({FEEDS})")
def test_word_scan_finds_what_the_regex_finds(catalog: TopicCatalog) -> None:
    """The fast word-by-word scan and the reference regex agree on every real show note."""
    from bot.feeds import parse_feed

    # The reference: every form in one regex, longest first; the look-ahead lets matches
    # overlap.
    text_re = re.compile(r"\b(?=(" + trie_pattern(catalog._text_topics) + r")\b)")
    compared = 0
    for path in sorted(FEEDS.glob("*.xml")):
        for episode in parse_feed(path.read_bytes()).episodes:
            for text in (episode.title, episode.description):
                norm = normalize(text)
                expected = [(m.group(1), m.start()) for m in text_re.finditer(norm)]
                assert list(catalog._forms_in(norm.split())) == expected, (path.name, episode.title)
                compared += 1
    assert compared > 8000
