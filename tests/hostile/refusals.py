"""What a hostile build's output must show: an error of the kind at each place, nothing
published (shared by the class-by-place tests)."""

from __future__ import annotations

from pathlib import Path


def assert_refused_at(code: int, output: str, kind: str, places: list[tuple[str, int]]) -> None:
    """The build failed and named an error of `kind` at every (path, line) of `places`."""
    missing = [f"{path}:{line}" for path, line in places
               if f"{path}:{line}: error: {kind} (" not in output]
    assert code == 1 and not missing, (missing, output)


def assert_nothing_published(root: Path, code: int) -> None:
    """The build failed and left no page in `root`'s site/."""
    assert code == 1
    assert not (root / "site").exists() or not any((root / "site").rglob("*.html"))
