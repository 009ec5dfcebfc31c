"""Search marks what the reader typed: a Lao phrase as a whole, never the pieces the query was
split into, in the results and on the page a result opens, in whichever spelling it is written."""

from __future__ import annotations

import re
from urllib.parse import urljoin, urlsplit

import pytest

from hooks.lao_segmentation import fold
from tests.browser import SCREENS, cold_load, search
from tests.site import PREFIX, heading_text, squeezed

pytestmark = pytest.mark.browser
QUERIES = [
    "ການຄ້າມະນຸດ",  # one phrase, which the index holds as two words
    "ຫຼອກລວງ",  # the page writes ຫລອກລວງ
    "ຫລອກລວງ",
]
HEADLINE_QUERY = "ກະຊວງການຕ່າງປະເທດ"  # finds the article, whose headline ends in ສຫລ


def as_typed(text: str) -> str:
    return fold(text).replace("\u200b", "")


@pytest.mark.parametrize("query", QUERIES)
def test_results_mark_only_the_readers_words(site_address, page, query):
    page.goto(site_address, wait_until="networkidle")
    search(page, query)
    marks = page.locator(".md-search-result mark").all_text_contents()
    assert marks
    assert {as_typed(mark) for mark in marks} == {fold(query)}


@pytest.mark.parametrize("query", [*QUERIES, HEADLINE_QUERY])
def test_results_show_the_pages_own_spelling(site, site_address, page, query):
    """The index is searched folded, but each result's title is its heading and its text a few
    words of the page's text, as the page writes them."""
    page.goto(site_address, wait_until="networkidle")
    search(page, query)
    shown = []
    for link in page.locator(".md-search-result__link").all():
        address = urlsplit(urljoin(site_address, link.get_attribute("href")))
        path = address.path.removeprefix(urlsplit(site_address).path)
        article = site.soup(path).select_one("article")
        heading = article.find(id=address.fragment) if address.fragment else article.h1
        title = link.locator("h1, h2").first.text_content()
        assert title == heading_text(heading)
        for block in link.locator("article > :not(h1, h2, .md-search-result__icon)").all():
            text = squeezed(site.article_text(path))
            for word in block.text_content().split():  # a few words of the page's text
                assert word.strip("…") in text, word
            shown.append(block.text_content())
        shown.append(title)
    assert any(fold(text) != text for text in shown), "no result shows a spelling search folds"


@pytest.mark.parametrize("query", QUERIES)
def test_the_opened_page_marks_the_words_wherever_and_however_written(site_address, page, query):
    page.goto(site_address, wait_until="networkidle")
    search(page, query)
    page.locator(".md-search-result__item a").first.click()
    page.wait_for_load_state("networkidle")
    content = page.locator("[data-md-component=content]")
    marks = content.locator("mark").all_text_contents()
    assert marks
    assert {as_typed(mark) for mark in marks} == {fold(query)}
    assert len(marks) == fold(content.inner_text()).count(fold(query))


def test_a_highlight_link_marks_english_words_without_loading_search(site_address, browser):
    requests, page = cold_load(
        browser, site_address + PREFIX["en"] + "report/protection/?h=victims"
    )
    marks = page.locator("[data-md-component=content] mark").all_text_contents()
    assert marks
    assert {mark.lower() for mark in marks} == {"victims"}
    assert not [url for url, _ in requests if "search_index" in url or "lao-search" in url]
    page.context.close()


def test_a_highlight_link_to_a_page_shows_its_first_match(site_address, browser, site):
    """On a phone, a result that opens a page (not a section of it) scrolls to its first match,
    here a word the page's last paragraph is the first to use."""
    path = PREFIX["en"] + "report/protection/"
    paragraphs = [p.get_text() for p in site.soup(path).select("article p")]
    earlier = " ".join(paragraphs[:-1]).lower()
    word = next(
        w
        for w in sorted(set(re.findall(r"[A-Za-z]{6,}", paragraphs[-1])), key=len, reverse=True)
        if w.lower() not in earlier
    )
    context = browser.new_context(**SCREENS["phone"])
    page = context.new_page()
    page.goto(f"{site_address}{path}?h={word}", wait_until="networkidle")
    first = page.locator("[data-md-component=content] mark").first
    first.wait_for()
    box = first.bounding_box()
    assert box and 0 <= box["y"] <= SCREENS["phone"]["viewport"]["height"], word
    context.close()
