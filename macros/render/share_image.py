"""The picture a link to the site shows when shared (Open Graph and Twitter cards): a 1200x630
PNG per language, drawn at build time by vl-convert, nothing fetched. It holds the site's title
and the country's tier in that language, with Lao in the site's own Noto Sans Lao.

vl-convert does not fall back from one face to another well (Latin letters in a Lao face come
out in an odd bold italic), so each line is drawn as runs, Lao in the Lao face and the rest in
sans-serif, each placed after the width vl-convert measures for the one before.
"""

from __future__ import annotations

import functools
import hashlib
import re
from importlib.metadata import version
from pathlib import Path

from .. import cache
from ..data import ratings
from ..data.facts import Facts
from ..data.word_files import interface_words
from . import vega_fonts

IMAGE = "assets/images/share-{lang}.png"  # hooks/sharing.py names the same file
WIDTH, HEIGHT, MARGIN = 1200, 630, 80
TITLE_SIZE, TIER_SIZE = 64, 44
BACKGROUND, INK = "#4051b5", "#ffffff"  # Material's indigo header, white text: 7:1
# runs of Lao, of other letters, and spaces, which vl-convert would not measure at a run's end
SCRIPT_RUN = re.compile(r"[\u0e80-\u0eff]+|[^\u0e80-\u0eff\s]+|\s+")
SPACE = 0.28  # a space's width, in font sizes
SVG_WIDTH = re.compile(r'<svg[^>]*? width="([\d.]+)"')


def tier_line(facts: Facts, lang: str) -> str:
    """The tier line in `lang`, worded in data/interface.yaml, the rating in its words
    (data/ratings.yaml), in `lang` and in English."""
    wording = interface_words(lang)["share_tier"]
    rating = facts.get("rating.tier").value_for(None)
    return wording.format(
        tier=ratings.words(rating, lang),
        tier_en=ratings.words(rating, "en"),
        year=facts.get("report.year").value_for(None),
    )


def write(site_dir: Path, lang: str, title: str, tier: str) -> Path:
    """Draw (or reuse) the language's picture into the built site."""
    png = picture(title, tier)
    target = site_dir / IMAGE.format(lang=lang)
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(png)
    return target


def picture(title: str, tier: str) -> bytes:
    """The PNG, kept on disk by its words, this drawing code, the converter's version and the
    fonts."""
    code = hashlib.sha256(Path(__file__).read_bytes()).hexdigest()
    entry = cache.key(title, tier, code, version("vl-convert-python"), vega_fonts.fingerprint())
    return cache.kept_bytes(
        "share", entry + ".png", lambda: vega_fonts.converter().vega_to_png(_spec(title, tier))
    )


def _spec(title: str, tier: str) -> dict:
    limit = WIDTH - 2 * MARGIN
    title_lines = _wrap(title, TITLE_SIZE, "bold", limit)
    marks = []
    y = MARGIN
    for line in title_lines:
        marks += _line_marks(line, y, TITLE_SIZE, "bold")
        y += round(TITLE_SIZE * 1.6)
    tier_y = HEIGHT - MARGIN - round(TIER_SIZE * 1.6)
    for line in reversed(_wrap(tier, TIER_SIZE, "normal", limit)):
        marks += _line_marks(line, tier_y, TIER_SIZE, "normal")
        tier_y -= round(TIER_SIZE * 1.6)
    return {
        "width": WIDTH,
        "height": HEIGHT,
        "padding": 0,
        "autosize": "none",
        "background": BACKGROUND,
        "marks": marks,
    }


def _line_marks(line: str, y: int, size: int, weight: str) -> list[dict]:
    """One text mark per run of one script, each after the one before."""
    marks = []
    x = MARGIN
    for run in SCRIPT_RUN.findall(line):
        if not run.isspace():
            marks.append(_text_mark(run, x, y, size, weight))
        x += _width(run, _face(run), size, weight)
    return marks


def _text_mark(run: str, x: float, y: int, size: int, weight: str) -> dict:
    enter = {
        "x": {"value": x},
        "y": {"value": y},
        "text": {"value": run},
        "font": {"value": _face(run)},
        "fontSize": {"value": size},
        "fontWeight": {"value": weight},
        "fill": {"value": INK},
        "baseline": {"value": "top"},
    }
    return {"type": "text", "encode": {"enter": enter}}


def _wrap(text: str, size: int, weight: str, limit: int) -> list[str]:
    """`text` in lines no wider than `limit`, broken at spaces (Lao breaks between phrases)."""
    lines: list[str] = []
    for word in text.split():
        joined = f"{lines[-1]} {word}" if lines else word
        if lines and _line_width(joined, size, weight) <= limit:
            lines[-1] = joined
        else:
            lines.append(word)
    return lines


def _line_width(line: str, size: int, weight: str) -> float:
    return sum(_width(run, _face(run), size, weight) for run in SCRIPT_RUN.findall(line))


def _face(run: str) -> str:
    return vega_fonts.LAO_FACE if "\u0e80" <= run[0] <= "\u0eff" else "sans-serif"


@functools.cache
def _width(text: str, face: str, size: int, weight: str) -> float:
    """The width vl-convert gives `text`: the width of a drawing holding only it."""
    if text.isspace():
        return SPACE * size * len(text)
    text_mark = {
        "type": "text",
        "encode": {
            "enter": {
                "text": {"value": text},
                "font": {"value": face},
                "fontSize": {"value": size},
                "fontWeight": {"value": weight},
            }
        },
    }
    spec = {"width": 0, "height": 0, "padding": 0, "autosize": "pad", "marks": [text_mark]}
    return float(SVG_WIDTH.search(vega_fonts.converter().vega_to_svg(spec))[1])
