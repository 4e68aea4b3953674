"""A category's field in `_data/categories.yml` named at its own line: on main a mailbox in
the second category's title, or in the first's description, and a third's bad `order` were
reported at the category's key (lines 1, 5 and 9), not at the line that holds them, so a long
file sent the author hunting through a whole entry."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import MINI_CATEGORIES, MINI_CONFIG, write_files
from tests.hostile.refusals import run_in

CATEGORIES = (MINI_CATEGORIES.replace("Payments and invoices.", "Ask jane.doe@gmail.com")
              .replace("title: Wi-Fi", "title: Wi-Fi (m.rossi@libero.it)")
              + "account:\n  title: Account\n  description: Signing in.\n  order: three\n")
"""billing's description (line 3), wifi's title (line 6), account's order (line 12)."""


def test_each_problem_is_named_at_its_line(tmp_path: Path) -> None:
    write_files(tmp_path, {"mkdocs.yml": MINI_CONFIG, "content/index.md": "# Home\n",
                           "content/_data/categories.yml": CATEGORIES}, dedent_yaml=False)
    code, output = run_in(tmp_path, "check")
    where = "content/_data/categories.yml"
    assert code == 1, output
    assert f"{where}:3: error: e-mail address (j***@g***.com)" in output, output
    assert f"{where}:6: error: e-mail address (m***@l***.it)" in output, output
    assert f"{where}:12: error: category 'account': 'order'" in output, output
