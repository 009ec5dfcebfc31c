"""Make the hreflang alternates absolute, as search engines require.

Material writes them through the `url` filter, which makes every link relative; the language
switcher needs that, the `<link rel="alternate" hreflang>` tags do not. This rewrites only
those tags, against the page's canonical URL (so `site_url` must be set).
"""

import re
from urllib.parse import urljoin

ALTERNATE = re.compile(r'(<link rel="alternate" href=")([^"]*)(" hreflang="[^"]+">)')


def on_post_page(output: str, page, config) -> str:
    base = page.canonical_url
    return ALTERNATE.sub(lambda m: m[1] + urljoin(base, m[2]) + m[3], output)
