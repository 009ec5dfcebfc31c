"""The site's Lao reading of the report's English text (report/<edition>/<section>.lo.md): one
Lao paragraph for each English paragraph, calling the same figures, keeping the glossary's
terms; the Lao report pages show each paragraph with its English original one tap away, and
the Lao search index holds the reading's words."""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path

import pytest
import yaml

from macros.render.site_paths import SOURCE_PAGES
from tests.browser import SCREENS
from tests.conftest import ROOT
from tests.editions import texts_folder
from tests.site import PREFIX, squeezed

SUFFIX = ".lo.md"
TRANSLATIONS = sorted(texts_folder().glob("*" + SUFFIX))
MACRO = re.compile(r"\{\{.*?\}\}")
FACT = re.compile(r'\{\{\s*fact\("([^"]+)"([^}]*)\}\}')
YEAR = re.compile(r'year="([^"]+)"')
TERMS = yaml.safe_load((ROOT / "data" / "glossary.yaml").read_text("utf-8"))["terms"]


def english_of(lao: Path) -> Path:
    return lao.with_name(lao.name.removesuffix(SUFFIX) + ".md")


def paragraphs(path: Path) -> list[str]:
    """Blocks apart at blank lines; each item of a list is a paragraph of its own."""
    found = []
    for block in re.split(r"\n\s*\n", path.read_text("utf-8").strip()):
        lines = block.splitlines()
        found += lines if all(line.startswith("- ") for line in lines) else [block]
    return found


def figures(paragraph: str) -> Counter:
    """(fact, year) of each figure the paragraph calls."""
    return Counter(
        (fact, year[0] if (year := YEAR.findall(options)) else None)
        for fact, options in FACT.findall(paragraph)
    )


def prose(paragraph: str) -> list[str]:
    """The paragraph's own words between its figures, as a reader reads them."""
    text = re.sub(r"^(#+|-)\s+", "", paragraph)
    return [piece for piece in MACRO.split(text) if re.search(r"\w", piece)]


def pairs(lao: Path) -> list[tuple[str, str]]:
    ours, theirs = paragraphs(lao), paragraphs(english_of(lao))
    assert len(ours) == len(theirs), f"{lao.name}: {len(ours)} paragraphs, English {len(theirs)}"
    return list(zip(ours, theirs, strict=True))


@pytest.mark.parametrize("lao", TRANSLATIONS, ids=lambda path: path.name)
def test_each_lao_paragraph_calls_the_figures_of_its_english_paragraph(lao):
    for ours, theirs in pairs(lao):
        assert figures(ours) == figures(theirs), (ours[:80], theirs[:80])
        assert figures(theirs) or not FACT.search(ours)


@pytest.mark.parametrize("lao", TRANSLATIONS, ids=lambda path: path.name)
def test_the_reading_writes_the_glossarys_terms_where_the_english_has_them(lao):
    enforced = [term["enforce"] for term in TERMS.values() if "enforce" in term]
    assert enforced
    for ours, theirs in pairs(lao):
        english = MACRO.sub(" ", theirs)
        for term in enforced:
            if re.search(r"(?<![A-Za-z])" + re.escape(term["en"]), english, re.IGNORECASE):
                assert term["lo"] in MACRO.sub(" ", ours), (term, theirs[:80])


@pytest.mark.parametrize("lao", TRANSLATIONS, ids=lambda path: path.name)
def test_the_lao_page_shows_each_paragraph_with_its_english_original(site, lao):
    page = site.soup(PREFIX["lo"] + SOURCE_PAGES[lao.name.removesuffix(SUFFIX)])
    shown = page.select("article .translated")
    assert len(shown) == len(pairs(lao))
    for block, (ours, theirs) in zip(shown, pairs(lao), strict=True):
        reading = block.select_one('[lang="lo"]')
        original = block.select_one('details[lang="en"]')
        assert original.summary["lang"] == "lo"
        assert not reading.find_parent("details")
        for words in prose(ours):
            assert squeezed(words) in squeezed(reading.get_text()), words
        for words in prose(theirs):
            assert squeezed(words) in squeezed(original.get_text()), words


@pytest.mark.parametrize("lao", TRANSLATIONS, ids=lambda path: path.name)
def test_lao_search_holds_the_words_of_the_reading(site, lao):
    address = PREFIX["lo"] + SOURCE_PAGES[lao.name.removesuffix(SUFFIX)]
    index = json.loads((site.folder / "search" / "search_index.json").read_text("utf-8"))
    text = squeezed(
        " ".join(
            doc["title"] + " " + doc["text"]
            for doc in index["docs"]
            if doc["location"].split("#")[0] == address
        )
    ).replace("\u200b", "")
    for ours, _ in pairs(lao):
        for words in prose(ours):
            assert squeezed(words) in text, words


@pytest.mark.browser
@pytest.mark.parametrize("lao", TRANSLATIONS[:1], ids=lambda path: path.name)
@pytest.mark.parametrize("screen", SCREENS)
def test_the_english_original_opens_under_its_paragraph_on_a_tap(site_address, opened, screen, lao):
    page = opened(screen, site_address + PREFIX["lo"] + SOURCE_PAGES[lao.name.removesuffix(SUFFIX)])
    block = page.locator("article .translated").first
    reading = block.locator('[lang="lo"]').first
    summary = block.locator('details[lang="en"] > summary')
    english = block.locator('details[lang="en"] > :not(summary)').first
    first_words = prose(pairs(lao)[0][1])[0].split()[:4]
    assert reading.is_visible() and not english.is_visible()
    if SCREENS[screen].get("has_touch"):
        summary.tap()
    else:  # by keyboard
        summary.focus()
        page.keyboard.press("Enter")
    assert english.is_visible()
    assert " ".join(first_words) in english.inner_text()
    assert reading.bounding_box()["y"] < english.bounding_box()["y"]


WIDE_SCREEN = {"width": 1700, "height": 1000}  # a text column two phones wide


@pytest.mark.browser
@pytest.mark.parametrize("lao", TRANSLATIONS[:1], ids=lambda path: path.name)
def test_on_a_wide_screen_each_original_stands_beside_its_paragraph(site_address, browser, lao):
    context = browser.new_context(viewport=WIDE_SCREEN)
    page = context.new_page()
    address = PREFIX["lo"] + SOURCE_PAGES[lao.name.removesuffix(SUFFIX)]
    page.goto(site_address + address, wait_until="networkidle")
    blocks = page.locator("article .translated")
    assert blocks.count() == len(pairs(lao))
    for index in range(blocks.count()):
        reading = blocks.nth(index).locator('[lang="lo"]').first
        english = blocks.nth(index).locator('details[lang="en"] > :not(summary)').first
        assert english.is_visible(), index
        ours, theirs = reading.bounding_box(), english.bounding_box()
        assert theirs["x"] >= ours["x"] + ours["width"], index  # beside it, not under it
        assert abs(theirs["y"] - ours["y"]) < 40, index  # from the same line
    context.close()


@pytest.mark.browser
@pytest.mark.parametrize("lao", TRANSLATIONS, ids=lambda path: path.name)
@pytest.mark.parametrize("screen", SCREENS)
def test_a_figure_of_the_reading_leads_to_its_own_paragraph(site_address, opened, screen, lao):
    """The box of a figure in the reading leads to the figure's own Lao paragraph, marked, the
    figure in view below the header; the English sentence stays folded under it, one tap away."""
    page = opened(screen, site_address + PREFIX["lo"] + SOURCE_PAGES[lao.name.removesuffix(SUFFIX)])
    figure = page.locator('article .translated > [lang="lo"] a.fact[href^="#"]').last
    figure.click()
    page.locator('#fact-popover-box a[data-to="statement"]').click()
    page.wait_for_function("() => CSS.highlights.get('fact-sentence')?.size > 0")
    marked = page.evaluate("[...CSS.highlights.get('fact-sentence')].map(r => r.toString())[0]")
    paragraph = figure.evaluate("figure => figure.closest('p, li').textContent")
    assert " ".join(marked.split()) == " ".join(paragraph.split())
    header = page.locator(".md-header").bounding_box()["height"]
    where = figure.bounding_box()
    assert (
        header <= where["y"]
        and where["y"] + where["height"] <= SCREENS[screen]["viewport"]["height"]
    )
    assert figure.evaluate("figure => !figure.closest('.translated').querySelector('details').open")
