"""The glossary page lists every term of data/glossary.yaml in both languages, the reader's
language first, each with how sure its Lao wording is, and each row a place a link can name."""

from __future__ import annotations

from urllib.parse import urljoin

import pytest
import yaml
from bs4 import BeautifulSoup

from tests.editions import ROOT
from tests.site import LANGUAGES, ROOTS

TERMS = yaml.safe_load((ROOT / "data" / "glossary.yaml").read_text("utf-8"))["terms"]
WORDS = yaml.safe_load((ROOT / "data" / "interface.yaml").read_text("utf-8"))


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_glossary_page_lists_every_term(site, lang):
    rows = site.soup(ROOTS[lang] + "glossary/").select(".glossary tbody tr")
    assert [row["id"] for row in rows] == list(TERMS)
    for row in rows:
        term = TERMS[row["id"]]
        cells = row.find_all("td")
        assert cells[0]["lang"] == lang
        assert {cell["lang"]: cell.get_text() for cell in cells[:2]} == {
            "en": term["en"],
            "lo": term["lo"],
        }
        assert cells[2].get_text() == WORDS[lang][f"glossary_{term['status']}"]


def key_terms() -> dict[str, str]:
    """The Lao words of each term the reading must keep: the ratings and the enforced terms."""
    ratings = yaml.safe_load((ROOT / "data" / "ratings.yaml").read_text("utf-8"))
    found = {}
    for key, term in TERMS.items():
        if term.get("enforce"):
            found[key] = term["enforce"]["lo"]
        elif key in ratings:
            found[key] = term["lo"]
    return found


def reading_pages(site) -> list[str]:
    """The Lao pages that show the site's reading of the report."""
    return [
        path
        for path in site.page_paths(LANGUAGES[0])
        if site.soup(path).select("article .translated")
    ]


def test_the_first_mention_of_each_key_term_links_its_glossary_entry(site):
    terms = key_terms()
    pages = reading_pages(site)
    assert pages and terms
    glossary = site.soup(ROOTS[LANGUAGES[0]] + "glossary/")
    inside_another = {k for k, w in terms.items() for o in terms.values() if w != o and w in o}
    linked_anywhere = set()
    for path in pages:
        article = BeautifulSoup(str(site.soup(path).select_one("article")), "html.parser")
        for skipped in article.select("a.fact, .original, h1, h2, h3"):  # on a copy of its own
            skipped.decompose()  # a figure's words, the English original and headings stay
        links = article.select("a.term")
        keys = [link["href"].rsplit("#", 1)[1] for link in links]
        assert len(keys) == len(set(keys)), path  # once a page
        for link, key in zip(links, keys, strict=True):
            assert link.get_text() == terms[key], (path, key)
            target = urljoin("/" + path, link["href"]).split("#")[0].lstrip("/")
            assert target == ROOTS[LANGUAGES[0]] + "glossary/", (path, link["href"])
            assert terms[key] in glossary.find(id=key).find("td", lang=LANGUAGES[0]).get_text()
            link.insert_before(f"[{key}]")
        text = article.get_text()
        for key, words in terms.items():
            if key in keys:  # the link is the first mention
                assert text.find(words) == text.find(f"[{key}]") + len(f"[{key}]"), (path, key)
            else:
                assert words not in text or key in inside_another, (path, key)
        linked_anywhere |= set(keys)
    assert linked_anywhere


@pytest.mark.browser
def test_a_tap_on_a_term_opens_its_glossary_entry(site, site_address, opened):
    path = reading_pages(site)[0]
    page = opened("phone", site_address + path)
    term = page.locator("article a.term").first
    key = term.get_attribute("href").rsplit("#", 1)[1]
    term.tap()
    page.wait_for_url(f"**/glossary/#{key}")
    row = page.locator(f"tr[id='{key}']")
    assert row.evaluate("row => row.matches(':target')")
    box = row.bounding_box()
    assert 0 <= box["y"] < page.viewport_size["height"]
