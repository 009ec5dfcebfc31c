"""A reader who doubts a figure: its label and source on hover and keyboard focus, in the page's
language first; a click, a tap or Enter opens its box, whose first link leads to the sentence that
states it and marks it there; charts that read in dark mode, on a phone, in Lao."""

from __future__ import annotations

import pytest

from macros.checks import translation
from macros.render.site_paths import SOURCE_PAGES
from tests.browser import OPEN_ORIGINALS, fonts_drawing
from tests.editions import texts_folder
from tests.facts_file import quote_for, read_facts
from tests.site import LANGUAGES, PREFIX

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
    page.goto(site_address + PREFIX["en"], wait_until="networkidle")
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


MARKED = "[...(CSS.highlights.get('fact-sentence') || [])].map(r => r.toString()).join('')"
MARKED_IN_VIEW = """() => { const [range] = CSS.highlights.get('fact-sentence');
    const box = range.getBoundingClientRect();
    return box.top >= 0 && box.bottom <= innerHeight }"""
FIGURES_HERE = """[...document.querySelectorAll('article a.fact')].map(figure => {
    const data = figure.querySelector('data');
    return [data.dataset.fact, data.dataset.year || null] })"""


def spaced(text: str) -> str:
    return " ".join(text.split())


@pytest.mark.parametrize("path", PREFIX.values())
def test_a_click_or_enter_opens_the_box_and_its_link_marks_the_sentence(site_address, page, path):
    address = site_address + path
    page.goto(address, wait_until="networkidle")
    figure = page.locator("a.fact", has_text=VICTIMS_SHOWN).first
    box = page.locator('#fact-popover-box[role="dialog"]')
    figure.click()
    box.wait_for()
    assert page.url == address
    page.keyboard.press("Escape")
    assert box.count() == 0
    page.keyboard.press("Enter")  # focus is back on the figure
    box.wait_for()
    assert page.url == address
    box.locator('a[data-to="statement"]').click()
    page.wait_for_url(address + "report/protection/#*")
    page.wait_for_function(f"{MARKED} !== ''")
    read = (texts_folder() / f"protection{translation.SUFFIX}").is_file()
    if path == PREFIX[translation.LANGUAGE] and read:
        # the site's reading: the figure's own paragraph, the report's sentence folded under it
        paragraph = page.locator(":target").evaluate("data => data.closest('p, li').textContent")
        assert spaced(page.evaluate(MARKED)) == spaced(paragraph)
        page.wait_for_function(
            """() => { const box = document.querySelector(':target').getBoundingClientRect();
            return box.top >= 0 && box.bottom <= innerHeight }"""
        )
    else:
        assert spaced(page.evaluate(MARKED)) == spaced(VICTIMS_NOW)
        page.wait_for_function(MARKED_IN_VIEW)


def test_no_figure_leads_to_its_facts_entry_as_its_sentence(site):
    for lang in LANGUAGES:
        for path in site.page_paths(lang):
            for figure in site.soup(path).select("article a.fact"):
                assert figure["href"] != figure["data-entry"], (path, figure["href"])


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_box_leads_to_the_sentence_on_this_page_and_marks_it(site_address, page, lang):
    """Every figure of the protection page whose sentence is on that page: the box's first link
    stays on the page, brings the sentence into view and marks it, the whole sentence."""
    address = site_address + PREFIX[lang] + SOURCE_PAGES["protection"]
    page.goto(address, wait_until="networkidle")
    page.evaluate(OPEN_ORIGINALS)
    figures = page.locator("article a.fact")
    box = page.locator('#fact-popover-box[role="dialog"]')
    checked = 0
    for index, (fact_id, year) in enumerate(page.evaluate(FIGURES_HERE)):
        fact = FACTS[fact_id]
        if fact["source"]["page"] != "protection":
            continue
        page.evaluate("CSS.highlights.clear()")
        figures.nth(index).click()
        statement = box.locator('a[data-to="statement"]')
        assert statement.get_attribute("href") != box.locator('a[data-to="entry"]').get_attribute(
            "href"
        )
        statement.click()
        page.wait_for_function(f"{MARKED} !== ''")
        assert page.url.startswith(address)
        assert spaced(page.evaluate(MARKED)) == spaced(quote_for(fact, year)), fact_id
        page.wait_for_function(MARKED_IN_VIEW)  # the page may scroll smoothly
        checked += 1
    assert checked


def test_a_translated_sentence_is_marked_where_the_figure_stands(site, site_address, page):
    """On the article's translation, the box of a figure the article states leads to the
    translated sentence on the same page: the paragraph the figure stands in is marked."""
    address = site_address + PREFIX["en"]
    page.goto(address, wait_until="networkidle")
    figures = page.locator("article p a.fact")
    ids = figures.evaluate_all("all => all.map(f => f.querySelector('data').dataset.fact)")
    index = next(
        i for i, fact_id in enumerate(ids) if FACTS[fact_id]["source"]["page"] == "article"
    )
    figure = figures.nth(index)
    figure.click()
    page.locator('#fact-popover-box a[data-to="statement"]').click()
    page.wait_for_function(f"() => {MARKED} !== ''")
    assert page.url.startswith(address)
    paragraph = figure.evaluate("f => f.closest('p').textContent")
    assert spaced(page.evaluate(MARKED)) == spaced(paragraph)
    page.wait_for_function(MARKED_IN_VIEW)


# The text of the figure's block in the page's language (text marked as another is left out)
IN_PAGE_LANGUAGE = """f => {
  const block = f.closest('p, li, td, th, h1, h2, h3')
  const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT)
  let text = ''
  for (let node = walker.nextNode(); node; node = walker.nextNode())
    if (node.parentElement.closest('[lang]').lang === document.documentElement.lang)
      text += node.data
  return text
}"""


@pytest.mark.parametrize(
    "path", [*PREFIX.values(), *(prefix + "report/protection/" for prefix in PREFIX.values())]
)
def test_the_box_quotes_in_the_pages_language_first(site, site_address, page, path):
    """A sentence in another language than the page's comes second, named as the original;
    first comes the page's own sentence around the figure, where the figure stands in the
    page's language (the article, or its translation)."""
    page.goto(site_address + path, wait_until="networkidle")
    page.evaluate(OPEN_ORIGINALS)
    page_lang = page.evaluate("document.documentElement.lang")
    figures = page.locator("article a.fact")
    box = page.locator("#fact-popover-box")
    for index, (fact_id, year) in enumerate(page.evaluate(FIGURES_HERE)):
        figure = figures.nth(index)
        figure.focus()
        box.wait_for()
        quote = box.locator(".fact-popover__quote")
        assert quote.inner_text() == quote_for(FACTS[fact_id], year)
        quote_lang = "lo" if FACTS[fact_id]["source"]["page"] == "article" else "en"
        assert quote.get_attribute("lang") == quote_lang
        here = box.locator(".fact-popover__here")
        original = box.locator(".fact-popover__original")
        if quote_lang == page_lang:
            assert here.count() == original.count() == 0, fact_id
            continue
        assert original.count() == 1 and original.inner_text(), fact_id
        text_lang = figure.evaluate("figure => figure.closest('[lang]').lang")
        if text_lang != page_lang:
            assert here.count() == 0, fact_id
            continue
        block = figure.evaluate(IN_PAGE_LANGUAGE)
        shown = here.inner_text().strip("… ")
        assert spaced(figure.inner_text()) in shown, fact_id
        assert spaced(shown) in spaced(block.replace("\u00b6", "")), fact_id
        ordered = box.evaluate(
            "box => [...box.querySelectorAll('.fact-popover__here, .fact-popover__original, "
            ".fact-popover__quote')].map(e => e.className)"
        )
        assert ordered == ["fact-popover__here", "fact-popover__original", "fact-popover__quote"]


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
    page.goto(site_address + PREFIX["lo"] + "charts/", wait_until="networkidle")
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
