"""A fact as page HTML: `<data value="…" data-fact="id">figure</data>`, so every number on a
page names the fact behind it, for tests, readers' tools and fact-checkers alike."""

from __future__ import annotations

from markupsafe import Markup, escape

from ..data import ratings
from ..data.facts import Fact, Facts, UnknownFact
from ..data.records import Span
from . import formatting
from .plain_text import plain


def resolve_year(fact: Fact, facts: Facts, year: int | str | None) -> int | None:
    """The reporting year a page asks for: the current one unless it says "previous" or a year."""
    if not fact.per_year:
        if year is not None:
            raise UnknownFact(f"{fact.id} has one value, not one per year: drop year=")
        return None
    wanted = facts.reporting_year(year) if year in (None, "previous") else year
    if wanted not in fact.entry.values:
        held = ", ".join(str(y) for y in sorted(fact.entry.values))
        raise UnknownFact(f"{fact.id} has no figure for {wanted} (it has {held})")
    return wanted


def machine_value(value: object) -> str:
    """What the `value` attribute holds: digits, an ISO date, or "min/max" for a range."""
    if isinstance(value, Span):
        return f"{value.min}/{value.max}"
    return str(value)


def figure_text(
    fact: Fact,
    value: object,
    lang: str,
    *,
    words: bool | None = None,
    ordinal: bool = False,
    form: str | None = None,
) -> str:
    """The figure as the page's language writes it; a rating in its words ("Tier 2"), or
    with `form="number"` the tier's number alone, where the text writes its own word before it."""
    kind = fact.kind
    if kind == "count":
        return formatting.ordinal(value, lang) if ordinal else formatting.number(value, lang, words)
    if kind == "ordinal":
        return formatting.ordinal(value, lang)
    if kind == "money":
        return formatting.money(value, fact.entry.currency, lang)
    if kind == "range":
        return formatting.span(value, fact.entry.currency, lang, words)
    if kind == "date":
        return formatting.day(value, lang, form)
    if kind == "month":
        return formatting.month(value, lang, form)
    if kind == "rating" and form == "number":
        return str(ratings.ratings()[value].number)
    if kind == "rating":
        return ratings.words(value, lang)
    return str(value)


def data_element(
    fact: Fact, year: int | None, text: str, anchor: str | None = None, worded: bool = False
) -> Markup:
    """The figure, with the fact and year behind it; `anchor` makes it a link target, and
    `worded` marks a figure the text states in its own words ("did not convict any"). Written
    with f-strings and `escape`: a page holds hundreds, and `Markup.format` costs a build
    several times as much."""
    anchored = f' id="{escape(anchor)}"' if anchor else ""
    dated = f' data-year="{escape(year)}"' if year is not None else ""
    value = escape(machine_value(fact.value_for(year)))
    return Markup(
        f'<data{anchored} value="{value}" data-fact="{escape(fact.id)}"{dated}'
        f"{' data-wording' if worded else ''}>{escape(text)}</data>"
    )


# Years frame the text ("in 2022, compared with 2021"): each is a fact, with its <data> element
# and its entry and sentence on the facts page, but not a finding. Marked and linked, every year
# would open a box quoting a sentence about the reporting period, not the one the reader reads.
UNMARKED_KINDS = ("year",)


def figure_link(
    fact: Fact, year: int | None, element: Markup, lang: str, href: str, entry_href: str
) -> Markup:
    """The figure as a link to where it is stated; activated, it opens figures.js's box
    (`aria-haspopup`), whose first link leads there. Its label, source sentence and facts-page
    entry ride in data attributes, which figures.js shows as text on hover, focus, click or
    tap: a `title` would reach Material's tooltip, which reads it back as HTML."""
    label = getattr(fact.entry.label, lang)
    when = f" ({year})" if year is not None else ""
    source = fact.entry.source
    in_article = source.page == "article"
    return Markup(
        f'<a class="fact" href="{escape(href)}" data-label="{plain(label + when)}"'
        f' data-quote="{plain(fact.entry.quote_for(year))}"'
        f' data-quote-lang="{"lo" if in_article else "en"}"'
        f' data-in="{"article" if in_article else "report"}" data-entry="{escape(entry_href)}"'
        f' aria-haspopup="dialog">{escape(element)}</a>'
    )
