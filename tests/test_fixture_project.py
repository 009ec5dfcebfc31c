"""The site's code, run on a small report of our own (tests/fixture): the page checks hold on
it as built, after one figure changes, and after the report moves on a year, so no test about
the pages depends on this year's figures."""

from __future__ import annotations

import re

import pytest

from tests.conftest import build, copy_fixture
from tests.page_checks import Project, broken_promises
from tests.site import LANGUAGES, Site, heading_text

NEXT_EDITION = {"2019": "2024", "2018": "2023", "2017": "2022", "40": "45", "31": "36", "52": "60"}
NEXT_DATES = {
    "2018-03": "2023-03",
    "2020-01-12": "2025-01-11",  # a Saturday, as VOA's header says
    "໑໒ ມັງກອນ ໒໐໒໐": "໑໑ ມັງກອນ ໒໐໒໕",
}
ONE_FIGURE = {"20000000": "25000000", "20 million": "25 million"}


def rewritten(project, changes: dict[str, str]) -> None:
    """The facts, the tier history and the publisher's text, with whole numbers and phrases
    replaced, as a new edition of the report would bring them; the pages are left as they are."""
    pattern = re.compile("|".join(rf"(?<![\w-]){re.escape(old)}(?![\w-])" for old in changes))
    data = [project / "data" / name for name in ("facts.yaml", "tier-history.yaml")]
    for path in [*data, *(project / "source").glob("*.txt")]:
        text = path.read_text("utf-8")
        path.write_text(pattern.sub(lambda found: changes[found[0]], text), "utf-8")


def built(project, tmp_path, name: str) -> Site:
    url = "http://127.0.0.1:8000/"
    result = build(project, tmp_path / name, url)
    assert result.returncode == 0, result.stdout + result.stderr
    return Site(tmp_path / name, url)


@pytest.fixture(scope="module")
def fixture_site(tmp_path_factory):
    folder = tmp_path_factory.mktemp("fixture")
    project = copy_fixture(folder / "project")
    return project, built(project, folder, "site")


def test_the_page_checks_hold_on_the_fixture(fixture_site):
    project, site = fixture_site
    assert broken_promises(site, Project(project)) == []


def test_the_page_checks_hold_when_the_report_moves_on_a_year(tmp_path):
    project = copy_fixture(tmp_path / "project")
    rewritten(project, NEXT_EDITION | NEXT_DATES)
    site = built(project, tmp_path, "site")
    assert broken_promises(site, Project(project)) == []
    years = {d["value"] for d in site.soup("").select('data[data-fact="report.year"]')}
    assert years == {NEXT_EDITION["2019"]}


def test_one_figure_changes_everywhere_and_nothing_else(fixture_site, tmp_path):
    _, before = fixture_site
    changed = copy_fixture(tmp_path / "project")
    rewritten(changed, ONE_FIGURE)
    after = built(changed, tmp_path, "site")
    moved = 0
    for lang in LANGUAGES:
        for path in before.page_paths(lang):
            old, new = (
                before.soup(path).select_one("article"),
                after.soup(path).select_one("article"),
            )
            for element in new.select('data[data-fact="law.fine_kip"]'):
                assert element["value"] == "25000000/60000000"
                moved += 1
            shown = str(new)
            for wrote in ("25", "25000000", "25 million"):  # as each language writes it
                shown = shown.replace(wrote, wrote.replace("25", "20"))
            assert shown == str(old), path
    assert moved >= 4


def test_a_build_from_kept_work_writes_the_same_site_and_sees_each_change(tmp_path):
    """What builds keep in .cache/ (the check, compiled pages and theme, drawings) changes no
    byte of the site, and a page edited since is built anew."""
    project = copy_fixture(tmp_path / "project")
    fresh = built(project, tmp_path, "fresh")
    assert (project / ".cache").is_dir()
    kept = built(project, tmp_path, "kept")
    assert contents(kept.folder) == contents(fresh.folder)
    page = project / "docs" / "en" / "index.md"
    heading = next(line for line in page.read_text("utf-8").splitlines() if line.startswith("# "))
    page.write_text(page.read_text("utf-8").replace(heading, heading + " (edited)"), "utf-8")
    edited = built(project, tmp_path, "edited")
    assert heading_text(edited.soup("en/").select_one("article h1")).endswith("(edited)")


def contents(folder) -> dict:
    return {
        path.relative_to(folder): path.read_bytes() for path in folder.rglob("*") if path.is_file()
    }
