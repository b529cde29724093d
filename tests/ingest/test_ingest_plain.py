"""Plain text articles: the optional title line and the exact body."""

from __future__ import annotations

import pytest

from rasd.ingest.plain import split_title

BODY = "قال المتحدث إن الاجتماع انتهى دون اتفاق.\nوأضاف أن جولة جديدة ستعقد قريبا."


@pytest.mark.parametrize(("text", "title", "body"), [
    (f"انتهاء الاجتماع دون اتفاق\n\n{BODY}\n", "انتهاء الاجتماع دون اتفاق", BODY),
    (f"\n  عنوان قصير  \n \n{BODY}", "عنوان قصير", BODY),
    # the first line is a sentence (final punctuation): no title
    (f"انتهى الاجتماع دون اتفاق.\n\n{BODY}", None, f"انتهى الاجتماع دون اتفاق.\n\n{BODY}"),
    # no blank line after the first line: no title
    (BODY, None, BODY),
    # a long first line is a paragraph, not a title
    ("كلمة " * 40 + f"\n\n{BODY}", None, ("كلمة " * 40 + f"\n\n{BODY}").strip()),
    # a title with nothing after it is the body
    ("عنوان وحيد\n\n", None, "عنوان وحيد"),
])
def test_split_title(text: str, title: str | None, body: str) -> None:
    found, start, end = split_title(text)
    assert (found, text[start:end]) == (title, body)
