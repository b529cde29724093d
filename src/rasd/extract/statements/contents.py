"""Where a content ends: the sentence end, a closing quotation, or a sibling statement.

A content runs to the end of its sentence, past it while a quotation opened
inside is still open, but stops where a sibling statement starts («، موضحا
أن», «فيما كشف», «وزاد:», «، بينما رفض …»); a noun-phrase content («عن …», a
bare object) stops at the first comma, and any content at an attribution tail
(«، وفقا لأحدث تقديراتها»).
"""

from __future__ import annotations

from rasd.extract.statements.cues import Cue
from rasd.extract.statements.draft import END_MARKS, Draft
from rasd.extract.statements.lexicon import function_words
from rasd.extract.statements.speakers import COMMAS, bare
from rasd.extract.statements.wordsheet import QUOTE_OPENERS, WordSheet


def content_end(sheet: WordSheet, d: Draft, breaks: frozenset[int]) -> int:
    """Where the content of ``d`` ends (exclusive word index)."""
    words = sheet.words
    fw = function_words()
    k = d.content_start
    if k >= len(sheet):
        return k
    end = sheet.sentence_end(k)
    while k < end:
        w = words[k]
        if k in sheet.close and (w in QUOTE_OPENERS or w == "("):
            closing = sheet.close[k]
            if closing >= end:
                end = sheet.sentence_end(closing) if closing + 1 < len(sheet) else len(sheet)
            k = closing + 1
            continue
        if k in breaks and k != d.cue.i:
            end = k
            break
        if w in COMMAS and (d.np_content or (k + 1 < end and words[k + 1] in fw["according"])):
            end = k  # «، وفقا لأحدث تقديراتها» is the reporter's attribution
            break
        k += 1
    b = end
    while b > d.content_start and (words[b - 1] in END_MARKS or words[b - 1] in fw["connective"]
                                   or words[b - 1] in fw["complementizer"]
                                   or words[b - 1] in fw["not_complementizer"]
                                   or words[b - 1] in fw["clause_break"]):
        b -= 1
    return b


def sibling(sheet: WordSheet, cue: Cue, drafted: bool) -> bool:
    """Whether ``cue`` starts a new clause that ends the content before it.

    A participle, or a verb after a comma and و or a connective, always does
    («، مؤكدا وقوف …», «، بينما رفض الكرملين التعليق»);
    a cue with content of its own does after و, a comma or a connective
    («وزاد:», «فيما كشف»), not when it sits inside the content («إن Y أعلن أن»).
    """
    fw = function_words()
    prev = sheet.words[cue.i - 1] if cue.i else ""
    if cue.aspect == "participle" or (prev in COMMAS and cue.conjoined):
        return True
    if prev in fw["connective"] and cue.i > 1 and sheet.words[cue.i - 2] in COMMAS:
        return True  # «، بينما رفض الكرملين التعليق»
    return drafted and (cue.conjoined or prev in COMMAS or prev in fw["connective"]
                        or bare(prev) in fw["clause_break"]  # «، لكنها قالت إن»
                        or (prev in fw["complementizer"] and cue.i > 1
                        and sheet.words[cue.i - 2] in fw["not_complementizer"]))
