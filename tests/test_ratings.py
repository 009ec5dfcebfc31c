"""A tier is a rating with words in each language, never a number: it renders as its words, its
`<data>` carries its key, a sentence states it only by its whole words, and the tier history
page and the site's own count of years on a tier come from data/tier-history.yaml."""

from __future__ import annotations

from urllib.parse import urljoin

import pytest
import yaml
from markupsafe import Markup

from macros.data import ratings
from macros.data.facts import Fact, load_facts
from macros.data.records import FactEntry, FactSource, Labels, TierYear
from macros.data.strict_yaml import YamlProblem
from macros.data.tier_history import Streak, streak
from macros.render import share_image
from macros.render.key_figures import strip
from macros.render.rendering import figure_text
from tests.conftest import ROOT, copy_fixture
from tests.facts_file import read_facts
from tests.mistakes import FACTS as FACTS_FILE
from tests.site import LANGUAGES, PREFIX, ROOTS

RATINGS = yaml.safe_load((ROOT / "data" / "ratings.yaml").read_text("utf-8"))
HISTORY = yaml.safe_load((ROOT / "data" / "tier-history.yaml").read_text("utf-8"))
WORDS = yaml.safe_load((ROOT / "data" / "interface.yaml").read_text("utf-8"))
NUMBER_WORDS = yaml.safe_load((ROOT / "data" / "number-words.yaml").read_text("utf-8"))
FACTS = read_facts()
WATCH_LIST = "tier_2_watch_list"


def rating_fact(key: str) -> Fact:
    entry = FactEntry(
        "rating", key, None, None, [], Labels("ກຸ່ມ", "tier"), FactSource("overview", "x", None)
    )
    return Fact("rating.tier", entry, 1, {None: 1}, 1)


def contained_pairs(lang: str) -> list[tuple[str, str]]:
    """(shorter, longer): ratings whose words in `lang` stand inside another's ("Tier 2" in
    "Tier 2 Watch List")."""
    return [
        (short, long)
        for short in RATINGS
        for long in RATINGS
        if short != long and RATINGS[short][lang] in RATINGS[long][lang]
    ]


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("key", list(RATINGS))
def test_a_rating_renders_as_its_words_in_the_texts_language(key, lang):
    assert figure_text(rating_fact(key), key, lang) == RATINGS[key][lang]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_pages_show_the_tier_in_their_language_and_carry_its_key(site, lang):
    tier = FACTS["rating.tier"]["value"]
    shown = [
        element
        for element in site.soup(PREFIX[lang]).select('data[data-fact="rating.tier"]')
        if element.find_parent(attrs={"lang": True})["lang"] == lang
    ]
    assert shown
    assert {element["value"] for element in shown} == {tier}
    assert RATINGS[tier][lang] in {element.get_text() for element in shown}


@pytest.mark.parametrize("lang", LANGUAGES)
def test_a_sentence_naming_a_longer_rating_does_not_state_the_shorter(lang):
    pairs = contained_pairs(lang)
    assert pairs  # the Watch List is named after its tier, in both languages
    for short, long in pairs:
        said_long = f"Laos was placed on {RATINGS[long][lang]} this year."
        said_short = f"Laos was placed on {RATINGS[short][lang]} this year."
        assert ratings.states(said_long, long)
        assert not ratings.states(said_long, short), (short, long)
        assert ratings.states(said_short, short)
        assert not ratings.states(said_short, long), (short, long)


def test_a_rating_with_a_higher_number_is_not_stated_by_a_lower_one():
    numbered = [key for key, rating in RATINGS.items() if "number" in rating]
    for key in numbered:
        for other in numbered:
            said = f"therefore Laos remained on {RATINGS[other]['en']}."
            assert ratings.states(said, key) == (key == other)
            assert not ratings.states(
                said.replace(RATINGS[other]["en"], f"{RATINGS[other]['en']}0"), key
            )


def watch_list_facts(tmp_path):
    """The fixture's facts with the tier moved to the Watch List."""
    project = copy_fixture(tmp_path / "project")
    facts_file = project / FACTS_FILE
    text = facts_file.read_text("utf-8")
    tier = yaml.safe_load(text)["rating"]["tier"]["value"]
    facts_file.write_text(text.replace(f"value: {tier}\n", f"value: {WATCH_LIST}\n", 1), "utf-8")
    return load_facts(facts_file, FACTS_FILE)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_share_picture_names_the_watch_list_whole(tmp_path, lang):
    line = share_image.tier_line(watch_list_facts(tmp_path), lang)
    assert RATINGS[WATCH_LIST][lang] in line
    assert RATINGS[WATCH_LIST]["en"] in line


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_key_figures_name_the_watch_list_whole(tmp_path, lang):
    facts = watch_list_facts(tmp_path)

    def figure(fact_id, year, text_lang):
        found = facts.get(fact_id)
        value = found.value_for(facts.reporting_year(year) if found.per_year else None)
        return Markup(figure_text(found, value, text_lang or lang))

    shown = strip(WORDS[lang], figure, remained=False)
    assert RATINGS[WATCH_LIST][lang] in shown
    tier_item = shown.split("</li>")[0]
    without = tier_item.replace(RATINGS[WATCH_LIST][lang], "").replace(
        RATINGS[WATCH_LIST]["en"], ""
    )
    assert not any(RATINGS[key][lang] in without for key in RATINGS), tier_item


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_key_figures_say_remained_only_of_the_rating_the_year_before_had(site, lang):
    """A rating the history gives the year before too "remained"; any other was placed there."""
    year = FACTS["report.year"]["value"]
    remained = HISTORY.get(year - 1, {}).get("rating") == HISTORY[year]["rating"]
    words = WORDS[lang]["key_tier" if remained else "key_tier_placed"]
    item = site.soup(PREFIX[lang]).select_one("article .key-figures li")
    assert item.get_text().startswith(words.split("{", 1)[0])


def small_history(ratings_by_year: dict[int, str]) -> dict[int, TierYear]:
    return {year: TierYear(key, None, None) for year, key in ratings_by_year.items()}


def test_years_on_a_tier_count_back_to_the_last_change():
    history = small_history({2017: WATCH_LIST, 2018: "tier_2", 2019: "tier_2", 2020: "tier_3"})
    assert streak(history, 2019) == Streak("tier_2", 2018, 2019)
    assert streak(history, 2019).years == 2
    assert streak(history, 2020).years == 1


def test_a_year_missing_or_unknown_ends_the_count():
    history = small_history({2016: "tier_2", 2017: ratings.UNKNOWN, 2018: "tier_2", 2020: "tier_2"})
    assert streak(history, 2018) == Streak("tier_2", 2018, 2018)
    assert streak(history, 2020) == Streak("tier_2", 2020, 2020)
    assert streak(history, 2017) is None
    assert streak(history, 2019) is None


def expected_streak() -> tuple[int, int]:
    """(years, first year) on the report year's rating, counted here from the history file."""
    year = FACTS["report.year"]["value"]
    first = year
    while HISTORY.get(first - 1, {}).get("rating") == HISTORY[year]["rating"]:
        first -= 1
    return year - first + 1, first


def ordinal_words(place: int, lang: str) -> str:
    """A place in order as data/number-words.yaml writes it: a word, or its pattern."""
    words = NUMBER_WORDS[lang]
    if "first_to_ninth" in words:
        return words["first_to_ninth"][place - 1]
    return words["ordinal"].format(place)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_sites_own_count_of_years_follows_the_history(site, lang):
    """The home page's own note says the count the history gives, not the article's, and
    links the tier history page."""
    years, first = expected_streak()
    rating = RATINGS[HISTORY[FACTS["report.year"]["value"]]["rating"]][lang]
    tiers_page = site.url + ROOTS[lang] + "tiers/"
    soup = site.soup(PREFIX[lang])
    notes = [
        link.parent.get_text()
        for link in soup.select("article a[href]")
        if urljoin(site.url + PREFIX[lang], link["href"]) == tiers_page
    ]
    assert notes, "the home page links the tier history"
    for text in notes:
        assert str(first) in text and rating in text
        assert ordinal_words(years, lang) in text


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_tier_history_page_lists_every_year(site, lang):
    soup = site.soup(ROOTS[lang] + "tiers/")
    for year, entry in HISTORY.items():
        row = soup.select_one(f"tr#tier-{year}")
        assert row is not None, year
        cells = row.find_all("td")
        assert cells[0].get_text() == str(year)
        if entry["rating"] == ratings.UNKNOWN:
            assert cells[1].get_text() == WORDS[lang]["tiers_unknown"]
        else:
            assert cells[1].get_text() == RATINGS[entry["rating"]][lang]
        links = [a["href"] for a in cells[2].find_all("a")]
        assert links == ([entry["read_at"]] if "read_at" in entry else [])
        note = entry.get("note", {}).get(lang, "")
        assert cells[3].get_text() == note
    assert len(soup.select("tr[id^=tier-]")) == len(HISTORY)


def test_a_rating_file_in_the_wrong_script_is_named_with_its_line(tmp_path):
    broken = tmp_path / "ratings.yaml"
    text = (ROOT / "data" / "ratings.yaml").read_text("utf-8")
    key = next(iter(RATINGS))
    lao, english = RATINGS[key]["lo"], RATINGS[key]["en"]
    broken.write_text(text.replace(f"en: {english}\n", f"en: {lao}\n", 1), "utf-8")
    with pytest.raises(YamlProblem) as raised:
        ratings.validated(broken)
    line = broken.read_text("utf-8").splitlines().index(f"  en: {lao}") + 1
    assert str(raised.value).startswith(f"data/ratings.yaml:{line}: {key}: `en`")
    assert "holds Lao letters" in str(raised.value)


def test_a_rating_missing_a_language_is_named(tmp_path):
    broken = tmp_path / "ratings.yaml"
    text = (ROOT / "data" / "ratings.yaml").read_text("utf-8")
    key = next(iter(RATINGS))
    broken.write_text(text.replace(f"  lo: {RATINGS[key]['lo']}\n", "", 1), "utf-8")
    with pytest.raises(YamlProblem) as raised:
        ratings.validated(broken)
    assert f"{key}: `lo` is missing" in str(raised.value)
