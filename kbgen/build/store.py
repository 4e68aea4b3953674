"""A folder of cache entries keyed by content (`.kbgen-cache/`): each entry is written whole
(a temporary file, then a rename) with its length and checksum, and read back only when both
hold. A killed build leaves at most a temporary file, which no build reads; deleting the
folder only makes the next build slower."""

from __future__ import annotations

import contextlib
import os
import struct
import tempfile
import zlib
from pathlib import Path

MAGIC = b"kbgen-cache\x001"
"""First bytes of every entry (the number is the entry format's version)."""
HEADER = struct.Struct(">QI")
"""Length of the payload and its CRC-32, after MAGIC."""


class Store:
    """Entries of bytes by key (a hex digest of everything they were made from)."""

    def __init__(self, root: Path) -> None:
        self.root = root
        """The folder holding the entries (made on the first write)."""

    def path(self, key: str) -> Path:
        """Where the entry `key` lives."""
        return self.root / key[:2] / key[2:]

    def get(self, key: str) -> bytes | None:
        """The payload stored under `key`, or None when absent, cut short or damaged."""
        try:
            data = self.path(key).read_bytes()
        except OSError:
            return None
        start = len(MAGIC) + HEADER.size
        if len(data) < start or not data.startswith(MAGIC):
            return None
        length, checksum = HEADER.unpack_from(data, len(MAGIC))
        payload = data[start:]
        if len(payload) != length or zlib.crc32(payload) != checksum:
            return None
        return payload

    def put(self, key: str, payload: bytes) -> None:
        """Store `payload` under `key`, atomically; a failure to write is no error (the
        entry is simply missing next time)."""
        target = self.path(key)
        with contextlib.suppress(OSError):
            target.parent.mkdir(parents=True, exist_ok=True)
            handle, temporary = tempfile.mkstemp(dir=target.parent, prefix=".tmp-")
            try:
                with os.fdopen(handle, "wb") as out:
                    out.write(MAGIC + HEADER.pack(len(payload), zlib.crc32(payload)) + payload)
                os.replace(temporary, target)
            except BaseException:
                with contextlib.suppress(OSError):
                    os.unlink(temporary)
                raise
