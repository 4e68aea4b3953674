"""A password after its word inflected, in a language that declines it (hostile round 24):
Finnish `Mikon kotireitittimen salasanaksi vaihdettiin Kissa2024koira` (translative), a
synonym in a chained genitive (`… tunnussana on …`), Turkish `Mehmet'in ev modeminin şifresi
Kedi2024kopek` (a possessive suffix), Hungarian `jelszavam`, Estonian `parooliks`. The gate's
password readers know these words in their base form before a colon or a verb `is`; a case
ending, a possessive suffix or a verb between them hid the value, and main published it.

Read: the word's stem with up to six letters of ending (`salasana|tunnussana|pääsykoodi`,
`şifre|parola`, `jelszó|jelszav`, `parool`), then within four words (no sentence's end, no
other digit before) the first token that is a password by the gate's judgement (`values.
_looks_like_password`, unassigned: a letter and a digit or a symbol; no placeholder, template
or mask) and holds a letter and a digit or a symbol (a length's `12`, a count's `8` are not).
The first token that is not a word decides; a value the sentence calls an example
(`esimerkiksi`, `örneğin`, `például`, `näiteks`, or field_examples' words) is none.

An ending that makes another word is a derivation, not the noun's case: Turkish `şifrele-`
(to encrypt: `şifreleme`, `şifrelenmiş`), `şifreli` (with a password), `şifresiz` (without);
Finnish `salasanaton`, `salasanallinen`; Hungarian `jelszavas`, `jelszavaz`, `jelszótlan`: no
value follows such a word. Nor is a value an algorithm's name (`SHA-256`, `AES-256`, `TLS1.3`,
`ChaCha20-Poly1305`) or an e-mail address's stand-in (the word e-mail, `@`, words:
`e-posta@adresinizi`)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from kbgen.core.privacy.clear_examples import _clearly_example
from kbgen.core.privacy.context import _Context, _Hit, _mask_secret
from kbgen.core.privacy.field_examples import SOMEONE, named_example
from kbgen.core.privacy.model import PASSWORD
from kbgen.core.privacy.values import _looks_like_password

_WORD = re.compile(
    r"(?i)(?<![^\W\d_])(?:(?:sala|tunnus)sana|pääsykoodi|paasykoodi|şifre|sifre|parola"
    r"|jelsz[oóa]|parool)[^\W\d_]{0,7}(?![^\W\d_])")
"""The word for a password, its stem and an ending (Finnish, Turkish, Hungarian, Estonian)."""
_DERIVED = re.compile(
    r"(?i)(?:şifre|sifre|parola)(?:l[eaiı](?!r)|s[iı]z)[^\W\d_]*"
    r"|(?:(?:sala|tunnus)sana|pääsykoodi|paasykoodi)(?:t[oö]n|tt[oö]m|llinen|llis)[^\W\d_]*"
    r"|jelszava[sz][^\W\d_]*|jelszótlan[^\W\d_]*")
"""A word derived from the password's (to encrypt, encrypted, with or without a password)."""
_ALGORITHM_UNIT = (r"(?:sha|aes|3?des|rsa|e?c?dsa|ed|tls|ssl|dtls|wpa|chacha|poly|blake|crc"
                   r"|hmac|pbkdf|argon|scrypt|bcrypt|rc|md|psk|gcm|cbc|ctr|xts|curve|gost"
                   r"|camellia|serpent|twofish|salsa|xxh|ripemd|kdf|ntlm|ntlmv|ccmp|tkip)"
                   r"\d*(?:[.-]?\d+)*(?:id|i|d)?")
_ALGORITHM = re.compile(rf"(?i){_ALGORITHM_UNIT}(?:[-/]{_ALGORITHM_UNIT})*")
"""An algorithm's or a protocol's name, with its size or version (`SHA-256`, `TLS1.3`)."""
_JOINED_WORDS = re.compile(r"(?i)(?:e-?posta|e-?mail|sähkö-?posti|posti|courriel|correo|mail)"
                           r"@[^\W\d_]+(?:[-.][^\W\d_]+)*")
"""An e-mail address's stand-in (`e-posta@adresinizi`): the word e-mail, an `@`, words."""
_TOKEN = re.compile(r"[^\s\"'`<>()\[\]{}|]+")
"""A value's or a word's characters."""
_SENTENCE_END = re.compile(r"[.!?](?:\s|$)")
_END = re.compile(r"[.,;:!?]+$")
_EXAMPLE_WORDS = re.compile(r"(?i)(?<![^\W\d_])(?:esimerkiksi|esim\.|örneğin|ornegin|mesela"
                            r"|például|pl\.|näiteks|nt\.)")
"""`for example` in these languages, which kbgen.core.privacy.field_examples does not list."""
MAX_TOKENS = 5
"""The words read after the password's word: four words, then the value."""


def needs(folded: str) -> bool:
    """Whether a folded line names a password in one of these languages."""
    return any(stem in folded for stem in ("sana", "koodi", "ifre", "parol", "parool", "jelsz"))


_JOINERS = frozenset("/-.'’")
"""What joins words into one token (`temporară/one-time`, `e-posta`): no password's symbol."""
_ADDRESS = re.compile(r"@[\w-]+\.\w|://")


def _value(value: str) -> bool:
    """Whether a token is a password: a letter, and a digit or a symbol that joins no words."""
    letters = any(char.isalpha() for char in value)
    digits = any(char.isdigit() for char in value)
    symbols = any(not char.isalnum() and char not in _JOINERS for char in value)
    return (len(value) >= 6 and letters and (digits or symbols) and not _ADDRESS.search(value)
            and not _ALGORITHM.fullmatch(value) and not _JOINED_WORDS.fullmatch(value)
            and _looks_like_password(value, assigned=False))


def _example(line: str, start: int) -> bool:
    """Whether the sentence calls the value an example and says whose it is of no one."""
    before = line[:start]
    return named_example(before, line) or (_EXAMPLE_WORDS.search(before) is not None
                                           and SOMEONE.search(line) is None)


def inflected_secret_words(line: str, context: _Context) -> Iterator[_Hit]:
    """Each password the line gives after its inflected word."""
    if not needs(line.lower()):
        return
    for word in _WORD.finditer(line):
        if _DERIVED.fullmatch(word.group()):
            continue  # `şifreleme` (encryption), `salasanaton` (without a password)
        end = _SENTENCE_END.search(line, word.end())
        stop = end.start() + 1 if end is not None else len(line)
        for count, token in enumerate(_TOKEN.finditer(line, word.end(), stop)):
            value = _END.sub("", token.group().lstrip(":="))
            if count >= MAX_TOKENS or not value:
                break
            if value.isalpha():
                continue  # a word between (`on`, `vaihdettiin`, `oli viikon ajan`)
            if _value(value):
                start = token.start() + token.group().index(value)
                hit = _Hit(start, start + len(value), PASSWORD, _mask_secret(value))
                if not _clearly_example(line, hit).allowed and not _example(line, start):
                    yield hit
            break  # the first token that is no word decides
