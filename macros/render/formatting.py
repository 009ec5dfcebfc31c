"""A figure written as each language writes it: Babel (CLDR) does the numbers and dates.

What Babel does not do is small: Lao digits (Babel writes Latin digits even with
`numbering_system='laoo'`), and the words in data/number-words.yaml: one to nine, which the
English report spells out and the Lao article uses once ("ສອງຄະດີ"), places in order, ranges,
and the Lao name of a currency. Lao text writes Arabic digits, as the article does; Lao digits
only where a page asks for them (`digits="lao"`, the copy date as VOA's page wrote it).
"""

from __future__ import annotations

import datetime

from babel.dates import format_date, format_skeleton
from babel.numbers import format_compact_decimal, format_currency, format_decimal

from ..data.number_words import number_words
from ..data.records import Span

LAO_DIGITS = str.maketrans("0123456789", "໐໑໒໓໔໕໖໗໘໙")
SPELLS_OUT_BY_DEFAULT = {"en": True, "lo": False}


def number(value: int, lang: str, words: bool | None = None) -> str:
    """A count: words for one to nine where the language's text spells them out."""
    spell = SPELLS_OUT_BY_DEFAULT[lang] if words is None else words
    if spell and 1 <= value <= 9:
        return getattr(number_words(), lang).one_to_nine[value - 1]
    return format_decimal(value, locale=lang)


def ordinal(value: int, lang: str) -> str:
    """A place in order: "second" in English, "ທີ 2" in Lao."""
    if lang == "lo":
        return number_words().lo.ordinal.format(value)
    if 1 <= value <= 9:
        return number_words().en.first_to_ninth[value - 1]
    return format_decimal(value, locale=lang) + _english_suffix(value)


def _english_suffix(value: int) -> str:
    if value % 100 in (11, 12, 13):
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(value % 10, "th")


def money(value: int, currency: str, lang: str) -> str:
    """An amount with its currency: in English as the report writes it ("$3,800", and kip in
    millions, "65.5 million", before the report's own "Lao kip"); in Lao with the currency's
    name after it ("65 ລ້ານ 5 ແສນ ກີບ", "3.800 ໂດລາ")."""
    if lang == "lo":
        return f"{amount(value, lang)} {number_words().lo.currency[currency]}"
    if currency == "USD":
        return format_currency(value, "USD", format="¤#,##0", locale=lang, currency_digits=False)
    return amount(value, lang)


def amount(value: int, lang: str) -> str:
    """The number of an amount alone: millions in words, as the report writes kip ("65.5
    million"), or said in millions and hundred thousands where the language's number words
    say so ("65 ລ້ານ 5 ແສນ": a decimal comma or point could be read either way)."""
    if value < 1_000_000:
        return format_decimal(value, locale=lang)
    words = getattr(number_words(), lang)
    if not hasattr(words, "millions"):
        return format_compact_decimal(value, format_type="long", locale=lang, fraction_digits=1)
    millions, hundred_thousands = divmod(round(value / 100_000), 10)
    said = words.millions.format(format_decimal(millions, locale=lang))
    if hundred_thousands:
        said += " " + words.hundred_thousands.format(hundred_thousands)
    return said


def span(value: Span, currency: str | None, lang: str, words: bool | None = None) -> str:
    """Both ends of a range, each written as its kind is; in Lao the currency once, at the end
    ("580 ຫາ 5.810 ໂດລາ")."""
    joiner = getattr(number_words(), lang).range
    if currency is None:
        return joiner.format(number(value.min, lang, words), number(value.max, lang, words))
    if lang == "lo":
        both = joiner.format(amount(value.min, lang), amount(value.max, lang))
        return f"{both} {number_words().lo.currency[currency]}"
    return joiner.format(money(value.min, currency, lang), money(value.max, currency, lang))


def day(value: str, lang: str, form: str | None = None) -> str:
    """A date by CLDR format name or pattern ("9 ພຶດສະພາ 2022", "May 9, 2022")."""
    return format_date(datetime.date.fromisoformat(value), form or "long", locale=lang)


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
