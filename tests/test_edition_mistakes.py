"""Mistakes in the editions' folders stop the check with one line each, naming the file, the
line and what to do: an edition missing its text, a folder that is no report's year, a year
that disagrees with its folder, a stray folder. (The settings' mistakes, in data/editions.yaml,
are in the corpus, tests/mistakes.py.)"""

from __future__ import annotations

import shutil

import pytest

from macros.checks.checked import check_project
from macros.new_edition import start
from tests.conftest import copy_fixture
from tests.editions import names, newest

MISTAKES = {
    "an edition without its publisher's text": (
        lambda project, year, other: shutil.rmtree(project / "source" / year),
        "source/{year}/:1: the edition {year} has no text of its publisher here: put a copy of "
        "it here as a .txt file",
        None,
    ),
    "an edition folder that is no report's year": (
        lambda project, year, other: shutil.copytree(
            project / "data/editions" / year, project / "data/editions" / year[2:]
        ),
        "data/editions/{short}/:1: '{short}' is not a report's year: name the edition's folders "
        "by it, like 2024 (the first report came out in 2001)",
        None,
    ),
    "a report year that is not its edition's": (
        lambda project, year, other: edit(
            project / "data/editions" / year / "facts.yaml",
            f"value: {year}\n",
            f"value: {int(year) + 1}\n",
        ),
        "data/editions/{year}/facts.yaml:{line}: report.year is {next}, but this edition's "
        "folders are named {year}: an edition is named by its report's year; correct the year, "
        "or name the folders by it",
        ("data/editions/{year}/facts.yaml", "year:"),  # report.year, the file's first fact
    ),
    "facts written where no edition reads them": (
        lambda project, year, other: shutil.copy(
            project / "data/editions" / year / "facts.yaml", project / "data/facts.yaml"
        ),
        "data/facts.yaml:1: an edition's files are in its own folders now, and nothing reads "
        "this one: move what it holds into data/editions/{year}/facts.yaml (or the edition's it "
        "belongs to), then remove it",
        None,
    ),
    "an edition started and not marked newest": (
        lambda project, year, other: start(project, str(int(year) + 1)),
        "data/editions.yaml:{line}: the edition {next} is later than `newest: {year}`: put in "
        "its texts and figures and write `newest: {next}`",
        ("data/editions.yaml", "newest:"),
    ),
    "the first edition's addresses given to another": (
        lambda project, year, other: edit(
            project / "data/editions.yaml", f"unprefixed: {other}", f"unprefixed: {year}"
        ),
        "data/editions.yaml:{line}: `unprefixed:` is the edition links shared before editions "
        "lead to, the first the site held ({other} of those here): it never changes; if an "
        "edition's folders were deleted, restore them from git",
        ("data/editions.yaml", "unprefixed:"),
    ),
    "a new edition still holding last year's text and addresses": (
        lambda project, year, other: last_years_copied(project, year, other),
        "source/{year}/:1: this holds the {other} edition's text: put in the {year} report's "
        "text, as its publisher gives it\n"
        "data/editions/{year}/sources.yaml:1: the {year} edition credits the {other} edition's "
        "article and chapter: put in the addresses of the {year} report's",
        None,
    ),
    "pages of an edition that does not exist": (
        lambda project, year, other: shutil.copytree(
            project / "docs/en" / year, project / "docs/en" / str(int(year) + 1)
        ),
        "docs/en/{next}/:1: there is no edition '{next}' in data/editions/: if "
        "data/editions/{next}/ was deleted, restore it from git; a folder misnamed takes its "
        "edition's year; a new edition starts with `make edition`",
        None,
    ),
}


def last_years_copied(project, year: str, other: str) -> None:
    """The earlier edition's text and addresses put back into the newest, as a copy left them."""
    shutil.copy(next((project / "source" / other).glob("*.txt")), project / "source" / year)
    shutil.copy(
        project / "data/editions" / other / "sources.yaml", project / "data/editions" / year
    )


def edit(path, old: str, new: str) -> None:
    text = path.read_text("utf-8")
    assert text.count(old) >= 1, old
    path.write_text(text.replace(old, new, 1), "utf-8")


@pytest.mark.parametrize("name", MISTAKES)
def test_an_edition_mistake_gives_its_one_line(tmp_path, name):
    project = copy_fixture(tmp_path / "project")
    year = newest(project)
    other = min(names(project) - {year})
    make, message, where = MISTAKES[name]
    make(project, year, other)
    problems = check_project(project, keep=False).problems
    line = 1
    if where:
        lines = (project / where[0].format(year=year)).read_text("utf-8").splitlines()
        line = next(n for n, text in enumerate(lines, 1) if text.strip().startswith(where[1]))
    expected = message.format(
        year=year,
        next=int(year) + 1,
        short=year[2:],
        line=line,
        other=other,
        all=", ".join(sorted(names(project))),
    )
    assert problems == expected.split("\n")
