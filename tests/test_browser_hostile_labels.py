"""A fact's label is text wherever a reader meets it. A label holding HTML, a Markdown link and
Jinja shows no markup and loads nothing when a figure is hovered, focused or tapped, on a
fixture built from this project with such a label (Material's tooltip reads a `title` back as
HTML: the figures must not give it one)."""

from __future__ import annotations

import json

import pytest

from tests.browser import OPEN_ORIGINALS, search
from tests.conftest import built_and_served, copy_project
from tests.editions import facts_file as facts_file_of
from tests.facts_file import read_facts
from tests.site import LANGUAGES, Site

pytestmark = pytest.mark.browser
FACT = "prosecution.sez_companies_inspected"
HOSTILE = '{label} <img src=x class="grown">[a link](/x) <b class="grown">{lang}</b> {{{{ 7*7 }}}}'
MARKUP = "img, b, .grown, a[href$='/x']"
SHOWING_THE_FACT = f'a.fact:has(data[data-fact="{FACT}"])'  # the boxes that hold its label


def hostile(lang: str) -> str:
    """The fact's own label in `lang` (its script, as the check asks), then the hostile words."""
    return HOSTILE.format(label=read_facts()[FACT]["label"][lang], lang=lang)


BOX = "#fact-popover-box"


@pytest.fixture(scope="module")
def hostile_site(tmp_path_factory):
    """This project with the fact's labels made hostile, built and served over HTTP."""
    work = tmp_path_factory.mktemp("hostile")
    project = copy_project(work / "project")
    facts_file = facts_file_of(project)
    text = facts_file.read_text("utf-8")
    for lang, label in read_facts(facts_file)[FACT]["label"].items():
        line = f"{lang}: {label}\n"
        assert text.count(line) == 1, line
        text = text.replace(line, f"{lang}: {json.dumps(hostile(lang))}\n")
    facts_file.write_text(text, "utf-8")
    with built_and_served(project, work / "www") as site:
        yield site


def pages_showing_the_fact(site: Site) -> list[str]:
    paths = [
        path
        for lang in LANGUAGES
        for path in site.page_paths(lang)
        if site.soup(path).select(f'a.fact data[data-fact="{FACT}"]')
    ]
    assert len(paths) >= len(LANGUAGES)
    return paths


def watched(context):
    """A page that records every dialog and every request for the hostile image."""
    page = context.new_page()
    alarms = []
    page.on("dialog", lambda dialog: (alarms.append(dialog.message), dialog.dismiss()))
    page.on("request", lambda r: r.url.endswith("/x") and alarms.append(r.url))
    return page, alarms


def assert_box_is_text(page, lang: str) -> None:
    box = page.locator(BOX)
    box.wait_for(timeout=3000)
    assert box.locator(MARKUP).count() == 0
    assert box.locator(".fact-popover__label").text_content() == hostile(lang)


def assert_nothing_ran(page, alarms) -> None:
    assert page.locator("img[src='x'], .md-tooltip2 img").count() == 0
    assert alarms == []


def test_hostile_labels_reach_the_page_only_as_attributes_of_text(hostile_site):
    for path in pages_showing_the_fact(hostile_site):
        page = hostile_site.soup(path)
        assert page.select("a.fact[title]") == []
        assert not page.select("article img[src='x'], article .grown"), path


def test_hover_and_keyboard_focus_show_hostile_labels_as_text(hostile_site, browser):
    context = browser.new_context(viewport={"width": 1280, "height": 800})
    page, alarms = watched(context)
    for path in pages_showing_the_fact(hostile_site):
        page.goto(hostile_site.url + path, wait_until="networkidle")
        page.evaluate(OPEN_ORIGINALS)
        lang = page.evaluate("document.documentElement.lang")
        figures = page.locator(SHOWING_THE_FACT)
        assert figures.count() > 0
        for index in range(figures.count()):
            figure = figures.nth(index)
            figure.hover()
            assert_box_is_text(page, lang)
            figure.focus()
            assert_box_is_text(page, lang)
            page.keyboard.press("Escape")
        assert_nothing_ran(page, alarms)
    context.close()


def test_a_tap_shows_hostile_labels_as_text(hostile_site, browser):
    context = browser.new_context(
        viewport={"width": 360, "height": 740}, is_mobile=True, has_touch=True
    )
    page, alarms = watched(context)
    for path in pages_showing_the_fact(hostile_site):
        page.goto(hostile_site.url + path, wait_until="networkidle")
        page.evaluate(OPEN_ORIGINALS)
        lang = page.evaluate("document.documentElement.lang")
        figures = page.locator(SHOWING_THE_FACT)
        assert figures.count() > 0
        for index in range(figures.count()):
            figure = figures.nth(index)
            figure.tap()
            assert_box_is_text(page, lang)
            assert page.locator(f'{BOX}[role="dialog"]').count() == 1
            page.keyboard.press("Escape")
            assert page.url == hostile_site.url + path
        assert_nothing_ran(page, alarms)
    context.close()


def test_search_shows_hostile_labels_as_text(hostile_site, page):
    """The facts page's hostile label reaches the search index; its result shows it as text."""
    page.goto(hostile_site.url + "en/", wait_until="networkidle")
    items = search(page, "link")  # the label's "[a link](/x)"
    assert items.count() > 0
    assert page.locator(f".md-search-result :is({MARKUP})").count() == 0
