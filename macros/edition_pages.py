"""What pages say about editions: the home pages' list of every edition, newest first, and
the notice above each page of an earlier edition, which links the newest. Their words are in
data/interface.yaml."""

from __future__ import annotations

from collections.abc import Callable

from markupsafe import Markup


def edition_list(
    words: dict[str, str], names: list[str], href: Callable[[str, str], str]
) -> Markup:
    """Each edition's article and report, newest first; `href(edition, page)` links a page."""
    items = Markup("").join(
        Markup('<li><a href="{}">{}</a> · <a href="{}">{}</a></li>').format(
            href(name, ""),
            words["edition_item"].format(year=name),
            href(name, "report/"),
            words["edition_report"],
        )
        for name in names
    )
    return Markup('<h2 id="editions">{}</h2>\n<ul class="editions">{}</ul>').format(
        words["editions"], items
    )


def older_notice(words: dict[str, str], name: str, newest: str, href: str) -> str:
    """The notice, as Markdown, at the top of a page of an earlier edition."""
    sentence = words["older_edition"].format(year=name, newest=newest)
    return f'!!! warning ""\n    {sentence} [{words["newest_edition"]}]({href})\n\n'
