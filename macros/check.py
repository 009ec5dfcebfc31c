"""`make check`: every edition's facts and every page, checked without a build, with the lines the
build and the preview give."""

from __future__ import annotations

import argparse
import gc
import sys
from pathlib import Path

from .checks.checked import check_project
from .data.pages import pages

PROJECT = Path(__file__).resolve().parents[1]


def main(project: Path = PROJECT, before_build: bool = False) -> int:
    """`before_build`: say nothing when all is good, and keep the conclusions for the build
    that follows (it then checks nothing again); `make check` alone always checks afresh."""
    checked = check_project(project, keep=before_build)
    if checked.problems:
        print("\n".join(checked.problems))
        return 1
    if before_build:
        return 0
    names = ", ".join(edition.name for edition in checked.editions.all)
    print(f"editions {names} and {len(pages(project))} pages: all good")
    return 0


if __name__ == "__main__":
    gc.disable()  # a short process that frees what it read at its end: collecting is lost time
    options = argparse.ArgumentParser(description="Check the facts and every page.")
    options.add_argument("--before-build", action="store_true", help=main.__doc__)
    sys.exit(main(before_build=options.parse_args().before_build))
