"""`kbgen build` with nothing changed: the site is left as it is.

Before MkDocs is even imported, the inputs the last successful build read (every file of the
content folder, mkdocs.yml, the theme's folder, hooks, translations) are compared with its
record (kbgen.build.last_build), as are kbgen's code and the installed packages, the day, the
command's options and the environment variables mkdocs.yml reads; and the output folder with
what that build published. When all match, the build's warnings are logged again (so the
output reads as before) and its summary printed. Any doubt (no record, a file changed, the
site touched, other options, another day) means a real build.
"""

from __future__ import annotations

import logging
import os
import re
import time
from collections.abc import Collection, Iterator
from contextlib import AbstractContextManager, contextmanager, nullcontext
from pathlib import Path
from typing import Any

from kbgen.build.fingerprint import Inputs, scan_inputs, scan_outputs
from kbgen.build.keys import software
from kbgen.build.last_build import BuildRecords, LastBuild, Record
from kbgen.build.timings import Timings
from kbgen.commands.lock import BuildLock
from kbgen.commands.summary import BuildSummary
from kbgen.core.build_day import build_day

CACHE_DIR = ".kbgen-cache"
"""The build cache, next to mkdocs.yml (kbgen.site.incremental uses the same folder)."""
SETTLED_NS = 2_000_000_000
"""A build vouches only for inputs last changed this long before it started: a file saved
while it ran (or in the same tick of a coarse file-system clock) may not be what it read."""
Linked = tuple[dict[str, list[int]], Collection[str]]
"""A site listing, and the files written since into a site of hard links to its files."""
_ENV = re.compile(r"!ENV\s*(\[[^\]\n]*\]|[^\s,\]}]+)")
log = logging.getLogger("mkdocs.plugins.kbgen")


def records_for(config_file: Path, site_dir: Path | None) -> BuildRecords:
    """The record of the last build of `config_file` into `site_dir` (None: its site_dir),
    the same from any working folder."""
    return BuildRecords(config_file.parent / CACHE_DIR, config_file.resolve(),
                        site_dir.resolve() if site_dir else None)


def messages_fit(record: LastBuild) -> bool:
    """Whether the record's warnings, logged again, name files as seen from the working
    folder: none, or the record was made in it (a path in a message is relative to it)."""
    return not record.warnings or record.shown_from == os.getcwd()


def current_settings(config_file: Path, strict: bool | None, site_url: str | None
                     ) -> dict[str, Any]:
    """What a build's output depends on besides its input files (see LastBuild.settings)."""
    try:
        text = config_file.read_text(encoding="utf-8-sig", errors="replace")
    except OSError:
        text = ""
    names = {"SOURCE_DATE_EPOCH"}
    for found in _ENV.findall(text):
        names |= {name.strip(" '\"") for name in found.strip("[]").split(",")}
    return {"software": software(), "day": build_day().isoformat(), "strict": strict,
            "site_url": site_url, "env": {name: os.environ.get(name) for name in sorted(names)}}


def skip_if_unchanged(config_file: Path, site_dir: Path | None, strict: bool | None,
                      site_url: str | None, timings: Timings | None = None
                      ) -> BuildSummary | None:
    """The last build's summary when nothing changed since it (its warnings logged again,
    the site untouched); None when a real build is needed."""
    started = time.monotonic()
    records = records_for(config_file, site_dir)
    with _measure(timings, "kbgen build: nothing changed? the last build's record"):
        record = records.load()
    if record is None or not messages_fit(record):
        return None
    target = Path(record.settings.get("target", ""))
    if site_dir is not None and target != site_dir.resolve():
        return None
    with _measure(timings, "kbgen build: nothing changed? kbgen, packages, options, day"):
        if {**record.settings, "target": None} != {
                **current_settings(config_file, strict, site_url), "target": None}:
            return None
    with _measure(timings, "kbgen build: nothing changed? the input files"):
        inputs = scan_inputs(map(Path, record.roots), [Path(p) for p in record.skip],
                             record.inputs)
        if inputs.digests() != {path: str(entry[2]) for path, entry in record.inputs.items()}:
            return None
    with _measure(timings, "kbgen build: nothing changed? the site"):
        if not _as_published(target, record):
            return None
    if inputs.entries != record.inputs:  # touched, not changed: note the new times
        record.inputs = inputs.entries
        records.save(record)
    log.info(f"kbgen: Nothing changed since the last build; {os.path.relpath(target)} was"
             " left as it was (delete .kbgen-cache to build anyway).")
    for name, level, message in record.warnings:
        logging.getLogger(name).log(level, "%s", message)
    counts = record.counts
    return BuildSummary(target, counts["published"], counts["drafts"], counts["internal"],
                        counts["pages"], counts["site_bytes"], counts["search_bytes"],
                        time.monotonic() - started)


def _skipped(target: Path, roots: list[Path]) -> list[Path]:
    """What under a build's `roots` is not an input: its output folder and the caches."""
    return [target, target.parent / CACHE_DIR, *(root / CACHE_DIR for root in roots)]


def before_building(config_file: Path, docs_dir: Path, target: Path,
                    previous: LastBuild | None) -> Inputs:
    """The inputs as a build is about to read them (those the last one read, else
    mkdocs.yml and the content folder), for `remember` to notice any changed while it ran."""
    roots = ([Path(root) for root in previous.roots] if previous
             else [config_file.resolve(), docs_dir.resolve()])
    return scan_inputs(roots, _skipped(target, roots), previous.inputs if previous else None)


def remember(records: BuildRecords, settings: dict[str, Any], started_ns: int,
             roots: list[Path], summary: BuildSummary, warnings: list[Record],
             before: Inputs, base: str = "", linked: Linked | None = None
             ) -> LastBuild | None:
    """Record a build that published `summary.site` from `roots` (unless an input changed
    shortly before or while it ran, or the day changed: then there is no record, None).
    `before`: the inputs as it started (see `before_building`); `base`: the snapshot the
    site was built from (kbgen.build.snapshot); `linked`: for a quick build, the listing of
    the site its files are hard links to and the files it wrote (`scan_outputs`)."""
    target = summary.site
    skip = _skipped(target, roots)
    inputs = scan_inputs(roots, skip, before.entries)
    if (inputs.changed_between(started_ns - SETTLED_NS, time.time_ns() + SETTLED_NS)
            or inputs.changed_since(before) or settings["day"] != build_day().isoformat()):
        return None
    counts = {name: getattr(summary, name) for name in (
        "published", "drafts", "internal", "pages", "site_bytes", "search_bytes")}
    record = LastBuild({**settings, "target": str(target)}, [str(r) for r in roots],
                       [str(s) for s in skip], inputs.entries, scan_outputs(target, *linked or ()),
                       counts, warnings, base, os.getcwd())
    records.save(record)
    return record


def _as_published(target: Path, record: LastBuild) -> bool:
    """Whether the site folder holds exactly what the recorded build published (checked
    while no build writes it; a folder that cannot be locked is for a real build to judge)."""
    if not target.is_dir():
        return False
    try:
        with BuildLock(target):
            return scan_outputs(target) == record.outputs
    except OSError:
        return False


class WarningLog(logging.Handler):
    """The records a build logs at WARNING or above, once each (MkDocs' loggers may or may
    not pass theirs on to the root logger)."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.records: list[Record] = []
        self._last: logging.LogRecord | None = None

    def emit(self, record: logging.LogRecord) -> None:
        if record is not self._last:
            self._last = record
            self.records.append((record.name, record.levelno, record.getMessage()))


@contextmanager
def warnings_logged() -> Iterator[WarningLog]:
    """Collect the warnings logged inside the `with` block."""
    handler = WarningLog()
    loggers = (logging.getLogger(), logging.getLogger("mkdocs"))
    for logger in loggers:
        logger.addHandler(handler)
    try:
        yield handler
    finally:
        for logger in loggers:
            logger.removeHandler(handler)


def _measure(timings: Timings | None, name: str) -> AbstractContextManager[None]:
    return timings.measure(name) if timings is not None else nullcontext()
