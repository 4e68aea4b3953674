"""The docs a Docusaurus configuration publishes, read from its text (code, never run): the
preset's docs (`presets: [[..., {docs: {routeBasePath, versions}}]]`) and every other instance
of `@docusaurus/plugin-content-docs` (`{id, path, routeBasePath, sidebarPath}`), each at its
own address. CrowdSec's docs keep `docs/` at `/docs/next/` (`versions: {current: {path:
"/next"}}`) and an `unversioned/` folder at `/u/`: the first `routeBasePath` in the file was
taken for the docs' (every old address `/u/...`), and `unversioned/`'s 206 pages were left out."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

_DOCS_PLUGIN = re.compile(r"""["'`]@docusaurus/plugin-content-docs["'`]\s*,\s*\{""")
_PRESET_DOCS = re.compile(r"\bdocs\s*:\s*\{")
_STRING = r"""\s*:\s*(?:require\.resolve\(\s*)?["'`]([^"'`\n]*)["'`]"""
_FOLDER = re.compile(r"[\w.-]+(?:/[\w.-]+)*")
"""A docs folder inside the site (`unversioned`, `docs/api`): no `..`, no absolute path."""


@dataclass(frozen=True)
class DocsInstance:
    """One docs plugin's folder and where the old site published it."""

    path: str = "docs"
    route_base: str = "/docs"
    sidebars: str = ""
    """Its sidebars file, relative to the site (`` for the default `sidebars.js`)."""
    version_paths: dict[str, str] = field(default_factory=dict)
    """A version's own `path` (`current` -> `/next`), for the preset's docs."""

    def base(self, version: str, last: bool = True) -> str:
        """Where the docs of `version` are: `/docs`, `/docs/next`, `` for a site of docs only;
        a version that is not the last one is under its own path by default (`next` for
        `current`, else its name: `/docs/1.6`)."""
        default = "" if last else "next" if version == "current" else version
        parts = [self.route_base.strip("/"), self.version_paths.get(version, default).strip("/")]
        return "".join(f"/{part}" for part in parts if part)


def object_at(text: str, start: int) -> str:
    """The `{...}` object opening at `start` (its braces balanced; strings not parsed)."""
    depth = 0
    for index in range(start, len(text)):
        depth += {"{": 1, "}": -1}.get(text[index], 0)
        if depth == 0:
            return text[start:index + 1]
    return text[start:]


def option(options: str, key: str) -> str | None:
    found = re.search(rf"\b{key}{_STRING}", options)
    return found.group(1) if found else None


def _version_paths(options: str) -> dict[str, str]:
    versions = re.search(r"\bversions\s*:\s*\{", options)
    if versions is None:
        return {}
    block = object_at(options, versions.end() - 1)
    return {name: path for name, path in re.findall(
        r"""["'`]?([\w.+-]+)["'`]?\s*:\s*\{[^{}]*?\bpath\s*:\s*["'`]([^"'`\n]*)["'`]""", block)}


def preset_docs(text: str) -> DocsInstance:
    """The docs at `docs/`: the preset's (the first `docs: {...}` after `presets`, outside any
    docs plugin's options; `themeConfig.docs` is the sidebar's look), else a docs plugin's
    whose folder is `docs` (a preset with `docs: false`)."""
    plugins = [(m.end() - 1, m.end() - 1 + len(object_at(text, m.end() - 1)))
               for m in _DOCS_PLUGIN.finditer(text)]
    for plugin in _instances(text):
        if plugin.path == "docs":
            return plugin
    for match in _PRESET_DOCS.finditer(text, max(text.find("presets"), 0)):
        if any(start <= match.start() < end for start, end in plugins):
            continue
        options = object_at(text, match.end() - 1)
        return DocsInstance(option(options, "path") or "docs",
                            option(options, "routeBasePath") or "/docs",
                            option(options, "sidebarPath") or "", _version_paths(options))
    return DocsInstance()


def _instances(text: str) -> list[DocsInstance]:
    """Every `@docusaurus/plugin-content-docs` instance with options."""
    found = []
    for match in _DOCS_PLUGIN.finditer(text):
        options = object_at(text, match.end() - 1)
        found.append(DocsInstance(
            (option(options, "path") or "docs").strip("/").removeprefix("./"),
            option(options, "routeBasePath") or "/docs",
            (option(options, "sidebarPath") or "").removeprefix("./"), _version_paths(options)))
    return found


def other_docs(text: str, root: Path) -> list[DocsInstance]:
    """The other docs plugins' folders that exist inside the site at `root`."""
    return [plugin for plugin in _instances(text) if plugin.path != "docs"
            and _FOLDER.fullmatch(plugin.path) and ".." not in plugin.path.split("/")
            and (root / plugin.path).is_dir()]
