"""``rasd eval`` on the seed gold: the output shape, not the scores (they will change)."""

from __future__ import annotations

import json
import runpy
import sys
from pathlib import Path

import pytest
from eval_builders import gold, perfect, pipeline, statement

from rasd.cli import main
from rasd.eval import evaluate, render_errors, render_markdown, render_table

KEYS = {
    "entities": {"precision", "recall", "f1"},
    "timexes": {"precision", "recall", "f1", "strict_f1"},
    "statements": {"precision", "recall", "f1", "stance_accuracy", "mode_accuracy"},
    "events": {"precision", "recall", "f1", "date_accuracy", "location_accuracy",
               "fatalities_accuracy"},
}
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def seed_gold(shared_dir: Path) -> Path:
    return shared_dir / "examples" / "seed-gold.jsonl"


def test_eval_seed_gold_shape(seed_gold: Path, tmp_path: Path,
                              capsys: pytest.CaptureFixture[str]) -> None:
    out_json, out_md = tmp_path / "scores.json", tmp_path / "scores.md"
    code = main(["eval", str(seed_gold), "--json", str(out_json), "--markdown", str(out_md),
                 "--errors"])
    assert code == 0
    printed = capsys.readouterr().out
    last = printed.strip().splitlines()[-1]
    assert last.startswith("articles=2 f1_entities=")
    data = json.loads(out_json.read_text(encoding="utf-8"))
    assert data["articles"] == 2
    for layer, keys in KEYS.items():
        assert keys <= data[layer].keys()
        for name in keys:
            assert 0.0 <= data[layer][name] <= 1.0
    assert out_md.read_text(encoding="utf-8").startswith("| layer |")


def test_eval_layers_option_and_bad_name(seed_gold: Path,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["eval", str(seed_gold), "--layers", "timexes"]) == 0
    last = capsys.readouterr().out.strip().splitlines()[-1]
    assert last.startswith("articles=2 f1_timexes=") and "f1_entities" not in last
    for bad in ("timexes,verbs", ","):
        assert main(["eval", str(seed_gold), "--layers", bad]) == 2
        assert "[R100]" in capsys.readouterr().err


def test_eval_unwritable_output(seed_gold: Path, tmp_path: Path,
                                capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["eval", str(seed_gold), "--json", str(tmp_path / "no" / "x.json")]) == 2
    assert "cannot write the scores" in capsys.readouterr().err


def test_eval_exits_nonzero_when_nothing_scored(tmp_path: Path,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_text("{oops\n", encoding="utf-8")
    assert main(["eval", str(path)]) == 1
    err = capsys.readouterr().err
    assert "line 1" in err and "no gold article could be scored" in err


def test_renderings_name_errors_and_scores() -> None:
    record = gold()
    wrong = gold(timexes=[{"text": "أمس", "value": "2021-03-01"}])
    report = evaluate([record], pipeline=perfect(wrong))
    table = render_table(report)
    assert "strict_f1=" in table and "stance_accuracy=1.000 (3/3)" in table
    errors = render_errors(report)
    assert "wrong    gold «أمس» = 2021-03-04, found «أمس» = 2021-03-01" in errors
    assert "missed   «3 مارس 2021» = 2021-03-03" in errors
    markdown = render_markdown(report)
    assert "| timexes | 1 |" in markdown
    assert markdown.strip().splitlines()[-1].startswith("articles=1 f1_entities=1.000")


def test_bench_eval_report(seed_gold: Path, tmp_path: Path,
                           capsys: pytest.CaptureFixture[str],
                           monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / "report.md"
    monkeypatch.setattr(sys, "argv", ["eval_report.py", str(seed_gold), "--out", str(out)])
    with pytest.raises(SystemExit) as stop:
        runpy.run_path(str(ROOT / "bench" / "eval_report.py"), run_name="__main__")
    assert stop.value.code == 0
    last = capsys.readouterr().out.strip().splitlines()[-1]
    assert [pair.split("=")[0] for pair in last.split()] == [
        "f1_entities", "f1_timexes", "f1_statements", "f1_events", "articles", "seconds"]
    assert out.read_text(encoding="utf-8").startswith("| layer |")


def test_statement_near_miss_is_explained() -> None:
    record = gold(statements=[gold()["statements"][2]])
    run = pipeline(statements=lambda d: [statement(d, None, "تكون طائراتها قد قصفت قرية العين")])
    errors = render_errors(evaluate([record], pipeline=run, layers="statements"))
    assert "nearest: — (no speaker), content F1 1.00" in errors
    assert "spurious — [assert/indirect]: تكون طائراتها" in errors


def test_docs_name_every_option_and_key() -> None:
    docs = (ROOT / "docs" / "eval.md").read_text(encoding="utf-8")
    for option in ("--json PATH", "--layers LIST", "--errors", "--markdown PATH"):
        assert option in docs
    for layer, keys in KEYS.items():
        for name in keys - {"precision", "recall", "f1"}:
            assert f"{layer}.{name}" in docs or f".{name}" in docs, name
