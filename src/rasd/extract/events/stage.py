"""Events layer: who did what to whom, where, when and how many, coded in PLOVER.

For each trigger (:mod:`.triggers`) in a sentence: its arguments (:mod:`.arguments`),
date and toll (:mod:`.facts`), mode (:mod:`.modes`), modality
(:mod:`.modality`) and the statement that reports it; then verbal events from
accusing and warning statements (:mod:`.from_statements`); then one record per event
(:mod:`.merge`). Modes are PLOVER's; :func:`gold_mode` maps them to the gold files'
coarse set.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from itertools import accumulate

from rasd.document import Document, Entity, Event, Span, Statement
from rasd.extract.events.arguments import Argument, SentenceView, actors, names_a_party, place
from rasd.extract.events.facts import SentenceFacts, event_date
from rasd.extract.events.from_statements import statement_events
from rasd.extract.events.index import DocumentIndex
from rasd.extract.events.merge import Draft, merge
from rasd.extract.events.modality import modality, word_cues
from rasd.extract.events.modes import cue_starts, first_words_in, gold_mode, mode_and_context
from rasd.extract.events.triggers import TriggerMatch, find_triggers
from rasd.extract.events.words import Word, sentence_words
from rasd.stage import Stage
from rasd.text.forms import token_words
from rasd.text.spans import span_of
from rasd.text.tokenize import TokenLayer

__all__ = ["STAGE", "extract_events", "gold_mode"]
PASSIVE = frozenset({"تم", "جري", "يجري", "يتم"})
HOSTED = frozenset({"CONSULT", "AGREE"})  # events a capital or country may host


def _outside(triggers: list[TriggerMatch], entities: Sequence[Entity]) -> list[TriggerMatch]:
    """The triggers (in text order) whose start is inside no entity span."""
    spans = sorted((e.span.start, e.span.end) for e in entities)
    starts = [start for start, _ in spans]
    reach = list(accumulate((end for _, end in spans), max))  # furthest end so far
    out = []
    for tr in triggers:
        k = bisect.bisect_right(starts, tr.start)
        if k == 0 or reach[k - 1] <= tr.start:
            out.append(tr)
    return out


class _Sentence:
    """A sentence with triggers: its words as the argument finder sees them, and what its
    events share (weapon cue positions, tolls), each read once."""

    def __init__(self, index: DocumentIndex, number: int, words: list[Word],
                 triggers: list[TriggerMatch]) -> None:
        self.number = number
        self.span = index.sentences[number]
        starts = [w.start for w in words]
        ends = [w.end for w in words]
        triggered: dict[int, bool] = {}  # word start -> weak, of the words a trigger covers
        for tr in triggers:
            k = bisect.bisect_right(ends, tr.start)
            while k < len(words) and words[k].start < tr.end:
                triggered[words[k].start] = tr.entry.weak
                k += 1
        blocked = {start for start, weak in triggered.items() if not weak}
        timed = set()  # word starts inside date mentions
        for span in index.date_spans[number]:
            k = bisect.bisect_left(starts, span.start)
            while k < len(words) and starts[k] < span.end:
                timed.add(starts[k])
                k += 1
        self.view = SentenceView(index.doc, words, index.entities[number], blocked,
                                 set(triggered), timed, index)
        self._index = index
        self.statements = index.statements_over(number)
        self.cues = word_cues(words, self.view.norms)  # modality cues
        self._cue_starts: list[int] | None = None  # the next two are read on first use
        self._facts: SentenceFacts | None = None

    @property
    def cue_starts(self) -> list[int]:
        if self._cue_starts is None:
            words, index = self.view.words, self._index
            base = index.folded_at(words[0].start)  # offsets in the normalized sentence
            self._cue_starts = cue_starts(
                index.folded_at(words[k].start) - base + at
                for k, found in enumerate(map(first_words_in, self.view.norms))
                for at in found)
        return self._cue_starts

    @property
    def facts(self) -> SentenceFacts:
        if self._facts is None:
            self._facts = SentenceFacts(self._index.doc.quantities,
                                        self._index.quantities[self.number],
                                        self.view.normalized)
        return self._facts


def _draft(index: DocumentIndex, sent: _Sentence, trigger: TriggerMatch) -> Draft:
    doc, view, sentence = index.doc, sent.view, sent.span
    entry = trigger.entry
    t = view.index_at(trigger.start)
    t_end = max(t + 1, view.index_at(trigger.end - 1) + 1)
    pos, _, object_is = entry.pos.partition("_")
    clitics = index.normalize(view.words[t].start, trigger.start)
    joined = clitics[:1] in ("و", "ف")
    actor1, actor2 = actors(view, t, t_end, entry.type, pos, joined,
                            bound=clitics.lstrip("وف").startswith("ب"))
    if entry.victim:  # «أصيب جنود»: the victims are the recipients
        actor2 = actor2 or actor1
        actor1 = None
    reported_by = sent.statements.reporting(trigger.start)
    statement = index.statements[reported_by] if reported_by is not None else None
    passive = any(w.norm in PASSIVE for w in view.words[max(0, t - 2):t])
    pronoun = t > 0 and view.words[t - 1].cls == "pron"
    opens = statement is not None and view.words[t].start <= statement.content.start + 1
    own = _own_subject(doc, view, t, statement)
    said = next((st for st in sent.statements.cues_at(trigger.start)
                 if st.speaker is not None and names_a_party(doc, st.speaker)), None)
    announced = opens and statement is not None and statement.stance == "assert" \
        and not entry.weak  # «أعلنت الشرطة اعتقال …», not «دان الوزير الهجوم»
    if said is not None and said.speaker is not None:  # «هددت الجماعة»: the threat is the cue
        actor1_span: Span | None = said.mention or said.speaker
        actor1_id = said.speaker_id
    elif statement is not None and statement.speaker is not None and (own or (
            actor1 is None and (passive or pronoun or (opens and pos == "verb") or announced))):
        actor1_span = statement.speaker  # «أعلنت الشرطة اعتقال …», «أن طائراته استهدفت …»
        actor1_id = statement.speaker_id
    elif actor1 is None and entry.weak and entry.type == "PROTEST":
        actor1_span, actor1_id = span_of(doc, trigger.start, trigger.end), None  # «المتظاهرون»
    else:
        actor1_span = actor1.span if actor1 else None
        actor1_id = actor1.id if actor1 else None
    where: Argument | None
    if object_is == "place" and actor2 is not None:
        where, actor2 = actor2, None
    else:
        where = place(view, t, [a.span for a in (actor1, actor2) if a is not None],
                      hosted=entry.type in HOSTED)
    n_start = trigger.start - sentence.start
    if entry.type == "ASSAULT":
        mode, context = mode_and_context(view.normalized, sent.cue_starts, n_start,
                                         n_start + trigger.end - trigger.start, entry.mode)
    else:
        mode, context = entry.mode, ()
    value, precision, source = event_date(index.dates, sentence, trigger.start)
    fatalities, wounded, quantities = sent.facts.tolls(trigger.start) \
        if entry.type == "ASSAULT" else (None, None, ())
    event = Event(
        type=entry.type, trigger=span_of(doc, trigger.start, trigger.end), evidence=(sentence,),
        mode=mode, context=context,
        actor1=actor1_span, actor1_id=actor1_id,
        actor2=actor2.span if actor2 else None, actor2_id=actor2.id if actor2 else None,
        place=where.span if where else None, place_id=where.id if where else None,
        direction=where.direction if where else None,
        date=value, date_precision=precision, date_source=source,
        fatalities=fatalities, wounded=wounded, quantities=quantities,
        reported_by=reported_by,
        modality=modality(sent.cues, t,
                          trigger.future or (pos == "noun" and _ahead(doc, value, source)),
                          statement.stance if statement else None))
    return Draft(event, sent.number, entry.weak)


def _own_subject(doc: Document, view: SentenceView, t: int, statement: Statement | None) -> bool:
    """Does the content open with the speaker's own forces right before the verb at ``t``
    («أن طائراته استهدفت …», «إن قواتها قصفت …»)?"""
    if statement is None or t == 0:
        return False
    before = view.words[t - 1]
    return before.start <= statement.content.start + 1 and \
        doc.text[before.start:before.end].endswith(("ه", "ها", "هم"))


def _ahead(doc: Document, value: str | None, source: str | None) -> bool:
    """Is the event dated, in its own sentence, after the article's date (a meeting set for
    «منتصف يوليو المقبل»)? A noun's event is then planned (a past verb tells its own tense)."""
    today = doc.document_date
    if value is None or source != "sentence" or today is None or "W" in value:
        return False
    return value > today.value[:len(value)]


def extract_events(doc: Document) -> list[Event]:
    """The events of an analyzed document (tokens … statements layers present)."""
    tokens = doc.tokens
    index = DocumentIndex(doc)
    if isinstance(tokens, TokenLayer):
        offsets, _, forms = token_words(tokens)
        triggers = find_triggers(doc.text, offsets, forms, index.normalize)
    else:
        offsets = [(t.start, t.end) for t in tokens]
        triggers = find_triggers(doc.text, offsets, fold=index.normalize)
    drafts: list[Draft] = []
    if triggers:
        starts = [s for s, _ in offsets]
        free = _outside(triggers, doc.entities)
        free_starts = [tr.start for tr in free]
        for number, sentence in enumerate(index.sentences):
            lo = bisect.bisect_left(free_starts, sentence.start)
            hi = bisect.bisect_left(free_starts, sentence.end, lo)
            inside = free[lo:hi]
            if not inside:
                continue
            first = bisect.bisect_left(starts, sentence.start)
            last = bisect.bisect_left(starts, sentence.end, first)
            sent = _Sentence(index, number, sentence_words(doc.text, offsets[first:last]), inside)
            drafts.extend(_draft(index, sent, tr) for tr in inside)
    material = [d.event for d in drafts]
    drafts.extend(Draft(e, -1 - i, False)
                  for i, e in enumerate(statement_events(index, material)))
    return merge(drafts)


def _run(doc: Document) -> None:
    doc.add_layer("events", extract_events(doc))


STAGE = Stage("events",
              requires=("tokens", "sentences", "dates", "quantities", "entities", "statements"),
              assigns=("events",), run=_run)
