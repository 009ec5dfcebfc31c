"""The pages' macro calls, read with Jinja's own parser: what `make check` and the build share."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from jinja2 import Environment, nodes

PAGE_FOLDERS = ("docs", "report")


@dataclass(frozen=True)
class MacroCall:
    """One call in a page, with its arguments where they are written as plain values."""

    name: str
    line: int
    node: nodes.Call

    def argument(self, index: int) -> object:
        """The positional argument at `index`, if written as a plain value."""
        given = self.node.args[index] if len(self.node.args) > index else None
        return given.value if isinstance(given, nodes.Const) else None

    def first_argument(self) -> object:
        return self.argument(0)

    def option(self, name: str) -> object:
        found = next((k.value for k in self.node.kwargs if k.key == name), None)
        return found.value if isinstance(found, nodes.Const) else None


def pages(project: Path) -> list[Path]:
    """Every Markdown page and included file, in a stable order."""
    return sorted(p for folder in PAGE_FOLDERS for p in (project / folder).rglob("*.md"))


def macro_calls(text: str) -> list[MacroCall]:
    """The calls of a page's text (Jinja's TemplateSyntaxError if it does not parse)."""
    return [
        MacroCall(call.node.name, call.lineno, call)
        for call in Environment().parse(text).find_all(nodes.Call)
        if isinstance(call.node, nodes.Name)
    ]
