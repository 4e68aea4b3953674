"""A directory a setting names, read as the secret it holds, for the gate (issue 19, branch
fr52).

Ente's configuration reference has the row `` | `credentials-dir` | Directory to look for
credentials (TLS, service accounts) | `credentials/` | ``: the setting's default is a folder,
the place secrets are kept, not one of them. The password rule reads `credentials/` after the
words naming credentials.

Accepted only when all of these hold: a password or token (never a service's key) that is a
relative folder, names of words ending in `/` (`credentials/`, `tls/certs/`), set by a setting
whose name ends in a directory's word (`credentials-dir`, `secretsPath`, `keys_folder`): the
name right before the value (`keys_dir: tls/`) or, in a table, the row's first cell alone;
and a line saying nothing of whose. Another setting's name elsewhere on the line is not the
value's (atk52: `SECRETS_PATH=/run/secrets DB_PASSWORD=correct/horse/battery/staple/`,
`password: sunflower/  # see keys_dir`, `| backup_password (see cert_path) | dragon/monkey/ |`).
`password: hunter2/`, `Kq8vTz2m/` (no words), a line naming no such setting or one that says it
in words (`| password | the folder's password | sunflower/ |`) stay findings.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from kbgen.core import surroundings
from kbgen.core.placeholder_words import reads_as_words
from kbgen.core.privacy import line_rules
from kbgen.core.privacy.context import _Context, _Hit

REASON = "a folder a setting names (`credentials/`), not a secret it holds"

_FOLDER = re.compile(r"(?:[a-z]+(?:[._-][a-z]+)*/){1,4}")
"""A relative folder of lower-case names (`credentials/`, `tls/certs/`)."""
_NAMES_DIRECTORY = re.compile(r"[A-Za-z][\w.-]*?[A-Za-z][-_.]?(?:dir|Dir|DIR|directory|Directory"
                              r"|DIRECTORY|folder|Folder|FOLDER|path|Path|PATH)")
"""A setting's name ending in a directory's word (`credentials-dir`, `secretsPath`); never the
word alone (`the folder's password`) nor inside a name (`secretsPathPassword`)."""
_SET_BY = re.compile(
    r"(?:^|(?<=[\s\"'`{(,]))(?P<name>[A-Za-z][\w.-]*)[\"'`]?[ \t]*[:=][ \t]*[\"'`]?$")
"""The setting right before a value (`keys_dir: `, `KEYS_PATH="`)."""
_ROW = re.compile(r"[ \t]*\|[ \t]*`?(?P<name>[A-Za-z][\w.-]*)`?[ \t]*\|")
"""A table row whose first cell is one setting's name."""


def accepted(found: list[tuple[int, str, _Hit]], lines: list[str], context: _Context
             ) -> Iterator[tuple[int, str, _Hit]]:
    """`found` but folders on a line naming a directory, saying whose nothing."""
    return line_rules.accepted(
        found, context, REASON,
        lambda _, line, hit: folder(line[hit.start:hit.end]) and _set_by_directory(line, hit),
        lambda _, line: not surroundings.names_whose(line))


def _set_by_directory(line: str, hit: _Hit) -> bool:
    """The value's own setting (the name right before it, or its row's first cell) names a
    directory."""
    before = line[max(0, hit.start - 200):hit.start]
    own = _SET_BY.search(before)
    if own is None and line.lstrip().startswith("|"):
        own = _ROW.match(line)
    return own is not None and _NAMES_DIRECTORY.fullmatch(own.group("name")) is not None


def folder(value: str) -> bool:
    """`value` is a relative folder whose names read as words."""
    return _FOLDER.fullmatch(value) is not None and all(
        reads_as_words(part) for part in re.split(r"[/._-]", value) if part)
