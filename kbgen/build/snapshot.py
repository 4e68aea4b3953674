"""The loaded content of the last full `kbgen build`, kept for quick builds.

A full build that leaves a record (kbgen.build.last_build) also keeps what it loaded (the
knowledge base, pickled) with the inputs it was loaded from, under an id that the record
names as its `base`. A quick build (kbgen.commands.quick) starts from this snapshot and
re-reads only the articles changed since; its own record names the same base. The head
(settings and inputs, JSON) is read to decide; the knowledge base only once decided.

A quick build that changed front matter keeps its content as an `Overlay`: the changes onto
the full build's content it started from (kept as it is, named by the head as `base`), read
back as one. A later quick build's overlay is onto the same full build's content.

Both entries are written whole or not at all (kbgen.build.store): the head last, so a head
is found only once its knowledge base is there, and a record names a base only once both
are (a build killed meanwhile leaves a record without a usable base: a full build next).
An overlay whose full build's content is gone, or another's, is no content.

Objects of an `Apart` class (a search document and its terms) are kept beside the content,
as pieces of one file: the content names each by its place and signature, and a piece is
read and checked only when its object is first used (a quick build uses a few of ten
thousand: at 10,000 articles 60 of the 116 MB are neither read, signed nor unpickled).
"""

from __future__ import annotations

import copyreg
import gc
import hmac
import io
import json
import os
import pickle
import secrets
from collections import Counter
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from kbgen.build.fingerprint import Entry
from kbgen.build.keys import Digest
from kbgen.build.store import Store

_NEWOBJ = getattr(copyreg, "__newobj__")  # noqa: B009  (pickle's NEWOBJ: `cls.__new__(cls)`)
FOLDER = "snapshots"
"""Inside the build cache folder."""


@dataclass
class SnapshotHead:
    """What a snapshot was loaded from."""

    id: str
    """Random, new for each full build; a record names it as its `base`."""
    settings: dict[str, Any]
    """The full build's settings (kbgen.commands.unchanged.current_settings, with target)."""
    inputs: dict[str, Entry]
    """The inputs it was loaded from, as the full build's record lists them."""
    base: str = ""
    """When `id`'s content is an `Overlay`: the id of the full build's content under it."""


class Overlay:
    """Content kept as changes onto the content of the full build `base` (an id): small
    beside it, so kept in a fraction of the whole's time."""

    base: str

    def onto(self, content: Any) -> Any:
        """The whole content: these changes made to `content` (`base`'s, freshly loaded)."""
        raise NotImplementedError


class Apart:
    """An object a snapshot keeps beside its content, as bytes (a piece): `kept` gives them,
    and `from_piece(read)` makes the object back from a `read` of them, called when the
    object is first used (it raises `LostPiece` when they are gone)."""

    __slots__ = ()

    def kept(self) -> bytes:
        """The bytes to keep."""
        raise NotImplementedError

    @classmethod
    def from_piece(cls, read: Callable[[], bytes]) -> Apart:
        """The object whose bytes `read` gives."""
        raise NotImplementedError


class LostPiece(Exception):
    """A piece of a snapshot is gone or damaged (the caller's full build takes over)."""


PieceTable = list[tuple[int, int, bytes]]
"""Each piece's offset in the pieces' file, length and signature."""


class Pieces:
    """The pieces of one snapshot's content, read from its file (kept open: a later build
    that removes it leaves this one's bytes as they were) and checked against the signatures
    the content holds."""

    def __init__(self, path: Path, table: PieceTable, sign: Callable[[bytes], bytes]) -> None:
        self._fd = os.open(path, os.O_RDONLY)
        self.table = table
        self._sign = sign

    def read(self, number: int) -> bytes:
        """The bytes of piece `number`; LostPiece when they are not as kept."""
        offset, length, signature = self.table[number]
        data = os.pread(self._fd, length, offset)
        if len(data) != length or not hmac.compare_digest(self._sign(data), signature):
            raise LostPiece(f"piece {number} of a snapshot")
        return data

    def made(self, cls: type[Apart], number: int) -> Apart:
        """The object of class `cls` kept as piece `number`."""
        return cls.from_piece(lambda: self.read(number))

    def __del__(self) -> None:
        if hasattr(self, "_fd"):
            os.close(self._fd)


def _kept_apart(cls: type[Apart], number: int) -> Apart:
    """In a pickled content, an `Apart` object kept as piece `number` (read back by
    `_Unpickler`, which makes it from the pieces' file)."""
    raise pickle.UnpicklingError("a snapshot's piece read outside its snapshot")


class _Unpickler(pickle.Unpickler):
    def __init__(self, file: io.BytesIO, pieces: Pieces | None) -> None:
        super().__init__(file)
        self.pieces = pieces

    def find_class(self, module: str, name: str) -> Any:
        if module == __name__ and name == _kept_apart.__name__ and self.pieces is not None:
            return self.pieces.made
        return super().find_class(module, name)


class Snapshots:
    """The snapshot of the last full build of one project into one output folder."""

    def __init__(self, cache: Path, config_file: Path, site_dir: Path | None) -> None:
        self.store = Store(cache / FOLDER)
        self.key = Digest("snapshot head", str(config_file), str(site_dir or "")).hex()

    @staticmethod
    def new_id() -> str:
        """An id for the next snapshot."""
        return secrets.token_hex(16)

    def head(self) -> SnapshotHead | None:
        """The head, or None when there is none (or it is damaged)."""
        payload = self.store.get(self.key)
        if payload is None:
            return None
        try:
            return SnapshotHead(**json.loads(payload))
        except (ValueError, TypeError):
            return None

    def content(self, head: SnapshotHead) -> Any | None:
        """The content of `head` (an overlay read back onto its base), or None when lost or
        damaged."""
        content = self._load(head.id)
        if not isinstance(content, Overlay):
            return content
        if not head.base or content.base != head.base:
            return None
        base = self._load(head.base)
        return None if base is None or isinstance(base, Overlay) else content.onto(base)

    def _load(self, snapshot_id: str) -> Any | None:
        """The pickled content kept under `snapshot_id` (its pieces read when used), or None
        when lost or damaged."""
        payload = self.store.get(self._content_key(snapshot_id))
        if payload is None:
            return None
        paused = gc.isenabled()
        gc.disable()  # unpickling makes a great many small objects, none of them garbage
        try:
            data = io.BytesIO(payload)
            table = pickle.load(data)
            pieces = Pieces(self.store.path(self._pieces_key(snapshot_id)), table,
                            self.store.sign) if table else None
            content = _Unpickler(data, pieces).load()
        except Exception:  # noqa: BLE001  (damaged or of another version: a full build)
            return None
        finally:
            if paused:
                gc.enable()
        return content

    def save(self, head: SnapshotHead, content: Any) -> bool:
        """Keep `content` under `head` (the content first); False when it was not kept."""
        return self.save_content(head.id, content) and self.save_head(head)

    def save_content(self, snapshot_id: str, content: Any) -> bool:
        """The first half of `save`: the old snapshot forgotten, `content` kept under
        `snapshot_id`, not yet named by a head (so never loaded); False when not kept. An
        overlay's base is kept."""
        try:
            data, pieces = _dumps(content, self.store.sign)
        except Exception:  # noqa: BLE001  (something unpicklable: no quick builds)
            return False
        self.forget(keep=content.base if isinstance(content, Overlay) else "")
        keys = [self._content_key(snapshot_id)]
        if pieces:
            keys.append(self._pieces_key(snapshot_id))
            self.store.put_raw(keys[-1], pieces)
        self.store.put(keys[0], data)
        return all(self.store.path(key).is_file() for key in keys)

    def save_head(self, head: SnapshotHead) -> bool:
        """The second half of `save`: the head naming content `save_content` kept."""
        self.store.put(self.key, json.dumps(asdict(head), ensure_ascii=False).encode())
        return self.store.path(self.key).is_file()

    def drop_content(self, snapshot_id: str, stopped_writer: bool = False) -> None:
        """Remove content `save_content` kept that no head will name; with `stopped_writer`
        (the process keeping it was killed), also the temporary files it left half-written in
        their folders (kbgen.build.atomic), which no other process writes while a build runs."""
        self._drop(snapshot_id)
        if stopped_writer:
            for key in (self._content_key(snapshot_id), self._pieces_key(snapshot_id)):
                for partial in self.store.path(key).parent.glob(".tmp-*"):
                    partial.unlink(missing_ok=True)

    def forget(self, keep: str = "") -> None:
        """Remove the snapshot (its head, and the content it names, its base's too), but the
        content of id `keep`."""
        head = self.head()
        self.store.path(self.key).unlink(missing_ok=True)
        if head is not None:
            for snapshot_id in {head.id, head.base} - {"", keep}:
                self._drop(snapshot_id)

    def _drop(self, snapshot_id: str) -> None:
        for key in (self._content_key(snapshot_id), self._pieces_key(snapshot_id)):
            self.store.path(key).unlink(missing_ok=True)

    @staticmethod
    def _content_key(snapshot_id: str) -> str:
        return Digest("snapshot content", snapshot_id).hex()

    @staticmethod
    def _pieces_key(snapshot_id: str) -> str:
        return Digest("snapshot pieces", snapshot_id).hex()


class _PieceWriter:
    """The pieces of a content being pickled: each `Apart` object's bytes, in one file."""

    def __init__(self, sign: Callable[[bytes], bytes]) -> None:
        self.sign = sign
        self.table: PieceTable = []
        self.data = bytearray()

    def reduce(self, kept: Apart) -> tuple[Any, ...]:
        """`kept` as its piece's number."""
        data = kept.kept()
        self.table.append((len(self.data), len(data), self.sign(data)))
        self.data += data
        return _kept_apart, (type(kept), len(self.table) - 1)


def _dumps(content: Any, sign: Callable[[bytes], bytes]) -> tuple[bytes, bytes]:
    """`content` pickled (after the table of its pieces) and its pieces: its `Apart`
    objects' bytes, signed with `sign`. Its Counters (the search index's terms, tens of
    thousands) pickled as their items alone: loaded without calling `Counter.__init__` for
    each, 2-4x faster."""
    buffer = io.BytesIO()
    pieces = _PieceWriter(sign)
    pickler = pickle.Pickler(buffer, protocol=pickle.HIGHEST_PROTOCOL)
    pickler.dispatch_table = {**copyreg.dispatch_table, Counter: _reduce_counter,
                              **{cls: pieces.reduce for cls in _apart_classes(Apart)}}
    pickler.dump(content)
    return (pickle.dumps(pieces.table, protocol=pickle.HIGHEST_PROTOCOL) + buffer.getvalue(),
            bytes(pieces.data))


def _apart_classes(cls: type[Apart]) -> list[type[Apart]]:
    """`cls` and its subclasses (a dispatch table names exact classes)."""
    return [cls, *(sub for child in cls.__subclasses__() for sub in _apart_classes(child))]


def _reduce_counter(counter: Counter[Any]) -> tuple[Any, ...]:
    """A Counter made empty with `Counter.__new__`, then filled with its items."""
    if type(counter) is not Counter or counter.__dict__:
        return tuple(counter.__reduce_ex__(pickle.HIGHEST_PROTOCOL))
    return _NEWOBJ, (Counter,), None, None, iter(counter.items())
