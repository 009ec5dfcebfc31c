"""The interface and chart words (data/interface.yaml, data/charts.yaml), checked before a
build uses them: every word the site needs is there in both languages, with the places
(`{tier}`, `{previous}`) its sentence may use, so a slip stops with its line, not a traceback."""

from __future__ import annotations

import string
from pathlib import Path

from ..file_state import located
from ..languages import languages
from ..project import root
from ..render.charts import CHARTS
from ..render.key_figures import PLACES as KEY_FIGURE_PLACES
from .strict_yaml import LocatedDocument, YamlProblem

INTERFACE_FILE = "data/interface.yaml"
CHARTS_FILE = "data/charts.yaml"
INTERFACE_PLACES = {
    "share_tier": {"tier", "tier_en", "year"},
    "years_on_tier": {"year", "ordinal", "rating", "since", "history"},
    "older_edition": {"year", "newest"},
    "edition_item": {"year"},
    "newest_report": {"report"},
    "later_rating": {"year", "rating", "history"},
    "facts_restated": {"edition", "figure"},
    "tiers_chart_title": {"first", "last"},
    "tiers_chart_description": {"first", "last"},
    **KEY_FIGURE_PLACES,
}
CHART_PLACES = {"previous", "current", "years"}
NOTE_PLACES = CHART_PLACES | {"figure"}


def check(project: Path) -> None:
    _check_interface(located(project / INTERFACE_FILE, INTERFACE_FILE))
    _check_charts(located(project / CHARTS_FILE, CHARTS_FILE))


def _check_interface(document: LocatedDocument) -> None:
    words = _mapping(document, (), INTERFACE_FILE)
    needed = set().union(*(_mapping(document, (lang,), INTERFACE_FILE) for lang in languages()))
    for lang in languages():
        for key in sorted(needed):
            _text(document, (lang, key), words, INTERFACE_FILE, INTERFACE_PLACES.get(key, set()))


def _check_charts(document: LocatedDocument) -> None:
    words = _mapping(document, (), CHARTS_FILE)
    used = set().union(*(chart.labels() for chart in CHARTS.values()))
    for label in sorted(used):
        for lang in languages():
            _text(document, ("labels", label, lang), words, CHARTS_FILE, set())
    for chart in CHARTS:
        for part in ("title", "description"):
            for lang in languages():
                _text(document, ("charts", chart, part, lang), words, CHARTS_FILE, CHART_PLACES)
    notes = {gap.note for chart in CHARTS.values() for gap in chart.gaps}
    for note in sorted(notes):
        for lang in languages():
            _text(document, ("notes", note, lang), words, CHARTS_FILE, NOTE_PLACES)


def _mapping(document: LocatedDocument, path: tuple, shown_as: str) -> dict:
    found = _at(document.data, path)
    if not isinstance(found, dict):
        where = ".".join(path) or "the file"
        raise YamlProblem(shown_as, document.line_of(path), f"`{where}` must hold named words")
    return found


def _text(document, path: tuple, words: dict, shown_as: str, places: set[str]) -> None:
    """The words at `path` must be text, using only the places its sentence can fill."""
    found = _at(words, path)
    where = ".".join(path)
    line = document.line_of(path)
    if not isinstance(found, str) or not found.strip():
        raise YamlProblem(shown_as, line, f"`{where}` is missing: the site shows it")
    try:
        used = {name for _, name, _, _ in string.Formatter().parse(found) if name is not None}
    except ValueError:
        raise YamlProblem(shown_as, line, f"`{where}` has a {{ or }} without its pair") from None
    if used - places:
        allowed = ", ".join("{" + place + "}" for place in sorted(places)) or "none"
        raise YamlProblem(
            shown_as, line, f"`{where}` uses {{{sorted(used - places)[0]}}}; it may use {allowed}"
        )


def _at(data: object, path: tuple) -> object:
    for key in path:
        if not isinstance(data, dict):
            return None
        data = data.get(key)
    return data


def interface_words(lang: str) -> dict[str, str]:
    """The interface words of `lang` (the facts page's heads and section titles among them)."""
    return located(root() / INTERFACE_FILE, INTERFACE_FILE).data[lang]
