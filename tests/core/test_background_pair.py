"""Two background jobs in two forked processes: both answers, or the failure of either."""

from __future__ import annotations

import os
import time

import pytest

from kbgen.core.background import BackgroundError, BackgroundPair, can_fork

pytestmark = pytest.mark.skipif(not can_fork(), reason="background jobs are forked")


def test_both_answers_each_from_its_own_process() -> None:
    pair = BackgroundPair(os.getpid, os.getpid)
    first, second = pair.result()
    assert len({first, second, os.getpid()}) == 3


def test_a_failing_first_job_stops_the_second() -> None:
    def broken() -> int:
        raise RuntimeError("the detector crashed")

    started = time.monotonic()
    pair = BackgroundPair(broken, lambda: time.sleep(60))
    with pytest.raises(BackgroundError, match="the detector crashed"):
        pair.result()
    assert time.monotonic() - started < 30
    assert not pair._second._process.is_alive()
