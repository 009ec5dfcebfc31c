"""A chart of the years reads every year the editions hold: beside the edition's own two years,
each earlier year that the earlier editions give every bar of, its figure from the nearest of
them, and named in the title; an edition's chart never takes a year from a later one.

The earlier edition is the newest one moved back a year, its counts ten times as large, so each
figure shows which edition it came from."""

from __future__ import annotations

import pytest
import yaml
from bs4 import BeautifulSoup

from macros.data.facts import load_facts
from macros.render import charts
from tests.editions import facts_file
from tests.site import LANGUAGES

SERIES_CHARTS = [name for name, chart in charts.CHARTS.items() if chart.every_year]


def moved_back(data: dict) -> dict:
    """The facts as an edition a year older would hold them, counts times ten."""
    for section in data.values():
        for fact in section.values():
            if "values" in fact:
                factor = 10 if fact["kind"] == "count" else 1
                values = fact["values"].items()
                fact["values"] = {year - 1: value * factor for year, value in values}
                quotes = fact["source"].get("quotes")
                if quotes:
                    fact["source"]["quotes"] = {year - 1: quote for year, quote in quotes.items()}
            elif fact["kind"] == "year":
                fact["value"] -= 1
    return data


@pytest.fixture
def editions(tmp_path):
    """The newest edition's facts, and those of an edition a year before it, by name."""
    newest_file = facts_file()
    newest = load_facts(newest_file, "newest.yaml")
    data = moved_back(yaml.safe_load(newest_file.read_text("utf-8")))
    earlier_file = tmp_path / "earlier.yaml"
    earlier_file.write_text(yaml.safe_dump(data, allow_unicode=True), "utf-8")
    name = str(newest.get("report.year").value_for(None) - 1)
    return newest, name, earlier_file


def drawn(name, newest, lang, earlier=()) -> BeautifulSoup:
    return BeautifulSoup(str(charts.figure(name, newest, lang, earlier)), "html.parser").figure


def columns(figure) -> list[str]:
    return [th.get_text() for th in figure.select("thead th")]


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("name", SERIES_CHARTS)
def test_a_chart_of_the_years_adds_each_year_an_earlier_edition_gives(editions, name, lang):
    newest, earlier_name, earlier_file = editions
    earlier = load_facts(earlier_file, "earlier.yaml")
    previous, current = newest.reporting_year("previous"), newest.reporting_year()
    alone = drawn(name, newest, lang)
    assert columns(alone) == [str(previous), str(current)]
    assert not alone.has_attr("data-earlier")

    figure = drawn(name, newest, lang, ((earlier_name, earlier),))
    first = earlier.reporting_year("previous")
    assert first < previous
    assert columns(figure) == [str(first), str(previous), str(current)]
    assert all(str(year) in figure.figcaption.get_text() for year in (first, previous, current))
    taken = [entry.split(":") for entry in figure["data-earlier"].split()]
    bars = [bar for bar in charts.CHARTS[name].bars if bar.year == "previous"]
    assert sorted(fact for _, fact, _ in taken) == sorted(bar.fact for bar in bars)
    for edition, fact_id, year in taken:
        assert (edition, int(year)) == (earlier_name, first)
        value = earlier.get(fact_id).value_for(first)
        cell = figure.select_one(f'data[data-fact="{fact_id}"][data-year="{year}"]')
        assert cell["value"] == str(value)
    for bar in bars:  # the edition's own years keep its own figures
        own = figure.select_one(f'data[data-fact="{bar.fact}"][data-year="{previous}"]')
        assert own["value"] == str(newest.get(bar.fact).value_for(previous))


@pytest.mark.parametrize("name", SERIES_CHARTS)
def test_a_year_is_drawn_only_where_every_bar_has_its_figure(editions, tmp_path, name):
    newest, earlier_name, earlier_file = editions
    data = yaml.safe_load(earlier_file.read_text("utf-8"))
    section, fact = charts.CHARTS[name].bars[0].fact.split(".")
    del data[section][fact]
    for other in data[section].values():  # nothing may name the fact deleted
        other.pop("parts", None)
    lacking = tmp_path / "lacking.yaml"
    lacking.write_text(yaml.safe_dump(data, allow_unicode=True), "utf-8")
    figure = drawn(name, newest, LANGUAGES[0], ((earlier_name, load_facts(lacking, "x.yaml")),))
    previous, current = newest.reporting_year("previous"), newest.reporting_year()
    assert columns(figure) == [str(previous), str(current)]
