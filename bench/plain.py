"""The baseline: plain Material, built from the same pages' content, for `make bench`.

Every page of the built site becomes a page of a plain project: its article's HTML (HTML is
valid Markdown) in the same place, under Material's default settings with its search, and
no i18n, macros, hooks, overrides or fonts of ours. `font: false` because Material's default
font comes from a third-party host this machine cannot reach, so it would weigh nothing.
"""

from __future__ import annotations

from pathlib import Path

from bs4 import BeautifulSoup

PLAIN_CONFIG = """site_name: Plain Material
site_url: {site_url}
theme:
  name: material
  font: false
plugins:
  - search
"""
WITH_I18N = """  - i18n:
      docs_structure: folder
      reconfigure_material: false
      languages:
        - locale: lo
          name: Lao
          default: true
        - locale: en
          name: English
"""


def make_plain_project(built_site: Path, project: Path, site_url: str, i18n: bool = False) -> int:
    """Write the plain project for `built_site`; the number of pages. With `i18n`, the pages
    are laid out in two language trees and built by mkdocs-static-i18n, as this site's are."""
    docs = project / "docs"
    pages = 0
    for html in sorted(built_site.rglob("index.html")):
        relative = html.parent.relative_to(built_site)
        if i18n:
            english = relative.parts[:1] == ("en",)
            relative = Path("en", *relative.parts[1:]) if english else Path("lo", relative)
        article = BeautifulSoup(html.read_text("utf-8"), "html.parser").select_one("article")
        if article is None:
            continue  # an earlier address, which only leads to its page
        for anchor in article.select("a.headerlink"):
            anchor.decompose()
        target = docs / relative / "index.md"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(article.decode_contents(), "utf-8")
        pages += 1
    config = PLAIN_CONFIG.format(site_url=site_url) + (WITH_I18N if i18n else "")
    (project / "mkdocs.yml").write_text(config, "utf-8")
    return pages
