"""Viterbi decoding of rasd's CRF tagger over cached score tables (``_decode.c``)."""

from typing import Any

def label_ids(table: Any, rows: list[int], lengths: list[int], offsets: tuple[int, ...],
              bias: Any, bos: Any, eos: Any, transitions: Any) -> list[int]: ...
