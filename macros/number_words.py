"""data/number-words.yaml: what CLDR has no rule for (numbers one to nine in words, places in
order, ranges, the Lao names of currencies), read and checked like the facts file, so that a
mistake in it stops with its line rather than a traceback."""

from __future__ import annotations

from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from .facts import editor_words, first_error
from .file_state import when_changed
from .schema import ONE_PLACE, TWO_PLACES
from .strict_yaml import YamlProblem, load

WORDS_FILE = "data/number-words.yaml"
PROJECT = Path(__file__).resolve().parents[1]


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class LaoWords(Strict):
    one_to_nine: list[str] = Field(min_length=9, max_length=9)
    ordinal: str = Field(pattern=ONE_PLACE)
    range: str = Field(pattern=TWO_PLACES)
    currency: dict[str, str]


class EnglishWords(Strict):
    one_to_nine: list[str] = Field(min_length=9, max_length=9)
    first_to_ninth: list[str] = Field(min_length=9, max_length=9)
    range: str = Field(pattern=TWO_PLACES)


class NumberWords(Strict):
    lo: LaoWords
    en: EnglishWords


def number_words() -> NumberWords:
    """The words, read again only when the file has changed (the preview keeps running)."""
    return _read(PROJECT / WORDS_FILE)


@when_changed
def _read(path: Path) -> NumberWords:
    document = load(path, WORDS_FILE)
    try:
        return NumberWords.model_validate(document.data)
    except ValidationError as error:
        first = first_error(error)
        line = document.line_of(tuple(first["loc"]))
        raise YamlProblem(WORDS_FILE, line, editor_words(first, {})) from None
