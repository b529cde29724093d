"""One name, one reading per document: carry the tagger's names to lone mentions.

A news story names a person in full once («محمد بركات») and then by one
word («بركات»), which the tagger, seeing one sentence at a time, often
misses. After tagging a document, the last word of every person name and
every one-word organization name («حماس») is looked for in the document's
untagged words (as written or behind a clitic: «وبركات») and tagged with
the same type. Not carried: words of two letters, words frequent in the
training text («الأمن»), and place names (the last word of «ريف إدلب»,
taken for an organization, must not turn every «إدلب» into one).
"""

from __future__ import annotations

from collections.abc import Sequence

from rasd.extract.ner.bio import chunks
from rasd.extract.ner.features import Lexicon
from rasd.text import normalize

#: Lexicon tags of words never carried: frequent words and place names.
NOT_CARRIED = frozenset({"F20", "GEO", "CTRY"})
MIN_LETTERS = 3
_CLITICS = frozenset("وفبلك")
#: What may stand before a name in a word: nothing, or one or two of the clitics.
_WRITTEN_CLITICS = ("", *_CLITICS, *(a + b for a in _CLITICS for b in _CLITICS))


def carry_names(
    sentences: Sequence[Sequence[str]], tags: list[list[str]], lexicon: Lexicon,
    forms: Sequence[Sequence[str]] | None = None,
) -> frozenset[str]:
    """Tag lone mentions of the document's names in ``tags`` (in place); returns the
    normalized words that were carried. ``forms``: the normalized words of
    ``sentences``, if known."""
    if forms is None:
        forms = [[normalize(word) for word in words] for words in sentences]
    names: dict[str, str] = {}
    for words, labels in zip(forms, tags, strict=True):
        if labels.count("O") == len(labels):
            continue
        for label, start, end in chunks(labels):
            if label == "PERS" or (label == "ORG" and end - start == 1):
                last = words[end - 1]
                if len(last) >= MIN_LETTERS and not lexicon.get(last) & NOT_CARRIED:
                    names.setdefault(last, label)
    if not names:
        return frozenset()
    # Every form that reads as a name, so most sentences are passed over at once.
    written = {c + name for name in names for c in _WRITTEN_CLITICS}
    for words, labels in zip(forms, tags, strict=True):
        if written.isdisjoint(words):
            continue
        for i, form in enumerate(words):
            if form in written and labels[i] == "O":
                kind = _reading(form, names)
                if kind:
                    labels[i] = f"B-{kind}"
    return frozenset(names)


def _reading(form: str, names: dict[str, str]) -> str | None:
    """The type of ``form``, or of its rest behind one or two of و/ف/ب/ل/ك
    («وبركات», «وببركات»), if it is a carried name."""
    found = names.get(form)
    if found or form[:1] not in _CLITICS:
        return found
    return names.get(form[1:]) or (names.get(form[2:]) if form[1:2] in _CLITICS else None)
