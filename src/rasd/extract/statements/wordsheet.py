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

import regex

from rasd.document import Span
from rasd.text import normalize, split_sentences, tokenize
from rasd.text.normalize import DELETED

_MARKS = regex.compile(r'[«»“”()"]')
_DROPPED = frozenset(DELETED)
OPENERS = {"«": "»", "“": "”", "(": ")", '"': '"'}
OPENERS_FOR = {v: k for k, v in OPENERS.items() if k != '"'}
QUOTE_OPENERS = frozenset('«“"')
#: A quotation longer than this (characters) is taken as a stray mark.
MAX_QUOTE = 4000


#: Folded forms of the words seen so far (news reuses its words); cleared when full.
_FOLDED: dict[str, str] = {}
MAX_FOLDED = 200_000


def _fold_all(source: str, tokens: Sequence[tuple[int, int]],
              forms: Sequence[str] | None = None) -> list[tuple[int, int, str]]:
    """``(start, end, folded word)`` of every token that folds to something (``forms``: the
    folded tokens, if known)."""
    if forms is not None:
        return [(s, e, f) for (s, e), f in zip(tokens, forms, strict=True) if f]
    if len(_FOLDED) > MAX_FOLDED:
        _FOLDED.clear()
    cache = _FOLDED
    cells = []
    for s, e in tokens:
        word = source[s:e]
        folded = cache.get(word)
        if folded is None:
            folded = cache[word] = normalize(word)
        if folded:  # a token of tatweel or marks only folds to ""
            cells.append((s, e, folded))
    return cells


class WordSheet:
    """Folded words with source offsets, sentence ends and mark pairs."""

    __slots__ = ("close", "ends", "entity_ends", "opened", "person_starts", "sentence_ends",
                 "source", "starts", "timed", "words")

    def __init__(self, source: str, sentences: Sequence[Span] | None = None,
                 tokens: Sequence[tuple[int, int]] | None = None,
                 entities: Sequence[tuple[int, int]] = (),
                 persons: frozenset[int] = frozenset(),
                 forms: Sequence[str] | None = None) -> None:
        self.source = source
        self.person_starts = persons  # start offsets of the person entities
        self.entity_ends: dict[int, int] = {}  # start -> end of the longest entity there
        for start, end in entities:
            self.entity_ends[start] = max(end, self.entity_ends.get(start, end))
        if tokens is None:
            tokens, forms = tokenize(source).offsets(), None
        cells = _fold_all(source, tokens, forms)
        self.starts = [c[0] for c in cells]
        self.ends = [c[1] for c in cells]
        self.words = [c[2] for c in cells]
        found = sentences if sentences is not None else [
            Span(s, e, "") for s, e in split_sentences(source)]
        self.sentence_ends = [s.end for s in found]
        self.close, self.opened = self._pair_marks()
        self.timed: frozenset[int] = frozenset()  # indexes of the words of date mentions

    def mark_dates(self, spans: Sequence[tuple[int, int]]) -> None:
        """Note the words of date mentions (source offsets), which a cue's reach skips."""
        self.timed = frozenset(k for start, end in spans
                               for k in range(self.word_at(start), self.word_at(end)))

    def span_words(self, i: int, j: int) -> int:
        """Words in ``[i, j)``, not counting date mentions and the «في» before one."""
        return sum(1 for k in range(i, j) if k not in self.timed
                   and not (k + 1 in self.timed and self.words[k] == "في"))

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
        for m in _MARKS.finditer(self.source):
            i = bisect.bisect_left(starts, m.start())
            if i >= len(words) or starts[i] != m.start():
                continue
            w = words[i]
            if w == '"':
                before = self.source[m.start() - 1] if m.start() else " "
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
