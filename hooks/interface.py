"""The site's own interface words (data/interface.yaml) in each page's language.

- Templates get them as `interface` (the footer, the 404 page).
- The heading links take a title in the page's language: Python-Markdown's `toc` has one
  `permalink_title` for every language.
- A page with figures gets the figure box's skeleton as a <template>, in its language, which
  overrides/assets/javascripts/figures.js fills with the figure's label and sentence as text,
  naming the publisher's language where the page's is another.
"""

from __future__ import annotations

import re

from markupsafe import Markup

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


def strings(config) -> dict[str, str]:
    """The interface words of the language being built, as the check read them."""
    from macros.data.word_files import (
        interface_words,  # importable once mkdocs-macros has loaded it
    )

    return interface_words(config.theme["language"])


def on_page_context(context, page, config, nav):
    context["interface"] = strings(config)
    return context


def on_template_context(context, template_name, config):
    """The words of the language being built, and, for the 404 page, which speaks them all,
    each language with its home page's path and its words."""
    from macros import languages
    from macros.data.word_files import interface_words

    context["interface"] = strings(config)
    context["every_language"] = [
        (lang, languages.prefix(lang), interface_words(lang)) for lang in languages.languages()
    ]
    return context


def on_page_content(html: str, page, config, files) -> str:
    title = Markup.escape(strings(config)["permalink"])
    return HEADING_LINK.sub(lambda m: f'{m[1]} title="{title}"', html)


def on_post_page(output: str, page, config) -> str:
    if 'class="fact"' not in output:
        return output
    words = strings(config)
    return output.replace("</body>", f"{POPOVER.format(**words)}</body>", 1)
