"""Statement drafts: for each cue, what introduces its content, where it starts and ends.

Content starts after the complementiser (أن، إن، بأن، أنه، with من/إلى/على/عن
before it), after a colon, inside a quotation right after the cue or colon
(``direct``), at «عن» for «أعلن عن / تحدث عن», or right after the speaker for a
bare object (نفى صحة الأنباء). It runs to the end of the sentence — past it
while a quotation opened inside is still open — but stops where a sibling
statement starts; a noun-phrase content («عن …», a bare object) stops at the
first comma.
"""

from __future__ import annotations

import dataclasses

from rasd.extract.cues import Cue
from rasd.extract.quotes import is_name
from rasd.extract.speakers import (
    AUTHOR_VERBS,
    COMMAS,
    PREPOSITIONS,
    Phrase,
    author,
    bare,
    phrase_end,
    speaker_after,
    speech_noun,
    subject_before,
    title_led,
)
from rasd.extract.stance import is_wrong
from rasd.extract.statement_lexicon import function_words, written_cues
from rasd.extract.wordsheet import QUOTE_OPENERS, WordSheet

#: How far (words) a cue looks for what introduces its content.
REACH = 24
STRICT_REACH = 6
#: How far «مسؤولية» may follow حمّل (حمّل الوزير الحكومة مسؤولية …).
RESPONS_REACH = 6
#: How far (words) «عن …», «على …», «ب…» may stand from the cue.
FALLBACK_REACH = 5
#: Longest subject (words and marks) kept from a publishing verb (ونشرت قاعدة «حميميم»)
#: and from another cue without content (وأكد شتاينماير | تفهمه …).
PUBLISH_WORDS = 4
FRAME_WORDS = 2
#: Longest speaker set off by a comma before a bare object (نفى X، الاتهامات).
MAX_COMMA_SPEAKER = 8
#: Longest speaker before a bare object (نفى الجيش صحة …).
MAX_NP_SPEAKER = 4
_END_MARKS = frozenset("،,؛;:.!?؟…-–—")


@dataclasses.dataclass(slots=True)
class Draft:
    """A statement before its speaker is resolved."""

    cue: Cue
    speaker: Phrase | None  # None: taken from the previous statement
    content_start: int  # word index
    content_end: int = -1
    direct: bool = False
    np_content: bool = False  # «عن …» or a bare object: ends at a comma
    skip: int = 0  # letters of the first content word left out (the ب of «بمقتل»)
    channel: Phrase | None = None
    via: Draft | None = None


def draft_statements(sheet: WordSheet, cues: list[Cue], entity_starts: frozenset[int],
                     ) -> tuple[list[Draft], list[tuple[int, Phrase]]]:
    """Drafts for the cues that introduce content, and publish-verb subjects.

    ``entity_starts`` holds the source offsets where named entities start.
    """
    channel = function_words()["channel"]
    cue_words = frozenset(i for i, w in enumerate(sheet.words)
                          if w in written_cues() and w not in channel)
    drafts: list[Draft] = []
    frames: list[tuple[int, Phrase]] = []
    for cue in cues:
        draft = None
        if "publish" not in cue.verb.frames:
            continues = cue.conjoined and bool(drafts) \
                and sheet.sentence_start(drafts[-1].cue.i) == sheet.sentence_start(cue.i)
            draft = _draft(sheet, cue, cue_words - {cue.i}, entity_starts, continues)
        if draft is not None:
            drafts.append(draft)
        elif cue.aspect in ("perfect", "imperfect"):
            # «ونشرت قاعدة حميميم تفاصيل …», «وأكد شتاينماير تفهمه …»: no statement,
            # but its subject is who a following «وأوضحت» or «مبينا أن» speaks for.
            reach = PUBLISH_WORDS if "publish" in cue.verb.frames else FRAME_WORDS
            found = speaker_after(sheet, cue.j, min(cue.j + reach, sheet.sentence_end(cue.i)))
            if isinstance(found, tuple):
                frames.append((cue.i, found))
    drafted = {d.cue.i for d in drafts}
    breaks = frozenset(c.i for c in cues if _sibling(sheet, c, c.i in drafted))
    for d in drafts:
        if d.content_end < 0:
            d.content_end = _content_end(sheet, d, breaks)
    for d in drafts:
        outer = (o for o in drafts if o is not d and o.content_start <= d.cue.i < o.content_end)
        d.via = min(outer, key=lambda o: o.content_end - o.content_start, default=None)
    drafts = [d for d in drafts if d.content_end > d.content_start]
    frames = [f for f in frames  # a verb inside reported content frames no one outside it
              if not any(d.content_start <= f[0] < d.content_end for d in drafts)]
    return drafts, frames


def _introducer(sheet: WordSheet, cue: Cue, cue_words: frozenset[int],
                entity_starts: frozenset[int]) -> tuple[str, int] | None:
    """(kind, word index) of what introduces the content: clause, colon, quote, an, bi.

    «عن …» and «على …» (an), or a word with ب (bi, «أفادت بمقتل …»), introduce
    content only when no أن or colon follows («المسؤول عن الملف أن» is a speaker),
    close to the cue and before any comma.
    """
    words = sheet.words
    fw = function_words()
    frames = cue.verb.frames
    end = sheet.sentence_end(cue.i)
    reach = STRICT_REACH if "strict" in frames or cue.aspect == "participle" else REACH
    limit = min(end, cue.j + reach)
    fallback: tuple[str, int] | None = None
    comma = False
    k = cue.j
    while k < limit:
        w = words[k]
        if w in QUOTE_OPENERS and k in sheet.close:
            after = sheet.close[k] + 1
            if k == cue.j and (after >= end or words[after] in _END_MARKS) \
                    and not is_name(sheet, k, sheet.close[k], entity_starts):
                return "quote", k
            k = sheet.close[k] + 1
            continue
        if w == "(" and k in sheet.close:
            k = sheet.close[k] + 1
            continue
        if w == ":":
            return "colon", k
        if w in fw["complementizer"] and words[k - 1] not in fw["not_complementizer"]:
            return "clause", k
        if w in COMMAS:
            comma = True
        if fallback is None and not comma and k - cue.j <= FALLBACK_REACH and k + 1 < end \
                and words[k + 1] not in fw["complementizer"] | fw["not_content"]:
            if (w == "عن" and "an" in frames) or (w == "علي" and "ala" in frames):
                fallback = "an", k
            elif "bi" in frames and k > cue.j and len(w) > 3 and w[0] == "ب" \
                    and w not in fw["complementizer"] and w not in fw["stop"]:
                fallback = "bi", k
        if w in ".!?؟" or k in cue_words or bare(w) in fw["clause_break"]:
            return fallback
        k += 1
    return fallback


def _draft(sheet: WordSheet, cue: Cue, cue_words: frozenset[int],
           entity_starts: frozenset[int], continues: bool = False) -> Draft | None:
    words = sheet.words
    fw = function_words()
    if cue.aspect == "noun":
        return _noun_draft(sheet, cue, cue_words, entity_starts)
    found = _introducer(sheet, cue, cue_words, entity_starts) \
        if cue.verb.frames & {"clause", "an", "ala", "bi"} else None
    if found is None:
        if cue.according:
            return _according_draft(sheet, cue)
        if cue.verb.frames & {"np", "claims", "respons"}:
            return _object_draft(sheet, cue, continues)
        return None
    kind, k = found
    region_end = k
    while region_end > cue.j and (words[region_end - 1] in fw["content_prep"]
                                  or words[region_end - 1] in fw["saying"]
                                  or words[region_end - 1] in COMMAS):
        region_end -= 1
    plain = words[cue.i][1:] if cue.conjoined else words[cue.i]
    if region_end == cue.j and plain in fw["impersonal"]:
        return None  # «يذكر أن …», «ويشار إلى أن …»: the reporter's aside
    speaker, channel = _speaker_and_channel(sheet, cue, cue.j, region_end)
    if speaker is False:
        return None
    if cue.aspect == "participle":
        speaker = None
    draft = Draft(cue, speaker if isinstance(speaker, tuple) else None, k + 1, channel=channel)
    if kind == "an":
        draft.content_start, draft.np_content = k, True
    elif kind == "bi":  # «أفادت الوكالة بمقتل …»: the content leaves out ب
        draft.content_start, draft.np_content, draft.skip = k, True, 1
    elif kind in ("quote", "colon"):
        q = k if kind == "quote" else k + 1
        if q < len(sheet) and words[q] in QUOTE_OPENERS and q in sheet.close:
            draft.content_start, draft.content_end, draft.direct = q + 1, sheet.close[q], True
        elif q < len(sheet) and words[q] in fw["complementizer"]:
            draft.content_start = q + 1
        else:
            draft.direct = kind == "colon"
    return draft


def _speaker_and_channel(sheet: WordSheet, cue: Cue, i: int, j: int,
                         ) -> tuple[Phrase | bool | None, Phrase | None]:
    """Speaker (False: not a statement) and channel from the words between cue and content."""
    words = sheet.words
    fw = function_words()
    channel: Phrase | None = None
    for k in range(i, j):
        w = words[k]
        via_an = w == "عن" and ("channel" in cue.verb.frames
                               or (k > i and words[k - 1] in fw["channel"]))
        if via_an or (w in fw["channel"] and k > i and words[k - 1] == "علي"):
            before = speaker_after(sheet, i, k - (1 if words[k - 1] in fw["channel"] else 0))
            channel = before if isinstance(before, tuple) else None
            i = k + 1
            break
    found = author(sheet, cue.j - 1, j) if "in_noun" in cue.verb.frames and channel is None \
        else speaker_after(sheet, i, j)
    if found is True:
        return None, channel
    if found is None and cue.aspect != "participle" and not cue.conjoined:
        before = subject_before(sheet, cue.i, sheet.sentence_start(cue.i))
        return before, channel
    return found, channel


def _object_draft(sheet: WordSheet, cue: Cue, continues: bool) -> Draft | None:
    """«نفى مصدر صحة الأنباء», «دان الوزير الهجوم»: a bare noun-phrase object.

    ``continues``: the cue is «و» + verb after another statement of its sentence
    («نفت الجماعة …، واتهمت الجيش باستهداف …»), so it has no subject of its own.
    """
    words = sheet.words
    fw = function_words()
    end = sheet.sentence_end(cue.i)
    if cue.i and words[cue.i - 1] in fw["relative"]:
        return None
    stop = _next_comma(sheet, cue.j, end)
    if "respons" in cue.verb.frames and not any(
            bare(w).startswith("مسؤولي") for w in words[cue.j:min(stop, cue.j + RESPONS_REACH)]):
        return None
    svo = None
    if not cue.conjoined and cue.aspect != "participle":
        svo = subject_before(sheet, cue.i, sheet.sentence_start(cue.i))
    if svo is False:
        return None
    speaker: Phrase | None = svo if isinstance(svo, tuple) else None
    start = cue.j
    first = words[cue.j] if cue.j < stop else ""
    if speaker is None and cue.aspect != "participle" and not continues \
            and first not in fw["claims"] and bare(first) not in fw["claims"]:
        if stop < end and stop - cue.j <= MAX_COMMA_SPEAKER and words[stop] in COMMAS:
            np_end, start = phrase_end(sheet, cue.j, stop), stop + 1
            stop = _next_comma(sheet, start, end)
            while stop < end and start < stop and (title_led(sheet, start)  # «، محامية X،»
                                                   or words[start] in fw["stop"]):  # «، في بيان،»
                start = stop + 1
                stop = _next_comma(sheet, start, end)
        else:
            np_end = min(phrase_end(sheet, cue.j, stop), cue.j + MAX_NP_SPEAKER)
            for k in range(cue.j + 1, np_end):
                if words[k] in fw["claims"] or bare(words[k]) in fw["claims"] \
                        or words[k][0] in "بم" or is_wrong(words[k]):
                    np_end = k
                    break
                if _nisba(words[k]) and (k > cue.j + 1 or not title_led(sheet, cue.j)):
                    # «الجيش الإسرائيلي | حماس», «وزير الخارجية الإيراني | واشنطن»
                    np_end = k + 1
                    break
            start = _after_speech_pp(sheet, np_end, stop)
        if np_end > cue.j:
            speaker = (sheet.starts[cue.j], sheet.ends[np_end - 1])
    if "claims" in cue.verb.frames and not (start < stop and (
            words[start] in fw["claims"] or bare(words[start]) in fw["claims"])):
        return None
    if start >= stop:
        return None
    return Draft(cue, speaker, start, np_content=True)


def _after_speech_pp(sheet: WordSheet, k: int, stop: int) -> int:
    """Past «في بيان (له) (نشرته على موقعها)» between a speaker and a bare object."""
    words = sheet.words
    if not (k + 1 < stop and words[k] == "في" and speech_noun(words[k + 1])):
        return k
    k += 2
    if k < stop and words[k].startswith("ل"):  # «في بيان لها»
        k += 1
    if k < stop and words[k] in AUTHOR_VERBS:  # «نشرته على موقعها»
        k += 1
        if k + 1 < stop and words[k] in PREPOSITIONS:
            k += 2
    return k


def _according_draft(sheet: WordSheet, cue: Cue) -> Draft | None:
    """«قتل ثلاثة، وفق ما ذكرت وكالة X» (content before) or «وبحسب ما أعلن X، فإن …»."""
    words = sheet.words
    fw = function_words()
    end = sheet.sentence_end(cue.i)
    stop = _next_comma(sheet, cue.j, end)
    speaker = speaker_after(sheet, cue.j, stop)
    if not isinstance(speaker, tuple):
        return None
    after = stop + 1
    if stop < end and after < end and words[after] in ("فان", *fw["complementizer"]):
        return Draft(cue, speaker, after + 1)
    first = sheet.sentence_start(cue.i)
    a = cue.i - 1
    while a > first and (words[a] in ("ما", "لما") or words[a] in fw["according"]):
        a -= 1
    a += 1
    b = a
    while b > first and words[b - 1] in _END_MARKS:
        b -= 1
    if b <= first:
        return None
    return Draft(cue, speaker, first, content_end=b)


def _nisba(word: str) -> bool:
    """A definite relational adjective (الإيراني، الروسية) that closes a name."""
    return word.startswith("ال") and len(word) > 4 and word.endswith(("ي", "يه"))


def _next_comma(sheet: WordSheet, i: int, end: int) -> int:
    words = sheet.words
    while i < end and words[i] not in COMMAS and words[i] not in ".!?؟":
        if i in sheet.close:
            i = min(sheet.close[i], end - 1)
        i += 1
    return i


def _noun_draft(sheet: WordSheet, cue: Cue, cue_words: frozenset[int],
                entity_starts: frozenset[int]) -> Draft | None:
    """«بيان منسوب لبشار الأسد: غادرت …»: the author, then a colon or أن."""
    found = _introducer(sheet, cue, cue_words, entity_starts)
    if found is None or found[0] not in ("colon", "clause"):
        return None
    k = found[1]
    author = speaker_after(sheet, cue.i, k)
    if not isinstance(author, tuple):
        return None
    return Draft(cue, author, k + 1, direct=found[0] == "colon")


def _content_end(sheet: WordSheet, d: Draft, breaks: frozenset[int]) -> int:
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
    while b > d.content_start and (words[b - 1] in _END_MARKS or words[b - 1] in fw["connective"]
                                   or words[b - 1] in fw["complementizer"]
                                   or words[b - 1] in fw["not_complementizer"]):
        b -= 1
    return b


def _sibling(sheet: WordSheet, cue: Cue, drafted: bool) -> bool:
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
                        or (prev in fw["complementizer"] and cue.i > 1
                        and sheet.words[cue.i - 2] in fw["not_complementizer"]))
