"""token_words: offsets, texts and normalized forms of the tokens, once per tokens layer."""

from __future__ import annotations

import pytest

from rasd.text import normalize, tokenize
from rasd.text.forms import fold, token_forms, token_words
from rasd.text.normalize import _TABLE


@pytest.mark.parametrize("text", [
    "قصفت الطائرات مدينةً في الشمال.",
    "أعلنت وزارة الدفاع ـ مساء أمس ـ عن ٣ إصابات.",
    "ـ «» ()",
])
def test_words_are_the_tokens_offsets_texts_and_forms(text: str) -> None:
    tokens = tokenize(text)
    offsets, texts, forms = token_words(tokens)
    assert offsets == [(t.start, t.end) for t in tokens]
    assert texts == [t.text for t in tokens]
    assert forms == token_forms(tokens) == [normalize(t.text) for t in tokens]


def test_same_layer_same_list_new_layer_new_list() -> None:
    text = "وقال المتحدث إن الهدنة صامدة."
    tokens = tokenize(text)
    assert token_words(tokens) is token_words(tokens)
    assert token_forms(tokens) is token_forms(tokens)
    assert token_forms(tokenize(text)) is not token_forms(tokens)


@pytest.mark.parametrize(("word", "form"), [("إسرائيل", "اسرائيل"), ("مدرسة", "مدرسه"), ("ـ", "")])
def test_fold(word: str, form: str) -> None:
    assert fold(word) == form == fold(word)


@pytest.mark.parametrize("text", [
    "قالَ الرئيسُ إنّ ٣٠ شخصاً قُتلوا في إدلب ـــ أمس، وأصيب ١٢٫٥ بالمئة من السكان.",
    "آلاف الأطفال في غزة ومستشفى «الشفاء» على بُعد ۱۵ كم، یا کریم، مستشفى.",
    "ـــــــــــــــــــــــــــــــــــــــــــــــــــــــــ" * 2,
    "Latin only, long enough to take the replace path, 2026-11-25.",
])
def test_long_texts_normalize_as_the_table_does(text: str) -> None:
    assert normalize(text) == text.translate(_TABLE)
    assert all(normalize(text[:k]) == text[:k].translate(_TABLE) for k in range(len(text)))


def test_token_texts_are_handed_over_once_then_sliced() -> None:
    text = "قالت الوزارة: «قُتل ٣ مدنيين» في إدلب."
    tokens = tokenize(text)
    expected = [t.text for t in tokens]
    first = tokens.texts()
    assert first == expected
    assert tokens.texts() == expected and tokens.texts() is not first
    many = [tokenize(text) for _ in range(20)]  # only the last few layers keep theirs
    assert all(layer.texts() == expected for layer in many)
