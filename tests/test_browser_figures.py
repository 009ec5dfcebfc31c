"""A reader who doubts a figure: its label and source on hover and keyboard focus, one click to
the sentence that states it; charts that read in dark mode, on a phone, in Lao."""

from __future__ import annotations

import pytest

from tests.browser import fonts_drawing
from tests.facts_file import quote_for, read_facts

pytestmark = pytest.mark.browser
FACTS = read_facts()
VICTIMS = FACTS["protection.victims_identified"]
REPORTING_YEAR = FACTS["report.reporting_year"]["value"]
VICTIMS_NOW = quote_for(VICTIMS, REPORTING_YEAR)
VICTIMS_SHOWN = str(VICTIMS["values"][REPORTING_YEAR])  # under a thousand: no separator


def figure_box(page, label: str) -> str:
    """The text of the box a figure shows (figures.js), once it shows `label`."""
    shown = page.locator("#fact-popover-box", has_text=label)
    shown.wait_for(timeout=5000)
    return shown.inner_text()


def test_a_figure_shows_its_label_and_source_on_hover(site_address, page):
    page.goto(site_address, wait_until="networkidle")
    page.locator("a.fact", has_text=VICTIMS_SHOWN).first.hover()
    text = figure_box(page, VICTIMS["label"]["lo"])
    assert VICTIMS_NOW in text


def test_a_figure_shows_its_label_and_source_on_keyboard_focus(site_address, page):
    page.goto(site_address + "en/", wait_until="networkidle")
    figure = page.locator("a.fact", has_text=VICTIMS_SHOWN).first
    for _ in range(200):
        page.keyboard.press("Tab")
        if figure.evaluate("element => element === document.activeElement"):
            break
    else:
        pytest.fail("the figure cannot be reached with the keyboard")
    text = figure_box(page, VICTIMS["label"]["en"])
    assert VICTIMS_NOW in text
    assert figure.get_attribute("aria-describedby") == "fact-popover-box"
    page.keyboard.press("Escape")
    assert page.locator("#fact-popover-box").count() == 0


@pytest.mark.parametrize("path", ["", "en/"])
def test_clicking_a_figure_lands_on_the_sentence_that_states_it(site_address, page, path):
    page.goto(site_address + path, wait_until="networkidle")
    page.locator("a.fact", has_text=VICTIMS_SHOWN).first.click()
    page.wait_for_load_state()
    assert page.url.startswith(site_address + path + "report/protection/#")
    target = page.locator(":target")
    assert target.get_attribute("data-fact") == "protection.victims_identified"
    sentence = target.evaluate("element => element.closest('p').textContent")
    assert VICTIMS_NOW in sentence
    assert target.is_visible()
    assert target.bounding_box()["y"] > page.locator(".md-header").bounding_box()["height"]


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_chart_ink_follows_the_page_colour_scheme(site_address, browser, scheme):
    context = browser.new_context(color_scheme=scheme)
    page = context.new_page()
    page.goto(site_address + "en/charts/", wait_until="networkidle")
    page_ink = page.evaluate("getComputedStyle(document.querySelector('article p')).color")
    chart_ink = page.evaluate(
        "getComputedStyle(document.querySelector('figure.chart svg text')).fill"
    )
    background = page.evaluate("getComputedStyle(document.body).backgroundColor")
    context.close()
    assert chart_ink == page_ink
    assert chart_ink != background


def test_charts_fit_a_phone_and_draw_lao_with_the_lao_face(site_address, browser):
    context = browser.new_context(viewport={"width": 360, "height": 800})
    page = context.new_page()
    page.goto(site_address + "charts/", wait_until="networkidle")
    widths = page.evaluate(
        "[...document.querySelectorAll('figure.chart svg')]"
        ".map(svg => svg.getBoundingClientRect().right)"
    )
    assert len(widths) == 4 and max(widths) <= 360
    page.evaluate("document.fonts.ready")
    lao_label = page.evaluate(
        """(() => { const texts = [...document.querySelectorAll('figure.chart svg text')];
                    const lao = texts.find(t => /[\\u0e80-\\u0eff]/.test(t.textContent));
                    lao.id = 'lao-chart-label'; return lao.textContent; })()"""
    )
    assert lao_label
    assert "Noto Sans Lao" in fonts_drawing(page, "#lao-chart-label")
    context.close()
