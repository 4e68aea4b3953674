"""A setting's whole value judged on its own (issue 19, branch fixfp68): `SIGNING_SALT =
Kq8vNz3Lw2xP9`, then the next setting. The split reader no longer joins that value with the
next line's name (fp68), which caught such values only by accident (rev68 finding 2); a value
of 12 or more letters and digits that mixes both cases and digits (or, all capitals, digits in
every group of a grouped code: `7KQ2-XW9P-4RTZ`) is random, and a setting holding it holds a
secret whatever its name. Paths, hostnames, numbers, words and versions are not: they hold a
`.`/`/`, no digit, no letter, or read as words (`eu-west-1`, `S3BucketName`, `AES256-GCM`)."""

from __future__ import annotations

import re

from kbgen.core.placeholder_words import reads_as_words, word_like

MIN_SETTING_SECRET = 12
"""A setting's value shorter than this is left to the rules that read its name."""

_VALUE = re.compile(r"[A-Za-z0-9]+(?:[-_+][A-Za-z0-9]+)*")
_CAMEL = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])|\d+")


def random_setting_value(value: str) -> bool:
    """`Kq8vNz3Lw2xP9`, `7KQ2-XW9P-4RTZ`: random letters and digits, as a generated secret is."""
    value = value.strip("'\"`")
    if len(value) < MIN_SETTING_SECRET or not _VALUE.fullmatch(value):
        return False
    if not any(ch.isdigit() for ch in value) or not any(ch.isalpha() for ch in value):
        return False
    groups = re.split(r"[-_+]", value)
    if any(ch.islower() for ch in value):
        if not any(ch.isupper() for ch in value[1:]):
            return False  # `ami0abcdef123456`, `release2024q1`: one case, an id or a name
        return not _reads_as_camel_words(value)
    return len(groups) >= 3 and all(  # all capitals: a grouped code, each group mixed
        any(ch.isdigit() for ch in group) and any(ch.isalpha() for ch in group)
        for group in groups)


def _reads_as_camel_words(value: str) -> bool:
    """`S3BucketName2024`, `MyApp2Production`: words in camel case with numbers, at least half
    the letters in words of four or more, not random short capitalised pairs (`Zq4Tw8Yr`)."""
    parts = [part for part in _CAMEL.findall(value) if not part.isdigit()]
    worded = sum(len(part) for part in parts if len(part) >= 4 and reads_as_words(part.lower())
                 or len(part) == 3 and word_like(part))
    return 2 * worded >= sum(map(len, parts)) and all(
        len(part) <= 3 or reads_as_words(part.lower()) for part in parts)
