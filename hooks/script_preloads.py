"""Every script a page loads is asked for with the page's stylesheets, not one after another.

With a Content-Security-Policy in a `<meta>` (hooks/content_security.py), Chromium's preload
scanner does not look past the head's first inline script while that script waits for the
stylesheets, so each script at the end of the body was fetched only when the parser reached
it: on a slow link the last one arrived seconds after the page was drawn. A preload link for
each, before that inline script, asks for all of them at once; `fetchpriority="low"` keeps them
behind the stylesheets, so the page is drawn no later. They still run in the order written.
"""

from __future__ import annotations

import re

from mkdocs.plugins import event_priority

SCRIPT_SOURCE = re.compile(r'<script src="([^"]+)"')
FIRST_INLINE_SCRIPT = "<script>"


def on_post_page(output: str, page, config) -> str:
    return with_preloads(output)


@event_priority(100)  # the 404 page: before hooks/root_404.py keeps the default language's
def on_post_template(output: str, template_name: str, config) -> str:
    return with_preloads(output) if template_name.endswith(".html") else output


def with_preloads(output: str) -> str:
    """The page with a preload link for each of its scripts before its first inline one."""
    head_end = output.find("</head>")
    inline = output.find(FIRST_INLINE_SCRIPT, 0, head_end)
    if inline < 0:
        return output
    preloads = "".join(
        f'<link rel="preload" fetchpriority="low" href="{source}" as="script">'
        for source in SCRIPT_SOURCE.findall(output)
    )
    return output[:inline] + preloads + output[inline:]
