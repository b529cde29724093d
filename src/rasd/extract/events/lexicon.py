"""The word lists the event extractor reads, loaded once from ``resources/events/``.

Every list is keyed by the normalized form (:func:`rasd.text.normalize_key`), so the
data files store one spelling per word and normalization folds the rest.
"""

from __future__ import annotations

from functools import cache, lru_cache

from rasd import resources
from rasd.text import candidate_stems, normalize_key


@cache
def word_classes() -> dict[str, str]:
    """Normalized word or phrase -> its class (prep, stop, direction, place_noun, ...)."""
    out: dict[str, str] = {}
    for row in resources.tsv("events/lexicon.tsv"):
        out.setdefault(normalize_key(row["word"]), row["class"])
    return out


@cache
def words_of(cls: str) -> frozenset[str]:
    """All normalized entries of one class."""
    return frozenset(w for w, c in word_classes().items() if c == cls)


@lru_cache(maxsize=65536)
def class_of(norm_word: str) -> tuple[str | None, str]:
    """``(class, lexicon key)`` of a normalized word, read through its proclitics
    (وفي → prep في، بمدينة → place_noun مدينة); ``(None, word)`` if it is no lexicon word."""
    classes = word_classes()
    found = classes.get(norm_word)
    if found is not None:
        return found, norm_word
    for prefix, stem in candidate_stems(norm_word):
        if prefix and stem in classes:
            return classes[stem], stem
    for reading in readings(norm_word)[1:]:
        if reading in classes:
            return classes[reading], reading
    return None, norm_word


_SUFFIXES = ("ت", "وا", "ا", "ون", "ين", "ه", "ها", "هم", "ن")


@lru_cache(maxsize=65536)
def readings(norm_word: str) -> tuple[str, ...]:
    """The word, its proclitic-stripped stems, and those with one inflection suffix off
    («وحذرت» → وحذرت، حذرت، حذر …), for cue lookups."""
    stems = [norm_word, *(stem for _, stem in candidate_stems(norm_word))]
    out = dict.fromkeys(stems)
    for stem in stems:
        for suffix in _SUFFIXES:
            if stem.endswith(suffix) and len(stem) - len(suffix) >= 2:
                out.setdefault(stem[: -len(suffix)])
    return tuple(out)
