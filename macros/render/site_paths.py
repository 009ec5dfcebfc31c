"""Where things are on the built site: the pages a fact's source names, and the anchors that
join a figure, its facts-page entry and the sentence that states it."""

from __future__ import annotations

from mkdocs.utils import get_relative_url

SOURCE_PAGES = {
    "article": "",
    "overview": "report/",
    "prosecution": "report/prosecution/",
    "protection": "report/protection/",
}
FACTS_PAGE = "facts/"
CHARTS_PAGE = "charts/"
TIERS_PAGE = "tiers/"
GLOSSARY_PAGE = "glossary/"
DOWNLOADS = ("data/facts.json", "data/facts.csv")


def entry_id(fact_id: str, year: int | None) -> str:
    """The id of a fact's row on the facts page."""
    return fact_id if year is None else f"{fact_id}-{year}"


def figure_anchor(fact_id: str, year: int | None) -> str:
    """The id of the first place a page shows the figure."""
    return "fact-" + entry_id(fact_id, year)


def statement(root: str, source_page: str, fact_id: str, year: int | None) -> str:
    """The site path of the figure where the report states it."""
    return root + SOURCE_PAGES[source_page] + "#" + figure_anchor(fact_id, year)


def language_root(lang: str, default_lang: str) -> str:
    return "" if lang == default_lang else f"{lang}/"


def link(target: str, from_page_url: str) -> str:
    """`target` (a site path) as a link from the page at `from_page_url`."""
    return get_relative_url(target, from_page_url or ".")
