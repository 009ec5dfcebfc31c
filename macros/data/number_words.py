"""data/number-words.yaml: what CLDR has no rule for (numbers one to nine in words, places in
order, ranges, the Lao names of currencies), read and checked like the facts file, so that a
mistake in it stops with its line rather than a traceback."""

from __future__ import annotations

from pathlib import Path

from ..file_state import kept, when_changed
from ..project import root
from .records import NumberWords
from .strict_yaml import YamlProblem, load

WORDS_FILE = "data/number-words.yaml"


def number_words() -> NumberWords:
    """The words, read again only when the file has changed (the preview keeps running)."""
    return _read(root() / WORDS_FILE)


@when_changed
def _read(path: Path) -> NumberWords:
    """The words as checked when the file last had these bytes, or checked now."""
    return kept("number-words", [path], lambda: _validated(path))


def _validated(path: Path) -> NumberWords:
    """The file read and held to its schema; its first mistake stops with its line."""
    from . import schema  # loaded only when the file is read anew

    document = load(path, WORDS_FILE)
    try:
        return schema.record(schema.NumberWords.model_validate(document.data))
    except schema.ValidationError as error:
        first = schema.first_error(error)
        line = document.line_of(tuple(first["loc"]))
        raise YamlProblem(WORDS_FILE, line, schema.editor_words(first, {})) from None
