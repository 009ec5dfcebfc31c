"""What a missed check lets into a page still runs nothing: a build hook of the test's own puts
scripts into every place content reaches (the page's Markdown, its title, its description,
the interface words) after `make check` would have refused them, and Chromium, loading every
page and searching each language's index, opens no dialog, follows no redirect and reports
the refused script."""

from __future__ import annotations

import base64
import hashlib
import re

import pytest
from bs4 import BeautifulSoup

from tests.browser import opened_as_read, search
from tests.conftest import built_and_served, copy_fixture
from tests.site import LANGUAGES

pytestmark = pytest.mark.browser
INJECTING_HOOK = '''
"""Payloads where content reaches a page, as if a check had missed them."""
from mkdocs.plugins import event_priority

BODY = '<script>alert("body")</script>\\n\\n<img src="x" onerror="alert(\\'handler\\')">\\n\\n'
TITLE = '</title><script>alert("title")</script><h1 class="grown">Fake</h1>'
DESCRIPTION = (
    '"><meta http-equiv="refresh" content="0;url=https://example.invalid/">'
    '<script>alert("description")</script>'
)
WORDS = '<script>alert("words")</script><b class="grown">words</b>'


def on_page_markdown(markdown, page, config, files):
    page.meta["title"] = TITLE
    page.meta["description"] = DESCRIPTION
    return markdown + "\\n\\n" + BODY


@event_priority(-100)  # after hooks/interface.py has set the words
def on_page_context(context, page, config, nav):
    context["interface"] = {**context["interface"], "made_with": WORDS}
    return context
'''
RECORD = """
window.__violations = [];
document.addEventListener("securitypolicyviolation", event => {
  window.__violations.push(event.violatedDirective);
});
"""
GROWN = "title ~ script, body script:not([src]):not([type]), .grown, h1 h1"


@pytest.fixture(scope="module")
def injected_site(tmp_path_factory):
    work = tmp_path_factory.mktemp("injected")
    project = copy_fixture(work / "project")
    (project / "hooks" / "injecting.py").write_text(INJECTING_HOOK, "utf-8")
    settings = project / "mkdocs.yml"
    text = settings.read_text("utf-8")
    settings.write_text(text.replace("hooks:\n", "hooks:\n  - hooks/injecting.py\n", 1), "utf-8")
    with built_and_served(project, work / "www") as site:
        yield site


def opened_dialogs(page) -> list[str]:
    """The messages of the dialogs `page` opens, each dismissed."""
    dialogs: list[str] = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    return dialogs


@pytest.mark.parametrize("lang", LANGUAGES)
def test_injected_scripts_are_refused_on_every_page(injected_site, browser, lang):
    context = browser.new_context()
    opened = []
    for path in injected_site.page_paths(lang):
        page = context.new_page()
        dialogs = opened_dialogs(page)
        page.add_init_script(RECORD)
        opened_as_read(page, injected_site.url + path)
        if not opened:  # every page of the language searches the same index
            search(page, "publisher" if lang == "en" else "ລາຍງານ")
        opened.append((path, page, dialogs))
    opened[-1][1].wait_for_timeout(
        1500
    )  # a refresh in a meta tag would have left every page by now
    for path, page, dialogs in opened:
        assert dialogs == [], path
        assert page.url.startswith(injected_site.url + path), path
        violations = page.evaluate("window.__violations")
        assert "script-src-elem" in violations, path
        assert "script-src-attr" in violations, path
    context.close()


def test_injected_titles_and_words_show_as_text(injected_site, page):
    """The title, the menu and the footer show the injected markup as the words it is."""
    page.goto(injected_site.url + "en/", wait_until="networkidle")
    assert page.title().startswith('</title><script>alert("title")</script>')
    assert page.locator(".grown").count() == 0
    footer = page.locator(".md-copyright").inner_text()
    assert '<script>alert("words")</script>' in footer
    menu = page.locator(".md-nav--primary").inner_text()
    assert "</title><script>" in menu


def test_the_policy_hashes_the_templates_scripts_only(injected_site):
    """Of a page's inline scripts, the policy allows those the theme wrote, not the injected."""
    for lang in LANGUAGES:
        for path in injected_site.page_paths(lang):
            html = (injected_site.folder / path / "index.html").read_text("utf-8")
            policy = re.search(r'http-equiv="Content-Security-Policy" content="([^"]*)"', html)[1]
            scripts = re.findall(r"<script>(.*?)</script>", html, re.DOTALL)
            injected = [script for script in scripts if "alert(" in script]
            assert injected, path
            for script in scripts:
                hashed = base64.b64encode(hashlib.sha256(script.encode()).digest()).decode()
                assert (f"'sha256-{hashed}'" in policy) == (script not in injected), path
            assert BeautifulSoup(html, "html.parser").select('meta[http-equiv="refresh"]') == []
