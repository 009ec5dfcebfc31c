"""The report's editions: one report year each, in a folder of its own in data/editions/,
source/, report/ and docs/<language>/, and data/editions.yaml, which names the newest (the
home pages and the menu present it) and the edition the site published before it kept
editions apart (the addresses without an edition's folder lead to it)."""

from __future__ import annotations

import itertools
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
    for name in folders:
        if name != name.strip():
            raise YamlProblem(
                f"{EDITIONS_FOLDER}/{name}/",
                1,
                f"the folder's name '{name}' has a space before or after the year: rename it "
                f"'{name.strip()}' (here and in source/, report/ and docs/)",
            )
        if not EDITION_NAME.fullmatch(name) or int(name) < FIRST_REPORT:
            raise YamlProblem(
                f"{EDITIONS_FOLDER}/{name}/",
                1,
                f"'{name}' is not a report's year: name the edition's folders by it, like 2024 "
                f"(the first report came out in {FIRST_REPORT})",
            )
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
        if isinstance(written, list) or "," in str(written) or " " in str(written).strip():
            raise YamlProblem(
                EDITIONS_FILE, line, f"`{setting}:` names one edition, not several: keep one year"
            )
        edition = next((e for e in found if e.name == str(written)), None)
        if edition is None:
            raise YamlProblem(
                EDITIONS_FILE,
                line,
                f"`{setting}: {written}` names no edition: the editions are "
                f"{', '.join(folders) or 'none'} (one folder each in {EDITIONS_FOLDER}/); if "
                f"{EDITIONS_FOLDER}/{written}/ was deleted, restore it from git",
            )
        chosen[setting] = edition
    _in_order(found, chosen, document)
    return Editions(found, **chosen)


def _in_order(found: tuple[Edition, ...], chosen: dict, document) -> None:
    """The newest is the latest year, once its texts are in (an edition started and not yet
    marked would be published as an earlier one); the addresses without an edition lead, for
    good, to the first edition the site held, its oldest."""
    latest, oldest = found[-1], found[0]
    if chosen["newest"] != latest:
        raise YamlProblem(
            EDITIONS_FILE,
            document.line_of(("newest",)),
            f"the edition {latest.name} is later than `newest: {chosen['newest'].name}`: put "
            f"in its texts and figures and write `newest: {latest.name}`",
        )
    if chosen["unprefixed"] != oldest:
        raise YamlProblem(
            EDITIONS_FILE,
            document.line_of(("unprefixed",)),
            f"`unprefixed:` is the edition links shared before editions lead to, the first the "
            f"site held ({oldest.name} of those here): it never changes; if an edition's folders "
            "were deleted, restore them from git",
        )


def readable_editions(project: Path) -> Editions | None:
    """The editions, or None while data/editions.yaml or a folder has a mistake: a build hook
    then does nothing of its own, and the check, which runs in every build and preview, says
    what is wrong in the editor's words."""
    try:
        return editions(project)
    except (YamlProblem, OSError):
        return None


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
    """An edition missing one of its parts, a file outside every edition's folder, or a folder
    of an edition that data/editions/ does not hold: one line each."""
    found = []
    for edition in known.all:
        year = edition.name
        needed = [
            edition.facts_file,
            edition.sources_file,
            *(f"{edition.pages_folder(lang)}/index.md" for lang in languages),
        ]
        found += [
            f"{path}:1: the edition {year} has no {path.rsplit('/', 1)[1]} here: restore it "
            f"from git (a new edition gets every file it needs from `make edition`)"
            for path in needed
            if not (project / path).is_file()
        ]
        if not any((project / edition.source_folder).glob("*.txt")):
            found.append(
                f"{edition.source_folder}/:1: the edition {year} has no text of its "
                "publisher here: put a copy of it here as a .txt file"
            )
    if found:
        return found  # a part missing may be in a misnamed folder: its absence is named first
    for before, edition in itertools.pairwise(known.all):
        found += _unchanged(project, before, edition)
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
        f"{folder}/{path.name}/:1: there is no edition '{path.name}' in {EDITIONS_FOLDER}/: "
        f"if {EDITIONS_FOLDER}/{path.name}/ was deleted, restore it from git; a folder "
        "misnamed takes its edition's year; a new edition starts with `make edition`"
        for folder in folders
        if (project / folder).is_dir()
        for path in sorted((project / folder).iterdir())
        if path.is_dir()
        and path.name not in names
        and path.name != "__pycache__"
        and not path.name.startswith(".")  # hidden: MkDocs publishes nothing in it
    ]
    return found


def _texts(project: Path) -> list[Path]:
    """Publisher's texts put in source/ itself, outside any edition's folder."""
    return sorted((project / "source").glob("*.txt"))


def _unchanged(project: Path, before: Edition, edition: Edition) -> list[str]:
    """A new edition still holding the texts or the addresses of the one before it: started
    from a copy (`make edition`) and not yet given its own, it would publish last year's as
    this year's."""

    def texts(one: Edition) -> list[bytes]:
        return [path.read_bytes() for path in sorted((project / one.source_folder).glob("*.txt"))]

    found = []
    if set(texts(edition)) & set(texts(before)):
        found.append(
            f"{edition.source_folder}/:1: this holds the {before.name} edition's text: put in "
            f"the {edition.name} report's text, as its publisher gives it"
        )
    if (project / edition.sources_file).read_bytes() == (
        project / before.sources_file
    ).read_bytes():
        found.append(
            f"{edition.sources_file}:1: the {edition.name} edition credits the {before.name} "
            f"edition's article and chapter: put in the addresses of the {edition.name} report's"
        )
    return found
