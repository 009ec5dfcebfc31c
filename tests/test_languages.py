"""Lao at the root, English under /en/, each page linked to its counterpart, Material in Lao."""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import urljoin

import material
import pytest

from macros.checks import translation
from macros.checks.page_check import INCLUDE_DIR
from macros.render.site_paths import SOURCE_PAGES
from tests.conftest import ROOT
from tests.editions import texts_folder
from tests.facts_file import read_sources
from tests.site import LANGUAGES, PREFIX

MATERIAL_LANGUAGES = Path(material.__file__).parent / "templates" / "partials" / "languages"
KEY = re.compile(r'^\s*"([a-z.]+)":', re.MULTILINE)
OTHER = {"lo": "en", "en": "lo"}


def keys(html: Path) -> set[str]:
    return set(KEY.findall(html.read_text("utf-8")))


def test_lao_interface_strings_cover_every_english_key():
    lao = ROOT / "overrides" / "partials" / "languages" / "lo.html"
    assert keys(MATERIAL_LANGUAGES / "en.html") == keys(lao)


def test_the_two_trees_mirror_each_other():
    def tree(lang):
        folder = ROOT / "docs" / lang
        return sorted(p.relative_to(folder) for p in folder.rglob("*.md"))

    assert tree("lo") == tree("en")


def test_both_languages_have_the_same_pages(site):
    assert [site.counterpart(p, "en") for p in site.page_paths("lo")] == site.page_paths("en")


@pytest.mark.parametrize("lang", LANGUAGES)
def test_pages_declare_their_language_and_material_speaks_it(site, lang):
    placeholder = {"lo": "ຄົ້ນຫາ", "en": "Search"}[lang]
    for path in site.page_paths(lang):
        page = site.soup(path)
        assert page.html["lang"] == lang
        assert page.select_one("input.md-search__input")["placeholder"] == placeholder


@pytest.mark.parametrize("lang", LANGUAGES)
def test_language_switcher_leads_to_the_same_page(site, lang):
    for path in site.page_paths(lang):
        page_url = urljoin(site.url, path)
        switch = site.soup(path).select_one(f'.md-select a[hreflang="{OTHER[lang]}"]')
        assert urljoin(page_url, switch["href"]) == urljoin(
            site.url, site.counterpart(path, OTHER[lang])
        )


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_page_has_absolute_hreflang_alternates(site, lang):
    for path in site.page_paths(lang):
        links = site.soup(path).select('head link[rel="alternate"][hreflang]')
        assert {link["hreflang"]: link["href"] for link in links} == {
            code: urljoin(site.url, site.counterpart(path, code)) for code in LANGUAGES
        }


def notice_title(name: str) -> str:
    """The title of a notice in report/, as its first line gives it."""
    return re.search(r'"(.+)"', (ROOT / INCLUDE_DIR / name).read_text("utf-8")).group(1)


@pytest.mark.parametrize("section", [name for name in SOURCE_PAGES if name != "article"])
def test_lao_report_pages_say_whose_text_they_show(site, section):
    """A section the edition has the site's Lao reading of says, above it, that it is the
    site's unofficial translation, and links the official text; any other section says that
    its text is the official English original, and shows it."""
    page = site.soup(PREFIX["lo"] + SOURCE_PAGES[section])
    assert re.search("[\u0e80-\u0eff]", page.select_one("article h1").get_text())
    notices = page.select("article .admonition")
    if (texts_folder() / f"{section}{translation.SUFFIX}").is_file():
        notice = next(n for n in notices if notice_title(translation.TRANSLATED_NOTICE) in n.text)
        assert read_sources()["chapter"]["url"] in [a["href"] for a in notice.select("a")]
        first_paragraph = page.select_one("article .translated")
        assert notice in first_paragraph.find_all_previous(class_="admonition")
        assert page.select("article details[lang=en] p")
    else:
        assert any(notice_title(translation.UNTRANSLATED_NOTICE) in n.text for n in notices)
        english = page.select_one('article div[lang="en"]')
        assert english.select("p") and english.select("data")
