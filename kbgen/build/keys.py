"""Cache keys: digests of everything an output is made from, kbgen's own code and every
installed package's version included, so a new release or an edited template is never
mixed with what an older one made."""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import re
import site
import sys
import sysconfig
from functools import cache
from pathlib import Path
from typing import Any

import kbgen

CACHE_VERSION = "1"
"""Raised when what the cache holds changes meaning."""


class Digest:
    """A SHA-256 over a sequence of labelled parts (text, bytes or JSON-able values)."""

    def __init__(self, *parts: Any) -> None:
        self._hash = hashlib.sha256(CACHE_VERSION.encode())
        for part in parts:
            self.add(part)

    def add(self, part: Any) -> Digest:
        """Add one part; parts are framed by their length, so ("ab", "c") != ("a", "bc")."""
        data = part if isinstance(part, bytes) else (
            part.encode("utf-8", "surrogatepass") if isinstance(part, str) else
            json.dumps(part, sort_keys=True, default=stable_repr, ensure_ascii=False).encode(
                "utf-8", "surrogatepass"))
        self._hash.update(len(data).to_bytes(8, "big"))
        self._hash.update(data)
        return self

    def hex(self) -> str:
        """The digest so far."""
        return self._hash.hexdigest()


_ADDRESS = re.compile(r" at 0x[0-9a-fA-F]+")


def stable_repr(value: Any) -> Any:
    """A value JSON cannot write, as the same text in every run: its type, and its settings
    when it has them (a Markdown extension's `getConfigs()`), else its repr without memory
    addresses (its code is part of `software()`)."""
    kind = f"{type(value).__module__}.{type(value).__qualname__}"
    settings = getattr(value, "getConfigs", None)
    if callable(settings):
        return [kind, settings()]
    return [kind, _ADDRESS.sub("", repr(value))]


def folder_digest(root: Path, skip: tuple[str, ...] = ("__pycache__",)) -> str:
    """The paths and bytes of every file under `root` (folders named in `skip` left out)."""
    digest = Digest()
    if root.is_dir():
        for path in sorted(root.rglob("*")):
            if path.is_file() and not any(part in skip for part in path.parts):
                digest.add(path.relative_to(root).as_posix()).add(path.read_bytes())
    return digest.hex()


@cache
def software() -> str:
    """kbgen's code and data (as installed or checked out), the Python version and every
    installed distribution's name and version, as one digest (once per process)."""
    return Digest(sys.version, installed_distributions(),
                  folder_digest(Path(kbgen.__file__).parent)).hex()


def installed_distributions() -> list[str]:
    """The distributions installed for the interpreter, as their metadata folders are named
    (`name-version.dist-info`): reading each one's metadata would take a second. Only the
    interpreter's site folders count, never the current folder or a project on the import
    path: the same installation gives the same list from any folder (a checkout's
    `kbgen.egg-info` seen through the current folder made a build started elsewhere in the
    same process disagree with one started in the checkout)."""
    found = []
    for folder in sorted(_site_folders()):
        with contextlib.suppress(OSError):
            found += [entry.name for entry in os.scandir(folder)
                      if entry.name.endswith((".dist-info", ".egg-info"))]
    return sorted(found)


def _site_folders() -> set[str]:
    """The folders on the import path that are the interpreter's or the user's site-packages."""
    user = Path(site.getusersitepackages()).resolve()
    return {os.path.realpath(folder) for folder in sys.path
            if folder and os.path.isdir(folder)
            and (installed(Path(folder)) or Path(folder).resolve().is_relative_to(user))}


def installed(path: Path) -> bool:
    """True for a path inside the interpreter's site-packages (covered by `software`)."""
    roots = {Path(sysconfig.get_paths()[name]).resolve() for name in ("purelib", "platlib")}
    resolved = path.resolve()
    return any(resolved.is_relative_to(root) for root in roots)
