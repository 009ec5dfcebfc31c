"""Editor's text (labels, quotes, names) as plain text inside the page's Markdown.

HTML escaping is not enough there: Markdown reads `[text](address)`, backticks and `{: … }`
inside raw HTML attributes too, and could turn a label into a link or an attribute. Every
character either language could read as markup is written as a character reference, which
both Markdown and the browser leave as the character itself.
"""

from __future__ import annotations

from markupsafe import Markup

MARKUP_SIGNS = str.maketrans({sign: f"&#{ord(sign)};" for sign in "&<>\"'[]()`*_{}\\~!"})


def plain(text: str) -> Markup:
    """`text`, shown as written wherever it lands in a page."""
    return Markup(str(text).translate(MARKUP_SIGNS))
