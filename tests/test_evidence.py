"""Every figure's quoted sentence is the publisher's, word for word, and states that figure,
read back here independently of the site's own check; a figure changed without its sentence
stops the build."""

from __future__ import annotations

import re

import pytest

from tests.facts_file import quote_for, read_facts
from tests.shown_figures import ORDINALS, WORDS, date, number
from tests.site import squeezed
from tests.source_text import SOURCE

FACTS = read_facts()
SOURCE_TEXT = squeezed(SOURCE.read_text("utf-8"))
FACT_YEARS = [
    (fact_id, year) for fact_id, fact in FACTS.items() for year in fact.get("values", [None])
]
NUMERAL = re.compile(r"\$?[0-9\u0ed0-\u0ed9][0-9\u0ed0-\u0ed9,]*(?:\.[0-9]+)?(?: million)?")
MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
ENGLISH_DATE = re.compile(rf"(?:{MONTHS}) (?:\d{{1,2}}, )?\d{{4}}")
LAO_DATE = re.compile(r"[\u0ed0-\u0ed9]+ \S+ [\u0ed0-\u0ed9]{4}")


def figures_in(quote: str) -> set[int]:
    """Every whole number the sentence states, in digits or in words."""
    found = {number(text.rstrip(","), "en") for text in NUMERAL.findall(quote)}
    for words in (WORDS["en"], ORDINALS):
        found |= {
            words.index(word) + 1 for word in re.findall(r"[a-z]+", quote.lower()) if word in words
        }
    found |= {WORDS["lo"].index(word) + 1 for word in WORDS["lo"] if word in quote}
    return found


def dates_in(quote: str) -> set[str]:
    found = {date(text, "en") for text in ENGLISH_DATE.findall(quote)}
    return found | {date(text, "lo") for text in LAO_DATE.findall(quote)}


def value_of(fact: dict, year: int | None):
    return fact["values"][year] if year is not None else fact["value"]


@pytest.mark.parametrize("fact_id, year", FACT_YEARS, ids=lambda item: str(item))
def test_each_figure_is_stated_by_its_own_sentence_in_the_source(site, fact_id, year):
    fact = FACTS[fact_id]
    quote = quote_for(fact, year)
    assert squeezed(quote) in SOURCE_TEXT
    value = value_of(fact, year)
    if fact["kind"] == "date":
        assert value in dates_in(quote)
    elif fact["kind"] == "month":
        assert value in {day[:7] for day in dates_in(quote)}
    elif isinstance(value, dict):
        assert {value["min"], value["max"]} <= figures_in(quote)
    elif value == 0:  # stated in words: the words some page gives for it are in the sentence
        selector = f'data[data-fact="{fact_id}"][data-year="{year}"][data-wording]'
        pages = [site.soup(path) for path in site.page_paths("en")]
        wordings = {element.get_text() for page in pages for element in page.select(selector)}
        assert any(wording in quote for wording in wordings), (wordings, quote)
    else:
        assert value in figures_in(quote), (value, quote)
