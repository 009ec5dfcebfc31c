"""The report's key terms one tap from their glossary entry: on a page of the site's reading,
the first mention of each term the reading must keep (a rating, or a term of data/glossary.yaml
with `enforce:`) links its row of the glossary page. Later mentions stay text, so a page does
not read as a page of links."""

from __future__ import annotations

import re
from collections.abc import Callable

from markupsafe import escape

from ..data.glossary import Term

TAG = re.compile(r"(<[^>]*>)")


def key_terms(terms: list[Term], ratings: set[str], lang: str) -> dict[str, str]:
    """Each key term's words in `lang`, by its glossary key."""
    found = {}
    for term in terms:
        if term.key in ratings:
            found[term.key] = getattr(term, lang)
        elif term.enforce is not None:
            found[term.key] = dict(zip(("en", "lo"), term.enforce, strict=True))[lang]
    return found


def linker(words_by_key: dict[str, str], href: Callable[[str], str]) -> Callable[[str], str]:
    """A function that links, in each text it is given, the first mention of each term not
    linked before (longer terms first: "Tier 2 Watch List" is not a mention of "Tier 2")."""
    key_of = {words: key for key, words in words_by_key.items()}
    mention = re.compile("|".join(re.escape(w) for w in sorted(key_of, key=len, reverse=True)))
    linked: set[str] = set()

    def link_first(match: re.Match) -> str:
        key = key_of[match[0]]
        if key in linked:
            return match[0]
        linked.add(key)
        return f'<a class="term" href="{escape(href(key))}">{match[0]}</a>'

    def in_text(html: str) -> str:
        if not key_of or html.lstrip().startswith("#"):
            return html  # a heading stays as it is, in the page's contents too
        parts = TAG.split(html)
        depth = 0  # inside a link: a figure's, or one of the text's own
        for index, part in enumerate(parts):
            if index % 2:
                depth += part.startswith("<a ") - part.startswith("</a")
            elif depth == 0:
                parts[index] = mention.sub(link_first, part)
        return "".join(parts)

    return in_text
