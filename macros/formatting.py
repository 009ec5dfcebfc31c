"""A figure written as each language writes it: Babel (CLDR) does the numbers and dates.

Two small tables cover what Babel does not: Lao digits (Babel writes Latin digits even with
`numbering_system='laoo'`) and the words for one to nine, which the English report spells out
and the Lao article uses once ("ສອງຄະດີ"); Babel has no spell-out rules.
"""

from __future__ import annotations

import datetime

from babel.dates import format_date, format_skeleton
from babel.numbers import format_compact_decimal, format_currency, format_decimal

from .schema import Span

LAO_DIGITS = str.maketrans("0123456789", "໐໑໒໓໔໕໖໗໘໙")
ONE_TO_NINE = {
    "en": ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine"),
    "lo": ("ນຶ່ງ", "ສອງ", "ສາມ", "ສີ່", "ຫ້າ", "ຫົກ", "ເຈັດ", "ແປດ", "ເກົ້າ"),
}
FIRST_TO_NINTH = (
    "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
)  # fmt: skip
RANGE_JOINER = {"en": "{} to {}", "lo": "{} ຫາ {}"}
ORDINAL_LO = "ທີ {}"
SPELLS_OUT_BY_DEFAULT = {"en": True, "lo": False}


def number(value: int, lang: str, words: bool | None = None) -> str:
    """A count: words for one to nine where the language's text spells them out."""
    spell = SPELLS_OUT_BY_DEFAULT[lang] if words is None else words
    if spell and 1 <= value <= 9:
        return ONE_TO_NINE[lang][value - 1]
    return format_decimal(value, locale=lang)


def ordinal(value: int, lang: str) -> str:
    """A place in order: "second" in English, "ທີ 2" in Lao."""
    if lang == "lo":
        return ORDINAL_LO.format(value)
    if 1 <= value <= 9:
        return FIRST_TO_NINTH[value - 1]
    return format_decimal(value, locale=lang) + _english_suffix(value)


def _english_suffix(value: int) -> str:
    if value % 100 in (11, 12, 13):
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(value % 10, "th")


def money(value: int, currency: str, lang: str) -> str:
    """Dollars with their symbol ("$3,800"), kip in millions ("65.5 million"), as in the report."""
    if currency == "USD":
        return format_currency(value, "USD", format="¤#,##0", locale=lang, currency_digits=False)
    if value >= 1_000_000:
        return format_compact_decimal(value, format_type="long", locale=lang, fraction_digits=1)
    return format_decimal(value, locale=lang)


def span(value: Span, currency: str | None, lang: str, words: bool | None = None) -> str:
    """Both ends of a range, each written as its kind is."""
    if currency is None:
        ends = (number(value.min, lang, words), number(value.max, lang, words))
    else:
        ends = (money(value.min, currency, lang), money(value.max, currency, lang))
    return RANGE_JOINER[lang].format(*ends)


def day(value: str, lang: str, form: str | None = None) -> str:
    """A date by CLDR format name or pattern; in Lao with Lao digits, as in the dateline."""
    text = format_date(datetime.date.fromisoformat(value), form or "long", locale=lang)
    return lao_digits(text) if lang == "lo" else text


def month(value: str, lang: str, form: str | None = None) -> str:
    """A month ("September 2022"), or any CLDR pattern of it ("MMMM" for the name alone)."""
    first = datetime.date.fromisoformat(value + "-01")
    if form:
        return format_date(first, form, locale=lang)
    return format_skeleton("yMMMM", first, locale=lang)


def lao_digits(text: str) -> str:
    return text.translate(LAO_DIGITS)


def capitalised(text: str) -> str:
    """First letter upper case, for a figure that opens a sentence ("Six of the ...")."""
    return text[:1].upper() + text[1:]
