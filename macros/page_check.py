"""Every page and included file, read once with Jinja's own parser, checked for what an editor
can get wrong: unknown macros, facts, charts, sources and includes; options misspelt or given a
value they cannot take; calls written with single braces; figures typed into the text.

`make check`, the build and the preview all report from here, with the same lines."""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterator
from pathlib import Path

import yaml
from jinja2 import Environment, TemplateSyntaxError, nodes

from .charts import CHARTS, unknown_chart
from .facts import Facts, UnknownFact
from .pages import pages
from .rendering import resolve_year
from .sources import Source, unknown_source
from .typed_figures import typed_figures

INCLUDE_DIR = "report"
PAGE_MACROS = ("fact", "facts_table", "downloads", "chart", "source", "page_address")
MACROS_WITHOUT_ARGUMENTS = ("facts_table", "downloads", "page_address")
FACT_OPTIONS = ("year", "words", "cap", "ordinal", "form", "wording", "digits")
TRUE_OR_FALSE = ("words", "cap", "ordinal")
DATE_FORMS = ("short", "medium", "long", "full")
DATE_PATTERN = re.compile(r"^(?:[dMyEGL]+|[^A-Za-z]+|'[^']*')+$")
LATIN_DIGITS = str.maketrans("໐໑໒໓໔໕໖໗໘໙", "0123456789")
FRONT_MATTER = re.compile(r"\A---\n(.*?\n)---\n", re.DOTALL)
STRAY_CALL = re.compile(r"(?<!\{)\{\s*(" + "|".join(PAGE_MACROS) + r")\s*\(")


def check_pages(project: Path, facts: Facts, sources: dict[str, Source]) -> list[str]:
    """Every mistake in every page, as `file:line: what is wrong`, in a stable order."""
    includable = sorted(p.name for p in (project / INCLUDE_DIR).glob("*.md"))
    return [
        f"{path.relative_to(project)}:{line}: {message}"
        for path in pages(project)
        for line, message in _problems(path, facts, sources, includable)
    ]


def _problems(path: Path, facts: Facts, sources, includable) -> Iterator[tuple[int, str]]:
    try:
        text = path.read_text("utf-8")
    except UnicodeDecodeError:
        yield 1, "the file is not saved as UTF-8: save it again as UTF-8"
        return
    yield from _front_matter_problems(text)
    for number, line in enumerate(text.splitlines(), start=1):
        stray = STRAY_CALL.search(line)
        if stray:
            yield number, f"a macro needs double braces: write {{{{ {stray[1]}(...) }}}}"
    try:
        tree = Environment().parse(text)
    except TemplateSyntaxError as error:
        yield error.lineno, f"this macro is not written right ({error.message})"
        return
    assigned = {name.name for name in tree.find_all(nodes.Name) if name.ctx == "store"}
    for include in tree.find_all(nodes.Include):
        name = include.template.value if isinstance(include.template, nodes.Const) else None
        if name not in includable:
            yield include.lineno, _unknown_include(name, includable)
    reported_by_call = {
        id(node)
        for call in tree.find_all(nodes.Call)
        for node in (call.node, *call.args, *(keyword.value for keyword in call.kwargs))
    }
    for name in tree.find_all(nodes.Name):
        if name.ctx == "load" and name.name not in assigned and id(name) not in reported_by_call:
            yield name.lineno, _unknown_name(name.name)
    for call in tree.find_all(nodes.Call):
        yield from _call_problems(call, facts, sources)
    for number, typed in typed_figures(text):
        yield number, _typed_figure(typed, facts)


def _front_matter_problems(text: str) -> Iterator[tuple[int, str]]:
    """The page's settings (title, description) between `---` lines: YAML that MkDocs would
    otherwise drop without a word, and where macros are never run."""
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


def _call_problems(call: nodes.Call, facts: Facts, sources) -> Iterator[tuple[int, str]]:
    if not isinstance(call.node, nodes.Name):
        yield call.lineno, 'this macro is not written right: write it like fact("...")'
        return
    name, line = call.node.name, call.lineno
    if name not in PAGE_MACROS:
        yield line, closest(f"there is no macro '{name}'", name, PAGE_MACROS, "{}(...)")
        return
    if call.dyn_args or call.dyn_kwargs:
        yield line, f"{name}() takes plain values only"
        return
    arguments = [_plain(node) for node in call.args]
    if name in MACROS_WITHOUT_ARGUMENTS:
        if call.args or call.kwargs:
            yield line, f"{name}() takes nothing between its brackets"
    elif name == "chart":
        if len(arguments) != 1 or call.kwargs or arguments[0] not in CHARTS:
            yield line, unknown_chart(arguments[0] if arguments else None)
    elif name == "source":
        problem = unknown_source(*[*arguments, None, None][:2], sources)
        if problem or len(arguments) != 2 or call.kwargs:
            yield (
                line,
                problem or 'source() takes a name and a field, like source("article", "url")',
            )
    else:
        yield from ((line, message) for message in _fact_problems(call, arguments, facts))


def _fact_problems(call: nodes.Call, arguments: list, facts: Facts) -> Iterator[str]:
    if len(arguments) != 1 or not isinstance(arguments[0], str):
        yield 'fact() needs one fact id in quotes, like fact("protection.victims_identified")'
        return
    try:
        fact = facts.get(arguments[0])
    except UnknownFact as error:
        yield str(error)
        return
    options = {}
    for keyword in call.kwargs:
        if keyword.key not in FACT_OPTIONS:
            yield closest(
                f"fact() has no option '{keyword.key}='", keyword.key, FACT_OPTIONS, "{}="
            )
            return
        value = _plain(keyword.value)
        if value is NOT_PLAIN:
            written = keyword.value.name if isinstance(keyword.value, nodes.Name) else "it"
            yield f'{keyword.key}= needs its value in quotes, like {keyword.key}="{written}"'
            return
        options[keyword.key] = value
    yield from _option_problems(fact, options, facts)


def _option_problems(fact, options: dict, facts: Facts) -> Iterator[str]:
    year = options.get("year")
    if year is not None and year != "previous" and not isinstance(year, int):
        yield closest(f'year= cannot be "{year}"', str(year), ("previous",), 'year="{}"')
        return
    try:
        resolve_year(fact, facts, year)
    except UnknownFact as error:
        yield str(error)
    for option in TRUE_OR_FALSE:
        if options.get(option) not in (None, True, False):
            yield f"{option}= is true or false, not {options[option]!r}"
    if options.get("ordinal") and fact.kind != "count":
        yield f"ordinal= is for counts; {fact.id} is a {fact.kind}"
    form = options.get("form")
    if form is not None:
        if fact.kind not in ("date", "month"):
            yield f"form= is for dates and months; {fact.id} is a {fact.kind}"
        elif not isinstance(form, str) or (form not in DATE_FORMS and not DATE_PATTERN.match(form)):
            wrong = f'form= cannot be "{form}": use a name or a pattern like "MMMM y"'
            yield closest(wrong, str(form), DATE_FORMS, 'form="{}"')
    wording = options.get("wording")
    if wording is not None and (not isinstance(wording, str) or not wording.strip()):
        yield 'wording= holds the text\'s own words for the figure, like wording="none"'
    elif wording is not None and re.search(r"[0-9\u0ed0-\u0ed9]", wording):
        yield "wording= states the figure in words: a typed number belongs in data/facts.yaml"
    if options.get("digits") not in (None, "lao"):
        yield f'digits= can only be "lao", not {options["digits"]!r}'


NOT_PLAIN = object()


def _plain(node: nodes.Node) -> object:
    """The value of a plain constant (`"x"`, `2`, `true`), or NOT_PLAIN for a name or sum."""
    return node.value if isinstance(node, nodes.Const) else NOT_PLAIN


def closest(message: str, written: str, choices, shape: str) -> str:
    """`message`, with the nearest of `choices` as "did you mean", or the list of them."""
    near = difflib.get_close_matches(written, choices, n=1, cutoff=0.5)
    if near:
        return f"{message}; did you mean {shape.format(near[0])}?"
    return f"{message} (one of: {', '.join(shape.format(choice) for choice in choices)})"


def _unknown_include(name: object, includable: list[str]) -> str:
    return closest(
        f"there is no file '{name}' in {INCLUDE_DIR}/ to include", str(name), includable, "'{}'"
    )


def _unknown_name(name: str) -> str:
    return closest(f"there is no macro '{name}'", name, PAGE_MACROS, "{}(...)")


def _typed_figure(typed: str, facts: Facts) -> str:
    """What to say of a number typed into the text, with a fact that holds that number."""
    digits = typed.translate(LATIN_DIGITS).replace(",", "").replace(".", "")
    holding = [
        fact.id
        for fact in facts
        for value in fact.entry.by_year().values()
        if isinstance(value, int) and str(value) == digits
    ]
    hint = f'; did you mean {{{{ fact("{holding[0]}") }}}}?' if holding else ""
    return f'"{typed}" is a figure typed into the text: take it from data/facts.yaml{hint}'
