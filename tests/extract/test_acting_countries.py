"""A country that takes part (بمشاركة، بدعم من، ممثلون عن) stands for its government."""

from __future__ import annotations

import pytest

import rasd


@pytest.mark.parametrize(("text", "name", "kind"), [
    ("انطلقت المحادثات في جنيف بمشاركة مصر.", "مصر", "ORG"),
    ("شنت القوات هجوما بدعم من تركيا.", "تركيا", "ORG"),
    ("حضر المؤتمر ممثلون عن ألمانيا والسويد.", "ألمانيا", "ORG"),
    ("حضر المؤتمر ممثلون عن ألمانيا والسويد.", "السويد", "ORG"),
    ("وصل الوفد إلى ألمانيا صباح اليوم.", "ألمانيا", "LOC"),
    ("عاد مئات اللاجئين من تركيا.", "تركيا", "LOC"),
])
def test_taking_part_makes_a_country_an_actor(text: str, name: str, kind: str) -> None:
    found = {e.span.text: e.type for e in rasd.analyze(text).entities}
    assert found.get(name) == kind


@pytest.mark.parametrize(("text", "name", "kind"), [
    ("وأعلنت بدورها أنقرة أنها سترد.", "أنقرة", "ORG"),
    ("اتهمت على إثرها نيامي باريس بالتدخل.", "نيامي", "ORG"),
    ("وقال الوزير إن «طهران تسعى إلى التهدئة».", "طهران", "ORG"),
    ("تصاعد الخلاف بين المغرب والجزائر.", "المغرب", "ORG"),
    ("تصاعد الخلاف بين المغرب والجزائر.", "الجزائر", "ORG"),
    ("تقاتل قوات التحالف بقيادة فرنسا في الساحل.", "فرنسا", "ORG"),
    ("أغلقت الحدود بين المغرب والجزائر منذ سنوات.", "الجزائر", "LOC"),
    ("أعلن في العاصمة السعودية الرياض افتتاح المعرض.", "الرياض", "LOC"),
    ("مارست ضغطا على العاصمة بغداد.", "بغداد", "LOC"),
])
def test_a_country_or_capital_acting_after_an_adverbial_or_in_a_relation(
        text: str, name: str, kind: str) -> None:
    found = {e.span.text: e.type for e in rasd.analyze(text).entities}
    assert found.get(name) == kind


@pytest.mark.parametrize(("text", "name"), [
    ("يتصاعد التوتر بين الجزائر ومالي.", "مالي"),  # «مالي» is also «financial»
    ("قصفت المدفعية قريتي الصالحية وأم الخير شمال المدينة.", "أم الخير"),
    ("سقطت قذائف في منطقة كرم الزيتون جنوب حمص.", "كرم الزيتون"),
])
def test_places_named_next_to_a_country_or_before_a_direction(text: str, name: str) -> None:
    assert name in {e.span.text for e in rasd.analyze(text).entities}
