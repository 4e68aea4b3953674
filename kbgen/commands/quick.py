"""Whether `kbgen build` can take the quick way: only articles changed since the last full
build (files that existed then and exist now), under the same settings, and the site as the
last build published it. Decided from the records alone, before MkDocs is imported; whether
only the articles' bodies changed is for the quick build to find (kbgen.site.quick_build),
which falls back to the full build on anything else."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kbgen.build.fingerprint import (
    FOLDER,
    MISSING,
    SPECIAL,
    UNREADABLE,
    Inputs,
    scan_inputs,
    scan_outputs,
)
from kbgen.build.last_build import LastBuild
from kbgen.build.snapshot import SnapshotHead, Snapshots
from kbgen.build.timings import Timings, measured
from kbgen.commands.unchanged import CACHE_DIR, messages_fit
from kbgen.core.sources import ARTICLES_DIR

log = logging.getLogger("mkdocs.plugins.kbgen")

NOT_FILES = frozenset({FOLDER, MISSING, SPECIAL, UNREADABLE})


@dataclass
class QuickPlan:
    """A quick build to try: the snapshot to start from and the articles to take anew."""

    snapshots: Snapshots
    head: SnapshotHead
    previous: LastBuild
    """The record of the build that published the site."""
    changed: list[str]
    """Source paths (in the content folder) of the articles changed since the snapshot, or
    since the last build: their pages are made anew."""
    inputs: Inputs
    """The inputs as found (what `before_building` would find again)."""


def snapshots_for(config_file: Path, site_dir: Path | None) -> Snapshots:
    """The snapshot store of `config_file` built into `site_dir` (as records_for)."""
    return Snapshots(config_file.parent / CACHE_DIR, config_file.resolve(),
                     site_dir.resolve() if site_dir else None)


def plan_quick(snapshots: Snapshots, previous: LastBuild | None, settings: dict[str, Any],
               docs_dir: Path, target: Path, timings: Timings | None = None,
               site: bool = True) -> QuickPlan | None:
    """The quick build to try (see the module's docstring), or None for a full build;
    `site` False: the site folder may have changed since (a preview's start does not write
    into it, kbgen.site.cold_start)."""
    if previous is None or not previous.base:
        return _full("no record of a last full build, or it kept no snapshot")
    if Path(previous.settings.get("target", "")) != target:
        return _full("the last build was into another folder")
    if not messages_fit(previous):
        return _full("the last build's messages name files from another working folder")
    if {**previous.settings, "target": None} != {**settings, "target": None}:
        changed = sorted(key for key in {*settings, *previous.settings} - {"target"}
                         if settings.get(key) != previous.settings.get(key))
        return _full(f"the build's settings changed since the last build: {changed}")
    head = snapshots.head()
    if head is None or head.id != previous.base or head.settings != previous.settings:
        return _full("no snapshot of the last full build")
    with measured(timings, "kbgen build: quick? the input files"):
        inputs = scan_inputs(map(Path, previous.roots), [Path(p) for p in previous.skip],
                             previous.inputs)
    now = inputs.entries
    if set(now) != set(head.inputs) or set(previous.inputs) != set(head.inputs):
        return _full("a file or folder was added or removed")
    with measured(timings, "kbgen build: quick? the site"):
        if site and scan_outputs(target) != previous.outputs:
            return _full("the published site changed since the last build")
    articles = docs_dir.resolve() / ARTICLES_DIR
    changed = []
    for path, entry in head.inputs.items():
        was, last, current = str(entry[2]), str(previous.inputs[path][2]), str(now[path][2])
        if was == last == current:
            continue
        source = Path(path)
        if ({was, last, current} & NOT_FILES or source.suffix != ".md"
                or not source.is_relative_to(articles)):
            return _full(f"{source.name} changed, or was saved too recently to vouch for")
        changed.append(source.relative_to(docs_dir.resolve()).as_posix())
    return QuickPlan(snapshots, head, previous, sorted(changed), inputs)


def _full(reason: str) -> QuickPlan | None:
    """No quick build (None): say why at `-v` (debug level)."""
    log.debug(f"kbgen: a full build, not a quick one: {reason}")
    return None
