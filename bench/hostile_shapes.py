"""How long hostile input takes: the search text's hostile shapes (tests/core/test_search.py),
`kbgen check` on every file the limits refuse (tests/hostile/test_limits.py) and the privacy
gate on one line packed with values (tests/hostile/test_long_lines.py) and the copied-file
reader on hostile files (tests/hostile/test_review_s28.py), 1,000 and 4,000 of each shape:
the second may take about four times the first, not sixteen.

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
from kbgen.core.file_text import file_text  # noqa: E402
from kbgen.core.privacy import Allowed, scan  # noqa: E402
from tests.conftest import MINI_CATEGORIES, MINI_CONFIG, article, write_files  # noqa: E402
from tests.core.test_search import SLOW_SHAPES  # noqa: E402
from tests.hostile.test_limits import REFUSED  # noqa: E402
from tests.hostile.test_long_lines import SHAPES, _article  # noqa: E402
from tests.hostile.test_review_s28 import READER_SHAPES  # noqa: E402

SHAPE_BUDGET = 1.0
"""Seconds for plain_text and headings of one shape (the quadratic code took > 10 s)."""
CHECK_BUDGET = 5.0
"""Seconds for `kbgen check` of a small project holding one refused file."""
FILE_BUDGET = 2.0
"""Seconds for the copied-file reader on one hostile file of 4,000 repeats."""
LINE_BUDGET = 30.0
"""Seconds for the gate on one line of 4,000 values (1,000 private-address URLs took 77 s
when each value's judgement read its whole line)."""


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
    for case, shape in SHAPES.items():
        for count in (1000, 4000):
            text = _article(shape, count)
            seconds = timed(lambda: scan(text, Allowed()))
            print(f"{seconds:7.3f} s  gate, one line of {count} {case} ({len(text)} characters)")
            slow += [case] if seconds > LINE_BUDGET else []
    for case, make in READER_SHAPES.items():
        times = []
        for count in (1000, 4000):
            data = make(count)
            times.append(timed(lambda: file_text(data)))
            print(f"{times[-1]:7.3f} s  file reader, {case} x {count} ({len(data)} bytes)")
        slow += [case] if times[-1] > FILE_BUDGET or times[-1] > 8 * times[0] + 0.05 else []
    if slow:
        print("over budget: " + ", ".join(slow))
    return 1 if slow else 0


if __name__ == "__main__":
    sys.exit(main())
