"""Search keeps to an edition: on the fixture's two editions, a search from an earlier
edition's page downloads that edition's index alone and finds its pages; from the newest's
pages or a page every edition shares, the newest's. A first search does not grow with the
number of editions."""

from __future__ import annotations

from urllib.parse import urljoin

import pytest

from tests.browser import search
from tests.conftest import FIXTURE, built_and_served, copy_fixture
from tests.editions import names, newest
from tests.site import LANGUAGES, ROOTS

pytestmark = pytest.mark.browser
WORD = {"lo": "ຜູ້ເຄາະຮ້າຍ", "en": "victims"}  # in every edition of the fixture's text


@pytest.fixture(scope="module")
def editions_site(tmp_path_factory):
    folder = tmp_path_factory.mktemp("editions")
    with built_and_served(copy_fixture(folder / "project"), folder / "www") as site:
        yield site


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("where", ["earlier", "newest", "shared"])
def test_search_keeps_to_the_pages_edition(editions_site, browser, lang, where):
    latest = newest(FIXTURE)
    earlier = min(names(FIXTURE) - {latest})
    path = {"earlier": f"{earlier}/", "newest": f"{latest}/", "shared": ""}[where]
    expected = earlier if where == "earlier" else latest
    context = browser.new_context()
    page = context.new_page()
    indexes = []
    page.on(
        "request",
        lambda request: "search_index.json" in request.url and indexes.append(request.url),
    )
    address = editions_site.url + ROOTS[lang] + path
    page.goto(address, wait_until="networkidle")
    items = search(page, WORD[lang])
    found = {
        urljoin(address, items.nth(i).locator("a").first.get_attribute("href"))
        for i in range(items.count())
    }
    context.close()
    folder = "" if expected == latest else f"{expected}/"
    assert indexes == [f"{editions_site.url}{ROOTS[lang]}{folder}search/search_index.json"]
    root = editions_site.url + ROOTS[lang]
    folders = {url.split("?")[0].removeprefix(root).split("/")[0] for url in found}
    editions_found = {folder if folder in names(FIXTURE) else "" for folder in folders}
    assert editions_found <= {expected, ""} and expected in editions_found, found
