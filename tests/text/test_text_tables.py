"""Table-driven cases for normalize, tokenize, clitics and sentences."""

from __future__ import annotations

import pytest

from rasd.text import (
    NormalizedText,
    candidate_stems,
    normalize,
    normalize_key,
    split_sentences,
    tokenize,
)


@pytest.mark.parametrize(("text", "expected"), [
    ("أحمد", "احمد"),  # alef with hamza above
    ("إدلب", "ادلب"),  # alef with hamza below
    ("آذار", "اذار"),  # alef with madda
    ("ٱلله", "الله"),  # alef wasla
    ("مستشفى", "مستشفي"),  # alef maqsura
    ("مدينة", "مدينه"),  # ta marbuta
    ("ی ک", "ي ك"),  # Persian ya and kaf
    ("مُحَمَّدٌ", "محمد"),  # harakat, shadda, tanween
    ("هٰذا", "هذا"),  # dagger alef
    ("جـــديد", "جديد"),  # tatweel
    ("قلۖ صلےۚ", "قل صلے"),  # Quranic annotation signs
    ("مسؤول رئيس", "مسؤول رئيس"),  # hamza on waw and ya is kept
    ("٢٠١٩", "2019"),  # Arabic-Indic digits
    ("۱۴۰۲", "1402"),  # Persian digits
    ("٣٫٥", "3.5"),  # Arabic decimal separator
    ("١٬٠٠٠", "1,000"),  # Arabic thousands separator
    ("سوريا، اليوم", "سوريا، اليوم"),  # punctuation and spaces are kept
])
def test_normalize_folds(text: str, expected: str) -> None:
    assert normalize(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("  الأمم   المتحدة\n", "الامم المتحدة".replace("ة", "ه")),
    ("\tوزارةُ\u00a0الدفاع ", "وزاره الدفاع"),
    (" مجلس الأمن ", "مجلس الامن"),  # plain single spaces: only trimmed
    ("مجلس\u2009الأمن", "مجلس الامن"),  # a thin space is white space too
    ("مجلس\u200bالأمن", "مجلس\u200bالامن"),  # a zero-width space is not
])
def test_normalize_key_collapses_white_space(text: str, expected: str) -> None:
    assert normalize_key(text) == expected


@pytest.mark.parametrize(("source", "needle", "expected"), [
    ("قصفت الطائراتُ مدينةَ حلبَ ليلاً", "مدينه حلب", "مدينةَ حلبَ"),
    ("وصل إلى دمشـــق أمس", "دمشق", "دمشـــق"),
    ("في ٢٠١٩ وقع", "2019", "٢٠١٩"),
])
def test_normalized_match_maps_back_to_the_source(source: str, needle: str, expected: str) -> None:
    nt = NormalizedText(source)
    start = nt.text.index(needle)
    s, e = nt.source_span(start, start + len(needle))
    assert source[s:e] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("مُحَمَّدٌ وصل", [("مُحَمَّدٌ", "word"), ("وصل", "word")]),
    ("جـــديد", [("جـــديد", "word")]),
    ("لـ«جبهة النصرة»", [("لـ", "word"), ("«", "punct"), ("جبهة", "word"), ("النصرة", "word"),
                         ("»", "punct")]),
    ("قتل ١٥٠ مسلحا", [("قتل", "word"), ("١٥٠", "number"), ("مسلحا", "word")]),
    ("نسبة 3.5% و1,200", [("نسبة", "word"), ("3.5", "number"), ("%", "punct"),
                          ("و", "word"), ("1,200", "number")]),
    ("حلب، إدلب؛ لماذا؟", [("حلب", "word"), ("،", "punct"), ("إدلب", "word"), ("؛", "punct"),
                           ("لماذا", "word"), ("؟", "punct")]),
    ("وكالة Reuters أمس", [("وكالة", "word"), ("Reuters", "latin"), ("أمس", "word")]),
    ("ـ", [("ـ", "punct")]),
    ("$5", [("$", "symbol"), ("5", "number")]),
])
def test_tokenize(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(t.text, t.kind) for t in tokenize(text)] == expected


@pytest.mark.parametrize(("word", "stem", "prefix"), [
    ("وادلب", "ادلب", "و"),
    ("فقال", "قال", "ف"),
    ("بدمشق", "دمشق", "ب"),
    ("لروسيا", "روسيا", "ل"),
    ("كالعاده", "عاده", "كال"),
    ("الجيش", "جيش", "ال"),
    ("للمصالحه", "مصالحه", "لل"),
    ("للمصالحه", "المصالحه", "ل"),
    ("وبالقرب", "قرب", "وبال"),
    ("والروسيه", "روسيه", "وال"),
    ("وسيعلن", "يعلن", "وس"),
])
def test_candidate_stems_offer_the_reading(word: str, stem: str, prefix: str) -> None:
    assert (prefix, stem) in candidate_stems(word)


@pytest.mark.parametrize(("word", "not_stem"), [
    ("ول", "ل"),  # too short a stem once و is off
    ("سوريا", "وريا"),  # س is the future marker only after و/ف
    ("بل", "ل"),
])
def test_candidate_stems_are_conservative(word: str, not_stem: str) -> None:
    assert not_stem not in [stem for _, stem in candidate_stems(word)]


def test_lam_tatweel_is_a_proclitic_token_followed_by_its_host() -> None:
    tokens = [t.text for t in tokenize("المقر الرئيسي لـ«الفرع»")]
    assert tokens[2:] == ["لـ", "«", "الفرع", "»"]
    assert candidate_stems(normalize("لـ")) == (("", "ل"),)


@pytest.mark.parametrize(("text", "expected"), [
    ("وصل الوفد. بدأت المحادثات!", ["وصل الوفد.", "بدأت المحادثات!"]),
    ("هل انتهت الحرب؟ لا أحد يعرف", ["هل انتهت الحرب؟", "لا أحد يعرف"]),
    ("قال: «لن نتراجع. سنواصل». ثم غادر.", ["قال: «لن نتراجع. سنواصل».", "ثم غادر."]),
    ("أعلنت (الهيئة. المستقلة) النتائج.", ["أعلنت (الهيئة. المستقلة) النتائج."]),
    ('وصف الأمر بأنه "خطير. جدا" أمس.', ['وصف الأمر بأنه "خطير. جدا" أمس.']),
    ("بلغ النمو 3.5 في المائة.", ["بلغ النمو 3.5 في المائة."]),
    ("وصل مبعوث U.S وغادر.", ["وصل مبعوث U.S وغادر."]),
    ("كتب د. سامي مقالا. ثم غادر.", ["كتب د. سامي مقالا.", "ثم غادر."]),
    ("نقلت أ.ف.ب عن مصدر أمني", ["نقلت أ.ف.ب عن مصدر أمني"]),
    ("بنيت عام 3000 ق.م تقريبا.", ["بنيت عام 3000 ق.م تقريبا."]),
    ("وصل الوفد إلى عمان.وبدأت المحادثات", ["وصل الوفد إلى عمان.", "وبدأت المحادثات"]),
    ("تنتهي عام 2030م. وتبدأ بعدها", ["تنتهي عام 2030م.", "وتبدأ بعدها"]),
    ("انتهت دراسيًا. وبدأت", ["انتهت دراسيًا.", "وبدأت"]),
    ("عنوان بلا نقطة\nفقرة أولى.", ["عنوان بلا نقطة", "فقرة أولى."]),
    ("قال «كلام مفتوح\nسطر جديد.", ["قال «كلام مفتوح", "سطر جديد."]),
    ("انتظروا... ثم رحلوا", ["انتظروا...", "ثم رحلوا"]),
    ("  \n ", []),
])
def test_split_sentences(text: str, expected: list[str]) -> None:
    assert [text[s:e] for s, e in split_sentences(text)] == expected
