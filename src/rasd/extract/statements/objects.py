"""Drafts without أن: a bare object (نفى صحة الأنباء، دان الهجوم) and «وفق ما ذكرت X».

A denial, accusation or condemnation often takes its object directly. After
the verb comes the speaker, then the object: the speaker ends at a comma (not one
before a sibling cue: «نفى X وجود …، مشددا»), at a
claims noun (صحة، الاتهامات), at a word with ب/م, at a wrong (الهجوم), or after a
relational adjective that closes a name («الجيش الإسرائيلي | حماس»). «وفق ما
ذكرت وكالة X» attributes the clause before it (or the «فإن …» clause after it).
"""

from __future__ import annotations

from rasd.extract.statements.cues import Cue
from rasd.extract.statements.draft import END_MARKS, Draft
from rasd.extract.statements.lexicon import barrier_forms, function_words
from rasd.extract.statements.speakers import (
    COMMAS,
    Phrase,
    bare,
    phrase_end,
    referred_author,
    speaker_after,
    speech_noun,
    subject_before,
    title_led,
)
from rasd.extract.statements.stance import is_wrong
from rasd.extract.statements.wordsheet import WordSheet

#: How far (words and marks) «مسؤولية» may follow حمّل (حمّل الوزير، X، الحكومة مسؤولية …).
RESPONS_REACH = 12
#: Longest speaker set off by a comma before a bare object (نفى X، الاتهامات).
MAX_COMMA_SPEAKER = 8
#: Longest speaker before a bare object (نفى الجيش صحة …).
MAX_NP_SPEAKER = 4


def object_draft(sheet: WordSheet, cue: Cue, continues: bool) -> Draft | None:
    """«نفى مصدر صحة الأنباء», «دان الوزير الهجوم»: a bare noun-phrase object.

    ``continues``: the cue is «و» + verb after another statement of its sentence
    («نفت الجماعة …، واتهمت الجيش باستهداف …»), so it has no subject of its own.
    """
    words = sheet.words
    fw = function_words()
    end = sheet.sentence_end(cue.i)
    if cue.i and words[cue.i - 1] in fw["relative"]:
        return None
    stop = next_comma(sheet, cue.j, end)
    if "respons" in cue.verb.frames and not any(  # past a speaker's apposition too
            bare(w).startswith("مسؤولي") for w in words[cue.j:min(end, cue.j + RESPONS_REACH)]):
        return None
    svo = None
    if not cue.conjoined and cue.aspect != "participle":
        svo = subject_before(sheet, cue.i, sheet.sentence_start(cue.i))
    if svo is False:
        return None
    speaker: Phrase | None = svo if isinstance(svo, tuple) else None
    start = cue.j
    if speaker is None and (referred := referred_author(sheet, cue.j)) is not None:
        speaker, start = referred, cue.j + 1  # «بيان أصدرته اللجنة، اتهمت فيه الوزارة بـ…»
    first = words[cue.j] if cue.j < stop else ""
    np_start = cue.j
    if speaker is None and start == cue.j and cue.aspect != "participle" and not continues \
            and first not in fw["claims"] and bare(first) not in fw["claims"]:
        if stop < end and stop - cue.j <= MAX_COMMA_SPEAKER and words[stop] in COMMAS \
                and stop + 1 < end and words[stop + 1] not in barrier_forms() \
                and words[stop + 1] not in fw["connective"] \
                and not _object_before(sheet, cue.j, stop):
            np_end, start = phrase_end(sheet, cue.j, stop), stop + 1
            stop = next_comma(sheet, start, end)
            if stop < end and words[stop] in COMMAS and title_led(sheet, cue.j) \
                    and sheet.starts[start] in sheet.person_starts:
                np_start, np_end = start, stop  # «حمّل النائب عن X، كاظم الفرطوسي، …»: the name
                start = stop + 1
                stop = next_comma(sheet, start, end)
            while stop < end and start < stop and (title_led(sheet, start)  # «، محامية X،»
                                                   or words[start] in fw["stop"]):  # «، في بيان،»
                start = stop + 1
                stop = next_comma(sheet, start, end)
        elif (named := _named_end(sheet, cue.j, stop)) is not None:
            np_end = named  # «حمّل رئيس الحكومة نجيب ميقاتي | المعارضة مسؤولية …»
            start = _after_speech_pp(sheet, np_end, stop)
        elif "named_np" in cue.verb.frames:
            return None  # «أعلن الرئيس حالة الطوارئ»: no name to end the speaker
        else:
            np_end = min(phrase_end(sheet, cue.j, stop), cue.j + MAX_NP_SPEAKER)
            closed = False  # an indefinite head's genitive chain has ended (زعيم المعارضة)
            for k in range(cue.j + 1, np_end):
                if closed and words[k].startswith("ال") and not _nisba(words[k]):
                    np_end = k  # «اتهم زعيم المعارضة | الحكومة بـ…»
                    break
                if words[k] in fw["claims"] or bare(words[k]) in fw["claims"] \
                        or (words[k][0] in "بم" and words[k] not in fw["title_link"]) \
                        or is_wrong(words[k]):
                    np_end = k
                    break
                if _nisba(words[k]) and (k > cue.j + 1 or not title_led(sheet, cue.j)):
                    # «الجيش الإسرائيلي | حماس», «وزير الخارجية الإيراني | واشنطن»
                    np_end = k + 1
                    break
                closed = closed or (not words[cue.j].startswith("ال")
                                    and words[k].startswith(("ال", "لل")))
            if np_end == cue.j + 2 and np_end < stop and words[np_end][0] == "ب" \
                    and all(w.startswith("ال") for w in words[cue.j:np_end]) \
                    and not _nisba(words[cue.j + 1]) and not title_led(sheet, cue.j):
                np_end = cue.j + 1  # «اتهمت السلطات | المعارضة بالتحريض»
            start = _after_speech_pp(sheet, np_end, stop)
        if np_end > np_start:
            speaker = (sheet.starts[np_start], sheet.ends[np_end - 1])
    while start < stop and (start in sheet.timed
                            or (words[start] == "في" and start + 1 in sheet.timed)):
        start += 1  # «أعلنت …، في 12 رمضان، إحباط …»: the date is not what was said
    if "claims" in cue.verb.frames and not (start < stop and (
            words[start] in fw["claims"] or bare(words[start]) in fw["claims"])):
        return None
    if start >= stop or words[start] in fw["preposition"]:
        return None  # «وجاء نفي الوزير ردا على …»: an object is a noun, not «على …»
    return Draft(cue, speaker, start, np_content=True)


def _named_end(sheet: WordSheet, i: int, stop: int) -> int | None:
    """End of the speaker when a named entity stands among the first words after a cue:
    the entity's end, or its start when a bare definite noun before it is the speaker.

    A place or organization after a phrase closed by a relational adjective is the
    object, not the speaker: «اتهم وزير الخارجية الإيراني | واشنطن».
    """
    for k in range(i, min(i + MAX_NP_SPEAKER, stop)):
        if k > i and _nisba(sheet.words[k - 1]) and sheet.starts[k] not in sheet.person_starts:
            return None
        end = sheet.entity_end(k)
        if end is not None and i < k <= i + 2 and bare(sheet.words[i]) != sheet.words[i] \
                and not title_led(sheet, i) and not sheet.words[i + 1].startswith("ال"):
            return i + 1  # «اتهم الجيش | (حركة) الشباب بـ»: a definite noun, then the object
        if end is not None and end < stop:
            return end
    return None


def _object_before(sheet: WordSheet, i: int, stop: int) -> bool:
    """«نفت قوات الدعم السريع في بيان استهداف المدنيين،»: words are left between a named
    speaker (or any speaker closed by «في بيان») and the comma: the object; the comma sets
    off no speaker."""
    named = _named_end(sheet, i, stop)
    end = named if named is not None else phrase_end(sheet, i, stop)
    after = _after_speech_pp(sheet, end, stop)
    return end < stop and (named is not None or after > end) and after < stop


def _after_speech_pp(sheet: WordSheet, k: int, stop: int) -> int:
    """Past «في بيان (له) (نشرته على موقعها)» between a speaker and a bare object."""
    words = sheet.words
    if not (k + 1 < stop and words[k] == "في" and speech_noun(words[k + 1])):
        return k
    k += 2
    if k < stop and words[k].startswith("ل"):  # «في بيان لها»
        k += 1
    fw = function_words()
    if k < stop and words[k] in fw["author_verb"]:  # «نشرته على موقعها»
        k += 1
        if k + 1 < stop and words[k] in fw["preposition"]:
            k += 2
    return k


def according_draft(sheet: WordSheet, cue: Cue) -> Draft | None:
    """«قتل ثلاثة، وفق ما ذكرت وكالة X» (content before) or «وبحسب ما أعلن X، فإن …»."""
    words = sheet.words
    fw = function_words()
    end = sheet.sentence_end(cue.i)
    stop = next_comma(sheet, cue.j, end)
    speaker = speaker_after(sheet, cue.j, stop)
    if not isinstance(speaker, tuple):
        return None
    after = stop + 1
    if stop < end and after < end and (
            words[after] == "فان" or words[after] in fw["complementizer"]):
        return Draft(cue, speaker, after + 1)
    first = sheet.sentence_start(cue.i)
    a = cue.i - 1
    while a > first and (words[a] in ("ما", "لما") or words[a] in fw["according"]):
        a -= 1
    a += 1
    b = a
    while b > first and words[b - 1] in END_MARKS:
        b -= 1
    if b <= first:
        return None
    return Draft(cue, speaker, first, content_end=b)


def _nisba(word: str) -> bool:
    """A definite relational adjective (الإيراني، الروسية) that closes a name."""
    return word.startswith("ال") and len(word) > 4 and word.endswith(("ي", "يه"))


def next_comma(sheet: WordSheet, i: int, end: int) -> int:
    words = sheet.words
    while i < end and words[i] not in COMMAS and words[i] not in ".!?؟":
        if i in sheet.close:
            i = min(sheet.close[i], end - 1)
        i += 1
    return i
