"""Quotation marks inside reported content: quoted speech or a quoted name.

A content is ``mixed`` when, besides أن/إن, it holds a quoted fragment of
speech («بشكل مخطط له»، «إرهابيا»). Quote marks around a name («جبهة النصرة»،
قاعدة «حميميم»، الملقب بـ«أبو بصير») do not count: a fragment is a name when
it overlaps a named entity, starts with or follows a naming word (تنظيم، حركة،
أبو), or is a short definite phrase («الفرع الكيماوي»).
"""

from __future__ import annotations

import bisect

from rasd.extract.statements.lexicon import function_words, word_set
from rasd.extract.statements.speakers import bare
from rasd.extract.statements.wordsheet import QUOTE_OPENERS, WordSheet

#: A quoted phrase of at least this many words is speech, whatever it starts with.
SPEECH_WORDS = 5


def _words(sheet: WordSheet, i: int, j: int) -> list[str]:
    return [w for w in sheet.words[i:j] if w[0].isalnum()]


def is_name(sheet: WordSheet, o: int, c: int) -> bool:
    """Whether the quotation between words ``o`` and ``c`` quotes a name."""
    inner = _words(sheet, o + 1, c)
    if not inner:
        return True
    if sheet.starts[o + 1] in sheet.entity_ends:
        return True
    if len(inner) >= SPEECH_WORDS:
        return False
    names = word_set("name_words.txt")
    before = next((w for w in reversed(sheet.words[max(0, o - 2):o]) if w[0].isalnum()), "")
    if bare(inner[0]) in names or inner[0] in names or bare(before) in names \
            or (before in ("ب", "ل") and o >= 2 and bare(sheet.words[o - 2]) in names):
        return True
    return inner[0].startswith("ال") and inner[0] not in function_words()["preposition"] \
        and len(inner) <= 4  # «الفرع الكيماوي», not «إلى العصر الحجري» (إلى folds to الي)


def quotes_in(sheet: WordSheet, i: int, j: int) -> list[tuple[int, int]]:
    """Outermost quotation pairs (open, close) that lie within words ``[i, j)``."""
    out = []
    k = i  # the first word not inside a quotation found so far
    for o in sheet.quotes[bisect.bisect_left(sheet.quotes, i):]:
        if o >= j:
            break
        if o >= k and sheet.close[o] < j:
            out.append((o, sheet.close[o]))
            k = sheet.close[o] + 1
    return out


def has_quoted_speech(sheet: WordSheet, i: int, j: int) -> bool:
    """Whether words ``[i, j)`` hold a quotation that is speech, not a name.

    A quotation that is the whole content is speech.
    """
    if sheet.words[i] in QUOTE_OPENERS and sheet.close.get(i) == j - 1:
        return True
    return any(not is_name(sheet, o, c) for o, c in quotes_in(sheet, i, j))
