"""Four corrections to the HTML Material writes, which its templates have no setting for.

- The hreflang alternates come out relative (Material runs them through the `url` filter);
  search engines want them absolute, so they are resolved against the page's canonical URL.
- The search dialog (`role="dialog"`) has no accessible name; it gets its search box's label.
- With `navigation.sections`, a section's label in the navigation gets `tabindex=""`, which is
  not valid HTML (the W3C checker's error); the empty attribute is dropped, as Material means.
- The colour-scheme toggle is not handed to Material's script, which would apply the scheme
  again once the page has loaded; overrides/partials/javascripts/palette.html applies it as the
  header is drawn and answers the toggle (anything that looks for Material's palette component,
  as Material's recipe for comments does, finds none). The browser is told not to restore the
  toggle's state on Back, which would leave it showing one scheme and set to the other.

Each looks for Material 9.8's exact markup and stops the build if it is not there.
"""

import re
from urllib.parse import urljoin

from mkdocs.exceptions import PluginError

ALTERNATE = re.compile(r'(<link rel="alternate" href=")([^"]*)(" hreflang="[^"]+">)')
SEARCH_DIALOG = '<div class="md-search" data-md-component="search" role="dialog">'
SEARCH_LABEL = re.compile(r'class="md-search__input" name="query" aria-label="([^"]*)"')
EMPTY_TABINDEX = re.compile(r'(<label class="md-nav__link[^>]*?) tabindex=""')
PALETTE = '<form class="md-header__option" data-md-component="palette">'


def without_palette_component(output: str, config) -> str:
    if not isinstance(config.theme.get("palette"), list):
        return output  # one scheme, no toggle: Material writes neither form nor component
    if PALETTE not in output:
        raise PluginError("Material's palette markup has changed: check hooks/material_html.py")
    return output.replace(PALETTE, '<form class="md-header__option" autocomplete="off">')


def on_post_page(output: str, page, config) -> str:
    output = ALTERNATE.sub(lambda m: m[1] + urljoin(page.canonical_url, m[2]) + m[3], output)
    output = without_palette_component(EMPTY_TABINDEX.sub(r"\1", output), config)
    label = SEARCH_LABEL.search(output)
    if SEARCH_DIALOG not in output or label is None:
        raise PluginError("Material's search markup has changed: check hooks/material_html.py")
    return output.replace(SEARCH_DIALOG, SEARCH_DIALOG[:-1] + f' aria-label="{label[1]}">')


def on_post_template(output: str, template_name: str, config) -> str:
    """The 404 page has Material's navigation and header too."""
    if not template_name.endswith(".html"):
        return output
    return without_palette_component(EMPTY_TABINDEX.sub(r"\1", output), config)
