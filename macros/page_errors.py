"""A page's mistake as one line an editor can act on: file, line, what is wrong.

mkdocs-macros prints any other error with a Python traceback; `format_error` is its own hook for
choosing how an error type is shown, so ours are shown as their message alone.
"""

from __future__ import annotations

from pathlib import Path

from mkdocs_macros.errors import format_error


class PageFactError(Exception):
    """A page asked for a fact, or a year of one, that the facts file does not hold."""


@format_error.register
def _just_the_message(error: PageFactError, markdown: str, page) -> str:
    return str(error)


def where_written(fact_id: str, page_file: Path, includes: list[Path], project: Path) -> str:
    """`file:line` of the first call naming `fact_id`: the page itself, or a file it includes."""
    for path in [page_file, *includes]:
        lines = path.read_text(encoding="utf-8").splitlines()
        for number, line in enumerate(lines, start=1):
            if f'"{fact_id}"' in line or f"'{fact_id}'" in line:
                return f"{path.relative_to(project)}:{number}"
    return str(page_file.relative_to(project))
