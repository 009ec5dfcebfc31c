"""Search marks what the reader typed: a Lao phrase as a whole, never the pieces the query was
split into, in the results and on the page a result opens, in whichever spelling it is written."""

from __future__ import annotations

import pytest

from hooks.lao_segmentation import fold
from tests.browser import search

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
