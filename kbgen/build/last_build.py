"""The record of the last successful `kbgen build` into a folder: what it read (its inputs'
fingerprint and its settings), what it published (the site's listing), what it logged and
its summary. A build finding its inputs, settings and site as recorded has nothing to do.

One record per project and output folder, in the build cache (`.kbgen-cache/builds`),
written whole or not at all (kbgen.build.store) and removed when a build starts: a build
killed at any point leaves no record that a later build trusts."""

from __future__ import annotations

import json
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any

from kbgen.build.fingerprint import Entry
from kbgen.build.keys import Digest
from kbgen.build.store import Store

FOLDER = "builds"
"""Inside the build cache folder."""
Record = tuple[str, int, str]
"""A log record: logger name, level, message."""


@dataclass
class LastBuild:
    """What one successful build read, published and logged."""

    settings: dict[str, Any]
    """Everything besides the files that the output depends on: kbgen and the installed
    packages, the day, the command's options, the environment variables mkdocs.yml reads."""
    roots: list[str]
    """The files and folders the build read (besides kbgen and installed packages)."""
    skip: list[str]
    """Paths under the roots that are not inputs (the output folder, the cache)."""
    inputs: dict[str, Entry]
    """[size, mtime_ns, digest] of every file and folder under the roots."""
    outputs: dict[str, list[int]]
    """[size, mtime_ns, inode] of everything in the output folder, by relative path."""
    counts: dict[str, int]
    """The build's summary figures."""
    warnings: list[Record] = field(default_factory=list)
    """What it logged at WARNING or above, in order."""
    base: str = ""
    """The id of the snapshot the published site was built from (kbgen.build.snapshot):
    its own for a full build, its base's for a quick build; "" for none."""
    shown_from: str = ""
    """The working folder its warnings name files from (kbgen.core.sources.Source)."""


class BuildRecords:
    """The last build's record per output folder of one project."""

    def __init__(self, cache: Path, config_file: Path, site_dir: Path | None) -> None:
        self.store = Store(cache / FOLDER)
        self.key = Digest("last build", str(config_file), str(site_dir or "")).hex()

    def load(self) -> LastBuild | None:
        """The record, or None when there is none (or it is damaged or of another kind)."""
        payload = self.store.get(self.key)
        if payload is None:
            return None
        try:
            return LastBuild(**json.loads(payload))
        except (ValueError, TypeError):
            return None

    def save(self, record: LastBuild) -> None:
        """Keep `record` (whole, or not at all)."""
        as_dict = {name.name: getattr(record, name.name) for name in fields(record)}  # not
        # asdict: it copies every entry of tens of thousands, only for json to read them once
        self.store.put(self.key, json.dumps(as_dict, ensure_ascii=False).encode())

    def forget(self) -> None:
        """Remove the record: the output folder is about to change."""
        self.store.path(self.key).unlink(missing_ok=True)
