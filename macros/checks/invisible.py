"""Characters an editor cannot see (a no-break space, a zero-width space), named in words: a
message shows what is in the file, never a code like \\xa0."""

from __future__ import annotations

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
