"""The linear-work tests' judge (tests/work.py, faster_than_linear) tells a step from growth:
work that starts once a text holds enough of something (the phone pre-test lets a line
through to phonenumbers once it holds a plus sign or enough digits) passes, work that grows
with the square or the cube of the values fails, a constant added or not. Pure functions of
the values, no gate: what the judge would say of a reader doing that work."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.work import LINEAR_SIZES, faster_than_linear, grows_past_double

Work = Callable[[int], float]


def _judged(work: Work) -> bool:
    small, middle, large = (round(work(n)) for n in LINEAR_SIZES)
    return faster_than_linear((small, middle, large))


def _step(at: int, before: float, after: float) -> Work:
    """A reader that reads `before` characters a value, and `after` once the line holds more
    than `at` values (it reads the whole line from then on)."""
    return lambda n: (after if n > at else before) * n


MEASURED_STEP = _step(100, 264, 397)
"""atk54's app passwords and account numbers with the phone pre-test on: not_phones' patterns
26,396 characters at 100 values, 158,394 at 400 (the 100th value's `0100` gives a line read
backwards its `00` before a digit, read as `+`)."""

LINEAR: dict[str, Work] = {
    "linear": lambda n: 85 * n,
    "linear plus a constant": lambda n: 85 * n + 40_000,
    "constant": lambda n: 5_000,
    "nothing": lambda n: 0,
    "a few characters, then none": lambda n: 900 if n < 300 else 0,
    "below the floor from nothing": lambda n: 0 if n < 300 else 2_400,
    "phones' step at the 100th value (atk54, measured)": MEASURED_STEP,
    "a step from nothing at the 101st value": _step(100, 0, 85),
    "a step from nothing at the 199th value": _step(198, 0, 85),
    "a tenfold step": _step(150, 10, 100),
    "a reader of the values past the 60th": lambda n: 85 * max(0, n - 60),
    "a reader of the values past the 100th (leak55's key row, measured: phone_digits)":
        lambda n: 76 * max(0, n - 100),
    "a reader of the values past the 110th": lambda n: 85 * max(0, n - 110),
    "two steps below 2n": lambda n: 85 * n + (3_000 if n > 120 else 0) + (9_000 if n > 180 else 0),
    "linear with a small wobble": lambda n: 85 * n + (n % 7) * 50,
    "less from n to 2n, then doubled (leak55's colon_letters, measured)":
        lambda n: {100: 3_936, 200: 3_800, 400: 7_600}[n],
    "the same at n and 2n, then doubled (leak55's wallet_secrets, measured)":
        lambda n: {100: 4_504, 200: 4_504, 400: 9_004}[n],
}
"""Work a linear reader may do at n values (every step's start below 2n)."""

FASTER: dict[str, Work] = {
    "quadratic": lambda n: n * n,
    "quadratic beside linear work of the same size at n=100": lambda n: 100 * n + n * n,
    "quadratic beside 5 times its linear work at n=100": lambda n: 500 * n + n * n,
    "quadratic plus three times its work at n=100 as a constant": lambda n: 3 * n * n + 90_000,
    "a value's line read again for each value": lambda n: 85 * n * n // 2,
    "cubic": lambda n: n ** 3 // 100,
    "quadratic from the 150th value": lambda n: 85 * n + 40 * max(0, n - 150) ** 2,
    "quadratic past 2n": lambda n: 85 * n + (n * n if n > 200 else 0),
}
"""Work of readers that read more per value as the values grow."""


@pytest.mark.parametrize("name", LINEAR)
def test_linear_work_with_steps_and_constants_passes(name: str) -> None:
    assert not _judged(LINEAR[name])


@pytest.mark.parametrize("name", FASTER)
def test_quadratic_and_cubic_work_fails(name: str) -> None:
    assert _judged(FASTER[name])


def test_the_old_judge_read_the_measured_step_as_growth() -> None:
    # 100 -> 400 values over six times was the old judge's growth: the step read as one
    assert MEASURED_STEP(400) > 6 * MEASURED_STEP(100)
    assert not _judged(MEASURED_STEP)


@pytest.mark.parametrize("name", FASTER)
def test_whatever_fails_more_than_doubles_from_2n_to_4n(name: str) -> None:
    # so a test counts at n only the readers grows_past_double finds
    _, middle, large = (round(FASTER[name](n)) for n in LINEAR_SIZES)
    assert grows_past_double(middle, large)
