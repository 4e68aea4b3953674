"""A need's answers for the last few long texts it was asked, kept: the gate asks some needs
of a whole text twice, once among every detector's needs (kbgen.core.privacy.detectors'
`_may_find`) and again in a reader of the whole text's tables (identity documents, national
ids and bank accounts in columns), each time searching the whole text; the second time the
answer is looked up. Short texts (lines, cells) are asked as they come and keep nothing, so
that they do not push the whole texts out."""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps

LONG = 200
"""Texts longer than this have their answers kept (a line or a cell rarely is)."""
KEPT = 4
"""How many long texts' answers a need keeps: a text, its reading as shown and as folded."""


def kept_for_long_texts(need: Callable[[str], bool]) -> Callable[[str], bool]:
    """`need`, whose answers for its last KEPT long texts are kept (it must be a function of
    the text alone)."""
    kept: dict[str, bool] = {}

    @wraps(need)
    def asked(text: str) -> bool:
        if len(text) <= LONG:
            return need(text)
        answer = kept.get(text)
        if answer is None:
            answer = kept[text] = need(text)
            if len(kept) > KEPT:
                kept.pop(next(iter(kept), ""), None)  # the oldest
        return answer

    return asked
