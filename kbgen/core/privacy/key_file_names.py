"""A secret written as the name of a certificate's or a key's file, for the gate (issue 19,
branch gap58).

A file name is a value like any other. The token rules read a value by its label or by its
length and randomness as a whole, so a secret made part of a certificate's or key's file name
(`RootCA-4729183650192837465019283746.crt`, a card number as `Certificate-4539148803436467.cer`,
`TrustedRoot-Hx7vQ2mZ9LpR3tYw.crt`, `pw-ca-88345190277364519.pem`, a composed password
`Winter2024Northbridge7Payroll.crt`) was no token and went through (rev57's filename-token and
certfile gaps); kbgen.core.privacy.certificate_files then accepts the names a CA gives its files.

Read by what a CA's file name is: words, acronyms and short numbers (`DigiCertGlobalRootG3`,
`SHA3842020CA1-1`, `isrgrootx1`). A piece of the name (between `-`, `_`, `.`, `/`) is a secret
when it is what no CA writes:
- a run of PIECE_DIGITS digits or more, or a piece holding as many (a year, a version or a
  generation is 1 to 8 digits, `SHA3842020CA1` holds 9; a card number, an account or a numeric
  token is longer: `58204719AB36401928CD57`), or STEM_DIGITS in the whole name (a card
  number in groups: `RootCA-4729-1836-5019-2837`);
- a generator's piece: PIECE_RANDOM characters or more, both cases and digits, mostly no words
  (`Hx7vQ2mZ9LpR3tYw`);
- a password composed of words and numbers: capitalised words of three letters or more with a
  number glued between them twice or more (`Winter2024Northbridge7Payroll`, or with the
  separators between: `Winter-2024-Northbridge-7-Payroll`; a CA's numbers stand between
  acronyms: `G3TLS`, `SHA3842020CA1`), or lower-case words glued so with no separator
  (`winter2024northbridge7payroll`; gap59);
- a generator's piece in lower case (`hx7vq2mz9lpr3tyw`: three digits among letters, one beyond
  hex), and a password's symbol in the stem (`Summer2024!Jensen.crt`: gap59).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from kbgen.core.placeholder_words import reads_as_words
from kbgen.core.privacy.context import _Context, _Hit, _mask_secret
from kbgen.core.privacy.model import PASSWORD, TOKEN
from kbgen.core.privacy.values import _word_share

_KEY_FILE = re.compile(
    r"(?i)(?<![\w.+-])(?P<stem>[\w+-]+(?:\.[\w+-]+)*?)"
    r"\.(?:crt|cer|cert|pem|der|key|p12|pfx|p7b|p7c|crl|csr|jks|keystore|ca-bundle)"
    r"(?:\.(?:pem|der))?(?![\w-])")
"""A file name ending as a certificate's, a bundle's or a key's does, and its stem."""
PIECE_DIGITS = 12
"""A run of this many digits or more is no CA's year, version or generation."""
STEM_DIGITS = 16
"""A name holding this many digits in all is no CA's (a card number written in groups)."""
PIECE_RANDOM = 10
"""A generator's piece this long or longer, mostly no words, is no CA's name (gap59: 12 let
`Hx7vQ2mZ9Lp` through)."""
_DIGITS = re.compile(r"(?<!\d)\d{%d,}(?!\d)" % PIECE_DIGITS)
_RANDOM = re.compile(r"(?=[^-_.]*[a-z])(?=[^-_.]*[A-Z])(?=[^-_.]*\d)[A-Za-z0-9]{%d,}"
                     % PIECE_RANDOM)
_LOWER_RANDOM = re.compile(r"(?=[^-_.]*[g-z])(?=(?:[^-_.]*?\d){3})[a-z0-9]{%d,}" % PIECE_RANDOM)
"""A generator's piece in lower case (`hx7vq2mz9lpr3tyw`, `8f2klmn9qrtx4vz7wy3b`): three digits
or more among letters, one beyond hex (a digest's hex names a public certificate's file, as
c_rehash does)."""
_NAME_PIECE = re.compile(r"[A-Z]+(?![a-z])|[A-Z]?[a-z]+")
"""The letters of a name in pieces as CamelCase and separators cut it (`Digi`, `Cert`, `TLS`)."""
SHORT_NAME = 5
"""A name of this many letters or fewer spells nothing either way (`ca`, `my-ca`)."""
MAX_ODD_PIECES = 3
"""A CA's file name has at most this many pieces that read as no word (`G`, `CA`, `R`)."""
_CAPITALISED = r"(?:[A-Z][a-z]{2,}\d+){2,}[A-Z][a-z]{2,}"
_COMPOSED = re.compile(
    rf"{_CAPITALISED}|(?<![A-Za-z])(?:[a-z]{{3,}}\d+){{2,}}[a-z]{{3,}}(?![A-Za-z])")
"""Capitalised words with numbers glued between them, twice or more, or lower-case words so
glued with no separator (a composed password: `Winter2024Northbridge7Payroll`,
`winter2024northbridge7payroll`); the capitalised ones are read with the separators taken out
too (`Winter-2024-Northbridge-7-Payroll`: gap59)."""
_SYMBOL_STEM = re.compile(
    r"(?i)(?<![\w.+!#$%&*^-])(?P<stem>(?=[\w!#$%&*^@?~+-]*\d)[\w+-]*[a-z][\w+-]*[!#$%&*^@?~]"
    r"[\w!#$%&*^@?~+-]*)\.(?:crt|cer|cert|pem|der|key|p12|pfx|p7b|p7c|crl|csr|jks|keystore)"
    r"(?![\w-])")
"""A certificate's or key's file name whose stem holds a password's symbol among letters and
digits (`Summer2024!Jensen.crt`, `Summer2024@Jensen.p12`): no CA writes `!`, `#`, `$`, `%`, `&`,
`*`, `^`, `@`, `?` or `~` in a name (gap61: `@`, `?`, `~`). The name may follow any of these
(`cert=@Summer2024!Jensen.p12`, `dl.php?Falcon2024#Mueller.key`, `~Summer2024!Jensen.crt`:
fix61)."""
_WEAK_SYMBOLS = re.compile(r"[^!#$%&*^]*")
"""A stem whose only symbols are `@`, `?` or `~`, which a backup (`cert~v2`) or a mail address
writes too."""
_PASSWORD_AT_SYMBOL = re.compile(
    r"(?i)[a-z]{2,}\d{2,}[@?~][a-z]{2,}|[a-z]{2,}[@?~][a-z]{2,}\d{2,}")
"""Such a stem is a password's when a word glued to a number meets the symbol
(`Summer2024@Jensen`, `Orbit2023?Jensen`, `Jensen~Summer2024`), not in `cert~v2` (fix61)."""


def spelled(stem: str) -> bool:
    """The name before its endings spells words, as a CA's does (`DigiCertGlobalG3…CA1-1`), not
    random letters (`Xk9vQ2mZ7LpR3t`: `Xk`, `v`, `Q`, `m`, …)."""
    pieces = _NAME_PIECE.findall(stem)
    letters = sum(map(len, pieces))
    if letters <= SHORT_NAME:
        return True
    worded = [piece for piece in pieces if len(piece) >= 3 and reads_as_words(piece.lower())]
    return (2 * sum(map(len, worded)) >= letters
            and len(pieces) - len(worded) <= MAX_ODD_PIECES)


def needs(text: str, folded: str) -> bool:
    """A text may hold such a name: a certificate's or key's ending."""
    return any(ending in folded for ending in _ENDINGS)


_ENDINGS = (".crt", ".cer", ".pem", ".der", ".key", ".p12", ".pfx", ".p7", ".crl", ".csr",
            ".jks", ".keystore", ".ca-bundle")


def secret_piece(stem: str) -> tuple[int, int, str] | None:
    """(start, end, kind) in `stem` of the piece no CA's file name holds, or None."""
    digits = _DIGITS.search(stem)
    if digits:
        return digits.start(), digits.end(), TOKEN
    if sum(character.isdigit() for character in stem) >= STEM_DIGITS:
        return 0, len(stem), TOKEN  # `RootCA-4729-1836-5019-2837`: a number in groups
    for match in re.finditer(r"[^-_./+]+", stem):
        piece = match.group()
        if sum(character.isdigit() for character in piece) >= PIECE_DIGITS:
            return match.start(), match.end(), TOKEN  # `58204719AB36401928CD57`
        for random in (*_RANDOM.finditer(piece), *_LOWER_RANDOM.finditer(piece)):
            if _word_share(random.group()) < 0.5 and not spelled(random.group()):
                return match.start() + random.start(), match.start() + random.end(), TOKEN
    composed = _COMPOSED.search(stem)
    if composed:
        return composed.start(), composed.end(), PASSWORD
    if re.search(_CAPITALISED, re.sub(r"[-_.]", "", stem)):
        return 0, len(stem), PASSWORD  # `Winter-2024-Northbridge-7-Payroll`
    return None


def _key_file_names(line: str, context: _Context) -> Iterator[_Hit]:
    """The secret piece of each certificate's or key's file name on the line."""
    for match in _KEY_FILE.finditer(line):
        found = secret_piece(match.group("stem"))
        if found is not None:
            start, end, kind = found
            value = line[match.start("stem") + start:match.start("stem") + end]
            yield _Hit(match.start("stem") + start, match.start("stem") + end, kind,
                       _mask_secret(value))
    for match in _SYMBOL_STEM.finditer(line):
        if (_WEAK_SYMBOLS.fullmatch(match.group("stem"))
                and not _PASSWORD_AT_SYMBOL.search(match.group("stem"))):
            continue
        yield _Hit(match.start("stem"), match.end("stem"), PASSWORD,
                   _mask_secret(match.group("stem")))
