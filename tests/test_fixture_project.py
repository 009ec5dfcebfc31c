"""The site's code, run on a small report of our own (tests/fixture, two made-up editions): the
page checks hold on it as built, after one figure changes, and after the yearly job adds an
edition as the guide says, so no test about the pages depends on this year's figures."""

from __future__ import annotations

import re
import subprocess
import sys
from urllib.parse import urljoin

import pytest
from bs4 import BeautifulSoup

from macros.checks import translation
from macros.render.site_paths import SOURCE_PAGES
from tests.conftest import build, copy_fixture
from tests.editions import facts_file, names, newest
from tests.facts_file import read_facts
from tests.page_checks import Project, broken_promises, edition_in
from tests.site import LANGUAGES, ROOTS, Site, heading_text

ONE_FIGURE = {"20000000": "25000000", "20 million": "25 million"}


def rewritten(project, edition: str, changes: dict[str, str]) -> None:
    """An edition's facts, sources and publisher's text, with whole numbers and phrases
    replaced, as a new report would bring them; the pages are left as they are."""
    pattern = re.compile("|".join(rf"(?<![\w-]){re.escape(old)}(?![\w-])" for old in changes))
    files = [
        project / "data" / "editions" / edition / name for name in ("facts.yaml", "sources.yaml")
    ]
    for path in [*files, *(project / "source" / edition).glob("*.txt")]:
        text = path.read_text("utf-8")
        path.write_text(pattern.sub(lambda found: changes[found[0]], text), "utf-8")


def a_year_on(project, edition: str) -> dict[str, str]:
    """What a report a year later changes: every year and date one on, and its figures new."""
    shifted = range(int(edition) - 3, int(edition) + 1)
    years = {str(year): str(year + 1) for year in shifted}
    months = {
        f"{year}-{month:02}": f"{year + 1}-{month:02}" for year in shifted for month in range(1, 13)
    }
    return years | months | {"40": "45", "31": "36", "52": "40"}


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


def test_the_yearly_job_as_the_guide_writes_it(fixture_site, tmp_path):
    """Start the next edition from the newest, put in its texts and figures, mark it newest,
    check, build: the earlier editions' pages stay as they were apart from the notice that
    links the newest (and, on the facts page, a note where the new edition gives a year's
    figure differently), every earlier address still resolves, and the downloads hold every
    edition."""
    _, before = fixture_site
    project = copy_fixture(tmp_path / "project")
    earlier = sorted(names(project))
    read = sorted((project / "report" / newest(project)).glob("*" + translation.SUFFIX))
    year = str(int(newest(project)) + 1)
    run = [sys.executable, "-m"]
    started = subprocess.run([*run, "macros.new_edition", year], cwd=project, capture_output=True)
    assert started.returncode == 0, started.stdout
    rewritten(project, year, a_year_on(project, newest(project)))
    history = project / "data" / "tier-history.yaml"
    added = f"{year}:\n  rating: tier_2\n  read_at: https://example.org/reports/{year}/laos\n"
    history.write_text(history.read_text("utf-8") + added, "utf-8")
    editions_file = project / "data" / "editions.yaml"
    marked = re.sub(r"(?m)^newest: .*$", f"newest: {year}", editions_file.read_text("utf-8"))
    editions_file.write_text(marked, "utf-8")
    checked = subprocess.run([*run, "macros.check"], cwd=project, capture_output=True, text=True)
    assert checked.returncode == 0, checked.stdout
    after = built(project, tmp_path, "site")
    assert broken_promises(after, Project(project)) == []
    assert read and not list((project / "report" / year).glob("*" + translation.SUFFIX))
    for reading in read:  # the new edition has no reading yet: its English, with the notice
        section = SOURCE_PAGES[reading.name.removesuffix(translation.SUFFIX)]
        own_root = ROOTS[translation.LANGUAGE]
        assert after.soup(f"{own_root}{earlier[-1]}/{section}").select("article .translated")
        new = after.soup(f"{own_root}{year}/{section}")
        assert not new.select("article .translated")
        assert new.select_one('article div[lang="en"]').select("data")
    for lang in LANGUAGES:
        for path in before.page_paths(lang):
            assert (after.folder / path / "index.html").is_file(), path
            if not any(path.startswith(f"{ROOTS[lang]}{name}/") for name in earlier):
                continue
            assert unnoticed(after, path) == unnoticed(before, path), path
            notice = after.soup(path).select_one("article .admonition.warning a")
            assert urljoin(after.url + path, notice["href"]) == f"{after.url}{ROOTS[lang]}{year}/"
        listed = [
            a["href"]
            for a in after.soup(ROOTS[lang]).select("article .editions li > a:first-child")
        ]
        assert listed == [f"{name}/" for name in [year, *reversed(earlier)]]
    for path in (path for lang in LANGUAGES for path in before.earlier_addresses(lang)):
        target = after.soup(path).find("meta", attrs={"http-equiv": "refresh"})["content"]
        lands = urljoin(after.url + path, target.split("url=", 1)[1])
        assert (after.folder / lands.removeprefix(after.url) / "index.html").is_file()
    rows = (after.folder / "data" / "facts.csv").read_text("utf-8-sig").splitlines()[1:]
    assert {row.split(",", 1)[0] for row in rows} == {*earlier, year}
    for name in [*earlier, year]:
        own = (after.folder / name / "data" / "facts.csv").read_text("utf-8-sig").splitlines()
        assert {row.split(",", 1)[0] for row in own[1:]} == {name}


def unnoticed(site: Site, path: str) -> str:
    """A page's article without the notice an earlier edition's page carries, and without the
    notes where a later edition gives a year's figure differently."""
    article = site.soup(path).select_one("article")
    article = BeautifulSoup(str(article), "html.parser")
    for notice in article.select(".admonition.warning, .facts-list__restated"):
        notice.decompose()
    return re.sub(r">\s+<", "><", str(article))


def test_one_figure_changes_everywhere_and_nothing_else(fixture_site, tmp_path):
    """A figure corrected in the newest edition changes on its pages and on no other."""
    _, before = fixture_site
    changed = copy_fixture(tmp_path / "project")
    rewritten(changed, newest(changed), ONE_FIGURE)
    after = built(changed, tmp_path, "site")
    moved = 0
    for lang in LANGUAGES:
        for path in before.page_paths(lang):
            old, new = (
                before.soup(path).select_one("article"),
                after.soup(path).select_one("article"),
            )
            for element in new.select('data[data-fact="law.fine_kip"]'):
                edition = edition_in(path)
                assert element["value"] == (
                    "25000000/60000000" if edition in ("", newest(changed)) else "20000000/60000000"
                )
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
    page = project / "docs" / "en" / newest(project) / "index.md"
    heading = next(line for line in page.read_text("utf-8").splitlines() if line.startswith("# "))
    page.write_text(page.read_text("utf-8").replace(heading, heading + " (edited)"), "utf-8")
    edited = built(project, tmp_path, "edited")
    edited_page = edited.soup(f"en/{newest(project)}/").select_one("article h1")
    assert heading_text(edited_page).endswith("(edited)")


def contents(folder) -> dict:
    return {
        path.relative_to(folder): path.read_bytes() for path in folder.rglob("*") if path.is_file()
    }


@pytest.mark.parametrize("lang", LANGUAGES)
def test_a_figure_another_edition_gives_differently_names_it(fixture_site, lang):
    """Each edition keeps the figures it published; its facts page says, at a figure, which
    other edition gives the same year's figure differently, and links it there."""
    project, site = fixture_site
    facts = {name: read_facts(facts_file(project, name)) for name in names(project)}
    noted = 0
    for name, own in facts.items():
        page = site.soup(f"{ROOTS[lang]}{name}/facts/")
        for fact_id, fact in own.items():
            for year in fact.get("values", {}):
                differing = {
                    other
                    for other, theirs in facts.items()
                    if other != name
                    and year in theirs.get(fact_id, {}).get("values", {})
                    and theirs[fact_id]["values"][year] != fact["values"][year]
                }
                row = page.find(id=f"{fact_id}-{year}")
                notes = row.select(".facts-list__restated a")
                linked = {
                    urljoin(site.url + f"{ROOTS[lang]}{name}/facts/", a["href"]) for a in notes
                }
                assert linked == {
                    f"{site.url}{ROOTS[lang]}{other}/facts/#{fact_id}-{year}" for other in differing
                }, (name, fact_id, year)
                noted += len(notes)
    assert noted, "the fixture's editions give some year's figure differently"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_each_editions_pages_have_that_editions_menu(fixture_site, lang):
    """A page's menu, "previous" and "next" lead to its own edition's pages (or to the pages
    every edition shares), with the page itself marked as the one being read."""
    project, site = fixture_site
    editions = names(project)
    assert len(editions) > 1
    for path in site.page_paths(lang):
        own = path.removeprefix(ROOTS[lang]).split("/", 1)[0]
        if own not in editions:
            continue
        page = site.soup(path)
        menu = page.select_one("nav.md-nav--primary")
        links = [*menu.select("a.md-nav__link[href]"), *page.select("nav.md-footer__inner a")]
        reached = {urljoin("/" + path, a["href"]).removeprefix("/" + ROOTS[lang]) for a in links}
        in_editions = {target.split("/", 1)[0] for target in reached} & editions
        assert in_editions == {own}, (path, in_editions)
        active = menu.select_one("a.md-nav__link--active")
        assert urljoin("/" + path, active["href"]) == "/" + path, path
