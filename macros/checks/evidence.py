"""Every figure's evidence: its sentence is in its edition's `source/` word for word and states it.

An editor who changes `value: 306` to `value: 307`, or quotes the sentence about the other year,
would publish a figure beside a sentence that does not say it. The report writes a figure in
many ways ("1,802", "six", "second", "65.5 million", "May 9, 2022", "ສອງ", Lao digits), so a
quote states a figure when it holds any of them; it states none (0) in words ("did not convict
any", "no", "ບໍ່"). A rating is stated by its whole words (ratings.py).
"""

from __future__ import annotations

import datetime
import difflib
import functools
import re
from pathlib import Path

from babel.dates import format_date, format_skeleton
from babel.numbers import format_compact_decimal, format_decimal

from ..data import ratings
from ..data.facts import Fact, Facts, FactsProblem
from ..data.number_words import number_words
from ..data.records import Span
from ..languages import languages
from ..render import formatting

DATE_FORMATS = ("short", "medium", "long", "full")
COUNTED = ("count", "money", "range")  # a number any sentence may hold; a year or a date is itself
LAO_LETTER = re.compile("[\u0e80-\u0eff]")
PLAIN_WORDS = {"with", "from", "that", "were", "this", "their", "than", "which", "other", "under"}
CURLY_QUOTES = "\u201c\u201d\u2018\u2019"
NONE = re.compile(r"\b(?:no|none|zero|never|not\b[^.;]*\bany)\b|ບໍ່", re.IGNORECASE)


def squeezed(text: str) -> str:
    """Text with every run of white space as one space: line breaks do not change a quote."""
    return " ".join(text.split())


def source_text(folder: Path) -> str:
    """All the publisher's text an edition reproduces, as one squeezed string; read again
    whenever a file of it changes (the preview keeps running)."""
    files = sorted(folder.glob("*.txt"))
    return _read_source(
        tuple((path, path.stat().st_mtime_ns, path.stat().st_size) for path in files)
    )


@functools.lru_cache(maxsize=2)
def _read_source(files: tuple) -> str:
    return squeezed(" ".join(path.read_text("utf-8") for path, _, _ in files))


def check(facts: Facts, project: Path, source_folder: str) -> list[str]:
    """Every quote that is not in its edition's source (`source_folder`) or does not state its
    figure, one line each."""
    text = source_text(project / source_folder)
    if not text:
        return [
            f"{source_folder}/:1: the edition has no text of its publisher here: put a copy "
            "of it here as a .txt file, or restore it from git"
        ]
    problems = []
    for fact in facts:
        for year, value in fact.entry.by_year().items():
            quote = fact.entry.quote_for(year)
            where = f"{fact.id}" + (f" ({year})" if year is not None else "")
            line = fact.quote_lines[year]
            if squeezed(quote) not in text:
                problem = _not_in_source(quote, text, source_folder)
            elif not _states(quote, fact, value):
                problem = (
                    f"the quote does not state {_plain(fact, value)}; "
                    "quote the sentence of the report that does, or correct the figure"
                )
            elif fact.kind in COUNTED and not _says_what_it_counts(quote, fact):
                problem = (
                    f"the quote states {_plain(fact, value)} but none of the label's words: "
                    "quote the sentence about this figure, with the words that say what it counts"
                )
            else:
                continue
            problems.append(str(FactsProblem(facts.shown_as, line, f"{where}: {problem}")))
    return problems


def _not_in_source(quote: str, text: str, source_folder: str) -> str:
    """What to say of a quote the source does not hold: the quotes around it, its apostrophe,
    or the nearest sentence in it."""
    if quote[:1] in CURLY_QUOTES and quote[-1:] in CURLY_QUOTES:
        return (
            f"the quote is written between curly quotes {quote[0]}…{quote[-1]}, which become part "
            'of it: put it between straight quotes "…"'
        )
    if squeezed(quote.replace("'", "\u2019")) in text:
        return (
            f"the quote has a straight apostrophe ' where {source_folder}/ has a curly one \u2019: "
            f"copy the sentence from {source_folder}/ as it is"
        )
    clauses = re.split(r"(?<=[.;:!?,])\s+|\s+(?=\()", text)
    close = difflib.get_close_matches(squeezed(quote), clauses, n=1, cutoff=0.6)
    hint = f"; did you mean “{close[0]}”?" if close else ""
    return f"the quote is not in {source_folder}/ word for word{hint}"


def _says_what_it_counts(quote: str, fact: Fact) -> bool:
    """Whether `quote` holds a word of the fact's label in its language: a sentence copied from
    another figure that happens to hold the same number ("four girls" for four boys) does not.
    English words count from four letters (or an acronym, "PRC"), by their first five
    ("victims", "victim"); Lao,
    written without spaces, shares a run of four letters with its label."""
    if LAO_LETTER.search(quote):
        label = fact.entry.label.lo
        return any(label[at : at + 4] in quote for at in range(len(label) - 3))
    return bool(_stems(fact.entry.label.en) & _stems(quote))


def _stems(text: str) -> set[str]:
    words = [word.lower() for word in re.findall(r"[A-Za-z]{4,}|\b[A-Z]{2,}\b", text)]
    return {word[:5] if len(word) > 5 else word.removesuffix("s") for word in words} - PLAIN_WORDS


def _plain(fact: Fact, value: object) -> str:
    if fact.kind == "rating":
        return f"{ratings.words(value, 'en')} ({value})"
    if isinstance(value, Span):
        return f"{value.min} to {value.max}"
    return str(value)


def _states(quote: str, fact: Fact, value: object) -> bool:
    if fact.kind == "rating":
        return ratings.states(quote, value)
    if value == 0 and NONE.search(quote):
        return True
    ends = (value.min, value.max) if isinstance(value, Span) else (value,)
    return all(_states_one(quote, fact, end) for end in ends)


def _states_one(quote: str, fact: Fact, value: int | str) -> bool:
    if isinstance(value, int) and _holds_number(quote, str(value)):
        return True  # the usual case, without asking CLDR for every other form
    numeric, words, phrases = forms(fact, value)
    return (
        any(_holds_number(quote, form) for form in numeric)
        or any(re.search(rf"(?<![a-z]){form}(?![a-z])", quote, re.IGNORECASE) for form in words)
        or any(phrase in quote for phrase in phrases)
    )


def _holds_number(quote: str, written: str) -> bool:
    """Whether `quote` holds the number `written`, whole (not 75 inside 1,750)."""
    return re.search(rf"(?<![\d.,]){re.escape(written)}(?![\d]|[.,]\d)", quote) is not None


def forms(fact: Fact, value: int | str) -> tuple[set[str], set[str], set[str]]:
    """The ways the report may write `value`: digit forms (matched whole), English words
    (matched as words) and phrases (dates and Lao words, matched as they stand)."""
    if fact.kind in ("date", "month"):
        return set(), set(), set(_calendar_forms(fact.kind, value))
    words: set[str] = set()
    phrases: set[str] = set()
    if 1 <= value <= 9:
        said = number_words()
        words = {said.en.one_to_nine[value - 1], said.en.first_to_ninth[value - 1]}
        phrases = {said.lo.one_to_nine[value - 1]}
    return set(_numeric_forms(value)), words, phrases


@functools.lru_cache(maxsize=4096)
def _calendar_forms(kind: str, value: str) -> frozenset[str]:
    """A day's or a month's written forms in every locale: CLDR's answer, asked once."""
    if kind == "month":
        first = datetime.date.fromisoformat(value + "-01")
        return frozenset(format_skeleton("yMMMM", first, locale=lang) for lang in languages())
    day = datetime.date.fromisoformat(value)
    written = {format_date(day, form, locale=lang) for form in DATE_FORMATS for lang in languages()}
    return frozenset(written | {formatting.lao_digits(text) for text in written})


@functools.lru_cache(maxsize=4096)
def _numeric_forms(value: int) -> frozenset[str]:
    """A number's digit forms in every locale: many facts share a figure, CLDR is asked once."""
    numeric = {str(value), formatting.lao_digits(str(value))}
    numeric |= {format_decimal(value, locale=lang) for lang in languages()}
    if value >= 1_000_000:
        numeric |= {
            format_compact_decimal(value, format_type="long", locale=lang, fraction_digits=1)
            for lang in languages()
        }
    return frozenset(numeric)
