"""The tier history drawn: a dot for each report year whose rating is known, left to right by
year, each on the row of its rating, the ratings top to bottom as data/ratings.yaml lists them;
a year with no known rating has no dot. Read from data/tier-history.yaml."""

from __future__ import annotations

import re

import pytest
import yaml

from tests.editions import ROOT
from tests.site import LANGUAGES, ROOTS

HISTORY = yaml.safe_load((ROOT / "data" / "tier-history.yaml").read_text("utf-8"))
RATINGS = list(yaml.safe_load((ROOT / "data" / "ratings.yaml").read_text("utf-8")))
DOT = re.compile(r"translate\(([\d.]+),([\d.]+)\)")


@pytest.mark.parametrize("lang", LANGUAGES)
def test_each_known_year_is_a_dot_on_its_ratings_row(site, lang):
    figure = site.soup(ROOTS[lang] + "tiers/").select_one("figure#chart-tier-history")
    caption = figure.figcaption.get_text()
    assert str(min(HISTORY)) in caption and str(max(HISTORY)) in caption
    svg = figure.find("svg")
    assert svg["role"] == "img" and svg.find("title").get_text() == caption
    dots = sorted(
        (float(x), float(y))
        for path in svg.select("g.mark-symbol path")
        for x, y in [DOT.search(path["transform"]).groups()]
    )
    known = sorted(
        (year, entry["rating"]) for year, entry in HISTORY.items() if entry["rating"] in RATINGS
    )
    assert len(dots) == len(known)
    rows = sorted({y for _, y in dots})
    for (_, y), (year, rating) in zip(dots, known, strict=True):
        used = sorted({r for _, r in known}, key=RATINGS.index)
        assert rows.index(y) == used.index(rating), year
