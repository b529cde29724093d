"""The word sheet the statement rules read: words, quotation pairs, date words, positions."""

from __future__ import annotations

import pytest

from rasd.extract.statements.quotes import quotes_in
from rasd.extract.statements.wordsheet import WordSheet
from rasd.text import normalize, tokenize


def _sheet(text: str) -> WordSheet:
    return WordSheet(text, tokens=tokenize(text))


@pytest.mark.parametrize(("text", "words"), [
    ("قالَ الوزيرُ إنّ", ["قال", "الوزير", "ان"]),
    ("أعلنت ـ الوزارة", ["اعلنت", "الوزاره"]),  # a lone tatweel folds to nothing: no word
])
def test_words_are_folded_tokens(text: str, words: list[str]) -> None:
    sheet = _sheet(text)
    assert sheet.words == words
    assert [normalize(text[s:e]) for s, e in zip(sheet.starts, sheet.ends, strict=True)] == words


@pytest.mark.parametrize(("text", "pairs"), [
    ("قال «نرفض» ثم «نقبل»", [(1, 3), (5, 7)]),
    ('قال «نرفض "القرار" كله»', [(1, 7)]),  # the outer quotation only
    ("قال «نرفض", []),  # never closed
    ("قال (نرفض) ثم", []),  # parentheses are not quotations
])
def test_quotes_in_lists_outermost_pairs(text: str, pairs: list[tuple[int, int]]) -> None:
    sheet = _sheet(text)
    assert quotes_in(sheet, 0, len(sheet)) == pairs


def test_quotes_in_keeps_to_the_range() -> None:
    sheet = _sheet("قال «نرفض» ثم «نقبل»")
    assert quotes_in(sheet, 2, len(sheet)) == [(5, 7)]
    assert quotes_in(sheet, 0, 6) == [(1, 3)]


@pytest.mark.parametrize(("i", "j", "count"), [
    (0, 6, 3),  # «في 5 مايو» is left out: في, 5, مايو
    (0, 2, 2),
    (3, 3, 0),
    (4, 2, 0),
])
def test_span_words_skips_dates(i: int, j: int, count: int) -> None:
    text = "أعلن الجيش في 5 مايو أن"
    sheet = _sheet(text)
    sheet.mark_dates([(text.index("5"), text.index("مايو") + 4)])
    assert sheet.span_words(i, j) == count


def test_positions_lists_the_words_of_a_set_in_order() -> None:
    sheet = _sheet("قال الوزير ثم قال المتحدث")
    assert sheet.positions(frozenset({"قال", "المتحدث"})) == [0, 3, 4]
