"""Every figure comes from data/facts.yaml, shows its fact's value, and agrees across languages."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.conftest import ROOT
from tests.facts_file import read_facts
from tests.page_checks import (
    Project,
    all_data,
    facts_with_two_values,
    figures_not_their_facts,
    typed_figures,
)
from tests.site import LANGUAGES, PREFIX

FACTS = read_facts()
PROJECT = Project(ROOT)
LAO_DIGIT = re.compile(r"[\u0ed0-\u0ed9]")


@pytest.mark.parametrize("markdown", PROJECT.markdown(), ids=lambda p: str(p.relative_to(ROOT)))
def test_no_figure_is_typed_into_a_page(markdown: Path):
    assert typed_figures(markdown) == []


def test_pages_have_figures(site):
    assert len(list(all_data(site))) > 200


def test_every_figure_names_a_fact_and_shows_its_value(site):
    assert figures_not_their_facts(site, PROJECT) == []


def test_a_fact_shows_one_value_everywhere(site):
    assert facts_with_two_values(site) == {}


def test_lao_article_and_its_translation_cite_the_same_facts(site):
    def cited(path):
        return {(d["data-fact"], d.get("data-year")) for d in site.soup(path).select("data")}

    assert cited(PREFIX["lo"]) == cited(PREFIX["en"])


@pytest.mark.parametrize("page", ["report/", "report/prosecution/", "report/protection/"])
def test_report_figures_read_the_same_in_both_trees(site, page):
    """The English text on a Lao page (the section, or each paragraph's original under the
    site's reading) shows the English page's figures as it does; the Lao reading, where there
    is one, shows the same figures, in Lao."""

    def figures(path, lang: str):
        """The figures of the report's text in `lang`, not of the headline or the boxes around
        it (credit, notices)."""
        return [
            (d["data-fact"], d["value"], d.get_text())
            for d in site.soup(path).select("data")
            if not d.find_parent(class_="admonition")
            and not d.find_parent("h1")
            and d.find_parent(attrs={"lang": True})["lang"] == lang
        ]

    english = figures(PREFIX["en"] + page, "en")
    assert figures(PREFIX["lo"] + page, "en") == english
    reading = figures(PREFIX["lo"] + page, "lo")
    if site.soup(PREFIX["lo"] + page).select("details[lang=en]"):
        assert sorted(fact[:2] for fact in reading) == sorted(fact[:2] for fact in english)
        assert all(LAO_DIGIT.search(text) is None for _, _, text in reading)
    else:
        assert reading == []


def test_english_prose_spells_out_one_to_nine_and_tables_use_digits(site):
    for path, lang, element in all_data(site):
        fact = FACTS[element["data-fact"]]
        if lang == "en" and fact["kind"] == "count" and 1 <= int(element["value"]) <= 9:
            in_table = element.find_parent("table") is not None
            assert element.get_text().isdigit() == in_table, (path, element)


def test_a_figure_opening_a_sentence_is_capitalised(site):
    openers = []
    for path in site.page_paths("en"):
        for element in site.soup(path).select("article p data"):
            before = (element.find_parent("a") or element).previous_sibling
            opens = before is None or re.search(r"[.!?]\s+$", before.get_text())
            if element.get_text()[:1].isalpha() and opens:
                openers.append(element.get_text())
    assert openers and all(text[0].isupper() for text in openers), openers
    assert any(text != text.lower() for text in openers)


def test_lao_pages_write_arabic_digits_except_where_the_source_writes_lao_ones(site):
    lao_written = []
    for path in site.page_paths("lo"):
        for element in site.soup(path).select("article data"):
            if LAO_DIGIT.search(element.get_text()):
                lao_written.append(element["data-fact"])
    assert set(lao_written) == {"report.copy_date"}
    quote = FACTS["report.copy_date"]["source"]["quote"]
    assert LAO_DIGIT.search(quote), "the source writes this date in Lao digits"


def test_no_figure_stands_inside_the_name_of_another_rating(site):
    """The 2 of "Tier 2 Watch List" names a rating, not Laos's tier: it is never marked."""
    for lang in LANGUAGES:
        for path in site.page_paths(lang):
            for figure in site.soup(path).select("a.fact"):
                after = figure.next_sibling
                text = after if isinstance(after, str) else (after.get_text() if after else "")
                assert not text.lstrip().startswith("Watch List"), (path, str(figure))


def test_years_are_facts_in_the_text_not_marked_figures(site):
    """A year keeps its <data> element, but reads as plain text: no box, no link."""
    years = {fact_id for fact_id, fact in read_facts().items() if fact["kind"] == "year"}
    seen = 0
    for lang in LANGUAGES:
        for path in site.page_paths(lang):
            for element in site.soup(path).select("article data[data-fact]"):
                if element["data-fact"] in years:
                    seen += 1
                    assert element.find_parent("a", class_="fact") is None, (path, str(element))
    assert seen
