"""The pool of processes the publishing gate judges a big site's articles in
(kbgen.core.process_map): the same answers in the same order as a plain loop, in forked and
spawned workers, from a daemonic process (the gate's, kbgen.core.background), here in this
process with one usable CPU or when the pool cannot start, errors raised as raised, and no
worker left once it is done."""

from __future__ import annotations

import os
import threading
import time
from functools import partial
from pathlib import Path

import pytest

from kbgen.core import process_map
from kbgen.core.background import Background
from kbgen.core.process_map import ProcessMap
from tests.helpers import process_alive

ITEMS = list(range(101))  # not a multiple of a share: the last share is short


def square_and_pid(item: int) -> tuple[int, int]:
    """The item's square, and which process made it."""
    return item * item, os.getpid()


def die_in_a_worker(item: int, parent: int) -> int:
    """Kill the worker that gets item 40 (here, in `parent`, it is simply answered)."""
    if item == 40 and os.getpid() != parent:
        os._exit(3)
    return item + 1


def fail_on_seven(item: int) -> int:
    """A function that raises on one item."""
    if item == 7:
        raise ValueError(f"item {item} is wrong")
    return item


@pytest.mark.skipif(not hasattr(os, "fork"), reason="forks its workers")
@pytest.mark.parametrize("start_method", ["fork", "spawn"])
def test_workers_answer_in_the_items_order_and_end_with_the_map(start_method: str) -> None:
    with ProcessMap(square_and_pid, ITEMS, workers=2, start_method=start_method) as mapped:
        assert mapped.pooled
        answers = list(mapped)
    assert [square for square, _ in answers] == [item * item for item in ITEMS]
    workers = {pid for _, pid in answers}
    assert os.getpid() not in workers and 1 <= len(workers) <= 2
    deadline = time.monotonic() + 10
    while any(map(process_alive, workers)) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not any(map(process_alive, workers)), "a worker outlived the map"


def test_one_usable_cpu_maps_here(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(os, "sched_getaffinity", lambda _: {0}, raising=False)
    with ProcessMap(square_and_pid, ITEMS) as mapped:
        assert not mapped.pooled
        answers = list(mapped)
    assert answers == [(item * item, os.getpid()) for item in ITEMS]


def test_one_worker_maps_here() -> None:
    with ProcessMap(square_and_pid, ITEMS, workers=1) as mapped:
        assert not mapped.pooled
        assert list(mapped) == [(item * item, os.getpid()) for item in ITEMS]


def test_a_pool_that_cannot_start_maps_here(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise OSError(24, "Too many open files")

    monkeypatch.setattr(process_map, "ProcessPoolExecutor", refuse)
    with ProcessMap(square_and_pid, ITEMS, workers=2) as mapped:
        assert not mapped.pooled
        assert list(mapped) == [(item * item, os.getpid()) for item in ITEMS]


@pytest.mark.skipif(not hasattr(os, "fork"), reason="forks its workers")
def test_a_worker_that_dies_leaves_the_rest_to_this_process() -> None:

    with ProcessMap(partial(die_in_a_worker, parent=os.getpid()), ITEMS, workers=2) as mapped:
        assert list(mapped) == [item + 1 for item in ITEMS]
        assert not mapped.pooled  # shut down at the death


@pytest.mark.skipif(not hasattr(os, "fork"), reason="forks its workers")
def test_an_error_in_a_worker_is_raised_as_it_was() -> None:
    with pytest.raises(ValueError, match="^item 7 is wrong$"), \
            ProcessMap(fail_on_seven, ITEMS, workers=2) as mapped:
        list(mapped)


def _pooled_in_a_daemon() -> tuple[bool, list[tuple[int, int]], int]:
    with ProcessMap(square_and_pid, ITEMS, workers=2) as mapped:
        return mapped.pooled, list(mapped), os.getpid()


@pytest.mark.skipif(not hasattr(os, "fork"), reason="forks its workers")
def test_the_gates_background_process_pools_too() -> None:
    pooled, answers, gate = Background(_pooled_in_a_daemon).result()
    assert pooled
    assert [square for square, _ in answers] == [item * item for item in ITEMS]
    assert gate not in {pid for _, pid in answers}


def hang_on_forty(item: int, marker: str) -> int:
    """In a worker, item 40 writes the worker's pid to `marker` and never ends (a scan stuck
    on a text); elsewhere it is answered."""
    if item == 40:
        Path(marker).write_text(str(os.getpid()))
        time.sleep(3600)
    return item


def _stopped_while_a_worker_is_stuck(marker: Path, stopped: list[BaseException]) -> None:
    """Map until item 20, wait until a worker is stuck on item 40, then stop as a build does
    on SIGTERM or Ctrl-C (an exception out of the `with`)."""
    try:
        with ProcessMap(partial(hang_on_forty, marker=str(marker)), ITEMS, workers=2,
                        start_method="fork") as mapped:
            for answer in mapped:
                if answer == 20:
                    while not marker.exists():
                        time.sleep(0.05)
                    raise KeyboardInterrupt
    except KeyboardInterrupt as error:
        stopped.append(error)


@pytest.mark.skipif(not hasattr(os, "fork"), reason="forks its workers")
def test_a_build_stopped_while_a_worker_is_stuck_ends_the_workers(tmp_path: Path) -> None:
    """Before, the map waited for the stuck worker for ever (rev61: SIGTERM to a build left it
    waiting with its workers alive)."""
    marker = tmp_path / "stuck"
    stopped: list[BaseException] = []
    stopping = threading.Thread(target=_stopped_while_a_worker_is_stuck, args=(marker, stopped),
                                daemon=True)
    stopping.start()
    stopping.join(120)  # a hang is for ever; this bound only lets the test report it
    assert not stopping.is_alive(), "the map waited for its stuck worker"
    assert len(stopped) == 1
    assert not process_alive(int(marker.read_text()))
