"""What a build read and what it published, as listings cheap to take again.

Inputs: every file under some roots by path, with its size, modification time and SHA-256
(a file whose size, times and inode are as recorded is not read again: `cp -p`, `rsync -a` and
unzip set an old modification time, but never the change time; a symbolic link's digest
names where it leads), and every folder. Outputs:
every file of the site by path, with its size, modification time and inode, so a file
replaced, edited or touched since shows."""

from __future__ import annotations

import hashlib
import os
from collections.abc import Collection, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from stat import S_ISDIR, S_ISREG

FOLDER = "folder"
"""The digest of a folder's entry (folders count: an empty language folder matters)."""
MISSING = "missing"
"""The digest of a root that does not exist."""
UNREADABLE = "unreadable"
"""The digest of a folder that cannot be listed."""
SPECIAL = "special"
"""The digest of a pipe, device or socket: never opened (a pipe would wait for a writer, a
device may never end); the build refuses such a file anyway."""
Entry = list[int | str]
"""[size, mtime_ns, digest, ctime_ns, inode] of one input."""


@dataclass
class Inputs:
    """The files and folders under a build's roots."""

    roots: list[str] = field(default_factory=list)
    """The files and folders scanned (with all they hold)."""
    entries: dict[str, Entry] = field(default_factory=dict)
    """[size, mtime_ns, digest, ctime_ns, inode] by absolute path."""
    times_ns: list[int] = field(default_factory=list)
    """The modification time of every file and folder listed."""

    def changed_between(self, start_ns: int, end_ns: int) -> bool:
        """Whether any file or folder was modified from `start_ns` to `end_ns` (a time in
        the future, from another machine's clock, is not a change made meanwhile)."""
        return any(start_ns <= when <= end_ns for when in self.times_ns)

    def digests(self) -> dict[str, str]:
        """Each path's digest: what must match for the inputs to count as the same."""
        return {path: str(entry[2]) for path, entry in self.entries.items()}

    def changed_since(self, before: Inputs) -> bool:
        """Whether a file or folder `before` scanned (under its roots) differs now: changed,
        added or removed, whatever its modification time says."""
        now = {path: digest for path, digest in self.digests().items()
               if any(path == root or path.startswith(root.rstrip(os.sep) + os.sep)
                      for root in before.roots)}
        return now != before.digests()


def scan_inputs(roots: Iterable[Path], skip: Collection[Path] = (),
                known: dict[str, Entry] | None = None) -> Inputs:
    """Every file and folder under `roots` (a root may be a file), `skip` left out; files
    whose size and time are as in `known` keep its digest, the others are read and hashed."""
    inputs = Inputs([str(root) for root in roots])
    known = known or {}
    skipped = {str(path) for path in skip}
    seen: set[tuple[int, int]] = set()
    for root in inputs.roots:
        _scan(root, inputs, skipped, known, seen)
    return inputs


def _scan(root: str, inputs: Inputs, skipped: set[str], known: dict[str, Entry],
          seen: set[tuple[int, int]]) -> None:
    """Record `root` and all below it, folder by folder from a list of paths to visit (no
    recursion: folders nested thousands deep are refused by the build, not a crash here)."""
    waiting = [root]
    while waiting:
        path = waiting.pop()
        if path in skipped or path in inputs.entries:
            continue
        try:
            stat = os.stat(path)
        except OSError:
            inputs.entries[path] = [0, 0, MISSING]
            continue
        inputs.times_ns.append(stat.st_mtime_ns)
        if S_ISDIR(stat.st_mode):
            inputs.entries[path] = [0, 0, FOLDER]
            if (stat.st_dev, stat.st_ino) in seen:  # a link back up the tree, or seen already
                continue
            seen.add((stat.st_dev, stat.st_ino))
            try:
                names = sorted(os.listdir(path), reverse=True)
            except OSError:  # unreadable: as it was, or not
                inputs.entries[path] = [0, 0, UNREADABLE]
                continue
            waiting += [os.path.join(path, name) for name in names if name != "__pycache__"]
            continue
        before = known.get(path)
        if before is not None and before[:2] == [stat.st_size, stat.st_mtime_ns] \
                and before[3:] == [stat.st_ctime_ns, stat.st_ino]:
            inputs.entries[path] = before
            continue
        digest = _file_digest(path) if S_ISREG(stat.st_mode) else SPECIAL
        link = _link(path)  # a file made a link to the same bytes elsewhere differs
        if link is not None:
            digest = f"{link} -> {digest}"
        inputs.entries[path] = [stat.st_size, stat.st_mtime_ns, digest, stat.st_ctime_ns,
                                stat.st_ino]


def _link(path: str) -> str | None:
    """Where the symbolic link `path` leads, as written; None when it is no link."""
    try:
        return os.readlink(path)
    except OSError:
        return None


def _file_digest(path: str) -> str:
    digest = hashlib.sha256()
    try:
        with open(path, "rb") as handle:
            while chunk := handle.read(1 << 20):
                digest.update(chunk)
    except OSError:
        return MISSING
    return digest.hexdigest()


def scan_outputs(site: Path, linked: dict[str, list[int]] | None = None,
                 written: Collection[str] = ()) -> dict[str, list[int]]:
    """[size, mtime_ns, inode] of the site folder (as ".") and of every file and folder
    in it, by path relative to it; {} when there is no such folder.

    `linked`: a listing of the site whose files this one's are hard links to (a quick
    build's, kbgen.site.quick_build), but those `written` since: a file it lists is not
    stat'ed again (a link shares its file's size, time and inode); folders, files it does not
    list and those `written` are. Should a listed file have changed meanwhile, the listing
    says what it was: the next build, finding the site otherwise, builds anew."""
    try:
        top = os.stat(site)
    except OSError:
        return {}
    known = {} if linked is None else linked
    fresh = set(written)
    found = {".": [0, top.st_mtime_ns, top.st_ino]}
    for relative, entry in _walk(str(site), ""):
        kept = known.get(relative)
        if kept is not None and relative not in fresh and not entry.is_dir(follow_symlinks=False):
            found[relative] = kept
            continue
        stat = entry.stat(follow_symlinks=False)
        found[relative] = [stat.st_size, stat.st_mtime_ns, stat.st_ino]
    return found


def _walk(root: str, prefix: str) -> Iterator[tuple[str, os.DirEntry[str]]]:
    with os.scandir(root) as entries:
        for entry in entries:
            relative = prefix + entry.name
            yield relative, entry
            if entry.is_dir(follow_symlinks=False):
                yield from _walk(entry.path, relative + "/")
