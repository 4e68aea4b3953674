"""A preview's catch-up (kbgen.site.on_demand) steps aside: a page a browser asks for, or a
save, gets the pages' lock before the catch-up's next page (kbgen.site.turns), and a page
already written is served without waiting for the catch-up's end (the search index and
feeds, written under the lock). Before, the catch-up took the lock again the moment it let
go, and the page asked for after a save waited until the catch-up reached it by itself
(16-19 s at 10,000 articles)."""

from __future__ import annotations

import threading
import time
from pathlib import Path
from typing import Any

from mkdocs.structure.files import Files

from kbgen.site.on_demand import PagesOnDemand
from kbgen.site.turns import Turns

TEMPLATES = 200
"""Pages of the catch-up in the tests below (each holds the lock a millisecond)."""


def _busy(ms: float) -> None:
    """Work a while, holding the GIL (as rendering a page does)."""
    end = time.perf_counter() + ms / 1000
    while time.perf_counter() < end:
        pass


def test_a_foreground_thread_gets_the_lock_before_the_loop_s_next_turn() -> None:
    turns, overtaking, got_it_after = Turns(), [0], []
    stop = threading.Event()

    def loop() -> None:
        while not stop.is_set():
            with turns.after_others():
                overtaking[0] += turns.waiting > 0  # a turn while the foreground waits
                _busy(1)

    background = threading.Thread(target=loop)
    background.start()
    try:
        for _ in range(20):
            time.sleep(0.005)
            with turns.first():
                got_it_after.append(overtaking[0])
                overtaking[0] = 0
    finally:
        stop.set()
        background.join(10)
    # at most the turn that had checked before the foreground asked (counted from its
    # asking, not from a count read before it: the machine's load could delay the asking by
    # several turns, which CI saw as 2 once); a plain RLock let the loop take 5-34 turns
    # first on this 2-CPU machine under load
    assert max(got_it_after) <= 1, got_it_after


def test_a_page_asked_for_is_written_before_the_catch_up_reaches_it(tmp_path: Path) -> None:
    started: list[tuple[str, bool]] = []
    names = [f"page-{number:03}.html" for number in range(TEMPLATES)]

    def write(name: str) -> None:
        started.append((name, pages.turns.waiting > 0))  # asked for meanwhile, or not
        _busy(1)

    pages = PagesOnDemand(tmp_path)
    nothing: Any = None
    pages.take([], config=nothing, files=Files([]), nav=nothing, env=nothing)
    pages.take_templates({name: (lambda name=name: write(name)) for name in names})
    finished = threading.Event()
    pages.catch_up(finished.set)
    while len(started) < 5:
        time.sleep(0.001)
    pages.render(names[-1])  # what a browser asks for after a save
    assert pages._thread is not None
    pages._thread.join(30)
    assert finished.is_set() and sorted(name for name, _ in started) == names
    place = [name for name, _ in started].index(names[-1])
    overtaking = [name for name, asked in started[:place] if asked]
    assert len(overtaking) <= 1, overtaking  # after the page under way, never another


def test_a_written_page_is_not_held_up_by_the_catch_up_s_end(tmp_path: Path) -> None:
    ending, end = threading.Event(), threading.Event()

    def finish() -> None:  # the search index and feeds, under the lock
        ending.set()
        end.wait(30)

    pages = PagesOnDemand(tmp_path)
    nothing: Any = None
    pages.take([], config=nothing, files=Files([]), nav=nothing, env=nothing)
    pages.take_templates({"404.html": lambda: None})
    pages.catch_up(finish)
    try:
        assert ending.wait(30)
        answered = threading.Thread(target=pages.render, args=("404.html",))
        answered.start()
        answered.join(5)
        assert not answered.is_alive()  # written: served at once, the finish still running
    finally:
        end.set()
        assert pages._thread is not None
        pages._thread.join(30)
