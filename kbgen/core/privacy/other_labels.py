"""Labels that labelled_secrets left out (issue 19, branch leak41).

`Basic auth: …`, `Zugangscode: …`, Cyrillic labels (`ключ Wi-Fi: …`, `токен: …`), a password
word with a digit for a letter (`PASSW0RD: …`, `P4ssword=…`) and a bare `Key: …`. The value is
judged as a password's (`password: <value>`; digits after a code's label as a PIN's; a bare
key's hit is a token's: `key: sk_live_…` split over two lines stays one token), so
placeholders, variables and defaults stay accepted. A bare key's value must look random as
well (upper and lower case letters and a digit, 10 or more characters): `Key: press Enter`,
`Key: F5`, `Key: SHA256`, `Key: value1` are documentation."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace

from kbgen.core.privacy.context import _Hit, judged_as_key
from kbgen.core.privacy.labelled_secrets import Judge, _named, _value
from kbgen.core.privacy.model import TOKEN
from kbgen.core.word_needs import Words

_LOOKALIKES = str.maketrans({"а": "[аa]", "в": "[вb]", "е": "[еe]", "к": "[кk]", "м": "[мm]",
                            "н": "[нh]", "о": "[оo]", "р": "[рp]", "с": "[сc]", "т": "[тt]",
                            "у": "[уy]", "х": "[хx]"})


def _cyrillic(pattern: str) -> str:
    """`pattern` also matching its letters as the scanner's text writes them (it turns
    Cyrillic letters shaped like Latin ones into those: `токен` is read as `tokeh`)."""
    return pattern.translate(_LOOKALIKES)


_NAMED = (
    r"basic[ \t_-]?auth(?:[ \t_-]?(?:password|credentials?))?"
    r"|zugangs[ \t_-]?(?:code|schl(?:ü|ue)ssel|kennung)|freischalt[ \t_-]?code"
    r"|(?=[a-z@]*[0-9@])p[a4@]ss?w[o0]r[dt]|(?=[a-z@]*[0-9@])p[a4@]ss?wd|"
    + _cyrillic(r"ключ(?:[ \t]+(?:от|для|к))?[ \t]+(?:wi-?fi|wlan|сети|доступа|api|безопасности)"
                r"|(?:wi-?fi|wlan|api)[ \t-]ключ|токен(?:[ \t]+(?:доступа|api|бота))?"
                r"|код[ \t]+доступа|ключ[ \t]+(?:шифрования|восстановления)"))
"""A label naming a secret: the value needs no shape of its own."""

_BARE = r"key|schl(?:ü|ue)ssel|[кk]люч|cl[ée]|clave|chave|chiave|sleutel|nyckel|n[øo]gle|klucz"
"""A label that names a secret only beside a random-looking value."""

_LABEL = re.compile(
    rf"(?i)(?<![\w?&=./-])(?:(?P<named>{_NAMED})|(?P<bare>{_BARE}))[ \t]*(?:\*\*|__)?"
    r"[ \t]*(?:[:=：]|[ \t]—|[ \t]-[ \t]|\bis\b|\bwas\b)[ \t]*(?:\*\*|__|[\"'`])?"
    r"(?P<value>[^\s\"'`<|*]{4,128})")

_RANDOM = re.compile(r"(?=\S*[a-z])(?=\S*[A-Z])(?=\S*[0-9])[A-Za-z0-9!#$%&+/=@^_~.-]{10,128}")
"""A value as a generator writes it: both cases and a digit, 10 characters or more."""


def other_labelled(line: str, judge: Judge) -> Iterator[_Hit]:
    """Hits of each value after one of _LABEL's labels, judged as a password's."""
    if not needs(line.lower()):
        return  # asked of every line (as labelled_secrets is): its words first
    for match in _LABEL.finditer(line):
        value = _value(match.group("value"))
        label = match.group("named") or match.group("bare")
        if value.isalpha() or _named(match.group("value"), label):
            continue
        if match.group("bare") and not _RANDOM.fullmatch(value):
            continue
        word = "pin" if value.isdigit() and "code" in label.lower() else "password"
        hits = judged_as_key(word, value, match.start("value"), judge)
        yield from (replace(hit, kind=TOKEN) for hit in hits) if match.group("bare") else hits


_WORDS = ("basic", "zugang", "freischalt", "люч", "токен", "tokeh", "ступ", "key", "schl",
          "clé", "clave", "chave", "chiave", "sleutel", "nyckel", "nøgle", "nogle", "klucz")
_NEEDED = Words(_WORDS)
"""_WORDS asked quickly (word_needs, build46)."""


def needs(folded: str) -> bool:
    """A folded text may hold one of _LABEL's labels."""
    return _NEEDED(folded) or bool(_LEET.search(folded))


_LEET = re.compile(r"p[a4@]ss?w(?:[o0]r|d)")
