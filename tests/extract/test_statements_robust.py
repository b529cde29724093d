"""The statements stage never crashes and every span it makes slices the text."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

import rasd
from rasd.document import Document, Span

PIECES = [
    "قال", "وقال", "أعلنت", "وأضاف", "مضيفا", "موضحة", "نفى", "ولم ينف", "اتهم", "حذر",
    "نقلت", "عن", "نقلا", "على لسان", "وفق ما ذكرت", "بحسب", "ورد في بيان", "بيان منسوب",
    "لـ", "إن", "أن", "بأن", "إلى أن", "أنه", "قبل أن", "الوزير", "وزارة الدفاع", "المصدر",
    "مصدر", "الذي", "فيما", "وكانت", "قد", "«", "»", '"', "“", "”", "(", ")", ":", "،",
    ".", "؟", "\n", " ", "ُ", "ـ", "مسؤولية", "حمل", "صحة", "الأنباء", "في", "بيان",
]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=40).map(" ".join))
def test_random_text_gives_valid_spans(text: str) -> None:
    doc = rasd.analyze(text)
    statements = doc.statements
    for s in statements:
        spans = [s.cue, s.content, s.speaker, s.channel, s.mention]
        for span in spans:
            if span is not None:
                assert isinstance(span, Span)
                assert doc.text[span.start:span.end] == span.text
        assert s.stance in {"assert", "deny", "accuse", "warn"}
        assert s.mode in {"direct", "indirect", "mixed"}
        assert s.via is None or 0 <= s.via < len(statements)
    Document.from_dict(doc.to_dict())


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=200))
def test_any_unicode_text(text: str) -> None:
    doc = rasd.analyze(text)
    for s in doc.statements:
        assert doc.text[s.content.start:s.content.end] == s.content.text
