"""The tier history as a chart: a dot for each report year at the rating it gave, the ratings
in the order data/ratings.yaml lists them (Tier 1 at the top), a year with no known rating left
empty. Drawn like the other charts (vl-convert, the site's Lao face, inline SVG); the table
under it holds the same years in words."""

from __future__ import annotations

from markupsafe import Markup

from ..data import ratings
from ..data.records import TierYear
from .charts import COLOURS, FONT_SIZE, REST_COLOUR, svg, vega

NAME = "tier-history"


def tier_chart(history: dict[int, TierYear], lang: str, words: dict[str, str]) -> Markup:
    """The chart with its caption, named by the first and last year it shows."""
    years = sorted(history)
    known = {
        year: entry.rating for year, entry in history.items() if entry.rating != ratings.UNKNOWN
    }
    order = [ratings.words(key, lang) for key in ratings.ratings()]
    shown = {"first": years[0], "last": years[-1]}
    title = words["tiers_chart_title"].format(**shown)
    description = words["tiers_chart_description"].format(**shown)
    values = [
        {"year": str(year), "rating": ratings.words(rating, lang)} for year, rating in known.items()
    ]
    grid = {"title": None, "grid": True, "gridColor": REST_COLOUR, "gridOpacity": 0.3}
    encoding = {
        "x": {
            "field": "year",
            "type": "ordinal",
            "scale": {"domain": [str(year) for year in years]},
            "axis": {**grid, "labelAngle": -90},
        },
        "y": {"field": "rating", "type": "nominal", "scale": {"domain": order}, "axis": grid},
    }
    dot = {"type": "point", "filled": True, "size": 90, "color": COLOURS[0], "opacity": 1}
    spec = vega(values, encoding, [{"mark": dot}], lang, height=FONT_SIZE * 2)
    return Markup(
        '<figure class="chart" id="chart-{}"><figcaption>{}</figcaption>{}</figure>'
    ).format(NAME, title, svg(NAME, title, description, spec))
