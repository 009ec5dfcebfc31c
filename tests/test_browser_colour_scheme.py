"""The colour scheme a reader gets: their system's, or the one they chose with the header's
toggle, set before the page's text is drawn and never applied again as the page loads (that
would restyle every element of it on a phone, and flash the other scheme first)."""

from __future__ import annotations

import pytest

from tests.browser import SCREENS
from tests.site import LANGUAGES, ROOTS

pytestmark = pytest.mark.browser
OTHER = {"light": "dark", "dark": "light"}
# Every change to the body's colours or to the scheme the browser is told, and whether the
# article had been parsed when it was made: a change then is one the reader sees, and restyles
WATCH_SCHEME = """window.schemeChanges = [];
new MutationObserver(records => {
  const read = document.querySelector("article") !== null;
  for (const record of records) {
    const meta = [...record.addedNodes, record.target]
      .some(node => node.matches?.("meta[name=color-scheme], meta[name=theme-color]"));
    const body = record.target === document.body
      && record.attributeName?.startsWith("data-md-color-");
    if (meta || body) window.schemeChanges.push({read, what: record.attributeName || "meta"});
  }
}).observe(document, {subtree: true, childList: true, attributes: true});"""
# A browser set to keep no site data: reading the page's storage throws
BLOCKED_STORAGE = """Object.defineProperty(window, "localStorage", {
  get() { throw new DOMException("The site may keep no data", "SecurityError") },
})"""
SHOWN_SCHEME = """() => ({
  body: getComputedStyle(document.body).colorScheme,
  browser: document.querySelector("meta[name=color-scheme]").content,
  toggles: [...document.querySelectorAll("form.md-header__option label")]
    .filter(label => !label.hidden).length,
})"""


def opened(browser, url: str, scheme: str, screen: str = "phone"):
    context = browser.new_context(color_scheme=scheme, **SCREENS[screen])
    page = context.new_page()
    page.add_init_script(WATCH_SCHEME)
    page.goto(url, wait_until="networkidle")
    return page


def system_turned(page, scheme: str) -> None:
    """The reader's system turns to `scheme`; the browser tells the page at its next frame."""
    page.emulate_media(color_scheme=scheme)
    page.evaluate("new Promise(done => requestAnimationFrame(() => requestAnimationFrame(done)))")


def changes_seen(page) -> list[dict]:
    return [change for change in page.evaluate("window.schemeChanges") if change["read"]]


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_a_page_opens_in_the_readers_scheme_and_keeps_it(site, site_address, browser, lang, scheme):
    for path in site.page_paths(lang)[:3]:
        page = opened(browser, site_address + path, scheme)
        assert page.evaluate(SHOWN_SCHEME) == {"body": scheme, "browser": scheme, "toggles": 1}
        assert changes_seen(page) == [], path
        page.context.close()


@pytest.mark.parametrize("screen", SCREENS)
def test_the_toggle_switches_and_the_choice_is_kept(site_address, browser, screen):
    first, second = (site_address + ROOTS[lang] for lang in LANGUAGES[:2])
    page = opened(browser, first, "light", screen)
    toggle = page.locator("form.md-header__option label:not([hidden])")
    toggle.tap() if screen == "phone" else toggle.click()
    assert page.evaluate(SHOWN_SCHEME) == {"body": "dark", "browser": "dark", "toggles": 1}
    page.goto(second, wait_until="networkidle")
    assert page.evaluate(SHOWN_SCHEME)["body"] == "dark"
    assert changes_seen(page) == []
    system_turned(page, "light")
    assert page.evaluate(SHOWN_SCHEME)["body"] == "dark"
    page.context.close()


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_without_a_choice_the_page_follows_the_system(site_address, browser, scheme):
    page = opened(browser, site_address, scheme)
    system_turned(page, OTHER[scheme])
    assert page.evaluate(SHOWN_SCHEME)["body"] == OTHER[scheme]
    page.context.close()


def test_a_browser_that_keeps_nothing_still_gets_the_scheme_and_the_toggle(site_address, browser):
    context = browser.new_context(color_scheme="dark", **SCREENS["phone"])
    context.add_init_script(BLOCKED_STORAGE)
    page = context.new_page()
    page.goto(site_address, wait_until="networkidle")
    assert page.evaluate(SHOWN_SCHEME) == {"body": "dark", "browser": "dark", "toggles": 1}
    page.locator("form.md-header__option label:not([hidden])").tap()
    assert page.evaluate(SHOWN_SCHEME)["body"] == "light"
    context.close()
