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
from functools import cache

import regex

from rasd import resources
from rasd.document import DateMention, Quantity, Span
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


def dated(text: str, dates: Sequence[DateMention]) -> list[DateMention]:
    """The resolved date mentions (in layer order) that may date an event: not those that
    open a span."""
    return [d for d in dates if d.value and d.kind in DATE_KINDS and not _opens_span(text, d)]


def event_date(dates: Sequence[DateMention], sentence: Span, at: int,
               outside: Sequence[Span] = ()) -> tuple[str | None, str | None, str | None]:
    """``(value, precision, source)`` of the date of an event triggered at offset ``at``, from
    the :func:`dated` mentions; dates inside the ``outside`` spans (what others are reported
    to say) are not its own."""
    lo, hi = sentence.start, sentence.end
    inside = [d for d in dates if lo <= d.span.start and d.span.end <= hi
              and not any(o.start <= d.span.start < o.end for o in outside)]
    found = min(inside, key=lambda d: abs(d.span.start - at), default=None)
    if found is not None:
        return found.value, found.precision, "sentence"
    return None, None, None


@cache
def _zero_pattern() -> tuple[regex.Pattern[str], tuple[str, ...]]:
    """The pattern of «nobody was killed», and words one of which every match holds (the
    last word of a whole phrase, a word of a tail): where none is, the pattern cannot match,
    and a substring test is much cheaper than the regex scan."""
    def alternation(cls: str) -> str:
        words = sorted(words_of(cls), key=len, reverse=True)
        return "|".join(regex.escape(w).replace(r"\ ", r"\s+") for w in words)
    pattern = regex.compile(rf"{alternation('zero')}|(?:{alternation('zero_head')})"
                            rf"(?:\s+\S+){{0,3}}?\s+(?:{alternation('zero_tail')})")
    needed = {w.split(" ")[-1] for w in words_of("zero")} | \
        {w.split(" ")[0] for w in words_of("zero_tail")}
    return pattern, tuple(sorted(needed))


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


class SentenceFacts:
    """The tolls one sentence states, for each of its events in turn."""

    def __init__(self, quantities: Sequence[Quantity], indexes: list[int],
                 norm_sentence: str) -> None:
        self.quantities = quantities
        self.indexes = indexes  # of the quantities lying wholly in the sentence
        self.norm_sentence = norm_sentence
        self._none_killed: bool | None = None

    @property
    def says_none_killed(self) -> bool:
        """Does the sentence say nobody was killed? (Read on first use.)"""
        if self._none_killed is None:
            pattern, needed = _zero_pattern()
            text = self.norm_sentence
            self._none_killed = (any(w in text for w in needed)
                                 and pattern.search(text) is not None)
        return self._none_killed

    def tolls(self, at: int) -> tuple[int | None, int | None, tuple[int, ...]]:
        """``(fatalities, wounded, quantity indexes)`` for an event triggered at ``at``."""
        killed = _nearest_count(self.quantities, self.indexes, "killed", at)
        if killed is None and self.says_none_killed:
            killed = 0
        return killed, _nearest_count(self.quantities, self.indexes, "wounded", at), \
            tuple(self.indexes)
