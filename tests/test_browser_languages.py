"""A reader switches language from any page and lands on the same page in the other language."""

from __future__ import annotations

import pytest

from tests.site import LANGUAGES

pytestmark = pytest.mark.browser
OTHER_NAME = {"lo": "English", "en": "ລາວ"}
OTHER = {"lo": "en", "en": "lo"}


@pytest.mark.parametrize("lang", LANGUAGES)
def test_switching_language_keeps_the_page(site, site_address, page, lang):
    for path in site.page_paths(lang):
        page.goto(site_address + path)
        page.locator(".md-header .md-select").hover()
        page.get_by_role("link", name=OTHER_NAME[lang], exact=True).click()
        page.wait_for_load_state()
        assert page.url == site_address + site.counterpart(path, OTHER[lang])
        assert page.locator("html").get_attribute("lang") == OTHER[lang]
