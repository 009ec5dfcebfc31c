"""A reader on a phone (360 px wide) and on a desktop (1280 px): chart text readable and no
larger than the prose, the facts as cards, figures that answer a tap without leaving the page,
and a shared link's picture served by the site itself."""

from __future__ import annotations

from urllib.parse import urljoin

import pytest
from axe_playwright_python.sync_playwright import Axe
from bs4 import BeautifulSoup

from tests.browser import SCREENS
from tests.facts_file import quote_for, read_facts
from tests.site import LANGUAGES, PREFIX, ROOTS
from tests.test_reader_interface import english_words

pytestmark = pytest.mark.browser
FACTS = read_facts()
VICTIMS = FACTS["protection.victims_identified"]
YEAR = str(FACTS["report.reporting_year"]["value"])
FIGURE = f'a.fact:has(data[data-fact="protection.victims_identified"][data-year="{YEAR}"])'
FACT_YEARS = [
    (fact_id, None if year is None else str(year))
    for fact_id, fact in FACTS.items()
    for year in fact.get("values", [None])
]
# a text's size on screen: its font size times the drawing's scale (rotated or not)
CHART_TEXT_SIZES = """() => [...document.querySelectorAll('figure.chart svg text')].map(text =>
    parseFloat(getComputedStyle(text).fontSize)
    * Math.hypot(text.getScreenCTM().a, text.getScreenCTM().b))"""
BODY_SIZE = "parseFloat(getComputedStyle(document.querySelector('article p')).fontSize)"
LATIN = set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("screen", SCREENS)
@pytest.mark.parametrize("charts", ["the edition's charts", "the tier history"])
def test_chart_text_is_12px_or_more_and_no_larger_than_the_body(
    site_address, opened, screen, lang, scheme, charts
):
    path = PREFIX[lang] + "charts/" if charts == "the edition's charts" else ROOTS[lang] + "tiers/"
    page = opened(screen, site_address + path, scheme)
    sizes = page.evaluate(CHART_TEXT_SIZES)
    body = page.evaluate(BODY_SIZE)
    assert sizes
    assert min(sizes) >= 12, (min(sizes), body)
    assert max(sizes) <= body, (max(sizes), body)


# the charts whose drawing reaches past its own frame, where the page cuts it off
CUT_OFF_CHARTS = """() => [...document.querySelectorAll('figure.chart svg')].filter(svg => {
    const drawn = svg.getBBox(), frame = svg.viewBox.baseVal;
    return drawn.x < frame.x - 1 || drawn.y < frame.y - 1
        || drawn.x + drawn.width > frame.x + frame.width + 1
        || drawn.y + drawn.height > frame.y + frame.height + 1;
}).map(svg => svg.closest('figure').id)"""


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("path", ["charts/", "tiers/"])
def test_every_chart_is_drawn_whole(site_address, opened, lang, path):
    """No legend or label runs past the drawing's edge (Lao words are long)."""
    address = (PREFIX if path == "charts/" else ROOTS)[lang] + path
    page = opened("phone", site_address + address)
    assert page.locator("figure.chart svg").count()
    assert page.evaluate(CUT_OFF_CHARTS) == []


@pytest.mark.parametrize("lang", LANGUAGES)
def test_facts_are_cards_on_a_phone_and_a_table_on_a_desktop(site_address, opened, lang):
    page = opened("phone", site_address + PREFIX[lang] + "facts/")
    assert page.evaluate("document.documentElement.scrollWidth") <= 360
    cards = page.evaluate(
        """[...document.querySelectorAll('tr[id]')].map(row => ({
            id: row.id,
            display: getComputedStyle(row).display,
            left: row.getBoundingClientRect().left,
            right: row.getBoundingClientRect().right,
            cells: [...row.cells].filter(cell => cell.getClientRects().length)
                     .map(cell => cell.innerText.trim()),
        }))"""
    )
    expected = [fact_id if year is None else f"{fact_id}-{year}" for fact_id, year in FACT_YEARS]
    assert [card["id"] for card in cards] == expected
    assert page.locator(".facts-list thead").first.is_hidden()
    for card, (fact_id, year) in zip(cards, FACT_YEARS, strict=True):
        fact = FACTS[fact_id]
        assert card["display"] != "table-row", card
        assert card["left"] >= 0 and card["right"] <= 360, card
        assert all(card["cells"]), card  # no empty box
        assert card["cells"][0] == fact["label"][lang]
        assert quote_for(fact, year) in card["cells"][-1]
        assert (year is not None) == any(year and year in cell for cell in card["cells"][1:3])
    desktop = opened("desktop", site_address + PREFIX[lang] + "facts/")
    assert desktop.evaluate("getComputedStyle(document.querySelector('tr[id]')).display") == (
        "table-row"
    )
    assert desktop.locator(".facts-list thead").first.is_visible()


@pytest.mark.parametrize("lang", LANGUAGES)
def test_a_tap_on_a_figure_opens_its_box_and_stays_on_the_page(site_address, opened, lang):
    start = site_address + PREFIX[lang]
    page = opened("phone", start)
    figure = page.locator(FIGURE).first
    figure.tap()
    box = page.locator('#fact-popover-box[role="dialog"]')
    box.wait_for()
    assert page.url == start
    assert box.locator(".fact-popover__label").inner_text() == f"{VICTIMS['label'][lang]} ({YEAR})"
    assert box.locator(".fact-popover__quote").inner_text() == quote_for(VICTIMS, YEAR)
    where = box.bounding_box()
    assert where["x"] >= 0 and where["x"] + where["width"] <= 360
    statement, entry = (box.locator(f'a[data-to="{to}"]') for to in ("statement", "entry"))
    assert statement.evaluate("a => a.href") == urljoin(start, figure.get_attribute("href"))
    assert entry.evaluate("a => a.href") == (
        f"{site_address}{PREFIX[lang]}facts/#protection.victims_identified-{YEAR}"
    )
    words = box.evaluate(
        """box => [...box.querySelectorAll('a'), box.querySelector('button')]
                  .map(e => e.textContent + (e.getAttribute('aria-label') || '')).join('')"""
    )
    assert bool(set(words) & LATIN) == (lang == "en"), words

    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.closest('#fact-popover-box') !== null")
    page.keyboard.press("Escape")
    assert box.count() == 0
    assert page.evaluate("document.activeElement.matches('a.fact')")

    figure.tap()
    box.wait_for()
    page.locator("article h1").tap()
    assert box.count() == 0

    figure.tap()
    statement.tap()
    page.wait_for_url(f"{site_address}{PREFIX[lang]}report/protection/#*")
    target = page.locator(":target")
    assert target.get_attribute("data-fact") == "protection.victims_identified"
    assert target.bounding_box()["y"] >= page.locator(".md-header").bounding_box()["height"]


def test_figures_read_as_text_until_pointed_at_with_one_box_style_in_both_languages(
    site_address, opened
):
    looks = {}
    for lang in LANGUAGES:
        page = opened("desktop", site_address + PREFIX[lang])
        figure = page.locator(FIGURE).first
        link_colour = page.evaluate(
            """(() => { const a = document.createElement('a'); a.href = '#';
                        document.querySelector('article').append(a);
                        const colour = getComputedStyle(a).color; a.remove(); return colour })()"""
        )
        look = """e => { const seen = getComputedStyle(e);
            return [seen.textDecorationLine, seen.textDecorationStyle, seen.color,
                    getComputedStyle(e.parentElement).color] }"""
        line, style, colour, text_colour = figure.evaluate(look)
        assert (line, style, colour) == ("underline", "dotted", text_colour), lang
        assert colour != link_colour, lang
        figure.hover()
        box = page.locator('#fact-popover-box[role="tooltip"]')
        box.wait_for()
        page.wait_for_timeout(300)  # Material eases a link's colour in
        line, style, colour, _ = figure.evaluate(look)
        assert (line, style, colour) == ("underline", "solid", link_colour), lang
        looks[lang] = box.evaluate(
            "e => [getComputedStyle(e).fontSize, getComputedStyle(e).fontWeight]"
        )
    assert looks["lo"] == looks["en"]
    assert looks["en"][1] == "400"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_a_tapped_headline_figure_shows_no_heading_link(site_address, opened, lang):
    page = opened("phone", site_address + PREFIX[lang])
    headline = page.locator("article h1")
    headline.locator("a.fact").first.tap()
    page.locator('#fact-popover-box[role="dialog"]').wait_for()
    page.wait_for_timeout(300)  # Material fades a heading's link in
    assert headline.locator(".headerlink").evaluate("e => getComputedStyle(e).opacity") == "0"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_share_picture_comes_from_the_site_itself(site, site_address, page, lang):
    pictures = set()
    for path in site.page_paths(lang):
        head = site.soup(path).head
        picture = head.find("meta", property="og:image")["content"]
        assert head.find("meta", attrs={"name": "twitter:image"})["content"] == picture
        pictures.add(picture)
    (picture,) = pictures
    assert picture.startswith(site_address)
    response = page.goto(picture)
    assert response.status == 200 and response.headers["content-type"] == "image/png"
    size = page.evaluate("[document.images[0].naturalWidth, document.images[0].naturalHeight]")
    assert size == [1200, 630]


@pytest.mark.parametrize("screen", SCREENS)
def test_no_english_interface_string_on_a_lao_page_as_chromium_shows_it(
    site, site_address, opened, screen
):
    found = {}
    for path in [*site.page_paths("lo"), "404.html"]:
        page = opened(screen, site_address + path)
        figures = page.locator("a.fact")
        if figures.count():  # the figure box is drawn by figures.js: let it show
            figures.first.focus()
            page.locator("#fact-popover-box").wait_for()
        words = english_words(BeautifulSoup(page.content(), "html.parser"))
        if words:
            found[path] = words
    assert found == {}


def violations(page) -> list:
    """What axe finds once the page has stopped moving (the header fades its title in as a
    tap scrolls the page; half-faded text would read as low contrast)."""
    still = "() => document.getAnimations().every(animation => animation.playState !== 'running')"
    page.wait_for_timeout(500)  # a scroll's effects start on the next frames
    page.wait_for_function(still)
    return [
        (found["id"], [node["target"] for node in found["nodes"]])
        for found in Axe().run(page).response["violations"]
    ]


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("lang", LANGUAGES)
def test_axe_finds_no_violation_with_a_figure_box_shown(site_address, opened, lang, scheme):
    page = opened("phone", site_address + PREFIX[lang], scheme)
    page.locator(FIGURE).first.tap()
    page.locator('#fact-popover-box[role="dialog"]').wait_for()
    assert violations(page) == []
    page.keyboard.press("Escape")
    page.locator("a.fact").nth(1).focus()
    page.locator('#fact-popover-box[role="tooltip"]').wait_for()
    assert violations(page) == []
