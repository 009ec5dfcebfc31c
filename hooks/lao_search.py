"""Make Lao words findable in the search index: split the indexed Lao text into words.

Material's search splits text on its `separator`; Lao has no spaces between words. After the
build, every Lao run in search/search_index.json is cut by the rule in lao_segmentation.py, with
a zero-width space (part of the separator) between words. The dictionary the rule cuts with
comes from the words ICU finds in the site's own Lao text. The browser side
(overrides/assets/javascripts/workers/lao-search.js) wraps Material's search worker, so it
depends on this exact Material version: the build stops if that changes.
"""

from __future__ import annotations

import json
from importlib.metadata import version
from pathlib import Path

import lao_segmentation
import material
from icu4py.breakers import WordBreaker
from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority

MATERIAL_VERSION = "9.8.2"
STOCK_WORKER_IN_CONFIG = '"search": "assets/javascripts/workers/search.'


def on_config(config):
    installed = version("mkdocs-material")
    base = Path(material.__file__).parent / "templates" / "base.html"
    if installed != MATERIAL_VERSION or STOCK_WORKER_IN_CONFIG not in base.read_text("utf-8"):
        raise PluginError(
            f"the Lao search wraps Material {MATERIAL_VERSION}'s search worker, but Material "
            f"{installed} is installed: check overrides/main.html and "
            "overrides/assets/javascripts/workers/lao-search.js, then update MATERIAL_VERSION"
        )
    return config


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
    index_file = Path(config.site_dir) / "search" / "search_index.json"
    if not index_file.exists():
        return
    index = json.loads(index_file.read_text("utf-8"))
    fields = [(doc, field) for doc in index["docs"] for field in ("title", "text") if field in doc]
    words = dictionary([doc[field] for doc, field in fields])
    for doc, field in fields:
        doc[field] = lao_segmentation.mark_words(doc[field], words)
    index_file.write_text(json.dumps(index, ensure_ascii=False), "utf-8")
