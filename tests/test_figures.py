"""Every figure comes from data/facts.yaml, shows its fact's value, and agrees across languages."""

from __future__ import annotations

import re
from collections import defaultdict
from pathlib import Path

import pytest

from tests.conftest import ROOT, build, copy_project
from tests.facts_file import expected_value, read_facts
from tests.shown_figures import value_attribute
from tests.site import LANGUAGES, Site

FACTS = read_facts()
MACRO_CALL = re.compile(r"\{\{.*?\}\}|\{%.*?%\}", re.DOTALL)
DIGIT = re.compile(r"[0-9\u0ed0-\u0ed9]")
LAO_DIGIT = re.compile(r"[\u0ed0-\u0ed9]")
ALLOWED_WITH_DIGITS = ("COVID-19",)  # a disease's name, not a figure
MARKDOWN = sorted((ROOT / "docs").rglob("*.md")) + sorted((ROOT / "report").glob("*.md"))


def all_data(site: Site):
    """(page path, text language, element) for every figure on every page."""
    for lang in LANGUAGES:
        for path in site.page_paths(lang):
            for element in site.soup(path).select("data[data-fact]"):
                yield path, element.find_parent(attrs={"lang": True})["lang"], element


@pytest.mark.parametrize("markdown", MARKDOWN, ids=lambda p: str(p.relative_to(ROOT)))
def test_no_figure_is_typed_into_a_page(markdown: Path):
    text = MACRO_CALL.sub("", markdown.read_text("utf-8"))
    for allowed in ALLOWED_WITH_DIGITS:
        text = text.replace(allowed, "")
    typed = [line for line in text.splitlines() if DIGIT.search(line)]
    assert typed == []


def test_pages_have_figures(site):
    assert len(list(all_data(site))) > 200


def test_every_figure_names_a_fact_and_shows_its_value(site):
    for path, lang, element in all_data(site):
        fact = FACTS[element["data-fact"]]
        value = element["value"]
        assert value == expected_value(fact, element.get("data-year")), (path, element)
        if element.has_attr("data-wording"):  # the text's own words: checked as source text
            assert not DIGIT.search(element.get_text())
            continue
        shown = value_attribute(fact["kind"], element.get_text(), lang)
        assert shown == value, (path, element)


def test_a_fact_shows_one_value_everywhere(site):
    values = defaultdict(set)
    for _, _, element in all_data(site):
        values[element["data-fact"], element.get("data-year")].add(element["value"])
    assert {key: v for key, v in values.items() if len(v) > 1} == {}


def test_lao_article_and_its_translation_cite_the_same_facts(site):
    def cited(path):
        return {(d["data-fact"], d.get("data-year")) for d in site.soup(path).select("data")}

    assert cited("") == cited("en/")


@pytest.mark.parametrize("page", ["report/", "report/prosecution/", "report/protection/"])
def test_report_figures_read_the_same_in_both_trees(site, page):
    def figures(path):
        return [(d["data-fact"], d["value"], d.get_text()) for d in site.soup(path).select("data")]

    assert figures(page) == figures("en/" + page)


def test_english_prose_spells_out_one_to_nine_and_tables_use_digits(site):
    for path, lang, element in all_data(site):
        fact = FACTS[element["data-fact"]]
        if lang == "en" and fact["kind"] == "count" and 1 <= int(element["value"]) <= 9:
            in_table = element.find_parent("table") is not None
            assert element.get_text().isdigit() == in_table, (path, element)


def test_a_figure_opening_a_sentence_is_capitalised(site):
    opener = site.soup("en/report/protection/").select_one(
        'data[data-fact="protection.foreign_victims"][data-year="2022"]'
    )
    assert opener.get_text() == "Six"
    assert opener.find_parent("a").next_sibling.startswith(" of the identified victims")


def test_lao_pages_write_arabic_digits_except_where_the_source_writes_lao_ones(site):
    lao_written = []
    for path in site.page_paths("lo"):
        for element in site.soup(path).select("article data"):
            if LAO_DIGIT.search(element.get_text()):
                lao_written.append(element["data-fact"])
    assert set(lao_written) == {"report.copy_date"}
    quote = FACTS["report.copy_date"]["source"]["quote"]
    assert LAO_DIGIT.search(quote), "the source writes this date in Lao digits"


def test_one_line_in_the_facts_file_changes_that_figure_everywhere_and_nothing_else(site, tmp_path):
    project = copy_project(tmp_path / "project")
    facts_file = project / "data" / "facts.yaml"
    text = facts_file.read_text("utf-8")
    assert text.count("value: 306\n") == 1
    facts_file.write_text(text.replace("value: 306\n", "value: 307\n").replace(" 306 ", " 307 "))
    for source in (project / "source").glob("*.txt"):  # the report a new edition would bring
        source.write_text(source.read_text("utf-8").replace(" 306 ", " 307 "), "utf-8")
    result = build(project, tmp_path / "site", site.url)
    assert result.returncode == 0, result.stderr
    changed = Site(tmp_path / "site", site.url)
    changed_figures = 0
    for lang in LANGUAGES:
        for path in site.page_paths(lang):
            before, after = site.soup(path), changed.soup(path)
            moved = after.select('data[data-fact="prosecution.sez_companies_inspected"]')
            assert len(moved) == len(
                before.select('data[data-fact="prosecution.sez_companies_inspected"]')
            )
            for element in moved:
                assert (element["value"], element.get_text()) == ("307", "307")
                element.string = "306"
                element["value"] = "306"
            changed_figures += len(moved)
            shown_after = str(after.select_one("article")).replace(" 307 ", " 306 ")  # quotes
            assert shown_after == str(before.select_one("article")), path
    assert changed_figures >= 4
