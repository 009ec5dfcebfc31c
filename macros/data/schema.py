"""The declared shape of the data files (facts, sources, number words), what each kind of fact
may hold, and the schema's complaints in the words of the file. What passes is handed on as
plain records (records.py)."""

from __future__ import annotations

import datetime
import difflib
import re
import unicodedata
from typing import Annotated, Literal

from backrefs import bre
from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    StrictInt,
    ValidationError,
    ValidationInfo,
    field_validator,
    model_validator,
)
from pydantic_core import PydanticCustomError

from ..checks.invisible import invisible, visible
from . import records

Kind = Literal["count", "money", "range", "date", "month", "year", "ordinal", "code", "rating"]
NAME = r"^[a-z][a-z0-9_]*$"
MONTH = re.compile(r"^\d{4}-\d{2}$")
FIRST_YEAR, LAST_YEAR = 1990, 2100  # the years a report of this series can speak of

WHAT_EACH_KIND_HOLDS = {
    "count": "a whole number, like 75",
    "money": "a whole amount, like 65500000",
    "year": "a year between 1990 and 2100, like 2022",
    "ordinal": "a whole number from 1 for a place in order, like 2 for 'second'",
    "code": "a number that names something, like 215 for Article 215",
    "range": "a range, like {min: 5, max: 15}",
    "date": 'a real day written "YYYY-MM-DD", like "2024-07-27"',
    "month": 'a real month written "YYYY-MM", like "2022-09"',
    "rating": "the key of a rating in data/ratings.yaml, like tier_2",
}


class Strict(BaseModel):
    """Unknown fields are mistakes (a misspelt `lable` must not pass silently)."""

    model_config = ConfigDict(extra="forbid")


ONE_LINE = r"^[^\n\r]+$"  # a blank line in a label or quote would end its HTML on the page
WEB_ADDRESS = r"^https://[A-Za-z0-9._~:/?#@!$&+,;=%-]+$"  # nothing Markdown would read
ONE_PLACE = r"^[^{}]*\{\}[^{}]*$"
TWO_PLACES = r"^[^{}]*\{\}[^{}]*\{\}[^{}]*$"
PATTERN_WORDS = {
    NAME: "must be a key of small letters, digits and _, like tier_2",
    ONE_LINE: "must be one line of text (no line breaks)",
    WEB_ADDRESS: "must be a web address starting with https://, with no spaces, quotes or brackets",
    ONE_PLACE: "must hold {} once, where the figure goes",
    TWO_PLACES: "must hold {} twice, where the two figures go",
}


LAO_LETTER = re.compile("[\u0e80-\u0eff]")
# Latin, Lao, white space and common signs: a text of these alone holds no emoji and no letter
# of another script, and is judged by this one quick search (Unicode's classes below are long)
UNUSUAL = re.compile("[^\\s!-~\u00a0-\u024f\u0e80-\u0eff\u2010-\u205e\u20ac]")
EMOJI = bre.compile_search(r"\p{Emoji_Presentation}")  # a picture, not a sign like © or °
# A letter of another script than the text's language (Unicode's script extensions: digits,
# signs and marks that every script uses are in none)
NOT_LAO_OR_LATIN = bre.compile_search(r"[^\p{scx=Lao}\p{scx=Latin}\p{scx=Common}\p{scx=Inherited}]")
NOT_LATIN = bre.compile_search(r"[^\p{scx=Latin}\p{scx=Common}\p{scx=Inherited}]")
WORD = re.compile(r"\S{1,12}")  # a word shown from where it starts, not all of a long paste
MAX_LABEL = 200  # the longest label of a report is some 100 characters
MAX_QUOTE = 1000  # the longest sentence quoted is some 100 words


def _words(rule: str) -> PydanticCustomError:
    """A mistake in the field, said in plain words after the field's name."""
    return PydanticCustomError("editor_words", "{words}", {"words": rule})


def shown_text(text: str, limit: int = MAX_LABEL) -> str:
    """Text readers see: something to read, not a page's worth, and no picture symbols (an
    emoji pasted from a chat)."""
    if text and not text.strip():
        raise _words("is only spaces: write the words readers should see")
    if len(text) > limit:
        raise _words(f"is {len(text)} characters long, more than {limit}: shorten it")
    symbol = UNUSUAL.search(text) and EMOJI.search(text)
    if symbol:
        raise _words(
            f"holds a picture symbol ({symbol[0]}), which the site's words do not use: remove it"
        )
    return text


def _other_letters(text: str, other_script: re.Pattern) -> str | None:
    """The first word in another script, named by it ("Thai letters (ที่ถูก)"): text pasted
    from a keyboard or a page in another language."""
    found = UNUSUAL.search(text) and other_script.search(text)
    if not found:
        return None
    script = unicodedata.name(found[0], "UNKNOWN").split()[0].title()
    return f"{script} letters ({WORD.match(text, found.start())[0]})"


def _in_lao(text: str) -> str:
    if not LAO_LETTER.search(text):
        raise _words("holds no Lao letters: write it in Lao (are the lo and en words swapped?)")
    other = _other_letters(text, NOT_LAO_OR_LATIN)
    if other:
        raise _words(f"holds {other}: write it in Lao (Latin letters only for names like ATD)")
    return text


def _not_in_lao(text: str) -> str:
    if LAO_LETTER.search(text):
        raise _words("holds Lao letters: write it in English (are the lo and en words swapped?)")
    other = _other_letters(text, NOT_LATIN)
    if other:
        raise _words(f"holds {other}: write it in English")
    return text


ShownText = Annotated[str, Field(min_length=1, pattern=ONE_LINE), AfterValidator(shown_text)]
LaoText = Annotated[ShownText, AfterValidator(_in_lao)]
EnglishText = Annotated[ShownText, AfterValidator(_not_in_lao)]
Quote = Annotated[
    str,
    Field(min_length=1, pattern=ONE_LINE),
    AfterValidator(lambda text: shown_text(text, MAX_QUOTE)),
]


class Labels(Strict):
    lo: ShownText
    en: ShownText


class FactLabels(Labels):
    """A fact's labels: each in its own language's script (a source's English name may give
    the Lao name too)."""

    lo: LaoText
    en: EnglishText


class Source(Strict):
    """Where the report states the figure: one sentence, or one sentence per year (`quotes`)."""

    page: Literal["article", "overview", "prosecution", "protection"]
    quote: Quote | None = None
    quotes: dict[StrictInt, Quote] | None = None

    @model_validator(mode="after")
    def one_way(self) -> Source:
        if (self.quote is None) == (self.quotes is None):
            raise ValueError(
                "give either `quote` (one sentence) or `quotes` (one per year), not both or neither"
            )
        return self


class Span(Strict):
    min: StrictInt
    max: StrictInt

    @model_validator(mode="after")
    def ordered(self) -> Span:
        if self.min > self.max:
            raise ValueError(f"min ({self.min}) is larger than max ({self.max})")
        return self


Value = StrictInt | Span | str


class FactEntry(Strict):
    kind: Kind
    value: Value | None = None
    values: dict[StrictInt, Value] | None = None
    currency: Literal["LAK", "USD"] | None = None
    parts: list[str] = []
    label: FactLabels
    source: Source

    @field_validator("value", "values", mode="before")
    @classmethod
    def written_as_figures(cls, written: object, info: ValidationInfo) -> object:
        """A figure left empty (`~`) or written as YAML's other numbers (`.inf`, `1.5`) is told
        in the kind's words, not as a miss of each form a figure may take."""
        kind = info.data.get("kind")
        by_year = (
            written.items() if info.field_name == "values" and isinstance(written, dict) else []
        )
        for year, value in by_year or [(None, written)]:
            if kind in WHAT_EACH_KIND_HOLDS and (
                isinstance(value, float | bool) or (value is None and year is not None)
            ):
                when = f"for {year}, " if year is not None else ""
                shown = "nothing" if value is None else value
                raise ValueError(f"{when}a {kind} is {WHAT_EACH_KIND_HOLDS[kind]}; got {shown}")
        return written

    @field_validator("value")
    @classmethod
    def value_fits_kind(cls, value: Value | None, info: ValidationInfo) -> Value | None:
        _check_shape(info.data.get("kind"), value)
        return value

    @field_validator("values")
    @classmethod
    def values_fit_kind(cls, values: dict | None, info: ValidationInfo) -> dict | None:
        for year, value in (values or {}).items():
            if not FIRST_YEAR <= year <= LAST_YEAR:
                raise ValueError(f"{year} is not a year between {FIRST_YEAR} and {LAST_YEAR}")
            _check_shape(info.data.get("kind"), value, year)
        return values

    @model_validator(mode="after")
    def consistent(self) -> FactEntry:
        if (self.value is None) == (self.values is None):
            raise ValueError("give either `value` or `values` (one per year), not both or neither")
        if self.kind == "money" and self.currency is None:
            raise ValueError("money needs a currency: LAK or USD")
        if self.currency is not None and self.kind not in ("money", "range"):
            raise ValueError(f"a {self.kind} has no currency")
        if self.parts and self.kind != "count":
            raise ValueError("only a count can have parts")
        if self.source.quotes is not None:
            years = set(self.values or {})
            if set(self.source.quotes) != years:
                held = ", ".join(str(year) for year in sorted(years)) or "none: it has one value"
                raise ValueError(f"`source.quotes` needs one sentence for each year ({held})")
        return self


def _check_shape(kind: str | None, value: object, year: int | None = None) -> None:
    if kind is None or value is None or holds(kind, value):
        return
    when = f"for {year}, " if year is not None else ""
    if isinstance(value, Span):
        raise ValueError(f"{when}a range cannot go below zero; got {value.min}")
    hidden = invisible(value) if isinstance(value, str) else None
    if hidden:
        raise ValueError(
            f"{when}'{visible(value)}' has {hidden} in it: delete it and write the figure with "
            "plain digits"
        )
    if isinstance(value, str) and value.isdigit() and kind not in ("date", "month"):
        raise ValueError(f'{when}"{value}" is in quotes: write the figure without quotes')
    shown = f"'{value}'" if isinstance(value, str) else value
    raise ValueError(f"{when}a {kind} is {WHAT_EACH_KIND_HOLDS[kind]}; got {shown}")


FIELDS = {
    (): list(FactEntry.model_fields),
    ("label",): list(FactLabels.model_fields),
    ("source",): list(Source.model_fields),
    ("value",): list(Span.model_fields),
}


class Publisher(Strict):
    """One publisher's text (data/sources.yaml)."""

    what: Labels
    publisher: Labels
    author: Labels | None = None
    url: str = Field(pattern=WEB_ADDRESS)


PUBLISHER_FIELDS = {
    (): list(Publisher.model_fields),
    **{(f,): ["lo", "en"] for f in ("what", "publisher", "author")},
}


class LaoWords(Strict):
    one_to_nine: list[LaoText] = Field(min_length=9, max_length=9)
    ordinal: Annotated[str, Field(pattern=ONE_PLACE), AfterValidator(_in_lao)]
    range: Annotated[str, Field(pattern=TWO_PLACES), AfterValidator(_in_lao)]
    currency: dict[str, LaoText]
    millions: Annotated[str, Field(pattern=ONE_PLACE), AfterValidator(_in_lao)]
    hundred_thousands: Annotated[str, Field(pattern=ONE_PLACE), AfterValidator(_in_lao)]


class EnglishWords(Strict):
    one_to_nine: list[EnglishText] = Field(min_length=9, max_length=9)
    first_to_ninth: list[EnglishText] = Field(min_length=9, max_length=9)
    range: Annotated[str, Field(pattern=TWO_PLACES), AfterValidator(_not_in_lao)]


class NumberWords(Strict):
    """data/number-words.yaml."""

    lo: LaoWords
    en: EnglishWords


class Rating(Strict):
    """One rating of data/ratings.yaml: its words in each language, and the tier's number
    where the report writes one."""

    number: StrictInt | None = None
    lo: LaoText
    en: EnglishText


class TierYear(Strict):
    """One report year of data/tier-history.yaml."""

    rating: Annotated[str, Field(pattern=NAME)]
    read_at: str | None = Field(default=None, pattern=WEB_ADDRESS)
    note: FactLabels | None = None


RECORDS = {
    Labels: records.Labels,
    FactLabels: records.Labels,
    Span: records.Span,
    Source: records.FactSource,
    FactEntry: records.FactEntry,
    Publisher: records.Publisher,
    LaoWords: records.LaoWords,
    EnglishWords: records.EnglishWords,
    NumberWords: records.NumberWords,
    Rating: records.Rating,
    TierYear: records.TierYear,
}


def record(value: object) -> object:
    """A checked model as its plain record, field by field (told by its exact type: 10,000
    facts make some 150,000 calls)."""
    kind = type(value)
    if kind in RECORDS:
        fields = {name: record(getattr(value, name)) for name in kind.model_fields}
        return RECORDS[kind](**fields)
    if kind is dict:
        return {key: record(item) for key, item in value.items()}
    if kind is list:
        return [record(item) for item in value]
    return value


def first_error(error: ValidationError) -> dict:
    """The mistake to report first: a misspelt field explains the "missing" one beside it."""
    errors = error.errors()
    return next((found for found in errors if found["type"] == "extra_forbidden"), errors[0])


def holds(kind: str, value: object) -> bool:
    """Whether `value` has the shape `kind` asks for."""
    if kind == "range":
        return isinstance(value, Span) and value.min >= 0
    if kind == "date":
        return isinstance(value, str) and _parses(value, datetime.date.fromisoformat)
    if kind == "month":
        return (
            isinstance(value, str)
            and bool(MONTH.match(value))
            and _parses(value + "-01", datetime.date.fromisoformat)
        )
    if kind == "rating":
        return isinstance(value, str) and bool(re.match(NAME, value))
    if not isinstance(value, int):
        return False
    if kind == "year":
        return FIRST_YEAR <= value <= LAST_YEAR
    return value >= (1 if kind == "ordinal" else 0)


def _parses(text: str, parse) -> bool:
    try:
        parse(text)
    except ValueError:
        return False
    return True


def editor_words(error: dict, fields: dict[tuple, list[str]] = FIELDS) -> str:
    """A schema error in the words of the file: which field, and what it should be."""
    loc = tuple(part for part in error["loc"] if not isinstance(part, int) and part != "[key]")
    field = ".".join(str(part) for part in loc)
    if error["type"] == "editor_words":
        item = any(isinstance(part, int) for part in error["loc"])
        return (
            f"`{field}`" + (f": '{error['input']}'" if item else "") + f" {error['ctx']['words']}"
        )
    if error["type"] == "missing":
        return f"`{field}` is missing"
    if error["type"] == "extra_forbidden":
        known = fields.get(loc[:-1], [])
        close = difflib.get_close_matches(str(loc[-1]), known, n=1)
        hint = f"; did you mean `{close[0]}`?" if close else f" (expected: {', '.join(known)})"
        return f"`{field}` is not a field here{hint}"
    if error["type"] == "literal_error":
        choices = re.findall(r"'([^']+)'", error["ctx"]["expected"])
        close = difflib.get_close_matches(str(error["input"]), choices, n=1)
        hint = f"; did you mean '{close[0]}'?" if close else ""
        return f"`{field}` cannot be '{error['input']}'{hint} (one of: {', '.join(choices)})"
    if error["type"] == "string_pattern_mismatch":
        return f"`{field}` {PATTERN_WORDS.get(error['ctx']['pattern'], 'is not written right')}"
    if error["type"] == "string_too_short":
        return f"`{field}` is empty"
    if error["type"] in ("int_type", "int_parsing"):
        return f"`{field}` must be a whole number written without quotes, like 2022"
    if error["type"] in ("too_short", "too_long"):
        size = error["ctx"].get("min_length") or error["ctx"].get("max_length")
        return f"`{field}` must hold {size} items"
    message = error["msg"].removeprefix("Value error, ")
    return f"{field}: {message}" if field else message
