"""A folder of cache entries keyed by content (`.kbgen-cache/`): each entry is written whole
(a temporary file, then a rename) with its length and a signature, and read back only when both
hold. A killed build leaves at most a temporary file, which no build reads; deleting the
folder only makes the next build slower. Entries put in a `batch` are written together as one
file (kbgen/build/packs.py): creating files is what writing the cache costs.

Entries are pickles, so only entries this user wrote are read: the signature is an HMAC with
a key kept outside every project (`user_secret`). An entry committed to a repository, copied
from another machine or planted by anyone else is ignored and made again."""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import os
import secrets
import struct
from collections.abc import Iterator
from functools import cache
from pathlib import Path

from kbgen.build.atomic import write_atomically
from kbgen.build.packs import Packs

MAGIC = b"kbgen-cache\x002"
"""First bytes of every entry (the number is the entry format's version)."""
HEADER = struct.Struct(">Q32s")
"""Length of the payload and its HMAC-SHA256, after MAGIC."""
SECRET_BYTES = 32
SMALLEST_PACK = 8
"""Fewer entries than this in a batch are written one file each."""


def secret_file() -> Path:
    """Where this user's cache key lives: in the user's cache folder, never in a project."""
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "kbgen" / "cache-key"


@cache
def user_secret() -> bytes:
    """This user's key for signing cache entries, made on first use (readable by the user
    only); a key for this process alone when it cannot be kept (the cache then lasts one
    run, as in a read-only home)."""
    path = secret_file()
    with contextlib.suppress(OSError):
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        with contextlib.suppress(FileExistsError):
            handle = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            with os.fdopen(handle, "wb") as out:
                out.write(secrets.token_bytes(SECRET_BYTES))
        key = path.read_bytes()
        if len(key) == SECRET_BYTES and not path.is_symlink():
            return key
    return secrets.token_bytes(SECRET_BYTES)


class Store:
    """Entries of bytes by key (a hex digest of everything they were made from)."""

    def __init__(self, root: Path, secret: bytes | None = None) -> None:
        self.root = root
        """The folder holding the entries (made on the first write)."""
        self._secret = secret if secret is not None else user_secret()
        self.packs = Packs(root, self._sign)
        """Entries written in batches."""
        self._batch: dict[str, bytes] | None = None

    def _sign(self, payload: bytes) -> bytes:
        return hmac.digest(self._secret, payload, hashlib.sha256)

    def path(self, key: str) -> Path:
        """Where the entry `key` lives."""
        return self.root / key[:2] / key[2:]

    def get(self, key: str) -> bytes | None:
        """The payload stored under `key`, or None when absent, cut short or damaged."""
        if self._batch is not None and key in self._batch:
            return self._batch[key]
        packed = self.packs.get(key)
        if packed is not None:
            return packed
        start = len(MAGIC) + HEADER.size
        try:
            with open(self.path(key), "rb") as handle:  # the payload read apart: not copied
                head = handle.read(start)  # again to cut the header off (a snapshot: 100 MB)
                payload = handle.read()
        except OSError:
            return None
        if len(head) < start or not head.startswith(MAGIC):
            return None
        length, signature = HEADER.unpack_from(head, len(MAGIC))
        if len(payload) != length or not hmac.compare_digest(self._sign(payload), signature):
            return None
        return payload

    def has(self, key: str) -> bool:
        """Whether an entry is stored under `key` (not read: `get` checks it)."""
        return ((self._batch is not None and key in self._batch) or key in self.packs.index()
                or self.path(key).is_file())

    def sign(self, payload: bytes) -> bytes:
        """The signature `get_raw` checks `payload` against."""
        return self._sign(payload)

    def get_raw(self, key: str, length: int, signature: bytes) -> bytes | None:
        """The bytes of a raw entry (`put_raw`), or None unless they are `length` long and
        signed `signature` (kept by the caller, in an entry of its own)."""
        try:
            data = self.path(key).read_bytes()
        except OSError:
            return None
        if len(data) != length or not hmac.compare_digest(self._sign(data), signature):
            return None
        return data

    def put_raw(self, key: str, data: bytes, written: str | None = None) -> None:
        """Keep `data` as it is under `key` (its length and signature kept elsewhere, see
        `get_raw`): a hard link to the file `written` that holds exactly these bytes when
        there is one (no second copy to write), else a copy. A file changed through the link
        later fails the signature, and is then simply missing."""
        target = self.path(key)
        with contextlib.suppress(OSError):
            target.parent.mkdir(parents=True, exist_ok=True)
            if written is not None and _link(written, target):
                return
            write_atomically(target, data)

    @contextlib.contextmanager
    def batch(self) -> Iterator[None]:
        """Keep what is `put` meanwhile in memory, and write it as one pack at the end (as
        single entries when there are few: packs are for many)."""
        if self._batch is not None:  # already in one: the outer batch writes
            yield
            return
        self._batch = {}
        try:
            yield
        finally:
            entries, self._batch = self._batch, None
            if len(entries) >= SMALLEST_PACK:
                self.packs.write(entries)
            else:
                for key, payload in entries.items():
                    self.put(key, payload)

    def put(self, key: str, payload: bytes) -> None:
        """Store `payload` under `key`, atomically (at the end of the batch if one is
        open); a failure to write is no error (the entry is simply missing next time)."""
        if self._batch is not None:
            self._batch[key] = payload
            return
        target = self.path(key)
        with contextlib.suppress(OSError):
            target.parent.mkdir(parents=True, exist_ok=True)
            write_atomically(target, MAGIC + HEADER.pack(len(payload), self._sign(payload))
                             + payload)


def _link(source: str, target: Path) -> bool:
    """Hard-link `source` as `target` (replacing it); False when links are impossible there
    (another file system, a file system without them)."""
    try:
        os.link(source, target)
        return True
    except FileExistsError:
        temporary = target.with_name(f".tmp-{os.getpid()}-{target.name}")
        try:
            os.link(source, temporary)
            os.replace(temporary, target)
            return True
        except (OSError, NotImplementedError):
            with contextlib.suppress(OSError):
                os.unlink(temporary)
            return False
    except (OSError, NotImplementedError):
        return False
