"""Values that describe the secret to put in their place instead of being one, for the gate
(issue 19, branch fq51).

Three shapes, each read from the value and the line alone:

- the form a secret must take: Ente's Windows guide lists its secrets as `` `encryption_key`:
  32-char, base64 `` and Firefly III's `docker run` line sets `APP_KEY=CHANGEME_32_CHARS`. The
  value is a length (`32-char`, `64 characters`, `16 bytes`) after a stand-in's word
  (`CHANGEME_`, `YOUR_`) or followed by an encoding (`, base64, URL-safe`), and nothing else
  but a quote or a command's `\\` closes the line (`password: 8chars` alone may be a weak
  real one);
- the field's own name in words: NetBox's S3 example sets `'secret_key': 'secret key'`. The
  gate accepts `secret_key: secret_key`; with a space instead of `_` it read a password. The
  value's words must be exactly the field name's parts;
- an instruction in place of the value: Synapse's Keycloak example sets `client_secret: "copy
  secret generated from above"`. The value opens with an imperative (`copy`, `paste`, `insert`,
  `enter`, `put`, `use`), names what to put (`secret`, `password`, `key`, `token`, `value`) and
  says where it comes from (`above`, `below`, `here`, `generated`, `dashboard`, `console`), in
  letters and spaces only.

A value with digits or letters of its own beside these words (`CHANGEME_32_CHARS_Kq8v`,
`'Secret Key 2024'`, `use sunflower here`) or a line saying whose stays a finding.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from kbgen.core import surroundings
from kbgen.core.privacy import line_rules
from kbgen.core.privacy.context import _Context, _Hit

REASON = "a value describing the secret to put in its place (`32-char, base64`, `secret key`)"

_FORM = re.compile(r"(?i)(?P<stand_in>(?:change[-_]?me|replace[-_]?me|your|random|some)[-_])?"
                   r"\d{1,4}[-_ ]?(?:chars?|characters?|bytes?|digits?|letters?)")
"""A length standing for a secret (`32-char`, `CHANGEME_32_CHARS`)."""
_FORM_REST = re.compile(r"(?i)(?P<encodings>(?:[ \t,]+(?:base64|base32|hex|url[-_ ]?safe|random"
                        r"|alphanumeric|long|string|encoded))*)[ \t]*[\"'`]?[ \t]*(?:\\|,)?[ \t]*")
"""What may follow a length to the line's end: encodings, a quote, a command's `\\`."""
_FIELD = re.compile(r"""(?<![\w.-])([A-Za-z][\w.-]{0,63})["'`]?[ \t]*[:=][ \t]*["'`]?$""")
"""The field a value is given to, right before it (`'secret_key': '`)."""
FIELD_WINDOW = 72
"""Characters before a value in which its field's name is read."""
_WORDS = re.compile(r"[A-Za-z]+(?: [A-Za-z]+){1,7}")
_IMPERATIVE = frozenset({"copy", "paste", "insert", "enter", "put", "use"})
_WHAT = frozenset({"secret", "password", "key", "token", "value"})
_WHERE = frozenset({"above", "below", "here", "generated", "dashboard", "console", "earlier"})


def accepted(found: list[tuple[int, str, _Hit]], lines: list[str], context: _Context
             ) -> Iterator[tuple[int, str, _Hit]]:
    """`found` but values describing the secret to put in their place, on lines saying whose
    nothing."""
    return line_rules.accepted(found, context, REASON, lambda _, line, hit: described(line, hit),
                               lambda _, line: not surroundings.names_whose(line))


def described(line: str, hit: _Hit) -> bool:
    """The value `hit` found in `line` states a form, names its field or says what to put."""
    value = line[hit.start:hit.end]
    form = _FORM.fullmatch(value)
    if form:  # a bare length may be a weak real password (`password: 8chars`)
        rest = _FORM_REST.fullmatch(line, hit.end)
        return rest is not None and bool(form.group("stand_in") or rest.group("encodings"))
    if not _WORDS.fullmatch(value):
        return False
    words = value.lower().split()
    field = _FIELD.search(line, max(0, hit.start - FIELD_WINDOW), hit.start)
    parts = field.group(1).lower().replace("-", "_").replace(".", "_").split("_") if field else []
    if words == [part for part in parts if part]:
        return True
    return (words[0] in _IMPERATIVE and bool(_WHAT.intersection(words))
            and bool(_WHERE.intersection(words)))
