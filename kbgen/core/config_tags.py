"""Refuse YAML tags in mkdocs.yml that would run Python when MkDocs reads it.

MkDocs loads mkdocs.yml with PyYAML's full loader, so `!!python/object/apply:os.system [...]`
runs a command on `mkdocs build`. kbgen reads the file (and every file it `INHERIT`s) with the
safe composer first and refuses any tag other than YAML's own, MkDocs' `!ENV` and `!relative`,
and `!!python/name:` of a few exact functions that Markdown extension packages document for
their settings (emoji generators, fence formatters, slug functions). Python tags are refused
however they are written (`!!python/...`, `!<tag:yaml.org,2002:python/...>`, a `%TAG` handle).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from types import ModuleType
from typing import Any

import yaml
from yaml.nodes import MappingNode, Node, SequenceNode

from kbgen.core.yaml_aliases import (
    MAX_ALIASED,
    MAX_NESTING,
    aliases_added,
    deepest_line,
    nesting,
)
from kbgen.errors import KbError, Problem

YAML_TAG = "tag:yaml.org,2002:"
PYTHON_NAME = f"{YAML_TAG}python/name:"
STANDARD_TAGS = frozenset(
    YAML_TAG + name for name in ("str", "int", "float", "bool", "null", "seq", "map",
                                 "timestamp", "binary", "omap", "pairs", "set", "merge", "value")
)
"""Tags of YAML itself: they build plain data."""
MKDOCS_TAGS = frozenset({"!ENV", "!relative"})
"""MkDocs' own tags: an environment variable, a path relative to the page."""
ALLOWED_NAMES = frozenset({
    "material.extensions.emoji.twemoji",
    "material.extensions.emoji.to_svg",
    "pymdownx.emoji.twemoji",
    "pymdownx.emoji.emojione",
    "pymdownx.emoji.gemoji",
    "pymdownx.emoji.to_svg",
    "pymdownx.emoji.to_png",
    "pymdownx.emoji.to_alt",
    "pymdownx.emoji.to_png_sprite",
    "pymdownx.emoji.to_svg_sprite",
    "pymdownx.superfences.fence_code_format",
    "pymdownx.superfences.fence_div_format",
    "pymdownx.arithmatex.arithmatex_inline_format",
    "pymdownx.arithmatex.arithmatex_fenced_format",
    "markdown.extensions.toc.slugify",
    "markdown.extensions.toc.slugify_unicode",
})
"""The only `!!python/name:` values allowed: functions Markdown extensions document for their
settings. Never `python/object`, `python/object/apply`, `python/object/new` or `python/module`."""
MAX_INHERIT = 10
"""How deep `INHERIT` chains may go (MkDocs follows them without a limit)."""


def short_tag(tag: str) -> str:
    """`tag:yaml.org,2002:python/name:x` -> `!!python/name:x`, as it is usually written."""
    return "!!" + tag[len(YAML_TAG):] if tag.startswith(YAML_TAG) else tag


def _too_deep(text: str, shown: str) -> list[Problem]:
    return [Problem(shown, deepest_line(text), "error",
                    "YAML nested too deeply to read (lists or keys inside each other"
                    " hundreds of times, which no setting needs); flatten them")]


def tag_problems(text: str, shown: str) -> list[Problem]:
    """One error per tag of `text` (the YAML of file `shown`) that MkDocs must not construct."""
    if nesting(text) > MAX_NESTING:  # told in one pass, not after 1-3 s of PyYAML's recursion
        return _too_deep(text, shown)
    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        return [Problem(shown, mark.line + 1 if mark else None, "error",
                        f"invalid YAML: {getattr(exc, 'problem', None) or exc}")]
    except RecursionError:  # PyYAML composes nested lists and keys by recursion
        return _too_deep(text, shown)
    problems = []
    nodes = _nodes(root)
    for node in nodes:
        message = _refusal(node)
        if message:
            problems.append(Problem(shown, node.start_mark.line + 1, "error", message))
    aliased = aliases_added(root, len(nodes))
    if aliased:
        added, anchor = aliased
        problems.append(Problem(shown, anchor.start_mark.line + 1, "error",
                                f"YAML aliases (*name) expand this file by {added:,} values (at"
                                f" most {MAX_ALIASED:,}), which every reading of the"
                                f" settings walks (a \"billion laughs\"); write the repeated"
                                f" values out, or repeat fewer"))
    return problems


def _refusal(node: Node) -> str | None:
    """Why the tag of `node` is refused, or None when it is harmless."""
    tag = node.tag
    if tag in STANDARD_TAGS or tag in MKDOCS_TAGS:
        return None
    if tag.startswith(PYTHON_NAME) and tag[len(PYTHON_NAME):] in ALLOWED_NAMES:
        return None
    written = short_tag(tag)
    if tag.startswith(YAML_TAG + "python/"):
        return (f"the YAML tag {written} makes MkDocs run Python code when it reads this file;"
                " remove it (allowed: !ENV, !relative, and !!python/name: only for the emoji,"
                " fence and slug functions of Markdown extensions, such as"
                " !!python/name:material.extensions.emoji.twemoji)")
    return (f"unknown YAML tag {written}; remove it (allowed: YAML's own tags, !ENV, !relative"
            " and !!python/name: of a documented Markdown extension function)")


def _nodes(root: Node | None) -> list[Node]:
    """Every node once, keys included, in document order (aliases are visited once)."""
    found: list[Node] = []
    seen: set[int] = set()
    stack = [root] if root is not None else []
    while stack:
        node = stack.pop()
        if id(node) in seen:
            continue
        seen.add(id(node))
        found.append(node)
        if isinstance(node, MappingNode):
            stack.extend(child for pair in reversed(node.value) for child in reversed(pair))
        elif isinstance(node, SequenceNode):
            stack.extend(reversed(node.value))
    return found


def config_tag_problems(config_file: Path) -> list[Problem]:
    """Refused tags of mkdocs.yml and of every file it `INHERIT`s, in reading order."""
    problems: list[Problem] = []
    seen: set[Path] = set()
    path: Path | None = Path(config_file)
    while path is not None and len(seen) < MAX_INHERIT:
        resolved = path.resolve()
        if resolved in seen or not path.is_file():
            break  # a loop or a missing parent: MkDocs reports it, nothing more runs
        seen.add(resolved)
        try:
            text = path.read_text(encoding="utf-8-sig")
        except (OSError, UnicodeDecodeError) as exc:
            problems.append(Problem(str(path), None, "error", f"cannot be read: {exc}"))
            break
        problems += tag_problems(text, str(path))
        if nesting(text) > MAX_NESTING:
            break  # refused unread (tag_problems): PyYAML would spend seconds failing on it
        path = _inherited(text, path)
    return problems


def _inherited(text: str, path: Path) -> Path | None:
    """The file named by a top-level `INHERIT` key, relative to `path`'s folder."""
    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
    except (yaml.YAMLError, RecursionError):  # tag_problems reported it
        return None
    if not isinstance(root, MappingNode):
        return None
    for key, value in root.value:
        if key.value == "INHERIT" and isinstance(value.value, str):
            return path.parent / value.value
    return None


def refuse_python_tags(config_file: Path | str) -> None:
    """Raise KbError listing every refused tag, before MkDocs reads `config_file`."""
    problems = config_tag_problems(Path(config_file))
    if problems:
        raise KbError("\n".join(str(p) for p in problems))


@contextmanager
def guarded_reloads(serving: ModuleType) -> Iterator[None]:
    """While in the block, `serving.load_config` (MkDocs' serve module, which reloads
    mkdocs.yml after each change) refuses Python tags first; a refusal stops that rebuild
    with the message, and the server keeps running."""
    original = getattr(serving, "load_config")

    def load_config(config_file: Any = None, **options: Any) -> Any:
        try:
            if isinstance(config_file, (str, Path)):
                refuse_python_tags(config_file)
        except KbError as exc:
            raise SystemExit(str(exc)) from None  # MkDocs prints it and waits for a fix
        return original(config_file=config_file, **options)

    setattr(serving, "load_config", load_config)
    try:
        yield
    finally:
        setattr(serving, "load_config", original)
