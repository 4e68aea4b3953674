"""How long hostile input takes: the search text's hostile shapes (tests/core/test_search.py)
and `kbgen check` on every file the limits refuse (tests/hostile/test_limits.py).

The tests prove these are read in one pass by counting work (tests/work.py); seconds belong
here. A shape over its budget is printed and the exit status is 1.

Example:
    python bench/hostile_shapes.py
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

from click.testing import CliRunner

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")

from kbgen.cli import cli  # noqa: E402
from kbgen.core import search  # noqa: E402
from tests.conftest import MINI_CATEGORIES, MINI_CONFIG, article, write_files  # noqa: E402
from tests.core.test_search import SLOW_SHAPES  # noqa: E402
from tests.hostile.test_limits import REFUSED  # noqa: E402

SHAPE_BUDGET = 1.0
"""Seconds for plain_text and headings of one shape (the quadratic code took > 10 s)."""
CHECK_BUDGET = 5.0
"""Seconds for `kbgen check` of a small project holding one refused file."""


def timed(action: object) -> float:
    started = time.perf_counter()
    action()  # type: ignore[operator]
    return time.perf_counter() - started


def main() -> int:
    slow = []
    for case, markdown in SLOW_SHAPES:
        seconds = timed(lambda: (search.plain_text(markdown), search.headings(markdown)))
        print(f"{seconds:7.3f} s  search text: {case}")
        slow += [case] if seconds > SHAPE_BUDGET else []
    for case, path, text, _, _ in REFUSED:
        with tempfile.TemporaryDirectory() as folder:
            root = Path(folder)
            write_files(root, {"mkdocs.yml": MINI_CONFIG, "content/index.md": "# Home\n",
                               "content/_data/categories.yml": MINI_CATEGORIES,
                               "content/articles/wifi/ok.md": article("Fine"), path: text})
            seconds = timed(lambda: CliRunner().invoke(cli, ["check", "-f",
                                                             str(root / "mkdocs.yml")]))
        print(f"{seconds:7.3f} s  kbgen check: {case}")
        slow += [case] if seconds > CHECK_BUDGET else []
    if slow:
        print("over budget: " + ", ".join(slow))
    return 1 if slow else 0


if __name__ == "__main__":
    sys.exit(main())
