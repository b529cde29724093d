"""What can go wrong with an input, each with its own stable code.

All are :class:`rasd.errors.InputError` (``R100``) subclasses, so callers
that only care that *an input* failed catch ``InputError``; the code tells a
user which of these happened and is what they search for.
"""

from __future__ import annotations

from rasd.errors import InputError


class UnreadableInput(InputError):
    """The path does not exist or cannot be opened."""

    code = "R101"


class EmptyInput(InputError):
    """The file (or record) holds no text."""

    code = "R102"


class BinaryInput(InputError):
    """The bytes are not text at all (NUL or control bytes)."""

    code = "R103"


class UndecodableInput(InputError):
    """The bytes are not valid in any encoding the detector knows."""

    code = "R104"


class OversizedInput(InputError):
    """An article is longer than the per-article limit."""

    code = "R105"


class MalformedRecord(InputError):
    """A JSONL line or JSON item is not a valid article record."""

    code = "R106"


class UnsupportedInput(InputError):
    """A file in a folder has a type rasd does not read."""

    code = "R107"
