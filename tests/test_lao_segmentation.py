"""The index side of the Lao search rule against the shared vectors, and the index it writes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from hooks import lao_segmentation
from tests.site import PREFIX, heading_text

VECTORS = json.loads((Path(__file__).parent / "lao_segmentation_vectors.json").read_text("utf-8"))


@pytest.mark.parametrize(("written", "folded"), VECTORS["fold"])
def test_fold(written, folded):
    assert lao_segmentation.fold(written) == folded


@pytest.mark.parametrize("case", VECTORS["split"], ids=lambda case: case["why"])
def test_split(case):
    words = set(case["words"])
    longest = max(map(len, words), default=0)
    assert lao_segmentation.split(case["run"], words, longest) == case["pieces"]


def test_index_holds_lao_words_apart_and_english_as_written(site):
    index = json.loads((site.folder / "search" / "search_index.json").read_text("utf-8"))
    lao_front = next(doc for doc in index["docs"] if doc["location"] == PREFIX["lo"])
    assert "\u200b" in lao_front["text"]
    assert "\\u200b" in index["config"]["separator"]
    english_index = site.folder / "en" / "search" / "search_index.json"
    english_docs = json.loads(english_index.read_text("utf-8"))["docs"]
    english = next(
        doc for doc in english_docs if doc["location"] == PREFIX["en"] + "report/protection/"
    )
    assert "\u200b" not in english["text"]


def test_each_language_has_an_index_of_its_own_pages(site):
    for index, english in (("search", False), ("en/search", True)):
        docs = json.loads((site.folder / index / "search_index.json").read_text("utf-8"))["docs"]
        assert docs
        assert all(doc["location"].startswith("en/") == english for doc in docs)


def test_index_titles_are_the_headings_as_the_pages_write_them(site):
    """The worker folds the index as it loads it; results show the page as written."""
    index = json.loads((site.folder / "search" / "search_index.json").read_text("utf-8"))
    for doc in index["docs"]:
        path, _, anchor = doc["location"].partition("#")
        article = site.soup(path).select_one("article")
        heading = article.find(id=anchor) if anchor else article.select_one("h1")
        if heading is None:
            continue  # a page without a heading of its own is titled by its name in the menu
        assert doc["title"].replace("\u200b", "") == heading_text(heading)


@pytest.mark.parametrize("case", VECTORS["split"], ids=lambda case: case["why"])
def test_marked_words_fold_to_the_split_of_the_folded_text(case):
    words = set(case["words"])
    longest = max(map(len, words), default=0)
    for written in {case["run"], *_spellings(case["run"])}:
        marked = lao_segmentation.mark_words(written, words)
        assert marked.replace("\u200b", "") == written
        assert lao_segmentation.fold(marked).split("\u200b") == lao_segmentation.split(
            case["run"], words, longest
        )


def _spellings(folded: str) -> set[str]:
    """`folded` written with each of its letters that has another spelling in that spelling."""
    written = folded
    for other, one in lao_segmentation.FOLDS:
        written = written.replace(one, other)
    return {written}
