"""When and how many: an event's date from the dates layer, its toll from quantities.

Date: the resolved date mention nearest the trigger in its sentence, else in its
paragraph, else the document date; ``date_source`` says which. Toll: the killed
count nearest the trigger in its sentence (wounded likewise); 0 when the sentence
says nobody was killed; ``None`` when it does not say.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache, lru_cache

import regex

from rasd.document import DateMention, Document, Quantity, Span
from rasd.extract.events.lexicon import words_of

DATE_KINDS = frozenset({"date"})


def paragraph_of(text: str, sentence: Span) -> tuple[int, int]:
    """Offsets of the paragraph (text between line breaks) holding a sentence."""
    start = text.rfind("\n", 0, sentence.start) + 1
    end = text.find("\n", sentence.end)
    return start, len(text) if end < 0 else end


def _nearest_date(dates: Sequence[DateMention], lo: int, hi: int, at: int,
                  outside: Sequence[Span] = ()) -> DateMention | None:
    inside = [d for d in dates if lo <= d.span.start and d.span.end <= hi
              and d.value and d.kind in DATE_KINDS
              and not any(o.start <= d.span.start < o.end for o in outside)]
    return min(inside, key=lambda d: abs(d.span.start - at), default=None)


def event_date(doc: Document, sentence: Span, at: int, outside: Sequence[Span] = (),
               ) -> tuple[str | None, str | None, str | None]:
    """``(value, precision, source)`` of the date of an event triggered at offset ``at``;
    dates inside the ``outside`` spans (what others are reported to say) are not its own."""
    dates = doc.dates
    found = _nearest_date(dates, sentence.start, sentence.end, at, outside)
    if found is not None:
        return found.value, found.precision, "sentence"
    lo, hi = paragraph_of(doc.text, sentence)
    found = _nearest_date(dates, lo, hi, at, outside)
    if found is not None:
        return found.value, found.precision, "paragraph"
    if doc.document_date is not None:
        return doc.document_date.value, "day", "document"
    return None, None, None


@cache
def _zero_pattern() -> regex.Pattern[str]:
    def alternation(cls: str) -> str:
        words = sorted(words_of(cls), key=len, reverse=True)
        return "|".join(regex.escape(w).replace(r"\ ", r"\s+") for w in words)
    return regex.compile(rf"{alternation('zero')}|(?:{alternation('zero_head')})"
                         rf"(?:\s+\S+){{0,3}}?\s+(?:{alternation('zero_tail')})")


@lru_cache(maxsize=1024)
def _says_none_killed(norm_sentence: str) -> bool:
    """Does the sentence say nobody was killed? (cached: its events share the sentence)"""
    return _zero_pattern().search(norm_sentence) is not None


def _nearest_count(quantities: Sequence[Quantity], indexes: list[int], casualty: str,
                   at: int) -> int | None:
    found = [quantities[i] for i in indexes
             if quantities[i].casualty == casualty and quantities[i].value is not None]
    best = min(found, key=lambda q: abs(q.span.start - at), default=None)
    return int(best.value) if best is not None and best.value is not None else None


def tolls(doc: Document, sentence: Span, norm_sentence: str,
          at: int) -> tuple[int | None, int | None, tuple[int, ...]]:
    """``(fatalities, wounded, quantity indexes)`` stated in the sentence of an event."""
    quantities = doc.quantities
    indexes = [i for i, q in enumerate(quantities)
               if sentence.start <= q.span.start and q.span.end <= sentence.end]
    killed = _nearest_count(quantities, indexes, "killed", at)
    if killed is None and _says_none_killed(norm_sentence):
        killed = 0
    return killed, _nearest_count(quantities, indexes, "wounded", at), tuple(indexes)
