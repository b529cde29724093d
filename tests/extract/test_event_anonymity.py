"""A source asking not to be named («طلب عدم الكشف عن اسمه») is no REQUEST or REJECT event."""

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
