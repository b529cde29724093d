"""Values of number expressions in normalized text: digits, separators and number words."""

from __future__ import annotations

import pytest

from rasd.extract.numbers import number_value
from rasd.text import normalize


@pytest.mark.parametrize(("text", "value", "vague"), [
    ("150", 150.0, False),
    ("007", 7.0, False),
    ("1,500", 1500.0, False),
    ("3.5", 3.5, False),
    ("٢٠٢٤", 2024.0, False),  # Arabic-Indic digits, folded first
    ("1.5 مليون", 1_500_000.0, False),
    ("خمسة وعشرين", 25.0, False),
    ("ثلاثة آلاف", 3000.0, False),
    ("عشرات", 10.0, True),
])
def test_number_value(text: str, value: float, vague: bool) -> None:
    reading = number_value(normalize(text))
    assert reading is not None
    assert (reading.value, reading.vague) == (value, vague)


def test_a_word_that_is_no_number_has_no_value() -> None:
    assert number_value(normalize("الوزارة")) is None
