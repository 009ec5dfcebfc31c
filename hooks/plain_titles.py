"""Page titles, descriptions and menu names are the editors' text, never markup.

Material writes them into `<title>`, meta tags, the header, the menu, the footer's links and
the search index without escaping (MkDocs' templates do not autoescape). Each is escaped once
here, before any template or Material's search plugin reads it, as `Markup`, so that escaping
it again changes nothing. The page's `<title>` is written by overrides/main.html, since
Material's own runs the title through `striptags`, which undoes the escaping.
"""

from __future__ import annotations

from markupsafe import escape
from mkdocs.plugins import event_priority

WORDS = ("title", "description")


def escaped_menu(items) -> None:
    """Every title of the menu, sections and pages, as text."""
    for item in items:
        if item.title is not None:
            item.title = escape(item.title)
        escaped_menu(getattr(item, "children", None) or [])


@event_priority(100)  # before Material's search plugin indexes the page's title
def on_page_context(context, page, config, nav):
    for word in WORDS:
        if isinstance(page.meta.get(word), str):
            page.meta[word] = escape(page.meta[word])
    page.title = escape(page.title)
    escaped_menu(nav.items)
    return context
