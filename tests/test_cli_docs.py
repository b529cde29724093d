"""docs/cli.md is the current ``--help`` of every command (docs checked by tests)."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[1]


def _generator() -> ModuleType:
    spec = importlib.util.spec_from_file_location("gen_cli_docs",
                                                  ROOT / "scripts" / "gen_cli_docs.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_cli_reference_is_current() -> None:
    committed = (ROOT / "docs" / "cli.md").read_text(encoding="utf-8")
    assert committed == _generator().render(), "run: python scripts/gen_cli_docs.py"


def test_every_subcommand_is_documented() -> None:
    gen = _generator()
    names = [name for name, _ in gen.commands(gen.build_parser(), "rasd")]
    assert "rasd analyze" in names
    committed = (ROOT / "docs" / "cli.md").read_text(encoding="utf-8")
    assert all(f"## `{name}`" in committed for name in names)
