"""Errors that are sentences with a code.

Every message names the value at fault and, where there is one, the fix. The
code (``[R102]``) is short and stable so users can search for it. Only the CLI
turns these into exit codes.
"""

from __future__ import annotations


class RasdError(Exception):
    """Base of all rasd errors; ``code`` is a stable ``R`` number."""

    code = "R000"

    def __init__(self, message: str) -> None:
        super().__init__(f"[{self.code}] {message}")
        self.message = message


class InputError(RasdError):
    """An input file or record could not be read (encoding, format, emptiness)."""

    code = "R100"


class SpanError(RasdError):
    """A span does not lie inside its document's text."""

    code = "R200"


class LayerError(RasdError):
    """A layer is missing, set twice, or a pipeline stage is mis-ordered."""

    code = "R300"


class SchemaError(RasdError):
    """A serialized document does not follow the ``rasd/1`` schema."""

    code = "R400"


class GoldError(RasdError):
    """A gold annotation line is malformed (see spec/gold-format.md)."""

    code = "R500"
