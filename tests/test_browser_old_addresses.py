"""Every address the site had before it kept editions apart still leads to its page, now at its
edition's address, with the place in the page a shared link named, in a real browser and with
the earlier page's policy in force."""

from __future__ import annotations

import pytest

from tests.site import LANGUAGES, ROOTS

pytestmark = pytest.mark.browser


@pytest.mark.parametrize("lang", LANGUAGES)
def test_an_earlier_address_leads_to_its_page_and_place(site, site_address, browser, lang):
    others = [root for root in ROOTS.values() if root and root != ROOTS[lang]]
    earlier = [
        path
        for html in sorted(site.folder.rglob("index.html"))
        if (path := html.parent.relative_to(site.folder).as_posix() + "/").startswith(ROOTS[lang])
        and not any(path.startswith(other) for other in others)
        and site.leads_on(path)
    ]
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
