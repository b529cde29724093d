"""A sentence seen as words: normalized forms, classes and noun-phrase chunks.

The argument finder needs a little syntax and no parser: where a noun phrase
starts and stops (at prepositions, particles, punctuation and other triggers), and
which words are prepositions, directions or place descriptors.
"""

from __future__ import annotations

from functools import lru_cache

from rasd.extract.events.lexicon import class_of
from rasd.text import normalize

TRANSPARENT = frozenset("«»()\"“”'")  # quote marks and brackets do not end a phrase
MAX_PHRASE = 6
SOUND_PLURAL = ("ون", "ين", "ان")  # these endings never head a construct (مسلحون المدنيين)
NISBA_ENDINGS = ("ي", "يه", "يين", "يون", "يان")
WAW_KEEP = frozenset({"waw_word", "not_trigger", "place_noun", "direction"})
ARTICLE = "ال"


class Word:
    """One token of a sentence with what the argument finder needs to know about it.

    Read-only by convention. A plain class, not a dataclass: compiled, it is built
    several times faster, and every word of a sentence with a trigger is built.
    """

    __slots__ = ("attached", "cls", "end", "key", "kind", "norm", "start")

    def __init__(self, start: int, end: int, norm: str, kind: str, cls: str | None, key: str,
                 attached: str) -> None:
        self.start = start
        self.end = end
        self.norm = norm
        self.kind = kind  # word | number | punct | latin
        self.cls = cls  # lexicon class, if any
        self.key = key  # the lexicon entry it was read as (proclitics off), else ``norm``
        self.attached = attached  # proclitics stripped to read it as ``key`` («بـ» of «بمدينة»)

    def __repr__(self) -> str:
        return f"Word({self.start}, {self.end}, {self.norm!r}, {self.kind}, {self.cls})"

    @property
    def is_word(self) -> bool:
        return self.kind in ("word", "latin")

    @property
    def definite(self) -> bool:
        if self.cls == "quantity_noun":
            return False
        bare = self.norm[1:] if self.norm[:1] in "وف" and self.norm[1:3] == ARTICLE else self.norm
        return bare.startswith(ARTICLE) or bare.startswith("لل")

    @property
    def nisba(self) -> bool:
        """Ends like a relational adjective (السوري، الحكومية، الأميركيين)."""
        return self.norm.endswith(NISBA_ENDINGS)

    @property
    def prepositional(self) -> bool:
        """A preposition fused with the article (بالطيران، للجيش، كالعادة)."""
        return self.norm[:3] in ("بال", "كال") or self.norm[:2] == "لل"

    @property
    def opens_conjunct(self) -> bool:
        """و/ف + ال: the start of a coordinated phrase («والهبيط»)."""
        return self.norm[:1] in "وف" and self.norm[1:3] == ARTICLE

    @property
    def opens_phrase(self) -> bool:
        """A word that starts a new phrase: و/ف + word (وزاد، والهبيط) unless و is a root
        letter (وزارة، وكالة), or a preposition + article (بالطيران، للجيش)."""
        if self.prepositional:
            return True
        return self.norm[:1] in "وف" and len(self.norm) > 3 and self.cls not in WAW_KEEP


@lru_cache(maxsize=65536)
def _word_info(piece: str) -> tuple[str, str, str | None, str, str]:
    """``(norm, kind, class, key, attached proclitics)`` of a token's text."""
    norm = normalize(piece)
    first = piece[:1]
    kind = "word" if first.isalpha() and not first.isascii() else \
        "latin" if first.isalpha() else "number" if first.isdigit() else "punct"
    cls, key = class_of(norm) if kind == "word" else (None, norm)
    attached = norm[: len(norm) - len(key)] if norm.endswith(key) else ""
    return norm, kind, cls, key, attached


def sentence_words(text: str, offsets: list[tuple[int, int]]) -> list[Word]:
    """Words of a sentence from the ``(start, end)`` offsets of its tokens."""
    words = []
    for start, end in offsets:
        norm, kind, cls, key, attached = _word_info(text[start:end])
        words.append(Word(start, end, norm, kind, cls, key, attached))
    return words


def continues(prev: Word, word: Word) -> bool:
    """Whether ``word`` can extend a noun phrase that ends with ``prev``: a definite word
    follows a noun in construct (قيادة القاعدة) or agrees as an adjective (الجيش السوري); an
    indefinite word follows an indefinite one (منظمة حقوقية) or a title (الرئيس بشار)."""
    if not prev.is_word:
        return True
    if word.definite:
        if prev.definite:
            return word.nisba or word.cls in ("number_word", "adjective")
        return not prev.nisba and not prev.norm.endswith(SOUND_PLURAL)
    return not prev.definite or prev.cls == "title"


def _stops(word: Word, first: bool, blocked: set[int]) -> bool:
    if word.start in blocked:
        return True
    if not word.is_word:
        return word.norm not in TRANSPARENT
    if word.cls in ("prep", "stop", "light", "agent", "notplace", "pron"):
        return True
    return not first and word.opens_phrase


def phrase_after(words: list[Word], i: int, blocked: set[int],
                 skip_modifiers: bool = False) -> tuple[int, int] | None:
    """Word indexes ``[i, j)`` of the noun phrase starting at ``i``, if one does."""
    while i < len(words) and not words[i].is_word and words[i].norm in TRANSPARENT:
        i += 1
    if skip_modifiers:
        while i < len(words) and words[i].cls == "modifier":
            i += 1
    if i + 1 < len(words) and words[i].kind == "number" and words[i + 1].is_word:
        i += 1  # «20 عنصرا»: the counted noun heads the phrase
    if i >= len(words) or _stops(words[i], True, blocked) or words[i].prepositional:
        return None
    j = i + 1
    last = i
    while j < len(words) and j - i < MAX_PHRASE and not _stops(words[j], False, blocked):
        if words[j].is_word:
            if not continues(words[last], words[j]):
                break
            last = j
        j += 1
    while j > i and (not words[j - 1].is_word or words[j - 1].norm in ("و", "ف")):
        j -= 1
    return (i, j) if j > i else None


def phrase_before(words: list[Word], i: int, blocked: set[int]) -> tuple[int, int] | None:
    """Word indexes ``[k, i)`` of the noun phrase that ends right before word ``i``."""
    j = i
    while j > 0 and not words[j - 1].is_word and words[j - 1].norm in TRANSPARENT:
        j -= 1
    k = j
    while k > 0 and j - k < MAX_PHRASE and not _stops(words[k - 1], True, blocked):
        if k < j and words[k - 1].is_word and words[k].is_word and \
                not continues(words[k - 1], words[k]):
            break
        k -= 1
        if words[k].opens_phrase:
            break
    while k < j and not words[k].is_word:
        k += 1
    if k >= j or not (words[k].definite or words[k].norm[:1].isupper()):
        return None
    return k, j
