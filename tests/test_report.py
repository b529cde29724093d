"""The readable report: headline, date, counts, items under their sentences."""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest

from rasd.document import (
    DateMention,
    Document,
    DocumentDate,
    Entity,
    Event,
    Meta,
    Quantity,
    Statement,
)
from rasd.report import describe, render

TEXT = ("قال المتحدث باسم الشرطة إن مسلحين قتلوا 12 شخصا أمس في الموصل.\n"
        "ونفت الجماعة أي صلة لها بالهجوم.")


def _span(doc: Document, piece: str, nth: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(nth + 1):
        start = doc.text.index(piece, start + 1)
    return start, start + len(piece)


def _doc() -> Document:
    doc = Document(TEXT, Meta(id="t1", title="مقتل 12 في الموصل", subtitle="الشرطة تتهم مسلحين",
                              captions=("موقع الهجوم (رويترز)",), source="test"))
    s = lambda piece, nth=0: doc.span(*_span(doc, piece, nth))  # noqa: E731
    doc.add_layer("sentences", [doc.span(0, TEXT.index("\n")),
                                doc.span(TEXT.index("\n") + 1, len(TEXT))])
    doc.add_layer("document_date", [DocumentDate("2022-06-02", "published")])
    doc.add_layer("dates", [DateMention(s("أمس"), "2022-06-01", "day", "relative",
                                        anchor="2022-06-02")])
    doc.add_layer("quantities", [Quantity(s("12 شخصا"), 12, "شخصا", casualty="killed")])
    doc.add_layer("entities", [Entity(s("الموصل"), "LOC", place_id="geonames:99072"),
                               Entity(s("الشرطة"), "ORG")])
    doc.add_layer("statements", [
        Statement(cue=s("قال"), content=s("مسلحين قتلوا 12 شخصا أمس في الموصل"),
                  stance="assert", mode="indirect", speaker=s("المتحدث باسم الشرطة")),
        Statement(cue=s("نفت"), content=s("أي صلة لها بالهجوم"), stance="deny",
                  mode="indirect", speaker=s("الجماعة")),
    ])
    doc.add_layer("events", [Event("ASSAULT", trigger=s("قتلوا"), evidence=(doc.sentences[0],),
                                   mode="firearms", actor1=s("مسلحين"), place=s("الموصل"),
                                   date="2022-06-01", fatalities=12, reported_by=0)])
    return doc


def test_header_names_headline_date_and_counts() -> None:
    lines = render(_doc()).splitlines()
    assert lines[:4] == ["══ مقتل 12 في الموصل", "subtitle: الشرطة تتهم مسلحين",
                         "caption: موقع الهجوم (رويترز)", "id: t1   source: test"]
    assert lines[4] == "date: 2022-06-02 (published)"
    assert lines[5] == ("counts: sentences 2 · document_date 1 · dates 1 · quantities 1 · "
                        "entities 2 · statements 2 · events 1")


def test_items_sit_under_their_sentence_with_key_fields() -> None:
    out = render(_doc())
    block = out[out.index("── statements (2)"):out.index("── events")].splitlines()
    assert block[1].startswith("sentence 1: قال المتحدث")
    assert block[2].startswith("  statement 1: speaker المتحدث باسم الشرطة · cue قال · "
                               "assert/indirect · content مسلحين")
    assert block[3].startswith("sentence 2: ونفت")
    assert "deny/indirect" in block[4]


@pytest.mark.parametrize(("layer", "expected"), [
    ("dates", "أمس → 2022-06-01 (relative)"),
    ("quantities", "12 شخصا → 12 شخصا (killed)"),
    ("entities", "LOC الموصل · link geonames:99072"),
    ("events", "ASSAULT/firearms · trigger قتلوا · actors مسلحين → ? · place الموصل · "
               "date 2022-06-01 · fatalities 12 · modality asserted · "
               "reported by statement 1 (المتحدث باسم الشرطة)"),
])
def test_describe_gives_one_line_of_key_fields(layer: str, expected: str) -> None:
    doc = _doc()
    assert describe(doc, doc.layer(layer)[0]) == expected


def test_empty_layers_say_none_and_missing_layers_are_skipped() -> None:
    doc = Document(TEXT, Meta(id="t2", published=date(2020, 5, 1)))
    doc.add_layer("sentences", [])
    doc.add_layer("entities", [])
    out = render(doc)
    assert "══ (untitled)" in out
    assert "date: 2020-05-01 (given with the input)" in out
    assert "── none found: entities" in out
    assert "statements" not in out


def test_headline_findings_have_their_own_section() -> None:
    doc = _doc()
    head = Document(doc.headline_text, Meta(id="t1#headline"))
    head.add_layer("entities", [Entity(head.span(*_span(head, "الموصل")), "LOC")])
    doc.attach_headline(head)
    out = render(doc)
    section = out[out.index("── headline"):]
    assert "  ── entities (1)" in section
    assert "    entity 1: LOC الموصل" in section


def test_unknown_records_are_shown_field_by_field() -> None:
    @dataclasses.dataclass(frozen=True)
    class Dispute:
        claim: object
        parties: tuple[str, ...] = ()
        note: str | None = None

    doc = _doc()
    item = Dispute(doc.span(*_span(doc, "أي صلة")), ("أ", "ب"))
    assert describe(doc, item) == "claim أي صلة · parties أ, ب"
