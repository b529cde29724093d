"""The words of a document's tokens, computed once and shared by the later stages.

Entities, statements and events all read a document's tokens as offsets, as the
text they hold and in the form of :func:`rasd.text.normalize`. :func:`token_words`
makes the three lists once per tokens layer (folding each distinct word once per
process: news repeats its words) and hands every later stage the same lists.
"""

from __future__ import annotations

from functools import lru_cache
from typing import NamedTuple

from rasd.text.normalize import normalize
from rasd.text.tokenize import TokenLayer

#: Folded forms of the words seen so far; cleared when full.
_FOLDED: dict[str, str] = {}
MAX_FOLDED = 300_000


class TokenWords(NamedTuple):
    """The tokens of one layer: ``(start, end)``, their text and normalized form, in order.
    Shared by every stage that asks: never change them."""

    offsets: list[tuple[int, int]]
    texts: list[str]
    forms: list[str]  # a token of marks only is ""


#: Words of the last few tokens layers, by identity (the layer is kept, so its id stays).
_RECENT: dict[int, tuple[TokenLayer, TokenWords]] = {}
MAX_RECENT = 8


def fold(word: str) -> str:
    """``normalize(word)``, cached per distinct word."""
    folded = _FOLDED.get(word)
    if folded is None:
        if len(_FOLDED) >= MAX_FOLDED:
            _FOLDED.clear()
        folded = _FOLDED[word] = normalize(word)
    return folded


def token_words(tokens: TokenLayer) -> TokenWords:
    """Offsets, texts and normalized forms of the tokens of a layer; the same lists for
    the same layer."""
    found = _RECENT.get(id(tokens))
    if found is not None and found[0] is tokens:
        return found[1]
    offsets, texts = tokens.offsets(), tokens.texts()
    folded = _FOLDED
    words = TokenWords(offsets, texts, [form if (form := folded.get(w)) is not None
                                        else fold(w) for w in texts])
    if len(_RECENT) >= MAX_RECENT:
        del _RECENT[next(iter(_RECENT))]
    _RECENT[id(tokens)] = (tokens, words)
    return words


def token_forms(tokens: TokenLayer) -> list[str]:
    """``normalize`` of each token of ``tokens`` (see :func:`token_words`)."""
    return token_words(tokens).forms


@lru_cache(maxsize=2)
def token_vocabulary(tokens: TokenLayer) -> frozenset[str]:
    """The distinct normalized forms of the tokens of a layer: the words a stage looks
    its trigger words up in (a word joined to others by punctuation, «أمس-الأول», is
    a word of its own here)."""
    return frozenset(token_words(tokens).forms)
