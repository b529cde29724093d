"""Sentence splitting that never cuts a quotation or a parenthesis.

A sentence ends at ``.``, ``!``, ``?``, ``؟``, ``…`` (with any closing quotes
or brackets right after them) and at every line break. Inside «…», “…”,
"…" or (…) on the same line a terminal mark does not end the sentence; a line
break closes whatever is still open. A ``.`` is not a terminal mark between
two digits (3.5), between two Latin letters (U.S), or after a one-letter
word (د. for doctor, ق.م, أ.ف.ب): no Arabic sentence ends in a one-letter
word. A ``.`` right after a longer word ends the sentence even when no space
follows («كييف.كما» is a missing space, not an abbreviation).
"""

from __future__ import annotations

import string

from rasd.text.normalize import char_offsets

#: The characters that end, open or close something.
_MARKS = '.!?؟…\n«»()"“”'
_CLOSERS = frozenset('»)"”\'')
_SPACE = frozenset(" \t\r\n\u00a0\u200f\u200e")
_TERMINALS = frozenset(".!?؟…")
_GUARDED_DOT = frozenset(string.ascii_letters)
_ABBREVIATION_BEFORE = frozenset(" \t\n\u00a0.(«\"“")


def _ends_sentence(text: str, i: int) -> bool:
    """Whether the ``.`` at ``i`` (not the first character) ends a sentence."""
    prev = text[i - 1]
    nxt = text[i + 1] if i + 1 < len(text) else ""
    if (prev.isdigit() and nxt.isdigit()) or (prev in _GUARDED_DOT and nxt in _GUARDED_DOT):
        return False  # 3.5, U.S
    # A one-letter abbreviation: د. (Dr.), ق.م, أ.ف.ب
    return not (prev.isalpha() and (i < 2 or text[i - 2] in _ABBREVIATION_BEFORE))


def _boundaries(text: str) -> list[int]:
    """Offsets just past each sentence end."""
    ends = []
    guillemets = parens = 0
    straight_open = curly = False
    n = len(text)
    for i in char_offsets(text, _MARKS):
        ch = text[i]
        if ch in _TERMINALS:
            if guillemets or parens or straight_open or curly:
                continue
            if ch == "." and i and not _ends_sentence(text, i):
                continue
            j = i + 1
            while j < n and (text[j] in _CLOSERS or text[j] in _TERMINALS):
                j += 1
            ends.append(j)
        elif ch == "\n":
            ends.append(i)
            guillemets = parens = 0
            straight_open = curly = False
        elif ch == "«":
            guillemets += 1
        elif ch == "»":
            guillemets = max(0, guillemets - 1)
        elif ch == "(":
            parens += 1
        elif ch == ")":
            parens = max(0, parens - 1)
        elif ch == "“":
            curly = True
        elif ch == "”":
            curly = False
        else:  # a straight double quote
            straight_open = not straight_open
    return ends


def split_sentences(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of each sentence, surrounding whitespace trimmed, none empty."""
    spans = []
    start = 0
    for end in [*_boundaries(text), len(text)]:
        if end < start:
            continue
        s, e = start, end
        while s < e and (text[s] in _SPACE or text[s].isspace()):
            s += 1
        while e > s and (text[e - 1] in _SPACE or text[e - 1].isspace()):
            e -= 1
        if e > s:
            spans.append((s, e))
        start = end
    return spans
