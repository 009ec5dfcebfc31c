"""Style work a page costs a phone as it loads: what Material's script does on every page must
not restyle every element."""

from __future__ import annotations

import json

import pytest

from tests.browser import cold_load
from tests.site import LANGUAGES

pytestmark = pytest.mark.browser
# What Material's palette does on every page as it loads: mark the body, read the header's
# colours, unmark the body. Each read restyles what the mark changed.
APPLY_PALETTE = """() => {
    const header = document.querySelector("header");
    document.body.setAttribute("data-md-color-switching", "");
    getComputedStyle(header).backgroundColor;
    document.body.removeAttribute("data-md-color-switching");
    getComputedStyle(header).backgroundColor;
}"""


def elements_restyled(browser, page, script: str) -> int:
    """The most elements one style update restyled while `script` ran."""
    browser.start_tracing(page=page, categories=["devtools.timeline"])
    page.evaluate(script)
    events = json.loads(browser.stop_tracing())["traceEvents"]
    counts = [
        e["args"]["elementCount"]
        for e in events
        if e["name"] == "UpdateLayoutTree" and "elementCount" in e.get("args", {})
    ]
    return max(counts, default=0)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_applying_the_palette_restyles_only_the_body(site, site_address, browser, lang):
    _, page = cold_load(browser, site_address + site.page_paths(lang)[0])
    elements = page.evaluate("document.querySelectorAll('*').length")
    assert elements_restyled(browser, page, APPLY_PALETTE) < elements / 20
    page.context.close()
