"""Markdown bodies from other generators: template tags removed (Liquid, Hugo shortcodes,
MDX), links and images resolved, code blocks left exactly as they were."""

from __future__ import annotations

import re
from collections.abc import Callable

_FENCE = re.compile(r"^([ \t]*)(`{3,}|~{3,})[^\n]*\n.*?^\1\2[ \t]*$", re.M | re.S)
_INLINE_CODE = re.compile(r"(`+)[^`\n].*?\1")
_LINK = re.compile(r"(!?)\[((?:[^\[\]]|\[[^\]]*\])*)\]\(\s*<?([^)\s>]*)>?(\s+\"[^\"]*\")?\s*\)")
_HTML_IMG = re.compile(r"<img\b[^>]*?\bsrc=[\"']([^\"']+)[\"'][^>]*>", re.I)
_HTML_ALT = re.compile(r"\balt=[\"']([^\"']*)[\"']", re.I)

_RAW = re.compile(r"\{%-?\s*raw\s*-?%\}(.*?)\{%-?\s*endraw\s*-?%\}", re.S)
_LIQUID_LINK = re.compile(r"\{%-?\s*(?:link|post_url)\s+([^\s%]+)\s*-?%\}")
_HUGO_REF = re.compile(r"\{\{[<%]\s*(?:rel)?ref\s+\"?([^\"\s>%]+)\"?\s*[>%]\}\}")
_HUGO_PAIRED = re.compile(
    r"\{\{[<%]\s*(\w[\w-]*)[^}]*?[>%]\}\}(.*?)\{\{[<%]\s*/\s*\1\s*[>%]\}\}", re.S)
_HUGO_TAG = re.compile(r"\{\{[<%].*?[>%]\}\}", re.S)
_LIQUID_BLOCK = re.compile(r"\{%-?\s*comment\s*-?%\}.*?\{%-?\s*endcomment\s*-?%\}", re.S)
_LIQUID_TAG = re.compile(r"\{%.*?%\}", re.S)
_LIQUID_OUTPUT = re.compile(r"\{\{.*?\}\}", re.S)
_KRAMDOWN_IAL = re.compile(r"^\{:[^}\n]*\}[ \t]*$|\{:[^}\n]*\}", re.M)
_MDX_IMPORT = re.compile(r"^(?:import|export)\s.+?$", re.M)
_JSX = re.compile(r"^[ \t]*</?[A-Z][A-Za-z0-9.]*(?:\s[^>]*)?/?>[ \t]*$", re.M)
_ADMONITION = re.compile(r"^:::(\w+)[ \t]*(.*?)\n(.*?)^:::[ \t]*$", re.M | re.S)
_ADMONITION_KINDS = {"note", "tip", "info", "warning", "danger", "caution", "important"}


def _protected(text: str, change: Callable[[str], str]) -> str:
    """Apply `change` outside fenced code blocks and inline code."""
    out, position = [], 0
    for match in _FENCE.finditer(text):
        out.append(_outside_inline_code(text[position:match.start()], change))
        out.append(match.group(0))
        position = match.end()
    out.append(_outside_inline_code(text[position:], change))
    return "".join(out)


def _outside_inline_code(text: str, change: Callable[[str], str]) -> str:
    marks: list[str] = []

    def hide(match: re.Match[str]) -> str:
        marks.append(match.group(0))
        return f"\x00{len(marks) - 1}\x00"

    changed = change(_INLINE_CODE.sub(hide, text))
    return re.sub(r"\x00(\d+)\x00", lambda m: marks[int(m.group(1))], changed)


def clean_markup(text: str, link_for: Callable[[str], str]) -> tuple[str, list[str]]:
    """Remove the template tags of Jekyll, Hugo and Docusaurus; returns the text and what was
    removed (one line per kind). `link_for` turns `{% link x %}`/`{{< ref x >}}` targets into
    link targets."""
    removed: dict[str, int] = {}

    def count(kind: str, replacement: str = "") -> Callable[[re.Match[str]], str]:
        def replace(match: re.Match[str]) -> str:
            removed[kind] = removed.get(kind, 0) + 1
            return match.expand(replacement) if replacement else ""
        return replace

    raw: list[str] = []

    def keep_raw(match: re.Match[str]) -> str:
        raw.append(match.group(1))
        return f"\x01{len(raw) - 1}\x01"

    def change(part: str) -> str:
        part = _RAW.sub(keep_raw, part)
        part = _LIQUID_LINK.sub(lambda m: link_for(m.group(1)), part)
        part = _HUGO_REF.sub(lambda m: link_for(m.group(1)), part)
        part = _LIQUID_BLOCK.sub(count("Liquid comment"), part)
        for _ in range(3):  # nested paired shortcodes
            part = _HUGO_PAIRED.sub(count("Hugo shortcode (its text kept)", r"\2"), part)
        part = _HUGO_TAG.sub(count("Hugo shortcode"), part)
        part = _LIQUID_TAG.sub(count("Liquid tag"), part)
        part = _LIQUID_OUTPUT.sub(count("Liquid variable"), part)
        part = _KRAMDOWN_IAL.sub(count("kramdown attribute list"), part)
        part = _MDX_IMPORT.sub(count("MDX import/export line"), part)
        part = _ADMONITION.sub(_admonition, part)
        part = _JSX.sub(count("MDX/JSX component tag (its text kept)"), part)
        return part

    cleaned = _protected(text, lambda part: re.sub(r"[ \t]+$", "", change(part), flags=re.M))
    cleaned = re.sub(r"\x01(\d+)\x01", lambda m: raw[int(m.group(1))], cleaned)
    notes = [f"removed: {kind} ({n}×)" for kind, n in removed.items()]
    return re.sub(r"\n{3,}", "\n\n", cleaned), notes


def _admonition(match: re.Match[str]) -> str:
    """Docusaurus `:::tip Title` blocks -> Python-Markdown admonitions."""
    kind = match.group(1).lower()
    kind = kind if kind in _ADMONITION_KINDS else "note"
    title = f' "{match.group(2).strip()}"' if match.group(2).strip() else ""
    body = "\n".join(f"    {line}" if line.strip() else "" for line in match.group(3).splitlines())
    return f"!!! {kind}{title}\n\n{body}\n"


def rewrite_references(text: str, link: Callable[[str], str | None],
                       image: Callable[[str], str | None]) -> str:
    """Each Markdown link and image through `link`/`image` (None: keep the text only)."""
    def replace(match: re.Match[str]) -> str:
        bang, label, target, title = match.groups()
        new = (image if bang else link)(target)
        if new is None:
            return f"*[image: {label}]*" if bang and label else ("" if bang else label)
        return f"{bang}[{label}]({new}{title or ''})"

    def replace_img(match: re.Match[str]) -> str:
        new = image(match.group(1))
        alt = _HTML_ALT.search(match.group(0))
        label = alt.group(1) if alt else ""
        return f"![{label}]({new})" if new else (f"*[image: {label}]*" if label else "")

    return _protected(text, lambda part: _HTML_IMG.sub(replace_img, _LINK.sub(replace, part)))
