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

from macros.editions import Edition, editions
from macros.new_edition import start


def multiply(project: Path, times: int) -> int:
    """Make `project` hold `times` editions; the number of pages per language. The tier
    history gives each copy's year the newest's rating, as the copies' texts state it."""
    newest = editions(project).newest
    year_quote = _report_year_quote(project, newest)
    history = project / "data" / "tier-history.yaml"
    rating = yaml.safe_load(history.read_text("utf-8"))[int(newest.name)]["rating"]
    for n in range(1, times):
        year = str(int(newest.name) - n)
        start(project, year)
        history.write_text(
            re.sub(
                rf"^{year}:\n  rating: \S+$",
                f"{year}:\n  rating: {rating}",
                history.read_text("utf-8"),
                flags=re.MULTILINE,
            ),
            "utf-8",
        )
        edition = Edition(year)
        facts = project / edition.facts_file
        facts.write_text(
            facts.read_text("utf-8")
            .replace(f"value: {newest.name}\n", f"value: {year}\n", 1)
            .replace(year_quote, year_quote.replace(newest.name, year)),
            "utf-8",
        )
        for text in (project / edition.source_folder).glob("*.txt"):
            copied = text.read_text("utf-8").replace(
                year_quote, year_quote.replace(newest.name, year)
            )
            text.write_text(copied, "utf-8")
    return len(list((project / "docs" / "en").rglob("*.md")))


def _report_year_quote(project: Path, edition: Edition) -> str:
    """The sentence the edition's report.year quotes."""
    facts = yaml.safe_load((project / edition.facts_file).read_text("utf-8"))
    return facts["report"]["year"]["source"]["quote"]


def multiply_facts(project: Path, times: int) -> int:
    """Make the newest edition's facts file hold `times` copies of its facts; their number."""
    facts_file = project / editions(project).newest.facts_file
    original = facts_file.read_text("utf-8")
    body = original[original.index("\nreport:") :]
    copies = [original]
    for n in range(1, times):
        copies.append(re.sub(r"^([a-z_]+):$", rf"\1_y{n}:", body, flags=re.MULTILINE))
    facts_file.write_text("\n".join(copies), "utf-8")
    return times * len(re.findall(r"^  [a-z_]+:$", body, flags=re.MULTILINE))
