"""Sites built once per test session and shared: the same inputs build the same site.

`BuiltSites.get` builds a project (by its mkdocs.yml and build options) the first time it is
asked for and hands out that folder afterwards. Tests only read it: a test that changes files
takes its own copy (`BuiltSites.copy`). At the end of the session `changed()` names every
shared site whose files a test changed anyway, and the session fails on it.
"""

from __future__ import annotations

import hashlib
import shutil
from dataclasses import dataclass
from pathlib import Path

import pytest


def digest(site: Path) -> str:
    """One hash of every file's path and bytes below `site`."""
    hashed = hashlib.sha256()
    for path in sorted(site.rglob("*")):
        if path.is_file():
            hashed.update(path.relative_to(site).as_posix().encode() + b"\0")
            hashed.update(hashlib.sha256(path.read_bytes()).digest())
    return hashed.hexdigest()


@dataclass(frozen=True)
class SiteKey:
    """What a build depends on besides the project's files (which tests do not change)."""

    config: Path
    site_url: str | None = None
    strict: bool = True


class BuiltSites:
    """Built sites of the session, by their inputs; each built once, read-only."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self._sites: dict[SiteKey, tuple[Path, str]] = {}

    def get(self, config: Path, site_url: str | None = None, strict: bool = True) -> Path:
        """The site `config` builds (with `site_url` instead of the configured one)."""
        from kbgen.commands.build import build

        key = SiteKey(config.resolve(), site_url, strict)
        if key not in self._sites:
            folder = self.root / f"site-{len(self._sites)}" / "site"
            site = build(key.config, folder, strict=strict, site_url=site_url)
            self._sites[key] = (site, digest(site))
        return self._sites[key][0]

    def small(self, files: dict[str, str], strict: bool = True) -> Path:
        """The site of a small project (tests/conftest.py SMALL_PROJECT, then `files`), written
        and built once per session by its files' text: for the tests of a module that only
        read one site that `build_project(files)` would build for each of them."""
        from tests.conftest import SMALL_PROJECT, write_files

        named = hashlib.sha256(repr(sorted(files.items())).encode()).hexdigest()[:12]
        root = self.root / f"small-{named}"
        if not root.is_dir():
            write_files(root, {**SMALL_PROJECT, **files})
        return self.get(root / "mkdocs.yml", strict=strict)

    def copy(self, destination: Path, config: Path, site_url: str | None = None,
             strict: bool = True) -> Path:
        """A copy of the built site at `destination`, for a test that changes it."""
        return Path(shutil.copytree(self.get(config, site_url, strict), destination))

    def changed(self) -> list[Path]:
        """Shared sites whose files are no longer those the build wrote."""
        return [site for site, built in self._sites.values() if digest(site) != built]


EXPENSIVE_SESSION_FIXTURES = frozenset({"real_site", "held_out_site", "arduino_site",
                                        "real_part_site", "held_out_part_site",
                                        "arduino_part_site", "netbird_part_site"})
"""Session fixtures that build a big site: their tests share one worker under pytest-xdist."""


def shared_fixture_group(item: pytest.Item) -> str | None:
    """The xdist group of a test that uses a module-scoped (or class-scoped) fixture, or one
    of EXPENSIVE_SESSION_FIXTURES; None for a test any worker may run alone."""
    names = set(getattr(item, "fixturenames", ()))
    if names & EXPENSIVE_SESSION_FIXTURES:
        return "bench-sites"
    info = getattr(item, "_fixtureinfo", None)
    for name in names:
        for definition in (info.name2fixturedefs.get(name, ()) if info else ()):
            if definition.scope in ("module", "class", "package"):
                return item.nodeid.split("::")[0]
    return None
