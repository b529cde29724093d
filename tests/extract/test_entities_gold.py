"""The entities layer scored on the seed gold (the real score is on unseen gold files)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_seed_gold_f1(shared_dir: Path) -> None:
    spec = importlib.util.spec_from_file_location("entities_gold", ROOT / "bench" /
                                                  "entities_gold.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    result = module.score(shared_dir / "examples" / "seed-gold.jsonl")
    assert result["f1"] >= 0.9
