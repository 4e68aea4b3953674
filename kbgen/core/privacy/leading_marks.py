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

_PROMPT = r"[$%#❯➜»λ→▶►▸❱›⟩➤➔∴⚡☁✗✓]"
"""The last character of a shell's prompt: sh's, zsh themes' arrows and marks (`λ `, `➜ `,
`❯ `, `▶ `: leak39)."""
_MARK = (
    r"\+(?=\t|[ \t]{2,}\S|[A-Za-z_\"'{\[<|])|-(?=[A-Za-z_\"'{\[<|])"  # a diff's added or
    # removed line (`+password:`, `+    password:`, `-DB_PASSWORD=`), not a list item (`- item`,
    # `-   item`: the detectors read list items; `+ item`), a flag (`--password`) or `-1`
    r"|@@[^@\n]{0,80}@@"  # a diff's hunk header
    rf"|{_PROMPT} "  # a shell's prompt
    r"|\([\w.-]{1,32}\) ?[$%#] "  # (venv) $
    r"|[\w.-]{1,32}@[\w.-]{1,64}:[^\s$#]{0,80}[$#] ?"  # user@host:~$
    r"|PS [A-Za-z]:\\[^>\n]{0,80}> ?|[A-Za-z]:\\[^>\n]{0,80}> ?"  # PowerShell, cmd
    r"|(?:>>>|\.\.\.|[\w-]{1,16}(?:=#|=>|>)) "  # Python, mysql>, postgres=#
    r"|\d{1,6}(?:[ \t]*[:|]|\t|  )"  # a listing's line number (`12: `, ` 12 | `, `cat -n`)
    r"|[>│┃] ?"  # a quote's marker, a listing's gutter
)
_AT_START = re.compile(rf"(?:[ \t]*(?:{_MARK}))+(?=[ \t]*\S)")
"""One or more marks (each maybe indented) opening a line, and something after them."""
_INSIDE = re.compile(
    r"([|`>\"'])((?:[ \t]*(?:\+(?=\t|[ \t]{2,}\S|[A-Za-z_\"'{\[<])|-(?=[A-Za-z_\"'{\[<])"
    rf"|{_PROMPT} "
    r"|PS [A-Za-z]:\\[^>\n]{0,80}> ?))+)(?=[ \t]*\S)")
r"""A diff's or a prompt's marks opening a cell, a code span, an element's text or a quoted
value (`| \`+    password: x\` |`, `\`$ mysql -px\``): a listing's numbers and quotes' marks
open lines only (a cell opening with a number is data)."""
_OPENERS = frozenset("|`>\"'")


def _blank(match: re.Match[str]) -> str:
    return match.group(1) + " " * len(match.group(2))


def blank_marks(line: str) -> str:
    """`line` with every run of leading marks (_AT_START, _INSIDE) made spaces; `line` when
    it has none. The search inside a line runs only on lines holding an opener."""
    start = _AT_START.match(line)
    if start is not None:
        line = " " * start.end() + line[start.end():]
    if _OPENERS.isdisjoint(line):
        return line
    return _INSIDE.sub(_blank, line)
