"""Where a build's time went: named phases, nested by a `/` in their names, and the slowest
pages, for `kbgen build --profile`."""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager, nullcontext
from dataclasses import dataclass, field


@dataclass
class Timings:
    """Seconds spent per phase (in the order first seen) and per page, for one build."""

    phases: dict[str, float] = field(default_factory=dict)
    """Seconds by phase name; `a/b` is part of `a`."""
    counts: dict[str, int] = field(default_factory=dict)
    """How many times each phase ran."""
    pages: dict[str, float] = field(default_factory=dict)
    """Seconds by page (its source path)."""

    def add(self, name: str, seconds: float) -> None:
        """Count `seconds` more for phase `name`."""
        self.phases[name] = self.phases.get(name, 0.0) + seconds
        self.counts[name] = self.counts.get(name, 0) + 1

    def add_page(self, name: str, seconds: float) -> None:
        """Count `seconds` more for page `name`."""
        self.pages[name] = self.pages.get(name, 0.0) + seconds

    @contextmanager
    def measure(self, name: str) -> Iterator[None]:
        """Time the `with` block as phase `name`."""
        start = time.perf_counter()
        try:
            yield
        finally:
            self.add(name, time.perf_counter() - start)

    def rows(self) -> list[tuple[str, float, int]]:
        """(name, seconds, count) of every phase, each parent just before its parts; a
        parent never measured itself is the sum of its parts (count 0)."""
        totals = dict(self.phases)
        counts = dict(self.counts)
        order: list[str] = []
        for name in self.phases:
            parts = name.split("/")
            for depth in range(1, len(parts) + 1):
                prefix = "/".join(parts[:depth])
                if prefix not in order:
                    order.append(prefix)
                if depth < len(parts) and prefix not in self.phases:
                    totals[prefix] = totals.get(prefix, 0.0) + self.phases[name] * (
                        self._parent_of_measured(name, prefix))
                    counts.setdefault(prefix, 0)
        first = {name: index for index, name in enumerate(order)}

        def place(name: str) -> tuple[int, ...]:
            parts = name.split("/")
            return tuple(first["/".join(parts[:depth])] for depth in range(1, len(parts) + 1))

        return [(name, totals[name], counts[name]) for name in sorted(order, key=place)]

    def _parent_of_measured(self, name: str, prefix: str) -> int:
        """1 when `prefix` is not measured and `name` is its part nearest to a measured
        phase (so time is counted once), else 0."""
        parts = name.split("/")
        for depth in range(len(parts) - 1, 0, -1):
            between = "/".join(parts[:depth])
            if between == prefix:
                return 1
            if between in self.phases:
                return 0
        return 0

    def report(self, total: float, top: int = 10) -> str:
        """The phases as an indented table, then the `top` slowest pages."""
        lines = [f"Where the time went ({total:.2f} s wall clock; indented lines are part of"
                 " the line above):"]
        for name, seconds, count in self.rows():
            depth = name.count("/")
            times = f"  ({count}x)" if count > 1 else ""
            lines.append(f"  {seconds:8.3f} s  {'  ' * depth}{name.rsplit('/', 1)[-1]}{times}")
        if self.pages:
            slowest = sorted(self.pages.items(), key=lambda item: (-item[1], item[0]))[:top]
            lines.append(f"Slowest {len(slowest)} of {len(self.pages)} pages (in the process"
                         " that rendered them):")
            lines += [f"  {seconds:8.3f} s  {name}" for name, seconds in slowest]
        return "\n".join(lines)


def measured(timings: Timings | None, name: str) -> AbstractContextManager[None]:
    """Time the `with` block as phase `name` of `timings`, if given."""
    return timings.measure(name) if timings is not None else nullcontext()
