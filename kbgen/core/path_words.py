"""Whether a piece of a relative address reads as words (rev68 findings 1 and 1b): `images`,
`getting-started`, `IMG_2024_0105.png`, `SetupGuide.md`, `4402764401554-Fix-it`, `v2`, `..`;
not the pieces of a capability token or a base64 secret cut by `/`, `-` or `_`
(`Xq7Lm2Pz9Rt4Vw`, `wJalrXUtnFEMI`, `q8vNz3Lw2xP9mB4tR7y_Qw2E5sD1-Zx8Cv2Bn6.pdf`)."""

from __future__ import annotations

import re

_EXTENSION = re.compile(r"\.[A-Za-z][A-Za-z0-9]{0,4}\Z")
_SEPARATOR = re.compile(r"[-_.~+@,%]+")
_CASED_WORDS = re.compile(r"[a-z]+|[A-Z][a-z]+(?:[A-Z][a-z]+)*|[a-z]+(?:[A-Z][a-z]+)+|[A-Z]+")
"""Letters in one case, Capitalised, camel case of capitalised words, or capitals."""
_CAMEL_WORD = re.compile(r"[A-Z]?[a-z]+|[A-Z]+")
_VOWEL = re.compile(r"[aeiouyäöüàâéèêëîïôûùáíóúãõ]", re.I)
_CONSONANTS = re.compile(r"[b-df-hj-np-tv-xzß]{6}", re.I)
"""Six consonants in a row: no word's letters in the languages kbgen serves (German's
`Bildschirm` has five)."""
_NUMBERED = re.compile(r"[a-z]{1,4}\d{1,4}|[A-Z]{1,4}\d{1,4}|\d{1,4}[a-z]{1,3}|\d{1,4}[A-Z]{1,3}")
"""A short name with a number (`v2`, `h264`, `2x`, `X11`)."""


def reads_as_path_words(piece: str) -> bool:
    """True when every part of `piece` between `-`, `_`, `.` and the like is a number, a
    short numbered name or letters that read as words (in any language: a vowel, no six
    consonants in a row, `Bildschirmfoto`) in a regular case (lower, Capitalised, camel case of
    capitalised words, capitals); base64's mixed case and digits never are."""
    stem = _EXTENSION.sub("", piece) if piece not in (".", "..") else ""
    parts = [part for part in _SEPARATOR.split(stem) if part]
    return all(_reads_as_part(part) for part in parts)


def _reads_as_part(part: str) -> bool:
    if part.isdigit() or _NUMBERED.fullmatch(part):
        return True
    if not _CASED_WORDS.fullmatch(part):
        return False
    return all(len(word) <= 3 or _VOWEL.search(word) and not _CONSONANTS.search(word)
               for word in _CAMEL_WORD.findall(part))
