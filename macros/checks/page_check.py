"""Every page and included file, read once with Jinja's own parser, checked for what an editor
can get wrong: unknown macros, facts, charts, sources and includes; options misspelt or given a
value they cannot take; calls written with single braces; figures typed into the text.

`make check`, the build and the preview all report from here, with the same lines."""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote

from jinja2 import Environment, TemplateSyntaxError, nodes

from .. import languages
from ..data import ratings
from ..data.editions import NEWEST, Editions, edition_of, newest_path
from ..data.facts import Facts, UnknownFact, near_misspelling
from ..data.pages import pages
from ..data.records import Publisher
from ..data.sources import unknown_source
from ..data.strict_yaml import too_large
from ..render.charts import CHARTS, unavailable, unknown_chart
from ..render.rendering import resolve_year
from ..render.site_paths import SOURCE_PAGES
from . import page_text, translation
from .typed_figures import CODE, blanked, typed_figures

INCLUDE_DIR = "report"
PAGE_MACROS = (
    "fact",
    "facts_table",
    "downloads",
    "chart",
    "source",
    "page_address",
    "key_figures",
    "every_edition",
    "newest_edition",
    "glossary_table",
    "tier_history",
    "years_on_tier",
    "same_page_in",
    "chapter_text",
)
MACROS_WITH_ARGUMENTS = ("fact", "chart", "source", "same_page_in", "chapter_text")
MACROS_WITHOUT_ARGUMENTS = tuple(name for name in PAGE_MACROS if name not in MACROS_WITH_ARGUMENTS)
FACT_OPTIONS = ("year", "words", "cap", "ordinal", "form", "wording", "digits")
TRUE_OR_FALSE = ("words", "cap", "ordinal")
DATE_FORMS = ("short", "medium", "long", "full")
DATE_PATTERN = re.compile(r"^(?:[dMyEGL]+|[^A-Za-z]+|'[^']*')+$")
SETTINGS = "mkdocs.yml"
MAX_PAGE_BYTES = 1_000_000  # the longest page of a report is some 15 KB
MENU_ENTRY = re.compile(r"^[\s-]*(?:[^:#\n]+:\s+)?([^\s:#]+\.md)\s*(?:#.*)?$")
CONTROL = {
    nodes.For: "for",
    nodes.If: "if",
    nodes.Macro: "macro",
    nodes.CallBlock: "call",
    nodes.FilterBlock: "filter",
    nodes.With: "with",
    nodes.Block: "block",
    nodes.Extends: "extends",
    nodes.Import: "import",
    nodes.FromImport: "from",
}
PAGE_LINK = re.compile(r"\]\(\s*([^()\s:{}]+\.md(?:#[^()\s]*)?)\s*\)")  # to a page, by its file
PUBLISHED_FILES = {".md", ".png", ".jpg", ".jpeg", ".gif", ".webp", ".avif", ".svg", ".ico", ".pdf"}
PUBLISHED_NAMES = {"CNAME", "robots.txt"}  # a host's address file, and the crawlers' rules
SET_ALONE = re.compile(r"\s*\{%-?\s*set\s+text_lang\s*=[^%]*-?%\}\s*")


def check_pages(project: Path, known: Editions, by_edition: dict) -> list[str]:
    """Every mistake in every page, as `file:line: what is wrong`, in a stable order. A page
    or text of an edition is checked against that edition's facts and sources; the pages every
    edition shares, against the newest's."""
    trees: dict[Path, nodes.Template] = {}
    texts = {edition.name: _includable(project, edition.text_folder) for edition in known.all}
    found = []
    for path in pages(project):
        edition = edition_of(path.relative_to(project), known) or known.newest
        checked = by_edition[edition.name]
        source = Sources(checked.sources, edition.sources_file)
        includable = texts[edition.name]
        page = path.is_relative_to(project / "docs")
        found += [
            f"{path.relative_to(project)}:{line}: {message}"
            for line, message in _problems(path, checked.facts, source, includable, trees, page)
        ]
    found += _stray_files(project) + _foreign_folders(project) + _unpaired_pages(project)
    found += _menu_problems(project, known) + _include_loops(project, known, trees, texts)
    found = list(dict.fromkeys(found))
    if found:
        return found
    return [
        problem
        for edition in known.all
        for problem in unstated_on_their_page(
            project, edition, by_edition[edition.name].facts, trees, texts[edition.name]
        )
    ]


@dataclass(frozen=True)
class Sources:
    """An edition's sources, and the file that holds them (for messages)."""

    by_name: dict[str, Publisher]
    shown_as: str


def _includable(project: Path, text_folder: str) -> dict[str, Path]:
    """The texts a page of an edition can include by name: the edition's own (report/<year>/)
    before the ones every edition shares (report/)."""
    shared = {p.name: p for p in sorted((project / INCLUDE_DIR).glob("*.md"))}
    own = {p.name: p for p in sorted((project / text_folder).glob("*.md"))}
    return shared | own


def _included_name(include: nodes.Include) -> str | None:
    """The file an include names, if it names one as a plain string."""
    return include.template.value if isinstance(include.template, nodes.Const) else None


def _include_loops(project: Path, known: Editions, trees: dict, texts: dict) -> list[str]:
    """An included text that comes back to itself through its includes would be included
    without end: each loop is named once, at the include that closes it. `texts`: what each
    edition's pages include by name, found as the build finds it."""
    folder = project / INCLUDE_DIR
    loops: dict[frozenset, str] = {}

    def follow(path: Path, trail: tuple[Path, ...]) -> None:
        edition = edition_of(trail[0].relative_to(project), known) or known.newest
        for include in trees[path].find_all(nodes.Include):
            included = texts[edition.name].get(str(_included_name(include)))
            if included is None:
                continue
            if included in trail:
                steps = (*trail[trail.index(included) :], included)
                loops.setdefault(
                    frozenset(steps),
                    f"{path.relative_to(project)}:{include.lineno}: this include comes back to "
                    f"itself ({' → '.join(step.name for step in steps)}), which would never "
                    "end: remove it",
                )
            elif included in trees:
                follow(included, (*trail, included))

    for path in sorted(trees):
        if path.is_relative_to(folder):
            follow(path, (path,))
    return list(loops.values())


def _stray_files(project: Path) -> list[str]:
    """docs/ holds the pages and the pictures they show, each published as it is: any other
    file (an editor's backup, `index.md~`, with its draft) would be too, and a page named like
    another but for its capitals would be a second page that no menu shows (and a folder that
    Windows and macOS cannot hold)."""
    found = []
    names: dict[str, Path] = {}
    for path in sorted((project / "docs").rglob("*")):
        shown = path.relative_to(project)
        if any(part.startswith(".") for part in shown.parts) or not path.is_file():
            continue  # MkDocs publishes nothing hidden
        if path.suffix.lower() not in PUBLISHED_FILES and path.name not in PUBLISHED_NAMES:
            found.append(
                f"{shown}:1: this file is neither a page (.md) nor a picture, and the site would "
                "publish it as it is: delete it, or keep it outside docs/"
            )
        elif str(shown).lower() in names:
            found.append(
                f"{shown}:1: this name differs from {names[str(shown).lower()]} only in its "
                "capitals: keep one of the two files"
            )
        names.setdefault(str(shown).lower(), shown)
    return found


def _foreign_folders(project: Path) -> list[str]:
    """Pages sit in one folder per language of the site (docs/lo/, docs/en/): a page in any
    other folder would be published by no language, or by the wrong one."""
    folders = " and ".join(f"docs/{lang}/" for lang in languages.languages())
    return [
        f"{page.relative_to(project)}:1: '{page.parts[len(project.parts) + 1]}' is not a "
        f"language of this site: its pages go in {folders}"
        for page in sorted((project / "docs").rglob("*.md"))
        if page.relative_to(project / "docs").parts[0] not in languages.languages()
    ]


def _unpaired_pages(project: Path) -> list[str]:
    """Each page exists in both languages, under the same name: the language switch and the
    reader of either language count on it."""
    trees = {
        lang: {
            p.relative_to(project / "docs" / lang) for p in (project / "docs" / lang).rglob("*.md")
        }
        for lang in languages.languages()
    }
    return [
        f"docs/{lang}/{missing}:1: this page is missing; docs/{other}/{missing} needs it"
        for lang in languages.languages()
        for other in languages.languages()
        if other != lang
        for missing in sorted(trees[other] - trees[lang])
    ]


def _menu_problems(project: Path, known: Editions) -> list[str]:
    """Each page the menu (`nav:` in mkdocs.yml) names is in the pages' trees (`newest/`, the
    newest edition's folder): a page renamed in both, or a misspelt entry, would otherwise stop
    the build in MkDocs's own words."""
    lines = (project / SETTINGS).read_text("utf-8").splitlines()
    start = lines.index("nav:") + 1 if "nav:" in lines else len(lines)
    trees = [project / "docs" / lang for lang in languages.languages()]
    pages = [p.relative_to(trees[0]) for p in trees[0].rglob("*.md")]
    named = sorted(
        NEWEST + path.relative_to(known.newest.name).as_posix()
        if path.is_relative_to(known.newest.name)
        else path.as_posix()
        for path in pages
        if not edition_of(Path("docs", languages.default(), path), known)
        or path.is_relative_to(known.newest.name)
    )
    found = []
    for number, line in enumerate(lines[start:], start=start + 1):
        if line[:1] not in ("", " ", "#", "-"):
            break  # the next setting after the menu
        entry = MENU_ENTRY.match(line)
        if entry and not any((tree / newest_path(entry[1], known)).is_file() for tree in trees):
            wrong = f"the menu lists '{entry[1]}', which is in neither docs/lo/ nor docs/en/"
            found.append(f"{SETTINGS}:{number}: " + closest(wrong, entry[1], named, "'{}'"))
    return found


def _problems(
    path: Path, facts: Facts, sources: Sources, includable: dict, trees, page: bool
) -> Iterator[tuple[int, str]]:
    """The mistakes of one file (`page`: a page of the site, not a text pages include); its
    parsed tree is kept in `trees` for the later checks."""
    try:
        if path.stat().st_size > MAX_PAGE_BYTES:
            yield 1, too_large(MAX_PAGE_BYTES)
            return
        data = path.read_bytes()
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        yield (
            data[: error.start].count(b"\n") + 1,
            (
                "the file is not saved as UTF-8 (it holds bytes that UTF-8 cannot read on this "
                "line): save it again as UTF-8"
            ),
        )
        return
    except OSError as error:
        yield 1, f"the file cannot be read ({error.strerror}): check its permissions"
        return
    yield from page_text.problems(text, PAGE_MACROS, page)
    if page:
        yield from _missing_pages(text, path)
    try:
        tree = Environment().parse(text)
    except TemplateSyntaxError as error:
        yield error.lineno, page_text.syntax_words(error.message)
        return
    except RecursionError:
        yield 1, "braces or brackets here nest far deeper than a page needs: remove the extra ones"
        return
    trees[path] = tree
    yield from page_text.raw_macros(text)
    control = [
        (node.lineno, page_text.statement_words(CONTROL[type(node)]))
        for node in tree.find_all(tuple(CONTROL))
    ]
    if control:
        yield from control  # its names (a loop's `range`, `i`) are not the mistake
        return
    yield from _statement_problems(tree, text.splitlines())
    assigned = {name.name for name in tree.find_all(nodes.Name) if name.ctx == "store"}
    for include in tree.find_all(nodes.Include):
        name = _included_name(include)
        if name not in includable:
            yield include.lineno, _unknown_include(name, includable)
        elif _language_of_page(path) in languages.languages() and _language_of(name) not in (
            None,
            _language_of_page(path),
        ):
            yield include.lineno, f"'{name}' is for the other language's pages"
    reported_by_call = {
        id(node)
        for call in tree.find_all(nodes.Call)
        for node in (call.node, *call.args, *(keyword.value for keyword in call.kwargs))
    }
    for name in tree.find_all(nodes.Name):
        if name.ctx == "load" and name.name not in assigned and id(name) not in reported_by_call:
            yield name.lineno, _unknown_name(name.name)
    for call in tree.find_all(nodes.Call):
        if isinstance(call.node, nodes.Name) and call.node.name == "chapter_text":
            yield from _chapter_text_problems(call, path, includable)
        else:
            yield from _call_problems(call, facts, sources)
    for number, typed in typed_figures(text):
        yield number, _typed_figure(typed, facts)


def _missing_pages(text: str, path: Path) -> Iterator[tuple[int, str]]:
    """A link from a page to another page of the site (`report/index.md`) leads to a page
    that exists: MkDocs would otherwise stop the build in its own words, with no line."""
    for link in PAGE_LINK.finditer(blanked(text, CODE)):  # a link shown as code is not followed
        address = unquote(link[1].split("#")[0])
        if not (path.parent / address).is_file():
            yield (
                text.count("\n", 0, link.start()) + 1,
                (
                    f"the link leads to {address}, which is not a page of the site: correct the "
                    "address, written from this page's folder"
                ),
            )


def _chapter_text_problems(call: nodes.Call, path: Path, includable: dict):
    """chapter_text("overview") names an English text of the edition, on a page of the
    language its readings are in."""
    arguments = [_plain(node) for node in call.args]
    name = arguments[0] if len(arguments) == 1 and not call.kwargs else None
    texts = sorted(
        found.removesuffix(".md")
        for found in includable
        if not _language_of(found) and (includable[found].parent.name != INCLUDE_DIR)
    )
    if not isinstance(name, str) or f"{name}.md" not in includable or name not in texts:
        wrong = "chapter_text() takes the name of a text of the edition" + (
            f', like chapter_text("{texts[0]}")' if texts else ""
        )
        yield call.lineno, closest(wrong, str(name), texts, '"{}"')
    elif missing := [
        notice
        for notice in (translation.TRANSLATED_NOTICE, translation.UNTRANSLATED_NOTICE)
        if notice not in includable
    ]:
        yield call.lineno, f"{_unknown_include(missing[0], includable)}; chapter_text() shows it"
    elif _language_of_page(path) != translation.LANGUAGE:
        yield (
            call.lineno,
            f"chapter_text() is for the pages in {translation.LANGUAGE}; include the English text "
            f'itself: {{% include "{name}.md" %}}',
        )


def _statement_problems(tree: nodes.Template, lines: list[str]) -> Iterator[tuple[int, str]]:
    """What may stand in a page's Jinja: a macro call in {{ }}, text_lang set to a language,
    an include. Anything else (a typed number, arithmetic, a filter) could change a figure.
    Words in another language set within a line end on that line; a set on a line of its own
    starts a block in that language, to the end of the page."""
    for output in tree.find_all(nodes.Output):
        for node in output.nodes:
            if isinstance(node, nodes.TemplateData) or (
                isinstance(node, nodes.Call) and isinstance(node.node, nodes.Name)
            ):
                continue
            yield node.lineno, 'only a macro call can stand in {{ }}, like {{ fact("...") }}'
    open_on_line: dict[int, int] = {}
    for assign in tree.find_all(nodes.Assign):
        target, value = assign.target, assign.node
        if not (isinstance(target, nodes.Name) and target.name == "text_lang"):
            yield assign.lineno, 'a page can only set text_lang, like {% set text_lang = "en" %}'
        elif not (isinstance(value, nodes.Const) and value.value in (*languages.languages(), None)):
            yield (
                assign.lineno,
                (
                    "text_lang is one of the site's languages "
                    f"({', '.join(languages.languages())}), or None "
                    "where the page's own language resumes"
                ),
            )
        else:
            change = -1 if value.value is None else 1
            open_on_line[assign.lineno] = open_on_line.get(assign.lineno, 0) + change
    for line, still_open in sorted(open_on_line.items()):
        alone = SET_ALONE.fullmatch(lines[line - 1]) if line <= len(lines) else None
        if still_open > 0 and not alone:
            yield (
                line,
                (
                    "the words in another language set here are not ended on this line: end them "
                    "with {% set text_lang = None %}, or the rest of the page is written in that "
                    "language"
                ),
            )


def _language_of(name: str) -> str | None:
    """The language an included file is written for ("notice.lo.md"), if it says."""
    parts = name.split(".")
    return parts[-2] if len(parts) == 3 and parts[-2] in languages.languages() else None


def _language_of_page(path: Path) -> str | None:
    """The language of a page (its tree, docs/lo or docs/en) or of an included file."""
    parts = path.parts
    if "docs" in parts:
        return parts[len(parts) - parts[::-1].index("docs")]
    return _language_of(path.name)


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
            return
        for missing in unavailable(arguments[0], facts):
            yield line, f"the chart '{arguments[0]}' draws a figure the facts lack: {missing}"
    elif name == "same_page_in":
        if len(arguments) != 1 or call.kwargs or arguments[0] not in languages.languages():
            yield (
                line,
                "same_page_in() takes one of the site's languages, like "
                f'same_page_in("{languages.default()}")',
            )
    elif name == "source":
        problem = unknown_source(*[*arguments, None, None][:2], sources.by_name, sources.shown_as)
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
    if isinstance(year, str) and year.isdigit():
        yield f"write a year without quotes: year={year}"
        return
    if year is not None and year != "previous" and not isinstance(year, int):
        yield closest(f'year= cannot be "{year}"', str(year), ("previous",), 'year="{}"')
        return
    try:
        chosen = resolve_year(fact, facts, year)
    except UnknownFact as error:
        yield str(error)
        return
    for option in TRUE_OR_FALSE:
        if options.get(option) not in (None, True, False):
            yield f"{option}= is true or false, not {options[option]!r}"
    if options.get("ordinal") and fact.kind != "count":
        yield f"ordinal= is for counts; {fact.id} is a {fact.kind}"
    form = options.get("form")
    if form is not None:
        if fact.kind == "rating":
            yield from _rating_form(fact, fact.value_for(chosen), form)
        elif fact.kind not in ("date", "month"):
            yield f"form= is for dates, months and ratings; {fact.id} is a {fact.kind}"
        elif not isinstance(form, str) or (form not in DATE_FORMS and not DATE_PATTERN.match(form)):
            wrong = f'form= cannot be "{form}": use a name or a pattern like "MMMM y"'
            yield closest(wrong, str(form), DATE_FORMS, 'form="{}"')
    wording = options.get("wording")
    if wording is not None and (not isinstance(wording, str) or not wording.strip()):
        yield 'wording= holds the text\'s own words for the figure, like wording="none"'
    elif wording is not None and re.search(r"\d", wording):
        yield f"wording= states the figure in words: a typed number belongs in {facts.shown_as}"
    elif wording is not None and fact.value_for(chosen) != 0:
        when = f" in {chosen}" if chosen is not None else ""
        yield (
            f"wording= is for a figure of none (0); {fact.id} is {fact.value_for(chosen)}{when}: "
            "show the figure itself"
        )
    if options.get("digits") not in (None, "lao"):
        yield f'digits= can only be "lao", not {options["digits"]!r}'


def _rating_form(fact, value: str, form: object) -> Iterator[str]:
    """A rating's one form: its tier's number alone, where the text writes its own word."""
    if form != "number":
        wrong = f'form= cannot be "{form}" for a rating'
        yield closest(wrong, str(form), ("number",), 'form="{}"')
    elif ratings.ratings()[value].number is None:
        yield (
            f"{fact.id} is {ratings.words(value, 'en')}, which has no number: drop form= and "
            "show the rating itself"
        )


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
    """A misspelt name gets its file; any other is a file deleted or never there, and another
    file in its place would publish the wrong text."""
    if "/" in str(name):
        return (
            f"a page includes its own edition's texts (report/<year>/) and the shared ones by "
            f"name alone: write '{str(name).rsplit('/', 1)[1]}'"
        )
    message = f"there is no file '{name}' in {INCLUDE_DIR}/ to include"
    close = near_misspelling(str(name), includable)
    if close:
        return f"{message}; did you mean '{close}'?"
    return f"{message}: if it was deleted, restore it from git"


def _unknown_name(name: str) -> str:
    return closest(f"there is no macro '{name}'", name, PAGE_MACROS, "{}(...)")


def _typed_figure(typed: str, facts: Facts) -> str:
    """What to say of a number typed into the text, with a fact that holds that number."""
    digits = re.sub(r"\d", lambda digit: str(int(digit[0])), re.sub(r"[,.]", "", typed))
    holding = [
        fact.id
        for fact in facts
        for value in fact.entry.by_year().values()
        if isinstance(value, int) and str(value) == digits
    ]
    hint = f'; did you mean {{{{ fact("{holding[0]}") }}}}?' if holding else ""
    return f'"{typed}" is a figure typed into the text: take it from {facts.shown_as}{hint}'


def unstated_on_their_page(
    project: Path, edition, facts: Facts, trees: dict, includable: dict
) -> list[str]:
    """A figure an edition's report pages show must be shown on its own `page:`: its links and
    its facts-page entry lead there. `trees`: every page and included file, parsed;
    `includable`: the texts the edition's pages include by name."""
    folder = project / edition.pages_folder(languages.default())
    shown = {
        page: _figures_shown(folder / _page_file(path), facts, trees, includable)
        for page, path in SOURCE_PAGES.items()
    }
    found = []
    for fact in facts:
        for year in fact.entry.by_year():
            page = fact.entry.source.page
            if (fact.id, year) in shown[page]:
                continue
            elsewhere = [other for other, figures in shown.items() if (fact.id, year) in figures]
            if not elsewhere:
                continue  # shown on no page of the report: only the facts page lists it
            hint = f"; it is on '{elsewhere[0]}'"
            when = f" ({year})" if year is not None else ""
            found.append(
                f"{facts.shown_as}:{fact.page_line}: {fact.id}{when}: the '{page}' page does not "
                f"show this figure, so its links would lead nowhere{hint}"
            )
    return found


def _page_file(site_path: str) -> str:
    """The Markdown file of a page at `site_path` ("" is index.md, "report/" report/index.md)."""
    if site_path in ("", "report/"):
        return site_path + "index.md"
    return site_path.rstrip("/") + ".md"


def _figures_shown(path: Path, facts: Facts, trees, includable) -> set[tuple[str, int | None]]:
    """(fact, year) of every figure a page shows, its included files' included."""
    tree = trees[path]
    shown = set()
    for call in tree.find_all(nodes.Call):
        if isinstance(call.node, nodes.Name) and call.node.name == "fact":
            fact = facts.get(call.args[0].value)
            year = next((k.value.value for k in call.kwargs if k.key == "year"), None)
            shown.add((fact.id, resolve_year(fact, facts, year)))
    for include in tree.find_all(nodes.Include):
        shown |= _figures_shown(includable[include.template.value], facts, trees, includable)
    for call in tree.find_all(nodes.Call):
        if isinstance(call.node, nodes.Name) and call.node.name == "chapter_text":
            english = includable[call.args[0].value + ".md"]
            shown |= _figures_shown(english, facts, trees, includable)
    return shown
