"""What browser tests do as a reader would: load a page afresh, search, and ask Chromium which
fonts it drew."""

from __future__ import annotations

# A small phone with touch, and a desktop: every reader test runs on the phone first
SCREENS = {
    "phone": {"viewport": {"width": 360, "height": 740}, "is_mobile": True, "has_touch": True},
    "desktop": {"viewport": {"width": 1280, "height": 800}},
}

# A reader opens every English original folded under a paragraph of the site's translation
OPEN_ORIGINALS = "document.querySelectorAll('article details').forEach(box => { box.open = true })"


def opened_as_read(page, url: str) -> None:
    """Go to `url` and wait until the page is drawn as a reader sees it: loaded, with its fonts
    (a page of many is read this way: waiting for a quiet network costs half a second each)."""
    page.goto(url, wait_until="load")
    page.evaluate("document.fonts.ready.then(() => true)")


def fonts_drawing(page, selector: str) -> list[str]:
    """The font families Chromium actually used to draw the element's text."""
    cdp = page.context.new_cdp_session(page)
    cdp.send("DOM.enable")
    cdp.send("CSS.enable")
    root = cdp.send("DOM.getDocument")["root"]["nodeId"]
    node = cdp.send("DOM.querySelector", {"nodeId": root, "selector": selector})["nodeId"]
    fonts = cdp.send("CSS.getPlatformFontsForNode", {"nodeId": node})["fonts"]
    return [font["familyName"] for font in fonts]


def search(page, query: str):
    """Enter `query` in Material's search box, as a Lao keyboard's input method commits it
    (the text at once, then a key event), and wait for the results."""
    opener = page.locator("label.md-header__button[for='__search']")
    if opener.is_visible():  # phones show a search button; wider screens show the box itself
        opener.click()
    box = page.locator("input.md-search__input")
    box.click()
    box.fill(query)
    box.press("End")
    items = page.locator(".md-search-result__item")
    items.first.wait_for()
    return items


def cold_load(browser, url: str, **screen) -> tuple[list[tuple[str, int | str]], object]:
    """Open `url` in a fresh browser context (of `screen`'s viewport and touch, if given); every
    request it makes, with its status (or the reason it failed), as the page goes on being used."""
    context = browser.new_context(**screen)
    requests: list[tuple[str, int | str]] = []
    context.on("requestfinished", lambda r: requests.append((r.url, r.response().status)))
    context.on("requestfailed", lambda r: requests.append((r.url, r.failure or "failed")))
    page = context.new_page()
    page.goto(url, wait_until="networkidle")
    return requests, page
