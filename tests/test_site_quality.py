"""What a crawler or a search engine sees: no broken link or anchor, a description in each
page's language, canonical URLs, a sitemap of both languages, a 404 page in both."""

from __future__ import annotations

from urllib.parse import urljoin, urlsplit
from xml.etree import ElementTree

import pytest
import yaml
from bs4 import BeautifulSoup

from tests.editions import ROOT
from tests.site import LANGUAGES, ROOTS, Site

LAO = set(range(0x0E80, 0x0F00))
SITEMAP = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "x": "http://www.w3.org/1999/xhtml"}


def local_target(site: Site, page_url: str, reference: str) -> tuple[str, str] | None:
    """The site path and fragment a reference leads to, or None when it leaves the site."""
    url = urljoin(page_url, reference)
    parts = urlsplit(url)
    base = urlsplit(site.url)
    if (parts.scheme, parts.netloc) != (base.scheme, base.netloc):
        return None
    return parts.path.removeprefix(base.path), parts.fragment


def exists(site: Site, path: str) -> bool:
    file = site.folder / path
    return (file / "index.html").exists() if path.endswith("/") or not path else file.exists()


@pytest.mark.parametrize("lang", LANGUAGES)
def test_no_broken_link_or_anchor(site, lang):
    broken = []
    for path in site.page_paths(lang):
        page = site.soup(path)
        references = [(t, "href") for t in page.select("a[href], link[href]")]
        references += [(t, "src") for t in page.select("script[src], img[src]")]
        for tag, attribute in references:
            target = local_target(site, site.url + path, tag[attribute])
            if target is None:
                continue
            where, fragment = target
            is_page = where == "" or where.endswith("/")
            if not exists(site, where) or (
                fragment and is_page and site.soup(where).find(id=fragment) is None
            ):
                broken.append((path, tag[attribute]))
    assert broken == []


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_page_has_a_description_in_its_language_and_a_canonical_url(site, lang):
    descriptions = set()
    for path in site.page_paths(lang):
        head = site.soup(path).head
        description = head.find("meta", attrs={"name": "description"})["content"]
        assert any(ord(c) in LAO for c in description) == (lang == "lo"), path
        descriptions.add(description)
        assert head.find("link", rel="canonical")["href"] == site.url + path
    assert len(descriptions) == len(site.page_paths(lang))


def test_sitemap_lists_both_languages_with_alternates(site):
    tree = ElementTree.parse(site.folder / "sitemap.xml")
    entries = {
        url.findtext("s:loc", namespaces=SITEMAP): {
            link.get("hreflang"): link.get("href")
            for link in url.findall("x:link", namespaces=SITEMAP)
        }
        for url in tree.findall("s:url", namespaces=SITEMAP)
    }
    for lang in LANGUAGES:
        for path in site.page_paths(lang):
            assert entries[site.url + path] == {
                code: site.url + site.counterpart(path, code) for code in LANGUAGES
            }


def test_the_404_page_speaks_both_languages_and_leads_home(site):
    page = BeautifulSoup((site.folder / "404.html").read_text("utf-8"), "html.parser")
    article = page.select_one("article")
    words = yaml.safe_load((ROOT / "data" / "interface.yaml").read_text("utf-8"))
    for lang in LANGUAGES:
        paragraph = article.find("p", lang=lang)
        assert paragraph.get_text().strip()
        assert paragraph.find("a")["href"] == site.url + ROOTS[lang]
        # a reader who followed a link in any language reads the tab in theirs too
        assert words[lang]["not_found"] in page.title.get_text()
        assert page.find("h1").find("span", lang=lang).get_text() == words[lang]["not_found"]
