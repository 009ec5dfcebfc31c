"""The glossary's terms written one way everywhere the site writes Lao of its own: where the
English (a paragraph of the report, a fact's label, a chart's words) says a term the glossary
holds the translation to (`enforce:`), the Lao beside it says the glossary's Lao. Its accepted
forms: the enforced words, the term's Lao name without its bracketed abbreviation ("ອົງການ…
ສູງສຸດ" for OSPP), each also without the ການ that makes it a noun ("ຖືກບັງຄັບໃຊ້ແຮງງານ")."""

from __future__ import annotations

import functools
import re
from pathlib import Path

from ..data.glossary import GLOSSARY_FILE, Term
from ..data.word_files import CHARTS_FILE, INTERFACE_FILE
from ..file_state import located

NOUN_MARK = "ການ"


@functools.cache
def forms(term: Term) -> frozenset[str]:
    """The Lao a text may write for an enforced term (asked once per label: kept)."""
    whole = set(_ways(term))
    return frozenset(whole | {form.removeprefix(NOUN_MARK) for form in whole if form != NOUN_MARK})


def unkept(english: str, lao: str, terms: list[Term]) -> list[tuple[Term, str]]:
    """Each enforced term the English says and the Lao does not, with the English words."""
    enforced = [term for term in terms if term.enforce is not None]
    if not _saying_any(tuple(term.enforce[0] for term in enforced)).search(english):
        return []  # most labels say none: one search, not one per term
    found = []
    for term in enforced:
        said = _saying(term.enforce[0]).search(english)
        if said and not any(form in lao for form in forms(term)):
            found.append((term, said[0]))
    return found


@functools.cache
def _saying(english: str) -> re.Pattern:
    """The English of a term, as a word or the start of one, in any case."""
    return re.compile(r"(?<![A-Za-z])" + re.escape(english), re.IGNORECASE)


@functools.cache
def _saying_any(englishes: tuple[str, ...]) -> re.Pattern:
    """Any of the terms' English, as `_saying` finds each."""
    return re.compile("|".join(_saying(english).pattern for english in englishes), re.IGNORECASE)


def message(where: str, english_is: str, term: Term, said: str) -> str:
    ways = " or ".join(f"'{form}'" for form in _ways(term))
    return (
        f"{where}: {english_is} says '{said}': write it {ways} here, as {GLOSSARY_FILE} has "
        f"it ({term.key})"
    )


def _ways(term: Term) -> list[str]:
    """The enforced words, and the term's Lao name without its bracketed abbreviation."""
    named = re.sub(r"\s*\([^)]*\)", "", term.lo).strip()
    return [form for form in dict.fromkeys((term.enforce[1], named)) if form]


def label_problems(project: Path, facts_files: list[str], terms: list[Term]) -> list[str]:
    """Every label, chart word and interface word whose Lao leaves out a term its English says."""
    places = []  # (file, its document, where the English is, where the Lao is)
    for shown in facts_files:
        document = located(project / shown, shown)
        for section, entries in document.data.items():
            for name in entries:
                label = (section, name, "label")
                places.append((shown, document, (*label, "en"), (*label, "lo")))
    charts = located(project / CHARTS_FILE, CHARTS_FILE)
    for kind, entries in charts.data.items():
        for key, entry in entries.items():
            parts = [(kind, key, part) for part in entry] if kind == "charts" else [(kind, key)]
            places += [(CHARTS_FILE, charts, (*at, "en"), (*at, "lo")) for at in parts]
    interface = located(project / INTERFACE_FILE, INTERFACE_FILE)
    for key in interface.data["en"]:
        places.append((INTERFACE_FILE, interface, ("en", key), ("lo", key)))
    found = []
    for shown, document, english_at, lao_at in places:
        english, lao = _at(document.data, english_at), _at(document.data, lao_at)
        for term, said in unkept(english, lao, terms):
            line = document.line_of(lao_at)
            found.append(message(f"{shown}:{line}", "its English", term, said))
    return found


def _at(data, path: tuple) -> str:
    for key in path:
        data = data.get(key, {}) if isinstance(data, dict) else {}
    return data if isinstance(data, str) else ""
