"""The facts file, checked as a whole: its own rules, then each figure against its evidence.

`make check` and the build both load the facts through here, so they stop on the same line."""

from __future__ import annotations

from pathlib import Path

from . import evidence, pages
from .facts import FACTS_FILE, Facts, load_facts


def checked_facts(project: Path) -> Facts:
    """The facts, once each quote is shown to be in the source and to state its figure."""
    facts = load_facts(project / FACTS_FILE, FACTS_FILE)
    years = {None: facts.reporting_year(), "previous": facts.reporting_year("previous")}
    evidence.check(facts, project, pages.wordings(project, years))
    return facts
