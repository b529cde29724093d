"""Property tests: no input crashes the dates or quantities layer, every span slices."""

from __future__ import annotations

from datetime import date, timedelta

import regex
from hypothesis import given, settings
from hypothesis import strategies as st

import rasd
from rasd import resources
from rasd.document import Document, Meta
from rasd.extract.dates.stage import STAGE as DATES
from rasd.extract.quantities import STAGE as QUANTITIES
from rasd.pipeline import TEXT_STAGES
from rasd.text import tokenize

MONTH_FORMS = {m: [r["form"] for name in ("dates/months_cldr.tsv", "dates/month_variants.tsv")
                   for r in resources.tsv(name) if int(r["month"]) == m] for m in range(1, 13)}
WEEKDAYS = {int(r["weekday"]) - 1: r["form"] for r in resources.tsv("dates/weekdays_cldr.tsv")}
VOCAB = sorted(
    {r["form"] for name in ("dates/months_cldr.tsv", "dates/hijri_months.tsv",
                            "dates/relative_days.tsv", "dates/ordinal_days.tsv",
                            "dates/time_units.tsv", "quantities/number_words.tsv",
                            "quantities/approximations.tsv", "quantities/casualty_words.tsv")
     for r in resources.tsv(name)}
    | set(WEEKDAYS.values())
    | {"عام", "منذ", "قبل", "بين", "من", "الماضي", "المقبل", "(", ")", "،", "هـ", "م", "/", "-",
       "يوم", "الأسبوع", "الشهر", "العام", "شهر", "منتصف", "و", "في", "رقم", "الساعة", "%"}
)
ISO = regex.compile(r"\d{4}(-W\d\d|-\d\d(-\d\d)?)?")
pieces = st.one_of(
    st.sampled_from(VOCAB),
    st.integers(0, 3000).map(str),
    st.integers(0, 3000).map(lambda n: str(n).translate(str.maketrans("0123456789",
                                                                     "٠١٢٣٤٥٦٧٨٩"))),
    st.text(alphabet="ابتثجحخدذرسشصضطظعغفقكلمنهويىةأإآءـًٌٍَُِّْ.,:/-()«» \n0123456789٬٫",
            max_size=12),
)
texts = st.lists(pieces, max_size=40).map(" ".join)
anchors = st.one_of(st.none(), st.dates(date(1950, 1, 1), date(2070, 12, 31)))


@settings(max_examples=300, deadline=None)
@given(texts, anchors)
def test_no_input_crashes_and_spans_slice(text: str, published: date | None) -> None:
    doc = rasd.analyze(text, published=published)
    for mention in doc.dates:
        assert text[mention.span.start:mention.span.end] == mention.span.text
        assert mention.span.text.strip() == mention.span.text and mention.span.text
        if mention.kind == "date" and mention.value is not None:
            assert ISO.fullmatch(mention.value), mention
    for quantity in doc.quantities:
        assert text[quantity.span.start:quantity.span.end] == quantity.span.text
        assert quantity.value is None or quantity.value >= 0
    if doc.document_date and doc.document_date.evidence:
        evidence = doc.document_date.evidence
        assert text[evidence.start:evidence.end] == evidence.text


@settings(max_examples=200, deadline=None)
@given(st.dates(date(1900, 1, 1), date(2099, 12, 31)), st.data(), st.booleans())
def test_any_written_date_resolves_to_itself(day: date, data: st.DataObject,
                                             indic: bool) -> None:
    month = data.draw(st.sampled_from(MONTH_FORMS[day.month]))
    numbers = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩") if indic else {}
    written = f"{day.day} {month} {day.year}".translate(numbers)
    doc = rasd.analyze(f"وقع الحادث في {written} حسب الشهود.")
    assert [(m.span.text, m.value) for m in doc.dates] == [(written, day.isoformat())]
    assert not doc.quantities


@settings(max_examples=100, deadline=None)
@given(st.dates(date(1950, 1, 1), date(2070, 12, 31)), st.integers(0, 6))
def test_bare_weekday_is_the_latest_on_or_before_the_document_date(anchor: date,
                                                                    weekday: int) -> None:
    doc = rasd.analyze(f"اجتمع المجلس {WEEKDAYS[weekday]} في العاصمة.", published=anchor)
    (mention,) = doc.dates
    value = date.fromisoformat(mention.value or "")
    assert value.weekday() == weekday and anchor - timedelta(days=6) <= value <= anchor


@settings(max_examples=150, deadline=None)
@given(texts, anchors)
def test_the_same_dates_and_quantities_from_compact_tokens_or_token_records(
        text: str, published: date | None) -> None:
    # Trigger words are looked up in the tokens' forms: shared lists for the compact layer,
    # folded afresh from a layer of Token records (a document read back from JSON).
    compact = Document(text, Meta(id="compact", published=published))
    for stage in (*TEXT_STAGES, DATES, QUANTITIES):
        stage(compact)
    records = Document(text, Meta(id="records", published=published))
    records.add_layer("tokens", list(tokenize(text)))
    for stage in (*TEXT_STAGES[1:], DATES, QUANTITIES):
        stage(records)
    assert records.dates == compact.dates
    assert records.quantities == compact.quantities
