"""Stepped guides written as data (YAML or JSON beside the Markdown, as Misskey Hub's
`stepped-guides/how-to-enable-2fa.yml`: a title, a description, a body and steps, per
device), made Markdown pages the importer reads like any other."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import yaml

from kbgen.core.markdown_code import code_map
from kbgen.core.nested_data import json_loads
from kbgen.core.yaml_aliases import safe_load_bounded

DATA_SUFFIXES = (".yml", ".yaml", ".json")


def read_data(path: Path) -> Any:
    """The file's data, or None when it is not readable YAML or JSON."""
    try:
        text = path.read_text(encoding="utf-8-sig")
        return json_loads(text) if path.suffix == ".json" else safe_load_bounded(text)
    except (OSError, UnicodeDecodeError, ValueError, yaml.YAMLError):
        return None


def _text(value: Any) -> str:
    return value.strip() if isinstance(value, str) else ""


def _steps(steps: Any) -> list[dict[str, Any]]:
    return [step if isinstance(step, dict) else {"description": step}
            for step in steps if isinstance(step, (dict, str))] if isinstance(steps, list) else []


def is_stepped_guide(data: Any) -> bool:
    """A title and steps (at the top or in `guides`, one list per device)."""
    if not isinstance(data, dict) or not _text(data.get("title")):
        return False
    guides = data.get("guides")
    return bool(_steps(data.get("steps"))) or isinstance(guides, list) and any(
        isinstance(guide, dict) and _steps(guide.get("steps")) for guide in guides)


_ATX = re.compile(r"^(#{1,6})(?=[ \t])")


def _headings_under(text: str, level: int) -> str:
    """A step's text with its headings below the step's own (`###` in a step at `###`
    becomes `####`), code left as written."""
    code = code_map(text)
    found = [(i, m) for i, line in enumerate(code.lines)
             if not code.is_code(i) and (m := _ATX.match(line))]
    if not found:
        return text
    shift = level + 1 - min(len(m.group(1)) for _, m in found)
    lines = list(code.lines)
    for index, match in found:
        hashes = "#" * min(6, max(1, len(match.group(1)) + shift))
        lines[index] = hashes + lines[index][match.end():]
    return "\n".join(lines)


def guide_markdown(data: dict[str, Any]) -> str:
    """The guide as a Markdown page: front matter (title, description), the body, then
    each device's steps, numbered, under its title; a step's picture before its text."""
    front = {"title": _text(data["title"])}
    if _text(data.get("description")):
        front["description"] = _text(data.get("description"))
    parts = [f"---\n{yaml.safe_dump(front, allow_unicode=True, sort_keys=False)}---"]
    if _text(data.get("body")):
        parts.append(_text(data.get("body")))
    guides = [{"steps": data["steps"]}] if _steps(data.get("steps")) else [
        guide for guide in data.get("guides") or [] if isinstance(guide, dict)]
    several = len(guides) > 1
    for guide in guides:
        if several and _text(guide.get("title")):
            parts.append(f"## {_text(guide.get('title'))}")
        for number, step in enumerate(_steps(guide.get("steps")), start=1):
            title = _text(step.get("title"))
            parts.append(f"{'###' if several else '##'} {number}. {title}".rstrip())
            image = _text(step.get("image"))
            if image:
                parts.append(f"![{title}]({image})")
            text = _text(step.get("description")) or _text(step.get("body"))
            if text:
                parts.append(_headings_under(text, 3 if several else 2))
    return "\n\n".join(parts) + "\n"
