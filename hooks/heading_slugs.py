"""Heading anchors that keep Lao vowels and tone marks.

Python-Markdown's `toc` (and pymdownx's slugify) keep only what `\\w` matches; Lao vowel and
tone marks are combining marks (Unicode category M), not `\\w`, so ແຜນພູມ became #ແຜນພມ. The
slug here keeps letters, digits and marks. It is set on `toc` when the config is loaded: a
function named in mkdocs.yml must be importable before the project's own modules are.
"""

from __future__ import annotations

import re
import unicodedata

SPACES = re.compile(r"\s+")


def slugify(text: str, separator: str) -> str:
    """The heading as an anchor: lower case, words joined by `separator`, marks kept."""
    text = unicodedata.normalize("NFC", re.sub(r"</?[^>]*>", "", text)).strip().lower()
    kept = "".join(
        c
        for c in text
        if c.isalnum() or c in "_- " or c.isspace() or unicodedata.category(c).startswith("M")
    )
    return SPACES.sub(separator, kept)


def on_config(config):
    config.mdx_configs.setdefault("toc", {})["slugify"] = slugify
    return config
