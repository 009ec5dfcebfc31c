"""The index side of the Lao search rule against the shared vectors, and the index it writes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from hooks import lao_segmentation

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
    lao_front = next(doc for doc in index["docs"] if doc["location"] == "")
    assert "\u200b" in lao_front["text"]
    assert "ໍາ" not in lao_front["text"]
    assert "\\u200b" in index["config"]["separator"]
    english_index = site.folder / "en" / "search" / "search_index.json"
    english_docs = json.loads(english_index.read_text("utf-8"))["docs"]
    english = next(doc for doc in english_docs if doc["location"] == "en/report/protection/")
    assert "\u200b" not in english["text"]


def test_each_language_has_an_index_of_its_own_pages(site):
    for index, english in (("search", False), ("en/search", True)):
        docs = json.loads((site.folder / index / "search_index.json").read_text("utf-8"))["docs"]
        assert docs
        assert all(doc["location"].startswith("en/") == english for doc in docs)
