"""Files read again only when they change: a build asks for each once per language and again
for the downloads, and the preview (`make serve`) keeps running across an editor's saves."""

from __future__ import annotations

import functools
from pathlib import Path

from .strict_yaml import load


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
def yaml_data(path: Path, shown_as: str) -> object:
    """A word file's data, read by the checked reader (its mistakes were reported by then)."""
    return load(path, shown_as).data
