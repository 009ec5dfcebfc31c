"""The facts file, loaded, checked against its schema and its sums, and looked up by id."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from .. import languages
from ..checks.invisible import invisible, visible
from ..file_state import located, when_changed
from .records import FactEntry, Value
from .strict_yaml import LocatedDocument, YamlProblem

FactsProblem = YamlProblem


@dataclass(frozen=True)
class Fact:
    """One figure of the report, with everything a page or a reader needs about it."""

    id: str
    entry: FactEntry
    line: int
    quote_lines: dict[int | None, int]
    page_line: int

    @property
    def kind(self) -> str:
        return self.entry.kind

    @property
    def per_year(self) -> bool:
        return self.entry.values is not None

    def value_for(self, year: int | None) -> Value:
        """The figure for `year` (None for a fact with a single value)."""
        return self.entry.by_year()[year]


def near_misspelling(written: str, names) -> str | None:
    """The one name `written` is a slip of (two letters wrong, swapped, or in capitals): a name
    further off is another figure, or another file, which a "did you mean" would publish."""
    edits = {name: _edits(written.lower(), name.lower()) for name in names}
    closest = min(edits, key=edits.get, default=None)
    return closest if closest is not None and edits[closest] <= 2 else None


def _edits(a: str, b: str) -> int:
    """Letters to add, remove, change or swap to turn `a` into `b` (stops counting past 2)."""
    if abs(len(a) - len(b)) > 2:
        return 3
    previous, current = None, list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        before, previous, current = previous, current, [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            current[j] = min(
                previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] != b[j - 1])
            )
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                current[j] = min(current[j], before[j - 2] + 1)
    return current[-1]


class UnknownFact(LookupError):
    """A page asked for a fact the file does not hold."""


class Facts:
    """All facts of one file, by id."""

    def __init__(self, facts: dict[str, Fact], shown_as: str):
        self.by_id = facts
        self.shown_as = shown_as

    def __iter__(self):
        return iter(self.by_id.values())

    def get(self, fact_id: str) -> Fact:
        if fact_id in self.by_id:
            return self.by_id[fact_id]
        message = f"there is no fact '{visible(fact_id)}' in {self.shown_as}"
        hidden = invisible(fact_id)
        bare = "".join(visible(fact_id).split())  # a fact's name holds no space of any kind
        if hidden and bare in self.by_id:
            raise UnknownFact(f"the fact's name '{bare}' has {hidden} in it: delete it")
        close = near_misspelling(fact_id, self.by_id)
        if close:
            raise UnknownFact(f"{message}; did you mean '{close}'?")
        raise UnknownFact(f"{message}: add it back there, or use another fact")

    def reporting_year(self, which: str | None = None) -> int:
        """The current reporting year, or the one the report compares it with ("previous")."""
        fact_id = "report.previous_year" if which == "previous" else "report.reporting_year"
        return self.get(fact_id).value_for(None)


@when_changed
def load_facts(path: Path, shown_as: str) -> Facts:
    """Read and check the facts file; the first problem found stops with its line. The file is
    parsed once for this and for the checks that read it again for their lines."""
    document = located(path, shown_as)
    facts = _build(document, shown_as)
    _check_labels(facts, document, shown_as)
    _check_parts(facts, document, shown_as)
    return facts


def _check_labels(facts: Facts, document: LocatedDocument, shown_as: str) -> None:
    """Each fact's label says what it alone counts: two facts with one label are two rows of
    the facts page, and two boxes, that readers cannot tell apart."""
    for lang in languages.languages():
        first: dict[str, Fact] = {}
        for fact in facts:
            label = getattr(fact.entry.label, lang)
            earlier = first.setdefault(label.casefold(), fact)
            if earlier is not fact:
                line = document.line_of((*fact.id.split("."), "label", lang))
                raise FactsProblem(
                    shown_as,
                    line,
                    f"{fact.id}: `label.{lang}` is the label of {earlier.id} too (line "
                    f"{document.line_of((*earlier.id.split('.'), 'label', lang))}): readers could "
                    "not tell the two figures apart; say what each one counts",
                )


def _build(document: LocatedDocument, shown_as: str) -> Facts:
    from . import schema  # loaded only when a file is read anew: a kept check never needs it

    if not isinstance(document.data, dict):
        raise FactsProblem(shown_as, 1, "the file must hold sections of facts, like `protection:`")
    by_id: dict[str, Fact] = {}
    for section, entries in document.data.items():
        where = document.line_of((section,))
        if not isinstance(section, str) or not re.match(schema.NAME, section):
            raise FactsProblem(shown_as, where, f"'{section}' is not a section name")
        if not isinstance(entries, dict):
            raise FactsProblem(shown_as, where, f"section '{section}' must hold facts")
        for name, raw in entries.items():
            fact_id = f"{section}.{name}"
            line = document.line_of((section, name))
            if not isinstance(name, str) or not re.match(schema.NAME, name):
                raise FactsProblem(shown_as, line, f"'{fact_id}' is not a fact name")
            try:
                entry = schema.record(schema.FactEntry.model_validate(raw))
            except schema.ValidationError as error:
                first = schema.first_error(error)
                line = document.line_of((section, name, *first["loc"]))
                words = schema.editor_words(first)
                raise FactsProblem(shown_as, line, f"{fact_id}: {words}") from None
            by_id[fact_id] = Fact(
                fact_id,
                entry,
                line,
                _quote_lines(document, fact_id, entry),
                document.line_of((section, name, "source", "page")),
            )
    facts = Facts(by_id, shown_as)
    for required in ("report.year", "report.reporting_year", "report.previous_year"):
        if required not in by_id:
            raise FactsProblem(shown_as, 1, f"the file must hold {required}")
    return facts


def _quote_lines(document: LocatedDocument, fact_id: str, entry: FactEntry) -> dict:
    """The line of the sentence quoted for each year, for messages about the evidence."""
    source = (*fact_id.split("."), "source")
    if entry.source.quotes is None:
        line = document.line_of((*source, "quote"))
        return dict.fromkeys(entry.by_year(), line)
    return {year: document.line_of((*source, "quotes", year)) for year in entry.source.quotes}


def _check_parts(facts: Facts, document: LocatedDocument, shown_as: str) -> None:
    """A total must equal the sum of its parts, in every year the report breaks it down."""
    for total in facts:
        for index, part_id in enumerate(total.entry.parts):
            try:
                facts.get(part_id)
            except UnknownFact as error:
                line = document.line_of((*tuple(total.id.split(".")), "parts", index))
                raise FactsProblem(shown_as, line, f"{total.id} parts: {error}") from None
        if not total.entry.parts:
            continue
        for year, value in total.entry.by_year().items():
            parts = [facts.get(part_id) for part_id in total.entry.parts]
            missing = [part.id for part in parts if year not in part.entry.by_year()]
            if len(missing) == len(parts):
                continue
            if missing:
                raise FactsProblem(
                    shown_as, total.line, f"{total.id} has {year} but its part {missing[0]} has not"
                )
            figures = [part.value_for(year) for part in parts]
            if sum(figures) != value:
                terms = " + ".join(f"{p.id} {f}" for p, f in zip(parts, figures, strict=True))
                when = f" in {year}" if year is not None else ""
                raise FactsProblem(
                    shown_as,
                    total.line,
                    f"{total.id} is {value}{when} but its parts add up to {sum(figures)}: {terms}",
                )
