"""Ending the `kbgen build` process without freeing what it loaded.

A quick build holds the last full build's content (millions of small objects at 10,000
articles: about a CPU second to free, one fifth of the whole build); a process about to end
need not free them. Only kbgen's own process ends so (`kbgen ...`, `python -m kbgen`), never
a caller's (tests run the command line in-process), and only when nothing else of it still
runs (another thread, a worker process) that a normal exit would wait for."""

from __future__ import annotations

import logging
import os
import sys
import threading
from pathlib import Path

COMMANDS = ("kbgen", "kbgen.exe", "kbgen-script.py")
"""The names of kbgen's console script (`sys.argv[0]`)."""


def own_process() -> bool:
    """True when this process is kbgen's command line, not a program calling it."""
    main = sys.modules.get("__main__")
    spec = getattr(main, "__spec__", None)
    if spec is not None:
        return bool(spec.name == "kbgen.__main__")
    return bool(sys.argv) and Path(sys.argv[0]).name in COMMANDS


def alone() -> bool:
    """True when no other thread and no child process of this one runs."""
    if threading.active_count() > 1:
        return False
    children = sys.modules.get("multiprocessing")
    return children is None or not children.active_children()


def end_now() -> None:
    """End the process at once, successfully, after flushing its output and logs, when it is
    kbgen's own and alone (see the module); else return (the caller ends it as usual)."""
    if not (own_process() and alone()):
        return
    logging.shutdown()
    for stream in (sys.stdout, sys.stderr):
        stream.flush()
    os._exit(0)
