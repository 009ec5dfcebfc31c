"""In the preview (`make serve`), while the project has a mistake, MkDocs reads no page's file:
the mistake may be in a page's settings (an alias bomb MkDocs would expand without end), and
every page shows the mistake instead (macros/preview.py). A build stops before reading pages."""

from __future__ import annotations


def on_page_read_source(page, config) -> str | None:
    """An empty page in place of the file while the check has found a mistake."""
    if getattr(config.plugins.get("macros"), "problems", None):
        return ""
    return None
