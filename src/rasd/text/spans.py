"""Spans of a document made by compiled code, without an interpreted call.

:meth:`Document.span` is Python: called from the compiled stages it costs two
interpreted frames per span (the method, then the named tuple's ``__new__``).
:func:`span_of` is the same check and the same record, made the way the named
tuple's own ``__new__`` makes it (``tuple.__new__`` with the fields).
"""

from __future__ import annotations

from rasd.document import Document, Span
from rasd.errors import SpanError


def span_of(doc: Document, start: int, end: int) -> Span:
    """``doc.span(start, end)``: the span ``[start, end)``; raises :class:`SpanError`
    outside the text."""
    text = doc.text
    if not 0 <= start <= end <= len(text):
        raise SpanError(f"span ({start}, {end}) lies outside a text of {len(text)} characters")
    return tuple.__new__(Span, (start, end, text[start:end]))
