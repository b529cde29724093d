"""The shipped model on the ANERcorp test split (slow: tags 25,000 tokens)."""

from __future__ import annotations

from pathlib import Path

import pytest

from rasd.extract.ner.bio import read_conll, score
from rasd.extract.ner.model import default_model


@pytest.mark.slow
@pytest.mark.parametrize(
    ("name", "floor"),
    [("ANERCorp_CamelLab_test.txt", 0.69), ("ANERCorp_CamelLab_test.fixed.txt", 0.69)],
)
def test_anercorp_f1_does_not_regress(shared_dir: Path, name: str, floor: float) -> None:
    path = shared_dir / "data" / "anercorp-camel" / name
    if not path.is_file():
        pytest.skip(f"{path} is not available")
    sentences = read_conll(path)
    model = default_model()
    words = [tokens for tokens, _ in sentences]
    batches = (words[i : i + 30] for i in range(0, len(words), 30))
    predicted = [tags for batch in batches for tags in model.tag_sentences(batch)[0]]
    f1 = score((tags for _, tags in sentences), predicted).prf(("PERS", "LOC", "ORG"))[2]
    assert f1 >= floor
