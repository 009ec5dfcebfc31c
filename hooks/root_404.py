"""The 404 page at the site's root speaks the default language's interface.

mkdocs-static-i18n builds the site once per language, and each build writes the one
`404.html`: the last language built (English) wins, although Lao is the default. The page the
default language's build wrote is kept and written back once every language is built. Its
content (overrides/404.html) says the same in Lao and English.
"""

from __future__ import annotations

from pathlib import Path

from mkdocs.plugins import event_priority

kept: dict[str, str] = {}


def on_post_template(output: str, template_name: str, config) -> str:
    i18n = config.plugins["i18n"]
    if template_name == "404.html" and i18n.current_language == i18n.default_language:
        kept[str(Path(config.site_dir) / "404.html")] = output
    return output


@event_priority(-100)  # after mkdocs-static-i18n has built the other languages
def on_post_build(config) -> None:
    for path, output in kept.items():
        Path(path).write_text(output, "utf-8")
