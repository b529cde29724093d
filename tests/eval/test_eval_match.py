"""Matching primitives: containment, speakers, content token F1 at the 0.5 boundary."""

from __future__ import annotations

import pytest

from rasd.eval.match import (
    contains_either,
    content_overlap,
    content_tokens,
    key,
    locate,
    one_to_one,
    passes_half,
    speaker_key,
)
from rasd.text import NormalizedText

SENTENCE = "قال المتحدث إن الاتفاق سيوقع في العاصمة خلال الأسبوع المقبل"


@pytest.mark.parametrize(("gold", "found", "shared", "total", "passes"), [
    # 4 gold tokens, 4 predicted, 2 shared: F1 = 4/8 = 0.5 exactly -> a match
    ("الاتفاق سيوقع في العاصمة", "في العاصمة خلال الأسبوع", 2, 8, True),
    # 4 gold, 5 predicted, 2 shared: F1 = 4/9 < 0.5 -> no match
    ("الاتفاق سيوقع في العاصمة", "في العاصمة خلال الأسبوع المقبل", 2, 9, False),
    # 2 gold, 2 predicted, 1 shared: F1 = 2/4 = 0.5 -> a match
    ("الاتفاق سيوقع", "سيوقع في", 1, 4, True),
    # 3 gold, 3 predicted, 1 shared: F1 = 2/6 < 0.5
    ("الاتفاق سيوقع في", "في العاصمة خلال", 1, 6, False),
    # punctuation and quote marks are not tokens; diacritics and hamza forms are folded
    ("«الاتفاقُ سيوقّع»،", "الاتفاق سيوقع", 2, 4, True),
    ("", "الاتفاق", 0, 1, False),
])
def test_content_f1_boundary(gold: str, found: str, shared: int, total: int,
                             passes: bool) -> None:
    overlap = content_overlap(content_tokens(gold), content_tokens(found))
    assert overlap == (shared, total)
    assert passes_half(*overlap) is passes


def test_repeated_tokens_count_as_a_multiset() -> None:
    assert content_overlap(content_tokens("قال قال قال"), content_tokens("قال")) == (1, 4)


@pytest.mark.parametrize(("a", "b", "expected"), [
    ("جبهة النصرة", "النصرة", True),
    ("النصرة", "جبهة النصرة", True),
    ("إدلب", "ادلب", True),  # hamza folded
    ("حمص", "حماة", False),
    ("", "حمص", False),
    ("حمص", "", False),
])
def test_contains_either_direction(a: str, b: str, expected: bool) -> None:
    assert contains_either(key(a), key(b)) is expected


@pytest.mark.parametrize(("speaker", "expected"), [
    ("«الجبهة الشعبية»", "الجبهه الشعبيه"),
    ('"المرصد"', "المرصد"),
    ("  وزارة   الدفاع ", "وزاره الدفاع"),
    (None, ""),
])
def test_speaker_key_drops_quotes(speaker: str | None, expected: str) -> None:
    assert speaker_key(speaker) == expected


@pytest.mark.parametrize(("phrase", "expected"), [
    ("مدينة حمص", 9),
    ("مدينةُ\nحمص", 9),  # diacritics and a different whitespace still locate
    ("حلب", None),
])
def test_locate_finds_first_occurrence(phrase: str, expected: int | None) -> None:
    text = "وصلت إلى مدينة  حمص ثم مدينة حمص"
    assert locate(NormalizedText(text), phrase) == expected


def test_one_to_one_takes_best_rank_first_and_each_index_once() -> None:
    pairs = one_to_one([((0.2,), 0, 0), ((0.1,), 1, 0), ((0.3,), 0, 1), ((0.5,), 1, 1)])
    assert pairs == [(0, 1), (1, 0)]
