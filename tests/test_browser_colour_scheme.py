"""The colour scheme a reader gets: their system's, or the one they chose with the header's
toggle (by touch, mouse or keyboard), set before the page's text is drawn and never applied
again as the page loads (that would restyle every element of it on a phone, and flash the other
scheme first)."""

from __future__ import annotations

import pytest

from tests.browser import SCREENS
from tests.site import LANGUAGES, ROOTS

pytestmark = pytest.mark.browser
OTHER = {"light": "dark", "dark": "light"}
MISSING = "no-such-page/"  # answered with the site's 404 page
TOGGLE = "form.md-header__option label:not([hidden])"
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


@pytest.fixture
def watched(browser):
    """Pages opened in a fresh context (a phone's unless told), with their scheme changes and
    script errors recorded; the errors are asserted none, and the contexts closed, after the
    test."""
    contexts, errors = [], []

    def open_page(url: str, scheme: str, screen: str = "phone", keeps_nothing: bool = False):
        context = browser.new_context(color_scheme=scheme, **SCREENS[screen])
        contexts.append(context)
        context.add_init_script(WATCH_SCHEME)
        if keeps_nothing:
            context.add_init_script(BLOCKED_STORAGE)
        page = context.new_page()
        page.on("pageerror", lambda error: errors.append(str(error)))
        page.goto(url, wait_until="networkidle")
        return page

    yield open_page
    for context in contexts:
        context.close()
    assert errors == []


def system_turned(page, scheme: str) -> None:
    """The reader's system turns to `scheme`; the browser tells the page at its next frame."""
    page.emulate_media(color_scheme=scheme)
    page.evaluate("new Promise(done => requestAnimationFrame(() => requestAnimationFrame(done)))")


def changes_seen(page) -> list[dict]:
    return [change for change in page.evaluate("window.schemeChanges") if change["read"]]


def shown(scheme: str) -> dict:
    return {"body": scheme, "browser": scheme, "toggles": 1}


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_a_page_opens_in_the_readers_scheme_and_keeps_it(site, site_address, watched, lang, scheme):
    for path in [*site.page_paths(lang)[:3], ROOTS[lang] + MISSING]:
        page = watched(site_address + path, scheme)
        assert page.evaluate(SHOWN_SCHEME) == shown(scheme), path
        assert changes_seen(page) == [], path


@pytest.mark.parametrize("screen", SCREENS)
def test_the_toggle_switches_and_the_choice_is_kept(site_address, watched, screen):
    first, second = (site_address + ROOTS[lang] for lang in LANGUAGES[:2])
    page = watched(first, "light", screen)
    toggle = page.locator(TOGGLE)
    toggle.tap() if screen == "phone" else toggle.click()
    assert page.evaluate(SHOWN_SCHEME) == shown("dark")
    page.goto(second, wait_until="networkidle")
    assert page.evaluate(SHOWN_SCHEME) == shown("dark")
    assert changes_seen(page) == []
    system_turned(page, "light")
    assert page.evaluate(SHOWN_SCHEME)["body"] == "dark"


def test_the_toggle_answers_the_keyboard(site_address, watched):
    page = watched(site_address, "light", "desktop")
    page.focus("input[name=__palette]:checked")
    page.keyboard.press("Enter")
    assert page.evaluate(SHOWN_SCHEME) == shown("dark")
    assert page.evaluate("document.activeElement.checked")
    page.keyboard.press("ArrowRight")
    assert page.evaluate(SHOWN_SCHEME) == shown("light")


def test_back_shows_the_choice_and_the_toggle_still_answers(site_address, watched):
    first, second = (site_address + ROOTS[lang] for lang in LANGUAGES[:2])
    page = watched(first, "light")
    page.goto(second, wait_until="networkidle")
    page.locator(TOGGLE).tap()
    page.go_back(wait_until="networkidle")
    assert page.evaluate(SHOWN_SCHEME) == shown("dark")
    page.locator(TOGGLE).tap()
    assert page.evaluate(SHOWN_SCHEME) == shown("light")


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_without_a_choice_the_page_follows_the_system(site_address, watched, scheme):
    page = watched(site_address, scheme)
    system_turned(page, OTHER[scheme])
    assert page.evaluate(SHOWN_SCHEME) == shown(OTHER[scheme])


def test_a_browser_that_keeps_nothing_still_gets_the_scheme_and_the_toggle(site_address, watched):
    page = watched(site_address, "dark", keeps_nothing=True)
    assert page.evaluate(SHOWN_SCHEME) == shown("dark")
    page.locator(TOGGLE).tap()
    assert page.evaluate(SHOWN_SCHEME) == shown("light")
    system_turned(page, "light")
    system_turned(page, "dark")
    assert page.evaluate(SHOWN_SCHEME) == shown("light")
