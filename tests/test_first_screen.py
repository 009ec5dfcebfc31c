"""The first screen says the news: under each home page's headline, the year's key figures,
each against the year before; titles that agree with the headline; a headline in full ink;
boxes and tables readable; and on a phone, a facts page that lists its sections, leads back to
the top, and keeps the reader's place when the language changes."""

from __future__ import annotations

import re

import pytest
import yaml

from tests.browser import SCREENS, opened_as_read
from tests.editions import NEWEST, ROOT
from tests.facts_file import expected_value, read_facts
from tests.site import LANGUAGES, PREFIX, heading_text

FACTS = read_facts()
WORDS = yaml.safe_load((ROOT / "data" / "interface.yaml").read_text("utf-8"))
PHONE = SCREENS["phone"]
DESKTOP = {"viewport": {"width": 1280, "height": 800}}
# the key figures: the tier, and convictions and victims identified against the year before
KEY_FACTS = {
    ("rating.tier", None),
    ("prosecution.convictions", "current"),
    ("prosecution.convictions", "previous"),
    ("protection.victims_identified", "current"),
    ("protection.victims_identified", "previous"),
}


def year_of(which: str | None) -> str | None:
    if which is None:
        return None
    fact = "report.reporting_year" if which == "current" else "report.previous_year"
    return str(FACTS[fact]["value"])


@pytest.mark.parametrize("lang", LANGUAGES)
def test_home_pages_put_the_key_figures_under_the_headline(site, lang):
    article = site.soup(PREFIX[lang]).select_one("article")
    strip = article.select_one("h1").find_next_sibling()
    assert strip.name == "ul" and "key-figures" in strip["class"]
    assert strip["aria-label"] == WORDS[lang]["key_figures"]
    shown = {(d["data-fact"], d.get("data-year"), d["value"]) for d in strip.select("data")}
    for fact_id, which in KEY_FACTS:
        year = year_of(which)
        assert (fact_id, year, expected_value(FACTS[fact_id], year)) in shown, (fact_id, year)
    # the sentences stay the targets of links to them
    assert strip.select("[id]") == []


@pytest.mark.parametrize("lang", LANGUAGES)
def test_home_page_titles_agree_with_the_headline(site, lang):
    soup = site.soup(PREFIX[lang])
    headline = heading_text(soup.select_one("article h1")).lower()
    title = soup.select_one('meta[property="og:title"]')["content"]
    assert soup.title.get_text().startswith(title)
    menu = soup.select_one(".md-nav__link--active").get_text(strip=True)
    assert title == f"{menu} ({NEWEST})"  # the tab and a shared link name the edition
    for word in menu.lower().split():
        assert word in headline, (word, headline)


def test_both_home_pages_share_as_the_same_kind(site):
    kinds = {
        site.soup(PREFIX[lang]).select_one('meta[property="og:type"]')["content"]
        for lang in LANGUAGES
    }
    assert len(kinds) == 1


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_language_menu_marks_the_pages_own_language(site, lang):
    for path in site.page_paths(lang):
        marked = site.soup(path).select('.md-select__link[aria-current="page"]')
        assert [link["hreflang"] for link in marked] == [lang], path


@pytest.mark.browser
@pytest.mark.parametrize("lang", LANGUAGES)
def test_a_phone_shows_the_key_figures_on_the_first_screen(browser, site_address, lang):
    context = browser.new_context(**PHONE)
    page = context.new_page()
    page.goto(site_address + PREFIX[lang], wait_until="networkidle")
    box = page.locator("ul.key-figures").bounding_box()
    context.close()
    assert box["y"] + box["height"] <= PHONE["viewport"]["height"]


@pytest.mark.browser
@pytest.mark.parametrize("screen", [PHONE, DESKTOP], ids=["phone", "desktop"])
def test_headline_in_full_ink_and_boxes_and_tables_at_15px(browser, site, site_address, screen):
    context = browser.new_context(**screen)
    page = context.new_page()
    small, grey = {}, []
    for lang in LANGUAGES:
        for path in site.page_paths(lang):
            opened_as_read(page, site_address + path)
            sizes = page.eval_on_selector_all(
                "article .admonition p, article table:not([class]) td",
                "cells => cells.map(c => parseFloat(getComputedStyle(c).fontSize))",
            )
            if sizes and min(sizes) < 15:
                small[path] = min(sizes)
            h1, text = page.evaluate(
                """() => [document.querySelector('article h1'), document.querySelector('article')]
                   .map(e => [getComputedStyle(e).color, getComputedStyle(e).fontWeight])"""
            )
            if h1[0] != text[0] or int(h1[1]) < 400:
                grey.append(path)
    context.close()
    assert small == {}
    assert grey == []


@pytest.mark.browser
@pytest.mark.parametrize("lang", LANGUAGES)
def test_a_phone_opens_the_facts_page_with_its_sections(browser, site, site_address, lang):
    path = PREFIX[lang] + "facts/"
    sections = [h2["id"] for h2 in site.soup(path).select("article h2[id]")]
    context = browser.new_context(**PHONE)
    page = context.new_page()
    page.goto(site_address + path, wait_until="networkidle")
    listed = page.locator("article a[href^='#']:not(.headerlink)")
    links = [a for a in listed.all() if a.is_visible() and a.get_attribute("href")[1:] in sections]
    assert [a.get_attribute("href")[1:] for a in links] == sections
    first_section = page.locator(f"[id='{sections[0]}']").bounding_box()["y"]
    assert all(a.bounding_box()["y"] < first_section for a in links)
    links[-1].click()
    page.wait_for_function(f"location.hash === '#{sections[-1]}'")
    page.wait_for_timeout(300)
    assert page.locator(f"[id='{sections[-1]}']").bounding_box()["y"] < 200
    # scrolling back up, Material's back-to-top button shows, and takes the reader up
    page.mouse.wheel(0, -400)
    top = page.locator(".md-top")
    top.wait_for(state="visible")
    top.click()
    page.wait_for_function("window.scrollY === 0")
    context.close()


@pytest.mark.browser
def test_the_language_switch_keeps_the_readers_place(browser, site, site_address):
    path = "facts/"
    entry = site.soup(PREFIX["en"] + path).select("article tr[id]")[-1]["id"]
    assert site.soup(PREFIX["lo"] + path).find(id=entry) is not None
    context = browser.new_context(**PHONE)
    page = context.new_page()
    page.goto(f"{site_address}{PREFIX['en']}{path}#{entry}", wait_until="networkidle")
    page.locator(".md-select button").click()
    page.locator('.md-select__link[hreflang="lo"]').click()
    page.wait_for_url(re.compile(re.escape(f"{site_address}{PREFIX['lo']}{path}#{entry}") + "$"))
    page.wait_for_load_state("networkidle")
    box = page.locator(f"[id='{entry}']").bounding_box()
    context.close()
    assert 0 <= box["y"] < PHONE["viewport"]["height"]
