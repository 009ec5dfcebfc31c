"""Every page holds a Content-Security-Policy that its own scripts, styles, fonts and search
live within: Chromium reports no violation while a reader loads and hovers every page, and
searches from one (the same search and index serve every page of a language)."""

from __future__ import annotations

import pytest

from tests.browser import search
from tests.site import LANGUAGES

pytestmark = pytest.mark.browser
RECORD_VIOLATIONS = """
window.__violations = [];
document.addEventListener("securitypolicyviolation", event => {
  window.__violations.push(event.violatedDirective + " " + event.blockedURI);
});
"""
QUERY = {"lo": "ການຄ້າມະນຸດ", "en": "victims"}


def violations_while_reading(page, url: str, query: str | None) -> list[str]:
    """What Chromium blocked while the page loaded and a reader searched (for `query`, if
    given) and hovered it."""
    console = []
    page.on("console", lambda message: console.append(message.text))
    page.goto(url, wait_until="networkidle")
    assert page.locator('head meta[http-equiv="Content-Security-Policy"]').count() == 1, url
    if query is not None:
        search(page, query)
        page.keyboard.press("Escape")
    figures = page.locator("article a.fact")
    if figures.count():
        figures.first.hover()
    blocked = page.evaluate("window.__violations")
    return blocked + [text for text in console if "Content Security Policy" in text]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_no_page_breaks_its_policy(site, site_address, browser, lang):
    context = browser.new_context()
    for index, path in enumerate(site.page_paths(lang)):
        page = context.new_page()
        page.add_init_script(RECORD_VIOLATIONS)
        query = QUERY[lang] if index == 0 else None
        assert violations_while_reading(page, site_address + path, query) == [], path
        page.close()
    context.close()


def test_the_missing_page_has_its_policy_too(site):
    page = (site.folder / "404.html").read_text("utf-8")
    assert page.count('http-equiv="Content-Security-Policy"') == 1


def test_an_injected_script_does_not_run(site_address, page):
    """A script a missed escape might let into a page is refused by the policy itself."""
    page.goto(site_address, wait_until="networkidle")
    page.evaluate(
        """() => {
        window.__ran = false;
        const injected = document.createElement("div");
        injected.innerHTML = '<img src="x" onerror="window.__ran = true">';
        document.body.append(injected);
        const script = document.createElement("script");
        script.textContent = "window.__ran = true";
        document.body.append(script);
    }"""
    )
    page.wait_for_timeout(300)
    assert page.evaluate("window.__ran") is False
