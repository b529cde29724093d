"""Institution names no list knows, read from their shape (head + genitive, adjectives,
coordination, lam-phrase, nationality)."""

from __future__ import annotations

import pytest

import rasd


def _orgs(text: str) -> dict[str, str | None]:
    return {e.span.text: e.country for e in rasd.analyze(text).entities if e.type == "ORG"}


@pytest.mark.parametrize(("text", "name"), [
    ("أحالت هيئة الرقابة المالية الملف إلى القضاء.", "هيئة الرقابة المالية"),
    ("وقالت مفوضية الانتخابات إن النتائج ستعلن غدا.", "مفوضية الانتخابات"),
    ("رفعت شركة توزيع الكهرباء أسعارها.", "شركة توزيع الكهرباء"),
    ("ناقشت لجنة الزراعة والمياه في البرلمان الخطة.", "لجنة الزراعة والمياه"),
    ("أصدرت المديرية العامة للدفاع المدني تحذيرا.", "المديرية العامة للدفاع المدني"),
    ("وطالبت النقابة الوطنية لعمال الموانئ بزيادة الأجور.", "النقابة الوطنية لعمال الموانئ"),
    ("قررت اللجنة الفنية العليا المشتركة تأجيل الاجتماع.", "اللجنة الفنية العليا المشتركة"),
    ("وأكدت وزارة الزراعة والثروة السمكية العمانية ذلك.",
     "وزارة الزراعة والثروة السمكية العمانية"),
    ("وبحسب وكالة الأنباء المغربية فإن الزيارة تأجلت.", "وكالة الأنباء المغربية"),
    ("وأعلن الاتحاد المصري لكرة اليد موعد المباراة.", "الاتحاد المصري لكرة اليد"),
])
def test_unknown_institutions_are_named_whole(text: str, name: str) -> None:
    assert name in _orgs(text)


@pytest.mark.parametrize(("text", "name", "country"), [
    ("صوت مجلس الشيوخ الأردني على القانون.", "مجلس الشيوخ الأردني", "JOR"),
    ("وأكدت هيئة الاستثمار المصرية أن المشروع بدأ.", "هيئة الاستثمار المصرية", "EGY"),
    ("وقالت حكومة تسيير الأعمال العراقية إن الموازنة تأخرت.",
     "حكومة تسيير الأعمال العراقية", "IRQ"),
])
def test_a_nationality_ends_the_name_and_gives_its_country(
        text: str, name: str, country: str) -> None:
    assert _orgs(text).get(name) == country


@pytest.mark.parametrize(("text", "wrong"), [
    ("اجتمعت هيئة المحلفين الأحد لمناقشة القضية.", "هيئة المحلفين الأحد"),
    ("وقال مجلس النواب العام الماضي إن القانون أقر.", "مجلس النواب العام"),
    ("وصل وفد وزارة الصحة الرامية إلى مكافحة الوباء.", "وزارة الصحة الرامية"),
    ("اجتمع مجلس الوزراء وزير الدفاع في المساء.", "مجلس الوزراء وزير الدفاع"),
    ("عقدت هيئة النزاهة والمحكمة الاتحادية اجتماعا.", "هيئة النزاهة والمحكمة الاتحادية"),
    ("نشرت مؤشرات وزارة العدل السعودية للحركة العقارية.",
     "وزارة العدل السعودية للحركة العقارية"),
    ("دخل الرجل غرفة النوم مسرعا.", "غرفة النوم"),
    ("أصدرت لجنة لدراسة المشروع تقريرها.", "لجنة لدراسة المشروع"),
    ("انتقد النائب حكومة الكاظمي بشدة.", "حكومة الكاظمي"),
])
def test_a_name_stops_where_the_sentence_goes_on(text: str, wrong: str) -> None:
    assert wrong not in _orgs(text)


def test_a_known_name_after_the_head_stands_alone() -> None:
    found = {e.span.text: e.type for e in rasd.analyze("وصلت بعثة العراق إلى جنيف.").entities}
    assert "بعثة العراق" not in found and found.get("العراق")


def test_a_lengthened_known_name_loses_its_link() -> None:
    entities = rasd.analyze("وقرر الاتحاد الأفريقي لكرة القدم نقل المباراة.").entities
    whole = [e for e in entities if e.span.text == "الاتحاد الأفريقي لكرة القدم"]
    assert whole and whole[0].actor_id is None
