"""The built site as parsed pages, by language, for tests to read."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

from bs4 import BeautifulSoup

from macros.languages import languages, prefix
from tests.editions import NEWEST

LANGUAGES = languages()
ROOTS = {lang: prefix(lang) for lang in LANGUAGES}  # each language's root: its home page


def prefixes(edition: str) -> dict[str, str]:
    """Where an edition's pages are, in each language."""
    return {lang: f"{root}{edition}/" for lang, root in ROOTS.items()}


PREFIX = prefixes(NEWEST)  # the real site's newest edition


class Site:
    def __init__(self, folder: Path, url: str):
        self.folder = folder
        self.url = url

    def page_paths(self, lang: str) -> list[str]:
        """Site-relative paths of the language's pages ("report/", "en/report/"), without the
        earlier addresses that only lead to a page's own."""
        return [path for path in self._paths(lang) if not self.leads_on(path)]

    def earlier_addresses(self, lang: str) -> list[str]:
        """The language's addresses from before editions, each leading to a page's own."""
        return [path for path in self._paths(lang) if self.leads_on(path)]

    def _paths(self, lang: str) -> list[str]:
        """Site-relative paths of every index.html of the language's tree."""
        other = [p for p in ROOTS.values() if p and p != ROOTS[lang]]
        paths = []
        for html in sorted(self.folder.rglob("index.html")):
            path = html.parent.relative_to(self.folder).as_posix() + "/"
            path = "" if path == "./" else path
            if path.startswith(ROOTS[lang]) and not any(path.startswith(o) for o in other):
                paths.append(path)
        return paths

    def leads_on(self, path: str) -> bool:
        """The page at `path` only sends the browser on to another address."""
        return self.soup(path).find("meta", attrs={"http-equiv": "refresh"}) is not None

    def counterpart(self, path: str, lang: str) -> str:
        """The same page in `lang`."""
        bare = path.removeprefix(ROOTS["en"])
        return ROOTS[lang] + bare

    @cache  # noqa: B019 - one Site per session
    def soup(self, path: str) -> BeautifulSoup:
        return BeautifulSoup((self.folder / path / "index.html").read_text("utf-8"), "html.parser")

    def article_text(self, path: str) -> str:
        """The page's article as a reader sees it, without the heading anchors."""
        article = BeautifulSoup(str(self.soup(path).select_one("article")), "html.parser")
        for anchor in article.select("a.headerlink"):
            anchor.decompose()
        return article.get_text(" ")


def heading_text(heading) -> str:
    """A heading's text as a reader reads it, without its anchor link (the page is not changed)."""
    return "".join(
        text for text in heading.find_all(string=True) if not text.find_parent("a", "headerlink")
    ).strip()


def squeezed(text: str) -> str:
    """Text without white space, for comparing wording regardless of line breaks."""
    return re.sub(r"\s+", "", text)
