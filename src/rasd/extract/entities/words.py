"""The words of a document as entity rules see them: normalized, with lexicon matches.

:class:`Words` holds the tokens of one text (source offsets, normalized forms, memoized
longest lexicon matches) and the small tests the rules share: is this word part of an
unknown name, a verb, a quoted name, after a trigger noun. Candidates found by the rules
are :class:`Candidate` records in source characters.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from functools import cache, lru_cache
from operator import itemgetter
from typing import Any

from rasd import resources
from rasd.extract.entities.lexicon import Entry, Match, lexicon, word_set
from rasd.text import normalize, normalize_key
from rasd.text.forms import fold
from rasd.text.tokenize import TokenLayer

OPEN_QUOTES = frozenset("«\"“")
CLOSE_QUOTES = frozenset("»\"”")


@dataclasses.dataclass(slots=True)
class Candidate:
    """A proposed mention, in source characters; lower ``rank`` wins overlaps."""

    start: int
    end: int
    type: str
    rank: int
    source: str = "dictionary"
    actor_id: str | None = None
    place_id: str | None = None
    role: str | None = None
    affiliation: str | None = None
    country: str | None = None
    direction: str | None = None




@cache
def function_words(kind: str) -> frozenset[str]:
    """Normalized words of one class of ``entities/function_words.tsv``."""
    return frozenset(normalize_key(row["word"]) for row in resources.tsv(
        "entities/function_words.tsv") if row["class"] == kind)


PREPOSITIONS = function_words("preposition")
NEGATIONS = function_words("negation")
_SUFFIXES = tuple(sorted(function_words("suffix"), key=len, reverse=True))
_FIRST, _SECOND = itemgetter(0), itemgetter(1)
_DROPPED = frozenset(c for c in map(chr, range(0x0600, 0x0700)) if not normalize(c))


@cache
def ordinary_words() -> frozenset[str]:
    """Words that alone never make a name: common words and listed non-names."""
    return word_set("common_words.txt") | word_set("not_names.txt")


@cache
def trigger_in_name() -> dict[str, str]:
    """Normalized trigger noun -> its ``in_name`` column (read-only, built once)."""
    return {normalize_key(row["word"]): row["in_name"]
            for row in resources.tsv("entities/triggers.tsv")}


@cache
def plural_triggers() -> frozenset[str]:
    """Normalized trigger nouns marked plural (built once)."""
    return frozenset(normalize_key(row["word"]) for row in resources.tsv("entities/triggers.tsv")
                     if row["plural"] == "yes")


@cache
def actor_verbs() -> frozenset[str]:
    """Verb forms from actor_verbs.txt plus the masculine forms derived from them."""
    forms = set(word_set("actor_verbs.txt"))
    for verb in list(forms):
        if verb.endswith("ت") and len(verb) > 3:
            forms.add(verb[:-1])
        if verb.startswith("ت") and len(verb) > 3:
            forms.add("ي" + verb[1:])
    return frozenset(forms)


@lru_cache(maxsize=65536)
def is_verb(word: str) -> bool:
    """A known actor verb, with و/ف and object pronouns off (cached per word)."""
    verbs = actor_verbs()
    for stem in (word, word[1:] if word[:1] in "وف" else word):
        if stem in verbs or any(stem.endswith(s) and stem[:-len(s)] in verbs for s in _SUFFIXES):
            return True
    return False


class Words:
    """The words of one document with the lookups every entity rule needs."""

    def __init__(self, text: str, spans: Sequence[tuple[int, int]] | TokenLayer,
                 forms: Sequence[str] | None = None, raw: Sequence[str] | None = None) -> None:
        """``spans``: ``(start, end)`` of each word, or the tokens layer itself; ``forms``:
        ``normalize`` of each span's text, and ``raw`` each span's text, when the caller
        has them already."""
        self.text = text
        self.starts: list[int]
        self.ends: list[int]
        if isinstance(spans, TokenLayer):
            self.starts, self.ends = spans.starts(), spans.ends()  # no tuple to unpack
        else:
            self.starts, self.ends = list(map(_FIRST, spans)), list(map(_SECOND, spans))
        self.raw = [text[s:e] for s, e in zip(self.starts, self.ends, strict=True)] \
            if raw is None else raw
        self.norms: Sequence[str]
        if forms is None:
            self.norms = [fold(w) or w for w in self.raw]  # a word of marks only stays whole
        elif "" in forms:  # a word of marks only keeps its raw form
            self.norms = [f or w for f, w in zip(forms, self.raw, strict=True)]
        else:
            self.norms = forms  # shared, never changed
        self.is_word = spans.letter_first() if isinstance(spans, TokenLayer) \
            else [w[:1].isalpha() for w in self.raw]
        self._matches: dict[int, Match | None] = {}
        self.lex = lexicon()
        self.not_names = word_set("not_names.txt")
        self.common = ordinary_words()
        self.heads = word_set("name_heads.txt")
        self.tails = word_set("name_tails.txt")
        self.org_heads = word_set("org_heads.txt")
        self.first_names = word_set("first_names.txt")
        self.triggers = trigger_in_name()
        self.plural_triggers = plural_triggers()
        self.body_heads = word_set("body_heads.txt")
        self.nouns = word_set("actor_nouns.txt")
        self.out: list[Candidate] = []
        self.countries: set[str] = set()
        self.direction: tuple[int, str] | None = None
        self.bare_title: tuple[int, int] | None = None  # words of the last unnamed title phrase

    # helpers ------------------------------------------------------------------
    def word(self, i: int) -> bool:
        return 0 <= i < len(self.is_word) and self.is_word[i]

    def stem(self, i: int) -> str:
        """Word ``i`` without a leading conjunction."""
        w = self.norms[i]
        return w[1:] if w[:1] in "وف" and len(w) > 3 and w not in self.lex.index else w

    def char_start(self, i: int, prefix: int) -> int:
        """Source offset after ``prefix`` normalized characters of word ``i``."""
        pos, seen = self.starts[i], 0
        while seen < prefix and pos < self.ends[i]:
            if self.text[pos] not in _DROPPED:
                seen += 1
            pos += 1
        while pos < self.ends[i] and self.text[pos] in _DROPPED:
            pos += 1  # tatweel after a clitic: «لـ»
        return pos

    @staticmethod
    def kinds(m: Match) -> dict[str, Entry]:
        """The first entry of each kind of a match (do not change it)."""
        return m.kinds

    def match(self, i: int) -> Match | None:
        """The longest lexicon phrase at word ``i`` (memoized per document)."""
        if i in self._matches:
            return self._matches[i]
        ok = 0 <= i < len(self.is_word) and self.is_word[i]
        found = self.lex.match(self.norms, i) if ok else None
        self._matches[i] = found
        return found

    def quoted(self, i: int) -> bool:
        return i > 0 and self.raw[i - 1][:1] in OPEN_QUOTES

    def emit(self, i: int, end: int, type_: str, rank: int, prefix: int = 0,
             **fields: Any) -> None:
        start = self.char_start(i, prefix)
        if start < self.ends[end - 1]:
            self.out.append(Candidate(start, self.ends[end - 1], type_, rank, **fields))

    def namey(self, i: int, after_name: bool = False) -> bool:
        """Could word ``i`` be part of an unknown name? ``after_name``: a name's first word is
        right before it, so a form like an imperfect verb is a family name («أنطونيو تاياني»)."""
        if not self.word(i):
            return False
        w = self.norms[i]
        clitic = (w[:1] in "بل" and w[1:] in self.common) or w.endswith(("ته", "تهم", "هما"))
        if clitic or "\u064b" in self.raw[i]:
            return False  # «لحكومته»; tanween fath marks adverbs and objects («فعليًا»)
        common = (w in self.common or self.stem(i) in self.common) and not self._name_not_prep(i)
        return (len(w) > 1 and not clitic and not common and not is_verb(w)
                and w not in NEGATIONS and not self.preposition(i)
                and (w in self.first_names or not self._listed(i))
                and (w in self.first_names or after_name or not self.verbish(i, future=False)))

    def _name_not_prep(self, i: int) -> bool:
        """A first name that folds like a preposition but is written with ي («علي», not «على»)."""
        return self.norms[i] in self.first_names and self.norms[i] in PREPOSITIONS \
            and not self.preposition(i)

    def _listed(self, i: int) -> bool:
        m = self.match(i)
        return m is not None and not {"place", "actor"} & set(self.kinds(m))

    def first_name(self, i: int) -> bool:
        """Can an unknown person's name start at word ``i``? (not «الحملة», «مكتب»)"""
        w = self.norms[i]
        conjunction = (w[:1] == "و" or (w[:1] == "ف" and w[1:] in self.common)) and \
            w not in self.first_names
        if conjunction or (w[:1] in "بل" and w not in self.first_names):
            return False  # «الرئيس وزوجته», «الرئيس بإقالة», «الأمير لحزب»: clitics, not «بشار»
        return not w.startswith(("ال", "لل")) and w not in self.org_heads

    def preposition(self, k: int) -> bool:
        """Is word ``k`` a preposition? «على» folds to «علي», so the name علي is told apart by
        its final letter as written."""
        return self.norms[k] in PREPOSITIONS and (self.norms[k] != "علي"
                                                  or self.raw[k].endswith("ى"))

    def clitic_word(self, w: str) -> bool:
        """Is ``w`` ب/ل + a known word («بالنادي», «لحزب», «بتبوك»)?"""
        rest = w[1:]
        return (rest[:2] in ("ال", "لا") or rest in self.common or rest in self.org_heads
                or rest in self.lex.index)

    def name_end(self, i: int, most: int = 3) -> int:
        """End of an unknown name starting at ``i`` (``i`` when there is none)."""
        j, units = i, 0
        while units < most:
            joined = (self.word(j) and self.norms[j] in self.heads and self.word(j + 1)
                      and not self.preposition(j + 1) and not is_verb(self.norms[j + 1]))
            if not (joined or self.namey(j, after_name=units > 0)):
                break
            step = 2 if joined else 1
            if self.word(j + step) and self.norms[j + step] in self.tails:
                step += 1  # «نصر الدين»
            w = self.norms[j]
            clitic = w[:1] in "بل" and w not in self.first_names and w not in self.heads and (
                units or self.clitic_word(w))
            if clitic or (units and w.endswith(("ته", "تها", "تهم", "وا"))):
                break  # «سلطان بتبوك», «شيراك قصدته»: not a family name
            if units == 2 and self.word(j + step) and not joined:
                break  # a third unit only when punctuation closes the name
            j += step
            units += not (joined and units)  # «بن حمد», «آل ثاني» come free after a name
        return j


    def _after_trigger(self, i: int) -> bool:
        return self.trigger_before(i) is not None


    def trigger_before(self, i: int) -> Entry | None:
        """The trigger noun right before word ``i`` (a quote mark may sit between)."""
        j = i - 1 if i > 0 and self.word(i - 1) else i - 2
        prev = self.match(j) if j >= 0 else None
        if prev is None or prev.end != j + 1:
            return None
        return self.kinds(prev).get("trigger")


    def _quote_end(self, i: int, most: int = 6) -> int:
        """End of the words inside the quotes that open before ``i`` (``i`` if unclosed)."""
        j = i
        while j < len(self.norms) and j - i <= most:
            if self.raw[j][:1] in CLOSE_QUOTES or self.raw[j] in "()":
                return j if all(self.word(k) for k in range(i, j)) else i
            j += 1
        return i


    def verbish(self, j: int, future: bool = True) -> bool:
        """A known actor verb, or an imperfect verb form not known as anything else."""
        if not self.word(j):
            return False
        w = self.norms[j]
        if is_verb(w):
            return True
        unknown = w not in self.common and w not in self.lex.index
        imperfect = (w[:1] in "تي" and len(w) > 3) or (
            future and w[:2] in ("سي", "ست") and len(w) > 5)
        return unknown and imperfect
