"""Make Lao words findable in the search index, one index and one worker file per site.

Material's search splits text on its `separator`; Lao has no spaces between words. After the
build, every Lao run in the search index is cut by the rule in lao_segmentation.py, with a
zero-width space (part of the separator) between words; the text keeps the page's spelling,
and the worker folds it as it loads it. The dictionary the rule cuts with
comes from the words ICU finds in the site's own Lao text. The index is then written once per
language and edition, so a reader downloads only their own: search/ (en/search/ in English)
holds the newest edition's pages and the pages every edition shares; <edition>/search/
(en/<edition>/search/) an earlier edition's and the shared ones, searched from that edition's
pages. The site's size grows with its editions; a first search does not.
The browser side (overrides/assets/javascripts/workers/) wraps Material's search worker; it is
written as one file with it, so starting search costs one request, and it depends on this exact
Material version: the build stops if that changes.
"""

from __future__ import annotations

import json
import re
from importlib.metadata import version
from pathlib import Path

import lao_segmentation
import material
from icu4py.breakers import WordBreaker
from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority

MATERIAL_VERSION = "9.8.2"
STOCK_WORKER = "assets/javascripts/workers/search.a7633da7.min.js"  # named in overrides/main.html
WORKER_PARTS = ("lao-segmentation.js", "lao-search.js")  # before Material's, in this order
WORKERS = "assets/javascripts/workers"
DRAWING = re.compile(r"<svg\b")
ADJACENT_CELLS = re.compile(r"</(td|th|tr|thead|tbody)>(?=<)")


def on_config(config):
    installed = version("mkdocs-material")
    base = Path(material.__file__).parent / "templates" / "base.html"
    if installed != MATERIAL_VERSION or STOCK_WORKER not in base.read_text("utf-8"):
        raise PluginError(
            f"the Lao search wraps Material {MATERIAL_VERSION}'s search worker, but Material "
            f"{installed} is installed: check overrides/main.html and "
            "overrides/assets/javascripts/workers/lao-search.js, then update MATERIAL_VERSION"
        )
    return config


def on_page_content(html: str, page, config, files) -> str:
    """What search indexes of a page reads as text: a drawing's labels are left out (a chart's
    table holds the same words and numbers), and a table's cells are kept apart, where
    Material's index would run them together ("men52")."""
    return ADJACENT_CELLS.sub(r"</\1> ", DRAWING.sub("<svg data-search-exclude", html))


def dictionary(texts: list[str]) -> set[str]:
    """The words ICU finds in the site's Lao text, less those made of other such words.

    ICU keeps compounds whole ("ກະຊວງການຕ່າງປະເທດ"); search matches the beginning of an
    indexed word only, so a compound is indexed as its parts, and a reader finds "ຕ່າງປະເທດ"
    inside it.
    """
    found: set[str] = set()
    for run in lao_segmentation.lao_runs(texts):
        found.update(w for w in WordBreaker(run, "lo") if lao_segmentation.LAO_RUN.fullmatch(w))
    return {word for word in found if not _made_of_others(word, found)}


def _made_of_others(word: str, words: set[str]) -> bool:
    others = words - {word}
    pieces = lao_segmentation.split(word, others, len(word))
    return len(pieces) > 1 and all(piece in others for piece in pieces)


@event_priority(-200)  # after mkdocs-static-i18n has written the index of both languages
def on_post_build(config) -> None:
    if getattr(config.plugins.get("i18n"), "building", False):
        return  # mkdocs-static-i18n's build of one more language: the index is not whole yet
    site = Path(config.site_dir)
    index_file = site / "search" / "search_index.json"
    if not index_file.exists():
        return
    index = json.loads(index_file.read_text("utf-8"))
    prefixes = _prefixes()
    index["docs"] = _pages_first(index["docs"] + _dropped_twins(index["docs"], site, prefixes))
    index["docs"] = _segmented(index["docs"])
    folders = _index_folders(config)
    names = set(folders.values()) - {None}
    for prefix in prefixes:
        docs = [d for d in index["docs"] if _language_prefix(d["location"], prefixes) == prefix]
        for folder, name in folders.items():
            kept = [doc for doc in docs if _edition(doc, prefix, names) in (None, name)]
            target = site / prefix / folder / "search" / "search_index.json"
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(json.dumps({**index, "docs": kept}, ensure_ascii=False), "utf-8")
    _bundle_worker(config, site)


def _segmented(docs: list[dict]) -> list[dict]:
    """The entries with their Lao words marked; kept in .cache/ by the entries, this code, the
    rule and ICU's version (the last only: a rebuild of unchanged text gives the same words)."""
    from macros import cache  # importable once mkdocs-macros has loaded it

    def marked() -> bytes:
        fields = [(doc, field) for doc in docs for field in ("title", "text") if field in doc]
        words = dictionary([doc[field] for doc, field in fields])
        for doc, field in fields:
            doc[field] = lao_segmentation.mark_words(doc[field], words)
        return json.dumps(docs, ensure_ascii=False).encode()

    rule = Path(lao_segmentation.__file__).read_text("utf-8")
    entry = cache.key(Path(__file__).read_text("utf-8"), rule, version("icu4py"), docs)
    return json.loads(cache.kept_bytes("search", entry + ".json", marked, only=True))


def _dropped_twins(docs: list[dict], site: Path, prefixes: list[str]) -> list[dict]:
    """The entries mkdocs-static-i18n dropped from the index: a page of another language with
    the same title and text as the default language's (its duplicates rule, made for a copy of
    a missing page). Each language's index needs its own, or the page cannot be found in that
    language, and a section left without its page stops Material's list of results."""
    present = {doc["location"] for doc in docs}
    return [
        {**doc, "location": prefix + doc["location"]}
        for doc in docs
        if _language_prefix(doc["location"], prefixes) == ""
        for prefix in prefixes[1:]
        if prefix + doc["location"] not in present
        and (site / prefix / doc["location"].split("#")[0] / "index.html").is_file()
    ]


def _pages_first(docs: list[dict]) -> list[dict]:
    """Each page's entry before its sections', as Material's worker reads them."""
    first: dict[str, int] = {}
    for position, doc in enumerate(docs):
        first.setdefault(doc["location"].split("#")[0], position)
    return sorted(
        docs, key=lambda doc: (first[doc["location"].split("#")[0]], "#" in doc["location"])
    )


def _index_folders(config) -> dict[str, str | None]:
    """Each index's folder under the language's root, and the edition it holds: the newest at
    the root, an earlier one in its own folder. A project whose editions cannot be read (the
    preview shows the mistake on every page) gets one index a language."""
    from macros.data.editions import (
        readable_editions,  # importable once mkdocs-macros has loaded it
    )

    known = readable_editions(Path(config.config_file_path).parent)
    if known is None:
        return {"": None}
    return {("" if e == known.newest else e.name): e.name for e in known.all}


def _edition(doc: dict, prefix: str, names: set[str]) -> str | None:
    """The edition a page of the language at `prefix` belongs to (None: every edition's)."""
    first = doc["location"].removeprefix(prefix).split("/", 1)[0]
    return first if first in names else None


def _language_prefix(location: str, prefixes: list[str]) -> str:
    """The prefix of the language a location is in (the default language's is "")."""
    return next((prefix for prefix in prefixes[1:] if location.startswith(prefix)), "")


def _prefixes() -> list[str]:
    """Where each language's pages are: the default language's first, at the root."""
    from macros import languages  # importable once mkdocs-macros has loaded it

    return [languages.prefix(lang) for lang in languages.languages()]


def _bundle_worker(config, site: Path) -> None:
    """Our worker's parts and Material's worker, in one file the browser fetches at once."""
    ours = Path(config.theme.custom_dir) / WORKERS
    stock = Path(material.__file__).parent / "templates" / STOCK_WORKER
    parts = [(ours / name).read_text("utf-8") for name in WORKER_PARTS] + [stock.read_text("utf-8")]
    (site / WORKERS / WORKER_PARTS[-1]).write_text("\n".join(parts), "utf-8")
