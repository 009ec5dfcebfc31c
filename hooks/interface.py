"""The site's own interface words (data/interface.yaml) in each page's language.

- Templates get them as `interface` (the footer, the 404 page).
- The heading links take a title in the page's language: Python-Markdown's `toc` has one
  `permalink_title` for every language.
- A page with figures gets the figure box's skeleton as a <template>, in its language, which
  overrides/assets/javascripts/figures.js fills with the figure's label and sentence as text,
  naming the publisher's language where the page's is another.
"""

from __future__ import annotations

import functools
import re
from pathlib import Path

import yaml
from markupsafe import Markup

STRINGS = Path(__file__).resolve().parents[1] / "data" / "interface.yaml"
HEADING_LINK = re.compile(r'(<a class="headerlink" href="[^"]*") title="Permanent link"')
POPOVER = Markup(
    '<template id="fact-popover"><div class="fact-popover">'
    '<p class="fact-popover__label"></p>'
    '<blockquote class="fact-popover__here"></blockquote>'
    '<p class="fact-popover__original" data-in="report">{original_in_report}</p>'
    '<p class="fact-popover__original" data-in="article">{original_in_article}</p>'
    '<blockquote class="fact-popover__quote"></blockquote>'
    '<ul class="fact-popover__links">'
    '<li data-in="report"><a data-to="statement">{in_report}</a></li>'
    '<li data-in="article"><a data-to="statement">{in_article}</a></li>'
    '<li><a data-to="entry">{in_facts}</a></li></ul>'
    '<button type="button" class="fact-popover__close" aria-label="{close}">&times;</button>'
    "</div></template>"
)


@functools.cache
def _all_strings(modified: int) -> dict[str, dict[str, str]]:
    """The file, read again when it changes (`mkdocs serve` rebuilds in one process)."""
    return yaml.safe_load(STRINGS.read_text("utf-8"))


def strings(config) -> dict[str, str]:
    """The interface words of the language being built."""
    return _all_strings(STRINGS.stat().st_mtime_ns)[config.theme["language"]]


def on_page_context(context, page, config, nav):
    context["interface"] = strings(config)
    return context


def on_template_context(context, template_name, config):
    context["interface"] = strings(config)
    return context


def on_page_content(html: str, page, config, files) -> str:
    title = Markup.escape(strings(config)["permalink"])
    return HEADING_LINK.sub(lambda m: f'{m[1]} title="{title}"', html)


def on_post_page(output: str, page, config) -> str:
    if 'class="fact"' not in output:
        return output
    words = strings(config)
    return output.replace("</body>", f"{POPOVER.format(**words)}</body>", 1)
