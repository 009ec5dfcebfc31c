"""A page's mistake as one line an editor can act on: file, line, what is wrong.

mkdocs-macros prints any other error with a Python traceback; `format_error` is its own hook for
choosing how an error type is shown, so ours are shown as their message alone.
"""

from __future__ import annotations

import difflib
import re
from pathlib import Path

from jinja2 import UndefinedError
from mkdocs_macros.errors import format_error

UNDEFINED_NAME = re.compile(r"'(\w+)' is undefined")
PAGE_MACROS = ("fact", "facts_table", "downloads", "chart", "source", "page_address")


class PageFactError(Exception):
    """A page asked for a fact, a year or a chart that the project does not have."""


@format_error.register
def _just_the_message(error: PageFactError, markdown: str, page) -> str:
    return str(error)


@format_error.register
def _unknown_name(error: UndefinedError, markdown: str, page) -> str:
    """A misspelt macro (`fakt(...)`): where it is written and what was meant."""
    found = UNDEFINED_NAME.search(str(error))
    if not found:
        return f"docs/{page.file.src_uri}: {error}"
    name = found[1]
    page_file = Path(page.file.abs_src_path)
    where = f"docs/{page.file.src_uri}"
    for number, line in enumerate(page_file.read_text("utf-8").splitlines(), start=1):
        if re.search(rf"\b{name}\b", line):
            where = f"docs/{page.file.src_uri}:{number}"
            break
    return f"{where}: {closest_macro(name, PAGE_MACROS)}"


def closest_macro(name: str, macros: tuple[str, ...]) -> str:
    """What to say of a call to `name`, which is not one of `macros`."""
    close = difflib.get_close_matches(name, macros, n=1)
    hint = (
        f"; did you mean {close[0]}(...)?"
        if close
        else f" (the pages can call: {', '.join(macros)})"
    )
    return f"there is no macro '{name}'{hint}"


def where_written(name: str, page_file: Path, includes: list[Path], project: Path) -> str:
    """`file:line` of the first call naming `name` (a fact or a chart) in quotes: the page
    itself, or a file it includes."""
    for path in [page_file, *includes]:
        lines = path.read_text(encoding="utf-8").splitlines()
        for number, line in enumerate(lines, start=1):
            if f'"{name}"' in line or f"'{name}'" in line:
                return f"{path.relative_to(project)}:{number}"
    return str(page_file.relative_to(project))
