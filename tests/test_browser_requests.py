"""What a cold load asks the host for, served as a real host serves it (tests/host.py): no
request fails, search costs nothing until the reader searches, and fonts only where shown."""

from __future__ import annotations

from urllib.parse import urlsplit

import pytest

from tests.browser import cold_load, search
from tests.site import LANGUAGES, PREFIX
from tests.test_browser_reader_phones import SCREENS

pytestmark = pytest.mark.browser
INDEX = {"lo": "search/search_index.json", "en": "en/search/search_index.json"}
WORKER = "assets/javascripts/workers/"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_search_loads_only_when_the_reader_opens_it(site, site_address, browser, lang):
    path = site.page_paths(lang)[-1]
    requests, page = cold_load(browser, site_address + path)
    assert not [url for url, _ in requests if "search_index" in url or WORKER in url]
    with page.expect_request(site_address + INDEX[lang]):
        search(page, "ລາວ" if lang == "lo" else "Laos")
    searched = [url for url, _ in requests if "search_index" in url or WORKER in url]
    assert sorted(searched) == sorted(
        [site_address + INDEX[lang], f"{site_address}{WORKER}lao-search.js?lang={lang}"]
    )
    page.context.close()


def test_a_search_link_searches_at_once(site_address, browser):
    _, page = cold_load(browser, site_address + PREFIX["lo"] + "report/?q=" + "ມະນຸດ")
    items = page.locator(".md-search-result__item")
    items.first.wait_for()
    assert items.count() > 0
    page.context.close()


LAO_FACES_DRAWN = """() => {
    const faces = new Set();
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) {
        const element = walker.currentNode.parentElement;
        if (!/[\u0e80-\u0eff]/.test(walker.currentNode.textContent)) continue;
        const box = element.getBoundingClientRect();
        if (!element.getClientRects().length || box.right <= 0 || box.left >= innerWidth) continue;
        const style = getComputedStyle(element);
        if (!style.fontFamily.includes("Noto Sans Lao")) continue;
        faces.add(parseInt(style.fontWeight, 10) >= 600 ? "700" : "400");
    }
    return [...faces].sort();
}"""


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("screen", SCREENS)
def test_each_page_asks_its_own_host_only_for_what_it_shows(
    site, site_address, browser, lang, screen
):
    """No request fails or goes to another host. English pages draw Lao only where they show
    Lao text (a quote from the article); a Lao page downloads the bold face only if it shows
    bold Lao, on a phone too, where the drawer waits off the screen with the site's name as
    its title."""
    own = urlsplit(site_address).netloc
    for path in site.page_paths(lang):
        requests, page = cold_load(browser, site_address + path, **SCREENS[screen])
        assert [(url, status) for url, status in requests if status not in (200, 304)] == []
        assert [url for url, _ in requests if urlsplit(url).netloc not in ("", own)] == []
        fonts = sorted(url.rsplit("/", 1)[1] for url, _ in requests if url.endswith(".woff2"))
        drawn = page.evaluate(LAO_FACES_DRAWN)
        assert fonts == [f"noto-sans-lao-lao-{face}-normal.woff2" for face in drawn], path
        if lang == "lo":
            preload = page.locator("link[rel=preload][as=font]")
            assert preload.get_attribute("href").endswith("noto-sans-lao-lao-400-normal.woff2")
        page.context.close()


SLOW_LINK = {
    "offline": False,
    "latency": 400,
    "downloadThroughput": 50_000,
    "uploadThroughput": 50_000,
}
REQUESTED = """performance.getEntriesByType("resource")
    .map(entry => [entry.name, entry.startTime, entry.responseEnd])"""


@pytest.mark.parametrize("lang", LANGUAGES)
def test_scripts_and_the_lao_face_are_asked_for_with_the_stylesheets(site_address, browser, lang):
    """On a slow link, every script and the preloaded Lao face are asked for before the first
    stylesheet has arrived: the page's policy in a `<meta>` must not leave each script to be
    fetched only when the parser reaches it."""
    context = browser.new_context()
    page = context.new_page()
    cdp = context.new_cdp_session(page)
    cdp.send("Network.enable")
    cdp.send("Network.emulateNetworkConditions", SLOW_LINK)
    page.goto(site_address + PREFIX[lang], wait_until="load")
    preloaded_fonts = [
        page.evaluate("link => link.href", link)
        for link in page.query_selector_all("link[rel=preload][as=font]")
    ]
    requested = page.evaluate(REQUESTED)
    first_stylesheet = min(end for url, _, end in requested if url.endswith(".css"))
    wanted = [url for url, _, _ in requested if url.endswith(".js") or url in preloaded_fonts]
    assert len(wanted) > len(preloaded_fonts)
    assert [url for url, start, _ in requested if url in wanted and start >= first_stylesheet] == []
    context.close()
