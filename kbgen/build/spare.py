"""A spare copy of the published site, kept beside it (`.<site>.spare`) for the next quick
build to write into: hard links to the site's files, so it costs no space, and a quick
build neither links ten thousand files into a new folder nor deletes the old one.

A quick build (kbgen.site.quick_build) takes the spare as its staging folder, replaces the
files it writes (never writing into a linked file: it removes the link first) and is swapped
in as any build is. The site it replaced then becomes the next spare: only the files the
quick build wrote are linked again from the new site. After a full build the spare is made
anew, a link per file.

A spare is trusted only when its stamp (in the build cache, written whole or not at all,
kbgen.build.store) says it mirrors the site as the last build's record lists it, and each of
its folders is as stamped: a file added, removed or replaced in it changes its folder's
times. The stamp is removed before the spare is touched, and written last, so a spare left
half-written by a killed build is never trusted: it is deleted and made anew.
"""

from __future__ import annotations

import json
import os
import shutil
from collections.abc import Iterable
from pathlib import Path

from kbgen.build.keys import Digest
from kbgen.build.store import Store

FOLDER = "spare"
"""Inside the build cache folder: the stamps."""
NAME = ".{name}.spare"
"""The spare of the site folder `name`, beside it."""

Folders = dict[str, list[int]]
"""[mtime_ns, ctime_ns, inode] of each folder of a spare, by path relative to it."""


class Spare:
    """The spare of the site folder `site`, its stamp in `cache`."""

    def __init__(self, cache: Path, site: Path) -> None:
        self.site = site
        self.path = site.with_name(NAME.format(name=site.name))
        self.store = Store(cache / FOLDER)
        self.key = Digest("spare", str(site)).hex()

    def take(self, outputs: dict[str, list[int]], staging: Path) -> bool:
        """Move the spare to `staging` (which must not exist) when it is trusted to mirror
        the site listed in `outputs` (the last build's record, found true of the site);
        False when there is none to trust (then none is left)."""
        stamp = self._stamp()
        self.forget()  # from now on it may change: never trusted again as it is
        if (stamp is None or stamp.get("site") != listing_digest(outputs)
                or stamp.get("folders") != folders_of(self.path)):
            self.discard()
            return False
        try:
            os.rename(self.path, staging)
        except OSError:
            self.discard()
            return False
        return True

    def keep(self, old: Path, changed: Iterable[str], outputs: dict[str, list[int]]) -> bool:
        """Make `old` (the site folder just replaced by a quick build) the spare: each of
        `changed` (paths of files the quick build wrote or removed, relative to the site)
        linked again from the site, then stamped as mirroring `outputs` (the site's listing,
        as recorded). False when it could not be (then there is no spare)."""
        self.forget()
        try:
            for relative in changed:
                copy, source = os.path.join(old, relative), os.path.join(self.site, relative)
                if os.path.lexists(copy):
                    os.unlink(copy)
                if os.path.lexists(source):
                    os.makedirs(os.path.dirname(copy), exist_ok=True)
                    os.link(source, copy, follow_symlinks=False)
            self.discard()
            os.rename(old, self.path)
        except OSError:
            shutil.rmtree(old, ignore_errors=True)
            return False
        return self._stamped(outputs)

    def make(self, outputs: dict[str, list[int]]) -> bool:
        """Make the spare anew: a hard link to each file of the site (after a full build),
        stamped as mirroring `outputs`. False when it could not be (no hard links there)."""
        self.forget()
        self.discard()
        building = self.path.with_name(self.path.name + ".new")
        shutil.rmtree(building, ignore_errors=True)
        try:
            link_tree(self.site, building)
            os.rename(building, self.path)
        except OSError:
            shutil.rmtree(building, ignore_errors=True)
            return False
        return self._stamped(outputs)

    def forget(self) -> None:
        """Remove the stamp: the spare is not to be trusted."""
        self.store.path(self.key).unlink(missing_ok=True)

    def discard(self) -> None:
        """Remove the stamp and the spare."""
        self.forget()
        shutil.rmtree(self.path, ignore_errors=True)
        shutil.rmtree(self.path.with_name(self.path.name + ".new"), ignore_errors=True)

    def _stamp(self) -> dict[str, object] | None:
        payload = self.store.get(self.key)
        try:
            found = json.loads(payload) if payload is not None else None
        except ValueError:
            return None
        return found if isinstance(found, dict) else None

    def _stamped(self, outputs: dict[str, list[int]]) -> bool:
        stamp = {"site": listing_digest(outputs), "folders": folders_of(self.path)}
        self.store.put(self.key, json.dumps(stamp).encode())
        return self.store.path(self.key).is_file()


def listing_digest(outputs: dict[str, list[int]]) -> str:
    """One digest of a site's listing (kbgen.build.fingerprint.scan_outputs)."""
    return Digest("site listing", json.dumps(outputs, sort_keys=True)).hex()


def folders_of(root: Path) -> Folders:
    """[mtime_ns, ctime_ns, inode] of `root` (as ".") and of each folder in it; {} when
    there is no such folder."""
    found: Folders = {}
    for folder, folders, _ in os.walk(root):
        try:
            stat = os.stat(folder, follow_symlinks=False)
        except OSError:
            return {}
        relative = os.path.relpath(folder, root)
        found[relative.replace(os.sep, "/")] = [stat.st_mtime_ns, stat.st_ctime_ns,
                                                stat.st_ino]
        folders.sort()
    return found


def link_tree(source: Path, copy: Path) -> None:
    """`copy`: a new folder of hard links to every file of `source` (OSError when a link
    cannot be made)."""
    for folder, folders, names in os.walk(source):
        relative = os.path.relpath(folder, source)
        os.makedirs(os.path.join(copy, relative))
        for name in names:
            os.link(os.path.join(folder, name), os.path.join(copy, relative, name),
                    follow_symlinks=False)
        folders.sort()
