"""A page's text as an editor writes it, checked before Jinja reads it: its settings (title,
description), calls written with one brace, figures inside a link's text, pictures from other
sites, and Jinja's own complaints put in an editor's words."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..data.strict_yaml import YamlProblem, parse
from .invisible import control_character, invisible

FRONT_MATTER = re.compile(r"\A\ufeff?---\r?\n(.*?\r?\n)---[ \t]*(?:\r?\n|\Z)", re.DOTALL)
OPENED_SETTINGS = re.compile(r"\A\ufeff?---[ \t]*\r?\n")
SETTINGS = "the page's settings (title, description)"
PAGE_SETTINGS = ("title", "description")
SETTINGS_EXAMPLE = "a line ---, a line title: …, a line description: …, and a line ---"
LINKED_FIGURE = re.compile(r"\[[^[\]\n]*\{\{\s*fact\(")
ELSEWHERE = re.compile(  # a link to another site loads nothing until it is followed
    r"""\b(?:src|srcset|data|poster|action|formaction|ping)\s*=\s*["']?(?:https?:)?//"""
    r"""|<link\b[^<>]*\bhref\s*=\s*["']?(?:https?:)?//"""  # a stylesheet, a prefetch
    r"|!\[[^\]\n]*\]\(\s*(?:https?:)?//",  # a Markdown picture
    re.IGNORECASE,
)
ELSEWHERE_WORDS = "the site loads nothing from other sites: save the file under docs/ and use it"
BLOCK_ITEM = re.compile(r"[ \t]*(?:(?:[-*+]|\d+[.)])[ \t]|\|)")  # a list item, a table row
MAX_PARAGRAPH = 15_000
NOTE_MARK = re.compile(r"\[\^([^\]\s]+)\](?!:)")
NOTE = re.compile(r"^ {0,3}\[\^([^\]\s]+)\]:", re.MULTILINE)
DELIMITERS = ("{{", "}}", "{%", "%}")
TORN = re.compile("([{}%])([\u200b-\u200d\u2060\ufeff\u00ad]+)([{}%])")  # signs, nothing seen
RAW_BLOCK = re.compile(r"\{%-?\s*raw\s*-?%\}(.*?)\{%-?\s*endraw\s*-?%\}", re.DOTALL)
MACRO_IN_TAG = re.compile(r"<[A-Za-z][^<>]*\{\{")
PAGE_STATEMENTS = '{% include "..." %} and {% set text_lang = "en" %}'
CLOSE_BLOCK = re.compile(r"block that needs to be closed is '(\w+)'")
UNKNOWN_TAG = re.compile(r"unknown tag '(\w+)'")
CURLY_QUOTE = re.compile("unexpected char '[\u201c\u201d\u2018\u2019]'")


def problems(text: str, macros: tuple[str, ...], page: bool) -> Iterator[tuple[int, str]]:
    """`page`: a page of the site (it has settings), not a text pages include."""
    yield from _front_matter(text, page)
    control = control_character(text)
    if control:
        yield control
    yield from _long_paragraphs(text)
    yield from _marks_without_notes(text)
    one_brace = re.compile(r"(?<!\{)\{\s*(" + "|".join(macros) + r")\s*\(")
    for number, line in enumerate(text.splitlines(), start=1):
        torn = _torn_delimiter(line)
        stray = one_brace.search(line)
        if torn:
            yield number, torn
        elif stray:
            yield number, f"a macro needs double braces: write {{{{ {stray[1]}(...) }}}}"
        linked = LINKED_FIGURE.search(line)
        if linked and "](" in line[linked.end() :]:
            yield number, "a figure is a link itself: keep fact(...) out of a link's text"
        if ELSEWHERE.search(line):
            yield number, ELSEWHERE_WORDS
        if MACRO_IN_TAG.search(line):
            yield number, MACRO_IN_TAG_WORDS
        if "<!--" in line:
            yield number, COMMENT_WORDS


def _torn_delimiter(line: str) -> str | None:
    """A macro's {{ or }} (or {% %}) with characters that show as nothing between its two
    signs: the editor sees the pair, Jinja does not."""
    for found in TORN.finditer(line):
        pair = found[1] + found[3]
        if pair in DELIMITERS:
            return f"“{pair}” has {invisible(found[2])} between its two signs: delete it"
    return None


def _marks_without_notes(text: str) -> Iterator[tuple[int, str]]:
    """A note's mark ([^areas]) whose note ([^areas]: …) the file does not hold: Markdown
    would show readers the mark as it is written."""
    notes = set(NOTE.findall(text))
    for mark in NOTE_MARK.finditer(text):
        if mark[1] not in notes:
            yield (
                text.count("\n", 0, mark.start()) + 1,
                (
                    f"the note mark [^{mark[1]}] has no note: add a line [^{mark[1]}]: … below the "
                    "text, or remove the mark"
                ),
            )


def _long_paragraphs(text: str) -> Iterator[tuple[int, str]]:
    """A paragraph far longer than any the report has (some 4,000 characters): a paste gone
    wrong, and one that Markdown's link reader takes time for that grows with its square.
    Lines are read one by one (a pattern would take as long on a line of spaces); a list item
    or a table row starts a block of its own, as Markdown reads it."""
    first = length = 0
    for number, line in enumerate([*text.split("\n"), ""], start=1):
        blank = not line.strip()
        if length and (blank or BLOCK_ITEM.match(line)):
            if length > MAX_PARAGRAPH:
                yield first, LONG_PARAGRAPH_WORDS.format(length=length, most=MAX_PARAGRAPH)
            length = 0
        if not blank:
            first = first if length else number
            length += len(line) + 1


LONG_PARAGRAPH_WORDS = (
    "this paragraph is {length:,} characters long, more than {most:,}: check what was pasted, "
    "and break it into paragraphs"
)
RAW_MACRO_WORDS = (
    "a macro inside {% raw %} reaches readers as its code: remove {% raw %} and {% endraw %}"
)
MACRO_IN_TAG_WORDS = (
    "a macro inside an HTML tag's < > reaches readers as broken markup: "
    "put it in the text, outside the tag"
)
COMMENT_WORDS = (
    "an HTML comment is published in the page's source, where anyone can read it: "
    "write a note as {# ... #}, which is never published"
)


def raw_macros(text: str) -> Iterator[tuple[int, str]]:
    """Macros inside {% raw %}, which readers would see as code. Asked only of a page Jinja has
    parsed, whose every {% raw %} is closed, so the search stays linear."""
    for raw in RAW_BLOCK.finditer(text):
        if "{{" in raw[1] or "{%" in raw[1]:
            yield text.count("\n", 0, raw.start()) + 1, RAW_MACRO_WORDS


def _front_matter(text: str, page: bool) -> Iterator[tuple[int, str]]:
    """The page's settings between `---` lines: YAML that MkDocs would otherwise drop without
    a word (or, with an alias bomb, expand without end), and where macros are never run. A
    page has both its title and its description, as words: without them MkDocs would take
    the headline's markup as the page's title, or the site's description as the page's."""
    found = FRONT_MATTER.match(text)
    if not found:
        if OPENED_SETTINGS.match(text):
            yield 1, f"{SETTINGS} have no closing --- line: add a line of --- after them"
        elif page:
            yield 1, f"the page has no settings: start it with {SETTINGS_EXAMPLE}"
        return
    for number, line in enumerate(found[1].splitlines(), start=2):
        if "{{" in line or "{%" in line:
            yield number, f"macros do not work in {SETTINGS}"
    try:
        settings = parse(found[1], SETTINGS)
    except YamlProblem as problem:
        yield problem.line + 1, f"{SETTINGS}: {problem.message}"
        return
    if page:
        yield from _settings_problems(settings)


def _settings_problems(settings) -> Iterator[tuple[int, str]]:
    """Only a title and a description, each words on one line."""
    if not isinstance(settings.data, dict):
        yield 2, f"{SETTINGS} are lines of a name and words: {SETTINGS_EXAMPLE}"
        return
    for name, value in settings.data.items():
        line = settings.line_of((name,)) + 1
        if name not in PAGE_SETTINGS:
            yield (
                line,
                (
                    f"{SETTINGS}: a page has no setting '{name}', only title and description: "
                    "correct its name or remove the line"
                ),
            )
        elif not isinstance(value, str) or not value.strip():
            yield line, f"{SETTINGS}: the {name} is words on one line, not empty or a list"
    for name in PAGE_SETTINGS:
        if name not in settings.data:
            yield 1, f"{SETTINGS}: the page has no {name}: add a line {name}: …"


def syntax_words(message: str) -> str:
    """Jinja's complaint about a page, in an editor's words."""
    if "comment" in message:
        return (
            "“{#” starts a hidden note that is not closed: end the note with #}, or, for a "
            "heading's id, write a space: { #my-id }"
        )
    if CURLY_QUOTE.search(message):
        return 'write quotes in a macro straight, fact("..."), not curly “...”'
    block = CLOSE_BLOCK.search(message) or UNKNOWN_TAG.search(message)
    if block:
        return statement_words(block[1])
    if "raw directive" in message:
        return "{% raw %} is not closed: remove it, and any {% endraw %}"
    if "expected ')'" in message:
        return 'a bracket ( in this macro is not closed: end the call with ), like fact("...")'
    if "unexpected char" in message:
        return "a quote in this macro is not closed: end the fact's name with the same quote"
    if "end of print statement" in message:
        return 'write one call between {{ and }}, and close it with }}, like {{ fact("...") }}'
    return (
        f'this macro is not written right: write it like {{{{ fact("...") }}}}, '
        f"or {PAGE_STATEMENTS}"
    )


def statement_words(keyword: str) -> str:
    """What to say of a {% %} statement a page cannot use (a loop, a condition)."""
    return f"{{% {keyword} %}} is not something a page can use: a page can use {PAGE_STATEMENTS}"
