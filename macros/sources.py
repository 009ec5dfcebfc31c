"""The publishers the site credits (data/sources.yaml), checked like the facts file."""

from __future__ import annotations

import difflib
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from .facts import editor_words, first_error
from .file_state import when_changed
from .schema import WEB_ADDRESS, Labels
from .strict_yaml import YamlProblem, load

SOURCES_FILE = "data/sources.yaml"


class Source(BaseModel):
    """One publisher's text: what it is, who published and wrote it, and where it is."""

    model_config = ConfigDict(extra="forbid")
    what: Labels
    publisher: Labels
    author: Labels | None = None
    url: str = Field(pattern=WEB_ADDRESS)


FIELDS = {
    (): list(Source.model_fields),
    **{(f,): ["lo", "en"] for f in ("what", "publisher", "author")},
}


def load_sources(project: Path) -> dict[str, Source]:
    """The sources, read again whenever the file changes (the preview keeps running)."""
    return _read(project / SOURCES_FILE)


@when_changed
def _read(path: Path) -> dict[str, Source]:
    document = load(path, SOURCES_FILE)
    if not isinstance(document.data, dict):
        raise YamlProblem(SOURCES_FILE, 1, "the file must hold sources, like `article:`")
    sources = {}
    for name, raw in document.data.items():
        try:
            sources[name] = Source.model_validate(raw)
        except ValidationError as error:
            first = first_error(error)
            line = document.line_of((name, *first["loc"]))
            words = editor_words(first, FIELDS)
            raise YamlProblem(SOURCES_FILE, line, f"{name}: {words}") from None
    return sources


def unknown_source(name: object, field: object, sources: dict[str, Source]) -> str | None:
    """What is wrong with a page's `source(name, field)`, or None."""
    if name not in sources:
        close = difflib.get_close_matches(str(name), sources, n=1)
        hint = f"; did you mean '{close[0]}'?" if close else f" (one of: {', '.join(sources)})"
        return f"there is no source '{name}' in {SOURCES_FILE}{hint}"
    if field not in Source.model_fields or getattr(sources[name], field) is None:
        held = [f for f in Source.model_fields if getattr(sources[name], f) is not None]
        close = difflib.get_close_matches(str(field), held, n=1)
        hint = f"; did you mean '{close[0]}'?" if close else f" (one of: {', '.join(held)})"
        return f"source '{name}' has no field '{field}'{hint}"
    return None


def field_text(source: Source, field: str, lang: str) -> str:
    """A source's field as plain text in `lang` (the address is the same in both)."""
    value = getattr(source, field)
    return value if isinstance(value, str) else getattr(value, lang)
