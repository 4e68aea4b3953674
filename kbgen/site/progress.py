"""Progress of a big build in the log, and what a build published (for `kbgen build`)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from mkdocs.plugins import get_plugin_logger

if TYPE_CHECKING:
    from kbgen.core.model import KnowledgeBase
    from kbgen.site.state import BuildState

log = get_plugin_logger("kbgen")
PROGRESS_FROM = 500
"""Builds with at least this many pages log their progress every 10%."""


def page_done(state: BuildState) -> None:
    """Count a rendered page; log every tenth of a big build."""
    state.pages_done += 1
    total, done = state.pages_total, state.pages_done
    if total >= PROGRESS_FROM and done * 10 // total != (done - 1) * 10 // total:
        log.info(f"Rendered {done} of {total} pages ({done * 100 // total}%)")


def build_summary(kb: KnowledgeBase, others: Sequence[KnowledgeBase] = ()
                  ) -> dict[str, int]:
    """Counts of a build: articles published and skipped by status, of every language (`others`:
    the other languages' content, built with the default's)."""
    statuses = [a.meta.status for base in (kb, *others) for a in base.articles]
    return {"published": statuses.count("published"), "drafts": statuses.count("draft"),
            "internal": statuses.count("internal")}
