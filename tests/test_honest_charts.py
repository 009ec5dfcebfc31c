"""Charts a reader cannot add up wrongly: a total is never a bar beside its own parts, every
title names the years its bars show, and every cell of a chart's table holds a figure or says
why it has none; a Lao title stands upright."""

from __future__ import annotations

import pytest

from tests.facts_file import expected_value, read_facts
from tests.shown_figures import number
from tests.site import LANGUAGES, PREFIX

FACTS = read_facts()
in_each_language = pytest.mark.parametrize("lang", LANGUAGES)


def charts(site, lang):
    figures = site.soup(PREFIX[lang] + "charts/").select("figure.chart")
    assert figures
    return figures


def cited(figure) -> dict[str, str]:
    """The facts a chart shows, with the year of each (empty for a fact of one value)."""
    return dict(entry.split(":") for entry in figure["data-facts"].split())


def drawn_numbers(figure, lang) -> list[str]:
    texts = [t.get_text() for t in figure.select("svg text")]
    return [str(number(text, lang)) for text in texts if any(c.isdigit() for c in text)]


@in_each_language
def test_no_total_is_drawn_beside_its_parts(site, lang):
    for figure in charts(site, lang):
        shown = cited(figure)
        drawn = drawn_numbers(figure, lang)
        for fact_id, year in shown.items():
            parts = FACTS[fact_id].get("parts", [])
            if parts and all(part in shown for part in parts):
                total = expected_value(FACTS[fact_id], year or None)
                assert total not in drawn, (figure["id"], fact_id)


@in_each_language
def test_chart_titles_name_the_years_they_show(site, lang):
    for figure in charts(site, lang):
        years = {d["data-year"] for d in figure.select("table data[data-year]")}
        assert years
        caption = figure.figcaption.get_text()
        assert all(year in caption for year in years), (figure["id"], years, caption)


@in_each_language
def test_every_table_cell_holds_a_figure_or_a_reason(site, lang):
    for figure in charts(site, lang):
        for cell in figure.select("tbody td"):
            if cell.find("data"):
                continue
            assert cell.get_text().startswith("—"), (figure["id"], str(cell))
            note = figure.find(id=cell.a["href"].removeprefix("#"))
            assert note is not None and "chart__note" in note["class"], str(cell)
            assert len(note.get_text(strip=True)) > 10, str(note)


@pytest.mark.browser
def test_chart_titles_in_lao_stand_upright(site_address, page):
    styles = []
    for lang in LANGUAGES:
        page.goto(site_address + PREFIX[lang] + "charts/", wait_until="networkidle")
        styles += page.eval_on_selector_all(
            "figure.chart figcaption",
            "captions => captions.filter(c => /[\\u0E80-\\u0EFF]/.test(c.textContent))"
            ".map(c => getComputedStyle(c).fontStyle)",
        )
    assert styles and set(styles) == {"normal"}
