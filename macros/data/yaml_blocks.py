"""A data file read one top-level block at a time, each block's reading kept by its text.

An editor changes a figure and runs `make check`: of a facts file of 10,000 facts, only the
section that changed is parsed again; the others come from `.cache/yaml/`. The readings one
check makes are kept together in one pack (one write, not one per block), and past a few packs
a file's current readings are packed again, so they stay a few files however often it changes.

A block starts at a line that opens a top-level key (`protection:`). Every block is read on its
own, and any trouble (a block that does not read alone, a top-level key written twice, a
document marker) means reading the whole text instead, so every mistake is reported as the
whole file's reading words it, with its line. A block cut inside a quote or bracket cannot
read alone: a block that reads alone reads as it does within the file."""

from __future__ import annotations

import contextlib
import gc
import hashlib
import re
from collections.abc import Callable
from pathlib import Path

from .. import cache as kept
from .strict_yaml import LocatedDocument

BLOCK_START = re.compile(r"^[A-Za-z0-9_][^\s:]*:[ \t]*(?:#.*)?\r?$")  # `key:`, its value below
WHOLE_ONLY = re.compile(r"^(?:---|\.\.\.|%)", re.MULTILINE)  # documents and directives
KEPT_IN = "yaml"
MOST_PACKS = 8  # beyond this many, a file's current readings are kept in one pack again

Reader = Callable[[str, str], LocatedDocument]


def read_in_blocks(text: str, shown_as: str, read: Reader) -> LocatedDocument:
    """`read(text, shown_as)`'s document, put together from the blocks' readings."""
    with _no_cycle_collection():
        return _read_in_blocks(text, shown_as, read)


@contextlib.contextmanager
def _no_cycle_collection():
    """Reading makes a score of objects a line and frees none before it ends, and they form
    no cycles: Python's collector would walk them again and again for nothing (a tenth of a
    first `make check` of 10,000 facts), so it waits until the reading is done."""
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_on:
            gc.enable()


def _read_in_blocks(text: str, shown_as: str, read: Reader) -> LocatedDocument:
    blocks = _blocks(text)
    if len(blocks) < 2:
        return read(text, shown_as)
    folder = kept.folder(KEPT_IN) / hashlib.sha256(shown_as.encode()).hexdigest()[:16]
    packs = _packs(folder)
    known = {entry: document for pack in packs.values() for entry, document in pack.items()}
    data: dict = {}
    lines: dict[tuple, int] = {}
    readings: dict[str, LocatedDocument] = {}
    new: dict[str, LocatedDocument] = {}
    for first_line, block in blocks:
        entry = hashlib.sha256(kept.code_digest() + block.encode()).hexdigest()
        document = known[entry] if entry in known else _read_alone(block, shown_as, read)
        if document is None or not isinstance(document.data, dict):
            return read(text, shown_as)
        if data.keys() & document.data.keys():
            return read(text, shown_as)  # a key written twice: the whole reading says where
        if entry not in known:
            new[entry] = document
        readings[entry] = document
        data.update(document.data)
        lines.update({path: line + first_line - 1 for path, line in document.lines.items()})
    _keep(folder, packs, readings, new)
    return LocatedDocument(data, lines)


def _packs(folder: Path) -> dict[str, dict[str, LocatedDocument]]:
    """The packs kept for a file, by name; a damaged one, or one kept in another form by
    earlier code, is left out (and so removed)."""
    try:
        names = [path for path in folder.iterdir() if not path.name.endswith(".new")]
    except OSError:
        return {}
    found = {path.name: kept.read_object(path) for path in names}
    return {name: pack[0] for name, pack in found.items() if pack and isinstance(pack[0], dict)}


def _keep(folder: Path, packs: dict, readings: dict, new: dict) -> None:
    """The new readings kept as one pack, or every current reading if the packs would pass
    MOST_PACKS; packs holding no current reading are removed."""
    if len(packs) + bool(new) > MOST_PACKS:
        new, packs = readings, {}
    current = {name for name, pack in packs.items() if pack.keys() & readings.keys()}
    if new:
        name = hashlib.sha256("".join(sorted(new)).encode()).hexdigest()
        if not kept.write_object(folder / name, new):
            return  # the earlier packs still hold what they held
        current.add(name)
    kept.forget_others(folder, current)


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


def _read_alone(block: str, shown_as: str, read: Reader) -> LocatedDocument | None:
    """The block's reading; None if it does not read alone."""
    try:
        return read(block, shown_as)
    except Exception:  # any trouble: the whole text is read, and says what it is
        return None
