"""Read a figure back from the words a page shows, independently of how the site writes it."""

from __future__ import annotations

import re
from datetime import datetime

WORDS = {
    "en": ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"],
    "lo": ["ນຶ່ງ", "ສອງ", "ສາມ", "ສີ່", "ຫ້າ", "ຫົກ", "ເຈັດ", "ແປດ", "ເກົ້າ"],
}
ORDINALS = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"]
SEPARATORS = {"en": (",", "."), "lo": (".", ",")}  # (grouping, decimal)
MILLION = {"en": "million", "lo": "ລ້ານ"}
HUNDRED_THOUSAND = {"en": None, "lo": "ແສນ"}  # Lao says 65.5 million as 65 ລ້ານ 5 ແສນ
LAO_DIGITS = str.maketrans("໐໑໒໓໔໕໖໗໘໙", "0123456789")
RANGE = {"en": " to ", "lo": " ຫາ "}
CURRENCY_WORDS = {"en": (), "lo": ("ກີບ", "ໂດລາ")}  # Lao names the currency after the amount


def number(text: str, lang: str) -> int:
    """One figure: "five", "1,802", "65.5 million", "$5,810", "ທີ 2", "1.802", "65 ລ້ານ 5 ແສນ"."""
    text = text.strip().lower().removeprefix("ທີ ").lstrip("$").removeprefix("us$")
    for word in CURRENCY_WORDS[lang]:
        text = text.removesuffix(word).strip()
    if text in WORDS[lang]:
        return WORDS[lang].index(text) + 1
    if text in ORDINALS:
        return ORDINALS.index(text) + 1
    if HUNDRED_THOUSAND[lang] and text.endswith(HUNDRED_THOUSAND[lang]):
        millions, hundred_thousands = text.removesuffix(HUNDRED_THOUSAND[lang]).split(MILLION[lang])
        return number(millions, lang) * 1_000_000 + int(hundred_thousands) * 100_000
    grouping, decimal = SEPARATORS[lang]
    factor = 1
    if text.endswith(MILLION[lang]):
        text, factor = text.removesuffix(MILLION[lang]).strip(), 1_000_000
    text = re.sub(r"(st|nd|rd|th)$", "", text).replace(grouping, "").replace(decimal, ".")
    return round(float(text) * factor)


def value_attribute(kind_of_text: str, text: str, lang: str) -> str:
    """What the `value` attribute should be, judged from the shown text alone."""
    if RANGE[lang] in text:
        low, high = text.split(RANGE[lang])
        return f"{number(low, lang)}/{number(high, lang)}"
    if kind_of_text == "date":
        return date(text, lang)
    if kind_of_text == "month":
        return date(text, lang)[:7]
    return str(number(text, lang))


LAO_MONTHS = [
    "ມັງກອນ",
    "ກຸມພາ",
    "ມີນາ",
    "ເມສາ",
    "ພຶດສະພາ",
    "ມິຖຸນາ",
    "ກໍລະກົດ",
    "ສິງຫາ",
    "ກັນຍາ",
    "ຕຸລາ",
    "ພະຈິກ",
    "ທັນວາ",
]


def date(text: str, lang: str) -> str:
    """An ISO date from "May 9, 2022", "September 2022", "ວັນເສົາ, ໒໗ ກໍລະກົດ ໒໐໒໔"."""
    if lang == "lo":
        words = text.translate(LAO_DIGITS).replace(",", "").split()
        month = next(LAO_MONTHS.index(w) + 1 for w in words if w in LAO_MONTHS)
        numbers = [int(w) for w in words if w.isdigit()]
        day = numbers[0] if len(numbers) == 2 else 1
        return f"{numbers[-1]:04d}-{month:02d}-{day:02d}"
    for form in ("%A, %B %d, %Y", "%B %d, %Y", "%B %Y"):
        try:
            return datetime.strptime(text, form).date().isoformat()
        except ValueError:
            continue
    raise ValueError(f"not a date: {text!r}")
