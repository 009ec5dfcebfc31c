"""A data file read one top-level block at a time, each block's reading kept by its text.

An editor changes a figure and runs `make check`: of a facts file of 10,000 facts, only the
section that changed is parsed again; the others come from `.cache/yaml/`. A block starts at a
line that opens a top-level key (`protection:`). Every block is read on its own, and any
trouble (a block that does not read alone, a top-level key written twice, a document marker)
means reading the whole text instead, so every mistake is reported as the whole file's reading
words it, with its line. A block cut inside a quote or bracket cannot read alone: a block
that reads alone reads as it does within the file."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable
from pathlib import Path

from .. import cache as kept
from .strict_yaml import LocatedDocument

BLOCK_START = re.compile(r"^[A-Za-z0-9_][^\s:]*:[ \t]*(?:#.*)?\r?$")  # `key:`, its value below
WHOLE_ONLY = re.compile(r"^(?:---|\.\.\.|%)", re.MULTILINE)  # documents and directives
KEPT_IN = "yaml"

Reader = Callable[[str, str], LocatedDocument]


def read_in_blocks(text: str, shown_as: str, read: Reader) -> LocatedDocument:
    """`read(text, shown_as)`'s document, put together from the blocks' readings."""
    blocks = _blocks(text)
    if len(blocks) < 2:
        return read(text, shown_as)
    folder = kept.folder(KEPT_IN) / hashlib.sha256(shown_as.encode()).hexdigest()[:16]
    data: dict = {}
    lines: dict[tuple, int] = {}
    entries = []
    for first_line, block in blocks:
        entry = hashlib.sha256(kept.code_digest() + block.encode()).hexdigest()
        entries.append(entry)
        document = _kept_reading(folder / entry, block, shown_as, read)
        if document is None or not isinstance(document.data, dict):
            return read(text, shown_as)
        if data.keys() & document.data.keys():
            return read(text, shown_as)  # a key written twice: the whole reading says where
        data.update(document.data)
        lines.update({path: line + first_line - 1 for path, line in document.lines.items()})
    kept.forget_others(folder, set(entries))
    return LocatedDocument(data, lines)


def _blocks(text: str) -> list[tuple[int, str]]:
    """The text's blocks, each with the number of its first line; one block if the text has
    documents or directives."""
    if WHOLE_ONLY.search(text):
        return [(1, text)]
    lines = text.splitlines(keepends=True)
    keys = [n for n, line in enumerate(lines) if BLOCK_START.match(line)]
    starts = [0, *keys[1:]]  # the comments above the first key belong to its block
    ends = [*starts[1:], len(lines)]
    return [(start + 1, "".join(lines[start:end])) for start, end in zip(starts, ends, strict=True)]


def _kept_reading(target: Path, block: str, shown_as: str, read: Reader) -> LocatedDocument | None:
    """The block's reading, kept or read now; None if the block does not read alone."""
    found = kept.read_object(target)
    if found is not None:
        return found[0]
    try:
        document = read(block, shown_as)
    except Exception:  # any trouble: the whole text is read, and says what it is
        return None
    kept.write_object(target, document)
    return document
