"""Entity recognition: one Arabic sentence per row, with what must and must not be found."""

from __future__ import annotations

import pytest

from rasd.document import Document
from rasd.extract import entities
from rasd.pipeline import analyze
from rasd.text import normalize_key

# (sentence, mentions that must be found as (text, type), texts that must not be mentions)
CASES = [
    # clitics on the first word
    ("وصلت التعزيزات العسكرية وبإدلب بدأت الاشتباكات.", [("إدلب", "LOC")], []),
    ("نفذ الطيران غارات على مواقع لـ«جبهة النصرة» شمالا.", [("جبهة النصرة", "ORG")], []),
    ("انتقد الوزير والروسية لم تعلق على ذلك.", [], ["الروسية", "والروسية"]),
    ("وصل الوفد إلى بغداد مساء الأحد.", [("بغداد", "LOC")], []),
    ("عاد اللاجئون فبيروت لم تعد تستقبلهم.", [("بيروت", "LOC")], []),
    ("قال مراسل للجزيرة إن القصف استمر.", [], ["الجزيرة", "للجزيرة"]),
    # titles and roles before names
    ("وقال الرئيس التونسي قيس سعيد إن الانتخابات ستجري في موعدها.", [("قيس سعيد", "PER")],
     ["الرئيس التونسي"]),
    ("أعلن وزير الخارجية المصري سامح شكري رفض بلاده للمقترح.", [("سامح شكري", "PER")], []),
    ("صرح نائب وزير الدفاع الأميركي، كولن كال، بأن القوات باقية.", [("كولن كال", "PER")], []),
    ("أكد المتحدث باسم الخارجية الإيرانية ناصر كنعاني أن طهران لن تتراجع.",
     [("ناصر كنعاني", "PER"), ("الخارجية الإيرانية", "ORG")], []),
    ("استقبل الملك عبد الله الثاني وفدا من رجال الأعمال.", [("عبد الله الثاني", "PER")], []),
    ("أشار الفريق إلى تحسن الأداء في المباراة الأخيرة.", [], ["إلى", "تحسن"]),
    ("وأوضح خالد المحمود، مدير المستشفى الوطني، أن عدد الجرحى ارتفع.",
     [("خالد المحمود", "PER")], []),
    # trigger nouns: the descriptor stays outside
    ("سقطت قذائف على بلدة كفر عويد في ريف إدلب الجنوبي.", [("كفر عويد", "LOC"), ("إدلب", "LOC")],
     ["بلدة كفر عويد", "ريف إدلب"]),
    ("دارت اشتباكات عنيفة في قرية المزيرعة أمس.", [("المزيرعة", "LOC")], ["قرية المزيرعة"]),
    ("تقدمت القوات نحو بلدتي تل ملح وتل صخر.", [("تل ملح", "LOC"), ("تل صخر", "LOC")], []),
    ("استهدفت الطائرات مطار التيفور العسكري.", [("التيفور", "LOC")], ["مطار التيفور"]),
    ("أعلن تنظيم «أنصار التوحيد» مسؤوليته عن الهجوم.", [("أنصار التوحيد", "ORG")],
     ["تنظيم «أنصار التوحيد»"]),
    ("انشق قادة من فصيل «لواء الحق» عن الجبهة.", [("لواء الحق", "ORG")], []),
    ("شارك مقاتلون من حركة حماس في التدريبات.", [("حماس", "ORG")], ["حركة حماس"]),
    ("نقلت قناة الجزيرة صورا من موقع الانفجار.", [("الجزيرة", "ORG")], ["قناة الجزيرة"]),
    ("ذكرت وكالة الصحافة الفرنسية أن المفاوضات تعثرت.", [("وكالة الصحافة الفرنسية", "ORG")], []),
    ("استخدمت القاعدة الجوية في العمليات الأخيرة.", [], ["القاعدة"]),
    ("تبنى تنظيم القاعدة الهجوم على الفندق.", [("القاعدة", "ORG")], []),
    # quoted names and nicknames
    ("وأدار العملية القيادي المعروف بـ«أبو خالد الشامي» من مقر سري.",
     [("أبو خالد الشامي", "PER")], []),
    ("وقالت المصادر إن «المكتب الأمني» التابع للفصيل يدير السجن.", [("المكتب الأمني", "ORG")], []),
    ("شكلت الأطراف اللجنة الدستورية قبل عامين.", [("اللجنة الدستورية", "ORG")], []),
    # metonymy: ORG when the capital or country acts, LOC as a place
    ("وأعلنت أنقرة أنها سترد على الهجوم.", [("أنقرة", "ORG")], []),
    ("وصل الوزير إلى أنقرة في زيارة رسمية.", [("أنقرة", "LOC")], []),
    ("طهران تتهم الغرب بالتصعيد.", [("طهران", "ORG")], []),
    ("أعلن البيت الأبيض فرض عقوبات جديدة.", [("البيت الأبيض", "ORG")], []),
    ("وقال الكرملين إن المحادثات كانت بناءة.", [("الكرملين", "ORG")], []),
    ("رفضت مصر المقترح بشكل قاطع.", [("مصر", "ORG")], []),
    ("تعيش في مصر جالية سودانية كبيرة.", [("مصر", "LOC")], []),
    ("جاء القرار بالتنسيق مع الأردن.", [("الأردن", "ORG")], []),
    # nationality-qualified forces and agencies; bare generics are not entities
    ("قصف الجيش السوري مواقع المسلحين.", [("الجيش السوري", "ORG")], []),
    ("أعلنت وزارة الداخلية العراقية اعتقال خلية.", [("وزارة الداخلية العراقية", "ORG")], []),
    ("نفذت القوات الجوية الروسية غارات مكثفة.", [("القوات الجوية الروسية", "ORG")], []),
    ("قالت الاستخبارات البريطانية إن التهديد مرتفع.", [("الاستخبارات البريطانية", "ORG")], []),
    ("وأكد الجيش أن القوات الحكومية استعادت السيطرة.", [], ["الجيش", "القوات الحكومية"]),
    ("وذكرت الوزارة في بيان أن العمل مستمر.", [], ["الوزارة"]),
    ("تدعم الفصائل المعارضة السورية الهدنة.", [], ["المعارضة السورية"]),
    ("أعلنت وزارة الدفاع عن مناورات جديدة.", [("وزارة الدفاع", "ORG")], []),
    # actors from the dictionary and their aliases
    ("سيطرت هيئة تحرير الشام على المعبر.", [("هيئة تحرير الشام", "ORG")], []),
    ("أعلنت قوات سوريا الديمقراطية حظر التجول.", [("قوات سوريا الديمقراطية", "ORG")], []),
    ("واتهم الحوثيون التحالف العربي بقصف صعدة.",
     [("الحوثيون", "ORG"), ("التحالف العربي", "ORG"), ("صعدة", "LOC")], []),
    ("دعا مجلس الأمن إلى وقف فوري لإطلاق النار.", [("مجلس الأمن", "ORG")], []),
    # persons referred to later by their family name
    ("التقى إيمانويل ماكرون رئيس الوزراء، ثم غادر ماكرون القاعة.", [("ماكرون", "PER")], []),
    # more persons, lists and media
    ("قال وزير الخارجية اللبناني عبد الله بو حبيب إن الحكومة ملتزمة.",
     [("عبد الله بو حبيب", "PER")], []),
    ("اغتيل القيادي في «الحشد الشعبي» أبو علي البصري قرب منزله.",
     [("الحشد الشعبي", "ORG"), ("أبو علي البصري", "PER")], []),
    ("قصفت المدفعية بلدات الهبيط وكفرسجنة والتمانعة في ريف إدلب.",
     [("الهبيط", "LOC"), ("كفرسجنة", "LOC"), ("التمانعة", "LOC")], []),
    ("وقالت مصادر لـ«الشرق الأوسط» إن الاتفاق قريب.", [("الشرق الأوسط", "ORG")], []),
    ("سيطرت القوات على مدينة ود مدني عاصمة ولاية الجزيرة.", [("الجزيرة", "LOC")], []),
    ("حررت الفصائل دمشق وأسقطت الحكم السابق.", [("دمشق", "LOC")], ["أسقطت", "وأسقطت"]),
    ("وأكدت السعودية أن الرياض لن تقبل بذلك.", [("السعودية", "ORG"), ("الرياض", "ORG")], []),
    ("وصل الوفد إلى بيروت وضواحيها الجنوبية.", [("بيروت", "LOC")], ["ضواحيها"]),
    ("استهدفت الغارة عنصرا في «قوة الرضوان» قرب الحدود.", [("قوة الرضوان", "ORG")], []),
    ("أغارت الطائرات على بلدتي عيتا الشعب وكفركلا.", [("عيتا الشعب", "LOC"), ("كفركلا", "LOC")],
     []),
    ("سقطت قذيفة في بلدة سراقب الاستراتيجية.", [], ["سراقب الاستراتيجية"]),
    ("وأجرى اتصالا بوزير الخارجية الفرنسي ستيفان سيجورنيه أمس.",
     [("ستيفان سيجورنيه", "PER")], []),
    ("قال الدفاع المدني إن فرقه انتشلت الضحايا.", [("الدفاع المدني", "ORG")], []),
    ("تعرضت منطقة سكنية مجاورة للقصف.", [], ["سكنية", "مجاورة"]),
    ("نشر الوزير تغريدة على موقع «تويتر» صباح اليوم.", [], ["تويتر"]),
    ("واستقبل الأمير فيصل بن فرحان السفير الجديد.", [("فيصل بن فرحان", "PER")], []),
    ("أعلن العقيد بسام الأحمد أن القوات تقدمت.", [("بسام الأحمد", "PER")], []),
    ("وانتقد الرئيس بإقالة الحكومة قرار البرلمان.", [], ["بإقالة"]),
    ("زار الوزير مركز الأمير سلطان لأمراض القلب.", [], ["سلطان لأمراض القلب"]),
    # social platforms are not annotated
    ("نشر الناشطون مقاطع على تويتر وفيسبوك.", [], ["تويتر", "فيسبوك"]),
]


def _found(text: str) -> set[tuple[str, str]]:
    doc = analyze(text)
    return {(normalize_key(e.span.text), e.type) for e in doc.entities}


@pytest.mark.parametrize(("text", "expected", "absent"), CASES)
def test_mentions(text: str, expected: list[tuple[str, str]], absent: list[str]) -> None:
    found = _found(text)
    for surface, type_ in expected:
        assert (normalize_key(surface), type_) in found, f"missing {surface}/{type_} in {found}"
    texts = {t for t, _ in found}
    for surface in absent:
        assert normalize_key(surface) not in texts, f"{surface} should not be a mention"


def test_enough_rows() -> None:
    assert len(CASES) >= 40


# (sentence, mention, field, value): what a mention is linked to
LINKS = [
    ("وقال نائب وزير الخارجية الروسي، سيرغي ريابكوف، إن الحوار مستمر.", "سيرغي ريابكوف", "role",
     "deputy foreign minister"),
    ("وقال نائب وزير الخارجية الروسي، سيرغي ريابكوف، إن الحوار مستمر.", "سيرغي ريابكوف",
     "affiliation", "RUS-foreign-ministry"),
    ("وقال نائب وزير الخارجية الروسي، سيرغي ريابكوف، إن الحوار مستمر.", "سيرغي ريابكوف",
     "country", "RUS"),
    ("دارت معارك عنيفة جنوب إدلب.", "إدلب", "direction", "south"),
    ("اندلعت اشتباكات شمال غربي حلب.", "حلب", "direction", "north-west"),
    ("أعلنت وزارة الدفاع الروسية مقتل مسلحين.", "وزارة الدفاع الروسية", "actor_id",
     "RUS-defence-ministry"),
    ("سيطرت جبهة النصرة على القرية.", "جبهة النصرة", "actor_id", "nusra"),
    ("سيطرت هيئة تحرير الشام على القرية.", "هيئة تحرير الشام", "actor_id", "hts"),
    ("سيطرت تحرير الشام على القرية.", "تحرير الشام", "actor_id", "hts"),
    ("وأعلنت موسكو استئناف الرحلات.", "موسكو", "actor_id", "RUS"),
    ("وصل الوفد إلى دمشق أمس.", "دمشق", "country", "SYR"),
    ("وقال الرئيس بشار الأسد في خطاب.", "بشار الأسد", "actor_id", "per-assad"),
]


@pytest.mark.parametrize(("text", "mention", "field", "value"), LINKS)
def test_links(text: str, mention: str, field: str, value: str) -> None:
    doc = analyze(text)
    found = [e for e in doc.entities if e.span.text == mention]
    assert found, f"{mention} not found in {[e.span.text for e in doc.entities]}"
    assert getattr(found[0], field) == value


def test_place_is_linked_with_coordinates() -> None:
    from rasd.extract import places

    doc = analyze("قتل مدنيان في قصف على سراقب.")
    (place,) = [e for e in doc.entities if e.type == "LOC"]
    record = places.lookup(place.place_id or "")
    assert record is not None and record.country == "SYR"
    assert record.lat is not None and 35 < record.lat < 37


@pytest.mark.parametrize("text", [
    "وبـ«الجيش السوري» وَالقُوَّاتِ الرُّوسِيَّةِ في إِدْلِب",
    "قال الرئيسُ الفرنسيّ إيمانويل ماكرون: «باريس لن تتراجع»",
    "لـ(جبهة النصرة) وللحكومة السورية ــ في حلب",
    "",
    "«»،.",
])
def test_every_span_slices_the_text(text: str) -> None:
    doc = analyze(text)
    for e in doc.entities:
        assert doc.text[e.span.start:e.span.end] == e.span.text
        assert e.norm == normalize_key(e.span.text)


def test_model_spans_fill_gaps_and_lose_overlaps(monkeypatch: pytest.MonkeyPatch) -> None:
    text = "التقى سيرغي لافروف بالمبعوث فلان الفلاني في جنيف."
    start = text.index("فلان")
    lavrov = text.index("سيرغي")

    def tag(doc: Document) -> list[tuple[int, int, str]]:
        return [(start, start + len("فلان الفلاني"), "PER"), (lavrov, lavrov + 5, "LOC"),
                (text.index("بالمبعوث"), start, "ORG")]

    monkeypatch.setattr(entities.ner_model, "tag", tag)
    doc = analyze(text)
    by_text = {e.span.text: e for e in doc.entities}
    assert by_text["فلان الفلاني"].source == "model"
    assert by_text["سيرغي لافروف"].type == "PER"
    assert "سيرغي" not in by_text
    assert "بالمبعوث" not in by_text  # only ordinary words: not a name


@pytest.mark.parametrize(("name", "type_", "plausible"), [
    ("للأمم المتحدة", "ORG", False),
    ("كيماوية سامة", "PER", False),
    ("فلان الفلاني", "PER", True),
    ("مجلس الأمن", "ORG", True),
    ("في", "LOC", False),
    ("كيماويا", "LOC", False),
    ("فعليًا", "ORG", False),
])
def test_model_span_plausibility(name: str, type_: str, plausible: bool) -> None:
    assert entities._plausible(name, type_) is plausible
