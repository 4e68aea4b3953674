"""Digit-only PINs stated after their word (`PIN: 4829`, `PIN-код: 4829`, `暗証番号：4829`,
`your PIN is 4829`): the password rules ask for six characters or letters, so a PIN of four
digits passed (issue 19, branch leak34).

A PIN needs a sign or a verb after its word (`pin 1234` is often a board's pin number or a
range of them), four to eight digits, and not a device's published default (`0000`, `1234`,
`123456`: the same digit, or digits counting up or down)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from kbgen.core.folded_words import folded_pattern
from kbgen.core.normalize import normalize_text
from kbgen.core.privacy.context import _Context, _Hit, _mask_secret
from kbgen.core.privacy.model import PASSWORD
from kbgen.core.word_needs import Words

_SUFFIXES = ("code", "number", "nummer", "nr.", "nr", "код", "кода", "коду", "コード", "番号",
             "번호", "kod", "kód", "kodu", "koodi")
_WORDS = ("pin", "пин", "code pin", "código pin", "codigo pin", "暗証番号", "パスコード", "密码",
          "口令", "비밀번호")
"""A PIN's word and what may follow it (`PIN-код`, `PIN code`); folded."""


def _forms(words: tuple[str, ...]) -> str:
    """`words` as written and as the gate reads them (look-alike letters mapped to Latin
    ones: `код` is read `кoд`), longest first, for a regex."""
    forms = {*words, *(normalize_text(word).lower() for word in words)}
    return "|".join(re.escape(form) for form in sorted(forms, key=len, reverse=True))


_PIN_WORD = (rf"(?:{_forms(_WORDS)})(?:[ \t_-]*(?:{_forms(_SUFFIXES)}))?"
             r"(?:/(?:pass(?:word|code|wort)|kennwort|mot de passe|contrase[ñn]a|senha|puk|code))?")

_SPACED = r"[A-Za-z\u00c0-\u024f\u0370-\u04ff]"
"""A letter of a script that spaces its words: none may touch the word or the value (`spin`,
`4829th`); Japanese and Chinese join them (`暗証番号は4829です`)."""

_PIN = re.compile(
    folded_pattern(rf"(?i)(?<!{_SPACED})(?:{_PIN_WORD})(?!{_SPACED})"
    r"(?:[ \t]+(?:[^\W\d_]+[ \t]+){0,4}?(?:is|was|ist|lautet|est|es|é|è|är|er|on|je|это|-)"
    r"(?:[ \t]+(?:now|still|set[ \t]+to|changed[ \t]+to))?"
    r"|[ \t]*(?:[:：=—–]|は|が|是|为|為|は「)"
    r"|(?<=[^\W\d_])[ \t]+(?=(?:\*\*|__|[\"'`“‘「『])*\d)(?<![Pp][Ii][Nn][ \t])(?<!пин[ \t])"
    r"|(?:[ \t]*</t[dh]>[ \t]*<t[dh](?:[ \t][^<>]*)?>)"
    r"|(?-i:(?<=PIN))[ \t]+(?=(?:\*\*|__|[\"'`“‘「『])*\d)"
    r"|[ \t]+(?=\d)(?<=-pin[ \t]))"
    rf"[ \t]*(?:\*\*|__|[\"'`“‘「『])*(?P<value>\d{{4,8}})(?![\d.,/:-]?\d)(?!{_SPACED})"))
"""A PIN word, a few words and a verb, or a sign, then 4-8 digits that are not part of a
longer number, a date or a word. A word of its own that names the code (`PIN code 4829`,
`PIN-код 4829`) may stand for the sign; `PIN 4829` alone may not (`pin 1234`, a board's
pins). An HTML table's next cell may too (`<td>PIN</td><td>4829</td>`)."""


_BARE = re.compile(folded_pattern(rf"(?i)(?:{_PIN_WORD})[ \t]+(?:\*\*|__|[\"'`“‘「『])*"))
"""The PIN word and the value with nothing but a blank between (no sign, no verb)."""
_CATALOGUE = re.compile(
    r"(?i)(?:\*\*|__|[\"'`”’」』])*[ \t-]+(?:edition|series|models?|versions?|releases?|range"
    r"|family|generation|serie[ns]?|modell?e?|éditions?|séries?|modèles?|edici[óo]n|modelos?"
    r"|versi[óo]n|edizione|modello|editie|versie)(?![^\W\d_])")
"""A catalogue's word right after the number: `PIN 2024 edition`, `PIN 1000 series` name a
product line, not a code (fix61)."""


def _product_line(line: str, match: re.Match[str]) -> bool:
    """The PIN word, a blank and a number a catalogue's word follows (`The PIN 2024 edition`)."""
    return (_BARE.fullmatch(line, match.start(), match.start("value")) is not None
            and _CATALOGUE.match(line, match.end("value")) is not None)


def _pins(line: str, context: _Context) -> Iterator[_Hit]:
    """A PIN stated after its word, unless it is a device's default (kbgen accepts those) or
    names a product line."""
    for match in _PIN.finditer(line):
        value = match.group("value")
        if not _default_pin(value) and not _product_line(line, match):
            yield _Hit(match.start("value"), match.end("value"), PASSWORD,
                       _mask_secret(value) if len(value) > 4 else "****")


def _default_pin(value: str) -> bool:
    """`0000`, `1111`, `1234`, `4321`, `123456`: what devices ship with and guides publish."""
    digits = [int(ch) for ch in value]
    steps = {b - a for a, b in zip(digits, digits[1:])}
    return len(steps) == 1 and steps <= {-1, 0, 1}


NEEDS = tuple({*_WORDS, *(normalize_text(word).lower() for word in _WORDS)} - {"code pin",
                                                                             "código pin"})
"""What _PIN needs, folded (`code pin` holds `pin`)."""


_NEEDED = Words(NEEDS)
"""NEEDS, asked quickly (word_needs)."""


def needs(folded: str) -> bool:
    """A folded text holds a PIN word."""
    return _NEEDED(folded)
