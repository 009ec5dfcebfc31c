"""Every page of the report names the report, its year and its publisher, and links the chapter
on the publisher's site, on screen and on paper, with the page's own address when printed."""

from __future__ import annotations

import pytest

from tests.facts_file import read_facts, read_sources
from tests.site import LANGUAGES
from tests.test_browser_quality import printed_text

CHAPTER = read_sources()["chapter"]
REPORT_YEAR = str(read_facts()["report.year"]["value"])


def report_pages(site, lang: str) -> list[str]:
    return [path for path in site.page_paths(lang) if "report/" in path]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_report_pages_open_with_the_chapters_credit(site, lang):
    pages = report_pages(site, lang)
    assert pages
    for path in pages:
        article = site.soup(path).select_one("article")
        credit = article.select_one(".admonition.abstract")
        assert credit is not None, path
        # under the headline, with nothing but the page's notes before it
        before = credit.find_previous_siblings()
        assert before[-1].name == "h1", path
        assert all("admonition" in tag.get("class", []) for tag in before[:-1]), path
        text = " ".join(credit.get_text(" ").split())
        assert CHAPTER["what"][lang] in text, path
        assert CHAPTER["publisher"][lang] in text, path
        year = credit.select_one('data[data-fact="report.year"]')
        assert year is not None and year["value"] == REPORT_YEAR, path
        assert credit.select_one(f'a[href="{CHAPTER["url"]}"]') is not None, path
        assert site.url + path in credit.select_one(".print-only").get_text(), path


@pytest.mark.browser
@pytest.mark.parametrize("lang", LANGUAGES)
def test_report_pages_print_their_credit_and_address(site, site_address, page, lang):
    for path in report_pages(site, lang):
        text = "".join(printed_text(page, site_address + path).split())
        assert "".join(CHAPTER["publisher"][lang].split()) in text, path
        assert REPORT_YEAR in text.split(CHAPTER["url"])[0], path
        assert CHAPTER["url"] in text, path
        assert site_address + path in text, path
