"""Statistical NER tagger: a CRF over rasd tokens for names in no dictionary.

``tag(doc)`` returns ``(start, end, type)`` character spans over ``doc.text``,
type one of PER, ORG, LOC, MISC. The model (``resources/ner/model.crfsuite``,
trained by ``scripts/train_ner.py`` on ANERcorp) tags each sentence of the
document; a name found once is carried to its lone mentions elsewhere in
the document (:mod:`rasd.extract.ner.carry`); BIO runs become spans that
never cross a sentence.

ANERcorp tags whitespace words, so «وموسكو» is tagged as a place whole. The
span drops such a leading conjunction or preposition (و ف ب ل ك, never ال)
when the rest of the word is the name: the rest begins with ال («والعراق» →
«العراق»), or the whole word is no gazetteer name and the rest surely is a
name («وموسكو» → «موسكو», while «بشار» and «لبنان» stay whole). A lone
nationality adjective («روسي») is never returned as a person.
"""

from __future__ import annotations

import bisect
import csv
from collections.abc import Iterator, Sequence
from functools import cache, lru_cache
from operator import itemgetter
from pathlib import Path

from rasd import resources
from rasd.document import Document
from rasd.extract.ner.bio import chunks
from rasd.extract.ner.carry import carry_names
from rasd.extract.ner.crf import Decoder, LinearCRF
from rasd.extract.ner.features import Featurizer, Lexicon
from rasd.text import candidate_stems, normalize
from rasd.text.forms import token_words
from rasd.text.tokenize import TokenLayer

MODEL = "ner/model.crfsuite"
TRIGGERS = "ner/triggers.tsv"
TYPES = {"PERS": "PER", "PER": "PER", "ORG": "ORG", "LOC": "LOC", "MISC": "MISC"}
GAZETTEER = frozenset({"GEO", "CTRY"})
STRONG_NAME = frozenset({"CTRY", *(f"{t}-{p}" for t in ("PER", "LOC", "ORG") for p in "BS")})
_CLITIC_LETTERS = frozenset("وفبلك")
#: Distinct words whose clitic readings are kept.
MEMO = 50_000
_start = itemgetter(0)
_MARKS = frozenset(chr(c) for c in range(0x064B, 0x0660)) | {"\u0670", "\u0640"}


def read_lexicon(lexicon: Path, triggers: Path) -> Lexicon:
    """A lexicon file (names, GeoNames, CLDR words) merged with the trigger words."""
    tags: dict[str, set[str]] = {}
    for row in tsv_rows(lexicon):
        tags.setdefault(row["form"], set()).update(row["tags"].split(","))
    for row in tsv_rows(triggers):
        tags.setdefault(normalize(row["form"]), set()).add(row["kind"])
    return Lexicon(tags)


def tsv_rows(path: Path) -> Iterator[dict[str, str]]:
    """Rows of a TSV file with a header; ``#`` lines are comments."""
    with path.open(encoding="utf-8", newline="") as handle:
        rows = (line for line in handle if line.strip() and not line.startswith("#"))
        yield from csv.DictReader(rows, delimiter="\t", quoting=csv.QUOTE_NONE)


class NerModel:
    """A trained CRF with the lexicon its features were computed from."""

    def __init__(self, model: Path, lexicon: Lexicon) -> None:
        self.path = model
        self.featurizer = Featurizer(lexicon)
        self.lexicon = lexicon
        self.decoder = Decoder(LinearCRF.from_crfsuite(model), self.featurizer)
        self._clitics: dict[str, int] = {}

    @classmethod
    def from_folder(cls, folder: Path) -> NerModel:
        """The model and lexicon that ``scripts/train_ner.py`` wrote into ``folder``."""
        triggers = folder / "triggers.tsv"
        if not triggers.is_file():
            triggers = resources.path(TRIGGERS)
        lexicon = read_lexicon(folder / "lexicon.tsv", triggers)
        return cls(folder / "model.crfsuite", lexicon)

    def tag_tokens(self, tokens: Sequence[str]) -> list[str]:
        """BIO tags of one sentence's token strings."""
        return self.decoder.tag([tokens])[0]

    def tag_sentences(
        self, sentences: Sequence[Sequence[str]],
        forms: Sequence[Sequence[str]] | None = None,
    ) -> tuple[list[list[str]], frozenset[str]]:
        """BIO tags of the sentences of one document, names carried across sentences
        (see :mod:`rasd.extract.ner.carry`), and the carried name words. ``forms``:
        the normalized words of ``sentences``, if known."""
        tags = self.decoder.tag(sentences)
        return tags, carry_names(sentences, tags, self.lexicon, forms)

    def clitic_length(self, word: str) -> int:
        """Length in ``word`` of a leading و/ف/ب/ل/ك that is not part of the name."""
        found = self._clitics.get(word)
        if found is None:
            found = self._clitics[word] = self._clitic_length(word)
        return found

    def is_nationality(self, word: str) -> bool:
        """Whether a word reads as a nationality adjective («الروسي»): never a person alone."""
        return any("NAT" in self.lexicon.get(stem) for _, stem in candidate_stems(normalize(word)))

    def _is_name(self, stem: str) -> bool:
        """Whether a stem is surely a name: a country, a person, place or organization
        seen in training, or a GeoNames place of four letters or more that the
        training text also holds (GeoNames lists many common words as villages)."""
        tags = self.lexicon.get(stem)
        return bool(tags & STRONG_NAME) or (
            "GEO" in tags and len(stem) > 3 and any(t.startswith("F") for t in tags))

    def _clitic_length(self, word: str) -> int:
        form = normalize(word)
        if self.lexicon.get(form) & GAZETTEER:
            return 0
        for prefix, stem in candidate_stems(form):
            if not prefix or not set(prefix) <= _CLITIC_LETTERS or form[len(prefix):] != stem:
                continue
            article = stem.startswith("ال") and len(stem) > 3
            if article or (len(stem) > 2 and self._is_name(stem)):
                return _source_length(word, len(prefix))
        return 0

    def sentence_spans(
        self, text: str, offsets: Sequence[tuple[int, int]], tags: Sequence[str],
        names: frozenset[str] = frozenset(),
    ) -> list[tuple[int, int, str]]:
        """Character spans of the BIO runs over one sentence's token offsets; a
        leading clitic is also cut when the rest is one of the document's ``names``."""
        out = []
        for label, first, last in chunks(tags):
            kind = TYPES.get(label)
            if kind is None:
                continue
            start, head_end = offsets[first]
            head = text[start:head_end]
            if kind == "PER" and last - first == 1 and self.is_nationality(head):
                continue
            start += self.clitic_length(head) or _clitic_before(head, names)
            out.append((start, offsets[last - 1][1], kind))
        return out

    def tag(self, doc: Document, offsets: Sequence[tuple[int, int]] | None = None,
            forms: Sequence[str] | None = None,
            raw: Sequence[str] | None = None) -> list[tuple[int, int, str]]:
        """Entity spans of ``doc``, sentence by sentence. ``offsets``, ``forms`` and ``raw``:
        the tokens' offsets, normalized forms and texts, when the caller has them."""
        text = doc.text
        if offsets is None:
            tokens = doc.tokens
            if isinstance(tokens, TokenLayer):
                offsets, raw, forms = token_words(tokens)
            else:
                offsets = [(t.start, t.end) for t in tokens]
        if raw is None:
            raw = [text[s:e] for s, e in offsets]
        if forms is None:
            forms = [normalize(word) for word in raw]
        bounds: list[tuple[int, int]] = []  # token range of each sentence with tokens
        lo = 0
        for sentence in doc.sentences:
            lo = bisect.bisect_left(offsets, sentence.start, lo, key=_start)
            hi = bisect.bisect_left(offsets, sentence.end, lo, key=_start)
            if hi > lo:
                bounds.append((lo, hi))
            lo = hi
        tags, names = self.tag_sentences([raw[lo:hi] for lo, hi in bounds],
                                         [forms[lo:hi] for lo, hi in bounds])
        out: list[tuple[int, int, str]] = []
        for (lo, hi), labels in zip(bounds, tags, strict=True):
            if labels.count("O") < len(labels):
                out.extend(self.sentence_spans(text, offsets[lo:hi], labels, names))
        return out


@cache
def default_model() -> NerModel:
    """The shipped model, loaded once."""
    return NerModel.from_folder(resources.path(MODEL).parent)


def tag(doc: Document, offsets: Sequence[tuple[int, int]] | None = None,
        forms: Sequence[str] | None = None,
        raw: Sequence[str] | None = None) -> list[tuple[int, int, str]]:
    """Model-predicted entity spans of ``doc`` (PER, ORG, LOC, MISC); see
    :meth:`NerModel.tag`."""
    return default_model().tag(doc, offsets, forms, raw)


def _clitic_before(word: str, names: frozenset[str]) -> int:
    """Length of a leading و/ف/ب/ل/ك whose rest is one of ``names``."""
    if not names:
        return 0
    for length, stem in _clitic_readings(word):
        if stem in names:
            return length
    return 0


@lru_cache(maxsize=MEMO)
def _clitic_readings(word: str) -> tuple[tuple[int, str], ...]:
    """``(characters of the clitics in word, stem)`` of each reading of ``word`` behind
    و/ف/ب/ل/ك only, longest stem first (memoized: a corpus repeats its words)."""
    form = normalize(word)
    if form[:1] not in _CLITIC_LETTERS:
        return ()
    return tuple((_source_length(word, len(prefix)), stem)
                 for prefix, stem in candidate_stems(form)
                 if prefix and set(prefix) <= _CLITIC_LETTERS and form[len(prefix):] == stem)


def _source_length(word: str, letters: int) -> int:
    """Characters of ``word`` that hold its first ``letters`` letters and their marks."""
    i = 0
    for _ in range(letters):
        i += 1
        while i < len(word) and word[i] in _MARKS:
            i += 1
    return i
