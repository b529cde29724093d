"""A pipeline stage: a named function that reads some layers and adds others."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

from rasd.document import Document


@dataclasses.dataclass(frozen=True)
class Stage:
    """``run(doc)`` must add every layer in ``assigns`` and may read ``requires``."""

    name: str
    requires: tuple[str, ...]
    assigns: tuple[str, ...]
    run: Callable[[Document], None]

    def __call__(self, doc: Document) -> None:
        self.run(doc)
