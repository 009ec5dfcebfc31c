"""The facts page: every fact of the file, grouped as the report is, with its source."""

from __future__ import annotations

from markupsafe import escape

from ..data.facts import Facts
from ..data.word_files import interface_words
from .plain_text import plain
from .rendering import data_element, figure_text
from .site_paths import entry_id, link, statement


def sections(facts: Facts) -> dict[str, list]:
    """Facts by the section of the file they stand in, in the file's order."""
    grouped: dict[str, list] = {}
    for fact in facts:
        grouped.setdefault(fact.id.split(".")[0], []).append(fact)
    return grouped


def facts_page(
    facts: Facts, lang: str, root: str, page_url: str, others: dict[str, tuple[Facts, str]]
) -> str:
    """Markdown headings and HTML tables for every fact, in the reader's language. On a
    phone, site.css lays each row out as a card: label, figure and year, the sentence. Search
    indexes the rows without the column heads and the links' words, which every row repeats.
    `others`: every other edition's facts and facts page, by name; where one of them gives a
    figure of the same year differently, the row says so and links it."""
    said = interface_words(lang)
    words = {key.removeprefix("facts_"): text for key, text in said.items()}
    parts = []
    for section, members in sections(facts).items():
        title = said.get(f"section_{section}", section)
        parts.append(f"## {escape(title)} {{ #{section} }}")
        rows = "".join(_rows(fact, lang, root, page_url, words, others) for fact in members)
        head = "\n".join(
            f"<th>{escape(words[key])}</th>" for key in ("fact", "year", "figure", "source")
        )
        parts.append(
            f'<div class="facts-list"><table><thead data-search-exclude><tr>{head}</tr></thead>\n'
            f"<tbody>{rows}</tbody></table></div>"
        )
    return "\n\n".join(parts)


def _rows(fact, lang, root, page_url, words, others) -> str:
    source = fact.entry.source
    which = "article" if source.page == "article" else "report"
    rows = []
    for year in fact.entry.by_year():
        target = statement(root, source.page, fact.id, year)
        shown = figure_text(fact, fact.value_for(year), lang, words=False)
        quote_lang = "lo" if source.page == "article" else "en"
        rows.append(
            f'<tr id="{escape(entry_id(fact.id, year))}">'
            f'<td class="facts-list__label">{plain(getattr(fact.entry.label, lang))}</td>\n'
            f'<td class="facts-list__year" data-title="{escape(words["year"])}">'
            f"{'' if year is None else year}</td>\n"
            f'<td class="facts-list__figure">{data_element(fact, year, shown)}'
            f"{_restated(fact, year, lang, page_url, words, others)}</td>\n"
            f'<td class="facts-list__source"><q lang="{quote_lang}">'
            f"{plain(fact.entry.quote_for(year))}</q>"
            f' <a href="{escape(link(target, page_url))}" data-search-exclude>'
            f"{escape(words[f'in_{which}'])}</a>"
            "</td></tr>\n"
        )
    return "".join(rows)


def _restated(fact, year, lang, page_url, words, others) -> str:
    """What the other editions give for the same figure, where they give it differently: a
    report may restate a year's figure, and each edition keeps the one it published."""
    if year is None:
        return ""  # a figure of its edition alone (its year, its tier), not a year's count
    notes = []
    for name, (other, facts_page_path) in others.items():
        twin = other.by_id.get(fact.id)
        if twin is None or year not in twin.entry.by_year():
            continue
        value = twin.value_for(year)
        if value == fact.value_for(year):
            continue
        figure = figure_text(twin, value, lang, words=False)
        href = link(f"{facts_page_path}#{entry_id(fact.id, year)}", page_url)
        said = escape(words["restated"]).format(edition=name, figure=escape(figure))
        notes.append(f'<a href="{escape(href)}">{said}</a>')
    return "".join(f'<span class="facts-list__restated">{note}</span>' for note in notes)
