"""Charts drawn from the facts at build time, as inline SVG (no chart script for readers).

Each chart is a list of bars, each bar one fact in one year; its words are in data/charts.yaml.
Vega-Lite (through vl-convert, with the site's Lao face registered) lays them out; every number
it draws is the figure's own text, written as the page's language writes it, and the same
numbers stand beside the chart as a table.
"""

from __future__ import annotations

import difflib
import hashlib
import json
import re
from dataclasses import dataclass
from importlib.metadata import version
from pathlib import Path

from markupsafe import Markup, escape

from . import vega_fonts
from .facts import Facts
from .file_state import located
from .rendering import data_element, figure_text, resolve_year

PROJECT = Path(__file__).resolve().parents[1]
DRAWINGS = PROJECT / ".cache" / "charts"
WORDS_FILE = PROJECT / "data" / "charts.yaml"
COLOURS = ("#3b82c4", "#c9602a")  # 3:1 or more against both the light and the dark page
# The drawing is WIDTH units wide with text FONT_SIZE units high; site.css lets it grow to
# 24em, so its text is at most 13 * 24 / 340 = 0.92 of the body size, and on a 328 px phone
# column it is 13 * 328 / 340 = 12.5 px.
WIDTH = 340
FONT_SIZE = 13
BAR_STEP = 18
# The face each language's text is measured in: Lao in the site's own Noto Sans Lao; Latin in
# vl-convert's sans-serif, a metric match for Arial/Helvetica, which the page falls back to.
FACES = {"lo": vega_fonts.LAO_FACE, "en": "sans-serif"}
SVG_SIZE = re.compile(r'<svg([^>]*?) width="[\d.]+" height="[\d.]+"')
# Vega's own roles and their English descriptions ("rect mark container"): the SVG is one image.
VEGA_ROLES = re.compile(r' (?:role="graphics-[a-z]+"|aria-roledescription="[^"]*")')


@dataclass(frozen=True)
class Bar:
    fact: str
    year: str  # "current" or "previous": the reporting year the bar shows
    group: str  # a key of `labels` in data/charts.yaml
    series: str | None = None  # a key of `labels`; None: the series is the year


def _year_against_year(*groups: tuple[str, str]) -> tuple[Bar, ...]:
    """A bar for each fact in the previous and the current reporting year, side by side."""
    return tuple(
        Bar(fact, year, group) for fact, group in groups for year in ("previous", "current")
    )


CHARTS = {
    "victims_by_group": (
        Bar("protection.sex_trafficking_men", "current", "men", "sex_trafficking"),
        Bar("protection.forced_labor_men", "current", "men", "forced_labor"),
        Bar("protection.sex_trafficking_women", "current", "women", "sex_trafficking"),
        Bar("protection.forced_labor_women", "current", "women", "forced_labor"),
        Bar("protection.sex_trafficking_boys", "current", "boys", "sex_trafficking"),
        Bar("protection.sex_trafficking_girls", "current", "girls", "sex_trafficking"),
        Bar("protection.forced_labor_girls", "current", "girls", "forced_labor"),
    ),
    "justice_pipeline": _year_against_year(
        ("prosecution.cases_investigated", "cases_investigated"),
        ("prosecution.cases_referred", "cases_referred"),
        ("prosecution.cases_submitted", "cases_submitted"),
        ("prosecution.cases_in_court", "cases_in_court"),
        ("prosecution.convictions", "convictions"),
    ),
    "victims_and_services": _year_against_year(
        ("protection.victims_identified", "identified"),
        ("protection.victims_assisted", "given_services"),
    ),
    "workers_removed": (
        Bar("protection.sez_workers_removed", "current", "all_workers"),
        Bar("protection.sez_workers_removed_male", "current", "male"),
        Bar("protection.sez_workers_removed_female", "current", "female"),
        Bar("protection.sez_workers_removed_foreign", "current", "foreign_nationals"),
    ),
}


def words() -> dict:
    """data/charts.yaml: every chart's title and description, and the bars' labels."""
    return located(WORDS_FILE, "data/charts.yaml").data


def unknown_chart(name: str | None) -> str:
    close = difflib.get_close_matches(str(name), CHARTS, n=1)
    hint = f"did you mean '{close[0]}'?" if close else f"the charts are: {', '.join(CHARTS)}"
    return f"there is no chart '{name}'; {hint}"


def figure(name: str, facts: Facts, lang: str) -> Markup:
    """The chart as a <figure>: caption, SVG with <title> and <desc>, and its table."""
    text = words()
    years = {"previous": facts.reporting_year("previous"), "current": facts.reporting_year()}
    title = text["charts"][name]["title"][lang].format(**years)
    description = text["charts"][name]["description"][lang].format(**years)
    rows = [_row(bar, facts, lang, text["labels"]) for bar in CHARTS[name]]
    drawing = _svg(name, title, description, rows, lang)
    cited = " ".join(f"{row['fact']}:{row['year'] or ''}" for row in rows)
    series_years = {row["series_fact"] for row in rows if row["series_fact"]}
    cited += "".join(f" {fact}:" for fact in sorted(series_years))
    return Markup(
        '<figure class="chart" id="chart-{name}" data-facts="{cited}">'
        "<figcaption>{title}</figcaption>{drawing}{table}</figure>"
    ).format(name=name, cited=cited, title=title, drawing=drawing, table=_table(rows))


def _row(bar: Bar, facts: Facts, lang: str, labels: dict) -> dict:
    fact = facts.get(bar.fact)
    year = resolve_year(fact, facts, "previous" if bar.year == "previous" else None)
    value = fact.value_for(year)
    shown = figure_text(fact, value, lang, words=False)
    series_fact = None
    if bar.series is not None:
        series = labels[bar.series][lang]
    else:
        series_fact = "report.previous_year" if bar.year == "previous" else "report.reporting_year"
        series = str(year)
    return {
        "fact": bar.fact,
        "year": year,
        "value": value,
        "shown": shown,
        "group": labels[bar.group][lang],
        "series": series,
        "series_fact": series_fact,
        "element": data_element(fact, year, shown),
    }


def _spec(rows: list[dict], lang: str) -> dict:
    """Vega-Lite for the bars: WIDTH wide in all, text FONT_SIZE high, laid out in the face
    the page draws it in, and no ARIA of Vega's own (its labels are English): the SVG is one
    image, named by the chart's title and description."""
    series = list(dict.fromkeys(row["series"] for row in rows))
    groups = list(dict.fromkeys(row["group"] for row in rows))
    ink = "currentColor"
    encoding = {
        "y": {"field": "group", "type": "nominal", "sort": groups, "title": None},
        "yOffset": {"field": "series", "type": "nominal", "sort": series},
        "x": {
            "field": "value",
            "type": "quantitative",
            "axis": None,
            # room right of the longest bar for its number
            "scale": {"domainMax": max(row["value"] for row in rows) * 1.3, "nice": False},
        },
    }
    return {
        "$schema": "https://vega.github.io/schema/vega-lite/v5.json",
        "data": {
            "values": [{k: row[k] for k in ("group", "series", "value", "shown")} for row in rows]
        },
        "width": WIDTH,
        "autosize": {"type": "fit-x", "contains": "padding"},
        "height": {"step": BAR_STEP},
        "encoding": encoding,
        "layer": [
            {
                "mark": {"type": "bar", "cornerRadiusEnd": 2},
                "encoding": {
                    "color": {
                        "field": "series",
                        "type": "nominal",
                        "sort": series,
                        "scale": {"range": list(COLOURS)},
                        "legend": {"title": None, "orient": "bottom"} if len(series) > 1 else None,
                    }
                },
            },
            {
                "mark": {"type": "text", "align": "left", "dx": 4, "color": ink},
                "encoding": {"text": {"field": "shown"}},
            },
        ],
        "config": {
            "aria": False,
            "background": None,
            "font": FACES[lang],
            "view": {"stroke": None},
            "axis": {
                "labelColor": ink,
                "domainColor": ink,
                "tickColor": ink,
                "labelFontSize": FONT_SIZE,
                "labelLimit": 0,
            },
            "legend": {"labelColor": ink, "labelFontSize": FONT_SIZE, "labelLimit": 0},
            "text": {"fontSize": FONT_SIZE},
        },
    }


def _svg(name: str, title: str, description: str, rows: list[dict], lang: str) -> Markup:
    """vl-convert's SVG, sized by the page's CSS (its viewBox kept) and described for screen
    readers."""
    svg = VEGA_ROLES.sub("", _drawing(_spec(rows, lang)))
    svg = SVG_SIZE.sub(
        lambda m: f'<svg{m[1]} role="img" aria-labelledby="chart-{name}-title chart-{name}-desc"',
        svg,
        count=1,
    )
    opening_end = svg.index(">") + 1
    described = (
        f'<title id="chart-{name}-title">{escape(title)}</title>'
        f'<desc id="chart-{name}-desc">{escape(description)}</desc>'
    )
    return Markup(svg[:opening_end] + described + svg[opening_end:])


def _drawing(spec: dict) -> str:
    """vl-convert's SVG for `spec`, kept on disk by the spec, the converter's version and the
    fonts it measured with: starting its JavaScript engine costs more than the rest of the
    build's charts."""
    key = json.dumps(
        [spec, version("vl-convert-python"), vega_fonts.fingerprint()],
        sort_keys=True,
        ensure_ascii=False,
    )
    kept = DRAWINGS / (hashlib.sha256(key.encode()).hexdigest() + ".svg")
    if not kept.exists():
        DRAWINGS.mkdir(parents=True, exist_ok=True)
        kept.write_text(vega_fonts.converter().vegalite_to_svg(spec), "utf-8")
    return kept.read_text("utf-8")


def _table(rows: list[dict]) -> Markup:
    series = list(dict.fromkeys(row["series"] for row in rows))
    groups = list(dict.fromkeys(row["group"] for row in rows))
    cells = {(row["group"], row["series"]): row["element"] for row in rows}
    head = Markup("<tr><td></td>{}</tr>").format(
        Markup("").join(Markup('<th scope="col">{}</th>').format(s) for s in series)
    )
    body = Markup("").join(
        Markup('<tr><th scope="row">{}</th>{}</tr>').format(
            group,
            Markup("").join(
                Markup("<td>{}</td>").format(cells.get((group, s), "")) for s in series
            ),
        )
        for group in groups
    )
    return Markup("<table><thead>{}</thead><tbody>{}</tbody></table>").format(head, body)
