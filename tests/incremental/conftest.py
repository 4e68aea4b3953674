"""What the incremental tests share."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from kbgen.site.page_reads import installed
from kbgen.site.preview_reads import PreviewRecorder


@pytest.fixture(autouse=True)
def no_preview_recording_left() -> Iterator[None]:
    """A preview a test leaves with its catch-up unfinished keeps its page-reads recorder
    installed (kbgen.site.preview_reads; `kbgen serve` runs one preview a process): the next
    test's build would then record nothing. Uninstalled after each test."""
    yield
    recorder = installed()
    if isinstance(recorder, PreviewRecorder):
        recorder.stop()
