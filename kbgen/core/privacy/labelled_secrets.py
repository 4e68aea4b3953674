"""A secret given after a label that is no password key (issue 19, branch leak39).

`Token: hunter2024`, `GITHUB_TOKEN=hunter2024`, `The Wi-Fi key is Kq8vNz3Lw2`, `Recovery key:
…`, `Passcode: 84629173` and a login's pair `login: admin / Kq8vNz3Lw2`: the token rules ask
for a long random value and the password rules for the word password, so a short secret
after another label was published. The value is judged as a password's (`password: <value>`,
a passcode's as a PIN's; one after a token's label is a token): placeholders, variables,
describing words and defaults stay accepted. `api_key`, `access_token` and `secret` keys are
the password rules' already."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import replace

from kbgen.core.privacy.context import _Hit, judged_as_key
from kbgen.core.privacy.joined_words import joined_password
from kbgen.core.privacy.model import TOKEN
from kbgen.core.privacy.name_affixes import SUFFIXES
from kbgen.core.word_needs import Words

_LABEL = (
    r"(?:(?:[A-Za-z0-9]+[_-])*(?:(?:api|access|auth|bearer|personal|bot|app|session|refresh"
    r"|admin|deploy|registry)[ \t]+)?token"
    r"|(?:wi-?fi|wlan|wpa[23]?|wireless|network|security|recovery|encryption)[ \t_-]?key"
    r"|pass[ \t_-]?code|pass[ \t_-]?key"
    r"|(?:wlan|wi-?fi|netzwerk|sicherheits|wpa[23]?)[ \t_-]?schl(?:ü|ue)ssel"
    r"|(?:netwerk|wi-?fi|wlan|beveiligings)[ \t_-]?sleutel"
    r"|(?:cl[ée]|clave|chave|chiave)[ \t]+(?:d[eu][ \t]+|di[ \t]+)?(?:wi-?fi|wlan|wpa[23]?"
    r"|r[ée]seau|red|rede|rete|s[ée]curit[ée]|seguridad|seguran[çc]a|sicurezza|acceso|acesso"
    r"|acc[èe]s|api))")
"""A label naming a secret that the password rules do not read as one."""

_WHOSE = r"(?:[ \t]+(?:for|of|to)[ \t]+(?:the[ \t]+|your[ \t]+|our[ \t]+)?[\w.-]{1,30})?"
"""Whose (`The Wi-Fi key for the office is …`)."""

_LABELLED = re.compile(
    rf"(?i)(?<![\w?&=./-])(?P<label>{_LABEL}){SUFFIXES}{_WHOSE}[ \t]*(?:\*\*|__)?"
    r"[ \t]*(?:[:=：]|\bis\b|\bwas\b)[ \t]*(?P<open>\*\*|__|[\"'`])?"
    r"(?P<value>[^\s\"'`<|*]{4,128})")
"""The label (maybe with a suffix naming its copy or form: `API_TOKEN_OLD`, name_affixes),
maybe whose, a colon, `=` or `is`, the value (maybe emphasised or quoted)."""

_LOGIN_PAIR = re.compile(
    r"(?i)(?<![\w-])(?!(?<=://)[^\s:/@]{1,64}:[^\s/@]*@[\w\[])"
    r"(?:(?:log[ \t-]?in|user(?:name)?)[ \t]*/[ \t]*pass(?:word)?"
    r"|log[ \t-]?in"
    r"|sign[ \t-]?in|credentials?|creds|user(?:name)?|account|benutzer(?:name)?|anmeldung"
    r"|zugang(?:sdaten)?|utilisateur|identifiants?|usuario|usu[áa]rio|utente|gebruiker)"
    r"[ \t]*(?:\*\*|__)?(?:[ \t]*[:=：]|[ \t])[ \t]*(?:\*\*|__|[\"'`])?"
    r"(?P<user>[\w.@+-]{1,64})(?:\*\*|__|[\"'`])?[ \t]*/[ \t]*"
    r"(?P<open>\*\*|__|[\"'`])?(?P<value>[^\s\"'`<|*/]{4,128})")
"""A login's user and password given together (`login: admin / Kq8vNz3Lw2`; a `|` is a
table's cell: CSC's `user directory | !{sys.executable}`). A URL's user part is no label
(`rtsp://username:password@cam.lan/live01sub` is a user, a password, a host and a path, not
`username: password@cam.lan / live01sub`, Frigate's docs): its password is the URL rules'.
Only a URL's user part, written as one (`scheme://user:pass@host`, nothing spaced): a label after a
scheme with a space after its colon is a label (`ftp://user: alice / Xk9vQ2mLp7`, rev69)."""

_PIN_LABELS = ("passcode", "pass code", "pass-code", "pass_code")

Judge = Callable[[str], list[_Hit]]



def _value(raw: str) -> str:
    return raw.rstrip(".,;:)!?\\")


def _named(value: str, label: str) -> bool:
    """`value` is code, elided or a name (`req.cookies.get(`, `xapp-1-...`,
    `gitlab+deploy-token-123`: it holds its label's last word), no secret."""
    return ("(" in value or "..." in value or "…" in value
            or label.lower().replace("_", " ").replace("-", " ").split()[-1] in value.lower())


def labelled(line: str, judge: Judge) -> Iterator[_Hit]:
    """Hits of each value after a secret's label (_LABELLED) or a login's pair (_LOGIN_PAIR)
    that is no word alone (`Bearer token: Leave empty`, `the token was generated`: a
    passphrase of words is passphrases' to find); words joined into one string
    (`JaneDatabasePassword`, joined_words) are a password's."""
    folded = line.lower()
    for match in _LABELLED.finditer(line) if _LABEL_NEEDED(folded) else ():
        value = _value(match.group("value"))
        if value.isalpha() and not joined_password(value) or _named(
                match.group("value"), match.group("label")):
            continue
        label = match.group("label").lower()
        word = "pin" if label in _PIN_LABELS and value.isdigit() else "password"
        hits = judged_as_key(word, value, match.start("value"), judge)
        yield from (replace(hit, kind=TOKEN) for hit in hits) if label.endswith("token") else hits
    pairs = "/" in line and _PAIR_NEEDED(folded)
    for match in _LOGIN_PAIR.finditer(line) if pairs else ():
        if not (value := _value(match.group("value"))).isalpha() or joined_password(value):
            yield from judged_as_key("password", value, match.start("value"), judge)


_LABEL_WORDS = ("token", "key", "code", "schl", "sleutel", "cle", "clé", "clave", "chave",
                "chiave")
"""What each label of _LABELLED holds, folded (a cheap superset before the regex)."""
_PAIR_WORDS = ("log", "sign", "cred", "user", "account", "benutzer", "anmeldung", "zugang",
               "utilisateur", "identifiant", "usu", "utente", "gebruiker")
"""What each label of _LOGIN_PAIR holds, folded."""
_WORDS = (*_LABEL_WORDS, *_PAIR_WORDS)
_LABEL_NEEDED, _PAIR_NEEDED, _NEEDED = Words(_LABEL_WORDS), Words(_PAIR_WORDS), Words(_WORDS)
"""The lists asked quickly (word_needs, build46)."""


def needs(folded: str) -> bool:
    """A folded text may hold a label and its value."""
    return _NEEDED(folded)
