"""The normalized form of every token of a document, computed once and shared.

Entities, statements and events all read a document's words in the form of
:func:`rasd.text.normalize`. :func:`token_forms` folds each token of a tokens
layer once (each distinct word once per process, news repeats its words) and
hands every later stage the same list.
"""

from __future__ import annotations

from rasd.text.normalize import normalize
from rasd.text.tokenize import TokenLayer

#: Folded forms of the words seen so far; cleared when full.
_FOLDED: dict[str, str] = {}
MAX_FOLDED = 300_000
#: Forms of the last few tokens layers, by identity (the layer is kept, so its id stays).
_RECENT: dict[int, tuple[TokenLayer, list[str]]] = {}
MAX_RECENT = 8


def fold(word: str) -> str:
    """``normalize(word)``, cached per distinct word."""
    folded = _FOLDED.get(word)
    if folded is None:
        if len(_FOLDED) >= MAX_FOLDED:
            _FOLDED.clear()
        folded = _FOLDED[word] = normalize(word)
    return folded


def token_forms(text: str, tokens: TokenLayer) -> list[str]:
    """``normalize`` of each token of ``tokens`` (a layer of ``text``), in order; the
    same list for the same layer, so do not change it. A token of marks only is ``""``."""
    found = _RECENT.get(id(tokens))
    if found is not None and found[0] is tokens:
        return found[1]
    get = _FOLDED.get
    forms = [get(text[s:e]) or fold(text[s:e]) for s, e in tokens.offsets()]
    if len(_RECENT) >= MAX_RECENT:
        del _RECENT[next(iter(_RECENT))]
    _RECENT[id(tokens)] = (tokens, forms)
    return forms
