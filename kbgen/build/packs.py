"""Many small cache entries kept in one file, a pack: what a batch of `Store.put`s writes.

Creating a file costs the build far more than writing its bytes (at 2,000 articles the build
cache's one file per article and per result cost about a tenth of a clean build's CPU). So a
batch of entries (every article a process reads, every article the gate scans) is written as
one pack in `<store>/packs/`: an index of each entry's key, place, length and signature, then
the payloads. Each payload is signed as a single entry is (the store's HMAC), so a pack cut
short, damaged or planted gives back nothing it did not sign: a missing entry, done again.

Packs are written whole (a temporary file, then a rename) and never changed; when there are
more than MOST, the next pack written takes in every entry of the others, which are then
deleted (a reader holding one of them open still reads it; one opened too late is a miss).
"""

from __future__ import annotations

import contextlib
import hmac
import os
import struct
import time
from collections.abc import Callable, Mapping
from pathlib import Path

from kbgen.build.atomic import write_atomically

MAGIC = b"kbgen-pack\x001"
"""First bytes of every pack (the number is the format's version)."""
COUNT = struct.Struct(">I")
ENTRY = struct.Struct(">HQQ32s")
"""An index entry: the key's length (its bytes follow), the payload's offset, its length and
its HMAC."""
FOLDER = "packs"
SUFFIX = ".pack"
MOST = 24
"""Packs kept before the next one written merges them all."""

Location = tuple[Path, int, int, bytes]
"""Pack, offset, length and signature of one entry."""


class Packs:
    """The packs of one store: read through an index loaded on first use."""

    def __init__(self, root: Path, sign: Callable[[bytes], bytes]) -> None:
        self.folder = root / FOLDER
        self._sign = sign
        self._index: dict[str, Location] | None = None
        self._handles: dict[Path, int] = {}

    def __del__(self) -> None:
        for handle in self._handles.values():
            with contextlib.suppress(OSError):
                os.close(handle)

    def get(self, key: str) -> bytes | None:
        """The payload of `key` in a pack, or None when no pack holds it whole."""
        found = self.index().get(key)
        if found is None:
            return None
        path, offset, length, signature = found
        try:
            handle = self._handles.get(path)
            if handle is None:
                handle = self._handles[path] = os.open(path, os.O_RDONLY)
            payload = os.pread(handle, length, offset)  # no shared offset across forks
        except OSError:
            return None
        if len(payload) != length or not hmac.compare_digest(self._sign(payload), signature):
            return None
        return payload

    def index(self) -> dict[str, Location]:
        """Every entry of every pack (read once; entries packed later are not seen)."""
        if self._index is None:
            self._index = {}
            for path in self._paths():
                self._index.update(_read_index(path))
        return self._index

    def write(self, entries: Mapping[str, bytes]) -> None:
        """Keep `entries` (key -> payload) in a new pack; with more than MOST packs, every
        entry of the others too, and the others are deleted. A failure to write is no error
        (the entries are simply missing next time)."""
        old = self._paths()
        merged: dict[str, bytes] = {}
        if len(old) > MOST:
            for path in old:
                merged.update(_read_entries(path, self._sign))
        merged.update(entries)
        keys = [key.encode("ascii") for key in merged]
        offset = len(MAGIC) + COUNT.size + sum(ENTRY.size + len(key) for key in keys)
        index, payloads = [MAGIC, COUNT.pack(len(keys))], []
        for key, payload in zip(keys, merged.values()):
            index += [ENTRY.pack(len(key), offset, len(payload), self._sign(payload)), key]
            payloads.append(payload)
            offset += len(payload)
        name = f"{time.time_ns():020d}-{os.getpid()}{SUFFIX}"
        with contextlib.suppress(OSError):
            self.folder.mkdir(parents=True, exist_ok=True)
            write_atomically(self.folder / name, b"".join(index + payloads))
            if len(old) > MOST:
                for path in old:
                    with contextlib.suppress(OSError):
                        path.unlink()

    def _paths(self) -> list[Path]:
        try:
            return sorted(self.folder.glob(f"*{SUFFIX}"))
        except OSError:
            return []


def _read_index(path: Path) -> dict[str, Location]:
    """The index of the pack at `path` (empty when it is not a whole one)."""
    found: dict[str, Location] = {}
    try:
        with path.open("rb") as pack:
            if pack.read(len(MAGIC)) != MAGIC:
                return {}
            (count,) = COUNT.unpack(pack.read(COUNT.size))
            for _ in range(count):
                size, offset, length, signature = ENTRY.unpack(pack.read(ENTRY.size))
                key = pack.read(size)
                if len(key) != size:
                    return found
                found[key.decode("ascii")] = (path, offset, length, signature)
    except (OSError, struct.error, UnicodeDecodeError):
        pass
    return found


def _read_entries(path: Path, sign: Callable[[bytes], bytes]) -> dict[str, bytes]:
    """Every whole entry of the pack at `path`, by key."""
    try:
        data = path.read_bytes()
    except OSError:
        return {}
    entries = {}
    for key, (_, offset, length, signature) in _read_index(path).items():
        payload = data[offset:offset + length]
        if len(payload) == length and hmac.compare_digest(sign(payload), signature):
            entries[key] = payload
    return entries
