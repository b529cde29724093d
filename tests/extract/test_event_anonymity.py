"""Words that look like triggers but tell no event: a source asking not to be named
(«طلب عدم الكشف عن اسمه»), drones (مسيّرات) that strike are no marches."""

from __future__ import annotations

import pytest

import rasd


@pytest.mark.parametrize(("text", "types"), [
    ("قال ضابط، طلب عدم الكشف عن اسمه، إن الجنود انسحبوا من البلدة.", ["RETREAT"]),
    ("وأكد مسؤول رفض الكشف عن هويته أن المفاوضات متعثرة.", []),
    ("وطلبت الحكومة من الأمم المتحدة إرسال مراقبين إلى الحدود.", ["REQUEST"]),
    ("ورفضت الحركة الكشف عن أسماء الأسرى.", ["REJECT"]),
])
def test_anonymity_is_no_event(text: str, types: list[str]) -> None:
    assert [e.type for e in rasd.analyze(text).events] == types


@pytest.mark.parametrize(("text", "march"), [
    ("قتل ثلاثة مدنيين في ضربات نفذتها مسيّرات تركية على ريف القامشلي.", False),
    ("خرجت مسيرات حاشدة في شوارع غزة تنديدا بالحصار.", True),
])
def test_drones_that_strike_are_no_marches(text: str, march: bool) -> None:
    assert ("PROTEST" in {e.type for e in rasd.analyze(text).events}) is march
