"""`make edition YEAR=…`: a new edition started as a copy of the newest one (its facts and
sources, the publisher's text, the report's English text and its pages in every language, not
the site's Lao reading of last year's text), for the editor to replace with the new report's
texts and figures. Nothing of an earlier edition is
touched; data/editions.yaml still names the newest until the editor marks the new one."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

from .checks.translation import SUFFIX
from .data.editions import Edition, editions
from .data.strict_yaml import YamlProblem
from .languages import languages

PROJECT = Path(__file__).resolve().parents[1]


def start(project: Path, year: str) -> list[str]:
    """The folders of the new edition, copied from the newest's; a problem stops it first."""
    if not (year.isdigit() and len(year) == 4):
        raise ValueError(f"an edition is named by its report's year, like 2024, not '{year}'")
    newest = editions(project).newest
    if int(year) <= int(newest.name):
        raise ValueError(
            f"the newest edition is {newest.name}: a new edition is a later report's year"
        )
    return copy_edition(project, newest, year)


def copy_edition(project: Path, newest: Edition, year: str) -> list[str]:
    """The folders of an edition named `year`, copied from `newest`'s."""
    pairs = [
        (newest.facts_file.rsplit("/", 1)[0], f"data/editions/{year}"),
        (newest.source_folder, f"source/{year}"),
        (newest.text_folder, f"report/{year}"),
        *((newest.pages_folder(lang), f"docs/{lang}/{year}") for lang in languages()),
    ]
    taken = [new for _, new in pairs if (project / new).exists()]
    if taken:
        raise ValueError(f"{taken[0]}/ is there already: the edition {year} has been started")
    for old, new in pairs:
        # the site's reading of last year's text is no reading of the new one: until one is
        # written, the new edition's Lao pages show its English text with the notice
        shutil.copytree(project / old, project / new, ignore=shutil.ignore_patterns("*" + SUFFIX))
    return [new for _, new in pairs]


def main(arguments: list[str], project: Path = PROJECT) -> int:
    if len(arguments) != 1:
        print("say which year's edition to start: make edition YEAR=2024")
        return 1
    try:
        made = start(project, arguments[0])
    except (ValueError, YamlProblem) as problem:
        print(problem)
        return 1
    print("started from the newest edition; now put in the new report's texts and figures:")
    print("\n".join(f"  {folder}/" for folder in made))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
