"""The shipped NER model: spans over rasd tokens, clitics trimmed, sentences respected."""

from __future__ import annotations

import numpy as np
import pycrfsuite
import pytest

from rasd import resources
from rasd.document import Document
from rasd.extract.ner import model as ner_model
from rasd.extract.ner.crf import Decoder, LinearCRF, native_decoder
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


def fresh_decoder(native: bool, crf: LinearCRF | None = None) -> Decoder:
    """A decoder of the shipped model's features (and weights, unless ``crf``), searching
    in C or in plain Python."""
    model = default_model()
    decoder = Decoder(crf or model.decoder.crf, model.featurizer)
    if native:
        if decoder.native is None:
            pytest.skip("installed without C extensions (RASD_PURE_PYTHON=1)")
    else:
        decoder.native = None
    return decoder


@pytest.mark.parametrize("native", [True, False])
def test_decoder_matches_crfsuite(native: bool) -> None:
    model = default_model()
    tagger = pycrfsuite.Tagger()
    tagger.open(str(resources.path(ner_model.MODEL)))
    sentences = SENTENCES * 3
    expected = [tagger.tag(model.featurizer.sentence(s)) for s in sentences]
    assert fresh_decoder(native).tag(sentences) == expected


@pytest.mark.parametrize("seed", range(5))
def test_c_and_python_searches_agree(seed: int) -> None:
    """Random weights, random sentences (empty and one-word ones too): the same labels."""
    rng = np.random.default_rng(seed)
    model = default_model()
    words = [w for sentence in SENTENCES for w in sentence]
    sentences = [list(rng.choice(words, size=n)) for n in rng.integers(0, 12, size=20)]
    features = {f for w in words for group in model.featurizer.features(w) for f in group}
    labels = model.decoder.crf.labels
    crf = LinearCRF(labels, {f: rng.normal(size=len(labels)) for f in sorted(features)},
                    rng.normal(size=(len(labels), len(labels))))
    assert fresh_decoder(True, crf).tag(sentences) == fresh_decoder(False, crf).tag(sentences)


@pytest.mark.parametrize("native", [True, False])
def test_ties_go_to_the_first_label(native: bool) -> None:
    labels = default_model().decoder.crf.labels
    crf = LinearCRF(labels, {}, np.zeros((len(labels), len(labels))))
    assert fresh_decoder(native, crf).tag([SENTENCES[0], []]) == [
        [labels[0]] * len(SENTENCES[0]), []]


def test_c_search_refuses_arrays_of_the_wrong_shape() -> None:
    search = native_decoder()
    if search is None:
        pytest.skip("installed without C extensions (RASD_PURE_PYTHON=1)")
    labels = np.zeros(3)
    table = np.zeros((2, 2, 3))
    search(table, [1], [1], (1,), labels, labels, labels, np.zeros((3, 3)))  # well formed
    with pytest.raises(ValueError, match="float64"):
        search(table.astype(np.float32), [1], [1], (1,), labels, labels, labels, np.zeros((3, 3)))
    with pytest.raises(ValueError, match="shape"):
        search(table, [1], [1], (1,), labels, labels, labels, np.zeros((2, 2)))
    with pytest.raises(ValueError, match="add up"):
        search(table, [1, 1], [1], (1,), labels, labels, labels, np.zeros((3, 3)))
    with pytest.raises(IndexError):
        search(table, [2], [1], (1,), labels, labels, labels, np.zeros((3, 3)))


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
