"""Search marks what the reader typed: a Lao phrase as a whole, never the pieces the query was
split into, in the results and on the page a result opens, in whichever spelling it is written."""

from __future__ import annotations

import pytest

from hooks.lao_segmentation import fold
from tests.browser import cold_load, search

pytestmark = pytest.mark.browser
QUERIES = [
    "ການຄ້າມະນຸດ",  # one phrase, which the index holds as two words
    "ຫຼອກລວງ",  # the page writes ຫລອກລວງ
    "ຫລອກລວງ",
]


def as_typed(text: str) -> str:
    return fold(text).replace("\u200b", "")


@pytest.mark.parametrize("query", QUERIES)
def test_results_mark_only_the_readers_words(site_address, page, query):
    page.goto(site_address, wait_until="networkidle")
    search(page, query)
    marks = page.locator(".md-search-result mark").all_text_contents()
    assert marks
    assert {as_typed(mark) for mark in marks} == {fold(query)}


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
    requests, page = cold_load(browser, site_address + "en/report/protection/?h=victims")
    marks = page.locator("[data-md-component=content] mark").all_text_contents()
    assert marks
    assert {mark.lower() for mark in marks} == {"victims"}
    assert not [url for url, _ in requests if "search_index" in url or "lao-search" in url]
    page.context.close()
