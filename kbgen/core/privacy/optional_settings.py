"""Settings a container's template leaves empty and marks optional, for the gate (issue 19).

LinuxServer.io's image pages list every environment variable in a compose file and a `docker
run` command, the optional ones left empty with a comment after them:

    - PASSWORD= #optional
    -e CONNECTION_TOKEN= `#optional` \\

After `=` and a space, `#` opens a comment in YAML and in the shell (in backticks, an empty
command), so the setting's value is empty: the gate read the comment as the password. Only the
comment `#optional` itself, closing the line, counts; a value before it (`PASSWORD=Tr0ub4dor3x
#optional`), any other text after the `#` (`PASSWORD= #Tr0ub4dor3x`) or a value after the mark
(`PASSWORD= #optional Tr0ub4dor3x`: rev50) is judged as before.
"""

from __future__ import annotations

import re

LEFT_EMPTY = "a setting left empty, its comment marking it optional (a template's line)"

_MARK = "#optional"

_CLOSING = re.compile(r"`?(?:</[a-z]+>)*[ \t]*(?:\\)?[ \t]*")
"""What may follow the mark: the line ends with it, or with the tags closing it in HTML
(`- PASSWORD= #optional Kq8vTz2m…` writes its value after the mark: rev50)."""

_EMPTY_SETTING = re.compile(r"(?:^|[\s\"'`])[A-Za-z_][\w.-]*=[ \t]+`?$")
"""What comes before the comment: a variable's name, `=`, spaces (and the backtick opening a
`docker run` line's comment)."""


def left_empty(line: str, start: int, value: str) -> str | None:
    """Why the value found at `start` of `line` is no secret, or None: it is the comment
    `#optional` after a setting left empty (`- PASSWORD= #optional`)."""
    if value.lower() != _MARK or not _CLOSING.fullmatch(line, start + len(value)):
        return None
    return LEFT_EMPTY if _EMPTY_SETTING.search(line, 0, start) else None


_COMMENT = re.compile(r"[ \t]+`?#optional`?[ \t]*(?:\\)?[ \t]*$", re.I)
"""The optional mark closing a template's line (`- CUSTOM_RESULTS=false #optional`)."""

_ZONE_SETTING = re.compile(r"[ \t]*(?:[-*+][ \t]+)?(?:-e[ \t]+)?TZ=[A-Z][a-z]+(?:/[A-Z][A-Za-z_]+)+"
                           r"[ \t]*(?:\\)?[ \t]*$")
"""A time zone set by its IANA name (`- TZ=Europe/London`): a place, never a secret."""


def unmarked(line: str) -> str:
    """`line` without the `#optional` comment closing it."""
    return _COMMENT.sub("", line)


def zone_setting(line: str) -> bool:
    """`line` sets the time zone `TZ` to an IANA zone name (`- TZ=Europe/London`)."""
    return bool(_ZONE_SETTING.fullmatch(line))
