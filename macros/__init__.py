"""Jinja functions that pages call to show the facts of data/facts.yaml (mkdocs-macros-plugin)."""

from __future__ import annotations

from pathlib import Path

from jinja2 import pass_context
from markupsafe import Markup
from mkdocs.exceptions import PluginError

from . import charts, exports, formatting, share_image
from .facts import FACTS_FILE, FactsProblem, UnknownFact, load_facts
from .facts_page import facts_page
from .page_errors import PageFactError, where_written
from .rendering import data_element, figure_link, figure_text, resolve_year
from .site_paths import (
    DOWNLOADS,
    FACTS_PAGE,
    SOURCE_PAGES,
    entry_id,
    figure_anchor,
    language_root,
    link,
    statement,
)


def define_env(env) -> None:
    """Load and check the facts once per language build; register the page functions."""
    project = Path(env.project_dir)
    try:
        facts = load_facts(project / FACTS_FILE, FACTS_FILE)
    except FactsProblem as problem:
        raise PluginError(str(problem)) from None
    i18n = env.conf["plugins"]["i18n"]
    anchored: set[tuple[str, str]] = set()

    def reader_language() -> str:
        """The language of the page being built (its interface, tooltips and links)."""
        return i18n.current_language

    def root() -> str:
        return language_root(reader_language(), i18n.default_language)

    def fail(name: str, message: str):
        """Stop the build at the page's call naming `name` (a fact or a chart)."""
        includes = sorted((project / env.config["include_dir"]).glob("*.md"))
        page_file = Path(env.page.file.abs_src_path)
        raise PageFactError(f"{where_written(name, page_file, includes, project)}: {message}")

    @env.macro
    @pass_context
    def fact(
        context, fact_id, year=None, words=None, cap=False, ordinal=False, form=None, wording=None
    ):
        """A figure from the facts file, in the text's language (a block in another language
        than the page sets `text_lang`), inside its <data> element, linked to its source.
        `wording` is the text's own words for the figure ("did not convict any")."""
        try:
            found = facts.get(fact_id)
            chosen_year = resolve_year(found, facts, year)
        except UnknownFact as error:
            fail(fact_id, str(error))
        text = wording or figure_text(
            found,
            found.value_for(chosen_year),
            context.get("text_lang") or reader_language(),
            words=words,
            ordinal=ordinal,
            form=form,
        )
        anchor = figure_anchor(fact_id, chosen_year)
        first_here = (env.page.url, anchor) not in anchored
        anchored.add((env.page.url, anchor))
        element = data_element(
            found,
            chosen_year,
            formatting.capitalised(text) if cap else text,
            anchor if first_here else None,
            worded=wording is not None,
        )
        source_page = root() + SOURCE_PAGES[found.entry.source.page]
        entry = root() + FACTS_PAGE + "#" + entry_id(fact_id, chosen_year)
        if first_here and env.page.url == source_page:
            target = entry
        else:
            target = statement(root(), found.entry.source.page, fact_id, chosen_year)
        return figure_link(
            found,
            chosen_year,
            element,
            reader_language(),
            link(target, env.page.url),
            link(entry, env.page.url),
        )

    @env.macro
    def facts_table() -> str:
        """Every fact, grouped by section, each with its source (the facts page)."""
        return facts_page(facts, reader_language(), root(), env.page.url)

    @env.macro
    def downloads() -> Markup:
        """Links to the facts as JSON and CSV."""
        return Markup(" · ").join(
            Markup('<a href="{}" download>{}</a>').format(link(path, env.page.url), Path(path).name)
            for path in DOWNLOADS
        )

    @env.macro
    def chart(name: str) -> Markup:
        """A chart drawn from the facts at build time: inline SVG, and its numbers as a table."""
        if name not in charts.CHARTS:
            fail(name, charts.unknown_chart(name))
        return charts.figure(name, facts, reader_language())


def on_post_build(env) -> None:
    """Draw the language's share picture; write the downloads once, when the site's root (the
    default language) is built."""
    i18n = env.conf["plugins"]["i18n"]
    lang = i18n.current_language
    facts = load_facts(Path(env.project_dir) / FACTS_FILE, FACTS_FILE)
    site_dir = Path(env.conf["site_dir"])
    share_image.write(site_dir, lang, env.conf["site_name"], share_image.tier_line(facts, lang))
    if lang == i18n.default_language:
        exports.write(facts, site_dir)
