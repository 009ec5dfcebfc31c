"""The publisher's text, split as the site publishes it: the Lao article and the English report."""

from __future__ import annotations

import itertools
from dataclasses import dataclass

from tests.editions import source_files

(SOURCE,) = source_files()  # one text an edition
PAGE_CHROME_FIRST = "ລິ້ງ ສຳຫລັບເຂົ້າຫາ"
PAGE_CHROME_LAST = ("XS", "SM", "MD", "LG")
READ_MORE = "ອ່ານລາຍງານລະອຽດເປັນພາສາອັງກິດຢູ່ລຸ່ມນີ້:"
BULLET = "•"


@dataclass
class SourceText:
    dateline: str
    headline: str
    lao_paragraphs: list[str]
    photo_caption: str
    english_paragraphs: list[str]


def read_source() -> SourceText:
    lines = [line.strip() for line in SOURCE.read_text("utf-8").splitlines()]
    assert lines[0] == PAGE_CHROME_FIRST
    content = [line for line in lines[1:] if line]
    assert tuple(content[-len(PAGE_CHROME_LAST) :]) == PAGE_CHROME_LAST
    content = content[: -len(PAGE_CHROME_LAST)]
    split = content.index(READ_MORE) + 1
    lao, english = content[:split], content[split:]
    caption = next(a for a, b in itertools.pairwise(lao) if a == b)
    dateline, headline, *paragraphs = [line for line in lao if line != caption]
    return SourceText(
        dateline=dateline,
        headline=headline,
        lao_paragraphs=paragraphs,
        photo_caption=caption,
        english_paragraphs=[line.removeprefix(BULLET).strip() for line in english],
    )
