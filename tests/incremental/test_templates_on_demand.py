"""A build on demand writes the theme's templates (the 404 page, the sitemap) when a browser
asks for them or in the catch-up, before the search index and feeds; never twice."""

from __future__ import annotations

import gc
import threading
import time
from functools import partial
from pathlib import Path
from typing import Any

from mkdocs.structure.files import Files

from kbgen.site.full_collections import full_collections_off
from kbgen.site.on_demand import PagesOnDemand


def test_templates_are_written_when_asked_for_or_caught_up_before_the_finish(
        tmp_path: Path) -> None:
    written: list[str] = []
    pages = PagesOnDemand(tmp_path)
    nothing: Any = None
    pages.take([], config=nothing, files=Files([]), nav=nothing, env=nothing)
    pages.take_templates({name: (lambda name=name: written.append(name))
                          for name in ("404.html", "sitemap.xml")})
    pages.render("404.html")  # a browser's missing page: the error page asks for it
    pages.render("404.html")
    pages.render("sitemap.xml")  # not a page a browser views: left to the catch-up
    assert written == ["404.html"]

    pages.catch_up(lambda: written.append("search index and feeds"))
    assert pages._thread is not None
    pages._thread.join(30)
    assert written == ["404.html", "sitemap.xml", "search index and feeds"]


def test_a_retired_build_writes_no_template(tmp_path: Path) -> None:
    written: list[str] = []
    pages = PagesOnDemand(tmp_path)
    nothing: Any = None
    pages.take([], config=nothing, files=Files([]), nav=nothing, env=nothing)
    pages.take_templates({"404.html": lambda: written.append("404.html")})
    pages.retire()  # a newer build serves the folder
    pages.render("404.html")
    assert written == []


def test_a_page_asked_for_goes_before_the_catch_ups_next_page(tmp_path: Path) -> None:
    """Python's locks are not fair: the catch-up took the lock again for its next page before
    the request woken to take it could, and the page asked for waited for a run of them."""
    written: list[str] = []
    asked: list[bool] = []

    def write(name: str) -> None:
        asked.append(pages.turns.waiting > 0)  # a page asked for meanwhile, or not
        busy_until = time.perf_counter() + 0.004  # a page's rendering holds the interpreter
        while time.perf_counter() < busy_until:
            pass
        written.append(name)

    pages = PagesOnDemand(tmp_path)
    nothing: Any = None
    pages.take([], config=nothing, files=Files([]), nav=nothing, env=nothing)
    names = [f"page-{number}.html" for number in range(60)]
    pages.take_templates({name: partial(write, name) for name in names})
    pages.catch_up(lambda: written.append("search index and feeds"))
    waited = []
    for name in names[10::10]:
        while not written:
            time.sleep(0.001)
        asked_at = len(asked)  # counted from here: only pages started while it was asked
        pages.render(name)
        waited.append(sum(asked[asked_at:written.index(name)]))
    assert pages._thread is not None
    pages._thread.join(60)
    assert written[-1] == "search index and feeds" and len(written) == len(names) + 1
    assert max(waited) <= 1, waited  # at most the page the catch-up was writing


def test_the_catch_up_makes_the_full_collections_when_nobody_asks(tmp_path: Path) -> None:
    """A full collection scans the whole live site (1-2 CPU s at 10,000 articles): while
    serving, Python starts none by itself in a request; the catch-up runs one, not while a
    page is asked for."""
    full: list[tuple[str, int]] = []

    def noted(phase: str, info: dict[str, int]) -> None:
        if phase == "start" and info["generation"] == 2:
            full.append((threading.current_thread().name, len(written)))

    written: list[str] = []
    pages = PagesOnDemand(tmp_path)
    nothing: Any = None
    pages.take([], config=nothing, files=Files([]), nav=nothing, env=nothing)
    names = [f"page-{number}.html" for number in range(5)]
    pages.take_templates({name: partial(written.append, name) for name in names})
    gc.callbacks.append(noted)
    try:
        with full_collections_off():
            assert gc.get_threshold()[2] > 10**6
            pages.collection.owe()  # as after a build that replaced another
            with pages.lock:  # a save's update: the catch-up waits, collecting nothing
                pages.catch_up(lambda: written.append("search index and feeds"))
                time.sleep(0.2)
                [gc.collect(1) for _ in range(3)]  # young ones only, as Python's own
                assert (written, full) == ([], [])
            assert pages._thread is not None
            pages._thread.join(30)
    finally:
        gc.callbacks.remove(noted)
    assert written[-1] == "search index and feeds"
    assert full == [("kbgen-pages-catch-up", len(names))]  # once, before the finish


def test_the_finish_waits_for_an_older_search_index_without_holding_the_pages(
        tmp_path: Path) -> None:
    """A text save's search index, written by another thread from an older model, is waited
    for before the finish writes the index (the newer one must be written last), outside
    the pages' lock: pages asked for meanwhile are not held."""
    order: list[str] = []
    older_index_written = threading.Event()
    pages = PagesOnDemand(tmp_path)
    nothing: Any = None
    pages.take([], config=nothing, files=Files([]), nav=nothing, env=nothing)
    pages.take_templates({"404.html": lambda: order.append("404.html")})
    pages.before_finish = lambda: (order.append("waited"), older_index_written.wait(30))
    pages.catch_up(lambda: order.append("search index and feeds"))
    deadline = time.monotonic() + 30
    while "waited" not in order and time.monotonic() < deadline:
        time.sleep(0.01)
    free = pages.turns.lock.acquire(timeout=10)  # as a request for a page would
    if free:
        pages.turns.lock.release()
    older_index_written.set()
    assert pages._thread is not None
    pages._thread.join(30)
    assert free
    assert order == ["404.html", "waited", "search index and feeds"]
