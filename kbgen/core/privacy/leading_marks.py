"""What a line starts with that is no part of what it says (issue 19, branch leak37).

A diff's `+`/`-` (`+    password: pardo`), a shell's prompt (`$ `, `PS C:\\> `, `>>> `,
`root@host:~# `), a listing's line number (`12: `, ` 12 | `) or a quote's `> ` stand before
the text a reader copies: detectors anchored at the line's start (a configuration's key, a
table's cell) did not see a secret behind them. The same marks open a table's cell, a code span
or an element's text (`| \\`+    password: x\\` |`). A line with such marks is also read with
them blanked out (spaces of the same length, so each hit's place holds in the line as written).
"""

from __future__ import annotations

import re

_MARK = (
    r"\+(?=\t|[ \t]{2,}\S|[A-Za-z_\"'{\[<|])|-(?=[A-Za-z_\"'{\[<|])"  # a diff's added or
    # removed line (`+password:`, `+    password:`, `-DB_PASSWORD=`), not a list item (`- item`,
    # `-   item`: the detectors read list items; `+ item`), a flag (`--password`) or `-1`
    r"|@@[^@\n]{0,80}@@"  # a diff's hunk header
    r"|[$%#❯➜»] "  # a shell's prompt
    r"|\([\w.-]{1,32}\) ?[$%#] "  # (venv) $
    r"|[\w.-]{1,32}@[\w.-]{1,64}:[^\s$#]{0,80}[$#] ?"  # user@host:~$
    r"|PS [A-Za-z]:\\[^>\n]{0,80}> ?|[A-Za-z]:\\[^>\n]{0,80}> ?"  # PowerShell, cmd
    r"|(?:>>>|\.\.\.|[\w-]{1,16}(?:=#|=>|>)) "  # Python, mysql>, postgres=#
    r"|\d{1,6}(?:[ \t]*[:|]|\t|  )"  # a listing's line number (`12: `, ` 12 | `, `cat -n`)
    r"|[>│┃] ?"  # a quote's marker, a listing's gutter
)
_MARKS = re.compile(rf"(?:^|(?<=[|`>\"']))(?:[ \t]*(?:{_MARK}))+(?=[ \t]*\S)")
"""One or more marks (each maybe indented) opening a line, a cell, a code span, an element's
text or a quoted value, and something after them."""


def _blank(match: re.Match[str]) -> str:
    return " " * len(match.group())


def blank_marks(line: str) -> str:
    """`line` with every run of leading marks (_MARKS) made spaces; `line` when it has none."""
    return _MARKS.sub(_blank, line)
