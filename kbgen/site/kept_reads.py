"""What a preview's pages read (kbgen.site.preview_reads), kept with the preview's cache from
one `kbgen serve` to the next: a server started from the last preview builds it whole, and
with the record of the last session its first save that changes more than a text is caught
up narrowed (at 10,000 articles ~60 pages, not every page: ~100 CPU s).

Written when a catch-up ends (every page rendered or known), beside the preview's folder,
whole or not at all. Taken back after a whole build of the preview: that build rendered
each page from the content as it is now, which may differ from the content the record was
made from (saves while no server ran). The pages whose reads can differ between the two
(`PreviewReads.to_render`: what changed can show on them) leave the record, unknown, and are
rendered by the first catch-up; the others read the same, so their record holds. When what
every page reads changed (settings, data files, kbgen itself: the site's digest), or the
file is unreadable, nothing is taken.
"""

from __future__ import annotations

import contextlib
import logging
import os
import pickle
from pathlib import Path
from typing import TYPE_CHECKING

from kbgen.site.preview_reads import Built, PreviewReads, Recorded, shape_of

if TYPE_CHECKING:
    from kbgen.site.live import LiveSite

log = logging.getLogger("mkdocs.commands.serve")
RECORD = "preview-reads.pickle"
"""The record's file, beside the preview's folder in the cache."""
RECALLED = ("What the pages read, kept from the last preview: {kept} of {recorded} pages'"
            " records hold")


class KeptReads:
    """The record of a preview's pages in the file beside its folder `site_dir`."""

    def __init__(self, site_dir: Path) -> None:
        self.path = site_dir.with_name(RECORD)

    def save(self, recorded: Recorded | None) -> None:
        """Keep `recorded` (None: forget the kept one), whole or not at all."""
        if recorded is None:
            self.forget()
            return
        written = self.path.with_name(f".{self.path.name}.new")
        try:
            written.write_bytes(pickle.dumps(recorded, protocol=pickle.HIGHEST_PROTOCOL))
            os.replace(written, self.path)
        except OSError as exc:  # the next server's first catch-up renders every page
            log.debug(f"The record of what the pages read was not kept: {exc}")
            written.unlink(missing_ok=True)

    def forget(self) -> None:
        """No record is kept."""
        with contextlib.suppress(OSError):
            self.path.unlink(missing_ok=True)

    def recall(self, reads: PreviewReads, live: LiveSite) -> Built:
        """Give `reads` the kept record as it holds for the whole build of `live` just made
        (see the module's docstring; nothing when none holds); that build's state and shape
        (for the next build's search index to start from its)."""
        reads.forget()
        state, config, files, nav = live.state, live.site_config, live.files, live.nav
        if (state is None or config is None or files is None or nav is None
                or state.languages is not None):  # built whole every time: no catch-up
            return None, None
        shape = shape_of(state, files, config, nav)
        recorded = self._load()
        if recorded is None:
            return state, shape
        reads.recorded = recorded
        shown = reads.to_render(state, shape, recorded.pages.keys())
        reads.forget()
        if shown is not None:
            kept = {uri: read for uri, read in recorded.pages.items() if uri not in shown}
            reads.recorded = Recorded(kept, recorded.shared, shape, dict(state.articles))
            log.info(RECALLED.format(kept=len(kept), recorded=len(recorded.pages)))
        return state, shape

    def _load(self) -> Recorded | None:
        try:
            recorded = pickle.loads(self.path.read_bytes())
        except FileNotFoundError:
            return None
        except Exception as exc:  # noqa: BLE001  (another kbgen's, or cut short: none)
            log.debug(f"The kept record of what the pages read is not usable: {exc}")
            return None
        return recorded if isinstance(recorded, Recorded) else None
