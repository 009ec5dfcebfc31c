"""The one folder the code reads a project's files from (data/, source/, docs/): the folder the
code sits in, as in a build, or the project `make check` or a test names, while it is checked."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

_roots = [Path(__file__).resolve().parents[1]]


def root() -> Path:
    return _roots[-1]


@contextmanager
def rooted(project: Path) -> Iterator[None]:
    """Files read within are read from `project`."""
    _roots.append(project)
    try:
        yield
    finally:
        _roots.pop()
