"""The glossary page: every term of data/glossary.yaml, in English and in Lao, with how sure the
Lao wording is (seen in Lao sources, in VOA Lao only, or the site's own proposal)."""

from __future__ import annotations

from markupsafe import Markup

from ..data.glossary import Term
from ..languages import languages
from .plain_text import plain


def glossary_table(terms: list[Term], lang: str, words: dict[str, str]) -> Markup:
    """A row a term, anchored by its key, in the file's order; the reader's language first."""
    order = sorted(languages(), key=lambda side: side != lang)
    head = Markup("").join(
        Markup("<th>{}</th>").format(words[f"glossary_{key}"]) for key in (*order, "status")
    )
    rows = Markup("").join(
        Markup('<tr id="{key}">{cells}<td>{status}</td></tr>\n').format(
            key=term.key,
            cells=Markup("").join(
                Markup('<td lang="{}">{}</td>').format(side, plain(getattr(term, side)))
                for side in order
            ),
            status=words[f"glossary_{term.status}"],
        )
        for term in terms
    )
    return Markup(
        '<div class="glossary"><table><thead><tr>{}</tr></thead>\n<tbody>{}</tbody></table></div>'
    ).format(head, rows)
