"""A word as the gate may read it in any case (issue 19, branch rev37).

The gate reads text normalised (kbgen.core.normalize maps letters that look like Latin ones to
them), then folded to lower case: `пароль` is read `пapoлb`, but `ПАРОЛЬ` is read `пapoль`
(the capital soft sign looks like no Latin letter) and `ΚΩΔΙΚΌΣ` `kωδikός`. A word list is
asked in every form, so a password word written in capitals is still one.
"""

from __future__ import annotations

from kbgen.core.normalize import normalize_text


def read_forms(word: str) -> set[str]:
    """`word` as written and as the gate reads it written in lower, title or upper case."""
    return {word, *(normalize_text(cased).lower()
                    for cased in (word.lower(), word.title(), word.upper()))}
