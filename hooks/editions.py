"""Each edition at its own address: the menu presents the newest edition, and every address the
site had before it kept editions apart (/report/prosecution/, /en/facts/) leads to that
edition's page at its own address, on any static host (a page that sends the browser on, with
a link for a reader whose browser does not follow it)."""

from __future__ import annotations

import base64
import hashlib
import html
import json
from pathlib import Path

from mkdocs.utils import get_relative_url

# The macros package is importable once mkdocs-macros has loaded it: its on_config runs before
# the hooks' own.


def on_config(config):
    """`newest/` in the menu is the newest edition's folder."""
    from macros.data.editions import readable_editions

    known = readable_editions(Path(config.config_file_path).parent)
    if known is not None:
        config.nav = _menu(config.nav, known)
    return config


def _menu(entries, known):
    from macros.data.editions import newest_path

    if isinstance(entries, list):
        return [_menu(entry, known) for entry in entries]
    if isinstance(entries, dict):
        return {title: _menu(entry, known) for title, entry in entries.items()}
    return newest_path(entries, known)


def on_post_build(config) -> None:
    """The language's earlier addresses, each a page that leads to where its page now is."""
    from macros.data.editions import readable_editions
    from macros.data.word_files import interface_words
    from macros.render.site_paths import language_root

    project = Path(config.config_file_path).parent
    i18n = config.plugins["i18n"]
    lang = i18n.current_language
    known = readable_editions(project)
    if known is None:
        return
    edition = known.unprefixed
    pages = project / edition.pages_folder(lang)
    site = Path(config.site_dir)
    root = language_root(lang, i18n.default_language)
    words = interface_words(lang)
    for page in sorted(pages.rglob("*.md")):
        address = root + _address(page.relative_to(pages))
        if (project / "docs" / lang / page.relative_to(pages)).exists():
            continue  # a page of its own holds that address
        target = f"{root}{edition.name}/{_address(page.relative_to(pages))}"
        stub = site / address / "index.html"
        stub.parent.mkdir(parents=True, exist_ok=True)
        stub.write_text(_leading_page(lang, words, address, target, config.site_url), "utf-8")


def _address(relative: Path) -> str:
    """The site path of a page's Markdown file ("report/index.md" is "report/")."""
    parts = relative.with_suffix("").parts
    if parts[-1] == "index":
        parts = parts[:-1]
    return "".join(f"{part}/" for part in parts)


def _leading_page(lang: str, words: dict, address: str, target: str, site_url: str) -> str:
    """The page at an earlier address: it sends the browser on at once, with the place in the
    page (`#…`) a shared link named; without scripts, the refresh and the link do. Its policy
    allows its one script and nothing else."""
    here = get_relative_url(target, address or ".")
    canonical = html.escape(site_url.rstrip("/") + "/" + target)
    moved = html.escape(words["moved"])
    script = f"location.replace({json.dumps(here)} + location.hash)"
    digest = base64.b64encode(hashlib.sha256(script.encode()).digest()).decode()
    return (
        f'<!doctype html>\n<html lang="{lang}">\n<head>\n<meta charset="utf-8">\n'
        f'<meta http-equiv="Content-Security-Policy" content="default-src \'none\'; '
        f"script-src 'sha256-{digest}'\">\n"
        f"<title>{moved.rstrip(':')}</title>\n"
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        '<meta name="robots" content="noindex">\n'
        f'<link rel="canonical" href="{canonical}">\n'
        f"<script>{script}</script>\n"
        f'<meta http-equiv="refresh" content="0; url={html.escape(here)}">\n'
        f'</head>\n<body>\n<p>{moved} <a href="{html.escape(here)}">{canonical}</a></p>\n'
        "</body>\n</html>\n"
    )
