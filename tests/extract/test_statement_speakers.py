"""A speaker's first word keeps a و/ف that belongs to it (وزارة، وكالة، فريق)."""

from __future__ import annotations

import pytest

import rasd


@pytest.mark.parametrize(("text", "speaker"), [
    ("وكانت وزارة الصحة، أعلنت أمس أنها سجلت إصابات جديدة.", "وزارة الصحة"),
    ("ووكالة الأنباء الرسمية قالت إن الطريق أغلق.", "وكالة الأنباء الرسمية"),
    ("وفريق المحققين أكد أن الأدلة كافية.", "فريق المحققين"),
    ("ومصدر أمني قال إن الهجوم فشل.", "مصدر أمني"),
    ("والحكومة أعلنت أن الانتخابات ستجرى في موعدها.", "الحكومة"),
])
def test_svo_speaker_keeps_its_own_first_letter(text: str, speaker: str) -> None:
    statements = rasd.analyze(text).statements
    assert [s.speaker.text for s in statements if s.speaker] == [speaker]
