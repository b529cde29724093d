"""The events layer on sentences whose upstream layers are written by hand."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extract.event_helpers import make_doc
from rasd import analyze
from rasd.document import Document, Event
from rasd.extract.events.stage import STAGE, extract_events, gold_mode
from rasd.text import normalize_key


def _one(events: list[Event], etype: str) -> Event:
    found = [e for e in events if e.type == etype]
    assert found, f"no {etype} in {[(e.type, e.trigger.text) for e in events]}"
    return found[0]


def _has(span: object, piece: str | None) -> bool:
    if piece is None:
        return span is None
    return span is not None and normalize_key(piece) in normalize_key(span.text)  # type: ignore[attr-defined]


# text, entities, type, mode, actor1, actor2, place
TYPES = [
    ("قصفت المدفعية التركية قرى في ريف حلب الشمالي.", [], "ASSAULT", "heavy-weapons",
     "المدفعية التركية", None, "حلب"),
    ("شن الطيران الحربي غارات على بلدة معرة النعمان.", [("معرة النعمان", "LOC")], "ASSAULT",
     "aerial", "الطيران الحربي", None, "معرة النعمان"),
    ("اندلعت اشتباكات عنيفة بين الجيش الليبي ومسلحين قرب سرت.", [("سرت", "LOC")], "ASSAULT",
     "firearms", None, None, "سرت"),
    ("فجر انتحاري نفسه في سوق شعبي ببغداد.", [("بغداد", "LOC")], "ASSAULT", "suicide-attack",
     "انتحاري", None, "بغداد"),
    ("انفجرت عبوة ناسفة بدورية للشرطة في مدينة العريش.", [("العريش", "LOC")], "ASSAULT",
     "explosives", None, None, "العريش"),
    ("استهدفت طائرة مسيرة سيارة في مأرب.", [("مأرب", "LOC")], "ASSAULT", "drone",
     "طائرة مسيرة", None, "مأرب"),
    ("اتهمت منظمة حقوقية القوات الحكومية باستخدام غاز الكلور في الغوطة.",
     [("الغوطة", "LOC")], "ACCUSE", "allege", "منظمة حقوقية", "القوات الحكومية", None),
    ("اختطف مسلحون مجهولون صحافيا في طرابلس.", [("طرابلس", "LOC")], "ASSAULT", "abduct",
     "مسلحون مجهولون", None, "طرابلس"),
    ("تظاهر آلاف الطلاب أمام البرلمان في الرباط.", [("الرباط", "LOC")], "PROTEST", "demo",
     "آلاف الطلاب", None, "الرباط"),
    ("أضرب عمال الموانئ في تونس احتجاجا على الأجور.", [("تونس", "LOC")], "PROTEST", "strike",
     "عمال الموانئ", None, "تونس"),
    ("فرقت الشرطة المتظاهرين بالغاز المسيل للدموع في الخرطوم.", [("الخرطوم", "LOC")],
     "COERCE", "crowd-control", "الشرطة", "المتظاهرين", "الخرطوم"),
    ("اعتقلت قوات الأمن ناشطين في مدينة وهران.", [("وهران", "LOC")], "COERCE", "arrest",
     "قوات الأمن", "ناشطين", "وهران"),
    ("فرضت القوات حصارا على مخيم اليرموك.", [], "COERCE", "restrict", None, None, None),
    ("أفرجت السلطات عن عشرين معتقلا سياسيا.", [], "CONCEDE", "release", "السلطات", None, None),
    ("أطلقت الجماعة سراح الرهائن الأجانب.", [], "CONCEDE", "release", "الجماعة", None, None),
    ("انسحبت القوات الأميركية من قاعدة عين الأسد.", [], "RETREAT", "withdraw",
     "القوات الأميركية", None, "عين الأسد"),
    ("أعلن الطرفان وقف إطلاق النار في غزة.", [("غزة", "LOC")], "RETREAT", "ceasefire",
     None, None, "غزة"),
    ("أجرى وزير الخارجية المصري اتصالا هاتفيا مع نظيره الأردني.", [], "CONSULT", "phone",
     "وزير الخارجية المصري", "نظيره الأردني", None),
    ("التقى الرئيس التونسي بالمبعوث الأممي في قرطاج.", [("قرطاج", "LOC")], "CONSULT", None,
     "الرئيس التونسي", None, "قرطاج"),
    ("اتفقت الحكومة والنقابات على زيادة الأجور.", [], "AGREE", None, "الحكومة", None, None),
    ("وقعت الرباط ونواكشوط اتفاقية للتعاون الأمني.", [("الرباط", "ORG")], "AGREE", None,
     "الرباط", None, None),
    ("طالب المحتجون برحيل الحكومة.", [], "REQUEST", None, "المحتجون", None, None),
    ("طلبت بغداد من أنقرة سحب قواتها.", [("بغداد", "ORG"), ("أنقرة", "ORG")], "REQUEST",
     None, "بغداد", "أنقرة", None),
    ("هددت طهران بإغلاق مضيق هرمز.", [("طهران", "ORG")], "THREATEN", None, "طهران", None,
     None),
    ("منحت ألمانيا اللجوء لمئات العائلات.", [("ألمانيا", "ORG")], "AID", None, "ألمانيا",
     None, None),
    ("رفضت الحكومة السودانية المبادرة الأفريقية.", [], "REJECT", None, "الحكومة السودانية",
     None, None),
    ("فرضت واشنطن عقوبات على شركات إيرانية.", [("واشنطن", "ORG")], "SANCTION", None,
     "واشنطن", "شركات إيرانية", None),
    ("سيطر الجيش على مدينة تدمر.", [], "ASSAULT", None, "الجيش", None, "تدمر"),
    ("حشدت روسيا قوات على الحدود الأوكرانية.", [("روسيا", "ORG")], "MOBILIZE", "troops",
     "روسيا", None, None),
    ("دان الأزهر الهجوم على المصلين في المسجد.", [("الأزهر", "ORG")], "ACCUSE", "disapprove",
     "الأزهر", None, None),
]


@pytest.mark.parametrize(("text", "entities", "etype", "mode", "actor1", "actor2", "place"), TYPES)
def test_type_mode_and_arguments(text: str, entities: list[tuple[str, str]], etype: str,
                                 mode: str | None, actor1: str | None, actor2: str | None,
                                 place: str | None) -> None:
    event = _one(extract_events(make_doc(text, entities=entities)), etype)
    if mode is not None:
        assert event.mode == mode
    if actor1 is not None:
        assert _has(event.actor1, actor1), event.actor1
    if actor2 is not None:
        assert _has(event.actor2, actor2), event.actor2
    if place is not None:
        assert _has(event.place, place), event.place


MODALITY = [
    ("وقال القائد إن أي هجوم على المدينة سيقابل بالقوة.", "ASSAULT", "hypothetical"),
    ("نفى المتحدث العسكري قصف المستشفى في إدلب.", "ASSAULT", "denied"),
    ("لم تقصف الطائرات أي هدف مدني في المدينة.", "ASSAULT", "denied"),
    ("قال المصدر إن الجماعة تستعد لشن هجوم على المطار.", "ASSAULT", "planned"),
    ("أكد القائد أن قواته ستهاجم مواقع المتمردين في الجبل.", "ASSAULT", "planned"),
    ("إذا استخدم النظام الأسلحة الكيماوية فإن الرد سيكون قاسيا.", "ASSAULT", "hypothetical"),
    ("قالت المنظمة إن الجيش ربما قصف القرية بالمدفعية.", "ASSAULT", "alleged"),
    ("اتهمت الحكومة المعارضة بقصف الأحياء السكنية في المدينة.", "ASSAULT", "alleged"),
    ("حذر المسؤول من هجوم وشيك على المدينة.", "ASSAULT", "threatened"),
    ("قصفت المدفعية مواقع المسلحين في الجبل.", "ASSAULT", "asserted"),
    ("تخطط الحركة لتنظيم مظاهرات حاشدة في العاصمة.", "PROTEST", "planned"),
]


@pytest.mark.parametrize(("text", "etype", "modality"), MODALITY)
def test_modality(text: str, etype: str, modality: str) -> None:
    assert _one(extract_events(make_doc(text)), etype).modality == modality


def test_event_in_a_denial_is_denied() -> None:
    text = "وقال الناطق باسم الجيش إن قواته لم تكن في المنطقة، ونفى أن تكون طائراته قصفت السوق."
    doc = make_doc(text, statements=[("الناطق باسم الجيش", "ونفى", "أن تكون طائراته قصفت السوق",
                                      "deny")])
    assert _one(extract_events(doc), "ASSAULT").modality == "denied"


def test_event_in_a_statement_is_reported_by_it() -> None:
    text = "وقالت وزارة الداخلية إن مسلحين هاجموا نقطة تفتيش في الموصل."
    doc = make_doc(text, entities=[("وزارة الداخلية", "ORG"), ("الموصل", "LOC")],
                   statements=[("وزارة الداخلية", "وقالت", "مسلحين هاجموا نقطة تفتيش في الموصل",
                                "assert")])
    event = _one(extract_events(doc), "ASSAULT")
    assert event.reported_by == 0
    assert event.place is not None and event.place.text == "الموصل"


def test_pronoun_subject_takes_the_speaker() -> None:
    text = "وأعلنت الحركة أنها سيطرت على البلدة بعد معارك عنيفة."
    doc = make_doc(text, entities=[("الحركة", "ORG")],
                   statements=[("الحركة", "وأعلنت", "سيطرت على البلدة بعد معارك عنيفة", "assert")])
    event = _one(extract_events(doc), "ASSAULT")
    assert event.actor1 is not None and event.actor1.text == "الحركة"


def test_accusing_statement_is_an_accuse_event() -> None:
    text = "وقال وزير الخارجية إن طهران تسعى إلى زعزعة استقرار المنطقة."
    doc = make_doc(text, entities=[("وزير الخارجية", "PER"), ("طهران", "ORG")],
                   statements=[("وزير الخارجية", "وقال", "طهران تسعى إلى زعزعة استقرار المنطقة",
                                "accuse")])
    event = _one(extract_events(doc), "ACCUSE")
    assert (event.actor1.text, event.actor2.text) == ("وزير الخارجية", "طهران")  # type: ignore[union-attr]


def test_conditional_warning_is_a_threat() -> None:
    text = "وحذرت أنقرة من أنه إذا هاجمت الوحدات الكردية قواتها فإنها سترد بقوة."
    doc = make_doc(text, entities=[("أنقرة", "ORG"), ("الوحدات الكردية", "ORG")],
                   statements=[("أنقرة", "وحذرت",
                                 "إذا هاجمت الوحدات الكردية قواتها فإنها سترد بقوة", "warn")])
    events = extract_events(doc)
    threat = _one(events, "THREATEN")
    assert threat.actor2 is not None and threat.actor2.text == "الوحدات الكردية"
    assert _one(events, "ASSAULT").modality == "hypothetical"


def test_same_event_in_two_sentences_is_merged() -> None:
    text = ("قصفت الطائرات بلدة سراقب صباح الأحد. وأدى قصف سراقب إلى مقتل سبعة مدنيين.")
    doc = make_doc(text, entities=[("سراقب", "LOC")],
                   dates=[("الأحد", "2020-02-02", "day")],
                   quantities=[("سبعة مدنيين", 7, "killed")])
    events = [e for e in extract_events(doc) if e.type == "ASSAULT"]
    assert len(events) == 1
    assert len(events[0].evidence) == 2
    assert events[0].fatalities == 7 and events[0].date == "2020-02-02"


def test_different_days_are_different_events() -> None:
    text = ("هاجم المسلحون بلدة الحاضر يوم 3 مارس. وهاجم المسلحون بلدة الحاضر مجددا يوم 9 مارس.")
    doc = make_doc(text, entities=[("الحاضر", "LOC")],
                   dates=[("3 مارس", "2021-03-03", "day"), ("9 مارس", "2021-03-09", "day")])
    events = [e for e in extract_events(doc) if e.type == "ASSAULT"]
    assert sorted(e.date for e in events) == ["2021-03-03", "2021-03-09"]  # type: ignore[type-var]


def test_anaphoric_mention_joins_the_event() -> None:
    text = "شنت القوات هجوما على قرية الطيبة. واستمر الهجوم ثلاث ساعات."
    events = extract_events(make_doc(text))
    assert len([e for e in events if e.type == "ASSAULT"]) == 1


@pytest.mark.parametrize(("text", "quantities", "fatalities", "wounded"), [
    ("قتل خمسة أشخاص وأصيب عشرة في انفجار بمدينة الحسكة.",
     [("خمسة أشخاص", 5, "killed"), ("عشرة", 10, "wounded")], 5, 10),
    ("انفجرت سيارة مفخخة في مدينة إعزاز ولم يسفر الانفجار عن سقوط قتلى.", [], 0, None),
    ("قصفت المدفعية أطراف مدينة درعا.", [], None, None),
])
def test_tolls(text: str, quantities: list[tuple[str, float, str]], fatalities: int | None,
               wounded: int | None) -> None:
    event = _one(extract_events(make_doc(text, quantities=quantities)), "ASSAULT")
    assert (event.fatalities, event.wounded) == (fatalities, wounded)


@pytest.mark.parametrize(("text", "dates", "published", "value", "source"), [
    ("قصفت الطائرات مدينة إدلب أمس.", [("أمس", "2022-01-09", "day")], "2022-01-10",
     "2022-01-09", "sentence"),
    ("تصاعد التوتر في الشمال يوم 4 يونيو.\nوقصفت الطائرات مدينة إدلب.",
     [("4 يونيو", "2022-06-04", "day")], None, None, None),
    ("قصفت الطائرات مدينة إدلب.", [], "2022-01-10", None, None),
    ("هدأت الجبهة يوم 3 مارس. ثم قصفت الطائرات مدينة حماة.",
     [("3 مارس", "2022-03-03", "day")], "2022-03-05", None, None),
    ("تقصف الطائرات مدينة إدلب منذ 15 مارس 2021.",
     [("15 مارس 2021", "2021-03-15", "day")], "2022-03-05", None, None),
])
def test_date_sources(text: str, dates: list[tuple[str, str, str]], published: str | None,
                      value: str | None, source: str | None) -> None:
    event = _one(extract_events(make_doc(text, dates=dates, published=published)), "ASSAULT")
    assert (event.date, event.date_source) == (value, source)


def test_direction_is_kept_with_the_place() -> None:
    doc = make_doc("دارت معارك عنيفة في جنوب إدلب.", entities=[("إدلب", "LOC")])
    event = _one(extract_events(doc), "ASSAULT")
    assert event.place is not None and event.place.text == "جنوب إدلب"
    assert event.direction == "south"


def test_every_span_slices_the_text() -> None:
    text = "وقالت الوزارة إن الجيش قصف مواقع «داعش» جنوب الرقة، وأسفر ذلك عن مقتل 12 مسلحا."
    doc = make_doc(text, quantities=[("12 مسلحا", 12, "killed")])
    for event in extract_events(doc):
        for span in (event.trigger, *event.evidence, event.actor1, event.actor2, event.place):
            if span is not None:
                assert doc.text[span.start:span.end] == span.text


@pytest.mark.parametrize(("plover", "gold"), [
    ("heavy-weapons", "shelling"), ("unconventional", "cbrn"), ("drone", "aerial"),
    ("aerial", "aerial"), ("suicide-attack", "explosives"), ("firearms", "firearms"),
    ("abduct", "other"), (None, "other"),
])
def test_gold_mode(plover: str | None, gold: str) -> None:
    assert gold_mode(plover) == gold


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("قصف هجوم على في من الجيش «» ،.\nاعتقال إذا لم 12")),
               max_size=120))
def test_stage_never_crashes_on_empty_layers(text: str) -> None:
    doc = make_doc(text)
    STAGE(doc)
    assert all(isinstance(e, Event) for e in doc.events)


@settings(max_examples=40, deadline=None)
@given(st.text(max_size=80))
def test_stage_never_crashes_on_any_text(text: str) -> None:
    doc = Document(text)
    make = make_doc(text)
    STAGE(make)
    del doc


def test_a_descriptor_refers_back_to_the_named_place() -> None:
    text = "وصلت التعزيزات إلى قاعدة التنف صباحا. ثم تعرضت القاعدة لهجوم بطائرات مسيرة."
    event = _one(extract_events(make_doc(text)), "ASSAULT")
    assert event.place is not None and event.place.text == "التنف"
    assert event.mode == "drone"


def test_strongest_modality_cue_wins() -> None:
    text = "تستعد الجماعة لتنظيم حملة لاتهام الجيش بقصف القرية بالكيماوي."
    assert _one(extract_events(make_doc(text)), "ASSAULT").modality == "planned"


def test_counted_members_belong_to_the_named_group() -> None:
    text = "أسرت القوات الصومالية 15 مقاتلا من حركة الشباب في إقليم جوبا."
    doc = make_doc(text, entities=[("حركة الشباب", "ORG"), ("جوبا", "LOC")])
    event = _one(extract_events(doc), "COERCE")
    assert event.actor2 is not None and event.actor2.text == "حركة الشباب"


def test_a_joined_verb_with_a_count_is_the_same_event() -> None:
    text = "قصفت المدفعية التركية بلدة تل رفعت ودمرت 4 منازل."
    events = [e for e in extract_events(make_doc(text)) if e.type == "ASSAULT"]
    assert len(events) == 1 and events[0].mode == "heavy-weapons"


def test_a_country_is_an_actor_of_a_verbal_event() -> None:
    doc = make_doc("اتهم الجيش اللبناني إسرائيل بانتهاك السيادة.",
                   entities=[("الجيش اللبناني", "ORG"), ("إسرائيل", "LOC")])
    event = _one(extract_events(doc), "ACCUSE")
    assert event.actor2 is not None and event.actor2.text == "إسرائيل"


def test_warning_of_a_plan_is_an_accusation_dated_by_its_report() -> None:
    text = "وحذرت الوزارة يوم 3 مايو من أن الميليشيا تستعد لمهاجمة المطار يوم 9 مايو."
    doc = make_doc(text, entities=[("الوزارة", "ORG"), ("الميليشيا", "ORG")],
                   dates=[("3 مايو", "2022-05-03", "day"), ("9 مايو", "2022-05-09", "day")],
                   statements=[("الوزارة", "وحذرت",
                                "الميليشيا تستعد لمهاجمة المطار يوم 9 مايو", "warn")])
    events = extract_events(doc)
    accusation = _one(events, "ACCUSE")
    assert accusation.actor2 is not None and accusation.actor2.text == "الميليشيا"
    assert accusation.date == "2022-05-03"
    assert _one(events, "ASSAULT").modality == "planned"


@pytest.mark.parametrize(("text", "date", "value", "published", "modality"), [
    ("وتعقد اللجنة أول اجتماع لها في القاهرة منتصف يوليو المقبل.", "منتصف يوليو المقبل",
     "2023-07", "2023-05-17", "planned"),
    ("وعقدت اللجنة اجتماعا في القاهرة يوم 3 يوليو الماضي.", "3 يوليو الماضي", "2023-07-03",
     "2023-09-01", "asserted"),
])
def test_a_noun_dated_after_the_article_is_planned(text: str, date: str, value: str,
                                                   published: str, modality: str) -> None:
    doc = make_doc(text, entities=[("القاهرة", "LOC")], dates=[(date, value, "month")],
                   published=published)
    assert _one(extract_events(doc), "CONSULT").modality == modality


@pytest.mark.parametrize("text", [
    "قتل شخصان في غارة شنتها مسيرة على سيارة قرب صور.",
    "وتم إسقاط مسيرة فوق البلدة.",
])
def test_a_drone_is_no_march(text: str) -> None:
    assert not [e for e in extract_events(make_doc(text)) if e.type == "PROTEST"]


def test_participants_join_the_protest_of_a_nearby_sentence() -> None:
    text = "تظاهر آلاف الطلاب في العاصمة عمان. ورفع المحتجون لافتات تطالب بالإصلاح."
    doc = make_doc(text, entities=[("عمان", "LOC")])
    assert len([e for e in extract_events(doc) if e.type == "PROTEST"]) == 1


@pytest.mark.parametrize(("text", "count"), [
    ("وطالب الوزير باحترام الاتفاق الموقع في الدوحة.", 0),  # a known agreement
    ("ووقع الطرفان اتفاقا في الدوحة.", 1),
])
def test_a_definite_agreement_noun_is_a_known_one(text: str, count: int) -> None:
    doc = make_doc(text, entities=[("الدوحة", "LOC")])
    found = [tr for tr in extract_events(doc) if tr.type == "AGREE"]
    assert len(found) == count


def test_a_claim_and_its_denial_are_one_event() -> None:
    text = ("قالت المنظمة إن الطائرات قصفت بلدة كفرنبل بالمدفعية. "
            "ونفى مصدر عسكري أن تكون الطائرات قصفت بلدة كفرنبل.")
    doc = make_doc(text, entities=[("كفرنبل", "LOC")])
    assert len([e for e in extract_events(doc) if e.type == "ASSAULT"]) == 1


@pytest.mark.parametrize("text", [
    "واعتقلت الشرطة ثلاثة ناشطين في إطار حملة واسعة.",
    "واعتقلت الشرطة ثلاثة ناشطين بموجب قانون الطوارئ.",
    "واعتقلت الشرطة ثلاثة ناشطين في حملته الأخيرة.",
])
def test_an_ordinary_word_after_a_preposition_is_no_place(text: str) -> None:
    doc = make_doc(text, entities=[("الشرطة", "ORG")])
    assert _one(extract_events(doc), "COERCE").place is None


@pytest.mark.parametrize(("text", "statement", "etype", "actor1"), [
    ("وأعلنت الشرطة اعتقال خمسة مشتبه بهم في المدينة.",
     ("الشرطة", "وأعلنت", "اعتقال خمسة مشتبه بهم في المدينة", "assert"), "COERCE", "الشرطة"),
    ("وأعلن الجيش أن طائراته استهدفت مخزنا للأسلحة في البلدة.",
     ("الجيش", "وأعلن", "طائراته استهدفت مخزنا للأسلحة في البلدة", "assert"), "ASSAULT",
     "الجيش"),
    ("وهددت الجماعة باستهداف السفن في البحر.",
     ("الجماعة", "وهددت", "استهداف السفن في البحر", "warn"), "THREATEN", "الجماعة"),
])
def test_the_speaker_acts_in_what_it_announces(text: str, statement: tuple[str, str, str, str],
                                               etype: str, actor1: str) -> None:
    doc = make_doc(text, entities=[(statement[0], "ORG")], statements=[statement])
    assert _has(_one(extract_events(doc), etype).actor1, actor1)


def test_a_condemner_is_not_the_attacker() -> None:
    text = "ودان الوزير الهجوم على المدينة."
    doc = make_doc(text, statements=[("الوزير", "ودان", "الهجوم على المدينة", "accuse")])
    assert all(not _has(e.actor1, "الوزير") for e in extract_events(doc) if e.type == "ASSAULT")


def test_the_person_after_a_title_phrase_is_the_actor() -> None:
    text = "ودعا المبعوث الأممي الخاص إلى ليبيا عبد الله باتيلي الأطراف إلى الحوار."
    doc = make_doc(text, entities=[("ليبيا", "LOC"), ("عبد الله باتيلي", "PER")])
    request = _one(extract_events(doc), "REQUEST")
    assert _has(request.actor1, "عبد الله باتيلي") and _has(request.actor2, "الأطراف")


@pytest.mark.parametrize(("text", "entities", "dates", "etype", "actor1", "actor2"), [
    # «كان X قد فعل»: the subject stands between كان and قد
    ("وكانت وزيرة الخارجية الألمانية قد استقبلت نظيرها الليبي.", [], [], "CONSULT",
     "وزيرة الخارجية الألمانية", "نظيرها الليبي"),
    ("وكان المبعوث الأممي، هانس غروندبرغ، قد التقى رئيس الحكومة في عدن.",
     [("هانس غروندبرغ", "PER"), ("عدن", "LOC")], [], "CONSULT", "هانس غروندبرغ", "رئيس الحكومة"),
    # an indefinite accusative is an object, not the doer
    ("وقع انفجار استهدف فندقاً قرب الميناء.", [], [], "ASSAULT", None, None),
    # a date phrase is no party
    ("هددت الحركة الأسبوع الماضي بتصعيد عملياتها.", [],
     [("الأسبوع الماضي", "2023-W10", "week")], "THREATEN", "الحركة", None),
    # what is demanded or threatened after «بـ» is no party
    ("وطالبت بمحاسبة المسؤولين في مدينة صفاقس.", [("صفاقس", "LOC")], [], "REQUEST", None,
     None),
    # the subject of «أصيب» is a victim
    ("وأصيب جنود عراقيون في انفجار عبوة قرب الموصل.", [("الموصل", "LOC")], [], "ASSAULT", None,
     None),
    # a preposition with a pronoun ends the phrase («بيان اتهمت فيه الهيئة»)
    ("وأصدرت النقابة في تونس بيانا اتهمت فيه الإدارة بالفساد.", [("تونس", "LOC")], [],
     "ACCUSE", None, None),
])
def test_phrases_that_name_no_party(text: str, entities: list[tuple[str, str]],
                                    dates: list[tuple[str, str, str]], etype: str,
                                    actor1: str | None, actor2: str | None) -> None:
    event = _one(extract_events(make_doc(text, entities=entities, dates=dates)), etype)
    assert _has(event.actor1, actor1) and _has(event.actor2, actor2)


@pytest.mark.parametrize(("text", "etype", "trigger"), [
    ("وكانت الوزيرة قد التقت نظيرها في الجزائر.", "CONSULT", "التقت"),
    ("ودعت النقابة العمال إلى الإضراب.", "REQUEST", "دعت"),
    ("واعتدت عناصر الأمن على المتظاهرين.", "ASSAULT", "اعتدت"),
])
def test_a_verb_that_drops_its_final_vowel_is_found(text: str, etype: str,
                                                     trigger: str) -> None:
    assert _one(extract_events(make_doc(text)), etype).trigger.text == trigger


@pytest.mark.parametrize(("text", "types"), [
    # a ceasefire named as what is monitored, violated or agreed is a topic, not a retreat
    ("والتقى الوفدان لبحث آلية مراقبة وقف إطلاق النار في الحديدة.", {"CONSULT"}),
    ("واتهم الطرفان بعضهما بخرق وقف إطلاق النار في الحديدة.", {"ACCUSE"}),
    ("وأعلنت الفصائل وقف إطلاق النار في الحديدة.", {"RETREAT"}),
    # «انتهى الاجتماع بالاتفاق على …» tells the agreeing; a bare «الاتفاق» a known one
    ("وانتهى اجتماع الوفدين في الحديدة بالاتفاق على فتح المعابر.", {"CONSULT", "AGREE"}),
])
def test_a_ceasefire_or_agreement_as_topic(text: str, types: set[str]) -> None:
    doc = make_doc(text, entities=[("الحديدة", "LOC")])
    assert {e.type for e in extract_events(doc)} == types


def test_a_casualty_count_alone_is_no_event() -> None:
    assert extract_events(make_doc("وأصيب عدد من المارة بجروح طفيفة.")) == []


@pytest.mark.parametrize(("text", "entities", "etype", "actor1"), [
    # after a preposition a verb form is a verbal noun: «مدفعي» is no doer
    ("وسقط قتلى في قصف مدفعي على مدينة حلب.", [("حلب", "LOC")], "ASSAULT", None),
    # «اتهم X Y بقصف …»: Y, named right before «بـ», is the doer
    ("واتهمت الحكومة الحوثيين بقصف ميناء الحديدة.", [("الحوثيين", "ORG"), ("الحديدة", "LOC")],
     "ASSAULT", "الحوثيين"),
    # an adjective after a name takes the name along
    ("وهاجمت حركة الشباب الإرهابية مركزا أمنيا في كيسمايو.",
     [("حركة الشباب", "ORG"), ("كيسمايو", "LOC")], "ASSAULT", "حركة الشباب"),
])
def test_verbal_nouns_and_named_doers(text: str, entities: list[tuple[str, str]], etype: str,
                                      actor1: str | None) -> None:
    event = _one(extract_events(make_doc(text, entities=entities)), etype)
    assert _has(event.actor1, actor1)


def test_students_are_no_request() -> None:
    doc = make_doc("تظاهر طلبة الجامعة في الرباط.", entities=[("الرباط", "LOC")])
    assert {e.type for e in extract_events(doc)} == {"PROTEST"}


def test_a_verb_describing_an_event_noun_takes_its_object() -> None:
    doc = make_doc("وقع هجوم بطائرة مسيرة استهدف قافلة عسكرية قرب تدمر.",
                   entities=[("تدمر", "LOC")])
    event = _one(extract_events(doc), "ASSAULT")
    assert _has(event.actor1, None) and _has(event.actor2, "قافلة عسكرية")


def test_the_same_toll_on_the_same_day_is_one_attack() -> None:
    text = ("قتل 12 شخصا في قصف على مدينة دوما أمس. وقال الدفاع المدني إن الطائرات الروسية "
            "استهدفت السوق الشعبية ما أدى إلى مقتل 12 مدنيا.")
    doc = make_doc(text, entities=[("دوما", "LOC"), ("الدفاع المدني", "ORG")],
                   dates=[("أمس", "2021-02-02", "day")],
                   quantities=[("12 شخصا", 12, "killed"), ("12 مدنيا", 12, "killed")],
                   statements=[("الدفاع المدني", "قال", "الطائرات الروسية استهدفت السوق الشعبية "
                                "ما أدى إلى مقتل 12 مدنيا", "assert")])
    assaults = [e for e in extract_events(doc) if e.type == "ASSAULT"]
    assert len(assaults) == 1 and _has(assaults[0].place, "دوما")


def test_a_war_between_parties_is_an_event() -> None:
    doc = make_doc("ويشهد اليمن منذ سنوات حربا بين الحكومة والحوثيين.", entities=[("اليمن", "LOC")])
    assert _has(_one(extract_events(doc), "ASSAULT").place, "اليمن")


@pytest.mark.parametrize(("speaker", "cue", "content", "stance"), [
    ("فيه الهيئة", "اتهمت", "الوزارة بالتستر على الفساد", "accuse"),
    ("بعودة", "يهدد", "الحرب إلى المنطقة", "warn"),
])
def test_a_speaker_that_names_no_party_makes_no_actor(speaker: str, cue: str, content: str,
                                                      stance: str) -> None:
    text = f"وأصدرت النقابة بيانا {cue} {speaker} {content}."
    doc = make_doc(text, entities=[("الوزارة", "ORG"), ("النقابة", "ORG")],
                   statements=[(speaker, cue, content, stance)])
    assert all(e.actor1 is None or normalize_key(speaker) not in normalize_key(e.actor1.text)
               for e in extract_events(doc))


@pytest.mark.parametrize(("text", "entities", "actor1", "actor2", "place"), [
    # the city visited is the place, not a party
    ("وزار رئيس الوزراء العراقي طهران أمس.", [("طهران", "LOC")], "رئيس الوزراء العراقي", None,
     "طهران"),
    # «بحث X ونظيره Y، في اتصال هاتفي»: the subject of the support verb makes the call
    ("بحث وزير الخارجية التونسي ونظيره الجزائري، في اتصال هاتفي، الأوضاع في ليبيا.",
     [("ليبيا", "LOC")], "وزير الخارجية التونسي", None, None),
])
def test_visits_and_calls(text: str, entities: list[tuple[str, str]], actor1: str,
                          actor2: str | None, place: str | None) -> None:
    event = _one(extract_events(make_doc(text, entities=entities)), "CONSULT")
    assert _has(event.actor1, actor1) and _has(event.actor2, actor2)
    if place is not None:
        assert _has(event.place, place)


def test_a_threat_about_a_place_needs_no_named_target() -> None:
    text = "وحذر قائد الفصيل من أن «أي تقدم نحو مواقعنا في درعا سيواجه برد قاس»."
    content = "«أي تقدم نحو مواقعنا في درعا سيواجه برد قاس»"
    doc = make_doc(text, entities=[("قائد الفصيل", "PER"), ("درعا", "LOC")],
                   statements=[("قائد الفصيل", "وحذر", content, "warn")])
    threat = _one(extract_events(doc), "THREATEN")
    assert _has(threat.actor1, "قائد الفصيل") and _has(threat.place, "درعا")


@pytest.mark.parametrize(("text", "fatalities"), [
    ("قتل عشرات المدنيين في قصف على مدينة حمص.", None),  # an order of magnitude
    ("قتل 14 مدنيا على الأقل في قصف على مدينة حمص.", 14),
])
def test_an_order_of_magnitude_is_no_toll(text: str, fatalities: int | None) -> None:
    assert _one(list(analyze(text).events), "ASSAULT").fatalities == fatalities
