"""Whether `kbgen build` can take the quick way: only articles changed since the last full
build (files that existed then and exist now), under the same settings, and the site as the
last build published it. Decided from the records alone, before MkDocs is imported; whether
only the articles' bodies changed is for the quick build to find (kbgen.site.quick_build),
which falls back to the full build on anything else."""

from __future__ import annotations

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
    if previous is None or not previous.base or Path(previous.settings.get("target", "")) \
            != target or not messages_fit(previous):
        return None
    if {**previous.settings, "target": None} != {**settings, "target": None}:
        return None
    head = snapshots.head()
    if head is None or head.id != previous.base or head.settings != previous.settings:
        return None
    with measured(timings, "kbgen build: quick? the input files"):
        inputs = scan_inputs(map(Path, previous.roots), [Path(p) for p in previous.skip],
                             previous.inputs)
    now = inputs.entries
    if set(now) != set(head.inputs) or set(previous.inputs) != set(head.inputs):
        return None  # a file or folder added or removed
    with measured(timings, "kbgen build: quick? the site"):
        if site and scan_outputs(target) != previous.outputs:
            return None
    articles = docs_dir.resolve() / ARTICLES_DIR
    changed = []
    for path, entry in head.inputs.items():
        was, last, current = str(entry[2]), str(previous.inputs[path][2]), str(now[path][2])
        if was == last == current:
            continue
        source = Path(path)
        if ({was, last, current} & NOT_FILES or source.suffix != ".md"
                or not source.is_relative_to(articles)):
            return None
        changed.append(source.relative_to(docs_dir.resolve()).as_posix())
    return QuickPlan(snapshots, head, previous, sorted(changed), inputs)
