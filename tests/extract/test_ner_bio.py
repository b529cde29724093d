"""BIO chunks, the CoNLL scorer and the CoNLL reader."""

from __future__ import annotations

from pathlib import Path

import pytest

from rasd.extract.ner.bio import chunks, read_conll, score


@pytest.mark.parametrize(
    ("tags", "expected"),
    [
        (["O", "O"], []),
        (["B-PERS", "I-PERS", "O"], [("PERS", 0, 2)]),
        (["B-LOC", "B-LOC"], [("LOC", 0, 1), ("LOC", 1, 2)]),
        (["I-ORG", "I-ORG", "O"], [("ORG", 0, 2)]),  # I after O starts an entity
        (["B-PERS", "I-LOC"], [("PERS", 0, 1), ("LOC", 1, 2)]),  # type change splits
        (["O", "B-MISC", "I-MISC"], [("MISC", 1, 3)]),  # runs to the end
    ],
)
def test_chunks(tags: list[str], expected: list[tuple[str, int, int]]) -> None:
    assert chunks(tags) == expected


@pytest.mark.parametrize(
    ("gold", "pred", "prf"),
    [
        (["B-PERS", "I-PERS"], ["B-PERS", "I-PERS"], (1.0, 1.0, 1.0)),
        (["B-PERS", "I-PERS"], ["B-PERS", "O"], (0.0, 0.0, 0.0)),  # partial span is wrong
        (["B-PERS", "O", "B-LOC"], ["B-PERS", "O", "B-ORG"], (0.5, 0.5, 0.5)),  # wrong type
        (["B-LOC", "O"], ["B-LOC", "B-LOC"], (0.5, 1.0, 2 / 3)),
        (["O"], ["O"], (0.0, 0.0, 0.0)),
    ],
)
def test_score(gold: list[str], pred: list[str], prf: tuple[float, float, float]) -> None:
    got = score([gold], [pred]).prf(("PERS", "LOC", "ORG"))
    assert got == pytest.approx(prf)


def test_score_keeps_types_apart() -> None:
    scores = score([["B-MISC", "B-LOC"]], [["B-MISC", "O"]])
    assert scores.prf(["MISC"]) == pytest.approx((1.0, 1.0, 1.0))
    assert scores.prf(["LOC"])[1] == 0.0


def test_read_conll_maps_aqmar_labels(tmp_path: Path) -> None:
    path = tmp_path / "tiny.txt"
    path.write_text("\u200eزار B-PER\nدمشق B-LOC\n\nحرب B-MIS\nO O\n", encoding="utf-8")
    assert read_conll(path) == [
        (["زار", "دمشق"], ["B-PERS", "B-LOC"]),
        (["حرب", "O"], ["B-MISC", "O"]),
    ]
