"""`make check`: the facts file and every figure the pages ask for, checked without a build.

Reads the pages' macro calls with Jinja's own parser, so it sees exactly what the build renders.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

from jinja2 import Environment, TemplateSyntaxError, nodes

from .charts import CHARTS, unknown_chart
from .facts import FACTS_FILE, FactsProblem, UnknownFact, load_facts
from .page_errors import PAGE_MACROS, closest_macro
from .rendering import resolve_year

PROJECT = Path(__file__).resolve().parents[1]
PAGE_FOLDERS = ("docs", "report")


def pages(project: Path) -> list[Path]:
    return sorted(p for folder in PAGE_FOLDERS for p in (project / folder).rglob("*.md"))


def problems_in_page(path: Path, facts, shown_as: str) -> Iterator[str]:
    """Each mistake in one page's macro calls, as `file:line: what is wrong`."""
    try:
        tree = Environment().parse(path.read_text("utf-8"))
    except TemplateSyntaxError as error:
        yield f"{shown_as}:{error.lineno}: {error.message}"
        return
    for call in tree.find_all(nodes.Call):
        if not isinstance(call.node, nodes.Name):
            continue
        if call.node.name not in PAGE_MACROS:
            yield f"{shown_as}:{call.lineno}: {closest_macro(call.node.name, PAGE_MACROS)}"
            continue
        if call.node.name == "chart":
            name = call.args[0].value if call.args else None
            if name not in CHARTS:
                yield f"{shown_as}:{call.lineno}: {unknown_chart(name)}"
            continue
        if call.node.name != "fact":
            continue
        if not call.args or not isinstance(call.args[0], nodes.Const):
            yield f"{shown_as}:{call.lineno}: fact() needs a fact id in quotes"
            continue
        year = next((k.value.value for k in call.kwargs if k.key == "year"), None)
        try:
            resolve_year(facts.get(call.args[0].value), facts, year)
        except UnknownFact as error:
            yield f"{shown_as}:{call.lineno}: {error}"


def main(project: Path = PROJECT) -> int:
    try:
        facts = load_facts(project / FACTS_FILE, FACTS_FILE)
    except FactsProblem as problem:
        print(problem)
        return 1
    checked = pages(project)
    found = [
        problem
        for path in checked
        for problem in problems_in_page(path, facts, str(path.relative_to(project)))
    ]
    print("\n".join(found) if found else f"{FACTS_FILE} and {len(checked)} pages: all good")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
