"""Synthetic growth for `make bench`: more editions, and more facts.

`multiply(project, times)` gives the project `times` editions: the newest, and copies of it
started as `make edition` starts one, named by the years before it, each with its report's year
in its facts and its text. `multiply_facts` makes the newest edition's facts file hold `times`
copies of every section, each renamed `<section>_y<n>`.
"""

from __future__ import annotations

import re
from pathlib import Path

import yaml

from macros.data.editions import Edition, editions
from macros.new_edition import copy_edition


def multiply(project: Path, times: int) -> int:
    """Make `project` hold `times` editions; the number of pages per language. Each copy is
    named by a year before the newest, with that year in its facts and text, addresses of its
    own, and, in the tier history, the newest's rating, as its texts state it."""
    newest = editions(project).newest
    quote = _report_year_quote(project, newest)
    history = project / "data" / "tier-history.yaml"
    rating = yaml.safe_load(history.read_text("utf-8"))[int(newest.name)]["rating"]
    for n in range(1, times):
        year = str(int(newest.name) - n)
        copy_edition(project, newest, year)
        edition = Edition(year)
        _rewrite(history, rf"(?m)^{year}:\n  rating: \S+$", f"{year}:\n  rating: {rating}")
        _rewrite(project / edition.facts_file, f"value: {newest.name}\n", f"value: {year}\n", 1)
        for path in [
            project / edition.facts_file,
            *(project / edition.source_folder).glob("*.txt"),
        ]:
            _rewrite(path, re.escape(quote), quote.replace(newest.name, year))
        _rewrite(project / edition.sources_file, r"(?m)^(  url: .*)$", rf"\1#{year}")
    oldest = str(int(newest.name) - times + 1)  # the addresses without an edition lead to it
    _rewrite(project / "data" / "editions.yaml", r"(?m)^unprefixed: .*$", f"unprefixed: {oldest}")
    return len(list((project / "docs" / "en").rglob("*.md")))


def _rewrite(path: Path, pattern: str, replacement: str, count: int = 0) -> None:
    path.write_text(re.sub(pattern, replacement, path.read_text("utf-8"), count=count), "utf-8")


def _report_year_quote(project: Path, edition: Edition) -> str:
    """The sentence the edition's report.year quotes."""
    facts = yaml.safe_load((project / edition.facts_file).read_text("utf-8"))
    return facts["report"]["year"]["source"]["quote"]


def multiply_facts(project: Path, times: int) -> int:
    """Make the newest edition's facts file hold `times` copies of its facts, each copy's labels
    marked with its number (two facts may not share a label); their number."""
    facts_file = project / editions(project).newest.facts_file
    original = facts_file.read_text("utf-8")
    body = original[original.index("\nreport:") :]
    copies = [original]
    for n in range(1, times):
        copy = re.sub(r"^([a-z_]+):$", rf"\1_y{n}:", body, flags=re.MULTILINE)
        copies.append(re.sub(r"(?m)^(      (?:lo|en): .*)$", rf"\1 ({n})", copy))
    facts_file.write_text("\n".join(copies), "utf-8")
    return times * len(re.findall(r"^  [a-z_]+:$", body, flags=re.MULTILINE))


def note_in_a_section(project: Path, run: int) -> None:
    """An editor's edit: a note written in one section of the newest facts file (a different
    one each run), which makes that section new to the check."""
    facts_file = project / editions(project).newest.facts_file
    text = facts_file.read_text("utf-8")
    sections = list(re.finditer(r"^[a-z_0-9]+:\n", text, flags=re.MULTILINE))
    place = sections[-1 - run % len(sections)].end()
    facts_file.write_text(f"{text[:place]}  # edited, run {run}\n{text[place:]}", "utf-8")
