"""Pipeline stages of the text layer: tokens and sentences."""

from __future__ import annotations

from rasd.document import Document
from rasd.stage import Stage
from rasd.text.sentences import split_sentences
from rasd.text.spans import span_of
from rasd.text.tokenize import tokenize


def _tokens(doc: Document) -> None:
    doc.add_layer("tokens", tokenize(doc.text))


def _sentences(doc: Document) -> None:
    doc.add_layer("sentences", [span_of(doc, s, e) for s, e in split_sentences(doc.text)])


TOKENS = Stage("tokens", requires=(), assigns=("tokens",), run=_tokens)
SENTENCES = Stage("sentences", requires=(), assigns=("sentences",), run=_sentences)
