"""`make check`: every edition's facts and every page, checked without a build, with the lines the
build and the preview give."""

from __future__ import annotations

import gc
import sys
from pathlib import Path

from .checks.checked import check_project
from .data.pages import pages

PROJECT = Path(__file__).resolve().parents[1]


def main(project: Path = PROJECT, quiet: bool = False) -> int:
    """`quiet`: say nothing when all is good (the build goes on to say what it does). The
    check is a short process that frees what it reads only at its end: collecting cycles
    meanwhile would only cost time."""
    gc.disable()
    checked = check_project(project, keep=False)
    if checked.problems:
        print("\n".join(checked.problems))
        return 1
    if quiet:
        return 0
    names = ", ".join(edition.name for edition in checked.editions.all)
    print(f"editions {names} and {len(pages(project))} pages: all good")
    return 0


if __name__ == "__main__":
    sys.exit(main(quiet="--quiet" in sys.argv))
