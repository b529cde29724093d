"""Fast decoding of a trained linear-chain CRF, for many short sentences at once.

crfsuite trains the model; decoding it through crfsuite costs a string
lookup per feature per token. Here the weights are read once into arrays,
the score vector of every token form is summed once and cached, and the
Viterbi search over each sentence runs in C (``_decode.c``) on those cached
vectors. The result is the best path crfsuite finds: the scores are the same sums.
An install without a C compiler runs the same search in plain Python.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

import numpy as np
import numpy.typing as npt
import pycrfsuite

from rasd.extract.ner.features import _PAD, WINDOW, Featurizer

Array = npt.NDArray[np.float64]
_PAD_ROW = 0
NativeDecoder = Callable[..., list[int]]


def native_decoder() -> NativeDecoder | None:
    """``_decode.label_ids``, or None in an install without C extensions
    (``RASD_PURE_PYTHON=1``)."""
    try:
        from rasd.extract.ner._decode import label_ids
    except ImportError:
        return None
    return label_ids


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
        self.native = native_decoder()  # None: the plain-Python search
        # The same numbers as lists, for the plain-Python search.
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

    def tag(self, sentences: Sequence[Sequence[str]]) -> list[list[str]]:
        """The best label sequence of every sentence (empty sentences give ``[]``)."""
        rows = self._table_rows(sentences)  # first: it may grow the table
        if self.native is not None:
            ids = self.native(self._table, rows, [len(s) for s in sentences], WINDOW,
                                   self._bias, self._bos, self._eos, self.crf.transitions)
        else:
            ids = self._decode_plain(sentences, rows)
        labels = self.crf.labels
        flat = [labels[i] for i in ids]
        out, at = [], 0
        for sentence in sentences:
            out.append(flat[at : at + len(sentence)])
            at += len(sentence)
        return out

    def _decode_plain(self, sentences: Sequence[Sequence[str]], ids: list[int]) -> list[int]:
        """Label ids of all tokens, in plain loops over lists: ``_decode.c``'s sums
        (bias, own vector, each neighbour offset in ``WINDOW`` order, then the sentence
        ends) and its Viterbi search, step for step."""
        rows: list[list[list[float]]] = self._table[ids].tolist()
        pad, size = self._pad_lists, len(self._bias_list)
        path: list[int] = []
        at = 0
        for sentence in sentences:
            n = len(sentence)
            if not n:
                continue
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
