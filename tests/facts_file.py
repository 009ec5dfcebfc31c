"""The facts and sources files as plain YAML, read without the site's own loader, for checks."""

from __future__ import annotations

from pathlib import Path

import yaml

from tests.editions import ROOT, facts_file

FACTS = facts_file()
SOURCES = FACTS.with_name("sources.yaml")
CHARTS = ROOT / "data" / "charts.yaml"


def read_facts(path: Path = FACTS) -> dict[str, dict]:
    """Every fact by its dotted id."""
    sections = yaml.safe_load(path.read_text("utf-8"))
    return {f"{s}.{name}": fact for s, facts in sections.items() for name, fact in facts.items()}


def expected_value(fact: dict, year: str | None) -> str:
    """What a `<data value>` must hold for this fact and year."""
    value = fact["values"][int(year)] if year else fact["value"]
    if isinstance(value, dict):
        return f"{value['min']}/{value['max']}"
    return str(value)


def quote_for(fact: dict, year: str | int | None) -> str:
    """The sentence quoted for the figure of `year` (one for all years, or one per year)."""
    source = fact["source"]
    return source["quotes"][int(year)] if "quotes" in source else source["quote"]


def read_sources() -> dict[str, dict]:
    """The credited publishers, by name."""
    return yaml.safe_load(SOURCES.read_text("utf-8"))


def read_charts() -> dict[str, dict]:
    """The charts' words (data/charts.yaml): titles, descriptions and labels per language."""
    return yaml.safe_load(CHARTS.read_text("utf-8"))
