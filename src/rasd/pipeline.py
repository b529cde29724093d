"""The ordered list of stages that turns a text into an analyzed Document."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date

from rasd.document import Document, Meta, text_id
from rasd.errors import LayerError
from rasd.extract import dates, entities, events, quantities, statements
from rasd.stage import Stage
from rasd.text.stages import SENTENCES, TOKENS

DEFAULT_STAGES: tuple[Stage, ...] = (
    TOKENS,
    SENTENCES,
    dates.STAGE,
    quantities.STAGE,
    entities.STAGE,
    statements.STAGE,
    events.STAGE,
)
TEXT_STAGES: tuple[Stage, ...] = (TOKENS, SENTENCES)


class Pipeline:
    """Stages checked once: each one's ``requires`` is assigned by an earlier one."""

    def __init__(self, stages: Sequence[Stage] = DEFAULT_STAGES) -> None:
        available: set[str] = set()
        for stage in stages:
            missing = [name for name in stage.requires if name not in available]
            if missing:
                raise LayerError(
                    f"stage {stage.name!r} needs {', '.join(missing)}, which no earlier stage "
                    "assigns; put the stage that assigns it first"
                )
            available.update(stage.assigns)
        self.stages = tuple(stages)

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(stage.name for stage in self.stages)

    def __call__(self, doc: Document, *, headline: bool = True) -> Document:
        """Run every stage on ``doc`` (and on its headline material) and return it."""
        for stage in self.stages:
            stage(doc)
        if headline and doc.headline is None and doc.headline_text:
            head = Document(doc.headline_text,
                            Meta(id=f"{doc.meta.id}#headline", published=doc.meta.published))
            self(head, headline=False)
            doc.attach_headline(head)
        return doc

    def pipe(self, docs: Iterable[Document]) -> Iterable[Document]:
        for doc in docs:
            yield self(doc)


_DEFAULT: Pipeline | None = None


def load_pipeline(stages: Sequence[Stage] | None = None) -> Pipeline:
    """The default pipeline (built once), or one over the given stages."""
    global _DEFAULT
    if stages is not None:
        return Pipeline(stages)
    if _DEFAULT is None:
        _DEFAULT = Pipeline(DEFAULT_STAGES)
    return _DEFAULT


def analyze(text: str | Document, published: date | None = None, **meta: object) -> Document:
    """Analyze a text (or an unanalyzed Document) with the default pipeline."""
    if isinstance(text, Document):
        doc = text
    else:
        doc = Document(text, Meta(id=str(meta.pop("id", None) or text_id(text)),
                                  published=published, **meta))  # type: ignore[arg-type]
    return load_pipeline()(doc)
