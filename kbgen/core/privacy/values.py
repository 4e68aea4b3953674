"""Whether a value looks like a key (random, high entropy) or a password (not a word, a
placeholder or code)."""

from __future__ import annotations

import math
import re
from functools import cache
from typing import Any

from kbgen.core.placeholder_words import placeholder_by_word

_SECRET_REFERENCE = re.compile(r"!(?:secret|env_var|ENV|vault|include)")
"""A YAML tag that names where the secret is kept (`password: !secret pi_hole_password`)."""


@cache
def _heuristic() -> Any:
    """detect-secrets' filters, imported once on first use."""
    from detect_secrets.filters import heuristic

    return heuristic


def _is_placeholder(value: str) -> bool:
    """Templated (`<password>`, `${PASS}`), starred or trivially short values."""
    heuristic = _heuristic()
    return (
        len(value) < 4
        or heuristic.is_templated_secret(value)
        or heuristic.is_prefixed_with_dollar_sign(value)
        or heuristic.is_not_alphanumeric_string(value)
        or heuristic.is_sequential_string(value)
    )

_PLAIN_PART_RE = re.compile(r"[A-Z]+\d*|[a-z]+\d*|\d+")

_WORD_RE = re.compile(r"[A-Z][a-z]{3,}|[a-z]{4,}")

_MONTH_DATE = re.compile(r"v?\d{0,2}(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\d{2,4}")
"""A date with its month's name, as releases are named (`29Aug2024`, `vJan21`)."""

_HEX = frozenset("0123456789abcdefABCDEF")

MIN_TOKEN_LENGTH = 20
"""Shorter strings are never reported as high-entropy keys."""

MIN_HEX_LENGTH = 32
"""Hex strings shorter than this (error codes, short build ids) are never reported."""


def _looks_like_key(value: str) -> bool:
    """Mostly random letter-digit mixes (not words, slugs or names), with a high entropy."""
    if len(value) < MIN_TOKEN_LENGTH or not re.search(r"\d", value):
        return False
    heuristic = _heuristic()
    if heuristic.is_potential_uuid(value) or heuristic.is_sequential_string(value):
        return False
    hex_only = set(value) <= _HEX
    if hex_only and len(value) < MIN_HEX_LENGTH:
        return False
    if _word_share(value) >= 0.5:
        return False
    return _entropy(value, hex_only) > _entropy_limit(len(value), hex_only)


def _word_share(value: str) -> float:
    """Share of characters in words: slugs, CONSTANT_NAMES, CamelCase names, `tone5`, `2026`.

    Random keys of 20+ characters rarely reach 0.5 (1 in 100 at 20 characters, fewer when
    longer); names and slugs are usually above 0.7.
    """
    in_words = 0
    mixed = not value.islower() and not value.isupper()  # base64, not base32 (onion, WKD)
    for part in re.split(r"[-_/+=.]", value):
        if len(part) <= 4 or _PLAIN_PART_RE.fullmatch(part) or _MONTH_DATE.fullmatch(part):
            in_words += len(part)
        else:
            in_words += sum(len(word) for word in _WORD_RE.findall(part)
                            if not (mixed and _random_letters(word)))
    return in_words / len(value)


def _random_letters(word: str) -> bool:
    """A long run of lower-case letters no word has (`wxyzqrstuvmnop`: few vowels, or five
    consonants in a row): in a value that mixes cases, part of a key, not a word of a name."""
    word = word[1:] if word[:1].isupper() else word  # `Lmwxyzqrstuvmnop`
    if len(word) < 8 or not word.islower():
        return False
    vowels = sum(ch in "aeiouAEIOU" for ch in word)
    return vowels * 4 < len(word) or bool(_CONSONANT_RUN5.search(word))


_CONSONANT_RUN5 = re.compile(r"[b-df-hj-np-tv-xz]{5}", re.I)


def _entropy(value: str, hex_only: bool) -> float:
    plugin = _entropy_plugins()[1 if hex_only else 0]
    return float(plugin.calculate_shannon_entropy(value))


def _entropy_limit(length: int, hex_only: bool) -> float:
    """Shannon entropy of random text grows with its length; ask for 80 % of log2(length)."""
    if hex_only:
        return 3.0  # detect-secrets' default for hex strings
    return min(4.5, 0.8 * math.log2(length))  # 4.5 is its default for base64 strings


@cache
def _entropy_plugins() -> tuple[Any, Any]:
    from detect_secrets.plugins.high_entropy_strings import (
        Base64HighEntropyString,
        HexHighEntropyString,
    )

    return Base64HighEntropyString(), HexHighEntropyString()

_VALUE_QUOTES = re.compile(r"""^(?:\*\*|__|["'`])+|(?:\*\*|__|["'`])+$""")

_PLACEHOLDER_WORDS = ("your", "example", "placeholder", "xxxx", "redacted", "hidden", "removed")

_NOT_PASSWORDS = frozenset({
    "true", "false", "none", "null", "nil", "empty", "blank", "required", "optional", "unset",
    "changed", "expired", "incorrect", "invalid", "wrong", "enabled", "disabled", "forgotten",
    "password", "passwd", "secret", "changeme", "changeit",  # a value that names its field
})

_NON_SECRET_PREFIXES = ("wpa", "wep", "http:", "https:", "mailto:", "/", "~", "./", "../", "$",
                        "%", "(", "[", "{", "<")

_CODE_VALUE = re.compile(r"[\w$\]]\s*[(\[]|^[\w.$]+\.[A-Za-z_$][\w$]*[;,]?$|[;,]$")
"""A call, an index, a dotted name or a value ending a statement: code, not a password."""

_IDENTIFIER = re.compile(r"[\w.'-]+")
"""Letters, digits and word punctuation only."""

MIN_PASSWORD_LENGTH = 6
"""Shorter values (`8+`, `1234`, `min. 8`) are rules about passwords, not passwords."""


def _looks_like_password(value: str, assigned: bool) -> bool:
    lowered = value.lower()
    if not (MIN_PASSWORD_LENGTH <= len(value) <= 128) or "://" in value:
        return False
    if lowered.startswith(_NON_SECRET_PREFIXES) or lowered in _NOT_PASSWORDS:
        return False
    if placeholder_by_word(value, _PLACEHOLDER_WORDS) or _is_placeholder(value):
        return False
    if any(word in lowered for word in _PLACEHOLDER_WORDS) and _looks_like_key(value):
        return False  # `wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY`: judged as a key, by its entropy
    if _SECRET_REFERENCE.fullmatch(value):
        return False  # `password: !secret pi_hole_password`
    if len(set(lowered)) <= 2:  # aaaaaa, xxxxxx, ******
        return False
    if _CODE_VALUE.search(value):
        return False  # pass = run(terms), password: getPassword(), os.environ["PASSWORD"]
    has_digit = any(ch.isdigit() for ch in value)
    if value.isdigit():
        return True  # 123456 is a password people use
    if has_digit and not any(ch.isalpha() for ch in value):
        return False  # 2026-08-07, 1.2.3: dates and versions
    if _IDENTIFIER.fullmatch(value):  # hunter2x; not DB_PASSWORD, self.secret, getPassword
        return has_digit or (assigned and value.isalpha() and value.islower())
    return True  # a symbol besides - ' . _: Tr0ub4dor&3, S3cret!, p@ss
