"""A data entry's key read with its value (issue 19, branch leak37).

`scan_data` judges each value of parsed YAML alone, so `password: hunter2`, `wifi_password:
sunflower` or `pin: 4829` as a mapping entry of a data file or front matter passed: the value
alone is a word or a number, and the key that names it a secret was never beside it. Each
entry whose key names a secret (a password, PIN or key word of any language the gate reads)
is also judged as the line `key: value`, the shape a copied text file is read in; the
detectors' own judgement of the value (defaults, placeholders, describing words) holds."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from kbgen.core.normalize import normalize_text
from kbgen.core.privacy.context import _fold
from kbgen.core.privacy.data_paths import children
from kbgen.core.privacy.passwords import _password_hint
from kbgen.core.privacy.pins import needs as _pin_needs
from kbgen.core.privacy.world_passwords import needs as _world_needs

_SEPARATORS = re.compile(r"[_.-]+")
"""What joins a key's words (`pin_code`, `wlan-passwort`): the key is also read with spaces,
as prose names it (`PIN code: 4829`)."""


def names_secret(key: str) -> bool:
    """`key` (as the gate reads it) holds a password, secret, token, key or PIN word."""
    folded = _fold(normalize_text(key.replace("_", " ")))
    return _password_hint(folded) or _world_needs(folded) or _pin_needs(folded)


def keyed_values(value: Any, path: str, ignore: frozenset[str], key: str = ""
                 ) -> Iterator[tuple[str, str]]:
    """(key path, `key: value`, and on a second line the key's words spaced) of each one-line
    string or integer in parsed YAML data whose key (a list's items: the list's key) names a
    secret, but `ignore`d keys."""
    if isinstance(value, (dict, list)):
        for child, name, item in children(value, path, ignore):
            yield from keyed_values(item, child, ignore, name if isinstance(name, str) else key)
    elif (isinstance(value, (str, int)) and not isinstance(value, bool) and key
          and "\n" not in str(value).strip() and names_secret(key)):
        text, spaced = str(value).strip(), _SEPARATORS.sub(" ", key)
        yield path, f"{key}: {text}" + (f"\n{spaced}: {text}" if spaced != key else "")
