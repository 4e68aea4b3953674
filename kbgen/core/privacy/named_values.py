"""A secret given as the value of a setting whose name is given apart (issue 19, branch
leak53): Kubernetes' and Compose's `env:` items (`- name: DB_PASSWORD` / `value: …`), ECS
and Azure's JSON (`{"name": "DB_PASSWORD", "value": "…"}`), Terraform's `name = "DB_PASSWORD"`
/ `value = "…"`. The rules that read `DB_PASSWORD: value` want the name as the key, so a value
under `value:` was published whatever the name said.

The name and its value are judged as `NAME: value` by the rules that read a key and its value
(the name must say it holds a secret; placeholders, variables and references such as
`valueFrom:` stay accepted). Across lines, `value` must come within MAX_APART lines after the
name, in the same mapping (its key at the name key's column)."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from kbgen.core.privacy.context import _Hit, judged_as_key

Judge = Callable[[str], list[_Hit]]

_NAME = re.compile(
    r"""(?P<key>["']?name["']?[ \t]*(?::|=)[ \t]*)["']?(?P<name>[A-Za-z_][\w.-]{0,100})["']?"""
    r"""[ \t]*(?:,|$)""")
"""A `name` key and the setting's name (quoted or not), ending its line or before a comma."""
_VALUE = re.compile(
    r"""["']?value["']?[ \t]*(?::|=)[ \t]*(?P<open>["']?)(?P<value>[^\s"'`,{}\[\]]{1,200})"""
    r"""(?P=open)[ \t]*(?:[,}]|$)""")
"""A `value` key and its value (quoted or not)."""
_HINT = re.compile(r"(?i)pass|pwd|pw|secret|key|token|auth|cred")

MAX_APART = 3
"""Lines a value may come after its name (a `description:` between them)."""


def needs(text: str, folded: str) -> bool:
    """A text naming a setting and giving a value, one of a secret's words in it."""
    return "name" in folded and "value" in folded and bool(_HINT.search(folded))


def named_on_line(line: str, judge: Judge) -> Iterator[_Hit]:
    """Hits of a value given on the line of its setting's name (`{"name": "DB_PASSWORD",
    "value": "…"}`)."""
    for name in _NAME.finditer(line.replace("}", ",")):
        if not _HINT.search(name.group("name")):
            continue
        value = _VALUE.search(line, name.end())
        if value is not None:
            yield from judged_as_key(name.group("name"), value.group("value"),
                                     value.start("value"), judge, value_only=True)


def named_below(lines: list[str], judge: Judge) -> Iterator[tuple[int, _Hit]]:
    """(line index, hit) of a value given under its setting's name (`- name: DB_PASSWORD` /
    `  value: …`)."""
    for index, line in enumerate(lines):
        name = _NAME.search(line)
        if name is None or not _HINT.search(name.group("name")) or "value" in line[name.end():]:
            continue
        column = name.start("key")
        for row in range(index + 1, min(len(lines), index + 1 + MAX_APART)):
            following = lines[row]
            indent = len(following) - len(following.lstrip(" \t"))
            if indent < column or following.lstrip().startswith("- "):
                break  # the mapping ended, or the list's next item began
            value = _VALUE.match(following, indent)
            if indent == column and value is not None:
                for hit in judged_as_key(name.group("name"), value.group("value"),
                                         value.start("value"), judge, value_only=True):
                    yield row, hit
                break
