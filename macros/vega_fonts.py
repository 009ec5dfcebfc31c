"""The site's own Lao typeface, handed to vl-convert so that charts and share images are laid
out with the face the reader's browser draws them in.

vl-convert reads TrueType/OpenType, not WOFF2: the vendored WOFF2 files are decompressed once
into a cache folder (fontTools with brotli) and that folder is registered with vl-convert.
"""

from __future__ import annotations

import functools
import hashlib
import shutil
import tempfile
from pathlib import Path

PROJECT = Path(__file__).resolve().parents[1]
WOFF2 = PROJECT / "overrides" / "assets" / "fonts"
CACHE = PROJECT / ".cache" / "fonts"
LAO_FACE = "Noto Sans Lao"


def fingerprint() -> str:
    """A digest of the vendored font files: drawings laid out with other files are redrawn."""
    digest = hashlib.sha256()
    for woff2 in sorted(WOFF2.glob("*.woff2")):
        digest.update(woff2.name.encode() + woff2.read_bytes())
    return digest.hexdigest()[:16]


def truetype_folder() -> Path:
    """The vendored fonts as TrueType files, in a folder named by their fingerprint."""
    folder = CACHE / fingerprint()
    if not folder.exists():
        from fontTools.ttLib import TTFont

        CACHE.mkdir(parents=True, exist_ok=True)
        partial = Path(tempfile.mkdtemp(dir=CACHE))  # renamed whole: no half-written folder
        for woff2 in sorted(WOFF2.glob("*.woff2")):
            font = TTFont(woff2)
            font.flavor = None
            font.save(partial / (woff2.stem + ".ttf"))
        try:
            partial.rename(folder)
        except OSError:  # another build got there first
            shutil.rmtree(partial)
    return folder


@functools.cache
def converter():
    """vl_convert, with the site's fonts registered (once per process)."""
    import vl_convert

    vl_convert.register_font_directory(str(truetype_folder()))
    return vl_convert
