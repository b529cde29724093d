"""The word lists of the statements layer, loaded once and folded for matching.

Every lookup key is in the matching form of :func:`rasd.text.normalize`.
Reporting verbs are stored once per lexeme (perfect, imperfect, participle);
:func:`verb_forms` generates the other persons, genders and numbers
(أعلن → أعلنت، أعلنوا؛ يعلن → تعلن، يعلنون؛ مؤكدا → مؤكدة).
"""

from __future__ import annotations

import dataclasses
from functools import cache

from rasd import resources
from rasd.text.normalize import normalize

FOLDER = "statements/"


@dataclasses.dataclass(frozen=True, slots=True)
class CueVerb:
    """A reporting verb lexeme: its stance and the frames that introduce content."""

    lemma: str  # the perfect 3ms form as written in the lexicon
    stance: str  # assert | deny | accuse | warn
    frames: frozenset[str]


@dataclasses.dataclass(frozen=True, slots=True)
class CueForm:
    """One written form of a cue verb."""

    verb: CueVerb
    aspect: str  # perfect | imperfect | jussive (after لم only) | participle


@dataclasses.dataclass(frozen=True, slots=True)
class StancePhrase:
    """A content phrase of one stance kind; starred words match any ending."""

    kind: str  # deny | warn | wrong | defense | background | adjacent
    words: tuple[str, ...]
    stars: tuple[bool, ...]

    def matches_rest(self, words: list[str], at: int) -> bool:
        """Whether the words after the first match ``words[at + 1:]``."""
        if at + len(self.words) > len(words):
            return False
        for n in range(1, len(self.words)):
            w, found = self.words[n], words[at + n]
            if found != w and not (self.stars[n] and found.startswith(w)):
                return False
        return True


@dataclasses.dataclass(frozen=True, slots=True)
class StanceCues:
    """Stance phrases indexed by their first word (exact) or its start (starred)."""

    exact: dict[str, tuple[StancePhrase, ...]]
    starts: tuple[tuple[str, StancePhrase], ...]
    start_prefixes: tuple[str, ...]


def _fold(word: str) -> str:
    return normalize(word.strip())


def verb_forms(perfect: str, imperfect: str, participle: str) -> list[tuple[str, str]]:
    """``(form, aspect)`` for the inflections used in news reporting (normalized)."""
    out: list[tuple[str, str]] = []
    if perfect != "-":
        p = _fold(perfect)
        base = p[:-1] if p.endswith(("ي", "ا")) and len(p) > 2 else p
        out += [(p, "perfect"), (base + "ت", "perfect"), (base + "وا", "perfect"),
                (p + "ا" if base == p else base + "يا", "perfect"), (base + "تا", "perfect")]
    if imperfect != "-":
        i = _fold(imperfect)
        stem = i[1:]
        plural = stem[:-1] if stem.endswith("ي") else stem
        for head in ("ي", "ت", "ن"):
            out.append((head + stem, "imperfect"))
        for head in ("ي", "ت"):
            out += [(head + plural + "ون", "imperfect"), (head + stem + "ان", "imperfect")]
        jussive = stem[:-1] if stem.endswith("ي") else (
            stem[:-2] + stem[-1] if len(stem) >= 3 and stem[-2] in "وي" else "")
        if jussive:  # لم ينف، لم يقل، لم يشر
            out += [(head + jussive, "jussive") for head in ("ي", "ت", "ن")]
    if participle != "-":
        m = _fold(participle)
        base = m[:-1] if m.endswith("ا") else m
        out += [(base + "ا", "participle"), (base + "ه", "participle"),
                (base + "ين", "participle")]
    return out


@cache
def cue_forms() -> dict[str, CueForm]:
    """Every written form of every reporting verb, without conjunction.

    A jussive form gives way to a finite form of another verb: «نقل» is the verb نقل
    before it is «(لم) نقل» of قال.
    """
    forms: dict[str, CueForm] = {}
    jussives: dict[str, CueForm] = {}
    for row in resources.tsv(FOLDER + "cue_verbs.tsv"):
        verb = CueVerb(row["perfect"], row["stance"], frozenset(row["frames"].split()))
        for form, aspect in verb_forms(row["perfect"], row["imperfect"], row["participle"]):
            (jussives if aspect == "jussive" else forms).setdefault(form, CueForm(verb, aspect))
    for form, cue in jussives.items():
        forms.setdefault(form, cue)
    return forms


@cache
def written_cues() -> dict[str, tuple[CueForm, str, bool]]:
    """Written word -> (cue form, the form without conjunction, conjoined?), with و/ف."""
    out: dict[str, tuple[CueForm, str, bool]] = {}
    for form, cue in cue_forms().items():
        out.setdefault(form, (cue, form, False))
    for form, cue in cue_forms().items():
        for conjunction in ("و", "ف"):
            out.setdefault(conjunction + form, (cue, form, True))
    return out


@cache
def barrier_forms() -> frozenset[str]:
    """Written cue forms that stop a search for content («نقلا» is no verb there)."""
    return frozenset(written_cues().keys() - function_words()["channel"])


@cache
def word_set(name: str) -> frozenset[str]:
    """A one-word-a-line list, folded."""
    return frozenset(_fold(w) for w in resources.lines(FOLDER + name))


@cache
def function_words() -> dict[str, frozenset[str]]:
    """Closed-class words by role (complementizer, stop, negator, …), folded."""
    roles: dict[str, set[str]] = {}
    for row in resources.tsv(FOLDER + "function_words.tsv"):
        roles.setdefault(row["role"], set()).add(_fold(row["word"]))
    complementizers = roles.setdefault("complementizer", set())
    for word in list(complementizers):
        for ending in ("ه", "ها", "هم", "هما", "هن", "نا", "ني", "ك"):
            complementizers.add(word + ending)
    return {role: frozenset(words) for role, words in roles.items()}


@cache
def stance_cues() -> StanceCues:
    """Content phrases deciding stance under a neutral cue, indexed once."""
    exact: dict[str, list[StancePhrase]] = {}
    starts: list[tuple[str, StancePhrase]] = []
    for row in resources.tsv(FOLDER + "stance_cues.tsv"):
        raw = row["phrase"].split()
        words = tuple(_fold(w.rstrip("*")) for w in raw)
        phrase = StancePhrase(row["kind"], words, tuple(w.endswith("*") for w in raw))
        if phrase.stars[0]:
            starts.append((words[0], phrase))
        else:
            exact.setdefault(words[0], []).append(phrase)
    return StanceCues({k: tuple(v) for k, v in exact.items()}, tuple(starts),
                      tuple(p for p, _ in starts))
