"""`make check`: the facts file and every figure the pages ask for, checked without a build.

Reads the pages' macro calls with Jinja's own parser, so it sees exactly what the build renders.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

from jinja2 import TemplateSyntaxError

from .charts import CHARTS, unknown_chart
from .checked import checked_facts
from .facts import FACTS_FILE, FactsProblem, UnknownFact
from .page_errors import PAGE_MACROS, closest_macro
from .pages import macro_calls, pages
from .rendering import resolve_year
from .sources import load_sources, unknown_source

PROJECT = Path(__file__).resolve().parents[1]


def problems_in_page(path: Path, facts, sources, shown_as: str) -> Iterator[str]:
    """Each mistake in one page's macro calls, as `file:line: what is wrong`."""
    try:
        calls = macro_calls(path.read_text("utf-8"))
    except TemplateSyntaxError as error:
        yield f"{shown_as}:{error.lineno}: {error.message}"
        return
    for call in calls:
        if call.name not in PAGE_MACROS:
            yield f"{shown_as}:{call.line}: {closest_macro(call.name, PAGE_MACROS)}"
            continue
        if call.name == "source":
            problem = unknown_source(call.argument(0), call.argument(1), sources)
            if problem:
                yield f"{shown_as}:{call.line}: {problem}"
            continue
        if call.name == "chart":
            if call.first_argument() not in CHARTS:
                yield f"{shown_as}:{call.line}: {unknown_chart(call.first_argument())}"
            continue
        if call.name != "fact":
            continue
        if not isinstance(call.first_argument(), str):
            yield f"{shown_as}:{call.line}: fact() needs a fact id in quotes"
            continue
        try:
            resolve_year(facts.get(call.first_argument()), facts, call.option("year"))
        except UnknownFact as error:
            yield f"{shown_as}:{call.line}: {error}"


def main(project: Path = PROJECT) -> int:
    try:
        facts = checked_facts(project)
        sources = load_sources(project)
    except FactsProblem as problem:
        print(problem)
        return 1
    checked = pages(project)
    found = [
        problem
        for path in checked
        for problem in problems_in_page(path, facts, sources, str(path.relative_to(project)))
    ]
    print("\n".join(found) if found else f"{FACTS_FILE} and {len(checked)} pages: all good")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
