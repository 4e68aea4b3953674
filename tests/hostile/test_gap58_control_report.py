"""Issue 19 (gap58): a source refused for a control character reports the gate's other findings
in it in the same run. On main it reported the control character alone, so a writer who removed
it learnt of the personal data on its other lines only in the next run (and a card number the
control character split was never reported as one)."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import MINI_CATEGORIES, MINI_CONFIG, article, write_files
from tests.hostile.refusals import run_in

BODY_LINE = 8
"""The line of an article's first body line (tests.conftest.article)."""


def test_a_control_character_and_the_gates_findings_in_one_run(tmp_path: Path) -> None:
    body = ("Her card: 4556\x027375 8689 9855\n\n"
            "Write to amara.okonkwo@gmail.com for the payroll export.\n")
    write_files(tmp_path, {
        "mkdocs.yml": MINI_CONFIG, "content/index.md": "# Home\n",
        "content/_data/categories.yml": MINI_CATEGORIES,
        "content/articles/billing/split.md": article("Split card", body=body)},
        dedent_yaml=False)
    code, output = run_in(tmp_path, "check")
    where = "content/articles/billing/split.md"
    assert code == 1
    assert f"{where}:{BODY_LINE}: error: a control character" in output, output
    assert f"{where}:{BODY_LINE + 2}: error:" in output and "e-mail" in output, output
    assert f"{where}:{BODY_LINE}: error:" in output.replace(
        f"{where}:{BODY_LINE}: error: a control character", ""), output  # the card, joined


def test_a_refused_source_still_publishes_nothing(tmp_path: Path) -> None:
    write_files(tmp_path, {
        "mkdocs.yml": MINI_CONFIG, "content/index.md": "# Home\n",
        "content/_data/categories.yml": MINI_CATEGORIES,
        "content/articles/billing/split.md": article("Split", body="A bell \x07 here.\n")},
        dedent_yaml=False)
    code, output = run_in(tmp_path, "build")
    assert code != 0 and "a control character" in output, output
    assert not (tmp_path / "site").exists()
