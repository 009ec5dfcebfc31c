"""The site reproduces the publisher's text word for word, figures included."""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import urljoin

import pytest

from tests.facts_file import read_facts, read_sources
from tests.site import PREFIX, heading_text, squeezed
from tests.source_text import SOURCE, read_source

TEXT = read_source()
FACTS = read_facts()
SOURCES = read_sources()
SHARED_SOURCE = Path(__file__).resolve().parents[2] / "shared" / "source" / SOURCE.name
LAO_LETTER = re.compile("[\u0e80-\u0eff]")
REPORT_PAGES = ("report/", "report/prosecution/", "report/protection/")


def test_vendored_source_matches_the_shared_copy_when_present():
    if SHARED_SOURCE.exists():
        assert SOURCE.read_bytes() == SHARED_SOURCE.read_bytes()


def test_the_source_splits_as_expected():
    """The copy's date is the page header's (quoted by report.copy_date); the Lao article, then
    the English chapter, which opens on its government's rating."""
    assert TEXT.dateline == FACTS["report.copy_date"]["source"]["quote"]
    assert not any(LAO_LETTER.search(p) for p in TEXT.english_paragraphs)
    assert all(LAO_LETTER.search(p) for p in TEXT.lao_paragraphs)
    assert TEXT.english_paragraphs[0].startswith("The Government of Laos")


@pytest.mark.parametrize("paragraph", TEXT.lao_paragraphs, ids=lambda p: p[:20])
def test_every_lao_paragraph_is_on_the_lao_front_page(site, paragraph):
    assert squeezed(paragraph) in squeezed(site.article_text(PREFIX["lo"]))


def test_headline_is_the_sources_and_the_page_header_date_is_no_dateline(site):
    page = site.soup(PREFIX["lo"])
    assert squeezed(page.select_one("article h1").get_text()).removesuffix("¶") == squeezed(
        TEXT.headline
    )
    for path in PREFIX.values():
        article = site.soup(path).select_one("article")
        assert article.select_one(".dateline") is None
        assert TEXT.dateline not in article.get_text().replace(credit_box(site, path), "")


def credit_box(site, path: str) -> str:
    """The text of the box that credits the sources on a home page."""
    boxes = [box for box in site.soup(path).select("article .admonition") if box.find("a")]
    urls = {a["href"] for box in boxes for a in box.find_all("a")}
    box = next(b for b in boxes if SOURCES["article"]["url"] in {a["href"] for a in b("a")})
    assert SOURCES["chapter"]["url"] in urls
    return box.get_text()


@pytest.mark.parametrize("path", PREFIX.values(), ids=PREFIX.keys())
def test_home_pages_credit_both_sources_with_the_day_the_copy_was_taken(site, path):
    lang = next(lang for lang, prefix in PREFIX.items() if prefix == path)
    text = credit_box(site, path)
    for source in SOURCES.values():
        assert squeezed(source["publisher"][lang]) in squeezed(text)
    assert SOURCES["article"]["author"][lang] in text
    copy_dates = site.soup(path).select('article .admonition data[data-fact="report.copy_date"]')
    assert {date["value"] for date in copy_dates} == {FACTS["report.copy_date"]["value"]}
    if lang == "lo":  # quoted as VOA's page wrote it, in Lao digits
        assert TEXT.dateline in [date.get_text() for date in copy_dates]


def test_page_chrome_and_photo_caption_are_left_out(site):
    for path in site.page_paths("lo") + site.page_paths("en"):
        text = site.soup(path).get_text()
        assert TEXT.photo_caption not in text
        assert "ລິ້ງ ສຳຫລັບເຂົ້າຫາ" not in text


@pytest.mark.parametrize("prefix", PREFIX.values(), ids=PREFIX.keys())
@pytest.mark.parametrize("paragraph", TEXT.english_paragraphs, ids=lambda p: p[:24])
def test_every_report_paragraph_is_in_the_report_pages(site, prefix, paragraph):
    """Word for word, on the pages of both languages (on a Lao page, as the original of each
    paragraph); a section's heading is the English page's headline, which a Lao page writes as
    its own, in Lao."""
    english_headlines = {
        heading_text(site.soup(PREFIX["en"] + page).select_one("article h1"))
        for page in REPORT_PAGES
    }
    if prefix != PREFIX["en"] and paragraph in english_headlines:
        for page in REPORT_PAGES:
            assert LAO_LETTER.search(
                heading_text(site.soup(prefix + page).select_one("article h1"))
            )
        return
    report = "".join(squeezed(site.article_text(prefix + page)) for page in REPORT_PAGES)
    assert squeezed(paragraph) in report


@pytest.mark.parametrize("path", PREFIX.values(), ids=PREFIX.keys())
def test_the_closing_line_is_followed_by_the_report_pages(site, path):
    article = site.soup(path).select_one("article")
    closing = next(
        p for p in article.find_all("p") if p.get_text().startswith(("ອ່ານລາຍງານ", "Read the"))
    )
    if not path:
        assert closing.get_text() == TEXT.lao_paragraphs[-1]
    listed = closing.find_next_sibling("ul")
    reached = [urljoin(site.url + path, a["href"]) for a in listed.find_all("a")]
    assert reached == [site.url + path + page for page in REPORT_PAGES]
    elsewhere = listed.find_next_sibling("p")
    assert SOURCES["chapter"]["url"] in [a["href"] for a in elsewhere.find_all("a")]


def test_english_article_leads_to_the_lao_one_it_translates(site):
    article = site.soup(PREFIX["en"]).select_one("article")
    reached = {urljoin(site.url + PREFIX["en"], a["href"]) for a in article.select("a[href]")}
    assert site.url + PREFIX["lo"] in reached  # the Lao article on this site, same edition
    assert SOURCES["article"]["url"] in reached  # and VOA's original
