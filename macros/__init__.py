"""Jinja functions that pages call to show the facts of data/facts.yaml (mkdocs-macros-plugin)."""

from __future__ import annotations

import functools
from pathlib import Path

from jinja2 import FileSystemLoader, pass_context
from markupsafe import Markup, escape
from mkdocs.exceptions import PluginError

from . import preview
from .checks import translation
from .checks.checked import CheckedEdition, check_project
from .checks.page_check import INCLUDE_DIR
from .data import ratings
from .data.editions import Edition, edition_of
from .data.glossary import checked_terms
from .data.sources import field_text
from .data.tier_history import HISTORY_FILE, streak, streak_note
from .data.tier_history import table as tier_table
from .data.word_files import interface_words
from .render import charts, exports, formatting, glossary_page, share_image, term_links
from .render.edition_pages import edition_list, newest_heading, older_notice
from .render.facts_page import facts_page
from .render.key_figures import strip as key_figure_strip
from .render.plain_text import plain
from .render.rendering import UNMARKED_KINDS, data_element, figure_link, figure_text, resolve_year
from .render.site_paths import (
    DOWNLOADS,
    FACTS_PAGE,
    GLOSSARY_PAGE,
    TIERS_PAGE,
    entry_id,
    figure_anchor,
    language_root,
    link,
    statement,
)
from .render.tier_chart import tier_chart


def define_env(env) -> None:
    """Check the whole project once per language build, then register the page functions.

    A mistake stops the build with its lines; in the preview (`make serve`) it is shown in the
    terminal and on every page instead, and the next save that fixes it brings the site back."""
    project = Path(env.project_dir)
    checked = check_project(project)
    env.problems = checked.problems
    env.checked = checked
    if checked.problems:
        if not preview.running():
            raise PluginError("\n".join(checked.problems))
        preview.report(checked.problems)
        return
    i18n = env.conf["plugins"]["i18n"]
    anchored: set[tuple[str, str]] = set()

    def reader_language() -> str:
        """The language of the page being built (its interface, tooltips and links)."""
        return i18n.current_language

    @functools.cache
    def own_edition(source: str) -> Edition | None:
        """The edition a page's file is in (None for a page every edition shares), found once
        for all of its figures."""
        return edition_of(Path(source).relative_to(project), checked.editions)

    def edition() -> CheckedEdition:
        """The edition of the page being built (the newest, on the pages all editions share)."""
        found = own_edition(env.page.file.abs_src_path) or checked.editions.newest
        return checked.by_edition[found.name]

    def root() -> str:
        """The site path of the page's edition, in the reader's language."""
        return f"{lang_root()}{edition().edition.name}/"

    def figure(
        fact_id,
        year=None,
        text_lang=None,
        *,
        anchorable=True,
        words=None,
        cap=False,
        ordinal=False,
        form=None,
        wording=None,
        digits=None,
    ):
        """A figure as a page shows it: inside its <data> element, linked to its source. The
        first of a figure on a page is the target of links to its sentence, if `anchorable`."""
        facts = edition().facts
        found = facts.get(fact_id)
        chosen_year = resolve_year(found, facts, year)
        text = wording or figure_text(
            found,
            found.value_for(chosen_year),
            text_lang or reader_language(),
            words=words,
            ordinal=ordinal,
            form=form,
        )
        if digits == "lao":
            text = formatting.lao_digits(text)
        anchor = figure_anchor(fact_id, chosen_year)
        first_here = anchorable and (env.page.url, anchor) not in anchored
        if anchorable:
            anchored.add((env.page.url, anchor))
        element = data_element(
            found,
            chosen_year,
            formatting.capitalised(text) if cap else text,
            anchor if first_here else None,
            worded=wording is not None,
        )
        if found.kind in UNMARKED_KINDS:
            return element
        entry = root() + FACTS_PAGE + "#" + entry_id(fact_id, chosen_year)
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
    @pass_context
    def fact(context, fact_id, year=None, **options):
        """A figure from the facts file, in the text's language (a block in another language
        than the page sets `text_lang`), inside its <data> element, linked to its source.
        Options: `words`, `cap`, `ordinal`, `form`; `wording`, the text's own words for the
        figure ("did not convict any"); `digits="lao"`, in Lao digits, where the source does."""
        return figure(fact_id, year, context.get("text_lang"), **options)

    @env.macro
    def key_figures() -> Markup:
        """The year's key figures under a home page's headline, each against the year before;
        they link to their sentences and leave the sentences the figures' link targets."""
        year = edition().facts.get("report.year").value_for(None)
        run = streak(checked.history, year)
        return key_figure_strip(
            interface_words(reader_language()),
            lambda fact_id, year, lang: figure(fact_id, year, lang, anchorable=False),
            remained=run is not None and run.years > 1,
        )

    def lang_root() -> str:
        return language_root(reader_language(), i18n.default_language)

    @env.macro
    def newest_edition() -> Markup:
        """The newest edition named and linked over its key figures; a rating the tier history
        gives for a later report year, one the site does not hold yet, said under it."""
        name = checked.editions.newest.name
        said = interface_words(reader_language())
        later = [
            (year, entry.rating)
            for year, entry in sorted(checked.history.items())
            if year > int(name) and entry.rating != ratings.UNKNOWN
        ]
        history = Markup('<a href="{}">{}</a>').format(
            link(lang_root() + TIERS_PAGE, env.page.url), said["tier_history_link"]
        )
        found = None
        if later:
            year, rating = later[-1]
            found = (year, ratings.words(rating, reader_language()), history)
        return newest_heading(said, name, link(f"{lang_root()}{name}/", env.page.url), found)

    @env.macro
    def glossary_table() -> Markup:
        """Every term of the glossary, in both languages, the reader's first."""
        words = interface_words(reader_language())
        return glossary_page.glossary_table(checked_terms(project), reader_language(), words)

    @env.macro
    def every_edition() -> Markup:
        """Every edition, newest first, each linked in the reader's language."""
        names = [edition.name for edition in reversed(checked.editions.all)]
        return edition_list(
            interface_words(reader_language()),
            names,
            lambda name, page: link(f"{lang_root()}{name}/{page}", env.page.url),
        )

    def page_edition() -> str | None:
        """The edition of the page being built, if it is a page of one."""
        own = own_edition(env.page.file.abs_src_path)
        return own.name if own is not None else None

    def earlier_edition() -> str | None:
        """The page's edition, if it is an earlier one than the newest."""
        own = own_edition(env.page.file.abs_src_path)
        return own.name if own is not None and own != checked.editions.newest else None

    def notice(name: str) -> str:
        """The notice a page of the earlier edition `name` starts with."""
        newest = checked.editions.newest.name
        href = link(f"{lang_root()}{newest}/", env.page.url)
        return older_notice(interface_words(reader_language()), name, newest, href)

    env.page_edition, env.earlier_edition, env.earlier_notice = (
        page_edition,
        earlier_edition,
        notice,
    )
    loaders: dict[str, FileSystemLoader] = {}

    def texts_loader() -> FileSystemLoader:
        """Includes name the edition's own texts (report/<edition>/) before the shared ones."""
        folder = edition().edition.text_folder
        if folder not in loaders:
            loaders[folder] = FileSystemLoader([project / folder, project / INCLUDE_DIR])
        return loaders[folder]

    env.texts_loader = texts_loader

    @env.macro
    @pass_context
    def chapter_text(context, name: str) -> Markup:
        """The edition's English text `name` on a page of the reader's language: where the
        edition has the site's reading of it in that language, its notice and each paragraph
        of it with its English original under it, one tap away; else a notice and the English."""
        english = project / edition().edition.text_folder / f"{name}.md"
        translated = translation.translation_of(english)
        words = interface_words(reader_language())

        def rendered(text: str, lang: str | None) -> str:
            return env.env.from_string(text).render({**context.get_all(), "text_lang": lang})

        if not translated.is_file():
            notice = env.env.get_template(translation.UNTRANSLATED_NOTICE).render(context.get_all())
            body = rendered(english.read_text("utf-8"), "en")
            return Markup(f'{notice}\n\n<div lang="en" markdown>\n\n{body}\n\n</div>\n')
        notice = env.env.get_template(translation.TRANSLATED_NOTICE).render(context.get_all())
        glossary = link(lang_root() + GLOSSARY_PAGE, env.page.url)
        terms = checked_terms(project)
        key_terms = term_links.key_terms(terms, set(ratings.ratings()), translation.LANGUAGE)
        linked = term_links.linker(key_terms, lambda key: f"{glossary}#{key}")
        pairs = zip(
            translation.paragraphs(translated.read_text("utf-8")),
            translation.paragraphs(english.read_text("utf-8")),
            strict=True,
        )
        return Markup(
            notice
            + "".join(
                translation.paired(
                    linked(rendered(ours.text, None)),
                    rendered(theirs.text, "en"),
                    reader_language(),
                    str(escape(words["original_paragraph"])),
                )
                for ours, theirs in pairs
            )
        )

    @env.macro
    def facts_table() -> str:
        """Every fact, grouped by section, each with its source (the facts page)."""
        own = edition().edition.name
        others = {
            name: (other.facts, f"{lang_root()}{name}/{FACTS_PAGE}")
            for name, other in checked.by_edition.items()
            if name != own
        }
        return facts_page(edition().facts, reader_language(), root(), env.page.url, others)

    @env.macro
    def downloads() -> Markup:
        """Links to the edition's facts as JSON and CSV."""
        folder = edition().edition.name
        return Markup(" · ").join(
            Markup('<a href="{}" download>{}</a>').format(
                link(f"{folder}/{path}", env.page.url), Path(path).name
            )
            for path in DOWNLOADS
        )

    @env.macro
    def source(name: str, field: str) -> str:
        """A field of a credited source (data/sources.yaml) as plain text in the page's language."""
        text = field_text(edition().sources[name], field, reader_language())
        return Markup(text) if field == "url" else plain(text)

    @env.macro
    def same_page_in(lang: str) -> str:
        """The link to this page in another language of the site (the article to the article
        it translates, in the same edition)."""
        bare = env.page.url.removeprefix(lang_root())
        return link(language_root(lang, i18n.default_language) + bare, env.page.url)

    @env.macro
    def page_address() -> str:
        """The page's own address, for the printed page."""
        return plain(env.page.canonical_url)

    @env.macro
    def tier_history() -> Markup:
        """The country's rating in every report year (data/tier-history.yaml), with where each
        was read."""
        words = interface_words(reader_language())
        chart = tier_chart(checked.history, reader_language(), words)
        return chart + tier_table(checked.history, reader_language(), words)

    @env.macro
    def years_on_tier() -> Markup:
        """The site's own count of the report year's years in a row on its rating, from the
        tier history, linking the tier history page."""
        year = edition().facts.get("report.year").value_for(None)
        found = streak(checked.history, year)
        if found is None:
            raise PluginError(f"{HISTORY_FILE}: {year} has no known rating: add it there")
        here = env.page.url == lang_root() + TIERS_PAGE
        href = None if here else link(lang_root() + TIERS_PAGE, env.page.url)
        return streak_note(found, reader_language(), interface_words(reader_language()), href)

    @env.macro
    def chart(name: str) -> Markup:
        """A chart drawn from the facts at build time: inline SVG, and its numbers as a table."""
        every = checked.editions.all  # oldest first
        before = every[: every.index(edition().edition)]
        earlier = tuple((other.name, checked.by_edition[other.name].facts) for other in before)
        return charts.figure(name, edition().facts, reader_language(), earlier[::-1])


def on_pre_page_macros(env) -> None:
    """In the preview of a project with a mistake, no page renders its macros (in its text
    or its title)."""
    if env.problems:
        env.markdown = ""
        env.page.title = preview.TITLE
    else:
        env.env.loader = env.texts_loader()


def on_post_page_macros(env) -> None:
    """...and every page says what is wrong instead. A page of an earlier edition says which
    edition it is, and links the newest; its search searches that edition."""
    if env.problems:
        env.markdown = preview.page(env.problems)
        return
    if edition := env.page_edition():
        env.page.meta["edition"] = edition  # named in the page's title and sharing tags
    if earlier := env.earlier_edition():
        env.markdown = _after_title(env.markdown, env.earlier_notice(earlier))
        env.page.meta["search_edition"] = earlier  # overrides/main.html: search that edition


def _after_title(markdown: str, notice: str) -> str:
    """`notice` under the page's first heading (or at its top, if it has none)."""
    lines = markdown.split("\n")
    heading = next((i for i, line in enumerate(lines) if line.startswith("# ")), -1)
    return "\n".join([*lines[: heading + 1], "", notice, *lines[heading + 1 :]])


def on_post_build(env) -> None:
    """Draw the language's share picture; write the downloads once, when the site's root (the
    default language) is built."""
    i18n = env.conf["plugins"]["i18n"]
    if env.problems:
        return
    lang = i18n.current_language
    checked = env.checked
    site_dir = Path(env.conf["site_dir"])
    tier = share_image.tier_line(checked.newest.facts, lang)
    share_image.write(site_dir, lang, env.conf["site_name"], tier)
    if lang == i18n.default_language:
        exports.write(
            {name: edition.facts for name, edition in checked.by_edition.items()}, site_dir
        )
