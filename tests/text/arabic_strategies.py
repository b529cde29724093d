"""Hypothesis strategies for Arabic-heavy text."""

from __future__ import annotations

from hypothesis import strategies as st

ARABIC_LETTERS = "".join(chr(c) for c in range(0x0621, 0x064B)) + "ٱپچژکگی"
HARAKAT = "".join(chr(c) for c in range(0x064B, 0x0653)) + "\u0670"
TATWEEL = "\u0640"
DIGITS = "٠١٢٣٤٥٦٧٨٩۰۱۲۳۴0123456789٫٬"
PUNCT = "«»()،؛؟.!:\"“”…-–"
SPACES = "  \n\n\t\u00a0\u200f\u200c"
#: Characters that may appear inside a balanced «…» or (…) in the sentence tests.
INNER = ARABIC_LETTERS + HARAKAT + DIGITS + "،؛؟.!: "

arabic_text = st.text(
    alphabet=st.sampled_from(ARABIC_LETTERS * 4 + HARAKAT + TATWEEL + DIGITS + PUNCT + SPACES * 3),
    max_size=300)
any_text = st.text(max_size=200)
texts = st.one_of(arabic_text, any_text)


@st.composite
def bracketed(draw: st.DrawFn) -> tuple[str, list[tuple[int, int]]]:
    """A text made of free pieces and balanced «…»/(…) pieces, with the latter's bounds."""
    parts = draw(st.lists(st.tuples(st.booleans(), arabic_text, st.text(INNER, max_size=40),
                                    st.sampled_from(["«»", "()"])), max_size=6))
    text = ""
    wrapped: list[tuple[int, int]] = []
    for wrap, free, inner, pair in parts:
        text += free
        if wrap:
            wrapped.append((len(text), len(text) + len(inner) + 2))
            text += pair[0] + inner + pair[1]
    return text, wrapped
