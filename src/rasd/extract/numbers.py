"""Numbers written in digits or in Arabic words, and their values.

:data:`NUMBER` matches, in normalized text, a number in ASCII digits (with
``,`` thousands separators and a ``.`` decimal point: Arabic-Indic digits and
separators are folded by normalization) optionally followed by scale words
(«1.5 مليون»), or a run of number words joined by و («خمسة وعشرين»، «ثلاثة
آلاف»). :func:`number_value` reads the value of such a match.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from rasd import resources
from rasd.extract.wordlists import alternation, key


class NumberWord(NamedTuple):
    value: int
    kind: str  # unit | ten | hundred | scale | scales | scale2 | vague | few


WORDS: dict[str, NumberWord] = {
    key(row["form"]): NumberWord(int(row["value"]), row["kind"])
    for row in resources.tsv("quantities/number_words.tsv")
}
_WORD = alternation(WORDS)
SCALE = alternation(w for w, n in WORDS.items() if n.kind in ("scale", "scales", "vague"))
DIGITS = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
#: A number in digits or words; the article ال may lead a word (الآلاف), و joins words.
NUMBER = (rf"(?:(?:{DIGITS})(?:\s+{SCALE}(?!\w))?"
          rf"|(?:ال)?{_WORD}(?!\w)(?:\s+(?:و\s*)?(?:ال)?{_WORD}(?!\w))*)")
#: The first word of a number in words (a lookahead for proclitics: «لأربعة عشر»).
NUMBER_START = rf"{_WORD}(?!\w)"
_TOKEN = re.compile(rf"(?<!\w)[وفبل]?(?:ال)?(?P<token>{DIGITS}|{_WORD})(?!\w)")


class NumberReading(NamedTuple):
    value: float
    vague: bool  # عشرات، مئات، آلاف، بضعة: a lower bound, not a count


def number_value(text: str) -> NumberReading | None:
    """The value of a normalized number expression matched by :data:`NUMBER`."""
    if text.isascii() and text.isdigit():
        return NumberReading(float(text), False)  # plain digits, most numbers
    total = 0.0
    current = 0.0
    vague = False
    seen = False
    for match in _TOKEN.finditer(text):
        word = match.group("token")
        if word[0].isdigit():
            current += float(word.replace(",", ""))
            seen = True
            continue
        entry = WORDS.get(word)
        if entry is None:
            continue
        seen = True
        if entry.kind == "scales" and current == 0 and total == 0:
            vague = True  # «آلاف» alone: thousands of
            current = float(entry.value)
        elif entry.kind in ("scale", "scales", "scale2"):
            if entry.kind == "scale2" and current == 0:
                current = entry.value / 1.0
            else:
                current = max(current, 1.0) * entry.value
            total += current
            current = 0.0
        elif entry.kind == "vague":
            vague = vague or current == 0
            current = max(current, 1.0) * entry.value if current else float(entry.value)
        else:
            vague = vague or entry.kind == "few"
            current += entry.value
    if not seen:
        return None
    return NumberReading(total + current, vague)
