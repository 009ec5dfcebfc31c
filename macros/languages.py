"""The site's languages, read from the one place they are declared: the mkdocs-static-i18n
languages in mkdocs.yml (the default language first, its pages at the site's root, each other
language's under its locale). The checks, the macros, the hooks and the tests all ask here."""

from __future__ import annotations

from pathlib import Path

import yaml
from babel.core import get_global

from .file_state import when_changed
from .project import root

SETTINGS = "mkdocs.yml"


class _SettingsLoader(yaml.SafeLoader):
    """mkdocs.yml as plain data: its tags (`!ENV [SITE_URL, …]`) read as their value."""


_SettingsLoader.add_multi_constructor("!", lambda loader, suffix, node: None)


def languages() -> tuple[str, ...]:
    """The locales of the site's languages, the default first."""
    return _declared(root() / SETTINGS)


def default() -> str:
    return languages()[0]


def prefix(lang: str) -> str:
    """Where a language's pages are under the site's root: "" or "<locale>/"."""
    return "" if lang == default() else f"{lang}/"


def og_locale(lang: str) -> str:
    """The language with its likeliest country, as Open Graph names it ("lo_LA")."""
    language, *_, country = get_global("likely_subtags")[lang].split("_")
    return f"{language}_{country}"


@when_changed
def _declared(settings: Path) -> tuple[str, ...]:
    text = settings.read_text("utf-8")
    try:
        config = yaml.load(text, Loader=_SettingsLoader)
    except yaml.MarkedYAMLError as error:  # the menu's words are the editors' to change
        from .data.strict_yaml import reading_problem  # it reads data files, which ask here

        raise reading_problem(error, text, SETTINGS) from None
    plugins = [
        options
        for plugin in config.get("plugins", [])
        if isinstance(plugin, dict)
        for name, options in plugin.items()
        if name == "i18n"
    ]
    declared = plugins[0]["languages"]
    in_order = sorted(declared, key=lambda language: not language.get("default"))
    return tuple(language["locale"] for language in in_order)
