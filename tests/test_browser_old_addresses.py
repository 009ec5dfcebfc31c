"""Every address the site had before it kept editions apart still leads to its page, now at its
edition's address, with the place in the page a shared link named, in a real browser and with
the earlier page's policy in force."""

from __future__ import annotations

import pytest

from tests.site import LANGUAGES

pytestmark = pytest.mark.browser


@pytest.mark.parametrize("lang", LANGUAGES)
def test_an_earlier_address_leads_to_its_page_and_place(site, site_address, browser, lang):
    earlier = site.earlier_addresses(lang)
    assert earlier, "the language's earlier addresses are there"
    context = browser.new_context()
    page = context.new_page()
    blocked = []
    page.on(
        "console",
        lambda message: "Content Security Policy" in message.text and blocked.append(message.text),
    )
    for path in earlier:
        target = site.soup(path).find("link", rel="canonical")["href"]
        page.goto(f"{site_address}{path}#place", wait_until="networkidle")
        landed = page.url.removeprefix(site_address)
        assert landed == target.removeprefix(site.url) + "#place", path
        assert page.locator("article h1").count() == 1, path
    context.close()
    assert blocked == []
