"""The smallest honest page of an article, for `make bench`: the article's HTML as this site
renders it, a few lines of CSS, and, for Lao, the Lao regular face. What a reader could not be
sent less of; the site and plain Material are measured against it."""

from __future__ import annotations

import shutil
from pathlib import Path

from bs4 import BeautifulSoup

FONT = "noto-sans-lao-lao-400-normal.woff2"
PAGE = """<!doctype html>
<html lang="{lang}">
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}</title>
<link rel="icon" href="data:,">
<style>
{font_face}body {{ font-family: {family}sans-serif; max-width: 40rem; margin: auto;
  padding: 1rem; line-height: 1.7 }}
</style>
{article}
</html>
"""
FONT_FACE = """@font-face {{ font-family: "Noto Sans Lao"; font-display: swap;
  src: url("/minimal/{font}") format("woff2"); unicode-range: U+0E81-0EDF, U+200C-200D, U+25CC }}
"""


def make_minimal_pages(built_site: Path, target: Path, paths: list[str]) -> None:
    """Write the minimal page of each of `paths` (site-relative) of `built_site` under
    `target`, which is served at /minimal/."""
    shutil.copy2(built_site / "assets" / "fonts" / FONT, target / FONT)
    for path in paths:
        soup = BeautifulSoup((built_site / path / "index.html").read_text("utf-8"), "html.parser")
        article = soup.select_one("article")
        for anchor in article.select("a.headerlink"):
            anchor.decompose()
        lao = soup.html["lang"] == "lo"
        page = PAGE.format(
            lang=soup.html["lang"],
            title=soup.title.string,
            font_face=FONT_FACE.format(font=FONT) if lao else "",
            family='"Noto Sans Lao", ' if lao else "",
            article=article,
        )
        (target / path).mkdir(parents=True, exist_ok=True)
        (target / path / "index.html").write_text(page, "utf-8")
