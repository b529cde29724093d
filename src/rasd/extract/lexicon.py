"""Helpers that turn data-file word lists into normalized lookups and regex alternations."""

from __future__ import annotations

from collections.abc import Iterable

import regex

from rasd import resources
from rasd.text import normalize_key


def key(form: str) -> str:
    """The matching form of a lexicon entry (normalized, single spaces)."""
    return normalize_key(form)


def alternation(forms: Iterable[str]) -> str:
    """A regex alternation of normalized ``forms``, longest first, spaces matching any run."""
    keys = sorted({key(f) for f in forms if f}, key=lambda k: (-len(k), k))
    return "(?:" + "|".join(regex.escape(k).replace(r"\ ", " ").replace(" ", r"\s+")
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
