"""data/ratings.yaml: the ratings the report gives a country (Tier 1, Tier 2, Tier 2 Watch
List, Tier 3, Special Case), each by key with its words in each language, read and checked like
the number words. A rating is a value of its own, never a number: "Tier 2" and "Tier 2 Watch
List" are different ratings, and a sentence that says one does not state the other."""

from __future__ import annotations

import re
from pathlib import Path

from ..file_state import kept, located, when_changed
from ..languages import languages
from ..project import root
from .facts import Facts, near_misspelling
from .records import Rating
from .strict_yaml import YamlProblem, load

RATINGS_FILE = "data/ratings.yaml"
UNKNOWN = "unknown"  # a year no copy of the report was found for


def ratings() -> dict[str, Rating]:
    """The ratings by key, read again only when the file has changed."""
    return _read(root() / RATINGS_FILE)


@when_changed
def _read(path: Path) -> dict[str, Rating]:
    return kept("ratings", [path], lambda: validated(path))


def validated(path: Path) -> dict[str, Rating]:
    """Each rating held to its schema; the first mistake stops with its line."""
    from . import schema  # loaded only when the file is read anew

    document = load(path, RATINGS_FILE)
    if not isinstance(document.data, dict) or not document.data:
        raise YamlProblem(RATINGS_FILE, 1, "the file must hold ratings, like `tier_2:`")
    found = {}
    for key, raw in document.data.items():
        if not isinstance(key, str) or not re.match(schema.NAME, key):
            raise YamlProblem(
                RATINGS_FILE, document.line_of((key,)), f"'{key}' is not a key, like tier_2"
            )
        try:
            found[key] = schema.record(schema.Rating.model_validate(raw))
        except schema.ValidationError as error:
            first = schema.first_error(error)
            line = document.line_of((key, *first["loc"]))
            words = schema.editor_words(first, {(): list(schema.Rating.model_fields)})
            raise YamlProblem(RATINGS_FILE, line, f"{key}: {words}") from None
    return found


def words(key: str, lang: str) -> str:
    """The rating as the text of `lang` writes it ("Tier 2", "ກຸ່ມທີ 2")."""
    return getattr(ratings()[key], lang)


def not_a_rating(written: str, allowed: tuple[str, ...] = ()) -> str | None:
    """What to say of a key that names no rating (None if it does)."""
    known = ratings()
    if written in known or written in allowed:
        return None
    choices = [*known, *allowed]
    close = near_misspelling(str(written), choices)
    hint = f"; did you mean '{close}'?" if close else ""
    return f"'{written}' is not a rating; the ratings are: {', '.join(choices)}{hint}"


def facts_problems(facts: Facts, project: Path) -> list[str]:
    """Every figure of kind `rating` must be a key of data/ratings.yaml, one line each."""
    document = located(project / facts.shown_as, facts.shown_as)
    problems = []
    for fact in facts:
        if fact.kind != "rating":
            continue
        for year, value in fact.entry.by_year().items():
            problem = not_a_rating(value)
            if problem:
                where = ("value",) if year is None else ("values", year)
                line = document.line_of((*fact.id.split("."), *where))
                problems.append(f"{facts.shown_as}:{line}: {fact.id}: value: {problem}")
    return problems


def states(quote: str, key: str) -> bool:
    """Whether `quote` names the rating `key` whole, in English or in Lao: "Tier 2" inside
    "Tier 2 Watch List" is the Watch List, not Tier 2."""
    known = ratings()
    for lang in languages():
        longer = [
            found.span()
            for other, rating in known.items()
            if other != key
            for found in _occurrences(quote, getattr(rating, lang))
        ]
        for found in _occurrences(quote, getattr(known[key], lang)):
            start, end = found.span()
            if not any(a <= start and end <= b and b - a > end - start for a, b in longer):
                return True
    return False


def _occurrences(quote: str, written: str):
    """Where `written` stands in `quote` as a whole (not "Tier 2" in "Tier 20"); Lao, written
    without spaces between words, may touch the letters around it."""
    return re.finditer(rf"(?<![A-Za-z0-9]){re.escape(written)}(?![A-Za-z0-9])", quote)
