"""Token features for the NER sequence tagger, from token strings only.

Training (on ANERcorp's whitespace tokens) and tagging (on rasd's tokens)
see the same thing: a list of token strings per sentence. Every feature of a
token is a function of its own string and of its neighbours' strings, so the
features of one form are computed once and cached.

Lexicon membership comes from a :class:`Lexicon`: normalized word forms
mapped to tags such as ``PER-B`` (first word of a known person name),
``LOC-S`` (a one-word place), ``GEO`` (a GeoNames place word) or ``TITLE``
(a trigger word: a title before a person, ``مدينة`` before a place).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

from rasd.text import candidate_stems, normalize

#: Neighbour offsets whose features a token sees.
WINDOW = (-2, -1, 1, 2)
_PAD = {-2: "<S2>", -1: "<S>", 1: "</S>", 2: "</S2>"}


def word_shape(form: str) -> str:
    """A coarse class of a token: digit, latin, punct, short or arabic."""
    if form.isdigit():
        return "digit"
    first = form[0]
    if first.isdigit():
        return "num"
    if first.isascii() and first.isalpha():
        return "latin"
    if not first.isalpha():
        return "punct"
    return "short" if len(form) <= 2 else "arabic"


class Lexicon:
    """Normalized word forms mapped to the lexicon tags they carry."""

    __slots__ = ("_tags",)

    def __init__(self, tags: Mapping[str, Iterable[str]]) -> None:
        self._tags = {normalize(form): frozenset(t) for form, t in tags.items()}

    def __len__(self) -> int:
        return len(self._tags)

    def get(self, form: str) -> frozenset[str]:
        """Tags of a normalized form (empty when unknown)."""
        return self._tags.get(form, frozenset())

    def items(self) -> Iterable[tuple[str, frozenset[str]]]:
        return self._tags.items()


class Featurizer:
    """Feature strings of token sequences, cached per token form."""

    def __init__(self, lexicon: Lexicon) -> None:
        self.lexicon = lexicon
        self._own: dict[str, tuple[str, ...]] = {}
        self._near: dict[tuple[str, int], tuple[str, ...]] = {}

    def own(self, token: str) -> tuple[str, ...]:
        """Features a token contributes at its own position."""
        found = self._own.get(token)
        if found is None:
            found = self._own[token] = self.compute_own(token)
        return found

    def near(self, token: str, offset: int) -> tuple[str, ...]:
        """Features a token contributes to the token ``-offset`` places away."""
        key = (token, offset)
        found = self._near.get(key)
        if found is None:
            found = self._near[key] = self.compute_near(token, offset)
        return found

    def sentence(self, tokens: Sequence[str]) -> list[list[str]]:
        """One feature list per token of a sentence (BOS/EOS and padding included)."""
        n = len(tokens)
        out: list[list[str]] = []
        own, near = self.own, self.near
        for i, token in enumerate(tokens):
            feats = ["b", *own(token)]
            for off in WINDOW:
                j = i + off
                if 0 <= j < n:
                    feats.extend(near(tokens[j], off))
                else:
                    feats.append(f"{off}w={_PAD[off]}")
            if i == 0:
                feats.append("BOS")
            if i == n - 1:
                feats.append("EOS")
            out.append(feats)
        return out

    def lexicon_tags(self, form: str) -> tuple[set[str], set[str]]:
        """Lexicon tags of a normalized form as written and of its clitic-stripped stems."""
        full = set(self.lexicon.get(form))
        stripped: set[str] = set()
        for prefix, stem in candidate_stems(form):
            if prefix:
                stripped |= self.lexicon.get(stem)
        return full, stripped - full

    def _reading(self, token: str) -> _Reading:
        """What every feature of a token is made of: its normalized form, shape, clitic
        readings and lexicon tags (readings and tags only for a word)."""
        form = normalize(token) or token
        shape = word_shape(form)
        if shape in ("digit", "num", "punct"):
            return form, shape, (), set(), set()
        return (form, shape, candidate_stems(form), *self.lexicon_tags(form))

    def features(self, token: str) -> tuple[tuple[str, ...], ...]:
        """:meth:`compute_own` and :meth:`compute_near` at every offset of ``WINDOW``,
        in that order, from one reading of the token."""
        reading = self._reading(token)
        return (_own(reading), *(_near(reading, off) for off in WINDOW))

    def compute_own(self, token: str) -> tuple[str, ...]:
        """Features of :meth:`own`, computed afresh (not cached)."""
        return _own(self._reading(token))

    def compute_near(self, token: str, offset: int) -> tuple[str, ...]:
        """Features of :meth:`near`, computed afresh (not cached)."""
        return _near(self._reading(token), offset)


#: form, shape, clitic readings, lexicon tags as written, tags of the stripped stems only
_Reading = tuple[str, str, tuple[tuple[str, str], ...], set[str], set[str]]


def _own(reading: _Reading) -> tuple[str, ...]:
    """Features a token contributes at its own position."""
    form, shape, stems, full, stripped = reading
    feats = [f"w={form}", f"sh={shape}"]
    if shape in ("digit", "num"):
        return (*feats, f"len={min(len(form), 5)}")
    if shape == "punct":
        return tuple(feats)
    feats += [f"p{k}={form[:k]}" for k in (1, 2, 3) if len(form) > k]
    feats += [f"s{k}={form[-k:]}" for k in (1, 2, 3) if len(form) > k]
    feats.append(f"len={min(len(form), 8)}")
    for prefix, stem in stems:
        if prefix:
            feats += [f"st={stem}", f"cl={prefix}"]
    if len(stems) > 1:
        core = stems[-1][1]
        feats += [f"cs{k}={core[-k:]}" for k in (1, 2) if len(core) > k]
        feats += [f"cp{k}={core[:k]}" for k in (1, 2) if len(core) > k]
    feats += [f"lx={t}" for t in sorted(full)]
    feats += [f"lxs={t}" for t in sorted(stripped)]
    if not any(t.startswith("F") for t in full):
        feats.append("unseen")
    return tuple(feats)


def _near(reading: _Reading, offset: int) -> tuple[str, ...]:
    """Features a token contributes to the token ``-offset`` places away."""
    form, shape, stems, full, stripped = reading
    feats = [f"{offset}w={form}"]
    if shape not in ("arabic", "short"):
        feats.append(f"{offset}sh={shape}")
        return tuple(feats)
    if abs(offset) == 1:
        if len(stems) > 1:
            feats.append(f"{offset}st={stems[-1][1]}")
        feats += [f"{offset}p2={form[:2]}", f"{offset}s2={form[-2:]}"]
        if not any(t.startswith("F") for t in full):
            feats.append(f"{offset}unseen")
    feats += [f"{offset}lx={t}" for t in sorted(full | stripped)]
    return tuple(feats)
