"""Files read again only when they change: a build asks for each once per language and again
for the downloads, and the preview (`make serve`) keeps running across an editor's saves.

What a check concludes from the files is also kept on disk (`.cache/checked/`), by the bytes of
every file it may read and of the code that reads them, so the next build of the same files
takes it from there; a fresh clone, as in CI, has none and checks everything."""

from __future__ import annotations

import functools
import hashlib
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TypeVar

from . import cache
from .data.strict_yaml import LocatedDocument, load

Result = TypeVar("Result")


def when_changed(read):
    """`read(path, ...)`, run again only when the file at `path` has a new time or size."""

    @functools.lru_cache(maxsize=8)
    def at_state(path: Path, state: tuple, *rest):
        return read(path, *rest)

    @functools.wraps(read)
    def current(path: Path, *rest):
        status = path.stat()
        return at_state(path, (status.st_mtime_ns, status.st_size), *rest)

    return current


@when_changed
def located(path: Path, shown_as: str) -> LocatedDocument:
    """A word file read by the checked reader, once for its check and the pages that use it."""
    return load(path, shown_as)


def kept(name: str, inputs: Iterable[Path], compute: Callable[[], Result]) -> Result:
    """`compute()`, or what it returned before for the same bytes of `inputs` and of the code.

    An exception is never kept: the file is read, and its mistake reported, every time. A kept
    file that does not match its checksum is ignored, a result is kept only if no input changed
    while it was computed, and a cache that cannot be written only means checking again."""
    inputs = list(inputs)
    key = _digest(inputs)
    target = cache.folder("checked") / f"{name}-{key}.pickle"
    found = cache.read_object(target)
    if found is not None:
        return found[0]
    result = compute()
    if _digest(inputs) == key and cache.write_object(target, result):
        cache.forget_others(target.parent, {target.name}, f"{name}-*.pickle")
    return result


def _digest(inputs: list[Path]) -> str:
    """The bytes of every input that exists now, and of the code."""
    digest = hashlib.sha256(cache.code_digest())
    for path in inputs:
        try:
            digest.update(str(path).encode() + b"\0" + path.read_bytes() + b"\0")
        except OSError:
            continue  # gone since it was listed (an editor's temporary file), or unreadable
    return digest.hexdigest()
