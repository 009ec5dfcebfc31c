"""The report's editions: one report year each, in a folder of its own in data/editions/,
source/, report/ and docs/<language>/, and data/editions.yaml, which names the newest (the
home pages and the menu present it) and the edition the site published before it kept
editions apart (the addresses without an edition's folder lead to it)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from .strict_yaml import YamlProblem, load

EDITIONS_FILE = "data/editions.yaml"
EDITIONS_FOLDER = "data/editions"
SETTINGS = ("newest", "unprefixed")
FIRST_REPORT = 2001  # the year the State Department's first Trafficking in Persons Report came out
EDITION_NAME = re.compile(r"[0-9]{4}")


@dataclass(frozen=True)
class Edition:
    """Where one edition's files are, relative to the project."""

    name: str

    @property
    def facts_file(self) -> str:
        return f"{EDITIONS_FOLDER}/{self.name}/facts.yaml"

    @property
    def sources_file(self) -> str:
        return f"{EDITIONS_FOLDER}/{self.name}/sources.yaml"

    @property
    def source_folder(self) -> str:
        return f"source/{self.name}"

    @property
    def text_folder(self) -> str:
        return f"report/{self.name}"

    def pages_folder(self, lang: str) -> str:
        return f"docs/{lang}/{self.name}"


@dataclass(frozen=True)
class Editions:
    """Every edition, oldest first, and the two the settings name."""

    all: tuple[Edition, ...]
    newest: Edition
    unprefixed: Edition

    def named(self, name: str) -> Edition | None:
        return next((edition for edition in self.all if edition.name == name), None)

    def older(self) -> tuple[Edition, ...]:
        return tuple(edition for edition in self.all if edition != self.newest)


def editions(project: Path) -> Editions:
    """The editions the project holds; a setting that names no edition stops with its line."""
    document = load(project / EDITIONS_FILE, EDITIONS_FILE)
    folders = sorted(path.name for path in (project / EDITIONS_FOLDER).iterdir() if path.is_dir())
    found = tuple(Edition(name) for name in folders)
    if not isinstance(document.data, dict):
        raise YamlProblem(
            EDITIONS_FILE, 1, "the file must say which edition is newest, like `newest: 2024`"
        )
    for key in document.data:
        if key not in SETTINGS:
            raise YamlProblem(
                EDITIONS_FILE,
                document.line_of((key,)),
                f"'{key}' is not a setting of this file (its settings: {', '.join(SETTINGS)})",
            )
    chosen = {}
    for setting in SETTINGS:
        written = document.data.get(setting)
        line = document.line_of((setting,)) if setting in document.data else 1
        if written is None:
            raise YamlProblem(
                EDITIONS_FILE, line, f"the file must hold `{setting}:`, an edition's year"
            )
        if isinstance(written, list):
            raise YamlProblem(
                EDITIONS_FILE, line, f"`{setting}:` names one edition, not several: keep one year"
            )
        edition = next((e for e in found if e.name == str(written)), None)
        if edition is None:
            raise YamlProblem(
                EDITIONS_FILE,
                line,
                f"`{setting}: {written}` names no edition: the editions are "
                f"{', '.join(folders) or 'none'} (one folder each in {EDITIONS_FOLDER}/)",
            )
        chosen[setting] = edition
    return Editions(found, **chosen)


def edition_of(relative: Path, known: Editions) -> Edition | None:
    """The edition a page or an included text belongs to, by its folder, or None for the pages
    every edition shares (the home pages)."""
    parts = relative.parts
    if parts[:1] == ("docs",) and len(parts) > 3:
        return known.named(parts[2])
    if parts[:1] == ("report",) and len(parts) > 2:
        return known.named(parts[1])
    return None


NEWEST = "newest/"  # a menu entry's folder that stands for the newest edition's


def newest_path(entry: str, known: Editions) -> str:
    """A menu entry's path with `newest/` read as the newest edition's folder."""
    if entry.startswith(NEWEST):
        return f"{known.newest.name}/{entry.removeprefix(NEWEST)}"
    return entry


def edition_problems(project: Path, known: Editions, languages: tuple[str, ...]) -> list[str]:
    """An edition named by no report's year, missing one of its parts, or a folder of an
    edition that data/editions/ does not hold: one line each."""
    found = []
    for edition in known.all:
        year = edition.name
        if not EDITION_NAME.fullmatch(year) or int(year) < FIRST_REPORT:
            found.append(
                f"{EDITIONS_FOLDER}/{year}/:1: '{year}' is not a report's year: name the "
                f"edition's folders by it, like 2024 (the first report came out in {FIRST_REPORT})"
            )
            continue
        needed = [
            edition.facts_file,
            edition.sources_file,
            *(f"{edition.pages_folder(lang)}/index.md" for lang in languages),
        ]
        found += [
            f"{path}:1: the edition {year} has no {path.rsplit('/', 1)[1]} here: restore it "
            f"from git, or for a new edition copy it from the edition before (make edition "
            f"YEAR={year} starts all of them)"
            for path in needed
            if not (project / path).is_file()
        ]
        if not any((project / edition.source_folder).glob("*.txt")):
            found.append(
                f"{edition.source_folder}/:1: the edition {year} has no text of its "
                "publisher here: put a copy of it here as a .txt file"
            )
    if found:
        return found  # a folder misnamed is also a stray one: its name is the mistake to fix
    newest = known.newest
    outside = {
        "data/facts.yaml": newest.facts_file,
        "data/sources.yaml": newest.sources_file,
        **{f"source/{path.name}": f"{newest.source_folder}/" for path in _texts(project)},
    }
    found += [
        f"{written}:1: an edition's files are in its own folders now, and nothing reads this "
        f"one: move what it holds into {home} (or the edition's it belongs to), then remove it"
        for written, home in outside.items()
        if (project / written).is_file()
    ]
    folders = ["source", "report", *(f"docs/{lang}" for lang in languages)]
    names = {edition.name for edition in known.all}
    found += [
        f"{folder}/{path.name}/:1: there is no edition {path.name} in {EDITIONS_FOLDER}/: "
        f"start it with `make edition YEAR={path.name}`, or remove this folder"
        for folder in folders
        if (project / folder).is_dir()
        for path in sorted((project / folder).iterdir())
        if path.is_dir() and EDITION_NAME.fullmatch(path.name) and path.name not in names
    ]
    return found


def _texts(project: Path) -> list[Path]:
    """Publisher's texts put in source/ itself, outside any edition's folder."""
    return sorted((project / "source").glob("*.txt"))
