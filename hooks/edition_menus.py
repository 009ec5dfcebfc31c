"""An earlier edition's pages get the menu of their own edition: the same entries as the site's
menu, each entry of the newest edition naming the same page of the page's edition, with that
page marked as the one being read and "next" and "previous" staying in the edition. A reader
of an earlier year's report moves through that year's report, not the newest one."""

from __future__ import annotations

from pathlib import Path

from mkdocs.plugins import event_priority
from mkdocs.structure.nav import Navigation, Section

menus: dict[str, Navigation] = {}  # each earlier edition's menu, by the edition's name
edition_of_page: dict[str, str] = {}  # the earlier edition a page's file is in


@event_priority(-50)  # after mkdocs-static-i18n has made the menu of the language being built
def on_nav(nav, config, files):
    from macros.data.editions import readable_editions  # importable once mkdocs-macros has run

    menus.clear()
    edition_of_page.clear()
    known = readable_editions(Path(config.config_file_path).parent)
    if known is not None:
        for edition in known.older():
            menus[edition.name] = _menu(nav, known.newest.name, edition.name, files)
    return nav


def on_page_context(context, page, config, nav):
    edition = edition_of_page.get(page.file.src_uri)
    if edition is not None:
        context["nav"] = menus[edition]
    return context


def _menu(nav: Navigation, newest: str, edition: str, files) -> Navigation:
    """The site's menu with each of the newest edition's pages swapped for the edition's own;
    "previous" and "next" as the site's menu has them, so a page keeps them when its edition
    stops being the newest."""
    in_order = []  # every page of the menu, the edition's own and the shared
    own_pages = []

    def entry(item, parent):
        if item.is_section:
            section = Section(item.title, [])
            section.parent = parent
            section.children = [entry(child, section) for child in item.children]
            return section
        if not item.is_page:
            return item
        parts = item.file.src_uri.split("/")
        if newest not in parts[:2]:
            in_order.append(item)
            return item  # a page every edition shares
        parts[parts.index(newest)] = edition
        file = files.get_file_from_path("/".join(parts))
        if file is None or file.page is None:
            in_order.append(item)
            return item  # the edition lacks this page: the newest's stands in
        file.page.parent = parent
        in_order.append(file.page)
        own_pages.append(file.page)
        edition_of_page[file.src_uri] = edition
        return file.page

    items = [entry(item, None) for item in nav.items]
    around = zip([None, *in_order[:-1]], in_order, [*in_order[1:], None], strict=True)
    for before, page, after in around:
        if page in own_pages:
            page.previous_page, page.next_page = before, after
    return Navigation(items, in_order)
