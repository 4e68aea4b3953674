"""A strict, safe YAML loader for content written by hand.

It keeps PyYAML's safe constructors but refuses what surprises authors: aliases (and so
alias bombs), duplicate keys, YAML 1.1 booleans such as `NO`, sexagesimal numbers such as
`9:30`, and octal- or hex-looking numbers such as `01234` or `0x80070005` (all read as
strings instead), impossible dates such as `2024-02-30`, and values their type cannot
hold (`!!int abc`, a whole number of 5000 digits: an error with their line, never a crash).
It also records the line of every key.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

import yaml
from yaml.constructor import ConstructorError
from yaml.nodes import MappingNode, Node, SequenceNode

_Base: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
"""libyaml's parser when PyYAML has it (ten times faster), else the pure-Python one."""


class StrictLoader(_Base):  # type: ignore[misc]
    """SafeLoader with YAML 1.2-like scalars, no aliases and no duplicate keys."""

    first_line = 1
    """Line of the file where the YAML text starts, for lines named inside messages."""

    def construct_mapping(self, node: MappingNode, deep: bool = False) -> dict[Any, Any]:
        """Build a mapping, refusing a key that appears twice."""
        seen: dict[Any, int] = {}
        for key_node, _ in node.value:
            key = self.construct_object(key_node, deep=True)  # type: ignore[no-untyped-call]
            if key in seen:
                raise ConstructorError(
                    None, None,
                    f"duplicate key '{key}' (first on line {seen[key] + self.first_line});"
                    " keep only one",
                    key_node.start_mark,
                )
            seen[key] = key_node.start_mark.line
        return super().construct_mapping(node, deep=deep)

    def construct_object(self, node: Node, deep: bool = False) -> Any:
        """Any value as usual, but one its type cannot hold (`!!int abc`, `!!bool maybe`, a
        whole number of more than 4300 digits) is an error with its position, not a crash
        (rev43)."""
        try:
            return super().construct_object(node, deep=deep)
        except (ValueError, KeyError, TypeError, OverflowError) as exc:
            value = node.value if isinstance(node.value, str) else ""
            shown = f"'{value[:20]}…'" if len(value) > 20 else f"'{value}'"
            kind = node.tag.rsplit(":", 1)[-1]
            raise ConstructorError(None, None, f"{shown} cannot be read as a value of type {kind}"
                                   f" ({str(exc).split(':')[0]}); quote it to keep it as text",
                                   node.start_mark) from None

    def construct_yaml_timestamp(self, node: Node) -> Any:  # type: ignore[override]
        """Dates as usual, but an impossible date is an error with its position."""
        try:
            return super().construct_yaml_timestamp(node)  # type: ignore[arg-type]
        except ValueError as exc:
            raise ConstructorError(
                None, None, f"'{node.value}' is not a valid date ({exc})", node.start_mark
            ) from None


StrictLoader.add_constructor("tag:yaml.org,2002:timestamp", StrictLoader.construct_yaml_timestamp)
StrictLoader.add_constructor("tag:yaml.org,2002:map", StrictLoader.construct_yaml_map)

# Replace YAML 1.1 implicit resolvers for bool/int/float with YAML 1.2 core-schema ones.
StrictLoader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers
            if tag not in ("tag:yaml.org,2002:bool", "tag:yaml.org,2002:int",
                           "tag:yaml.org,2002:float")]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
StrictLoader.add_implicit_resolver(
    "tag:yaml.org,2002:bool", re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), list("tTfF")
)
StrictLoader.add_implicit_resolver(
    "tag:yaml.org,2002:int", re.compile(r"^[-+]?(?:0|[1-9][0-9]*)$"),
    list("-+0123456789"),
)
StrictLoader.add_implicit_resolver(
    "tag:yaml.org,2002:float",
    re.compile(r"^(?:[-+]?(?:\.[0-9]+|(?:0|[1-9][0-9]*)(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?"
               r"|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$"),
    list("-+0123456789."),
)


ALIASES_REFUSED = ("invalid YAML: YAML anchors and aliases (&name, *name) are not allowed;"
                   " write the value out")


@dataclass
class YamlDocument:
    """A parsed YAML document and the line (1-based, in the YAML text) of each key path."""

    data: Any
    key_lines: dict[str, int] = field(default_factory=dict)


@dataclass
class YamlProblem(Exception):
    """A YAML syntax or strictness error at a 1-based line of the YAML text."""

    line: int | None
    message: str


def load_yaml(text: str, first_line: int = 1) -> YamlDocument:
    """Parse one YAML document strictly; raise YamlProblem with a line (of `text`) on failure.
    `first_line` is the file line `text` starts on, for lines named inside messages."""
    loader = StrictLoader(text)
    loader.first_line = first_line
    try:
        node = loader.get_single_node()
        if node is None:
            return YamlDocument(None)
        _refuse_aliases(node)
        data = loader.construct_document(node)
    except yaml.MarkedYAMLError as exc:
        line, reason = _explain(text, exc)
        raise YamlProblem(line, f"invalid YAML: {reason}") from None
    except yaml.YAMLError as exc:
        raise YamlProblem(None, f"invalid YAML: {exc}") from None
    finally:
        loader.dispose()
    return YamlDocument(data, key_lines_of(node))


_CLOSERS = {"flow sequence": ("list", "[", "]"), "flow mapping": ("mapping", "{", "}")}
_OPEN_QUOTE = re.compile(r"""^\s*(?:-\s+)*(?:[^\s#'"][^:#]*:\s+)?(["'])""")


def _explain(text: str, exc: yaml.MarkedYAMLError) -> tuple[int | None, str]:
    """The 1-based line and reason of a YAML error, at the line where the trouble starts:
    an unclosed quote or bracket is reported where it opens, not where the text ends."""
    problem, context = exc.problem_mark, exc.context_mark
    mark = problem or context
    reason = exc.problem or exc.context or "invalid YAML"
    if exc.context and exc.problem:
        reason = f"{exc.problem} ({exc.context})"
    if mark and _char_at(text, mark.line, mark.column) == "\t":
        return mark.line + 1, "a tab character; YAML is indented with spaces only"
    at_end = "end of stream" in (exc.problem or "")
    opened = context if problem and context and (problem.line > context.line or at_end) else None
    what = (exc.context or "").removeprefix("while scanning a ").removeprefix("while parsing a ")
    if opened and what == "quoted scalar":
        quote = _char_at(text, opened.line, opened.column)
        return opened.line + 1, (f"the quoted value that starts on this line is never closed;"
                                 f" add the closing {quote} at its end")
    if opened and what in _CLOSERS:
        kind, opener, closer = _CLOSERS[what]
        return opened.line + 1, (f"the {kind} opened with '{opener}' on this line is not"
                                 f" closed; add '{closer}' at its end")
    if mark and what.startswith("block"):
        quoted = _unclosed_quote_before(text, mark.line)
        if quoted is not None:
            return quoted + 1, (f"the quoted value that starts on this line is not closed on it,"
                                f" so YAML reads on until line {mark.line + 1} ({reason}); close"
                                " the quote on this line or write the value without quotes")
    return (mark.line + 1 if mark else None), reason


def _unclosed_quote_before(text: str, stop: int) -> int | None:
    """The 0-based line before `stop` whose quoted value is not closed on it, if any."""
    for number, row in enumerate(text.split("\n")[:stop + 1]):
        opening = _OPEN_QUOTE.match(row)
        if opening is None:
            continue
        quote = opening.group(1)
        rest = row[opening.end():]
        closed = (rest.replace("''", "").count("'") if quote == "'"
                  else len(re.findall(r'(?<!\\)"', rest.replace("\\\\", ""))))
        if closed == 0 and number < stop:
            return number
    return None


def _char_at(text: str, line: int, column: int) -> str:
    rows = text.split("\n")
    return rows[line][column:column + 1] if line < len(rows) else ""


def _refuse_aliases(root: Node) -> None:
    """Aliases share one node: seeing a node twice means an alias (and maybe a bomb)."""
    seen: set[int] = set()
    stack = [root]
    while stack:
        node = stack.pop()
        if id(node) in seen:
            raise yaml.composer.ComposerError(None, None, ALIASES_REFUSED[len("invalid YAML: "):],
                                              node.start_mark)
        seen.add(id(node))
        if isinstance(node, MappingNode):
            stack.extend(child for pair in node.value for child in pair)
        elif isinstance(node, SequenceNode):
            stack.extend(node.value)


def key_lines_of(node: Node | None) -> dict[str, int]:
    """1-based line of every key path of a composed YAML node."""
    lines: dict[str, int] = {}
    if node is not None:
        _record_lines(node, "", lines)
    return lines


def _record_lines(node: Node, path: str, lines: dict[str, int]) -> None:
    """Line of every key and list item, by path such as `lines[0].hours.monday`."""
    if isinstance(node, MappingNode):
        for key_node, value_node in node.value:
            child = f"{path}.{key_node.value}" if path else str(key_node.value)
            lines[child] = key_node.start_mark.line + 1
            _record_lines(value_node, child, lines)
    elif isinstance(node, SequenceNode):
        for index, item in enumerate(node.value):
            child = f"{path}[{index}]"
            lines[child] = item.start_mark.line + 1
            _record_lines(item, child, lines)


def line_for(key_lines: Mapping[str, int], path: str) -> int | None:
    """The line of a key path such as `lines[0].hours`, or of its closest listed parent."""
    while path:
        if path in key_lines:
            return key_lines[path]
        path = path[: max(path.rfind("."), path.rfind("["), 0)]
    return None


_TOP_KEY = re.compile(r"""^(?!-(?:\s|$))([^\s#'"{[][^:#]*?|"[^"]*"|'[^']*')\s*:(?:\s|$)""")


SALVAGED_KEYS = 200
"""Above this many top-level keys, a broken file is reported by its first error alone (each
key is parsed on its own, and a flood of keys must not cost a flood of parses)."""


@dataclass
class Salvage:
    """What can still be read of a YAML mapping that does not parse as a whole."""

    data: dict[str, Any]
    """Top-level keys whose own lines parse, with their values."""
    key_lines: dict[str, int]
    """1-based line of every key path read, as in YamlDocument."""
    problems: list[YamlProblem]
    """The error of each top-level key whose lines do not parse, at its line."""
    unread: set[str]
    """Top-level keys whose lines do not parse (their value is unknown)."""


def salvage(text: str, first_line: int = 1) -> Salvage:
    """Parse each top-level `key:` of `text` (with its indented lines) on its own, so that one
    broken value hides no other: every broken key is reported, every other key is read.
    `first_line` is the file line `text` starts on, for lines named inside messages."""
    rows = text.split("\n")
    starts = [n for n, row in enumerate(rows) if _TOP_KEY.match(row)]
    if not starts or len(starts) > SALVAGED_KEYS or any(
            row.strip() and not row.lstrip().startswith("#") for row in rows[:starts[0]]):
        return Salvage({}, {}, [], set())
    result = Salvage({}, {}, [], set())
    for start, end in zip(starts, [*starts[1:], len(rows)]):
        block = "\n".join(rows[start:end]) + "\n"
        match = _TOP_KEY.match(rows[start])
        key = match.group(1).strip("\"'") if match else ""
        try:
            document = load_yaml(block, first_line + start)
        except YamlProblem as exc:
            message = ALIASES_REFUSED if "undefined alias" in exc.message else exc.message
            result.problems.append(YamlProblem((exc.line or 1) + start, message))
            result.unread.add(key)
            continue
        if not isinstance(document.data, dict):
            continue
        for name, value in document.data.items():
            if name in result.data or name in result.unread:
                first = result.key_lines.get(str(name), start + 1) + first_line - 1
                result.problems.append(YamlProblem(start + 1, f"invalid YAML: duplicate key"
                                                   f" '{name}' (first on line {first}); keep"
                                                   " only one"))
                continue
            result.data[name] = value
        result.key_lines.update({path: line + start for path, line
                                 in document.key_lines.items() if path not in result.key_lines})
    return result
