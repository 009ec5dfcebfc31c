"""Work kept in the project's `.cache/` folder under a key of everything it depends on, so that
the next build of the same inputs takes it from there (a fresh clone, as in CI, has none).

Every entry is written whole, under a temporary name and then renamed, so a build that is
stopped, or two builds at once (the tests build side by side), never leave or read half an
entry; an entry that cannot be written only means doing the work again next time."""

from __future__ import annotations

import contextlib
import functools
import hashlib
import json
import pickle
import shutil
import sys
import tempfile
from collections.abc import Callable
from importlib.metadata import version
from pathlib import Path

from .project import root

CODE = Path(__file__).resolve().parent
LIBRARIES = ("pydantic", "PyYAML", "babel", "Jinja2")  # what the checks read and judge with


def folder(name: str) -> Path:
    """The project's cache folder for one kind of work."""
    return root() / ".cache" / name


def key(*parts: object) -> str:
    """A name for an entry, from everything its content depends on (JSON-serialisable)."""
    described = json.dumps(parts, sort_keys=True, ensure_ascii=False, default=str)
    return hashlib.sha256(described.encode()).hexdigest()


def kept_bytes(name: str, entry: str, make: Callable[[], bytes], only: bool = False) -> bytes:
    """The bytes kept as `entry`, or `make()`'s, kept for next time; `only` for work that a
    build does once, whose earlier entries are then removed (the folder does not grow with
    every edit of the text)."""
    target = folder(name) / entry
    with contextlib.suppress(OSError):
        return target.read_bytes()
    data = make()
    if write_whole(target, data) and only:
        forget_others(target.parent, {target.name})
    return data


def read_object(target: Path) -> tuple | None:
    """The object kept at `target` in a one-item tuple, or None if there is none or it is
    damaged (its checksum does not match)."""
    try:
        data = target.read_bytes()
    except OSError:
        return None
    checksum, payload = data[:32], data[32:]
    if hashlib.sha256(payload).digest() != checksum:
        return None
    try:
        return (pickle.loads(payload),)
    except Exception:  # kept by code that no longer is (a class renamed, another branch)
        return None


def write_object(target: Path, kept: object) -> bool:
    """`kept` written whole to `target` with its checksum; False if it cannot be written."""
    payload = pickle.dumps(kept)
    return write_whole(target, hashlib.sha256(payload).digest() + payload)


def forget_others(kept_in: Path, current: set[str], pattern: str = "*") -> None:
    """Remove the entries of `kept_in` matching `pattern` but not named in `current` (an entry
    still being written, `*.new`, belongs to another build)."""
    try:
        earlier = [path for path in kept_in.glob(pattern) if path.name not in current]
    except OSError:
        return
    for path in earlier:
        if not path.name.endswith(".new"):
            path.unlink(missing_ok=True)


@functools.cache
def code_digest() -> bytes:
    """Python, the libraries the checks judge with, and every module of the macros: what a
    kept check or reading depends on besides the files it read."""
    digest = hashlib.sha256(sys.version.encode())
    for library in LIBRARIES:
        digest.update(f"{library} {version(library)}".encode())
    for module in sorted(CODE.rglob("*.py")):
        digest.update(str(module.relative_to(CODE)).encode() + module.read_bytes())
    return digest.digest()


def write_whole(target: Path, data: bytes) -> bool:
    """`data` written to `target` in one rename; False if the folder cannot be written."""
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=target.parent, suffix=".new", delete=False) as new:
            new.write(data)
        Path(new.name).replace(target)
    except OSError:
        return False
    return True


def kept_folder(name: str, entry: str, fill: Callable[[Path], None]) -> Path:
    """The folder kept as `entry`, or a new one that `fill(folder)` writes, renamed into place
    once it is complete."""
    target = folder(name) / entry
    if target.is_dir():
        return target
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = Path(tempfile.mkdtemp(dir=target.parent, prefix=".new-"))
    try:
        fill(partial)
        partial.rename(target)
    except OSError:
        if not target.is_dir():  # not another build's copy, renamed first: a real failure
            raise
    finally:
        shutil.rmtree(partial, ignore_errors=True)
    return target
