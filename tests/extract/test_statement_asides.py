"""Asides about the source («، طلب عدم الكشف عن اسمه،»), a name in apposition before the
object of حمّل, and أعرب عن: the statement keeps its real speaker, cue and content."""

from __future__ import annotations

import pytest

import rasd


def _statements(text: str) -> list[tuple[str | None, str, str, str | None]]:
    return [(s.speaker.text if s.speaker else None, s.cue.text, s.stance,
             s.content.text if s.content else None) for s in rasd.analyze(text).statements]


@pytest.mark.parametrize(("text", "speaker", "cue", "content_starts"), [
    ("لكن ضابطا في الشرطة، طلب عدم الكشف عن اسمه، قال إن المهاجمين فروا نحو الجبال.",
     "ضابطا في الشرطة", "قال", "المهاجمين"),
    ("وأكد مسؤول حكومي، فضل عدم ذكر اسمه، أن المفاوضات متعثرة.",
     "مسؤول حكومي", "أكد", "المفاوضات"),
    ("ونفى مصدر عسكري تونسي، تحدث إلى صحيفة «الصباح»، أن يكون الجيش قد تدخل.",
     "مصدر عسكري تونسي", "نفى", "يكون"),
])
def test_an_aside_about_the_source_is_skipped(
        text: str, speaker: str, cue: str, content_starts: str) -> None:
    found = _statements(text)
    assert len(found) == 1
    got_speaker, got_cue, _, content = found[0]
    assert (got_speaker, got_cue) == (speaker, cue)
    assert content is not None and content.startswith(content_starts)


def test_a_name_in_apposition_speaks_for_hammala() -> None:
    text = ("وحمّل المتحدث باسم الحزب، سامي العلي، الحكومة مسؤولية «انهيار الخدمات». "
            "وزاد أن الوزراء «يتجاهلون المطالب».")
    found = _statements(text)
    assert found[0][:3] == ("سامي العلي", "حمّل", "accuse")
    assert found[0][3] is not None and found[0][3].startswith("الحكومة")
    assert found[1][0] == "سامي العلي"


def test_arraba_an_expresses_a_statement() -> None:
    found = _statements("وأعرب الوزير عن قلقه من تصاعد العنف.")
    assert found and found[0][:3] == ("الوزير", "أعرب", "assert")
