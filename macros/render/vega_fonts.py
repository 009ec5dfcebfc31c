"""The site's own Lao typeface, handed to vl-convert so that charts and share images are laid
out with the face the reader's browser draws them in.

vl-convert reads TrueType/OpenType, not WOFF2: the vendored WOFF2 files are decompressed once
into a cache folder (fontTools with brotli) and that folder is registered with vl-convert.
"""

from __future__ import annotations

import functools
import hashlib
from pathlib import Path

from .. import cache

PROJECT = Path(__file__).resolve().parents[2]
WOFF2 = PROJECT / "overrides" / "assets" / "fonts"
LAO_FACE = "Noto Sans Lao"


def fingerprint() -> str:
    """A digest of the vendored font files: drawings laid out with other files are redrawn."""
    digest = hashlib.sha256()
    for woff2 in sorted(WOFF2.glob("*.woff2")):
        digest.update(woff2.name.encode() + woff2.read_bytes())
    return digest.hexdigest()[:16]


def truetype_folder() -> Path:
    """The vendored fonts as TrueType files, in a folder named by their fingerprint."""
    return cache.kept_folder("fonts", fingerprint(), _decompressed)


def _decompressed(folder: Path) -> None:
    from fontTools.ttLib import TTFont

    for woff2 in sorted(WOFF2.glob("*.woff2")):
        font = TTFont(woff2)
        font.flavor = None
        font.save(folder / (woff2.stem + ".ttf"))


@functools.cache
def converter():
    """vl_convert, with the site's fonts registered (once per process)."""
    import vl_convert

    vl_convert.register_font_directory(str(truetype_folder()))
    return vl_convert
