"""A secret set in a shell's (or a program's) own way, without `=` (issue 19, branch leak53):
fish's `set -x DB_PASSWORD Kq8vTz2mWx9p` (`-gx`, `-Ux`, `--export`, or no flag), csh's and
launchd's `setenv DB_PASSWORD …`, Windows' `setx DB_PASSWORD "…" /M` and `reg add
HKCU\\Environment /v DB_PASSWORD /d …`, `gh secret set DB_PASSWORD --body …`, PowerShell's
`[Environment]::SetEnvironmentVariable("DB_PASSWORD", "…", "User")` and `Set-Item -Path
Env:DB_PASSWORD -Value "…"`, and programs' calls (`os.Setenv("DB_PASSWORD", "…")`,
`std::env::set_var`, `setenv(`, `setdefault(`, `System.setProperty("db.password", "…")`).
The rules that read `NAME=value` (`export`, `set NAME=`, `$env:NAME = `) wanted the sign, so
these published the value.

The variable and its value are judged as `NAME: value` by the rules that read a key and its
value (the variable's name must say it holds a secret: `DB_PASSWORD`, `GITHUB_TOKEN`; the value
must look like one: placeholders, variables and `$(…)` stay accepted)."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from kbgen.core.privacy.context import _Hit, judged_as_key

Judge = Callable[[str], list[_Hit]]

_NAME = r"(?P<name>[A-Za-z_][A-Za-z0-9_.]{0,100})"
_VALUE = r"""(?P<open>["'])?(?P<value>[^\s"'`;|&<>()]{4,200})(?P=open)?"""
"""The value, maybe quoted; a backtick, `;`, a pipe or a parenthesis ends it."""

_SETTINGS = tuple(re.compile(pattern) for pattern in (
    rf"(?<![\w$.-])(?:set|setenv|setx)(?:[ \t]+-{{1,2}}[A-Za-z][\w-]{{0,20}})*[ \t]+{_NAME}"
    rf"[ \t]+(?:(?:--body|--value|-b)[ \t=]+)?{_VALUE}",
    rf"(?i:(?:set_?env|set_?var|setdefault|set_?property|setenvironmentvariable|putenv|set))"
    rf"[ \t]*\([ \t]*[\"']{_NAME}[\"'][ \t]*,[ \t]*{_VALUE}",
    rf"(?i:(?:Set|New)-Item)[ \t]+(?:-Path[ \t]+)?(?i:env):\\?{_NAME}[ \t]+(?:-Value[ \t]+)?"
    rf"{_VALUE}",
    rf"(?i:reg(?:\.exe)?[ \t]+add)[ \t]+\S+(?:[ \t]+/[a-z]{{1,2}}(?:[ \t]+(?!/)\S+)?)*?"
    rf"[ \t]+/v[ \t]+{_NAME}(?:[ \t]+/t[ \t]+\S+)?[ \t]+/d[ \t]+{_VALUE}"))
"""`set [-flags] NAME value` (fish; csh's `setenv`, Windows' `setx`, `gh secret set NAME
--body value`), a call that sets a named variable or property (PowerShell's
`SetEnvironmentVariable("NAME", "value")`, Go's `os.Setenv`, Rust's `set_var`, C's `setenv`,
Python's `setdefault`, Java's `setProperty`), `Set-Item env:NAME value`, and `reg add … /v NAME
/d value` (the registry's environment)."""



def line_needs(line: str, folded: str) -> bool:
    """A line that _SETTINGS may match, `folded` its kbgen.core.privacy.context._fold (a
    superset, unlike `needs`' case-sensitive words, which hold only of a whole text): `set`,
    `setenv` or `setx` written so before a space or a tab (the first pattern); a call's `(`
    after `set…` or `putenv` in any case (the second); `-item` (`Set-Item`, `New-Item`); `reg`
    and `add` (`reg add`)."""
    return ("set " in line or "set\t" in line or "setenv" in line or "setx" in line
            or "-item" in folded or "(" in line and ("set" in folded or "putenv" in folded)
            or "reg" in folded and "add" in folded)


def shell_settings(line: str, judge: Judge) -> Iterator[_Hit]:
    """Hits of each value a shell sets without `=`, judged as `NAME: value`."""
    for match in (match for pattern in _SETTINGS for match in pattern.finditer(line)):
        yield from judged_as_key(match.group("name"), match.group("value"),
                                 match.start("value"), judge, value_only=True)
