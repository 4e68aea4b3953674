"""`kbgen build`: build into a temporary folder, then swap it in for the site folder.

A failed or interrupted build leaves the previous site exactly as it was.
"""

from __future__ import annotations

import os
import shutil
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from kbgen.errors import KbError
from kbgen.project import preflight

TEMP_PREFIX = ".{name}.building-"
OLD_PREFIX = ".{name}.previous-"


@dataclass(frozen=True)
class BuildSummary:
    """What a build published, and what it cost."""

    site: Path
    published: int
    drafts: int
    internal: int
    pages: int
    site_bytes: int
    search_bytes: int
    seconds: float

    def __str__(self) -> str:
        return (f"Published {_count(self.published, 'article')} ({_count(self.drafts, 'draft')}"
                f" and {self.internal} internal skipped); {_count(self.pages, 'page')},"
                f" {_size(self.site_bytes)} in"
                f" {os.path.relpath(self.site)}, search index {_size(self.search_bytes)};"
                f" {self.seconds:.1f} s")


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}{'s' * (number != 1)}"


def _size(count: int) -> str:
    return f"{count / 1e6:.1f} MB" if count >= 1e6 else f"{count / 1e3:.0f} kB"


def summarise(site: Path, counts: dict[str, int], seconds: float) -> BuildSummary:
    """Sizes and counts of a finished build."""
    files = [p for p in site.rglob("*") if p.is_file()]
    search = [p for p in files if p.parent.name == "search" and p.suffix == ".json"]
    return BuildSummary(site, counts["published"], counts["drafts"], counts["internal"],
                        sum(1 for p in files if p.suffix == ".html"),
                        sum(p.stat().st_size for p in files), sum(p.stat().st_size for p in search),
                        seconds)


def build(config_file: Path, site_dir: Path | None = None, strict: bool | None = None,
          site_url: str | None = None) -> Path:
    """Build the site of `config_file` into `site_dir` (default: its `site_dir`)."""
    return build_with_summary(config_file, site_dir, strict, site_url).site


def build_with_summary(config_file: Path, site_dir: Path | None = None,
                       strict: bool | None = None, site_url: str | None = None) -> BuildSummary:
    """Build, publish atomically, and say what was published."""
    preflight(config_file)  # no Python tags for MkDocs' unsafe YAML loader, no missing template
    from kbgen.site import hooks
    from kbgen.site.hooks import build_summary

    started = time.monotonic()
    from mkdocs.commands.build import build as mkdocs_build
    from mkdocs.config import load_config
    from mkdocs.exceptions import Abort, ConfigurationError

    try:
        overrides = {"site_url": site_url} if site_url else {}
        config = load_config(str(config_file), strict=strict, **overrides)
    except ConfigurationError as exc:
        raise KbError(f"{config_file}: {exc}") from None
    target = Path(site_dir or config.site_dir).resolve()
    target.parent.mkdir(parents=True, exist_ok=True)
    recover(target)
    staging = Path(tempfile.mkdtemp(prefix=TEMP_PREFIX.format(name=target.name),
                                    dir=target.parent))
    config.site_dir = str(staging)
    config.plugins.on_startup(command="build", dirty=False)
    hooks.gate_beside_rendering = True  # nothing is published before the gate's answer
    try:
        mkdocs_build(config)
    except Abort:
        shutil.rmtree(staging, ignore_errors=True)
        raise KbError(f"The build failed (see above); {target} was left unchanged.") from None
    except ConfigurationError as exc:
        shutil.rmtree(staging, ignore_errors=True)
        raise KbError(f"{exc}\nThe build failed; {target} was left unchanged.") from None
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    finally:
        hooks.gate_beside_rendering = False
        config.plugins.on_shutdown()
    counts = build_summary()
    swap_in(staging, target)
    return summarise(target, counts, time.monotonic() - started)


def swap_in(staging: Path, target: Path) -> None:
    """Replace `target` by `staging` with two renames on one file system."""
    previous = target.with_name(OLD_PREFIX.format(name=target.name) + str(os.getpid()))
    if target.exists():
        os.rename(target, previous)
    os.rename(staging, target)
    shutil.rmtree(previous, ignore_errors=True)


def recover(target: Path) -> None:
    """Undo what an interrupted build left: restore a moved-away site, drop stale staging."""
    previous = sorted(target.parent.glob(OLD_PREFIX.format(name=target.name) + "*"))
    if previous and not target.exists():
        os.rename(previous.pop(), target)
    for leftover in [*previous, *target.parent.glob(TEMP_PREFIX.format(name=target.name) + "*")]:
        shutil.rmtree(leftover, ignore_errors=True)
