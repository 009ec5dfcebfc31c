"""The translator's notes: numbered in the order they are first marked, each marker a link to
its note and each note a link back to every place that marks it, on a phone too."""

from __future__ import annotations

import pytest

from tests.browser import SCREENS
from tests.site import LANGUAGES

PHONE = SCREENS["phone"]
IN_VIEW = """element => { const box = element.getBoundingClientRect();
    return box.bottom > 0 && box.top < window.innerHeight; }"""


def pages_with_notes(site) -> list[str]:
    paths = [path for lang in LANGUAGES for path in site.page_paths(lang)]
    return [path for path in paths if site.soup(path).select_one("article .footnote")]


def test_a_page_has_translators_notes(site):
    assert pages_with_notes(site)


def unlinked_text(element) -> str:
    """The element's text less the text of its links within the page (a note's marker)."""
    return "".join(
        text for text in element.find_all(string=True) if not text.find_parent("a", href=True)
    )


def test_no_note_is_marked_by_a_bare_asterisk(site):
    """An asterisk stands only in a link to its note, or at the head of the note it leads to."""
    for lang in LANGUAGES:
        for path in site.page_paths(lang):
            article = site.soup(path).select_one("article")
            notes = {link["href"][1:] for link in article.select('a[href^="#"]')}
            prose = [
                unlinked_text(p)
                for p in article.find_all(["p", "h1", "li"])
                if p.get("id") not in notes
            ]
            assert not [text for text in prose if "*" in text], path


def test_markers_are_numbered_in_order_and_linked_both_ways(site):
    for path in pages_with_notes(site):
        article = site.soup(path).select_one("article")
        markers = article.select("sup[id] > a.footnote-ref")
        notes = article.select(".footnote > ol > li[id]")
        first_marked = list(dict.fromkeys(marker["href"].removeprefix("#") for marker in markers))
        assert first_marked == [note["id"] for note in notes]
        for marker in markers:
            assert marker.get_text() == str(first_marked.index(marker["href"][1:]) + 1)
        for note in notes:
            back = [a["href"].removeprefix("#") for a in note.select("a.footnote-backref")]
            pointing = [m.parent["id"] for m in markers if m["href"] == "#" + note["id"]]
            assert back == pointing


@pytest.mark.browser
def test_on_a_phone_a_marker_opens_its_note_and_the_way_back_shows(site, site_address, browser):
    context = browser.new_context(**PHONE)
    try:
        for path in pages_with_notes(site):
            page = context.new_page()
            page.goto(site_address + path, wait_until="networkidle")
            marker = page.locator("article sup[id] > a.footnote-ref").last
            marker.tap()
            note = page.locator(".footnote li:target")
            assert note.evaluate(IN_VIEW)
            for back in page.locator(".footnote-backref").all():
                assert back.evaluate("a => getComputedStyle(a).opacity") == "1"
            note.locator(".footnote-backref").last.tap()
            assert marker.evaluate(IN_VIEW)
            page.close()
    finally:
        context.close()
