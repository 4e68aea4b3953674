"""Opening hours: parsing `"08:00-20:00"` ranges and telling whether a line is open now.

The browser runs the same rules in `theme/assets/javascripts/kb.js` (tested against this).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from zoneinfo import ZoneInfo

DAY = 24 * 60
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_RANGE = re.compile(r"^\s*([01]\d|2[0-3]):([0-5]\d)\s*-\s*([01]\d|2[0-4]):([0-5]\d)\s*$")


@dataclass(frozen=True)
class Span:
    """One opening span of a day, in minutes since midnight (end may be 1440)."""

    start: int
    end: int

    def __str__(self) -> str:
        return f"{_clock(self.start)}–{_clock(self.end)}"


def parse_day(value: str | list[str]) -> list[Span]:
    """`"closed"`, `"08:00-20:00"` or a list of ranges -> sorted spans; ValueError if malformed."""
    ranges = [value] if isinstance(value, str) else list(value)
    if ranges == ["closed"] or ranges == []:
        return []
    spans = []
    for text in ranges:
        match = _RANGE.match(str(text))
        if not match:
            raise ValueError(f"'{text}' is not a time range; write it like \"08:00-17:30\","
                             " or closed")
        h1, m1, h2, m2 = (int(g) for g in match.groups())
        span = Span(h1 * 60 + m1, h2 * 60 + m2)
        if span.end <= span.start or span.end > DAY:
            raise ValueError(f"'{text}' ends before it starts; ranges cannot cross midnight,"
                             " split them over two days")
        spans.append(span)
    spans.sort(key=lambda s: s.start)
    for first, second in zip(spans, spans[1:]):
        if second.start < first.end:
            raise ValueError(f"'{first}' and '{second}' overlap")
    return spans


@dataclass(frozen=True)
class OpenState:
    """Whether a line is open at a moment, and when that changes (in the line's time zone)."""

    is_open: bool
    change_day: str | None
    """Weekday of the next opening or closing, or None when the line never opens."""
    change_time: str | None
    """`HH:MM` of the next opening or closing."""

    def describe(self, today: str) -> str:
        """`Open now, closes at 20:00` / `Closed, opens at 09:00` / `... opens Monday at 08:00`
        (in English: the browser says it in the page's language, kb.js)."""
        if self.change_time is None:
            return "Closed"
        day = self.change_day or today
        when = "" if day == today else f" {day.capitalize()}"
        if self.is_open:
            return f"Open now, closes{when} at {self.change_time}"
        return f"Closed, opens{when} at {self.change_time}"


def state_at(week: dict[str, list[Span]], zone: str, moment: dt.datetime) -> OpenState:
    """Open or closed at `moment` (timezone-aware) for `week` in time zone `zone`."""
    local = moment.astimezone(ZoneInfo(zone))
    day_index, minute = local.weekday(), local.hour * 60 + local.minute
    today = week.get(WEEKDAYS[day_index], [])
    current = next((s for s in today if s.start <= minute < s.end), None)
    if current is not None:
        day, end = day_index, current.end
        for _ in range(7):  # a span ending at 24:00 continues into one starting at 00:00
            following = week.get(WEEKDAYS[(day + 1) % 7], [])
            if end < DAY or not following or following[0].start != 0:
                break
            day, end = (day + 1) % 7, following[0].end
        if end >= DAY:
            return OpenState(True, WEEKDAYS[(day + 1) % 7], _clock(0))
        return OpenState(True, WEEKDAYS[day], _clock(end))
    for offset in range(8):
        index = (day_index + offset) % 7
        for span in week.get(WEEKDAYS[index], []):
            if offset > 0 or span.start > minute:
                return OpenState(False, WEEKDAYS[index], _clock(span.start))
    return OpenState(False, None, None)


def _clock(minutes: int) -> str:
    return f"{minutes // 60:02d}:{minutes % 60:02d}"
