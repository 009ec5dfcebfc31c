"""Charts drawn from the facts at build time, as inline SVG (no chart script for readers).

Each chart is a list of bars, each bar one fact in one year. Vega-Lite (through vl-convert)
lays them out; every number it draws is the figure's own text, written as the page's language
writes it, and the same numbers stand beside the chart as a table.
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

from .facts import Facts
from .rendering import data_element, figure_text, resolve_year

DRAWINGS = Path(__file__).resolve().parents[1] / ".cache" / "charts"
COLOURS = ("#3b82c4", "#c9602a")  # 3:1 or more against both the light and the dark page
SVG_SIZE = re.compile(r'<svg([^>]*?) width="\d+" height="\d+"')


@dataclass(frozen=True)
class Bar:
    fact: str
    year: str  # "current" or "previous": the reporting year the bar shows
    group: dict[str, str]
    series: dict[str, str] | None = None  # None: the series is the year


@dataclass(frozen=True)
class Chart:
    title: dict[str, str]
    description: dict[str, str]
    bars: tuple[Bar, ...]


def _lo_en(lo: str, en: str) -> dict[str, str]:
    return {"lo": lo, "en": en}


def _year_against_year(*groups: tuple[str, dict[str, str]]) -> tuple[Bar, ...]:
    """A bar for each fact in the previous and the current reporting year, side by side."""
    return tuple(
        Bar(fact, year, group) for fact, group in groups for year in ("previous", "current")
    )


SEX_TRAFFICKING = _lo_en("ການຄ້າປະເວນີ", "sex trafficking")
FORCED_LABOR = _lo_en("ການບັງຄັບໃຊ້ແຮງງານ", "forced labor")
MEN, WOMEN = _lo_en("ຜູ້ຊາຍ", "men"), _lo_en("ແມ່ຍິງ", "women")
BOYS, GIRLS = _lo_en("ເດັກຊາຍ", "boys"), _lo_en("ເດັກຍິງ", "girls")

CHARTS = {
    "victims_by_group": Chart(
        _lo_en(
            "ຜູ້ຖືກເຄາະຮ້າຍທີ່ຖືກລະບຸຕົວ ຕາມເພດ, ອາຍຸ ແລະ ຮູບແບບການຂູດຮີດ",
            "Victims identified, by sex, age and form of exploitation",
        ),
        _lo_en(
            "ແຖບຕາມລວງນອນ: ຈຳນວນຜູ້ຖືກເຄາະຮ້າຍ ຂອງແຕ່ລະກຸ່ມ, ແຍກຕາມການຄ້າປະເວນີ ແລະ ການບັງຄັບໃຊ້ແຮງງານ.",
            "Horizontal bars: victims in each group, sex trafficking and forced labor apart.",
        ),
        (
            Bar("protection.sex_trafficking_men", "current", MEN, SEX_TRAFFICKING),
            Bar("protection.forced_labor_men", "current", MEN, FORCED_LABOR),
            Bar("protection.sex_trafficking_women", "current", WOMEN, SEX_TRAFFICKING),
            Bar("protection.forced_labor_women", "current", WOMEN, FORCED_LABOR),
            Bar("protection.sex_trafficking_boys", "current", BOYS, SEX_TRAFFICKING),
            Bar("protection.sex_trafficking_girls", "current", GIRLS, SEX_TRAFFICKING),
            Bar("protection.forced_labor_girls", "current", GIRLS, FORCED_LABOR),
        ),
    ),
    "justice_pipeline": Chart(
        _lo_en(
            "ຈາກການສືບສວນ ເຖິງການຕັດສິນ: ສອງປີທີ່ລາຍງານ",
            "From investigation to conviction: the two reporting years",
        ),
        _lo_en(
            "ແຖບຕາມລວງນອນ: ຄະດີທີ່ສືບສວນ, ສົ່ງໃຫ້ໄອຍະການ, ສົ່ງຟ້ອງ, ຂຶ້ນສານ ແລະ ພວກຄ້າມະນຸດທີ່ຖືກຕັດສິນ, ປີຕໍ່ປີ.",
            "Horizontal bars: cases investigated, referred, submitted for prosecution and in court,"
            " and traffickers convicted, year against year.",
        ),
        _year_against_year(
            ("prosecution.cases_investigated", _lo_en("ຄະດີທີ່ສືບສວນ", "cases investigated")),
            ("prosecution.cases_referred", _lo_en("ຄະດີທີ່ສົ່ງໃຫ້ໄອຍະການ", "cases referred")),
            ("prosecution.cases_submitted", _lo_en("ຄະດີທີ່ສົ່ງຟ້ອງ", "cases submitted")),
            ("prosecution.cases_in_court", _lo_en("ຄະດີທີ່ຂຶ້ນສານ", "cases in court")),
            ("prosecution.convictions", _lo_en("ຄົນທີ່ຖືກຕັດສິນ", "traffickers convicted")),
        ),
    ),
    "victims_and_services": Chart(
        _lo_en(
            "ຜູ້ຖືກເຄາະຮ້າຍທີ່ຖືກລະບຸຕົວ ແລະ ທີ່ໄດ້ຮັບການບໍລິການ",
            "Victims identified and victims given services",
        ),
        _lo_en(
            "ແຖບຕາມລວງນອນ: ຜູ້ຖືກເຄາະຮ້າຍທີ່ຖືກລະບຸຕົວ ແລະ ທີ່ໄດ້ຮັບການບໍລິການ, ປີຕໍ່ປີ.",
            "Horizontal bars: victims identified and victims given services, year against year.",
        ),
        _year_against_year(
            ("protection.victims_identified", _lo_en("ຖືກລະບຸຕົວ", "identified")),
            ("protection.victims_assisted", _lo_en("ໄດ້ຮັບການບໍລິການ", "given services")),
        ),
    ),
    "workers_removed": Chart(
        _lo_en(
            "ຄົນງານທີ່ຖືກເອົາອອກຈາກເຂດເສດຖະກິດພິເສດສາມຫຼ່ຽມຄຳ ຕາມເພດ ແລະ ສັນຊາດ",
            "Workers removed from the Golden Triangle SEZ, by sex and by nationality",
        ),
        _lo_en(
            "ແຖບຕາມລວງນອນ: ຄົນງານທັງໝົດທີ່ຖືກເອົາອອກ, ຜູ້ຊາຍ, ຜູ້ຍິງ ແລະ ຄົນຕ່າງປະເທດໃນຈຳນວນນັ້ນ.",
            "Horizontal bars: all workers removed, then men, women, and the foreign nationals"
            " among them.",
        ),
        (
            Bar("protection.sez_workers_removed", "current", _lo_en("ທັງໝົດ", "all workers")),
            Bar("protection.sez_workers_removed_male", "current", _lo_en("ຊາຍ", "male")),
            Bar("protection.sez_workers_removed_female", "current", _lo_en("ຍິງ", "female")),
            Bar(
                "protection.sez_workers_removed_foreign",
                "current",
                _lo_en("ຄົນຕ່າງປະເທດ", "foreign nationals"),
            ),
        ),
    ),
}


def unknown_chart(name: str | None) -> str:
    close = difflib.get_close_matches(str(name), CHARTS, n=1)
    hint = f"did you mean '{close[0]}'?" if close else f"the charts are: {', '.join(CHARTS)}"
    return f"there is no chart '{name}'; {hint}"


def figure(name: str, facts: Facts, lang: str) -> Markup:
    """The chart as a <figure>: caption, SVG with <title> and <desc>, and its table."""
    chart = CHARTS[name]
    rows = [_row(bar, facts, lang) for bar in chart.bars]
    drawing = _svg(name, chart, rows, lang)
    cited = " ".join(f"{row['fact']}:{row['year'] or ''}" for row in rows)
    series_years = {row["series_fact"] for row in rows if row["series_fact"]}
    cited += "".join(f" {fact}:" for fact in sorted(series_years))
    return Markup(
        '<figure class="chart" id="chart-{name}" data-facts="{cited}">'
        "<figcaption>{title}</figcaption>{drawing}{table}</figure>"
    ).format(
        name=name,
        cited=cited,
        title=chart.title[lang],
        drawing=drawing,
        table=_table(rows),
    )


def _row(bar: Bar, facts: Facts, lang: str) -> dict:
    fact = facts.get(bar.fact)
    year = resolve_year(fact, facts, "previous" if bar.year == "previous" else None)
    value = fact.value_for(year)
    shown = figure_text(fact, value, lang, words=False)
    series_fact = None
    if bar.series is not None:
        series = bar.series[lang]
    else:
        series_fact = "report.previous_year" if bar.year == "previous" else "report.reporting_year"
        series = str(year)
    return {
        "fact": bar.fact,
        "year": year,
        "value": value,
        "shown": shown,
        "group": bar.group[lang],
        "series": series,
        "series_fact": series_fact,
        "element": data_element(fact, year, shown),
    }


def _spec(rows: list[dict], lang: str) -> dict:
    series = list(dict.fromkeys(row["series"] for row in rows))
    groups = list(dict.fromkeys(row["group"] for row in rows))
    ink = "currentColor"
    encoding = {
        "y": {"field": "group", "type": "nominal", "sort": groups, "title": None},
        "yOffset": {"field": "series", "type": "nominal", "sort": series},
        "x": {"field": "value", "type": "quantitative", "axis": None},
    }
    return {
        "$schema": "https://vega.github.io/schema/vega-lite/v5.json",
        "data": {
            "values": [{k: row[k] for k in ("group", "series", "value", "shown")} for row in rows]
        },
        "width": 300,
        "height": {"step": 16},
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
            "background": None,
            "font": "inherit",
            "view": {"stroke": None},
            "axis": {
                "labelColor": ink,
                "domainColor": ink,
                "tickColor": ink,
                "labelFontSize": 12,
                "labelLimit": 0,
            },
            "legend": {"labelColor": ink, "labelFontSize": 12, "labelLimit": 0},
            "text": {"fontSize": 12},
        },
    }


def _svg(name: str, chart: Chart, rows: list[dict], lang: str) -> Markup:
    """vl-convert's SVG, sized by the page's CSS (its viewBox kept) and described for screen
    readers."""
    svg = _drawing(_spec(rows, lang))
    svg = SVG_SIZE.sub(
        lambda m: f'<svg{m[1]} role="img" aria-labelledby="chart-{name}-title chart-{name}-desc"',
        svg,
        count=1,
    )
    opening_end = svg.index(">") + 1
    described = (
        f'<title id="chart-{name}-title">{escape(chart.title[lang])}</title>'
        f'<desc id="chart-{name}-desc">{escape(chart.description[lang])}</desc>'
    )
    return Markup(svg[:opening_end] + described + svg[opening_end:])


def _drawing(spec: dict) -> str:
    """vl-convert's SVG for `spec`, kept on disk by the spec and the converter's version:
    starting its JavaScript engine costs more than the rest of the build's charts."""
    key = json.dumps([spec, version("vl-convert-python")], sort_keys=True, ensure_ascii=False)
    kept = DRAWINGS / (hashlib.sha256(key.encode()).hexdigest() + ".svg")
    if not kept.exists():
        import vl_convert

        DRAWINGS.mkdir(parents=True, exist_ok=True)
        kept.write_text(vl_convert.vegalite_to_svg(spec), "utf-8")
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
