"""A code that opens a door, a gate, an alarm or an account, given after its label in any of
the site's languages (issue 19, branch leak42): `Код доступа: 4711`, `Access code: 4711`,
`Türcode 4711`, `code d'accès : 4711`, `| Door code | 4711 |`. The password rules ask for six
characters and the PIN rules for the word PIN, so a short code after another label was
published. Four to eight digits count as a PIN does (a device's default, `0000` or `1234`,
stays); a code of letters and digits as a password does (placeholders stay)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from kbgen.core.folded_words import folded_pattern
from kbgen.core.normalize import normalize_text
from kbgen.core.privacy.context import _Context, _fold, _Hit, _mask_secret
from kbgen.core.privacy.model import PASSWORD
from kbgen.core.privacy.pins import _default_pin
from kbgen.core.privacy.split_passwords import across_lines
from kbgen.core.privacy.values import _looks_like_password
from kbgen.core.word_needs import Words

_LABELS = (
    # English: what the code opens
    "access code", "door code", "gate code", "entry code", "entrance code", "keypad code",
    "alarm code", "lock code", "unlock code", "garage code", "safe code", "lockbox code",
    "key safe code", "buzzer code", "intercom code", "building access code",
    # German, Dutch, Scandinavian, Finnish (one word)
    "zugangscode", "türcode", "tuercode", "torcode", "alarmcode", "zutrittscode",
    "eingangscode", "tresorcode", "schließfachcode", "toegangscode", "deurcode", "poortcode",
    "åtkomstkod", "portkod", "dörrkod", "larmkod", "tilgangskode", "dørkode", "portkode",
    "pääsykoodi", "ovikoodi",
    # Romance languages
    "code d'accès", "code d’accès", "code d'acces", "code de la porte", "code porte", "digicode",
    "code d'entrée", "code d’entrée", "code de l'alarme", "code du portail",
    "código de acceso", "código de la puerta", "código de entrada", "código de alarma",
    "codigo de acceso", "código de acesso", "código da porta", "codigo de acesso",
    "codice di accesso", "codice d'accesso", "codice della porta", "codice d'ingresso",
    "codice allarme",
    # Slavic, Turkish, Czech
    "код доступа", "код доступу", "код двери", "код от двери", "код домофона", "код замка",
    "код сигнализации", "код от сейфа", "код подъезда", "kod dostępu", "kod dostepu",
    "kod do drzwi", "kod do bramy", "kod wejściowy", "erişim kodu", "kapı kodu",
    "přístupový kód", "kód dveří",
    # Japanese, Chinese, Korean
    "アクセスコード", "ドアコード", "访问码", "访问代码", "門禁碼", "门禁码", "门禁密码",
    "門禁密碼", "출입 코드", "출입코드", "도어락 비밀번호",
)
"""Labels naming a code that opens something, folded."""


def _forms(words: tuple[str, ...]) -> str:
    """`words` as written and as the scanner reads them (look-alike letters turned Latin:
    `код` is read `koд`), longest first, for a regex; a space matches spaces, `-` or `_`."""
    forms = {*words, *(normalize_text(word).lower() for word in words)}
    return "|".join(re.escape(form).replace(r"\ ", r"[ \t_-]+")
                    for form in sorted(forms, key=len, reverse=True))


_SPACED = r"[A-Za-z\u00c0-\u024f\u0370-\u04ff]"
"""A letter of a script that spaces its words: none may touch the label or the value."""

_WHERE_WORDS = ("for", "of", "to", "at", "в", "на", "для", "от", "für", "zum", "zur", "de", "du",
                "pour", "para", "per", "di", "voor", "do", "till", "til")
"""Words before what the code opens (`door code for the lobby:`, `код доступа в офис:`)."""

_WHERE = (rf"(?:[ \t]+(?:{_forms(_WHERE_WORDS)})(?:[ \t]+[^\W\d_]{{1,20}}){{1,3}}"
          r"(?=[ \t]*(?:\*\*|__)?[ \t]*[:：=|—–]))?")
"""What the code opens, before a sign."""

_CODE = re.compile(
    folded_pattern(rf"(?i)(?<!{_SPACED})(?:{_forms(_LABELS)})(?!{_SPACED}){_WHERE}"
    r"(?:[ \t]+(?:[^\W\d_]+[ \t]+){0,4}?(?:is|was|ist|lautet|est|es|é|è|är|er|on|je|это|—|-)"
    r"(?:[ \t]+(?:now|still|set[ \t]+to|changed[ \t]+to))?"
    r"|[ \t]*(?:\*\*|__)?[ \t]*(?:[:：=—–]|は|が|是|为|為)"
    r"|[ \t]*(?:\*\*|__)?[ \t]*\|"
    r"|[ \t]*</t[dh]>[ \t]*<t[dh](?:[ \t][^<>]*)?>"
    r"|[ \t]+(?=(?:\*\*|__|[\"'`])*\d))"
    r"[ \t]*(?:\*\*|__|[\"'`“‘「『])*(?P<value>[A-Za-z0-9#*!@$%&+._-]{4,32})"))
"""A code's label, maybe a few words and a verb, a sign, a table's next cell or a space before
digits (`enter the door code 4711`), then the code."""


def _access_codes(line: str, context: _Context) -> Iterator[_Hit]:
    """Codes after their label (_CODE): 4-8 digits but a device's default, or a value of
    letters and digits that looks like a password."""
    if not _NEEDED(_fold(line)):
        return  # asked of every line of a text naming a code: its words first
    for match in _CODE.finditer(line):
        value = match.group("value").rstrip(".,;:!?")
        start = match.start("value")
        if value.isdigit():
            if 4 <= len(value) <= 8 and not _default_pin(value) and not _longer_number(
                    line, start + len(value)):
                yield _Hit(start, start + len(value), PASSWORD,
                           _mask_secret(value) if len(value) > 4 else "****")
        elif (any(ch.isdigit() for ch in value) and any(ch.isalpha() for ch in value)
              and _looks_like_password(value, False)):
            yield _Hit(start, start + len(value), PASSWORD, _mask_secret(value))


def codes_across_lines(lines: list[str], context: _Context) -> Iterator[tuple[int, _Hit]]:
    """Codes whose label ends one line and whose value starts the next (`Door code:` /
    `4711`): a hard-wrapped sentence or a label above its value."""
    if not needs(_fold("\n".join(lines))):
        return iter(())
    return across_lines(lines, lambda text: list(_access_codes(text, context)),
                        lambda folded: needs(folded))


def _longer_number(line: str, end: int) -> bool:
    """The digits go on past `end` as a date, a time or a decimal (`2024-05-01`, `12:30`)."""
    return bool(re.match(r"[.,/:-]?\d", line[end:end + 2]))


_NEEDED = Words(("code", "kod", "kód", "koodi", "kode", "codice", "código", "codigo", "код",
                 "koд", "コード", "码", "碼", "코드", "비밀번호"))
"""What every label of _LABELS holds, folded (a cheap superset before the regex)."""


def needs(folded: str) -> bool:
    """A folded text may hold a code's label."""
    return _NEEDED(folded)
