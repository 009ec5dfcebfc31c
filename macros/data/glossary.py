"""data/glossary.yaml: the report's terms in English and in Lao, each saying whether its Lao was
seen in a Lao source (and where) or is the site's own proposal. Checked like the other word
files, so a slip stops with its line; a rating's words must be those of data/ratings.yaml, so
the glossary and the pages never write Tier 2 two ways."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, Literal

from ..file_state import located
from ..languages import languages
from .ratings import ratings
from .strict_yaml import LocatedDocument, YamlProblem

GLOSSARY_FILE = "data/glossary.yaml"
STATUSES = ("attested", "attested_voa", "proposed")


@dataclass(frozen=True)
class Term:
    """One term: what the translation of the report must write for it (`enforce`), if it must."""

    key: str
    en: str
    lo: str
    status: str
    enforce: tuple[str, str] | None  # (the English that calls for it, the Lao that must follow)


def glossary(project: Path) -> list[Term]:
    """The terms, each held to its schema and to data/ratings.yaml; the first mistake stops
    with its line."""
    from pydantic import AfterValidator, Field  # loaded only when the glossary is read

    from . import schema

    note_text = Annotated[
        str,
        Field(min_length=1, pattern=schema.ONE_LINE),
        AfterValidator(lambda text: schema.shown_text(text, schema.MAX_QUOTE)),
    ]

    class Enforce(schema.Strict):
        en: schema.EnglishText
        lo: schema.ShownText

    class Entry(schema.Strict):
        en: schema.EnglishText
        lo: schema.LaoText
        status: Literal[STATUSES]
        seen: note_text | None = None
        note: note_text | None = None
        rating: str | None = None
        enforce: Enforce | None = None

    document = located(project / GLOSSARY_FILE, GLOSSARY_FILE)
    terms = document.data.get("terms") if isinstance(document.data, dict) else None
    if not isinstance(terms, dict) or not terms:
        raise YamlProblem(GLOSSARY_FILE, 1, "the file must hold `terms:`, each named, like tier_2:")
    fields = {(): list(Entry.model_fields), ("enforce",): list(Enforce.model_fields)}
    found = []
    for key, raw in terms.items():
        try:
            entry = Entry.model_validate(raw)
        except schema.ValidationError as error:
            first = schema.first_error(error)
            line = document.line_of(("terms", key, *first["loc"]))
            words = schema.editor_words(first, fields)
            raise YamlProblem(GLOSSARY_FILE, line, f"{key}: {words}") from None
        _check_entry(document, key, entry)
        enforce = (entry.enforce.en, entry.enforce.lo) if entry.enforce else None
        found.append(Term(key, entry.en, entry.lo, entry.status, enforce))
    return found


def checked_terms(project: Path) -> list[Term]:
    """The terms as the check found them, read without checking again (a page lists them
    after the check has held the file to its schema)."""
    terms = located(project / GLOSSARY_FILE, GLOSSARY_FILE).data["terms"]
    return [
        Term(
            key,
            entry["en"],
            entry["lo"],
            entry["status"],
            (entry["enforce"]["en"], entry["enforce"]["lo"]) if entry.get("enforce") else None,
        )
        for key, entry in terms.items()
    ]


def _check_entry(document: LocatedDocument, key: str, entry) -> None:
    """An attested term says where it was seen; a rating's words are those of the ratings."""
    if entry.status != "proposed" and entry.seen is None:
        raise YamlProblem(
            GLOSSARY_FILE,
            document.line_of(("terms", key, "status")),
            f"{key}: an {entry.status} term says where its Lao was seen: add `seen:`, "
            "or mark it `status: proposed`",
        )
    if entry.rating is None:
        return
    line = document.line_of(("terms", key, "rating"))
    known = ratings()
    if entry.rating not in known:
        raise YamlProblem(
            GLOSSARY_FILE,
            line,
            f"{key}: '{entry.rating}' is not a rating; the ratings are: {', '.join(known)}",
        )
    rating = known[entry.rating]
    for lang in languages():
        written, wanted = getattr(entry, lang), getattr(rating, lang)
        if written != wanted:
            raise YamlProblem(
                GLOSSARY_FILE,
                document.line_of(("terms", key, lang)),
                f"{key}: this writes the rating '{written}', but data/ratings.yaml writes "
                f"{entry.rating} '{wanted}': make the two agree",
            )
