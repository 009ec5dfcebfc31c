"""Figures typed into a page's text, which would escape data/facts.yaml and its checks.

Digits are allowed only where they are not prose: inside macros and other Jinja, code, link
addresses, HTML tags and attribute lists (`{ #id }`), and a few names that hold digits.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

# Names that hold digits, not figures: a disease, and a rating that is not Laos's own (a figure
# inside it would read, and link, as Laos's tier)
NAMES_WITH_DIGITS = ("COVID-19", "ໂຄວິດ-19", "Tier 2 Watch List", "ບັນຊີເຝົ້າຕິດຕາມ ຂອງກຸ່ມທີ 2")
CODE = re.compile(r"^```.*?^```|`[^`\n]*`", re.DOTALL | re.MULTILINE)  # shown, never read
NOT_PROSE = re.compile(
    r"\{\{.*?\}\}|\{%.*?%\}|\{#.*?#\}"  # Jinja: macros and statements
    rf"|{CODE.pattern}"
    r"|\]\([^()\n]*\)|<[^<>\n]*>|https?://\S+"  # link addresses, HTML tags, bare addresses
    r"|\{:?[^{}\n]*[#.=][^{}\n]*\}"  # attribute lists
    r"|&#?[0-9A-Za-z]+;",  # character references (&#8217; is an apostrophe)
    re.DOTALL | re.MULTILINE,
)
FIGURE = re.compile(r"\d(?:[\d,.]*\d)?")  # digits of any script: Lao, Thai, full-width


def blanked(text: str, pattern: re.Pattern) -> str:
    """`text` with every match of `pattern` turned to spaces, its lines kept: what is left is
    searched, and each find still has its line."""
    return pattern.sub(lambda found: re.sub(r"[^\n]", " ", found[0]), text)


def typed_figures(text: str) -> Iterator[tuple[int, str]]:
    """(line, figure) for each figure written into the prose of `text`."""
    prose = blanked(text, NOT_PROSE)
    for name in NAMES_WITH_DIGITS:
        prose = prose.replace(name, " " * len(name))
    for found in FIGURE.finditer(prose):
        yield prose.count("\n", 0, found.start()) + 1, found[0]
