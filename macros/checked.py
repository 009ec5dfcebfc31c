"""The project checked as a whole: the facts file and its rules, each figure against its
evidence, the sources file, then every page. `make check`, the build and the preview all
check through here, so they report the same lines."""

from __future__ import annotations

import functools
from dataclasses import dataclass, field
from pathlib import Path

from . import evidence, word_files
from .facts import FACTS_FILE, Facts, FactsProblem, load_facts
from .number_words import number_words
from .page_check import check_pages
from .sources import Source, load_sources


@dataclass
class CheckedProject:
    """What a build needs, or the problems that stop it (each `file:line: what is wrong`)."""

    facts: Facts | None = None
    sources: dict[str, Source] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)


INPUTS = ("data", "docs", "report", "source")


def check_project(project: Path) -> CheckedProject:
    """The project checked once per state of its files: each language's build asks again."""
    return _checked(project, _fingerprint(project))


def _fingerprint(project: Path) -> tuple:
    """Every input file's name, size and time of change."""
    return tuple(
        (str(path), stat.st_mtime_ns, stat.st_size)
        for folder in INPUTS
        for path in sorted((project / folder).rglob("*"))
        if path.is_file() and (stat := path.stat())
    )


@functools.lru_cache(maxsize=2)
def _checked(project: Path, fingerprint: tuple) -> CheckedProject:
    try:
        number_words()
        word_files.check(project)
        facts = load_facts(project / FACTS_FILE, FACTS_FILE)
        unstated = evidence.check(facts, project)
        if unstated:
            return CheckedProject(problems=unstated)
        sources = load_sources(project)
    except FactsProblem as problem:
        return CheckedProject(problems=[str(problem)])
    except FileNotFoundError as missing:
        where = Path(missing.filename).relative_to(project)
        return CheckedProject(problems=[f"{where}:1: the file is missing: restore it from git"])
    return CheckedProject(facts, sources, check_pages(project, facts, sources))
