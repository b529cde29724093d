"""Fast decoding of a trained linear-chain CRF, for many short sentences at once.

crfsuite trains the model; decoding it through crfsuite costs a string
lookup per feature per token. Here the weights are read once into arrays,
the score vector of every token form is summed once and cached, and the
Viterbi search runs over all sentences of a document together. Tokens that
are surely outside any name split sentences into short segments, so the
search runs over a few positions; with the margin used, the result is the
best path crfsuite finds (the scores are the same sums). A few tokens (a title, a
caption) are decoded in plain loops instead: numpy's cost per call would outweigh them.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path

import numpy as np
import numpy.typing as npt
import pycrfsuite

from rasd.extract.ner.features import _PAD, WINDOW, Featurizer

Array = npt.NDArray[np.float64]
IntArray = npt.NDArray[np.int64]
#: A token whose ``O`` score beats every other label by more than this is ``O``
#: (transitions do not overturn it in practice: bench/ner_anercorp.py checks
#: that the tags equal crfsuite's own Viterbi).
MARGIN = 8.0
_PAD_ROW = 0
_REACH = max(abs(off) for off in WINDOW)
#: Up to this many tokens per call, plain loops decode faster than numpy's vector steps.
SMALL = 64


class LinearCRF:
    """Label names, attribute weights and transition weights of a CRF."""

    def __init__(self, labels: Sequence[str], weights: dict[str, Array], transitions: Array):
        self.labels = list(labels)
        self.weights = weights
        self.transitions = transitions
        self._zero = np.zeros(len(self.labels))
        # The same weights as one matrix, row 0 weighing nothing, for summing many at once.
        self.ids = {feature: i for i, feature in enumerate(weights, 1)}
        self.matrix: Array = np.vstack([self._zero, *weights.values()]) if weights \
            else self._zero[None, :]

    @classmethod
    def from_crfsuite(cls, path: Path) -> LinearCRF:
        """The weights of a model file written by ``pycrfsuite.Trainer``."""
        tagger = pycrfsuite.Tagger()
        tagger.open(str(path))
        info = tagger.info()
        labels = tagger.labels()
        index = {label: i for i, label in enumerate(labels)}
        weights: dict[str, Array] = {}
        for (attr, label), weight in info.state_features.items():
            row = weights.get(attr)
            if row is None:
                row = weights[attr] = np.zeros(len(labels))
            row[index[label]] = weight
        transitions = np.zeros((len(labels), len(labels)))
        for (prev, cur), weight in info.transitions.items():
            transitions[index[prev], index[cur]] = weight
        tagger.close()
        return cls(labels, weights, transitions)

    def score(self, features: Iterable[str]) -> Array:
        """Summed weight vector of a set of features (unknown features weigh nothing)."""
        total = self._zero.copy()
        for feature in features:
            row = self.weights.get(feature)
            if row is not None:
                total += row
        return total


class Decoder:
    """Tags sentences of token strings with a CRF, caching scores per token form.

    The cache holds at most ``limit`` forms (about 360 bytes each) and starts
    afresh when full, so a long corpus run keeps a bounded memory.
    """

    def __init__(self, crf: LinearCRF, featurizer: Featurizer, limit: int = 100_000) -> None:
        self.crf = crf
        self.featurizer = featurizer
        self.limit = limit
        # Per cached form: its own score and its score as each neighbour offset. Row 0
        # is the padding beyond a sentence's ends, as each neighbour offset.
        self._table = np.zeros((1024, 1 + len(WINDOW), len(crf.labels)))
        for k, off in enumerate(WINDOW, 1):
            self._table[_PAD_ROW, k] = crf.score([f"{off}w={_PAD[off]}"])
        self._rows: dict[str, int] = {}
        self._bias = crf.score(["b"])
        self._bos, self._eos = crf.score(["BOS"]), crf.score(["EOS"])
        self._outside = crf.labels.index("O")
        self._others = np.array([i for i in range(len(crf.labels)) if i != self._outside])
        self.margin = MARGIN
        # The same numbers as lists, for the plain loops of short inputs.
        self._pad_lists: list[list[float]] = self._table[_PAD_ROW].tolist()
        self._bias_list: list[float] = self._bias.tolist()
        self._bos_list: list[float] = self._bos.tolist()
        self._eos_list: list[float] = self._eos.tolist()
        self._transitions_into: list[list[float]] = crf.transitions.T.tolist()

    def _add(self, tokens: Sequence[str]) -> None:
        """Cache the scores of new token forms: the weights of all their features are
        gathered and summed in one pass (row 0 opens each sum, so none is empty)."""
        get, features_of = self.crf.ids.get, self.featurizer.features
        flat: list[int] = []
        bounds: list[int] = []
        for token in tokens:
            for features in features_of(token):
                bounds.append(len(flat))
                flat.append(0)
                flat += [get(f, 0) for f in features]
        sums = np.add.reduceat(self.crf.matrix[flat], bounds, axis=0)
        first = len(self._rows) + 1
        while first + len(tokens) > len(self._table):
            self._table = np.concatenate([self._table, np.zeros_like(self._table)])
        self._table[first:first + len(tokens)] = sums.reshape(len(tokens), 1 + len(WINDOW), -1)
        self._rows.update(zip(tokens, range(first, first + len(tokens)), strict=True))

    def _table_rows(self, sentences: Sequence[Sequence[str]]) -> list[int]:
        """The cache rows of the tokens of all sentences, one after another (new forms
        are scored and cached first)."""
        if len(self._rows) > self.limit:
            self._rows.clear()
        known = self._rows
        new = dict.fromkeys(t for sentence in sentences for t in sentence if t not in known)
        if new:
            self._add(list(new))
        return [known[t] for sentence in sentences for t in sentence]

    def emissions(self, sentences: Sequence[Sequence[str]]) -> Array:
        """``(token, label)`` scores of the tokens of all sentences, one after another."""
        rows = self._table_rows(sentences)
        lengths = np.fromiter(map(len, sentences), dtype=np.int64, count=len(sentences))
        # Table rows of all sentences, each between padding rows as wide as the window.
        at = np.arange(len(rows)) + _REACH * np.repeat(np.arange(1, len(sentences) + 1), lengths)
        padded = np.zeros(len(rows) + _REACH * (len(sentences) + 1), dtype=np.int64)
        padded[at] = rows
        # One gather of whole table rows, then each neighbour offset is a shifted view
        # (gathering one offset's column per token at a time costs twice as much).
        gathered = self._table[padded]
        inner = len(padded) - _REACH
        scores: Array = gathered[_REACH:inner, 0] + self._bias
        for k, off in enumerate(WINDOW, 1):
            scores += gathered[_REACH + off:inner + off, k]
        scores = scores[at - _REACH]  # padding positions dropped
        ends = np.cumsum(lengths)
        scores[(ends - lengths)[lengths > 0]] += self._bos
        scores[ends[lengths > 0] - 1] += self._eos
        return scores

    def tag(self, sentences: Sequence[Sequence[str]]) -> list[list[str]]:
        """The best label sequence of every sentence (empty sentences give ``[]``)."""
        real = [s for s in sentences if s]
        if not real:
            return [[] for _ in sentences]
        labels = self.crf.labels
        if sum(map(len, real)) <= SMALL:
            ids = self._decode_small(real)
        else:
            ids = self._decode(self.emissions(real), np.array([len(s) for s in real]))
        flat = [labels[i] for i in ids]
        out, at = [], 0
        for sentence in sentences:
            out.append(flat[at : at + len(sentence)])
            at += len(sentence)
        return out

    def _decode_small(self, sentences: Sequence[Sequence[str]]) -> list[int]:
        """Label ids of all tokens of a few short sentences: the sums of :meth:`emissions`
        and a full Viterbi search per sentence, in plain loops over lists."""
        ids = self._table_rows(sentences)  # first: it may grow the table
        rows: list[list[list[float]]] = self._table[ids].tolist()
        pad, size = self._pad_lists, len(self._bias_list)
        path: list[int] = []
        at = 0
        for sentence in sentences:
            n = len(sentence)
            scores = []
            for i in range(n):
                total = self._bias_list.copy()
                for k in range(len(WINDOW) + 1):
                    j = i + (WINDOW[k - 1] if k else 0)
                    vector = rows[at + j][k] if 0 <= j < n else pad[k]
                    for y in range(size):
                        total[y] = total[y] + vector[y]  # float adds (``+=`` is generic)
                scores.append(total)
            first, last = scores[0], scores[n - 1]
            for y in range(size):
                first[y] = first[y] + self._bos_list[y]
                last[y] = last[y] + self._eos_list[y]
            path += _viterbi_path(scores, self._transitions_into)
            at += n
        return path

    def _decode(self, scores: Array, lengths: npt.NDArray[np.int64]) -> list[int]:
        """Label ids of all tokens: sure ``O`` tokens cut sentences into short segments,
        and each segment gets its Viterbi path (with the transitions from and to ``O``)."""
        n, o = len(scores), self._outside
        unsure = scores[:, o] - scores[:, self._others].max(axis=1) <= self.margin
        path = np.full(n, o, dtype=np.int64)
        if not unsure.any():
            return path.tolist()
        ends = np.cumsum(lengths)
        first = np.zeros(n + 1, dtype=bool)  # also past the last token
        first[ends - lengths] = True
        first[n] = True
        # A segment starts at an unsure token after a sure one or a sentence start,
        # and ends before a sure token or a sentence start.
        edges = np.zeros(n + 2, dtype=np.int8)
        edges[1:-1] = unsure
        opens = unsure & (first[:-1] | ~edges[:-2].astype(bool))
        closes = unsure & (first[1:] | ~edges[2:].astype(bool))
        starts = np.flatnonzero(opens)
        stops = np.flatnonzero(closes) + 1
        sizes = stops - starts
        width = int(sizes.max())
        index = np.minimum(starts[:, None] + np.arange(width), n - 1)
        seg = scores[index]
        trans = self.crf.transitions
        seg[:, 0] += np.where(first[starts][:, None], 0.0, trans[o])
        closing = np.where(first[stops][:, None], 0.0, trans[:, o])
        best = self._viterbi(seg, sizes, closing)
        inside = np.arange(width) < sizes[:, None]
        path[index[inside]] = best[inside]
        return path.tolist()

    def _viterbi(self, scores: Array, sizes: npt.NDArray[np.int64], closing: Array) -> IntArray:
        """Best paths of padded segments ``(segment, position, label)``; positions past
        a segment's end are never read. The segments are taken longest first, so those
        still open at a position are the first few and only these are scored. The
        best previous label is found again on the way back, from the kept scores."""
        batch, width, labels = scores.shape
        order = np.argsort(-sizes, kind="stable")
        sizes = sizes[order]
        still_open = np.bincount(sizes, minlength=width + 1)[::-1].cumsum()[::-1][1:].tolist()
        trans = self.crf.transitions
        into = trans[:, :, None]  # (previous, current, segment)
        # (position, label, segment)
        by_step = np.ascontiguousarray(scores[order].transpose(1, 2, 0))
        deltas = np.empty((width, labels, batch))
        deltas[0] = by_step[0]
        add, most = np.add, np.maximum.reduce
        for t in range(1, width):
            m = still_open[t]
            add(most(deltas[t - 1, :, None, :m] + into, axis=0), by_step[t, :, :m],
                out=deltas[t, :, :m])
        segments = np.arange(batch)
        cur = (deltas[sizes - 1, :, segments] + closing[order]).argmax(axis=1)
        path = np.empty((batch, width), dtype=np.int64)
        still_open.append(0)
        for t in range(width - 1, -1, -1):
            # Segments ``[still_open[t + 1], still_open[t])`` end at ``t``: they start
            # from their final label; the longer ones step back to their best previous.
            m, going = still_open[t], still_open[t + 1]
            if going:
                cur[:going] = (deltas[t, :, :going] + trans[:, cur[:going]]).argmax(axis=0)
            path[:m, t] = cur[:m]
        unsorted = np.empty_like(path)
        unsorted[order] = path
        return unsorted


def _viterbi_path(scores: list[list[float]], into: list[list[float]]) -> list[int]:
    """The best label path of one sentence's ``(token, label)`` scores; ``into[b][a]``:
    the weight of label ``a`` followed by ``b`` (ties go to the lowest label id)."""
    size = len(into)
    delta = scores[0]
    back: list[list[int]] = []
    for t in range(1, len(scores)):
        emitted = scores[t]
        step = [0.0] * size
        pointers = [0] * size
        for cur in range(size):
            weights = into[cur]
            best = delta[0] + weights[0]
            arg = 0
            for prev in range(1, size):
                value = delta[prev] + weights[prev]
                if value > best:
                    best = value
                    arg = prev
            step[cur] = best + emitted[cur]
            pointers[cur] = arg
        delta = step
        back.append(pointers)
    last = 0
    for y in range(1, size):
        if delta[y] > delta[last]:
            last = y
    path = [last]
    for t in range(len(back) - 1, -1, -1):
        last = back[t][last]
        path.append(last)
    path.reverse()
    return path
