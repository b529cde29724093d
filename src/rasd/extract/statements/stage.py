"""Statements layer: who said what, with what stance and mode, through whom.

For every cue (:mod:`rasd.extract.statements.cues`) the rules find what introduces the
content — أن/إن (with من/إلى/على/ب before it), a colon, a quotation, «عن …» or,
for نفى/اتهم/دان, a bare object — then the speaker (:mod:`rasd.extract.statements.speakers`),
the content's end and its mode (:mod:`rasd.extract.statements.quotes`), and the stance
(:mod:`rasd.extract.statements.stance`). Drafts are built first so that a content ends
where a sibling statement starts («، موضحا أن», «فيما كشف», «وزاد:») but holds a
statement nested in it («قال X إن Y أعلن أن»: the inner one's ``via`` is the outer).

In «نقلت X عن Y أن …» (and «نقلا عن», «على لسان») the speaker is Y and the
channel X is kept in ``Statement.channel``: one statement per reported source.
"""

from __future__ import annotations

from itertools import islice

from rasd.document import Document, Entity, Span, Statement
from rasd.extract.statements.cues import Cue, find_cues, find_noun_cues
from rasd.extract.statements.draft import Draft
from rasd.extract.statements.drafts import draft_statements
from rasd.extract.statements.lexicon import function_words
from rasd.extract.statements.quotes import has_quoted_speech
from rasd.extract.statements.speakers import Phrase, key_words, resolve, speaker_after
from rasd.extract.statements.stance import decide, words_read
from rasd.extract.statements.wordsheet import QUOTE_OPENERS, WordSheet
from rasd.stage import Stage
from rasd.text.forms import token_forms
from rasd.text.spans import span_of
from rasd.text.tokenize import TokenLayer

_QUOTES = "«»“”\"'"
#: How many words open a sentence in which its subject is looked for (verb, quote, name).
OPENING_WORDS = 3


def _key(sheet: WordSheet, phrase: Phrase) -> tuple[str, ...]:
    """Key words of a speaker phrase, read from the normalized text."""
    key = sheet.key(*phrase)
    for quote in _QUOTES:  # rare in a phrase: a test each is cheaper than str.translate
        if quote in key:
            key = key.replace(quote, "")
    return key_words(key)


def extract(doc: Document) -> list[Statement]:
    """The statements of a document (needs its entities layer, which may be empty)."""
    entities = list(doc.entities) if doc.has_layer("entities") else []
    offsets, forms = _token_offsets(doc)
    sheet = WordSheet(doc.text, doc.sentences if doc.has_layer("sentences") else None,
                      offsets, [(e.span.start, e.span.end) for e in entities],
                      frozenset(e.span.start for e in entities if e.type == "PER"), forms)
    if doc.has_layer("dates"):
        sheet.mark_dates([(d.span.start, d.span.end) for d in doc.dates])
    cues: list[Cue] = sorted(find_cues(sheet) + find_noun_cues(sheet), key=lambda c: c.i)
    drafts, frames = draft_statements(sheet, cues)
    position = {id(d): k for k, d in enumerate(drafts)}
    out: list[Statement] = []
    speakers: list[tuple[tuple[str, ...], int]] = []  # (key words, index), most recent last
    cue_words: list[int] = []  # word index of each statement's cue
    linked = [(e.span.start, e.span.end, str(e.actor_id))  # the only ones _actor can pick
              for e in entities if e.actor_id]
    persons = [e.span for e in entities if e.type == "PER"]
    last_top: int | None = None
    frame_at = 0
    for d in drafts:
        while frame_at < len(frames) and frames[frame_at][0] < d.cue.i:
            frame_at += 1
        frame = frames[frame_at - 1] if frame_at else None
        if frame is not None and last_top is not None and cue_words[last_top] > frame[0]:
            frame = None
        if d.speaker is None and frame is None and d.cue.aspect == "participle" and (
                last_top is None or cue_words[last_top] < sheet.sentence_start(d.cue.i)):
            d.speaker = _opening_actor(sheet, entities, d.cue.i)  # «ورد «حزب الله» …، مؤكدا أن»
        key = _key(sheet, d.speaker) if d.speaker is not None else ()
        speaker, inherited, mention = _speaker(doc, d, key, out, speakers, last_top, frame)
        if not inherited and speaker is not None:
            speaker, mention = _named(doc, persons, speaker)
        neutral = d.cue.verb.stance == "assert" and not d.cue.negated  # the content decides
        words = list(islice((w for w in sheet.words[d.content_start:d.content_end]
                             if w[0].isalnum()), words_read())) if neutral else []
        out.append(Statement(
            cue=span_of(doc, d.cue.start, sheet.ends[d.cue.j - 1]),
            content=span_of(doc, sheet.after_letters(d.content_start, d.skip),
                             sheet.ends[d.content_end - 1]),
            stance=decide(d.cue.verb.stance, d.cue.negated, words),
            mode=_mode(sheet, d),
            speaker=speaker, speaker_id=_actor(linked, speaker), inherited=inherited,
            via=None if d.via is None else position[id(d.via)],
            cue_lemma=d.cue.verb.lemma, negated=d.cue.negated,
            channel=span_of(doc, *d.channel) if d.channel else None,
            mention=mention))
        cue_words.append(d.cue.i)
        if d.speaker is not None and not inherited:
            speakers.append((key, len(out) - 1))
        if d.via is None:
            last_top = len(out) - 1
    return out


def _opening_actor(sheet: WordSheet, entities: list[Entity], i: int) -> Phrase | None:
    """The organization or person among the first words of the sentence of word ``i``: the
    subject a participle cue («، مؤكدا أن») speaks for when no statement came before it.
    After an opening كان the subject comes first: «وكان الوزير X قد دعا …، محذرا من أن»."""
    first = sheet.sentence_start(i)
    opening = sheet.words[first]
    if opening in function_words()["auxiliary"] or (
            opening[:1] in "وف" and opening[1:] in function_words()["auxiliary"]):
        found = speaker_after(sheet, first + 1, i)
        if isinstance(found, tuple):
            return found
    lo, hi = sheet.starts[first], sheet.ends[min(first + OPENING_WORDS, i) - 1]
    for e in entities:
        if e.type in ("ORG", "PER") and lo <= e.span.start < hi and e.span.end <= sheet.starts[i]:
            return e.span.start, e.span.end
    return None


def _mode(sheet: WordSheet, d: Draft) -> str:
    """direct (all quoted), mixed (أن with quoted speech) or indirect.

    A quotation that is the whole of a content without أن («حذر من «…»») is direct.
    """
    if d.direct or (d.np_content and sheet.words[d.content_start] in QUOTE_OPENERS
                    and sheet.close.get(d.content_start) == d.content_end - 1):
        return "direct"
    if has_quoted_speech(sheet, d.content_start, d.content_end):
        return "mixed"
    return "indirect"


def _speaker(doc: Document, d: Draft, key: tuple[str, ...], out: list[Statement],
             speakers: list[tuple[tuple[str, ...], int]], last_top: int | None,
             frame: tuple[int, Phrase] | None,
             ) -> tuple[Span | None, bool, Span | None]:
    """(speaker, inherited, local mention) of a draft (``key``: its speaker's key words),
    resolved against earlier ones."""
    if d.speaker is None:
        if frame is not None:
            return span_of(doc, *frame[1]), True, None
        prev = out[last_top] if last_top is not None else None
        return (prev.speaker, True, None) if prev is not None else (None, True, None)
    mention = span_of(doc, *d.speaker)
    found = resolve(key, speakers[::-1])
    if found is not None and out[found].speaker is not None:
        return out[found].speaker, True, mention
    return mention, False, None


def _named(doc: Document, persons: list[Span], phrase: Span) -> tuple[Span, Span | None]:
    """The person named inside a longer speaker phrase, and the phrase as mention.

    «الرئيس السوري المخلوع بشار الأسد» → «بشار الأسد»: the gold speaker is the
    name as named. Organizations keep their whole phrase, and so does a phrase that goes on
    past the name (the name was cut short, or the phrase is not a person's).
    """
    inside = [s for s in persons if phrase.start <= s.start and s.end == phrase.end
              and s != phrase]
    if not inside:
        return phrase, None
    name = max(inside, key=lambda s: s.end - s.start)
    return span_of(doc, name.start, name.end), phrase


def _actor(linked: list[tuple[int, int, str]], speaker: Span | None) -> str | None:
    """The actor id of the linked entity (start, end, actor id) that overlaps the speaker
    most, if one does (the first of equals)."""
    if speaker is None:
        return None
    best: tuple[int, str] | None = None
    lo, hi = speaker.start, speaker.end
    for start, end, actor_id in [e for e in linked if e[0] < hi and e[1] > lo]:
        overlap = min(end, hi) - max(start, lo)
        if best is None or overlap > best[0]:
            best = (overlap, actor_id)
    return best[1] if best else None


def _token_offsets(doc: Document) -> tuple[TokenLayer | None, list[str] | None]:
    """The tokens layer and its normalized forms, when it is the compact one (no records to
    make)."""
    if doc.has_layer("tokens"):
        tokens = doc.layer("tokens")
        if isinstance(tokens, TokenLayer):
            return tokens, token_forms(tokens)
    return None, None


def _run(doc: Document) -> None:
    doc.add_layer("statements", extract(doc))


STAGE = Stage("statements", requires=("tokens", "sentences", "entities"),
              assigns=("statements",), run=_run)
