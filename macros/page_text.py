"""A page's text as an editor writes it, checked before Jinja reads it: its settings (title,
description), calls written with one brace, figures inside a link's text, pictures from other
sites, and Jinja's own complaints put in an editor's words."""

from __future__ import annotations

import re
from collections.abc import Iterator

import yaml

FRONT_MATTER = re.compile(r"\A\ufeff?---\r?\n(.*?\r?\n)---\r?\n", re.DOTALL)
LINKED_FIGURE = re.compile(r"\[[^\]\n]*\{\{\s*fact\(")
ELSEWHERE = re.compile(
    r"""(?:src|href)\s*=\s*["']?(?:https?:)?//"""  # an HTML element's file
    r"|!\[[^\]\n]*\]\(\s*(?:https?:)?//"  # a Markdown picture
)
ELSEWHERE_WORDS = "the site loads nothing from other sites: save the file under docs/ and use it"
CURLY_QUOTE = re.compile("unexpected char '[\u201c\u201d\u2018\u2019]'")
CHARACTER_COUNT = re.compile(r" at \d+$")


def problems(text: str, macros: tuple[str, ...]) -> Iterator[tuple[int, str]]:
    yield from _front_matter(text)
    one_brace = re.compile(r"(?<!\{)\{\s*(" + "|".join(macros) + r")\s*\(")
    for number, line in enumerate(text.splitlines(), start=1):
        stray = one_brace.search(line)
        if stray:
            yield number, f"a macro needs double braces: write {{{{ {stray[1]}(...) }}}}"
        linked = LINKED_FIGURE.search(line)
        if linked and "](" in line[linked.end() :]:
            yield number, "a figure is a link itself: keep fact(...) out of a link's text"
        if ELSEWHERE.search(line):
            yield number, ELSEWHERE_WORDS


def _front_matter(text: str) -> Iterator[tuple[int, str]]:
    """The page's settings between `---` lines: YAML that MkDocs would otherwise drop without
    a word, and where macros are never run."""
    found = FRONT_MATTER.match(text)
    if not found:
        return
    for number, line in enumerate(found[1].splitlines(), start=2):
        if "{{" in line or "{%" in line:
            yield number, "macros do not work in the page's settings (title, description)"
    try:
        yaml.safe_load(found[1])
    except yaml.MarkedYAMLError as error:
        line = 2 + (error.problem_mark.line if error.problem_mark else 0)
        yield line, f"the page's settings (title, description) are not valid YAML ({error.problem})"


def syntax_words(message: str) -> str:
    """Jinja's complaint about a page, in an editor's words."""
    if "comment" in message:
        return "“{#” starts a hidden comment here: write a heading's id with a space, { #my-id }"
    if CURLY_QUOTE.search(message):
        return 'write quotes in a macro straight, fact("..."), not curly “...”'
    return f"this macro is not written right ({CHARACTER_COUNT.sub('', message)})"
