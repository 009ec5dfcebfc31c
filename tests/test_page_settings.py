"""A page's settings hold its title and its description, as words: a page without them would
take its headline's markup as its title in the tab, the menu and sharing tags, or the site's
description as its own. Each slip stops the check with the line to fix."""

from __future__ import annotations

import pytest

from macros.checks.checked import check_project
from tests.conftest import copy_fixture

PAGE = "docs/en/index.md"
SETTINGS = "the page's settings (title, description)"
CASES = {
    "title deleted": (
        lambda text, title, description: text.replace(title, ""),
        f"{PAGE}:1: {SETTINGS}: the page has no title: add a line title: …",
    ),
    "title misspelt": (
        lambda text, title, description: text.replace(title, "tilte" + title[5:]),
        f"{PAGE}:2: {SETTINGS}: a page has no setting 'tilte', only title and description: "
        "correct its name or remove the line",
    ),
    "title empty": (
        lambda text, title, description: text.replace(title, 'title: ""\n'),
        f"{PAGE}:2: {SETTINGS}: the title is words on one line, not empty or a list",
    ),
    "description as a list": (
        lambda text, title, description: text.replace(description, "description:\n  - a\n  - b\n"),
        f"{PAGE}:3: {SETTINGS}: the description is words on one line, not empty or a list",
    ),
    "no settings at all": (
        lambda text, title, description: text.split("---\n", 2)[2],
        f"{PAGE}:1: the page has no settings: start it with a line ---, a line title: …, a line "
        "description: …, and a line ---",
    ),
}


@pytest.mark.parametrize("case", CASES)
def test_a_slip_in_the_settings_stops_the_check(tmp_path, case):
    project = copy_fixture(tmp_path / "project")
    page = project / PAGE
    text = page.read_text("utf-8")
    lines = text.splitlines(keepends=True)
    title = next(line for line in lines if line.startswith("title:"))
    description = next(line for line in lines if line.startswith("description:"))
    change, message = CASES[case]
    page.write_text(change(text, title, description), "utf-8")
    assert message in check_project(project, keep=False).problems
