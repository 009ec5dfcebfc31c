"""The project checked as a whole: the facts file and its rules, each figure against its
evidence, the sources file, then every page. `make check`, the build and the preview all
check through here, so they report the same lines."""

from __future__ import annotations

import functools
from dataclasses import dataclass, field
from pathlib import Path

from ..data import ratings, tier_history, word_files
from ..data.editions import Edition, Editions, edition_problems, editions
from ..data.facts import Facts, FactsProblem, load_facts
from ..data.glossary import glossary
from ..data.number_words import number_words
from ..data.records import Publisher, TierYear
from ..data.sources import load_sources
from ..file_state import kept
from ..languages import languages
from ..project import rooted
from . import evidence, term_use, translation
from .markup_check import markup_problems
from .page_check import SETTINGS, check_pages


@dataclass(frozen=True)
class CheckedEdition:
    """One edition's facts and sources, each checked against the edition's own texts."""

    edition: Edition
    facts: Facts
    sources: dict[str, Publisher]


@dataclass
class CheckedProject:
    """What a build needs, or the problems that stop it (each `file:line: what is wrong`)."""

    editions: Editions | None = None
    by_edition: dict[str, CheckedEdition] = field(default_factory=dict)
    history: dict[int, TierYear] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)

    @property
    def newest(self) -> CheckedEdition:
        return self.by_edition[self.editions.newest.name]


INPUTS = ("data", "docs", "report", "source")


def check_project(project: Path, keep: bool = True) -> CheckedProject:
    """The project checked once per state of its files: each language's build asks again, and
    a build of files already checked takes the result kept on disk (`keep`)."""
    return _checked(project, _input_files(project), keep)


def _input_files(project: Path) -> tuple:
    """Every input file (the menu in mkdocs.yml among them), with its time of change and size."""
    paths = [path for folder in INPUTS for path in sorted((project / folder).rglob("*"))]
    return tuple(
        (path, status.st_mtime_ns, status.st_size)
        for path in [*paths, project / SETTINGS]
        if path.is_file() and (status := path.stat())
    )


@functools.lru_cache(maxsize=2)
def _checked(project: Path, files: tuple, keep: bool) -> CheckedProject:
    """The check of the files in this state, taken from disk if it was kept (`keep`)."""
    if not keep:
        return _check(project)
    inputs = [path for path, _, _ in files]
    return kept("project", inputs, lambda: _check(project))


def _check(project: Path) -> CheckedProject:
    """Every check, each file read from `project`."""
    with rooted(project):
        return _check_in_order(project)


def _check_in_order(project: Path) -> CheckedProject:
    """Every check, in the order an editor should fix what they find."""
    refused = markup_problems(project)
    if refused:
        return CheckedProject(problems=refused)
    try:
        number_words()  # the words figures are written with, checked before any figure
        word_files.check(project)
        ratings.ratings()  # the words ratings are written with, checked before any rating
        terms = glossary(project)  # the report's terms; its ratings are the ratings' words
        known = editions(project)
        incomplete = edition_problems(project, known, languages())
        if incomplete:
            return CheckedProject(problems=incomplete)
        history = tier_history.load_history(project)
        by_edition = {}
        for edition in known.all:
            facts = load_facts(project / edition.facts_file, edition.facts_file)
            unstated = (
                _misnamed(edition, facts)
                or ratings.facts_problems(facts, project)
                or evidence.check(facts, project, edition.source_folder)
            )
            if unstated:
                return CheckedProject(problems=unstated)
            disagreement = tier_history.disagreement(history, facts, project)
            if disagreement:
                return CheckedProject(problems=[disagreement])
            sources = load_sources(project, edition.sources_file)
            by_edition[edition.name] = CheckedEdition(edition, facts, sources)
    except FactsProblem as problem:
        return CheckedProject(problems=[str(problem)])
    except FileNotFoundError as missing:
        where = Path(missing.filename)
        where = where.relative_to(project) if where.is_relative_to(project) else where
        return CheckedProject(problems=[f"{where}:1: the file is missing: restore it from git"])
    pages = (
        check_pages(project, known, by_edition)
        or translation.problems(project, [edition.text_folder for edition in known.all], terms)
        or term_use.label_problems(project, [edition.facts_file for edition in known.all], terms)
    )
    return CheckedProject(known, by_edition, history, pages)


def _misnamed(edition: Edition, facts: Facts) -> list[str]:
    """An edition's folder is named by its report's year: its addresses say that year."""
    year = facts.get("report.year")
    if str(year.value_for(None)) == edition.name:
        return []
    return [
        f"{edition.facts_file}:{year.line}: report.year is {year.value_for(None)}, but this "
        f"edition's folders are named {edition.name}: an edition is named by its report's year; "
        "correct the year, or name the folders by it"
    ]
