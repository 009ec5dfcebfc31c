"""The site's own Lao reading of the report's English text: `report/<year>/<name>.lo.md` beside
`<name>.md`, one Lao paragraph for each English paragraph. The check holds each pair to the same
figures (fact and year) and to the glossary's terms, so the translation can say no more and no
less than the English, and never a figure of its own."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from jinja2 import Environment, TemplateSyntaxError, nodes

from ..data.glossary import Term
from . import term_use

SUFFIX = ".lo.md"
LANGUAGE = "lo"  # the language of the texts named *.lo.md
TRANSLATED_NOTICE = "translation-notice.lo.md"  # above the site's reading: unofficial, the original
UNTRANSLATED_NOTICE = "notice.lo.md"  # above the English, where the edition has no reading
JINJA = re.compile(r"\{\{.*?\}\}|\{%.*?%\}|\{#.*?#\}", re.DOTALL)


@dataclass(frozen=True)
class Paragraph:
    """A paragraph, a heading or a list item of a text, with its first line."""

    line: int
    text: str


def paragraphs(text: str) -> list[Paragraph]:
    """The text's paragraphs, apart at blank lines; each item of a list is one."""
    found: list[Paragraph] = []
    block: list[tuple[int, str]] = []
    for number, line in enumerate([*text.splitlines(), ""], start=1):
        if line.strip():
            block.append((number, line))
            continue
        if block and all(line.startswith("- ") for _, line in block):
            found += [Paragraph(number, line) for number, line in block]
        elif block:
            found.append(Paragraph(block[0][0], "\n".join(line for _, line in block)))
        block = []
    return found


def translation_of(english: Path) -> Path:
    """Where the Lao reading of an English text is (it may not be there)."""
    return english.with_name(english.name.removesuffix(".md") + SUFFIX)


def figures(text: str) -> Counter:
    """(fact, year) of every fact() a paragraph calls, as often as it calls it."""
    try:
        tree = Environment().parse(text)
    except TemplateSyntaxError:
        return Counter()  # the page check names the mistake
    calls = Counter()
    for call in tree.find_all(nodes.Call):
        if isinstance(call.node, nodes.Name) and call.node.name == "fact" and call.args:
            year = next((k.value for k in call.kwargs if k.key == "year"), None)
            fact = getattr(call.args[0], "value", None)
            calls[(fact, getattr(year, "value", None))] += 1
    return calls


def problems(project: Path, text_folders: list[str], terms: list[Term]) -> list[str]:
    """Every translation of every edition against its English, `file:line: what is wrong`."""
    found = []
    for folder in text_folders:
        for lao in sorted((project / folder).glob("*" + SUFFIX)):
            found += _pair_problems(project, lao, terms)
    return found


def _pair_problems(project: Path, lao: Path, terms: list[Term]) -> list[str]:
    shown = lao.relative_to(project)
    english = lao.with_name(lao.name.removesuffix(SUFFIX) + ".md")
    english_shown = english.relative_to(project)
    if not english.is_file():
        return [
            f"{shown}:1: there is no English text {english.name} beside this translation: "
            "name the file after the English text it translates"
        ]
    ours = paragraphs(lao.read_text("utf-8"))
    theirs = paragraphs(english.read_text("utf-8"))
    if len(ours) != len(theirs):
        return [
            f"{shown}:1: this translation has {len(ours)} paragraphs and {english_shown} has "
            f"{len(theirs)}: write one Lao paragraph for each English paragraph, a blank line "
            "between paragraphs (each item of a list is one)"
        ]
    found = []
    for lo, en in zip(ours, theirs, strict=True):
        where = f"{shown}:{lo.line}"
        original = f"{english_shown}:{en.line}"
        extra = figures(lo.text) - figures(en.text)
        missing = figures(en.text) - figures(lo.text)
        for (fact, year), _ in [*extra.items(), *missing.items()]:
            when = f' (year="{year}")' if year else ""
            says = "calls" if (fact, year) in extra else "does not call"
            other = "does not" if (fact, year) in extra else "does"
            found.append(
                f"{where}: this paragraph {says} {fact}{when} and its English paragraph "
                f"({original}) {other}: the translation shows the same figures as the English"
            )
        prose_lo, prose_en = JINJA.sub(" ", lo.text), JINJA.sub(" ", en.text)
        found += [
            term_use.message(where, f"its English paragraph ({original})", term, said)
            for term, said in term_use.unkept(prose_en, prose_lo, terms)
        ]
    return found


def paired(ours: str, original: str, lang: str, summary: str) -> str:
    """One paragraph of the reading, and under it its English original, shown on a tap (a
    heading's original as its words, not a second heading in the page's contents)."""
    original = re.sub(r"^#+\s*", "", original)
    return (
        f'\n\n<div class="translated" markdown>\n<div lang="{lang}" markdown>\n\n{ours}\n\n'
        f'</div>\n<details class="original" lang="en" markdown>\n'
        f'<summary lang="{lang}">{summary}</summary>\n\n{original}\n\n</details>\n</div>\n'
    )
