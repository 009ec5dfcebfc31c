"""An included text that includes itself, directly or through another, stops the check and the
build with one line at the include that closes the loop, instead of recursing without end."""

from __future__ import annotations

import subprocess

from macros.checks.checked import check_project
from tests.conftest import copy_fixture

PAGE = "docs/en/index.md"


def included_from_a_page(project, name: str) -> None:
    page = project / PAGE
    page.write_text(page.read_text("utf-8") + f'\n{{% include "{name}" %}}\n', "utf-8")


def test_a_text_that_includes_itself(tmp_path):
    project = copy_fixture(tmp_path / "project")
    (project / "report" / "self.md").write_text('Self.\n{% include "self.md" %}\n', "utf-8")
    included_from_a_page(project, "self.md")
    assert check_project(project, keep=False).problems == [
        "report/self.md:2: this include comes back to itself (self.md → self.md), which would "
        "never end: remove it"
    ]


def test_two_texts_that_include_each_other_are_one_loop(tmp_path, project):
    for name, other in (("one.md", "two.md"), ("two.md", "one.md")):
        (project / "report" / name).write_text(f'{name}\n{{% include "{other}" %}}\n', "utf-8")
    included_from_a_page(project, "one.md")
    expected = (
        "report/two.md:2: this include comes back to itself (one.md → two.md → one.md), "
        "which would never end: remove it"
    )
    assert check_project(project, keep=False).problems == [expected]
    build = subprocess.run(
        ["make", "--no-print-directory", "build"], cwd=project, capture_output=True, text=True
    )
    assert build.returncode != 0
    assert expected in build.stdout + build.stderr
    assert "Traceback" not in build.stdout + build.stderr
