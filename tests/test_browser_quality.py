"""Every page for a screen-reader user, a keyboard user, a phone and a printer."""

from __future__ import annotations

import io

import pytest
from axe_playwright_python.sync_playwright import Axe
from pypdf import PdfReader

from tests.browser import opened_as_read
from tests.facts_file import read_charts, read_sources
from tests.site import LANGUAGES, PREFIX, heading_text

pytestmark = pytest.mark.browser
CHART_WORDS = read_charts()
AXE_OPTIONS = {
    "light": {"resultTypes": ["violations"]},
    "dark": {
        "resultTypes": ["violations"],
        "runOnly": {"type": "rule", "values": ["color-contrast", "link-in-text-block"]},
    },
}
WATCH_FOCUS = """() => {
    window.focusOrder = []
    document.addEventListener("focusin", event => {
        event.target.dataset.reached = "yes"
        window.focusOrder.push(event.target)
    })
}"""
ROUND_TRIP = """() => {
    const order = window.focusOrder
    const back = order.indexOf(order[0], 1)
    return back === -1 ? null : order.slice(0, back).map(element => element.className)
}"""
LOOKED_AT_EVERY = 20  # presses between two looks at the order: each look is a round trip


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("lang", LANGUAGES)
def test_axe_finds_no_violation(site, site_address, browser, lang, scheme):
    """Every rule on the light pages; on the dark ones, the rules that read colours (the
    others judge the same HTML)."""
    context = browser.new_context(color_scheme=scheme)
    page = context.new_page()
    found = {}
    for path in site.page_paths(lang):
        opened_as_read(page, site_address + path)
        violations = Axe().run(page, options=AXE_OPTIONS[scheme]).response["violations"]
        if violations:
            found[path] = [(v["id"], [n["target"] for n in v["nodes"]]) for v in violations]
    context.close()
    assert found == {}


def tab_through(page, presses: int = 400) -> list[str]:
    """Press Tab until focus comes back round; the class of each element focused."""
    page.evaluate(WATCH_FOCUS)
    for pressed in range(1, presses + 1):
        page.keyboard.press("Tab")
        if pressed % LOOKED_AT_EVERY == 0 and (order := page.evaluate(ROUND_TRIP)) is not None:
            return order
    return page.evaluate("window.focusOrder.map(element => element.className)")


@pytest.mark.parametrize("lang", LANGUAGES)
def test_keyboard_reaches_skip_link_search_language_switch_and_every_link(
    site, site_address, page, lang
):
    for path in site.page_paths(lang):
        opened_as_read(page, site_address + path)
        order = tab_through(page)
        assert "md-skip" in order[0], path
        assert any("md-search__input" in c for c in order), path
        assert sum("md-select__link" in c for c in order) == len(LANGUAGES), path
        unreached = page.evaluate(
            """[...document.querySelectorAll('a[href]')]
                 .filter(a => a.checkVisibility({visibilityProperty: true})
                              && a.dataset.reached !== 'yes')
                 .map(a => a.getAttribute('href'))"""
        )
        assert unreached == [], path  # a link in a closed box is reached once its box opens


@pytest.mark.parametrize("lang", LANGUAGES)
def test_skip_link_moves_to_the_content(site_address, page, lang):
    page.goto(site_address + PREFIX[lang], wait_until="networkidle")
    page.keyboard.press("Tab")
    page.keyboard.press("Enter")
    heading = page.locator(":target")
    assert heading.evaluate("element => element.tagName") == "H1"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_nothing_overflows_a_phone_screen(site, browser, site_address, lang):
    context = browser.new_context(viewport={"width": 360, "height": 740}, is_mobile=True)
    page = context.new_page()
    overflowing = {}
    for path in site.page_paths(lang):
        opened_as_read(page, site_address + path)
        width = page.evaluate("document.documentElement.scrollWidth")
        if width > 360:
            overflowing[path] = width
    context.close()
    assert overflowing == {}


def printed_text(page, url: str) -> str:
    page.goto(url, wait_until="networkidle")
    pdf = PdfReader(io.BytesIO(page.pdf(format="A4")))
    return "\n".join(sheet.extract_text() for sheet in pdf.pages)


def test_report_prints_without_navigation_or_search(site, site_address, page):
    """The printed section holds its own title and text, and nothing of the menu, the search
    or the other sections (their figures written with a thousands separator)."""
    path, other = PREFIX["en"] + "report/prosecution/", PREFIX["en"] + "report/protection/"
    shown = site.soup(path)
    text = printed_text(page, site_address + path)
    assert text.lstrip().startswith(heading_text(shown.select_one("article h1")))
    first_sentence = shown.select_one("article p").get_text().split(". ")[0]
    assert first_sentence in text
    its_figures = {figure.get_text() for figure in shown.select("article data")}
    elsewhere = {figure.get_text() for figure in site.soup(other).select("article data")}
    only_elsewhere = {figure for figure in elsewhere - its_figures if "," in figure}
    assert only_elsewhere
    assert [figure for figure in only_elsewhere if figure in text] == []
    menu = shown.select(".md-nav--primary a.md-nav__link[href]")
    overview = next(link for link in menu if link["href"] == "../")  # the section's parent
    assert overview.get_text(" ", strip=True) not in text
    assert "Search" not in text


def test_charts_print_with_their_numbers(site, site_address, page):
    text = " ".join(printed_text(page, site_address + PREFIX["en"] + "charts/").split())
    figures = site.soup(PREFIX["en"] + "charts/").select("figure.chart")
    assert len(figures) == len(CHART_WORDS["charts"])
    for figure in figures:
        assert " ".join(figure.figcaption.get_text().split()) in text
        for figure_in_table in figure.select("table data"):
            assert figure_in_table.get_text() in text
    assert CHART_WORDS["labels"]["convictions"]["en"] in text
    assert "Search" not in text


@pytest.mark.parametrize("path", PREFIX.values(), ids=PREFIX.keys())
def test_home_pages_print_their_sources_and_their_own_address(site_address, page, path):
    text = "".join(printed_text(page, site_address + path).split())
    for source in read_sources().values():
        assert source["url"] in text
    assert "VOALao" in text
    assert site_address + path in text
