"""Files read again only when they change: a build asks for each once per language and again
for the downloads, and the preview (`make serve`) keeps running across an editor's saves.

What a check concludes from the files is also kept on disk (`.cache/checked/`), by the bytes of
every file it may read and of the code that reads them, so the next build of the same files
takes it from there; a fresh clone, as in CI, has none and checks everything."""

from __future__ import annotations

import functools
import hashlib
import pickle
import sys
from collections.abc import Callable, Iterable
from importlib.metadata import version
from pathlib import Path
from typing import TypeVar

from . import cache
from .data.strict_yaml import LocatedDocument, load

CODE = Path(__file__).resolve().parent
LIBRARIES = ("pydantic", "PyYAML", "babel", "Jinja2")  # what the checks read and judge with
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
    found = _read_kept(target)
    if found is not None:
        return found[0]
    result = compute()
    if _digest(inputs) == key:
        _keep(target, name, result)
    return result


def _digest(inputs: list[Path]) -> str:
    """The bytes of every input that exists now, and of the code."""
    digest = hashlib.sha256(_code_digest())
    for path in inputs:
        try:
            digest.update(str(path).encode() + b"\0" + path.read_bytes() + b"\0")
        except OSError:
            continue  # gone since it was listed (an editor's temporary file), or unreadable
    return digest.hexdigest()


def _read_kept(target: Path) -> tuple | None:
    """The kept result in a one-item tuple, or None if there is none or it is damaged."""
    try:
        data = target.read_bytes()
    except OSError:
        return None
    checksum, payload = data[:32], data[32:]
    if hashlib.sha256(payload).digest() != checksum:
        return None
    return (pickle.loads(payload),)


def _keep(target: Path, name: str, result: object) -> None:
    payload = pickle.dumps(result)
    if not cache.write_whole(target, hashlib.sha256(payload).digest() + payload):
        return  # a folder that cannot be written: the next build checks again
    for earlier in target.parent.glob(f"{name}-*.pickle"):
        if earlier != target:
            earlier.unlink(missing_ok=True)


@functools.cache
def _code_digest() -> bytes:
    """Python, the libraries the checks judge with, and every module of the checks."""
    digest = hashlib.sha256(sys.version.encode())
    for library in LIBRARIES:
        digest.update(f"{library} {version(library)}".encode())
    for module in sorted(CODE.rglob("*.py")):
        digest.update(str(module.relative_to(CODE)).encode() + module.read_bytes())
    return digest.digest()
