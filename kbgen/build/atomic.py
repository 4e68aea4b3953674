"""Writing a file so that a reader sees the old bytes or the new ones, never a part."""

from __future__ import annotations

import contextlib
import os
import tempfile
import threading
from pathlib import Path


def write_atomically(target: Path, data: bytes, served: bool = False) -> None:
    """Write `data` to `target` through a temporary file of its own in the same folder, then
    replace `target` with it (two writers at once each leave a whole file, the last one's).
    `served`: a file of a site, made with the mode any file of the site gets (a web server
    reads it; mkstemp's is 0600), its temporary named `.<name>.<process>-<thread>.tmp`."""
    if served:
        temporary = str(target.with_name(
            f".{target.name}.{os.getpid()}-{threading.get_ident()}.tmp"))
    else:
        handle, temporary = tempfile.mkstemp(dir=target.parent, prefix=".tmp-")
        os.close(handle)
    try:
        Path(temporary).write_bytes(data)
        os.replace(temporary, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise
