"""Scraped dumps: headers, decks, markers, captions and exact bodies."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from rasd.ingest import read_paths
from rasd.ingest.dump import split_dump

TITLE = "الحكومة تعلن خطة لإعادة إعمار الأحياء المتضررة"
DECK = "وزير الإسكان: المرحلة الأولى تبدأ الشهر المقبل"
CAPTION = "عمال يزيلون الأنقاض في أحد الأحياء (أ.ف.ب)"
BODY = ("أعلنت الحكومة أمس خطة واسعة لإعادة الإعمار.\n"
        "وقال الوزير إن «العمل سيبدأ فورا» في ثلاثة أحياء.")
TITLE2 = "اشتباكات عنيفة على الحدود الشمالية"
BODY2 = "قتل خمسة جنود في اشتباك ليلي.\n\nوأكد الجيش أنه رد على مصادر النيران."


def _dump(*articles: str) -> str:
    return "\n\n\n".join(articles)


@pytest.mark.parametrize(("text", "expected"), [
    # title, deck, marker, repeated title, caption twice, body
    (f"{TITLE}\n\n{DECK}\n\nTT\n\n{TITLE}\n\n{CAPTION}\n{CAPTION}\n\n{BODY}",
     [(TITLE, DECK, (CAPTION,), BODY)]),
    # no deck, no caption
    (f"{TITLE}\n\nTT\n\n{TITLE}\n\n{BODY}", [(TITLE, None, (), BODY)]),
    # marker but no repeated title
    (f"{TITLE}\n\n{DECK}\n\nTT\n\n{BODY}", [(TITLE, DECK, (), BODY)]),
    # no marker: the repeated title alone marks the header
    (f"{TITLE}\n\n{TITLE}\n\n{CAPTION}\n\n{BODY}", [(TITLE, None, (CAPTION,), BODY)]),
    # two articles; the second has no deck and its body has blank lines
    (_dump(f"{TITLE}\n\n{DECK}\n\nTT\n\n{TITLE}\n\n{BODY}",
           f"{TITLE2}\n\nTT\n\n{TITLE2}\n\n{BODY2}"),
     [(TITLE, DECK, (), BODY), (TITLE2, None, (), BODY2)]),
    # a Latin-only short line inside a body is not a marker
    (f"{TITLE}\n\nTT\n\n{TITLE}\n\n{BODY}\nالمصدر:\nBBC\n{BODY2}",
     [(TITLE, None, (), f"{BODY}\nالمصدر:\nBBC\n{BODY2}")]),
    # a short body paragraph ending in a credit after a sentence end is body, not a caption
    (f"{TITLE}\n\nTT\n\n{TITLE}\n\nقتل ثلاثة أشخاص. (رويترز)\n{BODY}",
     [(TITLE, None, (), "قتل ثلاثة أشخاص. (رويترز)\n" + BODY)]),
])
def test_split_dump(text: str, expected: list[tuple[object, ...]]) -> None:
    found = split_dump(text)
    assert found is not None
    got = [(a.title, a.subtitle, a.captions, text[a.start:a.end]) for a in found]
    assert got == expected


@pytest.mark.parametrize("text", [
    BODY,
    f"{TITLE}\n\n{BODY}",
    "سطر واحد فقط",
])
def test_text_without_headers_is_not_a_dump(text: str) -> None:
    assert split_dump(text) is None


def test_text_before_the_first_header_is_kept_untitled(tmp_path: Path) -> None:
    path = tmp_path / "d.txt"
    path.write_text(f"{BODY2}\n\n\n{TITLE}\n\nTT\n\n{TITLE}\n\n{BODY}", encoding="utf-8")
    docs = list(read_paths([path]))
    assert [(d.meta.title, d.text) for d in docs] == [(None, BODY2), (TITLE, BODY)]


def test_seed_bodies_and_titles_are_the_gold_ones(seed_path: Path, shared_dir: Path) -> None:
    gold = [json.loads(line) for line in
            (shared_dir / "examples" / "seed-gold.jsonl").read_text(encoding="utf-8").splitlines()]
    docs = list(read_paths([seed_path]))
    assert [d.meta.title for d in docs] == [g["title"] for g in gold]
    assert [d.text for d in docs] == [g["text"] for g in gold]


def test_seed_yields_two_articles_with_deck_and_caption(seed_path: Path) -> None:
    docs = list(read_paths([seed_path]))
    assert len(docs) == 2
    first, second = docs
    assert first.meta.subtitle and not first.meta.captions
    assert second.meta.subtitle is None and len(second.meta.captions) == 1
    assert second.meta.captions[0].endswith(")")
    for doc in docs:
        assert "TT" not in doc.text.split("\n")
        assert doc.meta.title not in doc.text


@pytest.mark.parametrize(("encoding", "newline"), [("cp1256", "\r\n"), ("utf-16", "\n"),
                                                    ("utf-8-sig", "\r\n")])
def test_seed_reads_the_same_in_other_encodings(
        tmp_path: Path, seed_path: Path, encoding: str, newline: str) -> None:
    text = seed_path.read_text(encoding="utf-8")
    path = tmp_path / "seed.txt"
    path.write_bytes(text.replace("\n", newline).encode(encoding))
    got = [(d.meta.title, d.meta.subtitle, d.meta.captions, d.text) for d in read_paths([path])]
    want = [(d.meta.title, d.meta.subtitle, d.meta.captions, d.text)
            for d in read_paths([seed_path])]
    assert got == want
