"""Characters an editor cannot see (a no-break space, a zero-width space), named in words: a
message shows what is in the file, never a code like \\xa0."""

from __future__ import annotations

import re
import unicodedata

NAMES = {
    "\u00a0": "a no-break space",
    "\u202f": "a narrow no-break space",
    "\u200b": "a zero-width space",
    "\u200c": "a zero-width non-joiner",
    "\u200d": "a zero-width joiner",
    "\u2060": "a word joiner",
    "\ufeff": "a byte-order mark",
    "\u00ad": "a soft hyphen",
}


def invisible(text: str) -> str | None:
    """The name of the first character in `text` that shows as nothing or as a plain space."""
    for character in text:
        if character in NAMES:
            return NAMES[character]
        if character != " " and unicodedata.category(character) in ("Zs", "Cf", "Cc"):
            return "an invisible " + unicodedata.name(character, "character").lower()
    return None


def visible(text: str) -> str:
    """`text` as the editor sees it: spaces as spaces, invisible characters as nothing."""
    return "".join(
        " " if unicodedata.category(c) == "Zs" else "" if invisible(c) else c for c in text
    )


# What YAML cannot hold, and what a page should not: control characters other than the tab and
# the line ends (pasted text brings them: Word writes a vertical tab for a line break)
CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff\ufffe\uffff]")
CONTROL_NAMES = {
    "\x0b": "a line break from a word processor (a vertical tab)",
    "\x0c": "a page break (a form feed)",
    "\x00": "a null character",
    "\x85": "a line break from an old encoding (a next-line character)",
    "\u2028": "a line separator (a line break editors do not show)",
    "\u2029": "a paragraph separator (a line break editors do not show)",
}


def control_character(text: str) -> tuple[int, str] | None:
    """The line of the first control character in `text`, and what it says about it."""
    found = CONTROL.search(text)
    if not found:
        return None
    name = CONTROL_NAMES.get(found[0]) or invisible(found[0]) or f"U+{ord(found[0]):04X}"
    return text.count("\n", 0, found.start()) + 1, (
        f"this line holds {name}, which the file cannot hold (pasted text brings it): "
        "delete it, and type a line break or a space if one was meant"
    )
