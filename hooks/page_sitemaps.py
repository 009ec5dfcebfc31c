"""A small sitemap beside every page, for Material's language switcher.

For each `hreflang` link of a page, Material fetches `sitemap.xml` in that link's folder
(`/en/report/prosecution/sitemap.xml`). Only the site's root has one, so on a real host every
other lookup downloads the 404 page. Each page's folder gets a sitemap of its own entry (the
page and its other languages, as in the site's sitemap), which is what the switcher looks for.
"""

from __future__ import annotations

import re
from pathlib import Path

from mkdocs.plugins import event_priority

ENTRY = re.compile(r"\s*<url>.*?<loc>(.*?)</loc>.*?</url>", re.DOTALL)


@event_priority(-200)  # after mkdocs-static-i18n has written the sitemap of both languages
def on_post_build(config) -> None:
    if getattr(config.plugins.get("i18n"), "building", False):
        return
    site = Path(config.site_dir)
    sitemap = (site / "sitemap.xml").read_text("utf-8")
    head = sitemap[: sitemap.index("<url>")].rstrip()
    for entry in ENTRY.finditer(sitemap):
        folder = site / entry[1].removeprefix(config.site_url)
        if folder != site and (folder / "index.html").is_file():
            (folder / "sitemap.xml").write_text(f"{head}{entry[0]}\n</urlset>\n", "utf-8")
