"""The publishers the site credits (data/sources.yaml), checked like the facts file."""

from __future__ import annotations

import dataclasses
import difflib
from pathlib import Path

from ..file_state import when_changed
from .records import Publisher
from .strict_yaml import YamlProblem, load

FIELDS = [field.name for field in dataclasses.fields(Publisher)]


def load_sources(project: Path, sources_file: str) -> dict[str, Publisher]:
    """An edition's sources, read again whenever the file changes (the preview keeps running)."""
    return _read(project / sources_file, sources_file)


@when_changed
def _read(path: Path, sources_file: str) -> dict[str, Publisher]:
    """Each source held to its schema; the first mistake stops with its line."""
    from . import schema  # loaded only when the file is read anew

    document = load(path, sources_file)
    if not isinstance(document.data, dict):
        raise YamlProblem(sources_file, 1, "the file must hold sources, like `article:`")
    sources = {}
    for name, raw in document.data.items():
        try:
            sources[name] = schema.record(schema.Publisher.model_validate(raw))
        except schema.ValidationError as error:
            first = schema.first_error(error)
            line = document.line_of((name, *first["loc"]))
            words = schema.editor_words(first, schema.PUBLISHER_FIELDS)
            raise YamlProblem(sources_file, line, f"{name}: {words}") from None
    return sources


def unknown_source(
    name: object, field: object, sources: dict[str, Publisher], sources_file: str
) -> str | None:
    """What is wrong with a page's `source(name, field)`, or None."""
    if name not in sources:
        close = difflib.get_close_matches(str(name), sources, n=1)
        hint = (  # no other source is offered: its publisher would be credited instead
            f"; did you mean '{close[0]}'?"
            if close
            else ": add it there, or, if it was deleted, restore it from git"
        )
        return f"there is no source '{name}' in {sources_file}{hint}"
    if field not in FIELDS or getattr(sources[name], field) is None:
        held = [f for f in FIELDS if getattr(sources[name], f) is not None]
        close = difflib.get_close_matches(str(field), held, n=1)
        hint = f"; did you mean '{close[0]}'?" if close else f" (one of: {', '.join(held)})"
        return f"source '{name}' has no field '{field}'{hint}"
    return None


def field_text(source: Publisher, field: str, lang: str) -> str:
    """A source's field as plain text in `lang` (the address is the same in both)."""
    value = getattr(source, field)
    return value if isinstance(value, str) else getattr(value, lang)
