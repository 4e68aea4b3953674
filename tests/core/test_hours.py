"""Open now / closed, across time zones, day boundaries and clock changes."""

from __future__ import annotations

import datetime as dt

import pytest

from kbgen.core.hours import WEEKDAYS, OpenState, parse_day, state_at

OFFICE = {"monday": "08:00-20:00", "tuesday": "08:00-20:00", "wednesday": "08:00-20:00",
          "thursday": "08:00-20:00", "friday": "08:00-18:00", "saturday": "09:00-13:00",
          "sunday": "closed"}
SPLIT = {day: ["07:00-12:30", "13:00-22:00"] for day in WEEKDAYS}
NIGHT = {"friday": "18:00-24:00", "saturday": "00:00-02:00"}

# (week, zone, UTC moment, is_open, next change day, next change time)
OPEN_NOW_CASES = [
    (OFFICE, "Europe/London", "2026-11-23T07:59", False, "monday", "08:00"),
    (OFFICE, "Europe/London", "2026-11-23T08:00", True, "monday", "20:00"),
    (OFFICE, "Europe/London", "2026-11-23T19:59", True, "monday", "20:00"),
    (OFFICE, "Europe/London", "2026-11-23T20:00", False, "tuesday", "08:00"),
    (OFFICE, "Europe/London", "2026-11-28T13:00", False, "monday", "08:00"),  # Saturday close
    (OFFICE, "Europe/London", "2026-11-29T23:30", False, "monday", "08:00"),  # Sunday night
    # Summer time: 07:30 UTC is 08:30 in London.
    (OFFICE, "Europe/London", "2026-07-06T07:30", True, "monday", "20:00"),
    # Tuesday 01:30 UTC is still Monday 20:30 in New York: closed, opens Tuesday.
    (OFFICE, "America/New_York", "2026-11-24T01:30", False, "tuesday", "08:00"),
    # Monday 23:30 UTC is already Tuesday 08:30 in Tokyo: open.
    (OFFICE, "Asia/Tokyo", "2026-11-23T23:30", True, "tuesday", "20:00"),
    # Lunch break of a split day.
    (SPLIT, "Europe/London", "2026-11-23T12:45", False, "monday", "13:00"),
    (SPLIT, "Europe/London", "2026-11-23T12:29", True, "monday", "12:30"),
    # A span ending at 24:00 continues into Saturday 00:00-02:00.
    (NIGHT, "Europe/Berlin", "2026-11-27T22:30", True, "saturday", "02:00"),
    (NIGHT, "Europe/Berlin", "2026-11-28T01:30", False, "friday", "18:00"),
    ({}, "Europe/London", "2026-11-23T12:00", False, None, None),
]


def week_of(hours: dict[str, str | list[str]]) -> dict[str, list]:
    return {day: parse_day(hours.get(day, "closed")) for day in WEEKDAYS}


@pytest.mark.parametrize("hours, zone, moment, is_open, day, time", OPEN_NOW_CASES)
def test_open_now(hours: dict, zone: str, moment: str, is_open: bool, day: str | None,
                  time: str | None) -> None:
    when = dt.datetime.fromisoformat(moment).replace(tzinfo=dt.timezone.utc)
    assert state_at(week_of(hours), zone, when) == OpenState(is_open, day, time)


@pytest.mark.parametrize("state, today, text", [
    (OpenState(True, "monday", "20:00"), "monday", "Open now, closes at 20:00"),
    (OpenState(False, "monday", "09:00"), "monday", "Closed, opens at 09:00"),
    (OpenState(False, "tuesday", "08:00"), "monday", "Closed, opens Tuesday at 08:00"),
    (OpenState(False, None, None), "monday", "Closed"),
])
def test_describe(state: OpenState, today: str, text: str) -> None:
    assert state.describe(today) == text


@pytest.mark.parametrize("value, message", [
    ("8-20", "'8-20' is not a time range; write it like \"08:00-17:30\", or closed"),
    ("20:00-08:00", "'20:00-08:00' ends before it starts; ranges cannot cross midnight,"
                    " split them over two days"),
    (["08:00-12:00", "11:00-14:00"], "'08:00–12:00' and '11:00–14:00' overlap"),
    ("25:00-26:00", "'25:00-26:00' is not a time range; write it like \"08:00-17:30\", or closed"),
])
def test_malformed_hours(value: str | list[str], message: str) -> None:
    with pytest.raises(ValueError) as error:
        parse_day(value)
    assert str(error.value) == message
