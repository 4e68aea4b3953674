"""What a password rule read as a value but that holds no one's value, for the gate (issue 19,
branch fp65).

- **A mark's shortcode in a table cell.** `:white_check_mark:` or `:material-check-bold:` as a
  cell of a settings table's "Required" column or under a `reForis password` heading (wg-easy,
  Turris): the name of an emoji in the emoji index `pymdownx.emoji` renders (Twemoji's,
  Gemoji's), or of an icon Material ships, that shows a mark (check, cross, warning...), alone
  in its cell. A picture (`:sunflower:`, `:rocket:`) or a shortcode outside a cell
  (`password=:sunflower:`) may be the literal password where emoji are not rendered, and a name
  of no emoji (`:hunter2:`) stays a finding (fixfp65).
- **A value that only restates its key.** `"secretKey": "PRIVATE_KEY"`, `"password":
  "пароль"`, `"secretKey": "Секретный ключ"` (Xray's WireGuard settings in three languages): a
  line setting one key to one value, every word of which is a word for a secret or its kind
  naming no more than the key does. A value naming more (`password = PrivatePassword`), a
  digit, another word (`SunflowerPassword`), or the same words in prose (`The admin password
  is SecretPassword`), a quoted ticket or a user's table row stays a finding (fixfp65).
  OPNsense's `Password  APIPassword|APIKey, both fields…` (prose after the value) is refused.
"""

from __future__ import annotations

import importlib.util
import re
from collections.abc import Iterator
from functools import cache
from pathlib import Path

from kbgen.core.privacy.context import _Context, _Hit
from kbgen.core.privacy.model import PASSWORD, TOKEN
from kbgen.core.word_forms import read_forms

REASON = ("no one's value: an emoji's or icon's shortcode (`:white_check_mark:`), or words that"
          " only name the field's kind (`PRIVATE_KEY`, `пароль`)")

_SHORTCODE = re.compile(r":([a-z0-9_+-]{2,80}):")
"""An emoji or icon shortcode as pymdownx.emoji reads it."""
_ICON_SETS = ("material", "fontawesome", "octicons", "simple")
"""Material's icon sets (`:material-check-bold:` is `.icons/material/check-bold.svg`)."""

_CONCEPTS: dict[str, tuple[str, ...]] = {
    "password": ("password", "passwords", "passwd", "pass", "passphrase", "passcode", "pwd",
                 "passwort", "kennwort", "passe", "contraseña", "contrasena", "senha", "hasło",
                 "haslo", "пароль", "密码", "密碼", "パスワード", "비밀번호", "암호"),
    "key": ("key", "keys", "schlüssel", "clé", "cle", "clave", "chave", "chiave", "klucz",
            "ключ", "鍵", "키"),
    "secret": ("secret", "secrets", "private", "geheimer", "privater", "privée", "privee",
               "secrète", "secrete", "privada", "secreta", "segreta", "privata", "prywatny",
               "tajny", "секретный", "секретная", "приватный", "закрытый", "秘密", "비밀",
               "개인"),
    "secret key": ("私钥", "密钥", "秘钥", "私鑰", "密鑰", "秘密鍵"),
    "token": ("token", "tokens", "токен"),
    "api": ("api",),
    "psk": ("psk",),
}
"""Words for a secret or its kind, by what they name (`private` and `secret` are one)."""
_FILLERS = frozenset({"mot", "de"})
"""Words of a kind's name that name nothing alone (`mot de passe`)."""
_CONCEPT_OF = {form.casefold(): concept for concept, words in _CONCEPTS.items()
               for word in words for form in read_forms(word)}
"""Each word's forms as the gate reads them in any case (`Секретный` is read with Latin
look-alikes: kbgen.core.normalize), to what it names."""
KIND_WORDS = frozenset(word for words in _CONCEPTS.values() for word in words)
"""Words for a secret or its kind."""


_WORD_SPLIT = re.compile(r"[\s_|/-]+|(?<=[a-z])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])")
"""Between words: separators, and case changes (`APIPassword` is `API` `Password`)."""
_SETTING = re.compile(
    r"^[ \t]*(?:[-*+][ \t]+)?(?P<q>[\"']?)(?P<key>[^\W\d][\w .-]{0,40}?)(?P=q)[ \t]*[:=：]"
    r"[ \t]*(?P<vq>[\"'`]?)(?P<value>[^\"'`\s][^\"'`]{0,40}?)(?P=vq)[ \t]*[,;]?[ \t]*$")
"""A line that sets one key to one value and holds nothing else (`"secretKey": "PRIVATE_KEY",`,
`password: пароль`, `- mot de passe : MotDePasse`): no quote, no `>`, no table cell, no prose."""


def accepted(found: list[tuple[int, str, _Hit]], lines: list[str], context: _Context
             ) -> Iterator[tuple[int, str, _Hit]]:
    """`found` but passwords and tokens that hold no one's value."""
    for index, line, hit in found:
        if no_value(line, hit):
            context.accept(index, hit, REASON)
            continue
        yield index, line, hit


def no_value(line: str, hit: _Hit) -> bool:
    """The password or token `hit` of `line` is a mark's shortcode in a table cell, or a value
    that only restates the name of the setting it is set to."""
    if hit.kind not in (PASSWORD, TOKEN) or hit.vendor:
        return False
    return icon_shortcode(line, hit.start, hit.end) or restates_key(line, hit.start, hit.end)


def restates_key(line: str, start: int, end: int) -> bool:
    """`line` sets one key to one value that holds [start, end), and the value's words name
    no more than the key's do (`"secretKey": "PRIVATE_KEY"`, `"password": "пароль"`): a
    placeholder that restates its field (fixfp65). A value naming more than its key
    (`password = PrivatePassword`, `DB_PASSWORD=KeySecret`), a key of other words with blanks
    (`Juans secret key`), prose, a quoted ticket or a table row (`| jan | PrivateKey |`) is
    read as a value."""
    match = _SETTING.match(line)
    if match is None or not match.start("value") <= start < end <= match.end("value"):
        return False
    value, key = match.group("value"), match.group("key").strip()
    if any(ch.isdigit() for ch in value):
        return False
    named = _names(value)
    if not named:
        return False
    key_words = [word for word in _WORD_SPLIT.split(key) if word]
    if " " in key and _names(key) is None:
        return False  # a key of words of its own: `Juans secret key`
    key_named = {_CONCEPT_OF[word.casefold()] for word in key_words
                 if word.casefold() in _CONCEPT_OF}
    return named <= _spread(key_named)


def _names(text: str) -> set[str] | None:
    """What `text`'s words name when every word is a word for a secret or its kind, else
    None."""
    words = [word for word in _WORD_SPLIT.split(text) if word]
    if not words or not all(word.isalpha() for word in words):
        return None
    named = set()
    for word in words:
        folded = word.casefold()
        if folded in _CONCEPT_OF:
            named.add(_CONCEPT_OF[folded])
        elif folded not in _FILLERS:
            return None
    return _spread(named) or None


def _spread(named: set[str]) -> set[str]:
    """`secret key` (`秘密鍵`) as both its parts."""
    return {part for concept in named for part in concept.split()}


_MARK = re.compile(r"(?:^|[-_])(?:check|checkmark|cross|close|x|multiplication|minus|plus|"
                   r"no_entry|warning|alert|question|exclamation|information|info|o|ok|"
                   r"circle|ballot|times|remove|done|cancel|block)(?:$|[-_])")
"""Shortcodes of a mark (`:white_check_mark:`, `:x:`, `:material-check-bold:`), as a table's
Required or password column shows yes or no; a picture (`:sunflower:`, `:rocket:`, `:key:`)
may be the literal password where emoji are not rendered (fixfp65)."""


def icon_shortcode(line: str, start: int, end: int) -> bool:
    """[start, end) of `line` is a table cell's one `:name:`, which names an emoji or a
    Material icon of a mark."""
    if not (line.lstrip().startswith("|") or "<td" in line.lower()):
        return False
    for match in _SHORTCODE.finditer(line, max(0, start - 1), min(len(line), end + 1)):
        if match.start() <= start and end <= match.end():
            cell = re.search(r"(?:\||<td[^>]*>)[ \t]*" + re.escape(match.group())
                             + r"[ \t]*(?:\||</td>|$)", line)
            return (cell is not None and _MARK.search(match.group(1)) is not None
                    and _known_icon(match.group(1)))
    return False


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
