"""Search follows the query however it arrives: typed, pasted (or from a suggestion bar, voice,
autofill: text with no key released) or composed by an input method; each result is a few
words around the reader's words, at most three lines; no result asks the page it opens to
mark nothing; the charts and the facts read as words and numbers apart."""

from __future__ import annotations

import html
import json
from urllib.parse import parse_qs, urljoin, urlsplit

import pytest

from hooks.lao_segmentation import fold
from tests.browser import SCREENS
from tests.site import PREFIX, ROOTS, squeezed

pytestmark = pytest.mark.browser
QUERIES = {"lo": "ການຄ້າມະນຸດ", "en": "victims"}
# Lines a block shows, as its height over its line height: a line holding a taller fallback
# glyph is a little higher, so the count is rounded, and a fourth line still counts.
LINES = """e => e.getBoundingClientRect().height / parseFloat(getComputedStyle(e).lineHeight)"""


def typed(page, query: str) -> None:
    page.keyboard.type(query)


def pasted(page, query: str) -> None:
    """Text put in the field at once with no key pressed, as paste, a suggestion bar, voice
    input and autofill put it."""
    page.keyboard.insert_text(query)


def composed(page, query: str) -> None:
    """An input method's composition, letter by letter, then committed, with no key events."""
    session = page.context.new_cdp_session(page)
    for end in range(1, len(query) + 1):
        session.send(
            "Input.imeSetComposition",
            {"text": query[:end], "selectionStart": end, "selectionEnd": end},
        )
    session.send("Input.insertText", {"text": query})


WAYS = {"typed": typed, "pasted": pasted, "composed": composed}


def open_search(page):
    """Open search and wait until it is ready: its index loaded, its first (empty) query
    answered, so that a query entered now is one entered while a reader uses search."""
    opener = page.locator("label.md-header__button[for='__search']")
    if opener.is_visible():  # phones show a search button; wider screens show the box itself
        opener.click()
    page.locator("input.md-search__input").click()
    page.wait_for_function(
        "() => document.querySelector('.md-search-result__meta').textContent.trim() !== ''"
    )


def results_for(page, query: str):
    """The results once they are those of the whole query: every mark is the reader's words."""
    marks = page.locator(".md-search-result mark")
    page.wait_for_function(
        """query => { const marks = [...document.querySelectorAll('.md-search-result mark')];
            return marks.length && marks.every(mark =>
              mark.textContent.replace(/\\u200b/g, '').toLowerCase() === query.toLowerCase()) }""",
        arg=query,
        timeout=10000,
    )
    return marks


@pytest.mark.parametrize("way", WAYS)
@pytest.mark.parametrize("lang", QUERIES)
def test_any_way_a_query_arrives_it_is_searched(site_address, opened, lang, way):
    page = opened("phone", site_address + PREFIX[lang])
    open_search(page)
    WAYS[way](page, QUERIES[lang])
    marks = results_for(page, QUERIES[lang])
    assert page.locator("input.md-search__input").input_value() == QUERIES[lang]
    assert {fold(mark).replace("\u200b", "").lower() for mark in marks.all_text_contents()} == {
        fold(QUERIES[lang]).lower()
    }


@pytest.mark.parametrize("screen", SCREENS)
@pytest.mark.parametrize("lang", QUERIES)
def test_each_result_is_at_most_three_lines_of_the_pages_own_words(
    site, site_address, opened, lang, screen
):
    page = opened(screen, site_address + PREFIX[lang])
    open_search(page)
    pasted(page, QUERIES[lang])
    results_for(page, QUERIES[lang])
    links = page.locator(".md-search-result__link")
    assert links.count()
    for link in links.all():
        title = link.locator("h1, h2").first
        assert round(title.evaluate(LINES)) <= 3
        excerpt = link.locator("article > p:not(.md-search-result__terms)")
        if not excerpt.count():
            continue
        assert round(excerpt.evaluate(LINES)) <= 3
        address = urlsplit(urljoin(site_address, link.get_attribute("href")))
        text = squeezed(site.article_text(address.path.removeprefix(urlsplit(site_address).path)))
        for word in excerpt.text_content().split():
            assert word.strip("…") in text, word


@pytest.mark.parametrize("lang", QUERIES)
def test_no_result_links_to_an_empty_highlight(site_address, opened, lang):
    """English words on a Lao page, and the facts page, once linked to `?h=` with nothing."""
    page = opened("desktop", site_address + PREFIX[lang])
    open_search(page)
    pasted(page, QUERIES["en"])
    results_for(page, QUERIES["en"])
    for href in page.locator(".md-search-result__link").evaluate_all(
        "links => links.map(link => link.href)"
    ):
        assert parse_qs(urlsplit(href).query).get("h", [""])[0].strip(), href


@pytest.mark.parametrize("empty", ["", "%20"])
def test_an_empty_highlight_marks_nothing_and_leaves_the_address(site_address, page, empty):
    page.goto(f"{site_address}report/protection/?h={empty}", wait_until="networkidle")
    assert page.locator("mark").count() == 0
    assert "h" not in parse_qs(urlsplit(page.url).query, keep_blank_values=True)


@pytest.mark.parametrize("lang", QUERIES)
@pytest.mark.parametrize("path", ["charts/", "facts/"])
def test_the_index_keeps_table_cells_apart_and_leaves_drawings_out(site, lang, path):
    """Each row of a chart's table or of the facts reads in the index as its cells, apart; the
    facts' column heads and link words, and a chart drawing's own labels, are not indexed."""
    page = PREFIX[lang] + path
    index_file = site.folder / ROOTS[lang] / "search" / "search_index.json"
    docs = json.loads(index_file.read_text("utf-8"))["docs"]
    text = " ".join(
        " ".join(html.unescape(doc["text"]).replace("\u200b", "").split())
        for doc in docs
        if doc["location"].split("#")[0] == page
    )
    soup = site.soup(page)
    rows = soup.select("article tbody tr")
    assert rows
    for row in rows:
        cells = [" ".join(cell.get_text().split()) for cell in row.find_all(["td", "th"])]
        for link in row.select("a"):
            cells[-1] = cells[-1].replace(" ".join(link.get_text().split()), "").strip()
        assert " ".join(cell for cell in cells if cell) in text
    for drawing in soup.select("article svg desc"):
        assert " ".join(drawing.get_text().split()) not in text
    for head in soup.select("article .facts-list thead"):
        assert " ".join(head.get_text(" ").split()) not in text
