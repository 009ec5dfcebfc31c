"""Readers who check the figures: the facts page, the downloads, links from every figure, and
charts whose every number is a fact."""

from __future__ import annotations

import codecs
import csv
import io
import json
from urllib.parse import urljoin, urlsplit

import pytest

from tests.conftest import build, copy_project
from tests.editions import NEWEST
from tests.editions import facts_file as facts_file_of
from tests.facts_file import expected_value, quote_for, read_facts
from tests.shown_figures import number
from tests.site import LANGUAGES, PREFIX, Site

FACTS = read_facts()
FACT_YEARS = [
    (fact_id, None if year is None else str(year))
    for fact_id, fact in FACTS.items()
    for year in fact.get("values", [None])
]
CHARTS = ("victims_by_group", "justice_pipeline", "victims_and_services", "workers_removed")
LAO = set(range(0x0E80, 0x0F00))


def target(site: Site, page_path: str, href: str):
    """The page path and the element a link on `page_path` leads to."""
    url = urljoin(site.url + page_path, href)
    path, fragment = urlsplit(url).path, urlsplit(url).fragment
    path = path.removeprefix(urlsplit(site.url).path)
    return path, site.soup(path).find(id=fragment)


def row_id(fact_id, year):
    return fact_id if year is None else f"{fact_id}-{year}"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_facts_page_lists_every_fact_and_year_with_its_source(site, lang):
    path = PREFIX[lang] + "facts/"
    page = site.soup(path)
    for fact_id, year in FACT_YEARS:
        fact = FACTS[fact_id]
        row = page.find(id=row_id(fact_id, year))
        assert row is not None, (fact_id, year)
        cells = row.find_all("td")
        assert cells[0].get_text() == fact["label"][lang]
        assert row.find("data")["value"] == expected_value(fact, year)
        assert row.find("q").get_text() == quote_for(fact, year)
        _, stated = target(site, path, row.find("a")["href"])
        assert stated is not None, (fact_id, year, row.find("a")["href"])
        assert stated.name == "data" and stated["data-fact"] == fact_id, (fact_id, year)
        assert stated.get("data-year") == year


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_figure_leads_to_its_source_and_says_what_it_counts(site, lang):
    for path in site.page_paths(lang):
        for link in site.soup(path).select("a.fact"):
            figure = link.find("data")
            fact = FACTS[figure["data-fact"]]
            assert link["data-label"].startswith(fact["label"][lang])
            assert link["data-quote"] == quote_for(fact, figure.get("data-year"))
            assert not link.has_attr("title")  # Material's tooltip would read it as HTML
            facts_page, entry = target(site, path, link["data-entry"])
            assert facts_page == PREFIX[lang] + "facts/"
            assert entry["id"] == row_id(figure["data-fact"], figure.get("data-year"))
            where, reached = target(site, path, link["href"])
            assert reached is not None, (path, link["href"])
            assert where.startswith(PREFIX[lang])
            if reached.name == "tr":  # the figure at its source links to its facts-page entry
                assert reached["id"] == row_id(figure["data-fact"], figure.get("data-year"))
            else:
                assert (reached["data-fact"], reached.get("data-year")) == (
                    figure["data-fact"],
                    figure.get("data-year"),
                )


def test_downloads_hold_every_fact_and_year(site):
    raw = (site.folder / "data/facts.csv").read_bytes()
    assert raw.startswith(codecs.BOM_UTF8)  # Excel reads Lao right only with the mark
    table = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"))))
    document = json.loads((site.folder / "data/facts.json").read_text("utf-8"))
    assert [(row["id"], row["year"] or None) for row in table] == FACT_YEARS
    for row in table:
        fact = FACTS[row["id"]]
        assert row["value"] == expected_value(fact, row["year"] or None)
        assert (row["label_lo"], row["label_en"]) == (fact["label"]["lo"], fact["label"]["en"])
        assert row["source"] == quote_for(fact, row["year"] or None)
        assert row["unit"] == fact.get("currency", fact["kind"])
    assert [entry["id"] for entry in document["facts"]] == list(FACTS)
    victims = next(e for e in document["facts"] if e["id"] == "protection.victims_identified")
    assert victims["values"] == [
        {"year": int(year), "value": value, "quote": quote_for(FACTS[victims["id"]], year)}
        for year, value in FACTS[victims["id"]]["values"].items()
    ]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_facts_page_links_the_downloads(site, lang):
    path = PREFIX[lang] + "facts/"
    hrefs = [a["href"] for a in site.soup(path).select("a[download]")]
    reached = {urljoin(site.url + path, href) for href in hrefs}
    own = f"{site.url}{NEWEST}/"  # the edition's own, in one place for both languages
    assert reached == {own + "data/facts.json", own + "data/facts.csv"}


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("name", CHARTS)
def test_chart_draws_only_its_facts_in_the_page_language(site, lang, name):
    figure = site.soup(PREFIX[lang] + "charts/").find(id=f"chart-{name}")
    svg = figure.find("svg")
    assert svg.find("title").get_text() and svg.find("desc").get_text()
    assert svg["role"] == "img"
    cited = [entry.split(":") for entry in figure["data-facts"].split()]
    allowed = {expected_value(FACTS[fact_id], year or None) for fact_id, year in cited}
    earlier = [entry.split(":") for entry in figure.get("data-earlier", "").split()]
    allowed |= {
        expected_value(read_facts(facts_file_of(edition=edition))[fact_id], year)
        for edition, fact_id, year in earlier
    }
    drawn = [t.get_text() for t in svg.find_all("text")]
    numbers = [str(number(text, lang)) for text in drawn if any(c.isdigit() for c in text)]
    assert numbers and set(numbers) <= allowed
    bars = [(fid, y) for fid, y in cited if not fid.startswith("report.")]
    assert len(figure.select("data")) == len(bars) + len(earlier)
    words = "".join(text for text in drawn if not any(c.isdigit() for c in text))
    has_lao = any(ord(c) in LAO for c in words)
    assert has_lao == (lang == "lo")


def test_html_in_a_label_or_source_is_shown_as_text(site, tmp_path):
    project = copy_project(tmp_path / "project")
    facts_file = facts_file_of(project)
    label = "en: companies inspected in the Golden Triangle SEZ\n"
    text = facts_file.read_text("utf-8")
    assert text.count(label) == 1
    facts_file.write_text(text.replace(label, 'en: "<img src=x><b>companies</b>"\n'), "utf-8")
    result = build(project, tmp_path / "site", site.url)
    assert result.returncode == 0, result.stderr
    built = Site(tmp_path / "site", site.url)
    row = built.soup(PREFIX["en"] + "facts/").find(id="prosecution.sez_companies_inspected")
    assert row.find("td").get_text() == "<img src=x><b>companies</b>"
    assert row.find("img") is None and row.find("b") is None
    links = built.soup(PREFIX["en"]).select(
        'a.fact:has(data[data-fact="prosecution.sez_companies_inspected"])'
    )
    assert links and all(link["data-label"].startswith("<img src=x>") for link in links)
