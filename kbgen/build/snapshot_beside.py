"""The snapshot of a full build (kbgen.build.snapshot) kept by a forked process while the build
process writes the summary, the record and the spare copy: pickling a big site's content is
the longest of those steps, and the second CPU is idle then."""

from __future__ import annotations

from typing import Any

from kbgen.build.snapshot import Overlay, SnapshotHead, Snapshots
from kbgen.core.background import Background, BackgroundError, can_fork

BESIDE_FROM = 300
"""From this many files read, the content is kept in a second process; below, starting one
costs more than it saves (as kbgen.site.publish.GATE_BESIDE_FROM), and so it does for an
overlay (kbgen.build.snapshot.Overlay: a quick build's changes, kept in a tenth of the time)."""


class SnapshotSaver:
    """Keeps `content` under the id `snapshot_id`: started once the new site is published,
    finished (`finish`) with the head the build's record gives, or with None for none."""

    def __init__(self, snapshots: Snapshots, snapshot_id: str, content: Any, files: int) -> None:
        self.snapshots = snapshots
        self.snapshot_id = snapshot_id
        self._content = content
        self._beside: Background[bool] | None = None
        if files >= BESIDE_FROM and not isinstance(content, Overlay) and can_fork():
            try:
                self._beside = Background(lambda: snapshots.save_content(snapshot_id, content))
            except OSError:  # no second process (memory, a limit): kept by this one
                return
            self._content = None

    def finish(self, head: SnapshotHead | None) -> bool:
        """Name the kept content by `head` (its id is `snapshot_id`); with None, drop it.
        True when a snapshot was kept."""
        if self._beside is None:
            return head is not None and self.snapshots.save(head, self._content)
        beside, self._beside = self._beside, None
        try:
            kept = beside.result()
        except BackgroundError:
            kept = False
        if head is None:
            if kept:
                self.snapshots.drop_content(self.snapshot_id)
            return False
        return kept and self.snapshots.save_head(head)

    def cancel(self) -> None:
        """Stop the second process (the build stopped) and remove what it kept: no head will
        name it. Nothing to do after `finish`."""
        if self._beside is not None:
            beside, self._beside = self._beside, None
            beside.cancel()
            self.snapshots.drop_content(self.snapshot_id, stopped_writer=True)
