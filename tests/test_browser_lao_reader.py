"""A Lao reader in Chromium: nothing leaves the site, Lao is drawn in the Lao face, and the
search box finds Lao words wherever they stand and in either spelling."""

from __future__ import annotations

import json
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import pytest

from hooks.lao_segmentation import fold
from tests.browser import fonts_drawing, opened_as_read, search
from tests.conftest import ROOT
from tests.site import LANGUAGES, PREFIX

pytestmark = pytest.mark.browser
VECTORS = json.loads((Path(__file__).parent / "lao_segmentation_vectors.json").read_text("utf-8"))
THEME = ROOT / "overrides"
RULE_JS = THEME / "assets" / "javascripts" / "workers" / "lao-segmentation.js"

# (query as a reader types it, the page it must find)
LAO_QUERIES = [
    ("ກໍາມະບານ", PREFIX["lo"]),  # typed with ໍ + າ; the page writes ກຳມະບານ
    ("ກຳມະບານ", PREFIX["lo"]),
    ("ມະນຸດ", PREFIX["lo"]),  # the end of ການຄ້າມະນຸດ
    ("ສຳຄັນ", PREFIX["lo"]),  # the page writes ສໍາຄັນ
    ("ຫລາຍ", PREFIX["lo"]),  # the page writes ຫຼາຍ and ຫລາຍ
    ("ຫນ້ອຍ", PREFIX["lo"]),  # the page writes ໜ້ອຍ and ຫນ້ອຍ
    ("ຕ່າງປະເທດ", PREFIX["lo"]),  # inside ກະຊວງການຕ່າງປະເທດ
    ("ເສດຖະກິດພິເສດ", PREFIX["lo"]),  # inside ເຂດເສດຖະກິດພິເສດ
    ("ສາມຫລ່ຽມຄຳ ກວດກາ", PREFIX["lo"]),  # two words, one spelt the other way
    ("ກຳມະບ", PREFIX["lo"]),  # a word still being typed
    ("ດຳເນີນຄະດີ", PREFIX["lo"] + "report/prosecution/"),  # a Lao page title
    ("ສະຫະພັນແມ່ຍິງລາວ", PREFIX["lo"]),
]
ENGLISH_QUERIES = [
    ("trafficking victims", PREFIX["en"] + "report/protection/", "victims"),
    ("Golden Triangle", PREFIX["en"] + "report/prosecution/", "Golden"),
    ("penal code", PREFIX["en"] + "report/prosecution/", "penal"),
]


def test_javascript_rule_agrees_with_the_shared_vectors(site_address, page):
    page.goto(site_address)
    page.add_script_tag(url=site_address + RULE_JS.relative_to(THEME).as_posix())  # as served
    results = page.evaluate(
        """vectors => ({
            fold: vectors.fold.map(([written]) => LaoSegmentation.fold(written)),
            split: vectors.split.map(c => LaoSegmentation.split(
                c.run, new Set(c.words), Math.max(0, ...c.words.map(w => w.length))))
        })""",
        VECTORS,
    )
    assert results["fold"] == [folded for _, folded in VECTORS["fold"]]
    assert results["split"] == [case["pieces"] for case in VECTORS["split"]]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_searching_asks_no_other_host(site_address, page, lang):
    """A search loads the worker, the index and the Lao words from the site's own host (each
    page's own requests: tests/test_browser_requests.py)."""
    own = urlsplit(site_address).netloc
    elsewhere = []
    page.context.on(
        "request",
        lambda request: urlsplit(request.url).netloc in ("", own) or elsewhere.append(request.url),
    )
    page.goto(site_address + PREFIX[lang], wait_until="networkidle")
    search(page, "ລາວ" if lang == "lo" else "Laos")
    assert elsewhere == []


@pytest.mark.parametrize(
    "path", [PREFIX["lo"] + page for page in ("", "report/", "report/protection/")]
)
def test_lao_text_is_drawn_with_the_self_hosted_lao_face(site_address, page, path):
    opened_as_read(page, site_address + path)
    loaded = page.evaluate(
        """[...document.fonts].filter(f => f.family.replace(/"/g, '') === 'Noto Sans Lao'
              && f.status === 'loaded').length"""
    )
    assert loaded >= 1
    assert "Noto Sans Lao" in fonts_drawing(page, "article h1")


@pytest.mark.parametrize(("query", "expected"), LAO_QUERIES, ids=[q for q, _ in LAO_QUERIES])
def test_lao_search_finds_lao_words(site_address, page, query, expected):
    page.goto(site_address + PREFIX["lo"] + "report/", wait_until="networkidle")
    items = search(page, query)
    links = [
        absolute(site_address, items.nth(i).locator("a").first.get_attribute("href"))
        for i in range(items.count())
    ]
    assert site_address + expected in links, links
    assert not any(link.startswith(site_address + "en/") for link in links)
    marks = [fold(mark) for mark in page.locator(".md-search-result mark").all_inner_texts()]
    typed = fold(query).replace(" ", "")
    assert marks
    assert all(reflects(mark, typed) for mark in marks), marks


def reflects(mark: str, typed: str) -> bool:
    """A highlight is part of what was typed, or a word its unfinished end begins."""
    return mark in typed or any(mark.startswith(typed[start:]) for start in range(len(typed)))


@pytest.mark.parametrize(("query", "expected", "highlighted"), ENGLISH_QUERIES)
def test_english_search_keeps_working(site_address, page, query, expected, highlighted):
    page.goto(site_address + PREFIX["en"], wait_until="networkidle")
    items = search(page, query)
    links = [items.nth(i).locator("a").first.get_attribute("href") for i in range(items.count())]
    resolved = [absolute(site_address + "en/", href) for href in links]
    assert site_address + expected in resolved, resolved
    assert all(link.startswith(site_address + "en/") for link in resolved)
    marks = page.locator(".md-search-result mark").all_inner_texts()
    assert any(highlighted.lower() in mark.lower() for mark in marks), marks


def absolute(base: str, href: str) -> str:
    """A result's link as a page address, without its heading anchor."""
    return urljoin(base, href).split("#")[0].split("?")[0]
