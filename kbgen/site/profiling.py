"""`kbgen build --profile`: time every MkDocs event per plugin, MkDocs' own work between
events, and each page rendered in the build process (workers time theirs)."""

from __future__ import annotations

import time
import types
from typing import TYPE_CHECKING, Any

from kbgen.build.timings import Timings

if TYPE_CHECKING:
    from mkdocs.plugins import PluginCollection

BETWEEN = {
    "files": "MkDocs: clean the output folder, list the content files",
    "nav": "MkDocs: exclusions, navigation",
    "env": "MkDocs: read and convert the pages it renders (page events included)",
    "post_build": "MkDocs: copy static files, render and write its pages, check anchors"
                  " (page events included)",
}
"""What MkDocs does before each event (mkdocs/commands/build.py), as the profile names it."""
PAGE_STARTS = {"pre_page": "convert", "page_context": "render"}
PAGE_ENDS = {"page_content": "convert", "post_page": "render"}


class _Clock:
    """The timing state of one instrumented plugin collection."""

    def __init__(self, timings: Timings) -> None:
        self.timings = timings
        self.last_end: float | None = None
        self.page_started: dict[tuple[int, str], float] = {}


def instrument(plugins: PluginCollection, timings: Timings) -> None:
    """Make `plugins.run_event` record into `timings` how long each event took per plugin,
    what MkDocs did between events and how long each page took (conversion and rendering)."""
    clock = _Clock(timings)

    def run_event(self: PluginCollection, name: str, item: Any = None, **kwargs: Any) -> Any:
        page = kwargs.get("page", item if name == "pre_page" else None)
        started = time.perf_counter()
        if page is None and clock.last_end is not None and name in BETWEEN:
            timings.add(BETWEEN[name], started - clock.last_end)
        if page is not None and name in PAGE_STARTS:
            clock.page_started[(id(page), PAGE_STARTS[name])] = started
        group = "page events" if page is not None else f"on_{name}"
        pass_item = item is not None
        for method in self.events[name]:
            origin = self._event_origins.get(method, "<unknown>")
            self._current_plugin = origin
            before = time.perf_counter()
            result = method(item, **kwargs) if pass_item else method(**kwargs)
            timings.add(f"{group}/{'on_' + name + ' ' if page is not None else ''}{origin}",
                        time.perf_counter() - before)
            if result is not None:
                item = result
        self._current_plugin = None
        ended = time.perf_counter()
        if page is None:
            clock.last_end = ended
        elif name in PAGE_ENDS:
            begun = clock.page_started.pop((id(page), PAGE_ENDS[name]), None)
            if begun is not None:
                timings.add_page(page.file.src_uri, ended - begun)
        return item

    plugins.run_event = types.MethodType(run_event, plugins)  # type: ignore[method-assign]
