"""What the event extractor looks up again and again, indexed once per document.

Every trigger asks which entities, date mentions and quantities stand in its sentence,
which statement reports it and whose cue it is; scanning the whole layers for each
trigger costs the layer's size per trigger. Here each layer is read once: its items
bucketed by sentence (in layer order), the statements' spans kept as plain offsets.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from typing import TypeVar

from rasd.document import DateMention, Document, Entity, Span, Statement
from rasd.extract.events.facts import dated
from rasd.text import normalize
from rasd.text.normalize import DELETED

T = TypeVar("T")
#: The dropped characters that stick to the letter before them (all but tatweel).
MARKS = frozenset(DELETED) - {"\u0640"}


def by_sentence(sentences: Sequence[Span], items: Sequence[T],
                starts: Sequence[int]) -> list[list[T]]:
    """``items`` (with these start offsets) per sentence that holds their start, in order."""
    firsts = [s.start for s in sentences]
    out: list[list[T]] = [[] for _ in sentences]
    for item, start in zip(items, starts, strict=True):
        k = bisect.bisect_right(firsts, start) - 1
        if k >= 0 and start < sentences[k].end:
            out[k].append(item)
    return out


def _dropped_runs(text: str, folded: str) -> tuple[list[int], list[int], list[int]]:
    """Starts and ends of the runs of characters normalization drops from ``text`` (giving
    ``folded``), and how many it has dropped up to the end of each. (Found with ``str.find``
    per dropped character: news has few, and a character-class regex scan of the text
    costs ten times more.)"""
    starts: list[int] = []
    ends: list[int] = []
    dropped: list[int] = []
    if len(folded) == len(text):
        return starts, ends, dropped
    found = []
    for char in DELETED:
        at = text.find(char)
        while at != -1:
            found.append(at)
            at = text.find(char, at + 1)
    for at in sorted(found):
        if ends and ends[-1] == at:
            ends[-1] += 1
            dropped[-1] += 1
        else:
            starts.append(at)
            ends.append(at + 1)
            dropped.append((dropped[-1] if dropped else 0) + 1)
    return starts, ends, dropped


class DocumentIndex:
    """One analyzed document's layers as the event extractor reads them."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.sentences = doc.sentences
        self.statements: Sequence[Statement] = doc.statements
        self._contents = [(st.content.start, st.content.end) for st in self.statements]
        self._cues = [(st.cue.start, st.cue.end) for st in self.statements]
        #: The whole text normalized (:func:`rasd.text.normalize`).
        self.folded = normalize(doc.text)
        self._dropped = _dropped_runs(doc.text, self.folded)
        # The rest is read only for documents with triggers: built on first use.
        self._entities: list[list[Entity]] | None = None
        self._date_spans: list[list[Span]] | None = None
        self._quantities: list[list[int]] | None = None
        self._dates: list[DateMention] | None = None
        self._kept: list[int] | None = None
        self._statement_spans: tuple[list[list[tuple[int, int, int]]], ...] | None = None

    @property
    def entities(self) -> list[list[Entity]]:
        """The entities whose start is in each sentence."""
        if self._entities is None:
            entities = self.doc.entities
            self._entities = by_sentence(self.sentences, entities,
                                         [e.span.start for e in entities])
        return self._entities

    @property
    def date_spans(self) -> list[list[Span]]:
        """The spans of the date mentions that start in each sentence."""
        if self._date_spans is None:
            dates = self.doc.dates
            self._date_spans = by_sentence(self.sentences, [d.span for d in dates],
                                           [d.span.start for d in dates])
        return self._date_spans

    @property
    def quantities(self) -> list[list[int]]:
        """Indexes of the quantities lying wholly in each sentence."""
        if self._quantities is None:
            quantities = self.doc.quantities
            starts = [q.span.start for q in quantities]
            buckets = by_sentence(self.sentences, range(len(quantities)), starts)
            self._quantities = [[i for i in bucket if quantities[i].span.end <= sentence.end]
                                for bucket, sentence in zip(buckets, self.sentences, strict=True)]
        return self._quantities

    @property
    def dates(self) -> list[DateMention]:
        """The date mentions that may date an event (see :func:`.facts.dated`)."""
        if self._dates is None:
            self._dates = dated(self.doc.text, self.doc.dates)
        return self._dates

    def folded_at(self, offset: int) -> int:
        """Where the source ``offset`` falls in :attr:`folded` (the first kept character at
        or after it)."""
        starts, ends, dropped = self._dropped
        k = bisect.bisect_left(starts, offset)  # runs that start before the offset
        return offset if k == 0 else offset - dropped[k - 1] + max(0, ends[k - 1] - offset)

    def source_at(self, index: int) -> int:
        """The source offset of character ``index`` of :attr:`folded` (its end maps to the
        text's)."""
        if index >= len(self.folded):
            return len(self.doc.text)
        dropped = self._dropped[2]
        k = bisect.bisect_right(self._kept_after, index)  # runs before that character
        return index + dropped[k - 1] if k else index

    @property
    def _kept_after(self) -> list[int]:
        """Where in :attr:`folded` the text resumes after each dropped run."""
        if self._kept is None:
            _, ends, dropped = self._dropped
            self._kept = [end - gone for end, gone in zip(ends, dropped, strict=True)]
        return self._kept

    def source_span(self, start: int, end: int) -> tuple[int, int]:
        """Source offsets of ``folded[start:end]`` (non-empty), the diacritics that follow
        its last character included (as :meth:`rasd.text.NormalizedText.source_span`)."""
        text = self.doc.text
        src_end = self.source_at(end - 1) + 1
        while src_end < len(text) and text[src_end] in MARKS:
            src_end += 1
        return self.source_at(start), src_end

    def normalize(self, start: int, end: int) -> str:
        """``normalize(text[start:end])``, sliced from :attr:`folded` (normalization drops
        characters or maps one to one, so any stretch of the text folds to a slice)."""
        if not self._dropped[0]:
            return self.folded[start:end]
        return self.folded[self.folded_at(start):self.folded_at(end)]

    def _over_sentences(self, spans: list[tuple[int, int]]) -> list[list[tuple[int, int, int]]]:
        """``(start, end, statement index)`` of these statement spans, per sentence they
        overlap, in layer order."""
        ends = [s.end for s in self.sentences]
        out: list[list[tuple[int, int, int]]] = [[] for _ in self.sentences]
        for i, (start, end) in enumerate(spans):
            k = bisect.bisect_right(ends, start)
            while k < len(ends) and self.sentences[k].start < end:
                out[k].append((start, end, i))
                k += 1
        return out

    @property
    def _statements_by_sentence(self) -> tuple[list[list[tuple[int, int, int]]], ...]:
        if self._statement_spans is None:
            self._statement_spans = (self._over_sentences(self._contents),
                                     self._over_sentences(self._cues))
        return self._statement_spans

    def statements_over(self, number: int) -> StatementsOver:
        """The statements whose content or cue overlaps sentence ``number``."""
        contents, cues = self._statements_by_sentence
        return StatementsOver(self.statements, contents[number], cues[number])


class StatementsOver:
    """The statements that reach into one sentence: which reports an offset, whose cue it is."""

    def __init__(self, statements: Sequence[Statement], contents: list[tuple[int, int, int]],
                 cues: list[tuple[int, int, int]]) -> None:
        self._statements = statements
        self._contents = contents  # (start, end, statement index), in layer order
        self._cues = cues

    def reporting(self, at: int) -> int | None:
        """Index of the innermost statement whose content holds offset ``at``."""
        inside = [(end - start, i) for start, end, i in self._contents if start <= at < end]
        return min(inside)[1] if inside else None

    def cues_at(self, at: int) -> list[Statement]:
        """The statements whose cue holds offset ``at``, in layer order."""
        return [self._statements[i] for start, end, i in self._cues if start <= at < end]
