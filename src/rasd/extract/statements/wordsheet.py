"""A document's words in matching form, with source offsets, sentences, quotes and names.

The statement rules read each word in the form of :func:`rasd.text.normalize`
(folded once per distinct word, cached) while every offset stays a source
offset, so spans need no mapping back. A quotation that opens in one sentence
may close in a later one; pairs are found over the whole text (nested «…»
included) so content can run to the closing mark.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence

from rasd.document import Span
from rasd.text import normalize, split_sentences, tokenize
from rasd.text.forms import fold
from rasd.text.normalize import DELETED
from rasd.text.tokenize import TokenLayer

_MARKS = frozenset('«»“”()"')
_DROPPED = frozenset(DELETED)
OPENERS = {"«": "»", "“": "”", "(": ")", '"': '"'}
OPENERS_FOR = {v: k for k, v in OPENERS.items() if k != '"'}
QUOTE_OPENERS = frozenset('«“"')
#: A quotation longer than this (characters) is taken as a stray mark.
MAX_QUOTE = 4000


def _fold_all(source: str, tokens: Sequence[tuple[int, int]] | TokenLayer,
              forms: Sequence[str] | None = None) -> tuple[list[int], list[int], list[str]]:
    """Starts, ends and folded forms of the tokens that fold to something (``forms``: the
    folded tokens, if known); a token of tatweel or marks only folds to ``""``."""
    if isinstance(tokens, TokenLayer):
        starts, ends = tokens.starts(), tokens.ends()
    else:
        starts, ends = [s for s, _ in tokens], [e for _, e in tokens]
    if forms is None:
        forms = [fold(source[s:e]) for s, e in zip(starts, ends, strict=True)]
    if "" in forms:
        kept = [k for k, f in enumerate(forms) if f]
        return [starts[k] for k in kept], [ends[k] for k in kept], [forms[k] for k in kept]
    return starts, ends, list(forms)


class WordSheet:
    """Folded words with source offsets, sentence ends and mark pairs."""

    __slots__ = ("_positions", "close", "ends", "entity_ends", "opened", "person_starts", "quotes",
                 "sentence_ends", "skipped", "source", "starts", "timed", "words")

    def __init__(self, source: str, sentences: Sequence[Span] | None = None,
                 tokens: Sequence[tuple[int, int]] | TokenLayer | None = None,
                 entities: Sequence[tuple[int, int]] = (),
                 persons: frozenset[int] = frozenset(),
                 forms: Sequence[str] | None = None) -> None:
        self.source = source
        self.person_starts = persons  # start offsets of the person entities
        self.entity_ends: dict[int, int] = {}  # start -> end of the longest entity there
        for start, end in entities:
            self.entity_ends[start] = max(end, self.entity_ends.get(start, end))
        if tokens is None:
            tokens, forms = tokenize(source), None
        self.starts, self.ends, self.words = _fold_all(source, tokens, forms)
        self._positions: dict[frozenset[str], list[int]] = {}
        found = sentences if sentences is not None else [
            Span(s, e, "") for s, e in split_sentences(source)]
        self.sentence_ends = [s.end for s in found]
        self.close, self.opened = self._pair_marks()
        #: Opening quotation marks that are closed, in order.
        self.quotes = sorted(o for o in self.close if self.words[o] in QUOTE_OPENERS)
        self.timed: frozenset[int] = frozenset()  # indexes of the words of date mentions
        self.skipped: list[int] = []  # those and the «في» before one, in order

    def mark_dates(self, spans: Sequence[tuple[int, int]]) -> None:
        """Note the words of date mentions (source offsets), which a cue's reach skips."""
        self.timed = frozenset(k for start, end in spans
                               for k in range(self.word_at(start), self.word_at(end)))
        self.skipped = sorted(self.timed | {k - 1 for k in self.timed
                                            if k and self.words[k - 1] == "في"})

    def span_words(self, i: int, j: int) -> int:
        """Words in ``[i, j)``, not counting date mentions and the «في» before one."""
        if j <= i:
            return 0
        skipped = bisect.bisect_left(self.skipped, j) - bisect.bisect_left(self.skipped, i)
        return j - i - skipped

    def positions(self, forms: frozenset[str]) -> list[int]:
        """Indexes of the words that are in ``forms``, in order (one scan per set of forms)."""
        found = self._positions.get(forms)
        if found is None:
            found = self._positions[forms] = [i for i, w in enumerate(self.words) if w in forms]
        return found

    def __len__(self) -> int:
        return len(self.words)

    def sentence_end(self, i: int) -> int:
        """Index just past the last word of the sentence holding word ``i``."""
        k = bisect.bisect_right(self.sentence_ends, self.starts[i])
        if k >= len(self.sentence_ends):
            return len(self.words)
        return bisect.bisect_left(self.starts, self.sentence_ends[k])

    def sentence_start(self, i: int) -> int:
        """Index of the first word of the sentence holding word ``i``."""
        k = bisect.bisect_right(self.sentence_ends, self.starts[i])
        if k == 0:
            return 0
        return bisect.bisect_left(self.starts, self.sentence_ends[k - 1])

    def entity_end(self, i: int) -> int | None:
        """Index just past the named entity that starts at word ``i``, if one does."""
        end = self.entity_ends.get(self.starts[i])
        return None if end is None else bisect.bisect_left(self.starts, end)

    def word_at(self, offset: int) -> int:
        """Index of the word starting at or after source ``offset``."""
        return bisect.bisect_left(self.starts, offset)

    def after_letters(self, i: int, letters: int) -> int:
        """Source offset in word ``i`` past its first ``letters`` letters (و، ل، لل)."""
        pos = self.starts[i]
        end = self.ends[i]
        for _ in range(letters):
            pos += 1
            while pos < end and self.source[pos] in _DROPPED:
                pos += 1
        return min(pos, end)

    def key(self, start: int, end: int) -> str:
        """The folded text of source ``[start, end)``."""
        return normalize(self.source[start:end])

    def _pair_marks(self) -> tuple[dict[int, int], dict[int, int]]:
        """Opening word index -> closing index, and the reverse, for «» “” () and "."""
        words, starts = self.words, self.starts
        close: dict[int, int] = {}
        stack: list[int] = []
        straight: list[int] = []  # open straight quotes, nested «"نحرص … "ناسا" …"»
        for i in self.positions(_MARKS):  # each mark is a token of its own
            w = words[i]
            if w == '"':
                before = self.source[starts[i] - 1] if starts[i] else " "
                if before.isspace() or before in "«(:":  # opens: «قال: "نحرص …»
                    straight.append(i)
                elif straight:
                    o = straight.pop()
                    if starts[i] - starts[o] <= MAX_QUOTE:
                        close[o] = i
            elif w in OPENERS:
                stack.append(i)
            else:
                opener = OPENERS_FOR[w]
                for depth in range(len(stack) - 1, -1, -1):
                    if words[stack[depth]] == opener:
                        o = stack[depth]
                        del stack[depth:]
                        if starts[i] - starts[o] <= MAX_QUOTE:
                            close[o] = i
                        break
        return close, {c: o for o, c in close.items()}
