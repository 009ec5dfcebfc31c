"""The interface speaks the page's language: no English words on a Lao page outside English
text (the 404 page included), Lao heading anchors that keep their vowels and tone marks, and
sharing tags in each page's language."""

from __future__ import annotations

import re
import unicodedata

import pytest
from bs4 import BeautifulSoup

from tests.site import LANGUAGES, PREFIX

LATIN_WORD = re.compile(r"[A-Za-z]{2,}")
# Names that stay as they are in Lao text: the theme's name, the other language's own name,
# file formats and the report's own abbreviations.
NAMES = {"Material", "for", "MkDocs", "English", "CSV", "JSON", "Excel", "Tier", "ATD", "SEZ"}
SPOKEN = ("title", "aria-label", "placeholder", "alt", "aria-roledescription", "aria-description")
SILENT = ["script", "style", "svg", "article"]  # code, and the content (checked elsewhere)
LOCALES = {"lo": "lo_LA", "en": "en_US"}


def lao_pages(site) -> list[tuple[str, BeautifulSoup]]:
    pages = [(path, site.soup(path)) for path in site.page_paths("lo")]
    not_found = (site.folder / "404.html").read_text("utf-8")
    return [*pages, ("404.html", BeautifulSoup(not_found, "html.parser"))]


def in_english(element) -> bool:
    owner = element.find_parent(attrs={"lang": True})
    return owner is not None and owner["lang"] == "en"


def english_words(page: BeautifulSoup) -> set[str]:
    """Latin words a reader hears or sees in the interface, outside text marked English."""
    said = [
        element[name]
        for element in page.find_all(True)
        for name in SPOKEN
        if element.has_attr(name) and not in_english(element) and element.get("lang") != "en"
    ]
    for text in page.body.find_all(string=True):
        contents = text.find_parent("nav", class_="md-nav--secondary")  # repeats the headings
        if not in_english(text) and not text.find_parent(SILENT) and contents is None:
            said.append(text)
    return {word for text in said for word in LATIN_WORD.findall(text)} - NAMES


def test_no_english_interface_string_on_a_lao_page(site):
    found = {path: english_words(page) for path, page in lao_pages(site)}
    assert {path: words for path, words in found.items() if words} == {}


def test_the_root_404_page_is_a_lao_page(site):
    page = dict(lao_pages(site))["404.html"]
    assert page.html["lang"] == "lo"
    assert (
        page.select_one("input.md-search__input")["placeholder"]
        == site.soup("").select_one("input.md-search__input")["placeholder"]
    )
    assert page.select_one('article p[lang="en"]').get_text().strip()


def test_lao_heading_anchors_keep_vowels_and_tone_marks(site):
    checked = 0
    for path in site.page_paths("lo"):
        for link in site.soup(path).select("a.headerlink"):
            heading = link.parent
            text = "".join(t for t in heading.find_all(string=True) if t.parent is not link).strip()
            marks = [c for c in text if unicodedata.category(c).startswith("M")]
            anchor = heading["id"]
            if not marks or anchor.isascii():  # an anchor the page names itself: { #rating }
                continue
            assert sorted(c for c in anchor if unicodedata.category(c).startswith("M")) == sorted(
                marks
            ), (path, text, anchor)
            if re.fullmatch("[\u0e80-\u0eff]+", text):  # one Lao word: the anchor is the word
                assert anchor == text, (path, text, anchor)
            checked += 1
    assert checked >= 3


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_page_has_sharing_tags_in_its_language(site, lang):
    other = next(code for code in LANGUAGES if code != lang)
    for path in site.page_paths(lang):
        head = site.soup(path).head

        def meta(key, attribute="property", head=head):
            return [tag["content"] for tag in head.find_all("meta", attrs={attribute: key})]

        assert [t for t in head.find_all(string=True, recursive=False) if t.strip()] == []
        description = head.find("meta", attrs={"name": "description"})["content"]
        title = meta("og:title")[0]
        assert meta("og:description") == meta("twitter:description", "name") == [description]
        assert meta("twitter:title", "name") == [title]
        assert head.title.get_text().split(" - ")[0] in title
        assert meta("og:url") == [head.find("link", rel="canonical")["href"]] == [site.url + path]
        assert meta("og:locale") == [LOCALES[lang]]
        assert meta("og:locale:alternate") == [LOCALES[other]]
        assert meta("twitter:card", "name") == ["summary_large_image"]
        assert meta("og:image")[0].startswith(site.url)
        assert (meta("og:image:width"), meta("og:image:height")) == (["1200"], ["630"])
        lao_title = bool(re.search("[\u0e80-\u0eff]", title + meta("og:image:alt")[0]))
        assert lao_title == (lang == "lo"), path


@pytest.mark.parametrize("lang", LANGUAGES)
def test_share_picture_is_a_1200_by_630_png_per_language(site, lang):
    picture = site.soup(PREFIX[lang]).head.find("meta", property="og:image")["content"]
    data = (site.folder / picture.removeprefix(site.url)).read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    assert (int.from_bytes(data[16:20]), int.from_bytes(data[20:24])) == (1200, 630)
    other = next(code for code in LANGUAGES if code != lang)
    assert picture != site.soup(PREFIX[other]).head.find("meta", property="og:image")["content"]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_facts_page_says_the_csv_opens_in_excel(site, lang):
    assert "Excel" in site.article_text(PREFIX[lang] + "facts/")
