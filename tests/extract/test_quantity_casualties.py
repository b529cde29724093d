"""A casualty word marks the people counted in its clause, never the things."""

from __future__ import annotations

import pytest

import rasd


@pytest.mark.parametrize(("text", "expected"), [
    ("قتل الجيش 40 مسلحا ودمر 5 دبابات.", [("مسلحا", "killed"), ("دبابات", None)]),
    ("أصيب 7 جنود واحترقت 3 شاحنات في الهجوم.", [("جنود", "wounded"), ("شاحنات", None)]),
    ("أسفر القصف عن مقتل 12 مدنيا وتدمير 4 منازل.", [("مدنيا", "killed"), ("منازل", None)]),
    ("قتل شخصان وأحرقت عشر سيارات.", [("سيارات", None)]),
])
def test_casualty_marks_people_only(text: str, expected: list[tuple[str, str | None]]) -> None:
    found = [(q.unit, q.casualty) for q in rasd.analyze(text).quantities if q.unit]
    assert found == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("أودت الحرب بحياة 300 شخص وشردت 9000 آخرين.", [(300, "killed"), (9000, "displaced")]),
    ("أدى القتال إلى نزوح 2500 أسرة.", [(2500, "displaced")]),
])
def test_displaced_people_are_not_killed(text: str, expected: list[tuple[int, str]]) -> None:
    found = [(int(q.value or 0), q.casualty) for q in rasd.analyze(text).quantities]
    assert found == expected
