"""Readers: files in, Documents out (placeholder: UTF-8 plain text only; issue 2 completes it)."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from datetime import date
from pathlib import Path

from rasd.document import Document, Meta, text_id
from rasd.errors import InputError


def read_paths(paths: Sequence[str | Path], *, published: date | None = None,
               on_error: Callable[[InputError], None] | None = None) -> Iterator[Document]:
    """Documents from every readable input; unreadable ones are reported to ``on_error``."""
    for name in paths:
        try:
            text = Path(name).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            err = InputError(f"{name}: cannot read ({exc})")
            if on_error is None:
                raise err from exc
            on_error(err)
            continue
        yield Document(text, Meta(id=text_id(text), published=published, source=str(name)))
