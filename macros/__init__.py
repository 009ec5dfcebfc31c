"""Jinja functions that pages call to show the facts of data/facts.yaml (mkdocs-macros-plugin)."""

from __future__ import annotations

from pathlib import Path

from jinja2 import pass_context
from mkdocs.exceptions import PluginError

from . import formatting
from .facts import FactsProblem, UnknownFact, load_facts
from .page_errors import PageFactError, where_written
from .rendering import data_element, figure_text, resolve_year

FACTS_FILE = "data/facts.yaml"


def define_env(env) -> None:
    """Load and check the facts once per language build; register the page functions."""
    project = Path(env.project_dir)
    try:
        facts = load_facts(project / FACTS_FILE, FACTS_FILE)
    except FactsProblem as problem:
        raise PluginError(str(problem)) from None

    def page_language(context) -> str:
        """The language of the text being written: a block may say `text_lang`, else the build's."""
        return context.get("text_lang") or env.conf["plugins"]["i18n"].current_language

    def fail(fact_id: str, message: str):
        includes = sorted((project / env.config["include_dir"]).glob("*.md"))
        page_file = Path(env.page.file.abs_src_path)
        raise PageFactError(f"{where_written(fact_id, page_file, includes, project)}: {message}")

    @env.macro
    @pass_context
    def fact(context, fact_id, year=None, words=None, cap=False, ordinal=False, form=None):
        """A figure from the facts file, in the page's language, inside its <data> element."""
        try:
            found = facts.get(fact_id)
            chosen_year = resolve_year(found, facts, year)
        except UnknownFact as error:
            fail(fact_id, str(error))
        text = figure_text(
            found,
            found.value_for(chosen_year),
            page_language(context),
            words=words,
            ordinal=ordinal,
            form=form,
        )
        return data_element(found, chosen_year, formatting.capitalised(text) if cap else text)
