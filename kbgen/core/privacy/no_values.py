"""What a password rule read as a value but that holds no one's value, for the gate (issue 19,
branch fp65).

- **An icon's shortcode.** `:white_check_mark:` or `:material-check-bold:` in a settings table's
  "Required" column or under a `reForis password` heading (wg-easy, Turris): the name of an
  emoji in the emoji index Python-Markdown's `pymdownx.emoji` renders (Twemoji's, Gemoji's), or
  of an icon Material ships (`material-`, `fontawesome-`, `octicons-`, `simple-` and an icon
  file that exists), written between colons. The index is public and fixed; a value of the
  same shape that names no emoji or icon (`:hunter2:`, `:material-acme-2024:`) stays a finding.
- **A value that only names its field's kind.** `"secretKey": "PRIVATE_KEY"`, `"password":
  "пароль"`, `"secretKey": "Секретный ключ"`, `APIPassword|APIKey` (Xray's WireGuard settings in
  three languages, OPNsense's dynamic DNS): every word of the value is a word for a secret or
  its kind (`private`, `key`, `password`, `secret`, `api`, in the gate's languages), letters
  only. A digit or any other word (`PRIVATE_KEY_2024`, `ACME_SECRET`, `SunflowerPassword`)
  stays a finding, as `password` and `secret` alone were already no values (values.py).
"""

from __future__ import annotations

import importlib.util
import re
from collections.abc import Iterator
from functools import cache
from pathlib import Path

from kbgen.core.privacy.context import _Context, _Hit
from kbgen.core.privacy.model import PASSWORD, TOKEN
from kbgen.core.privacy.world_passwords import WORDS as _WORLD_PASSWORD_WORDS
from kbgen.core.word_forms import read_forms

REASON = ("no one's value: an emoji's or icon's shortcode (`:white_check_mark:`), or words that"
          " only name the field's kind (`PRIVATE_KEY`, `пароль`)")

_SHORTCODE = re.compile(r":([a-z0-9_+-]{2,80}):")
"""An emoji or icon shortcode as pymdownx.emoji reads it."""
_ICON_SETS = ("material", "fontawesome", "octicons", "simple")
"""Material's icon sets (`:material-check-bold:` is `.icons/material/check-bold.svg`)."""

KIND_WORDS = frozenset({
    "password", "passwords", "passwd", "pass", "passphrase", "passcode", "pwd", "secret",
    "secrets", "key", "keys", "token", "tokens", "private", "api", "psk",
    "passwort", "kennwort", "schlüssel", "geheimer", "privater",
    "clé", "cle", "privée", "privee", "secrète", "secrete", "mot", "de", "passe",
    "contraseña", "contrasena", "clave", "privada", "secreta", "senha", "chave",
    "chiave", "segreta", "privata", "hasło", "haslo", "klucz", "prywatny", "tajny",
    "секретный", "секретная", "приватный", "закрытый", "ключ", "пароль", "токен",
    "私钥", "密钥", "秘钥", "密码", "密碼", "私鑰", "密鑰", "秘密鍵", "秘密", "鍵", "パスワード",
    "비밀번호", "비밀", "키", "개인", "암호",
})
"""Words for a secret or its kind (folded); the value must be made of these alone."""
_KIND_FORMS = frozenset(form.casefold() for word in KIND_WORDS | set(_WORLD_PASSWORD_WORDS)
                        for form in read_forms(word))
"""KIND_WORDS and the world's password words as the gate reads them in any case (`Секретный`
is read with Latin look-alikes: kbgen.core.normalize)."""

_WORD_SPLIT = re.compile(r"[\s_|/-]+|(?<=[a-z])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])")
"""Between words: separators, and case changes (`APIPassword` is `API` `Password`)."""


def accepted(found: list[tuple[int, str, _Hit]], lines: list[str], context: _Context
             ) -> Iterator[tuple[int, str, _Hit]]:
    """`found` but passwords and tokens that hold no one's value."""
    for index, line, hit in found:
        if no_value(line, hit):
            context.accept(index, hit, REASON)
            continue
        yield index, line, hit


def no_value(line: str, hit: _Hit) -> bool:
    """The password or token `hit` of `line` is a shortcode or names only its field's kind."""
    if hit.kind not in (PASSWORD, TOKEN) or hit.vendor:
        return False
    return icon_shortcode(line, hit.start, hit.end) or names_kind_only(
        _whole_token(line, hit.start, hit.end))


def _whole_token(line: str, start: int, end: int) -> str:
    """[start, end) of `line` widened to the blanks around it, quotes and trailing marks
    dropped: a value read in part (`APIPassword` of `APIPassword|Hunter2024x!`) is judged
    whole."""
    while start > 0 and not line[start - 1].isspace():
        start -= 1
    while end < len(line) and not line[end].isspace():
        end += 1
    return line[start:end].strip("\"'`*").rstrip(",;.").strip("\"'`*")


def icon_shortcode(line: str, start: int, end: int) -> bool:
    """[start, end) of `line` is within one `:name:` that names an emoji or a Material icon."""
    for match in _SHORTCODE.finditer(line, max(0, start - 1), min(len(line), end + 1)):
        if match.start() <= start and end <= match.end():
            return _known_icon(match.group(1))
    return False


def names_kind_only(value: str) -> bool:
    """Every word of `value` is a word for a secret or its kind; letters only, 40 at most."""
    if not value or len(value) > 40 or any(ch.isdigit() for ch in value):
        return False
    if value.casefold() in _KIND_FORMS:
        return True
    words = [word for word in _WORD_SPLIT.split(value) if word]
    return bool(words) and all(word.isalpha() and word.casefold() in _KIND_FORMS
                               for word in words)


@cache
def _known_icon(name: str) -> bool:
    """`name` is in pymdownx.emoji's Twemoji or Gemoji index, or an icon file Material ships."""
    from pymdownx import gemoji_db, twemoji_db

    shortcode = f":{name}:"
    if any(shortcode in db.emoji or shortcode in db.aliases for db in (twemoji_db, gemoji_db)):
        return True
    icon_set, _, icon = name.partition("-")
    if icon_set not in _ICON_SETS or not icon:
        return False
    icons = _material_icons()
    return icons is not None and any(
        (icons / icon_set / f"{'/'.join(parts)}.svg").is_file()
        for parts in _icon_paths(icon.split("-")))


def _icon_paths(parts: list[str]) -> Iterator[list[str]]:
    """`check-bold` as `check-bold`, and `brands-github` as `brands/github` (a set's folder)."""
    yield ["-".join(parts)]
    if len(parts) > 1:
        yield [parts[0], "-".join(parts[1:])]


@cache
def _material_icons() -> Path | None:
    """Material's `.icons` folder, found without importing the theme (the core stays free of
    MkDocs), or None where it is not installed."""
    spec = importlib.util.find_spec("material")
    if spec is None or not spec.submodule_search_locations:
        return None
    folder = Path(next(iter(spec.submodule_search_locations))) / "templates" / ".icons"
    return folder if folder.is_dir() else None
