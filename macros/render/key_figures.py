"""The strip of the year's key figures under a home page's headline: the tier, and the figures
readers ask for first, each against the year before. Its words are in data/interface.yaml (one
sentence a figure, its places filled by the figures below); every figure is rendered as the
pages render figures, inside its <data> element."""

from __future__ import annotations

from collections.abc import Callable

from markupsafe import Markup, escape

# Each item: its words' key in data/interface.yaml, and for each place in them the fact and
# the reporting year ("previous", or None for the current one) it shows, and the language of a
# figure shown in another language than the page's; the first place is the item's key figure,
# set large.
ITEMS = {
    "key_tier": {"tier": ("rating.tier", None), "tier_en": ("rating.tier", None, "en")},
    "key_convictions": {
        "current": ("prosecution.convictions", None),
        "previous": ("prosecution.convictions", "previous"),
        "year": ("report.reporting_year", None),
        "previous_year": ("report.previous_year", None),
    },
    "key_victims": {
        "current": ("protection.victims_identified", None),
        "previous": ("protection.victims_identified", "previous"),
        "year": ("report.reporting_year", None),
        "previous_year": ("report.previous_year", None),
    },
}
# A rating the report gave the year before too "remained"; any other was placed there this
# year (moved, or the year before is not known): its words are under this key instead.
PLACED = "key_tier_placed"
PLACES = {key: set(places) for key, places in ITEMS.items()} | {PLACED: set(ITEMS["key_tier"])}


Figure = Callable[[str, str | None, str | None], Markup]


def strip(words: dict[str, str], figure: Figure, remained: bool) -> Markup:
    """The strip as a list, named by `key_figures` for screen readers; `remained`: the rating
    is the one the report gave the year before."""
    worded = {key: words[PLACED if key == "key_tier" and not remained else key] for key in ITEMS}
    items = Markup("").join(
        Markup("<li>{}</li>").format(Markup(escape(worded[key])).format(**_figures(places, figure)))
        for key, places in ITEMS.items()
    )
    return Markup('<ul class="key-figures" aria-label="{}">{}</ul>').format(
        words["key_figures"], items
    )


def _figures(places: dict, figure: Figure) -> dict[str, Markup]:
    shown = {place: _shown(figure, *held) for place, held in places.items()}
    key = next(iter(shown))
    shown[key] = Markup('<span class="key-figures__figure">{}</span>').format(shown[key])
    return shown


def _shown(figure: Figure, fact_id: str, year: str | None, lang: str | None = None) -> Markup:
    """A figure in the page's language, or in `lang`, marked as such."""
    if lang is None:
        return figure(fact_id, year, None)
    return Markup('<span lang="{}">{}</span>').format(lang, figure(fact_id, year, lang))
