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

from functools import cache

from rasd.extract.statements.lexicon import StancePhrase, stance_cues
from rasd.text import candidate_stems

#: Words of content read for a denial or a threat.
DENY_WINDOW = 12
#: Words of content read for a wrong that makes the statement an accusation.
WRONG_WINDOW = 20
#: Words before a wrong that mark it as background.
BACKGROUND_REACH = 3


#: Phrases starting with each word seen so far (content words repeat); cleared when full.
_STARTING: dict[str, tuple[StancePhrase, ...]] = {}
MAX_STARTING = 65536


def _starting_with(word: str) -> tuple[StancePhrase, ...]:
    """Stance phrases whose first word is ``word`` (clitics و ف ب ل ك ال stripped),
    cached per word: a dict read costs a third of an ``lru_cache`` call here."""
    found = _STARTING.get(word)
    if found is None:
        if len(_STARTING) >= MAX_STARTING:
            _STARTING.clear()
        found = _STARTING[word] = _phrases_starting_with(word)
    return found


def _phrases_starting_with(word: str) -> tuple[StancePhrase, ...]:
    """:func:`_starting_with`, uncached."""
    cues = stance_cues()
    found: list[StancePhrase] = []
    for prefix, stem in candidate_stems(word):
        found += cues.exact.get(stem, ())
        if stem.startswith(cues.start_prefixes):
            found += [p for start, p in cues.starts if stem.startswith(start)]
        if prefix.endswith("ال") or prefix.endswith("لل"):  # «الهجوم»: a known event
            found = [p for p in found if p.kind != "wrong_noun"]
    return tuple(found)


@cache
def words_read() -> int:
    """How many content words :func:`content_stance` reads at most."""
    cues = stance_cues()
    longest = max(len(p.words) for p in (*[p for _, p in cues.starts],
                                          *[p for ps in cues.exact.values() for p in ps]))
    return WRONG_WINDOW + longest - 1


def content_stance(words: list[str]) -> str:
    """Stance read from the (normalized) words of a content under a neutral cue."""
    kinds: dict[str, list[int]] = {}  # kind -> index of the word after each phrase
    for at in range(min(len(words), WRONG_WINDOW)):
        for phrase in _starting_with(words[at]):  # most words start none
            if phrase.matches_rest(words, at):
                kinds.setdefault(phrase.kind, []).append(at + len(phrase.words))
    for kind in ("deny", "warn"):
        if any(after <= DENY_WINDOW for after in kinds.get(kind, ())):
            return kind
    if "defense" in kinds:
        return "assert"
    backgrounds = kinds.get("background", [])
    adjacent = kinds.get("adjacent", [])
    for after in kinds.get("wrong", []) + kinds.get("wrong_noun", []):
        at = after - 1
        if not any(0 <= at - b < BACKGROUND_REACH for b in backgrounds) and at not in adjacent:
            return "accuse"
    return "assert"


def is_wrong(word: str) -> bool:
    """Whether a (normalized) word names a wrong, with or without article: «الهجوم»."""
    return any(p.kind in ("wrong", "wrong_noun") and len(p.words) == 1
               for _, stem in candidate_stems(word) for p in _starting_with(stem))


def decide(cue_stance: str, negated: bool, words: list[str]) -> str:
    """The stance of a statement from its cue's stance, negation and content words."""
    if negated:
        return "assert"
    if cue_stance != "assert":
        return cue_stance
    return content_stance(words)
