"""Sentence splitting that never cuts a quotation or a parenthesis.

A sentence ends at ``.``, ``!``, ``?``, ``؟``, ``…`` (with any closing quotes
or brackets right after them) and at every line break. Inside «…», “…”,
"…" or (…) on the same line a terminal mark does not end the sentence; a line
break closes whatever is still open. A ``.`` between two digits (3.5) or two
Latin letters (U.S.) is not a terminal mark.
"""

from __future__ import annotations

from collections.abc import Callable

import regex

_INTERESTING = regex.compile(r'[.!?؟…\n«»()"“”]')
_CLOSERS = frozenset('»)"”\'')
_SPACE = frozenset(" \t\r\n\u00a0\u200f\u200e")


def _is_latin(ch: str) -> bool:
    return ch.isascii() and ch.isalpha()


def _both(a: str, b: str, test: Callable[[str], bool]) -> bool:
    return bool(a) and bool(b) and test(a) and test(b)


def _boundaries(text: str) -> list[int]:
    """Offsets just past each sentence end."""
    ends = []
    guillemets = parens = 0
    straight_open = curly = False
    n = len(text)
    for m in _INTERESTING.finditer(text):
        ch = m.group()
        i = m.start()
        if ch == "\n":
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
        elif ch == '"':
            straight_open = not straight_open
        elif guillemets or parens or straight_open or curly:
            continue
        else:
            nxt = text[i + 1] if i + 1 < n else ""
            prev = text[i - 1] if i else ""
            if ch == "." and (_both(prev, nxt, str.isdigit) or _both(prev, nxt, _is_latin)):
                continue
            j = i + 1
            while j < n and (text[j] in _CLOSERS or text[j] in ".!?؟…"):
                j += 1
            ends.append(j)
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
