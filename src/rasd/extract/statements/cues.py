"""Cue words of reported speech, found by one dictionary lookup per word.

A cue is a reporting verb in any inflection, with or without the conjunction
و/ف (left out of the cue span): أعلن، وأعلنت، يعلن، تعلن، مؤكدا، موضحة. Participles
count only where they open a clause («، مضيفا أن»). «ورد في بيان» is one cue.
A negator right before the verb (لم ينف) is recorded; «وفق ما ذكرت» marks an
attribution whose content may stand before it.
"""

from __future__ import annotations

from functools import cache

from rasd.extract.statements.lexicon import CueVerb, function_words, word_set, written_cues
from rasd.extract.statements.speakers import bare
from rasd.extract.statements.wordsheet import WordSheet

_TANWEEN = frozenset("\u064c\u064d")  # damm and kasr: a noun or adjective, never a cue
_FATHATAN = "\u064b"  # fath: an accusative noun, or a participle cue; never a finite verb


class Cue:
    """A cue found in a text: word ``i`` (to word ``j``) and what it can take. Read-only by
    convention; a plain class, not a dataclass: compiled, it is built several times faster."""

    __slots__ = ("according", "aspect", "conjoined", "i", "j", "negated", "start", "verb")

    def __init__(self, i: int, j: int, start: int, verb: CueVerb, aspect: str, conjoined: bool,
                 negated: bool = False, according: bool = False) -> None:
        self.i = i
        self.j = j
        self.start = start  # normalized offset of the cue, after a conjunction
        self.verb = verb
        self.aspect = aspect  # perfect | imperfect | jussive | participle | noun
        self.conjoined = conjoined  # written with و/ف
        self.negated = negated
        self.according = according  # «وفق ما ذكرت X», «كما قال X»

    def __repr__(self) -> str:
        return f"Cue({self.i}, {self.j}, {self.verb.lemma!r}, {self.aspect})"


def _introduces(sheet: WordSheet, k: int) -> bool:
    """Whether word ``k`` opens content: «قائلا: …», «مضيفا أن …»."""
    if k >= len(sheet):
        return False
    w = sheet.words[k]
    return w in (":", "«", '"', "“") or w in function_words()["complementizer"]


def find_cues(sheet: WordSheet) -> list[Cue]:
    """Every cue of the text, in order."""
    written_forms = written_cues()
    fw = function_words()
    evidence = word_set("non_speakers.txt")
    out: list[Cue] = []
    for i in sheet.positions(spelled_cues()):
        word = sheet.words[i]
        hit = written_forms.get(word)
        if hit is None and word.endswith("ه") and _after_according(sheet, i):
            hit = written_forms.get(word[:-1])  # «وفقا لما أعلنته الوزارة»
        if hit is None:
            continue
        form, written, conjoined = hit
        verb, aspect = form.verb, form.aspect
        marks = set(sheet.source[sheet.starts[i]:sheet.ends[i]])
        if _TANWEEN & marks or (_FATHATAN in marks and aspect != "participle"):
            continue  # «بينٌ» (clear), «حذراً» (cautious); a participle takes fath: «مؤكدًا»
        prev = sheet.words[i - 1] if i else ""
        if written in fw["channel"] or prev in fw["noun_before"]:
            continue  # «نقلا عن» is not the verb نقل, «عدم ذكر اسمه» no verb at all
        if bare(prev) in evidence or prev in evidence or bare(prev) in fw["claims"]:
            continue  # «أنباء تحدثت عن …», «تقارير أفادت بأن …»: evidence, not a speaker
        if len(prev) > 2 and prev[0] in "وف" and prev[1:] in fw["negator"]:
            prev = prev[1:]  # «ولم ينف»
        j = i + 1
        if "in_noun" in verb.frames:
            if not (i + 2 < len(sheet) and sheet.words[i + 1] == "في"
                    and bare(sheet.words[i + 2]) in word_set("speech_nouns.txt")):
                continue
            j = i + 3
        if aspect == "participle" and not (conjoined or not prev[:1].isalnum()
                                           or i == sheet.sentence_start(i)
                                           or _introduces(sheet, i + 1)):
            continue
        if aspect == "jussive" and prev != "لم":
            continue
        before = sheet.words[i - 2] if i > 1 else ""
        according = prev in fw["according"] or (
            prev in ("ما", "لما") and before in fw["according"])
        negated = not according and not conjoined and prev in fw["negator"]
        start = sheet.after_letters(i, 1) if conjoined else sheet.starts[i]
        out.append(Cue(i, j, start, verb, aspect, conjoined, negated, according))
    return out


@cache
def spelled_cues() -> frozenset[str]:
    """Written cue forms, also with the object pronoun «ـه» (أعلنته): the words worth a look."""
    forms = written_cues().keys()
    return frozenset(forms | {form + "ه" for form in forms})


def _after_according(sheet: WordSheet, i: int) -> bool:
    """Whether word ``i`` follows «وفقا لما», «حسبما» (its verb may carry «ـه»)."""
    according = function_words()["according"]
    return i > 0 and (sheet.words[i - 1] in according or (
        i > 1 and sheet.words[i - 1] in ("ما", "لما") and sheet.words[i - 2] in according))


def find_noun_cues(sheet: WordSheet) -> list[Cue]:
    """«بيان منسوب لبشار الأسد: …», «تصريح صادر عن الوزارة: …» at a sentence start."""
    nouns = word_set("speech_nouns.txt")
    attributed = function_words()["attributed"]
    out = []
    for s_end in [0, *sheet.sentence_ends]:
        i = sheet.word_at(s_end)
        if i + 2 >= len(sheet):
            continue
        word = sheet.words[i]
        conjoined = word[0] in "وف" and bare(word[1:]) in nouns
        if not (bare(word) in nouns or conjoined) or sheet.words[i + 1] not in attributed:
            continue
        verb = CueVerb(word[1:] if conjoined else word, "assert", frozenset({"clause"}))
        start = sheet.after_letters(i, 1) if conjoined else sheet.starts[i]
        out.append(Cue(i, i + 1, start, verb, "noun", conjoined))
    return out
