"""The speech act of a statement: assert, deny, accuse or warn.

A marked cue decides (نفى → deny, اتهم/دان/حمّل المسؤولية → accuse, حذر → warn);
a negated cue is an assertion at most (لم ينف → assert). Under a neutral cue
the content decides, read near its start, where the main claim sits: a plain
denial (لا صحة، عار عن الصحة) is deny, a threat (سترد، عواقب) is warn, and a
wrong done by someone (هاجموا، استفزازات، انتهاكات، الأسلحة الكيماوية) is
accuse — unless the content is about repelling it (صدت هجمات) or the wrong is
only background («في ظل الانتهاكات», «قتل ثلاثة في الهجوم»).
"""

from __future__ import annotations

import regex

from rasd.extract.statement_lexicon import stance_cues

#: Words of content read for a denial or a threat.
DENY_WINDOW = 12
#: Words of content read for a wrong that makes the statement an accusation.
WRONG_WINDOW = 20
#: Words before a wrong that mark it as background.
BACKGROUND_REACH = 3
_WORD = regex.compile(r"\p{L}+|\p{N}+")


def _word_index(content: str, offset: int) -> int:
    return len(_WORD.findall(content, 0, offset))


def _prefix(content: str, words: int) -> str:
    """The first ``words`` words of ``content``."""
    for n, m in enumerate(_WORD.finditer(content)):
        if n == words:
            return content[:m.start()]
    return content


def content_stance(content: str) -> str:
    """Stance read from a (normalized) content under a neutral cue."""
    cues = stance_cues().patterns
    content = _prefix(content, WRONG_WINDOW + 1)
    for kind in ("deny", "warn"):
        found = cues[kind].search(content)
        if found and _word_index(content, found.start()) < DENY_WINDOW:
            return kind
    if cues["defense"].search(content):
        return "assert"
    backgrounds = [_word_index(content, m.end()) for m in cues["background"].finditer(content)]
    adjacent = [_word_index(content, m.end()) for m in cues["adjacent"].finditer(content)]
    for found in cues["wrong"].finditer(content):
        at = _word_index(content, found.start())
        if at >= WRONG_WINDOW:
            break
        if not any(0 <= at - b < BACKGROUND_REACH for b in backgrounds) and at not in adjacent:
            return "accuse"
    return "assert"


def decide(cue_stance: str, negated: bool, content: str) -> str:
    """The stance of a statement from its cue's stance, negation and content."""
    if negated:
        return "assert"
    if cue_stance != "assert":
        return cue_stance
    return content_stance(content)
