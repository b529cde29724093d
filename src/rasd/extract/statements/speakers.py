"""Who speaks: the subject noun phrase of a reporting verb, and what it refers to.

Arabic news names the speaker after the verb (VSO: «وأعلنت وزارة الدفاع
الروسية أن») or before it (SVO: «موسكو تتحدث عن», «وكانت الوزارة أعلنت»). The
phrase ends at a comma, a preposition or a time word («في بيان», «أمس»); of
a title and a name in apposition («نائب وزير الخارجية، سيرغي ريابكوف،») the
name is kept. A statement noun as subject («بيان أصدرته الوزارة») yields its
author. Short definite mentions («الوزارة», «المصدر», «الأسد») are resolved to
an earlier speaker that contains them.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from rasd.extract.entities.lexicon import word_set as entity_word_set
from rasd.extract.statements.lexicon import cue_forms, function_words, word_set
from rasd.extract.statements.wordsheet import QUOTE_OPENERS, WordSheet

COMMAS = frozenset("،,؛;")
#: Longest name (with its rank) set off by commas after a title phrase (words).
MAX_NAME = 5
#: Longest subject accepted before a verb (words).
MAX_SVO = 7
Phrase = tuple[int, int]  # source character offsets


def common_words() -> frozenset[str]:
    """Ordinary words of news text (from the entities layer's data), folded."""
    return entity_word_set("common_words.txt")


@lru_cache(maxsize=65536)
def bare(word: str) -> str:
    """A word without a leading conjunction and article: «والوزارة» → «وزاره»."""
    if len(word) > 3 and word[0] in "وف" and word[1:3] == "ال":
        word = word[1:]
    if len(word) > 3 and word.startswith("ال"):
        word = word[2:]
    return word


def _without_conjunction(word: str) -> str:
    """«والوزارة» → «الوزارة», «ومصدر» → «مصدر», but «وزارة», «وكالة», «فريق» stay whole:
    a leading و/ف is a conjunction only when the word as written is no word of its own."""
    if word[0] not in "وف" or len(word) < 2:
        return word
    rest = word[1:]
    definite = rest.startswith("ال") and len(rest) > 3  # «والحكومة», not «والي»
    if definite or (len(word) > 3 and word not in common_words()) or _is_stop(rest):
        return rest
    return word


@lru_cache(maxsize=65536)
def speech_noun(word: str) -> bool:
    """«بيان», «البيان», «بيانا», «بيانه»: a noun that carries speech."""
    nouns = word_set("speech_nouns.txt")
    b = bare(word)
    return b in nouns or any(b.endswith(end) and b[:-len(end)] in nouns
                             for end in ("ا", "ه", "ها", "هم", "نا"))


def _addressee(word: str) -> bool:
    """«لوكالة», «له», «لـ«الشرق الأوسط»»: a listener, not part of the speaker."""
    if word == "ل":
        return True
    if word.startswith("لل"):
        return word[2:] in function_words()["addressee"]
    return word.startswith("ل") and word[1:] in function_words()["addressee"]


@lru_cache(maxsize=65536)
def _is_stop(word: str) -> bool:
    """Whether a word ends (or, first, rules out) a speaker phrase."""
    if not word:
        return True  # a lone clitic folded away («و تتهم»)
    fw = function_words()
    if len(word) > 2 and word[0] in "وف" and (word[1:] in fw["stop"] or word[1:] in fw["negator"]):
        return True  # «ولا», «فيجب»
    return (word[0].isdigit() or word in fw["stop"] or word in fw["preposition"]
            or word in fw["negator"]
            or word in fw["complementizer"]
            or _addressee(word) or word in fw["relative"] or word in fw["channel"]
            or word in fw["according"])


def phrase_end(sheet: WordSheet, i: int, j: int) -> int:
    """End (word index) of a noun phrase starting at word ``i``, at most ``j``."""
    if i >= j:
        return i
    words = sheet.words
    k = i + 1
    located = bare(words[i]) not in word_set("anonymous_sources.txt")
    while k < j:
        w = words[k]
        if w in QUOTE_OPENERS and k in sheet.close and sheet.close[k] < j:
            k = sheet.close[k] + 1
            continue
        if w in ("في", "من") and k + 1 < j and not _is_stop(words[k + 1]) \
                and not speech_noun(words[k + 1]) and words[k + 1][0].isalnum() \
                and ((not located and k <= i + 2)
                     or (w == "في" and k + 2 == j and not words[k + 1].endswith(("ها", "هم")))):
            # «مسؤول في وزارة النفط», «مصدر مقرب من الحكومة», «سكان في المدينة»,
            # «وزارة الصحة في غزة | إن»
            located = True
            k += 1
            continue
        if w in COMMAS or w in ":.!?؟" or (_is_stop(w) and not name_ali(sheet, k)) \
                or w in cue_forms() or speech_noun(w):
            break
        k += 1
    return k


def name_ali(sheet: WordSheet, k: int) -> bool:
    """«أحمد علي»: the name علي, written with ي where the preposition has ى."""
    return sheet.source[sheet.starts[k]:sheet.ends[k]] == "علي"


def title_led(sheet: WordSheet, i: int) -> bool:
    """Whether word ``i`` is a title or role (نائب، وزير، المتحدث)."""
    return bare(sheet.words[i]) in word_set("titles.txt")


def _words(sheet: WordSheet, i: int, j: int) -> int:
    """Number of words (not marks) in ``[i, j)``."""
    return sum(1 for k in range(i, j) if sheet.words[k][0].isalnum())


def _span(sheet: WordSheet, i: int, j: int) -> Phrase | None:
    """Offsets of words ``[i, j)`` without trailing punctuation or enclosing quotes."""
    while j > i and not sheet.words[j - 1][0].isalnum() and sheet.words[j - 1] not in "»”)\"":
        j -= 1
    if not any(w[0].isalnum() for w in sheet.words[i:j]):
        return None
    if j - i > 2 and sheet.words[i] in QUOTE_OPENERS and sheet.close.get(i) == j - 1:
        i, j = i + 1, j - 1
    return sheet.starts[i], sheet.ends[j - 1]


def speaker_after(sheet: WordSheet, i: int, j: int) -> Phrase | bool | None:
    """The speaker phrase in words ``[i, j)`` right after a cue (VSO).

    ``None`` when the words hold no subject («في بيان أن»); ``True`` when the
    subject is a bare statement noun («البيان») that refers to the last speaker;
    ``False`` when the subject is evidence, not a speaker («إشارات على أن»).
    """
    words = sheet.words
    skippable = function_words()["skippable"]
    while i < j and (words[i] in COMMAS or words[i] in skippable):
        i += 1
    if i >= j or _is_stop(words[i]) or not (words[i][0].isalnum() or words[i] in QUOTE_OPENERS) \
            or words[i].startswith("لل"):  # «قال للأمين العام …»: a listener
        return None
    if speech_noun(words[i]):
        return author(sheet, i, j)
    if bare(words[i]) in word_set("non_speakers.txt") or words[i] in word_set("non_speakers.txt"):
        return False
    end = phrase_end(sheet, i, j)
    anonymous = bare(words[i]) in word_set("anonymous_sources.txt") and not (
        i + 1 < j and words[i + 1].startswith("ال"))  # «عضو اللجنة» is a title, «عضو في» not
    comma = end
    if comma < j and words[comma] in function_words()["preposition"]:
        comma = phrase_end(sheet, comma + 1, j)  # «عضو اللجنة عن المنطقة الغربية، اللواء …»
    if comma < j and words[comma] in COMMAS and title_led(sheet, i) and not anonymous:
        s2 = comma + 1
        e2 = phrase_end(sheet, s2, j) if s2 < j else s2
        if e2 > s2 and not _is_stop(words[s2]) and words[s2][0].isalnum() \
                and (e2 == j or words[e2] in COMMAS) \
                and _words(sheet, s2, e2) <= MAX_NAME \
                and (comma == end or sheet.starts[s2] in sheet.person_starts
                     or title_led(sheet, s2)):  # «، العقيد سالم المهدي،»
            return _span(sheet, s2, e2)
    return _span(sheet, i, end)


def author(sheet: WordSheet, i: int, j: int) -> Phrase | bool | None:
    """The author of the statement noun at word ``i``: «بيان أصدرته الوزارة», «بيان للجيش»."""
    words = sheet.words
    k = i + 1
    fw = function_words()
    while k < j and (words[k] in fw["author_verb"] or words[k] in fw["attributed"]
                     or words[k] in ("عن", "الي") or bare(words[k]) == "صادر"):
        k += 1
    if k >= j or words[k] in COMMAS or (_is_stop(words[k]) and not words[k].startswith("ل")):
        return True if words[i].startswith("ال") else None
    start = sheet.starts[k]
    # «بيان للجيش», «منسوب لبشار»; after a verb («أصدرته لجنة») ل is part of the name
    w = "" if words[k - 1] in fw["author_verb"] else words[k]
    if w.startswith("لل") and len(w) > 3:
        start = sheet.after_letters(k, 2)
    elif w.startswith("ل") and len(w) > 2 and w != "ل":
        start = sheet.after_letters(k, 1)
    elif w == "ل" and k + 1 < j:
        k += 1
        start = sheet.starts[k]
    found = _span(sheet, k, phrase_end(sheet, k, j))
    return (start, found[1]) if found else None


def referred_author(sheet: WordSheet, i: int) -> Phrase | None:
    """The author of the statement noun that «فيه» at word ``i`` points back to, in its
    sentence: «بيان أصدرته اللجنة أمس، اتهمت فيه الوزارة بـ…» → «اللجنة»."""
    if i >= len(sheet) or sheet.words[i] not in function_words()["in_statement"]:
        return None
    for k in range(i - 2, sheet.sentence_start(i) - 1, -1):
        if speech_noun(sheet.words[k]):
            found = author(sheet, k, i - 1)
            return found if isinstance(found, tuple) else None
    return None


def subject_before(sheet: WordSheet, i: int, lo: int) -> Phrase | bool | None:
    """The subject before a cue at word ``i`` (SVO), searched back to word ``lo``.

    ``None`` when there is none; ``False`` when there is one that cannot speak
    («معلومات موسكو تشير إلى أن»), so the cue is no statement.
    """
    words = sheet.words
    fw = function_words()
    k = i - 1
    if k > lo and words[k] in fw["relative"]:
        return _named_before(sheet, k)  # «بشار الأسد الذي اعترف بأنه …»
    if k >= lo and words[k] in ("قد", "لقد"):
        k -= 1
    if k >= lo and words[k] in COMMAS:
        k -= 1
    end = k + 1
    boundary = (fw["complementizer"] | fw["connective"] | fw["auxiliary"] | fw["relative"]
                | fw["negator"] | fw["according"] | fw["clause_break"] | QUOTE_OPENERS)
    while k >= lo:
        w = words[k]
        if k in sheet.opened and sheet.opened[k] >= lo:
            k = sheet.opened[k] - 1
            continue
        plain = w[1:] if w[0] in "وف" and len(w) > 2 else w
        if w in cue_forms() or plain in cue_forms():
            return None  # the words are the object of an earlier verb
        if not (w[0].isalnum() or w in "»”)") or w in boundary or plain in fw["auxiliary"] \
                or "\u064b" in sheet.source[sheet.starts[k]:sheet.ends[k]]:
            break  # tanween fath marks an object or adverb («قيمًا»), never the subject
        k -= 1
    start = k + 1
    if start >= end:
        return None
    first = words[start]
    first_bare = _without_conjunction(first)
    if (_is_stop(first_bare) or first_bare in fw["content_prep"] or not first[0].isalnum()
            or _pronoun_object(first_bare)
            or _words(sheet, start, end) > MAX_SVO):
        return None
    if bare(first) in word_set("non_speakers.txt") or first_bare in word_set("non_speakers.txt"):
        return False
    if in_aside(sheet, start) and start - 1 > lo:
        return subject_before(sheet, start, lo)  # «مسؤول، طلب عدم الكشف عن اسمه، قال»
    span_start = sheet.after_letters(start, 1) if first is not first_bare else sheet.starts[start]
    found = _span(sheet, start, end)
    return (span_start, found[1]) if found else None


def in_aside(sheet: WordSheet, i: int) -> bool:
    """Whether word ``i`` opens a comma-set aside about the source («مصدر، طلب عدم
    الكشف عن اسمه، قال …»): an aside verb right after a comma, closed by another."""
    words = sheet.words
    if i == 0 or words[i - 1] not in COMMAS or words[i] not in function_words()["aside"]:
        return False
    end = sheet.sentence_end(i)
    return any(words[k] in COMMAS for k in range(i + 1, end))


def _named_before(sheet: WordSheet, k: int) -> Phrase | None:
    """The named entity that ends right before word ``k`` (a relative pronoun), if any."""
    end = sheet.ends[k - 1]
    starts = [s for s, e in sheet.entity_ends.items() if e == end]
    return (min(starts), end) if starts else None


def _pronoun_object(word: str) -> bool:
    """«معهم», «لهم», «عليه»: a preposition with a pronoun is no subject."""
    preps = function_words()["preposition"]
    return any(word.endswith(end) and word[:-len(end)] in preps
               for end in ("ه", "ها", "هم", "هما", "هن", "كم", "نا"))


def key_words(key: str) -> tuple[str, ...]:
    """Speaker key words without conjunction, article and plural ending, for :func:`resolve`."""
    return tuple(_singular(bare(w)) for w in key.split())


def _singular(word: str) -> str:
    """«مسؤولون», «مسؤولين» → «مسؤول» (sound plural endings only)."""
    return word[:-2] if len(word) > 4 and word.endswith(("ون", "ين")) else word


def resolve(words: tuple[str, ...], earlier: Sequence[tuple[tuple[str, ...], int]]) -> int | None:
    """Index of the earlier speaker a short mention refers to, if any.

    ``words`` are the mention's :func:`key_words`; ``earlier`` lists (key words,
    index) of earlier speakers, most recent first. The mention names the earlier
    speaker's head («الوزارة» → «وزارة الدفاع الروسية», «المصدر» → «مصدر عسكري
    سوري») or, for a personal name, its last word («الأسد» → «بشار الأسد»); «الجيش»
    is not «المتحدث باسم الجيش».
    """
    if not words or len(words) > 2:
        return None
    for other, index in earlier:
        if len(other) <= len(words):
            continue
        if other[:len(words)] == words:
            return index
        if len(words) == 1 and other[-1] == words[0] and not _titled(other):
            return index
    return None


def _titled(key: tuple[str, ...]) -> bool:
    """Whether a speaker key opens with a title or a generic noun, not a personal name."""
    return key[0] in word_set("titles.txt") or key[0] in word_set("anonymous_sources.txt")
