"""When and how many: an event's date from the dates layer, its toll from quantities.

Date: the resolved date mention nearest the trigger in its sentence (``date_source``
"sentence"), else none: a date elsewhere in the paragraph, or the article's own date,
does not tie the event to a day (gold-format: ``date`` only when the text ties it). A
date that opens a span («منذ 15 أبريل») dates the start of a campaign, not one event.
Toll: the killed count nearest the trigger in its sentence (wounded likewise), an order of
magnitude («عشرات») being no count; 0 when the sentence says nobody was killed; ``None``
when it does not say.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache, lru_cache

import regex

from rasd import resources
from rasd.document import DateMention, Document, Quantity, Span
from rasd.extract.events.lexicon import words_of
from rasd.text import normalize

DATE_KINDS = frozenset({"date"})
SINCE_REACH = 12  # characters before a date searched for «منذ»


def _opens_span(text: str, date: DateMention) -> bool:
    """Is the date the start of a span («منذ 15 أبريل»، «منذ السابع من أكتوبر»)?"""
    before = normalize(text[max(0, date.span.start - SINCE_REACH):date.span.start]).split()
    return bool(before) and before[-1] in _span_openers()


@cache
def _span_openers() -> frozenset[str]:
    return frozenset(normalize(w) for w in resources.lines("events/span_openers.txt"))


def _nearest_date(text: str, dates: Sequence[DateMention], lo: int, hi: int, at: int,
                  outside: Sequence[Span] = ()) -> DateMention | None:
    inside = [d for d in dates if lo <= d.span.start and d.span.end <= hi
              and d.value and d.kind in DATE_KINDS and not _opens_span(text, d)
              and not any(o.start <= d.span.start < o.end for o in outside)]
    return min(inside, key=lambda d: abs(d.span.start - at), default=None)


def event_date(doc: Document, sentence: Span, at: int, outside: Sequence[Span] = (),
               ) -> tuple[str | None, str | None, str | None]:
    """``(value, precision, source)`` of the date of an event triggered at offset ``at``;
    dates inside the ``outside`` spans (what others are reported to say) are not its own."""
    found = _nearest_date(doc.text, doc.dates, sentence.start, sentence.end, at, outside)
    if found is not None:
        return found.value, found.precision, "sentence"
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


def _vague(quantity: Quantity) -> bool:
    """«عشرات الآلاف»، «مئات المدنيين»: an order of magnitude, not a count."""
    return quantity.approximate and not any(c.isdigit() for c in quantity.span.text) \
        and quantity.qualifier == "at-least"


def _nearest_count(quantities: Sequence[Quantity], indexes: list[int], casualty: str,
                   at: int) -> int | None:
    found = [quantities[i] for i in indexes
             if quantities[i].casualty == casualty and quantities[i].value is not None
             and not _vague(quantities[i])]
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
