"""data/tier-history.yaml: the country's rating in each year's report, with where it was read,
checked against the ratings and against the facts' own rating; the table of it on the tier
history page, and the site's own count of consecutive years on the same rating."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from markupsafe import Markup, escape

from ..file_state import when_changed
from ..render.formatting import ordinal
from ..render.plain_text import plain
from . import ratings
from .facts import Facts
from .records import TierYear
from .strict_yaml import YamlProblem, load

HISTORY_FILE = "data/tier-history.yaml"


def load_history(project: Path) -> dict[int, TierYear]:
    """The history, read again whenever the file changes (the preview keeps running)."""
    return _read(project / HISTORY_FILE)


@when_changed
def _read(path: Path) -> dict[int, TierYear]:
    """Each year held to its schema and its rating to data/ratings.yaml; the first mistake
    stops with its line."""
    from . import schema  # loaded only when the file is read anew

    document = load(path, HISTORY_FILE)
    if not isinstance(document.data, dict) or not document.data:
        raise YamlProblem(HISTORY_FILE, 1, "the file must hold report years, like `2023:`")
    history = {}
    for year, raw in document.data.items():
        line = document.line_of((year,))
        if not isinstance(year, int) or not schema.FIRST_YEAR <= year <= schema.LAST_YEAR:
            raise YamlProblem(
                HISTORY_FILE,
                line,
                f"'{year}' is not a report year between {schema.FIRST_YEAR} and "
                f"{schema.LAST_YEAR}: write the year without quotes",
            )
        try:
            entry = schema.record(schema.TierYear.model_validate(raw))
        except schema.ValidationError as error:
            first = schema.first_error(error)
            where = document.line_of((year, *first["loc"]))
            fields = {(): list(schema.TierYear.model_fields), ("note",): ["lo", "en"]}
            words = schema.editor_words(first, fields)
            raise YamlProblem(HISTORY_FILE, where, f"{year}: {words}") from None
        problem = ratings.not_a_rating(entry.rating, (ratings.UNKNOWN,))
        if problem:
            where = document.line_of((year, "rating"))
            raise YamlProblem(HISTORY_FILE, where, f"{year}: {problem}")
        history[year] = entry
    return history


def year_line(project: Path, year: int) -> int:
    """The line of `year` in the history file, for a message about it."""
    return load(project / HISTORY_FILE, HISTORY_FILE).line_of((year, "rating"))


def disagreement(history: dict[int, TierYear], facts: Facts, project: Path) -> str | None:
    """The history must hold the facts' report year, with the facts' own `rating.tier`."""
    if "rating.tier" not in facts.by_id or "report.year" not in facts.by_id:
        return None
    year = facts.get("report.year").value_for(None)
    tier = facts.get("rating.tier")
    if tier.per_year:
        return None
    if year not in history:
        return (
            f"{HISTORY_FILE}:1: {year}, the year of the report in {facts.shown_as}, is missing "
            f"here: add it, with rating: {tier.value_for(None)} and where it was read"
        )
    written = history[year].rating
    if written == tier.value_for(None):
        if history[year].read_at is None:
            return (
                f"{HISTORY_FILE}:{year_line(project, year)}: {year}, a report this site holds, "
                "says where it was read: add read_at:, the address of its report"
            )
        return None
    return (
        f"{HISTORY_FILE}:{year_line(project, year)}: {year} is {written} here but rating.tier in "
        f"{facts.shown_as} is {tier.value_for(None)}: check both against that report's text "
        f"and correct the one that is wrong (the history says where it was read)"
    )


@dataclass(frozen=True)
class Streak:
    """Consecutive report years on one rating, ending at `last`."""

    rating: str
    since: int
    last: int

    @property
    def years(self) -> int:
        return self.last - self.since + 1


def streak(history: dict[int, TierYear], year: int) -> Streak | None:
    """The run of report years on `year`'s rating that ends at `year`; a year missing or unknown
    ends it (None if `year`'s own rating is not known)."""
    if year not in history or history[year].rating == ratings.UNKNOWN:
        return None
    rating, since = history[year].rating, year
    while since - 1 in history and history[since - 1].rating == rating:
        since -= 1
    return Streak(rating, since, year)


def streak_note(
    found: Streak, lang: str, words: dict[str, str], history_href: str | None
) -> Markup:
    """The site's own sentence on the years in a row, worded in data/interface.yaml, linking
    the tier history page (named without a link on that page itself)."""
    name = words["tier_history_link"]
    link = Markup('<a href="{}">{}</a>').format(history_href, name) if history_href else name
    return Markup(escape(words["years_on_tier"])).format(
        year=found.last,
        ordinal=ordinal(found.years, lang),
        rating=ratings.words(found.rating, lang),
        since=found.since,
        history=link,
    )


def table(history: dict[int, TierYear], lang: str, words: dict[str, str]) -> Markup:
    """Every year of the history, newest first: its rating in `lang` (or unknown), where it was
    read, and its note. Links to other sites load nothing until followed."""
    head = Markup("").join(
        Markup("<th>{}</th>").format(words[key])
        for key in ("tiers_year", "tiers_rating", "tiers_read_at", "tiers_note")
    )
    rows = Markup("").join(
        Markup(
            '<tr id="tier-{year}"><td>{year}</td><td data-rating="{key}">{rating}</td>'
            "<td>{read_at}</td><td>{note}</td></tr>\n"
        ).format(
            year=year,
            key=entry.rating,
            rating=words["tiers_unknown"]
            if entry.rating == ratings.UNKNOWN
            else plain(ratings.words(entry.rating, lang)),
            read_at=_address(entry.read_at, words),
            note=plain(getattr(entry.note, lang)) if entry.note else "",
        )
        for year, entry in sorted(history.items(), reverse=True)
    )
    return Markup(
        '<div class="tier-history"><table><thead><tr>{}</tr></thead>\n'
        "<tbody>{}</tbody></table></div>"
    ).format(head, rows)


def _address(url: str | None, words: dict[str, str]) -> Markup:
    """A link named by its site ("state.gov"), or the words for no address."""
    if url is None:
        return Markup(escape(words["tiers_no_address"]))
    host = re.sub(r"^www\.", "", urlsplit(url).hostname or url)
    return Markup('<a href="{}">{}</a>').format(plain(url), host)
