"""Pages a build need not write: the same page (same cache key) is already in the published
site, as the last build wrote it, so the new folder gets a hard link to that file.

Each build keeps, per published folder, which page key it wrote to each path and the file's
size, modification time and inode (`Published`). The next build links a page only when the
file in the published folder still has exactly those: a file edited, replaced or touched
since is written anew, as is any page when links are impossible (another file system, a
file system without hard links). Pages are only ever written whole into a new folder, never
rewritten in place, so a link shares nothing that later changes."""

from __future__ import annotations

import json
import os
from pathlib import Path

from kbgen.build.keys import Digest
from kbgen.build.store import Store

Written = list[int | str]
"""[key, size, mtime_ns, inode] of one page file."""


class Published:
    """What the last build wrote into `site` (the folder a `kbgen build` publishes to), and
    what this build writes."""

    def __init__(self, store: Store, site: Path) -> None:
        self.store = store
        self.site = site
        self.key = Digest("published pages", str(site)).hex()
        self.before = self._load()
        self.now: dict[str, Written] = {}
        self.linked = 0

    def _load(self) -> dict[str, Written]:
        payload = self.store.get(self.key)
        try:
            found = json.loads(payload) if payload is not None else {}
        except ValueError:
            return {}
        return found if isinstance(found, dict) else {}

    def link(self, dest_uri: str, key: str, target: str) -> bool:
        """Hard-link the published file of `dest_uri` to `target` when it is the page of
        `key` as the last build wrote it; False when the page must be written."""
        before = self.before.get(dest_uri)
        source = self.site / dest_uri
        try:
            stat = os.stat(source, follow_symlinks=False)
        except OSError:
            return False
        if before != [key, stat.st_size, stat.st_mtime_ns, stat.st_ino]:
            return False
        try:
            os.makedirs(os.path.dirname(target), exist_ok=True)
            os.link(source, target, follow_symlinks=False)
        except (OSError, NotImplementedError):  # no hard links there: write it
            return False
        self.linked += 1
        return True

    def wrote(self, dest_uri: str, key: str, path: str) -> None:
        """Note the page of `key` written (or linked) at `path` for `dest_uri`."""
        try:
            stat = os.stat(path, follow_symlinks=False)
        except OSError:
            return
        self.now[dest_uri] = [key, stat.st_size, stat.st_mtime_ns, stat.st_ino]

    def save(self) -> None:
        """Keep what this build wrote for the next one (the files keep their size, time and
        inode when the new folder becomes the published one; if it never does, nothing in
        the published folder matches and nothing is linked)."""
        self.store.put(self.key, json.dumps(self.now, sort_keys=True).encode())
