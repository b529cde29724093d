"""The text layer: offset-preserving normalization, tokens, clitics, sentences."""

from rasd.text.clitics import candidate_stems
from rasd.text.normalize import NormalizedText, normalize, normalize_key
from rasd.text.sentences import split_sentences
from rasd.text.tokenize import tokenize

__all__ = [
    "NormalizedText",
    "candidate_stems",
    "normalize",
    "normalize_key",
    "split_sentences",
    "tokenize",
]
