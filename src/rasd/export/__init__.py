"""Sinks that write analyzed documents in other formats (ACLED CSV, PLOVER JSON)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import TextIO

from rasd.document import Document

EVENT_FORMATS = ("acled", "plover")


def write_events(fmt: str, docs: Iterable[Document], out: TextIO) -> int:
    """Write the events of ``docs`` as ``acled`` CSV or ``plover`` JSON; returns how many
    documents were read."""
    from rasd.export.acled import write_acled
    from rasd.export.plover import write_plover

    seen = 0

    def counted() -> Iterator[Document]:
        nonlocal seen
        for doc in docs:
            seen += 1
            yield doc

    if fmt == "acled":
        write_acled(counted(), out)
    elif fmt == "plover":
        write_plover(counted(), out)
    else:
        raise ValueError(f"unknown event format {fmt!r}; use one of {', '.join(EVENT_FORMATS)}")
    return seen
