"""A secret set in a shell's own way, without `=` (issue 19, branch leak53): fish's `set -x
DB_PASSWORD Kq8vTz2mWx9p` (`-gx`, `-Ux`, `--export`, or no flag), csh's and launchd's `setenv
DB_PASSWORD …`, Windows' `setx DB_PASSWORD "…" /M`, and PowerShell's
`[Environment]::SetEnvironmentVariable("DB_PASSWORD", "…", "User")` and `Set-Item
-Path Env:DB_PASSWORD -Value "…"`. The rules that read `NAME=value` (`export`, `set NAME=`,
`$env:NAME = `) wanted the sign, so these published the value.

The variable and its value are judged as `NAME: value` by the rules that read a key and its
value (the variable's name must say it holds a secret: `DB_PASSWORD`, `GITHUB_TOKEN`; the value
must look like one: placeholders, variables and `$(…)` stay accepted)."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from kbgen.core.privacy.context import _Hit, judged_as_key

Judge = Callable[[str], list[_Hit]]

_NAME = r"(?P<name>[A-Za-z_][A-Za-z0-9_]{0,100})"
_VALUE = r"""(?P<open>["'])?(?P<value>[^\s"'`;|&<>()]{4,200})(?P=open)?"""
"""The value, maybe quoted; a backtick, `;`, a pipe or a parenthesis ends it."""

_SETTINGS = tuple(re.compile(pattern) for pattern in (
    rf"(?<![\w$.-])(?:set|setenv|setx)(?:[ \t]+-{{1,2}}[A-Za-z][\w-]{{0,20}})*[ \t]+{_NAME}"
    rf"[ \t]+{_VALUE}",
    rf"(?i:\[(?:System\.)?Environment\]::SetEnvironmentVariable)[ \t]*\([ \t]*[\"']{_NAME}"
    rf"[\"'][ \t]*,[ \t]*{_VALUE}",
    rf"(?i:(?:Set|New)-Item)[ \t]+(?:-Path[ \t]+)?(?i:env):\\?{_NAME}[ \t]+(?:-Value[ \t]+)?"
    rf"{_VALUE}"))
"""`set [-flags] NAME value` (fish; csh's `setenv`, Windows' `setx`), PowerShell's
`SetEnvironmentVariable("NAME", "value")` and `Set-Item env:NAME value`."""

_NEEDS = ("set", "Set", "SET", "New-Item", "new-item")


def needs(text: str) -> bool:
    """A text that sets something."""
    return any(word in text for word in _NEEDS)


def shell_settings(line: str, judge: Judge) -> Iterator[_Hit]:
    """Hits of each value a shell sets without `=`, judged as `NAME: value`."""
    for match in (match for pattern in _SETTINGS for match in pattern.finditer(line)):
        yield from judged_as_key(match.group("name"), match.group("value"),
                                 match.start("value"), judge, value_only=True)
