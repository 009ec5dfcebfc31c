"""Figures are written as each text writes them (values taken from the report's own wording)."""

from __future__ import annotations

import pytest

from macros.data.records import Span
from macros.render import formatting


@pytest.mark.parametrize(
    ("value", "lang", "words", "shown"),
    [
        (5, "en", None, "five"),
        (9, "en", None, "nine"),
        (10, "en", None, "10"),
        (1802, "en", None, "1,802"),
        (1802, "lo", None, "1.802"),
        (75, "lo", None, "75"),
        (2, "lo", None, "2"),
        (2, "lo", True, "ສອງ"),
        (0, "en", None, "0"),
    ],
)
def test_counts(value, lang, words, shown):
    assert formatting.number(value, lang, words) == shown


def test_ordinals():
    assert formatting.ordinal(2, "en") == "second"
    assert formatting.ordinal(5, "en") == "fifth"
    assert formatting.ordinal(12, "en") == "12th"
    assert formatting.ordinal(22, "en") == "22nd"
    assert formatting.ordinal(5, "lo") == "ທີ 5"


def test_money_and_ranges_as_the_report_writes_them():
    assert formatting.money(65_500_000, "LAK", "en") == "65.5 million"
    assert formatting.money(65_500_000, "LAK", "lo") == "65 ລ້ານ 5 ແສນ ກີບ"
    assert formatting.money(3800, "USD", "lo") == "3.800 ໂດລາ"
    assert formatting.money(3800, "USD", "en") == "$3,800"
    assert formatting.span(Span(min=5, max=15), None, "en") == "five to 15"
    assert formatting.span(Span(min=10**7, max=10**8), "LAK", "en") == "10 million to 100 million"
    assert formatting.span(Span(min=580, max=5810), "USD", "en") == "$580 to $5,810"
    assert formatting.span(Span(min=5, max=15), None, "lo") == "5 ຫາ 15"
    assert formatting.span(Span(min=580, max=5810), "USD", "lo") == "580 ຫາ 5.810 ໂດລາ"
    assert formatting.span(Span(min=10**7, max=10**8), "LAK", "lo") == "10 ລ້ານ ຫາ 100 ລ້ານ ກີບ"


def test_dates():
    assert formatting.day("2022-05-09", "lo") == "9 ພຶດສະພາ 2022"
    assert formatting.lao_digits(formatting.day("2024-07-27", "lo", "full")) == (
        "ວັນເສົາ, ໒໗ ກໍລະກົດ ໒໐໒໔"
    )
    assert formatting.day("2022-05-09", "en") == "May 9, 2022"
    assert formatting.month("2022-09", "en") == "September 2022"
    assert formatting.month("2022-09", "en", "MMMM") == "September"


def test_capitalised_sentence_start():
    assert formatting.capitalised("six") == "Six"
