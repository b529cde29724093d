"""token_forms: one normalized form per token, computed once per tokens layer."""

from __future__ import annotations

import pytest

from rasd.text import normalize, tokenize
from rasd.text.forms import fold, token_forms


@pytest.mark.parametrize("text", [
    "قصفت الطائرات مدينةً في الشمال.",
    "أعلنت وزارة الدفاع ـ مساء أمس ـ عن ٣ إصابات.",
    "ـ «» ()",
])
def test_forms_are_normalized_tokens(text: str) -> None:
    tokens = tokenize(text)
    assert token_forms(text, tokens) == [normalize(text[s:e]) for s, e in tokens.offsets()]


def test_same_layer_same_list_new_layer_new_list() -> None:
    text = "وقال المتحدث إن الهدنة صامدة."
    tokens = tokenize(text)
    assert token_forms(text, tokens) is token_forms(text, tokens)
    assert token_forms(text, tokenize(text)) is not token_forms(text, tokens)


@pytest.mark.parametrize(("word", "form"), [("إسرائيل", "اسرائيل"), ("مدرسة", "مدرسه"), ("ـ", "")])
def test_fold(word: str, form: str) -> None:
    assert fold(word) == form == fold(word)
