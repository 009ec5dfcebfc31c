"""Charts drawn from the facts at build time, as inline SVG (no chart script for readers).

Each chart is a list of bars, each bar one fact in one year; its words are in data/charts.yaml.
A chart of the years (`every_year`) also draws each year before them that the earlier editions
give every bar of, so the series grows with the editions and an edition's page never changes
when a later one is added.
Vega-Lite (through vl-convert, with the site's Lao face registered) lays them out; every number
it draws is the figure's own text, written as the page's language writes it, and the same
numbers stand beside the chart as a table.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass
from importlib.metadata import version

from babel.lists import format_list
from markupsafe import Markup, escape

from .. import cache
from ..data.facts import Fact, Facts, UnknownFact
from ..file_state import located
from ..project import root
from . import vega_fonts
from .rendering import data_element, figure_text, resolve_year

WORDS_FILE = "data/charts.yaml"
COLOURS = ("#3b82c4", "#c9602a")  # 3:1 or more against both the light and the dark page
EARLIER_COLOURS = ("#2e9066", "#8e6bc9", "#b07d12", "#d0508a")  # earlier years, nearest first
REST_COLOUR = "#767676"  # a part the report gives no figure for
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


@dataclass(frozen=True)
class Gap:
    """A cell of the chart with no figure of its own: the table shows "—" and the note (a key
    of `notes` in data/charts.yaml) says why. With `rest_of`, a stacked bar draws, unnumbered,
    what that total leaves after the bar's other parts."""

    group: str
    series: str
    note: str
    rest_of: str | None = None


@dataclass(frozen=True)
class Chart:
    bars: tuple[Bar, ...]
    gaps: tuple[Gap, ...] = ()
    # a stacked chart draws each group as one bar made of its parts, and names their total
    # (`total`, a fact, called by the label `total_label`) above it as text
    total: str | None = None
    total_label: str | None = None
    # facts a note cites, with the year: {figure} in the note's words
    cited: dict[str, tuple[str, str]] | None = None
    # bars of the previous and current year, and every year before them the earlier editions give
    every_year: bool = False

    @property
    def stacked(self) -> bool:
        return self.total is not None

    def labels(self) -> set[str]:
        """The keys of `labels` in data/charts.yaml the chart shows."""
        shown = {bar.group for bar in self.bars} | {bar.series for bar in self.bars}
        shown |= {gap.group for gap in self.gaps} | {gap.series for gap in self.gaps}
        return (shown | {self.total_label}) - {None, "previous", "current"}


def _year_against_year(*groups: tuple[str, str]) -> tuple[Bar, ...]:
    """A bar for each fact in the previous and the current reporting year, side by side."""
    return tuple(
        Bar(fact, year, group) for fact, group in groups for year in ("previous", "current")
    )


CHARTS = {
    "victims_by_group": Chart(
        (
            Bar("protection.sex_trafficking_men", "current", "men", "sex_trafficking"),
            Bar("protection.forced_labor_men", "current", "men", "forced_labor"),
            Bar("protection.sex_trafficking_women", "current", "women", "sex_trafficking"),
            Bar("protection.forced_labor_women", "current", "women", "forced_labor"),
            Bar("protection.sex_trafficking_boys", "current", "boys", "sex_trafficking"),
            Bar("protection.sex_trafficking_girls", "current", "girls", "sex_trafficking"),
            Bar("protection.forced_labor_girls", "current", "girls", "forced_labor"),
        ),
        gaps=(Gap("boys", "forced_labor", "no_boys_in_forced_labor"),),
        cited={"no_boys_in_forced_labor": ("protection.forced_labor_victims", "current")},
    ),
    "justice_pipeline": Chart(
        _year_against_year(
            ("prosecution.cases_investigated", "cases_investigated"),
            ("prosecution.cases_referred", "cases_referred"),
            ("prosecution.cases_submitted", "cases_submitted"),
            ("prosecution.cases_in_court", "cases_in_court"),
            ("prosecution.convictions", "convictions"),
        ),
        every_year=True,
    ),
    # The report counts services differently in the two years (with NGOs, against the
    # government's own services alone): only the current year is drawn.
    "victims_and_services": Chart(
        (
            *_year_against_year(("protection.victims_identified", "identified")),
            Bar("protection.victims_assisted", "current", "given_services"),
        ),
        gaps=(Gap("given_services", "previous", "services_measured_differently"),),
        cited={"services_measured_differently": ("protection.victims_assisted", "previous")},
    ),
    "workers_removed": Chart(
        (
            Bar("protection.sez_workers_removed_male", "current", "by_sex", "male"),
            Bar("protection.sez_workers_removed_female", "current", "by_sex", "female"),
            Bar(
                "protection.sez_workers_removed_foreign",
                "current",
                "by_nationality",
                "foreign_nationals",
            ),
        ),
        gaps=(
            Gap(
                "by_nationality",
                "not_foreign",
                "nationality_not_given",
                rest_of="protection.sez_workers_removed",
            ),
        ),
        total="protection.sez_workers_removed",
        total_label="all_workers",
    ),
}


def unavailable(name: str, facts: Facts) -> list[str]:
    """Why each figure the chart draws is not in the facts file: the check names them, so that
    a renamed or deleted fact never stops a build it let through."""
    chart = CHARTS[name]
    wanted = [(bar.fact, bar.year) for bar in chart.bars]
    wanted += [(chart.total, "current")] if chart.total else []
    wanted += list((chart.cited or {}).values())
    found = []
    for fact_id, which in wanted:
        try:
            _figure(facts, fact_id, which)
        except UnknownFact as missing:
            found.append(str(missing))
    return list(dict.fromkeys(found))


def words() -> dict:
    """data/charts.yaml: every chart's title and description, and the bars' labels."""
    return located(root() / WORDS_FILE, WORDS_FILE).data


def unknown_chart(name: str | None) -> str:
    close = difflib.get_close_matches(str(name), CHARTS, n=1)
    hint = f"did you mean '{close[0]}'?" if close else f"the charts are: {', '.join(CHARTS)}"
    return f"there is no chart '{name}'; {hint}"


def figure(
    name: str, facts: Facts, lang: str, earlier: tuple[tuple[str, Facts], ...] = ()
) -> Markup:
    """The chart as a <figure>: caption, the total it is parts of (if any), SVG with <title>
    and <desc>, its table, and why a cell of the table has no figure. `earlier`: the editions
    before this one, nearest first, each by name with its facts; the figures taken from them
    are listed in `data-earlier`, each as edition:fact:year."""
    chart = CHARTS[name]
    text = words()
    rows = [_row(bar, facts, lang, text["labels"]) for bar in chart.bars]
    from_earlier = _earlier_rows(chart, facts, earlier, lang, text["labels"])
    rows = from_earlier + rows
    drawn_years = [str(year) for year in sorted({row["year"] for row in rows} - {None})]
    years = {
        "previous": facts.reporting_year("previous"),
        "current": facts.reporting_year(),
        "years": format_list(drawn_years, locale=lang),
    }
    title = text["charts"][name]["title"][lang].format(**years)
    description = text["charts"][name]["description"][lang].format(**years)
    gaps = [_gap(gap, name, chart, rows, facts, lang, text) for gap in chart.gaps]
    drawn = rows + [gap for gap in gaps if gap["value"] is not None]
    drawing = svg(name, title, description, _spec(drawn, lang, chart.stacked))
    cited = [f"{row['fact']}:{row['year'] or ''}" for row in rows if "edition" not in row]
    cited += [f"{fact}:" for fact in sorted({row["series_fact"] for row in rows} - {None})]
    cited += [gap["cited"] for gap in gaps if gap["cited"]]
    total = Markup("")
    if chart.stacked:
        element = _element(facts, chart.total, "current", lang)
        cited.append(f"{chart.total}:{element.year or ''}")
        total = Markup('<p class="chart__total">{}: {}</p>').format(
            text["labels"][chart.total_label][lang], element.markup
        )
    notes = Markup("").join(
        Markup('<p class="chart__note" id="{}">*&#8239;{}</p>').format(gap["id"], gap["note"])
        for gap in gaps
    )
    return Markup(
        '<figure class="chart" id="chart-{name}" data-facts="{cited}"{earlier}>'
        "<figcaption>{title}</figcaption>{total}{drawing}{table}{notes}</figure>"
    ).format(
        name=name,
        cited=" ".join(cited),
        earlier=Markup(' data-earlier="{}"').format(
            " ".join(f"{row['edition']}:{row['fact']}:{row['year']}" for row in from_earlier)
        )
        if from_earlier
        else "",
        title=title,
        total=total,
        drawing=drawing,
        table=_table(rows + gaps, str(facts.reporting_year()) if chart.stacked else None),
        notes=notes,
    )


@dataclass(frozen=True)
class _Element:
    markup: Markup
    year: int | None
    value: object
    shown: str


def _figure(facts: Facts, fact_id: str, which: str) -> tuple[Fact, int | None, object]:
    """A fact, the reporting year a bar shows ("current" or "previous") and its figure then."""
    fact = facts.get(fact_id)
    year = resolve_year(fact, facts, "previous" if which == "previous" else None)
    return fact, year, fact.value_for(year)


def _element(facts: Facts, fact_id: str, which: str, lang: str, words=False) -> _Element:
    """A fact's figure for the current or previous reporting year, inside its <data>: in
    digits, or with `words=None` as the language's prose writes it."""
    fact, year, _ = _figure(facts, fact_id, which)
    return _element_of(fact, year, lang, words)


def _element_of(fact: Fact, year: int | None, lang: str, words=False) -> _Element:
    """A fact's figure for `year`, inside its <data>."""
    value = fact.value_for(year)
    shown = figure_text(fact, value, lang, words=words)
    return _Element(data_element(fact, year, shown), year, value, shown)


def _row(bar: Bar, facts: Facts, lang: str, labels: dict) -> dict:
    element = _element(facts, bar.fact, bar.year, lang)
    if bar.series is not None:
        return _bar_row(bar, element, labels[bar.group][lang], labels[bar.series][lang])
    series_fact = "report.previous_year" if bar.year == "previous" else "report.reporting_year"
    return _bar_row(bar, element, labels[bar.group][lang], str(element.year), series_fact)


def _bar_row(bar: Bar, element: _Element, group: str, series: str, series_fact=None) -> dict:
    """A bar as the drawing and the table read it; `series_fact`: the fact its series names."""
    return {
        "fact": bar.fact,
        "year": element.year,
        "value": element.value,
        "shown": element.shown,
        "group": group,
        "series": series,
        "series_fact": series_fact,
        "element": element.markup,
    }


def _earlier_rows(chart: Chart, facts: Facts, earlier, lang: str, labels: dict) -> list[dict]:
    """A row for each bar in each year before the previous one that the earlier editions give
    every bar of, the figure from the nearest edition that gives it; oldest year first."""
    if not chart.every_year:
        return []
    first = facts.reporting_year("previous")
    found: dict[int, list[dict]] = {}
    for year in sorted({y for _, other in earlier for y in _years(other, chart)}, reverse=True):
        if year >= first:
            continue
        rows = []
        for bar in chart.bars:
            if bar.year != "previous":
                continue
            giving = next((e for e in earlier if year in _years_of(e[1], bar.fact)), None)
            if giving is None:
                break
            edition, other = giving
            element = _element_of(other.get(bar.fact), year, lang)
            row = _bar_row(bar, element, labels[bar.group][lang], str(year))
            rows.append({**row, "edition": edition})
        else:
            found[year] = rows
    return [row for year in sorted(found) for row in found[year]]


def _years(facts: Facts, chart: Chart) -> set[int]:
    return {year for bar in chart.bars for year in _years_of(facts, bar.fact)}


def _years_of(facts: Facts, fact_id: str) -> set[int]:
    """The years an edition gives a fact's figure for (none if it has no such fact)."""
    try:
        fact = facts.get(fact_id)
    except UnknownFact:
        return set()
    return set(fact.entry.by_year()) - {None}


def _gap(gap: Gap, name: str, chart: Chart, rows: list[dict], facts, lang, text) -> dict:
    """A cell with no figure: "—" in the table, and the note that says why."""
    labels = text["labels"]
    group = labels[gap.group][lang]
    if gap.series in ("previous", "current"):
        series = str(facts.reporting_year(gap.series if gap.series == "previous" else None))
    else:
        series = labels[gap.series][lang]
    value = None
    if gap.rest_of is not None:
        whole = _element(facts, gap.rest_of, "current", lang).value
        value = whole - sum(row["value"] for row in rows if row["group"] == group)
    words_of_note = Markup(escape(text["notes"][gap.note][lang]))
    cited = None
    figure_in_note = Markup("")
    if chart.cited and gap.note in chart.cited:
        fact_id, which = chart.cited[gap.note]
        element = _element(facts, fact_id, which, lang, words=None)
        figure_in_note, cited = element.markup, f"{fact_id}:{element.year or ''}"
    note = words_of_note.format(
        figure=figure_in_note,
        previous=facts.reporting_year("previous"),
        current=facts.reporting_year(),
    )
    note_id = f"chart-{name}-{gap.note}"
    return {
        "group": group,
        "series": series,
        "value": value,
        "shown": "",
        "rest": True,
        "element": Markup('—<a href="#{}" aria-describedby="{}">*</a>').format(note_id, note_id),
        "note": note,
        "id": note_id,
        "cited": cited,
    }


def _spec(rows: list[dict], lang: str, stacked: bool) -> dict:
    """Vega-Lite for the bars: WIDTH wide in all, text FONT_SIZE high, laid out in the face
    the page draws it in, and no ARIA of Vega's own (its labels are English): the SVG is one
    image, named by the chart's title and description. Side by side, each bar has its number
    after it and the series a legend; stacked, each part has its name and number inside it."""
    series = list(dict.fromkeys(row["series"] for row in rows))
    groups = list(dict.fromkeys(row["group"] for row in rows))
    ink = "currentColor"
    values = [
        {
            "group": row["group"],
            "series": row["series"],
            "value": row["value"],
            "shown": row["shown"],
            "order": index,
            "shade": "rest" if row.get("rest") else ("first", "second")[index % 2],
        }
        for index, row in enumerate(rows)
    ]
    y = {"field": "group", "type": "nominal", "sort": groups, "title": None}
    if stacked:
        # each group's parts end to end; each part named at its start and numbered at its end,
        # in white on its colour
        totals = {g: sum(r["value"] for r in rows if r["group"] == g) for g in groups}
        layers = [
            {
                "mark": {"type": "bar"},
                "encoding": {
                    "x": {"field": "start", "type": "quantitative", "axis": None},
                    "x2": {"field": "end"},
                    "color": {
                        "field": "shade",
                        "type": "nominal",
                        "scale": {
                            "domain": ["first", "second", "rest"],
                            "range": [*COLOURS, REST_COLOUR],
                        },
                        "legend": None,
                    },
                },
            },
            {
                "mark": {"type": "text", "align": "left", "dx": 4, "color": "white"},
                "encoding": {
                    "x": {"field": "start", "type": "quantitative"},
                    "text": {"field": "series"},
                },
            },
            {
                "mark": {"type": "text", "align": "right", "dx": -4, "color": "white"},
                "encoding": {
                    "x": {"field": "end", "type": "quantitative"},
                    "text": {"field": "shown"},
                },
            },
        ]
        return vega(
            values,
            {"y": y},
            layers,
            lang,
            transform=[
                {
                    "stack": "value",
                    "groupby": ["group"],
                    "sort": [{"field": "order"}],
                    "as": ["start", "end"],
                }
            ],
            height=BAR_STEP * 2,
            domain=max(totals.values()),
        )
    encoding = {
        "y": y,
        "yOffset": {"field": "series", "type": "nominal", "sort": series},
        "x": {
            "field": "value",
            "type": "quantitative",
            "axis": None,
            # room right of the longest bar for its number
            "scale": {"domainMax": max(row["value"] for row in rows) * 1.3, "nice": False},
        },
    }
    layers = [
        {
            "mark": {"type": "bar", "cornerRadiusEnd": 2},
            "encoding": {
                "color": {
                    "field": "series",
                    "type": "nominal",
                    "sort": series,
                    "scale": {"range": _colours(len(series))},
                    "legend": {"title": None, "orient": "bottom", "direction": "vertical"}
                    if len(series) > 1
                    else None,
                }
            },
        },
        {
            "mark": {"type": "text", "align": "left", "dx": 4, "color": ink},
            "encoding": {"text": {"field": "shown"}},
        },
    ]
    return vega(values, encoding, layers, lang, height=BAR_STEP)


def _colours(count: int) -> list[str]:
    """A colour for each series: the current and previous years keep theirs as earlier years
    are added before them."""
    earlier = [EARLIER_COLOURS[i % len(EARLIER_COLOURS)] for i in range(max(count - 2, 0))]
    return [*reversed(earlier), *COLOURS][-count:] if count > 1 else list(COLOURS[:1])


def vega(values, encoding, layers, lang, *, transform=(), height, domain=None) -> dict:
    """The Vega-Lite every chart shares: size, faces, ink, no ARIA of Vega's own."""
    ink = "currentColor"
    spec = {
        "$schema": "https://vega.github.io/schema/vega-lite/v5.json",
        "data": {"values": values},
        "width": WIDTH,
        "autosize": {"type": "fit-x", "contains": "padding"},
        "height": {"step": height},
        "encoding": encoding,
        "layer": layers,
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
    if transform:
        spec["transform"] = list(transform)
    if domain is not None:
        spec["resolve"] = {"scale": {"x": "shared"}}
        for layer in layers:
            layer["encoding"]["x"]["scale"] = {"domain": [0, domain], "nice": False}
    return spec


def svg(name: str, title: str, description: str, spec: dict) -> Markup:
    """vl-convert's SVG, sized by the page's CSS (its viewBox kept) and described for screen
    readers."""
    svg = VEGA_ROLES.sub("", _drawing(spec))
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
    entry = cache.key(spec, version("vl-convert-python"), vega_fonts.fingerprint()) + ".svg"
    return cache.kept_bytes(
        "charts", entry, lambda: vega_fonts.converter().vegalite_to_svg(spec).encode()
    ).decode()


def _table(rows: list[dict], stacked_in: str | None = None) -> Markup:
    """The chart's numbers: a row for each group and a column for each series; for a stacked
    chart, a row for each part, its figures being of the year `stacked_in`."""
    if stacked_in is not None:
        head = Markup('<tr><td></td><th scope="col">{}</th></tr>').format(stacked_in)
        body = Markup("").join(
            Markup('<tr><th scope="row">{}: {}</th><td>{}</td></tr>').format(
                row["group"], row["series"], row["element"]
            )
            for row in rows
        )
        return Markup("<table><thead>{}</thead><tbody>{}</tbody></table>").format(head, body)
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
