"""The one rule that splits Lao text into searchable words, on the index side and the query side.

Lao is written without spaces between words. The rule: fold the spellings the source mixes into
one form, then cut each run of Lao letters by taking, from the left, the longest word the
dictionary knows (letters no word covers stay together as one piece). The same rule, in the
same order, is `split` in overrides/assets/javascripts/workers/lao-segmentation.js; both are
tested against tests/lao_segmentation_vectors.json.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from itertools import accumulate, pairwise

FOLDS = (
    ("\u0ecd\u0eb2", "\u0eb3"),  # ໍ + າ → ຳ
    ("\u0eab\u0e99", "\u0edc"),  # ຫ + ນ → ໜ
    ("\u0eab\u0ea1", "\u0edd"),  # ຫ + ມ → ໝ
    ("\u0eab\u0ea5", "\u0eab\u0ebc"),  # ຫ + ລ → ຫ + ຼ
)
FOLDED = dict(FOLDS)
LAO_RUN = re.compile("[\u0e80-\u0eff]+")
WORD_BREAK = "\u200b"


def fold(text: str) -> str:
    """One spelling for what the source writes two ways (ສໍາຄັນ/ສຳຄັນ, ຫນ້ອຍ/ໜ້ອຍ, ຫລາຍ/ຫຼາຍ)."""
    for written, folded in FOLDS:
        text = text.replace(written, folded)
    return text


def split(run: str, words: set[str], longest: int) -> list[str]:
    """Cut a folded run of Lao letters into the longest dictionary words, left to right."""
    pieces: list[str] = []
    unknown_from = None
    position = 0
    while position < len(run):
        end = next(
            (
                end
                for end in range(min(len(run), position + longest), position, -1)
                if run[position:end] in words
            ),
            None,
        )
        if end is None:
            unknown_from = position if unknown_from is None else unknown_from
            position += 1
            continue
        if unknown_from is not None:
            pieces.append(run[unknown_from:position])
            unknown_from = None
        pieces.append(run[position:end])
        position = end
    if unknown_from is not None:
        pieces.append(run[unknown_from:])
    return pieces


def lao_runs(texts: Iterable[str]) -> Iterable[str]:
    """Every run of Lao letters in `texts`, folded."""
    for text in texts:
        yield from LAO_RUN.findall(fold(text))


def mark_words(text: str, words: set[str]) -> str:
    """`text` in its own spelling, with a zero-width space between the Lao words the rule finds
    in its folded form. The search worker folds it again as it loads it, so queries match
    either spelling, while results show the page's own."""
    longest = max(map(len, words), default=0)
    return LAO_RUN.sub(lambda run: WORD_BREAK.join(_cut_as_written(run[0], words, longest)), text)


def _cut_as_written(run: str, words: set[str], longest: int) -> list[str]:
    """The pieces `split` finds in the folded run, cut from the run as it is written."""
    folded = ""
    written_at: list[int] = []  # where each letter of the folded run starts in the written run
    position = 0
    while position < len(run):
        one = FOLDED.get(run[position : position + 2])
        unit, length = (one, 2) if one else (run[position], 1)
        written_at += [position] * len(unit)
        folded += unit
        position += length
    written_at.append(len(run))
    ends = accumulate(len(piece) for piece in split(folded, words, longest))
    cuts = [0, *(written_at[end] for end in ends)]
    return [run[start:end] for start, end in pairwise(cuts) if end > start]
