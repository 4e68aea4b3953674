"""The day a build is for (cheap to import: `kbgen build` checks it before loading anything)."""

from __future__ import annotations

import datetime as dt
import os


def build_day() -> dt.date:
    """The day a build is for: `SOURCE_DATE_EPOCH` (reproducible builds) when set, else
    today. Decides which issues are open and which posts are out; every command that needs
    "today" (new, init, check, stats) asks here, so a build and its checks agree on the day."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if epoch.isdigit():
        return dt.datetime.fromtimestamp(int(epoch), dt.timezone.utc).date()
    return dt.date.today()
