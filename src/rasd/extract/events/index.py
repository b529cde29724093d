"""What the event extractor looks up again and again, indexed once per document.

Every trigger asks which entities, date mentions and quantities stand in its sentence,
which statement reports it and whose cue it is; scanning the whole layers for each
trigger costs the layer's size per trigger. Here each layer is read once: its items
bucketed by sentence (in layer order), the statements' spans kept as plain offsets.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Sequence
from typing import TypeVar

from rasd.document import DateMention, Document, Entity, Span, Statement
from rasd.extract.events.facts import dated
from rasd.text import NormalizedText, normalize
from rasd.text.normalize import DELETED

T = TypeVar("T")
#: Runs of the characters normalization drops (stdlib ``re``: a plain class, scanned faster).
DROPPED_RUN = re.compile("[" + "".join(DELETED) + "]+")


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


class DocumentIndex:
    """One analyzed document's layers as the event extractor reads them."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.sentences = doc.sentences
        self.statements: Sequence[Statement] = doc.statements
        self._contents = [(st.content.start, st.content.end) for st in self.statements]
        self._cues = [(st.cue.start, st.cue.end) for st in self.statements]

    @functools.cached_property
    def entities(self) -> list[list[Entity]]:
        """The entities whose start is in each sentence."""
        entities = self.doc.entities
        return by_sentence(self.sentences, entities, [e.span.start for e in entities])

    @functools.cached_property
    def date_spans(self) -> list[list[Span]]:
        """The spans of the date mentions that start in each sentence."""
        dates = self.doc.dates
        return by_sentence(self.sentences, [d.span for d in dates], [d.span.start for d in dates])

    @functools.cached_property
    def quantities(self) -> list[list[int]]:
        """Indexes of the quantities lying wholly in each sentence."""
        quantities = self.doc.quantities
        starts = [q.span.start for q in quantities]
        buckets = by_sentence(self.sentences, range(len(quantities)), starts)
        return [[i for i in bucket if quantities[i].span.end <= sentence.end]
                for bucket, sentence in zip(buckets, self.sentences, strict=True)]

    @functools.cached_property
    def dates(self) -> list[DateMention]:
        """The date mentions that may date an event (see :func:`.facts.dated`)."""
        return dated(self.doc.text, self.doc.dates)

    @functools.cached_property
    def folded(self) -> str:
        """The whole text normalized (:func:`rasd.text.normalize`)."""
        return normalize(self.doc.text)

    @functools.cached_property
    def _dropped(self) -> tuple[list[int], list[int], list[int]]:
        """Starts and ends of the runs of characters normalization drops, and how many it
        has dropped up to the end of each."""
        starts, ends, dropped = [], [], []
        total = 0
        if len(self.folded) != len(self.doc.text):
            for run in DROPPED_RUN.finditer(self.doc.text):
                total += run.end() - run.start()
                starts.append(run.start())
                ends.append(run.end())
                dropped.append(total)
        return starts, ends, dropped

    def folded_at(self, offset: int) -> int:
        """Where the source ``offset`` falls in :attr:`folded`."""
        starts, ends, dropped = self._dropped
        k = bisect.bisect_left(starts, offset)  # runs that start before the offset
        return offset if k == 0 else offset - dropped[k - 1] + max(0, ends[k - 1] - offset)

    def normalize(self, start: int, end: int) -> str:
        """``normalize(text[start:end])``, sliced from :attr:`folded` (normalization drops
        characters or maps one to one, so any stretch of the text folds to a slice)."""
        if not self._dropped[0]:
            return self.folded[start:end]
        return self.folded[self.folded_at(start):self.folded_at(end)]

    @functools.cached_property
    def normalized(self) -> NormalizedText:
        """The document's text in matching form, with offsets back to the source."""
        return NormalizedText(self.doc.text)

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

    @functools.cached_property
    def _statements_by_sentence(self) -> tuple[list[list[tuple[int, int, int]]], ...]:
        return self._over_sentences(self._contents), self._over_sentences(self._cues)

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
