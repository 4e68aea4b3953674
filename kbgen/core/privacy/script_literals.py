"""A literal a script writes inside a variable's expansion, for the gate (issue 19, branch gap59).

The rules that read `NAME=value` accept a value that is a reference to a variable (`$DB_PASSWORD`,
`%pw%`, `{{ vault_password }}`): the script names the secret, it does not hold it. But some
expansions carry a literal of their own, and that literal is the variable's value wherever the
variable is unset or rewritten (rev58's cmd_variables gaps, published on main):

- a shell's default (`${DB_PASSWORD:-Zq8rT2vLp9Kx}`, `${PW:=…}`, `${PW-…}`) and a template's
  (`{{ vault_password | default('Zq8rT2vLp9Kx') }}`);
- cmd's substitution (`%pw:x=Zq8rT2vLp9Kx%`, whose replacement is written text) and a reference
  whose "name" is the literal itself (`set pw=%Tr0ub4dor3%`: no script names a variable so);
- a literal joined to a reference (`$env:RD_PW = "$env:RD_PW" + "Zq8rT2vLp9Kx"`).

Each literal is judged as `NAME: literal` by the rules that read a key and its value, `NAME`
being the variable (or the key the expansion is assigned to): the name must say it holds a
secret and the literal must look like one, so `${PORT:-8080}` and `${LOG_LEVEL:-info}` stay
none.

Read by structure: the expansion's grammar, not a list of names.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import replace

from kbgen.core.privacy.context import _Hit, _mask_secret, judged_as_key
from kbgen.core.privacy.encoded_examples import Blocks

Judge = Callable[[str], list[_Hit]]

_NAME = r"[A-Za-z_][\w.]{0,63}"
_LITERAL = r"[^\s\"'`{}()$%|;&<>]{4,128}"
_EXPANSIONS = (
    re.compile(rf"\$\{{(?P<name>{_NAME}):?[-=](?P<open>[\"']?)(?P<value>{_LITERAL})(?P=open)\}}"),
    re.compile(rf"\{{\{{-?[ \t]*(?P<name>{_NAME})[ \t]*\|[ \t]*default[ \t]*\([ \t]*"
               rf"(?P<open>[\"'])(?P<value>[^\"'\n]{{4,128}})(?P=open)"),
    re.compile(rf"%(?P<name>{_NAME}):[^=%\n]{{1,32}}=(?P<value>[^%\s\"]{{4,128}})%"),
)
"""A shell's default (`${NAME:-value}`), a Jinja filter's (`{{ NAME | default('value') }}`), cmd's
substitution (`%NAME:old=value%`): the variable and the literal it may hold."""
_KEY = re.compile(rf"(?:\$env:|\$)?(?P<name>{_NAME})[\"']?[ \t]*(?:\+?=|:)[ \t]*")
"""The key a line assigns (`export DB_PASSWORD=`, `$env:RD_PW = `, `password: `)."""
_SET_REFERENCE = re.compile(
    rf"(?i)^[ \t]*@?set[ \t]+\"?(?P<key>{_NAME})=%(?P<value>[A-Za-z0-9_]{{4,64}})%\"?[ \t]*$")
"""`set NAME=%…%`: cmd's whole value one reference."""
_JOINED = re.compile(r"\+[ \t]*(?P<open>[\"'])(?P<value>[^\"'$%`\n]{4,128})(?P=open)"
                     r"|(?P<open2>[\"'])(?P<value2>[^\"'$%`\n]{4,128})(?P=open2)[ \t]*\+")
"""A quoted literal joined by `+` to what is beside it (PowerShell, JavaScript, Python)."""
_REFERENCE_SHAPE = re.compile(r"[A-Z][A-Z0-9_]*|[a-z][a-z_]*[0-9]?|[A-Za-z][a-z]+(?:_?[A-Z][a-z]+)*"
                              r"|~?[0-9a-z]{1,3}")
"""What a variable's name looks like: all capitals (`APPDATA`), lower words (`rustdesk_pw`,
`pass2`), words run together (`ProgramFiles`), a short modifier (`~dp0`). A letter run mixing
capitals and digits inside (`Tr0ub4dor3`) is no name a script gives."""


def line_needs(line: str, folded: str) -> bool:
    """A line an expansion or a joined literal may stand in."""
    return ("${" in line or "default" in folded or "%" in line
            or "+" in line and ("'" in line or '"' in line))


def literals(line: str, judge: Judge) -> Iterator[_Hit]:
    """Hits of each literal the line writes inside an expansion or joins to an assignment,
    judged as `NAME: literal`."""
    assigned = _KEY.match(line.lstrip(" \t`").removeprefix("export ").removeprefix("set "))
    outer = assigned.group("name") if assigned else None
    for pattern in _EXPANSIONS:
        for match in pattern.finditer(line):
            yield from _judged((match.group("name"), outer), match.group("value"),
                               match.start("value"), judge)
    if (statement := _SET_REFERENCE.match(line)) and not _REFERENCE_SHAPE.fullmatch(
            statement.group("value")):
        yield from _judged((statement.group("key"),), statement.group("value"),
                           statement.start("value"), judge)
    if outer and "+" in line:
        for match in _JOINED.finditer(line):
            group = "value" if match.group("value") is not None else "value2"
            yield from _judged((outer,), match.group(group), match.start(group), judge)


def _judged(names: tuple[str | None, ...], value: str, start: int, judge: Judge
            ) -> Iterator[_Hit]:
    """The hits of `value` judged under the first of `names` that finds any."""
    for name in dict.fromkeys(name for name in names if name):
        hits = list(judged_as_key(name, value, start, judge, value_only=True))
        if hits:
            yield from hits
            return


_ASSIGNMENTS = (
    re.compile(rf"(?i)(?<![\w-])set[ \t]+(?:/a[ \t]+)?(?P<q>\"?)(?P<name>{_NAME})="
               r"(?P<value>[^\"&\n]*?)(?P=q)[ \t]*(?:&|$)"),
    re.compile(rf"^[ \t]*(?:export[ \t]+|local[ \t]+|readonly[ \t]+)?(?P<name>{_NAME})="
               r"(?P<q>[\"']?)(?P<value>[^\"'\s;&|]*)(?P=q)[ \t]*(?:[;#]|$)"),
    re.compile(rf"^[ \t]*\$(?:env:)?(?P<name>{_NAME})[ \t]*=[ \t]*(?P<q>[\"'])"
               r"(?P<value>[^\"'\n]*)(?P=q)[ \t]*(?:;|#|$)"),
)
"""An assignment in cmd (`set name=value`, `set "name=value" & …`), a POSIX shell (`name=value`,
`export name="value"`) and PowerShell (`$name = "value"`, `$env:name = "value"`)."""
_PIECE = re.compile(rf"%(?P<cmd>{_NAME})%|!(?P<delayed>{_NAME})!|\$\{{(?P<braced>{_NAME})\}}"
                    rf"|\$(?:env:)?(?P<bare>[A-Za-z_]\w{{0,63}})")
"""One reference to a variable, as cmd, its delayed expansion, a shell and PowerShell write it."""


def _pieces(value: str) -> list[str] | None:
    """The names `value` refers to, if it is references and nothing else."""
    names: list[str] = []
    position = 0
    while position < len(value):
        match = _PIECE.match(value, position)
        if match is None:
            return None
        names.append(next(name for name in match.groups() if name).lower())
        position = match.end()
    return names


def joined_in_blocks(lines: list[str], judge: Judge) -> Iterator[tuple[int, _Hit]]:
    """(line index, hit) of each value a code block assigns by joining two or more of its own
    variables, each a literal the block set (`set one=Zq8r`, `set two=T2vL`, `set
    password=%one%%two%`): the joined literal is judged as `NAME: value` (rev58: each piece
    too short to be found alone)."""
    if not any("```" in line or "~~~" in line for line in lines):
        return
    blocks = Blocks(lines)
    literal: dict[str, str] = {}
    joined_names: set[str] = set()
    current: tuple[int, int] | None = None
    for index, line in enumerate(lines):
        span = blocks.span(index)
        if span is None:
            continue
        if span != current:
            current, literal, joined_names = span, {}, set()
        for pattern in _ASSIGNMENTS:
            for match in pattern.finditer(line):
                name, value = match.group("name").lower(), match.group("value")
                names = _pieces(value) if value else None
                if names is None:
                    literal[name] = value
                    continue
                literal.pop(name, None)
                joined_names.discard(name)
                if not all(piece in literal for piece in names) or len(names) < 2 and not (
                        joined_names & set(names)):
                    continue  # one reference: only to a value the block joined (`set c=%a%%b%`)
                joined = "".join(literal[piece] for piece in names)
                for hit in judged_as_key(match.group("name"), joined, match.start("value"),
                                         judge, value_only=True):
                    if not hit.allowed:
                        yield index, replace(hit, start=match.start("value"),
                                             end=match.end("value"),
                                             excerpt=_mask_secret(value))
                literal[name] = joined
                joined_names.add(name)
