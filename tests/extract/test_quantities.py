"""Quantities layer: one Arabic number per row, with its value, counted noun and marks."""

from __future__ import annotations

from datetime import date

import pytest

import rasd
from rasd.document import Quantity


def quantities_of(text: str) -> list[Quantity]:
    return list(rasd.analyze(text, published=date(2024, 3, 14)).quantities)


def one(text: str, fragment: str) -> Quantity:
    matches = [q for q in quantities_of(text) if fragment in q.span.text]
    assert len(matches) == 1, [q.span.text for q in quantities_of(text)]
    return matches[0]


# (text, fragment of the quantity's span, value, unit, qualifier, casualty)
COUNTS = [
    ("قتل 12 جنديا في الهجوم على الحاجز.", "12", 12, "جنديا", None, "killed"),
    ("أصيب 1,500 شخص بحالات اختناق.", "1,500", 1500, "شخص", None, "wounded"),
    ("نزح ١٬٢٠٠ مدني من القرى الحدودية.", "١٬٢٠٠", 1200, "مدني", None, "displaced"),
    ("شارك ٣٥ متطوعا في حملة الإغاثة.", "٣٥", 35, "متطوعا", None, None),
    ("أسقطت الدفاعات ثلاث طائرات مسيرة.", "ثلاث", 3, "طائرات", None, None),
    ("أطلقت الفصائل خمسة صواريخ على المطار.", "خمسة", 5, "صواريخ", None, None),
    ("انضم خمسة وعشرون مقاتلا إلى الكتيبة.", "خمسة وعشرون", 25, "مقاتلا", None, None),
    ("فر عشرات المدنيين من الحي.", "عشرات", 10, "المدنيين", "at-least", None),
    ("تجمع مئات المتظاهرين أمام البرلمان.", "مئات", 100, "المتظاهرين", "at-least", None),
    ("عبر آلاف اللاجئين الحدود.", "آلاف", 1000, "اللاجئين", "at-least", None),
    ("نشرت الوزارة ألفين من الجنود في المدينة.", "ألفين", 2000, "الجنود", None, None),
    ("خصص البنك مليون دولار للإعمار.", "مليون", 1_000_000, "دولار", None, None),
    ("تحدث الجيش عن قتل أكثر من 150 مسلحا.", "150", 150, "مسلحا", "more-than", "killed"),
    ("وصلت نحو 30 شاحنة محملة بالوقود.", "30", 30, "شاحنة", "about", None),
    ("شارك ما يقرب من 500 عنصر في الهجوم.", "500", 500, "عنصر", "about", None),
    ("خلفت الغارة قرابة 40 قتيلا.", "40", 40, "قتيلا", "about", "killed"),
    ("نزحت حوالي 70 أسرة من المخيم.", "70", 70, "أسرة", "about", "displaced"),
    ("قضى ما لا يقل عن 9 أشخاص في الحريق.", "9", 9, "أشخاص", "at-least", None),
    ("رصد الجيش 24 سيارة دفع رباعي.", "24", 24, "سيارة", None, None),
    ("دمرت القوات 3 دبابات للعدو.", "3", 3, "دبابات", None, None),
    ("أسفر القصف عن مقتل 7 أشخاص وإصابة 15 آخرين.", "7", 7, "أشخاص", None, "killed"),
    ("أسفر القصف عن مقتل 7 أشخاص وإصابة 15 آخرين.", "15", 15, None, None, "wounded"),
    ("أسفر القصف عن مقتل 3 وإصابة 9 من المارة.", "3", 3, None, None, "killed"),
    ("تمكنت الفصائل من أسر 4 جنود خلال الاشتباك.", "4", 4, "جنود", None, "captured"),
    ("نفذت الشرطة حملة انتهت باعتقال 20 ناشطا.", "20", 20, "ناشطا", None, "captured"),
    ("سقط 6 قتلى في انفجار السوق.", "6", 6, "قتلى", None, "killed"),
    ("نقل 11 جريحا إلى المستشفى.", "11", 11, "جريحا", None, "wounded"),
    ("تجاوز عدد النازحين 1.5 مليون نازح.", "1.5", 1_500_000, "نازح", None, "displaced"),
    ("يضم الفصيل 3 آلاف مقاتل.", "3 آلاف", 3000, "مقاتل", None, None),
    ("خرج عشرات الآلاف من المحتجين إلى الشوارع.", "عشرات الآلاف", 10_000, "المحتجين",
     "at-least", None),
    ("احتجز المسلحون بضعة أشخاص في المبنى.", "بضعة", 3, "أشخاص", "at-least", "captured"),
    ("انشق اثنا عشر جنديا عن الوحدة.", "اثنا عشر", 12, "جنديا", None, None),
    ("وصلت مئة وخمسون عائلة إلى المخيم.", "مئة وخمسون", 150, "عائلة", None, None),
    ("لقي 9 مدنيين حتفهم في الغارة.", "9", 9, "مدنيين", None, "killed"),
    ("وسبع دبابات وأربع مركبات قتال.", "سبع", 7, "دبابات", None, None),
    ("أدى القصف إلى «استشهاد» 8 مدنيين.", "8", 8, "مدنيين", None, "killed"),
    ("بلغ الدين العام 2.5 تريليون ليرة.", "2.5", 2_500_000_000_000, "ليرة", None, None),
    ("شارك عشرات الآلاف للاحتجاج على الغلاء.", "عشرات", 10_000, None, "at-least", None),
    ("امتنع 15 عن التصويت ولم يحسم 9 موقفهم بعد.", "9", 9, None, None, None),
    ("نفذت الطائرات 25 غارة أسفرت عن مقتل 8 مدنيين.", "25", 25, "غارة", None, None),
    ("نفذت الطائرات 25 غارة أسفرت عن مقتل 8 مدنيين.", "8", 8, "مدنيين", None, "killed"),
    ("لقي 6 أشخاص على الأقل حتفهم.", "6", 6, "أشخاص", "at-least", "killed"),
    ("أعلن الجيش مقتل ثلاثة من الجنود.", "ثلاثة", 3, "الجنود", None, "killed"),
    ("اعتقلت الشرطة 200 شخص تقريبا.", "200", 200, "شخص", "about", "captured"),
]


@pytest.mark.parametrize(("text", "fragment", "value", "unit", "qualifier", "casualty"), COUNTS)
def test_count(text: str, fragment: str, value: float, unit: str | None, qualifier: str | None,
               casualty: str | None) -> None:
    quantity = one(text, fragment)
    assert (quantity.value, quantity.unit, quantity.qualifier, quantity.casualty, quantity.kind) \
        == (value, unit, qualifier, casualty, "count")
    assert quantity.approximate == (qualifier is not None)


@pytest.mark.parametrize(("text", "fragment", "kind"), [
    ("ارتفعت البطالة 12 في المئة خلال عام.", "12", "percent"),
    ("تراجعت الصادرات بنسبة 5% هذا العام.", "5", "percent"),
    ("استند البيان إلى القرار رقم 2254 لمجلس الأمن.", "2254", "identifier"),
    ("بدأ الهجوم في الساعة 10 صباحا.", "10", "clock"),
    ("أطلقت الحكومة رؤية 2030 للتنمية.", "2030", "year"),
    ("استمرت المعركة 48 ساعة متواصلة.", "48", "duration"),
    ("عاد إلى بلدته بعد بضع سنوات.", "بضع", "duration"),
])
def test_not_a_count(text: str, fragment: str, kind: str) -> None:
    assert one(text, fragment).kind == kind


@pytest.mark.parametrize(("text", "fragment"), [
    ("وقع الهجوم في 21 مايو 2019 قرب البلدة.", "21"),
    ("وقع الهجوم في 21 مايو 2019 قرب البلدة.", "2019"),
    ("بدأت الحرب عام 2015.", "2015"),
    ("انفجرت العبوة عند 10:30 صباحا.", "10"),
    ("انتهى الاجتماع في 05/11/2021.", "05"),
])
def test_date_parts_are_not_quantities(text: str, fragment: str) -> None:
    assert not [q for q in quantities_of(text) if fragment in q.span.text]


def test_joined_numbers_share_the_counted_noun() -> None:
    first, second = quantities_of("انشق ما بين 100 و160 ضابطا عن الجيش.")
    assert (first.value, first.unit, second.value, second.unit) == (100, "ضابطا", 160, "ضابطا")


def test_percent_unit_is_the_sign() -> None:
    assert one("تراجع النمو 3 في المائة.", "3").unit == "%"


def test_a_verb_that_looks_like_a_number_word_is_not_one() -> None:
    assert not quantities_of("أثنى الوزير على جهود الفرق.")


def test_number_after_its_noun_has_no_unit() -> None:
    quantity = one("اتفق الزعماء الثلاثة على مواصلة التنسيق.", "الثلاثة")
    assert (quantity.value, quantity.unit) == (3, None)
