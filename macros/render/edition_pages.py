"""What pages say about editions: the home pages' newest edition and list of every edition,
newest first, and the notice above each page of an earlier edition, which links the newest.
Their words are in data/interface.yaml."""

from __future__ import annotations

from collections.abc import Callable

from markupsafe import Markup, escape


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


def newest_heading(
    words: dict[str, str], name: str, href: str, later: tuple[int, str, str] | None
) -> Markup:
    """The home page's heading over the newest edition's key figures, linking its article;
    `later` (a report year after it, that year's rating in words, the tier history's link)
    says what a report the site does not hold yet found."""
    report = Markup('<a href="{}">{}</a>').format(href, words["edition_item"].format(year=name))
    heading = Markup('<h2 id="newest">{}</h2>').format(
        Markup(escape(words["newest_report"])).format(report=report)
    )
    if later is None:
        return heading
    year, rating, history = later
    note = Markup(escape(words["later_rating"])).format(
        year=year, rating=rating, history=Markup(history)
    )
    return heading + Markup("\n<p>{}</p>").format(note)


def older_notice(words: dict[str, str], name: str, newest: str, href: str) -> str:
    """The notice, as Markdown, at the top of a page of an earlier edition."""
    sentence = words["older_edition"].format(year=name, newest=newest)
    return f'!!! warning ""\n    {sentence} [{words["newest_edition"]}]({href})\n\n'
