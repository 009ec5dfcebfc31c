"""Labels and quotes stay plain text wherever a reader meets them: built from facts whose words
are HTML, Markdown links and attributes, Jinja and backticks, no page grows markup, on hover, on
keyboard focus, on the facts page, in search or in the downloads."""

from __future__ import annotations

import csv
import io
import json

import pytest

from tests.browser import OPEN_ORIGINALS
from tests.conftest import FIXTURE, built_and_served, copy_fixture
from tests.editions import facts_file, newest, source_files
from tests.site import LANGUAGES, prefixes

pytestmark = pytest.mark.browser
HOSTILE = '<img src="x"> [more](/x) `code` {{ 7*7 }} {: .grown } <b class="grown">b</b>'

TIER_QUOTE = "Laos remained on Tier 2."
HOSTILE_QUOTE = f"Laos remained on Tier 2 {HOSTILE}"
MARKUP = "img[src='x'], a[href$='/x'], .grown, code"
GROWN = f":is(.md-tooltip2, .md-content, .md-search-result, #fact-popover-box) :is({MARKUP})"
HOSTILE_FIGURE = 'article a.fact:has(data[data-fact="rating.tier"])'  # the newest's: the words
BOX_LABEL = "#fact-popover-box .fact-popover__label"

FIXTURE_PAGES = prefixes(newest(FIXTURE))


@pytest.fixture(scope="module")
def hostile_site(tmp_path_factory):
    """The fixture project with hostile words in its labels and in a quoted sentence, built
    and served on a server of its own."""
    folder = tmp_path_factory.mktemp("hostile")
    project = copy_fixture(folder / "project")
    facts = facts_file(project)
    labels = {"lo": "ກຸ່ມ " + HOSTILE, "en": "tier " + HOSTILE}
    written = json.dumps(labels, ensure_ascii=False)
    text = facts.read_text("utf-8").replace("label: {lo: ກຸ່ມ, en: tier}", f"label: {written}")
    facts.write_text(text.replace(TIER_QUOTE, HOSTILE_QUOTE.replace('"', '\\"')), "utf-8")
    (source,) = source_files(project)
    source.write_text(source.read_text("utf-8") + HOSTILE_QUOTE + "\n", "utf-8")
    with built_and_served(project, folder / "www") as site:
        yield site


@pytest.mark.parametrize("lang", LANGUAGES)
def test_hovering_and_focusing_every_figure_of_the_words_runs_nothing(hostile_site, page, lang):
    shown = 0
    newest_pages = [p for p in hostile_site.page_paths(lang) if p.startswith(FIXTURE_PAGES[lang])]
    for path in newest_pages:
        page.goto(hostile_site.url + path, wait_until="networkidle")
        page.evaluate(OPEN_ORIGINALS)
        figures = page.locator(HOSTILE_FIGURE)
        for index in range(figures.count()):
            figures.nth(index).hover()
            page.locator(BOX_LABEL).get_by_text(HOSTILE).wait_for(timeout=3000)
            page.keyboard.press("Escape")
            figures.nth(index).focus()
            page.locator(BOX_LABEL).get_by_text(HOSTILE).wait_for(timeout=3000)
            assert page.locator(GROWN).count() == 0, path
            shown += 1
    assert shown > 0


def test_the_tooltip_shows_the_words_as_written(hostile_site, page):
    page.goto(hostile_site.url + FIXTURE_PAGES["en"] + "report/", wait_until="networkidle")
    page.locator('article a.fact:has(data[data-fact="rating.tier"])').first.hover()
    page.get_by_text('<img src="x">').first.wait_for(timeout=5000)
    assert page.locator(GROWN).count() == 0


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_facts_page_shows_the_words_as_written(hostile_site, lang):
    page = hostile_site.soup(FIXTURE_PAGES[lang] + "facts/")
    row = page.find(id="rating.tier")
    label = ("tier " if lang == "en" else "ກຸ່ມ ") + HOSTILE
    assert row.find("td").get_text() == label
    assert row.find("q").get_text() == HOSTILE_QUOTE
    assert row.select(MARKUP) == []


def test_the_downloads_hold_the_words_as_written(hostile_site):
    table = (hostile_site.folder / "data/facts.csv").read_text("utf-8-sig")
    edition = newest(FIXTURE)
    rows = csv.DictReader(io.StringIO(table))
    tier = next(row for row in rows if (row["edition"], row["id"]) == (edition, "rating.tier"))
    assert (tier["label_en"], tier["source"]) == ("tier " + HOSTILE, HOSTILE_QUOTE)
    document = json.loads((hostile_site.folder / "data/facts.json").read_text("utf-8"))
    entry = next(
        fact
        for fact in document["facts"]
        if (fact["edition"], fact["id"]) == (edition, "rating.tier")
    )
    assert entry["label"]["en"] == "tier " + HOSTILE
