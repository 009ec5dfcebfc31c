"""The site reproduces the publisher's text word for word, figures included."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.site import squeezed
from tests.source_text import SOURCE, read_source

TEXT = read_source()
SHARED_SOURCE = Path(__file__).resolve().parents[2] / "shared" / "source" / SOURCE.name
REPORT_PAGES = ("report/", "report/prosecution/", "report/protection/")


def test_vendored_source_matches_the_shared_copy_when_present():
    if SHARED_SOURCE.exists():
        assert SOURCE.read_bytes() == SHARED_SOURCE.read_bytes()


def test_the_source_splits_as_expected():
    assert TEXT.dateline == "ວັນເສົາ, ໒໗ ກໍລະກົດ ໒໐໒໔"
    assert TEXT.headline.startswith("ລາວຖືກຈັດຢູ່ໃນກຸ່ມ")
    assert TEXT.english_paragraphs[0].startswith("The Government of Laos")


@pytest.mark.parametrize("paragraph", TEXT.lao_paragraphs, ids=lambda p: p[:20])
def test_every_lao_paragraph_is_on_the_lao_front_page(site, paragraph):
    assert squeezed(paragraph) in squeezed(site.article_text(""))


def test_headline_and_dateline_are_the_sources(site):
    page = site.soup("")
    assert squeezed(page.select_one("article h1").get_text()).removesuffix("¶") == squeezed(
        TEXT.headline
    )
    assert page.select_one("article .dateline").get_text() == TEXT.dateline


def test_page_chrome_and_photo_caption_are_left_out(site):
    for path in site.page_paths("lo") + site.page_paths("en"):
        text = site.soup(path).get_text()
        assert TEXT.photo_caption not in text
        assert "ລິ້ງ ສຳຫລັບເຂົ້າຫາ" not in text


@pytest.mark.parametrize("prefix", ["", "en/"], ids=["lo", "en"])
@pytest.mark.parametrize("paragraph", TEXT.english_paragraphs, ids=lambda p: p[:24])
def test_every_report_paragraph_is_in_the_report_pages(site, prefix, paragraph):
    report = "".join(squeezed(site.article_text(prefix + page)) for page in REPORT_PAGES)
    assert squeezed(paragraph) in report


def test_lao_closing_line_links_to_the_report(site):
    link = next(
        a for a in site.soup("").select("article a") if a.get_text().startswith("ອ່ານລາຍງານ")
    )
    assert link["href"] == "report/"


def test_english_article_says_it_translates_the_lao_one(site):
    text = site.article_text("en/")
    assert "translation of the Lao news article" in text
