"""`kbgen serve` with no earlier preview, started from the last full `kbgen build`'s
snapshot (kbgen.build.snapshot): its knowledge base as loaded (every article, drafts and
internal ones included: loading does not depend on the preview) is taken instead of reading
and checking every file again, when the files read since changed only articles' bodies.

Exactly as the quick build (kbgen.site.quick_build) decides it: the changed articles are
read again and must keep their front matter, and the same reading, checks and publishing
gate as a full load must find nothing in them; the last build's warnings of kbgen are logged
again (a full load would log them). Anything else (another file changed, another language,
the settings or the day changed, a damaged snapshot) is left to the ordinary start, which
loads and checks every file.
"""

from __future__ import annotations

import logging
import time
from pathlib import Path
from typing import TYPE_CHECKING

from kbgen.commands.lock import wait_for_finishing
from kbgen.commands.quick import QuickPlan, plan_quick, snapshots_for
from kbgen.commands.unchanged import current_settings, records_for
from kbgen.site.loading import add_pages
from kbgen.site.plugin import kbgen_plugin
from kbgen.site.quick_build import Fallback, QuickContent, _take_changed

if TYPE_CHECKING:
    from collections.abc import Iterator

    from mkdocs.config.defaults import MkDocsConfig
    from mkdocs.structure.files import Files

    from kbgen.build.last_build import Record

log = logging.getLogger("mkdocs.commands.serve")
STARTED = "Content taken from the last build ({changed} article"
"""Logged when the start took the snapshot (the count of changed articles follows)."""
KBGEN_LOG = "mkdocs.plugins.kbgen"
"""kbgen's own log (kbgen.site.report): the last build's warnings there are logged again."""


class SnapshotStart:
    """The last full build's knowledge base and what changed since, for one load."""

    def __init__(self, content: QuickContent, changed: list[str], warnings: list[Record]
                 ) -> None:
        self.content = content
        self.changed = changed
        self.warnings = warnings
        self.taken = False
        """Whether the load took the snapshot (else it loaded every file)."""
        self.seconds = 0.0
        """How long finding and reading the snapshot took."""

    def load(self, files: Files, config: MkDocsConfig) -> bool:
        """kbgen's `on_files` from the snapshot; False (nothing done) when it cannot vouch
        for the result: load every file then."""
        state = kbgen_plugin(config).build
        if state.languages is not None or not state.use_cache:
            return False
        try:  # only bodies: the preview's pages are not rendered from a record of reads
            _, front = _take_changed(state, config, self.content, self.changed, self.warnings)
            if front:
                raise Fallback(f"the front matter of {next(iter(front))} changed")
        except Fallback as reason:
            log.info(f"Every file loaded, not the last build's content: {reason}")
            return False
        log.info(STARTED.format(changed=len(self.changed))
                 + f"{'s' * (len(self.changed) != 1)} changed since, read in"
                 f" {self.seconds:.2f} s)")
        for name, level, message in self.warnings:
            if name == KBGEN_LOG and level >= logging.WARNING:
                logging.getLogger(name).log(level, "%s", message)
        add_pages(state, files, config)
        state.search_base = self.content.search  # the search index written at once from it
        self.taken = True
        return True


def snapshot_start(config_file: Path, docs_dir: Path) -> SnapshotStart | None:
    """The start from the last full build of `config_file` (into its own site folder, or
    the one `-d` named, as its records say), or None: no usable snapshot, or a file other
    than an article's body changed since. `docs_dir`: its content folder."""
    started = time.perf_counter()
    plan = _plan(config_file, docs_dir)
    if plan is None:
        return None
    content = plan.snapshots.content(plan.head)
    if not isinstance(content, QuickContent):
        return None
    start = SnapshotStart(content, plan.changed, plan.previous.warnings)
    start.seconds = time.perf_counter() - started
    return start


def _plan(config_file: Path, docs_dir: Path) -> QuickPlan | None:
    """The quick build's plan (kbgen.commands.quick) of the last build of `config_file`
    without `-d`, or else with `-d` its own site folder, whatever its `--strict`; none
    after a build with `--site-url` (the gate's own host). The site folder is not looked
    at: the preview is built elsewhere."""
    for site_dir in _site_dirs(config_file):
        previous = records_for(config_file, site_dir).load()
        if previous is None or previous.settings.get("site_url") is not None:
            continue
        settings = current_settings(config_file, previous.settings.get("strict"), None)
        target = Path(previous.settings.get("target", ""))
        wait_for_finishing(target)  # a build that just ended may still be keeping its snapshot
        plan = plan_quick(snapshots_for(config_file, site_dir), previous, settings, docs_dir,
                          target, site=False)
        if plan is not None:
            return plan
    return None


def _site_dirs(config_file: Path) -> Iterator[Path | None]:
    """None (a build without `-d`), then the site folder `config_file` names, its
    configuration read only if asked for (the preview's names another folder)."""
    from mkdocs.config import load_config

    yield None
    yield Path(load_config(config_file=str(config_file)).site_dir)
