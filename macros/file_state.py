"""Files read again only when they change: a build asks for each once per language and again
for the downloads, and the preview (`make serve`) keeps running across an editor's saves.

What a check concludes from the files is also kept on disk (`.cache/checked/`), by the bytes of
every file it read and of the code that read them, so the next build of the same files takes it
from there; a fresh clone, as in CI, has none and checks everything."""

from __future__ import annotations

import functools
import hashlib
import pickle
import sys
from collections.abc import Callable, Iterable
from importlib.metadata import version
from pathlib import Path
from typing import TypeVar

from .strict_yaml import load

CODE = Path(__file__).resolve().parent
KEPT = CODE.parent / ".cache" / "checked"
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
def yaml_data(path: Path, shown_as: str) -> object:
    """A word file's data, read by the checked reader (its mistakes were reported by then)."""
    return load(path, shown_as).data


def kept(name: str, inputs: Iterable[Path], compute: Callable[[], Result]) -> Result:
    """`compute()`, or what it returned before for the same bytes of `inputs` and of the code.
    An exception is never kept: the file is read, and its mistake reported, every time."""
    digest = hashlib.sha256(_code_digest())
    for path in inputs:
        digest.update(str(path).encode() + b"\0" + path.read_bytes() + b"\0")
    target = KEPT / f"{name}-{digest.hexdigest()}.pickle"
    try:
        return pickle.loads(target.read_bytes())
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError):
        pass
    result = compute()
    KEPT.mkdir(parents=True, exist_ok=True)
    for earlier in KEPT.glob(f"{name}-*.pickle"):
        earlier.unlink(missing_ok=True)
    written = target.with_suffix(".new")
    written.write_bytes(pickle.dumps(result))
    written.replace(target)
    return result


@functools.cache
def _code_digest() -> bytes:
    digest = hashlib.sha256(sys.version.encode())
    for library in LIBRARIES:
        digest.update(f"{library} {version(library)}".encode())
    for module in sorted(CODE.glob("*.py")):
        digest.update(module.name.encode() + module.read_bytes())
    return digest.digest()
