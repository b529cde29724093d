"""scripts/train_ner.py end to end on a tiny synthetic corpus (seconds, not minutes)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

from rasd.extract.ner.model import NerModel

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "train_ner.py"
PEOPLE = ["زيد", "عمرو", "خالد", "سعاد", "هند"]
CITIES = ["حلب", "حمص", "صور", "جدة", "فاس"]


def load_script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("train_ner", SCRIPT)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules["train_ner"] = module
    spec.loader.exec_module(module)
    return module


def tiny_corpus(root: Path) -> None:
    lines = []
    for i in range(40):
        person, city = PEOPLE[i % 5], CITIES[(i * 2) % 5]
        lines += ["قال O", "الرئيس O", f"{person} B-PERS", "في O", "مدينة O",
                  f"{city} B-LOC", ". O", ""]
    folder = root / "data" / "anercorp-camel"
    folder.mkdir(parents=True)
    (folder / "ANERCorp_CamelLab_train.txt").write_text("\n".join(lines), encoding="utf-8")


def test_training_writes_a_model_that_tags(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    tiny_corpus(tmp_path / "shared")
    monkeypatch.setenv("RASD_SHARED", str(tmp_path / "shared"))
    out = tmp_path / "model"
    assert load_script().main(["--out", str(out), "--grid", "0.01,0.01", "--iterations", "30"]) == 0
    model = NerModel.from_folder(out)
    assert model.tag_tokens(["قال", "الرئيس", "عمرو", "في", "مدينة", "حلب", "."]) == [
        "O", "O", "B-PERS", "O", "O", "B-LOC", "O"]
    lines = (out / "lexicon.tsv").read_text(encoding="utf-8").splitlines()
    rows = dict(line.split("\t") for line in lines if not line.startswith("#"))
    assert "PER-S" in rows["زيد"].split(",")


@pytest.mark.parametrize(
    ("country", "adjective"),
    [("سوريا", "سوري"), ("فرنسا", "فرنسي"), ("لبنان", "لبناني"), ("العراق", "عراقي"),
     ("الصين", "صينيون"), ("المانيا", "الماني")],
)
def test_nationality_forms(country: str, adjective: str) -> None:
    assert adjective in load_script().nationality_forms(country)


@pytest.mark.parametrize(
    ("tokens", "tags", "expected"),
    [
        (["زار", "دمشق"], ["O", "B-LOC"], (["زار", "دمشق"], ["O", "B-LOC"])),
        (["و6", "أيام"], ["O", "O"], (["و", "6", "أيام"], ["O", "O", "O"])),
        (["الأمم", "المتحدة:"], ["B-ORG", "I-ORG"],
         (["الأمم", "المتحدة", ":"], ["B-ORG", "I-ORG", "O"])),
    ],
)
def test_training_tokens_split_like_run_time(
    tokens: list[str], tags: list[str], expected: tuple[list[str], list[str]]
) -> None:
    assert load_script().retokenized((tokens, tags)) == expected
