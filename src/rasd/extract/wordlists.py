"""Helpers that turn data-file word lists into normalized lookups and pattern alternations."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import lru_cache

from rasd import resources
from rasd.document import Document
from rasd.text import NormalizedText, normalize_key
from rasd.text.forms import fold, token_vocabulary
from rasd.text.tokenize import TokenLayer, number_spans


def key(form: str) -> str:
    """The matching form of a lexicon entry (normalized, single spaces)."""
    return normalize_key(form)


def alternation(forms: Iterable[str]) -> str:
    """A regex alternation of normalized ``forms``, spaces matching any run, written as a
    trie: a pattern engine tries each listed word in turn, the trie one letter at a time.
    It matches what the flat list ``(?:longest|…|shortest)`` matches, in the same order of
    preference: words that both match at one place are one a prefix of the other, and
    each branch tries the longer word before it stops (``flat_alternation`` is the twin)."""
    root: _Trie = {}
    for k in {key(f) for f in forms if f}:
        node = root
        for char in k:
            node = node.setdefault(char, {})
        node[_END] = {}
    return "(?:" + _branches(root) + ")"


_Trie = dict[str, "_Trie"]
_END = ""  # the key that marks a word's end in a trie node


def _branches(node: _Trie) -> str:
    """The pattern of the words below ``node``: each next letter, then what follows it;
    where a word may also end here, the rest is optional (greedy: longer words first)."""
    parts = [(r"\s+" if char == " " else re.escape(char)) + _branches(child)
             for char, child in sorted(node.items()) if char != _END]
    if not parts:
        return ""
    body = parts[0] if len(parts) == 1 else "(?:" + "|".join(parts) + ")"
    if _END not in node:
        return body
    return f"(?:{body})?" if len(parts) > 1 or len(body) > 1 else f"{body}?"


def flat_alternation(forms: Iterable[str]) -> str:
    """The same alternation as :func:`alternation`, as a flat list, longest first."""
    keys = sorted({key(f) for f in forms if f}, key=lambda k: (-len(k), k))
    return "(?:" + "|".join(re.escape(k).replace(r"\ ", " ").replace(" ", r"\s+")
                            for k in keys) + ")"


def word_set(name: str) -> frozenset[str]:
    """The normalized lines of a one-word-per-line resource."""
    return frozenset(key(line) for line in resources.lines(name))


def table(name: str, column: str) -> dict[str, str]:
    """Normalized ``form`` -> ``column`` from a TSV resource."""
    return {key(row["form"]): row[column] for row in resources.tsv(name)}


def deflate(form: str) -> str:
    """``form`` without a leading article: the key under which clitic-stripped words are found."""
    return form[2:] if form.startswith("ال") and len(form) > 3 else form


@lru_cache(maxsize=1)
def normalized(text: str) -> NormalizedText:
    """The normalized text of a document, built once for all the stages that read it."""
    return NormalizedText(text)


def squash(normalized: str) -> str:
    """The key of text that is already normalized: whitespace runs become one space."""
    return " ".join(normalized.split())


_CLITIC_LETTERS = "وفبكل"


def document_words(doc: Document) -> frozenset[str]:
    """The distinct normalized words of a document: its tokens' forms (a word joined to
    others by punctuation, «أمس-الأول», is a word of its own), made once for the compact
    tokens layer and shared with the later stages."""
    tokens = doc.tokens
    if isinstance(tokens, TokenLayer):
        return token_vocabulary(tokens)
    return frozenset(fold(token.text) for token in tokens)


def word_starts(text: str, word: str) -> Iterator[int]:
    """Offsets where ``word`` stands in ``text`` as a whole word."""
    size = len(word)
    at = text.find(word)
    while at >= 0:
        after = at + size
        if (at == 0 or not text[at - 1].isalnum()) and (
                after == len(text) or not text[after].isalnum()):
            yield at
        at = text.find(word, after)


@lru_cache(maxsize=1)
def digit_runs(text: str) -> tuple[tuple[int, int, str], ...]:
    """``(word start, digits end, digits)`` of every word that opens with a number («و150»)."""
    runs = []
    for start, end in number_spans(text):
        head = start
        if head == 0 or not text[head - 1].isalnum():
            runs.append((head, end, text[start:end]))  # no letter before it: no clitic either
            continue
        if text[max(0, head - 2):head] == "ال":  # «الـ21» (the tatweel is already gone)
            head -= 2
        while head > 0 and start - head < 4 and text[head - 1] in _CLITIC_LETTERS:
            head -= 1
        if head > 0 and text[head - 1].isalnum():
            continue  # the digits end a longer word
        runs.append((head, end, text[start:end]))
    return tuple(runs)
