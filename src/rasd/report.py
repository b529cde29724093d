"""The readable per-article report printed by ``rasd analyze``."""

from __future__ import annotations

from rasd.document import Document


def render(doc: Document) -> str:
    """A plain-text report: title, counts per layer."""
    lines = [f"# {doc.meta.title or doc.meta.id}"]
    for name in doc.layers:
        lines.append(f"{name}: {len(doc.layer(name))}")
    return "\n".join(lines)
