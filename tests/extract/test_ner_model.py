"""The shipped NER model: spans over rasd tokens, clitics trimmed, sentences respected."""

from __future__ import annotations

import numpy as np
import pycrfsuite
import pytest

from rasd import resources
from rasd.document import Document
from rasd.extract.ner import model as ner_model
from rasd.extract.ner.crf import SMALL, Decoder
from rasd.extract.ner.model import default_model
from rasd.text import split_sentences, tokenize


def analyzed(text: str) -> Document:
    doc = Document(text)
    doc.add_layer("tokens", tokenize(text))
    doc.add_layer("sentences", [doc.span(s, e) for s, e in split_sentences(text)])
    return doc


def mentions(text: str) -> set[tuple[str, str]]:
    doc = analyzed(text)
    return {(doc.text[s:e], kind) for s, e, kind in ner_model.tag(doc)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("وقال الرئيس الفرنسي إيمانويل ماكرون إن الحوار مستمر.", ("إيمانويل ماكرون", "PER")),
        ("استقبل وزير الخارجية محمد العلي الوفد أمس.", ("محمد العلي", "PER")),
        ("سقطت قذائف على مدينة حلب صباح اليوم.", ("حلب", "LOC")),
        ("وصل الوفد إلى القاهرة قادما من بغداد.", ("بغداد", "LOC")),
        ("عقد مجلس الأمن الدولي جلسة طارئة مساء الخميس.", ("مجلس الأمن الدولي", "ORG")),
        ("وقال وزير الخارجية التركي هاكان فيدان إن أنقرة ترفض التصعيد.", ("هاكان فيدان", "PER")),
        ("سيطرت قوات الدعم السريع على مدينة نيالا في جنوب دارفور.", ("نيالا", "LOC")),
        ("وأفادت وكالة رويترز بأن الاجتماع عقد في جنيف.", ("رويترز", "ORG")),
        ("وفي قرية تل حاصل، قال الشيخ أحمد العمر إن المياه انقطعت.", ("تل حاصل", "LOC")),
        ("وفي قرية تل حاصل، قال الشيخ أحمد العمر إن المياه انقطعت.", ("أحمد العمر", "PER")),
    ],
)
def test_tags_obvious_names(text: str, expected: tuple[str, str]) -> None:
    assert expected in mentions(text)


@pytest.mark.parametrize(
    ("word", "cut"),
    [
        ("وبغداد", 1),  # known place behind و
        ("ببغداد", 1),
        ("والعراق", 1),  # و before ال: the name starts at ال
        ("وَالعراق", 2),  # the clitic's diacritic goes with it
        ("بغداد", 0),  # the name itself starts with ب
        ("العراق", 0),  # ال is kept
        ("للعراق", 0),  # لل cannot be cut to a name
        ("وليد", 0),  # unknown stem: keep the word whole
        ("واس", 0),  # a two-letter rest is too short to be sure of
        ("بشار", 0),  # a person name, though «شار» is a GeoNames village
        ("وموسكو", 1),
    ],
)
def test_clitic_length(word: str, cut: int) -> None:
    assert default_model().clitic_length(word) == cut


def test_sentence_spans_trim_the_leading_clitic() -> None:
    text = "زار وبغداد أمس"
    spans = default_model().sentence_spans(text, [(0, 3), (4, 10), (11, 14)], ["O", "B-LOC", "O"])
    assert [(text[s:e], kind) for s, e, kind in spans] == [("بغداد", "LOC")]


@pytest.mark.parametrize(
    ("tags", "expected"),
    [
        (["B-PERS", "O"], []),  # a nationality adjective alone is no person
        (["B-MISC", "O"], [("الروسي", "MISC")]),
        (["B-PERS", "I-PERS"], [("الروسي يوري", "PER")]),
    ],
)
def test_lone_nationality_is_not_a_person(
    tags: list[str], expected: list[tuple[str, str]]
) -> None:
    text = "الروسي يوري"
    spans = default_model().sentence_spans(text, [(0, 6), (7, 11)], tags)
    assert [(text[s:e], kind) for s, e, kind in spans] == expected


def test_spans_slice_the_text_and_stay_inside_sentences() -> None:
    text = ("قال الرئيس اللبناني ميشال عون إن بيروت تنتظر.\n"
            "وأعلنت وزارة الدفاع الروسية في موسكو أن الجيش تقدم نحو مدينة إدلب.")
    doc = analyzed(text)
    spans = ner_model.tag(doc)
    assert spans
    bounds = [(s.start, s.end) for s in doc.sentences]
    for start, end, kind in spans:
        assert kind in {"PER", "ORG", "LOC", "MISC"}
        assert doc.span(start, end).text == text[start:end]
        assert text[start:end].strip() == text[start:end]
        assert any(lo <= start < end <= hi for lo, hi in bounds)


SENTENCES = [
    ["أكد", "الأمين", "العام", "للأمم", "المتحدة", "أنطونيو", "غوتيريش", "أن", "الوضع", "صعب"],
    ["«", "لن", "نتراجع", "»", "،", "قال", "الناطق", "باسم", "الحركة", "."],
    ["طرابلس"],
    ["وصل", "وزير", "الخارجية", "الروسي", "سيرغي", "لافروف", "إلى", "دمشق", "والتقى",
     "الرئيس", "بشار", "الأسد", "في", "قصر", "الشعب"],
]


@pytest.mark.parametrize("copies", [1, 1 + SMALL // 21])  # plain loops; numpy (over SMALL)
def test_fast_decoder_matches_crfsuite(copies: int) -> None:
    model = default_model()
    tagger = pycrfsuite.Tagger()
    tagger.open(str(resources.path(ner_model.MODEL)))
    sentences = SENTENCES[:3] * copies + SENTENCES[3:]
    expected = [tagger.tag(model.featurizer.sentence(s)) for s in sentences]
    assert model.decoder.tag(sentences) == expected


def test_short_and_long_decoding_agree() -> None:
    decoder = default_model().decoder
    words = [w for sentence in SENTENCES for w in sentence]
    sentences = [words[i:i + n] for i, n in zip(range(0, 30, 6), (6, 1, 9, 12, 2), strict=True)]
    scores = decoder.emissions(sentences)
    lengths = np.array([len(s) for s in sentences])
    assert decoder._decode_small(sentences) == decoder._decode(scores, lengths)


def test_empty_document_has_no_spans() -> None:
    assert ner_model.tag(analyzed("")) == []


def test_decoder_cache_is_bounded() -> None:
    model = default_model()
    decoder = Decoder(model.decoder.crf, model.featurizer, limit=3)
    sentence = ["قال", "الرئيس", "زيد", "في", "مدينة", "حلب"]
    first = decoder.tag([sentence])
    assert len(decoder._rows) == len(set(sentence))
    assert decoder.tag([sentence]) == first  # the cache started afresh, same tags
    assert len(decoder._rows) == len(set(sentence))
