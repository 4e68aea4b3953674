"""Label words as the gate reads them: normalize_text folds letters of other scripts that
look Latin into Latin ones (`пароль` is read `пapoлb`, `ΑΦΜ` `AΦM`), so a word list or a
pattern written in those scripts is built here to match both forms, or it never matches."""

from __future__ import annotations

from collections.abc import Iterable

from kbgen.core.normalize import CONFUSABLES, normalize_text
from kbgen.core.word_forms import read_forms


def folded(ch: str) -> str:
    """The letter normalize_text may show letter `ch` as (`ь`: `b`), or "" for one it leaves
    as it is. The case is kept: `Ь` stays, so a pattern matches both cases only with
    re.IGNORECASE, as before."""
    if ch.isascii() or not ch.isalpha():
        return ""
    read = ch.translate(CONFUSABLES)
    return read if len(read) == 1 and read != ch else ""


def folded_pattern(source: str) -> str:
    """Regex `source` with each letter normalize_text folds also matching its folded form
    (`пароль` becomes `п[аa][рp][оo]л[ьb]`); a class gets the forms of the letters it lists
    added, not of its ranges (`[а-я]` names a script, not a word). Idempotent."""
    out: list[str] = []
    index = 0
    while index < len(source):
        ch = source[index]
        if ch == "\\":
            out.append(source[index:index + 2])
            index += 2
        elif ch == "[":
            end = _class_end(source, index)
            body = source[index + 1:end]
            missing = "".join(dict.fromkeys(
                form for letter in _class_letters(body) if (form := folded(letter))
                and form not in body))
            out.append(f"[{body}{missing}]")
            index = end + 1
        else:
            form = folded(ch)
            out.append(f"[{ch}{form}]" if form else ch)
            index += 1
    return "".join(out)


def _class_end(source: str, start: int) -> int:
    """Index of the `]` closing the class opened at `start`."""
    index = start + 1
    if source[index:index + 1] == "^":
        index += 1
    if source[index:index + 1] == "]":
        index += 1
    while index < len(source) and source[index] != "]":
        index += 2 if source[index] == "\\" else 1
    return index


def _class_letters(body: str) -> Iterable[str]:
    """The letters a class body lists; ranges and escapes skipped."""
    index = 0
    while index < len(body):
        ch = body[index]
        if ch == "\\":
            index += 2
            continue
        if body[index + 1:index + 2] == "-" and index + 2 < len(body) and body[index + 2] != "\\":
            index += 3
            continue
        yield ch
        index += 1


def folded_words(words: Iterable[str]) -> frozenset[str]:
    """`words` and each as normalize_text reads it as written, and lowered when written in
    any case (kbgen.core.word_forms: `пароль`, `пapoлb`, and `пapoль` for `ПАРОЛЬ`)."""
    kept = set()
    for word in words:
        kept.add(word)
        if any(folded(ch) for ch in word):
            kept.update((normalize_text(word), *read_forms(word)))
    return frozenset(kept)
