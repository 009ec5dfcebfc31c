"""What a build holds once the data files have passed their schema (schema.py): plain records,
so that a build whose check is kept from an earlier run (checked.py) never loads the schema's
library."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Labels:
    """A fact's or a source's name, in each language."""

    lo: str
    en: str


@dataclass(frozen=True)
class Span:
    """A range the report gives as two figures ("580 to 5,810")."""

    min: int
    max: int


Value = int | Span | str


@dataclass(frozen=True)
class FactSource:
    """Where the report states the figure: one sentence, or one per year (`quotes`)."""

    page: str
    quote: str | None
    quotes: dict[int, str] | None


@dataclass(frozen=True)
class FactEntry:
    """One fact as data/facts.yaml holds it, once its schema has let it through."""

    kind: str
    value: Value | None
    values: dict[int, Value] | None
    currency: str | None
    parts: list[str]
    label: Labels
    source: FactSource

    def quote_for(self, year: int | None) -> str:
        """The sentence that states the figure of `year`."""
        return self.source.quote if self.source.quotes is None else self.source.quotes[year]

    def by_year(self) -> dict[int | None, Value]:
        """The figure per reporting year; a single figure is filed under None."""
        return dict(self.values) if self.values is not None else {None: self.value}


@dataclass(frozen=True)
class Publisher:
    """One publisher's text: what it is, who published and wrote it, and where it is."""

    what: Labels
    publisher: Labels
    author: Labels | None
    url: str


@dataclass(frozen=True)
class LaoWords:
    """How Lao text writes what CLDR has no rule for (data/number-words.yaml)."""

    one_to_nine: list[str]
    ordinal: str
    range: str
    currency: dict[str, str]
    millions: str  # an amount of a million or more, said in millions ...
    hundred_thousands: str  # ... and hundred thousands: "65 ລ້ານ 5 ແສນ"


@dataclass(frozen=True)
class EnglishWords:
    """How the English text writes numbers one to nine, places in order and ranges."""

    one_to_nine: list[str]
    first_to_ninth: list[str]
    range: str


@dataclass(frozen=True)
class NumberWords:
    lo: LaoWords
    en: EnglishWords


@dataclass(frozen=True)
class Rating:
    """A rating the report gives a country (data/ratings.yaml), in each language."""

    number: int | None
    lo: str
    en: str


@dataclass(frozen=True)
class TierYear:
    """A country's rating in one year's report, where it was read, and a note."""

    rating: str
    read_at: str | None
    note: Labels | None
