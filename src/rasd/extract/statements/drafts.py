"""Statement drafts: for each cue, what introduces its content and who speaks.

Content starts after the complementiser (أن، إن، بأن، أنه، with من/إلى/على/عن
before it), after a colon, inside a quotation right after the cue or colon
(``direct``), at «عن …»/«على …» (أعلن عن، شدد على), after the ب of «أفاد بمقتل»,
or after the speaker for a bare object (:mod:`rasd.extract.statements.objects`). The words
between the cue and the content hold the speaker and the channel («نقلت X عن
Y»). Where contents end is :mod:`rasd.extract.statements.contents`; a draft inside
another's content is nested in it (``via``).
"""

from __future__ import annotations

from functools import cache

from rasd.extract.statements.contents import content_end, sibling
from rasd.extract.statements.cues import Cue, spelled_cues
from rasd.extract.statements.draft import END_MARKS, Draft
from rasd.extract.statements.lexicon import barrier_forms, function_words
from rasd.extract.statements.objects import according_draft, next_comma, object_draft
from rasd.extract.statements.quotes import is_name
from rasd.extract.statements.speakers import (
    COMMAS,
    Phrase,
    author,
    bare,
    in_aside,
    name_ali,
    referred_author,
    speaker_after,
    subject_before,
)
from rasd.extract.statements.wordsheet import QUOTE_OPENERS, WordSheet

#: How far (words) a cue looks for what introduces its content.
REACH = 24
STRICT_REACH = 6
#: How far (words) «عن …», «على …», «ب…» may stand from the cue.
FALLBACK_REACH = 5
#: Longest subject (words and marks) kept from a publishing verb (ونشرت قاعدة «حميميم»)
#: and from another cue without content (وأكد شتاينماير | تفهمه …).
PUBLISH_WORDS = 4
FRAME_WORDS = 2


def draft_statements(sheet: WordSheet, cues: list[Cue],
                     ) -> tuple[list[Draft], list[tuple[int, Phrase]]]:
    """Drafts for the cues that introduce content, and the subjects of cues without one."""
    barriers = barrier_forms()
    nouns = function_words()["noun_before"]
    cue_words = frozenset(i for i in sheet.positions(spelled_cues())  # barriers are cues
                          if sheet.words[i] in barriers and not (i and sheet.words[i - 1] in nouns))
    drafts: list[Draft] = []
    frames: list[tuple[int, Phrase]] = []
    for cue in cues:
        draft = None
        if "publish" not in cue.verb.frames:
            continues = cue.conjoined and bool(drafts) \
                and sheet.sentence_start(drafts[-1].cue.i) == sheet.sentence_start(cue.i)
            draft = _draft(sheet, cue, cue_words, continues)  # looks past the cue only
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
    breaks = frozenset(c.i for c in cues if sibling(sheet, c, c.i in drafted))
    for d in drafts:
        if d.content_end < 0:
            d.content_end = content_end(sheet, d, breaks)
    for d in drafts:
        outer = (o for o in drafts if o is not d and o.content_start <= d.cue.i < o.content_end)
        d.via = min(outer, key=lambda o: o.content_end - o.content_start, default=None)
    quoted = [d for d in drafts if _quoted(sheet, d)]
    for d in drafts:
        seen = {id(d)}
        while d.via is not None and any(d.via is q for q in quoted):
            seen.add(id(d.via))
            d.via = d.via.via if d.via.via is not None and id(d.via.via) not in seen else None
    drafts = [d for d in drafts if d.content_end > d.content_start
              and not any(d is q for q in quoted)]
    frames = [f for f in frames  # a verb inside reported content frames no one outside it
              if not any(d.content_start <= f[0] < d.content_end for d in drafts)]
    return drafts, frames


def _introducer(sheet: WordSheet, cue: Cue, cue_words: frozenset[int],
                ) -> tuple[str, int] | None:
    """(kind, word index) of what introduces the content: clause, colon, quote, an, bi, ila.

    «عن …» and «على …» (an), «إلى …» or «من …» (ila: حذر من …) or a word with ب (bi,
    «أفادت بمقتل …») introduce content only when no أن or colon follows («المسؤول عن الملف
    أن» is a speaker), close to the cue and before any comma but that of an attribution
    aside («وحذر الوزير، بحسب البيان، من …»).
    """
    words = sheet.words
    fw = function_words()
    complementizers, according, asides = fw["complementizer"], fw["according"], fw["aside"]
    not_complementizer, clause_break = fw["not_complementizer"], fw["clause_break"]
    frames = cue.verb.frames
    end = sheet.sentence_end(cue.i)
    reach = STRICT_REACH if "strict" in frames or cue.aspect == "participle" else REACH
    limit = min(end, cue.j + reach)
    fallback: tuple[str, int] | None = None
    comma = False
    skipped = 0  # words of an attribution aside
    k = cue.j
    while k < limit:
        w = words[k]
        if w in QUOTE_OPENERS and k in sheet.close:
            after = sheet.close[k] + 1
            if k == cue.j and (after >= end or words[after] in END_MARKS) \
                    and not is_name(sheet, k, sheet.close[k]):
                return "quote", k
            k = sheet.close[k] + 1
            continue
        if w == "(" and k in sheet.close:
            k = sheet.close[k] + 1
            continue
        if w == ":":
            return "colon", k
        if w in complementizers and words[k - 1] not in not_complementizer:
            return "clause", k
        if w in COMMAS and k + 1 < limit and (words[k + 1] in according
                                              or words[k + 1] in asides
                                              or sheet.starts[k + 1] in sheet.person_starts):
            # «، بحسب البيان،», «، طلب عدم …،», «، ستيفان دوجاريك،»: asides and apposition
            aside = next_comma(sheet, k + 1, end)
            if aside < end and words[aside] in COMMAS:
                skipped += aside + 1 - k
                k = aside + 1
                continue
        if w in COMMAS:
            comma = True
        if fallback is None and not comma \
                and sheet.span_words(cue.j, k) - skipped <= FALLBACK_REACH \
                and k + 1 < end \
                and words[k + 1] not in _no_content():
            if (w == "عن" and "an" in frames) or (w == "علي" and "ala" in frames):
                fallback = "an", k
            elif (w == "الي" and "ila" in frames) or (w == "من" and "min" in frames):
                fallback = "ila", k
            elif "bi" in frames and (k > cue.j or cue.aspect == "participle") \
                    and len(w) > 3 and w[0] == "ب" \
                    and w not in complementizers and w not in fw["stop"]:
                fallback = "bi", k
        if w in ".!?؟" or k in cue_words or bare(w) in clause_break:
            return fallback
        k += 1
    return fallback


@cache
def _no_content() -> frozenset[str]:
    """Words after «عن», «على», «من» that show they introduce no content (أن، …)."""
    fw = function_words()
    return fw["complementizer"] | fw["not_content"]


def _draft(sheet: WordSheet, cue: Cue, cue_words: frozenset[int],
           continues: bool = False) -> Draft | None:
    words = sheet.words
    fw = function_words()
    if cue.aspect == "noun":
        return _noun_draft(sheet, cue, cue_words)
    if in_aside(sheet, cue.i):
        return None  # «نفى مصدر، تحدث إلى موقع «الأخبار»، أن …»: the aside says nothing
    found = _introducer(sheet, cue, cue_words) \
        if cue.verb.frames & {"clause", "an", "ala", "bi", "ila"} else None
    if found is None:
        if cue.according:
            return according_draft(sheet, cue)
        if cue.verb.frames & {"np", "named_np", "claims", "respons"}:
            return object_draft(sheet, cue, continues)
        return None
    kind, k = found
    if cue.negated and kind in ("an", "bi", "ila"):
        return None  # «ولم تشر الوكالة إلى …», «لم يكشف عن …»: nothing was said
    region_end = k
    while region_end > cue.j and ((words[region_end - 1] in fw["content_prep"]
                                   and not name_ali(sheet, region_end - 1))
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
    elif speaker is None:
        speaker = referred_author(sheet, cue.j)  # «بيان أصدرته اللجنة، أكدت فيه أن …»
    draft = Draft(cue, speaker if isinstance(speaker, tuple) else None, k + 1, channel=channel)
    if kind == "an":
        draft.content_start, draft.np_content = k, True
    elif kind == "bi":  # «أفادت الوكالة بمقتل …»: the content leaves out ب
        draft.content_start, draft.np_content, draft.skip = k, True, 1
    elif kind == "ila":  # «أشارت الوكالة إلى مقتل …»: and إلى
        draft.content_start, draft.np_content = k + 1, True
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


def _noun_draft(sheet: WordSheet, cue: Cue, cue_words: frozenset[int]) -> Draft | None:
    """«بيان منسوب لبشار الأسد: غادرت …»: the author, then a colon or أن."""
    found = _introducer(sheet, cue, cue_words)
    if found is None or found[0] not in ("colon", "clause"):
        return None
    k = found[1]
    author = speaker_after(sheet, cue.i, k)
    if not isinstance(author, tuple):
        return None
    return Draft(cue, author, k + 1, direct=found[0] == "colon")


def _quoted(sheet: WordSheet, d: Draft) -> bool:
    """Whether the cue of ``d`` lies in a quotation opened after the cue of a draft it is
    nested in: a cue in a speaker's own quoted words («قال إن «الحكومة تدين الهجوم»») is
    part of what they said."""
    outer, seen = d.via, {id(d)}
    while outer is not None and id(outer) not in seen:  # contents may overlap: via can cycle
        if any(outer.cue.i < o < d.cue.i < c for o, c in sheet.close.items()
               if sheet.words[o] in QUOTE_OPENERS):
            return True
        seen.add(id(outer))
        outer = outer.via
    return False
